"""Event dating (session 17): a day written on a noun the sentence's happening is done
against, over or about ("marching against a March 3 coup"), or that another noun is "of"
("the leaders of the March 3 coup"), is that noun's day, not the happening's. Sentences
are invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

import test_events_probes10 as probes
from sitrep.extract import context
from sitrep.extract.events.whose_day import named_noun

full = probes.full  # the spaCy pipeline, one per module
mentions = probes.mentions


@pytest.mark.parametrize(
    "sentence",
    [
        "Students, rallying against a March 3 coup in the capital, demand new elections.",
        "Crowds rallied in the capital against the March 3 coup and called for the leaders "
        "of the March 3 coup to be tried.",
        "Thousands of workers protested over the March 3 decree in the port city.",
    ],
)
def test_a_day_written_on_what_a_protest_is_against_is_not_the_protests(
    full: Language, sentence: str
) -> None:
    found = [m for m in mentions(full, sentence) if m.type == "protest"]
    assert found and all(m.date != "2023-03-03" for m in found)


@pytest.mark.parametrize(
    ("sentence", "types"),
    [
        ("The March 3 coup ousted the elected president.", {"government_dismissal"}),
        ("The March 3 protests in the capital turned violent.", {"protest", "riot"}),
        ("Thousands protested in the capital on March 3 against the coup.", {"protest"}),
    ],
)
def test_a_day_of_the_happening_itself_stays(
    full: Language, sentence: str, types: set[str]
) -> None:
    found = [m for m in mentions(full, sentence) if m.type in types]
    assert found and all(m.date == "2023-03-03" for m in found)


def _named(full: Language, text: str) -> list[str | None]:
    doc = full(context.set_context(full.make_doc(text), "x", "2023-07-01"))
    out = []
    for t in context.get(doc, "times"):
        noun = named_noun(doc, t)
        out.append(noun.text if noun is not None else None)
    return out


def test_a_toll_of_a_happening_is_no_other_nouns_day(full: Language) -> None:
    # "the casualties of the March 3 shooting" count the shooting the sentence tells
    assert _named(full, "The casualties of the March 3 shooting are still unknown.") == [None]
    assert _named(full, "The leaders of the March 3 coup fled.") == ["coup"]
    # a century is no day a noun names
    assert _named(full, "Crowds gathered against the 12th-century ramparts.") == [None]


def test_a_statement_is_dated_by_the_day_it_was_made(full: Language) -> None:
    # the day of what led up to it, told first, is not the saying's
    sentence = (
        "After clashes on Saturday, the situation was calm, the interior ministry said on "
        "Sunday morning."
    )
    (said,) = [m for m in mentions(full, sentence, "2023-07-03") if m.type == "statement"]
    assert said.date == "2023-07-02"


def test_the_outbreak_a_toll_is_counted_from_keeps_its_day(full: Language) -> None:
    sentence = (
        "That raised the toll to at least 40 people killed since the demonstrations "
        "erupted in the capital on Tuesday."
    )
    found = [m for m in mentions(full, sentence, "2023-07-01") if m.type == "protest"]
    assert found and all(m.date == "2023-06-27" for m in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "The defence ministry has denied any involvement in the bombing of the market.",
        "The interior ministry denied that soldiers had shot protesters in the square.",
    ],
)
def test_a_denial_is_a_statement_not_a_report_of_what_it_denies(
    full: Language, sentence: str
) -> None:
    found = {m.type for m in mentions(full, sentence)}
    assert found == {"statement"}, found


def test_what_a_denial_tells_beside_it_stays(full: Language) -> None:
    sentence = (
        "The government denied that the army had taken power after heavy gunfire erupted "
        "at two barracks in the capital."
    )
    found = {m.type for m in mentions(full, sentence)}
    assert "statement" in found and "clash" in found, found


def test_a_day_after_hung_on_the_stretch_counts_back(full: Language) -> None:
    # the parser hangs "after" on "day", not on the verb it dates
    sentence = (
        "The president on Saturday announced a cabinet reshuffle, a day after hundreds of "
        "thousands of people took to the streets in a huge protest."
    )
    found = [m for m in mentions(full, sentence, "2023-07-03") if m.type == "protest"]
    assert found and all(m.date == "2023-06-30" for m in found)


def test_a_when_clause_hung_after_a_since_day_is_that_days(full: Language) -> None:
    # the parser hangs the "when" clause on the province, not on the day
    sentence = (
        "At least 30 people have been killed since Monday in the northern province, when "
        "protests against the verdict erupted in the regional capital."
    )
    found = [m for m in mentions(full, sentence, "2023-07-01") if m.type == "protest"]
    assert found and all(m.date == "2023-06-26" for m in found)
