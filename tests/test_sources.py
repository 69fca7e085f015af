"""Corroboration counts independent sources: an outlet when the outlet is known, a copy group
(one article and its copies) when it is not."""

from __future__ import annotations

from conftest import make_document
from sitrep.resolve.events import independent_sources


def test_outlets_count_once_and_copy_groups_stand_in_for_unknown_outlets():
    docs = {
        "a": make_document("a", "Floods hit the delta."),  # canonical, no outlet
        "b": make_document("b", "Floods hit the delta!", outlet="Delta  Times"),  # its copy
        "c": make_document("c", "Curfew in the port."),  # no outlet, no copy
        "d": make_document("d", "Rescuers reach the port.", outlet="Delta Times"),
        "e": make_document("e", "Aid arrives by boat.", outlet="Delta Times"),
        "f": make_document("f", "Aid arrives by boat!"),  # a copy of e, no outlet
        "g": make_document("g", "Another page of c."),  # a copy of c
    }
    canon = {"a": "a", "b": "a", "e": "e", "f": "e", "c": "c", "g": "c"}
    source = independent_sources(docs, canon)
    # one outlet's pages are one source; a copy group takes the outlet any copy names
    assert source["a"] == source["b"] == source["d"] == source["e"] == source["f"]
    assert source["a"] == "Delta Times"
    # with no outlet anywhere in the group, the group is the source: copies count once
    assert source["c"] == source["g"] == "c"
    assert len(set(source.values())) == 2


def test_a_source_without_an_outlet_is_named_by_its_documents_label():
    from sitrep.report.view import build_view

    export = {
        "documents": [
            {"id": "001_x", "title": "Floods", "text": "Floods hit the delta.", "segments": []},
            {
                "id": "002_y",
                "title": "Floods",
                "text": "Floods hit the delta.",
                "segments": [],
                "outlet": "Delta Times",
            },
        ],
        "events": [
            {
                "id": "EV1",
                "type": "flood",
                "date": "2031-05-02",
                "sources": ["001_x", "Delta Times"],
                "corroboration": 2,
                "mentions": [],
            },
        ],
    }
    (event,) = build_view(export).events
    assert event.sources == ("D1 (outlet unknown)", "Delta Times")
