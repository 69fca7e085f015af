"""A war's outbreak told later with its day ("since the conflict broke out on Saturday"):
later reports name the first day's fighting when they count what it has cost, and the
statement that counts it stays a statement of its own. Every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

import test_events_unseen as unseen

full = unseen.full  # the spaCy pipeline, one per module


@pytest.mark.parametrize(
    "sentence",
    [
        "The WHO said at least 270 people have been killed since the conflict broke out on "
        "Saturday.",
        "Aid agencies said 40,000 people have fled since the war erupted on Saturday.",
    ],
)
def test_the_outbreak_named_with_its_day_is_that_days_fighting(
    full: Language, sentence: str
) -> None:
    # published on Wednesday 19 April 2023: "Saturday" is the 15th
    found = unseen.mentions(full, sentence, "2023-04-19")
    clashes = [m for m in found if m.type == "clash"]
    assert [m.date for m in clashes] == ["2023-04-15"]
    # the count is the speaker's: the statement is not folded into the fighting it dates from
    assert any(m.type == "statement" for m in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "The conflict has killed more than 270 people, the WHO said.",
        "A war of words broke out between the two ministers.",
        "The ministry said the conflict was far from over.",
    ],
)
def test_a_war_named_without_its_outbreak_day_is_no_days_fighting(
    full: Language, sentence: str
) -> None:
    found = unseen.mentions(full, sentence, "2023-04-19")
    assert not [m for m in found if m.type == "clash" and m.date == "2023-04-15"]
