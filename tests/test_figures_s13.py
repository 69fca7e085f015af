"""Figure phrasings of unseen real pages (session 13): tolls a copula states long after the
counted noun, people named by nouns other than "people", participles after the noun, and
numbers that name a known set rather than count anything. The sentences are written for
these tests in the style of agency copy."""

from __future__ import annotations

import pytest
from spacy.language import Language

from figure_reading import one, read_figures
from sitrep.extract.nlp import load_pipeline
from sitrep.records import FigureClaim


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def read(nlp: Language, text: str, published: str = "2022-03-09") -> list[FigureClaim]:
    return read_figures(nlp, text, published)


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        # the count stated at a date with its own preposition (the model tags "31 as of
        # Sunday" as one date)
        (
            "The governor said the number of deaths in the northern floods stood at 31 as of "
            "Sunday.",
            31,
            "killed",
        ),
        # the people of a count noun told by their own clause or participle
        ("The number of people who have died in the port city now stands at 58.", 58, "killed"),
        ("The number of people detained since the march has risen to 240.", 240, "detained"),
    ],
)
def test_a_copula_states_the_toll_of_a_count_noun(
    nlp: Language, text: str, value: float, measure: str
) -> None:
    assert one(read(nlp, text), value).measure == measure


def test_people_named_by_what_they_are_held_for(nlp: Language) -> None:
    fig = one(read(nlp, "Police said 84 suspects had been arrested in the coastal province."), 84)
    assert (fig.measure, fig.group) == ("arrested", "suspects")


def test_a_who_clause_names_people_whatever_the_noun(nlp: Language) -> None:
    fig = one(read(nlp, "Rescuers said 14 fishermen who had gone out at dawn were killed."), 14)
    assert fig.measure == "killed"


def test_a_participle_after_the_noun_is_not_the_clauses_verb(nlp: Language) -> None:
    figs = read(
        nlp,
        "More than 410 people linked to the looting in both cities have been arrested so "
        "far, say police.",
    )
    assert one(figs, 410).measure == "arrested"


def test_a_since_date_does_not_make_the_toll_historical(nlp: Language) -> None:
    figs = read(
        nlp,
        "The clashes, which saw at least 96 people killed in the worst violence since the "
        "end of military rule in 1985, have shaken the region.",
    )
    assert one(figs, 96).measure == "killed"


def test_a_definite_small_set_of_places_is_no_figure(nlp: Language) -> None:
    figs = read(
        nlp,
        "The army said it had sent troops to the three regions after the riots. The "
        "unrest in the country's two largest cities reflects years of anger.",
    )
    assert not [f for f in figs if f.value in {2, 3}]


def test_a_definite_set_with_its_own_clause_is_counted(nlp: Language) -> None:
    figs = read(
        nlp, "In the 52 villages surveyed by our teams after the earthquake, homes collapsed."
    )
    assert one(figs, 52).measure == "other"


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        ("The floods have taken the lives of at least 23 people in the valley.", 23, "killed"),
        ("The fighting claimed the lives of 61 civilians, the mission said.", 61, "killed"),
        ("As many as 18 others were under treatment at the district hospital.", 18, "treated"),
        ("Nine men remain under arrest after the raid, police said.", 9, "arrested"),
    ],
)
def test_what_befell_people_told_by_a_noun_phrase(
    nlp: Language, text: str, value: float, measure: str
) -> None:
    assert one(read(nlp, text), value).measure == measure


def test_police_dockets_opened_are_counted_with_what_they_are_of(nlp: Language) -> None:
    figs = read(
        nlp,
        "The minister said 64 cases of public violence had been opened in the province, and "
        "police opened 19 inquest dockets in the capital.",
    )
    assert (one(figs, 64).measure, one(figs, 64).group) == ("other", "public violence cases opened")
    assert one(figs, 19).group == "inquest dockets opened"
    # a disease's cases are registered, never opened: no docket
    assert not read(nlp, "Health officials registered 300 new cholera cases on Monday.")


def test_another_count_is_more_of_the_group_before_it(nlp: Language) -> None:
    figs = read(
        nlp,
        "Police said 48 looters had been arrested in the port city and another 75 have been "
        "detained in the capital.",
    )
    assert one(figs, 75).group == "looters"


def test_the_agent_of_what_befell_the_people_is_no_source(nlp: Language) -> None:
    fig = one(
        read(
            nlp,
            "Rescuers searched the rubble as the number of people killed by two storms in "
            "the north climbed to more than 310.",
        ),
        310,
    )
    assert (fig.measure, fig.claimed_by) == ("killed", None)


def test_vehicles_told_by_what_fire_left_of_them_are_burned(nlp: Language) -> None:
    figs = read(nlp, "Reporters saw 16 charred minibuses near the depot after the riots.")
    assert one(figs, 16).measure == "vehicles_burned"


def test_deaths_a_disease_caused_are_no_toll_of_the_violence(nlp: Language) -> None:
    figs = read(
        nlp,
        "Hunger drove the protests, and the coronavirus pandemic, which has infected 9,000 "
        "people in the state, has killed 212.",
    )
    assert [f.measure for f in figs if f.value == 212] != ["killed"]


def test_units_of_a_force_are_counted_as_troops(nlp: Language) -> None:
    figs = read(
        nlp,
        "The ministry approved the province's request by sanctioning eight companies of "
        "troops. Rioters looted 14 companies in the industrial zone.",
    )
    assert one(figs, 8).measure == "troops"
    assert one(figs, 14).measure != "troops"  # a company with no force named is a business
    assert one(read(nlp, "Three battalions were sent to the border town."), 3).measure == "troops"


def test_people_counted_by_the_looting_they_did_are_looters(nlp: Language) -> None:
    figs = read(
        nlp,
        "Two people died in a stampede as hundreds of people looted groceries and furniture "
        "from a warehouse, the mayor said.",
    )
    looters = [f for f in figs if f.vague]
    assert [(f.measure, f.group) for f in looters] == [("other", "looters")]


@pytest.mark.parametrize(
    "text",
    [
        "Updated 2021-03-14 Eight people died in the clashes, the ministry said.",
        " date 2023-05-09 Tariq Aziz, the former prime minister, was arrested and dragged "
        "from the court on Tuesday.",
    ],
)
def test_a_date_written_in_digits_is_no_count(nlp: Language, text: str) -> None:
    parts = {3, 14, 5, 9}  # the date's month and day
    assert not [f for f in read(nlp, text, "2021-03-14") if {f.value, f.low, f.high} & parts]


def test_a_sentence_of_looting_told_as_a_noun_is_of_the_crisis(nlp: Language) -> None:
    figs = read(
        nlp,
        "The march has escalated to criminal activity with dozens of incidents of looting "
        "and destruction of property in the city.",
    )
    assert [f.measure for f in figs if f.vague] == ["other"]
