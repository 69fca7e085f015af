"""Render the situation report: one self-contained HTML file, or for a large store an index
page and a folder of linked pages.

Why Jinja2 with autoescape: every title, quote, name and article text is untrusted input, so the
templates escape everything by default and no HTML is built by concatenating strings. Data for
the map goes in a ``<script type="application/json">`` via ``tojson``, which escapes ``<``, ``>``
and ``&`` so article text can never close the element.

Why pages above a size (see :mod:`sitrep.report.pages`): one file holding every article of a
store of thousands grows to gigabytes and no browser opens it; pages of bounded size keep each
file quick to open and let the writer stream them one at a time.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, pass_context, select_autoescape
from jinja2.runtime import Context
from jinja2.utils import htmlsafe_json_dumps
from markupsafe import Markup

from sitrep.report.assets import content_security_policy, load_assets
from sitrep.report.compact import pack, pack_text, payload
from sitrep.report.outlets import Matrix, OutletView, anchor_of_outlet, outlet_views, source_matrix
from sitrep.report.pages import Page, plan, single_page
from sitrep.report.summary import Summary, summarise
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


@pass_context
def href(ctx: Context, target: str) -> str:
    """A link to an anchor, relative to the page being rendered (``#anchor`` on the same page)."""
    return link_to(ctx.get("page"), ctx.get("locate"), target)


def link_to(page: Page | None, locate: Any, target: str) -> str:
    where = locate(target) if locate else None
    if page is None or where is None or where == page.path:
        return f"#{target}"
    if where.startswith("/"):  # a page of the live app (its own URL)
        return f"{where}#{target}"
    return f"{_relative(where, page.path)}#{target}"


@lru_cache(maxsize=4096)
def _relative(path: str, start_page: str) -> str:
    """``path`` relative to the folder of ``start_page`` (both relative to the index)."""
    return os.path.relpath(path, os.path.dirname(start_page) or ".").replace(os.sep, "/")


@pass_context
def page_link(ctx: Context, path: str) -> str:
    """A link to another page of the report, relative to the page being rendered."""
    page: Page | None = ctx.get("page")
    return _relative(path, page.path if page else "")


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The Jinja2 environment for the report and the app's pages (autoescape on everywhere)."""
    env = Environment(
        loader=PackageLoader("sitrep.report", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["href"] = href
    env.filters["page_link"] = page_link
    env.filters["outlet_anchor"] = anchor_of_outlet
    return env


@dataclass(frozen=True, slots=True)
class Whole:
    """What is drawn from the whole report once, whichever pages show it."""

    summary: Summary
    outlets: tuple[OutletView, ...]
    matrix: Matrix

    @classmethod
    def of(cls, view: ReportView) -> Whole:
        return cls(summarise(view), outlet_views(view), source_matrix(view))


def _context(
    view: ReportView, whole: Whole, page: Page, locate: Any, live: LiveContext | None
) -> dict[str, Any]:
    assets = load_assets()
    with_map = "map" in page.sections
    # the live app's pages load the map library and the basemap from the app (cached by
    # the browser), not inline in every page: 300 KB less to send per page
    served = LIVE_MAP_SCRIPTS if with_map and live is not None else ()
    scripts = assets.scripts if with_map and not served else assets.scripts[-1:]
    map_data = _map_links(view.map_data, page, locate) if with_map else {"spots": []}
    data = (
        _map_json(map_data)
        if with_map and not served
        else htmlsafe_json_dumps({"map": map_data}, sort_keys=True)
    )
    return {
        "v": page.view,
        "full": view,
        "page": page,
        "locate": locate,
        "assets": assets,
        "scripts": scripts,
        "served_scripts": served,
        "data": data,
        "csp": content_security_policy(
            assets, live=live is not None, scripts=scripts, served=bool(served)
        ),
        "live": live,
        "summary": whole.summary,
        "outlets": tuple(o for o in whole.outlets if page.outlet in (None, o.name)),
        "matrix": whole.matrix if "matrix" in page.sections else None,
        "packed_main": None,
        "docs_payload": pack(payload(page.view.documents, lambda a: link_to(page, locate, a)))
        if page.compact and page.view.documents
        else None,
    }


def _map_json(map_data: dict[str, Any]) -> Markup:
    """``{"map": map_data, "world": the basemap}`` as Jinja's ``tojson`` writes it (escaped
    for a script element, keys sorted), the basemap's part written once per process."""
    spots = str(htmlsafe_json_dumps(map_data, sort_keys=True))
    parts = ('{"map": ', spots, ', "world": ', _world())
    return Markup("".join(parts) + "}")  # plain strings joined: Markup + str would escape


# what a live page's map loads from the app (``sitrep.serve.app`` serves them), in order
LIVE_MAP_SCRIPTS = (
    "/static/leaflet.js",
    "/static/topojson-client.min.js",
    "/static/world.js",
)


def world_script() -> str:
    """The basemap as a script the app serves: it sets ``window.sitrepWorld``."""
    return "window.sitrepWorld = " + _world() + ";\n"


@lru_cache(maxsize=1)
def _world() -> str:
    return str(htmlsafe_json_dumps(load_assets().world, sort_keys=True))


# Events listed in a map marker's popup (the most reported; the rest are on the timeline)
POPUP_EVENTS = 25


def _map_links(map_data: dict[str, Any], page: Page, locate: Any) -> dict[str, Any]:
    """The map data with each popup's events linked from ``page`` (and at most POPUP_EVENTS)."""
    spots = []
    for spot in map_data.get("spots") or []:
        events = sorted(spot["events"], key=lambda e: (-e["corroboration"], e["date"]))
        shown = [{**e, "href": link_to(page, locate, e["anchor"])} for e in events[:POPUP_EVENTS]]
        shown.sort(key=lambda e: e["date"])
        spots.append({**spot, "events": shown, "more": len(events) - len(shown)})
    return {**map_data, "spots": spots}


def render_view(
    view: ReportView,
    *,
    live: LiveContext | None = None,
    sections: frozenset[str] | None = None,
    locate: Callable[[str], str | None] | None = None,
    title: str | None = None,
) -> str:
    """Render an already-built view model as one page (the app filters before building it).

    The app passes the ``sections`` a page shows (its list pages leave the documents' texts
    to the documents' own pages), ``locate``: the URL of the page an anchor lives on when it
    is not this one (``/documents/<id>``), and the page's ``title``.
    """
    page = single_page(view)
    if sections is not None:
        page = replace(
            page,
            sections=sections,
            nav=tuple(n for n in page.nav if _NAV_SECTION.get(n[2], n[2]) in sections),
        )
    if title:
        page = replace(page, title=title)
    template = environment().get_template("report.html.j2")
    return template.render(_context(view, Whole.of(view), page, locate, live))


# the section a navigation entry's anchor belongs to, where the two are named apart
_NAV_SECTION = {"map-section": "map"}


def render_report(export: dict[str, Any]) -> str:
    """The one-file report for an export dict (the JSON ``sitrep export --format json``
    writes), whatever its size."""
    return render_view(build_view(export))


# export sections the report never reads (every mention list; the report reads events,
# entities and figures with their evidence): `sitrep report` leaves them out of the export
# it builds, which on a 6,400-document store is most of its memory
NOT_READ = frozenset({"event_mentions", "entity_mentions", "times"})


def write_report(export: dict[str, Any], path: Path, *, paged: bool | None = None) -> Path:
    """Write the report to ``path`` (parents created) and return the path.

    A small store gives one self-contained file; a large one (or ``paged=True``) gives ``path``
    as the index page and its other pages in the folder beside it named after it
    (``report.html`` -> ``report/``), each file self-contained too.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    view = build_view(export)
    pages, locate = plan(view, path.name, paged=paged)
    template = environment().get_template("report.html.j2")
    whole = Whole.of(view)
    main = environment().get_template("_main.html.j2")
    for page in pages:
        target = path.parent / page.path
        target.parent.mkdir(parents=True, exist_ok=True)
        context = _context(view, whole, page, locate, None)
        if page.packed:
            context["packed_main"] = pack_text(main.render(context))
        with target.open("w", encoding="utf-8") as out:
            template.stream(context).dump(out)
    return path
