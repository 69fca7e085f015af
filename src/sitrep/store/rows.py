"""The rows a resolution writes beside its JSON records (events, entities, claim groups,
figures kept apart, the changed parts), the search index, runs, and the Python steps that
follow a migration's SQL."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from sitrep.records import (
    from_dict,
    to_dict,
)
from sitrep.store import codec
from sitrep.store.query import date_span, document


def _index(conn: sqlite3.Connection, doc_id: str, title: str | None, body: str) -> None:
    """Add a document to the search index: its title and body text (boilerplate left out)."""
    conn.execute(
        "INSERT INTO documents_fts (id, title, body) VALUES (?,?,?)",
        (doc_id, title or "", " ".join(body.split())),
    )


def _refill_search_index(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM documents_fts")
    for row in conn.execute("SELECT * FROM documents ORDER BY id"):
        doc = document(row)
        _index(conn, doc.id, doc.title, doc.body_text())


def _new_run(conn: sqlite3.Connection, kind: str) -> int:
    cur = conn.execute("INSERT INTO runs (kind) VALUES (?)", (kind,))
    return int(cur.lastrowid or 0)


def _insert_events(conn: sqlite3.Connection, events: Iterable[Any], start: int = 0) -> None:
    """Events with the columns their pages filter and sort on, and which documents and
    mentions report each (the source filter, and what a later resolve is compared with)."""
    rows, docs, reports = [], [], []
    for position, e in enumerate(events, start=start):
        first, last = date_span(e.date)
        rows.append(
            (
                e.id,
                e.type,
                e.date,
                e.place,
                e.place_ref.lat if e.place_ref else None,
                e.place_ref.lon if e.place_ref else None,
                e.corroboration,
                json.dumps(to_dict(e)),
                first,
                last,
                e.place.casefold() if e.place else None,
                position,
                len(e.reports),
                e.relevance,
                e.apart,
                e.salience,
            )
        )
        docs.extend((d, e.id) for d in {r.doc for r in e.reports})
        reports.extend((r.mention_id, e.id) for r in e.reports)
    conn.executemany(
        "INSERT INTO events (id, type, date, place, lat, lon, corroboration, data, date_first,"
        " date_last, place_key, position, reports, relevance, apart, salience)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )
    conn.executemany("INSERT OR IGNORE INTO event_docs (doc, event) VALUES (?,?)", docs)
    conn.executemany("INSERT OR REPLACE INTO event_reports (mention, event) VALUES (?,?)", reports)


def _insert_entities(conn: sqlite3.Connection, entities: Iterable[Any]) -> None:
    conn.executemany(
        "INSERT INTO entities (id, canonical, type, lat, lon, data, mentions) "
        "VALUES (?,?,?,?,?,?,?)",
        [
            (
                e.id,
                e.canonical,
                e.type,
                e.place.lat if e.place else None,
                e.place.lon if e.place else None,
                json.dumps(to_dict(e)),
                len(e.mentions),
            )
            for e in entities
        ],
    )


def _insert_groups(conn: sqlite3.Connection, groups: Iterable[Any]) -> None:
    conn.executemany(
        "INSERT INTO claim_groups (id, measure, data, size) VALUES (?,?,?,?)",
        [(g.id, g.measure, json.dumps(to_dict(g)), len(g.figures)) for g in groups],
    )


def _insert_apart(conn: sqlite3.Connection, apart: Iterable[Any]) -> None:
    conn.executemany(
        "INSERT OR REPLACE INTO figures_apart (figure, why, data) VALUES (?,?,?)",
        [(a.figure, a.why, json.dumps(to_dict(a))) for a in apart],
    )


def _put_meta(conn: sqlite3.Connection, key: str, value: str | None) -> None:
    """Set one key of the store's meta table, inside the caller's transaction."""
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))


def _insert_key_days(conn: sqlite3.Connection, key: str, days: Iterable[Any]) -> None:
    """Keep a resolution's key days (``KeyDay`` records) under ``key`` of the meta table."""
    _put_meta(conn, key, json.dumps([to_dict(d) for d in days]))


def _bump(conn: sqlite3.Connection, part: str, value: str) -> None:
    """Mark ``part`` (documents | resolution) of the store as written: readers that keep
    pages keyed on :meth:`Store.generation` drop only what depends on it."""
    try:
        _put_meta(conn, f"gen:{part}", value)
    except sqlite3.OperationalError:  # a store kept at an older schema (no meta table)
        pass


def _index_events(conn: sqlite3.Connection) -> None:
    """Fill migration 8's columns and tables from the resolution a store holds."""
    from sitrep.records import ClaimGroup, Entity, Event

    def load(table: str, cls: type) -> list[Any]:
        rows = conn.execute(f"SELECT data FROM {table} ORDER BY rowid").fetchall()
        conn.execute(f"DELETE FROM {table}")
        return [from_dict(cls, codec.loads(data)) for (data,) in rows]

    _insert_events(conn, load("events", Event))
    _insert_entities(conn, load("entities", Entity))
    _insert_groups(conn, load("claim_groups", ClaimGroup))


# Steps in Python after a migration's SQL, in the same transaction
_AFTER_MIGRATION = {7: _refill_search_index, 8: _index_events}
