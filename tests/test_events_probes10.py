"""Event rules found on an invented corpus of nightly riots after a police shooting (the
probe of session 10): a place given as "the Paris suburb of Nanterre", a wave of arson told
by kinds of sites, an official count of burned vehicles, a charge that is no arrest, an
attempted murder that killed no one, a range of towns. Every sentence is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

import test_events_unseen as unseen
from sitrep.records import EventMention

full = unseen.full  # the spaCy pipeline, one per module
run_docs = unseen.run_docs


def mentions(full: Language, text: str, published: str = "2023-07-01") -> list[EventMention]:
    return unseen.mentions(full, text, published)


def of_type(full: Language, text: str, type_: str) -> list[EventMention]:
    return [m for m in mentions(full, text) if m.type == type_]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("A teenager was shot dead in the Paris suburb of Nanterre on Tuesday.", "Nanterre"),
        ("Soldiers shot dead a man in the Damascus suburb of Douma on Monday.", "Douma"),
    ],
)
def test_the_part_named_after_of_is_where_it_happened(
    full: Language, sentence: str, place: str
) -> None:
    (killing,) = of_type(full, sentence, "killing")
    assert killing.place == place


def test_a_wave_of_arson_told_by_kinds_of_sites_is_one_happening(full: Language) -> None:
    wave = "Rioters set fire to cars, buses, schools and town halls in Lyon on Friday."
    (arson,) = of_type(full, wave, "arson")
    assert arson.target is None
    # two named sites are still two fires
    sites = "Protesters set fire to the mayor's office and the prosecutor's office on Friday."
    assert len(of_type(full, sites, "arson")) == 2


def test_an_official_count_of_burned_things_is_a_tally_not_an_arson(full: Language) -> None:
    for tally in (
        "The ministry said 54 officers were hurt, and that 2,130 cars and 310 buildings "
        "had been burned.",
        "The ministry gave 600 arrests for the night, with 312 buildings damaged and some "
        "1,900 vehicles burned.",
    ):
        assert not of_type(full, tally, "arson") and not of_type(full, tally, "riot"), tally
    # a count with its day, or with its doers, is an act
    assert of_type(full, "Rioters torched 40 cars in Lyon on Friday.", "arson")
    assert of_type(full, "About 20 shops were looted in Lyon on Monday night.", "riot")


def test_a_charge_and_the_custody_it_brings_are_no_arrest(full: Language) -> None:
    charged = (
        "The officer who fired was charged with manslaughter on Thursday and placed in "
        "pre-trial detention."
    )
    found = mentions(full, charged)
    assert "arrest" not in {m.type for m in found}
    assert [m.trigger for m in found if m.type == "other"] == ["charged"]
    # arrested and then charged: an arrest
    both = "Police arrested three men in Lyon and charged them with arson on Monday."
    assert of_type(full, both, "arrest")


def test_an_attempted_murder_killed_no_one(full: Language) -> None:
    probe = "The prosecutor in Lyon opened an investigation for attempted murder on Sunday."
    assert not of_type(full, probe, "killing")
    assert of_type(full, "Gunmen murdered a judge in Lyon on Sunday.", "killing")


def test_a_range_of_towns_is_a_reach_not_a_place(full: Language) -> None:
    reach = "Youths looted shops from Lyon to Lille on Friday night."
    assert all(m.place != "Lille" for m in mentions(full, reach))
    # one town stays the place
    (riot,) = of_type(full, "Youths looted shops in Lille on Friday night.", "riot")
    assert riot.place == "Lille"


def test_a_live_page_entry_does_not_inherit_the_place_of_the_one_before(full: Language) -> None:
    page = (
        "LIVE: Riots after police shooting\n\n"
        "09:30 - Trams targeted\nIn Lyon, a tram was torched.\n\n"
        "11:10 - Tally revised upwards\nThe ministry now gives 875 arrests for the night.\n"
    )
    (arrest,) = [m for m in mentions(full, page) if m.type == "arrest"]
    assert arrest.place != "Lyon"


def test_a_count_s_part_is_not_the_place_of_the_happening(full: Language) -> None:
    tally = (
        "The ministry says 667 people were arrested across France overnight, including 307 "
        "in the Paris region."
    )
    (arrest,) = of_type(full, tally, "arrest")
    assert arrest.place == "France"


def test_a_funeral_is_a_happening(full: Language) -> None:
    told = "On Saturday, several hundred people attended the teenager's funeral in Nanterre."
    (funeral,) = [m for m in of_type(full, told, "other") if m.trigger == "funeral"]
    assert funeral.place == "Nanterre" and funeral.date == "2023-07-01"


def test_two_nights_of_arrests_across_a_country_are_two_events(tmp_path: Path) -> None:
    export = run_docs(
        tmp_path,
        {
            "a": "Hundreds held in fourth night of riots\n\nPARIS, July 1 (Reuters) - Police "
            "arrested 1,311 people across France overnight as riots spread, the interior "
            "ministry said on Saturday.\n",
            "b": "Fewer arrests as riots ebb\n\nPARIS, July 2 (Reuters) - Police arrested 719 "
            "people across France overnight, the interior ministry said on Sunday.\n",
        },
    )
    arrests = [e for e in export["events"] if e["type"] == "arrest"]
    # the datelines give no year: the nights are 30 June-1 July and 1-2 July of one
    nights = sorted((e["date"][5:10], e["date"][16:]) for e in arrests)
    assert nights == [("06-30", "07-01"), ("07-01", "07-02")]


def test_dismissing_figures_is_a_rejection_said_not_a_dismissal(full: Language) -> None:
    said = "The adviser dismissed the ombudsman's figures as propaganda on Thursday."
    found = {m.type for m in mentions(full, said)}
    assert "appointment_dismissal" not in found and "statement" in found
    assert of_type(
        full, "The president dismissed the interior minister on Thursday.", "appointment_dismissal"
    )


def test_burns_are_injuries_not_arson(full: Language) -> None:
    assert not of_type(full, '"We are out of burn dressings," a doctor said on Monday.', "arson")
    assert of_type(full, "Rioters burned the town hall in Lyon on Monday.", "arson")


def test_a_person_handed_over_is_no_territory_handed_over(full: Language) -> None:
    person = "The border service said he had been handed over to the state security service."
    assert not of_type(full, person, "withdrawal")
    town = "The rebels handed over the town to the army on Monday."
    assert of_type(full, town, "withdrawal")


def test_a_voice_given_with_an_age_is_a_private_one(full: Language) -> None:
    witness = '"We took only the children," said Narine, 41, who arrived on Wednesday night.'
    assert not of_type(full, witness, "statement")
    official = '"We will not give in," Interior Minister Gerald Darmanin said on Monday.'
    assert of_type(full, official, "statement")


def test_where_a_person_fled_is_not_where_the_story_happened(full: Language) -> None:
    told = (
        "After crowds overran the presidential residence on July 9, Gotabaya Rajapaksa flew "
        "to Male and then Singapore."
    )
    (seizure,) = of_type(full, told, "seizure")
    assert seizure.place not in {"Male", "Singapore", "Maldives"}
    # troops flown somewhere are deployed there
    (deployment,) = of_type(full, "Russian paratroopers flew to Almaty on Thursday.", "deployment")
    assert deployment.place == "Almaty"


def test_a_head_of_government_resigning_as_such_brings_the_government_down(
    full: Language,
) -> None:
    told = "Mahinda Rajapaksa resigned as prime minister on May 9."
    assert of_type(full, told, "government_dismissal")
    described = (
        "The revolt broke with the regime of Nursultan Nazarbayev, who stepped down as "
        "president in 2019 but kept control."
    )
    assert not of_type(full, described, "government_dismissal")


def test_a_swearing_in_is_an_appointment(full: Language) -> None:
    told = "Ranil Wickremesinghe was sworn in as president in Colombo on Thursday."
    (sworn,) = of_type(full, told, "appointment_dismissal")
    assert sworn.date == "2023-06-29"


def test_a_plan_told_with_until_has_not_happened(full: Language) -> None:
    told = "Leaders of the movement said they would not negotiate until the decree was withdrawn."
    assert not of_type(full, told, "withdrawal")
    done = "Protests went on in Quito until the decree was withdrawn on Sunday."
    assert of_type(full, done, "withdrawal")


def test_fighting_a_fire_is_no_clash(full: Language) -> None:
    assert not of_type(full, "Firefighters fought the blaze in Quito for hours.", "clash")
    assert of_type(full, "Rebels fought government troops in Quito for hours.", "clash")


def test_the_ground_of_an_arrest_is_no_happening_of_its_own(full: Language) -> None:
    told = "The army said it had detained 27 people for breaking the curfew overnight in Quito."
    assert {m.type for m in mentions(full, told)} == {"arrest"}
    assert of_type(full, "Thousands defied the curfew in Quito on Saturday.", "protest")


def test_an_undated_state_of_emergency_is_the_one_declared(tmp_path: Path) -> None:
    texts = {
        "a": "Ecuador declares emergency\n\nQUITO, Oct 4 (Reuters) - President Lenin Moreno "
        "declared a state of emergency across Ecuador on Thursday as transport workers went "
        "on strike.\n",
        "b": "Curfew across Ecuador\n\nQUITO, Oct 13 (Reuters) - The government imposed a "
        "nationwide curfew on Saturday after protesters set fire to a public building.\n",
        "c": "Ecuador protests enter second week\n\nQUITO, Oct 14 (Reuters) - Talks began on "
        "Sunday.\n\nMoreno has moved the seat of government to Guayaquil and declared a "
        "60-day state of emergency.\n",
    }
    export = run_docs(tmp_path, texts)
    told = [
        {m["doc"] for m in e["mentions"]}
        for e in export["events"]
        if e["type"] == "state_of_emergency"
    ]
    # the undated perfect joins the state of emergency, not the curfew, nor stands alone
    assert sorted(map(sorted, told)) == [["a", "c"], ["b"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "The first quake, of magnitude 7.8, struck at 4:17 a.m. on Monday near Pazarcik.",
        "A second quake of magnitude 7.5 hit near Elbistan on Monday afternoon.",
        "A tsunami hit the coast of Sumatra on Sunday.",
    ],
)
def test_a_hazard_that_strikes_is_a_happening(full: Language, sentence: str) -> None:
    (hazard,) = of_type(full, sentence, "other")
    assert hazard.date is not None
    # its toll is no killing by anyone
    assert not of_type(full, sentence, "killing")


def test_a_hazard_named_in_passing_is_none(full: Language) -> None:
    passing = "The number of people killed by two earthquakes in Turkey rose to 5,000."
    assert not of_type(full, passing, "other")


def test_a_swearing_in_told_with_a_pronoun_is_an_appointment(full: Language) -> None:
    told = "He was sworn in on Monday at the presidential palace in Libreville."
    assert of_type(full, told, "appointment_dismissal")
    assert not of_type(
        full, "Witnesses were sworn in before the court on Monday.", "appointment_dismissal"
    )


def test_the_country_that_speaks_is_not_where_the_story_is(full: Language) -> None:
    text = (
        "Analysis: why the dynasty fell\n\n"
        "France condemned the coup and keeps soldiers in the capital.\n\n"
        "Unlike in Niger in July, there have been no anti-French protests.\n\n"
        "Soldiers seized power in Gabon on Wednesday.\n\n"
        "A curfew was imposed from election night.\n"
    )
    (curfew,) = [m for m in mentions(full, text) if m.trigger == "curfew"]
    assert curfew.place == "Gabon"


def test_a_place_that_exploded_is_unrest_not_a_blast(full: Language) -> None:
    assert not mentions(full, "Explainer: Why the suburbs exploded after the teenager's death")
    assert of_type(full, "A grenade exploded in the market in Lyon on Monday.", "clash")


def test_a_victim_named_by_given_name_or_full_name_is_one_killing(tmp_path: Path) -> None:
    export = run_docs(
        tmp_path,
        {
            "b": "Who was Nahel?\n\nPARIS, June 29, 2023 (AFP) - Nahel Merzouk, 17, was shot "
            "dead by a motorcycle police officer in Nanterre on Tuesday.\n",
            "c": "Riots spread\n\nPARIS, June 30, 2023 (AP) - It was the third night of violence "
            "since a police officer shot dead 17-year-old Nahel in Nanterre on Tuesday.\n",
        },
    )
    killings = [e for e in export["events"] if e["type"] == "killing"]
    assert len(killings) == 1 and {m["doc"] for m in killings[0]["mentions"]} == {"b", "c"}


def test_given_names_agree_only_word_by_word() -> None:
    from sitrep.resolve.events.fits import _given_name_of

    assert _given_name_of("nahel m", "nahel merzouk")
    assert _given_name_of("nahel", "nahel merzouk")
    assert not _given_name_of("nahel merzouk", "nahel bensaid")
    assert not _given_name_of("sheikh hasina", "sheikh mujibur rahman")


def test_a_country_wide_stretch_does_not_date_a_town_s_night(tmp_path: Path) -> None:
    export = run_docs(
        tmp_path,
        {
            "a": "Riots: third night\n\nPARIS, June 30, 2023 (Reuters) - Rioters attacked town "
            "halls across France overnight, officials said on Friday. In Lyon, the town hall "
            "was set on fire.\n",
            "b": "UN concerned\n\nGENEVA, June 30, 2023 - We have seen that the protests across "
            "France have turned violent over the past three nights, with town halls, schools "
            "and police stations set on fire.\n",
        },
    )
    (fire,) = [e for e in export["events"] if e["type"] == "arson"]
    assert fire["place"] == "Lyon" and fire["date"] == "2023-06-29/2023-06-30"


def test_an_order_told_as_a_circumstance_is_no_statement(full: Language) -> None:
    for told in (
        "The teenager was shot dead in Nanterre on Tuesday morning after he drove away from "
        "two motorcycle officers who had ordered him to stop.",
        "The teenager was shot in Nanterre on Tuesday morning after he drove off when two "
        "officers ordered him to stop.",
    ):
        assert {m.type for m in mentions(full, told)} == {"killing"}, told
    # a named speaker's words beside a happening are news of their own
    named = "Protesters torched cars in Dhaka on Thursday after Hasina announced a curfew."
    assert len(mentions(full, named)) == 2
