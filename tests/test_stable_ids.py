"""Event ids stay put across resolves: an event keeps the id of the stored event whose
reports it continues, and a new event gets a number never used before. Real SQLite."""

from __future__ import annotations

from dataclasses import replace

from sitrep.resolve import Resolution
from sitrep.store import Store
from test_store_changes import FIRST, _event, _store


def _ids(store) -> dict[str, str]:
    """event id -> its first report's mention id."""
    return {e.id: e.reports[0].mention_id for e in store.query.events(limit=100).items}


def test_a_fresh_store_keeps_the_resolvers_ids(tmp_path):
    with _store(tmp_path) as store:
        store.replace_resolution(FIRST)
        assert _ids(store) == {"EV1": "a:E1", "EV2": "b:E2"}
    # in timeline order, not numbering order: still the resolver's ids
    later_first = Resolution(
        entities=(), events=(FIRST.events[1], FIRST.events[0]), claim_groups=(), conflicts=()
    )
    with Store(tmp_path / "other.db") as store:
        store.replace_resolution(later_first)
        assert _ids(store) == {"EV1": "a:E1", "EV2": "b:E2"}


def test_a_resolve_that_renumbers_keeps_the_stored_ids(tmp_path):
    with _store(tmp_path) as store:
        store.replace_resolution(FIRST)
        # the resolver numbers afresh: a new event comes first, and the old ones move
        renumbered = Resolution(
            entities=(),
            events=(
                replace(_event(3, ("c",), "2023-04-14"), id="EV1"),
                replace(_event(1, ("a", "c"), "2023-04-15"), id="EV2"),
                replace(_event(2, ("b",), None, "protest"), id="EV3"),
            ),
            claim_groups=(),
            conflicts=(),
        )
        store.replace_resolution(renumbered)
        assert _ids(store) == {"EV3": "c:E3", "EV1": "a:E1", "EV2": "b:E2"}
        assert store.query.event_of_mention("a:E1") == "EV1"
        assert store.query.event_of_mention("c:E3") == "EV3"


def test_a_split_event_keeps_its_id_on_the_larger_part(tmp_path):
    with _store(tmp_path) as store:
        merged = Resolution(
            entities=(),
            events=(_event(1, ("a", "b", "c"), "2023-04-15"),),
            claim_groups=(),
            conflicts=(),
        )
        store.replace_resolution(merged)
        small = replace(_event(1, ("c",), "2023-04-15"), id="EV1")
        large = replace(_event(1, ("a", "b"), "2023-04-15"), id="EV2")
        store.replace_resolution(
            Resolution(entities=(), events=(small, large), claim_groups=(), conflicts=())
        )
        # the part with two of the three reports keeps EV1; the other gets a new number
        assert _ids(store) == {"EV1": "a:E1", "EV2": "c:E1"}
        # an id once given goes to no other event: a new event after them gets EV3
        store.replace_resolution(
            Resolution(
                entities=(), events=(_event(7, ("b",), None),), claim_groups=(), conflicts=()
            )
        )
        assert list(_ids(store)) == ["EV3"]
