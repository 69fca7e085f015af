"""Which page of the report holds what: one file for a small store, linked pages for a large one.

A report is one self-contained file up to ``SINGLE_FILE_CHARS`` characters of article text.
Measured with scripts/bench_report.py and headless Chromium on the shared 2-core machine: 50
CNN articles (0.76 M characters) give a 3.3 MB file that loads in 2.2 s; 200 articles (3.2 M
characters) give a 13 MB file that takes 20.6 s, where the paged report of the same articles
weighs 3.8 MB in all and its index loads in 0.75 s. At a million characters a file is about
4.5 MB and opens in about 3 s. Above that the report pages: ``report.html`` keeps the
summary, the map, the outlets and the matrix of who reported what, and the folder beside it
(``report/``) holds the key figures, the timeline, who's who, the places and the documents in
pages of bounded size, plus one page per outlet. Each page carries its main part as gzip'd
markup and the documents as compact data (see compact.py) that its script puts in place. Every
page is self-contained and links to the others by relative paths, so the folder still opens
offline from disk.

:func:`plan` also returns ``locate``: the page each anchor lives on, which the templates' ``href``
filter turns into relative links.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from sitrep.report.outlets import UNKNOWN, anchor_of_outlet
from sitrep.report.view import EventView, GroupView, ReportView

# Article text (characters) above which the report pages
SINGLE_FILE_CHARS = 1_000_000
# Page sizes: each page stays a few MB at most
DOCS_PER_PAGE = 40
EVENTS_PER_PAGE = 250
CLAIMS_PER_PAGE = 400
PEOPLE_PER_PAGE = 400
QUOTES_PER_PAGE = 800  # a who's who page ends when its cards hold this many quotes
PLACES_PER_PAGE = 1000
# Events listed per outlet on the index (all of them are on the outlet's own page)
OUTLET_EVENTS_ON_INDEX = 8

ALL_SECTIONS = frozenset(
    {
        "summary",
        "figures",
        "timeline",
        "map",
        "places",
        "people",
        "outlets",
        "matrix",
        "sources",
        "documents",
    }
)

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Page:
    path: str  # relative to the index's folder: "report.html", "report/timeline-002.html"
    title: str
    sections: frozenset[str]
    view: ReportView  # the slice of the report this page shows
    kind: str = "index"
    pager: tuple[tuple[str, str], ...] = ()  # (label, path) of the pages of the same kind
    nav: tuple[tuple[str, str, str], ...] = ()  # (label, page path, section id)
    outlet: str | None = None  # an outlet's page: its name
    outlet_events: int | None = None  # events listed per outlet card (None: all)
    compact: bool = False  # documents as compact data drawn by the script (see compact.py)
    packed: bool = False  # the main part as gzip'd markup the script puts in place


NAV: tuple[tuple[str, str, str], ...] = (
    ("Summary", "summary", "summary"),
    ("Key figures", "figures", "figures"),
    ("Timeline", "timeline", "timeline"),
    ("Map", "map", "map-section"),
    ("Who's who", "people", "people"),
    ("Outlets", "outlets", "outlets"),
    ("Sources", "sources", "sources"),
    ("Documents", "documents", "documents"),
)


def text_chars(view: ReportView) -> int:
    return sum(len(d.text) for d in view.documents)


def single_page(view: ReportView, path: str = "report.html") -> Page:
    """The whole report on one page (also the app's page)."""
    return Page(
        path=path,
        title=view.title,
        sections=ALL_SECTIONS,
        view=view,
        nav=tuple((label, path, section) for label, _, section in NAV),
    )


def _chunks(items: Sequence[T], size: int) -> list[Sequence[T]]:
    return [items[i : i + size] for i in range(0, len(items), size)] or [items[:0]]


def _weighted_chunks(
    items: Sequence[T], weight: Callable[[T], int], most: int
) -> list[Sequence[T]]:
    """Runs of ``items`` of at most ``most`` items and about QUOTES_PER_PAGE weight each."""
    out: list[Sequence[T]] = []
    start, held = 0, 0
    for i, item in enumerate(items):
        if i > start and (i - start >= most or held + weight(item) > QUOTES_PER_PAGE):
            out.append(items[start:i])
            start, held = i, 0
        held += weight(item)
    if start < len(items) or not out:
        out.append(items[start:])
    return out


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:40] or "x"


