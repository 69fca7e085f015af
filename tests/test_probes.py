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
FLOORS: dict[tuple[str, ...], tuple[float, ...]] = {
    ("documents", "published_within_1_day"): (0.83, 0.83, 0.83, 0.83, 0.83, 1.00, 0.86),
    ("documents", "boilerplate_removed"): (0.91, 1.00, 1.00, 1.00, 0.96, 0.91, 0.96),
    ("documents", "body_kept"): (1.00, 1.00, 0.95, 0.98, 1.00, 1.00, 0.99),
    ("duplicates", "f1"): (1.00, 1.00, 1.00, 1.00, 1.00, 1.00, 1.00),
    ("figures", "f1"): (0.91, 0.84, 0.71, 0.83, 0.76, 0.75, 0.80),
    ("figures", "as_of_accuracy"): (0.63, 0.73, 0.78, 0.64, 0.43, 0.93, 0.69),
    ("figures", "claimed_by_accuracy"): (0.91, 0.73, 0.78, 0.79, 0.75, 0.79, 0.79),
    ("figures", "place_accuracy"): (0.91, 0.96, 0.85, 0.17, 0.37, 0.87, 0.69),
    ("quotes", "f1"): (1.00, 1.00, 0.87, 0.87, 1.00, 1.00, 0.95),
    ("quotes", "speaker_accuracy"): (0.93, 1.00, 0.72, 0.83, 0.92, 1.00, 0.90),
    # s11 (evq): france 0.52 -> 0.59 (a lower-case "march" the tagger takes for the month;
    # the crisis's run-up within a year), gabon 0.37 -> 0.40 (an appointment is made at the
    # seat of government), srilanka 0.25 -> 0.37 (a leader's flight abroad; the run-up; a
    # nationwide emergency; an appointment told in a relative clause),
    # turkey 0.53 -> 0.56 (a count made public is a statement; "declares emergency"),
    # karabakh 0.31 -> 0.33 (what a protesting crowd says is no statement), mean 0.40 ->
    # 0.45. Ecuador 0.44 -> 0.43: the explainer's "the ombudsman's office counts eight
    # dead" is a statement now, the ombudsman's report told again (its speaker named
    # otherwise than the report's)
    ("events", "f1"): (0.43, 0.59, 0.40, 0.33, 0.37, 0.56, 0.45),
    # s11 (evq): france 0.73 -> 0.75; srilanka 0.70 -> 0.69: five more events match (the
    # flight from Katunayake, the arrival in Singapore, the debt suspension, the nationwide
    # emergency, the appointment), each reported by fewer of its documents than the
    # average; recall is averaged over matched events
    ("events", "mention_recall"): (0.64, 0.75, 0.40, 0.58, 0.69, 0.68, 0.62),
    ("entities", "bcubed_f1"): (0.80, 0.93, 0.82, 0.77, 0.86, 0.85, 0.84),
    ("entities", "names_found"): (0.74, 0.87, 0.75, 0.71, 0.86, 0.80, 0.79),
    ("entities", "geocoded_within_25km"): (0.50, 0.83, 0.47, 0.69, 0.71, 0.72, 0.65),
    ("conflicts", "f1"): (0.75, 0.66, 0.66, 0.25, 0.00, 0.20, 0.42),
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
