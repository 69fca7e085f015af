"""Scope rules of claim reconciliation: what is not a conflict though the numbers differ.

Each case is a pattern met in the example corpora and checked on all four: a rate read
beside a count (Georgia), "arrested" and "detained" as one measure (Georgia), a count
its article gives for the capital and the country (Georgia), the remainder of a breakdown
and a part its own article explains (Sudan), crossed scopes (Sudan), an incident below the
running total (Kazakhstan, Georgia) and two vague words of different scopes (Kazakhstan).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "resolve"))

from dataclasses import replace  # noqa: E402

import make  # noqa: E402

from sitrep.resolve.claims import reconcile  # noqa: E402
from sitrep.resolve.entities import resolve_entities  # noqa: E402


def _run(texts: dict[str, str], figs, published="2023-04-17", places=(make.SUDAN,)):
    docs = [make.doc(d, d.upper(), published=published, text=t) for d, t in texts.items()]
    ments = [make.ment(d, p.name, "GPE", place=p) for d in texts for p in places]
    readings = [
        make.reading(d, [m for m in ments if m.doc == d], [f for f in figs if f.doc == d])
        for d in texts
    ]
    return reconcile(figs, resolve_entities(readings), docs)


def _fig(doc, n, measure, value, text, sentence, **kw):
    start = sentence.index(text)
    return make.figure(doc, n, measure, value, start=start, text=text, **kw)


def test_a_span_of_days_is_no_rate():
    # "during a week of protests" spans the count, it does not divide it: a total, compared
    a = "Six people have died during a week of protests, the ombudsman said."
    b = "The interior minister said two deaths were linked to the protests."
    kw = {"as_of": "2023-04-17"}
    figs = [
        _fig("a", 1, "killed", 6, "Six", a, claimed_by="ombudsman", **kw),
        _fig("b", 1, "killed", 2, "two", b, claimed_by="interior minister", **kw),
    ]
    rec = _run({"a": a, "b": b}, _whole(figs, a=a, b=b))
    assert [k.kind for k in rec.conflicts] == ["disagreement"], rec.conflicts
    # "six a week" is a rate, compared with no total
    c = "Six people have died a week since the protests began, the ombudsman said."
    figs[0] = _fig("c", 1, "killed", 6, "Six", c, claimed_by="ombudsman", **kw)
    assert not _run({"c": c, "b": b}, _whole(figs, c=c, b=b)).conflicts


def test_a_daily_rate_is_not_set_against_a_total():
    a = "The ministry said 224 people had been detained in total over the four nights."
    b = "According to the lawyers, 40-70 people are being detained daily during the protests."
    figs = [
        _fig("a", 1, "detained", 224, "224", a, as_of="2023-04-17"),
        _fig("b", 1, "detained", None, "40-70", b, low=40, high=70, as_of="2023-04-17"),
    ]
    assert not _run({"a": a, "b": b}, figs).conflicts
    # the same two numbers as counts of one day do disagree
    c = "According to the lawyers, 40-70 people were detained in total."
    figs[1] = _fig("c", 1, "detained", None, "40-70", c, low=40, high=70, as_of="2023-04-17")
    assert _run({"a": a, "c": c}, figs).conflicts


def test_arrested_and_detained_are_one_measure():
    a = "Police arrested 107 people, the ministry said."
    b = "A total of 224 people have been detained, the ministry said."
    figs = [
        _fig("a", 1, "arrested", 107, "107", a, as_of="2023-04-15"),
        _fig("b", 1, "detained", 224, "224", b, as_of="2023-04-17"),
    ]
    rec = _run({"a": a, "b": b}, figs)
    assert [c.kind for c in rec.conflicts] == ["growth"], rec.conflicts  # a series, no scope


def test_one_count_given_for_the_capital_and_the_country_is_one_count():
    a = "224 detained in Sudan. A total of 224 people have been detained in Khartoum."
    figs = [
        _fig("a", 1, "detained", 224, "224", a, as_of="2023-04-17"),
        make.figure(
            "a", 2, "detained", 224, place="Khartoum", start=a.rindex("224"), as_of="2023-04-17"
        ),
        _fig("b", 1, "detained", 100, "100", "Police detained 100.", as_of="2023-04-15"),
    ]
    rec = _run({"a": a, "b": "Police detained 100."}, figs, places=(make.SUDAN, make.KHARTOUM))
    assert not [c for c in rec.conflicts if c.kind != "growth"], rec.conflicts


def test_a_part_its_article_explains_is_not_set_against_later_totals():
    a = "At least 595 people were injured across the country; Khartoum had more than 300."
    b = "More than 1,800 people have been injured, the UN envoy said."
    figs = [
        _fig("a", 1, "injured", 595, "595", a, qualifier="at_least", as_of="2023-04-16"),
        _fig(
            "a",
            2,
            "injured",
            300,
            "300",
            a,
            qualifier="more_than",
            place="Khartoum",
            as_of="2023-04-16",
        ),
        _fig("b", 1, "injured", 1800, "1,800", b, qualifier="more_than", as_of="2023-04-17"),
    ]
    rec = _run({"a": a, "b": b}, figs, places=(make.SUDAN, make.KHARTOUM))
    assert not [c for c in rec.conflicts if c.kind != "growth"], rec.conflicts


def test_crossed_scopes_are_not_compared():
    # "56 civilians" nationwide and "25 fatalities" (everyone) in the capital: neither
    # scope holds the other, so neither number can contradict the other
    a = "At least 56 civilians were killed. Khartoum accounted for 25 fatalities."
    figs = [
        _fig(
            "a",
            1,
            "killed",
            56,
            "56",
            a,
            qualifier="at_least",
            group="civilians",
            as_of="2023-04-16",
        ),
        _fig("a", 2, "killed", 25, "25", a, place="Khartoum", as_of="2023-04-16"),
    ]
    rec = _run({"a": a}, figs, places=(make.SUDAN, make.KHARTOUM))
    assert not rec.conflicts, rec.conflicts


def test_an_incident_below_the_running_total_is_its_share():
    a = "The toll has risen to 107 arrested since the protests began."
    b = "Police detained 48 people overnight on Friday."
    figs = [
        _fig("a", 1, "arrested", 107, "107", a, as_of="2023-04-15"),
        _fig("b", 1, "detained", 48, "48", b, as_of="2023-04-17"),
    ]
    assert not [c for c in _run({"a": a, "b": b}, figs).conflicts if c.kind != "growth"]
    # an incident above a running total of its day or later cannot be a share of it
    c = "Police detained 148 people overnight on Friday."
    figs[1] = _fig("c", 1, "detained", 148, "148", c, as_of="2023-04-15")
    assert [k.kind for k in _run({"a": a, "c": c}, figs).conflicts] == ["disagreement"]


def test_vague_words_of_different_scopes_are_no_conflict():
    a = "Scores of troops entered the main square of Khartoum."
    b = "Thousands of troops were flown into Sudan."
    figs = [
        _fig(
            "a",
            1,
            "troops",
            None,
            "Scores",
            a,
            low=40,
            high=99,
            group="troops",
            place="Khartoum",
            as_of="2023-04-16",
        ),
        _fig(
            "b",
            1,
            "troops",
            None,
            "Thousands",
            b,
            low=2000,
            high=9999,
            group="troops",
            as_of="2023-04-18",
        ),
    ]
    assert not _run({"a": a, "b": b}, figs, places=(make.SUDAN, make.KHARTOUM)).conflicts


def test_an_undated_total_inside_the_series_disagrees_with_none_of_it():
    # Georgia 2024: an undated editorial's "over 200 arrests" beside a dated series 107 ->
    # 224 -> 400; Bangladesh 2024: an undated "700 injuries" below every dated count does
    # disagree with them
    texts = {
        "a": "Police arrested 107 people in total.",
        "b": "A total of 224 people have been detained so far.",
        "c": "More than 400 protesters have been detained since the protests began.",
        "d": "The crackdown led to over 200 arrests and many hospitalizations.",
    }
    figs = [
        _fig("a", 1, "arrested", 107, "107", texts["a"], as_of="2023-04-10"),
        _fig("b", 1, "detained", 224, "224", texts["b"], as_of="2023-04-12"),
        _fig(
            "c",
            1,
            "detained",
            400,
            "400",
            texts["c"],
            qualifier="more_than",
            group="protesters",
            as_of="2023-04-19",
        ),
        _fig("d", 1, "arrested", 200, "200", texts["d"], qualifier="more_than"),
    ]
    docs = [
        make.doc(d, d.upper(), published=None if d == "d" else "2023-04-19", text=t)
        for d, t in texts.items()
    ]
    ments = [make.ment(d, "Sudan", "GPE", place=make.SUDAN) for d in texts]
    readings = [
        make.reading(d, [m for m in ments if m.doc == d], [f for f in figs if f.doc == d])
        for d in texts
    ]
    rec = reconcile(figs, resolve_entities(readings), docs)
    assert [c.kind for c in rec.conflicts] == ["growth"], rec.conflicts
    # below every dated count it cannot be placed in the series: a disagreement
    figs[3] = _fig("d", 1, "arrested", 50, "200", texts["d"])
    rec = reconcile(figs, resolve_entities(readings), docs)
    assert "disagreement" in {c.kind for c in rec.conflicts}, rec.conflicts


def test_two_corps_of_the_security_forces_are_two_counts():
    a = "Nine police officers died in the clashes, the interior ministry said."
    b = "Fourteen soldiers were killed in the north, the army said on state television."
    figs = [
        _fig("a", 1, "killed", 9, "Nine", a, group="police officers", as_of="2023-04-17"),
        _fig("b", 1, "killed", 14, "Fourteen", b, group="soldiers", as_of="2023-04-17"),
    ]
    assert not _run({"a": a, "b": b}, figs).conflicts
    # the same corps counted twice on one day does disagree
    c = "Fourteen policemen were killed in the north, the union said."
    figs[1] = _fig("c", 1, "killed", 14, "Fourteen", c, group="policemen", as_of="2023-04-17")
    assert [k.kind for k in _run({"a": a, "c": c}, figs).conflicts] == ["disagreement"]


def test_the_number_of_the_counted_noun_is_no_part_of_the_count():
    a = "Witnesses heard at least three blasts near the stadium."
    b = "The ministry said later that only one blast had hit the stadium."
    figs = [
        _fig("a", 1, "other", 3, "three", a, group="blasts", qualifier="at_least"),
        _fig("b", 1, "other", 1, "one", b, group="blast"),
    ]
    rec = _run({"a": a, "b": b}, figs)
    assert [c.kind for c in rec.conflicts] == ["disagreement"], rec.conflicts
    # another noun is another count
    c = "The ministry said later that only one rocket had hit the stadium."
    figs[1] = _fig("c", 1, "other", 1, "one", c, group="rocket")
    assert not _run({"a": a, "c": c}, figs).conflicts


def _whole(figs, **texts):
    """The figures with their whole text as their sentence."""
    from dataclasses import replace

    from sitrep.records import Evidence

    return [replace(f, sentence=Evidence(f.doc, 0, len(texts[f.doc]))) for f in figs]


def test_a_part_its_sentence_counts_inside_a_larger_count_is_not_compared():
    a = "Gunmen attacked the market, killing scores of people, including 11 police officers."
    b = "At least 60 people were killed in the market attack, the health ministry said."
    figs = [
        _fig("a", 1, "killed", 11, "11", a, as_of="2023-04-17"),
        _fig("b", 1, "killed", 60, "60", b, as_of="2023-04-17", qualifier="at_least"),
    ]
    assert not _run({"a": a, "b": b}, _whole(figs, a=a, b=b)).conflicts
    c = "Rioters burned 40 cars, nine of them police vehicles."
    e = "Nine cars were burned overnight, the police said."
    figs = [
        _fig("c", 1, "vehicles_burned", 9, "nine", c, as_of="2023-04-17", group="cars"),
        _fig("e", 1, "vehicles_burned", 9, "Nine", e, as_of="2023-04-17", group="cars"),
        _fig("c", 2, "vehicles_burned", 40, "40", c, as_of="2023-04-17", group="cars"),
    ]
    rec = _run({"c": c, "e": e}, _whole(figs, c=c, e=e))
    assert all("c:F1" not in k.figures for k in rec.conflicts), rec.conflicts
    # the same count with no "including" is the sentence's own count, and it disagrees
    d = "Gunmen attacked the market, killing 11 people, the police said."
    figs = [
        _fig("d", 1, "killed", 11, "11", d, as_of="2023-04-17"),
        _fig("b", 1, "killed", 60, "60", b, as_of="2023-04-17", qualifier="at_least"),
    ]
    rec = _run({"d": d, "b": b}, _whole(figs, d=d, b=b))
    assert [k.kind for k in rec.conflicts] == ["disagreement"]


def test_of_them_after_a_count_opens_no_list_of_parts():
    # "of them" names the part of the count before it (the six of the 40 wounded); the
    # count after "and" is another measure's own count, compared with the other report's
    a = (
        "The rights group said 40 people were wounded, six of them critically, and 310 "
        "people were arrested during the marches."
    )
    b = "The interior ministry said 1,450 people had been arrested during the marches."
    kw = {"as_of": "2023-04-17"}
    figs = [
        _fig("a", 1, "arrested", 310, "310", a, claimed_by="the rights group", **kw),
        _fig("b", 1, "arrested", 1450, "1,450", b, claimed_by="interior ministry", **kw),
    ]
    rec = _run({"a": a, "b": b}, _whole(figs, a=a, b=b))
    assert [k.kind for k in rec.conflicts] == ["disagreement"], rec.conflicts
    # "of whom" right before a number still names a part
    c = "Police arrested 1,450 people, of whom 310 were students, the ministry said."
    figs[0] = _fig("c", 1, "arrested", 310, "310", c, group="students", **kw)
    assert not _run({"c": c, "b": b}, _whole(figs, c=c, b=b)).conflicts


def test_a_floor_and_a_higher_ceiling_in_one_sentence_disagree():
    # a ceiling bounds the count its sentence gives, it adds no part to it; read near its
    # number, "as high as 20" is another count than "at least 12"
    a = "At least 12 people have died, with some officials saying the toll may be as high as 20."
    kw = {"as_of": "2023-04-17"}
    figs = [
        _fig("a", 1, "killed", 12, "At least 12", a, qualifier="at_least", **kw),
        _fig("a", 2, "killed", 20, "as high as 20", a, qualifier="up_to", **kw),
    ]
    rec = _run({"a": a}, _whole(figs, a=a))
    assert [k.kind for k in rec.conflicts] == ["disagreement"], rec.conflicts
    # a ceiling near the floor is one count
    figs[1] = replace(figs[1], value=13.0, text="as high as 13")
    b = a.replace("20", "13")
    assert not _run({"a": b}, _whole(figs, a=b)).conflicts
    # two counts of one voice in one sentence are parts, not rivals
    c = "Twelve people died in the north and 20 in the south, officials said."
    figs = [
        _fig("c", 1, "killed", 12, "Twelve", c, **kw),
        _fig("c", 2, "killed", 20, "20", c, **kw),
    ]
    assert not _run({"c": c}, _whole(figs, c=c)).conflicts


def test_those_still_held_are_not_the_number_arrested():
    a = "Police said 1,200 people had been detained since the protests began."
    b = "Lawyers said 85 protesters remain in custody a week after the crackdown."
    figs = [
        _fig("a", 1, "detained", 1200, "1,200", a, as_of="2023-04-10"),
        _fig("b", 1, "detained", 85, "85", b, as_of="2023-04-17", group="protesters"),
    ]
    assert not _run({"a": a, "b": b}, _whole(figs, a=a, b=b)).conflicts
    # a count of the arrested of the same day far below the other does disagree
    c = "Lawyers said 85 protesters were detained during the crackdown."
    figs[1] = _fig("c", 1, "detained", 85, "85", c, as_of="2023-04-10", group="protesters")
    rec = _run({"a": a, "c": c}, _whole(figs, a=a, c=c))
    assert [k.kind for k in rec.conflicts] == ["disagreement"], rec.conflicts


def test_a_later_count_of_the_arrested_below_an_earlier_one_counts_some_of_them():
    # the number arrested only grows: a week later, 300 detained are one day's, not the total
    a = "More than 1,200 people have been arrested since the coup, the rights group said."
    b = "Witnesses said about 300 protesters were detained in the capital."
    figs = [
        _fig("a", 1, "arrested", 1200, "1,200", a, as_of="2023-04-10", qualifier="more_than"),
        _fig("b", 1, "detained", 300, "300", b, as_of="2023-04-17", group="protesters"),
    ]
    assert not _run({"a": a, "b": b}, _whole(figs, a=a, b=b)).conflicts
    # a later toll of the dead below an earlier one still disagrees
    figs = [replace(f, measure="killed", group="all") for f in figs]
    rec = _run({"a": a, "b": b}, _whole(figs, a=a, b=b))
    assert [k.kind for k in rec.conflicts] == ["disagreement"], rec.conflicts


def test_a_word_for_a_few_disagrees_with_no_count():
    a = "Reporters were attacked by both sides, with several injured."
    b = "Dozens of people were injured in the clashes, the Red Cross said."
    c = "Hundreds were injured in the clashes, the health ministry said."
    kw = {"as_of": "2023-04-17", "qualifier": "vague"}
    figs = [
        _fig("a", 1, "injured", None, "several", a, low=3, high=9, **kw),
        _fig("b", 1, "injured", None, "Dozens", b, low=24, high=99, **kw),
    ]
    assert not _run({"a": a, "b": b}, _whole(figs, a=a, b=b)).conflicts
    # words that name an order of magnitude do disagree
    figs[0] = _fig("c", 1, "injured", None, "Hundreds", c, low=200, high=999, **kw)
    rec = _run({"c": c, "b": b}, _whole(figs, c=c, b=b))
    assert [k.kind for k in rec.conflicts] == ["disagreement"], rec.conflicts


def test_people_driven_from_their_homes_are_one_count_however_worded():
    a = "The floods displaced more than 80,000 people across the province, the agency said."
    b = "Three days later the governor said the floods had left hundreds homeless."
    figs = [
        _fig("a", 1, "other", 80000, "80,000", a, group="displaced", qualifier="more_than"),
        _fig("b", 1, "other", None, "hundreds", b, group="homeless", low=200, high=999),
    ]
    figs = [
        replace(figs[0], as_of="2023-04-10"),
        replace(figs[1], as_of="2023-04-13", qualifier="vague"),
    ]
    rec = _run({"a": a, "b": b}, _whole(figs, a=a, b=b))
    assert [k.kind for k in rec.conflicts] == ["disagreement"], rec.conflicts
    # homes destroyed are another count
    c = "Three days later the governor said the floods had destroyed hundreds of homes."
    figs[1] = replace(
        _fig("c", 1, "other", None, "hundreds", c, group="homes destroyed", low=200, high=999),
        as_of="2023-04-13",
        qualifier="vague",
    )
    assert not _run({"a": a, "c": c}, _whole(figs, a=a, c=c)).conflicts


def test_the_treated_below_the_injured_are_among_them():
    a = "A total of 2,400 people have been injured since the fighting began, the ministry said."
    b = "Hospitals in the city have treated more than 900 wounded, the aid group said."
    figs = [
        _fig("a", 1, "injured", 2400, "2,400", a, as_of="2023-04-15"),
        _fig("b", 1, "treated", 900, "900", b, as_of="2023-04-17", qualifier="more_than"),
    ]
    assert not _run({"a": a, "b": b}, _whole(figs, a=a, b=b)).conflicts
    # more treated than the injured counted two days before: the count has grown past it
    c = "Hospitals in the city have treated more than 3,000 wounded, the aid group said."
    figs[1] = _fig("c", 1, "treated", 3000, "3,000", c, as_of="2023-04-17", qualifier="more_than")
    assert [k.kind for k in _run({"a": a, "c": c}, _whole(figs, a=a, c=c)).conflicts] == ["scope"]


def test_two_counts_one_sentence_gives_in_one_voice_are_parts():
    a = "Three medics from Chad and one nurse from Niger were killed in the shelling."
    figs = [
        _fig("a", 1, "killed", 3, "Three", a, as_of="2023-04-17", group="aid workers"),
        _fig("a", 2, "killed", 1, "one", a, as_of="2023-04-17", group="aid workers"),
    ]
    assert not _run({"a": a}, _whole(figs, a=a)).conflicts
    # told in two sentences, the two counts disagree
    b = "Three aid workers were killed in the shelling. One was killed, the UN said."
    figs = [
        _fig("b", 1, "killed", 3, "Three", b, as_of="2023-04-17", group="aid workers"),
        _fig("b", 2, "killed", 1, "One", b, as_of="2023-04-17", group="aid workers"),
    ]
    figs = [replace(figs[0], sentence=replace(figs[0].sentence, end=47)), figs[1]]
    figs[1] = replace(figs[1], sentence=replace(figs[1].sentence, start=48, end=len(b)))
    rec = _run({"b": b}, figs)
    assert [k.kind for k in rec.conflicts] == ["disagreement"], rec.conflicts
    # two voices in one sentence are rivals
    c = "The army said 12 fighters died, while the rebels said 30 of theirs were killed."
    figs = [
        _fig("c", 1, "killed", 12, "12", c, as_of="2023-04-17", claimed_by="army"),
        _fig("c", 2, "killed", 30, "30", c, as_of="2023-04-17", claimed_by="rebels"),
    ]
    rec = _run({"c": c}, _whole(figs, c=c))
    assert [k.kind for k in rec.conflicts] == ["disagreement"], rec.conflicts


def test_one_person_told_of_is_no_count():
    a = "A local journalist was shot dead near the border post on Tuesday."
    b = "The health ministry said 85 people had been killed in the fighting so far."
    figs = [
        _fig("a", 1, "killed", 1, "A local journalist", a, as_of="2023-04-17"),
        _fig("b", 1, "killed", 85, "85", b, as_of="2023-04-17"),
    ]
    assert not _run({"a": a, "b": b}, _whole(figs, a=a, b=b)).conflicts
    # "one person died" counts, and disagrees with 85 of the same day
    c = "The governor insisted that only one person had died in the fighting."
    figs[0] = _fig("c", 1, "killed", 1, "only one", c, as_of="2023-04-17")
    rec = _run({"c": c, "b": b}, _whole(figs, c=c, b=b))
    assert [k.kind for k in rec.conflicts] == ["disagreement"], rec.conflicts


def test_a_part_of_the_count_named_after_it_is_not_compared():
    a = "Doctors said 45 of the 900 people wounded were in a critical condition."
    b = "The ministry said 900 people were wounded in the clashes on Sunday."
    figs = [
        _fig("a", 1, "injured", 45, "45", a, as_of="2023-04-17"),
        _fig("a", 2, "injured", 900, "900", a, as_of="2023-04-17"),
        _fig("b", 1, "injured", 900, "900", b, as_of="2023-04-17"),
    ]
    assert not _run({"a": a, "b": b}, _whole(figs, a=a, b=b)).conflicts
    c = "Three of those arrested were later charged, the prosecutor said."
    d = "Police said 120 people were arrested after the march."
    figs = [
        _fig("c", 1, "arrested", 3, "Three", c, as_of="2023-04-17"),
        _fig("d", 1, "arrested", 120, "120", d, as_of="2023-04-17"),
    ]
    assert not _run({"c": c, "d": d}, _whole(figs, c=c, d=d)).conflicts


def test_a_country_wide_count_of_a_narrower_group_is_compared_by_its_group():
    # the report names no town for the police, only the country
    a = "The interior ministry said 150 police officers had been injured in Sudan so far."
    b = "The ministry said 113 security personnel had been injured in Khartoum so far."
    figs = [
        _fig("a", 1, "injured", 150, "150", a, as_of="2023-04-17", group="police"),
        _fig("b", 1, "injured", 113, "113", b, as_of="2023-04-17", group="security forces"),
    ]
    figs[1] = replace(figs[1], place="Khartoum")
    places = (make.SUDAN, make.KHARTOUM, make.OMDURMAN)
    rec = _run({"a": a, "b": b}, _whole(figs, a=a, b=b), places=places)
    assert [k.kind for k in rec.conflicts] == ["disagreement"], rec.conflicts
    # a town's police against the security forces of another town: never compared
    c = "The ministry said 150 police officers had been injured in Omdurman so far."
    figs[0] = _fig("c", 1, "injured", 150, "150", c, as_of="2023-04-17", group="police")
    figs[0] = replace(figs[0], place="Omdurman")
    rec = _run({"c": c, "b": b}, _whole(figs, c=c, b=b), places=(*places, make.OMDURMAN))
    assert not rec.conflicts, rec.conflicts


def test_a_part_above_an_earlier_whole_tells_the_count_grew():
    a = "The ministry said 145 people had been injured across Sudan so far."
    b = "The governor of Omdurman said 182 people had been injured in the city so far."
    figs = [
        _fig("a", 1, "injured", 145, "145", a, as_of="2023-04-14"),
        _fig("b", 1, "injured", 182, "182", b, as_of="2023-04-15", place="Omdurman"),
    ]
    rec = _run({"a": a, "b": b}, _whole(figs, a=a, b=b), places=(make.SUDAN, make.OMDURMAN))
    assert [k.kind for k in rec.conflicts] == ["growth"], rec.conflicts
    # above a whole of its own day or later, the part still disagrees
    figs[1] = replace(figs[1], as_of="2023-04-14")
    rec = _run({"a": a, "b": b}, _whole(figs, a=a, b=b), places=(make.SUDAN, make.OMDURMAN))
    assert [k.kind for k in rec.conflicts] == ["disagreement"], rec.conflicts


def test_an_increment_is_a_part_of_the_total_it_brings():
    a = "The army said 84 soldiers had been killed so far in the fighting."
    b = "Twelve more soldiers were killed at the front, bringing the toll to 96."
    figs = [
        _fig("a", 1, "killed", 84, "84", a, as_of="2023-04-15", group="soldiers"),
        _fig("b", 1, "killed", 12, "Twelve", b, as_of="2023-04-17", group="soldiers"),
        _fig("b", 2, "killed", 96, "96", b, as_of="2023-04-17", group="soldiers"),
    ]
    rec = _run({"a": a, "b": b}, _whole(figs, a=a, b=b))
    assert [k.kind for k in rec.conflicts] == ["growth"], rec.conflicts  # 84 -> 96
    c = "Police said 40 people were wounded in the city. Another 15 are wounded, medics said."
    d = "The total number of people wounded stood at 160, the ministry said."
    figs = [
        _fig("c", 1, "injured", 15, "15", c, as_of="2023-04-17"),
        _fig("d", 1, "injured", 160, "160", d, as_of="2023-04-17"),
    ]
    assert not _run({"c": c, "d": d}, _whole(figs, c=c, d=d)).conflicts
    # the same count with no "more" is the sentence's total, and falls below the earlier one
    e = "Twelve soldiers have been killed in the fighting so far, the army said."
    figs = [
        _fig("a", 1, "killed", 84, "84", a, as_of="2023-04-15", group="soldiers"),
        _fig("e", 1, "killed", 12, "Twelve", e, as_of="2023-04-17", group="soldiers"),
    ]
    rec = _run({"a": a, "e": e}, _whole(figs, a=a, e=e))
    assert [k.kind for k in rec.conflicts] == ["disagreement"], rec.conflicts


def test_a_town_s_crowd_exceeds_no_crowd_of_the_country_on_another_day():
    a = "Some 5,000 protesters marched through Khartoum, witnesses said."
    b = "About 2,000 protesters rallied across Sudan, organisers said."
    kw = {"group": "protesters"}
    figs = [
        _fig("a", 1, "protesters", 5000, "5,000", a, as_of="2023-04-15", place="Khartoum", **kw),
        _fig("b", 1, "protesters", 2000, "2,000", b, as_of="2023-04-17", qualifier="about", **kw),
    ]
    places = (make.SUDAN, make.KHARTOUM, make.OMDURMAN)
    rec = _run({"a": a, "b": b}, _whole(figs, a=a, b=b), places=places)
    assert "disagreement" not in [k.kind for k in rec.conflicts], rec.conflicts
    # on the same day, the town's crowd above the country's does disagree
    figs[1] = replace(figs[1], as_of="2023-04-15")
    rec = _run({"a": a, "b": b}, _whole(figs, a=a, b=b), places=places)
    assert [k.kind for k in rec.conflicts] == ["disagreement"], rec.conflicts


def test_the_last_count_of_a_list_an_inclusion_opens_is_a_part():
    a = (
        "Hundreds were rounded up over the weekend, among them doctors, teachers, "
        "union leaders and at least 25 reporters."
    )
    b = "Officials said 900 people had been detained since the protests began."
    figs = [
        _fig("a", 1, "arrested", 25, "25", a, as_of="2023-04-17", group="reporters"),
        _fig("b", 1, "arrested", 900, "900", b, as_of="2023-04-17"),
    ]
    assert not _run({"a": a, "b": b}, _whole(figs, a=a, b=b)).conflicts
    # a verb ends the inclusion's aside: what follows it is the sentence's own count
    c = "Four people, including a child, were killed and 30 were wounded in the blast."
    d = "The hospital said 300 people had been wounded in the blast."
    figs = [
        _fig("c", 1, "injured", 30, "30", c, as_of="2023-04-17"),
        _fig("d", 1, "injured", 300, "300", d, as_of="2023-04-17"),
    ]
    assert [k.kind for k in _run({"c": c, "d": d}, _whole(figs, c=c, d=d)).conflicts] == [
        "disagreement"
    ]


def test_the_first_of_two_counts_a_sentence_adds_up_is_a_share():
    places = (make.SUDAN, make.KHARTOUM, make.OMDURMAN)
    a = (
        "The minister said 140 looters had been arrested in Khartoum and another "
        "260 had been detained in Omdurman."
    )
    b = "Police said on Wednesday that more than 900 people had been arrested nationwide."
    figs = [
        _fig("a", 1, "arrested", 140, "140", a, as_of="2023-04-17", place="Khartoum"),
        _fig("a", 2, "arrested", 260, "260", a, as_of="2023-04-17", place="Omdurman"),
        _fig("b", 1, "arrested", 900, "900", b, as_of="2023-04-18", qualifier="more_than"),
    ]
    assert not _run({"a": a, "b": b}, _whole(figs, a=a, b=b), places=places).conflicts
    # with no increment after it, the first count is the city's total, a narrower scope
    c = "The minister said 140 looters had been arrested in Khartoum."
    figs = [
        _fig("c", 1, "arrested", 140, "140", c, as_of="2023-04-17", place="Khartoum"),
        _fig("b", 1, "arrested", 900, "900", b, as_of="2023-04-18", qualifier="more_than"),
    ]
    assert [
        k.kind for k in _run({"c": c, "b": b}, _whole(figs, c=c, b=b), places=places).conflicts
    ] == ["scope"]
    # "another" elsewhere in the sentence adds no count: only right before the later number
    e = (
        "Another march was called after the minister said 140 looters had been arrested in "
        "Khartoum and 260 in Omdurman."
    )
    figs = [
        _fig("e", 1, "arrested", 140, "140", e, as_of="2023-04-17", place="Khartoum"),
        _fig("e", 2, "arrested", 260, "260", e, as_of="2023-04-17", place="Omdurman"),
        _fig("b", 1, "arrested", 900, "900", b, as_of="2023-04-18", qualifier="more_than"),
    ]
    rec = _run({"e": e, "b": b}, _whole(figs, e=e, b=b), places=places)
    assert [k.kind for k in rec.conflicts] == ["scope"], rec.conflicts
    assert "e:F1" in rec.conflicts[0].figures, rec.conflicts  # Khartoum's total, no share


def test_the_injured_still_in_hospital_are_not_the_number_hurt():
    a = "Officials said more than 600 people were wounded in the bombings on Sunday."
    b = "By Thursday, 85 people remain in hospital with wounds, the health ministry said."
    figs = [
        _fig("a", 1, "injured", 600, "600", a, as_of="2023-04-16", qualifier="more_than"),
        _fig("b", 1, "injured", 85, "85", b, as_of="2023-04-20"),
    ]
    assert not _run({"a": a, "b": b}, _whole(figs, a=a, b=b)).conflicts
    # the same count told as the number hurt is a later count below an earlier one
    c = "By Thursday, 85 people had been wounded, the health ministry said."
    figs[1] = _fig("c", 1, "injured", 85, "85", c, as_of="2023-04-20")
    assert [k.kind for k in _run({"a": a, "c": c}, _whole(figs, a=a, c=c)).conflicts] == [
        "disagreement"
    ]


def test_those_held_named_by_their_sex_are_everyone_held():
    a = "Police have detained 30 men over the bombing, officials said on Monday."
    b = "By Wednesday 75 people had been arrested in connection with the attack."
    figs = [
        _fig("a", 1, "arrested", 30, "30", a, as_of="2023-04-17", group="men"),
        _fig("b", 1, "arrested", 75, "75", b, as_of="2023-04-19"),
    ]
    rec = _run({"a": a, "b": b}, _whole(figs, a=a, b=b))
    assert [k.kind for k in rec.conflicts] == ["growth"], rec.conflicts  # a count that grew
    # gunmen held are a part of those held, however their label ends
    c = "Police have detained 30 gunmen over the bombing, officials said on Monday."
    figs[0] = _fig("c", 1, "arrested", 30, "30", c, as_of="2023-04-17", group="gunmen")
    rec = _run({"c": c, "b": b}, _whole(figs, c=c, b=b))
    assert [k.kind for k in rec.conflicts] == ["scope"], rec.conflicts
