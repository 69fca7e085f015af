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
FLOORS: dict[tuple[str, ...], tuple[float, ...]] = {}


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
