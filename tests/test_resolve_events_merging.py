"""Merging reports across documents: one statement per speaker and day (other verbs,
places carried over from their article, next-morning reports dated by publication,
undated reports, datelines); a country's war told over days; a town's report and its
site's; strikes from afar apart from fighting on the ground."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "resolve"))

import make  # noqa: E402

from sitrep.records import Place  # noqa: E402
from sitrep.resolve.entities import resolve_entities  # noqa: E402
from sitrep.resolve.events import resolve_events  # noqa: E402

UK = Place(2635167, "United Kingdom", "GB", None, 54.0, -2.0, "country", 66488991, 3)
CHAD = Place(2434508, "Chad", "TD", None, 15.0, 19.0, "country", 15477751, 3)


def said(doc_id, date, place=make.SUDAN, speaker="Abdel Fattah al-Burhan", **kw):
    """A statement of ``speaker`` with its place and date bases (None: the sentence's)."""
    m = make.event(doc_id, 1, "statement", date, place, (speaker,), **kw)
    return dataclasses.replace(m, speaker=speaker)


def _groups(ms, docs, index=None):
    events = resolve_events(ms, docs, (), index or resolve_entities([]))
    return sorted(tuple(sorted(r.doc for r in e.reports)) for e in events)


def test_a_speakers_statement_placed_by_another_countrys_article_is_the_same_statement():
    """ "Burhan vowed to fight on" in an article about London (its place carried over from
    the article) is Burhan's statement of that day told elsewhere."""
    docs = [make.doc(x, x.upper()) for x in "abc"]
    home = said("a", "2023-04-19")
    abroad = dataclasses.replace(said("b", "2023-04-19", UK), place_basis="document")
    assert _groups([home, abroad], docs) == [("a", "b")]
    # a country a sentence names is mostly what the statement is about ("Burhan said
    # Chad must close its border"): it does not keep the speaker's statements apart
    assert _groups([home, said("c", "2023-04-19", CHAD)], docs) == [("a", "c")]
    # two towns stated in the sentences are two statements
    towns = [said("a", "2023-04-19", make.KHARTOUM), said("c", "2023-04-19", make.OMDURMAN)]
    assert _groups(towns, docs) == [("a",), ("c",)]
    # a town-level statement is found by its speaker too: the country report joins it
    town = said("c", "2023-04-19", make.KHARTOUM)
    assert _groups([town, abroad], docs) == [("b", "c")]


def test_a_statement_dated_by_the_next_mornings_article_is_the_days_statement():
    docs = [make.doc("a", "A", "2023-04-19"), make.doc("b", "B", "2023-04-20")]
    speech = said("a", "2023-04-19")
    morning = dataclasses.replace(said("b", "2023-04-20"), date_basis="publication")
    assert _groups([speech, morning], docs) == [("a", "b")]
    # either order of reports: the publication-dated one may start the event
    later_first = [dataclasses.replace(morning, place=None, place_ref=None), speech]
    assert _groups(later_first, docs) == [("a", "b")]
    # so is one whose date is carried from its paragraph ("He said ..." under a lead dated
    # by the next day)
    carried = dataclasses.replace(morning, date_basis="paragraph")
    assert _groups([speech, carried], docs) == [("a", "b")]
    # a day stated in the sentence is that day: a statement of the next day stays apart
    stated = said("b", "2023-04-20")
    assert _groups([speech, stated], docs) == [("a",), ("b",)]
    # two days later is another statement; so is another speaker's
    docs3 = docs + [make.doc("c", "C", "2023-04-21")]
    late = dataclasses.replace(said("c", "2023-04-21"), date_basis="publication")
    assert _groups([speech, late], docs3) == [("a",), ("c",)]
    other = dataclasses.replace(morning, speaker="Antony Blinken", actors=("Antony Blinken",))
    assert _groups([speech, other], docs) == [("a",), ("b",)]


def test_an_undated_statement_is_the_speakers_latest_when_outlets_do_not_decide():
    """ "In his address, Burhan appealed to ..." in an article of the 20th: his statement
    of the 19th, not the one of the 15th, when as many outlets report each."""
    docs = [make.doc(x, x.upper(), "2023-04-20") for x in "abc"]
    old = said("a", "2023-04-15")
    recent = said("b", "2023-04-19")
    undated = said("c", None)
    assert _groups([old, recent, undated], docs) == [("a",), ("b", "c")]
    # two statements that recent: ambiguous, it stays apart
    docs4 = docs + [make.doc("d", "D", "2023-04-20")]
    also = said("d", "2023-04-20")
    assert len(_groups([old, recent, also, undated], docs4)) == 4


def test_an_undated_statement_is_not_the_speakers_best_reported_one_of_weeks_before():
    """ "Suleiman announced Mubarak's resignation", undated, in articles of the 11th: not
    his statement of the 31st before (however many outlets reported that one), but a
    statement of its own; one of the week up to the article still takes it."""
    docs = [make.doc(x, x.upper(), "2023-04-11") for x in "abc"]
    docs += [make.doc(x, x.upper(), "2023-03-31") for x in "xyz"]
    old = [said(x, "2023-03-31") for x in "xyz"]
    undated = [said(x, None) for x in "ab"]
    groups = _groups([*old, *undated], docs)
    assert ("x", "y", "z") in groups and not any("a" in g and "x" in g for g in groups)
    week = said("c", "2023-04-06")
    assert ("a", "c") in _groups([*old, week, undated[0]], docs)


def test_a_dateline_is_not_the_speaker():
    """ "Khartoum, 4:05 p.m. -- Burhan said": Burhan speaks, the city is the dateline."""
    docs = [make.doc("a", "A"), make.doc("b", "B")]
    khartoum = make.ment("a", "Khartoum", "GPE", place=make.KHARTOUM)
    index = resolve_entities([make.reading("a", [khartoum])])
    text = "Khartoum, 4:05 p.m. -- Abdel Fattah al-Burhan said the army would fight on."
    dateline = dataclasses.replace(
        said("a", "2023-04-19", text=text),
        speaker="Khartoum",
        actors=("Khartoum", "Abdel Fattah al-Burhan"),
    )
    plain = said("b", "2023-04-19")
    assert _groups([dateline, plain], docs, index) == [("a", "b")]
    # a person the sentence opens with is still the speaker
    text2 = "Abdel Fattah al-Burhan, the army chief, said the army would fight on."
    assert _groups([said("a", "2023-04-19", text=text2), plain], docs, index) == [("a", "b")]


def test_fighting_told_for_a_whole_country_is_its_war_not_a_towns_battle():
    """Sudan 2023 (invented sentences): "fighting erupted in Sudan", "fighting continues
    in Sudan for a fifth day", "amid fierce fighting in Sudan" tell the country's war over
    days; the Khartoum battle of the fifth day stays the town's event."""
    docs = [make.doc(x, x.upper(), "2023-04-19") for x in "abcd"]

    def war(doc_id, date, **kw):
        return dataclasses.replace(
            make.event(doc_id, 1, "clash", date, make.SUDAN), place_basis="sentence", **kw
        )

    ms = [
        make.event("a", 1, "clash", "2023-04-19", make.KHARTOUM),
        make.event("a", 2, "clash", "2023-04-16", make.OMDURMAN),  # not a one-city crisis
        war("b", "2023-04-15/2023-04-17"),  # "fighting in Sudan since the weekend"
        war("c", "2023-04-19", date_basis="publication"),
        war("d", None),
    ]
    events = resolve_events(ms, docs, (), resolve_entities([]))
    groups = sorted((e.place, tuple(sorted(r.doc for r in e.reports))) for e in events)
    assert groups == [("Khartoum", ("a",)), ("Omdurman", ("a",)), ("Sudan", ("b", "c", "d"))]
    (country,) = [e for e in events if e.place == "Sudan"]
    assert country.date == "2023-04-15/2023-04-19"
    # "the war enters its second week", after days no outlet reported it: the same war;
    # told again weeks later, another
    docs += [make.doc("e", "E", "2023-04-26"), make.doc("f", "F", "2023-05-20")]
    week = war("e", "2023-04-26", date_basis="publication")
    weeks = war("f", "2023-05-20", date_basis="publication")
    events = resolve_events([*ms, week, weeks], docs, (), resolve_entities([]))
    assert sorted(len(e.reports) for e in events if e.place == "Sudan") == [1, 4]
    # a sentence that names no place (the article's country carried over) is a clash
    # whose town went unsaid: each joins a town's event of its days
    unsaid = [dataclasses.replace(m, place_basis="document") for m in ms[2:4]]
    events = resolve_events([*ms[:2], *unsaid], docs, (), resolve_entities([]))
    assert sorted(len(e.reports) for e in events) == [2, 2]
    # so is a stated day's fighting told for the country: "clashes in Sudan on Wednesday"
    day = war("c", "2023-04-19")
    events = resolve_events([*ms[:2], day], docs, (), resolve_entities([]))
    assert sorted(len(e.reports) for e in events) == [1, 2]


SPORTS_CITY = Place(None, "Sports City", "SD", "29", 15.52, 32.53, "site", 0, 1, "Khartoum")
AIRPORT_ROAD = Place(None, "Airport Road", "SD", "29", 15.58, 32.55, "site", 0, 1, "Khartoum")


def test_a_towns_event_is_the_same_happening_at_the_one_site_in_it():
    """ "Fighting began on Saturday near the Sports City, south of Khartoum" and "fighting
    erupted in Khartoum on Saturday": one clash, at the site, in its town."""
    docs = [make.doc(x, x.upper()) for x in "abc"]
    site = make.event("a", 1, "clash", "2023-04-15", SPORTS_CITY)
    town = make.event("b", 1, "clash", "2023-04-15", make.KHARTOUM)
    (ev,) = resolve_events([site, town], docs, (), resolve_entities([]))
    assert ev.place == "Sports City" and ev.town == "Khartoum" and ev.corroboration == 2
    # another day, or two sites that day: the town's report stays its own event
    other_day = make.event("b", 1, "clash", "2023-04-17", make.KHARTOUM)
    assert len(resolve_events([site, other_day], docs, (), resolve_entities([]))) == 2
    second = make.event("c", 1, "clash", "2023-04-15", AIRPORT_ROAD)
    assert len(resolve_events([site, town, second], docs, (), resolve_entities([]))) == 3


def test_an_air_strike_is_not_the_fighting_on_the_ground():
    """ "The army launched airstrikes against RSF bases" and "fighting erupted in
    Khartoum", the same day: ACLED codes remote violence apart from battles."""
    docs = [make.doc(x, x.upper()) for x in "abc"]
    fighting = make.event("a", 1, "clash", "2023-04-15", make.KHARTOUM, text="Fighting erupted.")
    strike = dataclasses.replace(
        make.event("b", 1, "clash", "2023-04-15", make.KHARTOUM, text="Jets struck bases."),
        acled_event_type="Explosions/Remote violence",
        acled_sub_event_type="Air/drone strike",
    )
    assert len(resolve_events([fighting, strike], docs, (), resolve_entities([]))) == 2
    # a report with no town of its own ("fighting rages", in an article on Sudan) may be
    # either: it joins the only one its article dates
    vague = dataclasses.replace(
        make.event("b", 2, "clash", None, make.SUDAN), place_basis="document"
    )
    events = resolve_events([fighting, strike, vague], docs, (), resolve_entities([]))
    assert sorted(len(e.reports) for e in events) == [1, 2]


def test_a_sentence_stating_neither_place_nor_day_goes_on_with_its_articles_happening():
    """ "Abu Sayeed received injuries during the clash in the afternoon", after the
    article's report of the clash in Rangpur: the same clash, whoever it names."""
    docs = [make.doc("a", "A"), make.doc("b", "B")]
    town = make.event("a", 1, "clash", "2023-04-18", make.KHARTOUM, ("RSF",), text="Clash.")
    named = dataclasses.replace(
        make.event("a", 2, "clash", "2023-04-18", make.SUDAN, ("Abu Sayeed",), text="Hurt."),
        place_basis="document",
        date_basis="paragraph",
    )
    omdurman = make.event("b", 3, "clash", "2023-04-16", make.OMDURMAN)  # not a one-city crisis
    events = resolve_events([town, named, omdurman], docs, (), resolve_entities([]))
    assert sorted(len(e.reports) for e in events) == [1, 2]
    # in another article, the names it gives tell another happening apart
    elsewhere = dataclasses.replace(named, doc="b", id="b:E2")
    events = resolve_events([town, elsewhere, omdurman], docs, (), resolve_entities([]))
    assert len(events) == 3


def test_a_sentence_copied_into_another_outlet_is_the_same_report_whatever_its_date():
    """Wire copy in two outlets, each with its own dateline, and "overnight Friday" read
    as Friday by one and Saturday by the other: one happening."""
    docs = [make.doc("a", "A"), make.doc("b", "B"), make.doc("c", "C")]
    wire = (
        "Police detained 48 people overnight Friday after a pro-European Union rally in "
        "the capital, the interior ministry said."
    )
    a = make.event("a", 1, "arrest", "2023-04-14", make.KHARTOUM, text="Brussels: " + wire)
    b = make.event("b", 1, "arrest", "2023-04-15", make.SUDAN, text="date 2023-04-15 " + wire)
    omdurman = make.event("c", 1, "arrest", "2023-04-10", make.OMDURMAN)  # not one city
    events = resolve_events([a, b, omdurman], docs, (), resolve_entities([]))
    assert sorted(len(e.reports) for e in events) == [1, 2]
    # nor is a long attribution the two share ("the interior ministry said in a statement
    # posted on its official website"), on another day
    said_ = ", the interior ministry said in a statement posted on its official website."
    held = "Police held 48 students outside the parliament building after the evening rally"
    other = "Police held nine people at a checkpoint on the road to the airport before dawn"
    one = make.event("a", 1, "arrest", "2023-04-14", make.KHARTOUM, text=held + said_)
    two = make.event("b", 1, "arrest", "2023-04-17", make.KHARTOUM, text=other + said_)
    assert len(resolve_events([one, two], docs, (), resolve_entities([]))) == 2
    # a few words in common are not a copy
    other = make.event(
        "b", 1, "arrest", "2023-04-15", make.SUDAN, text="Police detained 48 people in Omdurman."
    )
    assert len(resolve_events([a, other, omdurman], docs, (), resolve_entities([]))) == 3


def test_a_statement_with_its_speaker_unnamed_goes_with_the_named_one_next_to_it():
    """ "The doctors' committee said at least 56 civilians were killed." then, in the next
    paragraph, "It warned that these figures were recorded within hospitals only.\""""
    text = "The committee said 56 were killed.\n\nIt warned the figures were partial.\n"
    p2 = text.index("It warned")
    docs = [make.doc("a", "A", text=text), make.doc("b", "B")]
    said_ = _at_para(said("a", "2023-04-16", speaker="Sudan Doctors Committee"), 0, text[:p2])
    warned = dataclasses.replace(
        _at_para(make.event("a", 2, "statement", "2023-04-16", make.SUDAN), p2, text[p2:]),
        date_basis="paragraph",
    )
    (ev,) = resolve_events([said_, warned], docs, (), resolve_entities([]))
    assert len(ev.reports) == 2 and ev.actors == ("Sudan Doctors Committee",)
    # in another article, or next to two named statements, it stays its own
    alone = dataclasses.replace(warned, doc="b", id="b:E2")
    assert len(resolve_events([said_, alone], docs, (), resolve_entities([]))) == 2
    other = _at_para(said("a", "2023-04-16", speaker="Volker Perthes"), p2 + 20, "He said.")
    other = dataclasses.replace(other, id="a:E3")
    assert len(resolve_events([said_, warned, other], docs, (), resolve_entities([]))) == 3


def _at_para(m, start, text):
    return dataclasses.replace(m, start=start, end=start + len(text), text=text.strip())


def test_one_deadly_strike_at_a_town_on_a_day_is_one_event_whoever_its_reports_name():
    """ "A suicide bomber struck the market, claimed by the Islamic State" and "12 soldiers
    were killed in the attack, the ministry said": the names differ, the happening does not.
    Arrests are told apart by whom they take; another day is another strike."""
    docs = [make.doc(x, x.upper()) for x in "abc"]
    claimed = make.event("a", 1, "killing", "2023-04-15", make.KHARTOUM, ("Islamic State",))
    victims = make.event("b", 1, "killing", "2023-04-15", make.KHARTOUM, ("Sudanese Army",))
    (ev,) = resolve_events([claimed, victims], docs, (), resolve_entities([]))
    assert ev.corroboration == 2
    later = make.event("c", 1, "killing", "2023-04-17", make.KHARTOUM, ("Sudanese Army",))
    assert len(resolve_events([claimed, victims, later], docs, (), resolve_entities([]))) == 2
    taken = make.event("a", 2, "arrest", "2023-04-15", make.KHARTOUM, ("Ahmed Haroun",))
    other = make.event("b", 2, "arrest", "2023-04-15", make.KHARTOUM, ("Ali Kushayb",))
    assert len(resolve_events([taken, other], docs, (), resolve_entities([]))) == 2
