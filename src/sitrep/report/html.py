"""Render the situation report: one self-contained HTML file.

Why Jinja2 with autoescape: every title, quote, name and article text is untrusted input, so the
templates escape everything by default and no HTML is built by concatenating strings. Data for
the map goes in a ``<script type="application/json">`` via ``tojson``, which escapes ``<``, ``>``
and ``&`` so article text can never close the element.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from sitrep.report.assets import content_security_policy, load_assets
from sitrep.report.view import ReportView, build_view


@dataclass(frozen=True, slots=True)
class LiveContext:
    """What the web app adds to the report page: current filters, facets and jobs."""

    filters: dict[str, str]
    event_types: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    sources: tuple[tuple[str, str], ...] = ()  # (doc id, label)
    jobs: tuple[dict[str, Any], ...] = ()
    query: str = ""


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The Jinja2 environment for the report and the app's pages (autoescape on everywhere)."""
    return Environment(
        loader=PackageLoader("sitrep.report", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=False,
        lstrip_blocks=False,
    )


def render_view(view: ReportView, *, live: LiveContext | None = None) -> str:
    """Render an already-built view model (the app filters before building it)."""
    assets = load_assets()
    data = {"map": view.map_data, "world": assets.world}
    return (
        environment()
        .get_template("report.html.j2")
        .render(
            v=view,
            assets=assets,
            data=data,
            csp=content_security_policy(assets, live=live is not None),
            live=live,
        )
    )


def render_report(export: dict[str, Any]) -> str:
    """The report for an export dict (the JSON ``sitrep export --format json`` writes)."""
    return render_view(build_view(export))


def write_report(export: dict[str, Any], path: Path) -> Path:
    """Write the report to ``path`` (parents created) and return the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_report(export), encoding="utf-8")
    return path
