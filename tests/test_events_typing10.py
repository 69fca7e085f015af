"""Event typing found on the round-2 probes of session 10 (unseen crises: a coup, a
president's fall, an offensive, riots, an earthquake): a crowd storming an office holder's
seat takes it, a protester who dies of tear gas is killed, a fuel depot that blows up is a
disaster, the wounded of an arson are its harm, looting with burning is one riot, a
suspicion charges no deed. Every sentence is invented."""

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
        "Thousands of protesters stormed the official residence of President Omar Delmas "
        "in Verona on Saturday.",
        "Protesters storm prime minister's office in Verona",
        "Angry crowds stormed the presidential palace in Verona on Sunday.",
    ],
)
def test_a_crowd_storming_an_office_holders_seat_seizes_it(full: Language, sentence: str) -> None:
    assert types(full, sentence) == ["seizure"]


def test_storming_a_seat_and_burning_another_site_are_two_happenings(full: Language) -> None:
    text = (
        "Protesters stormed the official residence of President Omar Delmas in Verona on "
        "Saturday and later set fire to the private home of the prime minister."
    )
    assert types(full, text) == ["arson", "seizure"]


def test_storming_a_seat_and_burning_it_is_the_arson(full: Language) -> None:
    text = "Protesters stormed the mayor's office in Verona on Saturday and set it on fire."
    assert types(full, text) == ["arson"]


def test_storming_government_buildings_stays_a_riot(full: Language) -> None:
    text = "Thousands of protesters stormed government buildings in Verona on Saturday."
    assert types(full, text) == ["riot"]


def test_a_protester_who_dies_of_tear_gas_is_killed(full: Language) -> None:
    text = (
        "A 30-year-old protester died in hospital on Tuesday after inhaling tear gas "
        "outside the parliament in Verona."
    )
    assert "killing" in types(full, text) and "clash" not in types(full, text)


def test_a_count_that_died_of_tear_gas_stays_a_toll(full: Language) -> None:
    text = "At least 12 people died after inhaling tear gas in Verona, the ministry said."
    assert "killing" not in types(full, text)


def test_a_fuel_depot_that_blows_up_is_a_disaster_not_fighting(full: Language) -> None:
    text = "On Monday evening a fuel depot outside Verona exploded as crowds queued for petrol."
    assert types(full, text) == ["other"]


def test_a_bomb_at_a_depot_is_still_an_attack(full: Language) -> None:
    text = "A car bomb exploded outside a fuel depot in Verona on Monday."
    assert types(full, text) == ["clash"]


def test_officers_who_name_a_general_appoint_him(full: Language) -> None:
    text = "The officers named General Paul Ferrand, head of the Presidential Guard, as leader."
    assert types(full, text) == ["appointment_dismissal"]


def test_a_man_named_is_no_appointment(full: Language) -> None:
    text = "A man named Paul Ferrand was shot dead in Verona on Monday."
    assert "appointment_dismissal" not in types(full, text)


def test_looting_under_suspicion_is_no_riot(full: Language) -> None:
    text = "Police said on Monday that 40 people had been detained on suspicion of looting."
    assert types(full, text) == ["arrest"]


def test_crowds_pouring_into_the_streets_to_celebrate_demonstrate(full: Language) -> None:
    text = "Thousands of people poured into the streets of Verona on Wednesday to celebrate."
    assert types(full, text) == ["protest"]


def test_a_crowd_pushing_past_troops_deploys_none(full: Language) -> None:
    text = "Thousands of protesters have pushed past troops and into the parliament in Verona."
    assert "deployment" not in types(full, text)


def test_the_wounded_of_an_arson_are_its_harm(full: Language) -> None:
    text = (
        "Rioters rammed a burning car into the mayor's house in Verona on Sunday, injuring "
        "his wife and child."
    )
    assert types(full, text) == ["arson"]


def test_an_attack_told_by_its_wounded_alone_is_still_one(full: Language) -> None:
    text = "Gunmen attacked a bus near Verona on Sunday, wounding five passengers."
    assert types(full, text) == ["killing"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A supermarket was looted and a tram set on fire in Verona on Friday.",
        "Rioters burned cars and looted shops in Verona on Friday night.",
    ],
)
def test_looting_and_burning_together_are_one_riot(full: Language, sentence: str) -> None:
    assert types(full, sentence) == ["riot"]


