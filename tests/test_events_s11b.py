"""Quoted words are not statements that are the news: a direct quotation attributed after
it ('"...," said X') to a voice in the story, an interview with one outlet ("told AFP")
or a source's request not to be named is a quote, not a statement event; an official's
quoted words, a briefing to reporters and a quotation that continues a statement just
reported ("he said") stay statements. Found on the development probes of session 11.
Every sentence is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

import test_events_unseen as unseen

full = unseen.full  # the spaCy pipeline, one per module


def types(full: Language, text: str) -> list[str]:
    return [m.type for m in unseen.mentions(full, text, "2023-09-12")]


@pytest.mark.parametrize(
    "text",
    [
        '"He has bought time, not trust," said Amara Okello, a lecturer at the university.',
        '"I walked for an hour and saw nothing standing," said Yusuf Demir, a volunteer.',
        '"The struggle is not over," said Nadia Perera, a student who joined the camp.',
        '"We have seven dead here," a doctor at the central hospital, who asked not to be '
        "named, told AFP.",
        '"It was an attack on the courts," Marcos Vela told the Radio Sur channel.',
    ],
)
def test_a_quotation_attributed_after_it_is_no_statement(full: Language, text: str) -> None:
    assert "statement" not in types(full, text)


@pytest.mark.parametrize(
    "text",
    [
        '"We are urging against further escalation," a spokesman for the prime minister '
        "told reporters on Thursday.",
        'The interior minister said 40 officers had been hurt. "We will restore order," he said.',
        "The interior ministry said on Tuesday that 40 officers had been hurt.",
    ],
)
def test_an_official_briefing_or_a_continued_statement_stays(full: Language, text: str) -> None:
    assert "statement" in types(full, text)


def test_asking_not_to_be_named_is_no_statement(full: Language) -> None:
    text = (
        "A police officer, who asked not to be identified, said the barracks had been "
        "surrounded by troops."
    )
    mentions = unseen.mentions(full, text, "2023-09-12")
    assert all(m.trigger.lower() not in {"asked", "ask"} for m in mentions)


def test_a_local_officials_statement_stays_its_own(tmp_path: Path) -> None:
    """An unnamed statement its sentence places in a town ("the governor's office said")
    does not fold into the national agency's statement told a paragraph before."""
    text = (
        "Quake toll rises\n\nPublished 9 February 2023\n\n"
        "The number of people killed in Turkey rose to 14,014 on Thursday morning, "
        "AFAD said.\n\n"
        "In Gaziantep, the governor's office said 1,187 people had lost their lives in "
        "the province.\n"
    )
    events = unseen.run_text(tmp_path, text)["events"]
    statements = [e for e in events if e["type"] == "statement"]
    assert len(statements) == 2, statements
