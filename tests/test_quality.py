"""Extraction quality on the bundled example corpus, by `sitrep evaluate`.

The floors are the issues' targets where sitrep meets them, and otherwise the
level it reaches now (marked "floor"), so a regression fails the suite.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from sitrep.cli import main


@pytest.fixture(scope="module")
def scores(example_dir) -> dict:
    result = CliRunner().invoke(main, ["evaluate", str(example_dir), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_every_section_is_scored(scores):
    assert set(scores) == {"documents", "figures", "quotes", "events", "entities", "conflicts"}


def test_documents(scores):
    docs = scores["documents"]
    assert docs["duplicates"]["precision"] == docs["duplicates"]["recall"] == 1.0
    assert docs["published_within_1_day_count"] >= 4  # 5 of 5 now, with the corpus
    assert docs["boilerplate_removed"] >= 0.95
    assert docs["body_kept"] >= 0.98


def test_figures(scores):
    figs = scores["figures"]
    assert figs["f1"] >= 0.90
    assert figs["qualifier_accuracy"] >= 0.95
    assert figs["claimed_by_accuracy"] >= 0.85
    assert figs["group_accuracy"] >= 0.80
    assert figs["as_of_accuracy"] >= 0.60  # floor (target 0.80): follows inferred pub dates


def test_quotes(scores):
    assert scores["quotes"]["f1"] >= 0.85
    assert scores["quotes"]["speaker_accuracy"] >= 0.85


def test_entities_and_places(scores):
    ents = scores["entities"]
    assert ents["bcubed_f1"] >= 0.90
    # floors (target 0.90, 0.87 today): two regions sit at the centre of their towns
    # (GeoNames' own region points ship in no package); a cosmodrome and an oil field are in
    # no offline gazetteer; the Caspian's point is atlas-level
    assert ents["towns_regions_within_25km"] >= 0.85 and ents["towns_regions"] >= 15
    assert ents["geocoded_within_25km"] >= 0.85


def test_events(scores):
    events = scores["events"]
    assert events["f1"] >= 0.70
    assert events["mention_recall"] >= 0.80


def test_conflicts(scores):
    assert scores["conflicts"]["f1"] >= 0.80
