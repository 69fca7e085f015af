"""Phrasing families of counts a crisis nobody tuned on showed (session 15): a count told only
as large, the displaced named before the noun, survivors, people in hiding, killings told as
decapitation. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from figure_reading import read
from sitrep.extract.nlp import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("A large number of rebels were killed when the army retook the port.", "killed"),
        ("A significant number of students were arrested outside the campus.", "arrested"),
    ],
)
def test_a_count_told_only_as_large_is_vague(nlp: Language, text: str, measure: str) -> None:
    (fig,) = read(nlp, text)
    assert (fig.measure, fig.low, fig.high, fig.qualifier) == (measure, 10, 999, "vague")


def test_a_large_number_of_those_counted_is_a_share_not_a_count(nlp: Language) -> None:
    figs = read(nlp, "More than 60 were injured, a large number of them critically.")
    assert [(f.measure, f.value) for f in figs] == [("injured", 60)]


@pytest.mark.parametrize(
    ("text", "value", "group"),
    [
        (
            "The camp shelters some 25,000 internally displaced people.",
            25000,
            "displaced",
        ),
        ("About 3,000 displaced families have settled in the district capital.", 3000, "displaced"),
        ("Rescuers are still searching for 40 missing villagers under the mud.", 40, "missing"),
    ],
)
def test_a_state_told_before_the_people_it_befell(
    nlp: Language, text: str, value: float, group: str
) -> None:
    (fig,) = read(nlp, text)
    assert (fig.measure, fig.value) == ("other", value) and group in fig.group


def test_survivors_and_people_in_hiding_are_counted(nlp: Language) -> None:
    (fig,) = read(nlp, "Nearly 600 survivors of the massacre reached the capital on Monday.")
    assert (fig.measure, fig.value, fig.group) == ("other", 600, "survivors")
    (fig,) = read(nlp, "Hundreds of villagers are believed to be hiding in the forest.")
    assert (fig.measure, fig.low) == ("other", 200) and "hiding" in fig.group


def test_expatriates_are_people(nlp: Language) -> None:
    (fig,) = read(nlp, "Nine expatriates were killed when gunmen stormed the compound.")
    assert (fig.measure, fig.value) == ("killed", 9)


def test_decapitation_is_a_killing(nlp: Language) -> None:
    (fig,) = read(nlp, "Tens of villagers were decapitated by the militants last week.")
    assert (fig.measure, fig.low, fig.high) == ("killed", 20, 99)


@pytest.mark.parametrize(
    ("text", "measure", "low", "high"),
    [
        ("Witnesses saw 8 or 9 bodies near the checkpoint.", "killed", 8, 9),
        ("Two or three policemen were wounded by stones.", "injured", 2, 3),
    ],
)
def test_an_estimate_between_two_neighbours_is_a_range(
    nlp: Language, text: str, measure: str, low: float, high: float
) -> None:
    (fig,) = read(nlp, text)
    assert (fig.measure, fig.low, fig.high) == (measure, low, high)


def test_an_ambush_is_the_crisis_a_count_of_vehicles_belongs_to(nlp: Language) -> None:
    (fig,) = read(nlp, "Only four lorries of the aid convoy got through the ambush.")
    assert (fig.measure, fig.value) == ("other", 4)


@pytest.mark.parametrize(
    ("text", "value", "qualifier", "of"),
    [
        (
            "Rubber bullets caused at least two-thirds of the injuries, doctors said.",
            66.7,
            "at_least",
            "injuries",
        ),
        ("Floods have damaged three quarters of the homes in the valley.", 75, "about", "homes"),
        ("One third of the detained were minors, the lawyers said.", 33.3, "about", "detained"),
    ],
)
def test_a_share_written_as_a_fraction_is_a_percent(
    nlp: Language, text: str, value: float, qualifier: str, of: str
) -> None:
    (fig,) = [f for f in read(nlp, text) if f.group.endswith("(percent)")]
    assert (fig.measure, fig.value, fig.qualifier) == ("other", value, qualifier)
    assert of in fig.group


def test_a_fraction_with_nothing_it_is_a_share_of_is_no_figure(nlp: Language) -> None:
    assert read(nlp, "Arrests in the third quarter were two thirds lower.") == []


@pytest.mark.parametrize(
    ("text", "value", "of"),
    [
        ("Nearly 80 percent of those displaced are staying with host families.", 80, "displaced"),
        ("About 60 percent of the wounded were teenagers, the clinic said.", 60, "wounded"),
        ("Some 4,000 people fled, 70 percent of them children.", 70, "them"),
    ],
)
def test_a_percent_of_people_named_by_what_befell_them(
    nlp: Language, text: str, value: float, of: str
) -> None:
    (fig,) = [f for f in read(nlp, text) if f.value == value]
    assert fig.measure == "other" and of in fig.group and fig.group.endswith("(percent)")


def test_a_rally_of_a_vague_crowd_counts_protesters(nlp: Language) -> None:
    (fig,) = read(nlp, "Police dispersed marches of thousands of people outside the parliament.")
    assert (fig.measure, fig.low, fig.high) == ("protesters", 2000, 9999)


def test_the_cities_crowds_gathered_in_are_the_spread_of_the_protests(nlp: Language) -> None:
    text = "Local media showed rallies of hundreds of people in at least nine cities on Friday."
    figs = read(nlp, text)
    assert {(f.measure, f.value or f.low) for f in figs} == {("protesters", 200), ("other", 9)}


def test_what_is_said_to_have_befallen_the_others_is_their_measure(nlp: Language) -> None:
    text = "Nine villagers were killed, with some 2,000 others thought to be displaced."
    figs = {(f.measure, f.value) for f in read(nlp, text)}
    assert figs == {("killed", 9), ("other", 2000)}