def plan(
    view: ReportView, index: str = "report.html", *, paged: bool | None = None
) -> tuple[list[Page], Callable[[str], str | None] | None]:
    """The pages to write for ``view`` and where each anchor lives (None: all on one page)."""
    if paged is None:
        paged = text_chars(view) > SINGLE_FILE_CHARS
    if not paged:
        return [single_page(view, index)], None

    folder = index.rsplit(".", 1)[0]
    where: dict[str, str] = {}
    empty = replace(
        view,
        measures=(),
        ungrouped=(),
        conflicts=(),
        events=(),
        undated_events=(),
        background_events=(),
        apart_events=(),
        people=(),
        unresolved_quotes=(),
        documents=(),
    )

    # key figures: claim groups in pages of about CLAIMS_PER_PAGE claims, then the rest
    figure_pages: list[ReportView] = []
    batch: list[tuple[str, GroupView]] = []
    size = 0
    groups = [(m, g) for m, gs in view.measures for g in gs]
    for m, g in groups:
        batch.append((m, g))
        size += len(g.figures)
        if size >= CLAIMS_PER_PAGE:
            figure_pages.append(replace(empty, measures=_by_measure(batch)))
            batch, size = [], 0
    if batch or not figure_pages:
        figure_pages.append(replace(empty, measures=_by_measure(batch)))
    for i, chunk in enumerate(_chunks(view.ungrouped, CLAIMS_PER_PAGE)):
        if i >= len(figure_pages):
            figure_pages.append(empty)
        figure_pages[i] = replace(figure_pages[i], ungrouped=tuple(chunk))
    for i, chunk in enumerate(_chunks(view.conflicts, CLAIMS_PER_PAGE // 4)):
        if i >= len(figure_pages):
            figure_pages.append(empty)
        figure_pages[i] = replace(figure_pages[i], conflicts=tuple(chunk))

    # timeline: news by date, then background, then undated
    tagged: list[tuple[str, EventView]] = [
        *(("events", e) for e in view.events),
        *(("background_events", e) for e in view.background_events),
        *(("undated_events", e) for e in view.undated_events),
        *(("apart_events", e) for e in view.apart_events),
    ]
    timeline_pages = [
        replace(
            empty,
            **{
                kind: tuple(e for k, e in chunk if k == kind)
                for kind in ("events", "background_events", "undated_events", "apart_events")
            },
        )
        for chunk in _chunks(tagged, EVENTS_PER_PAGE)
    ]

    people_pages = [
        replace(empty, people=tuple(c))
        for c in _weighted_chunks(view.people, lambda p: 1 + len(p.quotes), PEOPLE_PER_PAGE)
    ]
    for i, chunk in enumerate(_chunks(view.unresolved_quotes, PEOPLE_PER_PAGE)):
        if i >= len(people_pages):
            people_pages.append(empty)
        people_pages[i] = replace(people_pages[i], unresolved_quotes=tuple(chunk))

    doc_pages = [replace(empty, documents=tuple(c)) for c in _chunks(view.documents, DOCS_PER_PAGE)]
    place_pages = [replace(empty, places=tuple(c)) for c in _chunks(view.places, PLACES_PER_PAGE)]

    def paths(kind: str, n: int) -> list[str]:
        return [f"{folder}/{kind}-{i + 1:03d}.html" for i in range(n)]

    kinds = {
        "figures": (figure_pages, frozenset({"figures"}), "Key figures"),
        "timeline": (timeline_pages, frozenset({"timeline"}), "Timeline"),
        "people": (people_pages, frozenset({"people"}), "Who's who"),
        "places": (place_pages, frozenset({"places"}), "Places"),
        "documents": (doc_pages, frozenset({"sources", "documents"}), "Documents"),
    }
    first = {kind: paths(kind, 1)[0] for kind in kinds}
    nav = tuple(
        (label, first.get(kind, index), section if kind not in first else "")
        for label, kind, section in NAV
        if kind != "sources"
    )
    pages: list[Page] = [
        Page(
            path=index,
            title=view.title,
            sections=frozenset({"summary", "map", "outlets", "matrix"}),
            view=empty,
            nav=nav,
            outlet_events=OUTLET_EVENTS_ON_INDEX,
            packed=True,
        )
    ]
    for kind, (views, sections, label) in kinds.items():
        ps = paths(kind, len(views))
        pager = tuple(
            (_page_label(kind, v, i), p) for i, (v, p) in enumerate(zip(views, ps, strict=True))
        )
        for i, (v, p) in enumerate(zip(views, ps, strict=True)):
            pages.append(
                Page(
                    path=p,
                    title=f"{view.title} — {label} ({i + 1} of {len(ps)})",
                    sections=sections,
                    view=v,
                    kind=kind,
                    pager=pager,
                    nav=nav,
                    compact=True,
                    packed=True,
                )
            )
    outlet_names = sorted({d.outlet or UNKNOWN for d in view.documents}, key=lambda n: n.casefold())
    used: set[str] = set()
    for name in outlet_names:
        slug = _slug(name)
        while slug in used:
            slug += "-"
        used.add(slug)
        pages.append(
            Page(
                path=f"{folder}/outlet-{slug}.html",
                title=f"{view.title} — {name}",
                sections=frozenset({"outlets"}),
                view=empty,
                kind="outlet",
                nav=nav,
                outlet=name,
                packed=True,
            )
        )

    for page in pages:
        _register(page, where)
    return pages, where.get


def _page_label(kind: str, v: ReportView, i: int) -> str:
    """A pager label: the dates a timeline page covers, else the page number."""
    if kind == "timeline":
        dated = [e.date.split("/")[0] for e in v.events if e.date]
        if dated:
            return dated[0] if dated[0] == dated[-1] else f"{dated[0]} – {dated[-1]}"
        if v.background_events:
            return "background"
        if v.undated_events:
            return "undated"
        return "kept apart"
    if kind == "documents" and v.documents:
        return f"{v.documents[0].label}–{v.documents[-1].label}"
    return str(i + 1)


def _by_measure(
    batch: list[tuple[str, GroupView]],
) -> tuple[tuple[str, tuple[GroupView, ...]], ...]:
    out: dict[str, list[GroupView]] = {}
    for m, g in batch:
        out.setdefault(m, []).append(g)
    return tuple((m, tuple(gs)) for m, gs in out.items())


def _register(page: Page, where: dict[str, str]) -> None:
    """Record the anchors ``page`` holds (the first page holding one wins)."""
    for a in _anchors(page):
        where.setdefault(a, page.path)


def _anchors(page: Page) -> Iterator[str]:
    v = page.view
    yield from ({"map": "map-section"}.get(s, s) for s in page.sections)
    yield from (
        a for _, gs in v.measures for g in gs for a in (g.anchor, *(f.anchor for f in g.figures))
    )
    events = (*v.events, *v.background_events, *v.undated_events, *v.apart_events)
    yield from (x.anchor for x in (*v.ungrouped, *v.conflicts, *events, *v.unresolved_quotes))
    yield from ("undated",) * bool(v.undated_events) + ("background",) * bool(v.background_events)
    yield from ("apart",) * bool(v.apart_events)
    yield from (
        a for e in (*v.people, *v.places) for a in (e.anchor, *(q.anchor for q in e.quotes))
    )
    yield from (a for d in v.documents for a in (d.anchor, *(m.anchor for m in d.marks)) if a)
    if page.outlet:
        yield anchor_of_outlet(page.outlet)
