"""What a number counts, on real pages' structures (session 17): a toll whose value is
written with its noun ("has reached 36 people"). The sentences are written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from figure_reading import one, read
from sitrep.extract.nlp import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The number of people killed in the border fighting has reached 36 people.", 36),
        ("The number of dead on the northern side were 14 people, officials said.", 14),
        ("The death toll in the port city has reached 50 people.", 50),
    ],
)
def test_a_tolls_value_written_with_its_noun_is_the_toll(
    nlp: Language, sentence: str, value: int
) -> None:
    assert one(read(nlp, sentence), value).measure == "killed"


def test_people_a_verb_acts_on_are_no_toll(nlp: Language) -> None:
    figs = read(nlp, "Police arrested 40 people in the capital on Monday.")
    assert one(figs, 40).measure == "arrested"


@pytest.mark.parametrize("pause", [",", " –"])
def test_a_totals_parts_by_place_after_a_pause_are_counts_of_the_same(
    nlp: Language, pause: str
) -> None:
    """ "has risen to 11, nine in the north and two in the south": the pause (a comma, a
    spaced dash) ends the total; what follows is no range ("11 – nine") nor thousands."""
    text = (
        f"The number of civilians killed in the shelling has risen to 11{pause} nine in the "
        "north and two in the south, officials said."
    )
    figs = read(nlp, text)
    assert [(f.value, f.measure) for f in figs] == [(11, "killed"), (9, "killed"), (2, "killed")]


@pytest.mark.parametrize(("words", "value"), [("Forty-nine", 49), ("Thirty-four", 34)])
def test_a_number_written_with_a_hyphen_is_one_number(
    nlp: Language, words: str, value: int
) -> None:
    figs = read(nlp, f"{words} people were killed in the attack on the market.")
    assert [f.value for f in figs] == [value]


def test_an_outlet_that_learned_a_count_claims_it_and_its_parts_keep_the_group(
    nlp: Language,
) -> None:
    text = (
        "Delta Radio also learned on Tuesday that the number of civilians killed has risen "
        "to 11, nine in the north and two in the south."
    )
    figs = read(nlp, text)
    assert {f.claimed_by for f in figs} == {"Delta Radio"}
    assert {f.group for f in figs} == {"civilians"}


def test_people_who_attended_a_march_are_its_crowd_not_a_matchs(nlp: Language) -> None:
    march = read(nlp, "Organisers said around 40,000 people attended the march on Sunday.")
    assert one(march, 40000).measure == "protesters"
    assert not read(nlp, "About 40,000 people attended the final on Sunday.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Police put the number of protesters at around 24,000.",
        "Meanwhile, the police have pegged the number of protesters at around 24,000.",
    ],
)
def test_a_count_of_protesters_given_a_value_is_a_crowd(nlp: Language, sentence: str) -> None:
    fig = one(read(nlp, sentence), 24000)
    assert (fig.measure, fig.group) == ("protesters", "protesters")
    assert fig.claimed_by is not None and "police" in fig.claimed_by.lower()


def test_a_count_of_protesters_killed_stays_a_toll(nlp: Language) -> None:
    assert one(read(nlp, "The number of protesters killed rose to 12."), 12).measure == "killed"


def test_those_an_attack_left_needing_treatment_were_hurt(nlp: Language) -> None:
    figs = read(nlp, "The bombing killed 22 people and left another 116 needing treatment.")
    assert (one(figs, 22).measure, one(figs, 116).measure) == ("killed", "injured")


def test_injuries_to_people_are_injured_whatever_the_parse(nlp: Language) -> None:
    figs = read(nlp, "The unrest caused the deaths of four people and injuries to 15 others.")
    assert (one(figs, 4).measure, one(figs, 15).measure) == ("killed", "injured")
    assert not read(nlp, "He pointed to 15 others.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The police said at its peak there were 24,000 people on the march.",
        "It followed a huge march, which organisers said drew nearly 24,000 people.",
    ],
)
def test_a_marchs_crowd_told_by_there_were_or_a_relative_clause(
    nlp: Language, sentence: str
) -> None:
    assert one(read(nlp, sentence), 24000).measure == "protesters"


def test_a_concerts_audience_or_a_wards_patients_are_no_crowd(nlp: Language) -> None:
    assert not read(nlp, "The concert, which drew 20,000 people, ended late.")
    assert not read(nlp, "There were 40 people in the hall.")
