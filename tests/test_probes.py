"""Extraction quality on the six probe corpora (probes/: invented reports on crises of kinds
the examples lack), by `sitrep evaluate` run as a user runs sitrep.

The examples' floors (tests/test_quality.py) guard the corpora the rules were first read on;
these guard how they generalise. Floors are today's levels, rounded down, per corpus and
for the mean; a rule that lifts one corpus and sinks another fails here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep.cli import main
from test_quality import _value

PROBES = Path(__file__).resolve().parent.parent / "probes"
CORPORA = (
    "ecuador-2019-fuel-protests",
    "france-2023-riots",
    "gabon-2023-coup",
    "karabakh-2023-offensive",
    "srilanka-2022-aragalaya",
    "turkey-2023-earthquake",
)

# (section, key) -> floor per corpus, in CORPORA's order, then the mean's
# Today's levels (session 10's close), rounded down: at its start (13ff273) the probes' means
# were published 0.61, duplicates 0.33, boilerplate 0.79, figures 0.74, as_of 0.48,
# claimed_by 0.72, events 0.21, mention recall 0.55, B-cubed 0.80, places 0.60, conflicts 0.24.
# Session 11 (figures and conflicts: magnitudes, hospital admissions, live pages' updates,
# places a tally was counted in, shares): figures 0.80 -> 0.85, conflicts 0.42 -> 0.57.
# Turkey's place floor 0.87 -> 0.86: the WHO's projections now read ("up to 23 million people
# could be affected") are placed at the source's city or the article's country, where gold
# has "Turkey and Syria" (a place made of two countries, which no figure reads yet).
# Session 11 (dating texts written days later): published 0.86 -> 1.00 on every probe, as_of
# 0.72 -> 0.83; Sri Lanka's conflicts 0.57 -> 0.50 (a toll of the statement now dated right
# no longer meets the police's count of the same day).
FLOORS: dict[tuple[str, ...], tuple[float, ...]] = {
    ("documents", "published_within_1_day"): (1.00, 1.00, 1.00, 1.00, 1.00, 1.00, 1.00),
    ("documents", "boilerplate_removed"): (0.91, 1.00, 1.00, 1.00, 1.00, 0.94, 0.97),
    ("documents", "body_kept"): (1.00, 1.00, 0.95, 0.98, 1.00, 1.00, 0.99),
    ("duplicates", "f1"): (1.00, 1.00, 1.00, 1.00, 1.00, 1.00, 1.00),
    ("figures", "f1"): (0.91, 0.84, 0.80, 0.83, 0.81, 0.88, 0.85),
    ("figures", "as_of_accuracy"): (0.81, 0.73, 0.88, 0.76, 0.83, 0.94, 0.83),
    ("figures", "claimed_by_accuracy"): (0.91, 0.90, 0.82, 0.82, 0.88, 0.83, 0.86),
    ("figures", "place_accuracy"): (0.91, 0.96, 0.94, 0.17, 0.44, 0.86, 0.71),
    ("quotes", "f1"): (1.00, 1.00, 0.87, 0.87, 1.00, 1.00, 0.95),
    ("quotes", "speaker_accuracy"): (0.93, 1.00, 0.77, 0.83, 0.92, 1.00, 0.91),
    # s11: ecuador 0.444 -> 0.438: "soldiers in armoured vehicles patrolled the avenue" is a
    # deployment its gold leaves out (the held-out Kenya corpus annotates the same phrasing);
    # turkey 0.53 -> 0.55, mention recall 0.67 -> 0.68: the quake is an event of its own.
    # Sri Lanka 0.25 -> 0.24 (session 11): the NGO statement, dated right (22 July, not 12),
    # gives its swearing-in and raid their days, but placed at 'Sri Lanka', not Galle Face or
    # Colombo, they split into one more unmatched event (43 -> 44 predicted)
    ("events", "f1"): (0.43, 0.55, 0.40, 0.36, 0.24, 0.55, 0.42),
    # France 0.73 -> 0.71 (session 11): the explainer's undated "For about a week, youths set
    # fire to cars" took its publication day, 2 July, inside the riots' week only because the
    # explainer was misdated; dated right (5 July), it no longer is
    # Karabakh 0.56 -> 0.46 (session 11): "On 19 September" is read as the day, not the
    # month: two more events match (12 -> 14, F1 0.32 -> 0.37), each with documents sitrep
    # does not fold in, and the explainer's "The fighting lasted barely 24 hours: a ceasefire
    # ... took effect the next day" now takes the ceasefire's day (20 September), not the
    # month, and leaves the 19 September clash
    ("events", "mention_recall"): (0.64, 0.71, 0.44, 0.46, 0.70, 0.68, 0.60),
    ("entities", "bcubed_f1"): (0.80, 0.93, 0.82, 0.77, 0.86, 0.87, 0.84),
    ("entities", "names_found"): (0.74, 0.87, 0.75, 0.71, 0.86, 0.82, 0.79),
    ("entities", "geocoded_within_25km"): (0.50, 0.83, 0.47, 0.69, 0.71, 0.72, 0.65),
    ("conflicts", "f1"): (0.75, 0.66, 0.66, 0.28, 0.50, 0.57, 0.57),
}


@pytest.fixture(scope="module")
def scores() -> dict[str, dict]:
    paths = [str(PROBES / c) for c in CORPORA]
    result = CliRunner().invoke(main, ["evaluate", *paths, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_every_probe_and_the_mean_is_scored(scores: dict) -> None:
    assert set(scores) == {*CORPORA, "mean"}


@pytest.mark.parametrize(("section", "key"), sorted(FLOORS))
def test_floors(scores: dict, section: str, key: str) -> None:
    floors = dict(zip((*CORPORA, "mean"), FLOORS[(section, key)], strict=True))
    low = {
        corpus: (round(_value(scores[corpus], section, key), 4), floor)
        for corpus, floor in floors.items()
        if _value(scores[corpus], section, key) < floor
    }
    assert not low, f"{section} {key} below its floor (value, floor): {low}"
