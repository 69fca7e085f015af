"""Reading the store a page at a time: the query layer the web app and the report share.

Why queries, not a whole-corpus export: at thousands of articles the export is gigabytes
and takes minutes to assemble, while a page shows a hundred events. Every list here is
filtered and paged in SQL on the indexes of migration 8 and returns the typed records
(``sitrep.records``); shaping them into the export's dicts is ``sitrep.export``'s job.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sitrep.records import (
    ClaimGroup,
    Conflict,
    Document,
    DocumentReading,
    Entity,
    Event,
    FigureClaim,
    Quote,
    from_dict,
)
from sitrep.store import codec


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What a reader narrowed the views to; empty fields do not filter."""

    date_from: str | None = None  # YYYY-MM-DD, inclusive
    date_to: str | None = None  # YYYY-MM-DD, inclusive
    type: str | None = None  # event type
    place: str | None = None  # event place (case-insensitive)
    source: str | None = None  # document id
    corroborated: bool = False  # only events with two or more independent sources

    def active(self) -> bool:
        return any(
            (self.date_from, self.date_to, self.type, self.place, self.source, self.corroborated)
        )

    def as_query(self) -> dict[str, str]:
        return {
            "date_from": self.date_from or "",
            "date_to": self.date_to or "",
            "type": self.type or "",
            "place": self.place or "",
            "source": self.source or "",
            "corroborated": "1" if self.corroborated else "",
        }

    def where(self) -> tuple[str, list[Any]]:
        """The filter as an SQL condition on ``events`` and its parameters."""
        clauses, params = ["1"], []
        if self.date_from:
            clauses.append("date_last >= ?")
            params.append(self.date_from)
        if self.date_to:
            clauses.append("date_first <= ?")
            params.append(self.date_to)
        if self.type:
            clauses.append("type = ?")
            params.append(self.type)
        if self.place:
            clauses.append("place_key = ?")
            params.append(self.place.casefold())
        if self.source:
            clauses.append("id IN (SELECT event FROM event_docs WHERE doc = ?)")
            params.append(self.source)
        if self.corroborated:
            clauses.append("corroboration >= 2")
        return " AND ".join(clauses), params


def date_span(date: str | None) -> tuple[str | None, str | None]:
    """First and last day of a date, month, year or "A/B" span, as text that sorts like
    days ("2022-01" ends at "2022-01-99", after every day of January)."""
    if not date:
        return None, None
    first, _, last = date.partition("/")
    last = last or first
    return first, (last + "-99-99"[: 10 - len(last)] if len(last) < 10 else last)


@dataclass(frozen=True, slots=True)
class Page:
    """One page of records and how many there are in all."""

    total: int
    items: tuple[Any, ...]


# the API's and the timeline's order: dated events by date, then undated ones
EVENT_ORDER = "date IS NULL, date, id"


