"""Figure phrasings of unseen real pages (session 14): injuries told by a verb of undergoing,
list items with no verb of their own, a force a past year is compared with, and the town a
count's sentence names outside its clause. The sentences are written for these tests in the
style of agency copy."""

from __future__ import annotations

import pytest
from spacy.language import Language

from figure_reading import one, read
from sitrep.extract.nlp import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(
    "text",
    [
        "Fourteen officers sustained injuries during the clashes in Mombasa.",
        "At least 23 villagers suffered gunshot wounds when the convoy was ambushed.",
        "Six firefighters received burns while fighting the blaze in the depot.",
    ],
)
def test_people_who_sustained_injuries_are_injured(nlp: Language, text: str) -> None:
    (fig,) = [f for f in read(nlp, text) if f.value is not None]
    assert fig.measure == "injured"


def test_a_loss_a_side_suffered_is_no_injury(nlp: Language) -> None:
    figs = read(nlp, "The regiment suffered heavy losses as 300 soldiers crossed the river.")
    assert all(f.measure != "injured" for f in figs)


def test_list_items_without_a_verb_share_the_first_items_measure(nlp: Language) -> None:
    figs = read(
        nlp,
        "Seven Kenyan police officers died guarding the town of Marsabit, four Ugandan "
        "soldiers, and one Tanzanian medic.",
    )
    assert one(figs, 7).measure == "killed"
    assert one(figs, 4).measure == "killed"
    assert one(figs, 1).measure == "killed"


def test_a_list_after_the_deaths_of_counts_the_dead(nlp: Language) -> None:
    figs = read(
        nlp,
        "The assault left the garrison in rebel hands, resulting in the death of Colonel "
        "James Okello, the district commander, and 12 Zambian soldiers at the checkpoint.",
    )
    assert one(figs, 12).measure == "killed"


def test_a_list_of_forces_stays_a_count_of_troops(nlp: Language) -> None:
    figs = read(nlp, "About 2,000 soldiers and 600 police officers were deployed in Kampala.")
    assert one(figs, 2000).measure == "troops"
    assert one(figs, 600).measure == "troops"


def test_a_force_compared_with_a_past_year_is_current(nlp: Language) -> None:
    figs = read(
        nlp,
        "The militia, backed by 3,000 foreign troops, is far stronger than in 2015 when it "
        "was driven out of the valley.",
    )
    assert one(figs, 3000).measure == "troops"


def test_the_town_a_clause_of_its_own_names_scopes_the_count(nlp: Language) -> None:
    figs = read(
        nlp,
        "Clashes spread across northern Uganda this week. Eight Ugandan soldiers died "
        "defending the town of Gulu, the army said.",
    )
    assert one(figs, 8).place == "Gulu"


def test_people_from_a_country_are_not_counted_there(nlp: Language) -> None:
    figs = read(
        nlp,
        "Fighting raged across eastern Uganda. In the last two days, three peacekeepers from "
        "Kenya were killed while patrolling, the mission said.",
    )
    assert one(figs, 3).place != "Kenya"


def test_a_place_told_with_its_own_number_stays_its_own(nlp: Language) -> None:
    figs = read(
        nlp,
        "Most of the dead were in the north of Uganda, where officials counted 140 deaths, "
        "followed by Gulu district with 35.",
    )
    assert one(figs, 140).place != "Gulu"


@pytest.mark.parametrize(
    "text",
    [
        "Thousands took to the streets of Accra on Saturday.",
        "Hundreds of students took to the streets after the verdict.",
        "On Friday, tens of thousands of Lebanese took to the streets in Tripoli.",
        "Thousands of Congolese marched through Kinshasa on Sunday.",
    ],
)
def test_people_who_take_to_the_streets_are_protesters(nlp: Language, text: str) -> None:
    (fig,) = read(nlp, text)
    assert fig.measure == "protesters"


def test_a_people_counted_without_a_crowd_verb_is_no_crowd(nlp: Language) -> None:
    figs = read(nlp, "Thousands of Congolese live in the border town, officials said.")
    assert all(f.measure != "protesters" for f in figs)