def test_a_former_presidents_resignation_brings_the_government_down(full: Language) -> None:
    # the page, written after he left, calls him former; the resignation made him so
    text = (
        "Former President Omar Delmas arrived in Lisbon on Thursday evening. Shortly after "
        "landing, Delmas sent his letter of resignation to the Speaker by email."
    )
    assert "government_dismissal" in types(full, text)


def test_a_former_president_removed_from_another_post_is_an_appointment(
    full: Language,
) -> None:
    text = (
        "Former President Omar Delmas was seen in Verona on Monday. On Tuesday the new "
        "president removed Delmas as head of the Security Council."
    )
    assert "appointment_dismissal" in types(full, text)
    assert "government_dismissal" not in types(full, text)


def test_a_parliament_choosing_a_president_appoints_him(full: Language) -> None:
    text = "On 20 July, parliament chose Paul Ferrand as president with 134 votes."
    assert types(full, text) == ["appointment_dismissal"]


@pytest.mark.parametrize(
    "sentence",
    [
        "On 12 April the government announced it was suspending payments on its foreign debt.",
        "On 19 May the grace period expired and the country was in default.",
    ],
)
def test_a_state_that_stops_paying_its_debt_is_a_happening(full: Language, sentence: str) -> None:
    assert types(full, sentence) == ["other"]


def test_an_attack_on_a_protest_camp_is_a_clash(full: Language) -> None:
    text = "On 9 May, supporters of the government attacked the protest camp in Verona."
    assert types(full, text) == ["clash"]


def test_fighters_attacking_a_military_camp_is_no_mob(full: Language) -> None:
    from sitrep.extract.events import classify_sentence

    doc = full("Rebel fighters attacked a military camp outside Verona on Monday night.")
    got = classify_sentence(doc[:])
    assert got is not None and got[2] != "Mob violence"


def test_buildings_that_collapse_and_survivors_pulled_out_alive(full: Language) -> None:
    assert types(full, "In Verona, dozens of buildings collapsed on Monday.") == ["other"]
    text = "On Thursday a 17-year-old girl was pulled alive from a collapsed building in Verona."
    assert types(full, text) == ["other"]


def test_talks_that_collapse_are_no_disaster(full: Language) -> None:
    assert "other" not in types(full, "Talks between the two sides collapsed on Monday.")


def test_an_offensive_launched_is_fighting(full: Language) -> None:
    text = "On Tuesday the army launched an offensive against the rebel-held region."
    assert types(full, text) == ["clash"]


def test_an_offer_to_mediate_is_a_statement(full: Language) -> None:
    text = "The United Nations and the Catholic Church offered on Wednesday to mediate."
    assert types(full, text) == ["statement"]


def test_a_fraud_denounced_is_a_statement(full: Language) -> None:
    text = 'Paul Ferrand, the opposition candidate, had denounced "a massive fraud" on Saturday.'
    assert types(full, text) == ["statement"]


def test_a_bloc_suspending_a_member_is_a_happening(full: Language) -> None:
    text = "The council decided to suspend the participation of Verona in all its activities."
    assert types(full, text) == ["other"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The rally in Verona drew about 6,000 people on Sunday.",
        "A silent march through Verona drew thousands on Sunday.",
    ],
)
def test_a_gathering_that_drew_a_crowd_took_place(full: Language, sentence: str) -> None:
    assert types(full, sentence) == ["protest"]


def test_offices_attacked_by_no_one_named_is_property_attacked(full: Language) -> None:
    text = "The channel and the newspaper said their offices had also been attacked on Monday."
    assert "killing" not in types(full, text) and "other" in types(full, text)


def test_a_site_attacked_by_gunmen_stays_an_attack(full: Language) -> None:
    # session 15: armed men's assault on a post of the state is the fight for it (a clash,
    # as the gold of the Haiti and Iran probes types gangs' attacks on police stations)
    found = types(full, "The police station was attacked by gunmen on Monday.")
    assert "clash" in found and "other" not in found


def test_complaints_of_attacks_are_a_tally_not_an_attack(full: Language) -> None:
    text = "The ombudsman received 43 complaints of attacks against journalists."
    assert "killing" not in types(full, text)
    assert "killing" in types(full, "Gunmen carried out attacks on three villages on Monday.")
