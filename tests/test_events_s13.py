"""Placing event reports, rules found on the real pages of session 13: a place that only
says which town a narrower place of the sentence lies in. Every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

import test_events_probes10 as probes

full = probes.full  # the spaCy pipeline, one per module
mentions = probes.mentions


@pytest.mark.parametrize(
    ("sentence", "trigger", "place"),
    [
        # the narrower place hangs on the wider one's phrase by "including"
        (
            "Police made arrests in several areas in Nairobi, including Kibera in southern "
            "Nairobi, on Tuesday.",
            "arrests",
            "Kibera",
        ),
        # the wider place names the noun whose phrase goes on to the narrower one
        (
            "Looting continued on Monday in Nairobi shopping malls in township areas including "
            "Kibera.",
            "Looting",
            "Kibera",
        ),
    ],
)
def test_a_place_that_encloses_another_yields_to_it(
    full: Language, sentence: str, trigger: str, place: str
) -> None:
    found = [m for m in mentions(full, sentence) if m.trigger == trigger]
    assert found and found[0].place == place


@pytest.mark.parametrize(
    ("sentence", "trigger", "place"),
    [
        # where the named site itself lies: the site is the place
        (
            "Soldiers opened fire on protesters at the Ikeja bus terminal in Lagos on Tuesday.",
            "opened",
            "Ikeja",
        ),
        # two places side by side: the first keeps its own report
        (
            "Looters were arrested in Mombasa county and in Nairobi on Tuesday.",
            "arrested",
            "Mombasa",
        ),
    ],
)
def test_a_place_beside_another_does_not_enclose_it(
    full: Language, sentence: str, trigger: str, place: str
) -> None:
    found = [m for m in mentions(full, sentence) if m.trigger == trigger]
    assert found and (found[0].place or "").startswith(place)
