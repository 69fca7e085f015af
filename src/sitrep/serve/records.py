"""What the app's pages and API read: a page of records at a time, in the export's shape.

Why two implementations of one small interface: :class:`StoreRecords` reads a store
through its query layer (``sitrep.store.query``: filtered and paged in SQL, so a page
costs what it shows, not what the store holds); :class:`ExportRecords` serves an export
dict held in memory (what a test or an embedder has). Both return the dicts the JSON
export holds, so the API and the pages show the same records whichever is behind them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any, Protocol

from sitrep.export.jsonexport import (
    document_dict,
    entity_json,
    event_json,
    figure_json,
    quote_json,
    store_names,
)
from sitrep.report.naming import title_from_text
from sitrep.serve.backend import PageCache
from sitrep.serve.filters import event_matches, filter_export
from sitrep.store.query import EventFilter, Query

# what one page of the live report shows at most (the rest is a click away: paging
# links, the event pages, the API)
PAGE_EVENTS = 40
PAGE_REPORTS = 5  # reports shown per event on a list page (its own page shows all)
PAGE_GROUPS = 20  # the most reported measures
PAGE_CONFLICTS = 20
PAGE_QUOTES = 20
PAGE_ENTITIES = 40
MENU_SIZE = 300  # places and sources offered in the filter menus
# documents named on an event's page (each links to its own page, where its text is): an
# event a hundred outlets reported lists every report (the API has every document)
EVENT_PAGE_DOCUMENTS = 40
# parts read once per generation and kept, the least recently used dropped first: the shared
# lists, each source's quotes (at most MENU_SIZE sources) and the documents' metadata pages show
SHARED_PARTS = 4096
# what a document's own page shows beside its text: the facts drawn from it
DOCUMENT_PAGE_EVENTS = 500
DOCUMENT_PAGE_FIGURES = 500
DOCUMENT_PAGE_QUOTES = 500


class Records(Protocol):
    def generation(self) -> tuple[str, str]:
        """(documents, resolution): each changes when that part of the store is written."""
        ...

    def events(self, f: EventFilter, limit: int, offset: int) -> tuple[int, list[dict]]: ...

    def event_page(self, event_id: str) -> dict[str, Any] | None:
        """An export holding one event with every report and the documents they are in."""
        ...

    def document_page(self, doc_id: str) -> dict[str, Any] | None:
        """An export holding one document (with its text) and the facts drawn from it:
        the events it reports, its figures and quotes, and the busiest people and places
        where it names them."""
        ...

    def page_export(
        self, f: EventFilter, offset: int, *, whole: bool = True
    ) -> tuple[dict[str, Any], int]:
        """An export holding one page of events and the documents that report them (and,
        if ``whole``, the figures, quotes and people shown on a listing's first page); the
        number of events the filter matches."""
        ...

    def facets(self, f: EventFilter) -> dict[str, Any]: ...

    def doc_ids(self) -> list[str]: ...

    def figures(
        self, source: str | None, measure: str | None, limit: int, offset: int
    ) -> tuple[int, list[dict]]: ...

    def section(self, name: str, limit: int, offset: int, **kw: Any) -> tuple[int, list[dict]]:
        """claim_groups | conflicts | series | entities | quotes | documents"""
        ...

    def document(self, doc_id: str) -> dict[str, Any] | None: ...

    def changes(self, since: str) -> dict[str, Any]: ...


def _cut_reports(event: dict[str, Any], n: int) -> dict[str, Any]:
    """An event with its first ``n`` reports (the count of sources stays)."""
    if len(event.get("mentions") or ()) <= n:
        return event
    return {
        **event,
        "mentions": event["mentions"][:n],
        "evidence": event["evidence"][:n],
        "reports_shown": n,
        "reports_total": len(event["mentions"]),
    }


class StoreRecords:
    """Records read from the store at ``db_path``, one connection per server thread."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        self._local = threading.local()
        # what every page of one generation shows alike (the busiest measures, conflicts,
        # people and places): read once per generation, not once per page
        self._memo = PageCache(SHARED_PARTS)

    def _shared(
        self, part: Hashable, make: Callable[[], Any], generation: tuple[str, str] | None = None
    ) -> Any:
        """``make()`` once per generation of the store (a write makes the next call read
        again; older generations' parts age out); callers must not change what it returns.
        A caller that reads many parts passes the ``generation`` it read once."""
        return self._memo.get((generation or self.generation(), part), make)

    def names(self, generation: tuple[str, str] | None = None) -> dict[str, str]:
        """The resolved entities' names, for who claims and who speaks (read once per
        generation of the store)."""
        return self._shared("names", lambda: store_names(self._store()), generation)

    def _store(self) -> Any:
        store = getattr(self._local, "store", None)
        if store is None:
            from sitrep.store import Store

            store = Store(self.db_path)
            self._local.store = store
        return store

    def _query(self) -> Query:
        return Query(self._store().conn, raw=True)

    def generation(self) -> tuple[str, str]:
        return self._store().generation()

    def events(self, f: EventFilter, limit: int, offset: int) -> tuple[int, list[dict]]:
        page = self._query().events(f, limit=limit, offset=offset)
        return page.total, [event_json(e) for e in page.items]

    def event_page(self, event_id: str) -> dict[str, Any] | None:
        store = self._store()
        event = self._query().event(event_id)
        if event is None:
            return None
        docs = list(dict.fromkeys(r["doc"] for r in event["reports"]))[:EVENT_PAGE_DOCUMENTS]
        return self._export(store, [event_json(event)], set(docs), figures=[], quotes=[])

    def document_page(self, doc_id: str) -> dict[str, Any] | None:
        store = self._store()
        q = self._query()
        if not q.document_names([doc_id]):
            return None
        events = [
            event_json(e)
            for e in q.events(EventFilter(source=doc_id), limit=DOCUMENT_PAGE_EVENTS).items
        ]
        figures = list(q.figures(source=doc_id, limit=DOCUMENT_PAGE_FIGURES).items)
        quotes = list(q.quotes(source=doc_id, limit=DOCUMENT_PAGE_QUOTES).items)
        export = self._export(store, events, {doc_id}, figures=figures, quotes=quotes)
        export["entities"] = self._page_entities(q, {doc_id})
        return export

    def page_export(
        self, f: EventFilter, offset: int, *, whole: bool = True
    ) -> tuple[dict[str, Any], int]:
        store = self._store()
        q = self._query()
        total, events = self.events(f, PAGE_EVENTS, offset)
        events = [_cut_reports(e, PAGE_REPORTS) for e in events]
        if not whole:
            docs = {m["doc"] for e in events for m in e["mentions"]}
            export = self._export(store, events, docs, figures=[], quotes=[])
            return filter_export(export, f) if f.active() else export, total
        groups = self._shared(
            "groups", lambda: list(q.claim_groups(limit=PAGE_GROUPS, by_size=True).items)
        )
        conflicts = self._shared("conflicts", lambda: list(q.conflicts(limit=PAGE_CONFLICTS).items))
        wanted = {i for x in groups + conflicts for i in x["figures"]}
        figures = [
            x
            for x in q.figures(ids=wanted, source=f.source, limit=10 * PAGE_GROUPS).items
            if not x.get("as_of") or _as_of_in(x["as_of"], f)
        ]
        quotes = self._shared(
            ("quotes", f.source), lambda: list(q.quotes(source=f.source, limit=PAGE_QUOTES).items)
        )
        docs = {m["doc"] for e in events for m in e["mentions"]}
        docs |= {x["doc"] for x in figures} | {x["doc"] for x in quotes}
        export = self._export(store, events, docs, figures=figures, quotes=quotes)
        export["claim_groups"] = groups
        conflicts_and_series = conflicts
        export["conflicts"] = [c for c in conflicts_and_series if c["kind"] != "growth"]
        export["series"] = [c for c in conflicts_and_series if c["kind"] == "growth"]
        export["entities"] = self._page_entities(q, docs, first=True)
        return filter_export(export, f) if f.active() else export, total

    def _page_entities(self, q: Query, docs: set[str], *, first: bool = False) -> list[dict]:
        """The busiest people and places, with their evidence in ``docs`` (what a page
        highlights: the same spans, so the same anchors, on every page that shows them).
        A list page, which shows no text, links only the ``first``."""
        out = []
        for e, where in self._shared("entities", lambda: _busiest_entities(q)):
            evidence = _evidence_in(where, docs)
            out.append({**e, "evidence": evidence[:1] if first else evidence})
        return out

    def _export(
        self,
        store: Any,
        events: list[dict],
        doc_ids: set[str],
        *,
        figures: list[dict],
        quotes: list[dict],
    ) -> dict[str, Any]:
        q = store.query
        documents = q.documents(doc_ids).items
        texts = {d.id: d.text for d in documents}
        groups = self._shared(
            "copies", lambda: {m: g for g in store.duplicate_groups() for m in g.members}
        )

        generation = self.generation()
        names = self.names(generation)

        def metadata(d: Any) -> dict[str, Any]:
            meta = document_dict(d, groups.get(d.id), with_text=False)
            if not meta.get("title"):  # the title read from the text, once
                meta["title_from_text"] = title_from_text(d.text, meta.get("segments") or ())
            return meta

        def shaped(d: Any) -> dict[str, Any]:
            # the metadata (boilerplate lines found in a pass over the text) once per
            # generation; the text from the row just read
            meta = self._shared(("document", d.id), lambda: metadata(d), generation)
            return {**meta, "text": d.text}

        return {
            "corpus": store.meta("corpus"),
            "event": store.meta("event"),
            "documents": [shaped(d) for d in documents],
            "events": events,
            "figures": [figure_json(x, texts.get(x["doc"], ""), names=names) for x in figures],
            "quotes": [quote_json(dict(x), names) for x in quotes],  # x may be shared
            "claim_groups": [],
            "conflicts": [],
            "series": [],
            "entities": [],
            "duplicate_groups": [],
        }

    def facets(self, f: EventFilter) -> dict[str, Any]:
        q = self._store().query
        places = q.places(MENU_SIZE)
        sources = q.busiest_documents(MENU_SIZE)
        if f.place and f.place not in places:
            places = sorted([*places, f.place])
        if f.source and f.source not in sources:
            sources = sorted([*sources, f.source])
        names = q.document_names(sources)
        return {
            "types": q.event_types(),
            "places": places,
            "sources": [(i, names[i]) for i in sources if i in names],
        }

    def doc_ids(self) -> list[str]:
        return self._store().query.document_ids()

    def figures(
        self, source: str | None, measure: str | None, limit: int, offset: int
    ) -> tuple[int, list[dict]]:
        q = self._query()
        page = q.figures(source=source, measure=measure, limit=limit, offset=offset)
        items = list(page.items)
        texts = q.texts({x["doc"] for x in items})
        names = self.names()
        return page.total, [figure_json(x, texts.get(x["doc"], ""), names=names) for x in items]

    def section(self, name: str, limit: int, offset: int, **kw: Any) -> tuple[int, list[dict]]:
        store = self._store()
        q = self._query()
        if name == "documents":
            page = q.documents(limit=limit, offset=offset)
            groups = {m: g for g in store.duplicate_groups() for m in g.members}
            return page.total, [
                _metadata(document_dict(d, groups.get(d.id), with_text=False)) for d in page.items
            ]
        if name == "entities":
            page = q.entities(type_=kw.get("type_"), limit=limit, offset=offset)
            return page.total, [entity_json(e) for e in page.items]
        if name == "quotes":
            page = q.quotes(source=kw.get("source"), limit=limit, offset=offset)
            names = self.names()
            return page.total, [quote_json(x, names) for x in page.items]
        if name == "claim_groups":
            page = q.claim_groups(limit=limit, offset=offset)
            return page.total, list(page.items)
        kind = "growth" if name == "series" else "not growth"
        page = q.conflicts(limit=limit, offset=offset, kind=kind)
        return page.total, list(page.items)

    def document(self, doc_id: str) -> dict[str, Any] | None:
        store = self._store()
        doc = store.document(doc_id)
        if doc is None:
            return None
        group = next((g for g in store.duplicate_groups() if doc_id in g.members), None)
        return document_dict(doc, group)

    def changes(self, since: str) -> dict[str, Any]:
        return self._store().query.since(since)


EntityEvidence = dict[str, list[tuple[int, dict[str, Any]]]]


def _busiest_entities(q: Query) -> list[tuple[dict[str, Any], EntityEvidence]]:
    """The most mentioned entities, each with its evidence by document (and its place in
    the entity's list), so a page picks its own documents' mentions without a scan."""
    out = []
    for e in q.entities(limit=PAGE_ENTITIES, by_mentions=True).items:
        entity = entity_json(e)
        where: EntityEvidence = {}
        for n, ev in enumerate(entity["evidence"]):
            where.setdefault(ev.get("doc"), []).append((n, ev))
        out.append(({**entity, "evidence": [], "mention_count": len(entity["evidence"])}, where))
    return out


def _evidence_in(where: EntityEvidence, docs: set[str]) -> list[dict[str, Any]]:
    """An entity's evidence in ``docs``, in the entity's own order: all a page highlights
    (the view marks only the documents the page shows)."""
    found = [x for d in docs if d in where for x in where[d]]
    return [ev for _, ev in sorted(found, key=lambda x: x[0])]


def _metadata(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in ("text", "segments", "boilerplate_lines")}


def _as_of_in(as_of: str, f: EventFilter) -> bool:
    from sitrep.serve.filters import _in_range

    return _in_range(as_of, f)


class ExportRecords:
    """Records from an export dict a backend hands over whole (tests, embedders); the
    export is fetched again only when the backend's version changes."""

    def __init__(self, backend: Any) -> None:
        self._backend = backend
        self._lock = threading.Lock()
        self._key: str | None = None
        self._value: dict[str, Any] = {}

    def _export(self) -> dict[str, Any]:
        key = self._backend.version()
        with self._lock:
            if key != self._key:
                self._value = self._backend.export()
                self._key = key
            return self._value

    def generation(self) -> tuple[str, str]:
        key = str(self._backend.version())
        return key, key

    def _events(self, f: EventFilter) -> list[dict]:
        events = [e for e in self._export().get("events") or [] if event_matches(e, f)]
        events.sort(key=lambda e: (e.get("date") is None, e.get("date") or "", str(e.get("id"))))
        return events

    def events(self, f: EventFilter, limit: int, offset: int) -> tuple[int, list[dict]]:
        events = self._events(f)
        return len(events), events[offset : offset + limit]

    def event_page(self, event_id: str) -> dict[str, Any] | None:
        export = self._export()
        event = next((e for e in export.get("events") or [] if e.get("id") == event_id), None)
        if event is None:
            return None
        docs = {m.get("doc") for m in event.get("mentions") or []}
        return {
            **export,
            "events": [event],
            "figures": [],
            "quotes": [],
            "claim_groups": [],
            "conflicts": [],
            "series": [],
            "entities": [],
            "documents": [d for d in export.get("documents") or [] if d.get("id") in docs],
        }

    def document_page(self, doc_id: str) -> dict[str, Any] | None:
        export = self._export()
        doc = next((d for d in export.get("documents") or [] if d.get("id") == doc_id), None)
        if doc is None:
            return None
        return {
            **export,
            "documents": [doc],
            "events": [
                e
                for e in export.get("events") or []
                if any(m.get("doc") == doc_id for m in e.get("mentions") or [])
            ],
            "figures": [x for x in export.get("figures") or [] if x.get("doc") == doc_id],
            "quotes": [x for x in export.get("quotes") or [] if x.get("doc") == doc_id],
            "claim_groups": [],
            "conflicts": [],
            "series": [],
            "entities": [
                {**e, "evidence": [x for x in e.get("evidence") or [] if x.get("doc") == doc_id]}
                for e in export.get("entities") or []
            ],
        }

    def page_export(
        self, f: EventFilter, offset: int, *, whole: bool = True
    ) -> tuple[dict[str, Any], int]:
        export = filter_export(self._export(), f)
        events = self._events(f)
        page = [_cut_reports(e, PAGE_REPORTS) for e in events[offset : offset + PAGE_EVENTS]]
        return {**export, "events": page}, len(events)

    def facets(self, f: EventFilter) -> dict[str, Any]:
        export = self._export()
        events = export.get("events") or []
        return {
            "types": sorted({e.get("type") or "other" for e in events}),
            "places": sorted({e.get("place") for e in events if e.get("place")}),
            "sources": [
                (d["id"], d.get("outlet") or d.get("title") or d["id"])
                for d in export.get("documents") or []
            ],
        }

    def doc_ids(self) -> list[str]:
        return [d["id"] for d in self._export().get("documents") or []]

    def figures(
        self, source: str | None, measure: str | None, limit: int, offset: int
    ) -> tuple[int, list[dict]]:
        chosen = [
            x
            for x in self._export().get("figures") or []
            if (not source or x.get("doc") == source)
            and (not measure or x.get("measure") == measure)
        ]
        return len(chosen), chosen[offset : offset + limit]

    def section(self, name: str, limit: int, offset: int, **kw: Any) -> tuple[int, list[dict]]:
        items = list(self._export().get(name) or [])
        if name == "documents":
            items = [_metadata(d) for d in items]
        if name == "entities" and kw.get("type_"):
            items = [e for e in items if e.get("type") == kw["type_"]]
        if name == "quotes" and kw.get("source"):
            items = [x for x in items if x.get("doc") == kw["source"]]
        return len(items), items[offset : offset + limit]

    def document(self, doc_id: str) -> dict[str, Any] | None:
        return next((d for d in self._export().get("documents") or [] if d["id"] == doc_id), None)

    def changes(self, since: str) -> dict[str, Any]:
        return {"since": since, "runs": [], "documents": [], "changes": []}