def test_a_press_release_claims_its_own_counts(nlp: Language) -> None:
    figs = read(
        nlp,
        "Lakeside Rights Watch | Press release\n\n"
        "Lakeside Rights Watch has documented the crackdown on the march in Kisumu. "
        "At least 31 people were injured and 12 were arrested on Tuesday.",
    )
    assert one(figs, 31).claimed_by == "Lakeside Rights Watch"
    assert one(figs, 12).claimed_by == "Lakeside Rights Watch"


def test_a_statement_in_its_issuers_present_voice_claims_its_counts(nlp: Language) -> None:
    figs = read(
        nlp,
        "The High Commissioner is alarmed by the violence in the north of the country. "
        "On Monday, four aid workers were killed near the camp.\n"
        "The High Commissioner urges all parties to protect civilians. "
        "The High Commissioner calls for an independent inquiry.",
    )
    assert one(figs, 4).claimed_by == "High Commissioner"


def test_a_report_whose_subject_said_things_is_no_statement(nlp: Language) -> None:
    figs = read(
        nlp,
        "The governor said on Monday that the curfew would stay. Four people were killed "
        "overnight. The governor said the army had been deployed. The governor said talks "
        "would resume.",
    )
    assert one(figs, 4).claimed_by is None


def test_a_town_named_with_its_country_scopes_the_count_to_the_town(nlp: Language) -> None:
    figs = read(
        nlp,
        "At least 40 bodies were collected in the streets of Bunia, Democratic Republic of "
        "Congo, between Monday and Tuesday, a local leader said.",
    )
    assert one(figs, 40).place == "Bunia"


@pytest.mark.parametrize(
    "text",
    [
        "A 34-year-old teacher was shot dead near the central market in Mombasa.",
        "On Sunday a grenade killed a police officer outside the station.",
        "A student died in hospital on Monday after the clashes.",
    ],
)
def test_one_person_killed_without_a_number_is_one_killed(nlp: Language, text: str) -> None:
    (fig,) = read(nlp, text)
    assert (fig.measure, fig.value) == ("killed", 1)


@pytest.mark.parametrize(
    "text",
    [
        "No one was killed in the fire.",
        "He died in 1998 after a long illness.",
        "Each protester who died was buried the next day.",
    ],
)
def test_no_one_or_a_pronoun_is_no_single_death(nlp: Language, text: str) -> None:
    assert not [f for f in read(nlp, text) if f.measure == "killed" and f.value == 1]


def test_a_counted_death_is_not_read_twice(nlp: Language) -> None:
    figs = read(nlp, "One protester was killed and 12 were injured in Mombasa.")
    assert len([f for f in figs if f.measure == "killed"]) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The unrest broke out last month after a young cleric died in police custody.",
        "Mourners gathered outside the clinic where the singer died on Friday.",
        "Student dies after tear gas at the ministry",
        "A nurse and a young driver died during the unrest on Friday.",
    ],
)
def test_a_death_told_as_background_or_in_a_list_is_not_one_killed(
    nlp: Language, text: str
) -> None:
    assert not [f for f in read(nlp, text) if f.measure == "killed" and f.value == 1]


def test_a_single_victims_group_is_the_noun_they_are_named_by(nlp: Language) -> None:
    (fig,) = read(nlp, "A 19-year-old protester was shot dead near the bridge on Monday.")
    assert fig.group == "protesters"


def test_a_pictures_credit_in_brackets_claims_no_figure(nlp: Language):
    """A caption kept as text ends with its photographer's credit in brackets (which the
    model reads as an organisation, "Dan Court/Getty Images"): the credit is no source of the
    toll the caption restates."""
    text = (
        "At least 120 people were killed with hundreds more injured after coordinated attacks "
        "on churches and hotels on Sunday. (Photo by Dan Court/Getty Images)"
    )
    assert one(read(nlp, text), 120).claimed_by is None
