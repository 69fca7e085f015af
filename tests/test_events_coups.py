"""Coups, gatherings that make a demand, a victim killed in a clash, and a day a "when"
clause names: event rules found by running sitrep on crises outside the example corpora
(a coup told as news agencies tell one, on the real model). Every text is invented."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest
from spacy.language import Language

from sitrep.extract import context
from sitrep.extract.nlp import load_pipeline
from sitrep.records import EventMention

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "resolve"))

import make  # noqa: E402

from sitrep.resolve.entities import resolve_entities  # noqa: E402
from sitrep.resolve.events import resolve_events  # noqa: E402


@pytest.fixture(scope="module")
def full() -> Language:
    return load_pipeline()


def mentions(full: Language, text: str, published: str = "2023-07-27") -> list[EventMention]:
    doc = full(context.set_context(full.make_doc(text), "x", published))
    return context.get(doc, "events")


def types(full: Language, text: str) -> list[str]:
    return sorted(m.type for m in mentions(full, text))


@pytest.mark.parametrize(
    "sentence",
    [
        "Soldiers in Niger declared a coup on national television late on Wednesday.",
        "The army seized power in the capital on Wednesday.",
        "The military seized power in a coup on Monday.",
        "Soldiers took power in Gabon on Wednesday, hours after the election result.",
        "The junta that overthrew the president met foreign envoys on Friday.",
    ],
)
def test_a_coup_is_the_fall_of_the_government(full: Language, sentence: str) -> None:
    (coup,) = [m for m in mentions(full, sentence) if m.type == "government_dismissal"]
    assert coup.acled_sub_event_type == "Other"
    # the power seized is no territory taken
    assert "seizure" not in types(full, sentence)


def test_a_coup_that_failed_is_a_happening_not_a_fall(full: Language) -> None:
    for sentence in (
        "Security forces foiled a coup attempt in Freetown on Sunday.",
        "Officers attempted to seize power in La Paz on Wednesday.",
    ):
        found = types(full, sentence)
        assert "government_dismissal" not in found and "other" in found, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The government denied rumours of a coup.",
        "Coup leader Tchiani met envoys in Niamey.",
        "He was arrested on suspicion of treason and attempted government overthrow.",
        "Putin fears Russians could in turn rise up to overthrow him.",
        "We strongly condemn any effort to seize power by force, the minister said.",
        "The new cabinet took power in January after the elections.",
    ],
)
def test_talk_of_a_coup_or_power_taken_by_vote_is_no_coup(full: Language, sentence: str) -> None:
    assert not {"government_dismissal", "seizure"} & set(types(full, sentence))


def test_the_coup_the_story_told_is_referred_to_not_told_again(full: Language) -> None:
    # "backed the coup", "said the coup was needed": no date of their own; the resolver
    # attaches them to the coup their story told
    for sentence in (
        "The army command said on Thursday that it backed the coup.",
        "In a televised address on Friday, the general said the coup was needed.",
    ):
        coups = [m for m in mentions(full, sentence) if m.type == "government_dismissal"]
        assert all(m.date is None and m.date_basis == "reference" for m in coups), sentence


def test_the_coup_is_the_countrys_not_a_site_of_another_clause(full: Language) -> None:
    text = (
        "Soldiers in Niger declared a coup late on Wednesday, hours after guards detained "
        "the president in the presidential palace in Niamey."
    )
    found = mentions(full, text)
    (coup,) = [m for m in found if m.type == "government_dismissal"]
    assert coup.place == "Niger" and coup.date == "2023-07-26"
    (arrest,) = [m for m in found if m.type == "arrest"]
    assert arrest.place != "Niger"


def test_a_gathering_that_makes_a_demand_is_a_protest(full: Language) -> None:
    text = "On Wednesday, hundreds of supporters gathered in Niamey to demand his release."
    (protest,) = [m for m in mentions(full, text) if m.type == "protest"]
    assert protest.date == "2023-07-26" and protest.place == "Niamey"
    # a gathering for anything else is not
    assert types(full, "Residents gathered at the hospital to donate blood.") == []


def test_one_victim_killed_in_a_clash_is_a_killing_beside_it(full: Language) -> None:
    text = "A student has been killed as a clash broke out between students and police in Rangpur."
    assert {"clash", "killing"} <= set(types(full, text))
    # a toll the clash left is the clash's
    assert "killing" not in types(full, "Dozens died during clashes in Rangpur.")


def test_a_when_clause_on_a_day_is_that_days(full: Language) -> None:
    text = (
        "The toll has passed 300 since 15 July, when a student was killed by police in "
        "Rangpur, and protests have spread."
    )
    (killing,) = [m for m in mentions(full, text, "2024-08-05") if m.type == "killing"]
    assert killing.date == "2024-07-15" and killing.date_basis == "sentence"


def test_the_next_days_headline_of_a_happening_is_that_happening() -> None:
    """The coup declared late on Wednesday, and Thursday's headline in the present
    ("soldiers declare coup", dated by publication): one happening, by the same word."""
    docs = [make.doc("a", "A", "2023-07-27"), make.doc("b", "B", "2023-07-27")]
    told = dataclasses.replace(
        make.event("a", 1, "government_dismissal", "2023-07-26", make.SUDAN), trigger="coup"
    )
    headline = dataclasses.replace(
        make.event("b", 1, "government_dismissal", "2023-07-27", make.SUDAN),
        trigger="coup",
        date_basis="publication",
    )
    events = resolve_events([told, headline], docs, (), resolve_entities([]))
    assert [sorted(r.doc for r in e.reports) for e in events] == [["a", "b"]]
    assert events[0].date == "2023-07-26"
    # another word told the next day is another happening
    other = dataclasses.replace(headline, trigger="resigned")
    events = resolve_events([told, other], docs, (), resolve_entities([]))
    assert len(events) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "His defection was seen as a coup for the opposition.",
        "The deal was a diplomatic coup for Ankara.",
        "It increased the probability of a military takeover.",
        "Protesters have called for the overthrow of the regime.",
    ],
)
def test_a_coup_as_a_feat_or_a_prospect_is_no_coup(full: Language, sentence: str) -> None:
    assert "government_dismissal" not in types(full, sentence)
