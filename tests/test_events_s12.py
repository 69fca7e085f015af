"""Event typing found on the real pages of session 12 (a port explosion, election protests,
an arrest and its riots, a regional war): a blast told with no word of attack nor of
fighting is a disaster, a detention centre is a building, a duty to arrest is no arrest.
Every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

import test_events_unseen as unseen

full = unseen.full  # the spaCy pipeline, one per module


def types(full: Language, text: str) -> list[str]:
    return sorted(m.type for m in unseen.mentions(full, text, "2021-03-10"))


@pytest.mark.parametrize(
    "sentence",
    [
        "A huge explosion at the harbour of Verona on Tuesday evening flattened whole streets.",
        "Survivors of Tuesday's blast of stored ammonium nitrate in Verona are still missing.",
    ],
)
def test_a_blast_of_a_site_or_a_load_is_a_disaster(full: Language, sentence: str) -> None:
    assert types(full, sentence) == ["other"]


def test_a_bare_blast_is_not_read_as_a_disaster(full: Language) -> None:
    # "evacuated after a blast" is as often a bomb's (CASE 2021's remote explosives)
    assert types(full, "Passengers were evacuated from the airport after a blast.") != ["other"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Explosions and heavy gunfire were heard near the army base in Verona on Tuesday.",
        "A roadside bomb exploded near a police patrol in Verona on Tuesday.",
    ],
)
def test_a_blast_among_fighting_or_a_bomb_stays_fighting(full: Language, sentence: str) -> None:
    assert types(full, sentence) == ["clash"]


def test_a_detention_centre_is_a_building_not_an_arrest(full: Language) -> None:
    text = "Relatives waited on Tuesday outside the Lenin Street detention centre in Verona."
    assert "arrest" not in types(full, text)


def test_a_detention_still_is_an_arrest(full: Language) -> None:
    text = "Police detained 40 protesters in Verona on Tuesday."
    assert "arrest" in types(full, text)


def test_a_task_of_arresting_is_a_duty_not_an_arrest(full: Language) -> None:
    text = (
        "The police will now continue their task of apprehending the rebel leaders, "
        "the ministry said on Tuesday."
    )
    assert "arrest" not in types(full, text)


def places(full: Language, text: str) -> list[str | None]:
    return [m.place for m in unseen.mentions(full, text, "2021-03-10")]


def test_an_envoys_post_is_not_where_he_resigned(full: Language) -> None:
    text = "Verona's ambassador to Portugal, Anna Kessel, resigned on Tuesday."
    assert "Portugal" not in places(full, text)


def test_the_realm_of_an_epithet_is_not_where_a_protest_is(full: Language) -> None:
    text = (
        "On Sunday 50,000 people took to the streets against the re-election of Europe's "
        "last dictator."
    )
    got = places(full, text)
    assert got and "Europe" not in got


def test_a_number_before_a_casualty_participle_is_a_count(full: Language) -> None:
    text = (
        '"The toll could rise to 60 with 900 wounded and 5,000 people homeless," the '
        "governor of Verona said on Tuesday."
    )
    assert "killing" not in types(full, text)


def test_damage_a_building_sustained_is_harm_not_a_riot(full: Language) -> None:
    text = (
        "The crowd's entry into the old court appeared to have been eased by the damage "
        "the historic building sustained in Monday's earthquake."
    )
    assert "riot" not in types(full, text)


def test_damage_done_by_rioters_stays_a_riot(full: Language) -> None:
    text = "Protesters damaged the town hall in Verona on Monday."
    assert types(full, text) == ["riot"]


def test_retreating_forces_described_are_no_withdrawal(full: Language) -> None:
    text = (
        "The militia, with the collusion of retreating local police units, attacked the "
        "village of Verona on Monday."
    )
    assert "withdrawal" not in types(full, text)


def test_forces_that_retreat_withdraw(full: Language) -> None:
    text = "Government troops retreated from the town of Verona on Monday."
    assert "withdrawal" in types(full, text)
