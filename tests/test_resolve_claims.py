"""Claim reconciliation: repeats, growth, scope and true disagreement are told apart."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "resolve"))

import gold_inputs as gi  # noqa: E402
import make  # noqa: E402

from sitrep.evaluate.score import score_conflicts  # noqa: E402
from sitrep.resolve import resolve_all  # noqa: E402
from sitrep.resolve.claims import figure_range, reconcile  # noqa: E402
from sitrep.resolve.entities import resolve_entities  # noqa: E402


@pytest.fixture(scope="module")
def gold_run():
    gold = gi.load_gold()
    docs = gi.documents(gold)
    readings, ids = gi.readings(gold, docs)
    return gold, ids, resolve_all(docs, gi.duplicate_groups(gold), readings)


def test_example_corpus_conflicts_match_gold(gold_run):
    gold, ids, res = gold_run
    gold_index = {g["id"]: j for j, g in enumerate(gold["figures"])}
    pred_figs = [{"id": k} for k in ids]
    pairs = {i: gold_index[ids[k]] for i, k in enumerate(ids)}
    conflicts = [{"figures": list(c.figures)} for c in res.conflicts]
    scores = score_conflicts(conflicts, gold["conflicts"], pred_figs, pairs, gold["figures"])
    assert scores["recall"] == 1.0 and scores["f1"] >= 0.9, scores


def test_example_arrest_series_and_death_toll_disagreement(gold_run):
    _, ids, res = gold_run
    kinds = {c.kind: {ids[f] for f in c.figures} for c in res.conflicts if c.measure == "arrested"}
    assert {"F47", "F54", "F36"} <= set().union(*kinds.values())
    killed = [c for c in res.conflicts if c.measure == "killed" and c.kind == "disagreement"]
    assert any({"F17", "F18"} <= {ids[f] for f in c.figures} for c in killed)
    sec = next(c for c in killed if {ids[f] for f in c.figures} == {"F13", "F14", "F31"})
    assert "17" in sec.about and "16" in sec.about and "2022-01-09" in sec.about


def _sudan():
    docs = [
        make.doc(d, o, published=p)
        for d, o, p in [
            ("a", "AP", "2023-04-16"),
            ("a2", "Yahoo", "2023-04-16"),
            ("b", "BBC", "2023-04-17"),
            ("c", "Reuters", "2023-04-19"),
            ("d", "Al Jazeera", "2023-04-19"),
        ]
    ]
    sudan = make.ment("a", "Sudan", "GPE", place=make.SUDAN)
    khartoum = make.ment("a", "Khartoum", "GPE", place=make.KHARTOUM)
    figs = {
        "a": [
            make.figure(
                "a",
                1,
                "arrested",
                200,
                qualifier="more_than",
                as_of="2023-04-16",
                claimed_by="police",
            ),
            make.figure("a", 2, "killed", 56, as_of="2023-04-16", claimed_by="doctors' committee"),
        ],
        "a2": [
            make.figure("a2", 1, "killed", 56, as_of="2023-04-16", claimed_by="doctors' committee")
        ],
        "b": [
            make.figure("b", 1, "arrested", 2000, qualifier="about", as_of="2023-04-17"),
            make.figure("b", 2, "killed", 30, place="Khartoum", as_of="2023-04-17"),
        ],
        "c": [
            make.figure("c", 1, "arrested", 5800, qualifier="more_than", as_of="2023-04-19"),
            make.figure(
                "c", 2, "killed", 185, qualifier="at_least", as_of="2023-04-19", claimed_by="WHO"
            ),
            make.figure("c", 3, "killed", 12, group="police", as_of="2023-04-19"),
        ],
        "d": [make.figure("d", 1, "killed", 97, as_of="2023-04-19", claimed_by="army")],
    }
    readings = [make.reading(d, [sudan, khartoum], f) for d, f in figs.items()]
    return docs, readings


def test_repeat_growth_scope_and_disagreement():
    docs, readings = _sudan()
    rec = reconcile([f for r in readings for f in r.figures], resolve_entities(readings), docs)
    by_kind = {(c.measure, c.kind): set(c.figures) for c in rec.conflicts}
    assert by_kind[("arrested", "growth")] == {"a:F1", "b:F1", "c:F1"}
    assert ("killed", "disagreement") in by_kind
    assert {"c:F2", "d:F1"} <= by_kind[("killed", "disagreement")]
    assert "b:F2" in by_kind.get(("killed", "scope"), set())  # Khartoum inside Sudan
    # the same claim repeated by a copy is one claim: never a conflict by itself
    assert not any(set(c.figures) == {"a:F2", "a2:F1"} for c in rec.conflicts)
    # police deaths are a separate group from the civilian toll
    police = next(g for g in rec.groups if "c:F3" in g.figures)
    assert "c:F2" not in police.figures
    dis = next(c for c in rec.conflicts if c.kind == "disagreement" and c.measure == "killed")
    assert "at least 185" in dis.about and "WHO" in dis.about and "army" in dis.about
    toll = next(g for g in rec.groups if "c:F2" in g.figures)
    assert toll.low == 97 and toll.high == 185 and "2023-04-19" in toll.basis


@given(
    st.integers(min_value=1, max_value=10**6),
    st.sampled_from(["exact", "at_least", "more_than", "about", "up_to"]),
)
@settings(max_examples=80, deadline=None)
def test_figure_range_contains_the_stated_value(value, qualifier):
    lo, hi = figure_range(make.figure("x", 1, "killed", value, qualifier=qualifier))
    assert lo <= value <= hi


def test_a_vague_figure_does_not_widen_the_estimate_of_a_number():
    docs = [make.doc("a", "AP"), make.doc("b", "BBC")]
    figs = [
        make.figure("a", 1, "businesses_damaged", None, low=10, high=999, as_of="2023-04-19"),
        make.figure("b", 1, "businesses_damaged", 400, qualifier="about", as_of="2023-04-19"),
    ]
    readings = [make.reading("a", figures=figs[:1]), make.reading("b", figures=figs[1:])]
    rec = reconcile(figs, resolve_entities(readings), docs)
    (group,) = [g for g in rec.groups if set(g.figures) == {"a:F1", "b:F1"}]
    assert 300 <= group.low <= 400 <= group.high <= 500, group
    assert "earlier" not in group.basis


def test_a_figure_with_no_place_is_compared_within_its_country():
    # "10 police officers were injured" in a report that names no place for the figure
    docs = [
        make.doc("a", "AP", published="2023-04-17"),
        make.doc("b", "BBC", published="2023-04-17"),
    ]
    sudan = make.ment("a", "Sudan", "GPE", place=make.SUDAN)
    figs = [
        make.figure("a", 1, "injured", 42, group="police", as_of="2023-04-17"),
        make.figure("b", 1, "injured", 10, group="police", place=None, as_of="2023-04-17"),
    ]
    readings = [make.reading("a", [sudan], figs[:1]), make.reading("b", figures=figs[1:])]
    rec = reconcile(figs, resolve_entities(readings), docs)
    assert any(set(c.figures) == {"a:F1", "b:F1"} for c in rec.conflicts), rec.conflicts


def test_parts_that_add_up_to_a_total_are_no_conflict():
    # "At least 31 people were killed: 12 in Lagos, 9 in Abuja and 10 in Kano"
    docs = [make.doc("a", "AP", published="2023-04-17")]
    figs = [
        make.figure("a", 1, "killed", 31, place="Nigeria", as_of="2023-04-17"),
        make.figure("a", 2, "killed", 12, place="Lagos", as_of="2023-04-17"),
        make.figure("a", 3, "killed", 9, place="Abuja", as_of="2023-04-17"),
        make.figure("a", 4, "killed", 10, place="Kano", as_of="2023-04-17"),
    ]
    rec = reconcile(figs, resolve_entities([make.reading("a", figures=figs)]), docs)
    assert not rec.conflicts, rec.conflicts
    # a part that does not add up stays a disagreement (the total told in another sentence)
    other = [
        *figs[:2],
        make.figure("a", 5, "killed", 40, place="Nigeria", as_of="2023-04-17", start=200),
    ]
    rec = reconcile(other, resolve_entities([make.reading("a", figures=other)]), docs)
    assert rec.conflicts


def _naive_kinds(reps, excluded):
    """Every pair through ``pair_kind``: what the bucketed sweep must reproduce."""
    from sitrep.resolve.claims import pair_kind

    out = {id(c): set() for c in reps}
    for i, a in enumerate(reps):
        for b in reps[i + 1 :]:
            if frozenset((id(a), id(b))) in excluded:
                continue
            kind = pair_kind(a, b)
            if kind:
                out[id(a)].add(kind)
                out[id(b)].add(kind)
    return out


_PLACES = [None, "Sudan", "Khartoum", "Omdurman", "Nyala"]
_GROUPS = ["all", "civilians", "students", "police", "security forces"]


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["injured", "treated"]),  # one family, as a group holds
            st.integers(min_value=1, max_value=60),
            st.sampled_from(["exact", "at_least", "about", "up_to"]),
            st.sampled_from(_GROUPS),
            st.sampled_from(_PLACES),
            st.sampled_from([None, "2023-04-15", "2023-04-16", "2023-04-18"]),
            st.booleans(),
        ),
        min_size=1,
        max_size=30,
    )
)
@settings(max_examples=150, deadline=None)
def test_bucketed_pair_kinds_equal_every_pair(rows):
    from sitrep.resolve.claim_figures import _claims, _placed
    from sitrep.resolve.claim_pairs import _pair_kinds
    from sitrep.resolve.claim_roles import _breakdowns

    sudan = make.ment("a", "Sudan", "GPE", place=make.SUDAN)
    khartoum = make.ment("a", "Khartoum", "GPE", place=make.KHARTOUM)
    omdurman = make.ment("a", "Omdurman", "GPE", place=make.OMDURMAN)
    index = resolve_entities([make.reading("a", [sudan, khartoum, omdurman])])
    text = "17 people were killed on Saturday. The toll has risen to 300 so far."
    # one document per row: one document's restatements of a figure are one claim, so two
    # rows of one document could fold an incident and a running total together
    docs = {f"d{n}": make.doc(f"d{n}", published="2023-04-18", text=text) for n in range(len(rows))}
    figs = []
    for n, (measure, value, qualifier, group, place, as_of, incident) in enumerate(rows):
        start = 0 if incident else text.index("300")
        figs.append(
            make.figure(
                f"d{n}",
                n,
                measure,
                value,
                qualifier=qualifier,
                group=group,
                place=place,
                as_of=as_of,
                start=start,
                text=str(value),
            )
        )
    claims = _placed(_claims(figs, index, docs))
    assert {c.kind for c in claims} == {"incident" if r[-1] else "" for r in rows}
    excluded = _breakdowns(claims)
    assert _pair_kinds(claims, excluded) == _naive_kinds(claims, excluded)


@given(
    st.lists(
        st.tuples(
            st.integers(min_value=1, max_value=60),
            st.sampled_from(["exact", "at_least", "about", "up_to"]),
            st.sampled_from(_PLACES),
            st.sampled_from([None, "2023-04-15", "2023-04-16", "2023-04-18"]),
        ),
        min_size=1,
        max_size=20,
    )
)
@settings(max_examples=100, deadline=None)
def test_bucketed_pair_kinds_equal_every_pair_for_crowds(rows):
    from sitrep.resolve.claim_figures import _claims, _placed
    from sitrep.resolve.claim_pairs import _pair_kinds

    places = [make.SUDAN, make.KHARTOUM, make.OMDURMAN]
    index = resolve_entities(
        [make.reading("a", [make.ment("a", p.name, "GPE", place=p) for p in places])]
    )
    docs = {"a": make.doc("a", published="2023-04-18")}
    figs = [
        make.figure("a", n, "protesters", v, qualifier=q, group="protesters", place=p, as_of=d)
        for n, (v, q, p, d) in enumerate(rows)
    ]
    claims = _placed(_claims(figs, index, docs))
    assert {c.kind for c in claims} == {"crowd"}
    assert _pair_kinds(claims, set()) == _naive_kinds(claims, set())


def test_an_incident_count_is_part_of_the_running_total_not_its_latest_value():
    # "more than 300 killed since the protests began" (Feb 5), "2 killed on Thursday" (Feb 10)
    total = "Human Rights Watch said more than 300 people have been killed since the protests."
    day = "Two people were killed on Thursday in clashes in Cairo."
    docs = [
        make.doc("a", published="2011-02-05", text=total),
        make.doc("b", published="2011-02-10", text=day),
    ]
    egypt = make.ment("a", "Egypt", "GPE", place=None)
    figs = [
        make.figure(
            "a",
            1,
            "killed",
            300,
            qualifier="more_than",
            place="Egypt",
            as_of="2011-02-05",
            start=total.index("300"),
            text="more than 300",
        ),
        make.figure("b", 1, "killed", 2, place="Egypt", as_of="2011-02-10", start=0, text="Two"),
    ]
    figs = _whole_sentences(figs, docs)
    rec = reconcile(figs, resolve_entities([make.reading("a", [egypt], figs)]), docs)
    (group,) = [g for g in rec.groups if "a:F1" in g.figures]
    assert "b:F1" in group.figures  # the day's count stays listed in the group
    assert group.low == 300, group  # the estimate is the running total, not the latest claim
    assert "incident" in group.basis and "running total" in group.basis
    # a day's count below an earlier total is not a disagreement (the old reading's "2 < 300")
    assert not any(c.kind == "disagreement" for c in rec.conflicts), rec.conflicts


def test_the_estimate_prefers_the_country_over_a_city_reported_later():
    docs = [
        make.doc("a", published="2023-04-17"),
        make.doc("b", published="2023-04-19"),
    ]
    sudan = make.ment("a", "Sudan", "GPE", place=make.SUDAN)
    khartoum = make.ment("a", "Khartoum", "GPE", place=make.KHARTOUM)
    figs = [
        make.figure("a", 1, "killed", 185, qualifier="at_least", as_of="2023-04-17"),
        make.figure("b", 1, "killed", 40, place="Khartoum", as_of="2023-04-19"),
    ]
    rec = reconcile(figs, resolve_entities([make.reading("a", [sudan, khartoum], figs)]), docs)
    (group,) = [g for g in rec.groups if "a:F1" in g.figures]
    assert group.low == 185 and "narrower" in group.basis, group
    assert any(c.kind == "scope" for c in rec.conflicts)


def test_crowds_of_different_days_are_a_series_but_one_day_s_crowds_can_disagree():
    # Georgia 2024 (real sentences): Friday night's "thousands" (newswire, Saturday Dec 7) and
    # Monday dawn's "about 200 protesters are staying" (interfax, Dec 9): a crowd that shrank
    from dataclasses import replace

    from sitrep.records import Evidence, Place

    friday = (
        "Thousands have been protesting for more than a week since a Nov. 28 government"
        " decision to shelve EU accession talks."
    )
    monday = (
        "Police did not come close to protesters in the small hours of Monday. "
        "About 200 protesters are staying on Rustaveli Avenue."
    )
    same_day = "Police said about 200 people took part in Friday night's protest."
    docs = [
        make.doc("newswire", published="2024-12-07", text=friday),
        make.doc("interfax", published="2024-12-09", text=monday),
        make.doc("police", published="2024-12-07", text=same_day),
    ]
    georgia = Place(614540, "Georgia", "GE", None, 42.0, 43.5, "country", 3731000, 3)
    ment = make.ment("newswire", "Georgia", "GPE", place=georgia)

    def crowd(d: str, text: str, words: str, **kw) -> object:
        return make.figure(
            d,
            1,
            "protesters",
            kw.pop("value", None),
            group="protesters",
            place="Georgia",
            start=text.index(words),
            text=words,
            **kw,
        )

    figs = [
        crowd("newswire", friday, "Thousands", low=2000, high=9999, as_of="2024-12-07"),
        crowd("interfax", monday, "About 200", value=200, qualifier="about", as_of="2024-12-09"),
    ]
    figs = [replace(f, sentence=Evidence(f.doc, 0, 200)) for f in figs]
    index = resolve_entities([make.reading("newswire", [ment], figs)])
    rec = reconcile(figs, index, docs[:2])
    # the old reading: "a later count below an earlier one" = a disagreement; now a series
    (series,) = rec.conflicts
    assert series.kind == "growth" and "series" in series.about, series
    assert set(series.figures) == {"newswire:F1", "interfax:F1"}
    (group,) = rec.groups
    assert set(group.figures) == {"newswire:F1", "interfax:F1"} and "crowd" in group.basis

    # the same evening's crowd counted as 200 by one source and thousands by another disagrees
    other = replace(
        crowd("police", same_day, "about 200", value=200, qualifier="about", as_of="2024-12-07"),
        sentence=Evidence("police", 0, 60),
    )
    rec = reconcile([*figs, other], index, docs)
    (conflict,) = [c for c in rec.conflicts if c.kind == "disagreement"]
    assert set(conflict.figures) == {"newswire:F1", "police:F1"}, conflict


def _whole_sentences(figs, docs):
    from dataclasses import replace

    from sitrep.records import Evidence

    whole = {d.id: Evidence(d.id, 0, len(d.text)) for d in docs}
    return [replace(f, sentence=whole[f.doc]) for f in figs]


@pytest.mark.parametrize(
    "clinic",
    [
        # Egypt 2011 (CNN, Timeline17): one clinic's count, then the toll in words
        "Dr. Ragab Ali at the Ebad Al-Rahman Clinic said five people were fatally shot and"
        " another 60 were injured .",
        "More than 60 people were wounded , said Dr. Ali Al-Bart , at Ras Lanuf Hospital .",
        "Hospital officials said 60 people were injured .",
    ],
)
def test_one_facility_s_count_is_a_part_not_the_toll(clinic):
    toll = "More than 300 people were killed . Thousands of others injured ."
    docs = [
        make.doc("a", published="2011-01-31", text=clinic),
        make.doc("b", published="2011-02-11", text=toll),
    ]
    egypt = make.ment("a", "Egypt", "GPE", place=None)
    figs = [
        make.figure("a", 1, "injured", 60, place="Egypt", as_of="2011-01-31", start=0, text="60"),
        make.figure(
            "b",
            1,
            "injured",
            None,
            low=2000,
            high=9999,
            place="Egypt",
            as_of="2011-02-11",
            start=toll.index("Thousands"),
            text="Thousands",
        ),
    ]
    figs = _whole_sentences(figs, docs)
    rec = reconcile(figs, resolve_entities([make.reading("a", [egypt], figs)]), docs)
    (group,) = [g for g in rec.groups if "a:F1" in g.figures]
    assert "b:F1" in group.figures
    assert group.low == 2000 and group.high == 9999, group  # the toll, not the clinic's 60
    assert "narrower" in group.basis


def test_a_count_taken_to_hospital_is_no_facility_s_count():
    text = "Sixty injured people were taken to hospital , police said ."
    later = "Thousands of others injured ."
    docs = [
        make.doc("a", published="2011-01-31", text=text),
        make.doc("b", published="2011-02-11", text=later),
    ]
    figs = [
        make.figure("a", 1, "injured", 60, place="Egypt", as_of="2011-01-31", start=0),
        make.figure("b", 1, "injured", None, low=2000, high=9999, place="Egypt", start=0),
    ]
    figs = _whole_sentences(figs, docs)
    rec = reconcile(figs, resolve_entities([make.reading("a", figures=figs)]), docs)
    (group,) = [g for g in rec.groups if "a:F1" in g.figures]
    assert group.low == 60, group  # a word a hundredfold above a stated number waits


def test_shares_told_in_two_sentences_are_not_compared():
    # "43% of Americans support the war" and "60% of Americans oppose it": shares of one
    # base but of different things; a count of people in the same words would conflict
    docs = [make.doc(d, published="2023-04-20") for d in ("a", "b")]
    figs = [
        make.figure("a", 1, "other", 43, group="Americans (percent)", place="United States"),
        make.figure("b", 1, "other", 60, group="Americans (percent)", place="United States"),
        make.figure("a", 2, "killed", 40, place="Sudan"),
        make.figure("b", 2, "killed", 90, place="Sudan"),
    ]
    readings = [make.reading(d.id, [], [f for f in figs if f.doc == d.id]) for d in docs]
    rec = reconcile(figs, resolve_entities(readings), docs)
    assert not any({"a:F1", "b:F1"} & set(c.figures) for c in rec.conflicts)
    assert any({"a:F2", "b:F2"} <= set(c.figures) for c in rec.conflicts)