class Query:
    """Paged, filtered reads over one store connection. With ``raw`` the records come as
    the dicts the store keeps (``records.to_dict``'s shape), for callers that only shape
    them into JSON: decoding them into records to encode them again would cost most of a
    page's time."""

    def __init__(self, conn: sqlite3.Connection, *, raw: bool = False) -> None:
        self.conn = conn
        self.raw = raw  # records as the JSON the store keeps (dicts), not typed records

    def _load(self, cls: type, data: str) -> Any:
        return codec.loads(data) if self.raw else _load(cls, data)

    # -- events --------------------------------------------------------------------------------

    def events(self, f: EventFilter | None = None, *, limit: int = 100, offset: int = 0) -> Page:
        where, params = (f or EventFilter()).where()
        total = self.conn.execute(f"SELECT count(*) FROM events WHERE {where}", params).fetchone()
        rows = self.conn.execute(
            f"SELECT data FROM events WHERE {where} ORDER BY {EVENT_ORDER} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return Page(int(total[0]), tuple(self._load(Event, r[0]) for r in rows))

    def event(self, event_id: str) -> Event | None:
        row = self.conn.execute("SELECT data FROM events WHERE id = ?", (event_id,)).fetchone()
        return self._load(Event, row[0]) if row else None

    def event_of_mention(self, mention: str) -> str | None:
        row = self.conn.execute(
            "SELECT event FROM event_reports WHERE mention = ?", (mention,)
        ).fetchone()
        return row[0] if row else None

    def event_types(self) -> list[str]:
        return [
            r[0] or "other"
            for r in self.conn.execute("SELECT DISTINCT type FROM events ORDER BY type")
        ]

    def places(self, limit: int = 300) -> list[str]:
        """The places with most events first (a menu, not every village), then by name."""
        rows = self.conn.execute(
            "SELECT place, count(*) AS n FROM events WHERE place IS NOT NULL "
            "GROUP BY place_key ORDER BY n DESC, place LIMIT ?",
            (limit,),
        )
        return sorted(r[0] for r in rows)

    def busiest_documents(self, limit: int = 300) -> list[str]:
        """The documents reporting most events: the source menu of a large store."""
        rows = self.conn.execute(
            "SELECT doc, count(*) AS n FROM event_docs GROUP BY doc ORDER BY n DESC, doc LIMIT ?",
            (limit,),
        )
        return sorted(r[0] for r in rows)

    # -- figures, claim groups and conflicts ---------------------------------------------------

    def figures(
        self,
        *,
        source: str | None = None,
        measure: str | None = None,
        ids: Iterable[str] | None = None,
        limit: int = 1000,
        offset: int = 0,
    ) -> Page:
        clauses, params = ["1"], []
        if source:
            clauses.append("doc = ?")
            params.append(source)
        if measure:
            clauses.append("measure = ?")
            params.append(measure)
        if ids is not None:
            wanted = sorted(set(ids))
            clauses.append("id IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(wanted))
        where = " AND ".join(clauses)
        total = self.conn.execute(f"SELECT count(*) FROM figures WHERE {where}", params).fetchone()
        rows = self.conn.execute(
            f"SELECT data FROM figures WHERE {where} ORDER BY doc, id LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return Page(int(total[0]), tuple(self._load(FigureClaim, r[0]) for r in rows))

    def claim_groups(self, *, limit: int = 1000, offset: int = 0, by_size: bool = False) -> Page:
        """Claim groups in the resolver's order, or the most reported first."""
        order = "size DESC, rowid" if by_size else "rowid"
        return self._table("claim_groups", ClaimGroup, limit, offset, order=order)

    def conflicts(self, *, limit: int = 1000, offset: int = 0, kind: str | None = None) -> Page:
        """Conflicts of ``kind``; "not growth" for disagreements and scope conflicts (a
        count that grew is a series, shown apart)."""
        if kind == "not growth":
            return self._table("conflicts", Conflict, limit, offset, "kind != 'growth'")
        if kind:
            return self._table("conflicts", Conflict, limit, offset, "kind = ?", [kind])
        return self._table("conflicts", Conflict, limit, offset)

    def entities(
        self,
        *,
        type_: str | None = None,
        limit: int = 1000,
        offset: int = 0,
        by_mentions: bool = False,
    ) -> Page:
        where, params = ("type = ?", [type_]) if type_ else ("1", [])
        order = "mentions DESC, rowid" if by_mentions else "rowid"
        return self._table("entities", Entity, limit, offset, where, params, order)

    def _table(
        self,
        table: str,
        cls: type,
        limit: int,
        offset: int,
        where: str = "1",
        params: Sequence[Any] = (),
        order: str = "rowid",
    ) -> Page:
        total = self.conn.execute(f"SELECT count(*) FROM {table} WHERE {where}", params).fetchone()
        rows = self.conn.execute(
            f"SELECT data FROM {table} WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return Page(int(total[0]), tuple(self._load(cls, r[0]) for r in rows))

    # -- quotes --------------------------------------------------------------------------------

    def quotes(self, *, source: str | None = None, limit: int = 1000, offset: int = 0) -> Page:
        where, params = ("doc = ?", [source]) if source else ("1", [])
        total = self.conn.execute(f"SELECT count(*) FROM quotes WHERE {where}", params).fetchone()
        rows = self.conn.execute(
            f"SELECT data FROM quotes WHERE {where} ORDER BY doc, id LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return Page(int(total[0]), tuple(self._load(Quote, r[0]) for r in rows))

    # -- documents -----------------------------------------------------------------------------

    def documents(
        self, ids: Iterable[str] | None = None, *, limit: int = 1000, offset: int = 0
    ) -> Page:
        """Documents (with their text) in id order, or the ones named in ``ids``."""
        if ids is not None:
            wanted = json.dumps(sorted(set(ids)))
            rows = self.conn.execute(
                "SELECT * FROM documents WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id",
                (wanted,),
            ).fetchall()
            return Page(len(rows), tuple(document(r) for r in rows))
        total = self.conn.execute("SELECT count(*) FROM documents").fetchone()
        rows = self.conn.execute(
            "SELECT * FROM documents ORDER BY id LIMIT ? OFFSET ?", (limit, offset)
        ).fetchall()
        return Page(int(total[0]), tuple(document(r) for r in rows))

    def document_names(self, ids: Iterable[str]) -> dict[str, str]:
        """{id: outlet, else title, else id} of the documents named (no texts read)."""
        rows = self.conn.execute(
            "SELECT id, coalesce(nullif(outlet, ''), nullif(title, ''), id) FROM documents "
            "WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(set(ids))),),
        )
        return {r[0]: r[1] for r in rows}

    def document_ids(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT id FROM documents ORDER BY id")]

    def document_count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM documents").fetchone()[0])

    def texts(self, ids: Iterable[str]) -> dict[str, str]:
        rows = self.conn.execute(
            "SELECT id, text FROM documents WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(set(ids))),),
        )
        return {r[0]: r[1] for r in rows}

    def readings(self, ids: Iterable[str] | None = None) -> list[DocumentReading]:
        if ids is None:
            rows = self.conn.execute("SELECT data FROM readings ORDER BY doc")
        else:
            rows = self.conn.execute(
                "SELECT data FROM readings WHERE doc IN (SELECT value FROM json_each(?)) "
                "ORDER BY doc",
                (json.dumps(sorted(set(ids))),),
            )
        return [_load(DocumentReading, r[0]) for r in rows]

    # -- what changed --------------------------------------------------------------------------

    def since(self, since: str) -> dict[str, Any]:
        """What changed after run ``since`` (its id) or from a date or time (ISO) on: the
        runs, the documents that arrived, and each change the runs' resolves recorded."""
        if since.isdigit():
            run_clause, run_params = "id > ?", [int(since)]
            row = self.conn.execute(
                "SELECT coalesce(finished_at, started_at) FROM runs WHERE id = ?", (int(since),)
            ).fetchone()
            cutoff = row[0] if row else None
        else:
            run_clause, run_params = "started_at >= ?", [since]
            cutoff = since
        runs = [
            dict(r) for r in self.conn.execute(f"SELECT * FROM runs WHERE {run_clause}", run_params)
        ]
        run_ids = [r["id"] for r in runs]
        docs = (
            [
                dict(r)
                for r in self.conn.execute(
                    "SELECT id, title, outlet, published, ingested_at FROM documents "
                    # milliseconds, as runs have them: a document stored in the second a run
                    # ended is before or after it (rows of older stores, in whole seconds,
                    # still count as after it)
                    "WHERE ingested_at >= ? ORDER BY ingested_at, id",
                    (cutoff,),
                )
            ]
            if cutoff
            else []
        )
        found = self.conn.execute(
            "SELECT run, kind, key, summary, data FROM changes "
            "WHERE run IN (SELECT value FROM json_each(?)) ORDER BY id",
            (json.dumps(run_ids),),
        )
        changes: list[dict[str, Any]] = []
        for r in found:
            item = {**codec.loads(r[4]), "run": r[0], "kind": r[1], "key": r[2], "summary": r[3]}
            mention = item.get("mention")
            if mention:  # the event as it is now (resolution renumbers events)
                item["event"] = self.event_of_mention(mention)
            changes.append(item)
        return {"since": since, "runs": runs, "documents": docs, "changes": changes}


def _load(cls: type, data: str) -> Any:
    return from_dict(cls, codec.loads(data))


def document(row: sqlite3.Row) -> Document:
    from sitrep.records import Segment

    return Document(
        id=row["id"],
        text=row["text"],
        content_hash=row["content_hash"],
        source=row["source"],
        format=row["format"],
        title=row["title"],
        outlet=row["outlet"],
        author=row["author"],
        url=row["url"],
        published=row["published"],
        published_basis=row["published_basis"],
        published_inferred=bool(row["published_inferred"]),
        published_confidence=row["published_confidence"],
        kind=row["kind"],
        segments=tuple(Segment(**s) for s in codec.loads(row["segments"])),
        raw=row["raw"],
    )


def referenced_documents(events: Sequence[Event]) -> set[str]:
    return {r.doc for e in events for r in e.reports}
