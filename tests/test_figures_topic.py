"""Only the crisis's figures: another story's numbers on the page, reader comments and a
phrase after the counted noun are not the crisis's counts (issue 12, item 7; claim groups)."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest
from spacy.language import Language

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "resolve"))

import make  # noqa: E402

from sitrep.extract import context  # noqa: E402
from sitrep.extract.nlp import load_pipeline  # noqa: E402
from sitrep.records import Evidence, Place, Segment  # noqa: E402
from sitrep.resolve.claim_topic import NOT_BODY, OFF_TOPIC  # noqa: E402
from sitrep.resolve.claims import count_kind, reconcile  # noqa: E402
from sitrep.resolve.entities import resolve_entities  # noqa: E402

OHIO = Place(5165418, "Ohio", "US", "OH", 40.25, -83.0, "admin1", 11000000, 2)

CRISIS = (
    "Fighting between the army and the RSF raged across Khartoum on Monday. "
    "Doctors in Khartoum said {n} people were killed in the fighting as shelling hit the city. "
    "Residents of Khartoum fled the shelling and the army said the RSF attacked its bases."
)
OTHER = (
    "Fighting between the army and the RSF raged across Khartoum on Monday. "
    "Doctors in Khartoum said 56 people were killed in the fighting as shelling hit the city.\n\n"
    "In other news, a maker of baby monitors in Ohio recalled its cords. "
    "The commission noted that seven babies have died after being strangled by monitor cords. "
    "The Ohio company said the recall covers older models."
)


def _crisis_doc(doc_id: str, n: int, day: str, text: str | None = None):
    text = text or CRISIS.format(n=n)
    s = text.index(" people were killed") - len(str(n))
    start = text.rindex(".", 0, s) + 2
    fig = replace(
        make.figure(doc_id, 1, "killed", n, as_of=day, start=s, text=str(n)),
        sentence=Evidence(doc_id, start, text.index(".", s) + 1),
    )
    ments = [
        make.ment(doc_id, "Khartoum", "GPE", place=make.KHARTOUM, start=i)
        for i in range(len(text))
        if text.startswith("Khartoum", i)
    ] + [make.ment(doc_id, "RSF", "ORG", start=text.index("RSF"))]
    return make.doc(doc_id, f"Outlet {doc_id}", published=day, text=text), ments, fig


def _run(items, extra_figs=()):
    docs = [d for d, _, _ in items]
    figs = [f for _, _, f in items] + list(extra_figs)
    readings = [
        make.reading(d.id, ments, [f for f in figs if f.doc == d.id]) for d, ments, _ in items
    ]
    return figs, reconcile(figs, resolve_entities(readings), docs, readings)


def test_another_story_on_the_page_is_kept_apart_from_groups_and_conflicts():
    items = [_crisis_doc(d, 56, "2023-04-17") for d in "abcd"]
    doc, ments, fig = _crisis_doc("e", 56, "2023-04-17", OTHER)
    s = OTHER.index("seven babies")
    ments = [
        *ments,
        make.ment("e", "Ohio", "GPE", place=OHIO, start=OTHER.index("Ohio")),
        make.ment("e", "Ohio", "GPE", place=OHIO, start=OTHER.rindex("Ohio")),
    ]
    sent = OTHER.rindex(".", 0, s) + 2
    babies = replace(
        make.figure("e", 2, "killed", 7, as_of="2023-04-17", start=s, text="seven"),
        sentence=Evidence("e", sent, OTHER.index(".", s) + 1),
    )
    figs, rec = _run([*items, (doc, ments, fig)], [babies])
    apart = {a.figure: a for a in rec.apart}
    assert apart["e:F2"].why == OFF_TOPIC, apart
    assert not any(f.startswith("a:") or f == "e:F1" for f in apart), apart
    grouped = {f for g in rec.groups for f in g.figures}
    assert "e:F2" not in grouped and {"a:F1", "e:F1"} <= grouped
    assert not rec.conflicts, rec.conflicts  # 7 no longer disagrees with 56


def test_a_figure_in_a_reader_comment_is_never_a_crisis_figure():
    items = [_crisis_doc(d, 56, "2023-04-17") for d in "abc"]
    doc, ments, fig = _crisis_doc("d", 8, "2023-04-17")
    doc = replace(doc, segments=(Segment(0, 10, "body"), Segment(10, len(doc.text), "comments")))
    _, rec = _run([*items, (doc, ments, fig)])
    assert {a.figure: a.why for a in rec.apart} == {"d:F1": NOT_BODY}
    assert not rec.conflicts and all("d:F1" not in g.figures for g in rec.groups)


def test_a_later_lower_total_from_another_source_is_a_disagreement():
    # 266 killed (one outlet) on day 1, 147 killed (another) on day 2: not "fallen" history
    figs = [
        make.figure("a", 1, "killed", 266, qualifier="at_least", as_of="2024-07-27"),
        make.figure("b", 1, "killed", 147, as_of="2024-07-28"),
    ]
    docs = [
        make.doc("a", "Outlet A", published="2024-07-27"),
        make.doc("b", "Outlet B", published="2024-07-28"),
    ]
    sudan = make.ment("a", "Sudan", "GPE", place=make.SUDAN)
    readings = [make.reading("a", [sudan], figs[:1]), make.reading("b", figures=figs[1:])]
    rec = reconcile(figs, resolve_entities(readings), docs)
    assert [(c.kind, set(c.figures)) for c in rec.conflicts] == [("disagreement", {"a:F1", "b:F1"})]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize("brk", [" ", "\n"])
def test_a_noun_phrase_conjoined_after_the_counted_noun_is_not_a_second_group(nlp, brk):
    text = (
        "A protest near the parliament resulted in injuries to 10 police"
        f"{brk}officers and the detention of 107 individuals, the ministry said."
    )
    doc = nlp(context.set_context(nlp.make_doc(text), "t", "2024-11-30"))
    found = {(f.measure, f.value): f.group for f in context.get(doc, "figures")}
    assert found[("injured", 10.0)] == "police", found


def test_a_number_of_a_narrower_group_does_not_beat_a_worded_total():
    # "thousands arrested" beside a later "4 looters arrested": the number counts a part
    figs = [
        make.figure("a", 1, "arrested", None, low=2000, high=9999, as_of="2003-04-10"),
        make.figure("b", 1, "arrested", 4, group="looters", as_of="2003-04-11"),
    ]
    docs = [make.doc(d, d, published=f.as_of) for d, f in zip("ab", figs, strict=True)]
    sudan = make.ment("a", "Sudan", "GPE", place=make.SUDAN)
    readings = [make.reading("a", [sudan], figs[:1]), make.reading("b", figures=figs[1:])]
    (group,) = reconcile(figs, resolve_entities(readings), docs).groups
    assert (group.low, group.high, group.estimate_figures) == (2000, 9999, ("a:F1",)), group


def _said(doc_id: str, text: str, number: str, day: str):
    s = text.index(number)
    fig = replace(
        make.figure(doc_id, 1, "killed", float(number), as_of=day, start=s, text=number),
        sentence=Evidence(doc_id, 0, len(text)),
    )
    return make.doc(doc_id, f"Outlet {doc_id}", published=day, text=text), fig


@pytest.mark.parametrize(
    "first",
    [
        "The students on Saturday shared a list of 266 people killed during the protests.",
        "The students said on Saturday that 266 people were killed during the protests.",
    ],
)
def test_a_weekday_that_dates_the_statement_does_not_make_two_totals_a_series(first):
    # 266 on day 1, a lower 147 from another source on day 2: a disagreement, not two
    # incidents of different days
    da, fa = _said("a", first, "266", "2024-07-27")
    db, fb = _said(
        "b", "The government disclosed on Sunday that 147 people were killed.", "147", "2024-07-28"
    )
    sudan = make.ment("a", "Sudan", "GPE", place=make.SUDAN)
    readings = [make.reading("a", [sudan], [fa]), make.reading("b", figures=[fb])]
    rec = reconcile([fa, fb], resolve_entities(readings), [da, db])
    assert [(c.kind, set(c.figures)) for c in rec.conflicts] == [("disagreement", {"a:F1", "b:F1"})]
    (group,) = rec.groups
    assert not group.kinds, group.kinds  # both running totals


def test_a_weekday_of_the_killing_still_marks_an_incident():
    text = "Seventeen people were killed on Saturday in Omdurman, 17 of them civilians."
    d, f = _said("a", text, "17", "2023-04-22")
    assert count_kind(f, d.text) == "incident"


@pytest.mark.parametrize(
    ("text", "number", "kind"),
    [
        # one fight's count, told in the narrative past (Libya 2011, AP)
        (
            "He said four rebels had been killed in the fighting and at least 20 were wounded.",
            "20",
            "incident",
        ),
        ("Rebels said they killed 20 security police in an assault on a base.", "20", "incident"),
        ("Friday, seven people were killed and another 70 were wounded.", "70", "incident"),
        # a count in a participle clause after a happening is the happening's (Syria 2012)
        (
            "A bakery had been hit by a shell, killing about 12 people and injuring at least 20.",
            "20",
            "incident",
        ),
        ("The crackdown went on, killing 3000 since March.", "3000", ""),
        # the perfect sums the fighting so far (Iraq 2005, The Guardian)
        ("Fewer than 2000 soldiers have lost their lives in the fighting.", "2000", ""),
    ],
)
def test_one_fight_is_an_incident_the_fighting_so_far_a_total(text, number, kind):
    d, f = _said("a", text, number, "2011-07-29")
    assert count_kind(f, d.text) == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My family have been imprisoned during 1973 - 2011 in the worst way.", set()),
        ("Between 1900 and 2100 people were arrested on Friday.", {(1900.0, 2100.0)}),
        ("Between 1,900 and 2,100 were arrested on Friday.", {(1900.0, 2100.0)}),
    ],
)
def test_a_span_of_years_is_not_a_range_of_a_count(nlp, text, expected):
    doc = nlp(context.set_context(nlp.make_doc(text), "t", "2011-03-17"))
    assert {(f.low, f.high) for f in context.get(doc, "figures")} == expected


def _held(rows, measure="arrested", qualifier="exact"):
    figs = [
        make.figure(
            d,
            1,
            measure,
            v,
            group=g,
            as_of=day,
            low=lo,
            high=hi,
            qualifier=qualifier if v is not None else "vague",
        )
        for d, v, g, day, lo, hi in rows
    ]
    docs = [make.doc(f.doc, f.doc, published=f.as_of) for f in figs]
    readings = [
        make.reading(f.doc, [make.ment(f.doc, "Sudan", "GPE", place=make.SUDAN)], [f]) for f in figs
    ]
    (group,) = reconcile(figs, resolve_entities(readings), docs).groups
    return group


def test_a_later_word_above_every_number_is_the_estimate_not_a_narrower_number():
    # "900 detained" in January, "1,000 students" in July, "thousands arrested" in October
    group = _held(
        [
            ("a", 900, "detainees", "2005-01-19", None, None),
            ("c", 1000, "students", "2005-07-20", None, None),
            ("d", None, "all", "2005-10-19", 2000, 9999),
        ]
    )
    assert (group.low, group.high, group.estimate_figures) == (2000, 9999, ("d:F1",)), group


def test_a_later_word_far_above_every_number_is_not_the_estimate():
    # "millions" after "2,000 killed": no total jumps a thousandfold; the word stays listed
    group = _held(
        [
            ("a", 2000, "all", "2011-03-10", None, None),
            ("b", None, "all", "2011-03-17", 2_000_000, 9_999_999),
        ]
    )
    assert group.estimate_figures == ("a:F1",) and "b:F1" in group.figures, group


def test_a_later_crowd_in_words_far_above_a_first_days_number_is_the_estimate():
    # "as many as 20,000 protesters" the first day, "hundreds of thousands" weeks later: a
    # crowd swells tenfold and more, a toll does not
    rows = [
        ("a", 20000, "protesters", "2011-01-25", None, None),
        ("b", None, "protesters", "2011-02-11", 200_000, 999_999),
    ]
    group = _held(rows, measure="protesters", qualifier="up_to")
    assert (group.low, group.high, group.estimate_figures) == (200_000, 999_999, ("b:F1",)), group
    # the same words after a toll's number stay listed, not the estimate
    assert _held(rows, measure="killed").estimate_figures == ("a:F1",)


def test_a_later_word_below_a_number_does_not_replace_it():
    # "10,000 arrested", then "thousands arrested": the number stays the estimate
    group = _held(
        [
            ("a", 10000, "all", "2005-01-19", None, None),
            ("b", None, "all", "2005-03-19", 2000, 9999),
        ]
    )
    assert group.estimate_figures == ("a:F1",), group


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Whether the body count is 350,000 or 6,000,000 does not change the crime.", set()),
        ("Officials said 300 people were killed, whether by police or by gangs.", {300.0}),
    ],
)
def test_a_number_weighed_under_whether_is_no_claim(nlp, text, expected):
    doc = nlp(context.set_context(nlp.make_doc(text), "t", "2012-03-15"))
    assert {f.value for f in context.get(doc, "figures")} == expected


COMMENT = (
    "Fighting between the army and the RSF raged across Khartoum on Monday.\n"
    "lol what kind of leaders are YOU ?\n"
    "My brother told me {n} people were killed in Khartoum near my house when the RSF came.\n"
)
TRANSCRIPT = (
    "Fighting between the army and the RSF raged across Khartoum on Monday.\n"
    "COOPER: What did you see?\n"
    "DOCTOR: I counted {n} people were killed in Khartoum when the RSF shelled my hospital.\n"
)


def test_a_first_person_figure_beside_chat_shorthand_is_a_reader_comment():
    # no comment marker the cleaner sees, but a reader's voice: kept apart like a comment
    items = [_crisis_doc(d, 56, "2023-04-17") for d in "abc"]
    items.append(_crisis_doc("d", 8, "2023-04-17", COMMENT.format(n=8)))
    _, rec = _run(items)
    apart = {a.figure: a for a in rec.apart}
    assert apart["d:F1"].why == NOT_BODY and "first person" in apart["d:F1"].basis, apart
    assert not rec.conflicts and all("d:F1" not in g.figures for g in rec.groups)


def test_a_first_person_figure_of_an_interview_stays_a_crisis_figure():
    items = [_crisis_doc(d, 56, "2023-04-17") for d in "abc"]
    items.append(_crisis_doc("d", 56, "2023-04-17", TRANSCRIPT.format(n=56)))
    _, rec = _run(items)
    assert "d:F1" not in {a.figure for a in rec.apart}, rec.apart


# A teaser of another story above two different CNN reports on Egypt 2011 (Timeline17)
TEASER = (
    "Anderson Cooper reports on the manhunt for former LAPD officer Christopher Dorner who 's"
    " accused of killing three and threatening to attack again . \n"
)


def _teased(doc_id: str, n: int, day: str, body: str):
    doc, ments, fig = _crisis_doc(doc_id, n, day, TEASER + body)
    s = doc.text.index("three")
    three = replace(
        make.figure(doc_id, 2, "killed", 3, as_of=day, start=s, text="three"),
        sentence=Evidence(doc_id, 0, len(TEASER) - 2),
    )
    return (doc, ments, fig), three


def test_a_teaser_opening_different_articles_is_page_furniture():
    from sitrep.resolve.claim_furniture import furniture

    other = "Residents of Khartoum said {n} people were killed as the army shelled the RSF."
    a, three_a = _teased("a", 56, "2023-04-17", CRISIS.format(n=56))
    b, three_b = _teased("b", 60, "2023-04-18", other.format(n=60))
    assert furniture([a[0], b[0]]) == {"a": 2, "b": 2}
    items = [*(_crisis_doc(d, 56, "2023-04-17") for d in "cd"), a, b]
    _, rec = _run(items, [three_a, three_b])
    apart = {x.figure: x for x in rec.apart}
    assert set(apart) == {"a:F2", "b:F2"}, apart
    assert apart["a:F2"].why == NOT_BODY and "opens 2 different articles" in apart["a:F2"].basis
    grouped = {f for g in rec.groups for f in g.figures}
    assert {"a:F1", "b:F1"} <= grouped and not grouped & {"a:F2", "b:F2"}


def test_a_headline_two_copies_of_one_article_share_is_no_furniture():
    from sitrep.resolve.claim_furniture import furniture

    # a wire story in two outlets: the headline opens both, and so does the rest
    head = "At least 56 civilians killed , hundreds injured amid fierce fighting in Sudan\n"
    a = make.doc("a", "AP", text=head + CRISIS.format(n=56))
    b = make.doc("b", "Yahoo", text=head + CRISIS.format(n=56) + "\nRead more on Yahoo.")
    c = make.doc("c", "BBC", text=CRISIS.format(n=56))
    assert furniture([a, b, c]) == {}
