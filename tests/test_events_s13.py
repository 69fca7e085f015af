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


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # unnamed other towns: the country's, not the paragraph's square
        (
            "Thousands of people marched on Independence Square in Minsk on Sunday.\n\n"
            "Similar rallies were held in other Belarusian cities.\n",
            "rallies",
        ),
        (
            "Thousands of people marched on Independence Square in Minsk on Sunday. "
            "Other towns and cities were rocked by protests.\n",
            "protests",
        ),
        (
            "Thousands of people marched on Independence Square in Minsk on Sunday. "
            "Demonstrations were also held in several regional cities.\n",
            "Demonstrations",
        ),
    ],
)
def test_unnamed_other_towns_are_the_country_s(full: Language, text: str, trigger: str) -> None:
    found = [m for m in mentions(full, text) if m.trigger == trigger]
    assert found and found[0].place == "Belarus"


def test_a_town_named_with_other_towns_keeps_its_place(full: Language) -> None:
    text = "Protesters clashed with police in Minsk and several other cities on Sunday.\n"
    found = [m for m in mentions(full, text) if m.type == "clash"]
    assert found and found[0].place == "Minsk"
