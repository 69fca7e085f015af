"""The key figure of a claim group over a long crisis: which claim an analyst would quote.

Seen on the example corpora and on Timeline17: a later running total of a narrower group
("over 400 protesters detained since Nov 28") or place ("more than 300 killed" in the capital)
above the earlier totals of the widest scope was passed over for an earlier, lower count;
"detained" was ranked narrower than its synonym "arrested"; a "he said" after "the pictures
tell that story" credited the pictures. Every claim stays in its group (none dropped).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from spacy.language import Language

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "resolve"))

import make  # noqa: E402

from sitrep.extract import context  # noqa: E402
from sitrep.extract.nlp import load_pipeline  # noqa: E402
from sitrep.records import Place  # noqa: E402
from sitrep.resolve.claims import reconcile  # noqa: E402
from sitrep.resolve.entities import resolve_entities  # noqa: E402


def _group(figs, places=(make.SUDAN,)):
    docs = [
        make.doc(d, f"Outlet {d}", published=f.as_of) for d, f in {f.doc: f for f in figs}.items()
    ]
    ments = [make.ment(f.doc, p.name, "GPE", place=p) for f in figs for p in places]
    readings = [
        make.reading(d.id, [m for m in ments if m.doc == d.id], [f for f in figs if f.doc == d.id])
        for d in docs
    ]
    rec = reconcile(figs, resolve_entities(readings), docs)
    (group,) = [g for g in rec.groups if figs[0].id in g.figures]
    assert {f.id for f in figs} <= set(group.figures), group  # nothing dropped
    return group, rec


def test_a_later_larger_total_of_a_narrower_group_is_the_estimate():
    figs = [
        make.figure("a", 1, "arrested", 300, qualifier="more_than", as_of="2024-12-06"),
        make.figure("b", 1, "detained", 224, as_of="2024-12-02"),
        make.figure(
            "c", 1, "detained", 400, qualifier="more_than", group="students", as_of="2024-12-09"
        ),
    ]
    group, _ = _group(figs)
    assert group.low == 400, group  # the protesters held are everyone held: the latest total
    assert group.estimate_figures == ("c:F1",), group
    killed = [
        make.figure("a", 1, "killed", 300, qualifier="more_than", as_of="2024-12-06"),
        make.figure("c", 1, "killed", 500, group="students", as_of="2024-12-09"),
    ]
    group, rec = _group(killed)
    assert group.low == 500 and group.estimate_figures == ("c:F1",), group
    assert "narrower scope" in group.basis and "history" in group.basis
    # still shown, as the count that grew past the earlier whole (a series, session 15)
    assert [c.kind for c in rec.conflicts] == ["growth"], rec.conflicts


def test_an_earlier_or_smaller_narrower_total_does_not_replace_the_widest():
    figs = [
        make.figure("a", 1, "killed", 212, qualifier="at_least", as_of="2024-07-27"),
        make.figure("b", 1, "killed", 150, group="students", as_of="2024-07-30"),
        make.figure("c", 1, "killed", 400, group="students", as_of="2024-07-20"),
    ]
    group, _ = _group(figs)
    assert group.low == 212 and group.estimate_figures == ("a:F1",), group


def test_a_later_larger_city_total_is_the_country_s_lower_bound():
    figs = [
        make.figure("a", 1, "killed", 212, qualifier="at_least", as_of="2024-07-27"),
        make.figure(
            "b", 1, "killed", 300, qualifier="more_than", place="Khartoum", as_of="2024-08-05"
        ),
        make.figure("c", 1, "killed", 40, place="Khartoum", as_of="2024-08-05"),
    ]
    group, _ = _group(figs, (make.SUDAN, make.KHARTOUM))
    assert group.low == 300 and group.estimate_figures == ("b:F1",), group


def test_detained_is_as_wide_as_arrested():
    # "maybe a thousand people detained" later than "thousands were arrested" in words: the
    # stated number is the estimate, the synonym no narrower
    figs = [
        make.figure("a", 1, "arrested", None, low=2000, high=9999, as_of="2011-01-31"),
        make.figure("b", 1, "detained", 1000, qualifier="up_to", as_of="2011-02-11"),
    ]
    group, _ = _group(figs)
    assert group.estimate_figures == ("b:F1",), group
    assert "narrower" not in group.basis


def test_an_incident_count_of_a_narrower_place_is_not_an_outgrown_total():
    egypt = Place(357994, "Egypt", "EG", None, 27.0, 30.0, "country", 80_000_000, 3)
    cairo = Place(360630, "Cairo", "EG", "11", 30.06, 31.25, "city", 7_700_000, 1)
    figs = [
        make.figure(
            "a", 1, "killed", 300, qualifier="more_than", place="Egypt", as_of="2011-02-10"
        ),
        make.figure("b", 1, "killed", None, low=2000, high=9999, place="Cairo", as_of="2011-02-11"),
    ]
    group, _ = _group(figs, (egypt, cairo))
    assert group.low == 300, group  # a word ("thousands") in a city does not outgrow a number


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _claimant(nlp: Language, text: str, value: float) -> str | None:
    doc = nlp(context.set_context(nlp.make_doc(text), "t", "2023-04-20"))
    (f,) = [f for f in context.get(doc, "figures") if f.value == value]
    return f.claimed_by


def test_he_said_does_not_refer_to_a_mute_plural_noun(nlp: Language) -> None:
    text = (
        "The foreign minister said the talks would go on. And the pictures tell that story "
        "extraordinarily well. Nobody knows how many people were held. He said there were as "
        "many as 1,000 people detained."
    )
    assert _claimant(nlp, text, 1000) == "foreign minister"


def test_they_said_still_refers_to_a_body_named_before(nlp: Language) -> None:
    text = (
        "The Red Cross said aid was blocked. The images show burned homes. "
        "They said 40 people were killed."
    )
    assert _claimant(nlp, text, 40) == "Red Cross"


def test_he_said_is_the_person_just_named_as_subject(nlp: Language) -> None:
    text = (
        "The interior minister said the curfew would hold. Omar Haddad that we spoke to, the "
        "activist who started the protests, he brought it up as well. He said there were as "
        "many as 1,000 people detained."
    )
    assert _claimant(nlp, text, 1000) == "Omar Haddad"


def test_scope_pairs_are_every_related_pair_and_grow_with_the_towns():
    # one country, two regions, 60 towns (some in each region), one unplaced figure
    from collections import defaultdict

    from sitrep.resolve import claim_figures as cf
    from sitrep.resolve import claim_pairs as cp

    regions = [
        Place(900 + i, f"Region{i}", "SD", str(i), 15.0, 30.0, "admin1", 1, 2) for i in (1, 2)
    ]
    towns = [
        Place(1000 + i, f"Town{i}", "SD", str(1 + i % 3), 15.0, 30.0, "city", 1, 1)
        for i in range(60)
    ]
    places = [make.SUDAN, *regions, *towns]
    figs = [
        make.figure(f"d{i}", 1, "killed", 10 + i, place=p.name, as_of="2023-04-20")
        for i, p in enumerate(places)
    ]
    figs.append(make.figure("u", 1, "killed", 5, place=None, as_of="2023-04-21"))
    docs = [make.doc(f.doc) for f in figs]
    ments = [make.ment(f.doc, p.name, "GPE", place=p) for f, p in zip(figs, places, strict=False)]
    index = resolve_entities([make.reading(m.doc, [m]) for m in ments])
    claims = cf._placed(cf._claims(figs, index, {d.id: d for d in docs}))
    buckets: dict[tuple, list] = defaultdict(list)
    for c in claims:
        buckets[cp._scope_key(c)].append(c)
    keys = list(buckets)
    pairs = list(cp._scope_pairs(keys, buckets))
    assert len(pairs) == len(set(pairs))  # each once
    related = {
        (a, b)
        for i, a in enumerate(keys)
        for b in keys[i + 1 :]
        if cp._relation(buckets[a][0], buckets[b][0]) != "none"
    }
    assert related <= set(pairs), related - set(pairs)
    assert len(pairs) < 5 * len(keys)  # not the 2,000 pairs of all 64 scopes


def test_a_ceiling_beside_a_floor_is_the_range_between_them():
    # "Death toll estimates have ranged from more than 1,000 to as many as 2,000"
    figs = [
        make.figure("a", 1, "killed", 1000, qualifier="more_than", as_of="2011-03-10"),
        make.figure("b", 1, "killed", 2000, qualifier="up_to", as_of="2011-03-10"),
    ]
    group, _ = _group(figs)
    assert (group.low, group.high) == (1000, 2000), group
    assert set(group.estimate_figures) == {"a:F1", "b:F1"}


def test_another_country_s_toll_on_the_page_is_no_key_figure() -> None:
    # Libya 2011 (CNN pages): "those waters killed 2,000 people" placed by an organisation
    # named for its country ("Armed Forces of United States"), in no event's place; the
    # gazetteer's country of the name keeps it in the figures section, out of the summary
    from dataclasses import replace

    from sitrep.report.summary import summarise
    from sitrep.report.view import build_view, name_countries

    sys.path.insert(0, str(Path(__file__).parent))
    from test_summary_focus import EVENTS, _group, _view

    entities = [
        {
            "canonical": "Armed Forces of United States",
            "aliases": ["U.S. military"],
            "place": {"country_code": "US"},
        },
        {"canonical": "Cairo", "aliases": [], "place": {"country_code": "EG"}},
        {"canonical": "Georgia", "aliases": [], "place": {"country_code": "GE"}},
        {"canonical": "Georgia", "aliases": [], "place": {"country_code": "US"}},
    ]
    countries = name_countries(entities)
    assert countries == {
        "Armed Forces of United States": "US",
        "U.S. military": "US",
        "Cairo": "EG",
    }  # a name two countries share is left out
    home = _group(1, "killed", "Cairo", [(d, 300) for d in "abcdef"])
    away = _group(2, "killed", "Armed Forces of United States", [("e", 2000), ("f", 2000)])
    view = _view(EVENTS, [home, away])
    assert [k.scope for k in summarise(view).figures] == [
        "all · Cairo",
        "all · Armed Forces of United States",
    ]  # without a country the other story's toll is the second line
    away = replace(away, country=countries[away.place or ""])
    assert [k.scope for k in summarise(_view(EVENTS, [home, away])).figures] == ["all · Cairo"]
    assert build_view({"claim_groups": [], "entities": entities}).measures == ()


def test_an_estimate_bounded_only_by_ceilings_reads_up_to() -> None:
    from sitrep.report.view import estimate_range

    assert estimate_range(0.0, 20000.0) == "up to 20,000"  # "as many as 20,000 protesters"
    assert estimate_range(1000.0, 2000.0) == "1,000–2,000"
    assert estimate_range(0.0, 0.0) == "0"


def test_a_price_in_a_city_is_not_a_part_of_the_country_s():
    figs = [
        make.figure("a", 1, "price", 20, group="price, dollar", as_of="2011-08-20"),
        make.figure(
            "b", 1, "price", 5000, group="price, dollar", place="Khartoum", as_of="2011-08-31"
        ),
    ]
    group, _ = _group(figs, (make.SUDAN, make.KHARTOUM))
    assert group.low == 20 and "narrower scope above" not in group.basis, group


def test_students_among_those_arrested_are_a_part_not_a_disagreement():
    # "70 people, 40 of them students, were arrested after the protests" (one article)
    figs = [
        make.figure("a", 1, "arrested", 70, as_of="2011-01-31"),
        make.figure("a", 2, "arrested", 40, group="students", as_of="2011-01-31"),
    ]
    group, rec = _group(figs)
    assert group.low == 70, group
    # told in one sentence, the article explains the part itself: no conflict at all
    assert not rec.conflicts, rec.conflicts
    # told apart (another sentence), the two differ in scope, never disagree
    figs[1] = make.figure("a", 2, "arrested", 40, group="students", start=200, as_of="2011-01-31")
    group, rec = _group(figs)
    assert group.low == 70, group
    assert [c.kind for c in rec.conflicts] == ["scope"], rec.conflicts
    # the protesters held are everyone held ("over 400 protesters detained" vs "224 people")
    figs = [
        make.figure("a", 1, "arrested", 224, as_of="2024-12-02"),
        make.figure("b", 1, "detained", 400, group="protesters", as_of="2024-12-09"),
        make.figure("c", 1, "arrested", 300, group="arrests", as_of="2024-12-05"),
    ]
    group, rec = _group(figs)
    assert group.low == 400 and "widest scope" in group.basis, group
    assert [c.kind for c in rec.conflicts] == ["growth"], rec.conflicts


def test_gunmen_among_the_suspects_held_are_a_part_not_a_disagreement():
    # "Eleven suspects have been detained, including the three gunmen" (one article) and
    # another outlet's "the three gunmen were arrested"
    figs = [
        make.figure("a", 1, "arrested", 11, group="suspects", as_of="2024-03-24"),
        make.figure("a", 2, "arrested", 3, group="gunmen", start=200, as_of="2024-03-24"),
        make.figure("b", 1, "arrested", 3, group="gunmen", as_of="2024-03-24"),
    ]
    group, rec = _group(figs)
    assert group.low == 11, group
    assert "disagreement" not in [c.kind for c in rec.conflicts], rec.conflicts
