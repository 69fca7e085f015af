"""The store's query layer (paged, filtered reads on indexes) and what each resolve changed.

Real SQLite, records written the way the pipeline writes them.
"""

from __future__ import annotations

import json

from conftest import make_document
from sitrep.records import (
    ClaimGroup,
    Conflict,
    Event,
    EventReport,
    Place,
)
from sitrep.resolve import Resolution
from sitrep.store import Store
from sitrep.store.query import EventFilter, date_span

KHARTOUM = Place(379252, "Khartoum", "SD", "29", 15.55, 32.53, "city", 1974647)


def _event(n: int, docs: tuple[str, ...], date: str | None, type_: str = "clash") -> Event:
    reports = tuple(EventReport(d, 0, 10, "Fighting.", f"{d}:E{n}", outlet=None) for d in docs)
    return Event(
        id=f"EV{n}",
        type=type_,
        acled_event_type="Battles",
        acled_sub_event_type="Armed clash",
        date=date,
        time_precision=1,
        place="Khartoum" if n % 2 else "Omdurman",
        place_ref=KHARTOUM if n % 2 else None,
        actors=("RSF",),
        description=f"event {n}",
        reports=reports,
        sources=docs,
        corroboration=len(docs),
    )


def _store(tmp_path) -> Store:
    store = Store(tmp_path / "s.db")
    for d in ("a", "b", "c"):
        store.add_document(make_document(d, f"Fighting in Khartoum, report {d}."))
    return store


FIRST = Resolution(
    entities=(),
    events=(_event(1, ("a",), "2023-04-15"), _event(2, ("b",), None, "protest")),
    claim_groups=(ClaimGroup("G1", "killed", "civilians", "Khartoum", ("a:F1",), 10, 10, "one"),),
    conflicts=(),
)
# the same picture after article c arrived: it reports event 1 again, tells a new event,
# and a higher toll that disagrees with the first
SECOND = Resolution(
    entities=(),
    events=(
        _event(1, ("a", "c"), "2023-04-15"),
        _event(2, ("b",), None, "protest"),
        _event(3, ("c",), "2023-04-16"),
    ),
    claim_groups=(
        ClaimGroup("G1", "killed", "civilians", "Khartoum", ("a:F1", "c:F1"), 10, 25, "range"),
    ),
    conflicts=(Conflict("C1", "Killed: 10 vs 25.", "disagreement", ("a:F1", "c:F1"), "killed"),),
)


def test_a_resolve_records_what_changed_since_the_one_before(tmp_path):
    with _store(tmp_path) as store:
        first = store.replace_resolution(FIRST)
        assert store.query.since(str(first - 1))["changes"] == []  # the first picture: all new
        second = store.replace_resolution(SECOND)
        found = store.query.since(str(first))
        kinds = {c["kind"]: c for c in found["changes"]}
        assert [r["id"] for r in found["runs"]] == [second]
        assert set(kinds) == {"event_new", "event_reported", "figure_revised", "conflict_opened"}
        assert kinds["event_new"]["event"] == "EV3" and kinds["event_new"]["date"] == "2023-04-16"
        assert kinds["event_reported"]["corroboration_before"] == 1
        assert "1 -> 2 sources" in kinds["event_reported"]["summary"]
        assert kinds["figure_revised"]["before"]["high"] == 10
        assert "10 -> 10-25" in kinds["figure_revised"]["summary"]
        # the conflict is settled when the picture no longer holds it
        third = store.replace_resolution(FIRST)
        settled = [c["kind"] for c in store.query.since(str(second))["changes"]]
        assert "conflict_settled" in settled and third == second + 1
        # by date: every run from then on
        day = store.runs()[0]["started_at"][:10]
        assert len(store.query.since(day)["runs"]) == 3


def test_events_are_filtered_and_paged_in_sql(tmp_path):
    with _store(tmp_path) as store:
        store.replace_resolution(SECOND)
        q = store.query
        page = q.events(limit=2)
        assert page.total == 3 and [e.id for e in page.items] == ["EV1", "EV3"]
        assert [e.id for e in q.events(limit=2, offset=2).items] == ["EV2"]  # undated last
        assert [e.id for e in q.events(EventFilter(source="c")).items] == ["EV1", "EV3"]
        assert [e.id for e in q.events(EventFilter(place="KHARTOUM")).items] == ["EV1", "EV3"]
        assert [e.id for e in q.events(EventFilter(type="protest")).items] == ["EV2"]
        day = EventFilter(date_from="2023-04-16", date_to="2023-04-16")
        assert [e.id for e in q.events(day).items] == ["EV3"]
        assert q.events(EventFilter(corroborated=True)).total == 1
        assert q.event_of_mention("c:E1") == "EV1"
        plan = " ".join(
            str(r[3])
            for r in store.conn.execute(
                "EXPLAIN QUERY PLAN SELECT id FROM events WHERE type = ? ORDER BY "
                "date IS NULL, date, id",
                ("clash",),
            )
        )
        # one type's events in date order straight from the index: no sort of the type
        assert "events_type_order" in plan and "TEMP B-TREE" not in plan


def test_a_month_or_year_covers_each_of_its_days():
    assert date_span("2023-04") == ("2023-04", "2023-04-99")
    assert date_span("2023") == ("2023", "2023-99-99")
    assert date_span("2023-04-15/2023-04-17") == ("2023-04-15", "2023-04-17")
    assert date_span(None) == (None, None)


def test_an_older_store_gets_its_events_indexed_on_upgrade(tmp_path):
    path = tmp_path / "old.db"
    ev = _event(1, ("a", "b"), "2023-04-15")
    with Store(path, upgrade_to=7) as old:
        for d in ("a", "b"):
            old.conn.execute(
                "INSERT INTO documents (id, content_hash, source, format, text) "
                "VALUES (?, ?, ?, 'txt', 'x')",
                (d, d, d),
            )
        from sitrep.records import to_dict

        old.conn.execute(
            "INSERT INTO events VALUES (?,?,?,?,?,?,?,?)",
            (ev.id, ev.type, ev.date, ev.place, 15.55, 32.53, 2, json.dumps(to_dict(ev))),
        )
    with Store(path) as store:
        assert store.query.events(EventFilter(source="b")).total == 1
        row = store.conn.execute("SELECT date_first, date_last, place_key FROM events").fetchone()
        assert tuple(row) == ("2023-04-15", "2023-04-15", "khartoum")


def test_documents_since_a_run_are_those_stored_after_it_even_in_the_same_second(tmp_path):
    # a small run ingests and resolves within one second: its own documents are not "new
    # since" it, and one stored later in that second is
    with _store(tmp_path) as store:
        run = store.replace_resolution(FIRST)
        store.add_document(make_document("d", "Fighting in Omdurman, report d."))
        (stamp,) = store.conn.execute("SELECT ingested_at FROM documents WHERE id = 'd'").fetchone()
        assert len(stamp) == len("2030-01-01T00:00:00.000Z")  # to the millisecond, as runs
        with store.conn:
            store.conn.execute(
                "UPDATE runs SET finished_at = '2030-01-01T00:00:00.500Z' WHERE id = ?", (run,)
            )
            store.conn.execute("UPDATE documents SET ingested_at = '2030-01-01T00:00:00.100Z'")
            store.conn.execute(
                "UPDATE documents SET ingested_at = '2030-01-01T00:00:00.700Z' WHERE id = 'd'"
            )
        assert [d["id"] for d in store.query.since(str(run))["documents"]] == ["d"]
