"""Event rules of session 11, found on the weakest probe corpora (a coup, a government's
fall, a war's exodus, an earthquake) and checked on the four examples: an appointment made
at the seat of government, a count made public. Every text is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

import test_events_unseen as unseen
from sitrep.records import EventMention

full = unseen.full  # the spaCy pipeline, one per module
run_docs = unseen.run_docs


def mentions(full: Language, text: str, published: str = "2023-08-30") -> list[EventMention]:
    return unseen.mentions(full, text, published)


def test_an_appointment_told_for_the_country_is_made_in_its_capital(tmp_path: Path) -> None:
    export = run_docs(
        tmp_path,
        {
            "a": "Army names general as leader\n\nLIBREVILLE, Aug 30 (Wire) - Army officers in "
            "Gabon named General Jean Ndong head of the transition on Wednesday, after "
            "soldiers clashed with guards in Libreville. Protesters also gathered in "
            "Port-Gentil on Wednesday.\n",
        },
    )
    (named,) = [e for e in export["events"] if e["type"] == "appointment_dismissal"]
    assert named["place"] == "Gabon"  # the text names no town for it: the place stays
    assert (named["town"], named["town_basis"]) == ("Libreville", "capital")


@pytest.mark.parametrize(
    "told",
    [
        "By Saturday evening, Armenia's government counted 100,417 arrivals.",
        "By Monday evening AFAD had confirmed 31,643 deaths in the country.",
        "The Red Crescent had recorded 2,037 deaths by Friday evening.",
    ],
)
def test_a_count_made_public_by_a_speaker_is_a_statement(full: Language, told: str) -> None:
    assert [m.type for m in mentions(full, told)] == ["statement"]


@pytest.mark.parametrize(
    "told",
    [
        "The university proctor confirmed the identity of the student.",
        "These numbers were counted from hospitals and health facilities on Sunday.",
        "Volunteers counted the tents in the camp on Friday.",
    ],
)
def test_a_fact_confirmed_or_a_count_by_no_speaker_is_no_statement(
    full: Language, told: str
) -> None:
    assert "statement" not in {m.type for m in mentions(full, told)}


def test_the_crisis_run_up_months_before_is_an_event_and_old_history_is_not(
    tmp_path: Path,
) -> None:
    export = run_docs(
        tmp_path,
        {
            "a": "How the crisis began\n\nPublished 25 July 2022\n\nOn April 12 the government "
            "announced it was suspending payments on its external debt. Riots in 2015 had "
            "shaken the same government.\n",
        },
    )
    kept = {(e["type"], e["date"][:7]) for e in export["events"]}
    assert ("other", "2022-04") in kept  # the debt payments suspended, 104 days before
    assert not any(date.startswith("2015") for _, date in kept)  # history: no event


@pytest.mark.parametrize(
    ("told", "place"),
    [
        ("Former President Ravi Perera arrived in Singapore on Thursday evening.", "Singapore"),
        ("Indian media reported Hasina landed at Hindon Air Base near Delhi.", "Hindon Air Base"),
        ("Sheikh Hasina resigned and left the country on Monday.", None),
    ],
)
def test_a_named_person_fleeing_or_arriving_abroad_is_a_happening(
    full: Language, told: str, place: str | None
) -> None:
    (flight,) = [m for m in mentions(full, told) if m.type == "other"]
    assert place is None or flight.place == place


@pytest.mark.parametrize(
    "told",
    [
        "According to the government, 65,036 people had arrived in Armenia by Thursday.",
        "The first group of Russian forces landed in that area.",
        "His wife and their children were injured as they fled through the back garden.",
        "The upsurge left over 300 people dead.",
        "Journalists who arrived to observe were also attacked.",
    ],
)
def test_people_in_numbers_a_force_or_a_pronoun_going_is_no_flight(
    full: Language, told: str
) -> None:
    assert "other" not in {m.type for m in mentions(full, told)}


def test_a_lower_case_trigger_the_tagger_takes_for_a_name_is_still_one(full: Language) -> None:
    told = (
        "Thursday's white march in Nanterre drew about 6,000 people. "
        "It ended in clashes with police near the prefecture."
    )
    found = {(m.type, m.place) for m in mentions(full, told, "2023-06-30")}
    # "march" is tagged a proper noun (the month); the clash then takes the march's town
    assert {("protest", "Nanterre"), ("clash", "Nanterre")} <= found


def test_the_per_sentence_pass_reads_the_misread_word_as_the_document_pass_does(
    full: Language,
) -> None:
    from sitrep.extract.events import _doc_matches, _span_matches
    from sitrep.extract.quotes import sentences

    doc = full("Thursday's white march in Nanterre drew about 6,000 people.")
    (sent,) = sentences(doc)
    by_sentence = {(kind, tok.i) for kind, tok in _span_matches(sent)}
    assert ("protest", 3) in by_sentence
    assert {(kind, tok.i) for kind, tok in _doc_matches(doc, [sent]).get(0, [])} == by_sentence


@pytest.mark.parametrize(
    "told",
    [
        "Hundreds of protesters blocked streets in Yerevan on Tuesday night, accusing the "
        "prime minister of abandoning them.",
        "Thousands rallied in the capital on Friday, accusing the government of failing them.",
    ],
)
def test_what_a_protesting_crowd_says_is_the_protest_s_not_a_statement(
    full: Language, told: str
) -> None:
    assert [m.type for m in mentions(full, told)] == ["protest"]


def test_a_speaker_accusing_beside_a_protest_still_makes_a_statement(full: Language) -> None:
    told = (
        "Protesters marched in the capital on Friday. The minister accused the opposition "
        "of stirring unrest."
    )
    assert {"protest", "statement"} <= {m.type for m in mentions(full, told)}


@pytest.mark.parametrize(
    ("told", "found"),
    [
        ("Turkey declares emergency in 10 provinces as quake deaths top 7,000", True),
        ("The president declared a national emergency on Monday.", True),
        ("The council declared an emergency meeting on Monday.", False),
    ],
)
def test_an_emergency_declared_without_state_of_is_one(
    full: Language, told: str, found: bool
) -> None:
    assert ("state_of_emergency" in {m.type for m in mentions(full, told)}) is found


def test_a_decision_of_state_said_to_be_nationwide_is_the_country_s(full: Language) -> None:
    told = (
        "Police clashed with protesters in Colombo on Tuesday.\n\n"
        "The president declared a nationwide state of emergency and imposed a curfew in the "
        "Western Province on Wednesday."
    )
    (emergency,) = [m for m in mentions(full, told, "2022-07-13") if m.type == "state_of_emergency"]
    assert (emergency.place, emergency.place_basis) == ("Sri Lanka", "list")


def test_a_headline_takes_the_day_its_lead_tells(full: Language) -> None:
    told = (
        "Ecuador declares emergency\n\n"
        "QUITO, Oct 4 (Reuters) - President Lenin Moreno declared a state of emergency "
        "across Ecuador on Thursday as transport workers went on strike.\n"
    )
    found = [m for m in mentions(full, told, "2019-10-04") if m.type == "state_of_emergency"]
    assert [(m.date, m.date_basis) for m in found] == [
        ("2019-10-03", "paragraph"),  # the headline, dated by the lead
        ("2019-10-03", "sentence"),
    ]


def test_an_appointment_told_in_a_relative_clause_is_one(full: Language) -> None:
    told = (
        "Wickremesinghe, who was appointed acting president this morning, declared a "
        "nationwide state of emergency."
    )
    assert {"appointment_dismissal", "state_of_emergency"} <= {m.type for m in mentions(full, told)}


def test_a_leaving_told_as_who_someone_is_is_no_event(full: Language) -> None:
    told = "Nazarbayev, who stepped down as president in 2019, kept control of the country."
    assert mentions(full, told, "2022-01-06") == []
