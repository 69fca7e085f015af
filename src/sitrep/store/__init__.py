"""sitrep's store: one SQLite file (WAL mode, FTS5 over document text).

The schema is versioned (``PRAGMA user_version``) and upgraded in place by the
migrations in :data:`sitrep.store.schema.MIGRATIONS`, so a store made by an older sitrep opens.
Every write happens in a transaction: an interrupted run leaves the store as it
was before that unit of work, and re-ingesting the same content changes nothing
(documents are keyed on their content hash).
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sitrep.records import (
    Document,
    DocumentReading,
    DuplicateGroup,
    from_dict,
    to_dict,
)
from sitrep.store import changes, codec
from sitrep.store import search as search_syntax
from sitrep.store.ids import carry_event_ids, next_event_number
from sitrep.store.query import Query, document
from sitrep.store.rows import (
    _AFTER_MIGRATION,
    _bump,
    _index,
    _insert_apart,
    _insert_entities,
    _insert_events,
    _insert_groups,
    _insert_key_days,
    _new_run,
    _put_meta,
)
from sitrep.store.schema import MIGRATIONS, SCHEMA_VERSION, _statements

_JSON_TABLES = frozenset({"readings", "entities", "events", "claim_groups", "conflicts"})
# How long a writer waits for another process's transaction before giving up: a resolve
# over a large corpus holds the store for some seconds.
BUSY_SECONDS = 120
OPEN_RETRY_SECONDS = 0.05  # between tries of a store another process is creating
KEY_DAYS_META = "resolution:key_days"  # the days the last full resolve put first (JSON)


class StoreError(Exception):
    """The store cannot be opened or written."""


class Store:
    """A sitrep store in one SQLite file."""

    def __init__(self, path: str | Path, *, upgrade_to: int = SCHEMA_VERSION):
        self.path = Path(path)
        self._lock = threading.RLock()
        try:
            self.conn = sqlite3.connect(
                self.path, check_same_thread=False, isolation_level=None, timeout=BUSY_SECONDS
            )
            self.conn.row_factory = sqlite3.Row
            # first, so that even switching to WAL waits for another process's lock
            self.conn.execute(f"PRAGMA busy_timeout={BUSY_SECONDS * 1000}")
            self._open(upgrade_to)
        except sqlite3.DatabaseError as exc:
            raise StoreError(_why(self.path, exc)) from exc

    def _open(self, upgrade_to: int) -> None:
        """Switch to WAL and migrate, waiting for another process doing the same. SQLite
        answers "busy" at once, without waiting, in a few cases (two processes creating
        one new store: switching its journal, recovering its WAL): those are tried again
        until BUSY_SECONDS have passed."""
        deadline = time.monotonic() + BUSY_SECONDS
        while True:
            try:
                self.conn.execute("PRAGMA journal_mode=WAL")
                self.conn.execute("PRAGMA foreign_keys=ON")
                self._migrate(upgrade_to)
                return
            except sqlite3.OperationalError as exc:
                if not _busy(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(OPEN_RETRY_SECONDS)

    # -- lifecycle -----------------------------------------------------------------------------

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    @property
    def version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self, target: int) -> None:
        current = self.version
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} was made by a newer sitrep (schema {current}, this one knows "
                f"{SCHEMA_VERSION}): upgrade sitrep"
            )
        for number in range(current + 1, target + 1):
            with self.transaction() as conn:
                # read again under the write lock: another process may have just migrated
                if int(conn.execute("PRAGMA user_version").fetchone()[0]) >= number:
                    continue
                for statement in _statements(MIGRATIONS[number - 1]):
                    conn.execute(statement)
                if number in _AFTER_MIGRATION:
                    _AFTER_MIGRATION[number](conn)
                conn.execute(f"PRAGMA user_version={number}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All writes inside commit together or not at all."""
        with self._lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            else:
                self.conn.execute("COMMIT")

    # -- documents -----------------------------------------------------------------------------

    def document_by_hash(self, content_hash: str) -> str | None:
        row = self.conn.execute(
            "SELECT id FROM documents WHERE content_hash = ?", (content_hash,)
        ).fetchone()
        return row["id"] if row else None

    def has_document(self, doc_id: str) -> bool:
        return bool(self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone())

    def add_document(self, doc: Document) -> str:
        """Store ``doc``; the id it is stored under. Another process writing the store at
        the same time may have stored the same text first (then its id is returned and
        nothing is written) or taken the id (then the next free ``id-N`` is used)."""
        body = doc.body_text()
        with self.transaction() as conn:
            row = conn.execute(
                "SELECT id FROM documents WHERE content_hash = ?", (doc.content_hash,)
            ).fetchone()
            if row is not None:
                return str(row["id"])
            doc_id, n = doc.id, 1
            while conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone():
                n += 1
                doc_id = f"{doc.id}-{n}"
            conn.execute(
                """INSERT INTO documents (id, content_hash, source, format, title, outlet, author,
                   url, published, published_basis, published_inferred, kind, text, raw, segments,
                   ingested_at)
                   VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))""",
                (
                    doc_id,
                    doc.content_hash,
                    doc.source,
                    doc.format,
                    doc.title,
                    doc.outlet,
                    doc.author,
                    doc.url,
                    doc.published,
                    doc.published_basis,
                    int(doc.published_inferred),
                    doc.kind,
                    doc.text,
                    doc.raw,
                    json.dumps([to_dict(s) for s in doc.segments]),
                ),
            )
            if doc.published_confidence is not None:
                conn.execute(
                    "UPDATE documents SET published_confidence = ? WHERE id = ?",
                    (doc.published_confidence, doc_id),
                )
            _index(conn, doc_id, doc.title, body)
            _bump(conn, "documents", doc_id)
        return doc_id

    def fingerprint(self) -> str:
        """What the documents are, in one string: it changes when any is added or removed."""
        import hashlib

        digest = hashlib.sha1()
        for (content_hash,) in self.conn.execute(
            "SELECT content_hash FROM documents ORDER BY content_hash"
        ):
            digest.update(content_hash.encode())
        return digest.hexdigest()

    def metadata_dates(self) -> list[str]:
        """Publication dates that came with the documents (not inferred)."""
        from sitrep.ingest.formats import date_out_of_range

        rows = self.conn.execute(
            "SELECT published FROM documents WHERE published IS NOT NULL AND published_inferred = 0"
        )
        # a store written before dates were checked may hold a 9999-12-31: it is no period
        return [r[0] for r in rows if date_out_of_range(r[0]) is None]

    def update_published(
        self, doc_id: str, published: str | None, basis: str, confidence: float | None = None
    ) -> None:
        """Set an inferred publication date (or none, with the reason in ``basis``). When
        the date changes, the document's extraction results, which were read against the
        old date, are dropped so the next extract re-reads it."""
        with self.transaction() as conn:
            row = conn.execute("SELECT published FROM documents WHERE id = ?", (doc_id,)).fetchone()
            conn.execute(
                "UPDATE documents SET published = ?, published_basis = ?, published_inferred = 1,"
                " published_confidence = ? WHERE id = ?",
                (published, basis, confidence, doc_id),
            )
            _bump(conn, "documents", f"{doc_id}@{published}")
            if row is not None and row[0] != published:
                for table in ("readings", "figures", "quotes", "event_mentions"):
                    conn.execute(f"DELETE FROM {table} WHERE doc = ?", (doc_id,))

    def documents(self, ids: Iterable[str] | None = None) -> list[Document]:
        """Every document in id order, or the ones named in ``ids`` (read alone)."""
        if ids is not None:
            return list(self.query.documents(ids).items)
        rows = self.conn.execute("SELECT * FROM documents ORDER BY id").fetchall()
        return [_document(r) for r in rows]

    def iter_documents(self) -> Iterator[Document]:
        """Every document in id order, one at a time (a large store's texts are not all
        held at once)."""
        for row in self.conn.execute("SELECT * FROM documents ORDER BY id"):
            yield _document(row)

    def raw_rows(self, table: str, key: str = "id") -> Iterator[tuple[str, Any]]:
        """(key, decoded JSON) of each row of a table that keeps its records as JSON
        (readings, entities, events, claim_groups, conflicts), in the order they were
        written (readings: by document)."""
        if table not in _JSON_TABLES:
            raise ValueError(f"{table} keeps no JSON records")
        order = "doc" if table == "readings" else "rowid"
        for k, data in self.conn.execute(f"SELECT {key}, data FROM {table} ORDER BY {order}"):
            yield k, codec.loads(data)

    def document(self, doc_id: str) -> Document | None:
        row = self.conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return _document(row) if row else None

    def document_ids(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT id FROM documents ORDER BY id")]

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Documents matching ``query``, best first. ``query`` is what a user types: words
        (all required; stemmed, so "kill" finds "killed"), ``OR``, "quoted phrases",
        ``NEAR``, ``-word`` or ``NOT word`` (see :mod:`sitrep.store.search`). It never
        raises on its syntax: a query FTS5 refuses is searched as its plain words."""
        match = search_syntax.to_fts(query)
        if match is None:
            return []
        try:
            rows = self._search(match, limit)
        except sqlite3.OperationalError:
            fallback = search_syntax.plain(query)
            if fallback is None:
                return []
            try:
                rows = self._search(search_syntax.Match(fallback, None), limit)
            except sqlite3.OperationalError:
                return []
        return [
            {"doc": r["id"], "title": r["title"], "snippet": r["snippet"], "rank": r["rank"]}
            for r in rows
        ]

    def _search(self, match: search_syntax.Match, limit: int) -> list[sqlite3.Row]:
        if match.include is not None:
            return self.conn.execute(
                """SELECT id, title, snippet(documents_fts, 2, '[', ']', '…', 12) AS snippet,
                          bm25(documents_fts) AS rank
                   FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?""",
                (match.include, limit),
            ).fetchall()
        # only exclusions: every other document, in id order, opening with its first words
        return self.conn.execute(
            """SELECT id, title, substr(body, 1, 90) || '…' AS snippet, 0.0 AS rank
               FROM documents_fts WHERE rowid NOT IN
                 (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)
               ORDER BY id LIMIT ?""",
            (match.exclude, limit),
        ).fetchall()

    # -- duplicate groups ----------------------------------------------------------------------

    def replace_duplicate_groups(self, groups: Iterable[DuplicateGroup]) -> None:
        with self.transaction() as conn:
            conn.execute("DELETE FROM duplicate_groups")
            conn.executemany(
                "INSERT INTO duplicate_groups (id, canonical, members, reason, similarity) "
                "VALUES (?,?,?,?,?)",
                [
                    (g.id, g.canonical, json.dumps(g.members), g.reason, json.dumps(g.similarity))
                    for g in groups
                ],
            )

    def replace_duplicate_groups_of(
        self, doc_ids: Iterable[str], groups: Iterable[DuplicateGroup]
    ) -> None:
        """Replace the groups that hold any of ``doc_ids`` by ``groups`` (the rest stay)."""
        ids = set(doc_ids)
        with self.transaction() as conn:
            for gid, members in conn.execute("SELECT id, members FROM duplicate_groups").fetchall():
                if ids & set(codec.loads(members)):
                    conn.execute("DELETE FROM duplicate_groups WHERE id = ?", (gid,))
            conn.executemany(
                "INSERT OR REPLACE INTO duplicate_groups (id, canonical, members, reason, "
                "similarity) VALUES (?,?,?,?,?)",
                [
                    (g.id, g.canonical, json.dumps(g.members), g.reason, json.dumps(g.similarity))
                    for g in groups
                ],
            )

    def copy_candidates(self, doc: Document, limit: int = 20) -> list[str]:
        """Stored documents that may be copies of ``doc``: the best full-text matches for
        its most repeated words (a copy shares nearly all of them), best first."""
        words: dict[str, int] = {}
        for w in search_syntax.words(doc.body_text()):
            if len(w) >= 5:
                words[w] = words.get(w, 0) + 1
        top = sorted(words, key=lambda w: (-words[w], w))[:30]
        if not top:
            return []
        match = " OR ".join(f'"{w}"' for w in top)
        try:
            rows = self.conn.execute(
                "SELECT id FROM documents_fts WHERE documents_fts MATCH ? AND id != ? "
                "ORDER BY bm25(documents_fts) LIMIT ?",
                (match, doc.id, limit),
            ).fetchall()
        except sqlite3.OperationalError:
            return []
        return [r[0] for r in rows]

    def duplicate_groups(self) -> list[DuplicateGroup]:
        return [
            DuplicateGroup(
                id=r["id"],
                canonical=r["canonical"],
                members=tuple(codec.loads(r["members"])),
                reason=r["reason"],
                similarity=codec.loads(r["similarity"]),
            )
            for r in self.conn.execute("SELECT * FROM duplicate_groups ORDER BY id")
        ]

    # -- readings ------------------------------------------------------------------------------

    def unread_documents(self, version: str | None = None) -> list[Document]:
        """Documents with no reading, or (given ``version``) with a reading that another
        version of the extractors made."""
        if version is None:
            sql = "SELECT * FROM documents WHERE id NOT IN (SELECT doc FROM readings) ORDER BY id"
            rows = self.conn.execute(sql).fetchall()
        else:
            sql = (
                "SELECT * FROM documents WHERE id NOT IN "
                "(SELECT doc FROM readings WHERE version = ?) ORDER BY id"
            )
            rows = self.conn.execute(sql, (version,)).fetchall()
        return [_document(r) for r in rows]

    def read_by(self, version: str, ids: Iterable[str]) -> set[str]:
        """Which of ``ids`` have a reading made by extractors of ``version``."""
        rows = self.conn.execute(
            "SELECT doc FROM readings WHERE version = ? AND doc IN "
            "(SELECT value FROM json_each(?))",
            (version, json.dumps(sorted(set(ids)))),
        )
        return {r[0] for r in rows}

    def save_reading(self, reading: DocumentReading, version: str | None = None) -> None:
        """Store one document's extraction results, replacing earlier ones; ``version``
        names the extractors that made them."""
        with self.transaction() as conn:
            for table in ("readings", "figures", "quotes", "event_mentions"):
                conn.execute(f"DELETE FROM {table} WHERE doc = ?", (reading.doc,))
            conn.execute(
                "INSERT INTO readings (doc, data, version) VALUES (?, ?, ?)",
                (reading.doc, json.dumps(to_dict(reading)), version),
            )
            conn.executemany(
                "INSERT INTO figures VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (
                        f.id,
                        f.doc,
                        f.measure,
                        f.value,
                        f.low,
                        f.high,
                        f.qualifier,
                        f.group,
                        f.place,
                        f.claimed_by,
                        f.as_of,
                        json.dumps(to_dict(f)),
                    )
                    for f in reading.figures
                ],
            )
            conn.executemany(
                "INSERT INTO quotes (doc, speaker, text, data) VALUES (?,?,?,?)",
                [(q.doc, q.speaker, q.text, json.dumps(to_dict(q))) for q in reading.quotes],
            )
            conn.executemany(
                "INSERT INTO event_mentions VALUES (?,?,?,?,?,?)",
                [
                    (e.id, e.doc, e.type, e.date, e.place, json.dumps(to_dict(e)))
                    for e in reading.events
                ],
            )

    def readings(self) -> list[DocumentReading]:
        return [
            from_dict(DocumentReading, codec.loads(r["data"]))
            for r in self.conn.execute("SELECT data FROM readings ORDER BY doc")
        ]

    def reading_parts(self, part: str) -> Iterator[tuple[str, list[Any]]]:
        """(document id, one list of its reading: figures, quotes, events, entities or
        times) for every reading, in document order; SQLite cuts the list out of the
        stored JSON, so only that part is decoded here."""
        if part not in ("figures", "quotes", "events", "entities", "times"):
            raise ValueError(f"a reading has no {part}")
        for doc, data in self.conn.execute(
            f"SELECT doc, json_extract(data, '$.{part}') FROM readings ORDER BY doc"
        ):
            yield doc, codec.loads(data) if data else []

    # -- resolution ----------------------------------------------------------------------------

    def replace_resolution(self, resolution: Any, *, run: int | None = None) -> int:
        """Replace the cross-document picture in one transaction, recording what changed
        against the picture it replaces under ``run`` (a new run when None). Returns the run."""
        with self.transaction() as conn:
            if run is None:
                run = _new_run(conn, "resolve")
            old = changes.before(conn)
            events = carry_event_ids(conn, resolution.events, next_event_number(conn))
            resolution = dataclasses.replace(resolution, events=tuple(events))
            for table in ("entities", "events", "claim_groups", "conflicts", "figures_apart"):
                conn.execute(f"DELETE FROM {table}")
            conn.execute("DELETE FROM event_docs")
            conn.execute("DELETE FROM event_reports")
            _insert_entities(conn, resolution.entities)
            _insert_events(conn, resolution.events)
            _insert_groups(conn, resolution.claim_groups)
            conn.executemany(
                "INSERT INTO conflicts VALUES (?,?,?,?)",
                [(c.id, c.kind, c.measure, json.dumps(to_dict(c))) for c in resolution.conflicts],
            )
            _insert_apart(conn, getattr(resolution, "figures_apart", ()))
            _insert_key_days(conn, KEY_DAYS_META, getattr(resolution, "days", ()))
            changes.record(conn, run, changes.diff(old, resolution))
            _bump(conn, "resolution", str(run))
            # the whole picture again: no upload's neighbourhood update is left unmerged
            conn.execute("DELETE FROM meta WHERE key = 'resolution:incremental'")
            conn.execute(
                "UPDATE runs SET finished_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                "WHERE id = ? AND finished_at IS NULL AND kind = 'resolve'",
                (run,),
            )
        return run

    # -- runs ----------------------------------------------------------------------------------

    def begin_run(self, kind: str) -> int:
        """Start a run (an ingest, an upload, a resolve): its id orders what changed."""
        with self.transaction() as conn:
            return _new_run(conn, kind)

    def finish_run(self, run: int, documents: int = 0) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE runs SET finished_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
                "documents = ? WHERE id = ?",
                (documents, run),
            )

    def generation(self) -> tuple[str, str]:
        """(documents, resolution): each changes when that part of the store is written."""
        gens = dict(self.conn.execute("SELECT key, value FROM meta WHERE key LIKE 'gen:%'"))
        return gens.get("gen:documents") or "", gens.get("gen:resolution") or ""

    def runs(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute("SELECT * FROM runs ORDER BY id")]

    def resolution(self) -> Any:
        from sitrep.records import ClaimGroup, Conflict, Entity, Event, FigureApart
        from sitrep.resolve import Resolution

        def load(table: str, cls: type) -> tuple:
            return tuple(
                from_dict(cls, codec.loads(r["data"]))
                for r in self.conn.execute(f"SELECT data FROM {table} ORDER BY rowid")
            )

        return Resolution(
            entities=load("entities", Entity),
            events=load("events", Event),
            claim_groups=load("claim_groups", ClaimGroup),
            conflicts=load("conflicts", Conflict),
            figures_apart=load("figures_apart", FigureApart),
        )

    def figures_apart(self) -> dict[str, dict[str, Any]]:
        """The figures kept out of the claim groups, by figure id: why, relevance, basis."""
        return {
            r["figure"]: codec.loads(r["data"])
            for r in self.conn.execute("SELECT figure, data FROM figures_apart")
        }

    # -- what the store is about -------------------------------------------------------------

    def set_meta(self, key: str, value: str | None) -> None:
        with self.transaction() as conn:
            _put_meta(conn, key, value)

    def key_days(self) -> list[dict[str, Any]]:
        """The days the last full resolve put first, best first (``KeyDay`` records as
        dicts; an upload's update since then leaves them as they were)."""
        value = self.meta(KEY_DAYS_META)
        return json.loads(value) if value else []

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row["value"] if row else None

    # -- reading a page at a time -----------------------------------------------------------

    @property
    def query(self) -> Query:
        """Paged, filtered reads (see :mod:`sitrep.store.query`)."""
        return Query(self.conn)

    def counts(self) -> dict[str, int]:
        tables = (
            "documents",
            "duplicate_groups",
            "figures",
            "quotes",
            "event_mentions",
            "entities",
            "events",
            "conflicts",
        )
        return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def _busy(exc: sqlite3.DatabaseError) -> bool:
    """SQLite's "database is locked" or "busy": another process holds the store."""
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def _why(path: Path, exc: sqlite3.DatabaseError) -> str:
    """What an SQLite error on opening means for the user (not every one is "not a store")."""
    text = str(exc).lower()
    if _busy(exc):
        return f"{path}: the store is busy (another sitrep is writing it); try again later"
    if "readonly" in text or "read-only" in text:
        return f"{path}: cannot write the store: the file or its folder is read-only"
    if "unable to open" in text or "disk i/o" in text:
        return f"{path}: cannot open the store ({exc}): check the path and its permissions"
    return f"{path}: not a sitrep store ({exc})"


_document = document
