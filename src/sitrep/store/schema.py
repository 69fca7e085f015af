"""The store's schema: its SQL migrations in order (a store's ``PRAGMA user_version`` is the
number it has run) and the full-text tokenizer."""

from __future__ import annotations

# Porter stemming over Unicode words, diacritics folded ("Bishkek" finds "Bíshkek")
FTS_TOKENIZER = "porter unicode61 remove_diacritics 2"

MIGRATIONS: tuple[str, ...] = (
    # 1: documents, their text and metadata, duplicate groups, full-text search
    """
    CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL,
        format TEXT NOT NULL,
        title TEXT, outlet TEXT, author TEXT, url TEXT,
        published TEXT, published_basis TEXT, published_inferred INTEGER NOT NULL DEFAULT 0,
        kind TEXT NOT NULL DEFAULT 'report',
        text TEXT NOT NULL,
        raw TEXT,
        segments TEXT NOT NULL DEFAULT '[]',
        ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE VIRTUAL TABLE documents_fts USING fts5(id UNINDEXED, title, body);
    CREATE TABLE duplicate_groups (
        id TEXT PRIMARY KEY,
        canonical TEXT NOT NULL REFERENCES documents(id),
        members TEXT NOT NULL,
        reason TEXT NOT NULL,
        similarity TEXT NOT NULL DEFAULT '{}'
    );
    """,
    # 2: per-document extraction results, with queryable columns for the views
    """
    CREATE TABLE readings (
        doc TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        data TEXT NOT NULL,
        extracted_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE TABLE figures (
        id TEXT PRIMARY KEY, doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        measure TEXT, value REAL, low REAL, high REAL, qualifier TEXT, grp TEXT, place TEXT,
        claimed_by TEXT, as_of TEXT, data TEXT NOT NULL
    );
    CREATE TABLE quotes (
        id INTEGER PRIMARY KEY, doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        speaker TEXT, text TEXT, data TEXT NOT NULL
    );
    CREATE TABLE event_mentions (
        id TEXT PRIMARY KEY, doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        type TEXT, date TEXT, place TEXT, data TEXT NOT NULL
    );
    CREATE INDEX figures_doc ON figures(doc);
    CREATE INDEX quotes_doc ON quotes(doc);
    CREATE INDEX event_mentions_doc ON event_mentions(doc);
    """,
    # 3: the cross-document picture
    """
    CREATE TABLE entities (
        id TEXT PRIMARY KEY, canonical TEXT NOT NULL, type TEXT, lat REAL, lon REAL,
        data TEXT NOT NULL
    );
    CREATE TABLE events (
        id TEXT PRIMARY KEY, type TEXT, date TEXT, place TEXT, lat REAL, lon REAL,
        corroboration INTEGER, data TEXT NOT NULL
    );
    CREATE TABLE claim_groups (id TEXT PRIMARY KEY, measure TEXT, data TEXT NOT NULL);
    CREATE TABLE conflicts (id TEXT PRIMARY KEY, kind TEXT, measure TEXT, data TEXT NOT NULL);
    """,
    # 4: what the store is about (corpus name, one-line description of the crisis)
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
    """,
    # 5: which version of the extractors made each reading (a newer one reads again)
    """
    ALTER TABLE readings ADD COLUMN version TEXT;
    """,
    # 6: how sure an inferred publication date is (0-1)
    """
    ALTER TABLE documents ADD COLUMN published_confidence REAL;
    """,
    # 7: search with stemming ("kill" finds "killed"); the index is refilled from the
    # documents after this (see _AFTER_MIGRATION)
    f"""
    DROP TABLE documents_fts;
    CREATE VIRTUAL TABLE documents_fts
        USING fts5(id UNINDEXED, title, body, tokenize='{FTS_TOKENIZER}');
    """,
    # 8: events queried in pages (date span, type, place, source filters on indexes); runs
    # and what each changed; the columns are filled from the events' data after this
    """
    ALTER TABLE events ADD COLUMN date_first TEXT;
    ALTER TABLE events ADD COLUMN date_last TEXT;
    ALTER TABLE events ADD COLUMN place_key TEXT;
    ALTER TABLE events ADD COLUMN position INTEGER;
    ALTER TABLE events ADD COLUMN reports INTEGER;
    -- how much each event belongs to the crisis, whether it is kept apart from the main
    -- timeline (off-topic, background), and its rank weight on it
    ALTER TABLE events ADD COLUMN relevance REAL;
    ALTER TABLE events ADD COLUMN apart TEXT;
    ALTER TABLE events ADD COLUMN salience REAL;
    CREATE INDEX events_order ON events(date IS NULL, date, id);
    CREATE INDEX events_span ON events(date_first, date_last);
    CREATE INDEX events_type ON events(type);
    CREATE INDEX events_place ON events(place_key);
    CREATE INDEX events_position ON events(position);
    CREATE TABLE event_docs (
        doc TEXT NOT NULL, event TEXT NOT NULL, PRIMARY KEY (doc, event)
    ) WITHOUT ROWID;
    CREATE INDEX event_docs_event ON event_docs(event);
    CREATE TABLE event_reports (mention TEXT PRIMARY KEY, event TEXT NOT NULL) WITHOUT ROWID;
    ALTER TABLE entities ADD COLUMN mentions INTEGER;
    ALTER TABLE claim_groups ADD COLUMN size INTEGER;
    CREATE INDEX entities_mentions ON entities(mentions);
    CREATE INDEX entities_canonical ON entities(canonical, type);
    CREATE INDEX claim_groups_size ON claim_groups(size);
    CREATE INDEX conflicts_kind ON conflicts(kind);
    CREATE INDEX figures_measure ON figures(measure);
    CREATE INDEX documents_ingested ON documents(ingested_at);
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL,
        started_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        finished_at TEXT,
        documents INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE changes (
        id INTEGER PRIMARY KEY,
        run INTEGER NOT NULL REFERENCES runs(id),
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        summary TEXT NOT NULL,
        data TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX changes_run ON changes(run);
    """,
    # 9: one type's events in date order straight from an index (the app's pages of one
    # type: 39 ms -> 0.1 ms on 19,000 statements of a 6,400-document store)
    """
    CREATE INDEX events_type_order ON events(type, date IS NULL, date, id);
    """,
    # 10: figures kept out of the claim groups (another story on the page, a reader's
    # comment), with why; they stay in the figures table and are exported with the mark
    """
    CREATE TABLE figures_apart (figure TEXT PRIMARY KEY, why TEXT NOT NULL, data TEXT NOT NULL);
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]
