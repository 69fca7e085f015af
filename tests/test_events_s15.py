"""Event rules found on the real pages of session 15: a happening the sentence names as one
already told (a reference, never an event of its own); a bombing of people typed as the
killing it is; a saying that describes the decision it makes ("a curfew, declared on Sunday
by the minister"). Every sentence is invented."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest
from spacy.language import Language

import test_events_probes10 as probes

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "resolve"))

import make  # noqa: E402

from sitrep.records import REFERENCE_BASIS  # noqa: E402
from sitrep.resolve.entities import resolve_entities  # noqa: E402
from sitrep.resolve.events import resolve_events  # noqa: E402

full = probes.full  # the spaCy pipeline, one per module
mentions = probes.mentions


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("The African Union on Monday condemned Sunday's attack on the army base.", "attack"),
        (
            "On Tuesday a rebel group claimed responsibility for the attack on the bus station.",
            "attack",
        ),
    ],
)
def test_a_happening_named_as_already_told_is_a_reference(
    full: Language, sentence: str, trigger: str
) -> None:
    found = [m for m in mentions(full, sentence) if m.trigger == trigger]
    assert found and all(m.date_basis == REFERENCE_BASIS for m in found)


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # named without an article: it may be news
        (
            "Bodies lay in the streets after clashes on Thursday between troops and rebels.",
            "clashes",
        ),
    ],
)
def test_a_bare_happening_told_as_a_cause_keeps_its_own_date(
    full: Language, sentence: str, trigger: str
) -> None:
    found = [m for m in mentions(full, sentence) if m.trigger == trigger]
    assert found and all(m.date_basis == "sentence" for m in found)


def test_a_reference_joins_the_event_it_refers_to_and_never_starts_one() -> None:
    docs = [make.doc(x, x.upper()) for x in "ab"]
    told = make.event("a", 1, "killing", "2023-04-16", make.KHARTOUM, text="Gunmen killed 9.")
    ref = dataclasses.replace(
        make.event("b", 1, "killing", "2023-04-16", make.KHARTOUM, text="X condemned it."),
        date_basis=REFERENCE_BASIS,
    )
    (ev,) = resolve_events([told, ref], docs, (), resolve_entities([]))
    assert len(ev.reports) == 2
    assert resolve_events([ref], docs[1:], (), resolve_entities([])) == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "A suicide bomber blew himself up outside the stadium gate on Sunday.",
        "Bomb blasts ripped through two mosques and a market on Friday.",
    ],
)
def test_a_bombing_of_people_is_a_killing(full: Language, sentence: str) -> None:
    types = {m.type for m in mentions(full, sentence)}
    assert "killing" in types and "clash" not in types


def test_a_blast_among_fighting_stays_the_fighting(full: Language) -> None:
    sentence = "Explosions and heavy gunfire shook the barracks as clashes broke out on Sunday."
    types = {m.type for m in mentions(full, sentence)}
    assert "clash" in types and "killing" not in types


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents woke to a night curfew, declared late on Sunday by the interior minister.",
        "A curfew ordered on Friday after the riots was lifted on Monday.",
    ],
)
def test_a_saying_that_describes_the_decision_it_makes_is_no_statement(
    full: Language, sentence: str
) -> None:
    types = [m.type for m in mentions(full, sentence)]
    assert "state_of_emergency" in types and "statement" not in types


@pytest.mark.parametrize(
    "sentence",
    [
        "Insurgents attacked the town of Kilwa on Wednesday.",
        "Islamist militants hit the town with a three-pronged attack on Wednesday.",
        "Rebels launched an attack on the district capital on Friday.",
        "Gangs attacked two police stations in the capital on Thursday.",
    ],
)
def test_an_armed_groups_assault_on_a_town_is_fighting(full: Language, sentence: str) -> None:
    assert "clash" in {m.type for m in mentions(full, sentence)}
    assert "killing" not in {m.type for m in mentions(full, sentence)}


def test_a_raid_on_a_village_stays_a_killing(full: Language) -> None:
    found = {m.type for m in mentions(full, "Gunmen raided a village in Zamfara on Friday.")}
    assert found == {"killing"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Around 90 people who tried to flee the besieged hotel on Friday fell into an ambush.",
        "Seven civilians trying to escape a siege on their hotel were ambushed by the militants.",
        "Four died when their convoy of cars was ambushed during an escape attempt.",
    ],
)
def test_an_ambush_of_people_in_flight_is_a_killing(full: Language, sentence: str) -> None:
    found = {m.type for m in mentions(full, sentence)}
    assert "killing" in found and "clash" not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Rebels ambushed an army patrol near the border on Friday.",
        "Soldiers fleeing the base were ambushed by rebels.",
    ],
)
def test_an_ambush_of_armed_men_stays_a_clash(full: Language, sentence: str) -> None:
    assert "clash" in {m.type for m in mentions(full, sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Islamic State said on Monday its fighters had carried out an attack on the town, "
        "where dozens were killed.",
        "Al-Shabaab said on Friday that its fighters had killed 30 soldiers in the raid.",
    ],
)
def test_an_armed_groups_claim_of_its_mens_act_is_a_statement(
    full: Language, sentence: str
) -> None:
    assert [m.type for m in mentions(full, sentence)] == ["statement"]


def test_an_armys_word_of_its_troops_act_reports_the_act(full: Language) -> None:
    text = "The army said on Monday its troops had retaken the town."
    found = {m.type for m in mentions(full, text)}
    assert found == {"seizure"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels had moved away from the wrecked town of their own accord.",
        "Hundreds of protesters dispersed of their own accord on Sunday evening.",
    ],
)
def test_of_ones_own_accord_is_no_agreement(full: Language, sentence: str) -> None:
    assert "other" not in {m.type for m in mentions(full, sentence)}


def test_an_accord_signed_is_an_agreement(full: Language) -> None:
    found = {m.type for m in mentions(full, "The two sides signed an accord in Doha on Friday.")}
    assert found == {"other"}
