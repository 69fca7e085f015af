"""Event coreference: one event per happening, independent sources, timeline order."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "resolve"))

import gold_inputs as gi  # noqa: E402
import make  # noqa: E402

from sitrep.evaluate.score import Aliases, score_events  # noqa: E402
from sitrep.records import DuplicateGroup  # noqa: E402
from sitrep.resolve import resolve_all, timeline  # noqa: E402
from sitrep.resolve.events import resolve_events  # noqa: E402
from sitrep.resolve.entities import resolve_entities  # noqa: E402


@pytest.fixture(scope="module")
def gold_run():
    gold = gi.load_gold()
    docs = gi.documents(gold)
    readings, _ = gi.readings(gold, docs)
    return gold, resolve_all(docs, gi.duplicate_groups(gold), readings)


def test_example_corpus_event_scores(gold_run):
    gold, res = gold_run
    pred = [{"type": e.type, "date": e.date, "place": e.place,
             "mentions": [{"doc": r.doc} for r in e.reports]} for e in res.events]
    scores = score_events(pred, gold["events"], Aliases(gold["entities"]))
    assert scores["f1"] >= 0.85 and scores["mention_recall"] >= 0.85, scores


def test_example_duplicates_count_once(gold_run):
    _, res = gold_run
    for e in res.events:
        docs = {r.doc for r in e.reports}
        if {"000_27d5219b858d2ab3", "001_f069c0dac730660c"} <= docs:
            assert e.corroboration == len(docs) - 1


def _run(mentions, docs, groups=(), figures=()):
    return resolve_events(mentions, docs, groups, resolve_entities([]), figures)


def test_syndicated_copy_and_same_outlet_count_once():
    docs = [make.doc("ap1", "AP"), make.doc("ap1-copy", "Yahoo News"), make.doc("ap2", "AP"),
            make.doc("bbc", "BBC")]
    groups = [DuplicateGroup("D1", "ap1", ("ap1", "ap1-copy"), "containment")]
    ms = [make.event(d.id, 1, "protest", "2023-04-19", make.KHARTOUM, ("protesters",),
                     text=f"Thousands marched in Khartoum ({d.id}).") for d in docs]
    (ev,) = _run(ms, docs, groups)
    assert ev.sources == ("AP", "BBC") and ev.corroboration == 2
    assert len(ev.reports) == 4 and ev.time_precision == 1 and ev.place_ref == make.KHARTOUM


def test_date_and_place_compatibility():
    docs = [make.doc("a", "A"), make.doc("b", "B"), make.doc("c", "C"), make.doc("d", "D"),
            make.doc("e", "E", published="2023-04-21")]
    ms = [
        make.event("a", 1, "clash", "2023-04-19", make.KHARTOUM, ("RSF", "army")),
        make.event("b", 1, "clash", "2023-04-19/2023-04-20", make.SUDAN, ("army",)),  # overnight, country
        make.event("c", 1, "clash", "2023-04-19", make.OMDURMAN, ("RSF",)),  # another city
        make.event("d", 1, "clash", "2023-04-17", make.KHARTOUM, ("RSF",)),  # another day
        make.event("e", 1, "clash", None, make.KHARTOUM, ("army",)),  # undated, published 21st
        make.event("a", 2, "arrest", "2023-04-19", make.KHARTOUM, ("police",)),  # another type
    ]
    events = _run(ms, docs)
    by_docs = sorted(tuple(sorted(r.doc for r in e.reports)) for e in events)
    assert ("a", "b", "e") in by_docs
    assert ("c",) in by_docs and ("d",) in by_docs and len(events) == 4
    merged = next(e for e in events if len(e.reports) == 3)
    assert merged.date == "2023-04-19" and merged.time_precision == 1


def test_named_actors_keep_statements_apart_and_fatalities_come_from_figures():
    docs = [make.doc("a", "A"), make.doc("b", "B")]
    text = "Police shot dead at least 12 protesters in Khartoum on Wednesday, doctors said."
    ms = [
        make.event("a", 1, "statement", "2023-04-19", make.SUDAN, ("Abdel Fattah al-Burhan",)),
        make.event("b", 1, "statement", "2023-04-19", make.SUDAN, ("Antony Blinken",)),
        make.event("a", 2, "killing", "2023-04-19", make.KHARTOUM, ("police", "protesters"), text=text, start=100),
    ]
    fig = make.figure("a", 1, "killed", 12, qualifier="at_least", start=120)
    events = _run(ms, docs, figures=[fig])
    assert len([e for e in events if e.type == "statement"]) == 2
    killing = next(e for e in events if e.type == "killing")
    assert killing.fatalities == 12 and killing.description == text


def test_timeline_orders_by_date_with_undated_last():
    docs = [make.doc("a", "A", published=None)]
    ms = [make.event("a", 1, "protest", "2023-04-20"), make.event("a", 2, "riot", None),
          make.event("a", 3, "arrest", "2023-04-18/2023-04-19"), make.event("a", 4, "clash", "2023-04-18")]
    order = [e.type for e in timeline(_run(ms, docs))]
    assert order == ["clash", "arrest", "protest", "riot"]


def _based(m, place_basis=None, date_basis=None):
    import dataclasses

    return dataclasses.replace(m, place_basis=place_basis, date_basis=date_basis)


def test_event_place_is_what_most_reports_state():
    docs = [make.doc(x, x.upper()) for x in "abcd"]
    stated = [
        _based(make.event("a", 1, "clash", "2023-04-19", make.SUDAN), "sentence"),
        _based(make.event("b", 1, "clash", "2023-04-19", make.SUDAN), "sentence"),
        _based(make.event("c", 1, "clash", "2023-04-19", make.KHARTOUM), "sentence"),
    ]
    (ev,) = _run(stated, docs)
    assert ev.place == "Sudan" and len(ev.reports) == 3
    # a country assumed from the document never outvotes a place a report states
    assumed = [
        _based(make.event("a", 1, "clash", "2023-04-19", make.KHARTOUM), "sentence"),
        _based(make.event("b", 1, "clash", "2023-04-19", make.SUDAN), "document"),
        _based(make.event("c", 1, "clash", "2023-04-19", make.SUDAN), "document"),
    ]
    (ev,) = _run(assumed, docs)
    assert ev.place == "Khartoum" and ev.place_ref == make.KHARTOUM


def test_carried_over_dates_join_but_do_not_date_the_event():
    docs = [make.doc("a", "A"), make.doc("b", "B")]
    ms = [
        _based(make.event("a", 1, "arrest", "2023-04-19", make.KHARTOUM), "sentence", "sentence"),
        # dated only by the previous sentence's "over the past three days"
        _based(make.event("b", 1, "arrest", "2023-04-17/2023-04-20", make.KHARTOUM),
               "sentence", "paragraph"),
    ]
    (ev,) = _run(ms, docs)
    assert ev.date == "2023-04-19" and len(ev.reports) == 2


def test_background_history_is_not_a_crisis_event_and_coarse_dates_parse():
    docs = [make.doc("a", "A")]
    ms = [
        make.event("a", 1, "protest", "2014", make.KHARTOUM),  # "the 2014 protests"
        make.event("a", 2, "arrest", "2023-04", make.KHARTOUM),  # "this month"
        make.event("a", 3, "clash", "2023-W16", make.KHARTOUM),  # "this week"
    ]
    events = _run(ms, docs)
    assert sorted(e.type for e in events) == ["arrest", "clash"]
    by = {e.type: e for e in events}
    assert by["arrest"].date == "2023-04-01/2023-04-30" and by["arrest"].time_precision == 3
    assert by["clash"].date == "2023-04-17/2023-04-23" and by["clash"].time_precision == 2
