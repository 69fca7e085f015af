"""Event coreference: one event per happening, independent sources, timeline order."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "resolve"))

import gold_inputs as gi  # noqa: E402
import make  # noqa: E402

from sitrep.evaluate.score import Aliases, score_events  # noqa: E402
from sitrep.records import DuplicateGroup, Place  # noqa: E402
from sitrep.resolve import resolve_all, timeline  # noqa: E402
from sitrep.resolve.entities import resolve_entities  # noqa: E402
from sitrep.resolve.events import resolve_events  # noqa: E402
from sitrep.resolve.timeline import split_undated  # noqa: E402


@pytest.fixture(scope="module")
def gold_run():
    gold = gi.load_gold()
    docs = gi.documents(gold)
    readings, _ = gi.readings(gold, docs)
    return gold, resolve_all(docs, gi.duplicate_groups(gold), readings)


def test_example_corpus_event_scores(gold_run):
    gold, res = gold_run
    pred = [
        {
            "type": e.type,
            "date": e.date,
            "place": e.place,
            "mentions": [{"doc": r.doc} for r in e.reports],
        }
        for e in res.events
    ]
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
    docs = [
        make.doc("ap1", "AP"),
        make.doc("ap1-copy", "Yahoo News"),
        make.doc("ap2", "AP"),
        make.doc("bbc", "BBC"),
    ]
    groups = [DuplicateGroup("D1", "ap1", ("ap1", "ap1-copy"), "containment")]
    ms = [
        make.event(
            d.id,
            1,
            "protest",
            "2023-04-19",
            make.KHARTOUM,
            ("protesters",),
            text=f"Thousands marched in Khartoum ({d.id}).",
        )
        for d in docs
    ]
    (ev,) = _run(ms, docs, groups)
    assert ev.sources == ("AP", "BBC") and ev.corroboration == 2
    assert len(ev.reports) == 4 and ev.time_precision == 1 and ev.place_ref == make.KHARTOUM


def test_date_and_place_compatibility():
    docs = [
        make.doc("a", "A"),
        make.doc("b", "B"),
        make.doc("c", "C"),
        make.doc("d", "D"),
        make.doc("e", "E", published="2023-04-21"),
    ]
    ms = [
        make.event("a", 1, "clash", "2023-04-19", make.KHARTOUM, ("RSF", "army")),
        make.event(
            "b", 1, "clash", "2023-04-19/2023-04-20", make.SUDAN, ("army",)
        ),  # overnight, country
        make.event("c", 1, "clash", "2023-04-19", make.OMDURMAN, ("RSF",)),  # another city
        make.event("d", 1, "clash", "2023-04-17", make.KHARTOUM, ("RSF",)),  # another day
        make.event("e", 1, "clash", None, make.KHARTOUM, ("army",)),  # undated, published 21st
        make.event("a", 2, "arrest", "2023-04-19", make.KHARTOUM, ("police",)),  # another type
    ]
    events = _run(ms, docs)
    by_docs = sorted(tuple(sorted(r.doc for r in e.reports)) for e in events if e.type == "clash")
    # the country-level overnight report joins the Khartoum event; another city and
    # another day stay apart; the undated report could be either Khartoum clash, so it
    # stays an event of its own, dated only as "by publication": its day, imprecise
    assert by_docs == [("a", "b"), ("c",), ("d",), ("e",)]
    merged = next(e for e in events if len(e.reports) == 2)
    assert merged.date == "2023-04-19" and merged.time_precision == 1
    assert merged.place_ref == make.KHARTOUM
    undated = next(e for e in events if e.reports[0].doc == "e")
    assert undated.date == "2023-04-21" and undated.time_precision == 2


def test_named_actors_keep_statements_apart_and_fatalities_come_from_figures():
    docs = [make.doc("a", "A"), make.doc("b", "B")]
    text = "Police shot dead at least 12 protesters in Khartoum on Wednesday, doctors said."
    ms = [
        make.event("a", 1, "statement", "2023-04-19", make.SUDAN, ("Abdel Fattah al-Burhan",)),
        make.event("b", 1, "statement", "2023-04-19", make.SUDAN, ("Antony Blinken",)),
        make.event(
            "a",
            2,
            "killing",
            "2023-04-19",
            make.KHARTOUM,
            ("police", "protesters"),
            text=text,
            start=100,
        ),
    ]
    fig = make.figure("a", 1, "killed", 12, qualifier="at_least", start=120)
    events = _run(ms, docs, figures=[fig])
    assert len([e for e in events if e.type == "statement"]) == 2
    killing = next(e for e in events if e.type == "killing")
    assert killing.fatalities == 12 and killing.description == text


def test_timeline_orders_by_date_with_undated_last():
    docs = [make.doc("a", "A", published=None)]
    ms = [
        make.event("a", 1, "protest", "2023-04-20"),
        make.event("a", 2, "riot", None),
        make.event("a", 3, "arrest", "2023-04-18/2023-04-19"),
        make.event("a", 4, "clash", "2023-04-18"),
    ]
    order = [e.type for e in timeline(_run(ms, docs))]
    assert order == ["clash", "arrest", "protest", "riot"]


def _based(m, place_basis=None, date_basis=None):
    import dataclasses

    return dataclasses.replace(m, place_basis=place_basis, date_basis=date_basis)


def test_event_place_is_the_most_specific_place_reports_state():
    docs = [make.doc(x, x.upper()) for x in "abcd"]
    # ACLED places an event at its most specific location: country-level reports of
    # the same clash that day attach to the town event
    stated = [
        _based(make.event("a", 1, "clash", "2023-04-19", make.SUDAN), "sentence"),
        _based(make.event("b", 1, "clash", "2023-04-19", make.SUDAN), "sentence"),
        _based(make.event("c", 1, "clash", "2023-04-19", make.KHARTOUM), "sentence"),
    ]
    (ev,) = _run(stated, docs)
    assert ev.place == "Khartoum" and len(ev.reports) == 3
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
        _based(
            make.event("b", 1, "arrest", "2023-04-17/2023-04-20", make.KHARTOUM),
            "sentence",
            "paragraph",
        ),
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


# --- round three: one event per happening (ACLED: a type at a place on a day) ---------------

YANGON = Place(1298824, "Yangon", "MM", "17", 16.80, 96.16, "city", 4477638, 1)
MANDALAY = Place(1311874, "Mandalay", "MM", "08", 21.97, 96.08, "city", 1208099, 1)
MYANMAR = Place(1327865, "Myanmar", "MM", None, 21.0, 96.0, "country", 53414374, 3)


def _at(m, start, text=None):
    """A mention moved to ``start`` (and given ``text``) in its document."""
    import dataclasses

    text = text or m.text
    return dataclasses.replace(m, start=start, end=start + len(text), text=text)


def test_two_cities_same_day_same_type_stay_apart_and_a_country_report_joins_one():
    docs = [make.doc(x, x.upper(), published="2021-03-28") for x in "abcd"]
    ms = [
        make.event("a", 1, "killing", "2021-03-27", YANGON, ("Tatmadaw",)),
        make.event("b", 1, "killing", "2021-03-27", MANDALAY, ("Tatmadaw",)),
        make.event("c", 1, "killing", "2021-03-27", YANGON, ("Tatmadaw",)),
        # "security forces killed protesters across Myanmar on Saturday": one country
        # report must not chain the Yangon and Mandalay events together
        _based(make.event("d", 1, "killing", "2021-03-27", MYANMAR, ("Tatmadaw",)), "document"),
    ]
    events = _run(ms, docs)
    assert len(events) == 2
    by_place = {e.place: sorted(r.doc for r in e.reports) for e in events}
    # the country report attaches to the single best event: the one most sources report
    assert by_place == {"Yangon": ["a", "c", "d"], "Mandalay": ["b"]}
    assert all(e.date == "2021-03-27" and e.time_precision == 1 for e in events)


def test_a_region_report_attaches_only_to_a_town_inside_it():
    docs = [make.doc(x, x.upper()) for x in "abc"]
    darfur = Place(408660, "North Darfur", "SD", "49", 15.0, 25.0, "admin1", 0, 2)
    ms = [
        make.event("a", 1, "clash", "2023-04-19", make.KHARTOUM, ("RSF",)),
        _based(make.event("b", 1, "clash", "2023-04-19", darfur, ("RSF",)), "sentence"),
    ]
    events = _run(ms, docs)
    assert sorted(len(e.reports) for e in events) == [1, 1]  # Khartoum is not in North Darfur


def test_statements_merge_only_with_the_same_speaker():
    docs = [make.doc(x, x.upper()) for x in "abcde"]
    ms = [
        make.event("a", 1, "statement", "2023-04-19", make.SUDAN, ("Antony Blinken", "RSF")),
        make.event(
            "b", 1, "statement", "2023-04-19", make.SUDAN, ("Abdel Fattah al-Burhan", "RSF")
        ),
        make.event("c", 1, "statement", "2023-04-19", make.SUDAN, ("Antony Blinken",)),
        # speakerless statements ("the ministry said"): they never absorb the others
        make.event("d", 1, "statement", "2023-04-19", make.SUDAN, (), text="It was said."),
        make.event(
            "e", 1, "statement", "2023-04-19", make.SUDAN, ("protesters",), text="They said."
        ),
    ]
    events = _run(ms, docs)
    groups = sorted(tuple(sorted(r.doc for r in e.reports)) for e in events)
    assert groups == [("a", "c"), ("b",), ("d",), ("e",)]
    # the same speaker on another day is another statement
    later = make.event("c", 2, "statement", "2023-04-20", make.SUDAN, ("Antony Blinken",))
    assert len(_run([ms[0], later], docs)) == 2


def test_undated_report_joins_the_dated_event_in_its_paragraph():
    text = (
        "Soldiers opened fire on marchers in Mandalay on Saturday, killing at least 20.\n\n"
        "Witnesses said troops shot at people fleeing the crowd.\n\n"
        "In Yangon, police killed four protesters the same day.\n"
    )
    p1, p2 = text.index("Witnesses"), text.index("In Yangon")
    docs = [make.doc("a", "A", published="2021-03-28", text=text)]
    ms = [
        _at(make.event("a", 1, "killing", "2021-03-27", MANDALAY), 0, text[:p1].strip()),
        # no date and only the country of the article: the paragraph says which event
        _based(
            _at(make.event("a", 2, "killing", None, MYANMAR), p1, text[p1:p2].strip()), "document"
        ),
        _at(make.event("a", 3, "killing", "2021-03-27", YANGON), p2, text[p2:].strip()),
    ]
    events = _run(ms, docs)
    assert len(events) == 2
    mandalay = next(e for e in events if e.place == "Mandalay")
    assert [r.mention_id for r in mandalay.reports] == ["a:E1", "a:E2"]
    assert mandalay.date == "2021-03-27"
    # the same undated report with no context is ambiguous between two events: it stays
    # an event of its own, dated by its publication day (imprecise)
    alone = [ms[0], ms[2], dataclasses_replace(ms[1], doc="b", id="b:E2")]
    docs2 = docs + [make.doc("b", "B", published="2021-03-28")]
    events = timeline(_run(alone, docs2))
    assert sorted(e.date for e in events) == ["2021-03-27", "2021-03-27", "2021-03-28"]
    week = next(e for e in events if e.date == "2021-03-28")
    assert [r.doc for r in week.reports] == ["b"] and week.time_precision == 2
    dated, undated = split_undated(events)
    assert len(dated) == 3 and undated == []


def dataclasses_replace(m, **kw):
    import dataclasses

    return dataclasses.replace(m, **kw)


def test_undated_report_joins_the_only_event_with_its_town_and_actors():
    docs = [make.doc("a", "A"), make.doc("b", "B")]
    ms = [
        make.event("a", 1, "arrest", "2023-04-18", make.KHARTOUM, ("RSF",)),
        make.event("b", 1, "arrest", None, make.KHARTOUM, ("RSF",)),
        make.event("b", 2, "arrest", None, make.OMDURMAN, ("RSF",)),  # no Omdurman event
    ]
    events = _run(ms, docs)
    khartoum = next(e for e in events if e.place == "Khartoum")
    assert sorted(r.doc for r in khartoum.reports) == ["a", "b"] and khartoum.date == "2023-04-18"
    omdurman = next(e for e in events if e.place == "Omdurman")
    assert omdurman.date == "2023-04-20" and omdurman.time_precision == 2


def test_event_date_is_the_most_precise_report_and_the_description_states_the_type():
    docs = [make.doc(x, x.upper()) for x in "abc"]
    focused = "RSF fighters stormed the state broadcaster in Omdurman on Wednesday."
    busy = (
        "The army declared a curfew, the RSF stormed buildings across the city "
        "and banks closed on Wednesday."
    )
    ms = [
        # a span carried over from the paragraph joins but does not date the event
        _based(
            make.event(
                "a",
                1,
                "seizure",
                "2023-04-17/2023-04-20",
                make.OMDURMAN,
                ("RSF",),
                text="The RSF took the broadcaster.",
            ),
            "sentence",
            "paragraph",
        ),
        make.event("b", 1, "seizure", "2023-04-19", make.OMDURMAN, ("RSF",), text=busy),
        make.event("b", 2, "state_of_emergency", "2023-04-19", make.OMDURMAN, text=busy),
        make.event("c", 1, "seizure", "2023-04-19", make.OMDURMAN, ("RSF",), text=focused),
    ]
    events = _run(ms, docs)
    seizure = next(e for e in events if e.type == "seizure")
    assert len(seizure.reports) == 3 and seizure.date == "2023-04-19"
    # the sentence about this happening alone, not the one that also reports a curfew
    assert seizure.description == focused


def test_plans_dated_after_publication_are_not_events():
    docs = [make.doc("a", "A", published="2023-04-20")]
    ms = [
        make.event("a", 1, "other", "2023-W18", make.KHARTOUM),  # "talks next week"
        make.event("a", 2, "protest", "2023-04-20", make.KHARTOUM),
    ]
    assert [e.type for e in _run(ms, docs)] == ["protest"]


def test_resolution_scales_roughly_linearly():
    import datetime as dt
    import random

    rng = random.Random(7)
    types = ["protest", "clash", "arrest", "killing", "statement", "riot"]

    def build(n):
        # A bigger corpus covers more places and more days (a longer crisis, a wider
        # one) at the density of a real one: about 30 reports per town, spread in time.
        places = [
            Place(1000 + k, f"Town{k}", "SD", str(k % 18), 15.0, 30.0, "city", 1000, 1)
            for k in range(n // 30)
        ] + [make.SUDAN]
        days = n // 70
        start = dt.date(2023, 1, 1)
        docs = [
            make.doc(f"d{k}", f"Outlet{k % 40}", published=str(start + dt.timedelta(days=days)))
            for k in range(n // 10)
        ]
        ms = []
        for k in range(n):
            when = start + dt.timedelta(days=rng.randrange(days))
            day = when.isoformat() if rng.random() < 0.6 else None
            ms.append(
                make.event(
                    f"d{k % len(docs)}",
                    k,
                    rng.choice(types),
                    day,
                    rng.choice(places),
                    (f"Actor{rng.randint(0, 30)}",),
                    text=f"Sentence {k}.",
                    start=(k // len(docs)) * 50,
                )
            )
        return docs, ms

    # Count the pairwise date checks rather than time (timings belong to `make bench`):
    # blocking keeps the work near-linear, all-pairs would grow 16x for 4x the input.
    from sitrep.resolve.events import fits as resolve_events_module

    calls = [0]
    real = resolve_events_module._dates_compatible

    def counted(a, b):
        calls[0] += 1
        return real(a, b)

    work = []
    for n in (2000, 8000):
        docs, ms = build(n)
        calls[0] = 0
        resolve_events_module._dates_compatible = counted
        try:
            _run(ms, docs)
        finally:
            resolve_events_module._dates_compatible = real
        work.append(calls[0])
    assert work[0] > 0
    assert work[1] / work[0] < 6, work  # 4x the input, not 16x the comparisons


# -- round four: lists, aggregates, national decisions, speakers ----------------------------


def test_a_list_report_never_becomes_one_towns_event_but_joins_the_wider_stretch():
    docs = [make.doc(x, x.upper(), published="2021-03-08") for x in "abc"]
    ms = [
        make.event("a", 1, "protest", "2021-03-03", YANGON, ("protesters",)),
        # "protests rocked Yangon, Mandalay, Bago and Monywa on Wednesday"
        _based(make.event("b", 1, "protest", "2021-03-03", MYANMAR), "list"),
        # "over the past week protests have rocked Myanmar"
        make.event("c", 1, "protest", "2021-03-01/2021-03-08", MYANMAR),
    ]
    groups = sorted(tuple(sorted(r.doc for r in e.reports)) for e in _run(ms, docs))
    assert groups == [("a",), ("b", "c")]


def test_a_stated_stretch_of_days_is_not_one_towns_day():
    docs = [make.doc(x, x.upper(), published="2021-03-08") for x in "ab"]
    ms = [
        _based(make.event("a", 1, "killing", "2021-03-03", YANGON), None, "paragraph"),
        # "over the past week, dozens were killed across Myanmar": an aggregate
        make.event("b", 1, "killing", "2021-03-01/2021-03-08", MYANMAR),
    ]
    # the aggregate never joins the town's day; it is a country-wide tally, not an event
    (ev,) = _run(ms, docs)
    assert ev.place == "Yangon" and ev.date == "2021-03-03" and len(ev.reports) == 1
    # told for a town, the same stretch stays an event of that town
    ms[1] = make.event("b", 1, "killing", "2021-03-01/2021-03-08", MANDALAY)
    assert len(_run(ms, docs)) == 2


def test_an_undated_national_decision_joins_the_only_dated_one():
    docs = [make.doc(x, x.upper(), published="2023-01-12") for x in "abc"]
    peru = Place(3932488, "Peru", "PE", None, -10.0, -76.0, "country", 29907003, 3)
    ms = [
        make.event("a", 1, "state_of_emergency", "2023-01-10", peru),
        # "the government took a harsh line, imposing a state of emergency" (no date)
        make.event("b", 1, "state_of_emergency", None, peru),
    ]
    (ev,) = _run(ms, docs)
    assert ev.date == "2023-01-10" and len(ev.reports) == 2
    # two dated ones: the undated report cannot say which, so it stays apart
    ms.append(make.event("c", 1, "state_of_emergency", "2023-01-04", peru))
    assert len(_run(ms, docs)) == 3


def test_statement_speaker_field_beats_the_first_named_actor():
    import dataclasses

    docs = [make.doc(x, x.upper()) for x in "ab"]
    # "Burhan asked the African Union to mediate": the AU is asked, Burhan speaks
    asked = dataclasses.replace(
        make.event("a", 1, "statement", "2023-04-19", make.SUDAN, ("African Union", "Burhan")),
        speaker="Burhan",
    )
    said = make.event("b", 1, "statement", "2023-04-19", make.SUDAN, ("Burhan",))
    (ev,) = _run([asked, said], docs)
    assert len(ev.reports) == 2


# -- post-passes: continuing deployments, protests turned riots, country-wide tolls -----------


def test_deployment_reports_on_successive_days_are_one_deployment():
    """Sudan 2023 (invented dates): troops sent, then still arriving two days later."""
    docs = [make.doc("a", "AP", "2023-04-20"), make.doc("b", "BBC", "2023-04-22")]
    ms = [
        make.event("a", 1, "deployment", "2023-04-20", make.SUDAN, ("Egyptian troops",)),
        make.event("b", 1, "deployment", "2023-04-22", make.SUDAN, ("Egyptian forces",)),
    ]
    (ev,) = _run(ms, docs)
    assert ev.date == "2023-04-20/2023-04-22" and len(ev.reports) == 2


def test_deployments_far_apart_or_by_other_forces_stay_apart():
    docs = [make.doc("a", "AP", "2023-04-30"), make.doc("b", "BBC", "2023-04-30")]
    far = [
        make.event("a", 1, "deployment", "2023-04-10", make.SUDAN, ("Egyptian troops",)),
        make.event("b", 1, "deployment", "2023-04-25", make.SUDAN, ("Egyptian troops",)),
    ]
    assert len(_run(far, docs)) == 2
    other = [
        make.event("a", 1, "deployment", "2023-04-24", make.SUDAN, ("Egyptian troops",)),
        make.event("b", 1, "deployment", "2023-04-25", make.SUDAN, ("Chadian troops",)),
    ]
    assert len(_run(other, docs)) == 2


def test_a_force_seen_in_a_town_is_the_deployment_into_the_country():
    """The leader who orders it is not the force: the report naming him joins too."""
    docs = [make.doc("a", "AP", "2023-04-21"), make.doc("b", "BBC", "2023-04-21")]
    readings = [
        make.reading("a", [make.ment("a", "Abdel Fattah al-Burhan", "PERSON")]),
        make.reading("b", [make.ment("b", "Egyptian Army", "ORG")]),
    ]
    index = resolve_entities(readings)
    ms = [
        make.event("a", 1, "deployment", "2023-04-20", make.SUDAN, ("Egyptian Army",)),
        make.event("b", 1, "deployment", "2023-04-21", make.KHARTOUM, ("Abdel Fattah al-Burhan",)),
    ]
    (ev,) = resolve_events(ms, docs, (), index)
    assert ev.place == "Sudan" and len(ev.reports) == 2
    other = [ms[0], make.event("b", 1, "deployment", "2023-04-21", make.KHARTOUM, ("Wagner",))]
    assert len(resolve_events(other, docs, (), index)) == 2


def test_protest_turned_riot_in_a_town_is_one_riot():
    docs = [make.doc("a", "AP"), make.doc("b", "BBC")]
    ms = [
        make.event("a", 1, "protest", "2023-04-19", make.KHARTOUM, text="Crowds marched."),
        make.event("b", 1, "riot", "2023-04-19", make.KHARTOUM, text="Crowds torched cars."),
        make.event("b", 2, "protest", "2023-04-19", make.OMDURMAN, text="Marched.", start=50),
    ]
    evs = _run(ms, docs)
    assert sorted((e.type, e.place) for e in evs) == [("protest", "Omdurman"), ("riot", "Khartoum")]
    (riot,) = [e for e in evs if e.type == "riot"]
    assert {r.doc for r in riot.reports} == {"a", "b"}


def _elsewhere(doc):
    """An event in a second town: the corpus is about a country, not one city (in a
    one-city corpus a country-level report is the city's: towns.py)."""
    return make.event(doc, 9, "clash", "2023-04-20", make.OMDURMAN, text="Fighting.", start=300)


def test_country_wide_toll_over_days_is_not_an_event():
    docs = [make.doc("a", "AP", "2023-04-22")]
    ms = [
        make.event("a", 1, "killing", "2023-04-15/2023-04-22", make.SUDAN, text="Dozens died."),
        make.event("a", 2, "killing", "2023-04-15/2023-04-22", make.KHARTOUM, start=40),
        make.event("a", 3, "killing", "2023-04-21", make.SUDAN, text="Ten died.", start=80),
        _elsewhere("a"),
    ]
    evs = [e for e in _run(ms, docs) if e.type != "clash"]
    assert sorted((e.place, e.date) for e in evs) == [
        ("Khartoum", "2023-04-15/2023-04-22"),
        ("Sudan", "2023-04-21"),
    ]


def test_a_state_of_affairs_over_years_is_not_an_event():
    docs = [make.doc("a", "A", published="2011-08-05")]
    ms = [
        make.event("a", 1, "seizure", "1974-01-01/2011-12-31", make.KHARTOUM),
        make.event("a", 2, "clash", "2011-08-04", make.KHARTOUM),
    ]
    assert [e.type for e in _run(ms, docs)] == ["clash"]


def test_a_spokesperson_speaks_for_the_one_named():
    """ "spokesman for Antony Blinken" and Antony Blinken the same day are one statement."""
    docs = [make.doc(x, x.upper()) for x in "ab"]
    ms = [
        dataclasses_replace(
            make.event("a", 1, "statement", "2023-04-19", make.SUDAN, ()),
            speaker="spokesman for Antony Blinken",
        ),
        dataclasses_replace(
            make.event("b", 1, "statement", "2023-04-19", make.SUDAN, ("Antony Blinken",)),
            speaker="Antony Blinken",
        ),
    ]
    assert len(_run(ms, docs)) == 1


def test_two_sites_burned_in_one_town_on_one_day_are_two_events():
    docs = [make.doc("a", "AP"), make.doc("b", "BBC")]
    burn = "Crowds set fire to buildings in Khartoum."

    def arson(doc_id, n, target):
        m = make.event(doc_id, n, "arson", "2023-04-19", make.KHARTOUM, ("protesters",), burn)
        return dataclasses.replace(m, target=target, start=n * 100, end=n * 100 + len(burn))

    ms = [
        arson("a", 1, "prosecutor office"),
        arson("a", 2, "presidential residence"),
        arson("b", 1, "former presidential residence"),  # the same site, told more fully
        arson("b", 2, None),  # a report naming no site joins one of them
    ]
    events = _run(ms, docs)
    assert len(events) == 2
    by_target = {e.target: e for e in events}
    assert set(by_target) == {"prosecutor office", "former presidential residence"}
    assert by_target["former presidential residence"].sources == ("AP", "BBC")


def test_a_riot_storming_several_buildings_is_one_riot():
    docs = [make.doc("a", "AP"), make.doc("b", "BBC")]
    ms = [
        dataclasses.replace(
            make.event(d, 1, "riot", "2023-04-19", make.KHARTOUM, ("protesters",), "Stormed."),
            target=t,
        )
        for d, t in (("a", "government building"), ("b", "television station"))
    ]
    (ev,) = _run(ms, docs)
    assert ev.corroboration == 2


def test_a_named_persons_arrest_is_not_the_mass_arrest():
    docs = [make.doc("a", "AP")]
    ms = [
        make.event("a", 1, "arrest", "2023-04-19", make.KHARTOUM, ("people",), "500 held."),
        make.event(
            "a", 2, "arrest", "2023-04-19", make.KHARTOUM, ("Ali Karti",), "Ali Karti was arrested."
        ),
    ]
    events = _run(ms, docs)
    assert sorted(e.actors for e in events) == [("Ali Karti",), ("people",)]


def test_country_wide_protest_reports_on_close_days_are_one_wave():
    """Town protests stay apart; reports told for the whole country are one wave."""
    docs = [make.doc("a", "AP", "2023-04-22"), make.doc("b", "BBC", "2023-04-22")]
    ms = [
        make.event("a", 1, "protest", "2023-04-19", make.SUDAN, text="Protests spread."),
        make.event("b", 1, "protest", "2023-04-21", make.SUDAN, text="Protests go on.", start=9),
        make.event("b", 2, "protest", None, make.SUDAN, text="Unrest grew.", start=60),
        make.event("a", 2, "protest", "2023-04-20", make.KHARTOUM, text="Marches.", start=99),
        _elsewhere("a"),
    ]
    evs = [e for e in _run(ms, docs) if e.type != "clash"]
    assert sorted((e.place, len(e.reports)) for e in evs) == [("Khartoum", 1), ("Sudan", 3)]
    (wave,) = [e for e in evs if e.place == "Sudan"]
    assert wave.date == "2023-04-19/2023-04-21"
    far = [ms[0], make.event("b", 1, "protest", "2023-04-02", make.SUDAN, text="Earlier.")]
    assert len(_run(far, docs)) == 2


def test_country_wide_arrest_reports_on_close_days_are_one_wave_of_arrests():
    """Belarus 2020: "hundreds detained" on one day, "more than 1,000 have been detained
    since Sunday" two days later, told for the whole country, are one campaign of arrests;
    arrests in a named town stay that town's own."""
    docs = [make.doc("a", "AP", "2023-04-22"), make.doc("b", "BBC", "2023-04-22")]
    ms = [
        make.event("a", 1, "arrest", "2023-04-19", make.SUDAN, text="Hundreds detained."),
        make.event("b", 1, "arrest", "2023-04-21", make.SUDAN, text="1,000 detained.", start=9),
        make.event("a", 2, "arrest", "2023-04-20", make.KHARTOUM, text="Arrests.", start=99),
        _elsewhere("a"),
    ]
    evs = [e for e in _run(ms, docs) if e.type != "clash"]
    assert sorted((e.place, len(e.reports)) for e in evs) == [("Khartoum", 1), ("Sudan", 2)]


def test_a_tally_since_the_first_night_joins_the_wave_of_arrests_it_counts():
    """Georgia 2024: "more than 400 protesters have been detained since November 28",
    reported on 9 December, counts the arrests other reports tell for the country on 29
    November: one campaign of arrests. A stretch of months stays a timeline of its own."""
    docs = [
        make.doc("a", "AP", "2023-04-15"),
        make.doc("b", "BBC", "2023-04-26"),
        make.doc("c", "CNN", "2023-04-20"),
    ]
    since = make.event(
        "b", 1, "arrest", "2023-04-15/2023-04-26", make.SUDAN, text="400 detained since the 15th."
    )
    ms = [
        make.event("a", 1, "arrest", "2023-04-15", make.SUDAN, text="100 arrested."),
        since,
        make.event("c", 1, "arrest", None, make.SUDAN, text="224 people were detained."),
    ]
    (wave,) = _run(ms, docs)
    assert wave.date == "2023-04-15/2023-04-26" and len(wave.reports) == 3
    months = dataclasses.replace(since, date="2023-04-15/2023-06-26")
    assert len(_run([ms[0], months], docs)) == 2


def test_an_undated_other_happening_joins_the_one_told_by_its_word_in_its_place():
    """Kazakhstan 2022: an undated "protesters toppling a statue of Mr Nazarbayev" in
    Taldykorgan is the toppling another outlet dates there, not an event of its own; an
    undated happening there told by another word ("activated the alarm") stays apart.
    Likewise for a whole country."""
    docs = [make.doc("a", "AP"), make.doc("b", "BBC"), make.doc("c", "CNN")]

    def other(doc, date, trigger, text):
        m = make.event(doc, 1, "other", date, make.OMDURMAN, text=text)
        return dataclasses.replace(m, trigger=trigger, place_basis="sentence")

    ms = [
        other("a", "2023-04-19", "toppling", "Protesters were toppling a statue on Wednesday."),
        other("b", None, "toppling", "Footage showed protesters toppling a statue."),
        other("c", None, "activated", "Commanders activated the city's alarm."),
    ]
    evs = _run(ms, docs)
    assert sorted(sorted(r.doc for r in e.reports) for e in evs) == [["a", "b"], ["c"]]
    # so in a whole country: "protesters' demands broadened", undated, in two articles
    broadened = [
        dataclasses.replace(m, place=make.SUDAN.name, place_ref=make.SUDAN, trigger="broadened")
        for m in ms[1:]
    ]
    (ev,) = _run(broadened, docs)
    assert {r.doc for r in ev.reports} == {"b", "c"}


def test_an_undated_reference_to_a_decision_joins_the_one_most_outlets_report():
    docs = [make.doc(d, d.upper(), "2023-04-22") for d in ("a", "b", "c", "d")]
    hike = "Fuel prices doubled on April 15."
    ms = [
        make.event("a", 1, "price_change", "2023-04-15", make.SUDAN, text=hike),
        make.event("b", 1, "price_change", "2023-04-15", make.SUDAN, text=hike + " "),
        make.event("c", 1, "price_change", "2023-04-18", make.SUDAN, text="The hike was reversed."),
        make.event("d", 1, "price_change", None, make.SUDAN, text="Anger at the price rise."),
    ]
    evs = _run(ms, docs)
    assert len(evs) == 2
    (hike_ev,) = [e for e in evs if e.date == "2023-04-15"]
    assert {r.doc for r in hike_ev.reports} == {"a", "b", "d"}


def test_a_person_sharing_a_places_name_never_renames_the_place():
    docs = [make.doc("a", "AP")]
    index = resolve_entities(
        [make.reading("a", [make.ment("a", "Hosni Mubarak"), make.ment("a", "Mubarak")])]
    )
    assert index.lookup("Mubarak") is not None
    town = Place(1, "Mubarak", "SD", "29", 15.6, 32.5, "city", 9000, 1)
    (ev,) = resolve_events([make.event("a", 1, "protest", "2023-04-19", town)], docs, (), index)
    assert ev.place == "Mubarak"


def test_two_dismissals_by_one_leader_on_one_day_are_two_events():
    """The person removed tells them apart, across spellings of the name."""
    docs = [make.doc("a", "AP"), make.doc("b", "RFE/RL")]

    def dismissal(doc_id, n, target):
        m = make.event(doc_id, n, "appointment_dismissal", "2023-04-19", make.SUDAN, ("Burhan",))
        return dataclasses.replace(m, target=target, start=n * 100, end=n * 100 + 10)

    ms = [
        dismissal("a", 1, "Nazarbayev"),
        dismissal("b", 1, "Nursultan Nazarbaev"),
        dismissal("b", 2, "associate"),
        dismissal("a", 2, None),  # naming no one: joins one of them
    ]
    events = _run(ms, docs)
    assert sorted(len(e.reports) for e in events) == [1, 3]
    (removal,) = [e for e in events if len(e.reports) == 3]
    assert removal.target == "Nursultan Nazarbaev" and removal.corroboration == 2


def test_a_reference_back_joins_its_happening_or_is_no_event():
    docs = [make.doc("a", "AP"), make.doc("b", "BBC")]
    ref = dataclasses.replace(
        make.event("b", 1, "clash", None, make.KHARTOUM, text="Concern about the clashes."),
        date_basis="reference",
    )
    assert _run([ref], docs) == ()
    clash = make.event("a", 1, "clash", "2023-04-19", make.KHARTOUM, text="Troops clashed.")
    (ev,) = _run([clash, ref], docs)
    assert {r.doc for r in ev.reports} == {"a", "b"}


def test_a_protest_wave_lasts_days_not_weeks():
    """Months of country-wide protest reported every few days stay a timeline, not one
    event: a wave absorbs reports while it spans ten days at most."""
    docs = [make.doc("a", "AP", "2023-05-30")]
    days = ["2023-05-01", "2023-05-04", "2023-05-07", "2023-05-10", "2023-05-12", "2023-05-14"]
    ms = [
        make.event(
            "a", n, "protest", day, make.SUDAN, text=f"Protests went on ({day}).", start=n * 50
        )
        for n, day in enumerate(days, start=1)
    ]
    spans = sorted(e.date for e in _run(ms, docs))
    assert spans == ["2023-05-01/2023-05-10", "2023-05-12/2023-05-14"]


def test_a_described_speaker_is_the_one_organisation_the_corpus_describes_so():
    """ "A Russian-led military alliance announced" is the CSTO when another report calls
    the CSTO "a military alliance" and nothing else is called so."""
    docs = [make.doc("a", "AP"), make.doc("b", "RFE/RL")]
    csto = dataclasses.replace(make.ment("b", "CSTO", "ORG"), descriptors=("alliance",))
    index = resolve_entities([make.reading("b", [csto])])
    assert index.described == {"alliance": index.lookup("CSTO").id}

    def statement(doc_id, speaker):
        m = make.event(doc_id, 1, "statement", "2023-04-19", make.SUDAN, (speaker,))
        return dataclasses.replace(m, speaker=speaker)

    ms = [statement("a", "a Russian-led military alliance"), statement("b", "CSTO")]
    (ev,) = resolve_events(ms, docs, (), index)
    assert ev.corroboration == 2 and ev.actors == ("CSTO",)
    # two organisations called "alliance": the description is nobody's
    nato = dataclasses.replace(make.ment("b", "NATO", "ORG"), descriptors=("alliance",))
    two = resolve_entities([make.reading("b", [csto, nato])])
    assert two.described == {} and len(resolve_events(ms, docs, (), two)) == 2


def test_the_military_is_the_one_army_the_corpus_names_with_its_country():
    """ "The military said Monday", "the country's powerful military announced Monday" and
    "Egypt's military announced Monday" are one statement of the Armed Forces of Egypt;
    with two countries' armies named, "the military" is neither's."""
    docs = [make.doc(x, x.upper()) for x in "abc"]
    egypt = make.ment("c", "Armed Forces of Egypt", "ORG")
    index = resolve_entities([make.reading("c", [egypt])])

    def statement(doc_id, speaker):
        m = make.event(doc_id, 1, "statement", "2023-04-17", make.SUDAN, (speaker,))
        return dataclasses.replace(m, speaker=speaker)

    ms = [
        statement("a", "the military"),
        statement("b", "the country 's powerful military"),
        statement("c", "Armed Forces of Egypt"),
    ]
    (ev,) = resolve_events(ms, docs, (), index)
    assert ev.corroboration == 3 and ev.actors[0] == "Armed Forces of Egypt"
    israel = make.ment("c", "Armed Forces of Israel", "ORG")
    two = resolve_entities([make.reading("c", [egypt, israel])])
    assert len(resolve_events(ms, docs, (), two)) == 2  # the two "military" ones: no speaker


def test_a_leader_described_by_country_is_the_person_titled_so():
    docs = [make.doc("a", "AP"), make.doc("b", "BBC")]
    burhan = dataclasses.replace(make.ment("b", "Abdel Fattah al-Burhan"), roles=("SD:president",))
    sudanese = make.ment("b", "Sudanese", "NORP", place=make.SUDAN)
    index = resolve_entities([make.reading("b", [burhan, sudanese])])
    assert index.described_as("the Sudanese leader").canonical == "Abdel Fattah al-Burhan"
    assert index.described_as("the Chadian leader") is None

    def statement(doc_id, speaker, date="2023-04-19"):
        m = make.event(doc_id, 1, "statement", date, make.SUDAN, (speaker,))
        return dataclasses.replace(m, speaker=speaker)

    ms = [statement("a", "the Sudanese leader"), statement("b", "Abdel Fattah al-Burhan")]
    (ev,) = resolve_events(ms, docs, (), index)
    assert ev.corroboration == 2


def test_an_undated_statement_joins_the_speakers_most_reported_one():
    docs = [make.doc(d, d.upper()) for d in ("a", "b", "c", "d")]
    index = resolve_entities([make.reading("a", [make.ment("a", "Abdel Fattah al-Burhan")])])

    def statement(doc_id, date, n=1):
        m = make.event(doc_id, n, "statement", date, make.SUDAN, ("Abdel Fattah al-Burhan",))
        return dataclasses.replace(m, speaker="Abdel Fattah al-Burhan", start=n * 100)

    ms = [statement("a", "2023-04-16"), statement("b", "2023-04-16"), statement("c", "2023-04-18")]
    ms.append(statement("d", None))
    evs = resolve_events(ms, docs, (), index)
    assert sorted(len(e.reports) for e in evs) == [1, 3]
    (main,) = [e for e in evs if len(e.reports) == 3]
    assert main.date == "2023-04-16"


def test_a_reference_back_never_describes_the_happening_it_joins():
    docs = [make.doc("a", "AP"), make.doc("b", "BBC")]
    both = "Fuel doubled and crowds marched."  # reports two happenings: a weaker description
    report = make.event("a", 1, "price_change", "2023-04-15", make.SUDAN, text=both)
    march = make.event("a", 2, "protest", "2023-04-15", make.KHARTOUM, text=both)
    ref = dataclasses.replace(
        make.event("b", 1, "price_change", None, make.SUDAN, text="Anger over the fuel hike."),
        date_basis="reference",
    )
    evs = _run([ref, report, march], docs)
    (ev,) = [e for e in evs if e.type == "price_change"]
    assert len(ev.reports) == 2 and ev.description == both


def test_the_description_is_the_sentence_whose_main_news_it_is():
    docs = [make.doc("a", "AP"), make.doc("b", "BBC")]
    late = "Dissatisfied with the news that the cabinet would be dismissed, crowds gathered."
    early = "The president dismissed the cabinet on Monday, state media said."
    ms = [
        dataclasses.replace(
            make.event("a", 1, "government_dismissal", "2023-04-17", make.SUDAN, text=late),
            trigger="dismissed",
        ),
        dataclasses.replace(
            make.event("b", 1, "government_dismissal", "2023-04-17", make.SUDAN, text=early),
            trigger="dismissed",
        ),
    ]
    (ev,) = _run(ms, docs)
    assert ev.description == early


def test_a_trigger_in_a_relative_clause_about_someone_does_not_describe_the_event():
    """Egypt 2011: "Mohamed Ahmed, 22, who spent last night watching Mubarak's speech in a
    London restaurant, explained ..." is an aside about a man; "In a speech to the nation
    Thursday night, Mubarak had indicated ..." tells the speech."""
    docs = [make.doc("a", "AP"), make.doc("b", "BBC")]
    aside = (
        "Ahmed, who watched the president's speech, then told us at length what the crowds "
        "in the square want from the army."
    )
    told = "In a speech to the nation Thursday night, the president said he would stay on."
    ms = [
        dataclasses.replace(
            make.event(
                "a", 1, "statement", "2023-04-17", make.SUDAN, ("Omar Bashir", "Ahmed"), aside
            ),
            trigger="speech",
            speaker="Omar Bashir",
        ),
        dataclasses.replace(
            make.event("b", 1, "statement", "2023-04-17", make.SUDAN, ("Omar Bashir",), told),
            trigger="speech",
            speaker="Omar Bashir",
        ),
    ]
    (ev,) = _run(ms, docs)
    assert ev.description == told


def test_unlike_happenings_of_the_grab_bag_type_stay_apart():
    # one article tells of soldiers joining the protests and of the central bank's
    # suspension, both typed "other" and neither dated: two happenings, not one
    docs = [make.doc("a", "A", published="2022-01-07")]
    joined = dataclasses.replace(
        make.event("a", 1, "other", "2022-01-05", make.KHARTOUM, text="Soldiers joined them."),
        acled_event_type="Strategic developments",
        acled_sub_event_type="Change to group/activity",
    )
    bank = dataclasses.replace(
        make.event("a", 2, "other", None, make.KHARTOUM, text="The bank halted work.", start=40),
        acled_event_type="Strategic developments",
        acled_sub_event_type="Other",
    )
    again = dataclasses.replace(bank, id="a:E3", start=80, text="Banks stayed shut.")
    events = _run([joined, bank, again], docs)
    assert len(events) == 2
    kinds = sorted((e.acled_sub_event_type, len(e.reports)) for e in events)
    assert kinds == [("Change to group/activity", 1), ("Other", 2)]


def test_a_reworded_copy_reports_its_originals_happenings_once():
    """A synonym-spun reprint ("The premier ... to condemn" -> "The top ... to denounce")
    is no verbatim copy, but duplicate detection knows it is a copy: its reports are its
    original's, in the same order; an unrelated article's like report stays apart."""
    docs = [make.doc(d, d.title(), published="2024-07-18") for d in ("wire", "spun", "other")]
    groups = [DuplicateGroup("D1", "wire", ("wire", "spun"), "containment")]

    def said(d: str, n: int, text: str, start: int):
        return make.event(d, n, "statement", "2024-07-17", make.SUDAN, (), text=text, start=start)

    ms = [
        said("wire", 1, "The premier went on air to condemn the murder.", 10),
        said("wire", 2, "The minister said talks would go on.", 200),
        said("spun", 1, "The top made an appearance to denounce the killing.", 12),
        said("spun", 2, "The priest stated discussions would proceed.", 230),
        said("other", 1, "The premier went on air to condemn the murder again.", 10),
    ]
    events = _run(ms, docs, groups)
    groups_of = sorted(tuple(sorted(f"{r.doc}@{r.start}" for r in e.reports)) for e in events)
    assert groups_of == [("other@10",), ("spun@12", "wire@10"), ("spun@230", "wire@200")]
    # without the duplicate group, the reworded sentences are four statements
    assert len(_run(ms, docs)) == 5


def test_a_country_report_over_months_joins_a_town_event_of_its_country_only():
    """Blocking (merging._blocks): a country-level report is compared only with the events
    whose place it can fit, a wide span only with the events it overlaps; so with the
    blocks, a report over two months of Sudan still joins the Khartoum event inside
    it, and one over Chad does not."""
    chad = Place(2434508, "Chad", "TD", None, 15.0, 19.0, "country", 16000000, 3)
    docs = [make.doc(x, x.upper(), published="2023-06-01") for x in "abc"]
    wide = "2023-03-01/2023-05-31"
    ms = [
        make.event("a", 1, "clash", "2023-04-19", make.KHARTOUM, ("RSF",)),
        _based(make.event("b", 1, "clash", wide, make.SUDAN, ("RSF",)), "document", "document"),
        _based(make.event("c", 1, "clash", wide, chad, ("RSF",)), "document", "document"),
    ]
    groups = sorted(tuple(sorted(r.doc for r in e.reports)) for e in _run(ms, docs))
    assert groups == [("a", "b"), ("c",)]


def test_a_country_report_over_days_joins_the_one_town_event_of_its_type_then():
    """ "Hundreds arrested during protests in Myanmar" over three days is the town's
    arrests when all the corpus's town events are in that one town."""
    docs = [make.doc(x, x.upper(), published="2021-03-30") for x in "abcd"]
    town = make.event("a", 1, "arrest", "2021-03-27", YANGON)
    wide = _based(make.event("b", 1, "arrest", "2021-03-26/2021-03-29", MYANMAR), "document")
    events = _run([town, wide], docs)
    assert [(e.place, e.date, sorted(r.doc for r in e.reports)) for e in events] == [
        ("Yangon", "2021-03-27", ["a", "b"])
    ]
    # an event of any type in a second town: a country-wide wave, the country's own
    other = make.event("c", 1, "killing", "2021-03-20", MANDALAY)
    events = _run([town, wide, other], docs)
    assert sorted(e.place for e in events) == ["Mandalay", "Myanmar", "Yangon"]
    # a report placed by a list of towns ("in Yangon, Mandalay and Bago") stays wide
    listed = _based(make.event("b", 1, "arrest", "2021-03-26/2021-03-29", MYANMAR), "list")
    assert len(_run([town, listed], docs)) == 2
    # a statement is its speaker's, wherever it is placed: it stays
    said = _based(make.event("d", 1, "statement", "2021-03-26/2021-03-29", MYANMAR), "document")
    events = _run([make.event("a", 2, "statement", "2021-03-27", YANGON), said], docs)
    assert len(events) == 2


def test_a_country_level_event_of_a_one_city_corpus_has_the_city_as_its_town():
    """A statement "in Myanmar" when every town event is in Yangon: place stays the
    country (what the report says), town is the city (inferred); with two towns, the
    capital (a statement's seat)."""
    docs = [make.doc(x, x.upper(), published="2021-03-30") for x in "abc"]
    town = make.event("a", 1, "arrest", "2021-03-27", YANGON)
    said = _based(make.event("b", 1, "statement", "2021-03-28", MYANMAR, ("Min Aung",)), "document")
    by_type = {e.type: e for e in _run([town, said], docs)}
    assert (by_type["statement"].place, by_type["statement"].town) == ("Myanmar", "Yangon")
    assert by_type["statement"].town_basis == "corpus_city"  # inferred, and says so
    assert by_type["statement"].place_ref.precision == 3  # the place stays the country's
    assert by_type["arrest"].town is None
    other = make.event("c", 1, "killing", "2021-03-20", MANDALAY)
    by_type = {e.type: e for e in _run([town, said, other], docs)}
    assert by_type["statement"].town == "Nay Pyi Taw"  # two cities: the seat of government
    assert by_type["statement"].town_basis == "capital"


def test_a_country_level_statement_or_fall_of_government_is_at_the_capital():
    """ "The prime minister resigned", placed only by the country, with towns of two
    cities in the corpus: its town is the capital (from the gazetteer); a killing's none."""
    docs = [make.doc(x, x.upper(), published="2021-03-30") for x in "abcd"]
    ms = [
        make.event("a", 1, "arrest", "2021-03-27", YANGON),
        make.event("b", 1, "killing", "2021-03-20", MANDALAY),
        _based(make.event("c", 1, "government_dismissal", "2021-03-28", MYANMAR), "document"),
        _based(make.event("d", 1, "killing", "2021-03-28", MYANMAR), "document"),
    ]
    towns = {(e.type, e.place): e.town for e in _run(ms, docs)}
    assert towns[("government_dismissal", "Myanmar")] == "Nay Pyi Taw"
    assert towns[("killing", "Myanmar")] is None


def test_a_country_level_event_of_a_one_city_report_has_that_city_as_its_town():
    """ "The fighting continues in the neighbourhoods", placed only by the country, in a
    report whose town events are all in Mandalay, while the corpus has towns of two cities:
    its town is Mandalay (inferred from its own report, and says so); a report naming two
    towns, or none, gives none. A statement in that report is placed there too, rather than
    at the capital; a government's fall is not."""
    docs = [make.doc(x, x.upper(), published="2021-03-30") for x in "abcd"]
    ms = [
        make.event("a", 1, "arrest", "2021-03-27", YANGON),
        make.event("b", 1, "killing", "2021-03-20", MANDALAY),
        _based(make.event("b", 2, "clash", "2021-03-28", MYANMAR), "document"),
        make.event("c", 1, "protest", "2021-03-21", MANDALAY),
        make.event("c", 2, "protest", "2021-03-22", YANGON),
        _based(make.event("c", 3, "riot", "2021-03-28", MYANMAR), "document"),
        _based(make.event("d", 1, "arson", "2021-03-28", MYANMAR), "document"),
    ]
    events = {e.type: e for e in _run(ms, docs)}
    assert (events["clash"].place, events["clash"].town) == ("Myanmar", "Mandalay")
    assert events["clash"].town_basis == "document_city"
    assert events["clash"].place_ref.precision == 3  # the place stays the country's
    assert events["riot"].town is None and events["arson"].town is None
    # what that report says is said of that city; a government's fall stays at its seat
    said = _based(make.event("b", 3, "statement", "2021-03-28", MYANMAR, ("UN",)), "document")
    fell = _based(make.event("b", 4, "government_dismissal", "2021-03-28", MYANMAR), "document")
    events = {e.type: e for e in _run([*ms, said, fell], docs)}
    assert (events["statement"].town, events["statement"].town_basis) == (
        "Mandalay",
        "document_city",
    )
    assert events["government_dismissal"].town == "Nay Pyi Taw"


def test_talk_and_banners_do_not_describe_an_event():
    """A transcript's talk, a question or an upper-case banner loses to a reporter's
    sentence when an event's description is chosen; quoted words are the speaker's."""
    from sitrep.resolve.events.output import _talk

    assert _talk("Hala, I know that U.S. officials are relieved that the military is in charge.")
    assert _talk("Interview Aired January 31, 2011 - 23:00 ET THIS IS A RUSH TRANSCRIPT.")
    assert _talk("Will the army fire on the protesters?")
    assert not _talk("President Hosni Mubarak stepped down Friday, handing power to the army.")
    assert not _talk('"We will not leave," a protester said as thousands marched in Cairo.')
    assert not _talk("The UN and the EU condemned the killings.")


def test_a_wave_that_states_its_run_is_dated_by_it():
    """Egypt 2011: "With Egyptian protesters hitting the streets for a week now" (its run,
    25 to 31 January) with country-wide reports of the 28th to 31st is that week's wave,
    not the narrowest day a report gives; without the run the narrowest day dates it."""
    docs = [make.doc("a", "AP", "2023-04-21"), make.doc("b", "BBC", "2023-04-21")]
    run = make.event(
        "a", 1, "protest", "2023-04-15/2023-04-21", make.SUDAN, text="Protests for a week now."
    )
    days = [
        make.event("b", 1, "protest", "2023-04-20", make.SUDAN, text="Protests spread."),
        make.event("b", 2, "protest", "2023-04-21", make.SUDAN, text="Protests go on.", start=9),
    ]
    (wave,) = _run([run, *days], docs)
    assert wave.date == "2023-04-15/2023-04-21" and len(wave.reports) == 3
    (days_only,) = _run(days, docs)
    assert days_only.date == "2023-04-20/2023-04-21"
