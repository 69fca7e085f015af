from __future__ import annotations

import sqlite3

import pytest

from conftest import make_document
from sitrep.export.jsonexport import build_export
from sitrep.records import DocumentReading, DuplicateGroup, Evidence, FigureClaim
from sitrep.store import MIGRATIONS, SCHEMA_VERSION, Store, StoreError


def _figure(doc: str, n: int) -> FigureClaim:
    return FigureClaim(
        id=f"{doc}:F{n}",
        doc=doc,
        start=0,
        end=2,
        text="12",
        sentence=Evidence(doc, 0, 10),
        measure="killed",
        value=12.0,
        low=None,
        high=None,
        qualifier="exact",
        vague=False,
        group="civilians",
        place="Khartoum",
        claimed_by=None,
        as_of="2023-04-16",
    )


def test_new_store_is_at_latest_schema_in_wal_mode(tmp_path):
    with Store(tmp_path / "s.db") as store:
        assert store.version == SCHEMA_VERSION == len(MIGRATIONS)
        mode = store.conn.execute("PRAGMA journal_mode").fetchone()[0]
        assert mode == "wal"


def test_store_made_by_an_older_sitrep_opens_and_keeps_its_documents(tmp_path):
    path = tmp_path / "old.db"
    with Store(path, upgrade_to=1) as old:
        assert old.version == 1
        old.add_document(make_document("a", "Protesters gathered in the square."))
        tables = {r[0] for r in old.conn.execute("SELECT name FROM sqlite_master")}
        assert "figures" not in tables
    with Store(path) as store:
        assert store.version == SCHEMA_VERSION
        assert store.document_ids() == ["a"]
        store.save_reading(DocumentReading(doc="a", figures=(_figure("a", 1),)))
        assert store.counts()["figures"] == 1
        store.set_meta("corpus", "sudan-2023")
        assert build_export(store)["corpus"] == "sudan-2023"


def test_store_from_a_newer_sitrep_is_refused(tmp_path):
    path = tmp_path / "new.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer sitrep"):
        Store(path)


def test_a_file_that_is_not_sqlite_is_a_clear_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("this is not a database" * 100)
    with pytest.raises(StoreError, match="not a sitrep store"):
        Store(path)


def test_failed_transaction_leaves_nothing_behind(tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.add_document(make_document("a", "First article."))
        with pytest.raises(RuntimeError), store.transaction() as conn:
            conn.execute("DELETE FROM documents")
            raise RuntimeError("interrupted")
        assert store.document_ids() == ["a"]


def test_same_content_is_refused_by_hash(tmp_path):
    with Store(tmp_path / "s.db") as store:
        doc = make_document("a", "Same words.")
        store.add_document(doc)
        assert store.document_by_hash(doc.content_hash) == "a"
        # stored once: the second writer (another process, a moment later) learns the id
        assert store.add_document(make_document("b", "Same words.")) == "a"
        assert store.document_ids() == ["a"]
        assert store.add_document(make_document("a", "Other words.")) == "a-2"


def test_reading_round_trips_and_replaces_earlier_results(tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.add_document(make_document("a", "Twelve people were killed."))
        store.save_reading(DocumentReading(doc="a", figures=(_figure("a", 1), _figure("a", 2))))
        store.save_reading(DocumentReading(doc="a", figures=(_figure("a", 1),)))
        readings = store.readings()
        assert readings == [DocumentReading(doc="a", figures=(_figure("a", 1),))]
        assert store.counts()["figures"] == 1
        assert store.unread_documents() == []


def test_full_text_search_finds_body_words_not_boilerplate(tmp_path):
    from sitrep.records import Segment

    text = "Troops arrived in Almaty.\nSubscribe to our newsletter\n"
    segments = (Segment(0, 26, "body"), Segment(26, len(text), "boilerplate"))
    with Store(tmp_path / "s.db") as store:
        store.add_document(make_document("a", text, segments=segments, title="Troops"))
        hits = store.search("almaty")
        assert [h["doc"] for h in hits] == ["a"]
        assert "[Almaty]" in hits[0]["snippet"]
        assert store.search("newsletter") == []
        assert store.search('"') == []


def test_duplicate_groups_round_trip(tmp_path):
    group = DuplicateGroup(
        id="dup-a", canonical="a", members=("a", "b"), reason="earliest", similarity={"b": 0.99}
    )
    with Store(tmp_path / "s.db") as store:
        store.add_document(make_document("a", "One."))
        store.add_document(make_document("b", "Two."))
        store.replace_duplicate_groups([group])
        store.replace_duplicate_groups([group])
        assert store.duplicate_groups() == [group]
