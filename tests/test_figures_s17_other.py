"""What befell the people counted when it is no toll (session 17): displaced, evacuated,
released, trapped, missing, and the treated told by the care they get. The sentences are
written for these tests, after the phrasings of aid-agency, rights-group and hospital
reporting."""

from __future__ import annotations

import pytest
from spacy.language import Language

from figure_reading import one, read
from sitrep.extract.nlp import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(
    "sentence",
    [
        "Fighting in the north has forced 40,000 people from their homes, the agency said.",
        "More than 40,000 families had been driven out of their villages by the floods.",
    ],
)
def test_people_driven_from_their_homes_are_displaced(nlp: Language, sentence: str) -> None:
    fig = one(read(nlp, sentence), 40000)
    assert (fig.measure, fig.group.split()[0]) == ("other", "displaced")


@pytest.mark.parametrize(
    "sentence",
    [
        "The floods have left 30 dead and 12,000 displaced in two weeks.",
        "The insurgency, which has left at least 30 dead and 12,000 displaced, goes on.",
    ],
)
def test_a_bare_number_displaced_after_a_toll_is_displaced(nlp: Language, sentence: str) -> None:
    figs = read(nlp, sentence)
    assert one(figs, 30).measure == "killed"
    assert (one(figs, 12000).measure, one(figs, 12000).group) == ("other", "displaced")


@pytest.mark.parametrize(
    ("sentence", "value", "group"),
    [
        (
            "The army announced the evacuation of 5,000 residents from the valley.",
            5000,
            "evacuated",
        ),
        ("Lawyers confirmed the release of 45 detainees on Monday.", 45, "released"),
        ("The whereabouts of 14 activists remain unknown, the group said.", 14, "missing"),
        ("Their lawyers said 45 people had been cleared for release.", 45, "released"),
    ],
)
def test_what_befell_people_told_as_a_noun(
    nlp: Language, sentence: str, value: int, group: str
) -> None:
    fig = one(read(nlp, sentence), value)
    assert (fig.measure, fig.group.split()[0]) == ("other", group)


def test_a_release_asked_for_befell_no_one(nlp: Language) -> None:
    figs = read(nlp, "Rights groups called for the release of 30 activists.")
    assert not [f for f in figs if f.group.startswith("released")]


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("Reporters saw some 30 prisoners freed from the jail on Monday.", "released prisoners"),
        ("Reporters saw some 30 detainees freed from the jail on Monday.", "released detainees"),
        ("Some 30 detainees were released on Monday, their lawyers said.", "released detainees"),
        ("The authorities released 30 detainees on Monday.", "released detainees"),
    ],
)
def test_the_counted_nouns_own_participle_tells_what_befell_them(
    nlp: Language, sentence: str, group: str
) -> None:
    """People counted by a status ("detainees") whom the clause frees are the released."""
    assert (one(read(nlp, sentence), 30).measure, one(read(nlp, sentence), 30).group) == (
        "other",
        group,
    )


def test_detainees_held_are_still_detained(nlp: Language) -> None:
    assert one(read(nlp, "Police are holding 300 detainees in the stadium."), 300).measure == (
        "detained"
    )


def test_the_clauses_verb_wins_over_a_participle_of_who_they_were(nlp: Language) -> None:
    figs = read(nlp, "At least 50 protesters detained last week were released on bail on Monday.")
    assert (one(figs, 50).measure, one(figs, 50).group) == ("other", "released protesters")


def test_inmates_who_walked_free_are_released(nlp: Language) -> None:
    figs = read(nlp, "More than 1,000 inmates walked free after gunmen stormed the prison.")
    assert (one(figs, 1000).measure, one(figs, 1000).group) == ("other", "released inmates")


def test_people_trapped_are_counted_and_those_trapping_are_not(nlp: Language) -> None:
    figs = read(nlp, "About 200 miners are trapped underground after the collapse.")
    assert (one(figs, 200).measure, one(figs, 200).group) == ("other", "trapped")
    figs = read(nlp, "Riot police trapped 300 students in the hall during the protest.")
    assert not [f for f in figs if f.group == "trapped"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("At least 40 people continue to receive treatment in hospital.", 40),
        ("Of the wounded, 12 were sent for outpatient treatment.", 12),
        ("Nine victims sought medical help overnight, the ministry said.", 9),
        ("Paramedics at the square gave first aid to 15 demonstrators.", 15),
        ("Mobile clinics in the valley have carried out 900 consultations since Monday.", 900),
    ],
)
def test_the_treated_told_by_the_care_they_get(nlp: Language, sentence: str, value: int) -> None:
    assert one(read(nlp, sentence), value).measure == "treated"


def test_humanitarian_aid_is_no_medical_care(nlp: Language) -> None:
    figs = read(nlp, "The agency delivered food aid to 250,000 people in the region.")
    assert not [f for f in figs if f.measure == "treated"]


def test_the_year_a_running_total_began_dates_no_count(nlp: Language) -> None:
    """ "Attacks that began in 2017 have killed …": the year the count runs from, not the
    episode's date (no historical toll)."""
    figs = read(
        nlp, "Attacks that began in 2017 have killed more than 4,000 people, officials said."
    )
    assert one(figs, 4000).measure == "killed"


def test_buildings_damaged_count_without_a_word_of_violence(nlp: Language) -> None:
    figs = read(nlp, "About 3,000 houses were damaged, officials said.")
    assert one(figs, 3000).measure == "other"


def test_the_sites_of_a_named_attack_are_no_tally(nlp: Language) -> None:
    figs = read(nlp, "He was charged over the attacks at two churches in the city.")
    assert not [f for f in figs if f.value == 2]


def test_drones_downed_are_counted(nlp: Language) -> None:
    figs = read(nlp, "The army said it had shot down four drones over the frontline.")
    assert one(figs, 4).measure == "other"


def test_relief_items_handed_out_are_counted(nlp: Language) -> None:
    """Aid updates list what was handed out, with no word of the disaster in the line."""
    figs = read(nlp, "- 1,200 hygiene kits and 400 blankets distributed in the valley")
    assert (one(figs, 1200).measure, one(figs, 400).measure) == ("other", "other")


@pytest.mark.parametrize(
    "sentence",
    [
        "More than 2,000 people who fled the fighting have reached the border.",
        "About 2,000 people who tried to flee the town were turned back at the checkpoint.",
    ],
)
def test_people_who_fled_are_displaced(nlp: Language, sentence: str) -> None:
    assert one(read(nlp, sentence), 2000).group == "displaced"


def test_what_the_clause_did_to_people_who_fled_wins(nlp: Language) -> None:
    assert one(read(nlp, "Police arrested 30 people who fled the scene."), 30).measure == (
        "arrested"
    )
