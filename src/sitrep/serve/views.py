"""The app's own page parts: the pager on the report page and the "what changed" page.

The report's templates (``sitrep.report``) render the records; these add what only a live
app has. Everything goes through Jinja2 with autoescape, as the report does.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from functools import lru_cache
from typing import Any
from urllib.parse import quote, urlencode

from jinja2 import ChoiceLoader, Environment, PackageLoader, StrictUndefined, select_autoescape

from sitrep.report.pages import ALL_SECTIONS
from sitrep.report.view import ReportView
from sitrep.store.changes import (
    CONFLICT_OPENED,
    CONFLICT_SETTLED,
    EVENT_REPORTED,
    FIGURE_NEW,
    FIGURE_REVISED,
    NEW_EVENT,
)

# A list page (``/``, an event's page) shows events, figures and people with the reports'
# sentences, and names the documents with links: a document's text, highlighted, is on its
# own page (``/documents/<id>``), read from the store when asked for. On a large store a
# list page that carried its documents' texts weighed megabytes and took seconds.
LIST_SECTIONS = ALL_SECTIONS - {"documents"}
# the later pages of a listing: its next events and who reported them (the summary, key
# figures, map, who's who and outlets of the listing are on its first page). Without the map
# a page carries no map library or basemap: about 100 KB, not 400 KB.
LATER_SECTIONS = frozenset({"timeline", "sources"})
DOCUMENT_SECTIONS = frozenset({"timeline", "figures", "people", "documents"})


def document_url(doc_id: str) -> str:
    return "/documents/" + quote(doc_id, safe="")


def document_locator(view: ReportView) -> Callable[[str], str | None]:
    """Where each anchor inside a document lives: the document's own page (its anchor, the
    highlighted spans of the facts drawn from it, the documents a report names)."""
    where: dict[str, str] = {}
    for d in view.documents:
        url = document_url(d.id)
        where[d.anchor] = url
        for m in d.marks:
            if m.anchor:
                where[m.anchor] = url
        if d.duplicate_of and d.duplicate_of_anchor:  # the document it copies
            where.setdefault(d.duplicate_of_anchor, document_url(d.duplicate_of))
    for e in (*view.events, *view.undated_events, *view.background_events, *view.apart_events):
        for r in e.mentions:
            where.setdefault(r.doc_anchor, document_url(r.doc))
    return where.get


CHANGE_LABELS = (
    (NEW_EVENT, "new events"),
    (EVENT_REPORTED, "events with new reports"),
    (FIGURE_REVISED, "figures revised"),
    (FIGURE_NEW, "new figures"),
    (CONFLICT_OPENED, "conflicts opened"),
    (CONFLICT_SETTLED, "conflicts settled"),
)


@lru_cache(maxsize=1)
def environment() -> Environment:
    return Environment(
        loader=ChoiceLoader(
            [
                PackageLoader("sitrep.serve", "templates"),
                PackageLoader("sitrep.report", "templates"),
            ]
        ),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
    )


def pager_html(page: str, filters: dict[str, str], offset: int, size: int, total: int) -> str:
    """``page`` with links to the previous and next pages of events at the top of its main
    part (the filters carried along)."""
    kept = {k: v for k, v in filters.items() if v}

    def link(at: int) -> str:
        return urlencode({**kept, "offset": at} if at else kept)

    nav = (
        environment()
        .get_template("pager.html.j2")
        .render(
            prev=link(max(0, offset - size)) if offset > 0 else None,
            top=link(0),
            next=link(offset + size) if offset + size < total else None,
            first=min(offset + 1, total),
            last=min(offset + size, total),
            total=total,
        )
    )
    return page.replace("<main>", "<main>" + nav.strip(), 1)


def changes_html(changes: dict[str, Any], *, css: str, runs: list[dict] | None = None) -> str:
    by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in changes.get("changes") or []:
        by_kind[c["kind"]].append(c)
    view = {
        **changes,
        "by_kind": by_kind,
        "counts": {k: len(v) for k, v in by_kind.items()},
        "all_runs": runs if runs is not None else changes.get("runs") or [],
    }
    return (
        environment().get_template("changes.html.j2").render(c=view, kinds=CHANGE_LABELS, css=css)
    )
