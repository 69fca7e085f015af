"""Event reports (session 16): a deed a judging verb takes as its object, told in a
relative clause ("claimed a series of bombings that killed ..."), is a reference to the
deed, not news of the claim's day. Sentences are invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

import test_events_probes10 as probes
from sitrep.records import REFERENCE_BASIS

full = probes.full  # the spaCy pipeline, one per module
mentions = probes.mentions


@pytest.mark.parametrize(
    "sentence",
    [
        "A jihadist group on Wednesday claimed a series of bombings that killed 40 people.",
        "The union on Friday condemned the raid that killed 12 miners.",
    ],
)
def test_a_deed_a_claim_or_a_condemnation_takes_is_a_reference(
    full: Language, sentence: str
) -> None:
    found = [m for m in mentions(full, sentence) if m.trigger == "killed"]
    assert found and all(m.date_basis == REFERENCE_BASIS for m in found)


def test_a_relative_clause_under_news_keeps_its_date(full: Language) -> None:
    sentence = "On Wednesday soldiers stormed a village that had sheltered rebels and killed 40."
    found = [m for m in mentions(full, sentence) if m.trigger == "killed"]
    assert found and all(m.date_basis != REFERENCE_BASIS for m in found)
