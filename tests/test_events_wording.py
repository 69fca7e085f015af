"""Words of the news that are or are not what they look like: a storm by name is the
weather, not a crowd storming a building; an outage told as a "disruption" of the internet
is its shutdown; soldiers taking up positions or patrolling a city are deployed there.
Found on the held-out probes of session 11 (Kenya, Libya, Myanmar). Every sentence is
invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

import test_events_unseen as unseen

full = unseen.full  # the spaCy pipeline, one per module


def types(full: Language, text: str) -> list[str]:
    return [m.type for m in unseen.mentions(full, text, "2023-09-12")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Storm Daniel made landfall on Sunday afternoon, bringing torrential rain.",
        "Tropical Storm Ana swept across the coast on Monday.",
        "The storm damaged hundreds of buildings in the port.",
    ],
)
def test_a_storm_of_weather_is_no_riot(full: Language, sentence: str) -> None:
    assert "riot" not in types(full, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Protesters stormed the parliament building on Tuesday.",
        "Students Storm Presidential Palace",  # a headline's verb, tagged a noun
    ],
)
def test_a_crowd_storming_a_building_is_still_a_riot_or_seizure(
    full: Language, sentence: str
) -> None:
    assert {"riot", "seizure"} & set(types(full, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "NetBlocks reported a major disruption to internet connectivity across the country.",
        "Phone service interruptions were reported in the capital on Monday.",
    ],
)
def test_a_disruption_of_the_internet_is_its_shutdown(full: Language, sentence: str) -> None:
    assert "internet_shutdown" in types(full, sentence)


def test_a_disruption_of_traffic_is_no_shutdown(full: Language) -> None:
    assert "internet_shutdown" not in types(
        full, "The protests caused major disruption to traffic in the capital."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Soldiers have taken up positions outside the city hall and at junctions downtown.",
        "Troops took up defensive positions around the airport on Monday.",
        "Soldiers patrolled the central business district on Wednesday.",
    ],
)
def test_soldiers_taking_up_positions_are_deployed(full: Language, sentence: str) -> None:
    assert "deployment" in types(full, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The party's leaders took up positions in the new cabinet.",
        "Police patrolled the streets on Monday.",  # the police's daily round
    ],
)
def test_positions_taken_by_civilians_or_a_police_round_are_no_deployment(
    full: Language, sentence: str
) -> None:
    assert "deployment" not in types(full, sentence)
