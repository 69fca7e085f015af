"""The vendored static files the report inlines, and the Content-Security-Policy that pins them.

Why inline plus a hash-based CSP: the report must open offline from disk and survive e-mail, so
every script, style and the basemap travel inside the file. The CSP lists the sha256 of each
inline script we ship, so even if some article text slipped past escaping as a <script> or an
onerror= attribute, the browser would refuse to run it, and nothing can be fetched.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

SCRIPT_FILES: tuple[str, ...] = ("leaflet.js", "topojson-client.min.js", "report.js")


@dataclass(frozen=True, slots=True)
class Assets:
    leaflet_css: str
    report_css: str
    scripts: tuple[str, ...]
    world: dict[str, Any]  # Natural Earth 1:110m countries, TopoJSON

    def script_hashes(self, scripts: tuple[str, ...] | None = None) -> tuple[str, ...]:
        return tuple(
            "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"
            for s in (self.scripts if scripts is None else scripts)
        )


def _read(name: str) -> str:
    return resources.files("sitrep.report").joinpath("static", name).read_text(encoding="utf-8")


def _inline_safe(source: str, name: str) -> str:
    """Refuse an asset that would end its own <script>/<style> element early."""
    lowered = source.lower()
    if "</script" in lowered or "</style" in lowered or "<!--" in lowered:
        raise ValueError(f"vendored asset {name} cannot be inlined safely")
    return source


@lru_cache(maxsize=1)
def load_assets() -> Assets:
    """Read the vendored files once per process."""
    return Assets(
        leaflet_css=_inline_safe(_read("leaflet.css"), "leaflet.css"),
        report_css=_inline_safe(_read("report.css"), "report.css"),
        scripts=tuple(_inline_safe(_read(n), n) for n in SCRIPT_FILES),
        world=json.loads(_read("countries-110m.json")),
    )


def content_security_policy(
    assets: Assets,
    *,
    live: bool = False,
    scripts: tuple[str, ...] | None = None,
    served: bool = False,
) -> str:
    """The CSP for a page that inlines ``assets`` (or just ``scripts`` of them); ``live`` pages
    may also post forms to the app, and with ``served`` load the app's own fixed scripts
    (the map library and basemap, never anything uploaded). Links to the report's other
    pages are plain navigation, which the policy does not restrict."""
    hashes = " ".join(assets.script_hashes(scripts))
    policy = [
        "default-src 'none'",
        f"script-src 'self' {hashes}" if live and served else f"script-src {hashes}",
        "style-src 'unsafe-inline'",
        "img-src data:",
        "base-uri 'none'",
        "form-action 'self'" if live else "form-action 'none'",
    ]
    return "; ".join(policy)
