"""Extraction quality on the real-page corpora (pages/: excerpts of real news pages on crises
not in the examples, annotated before sitrep ran on them), by `sitrep evaluate` run as a user
runs sitrep.

These are the nearest to what users run sitrep on: pages cut at 2,000 bytes with their
chrome, site clocks and captions. Floors are the levels at session 12's close, rounded down,
per corpus and for the mean. Beirut, Belarus, Pakistan and Tigray were the session's
development corpora; Crocus, Nigeria and Peru were sealed until its close (Niger was unsealed
mid-session, when its speakers scored 0.08: the cause was a general one, bodies named by a
normal name no text writes). The README's evaluation section gives their scores at the
session's start and close.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_floors import below, evaluate

PAGES = Path(__file__).resolve().parent.parent / "pages"
CORPORA = (
    "beirut-2020-explosion",
    "belarus-2020-protests",
    "crocus-2024-attack",
    "niger-2023-coup",
    "nigeria-2020-endsars",
    "pakistan-2023-unrest",
    "peru-2022-protests",
    "tigray-2020-war",
)

# (section, key) -> floor per corpus, in CORPORA's order, then the mean's
# Session 13 (figures: suspects, "under treatment", "taken the lives of", charred buses, a
# pandemic's dead): figures F1 raised (Crocus 0.73 -> 0.79, Nigeria 0.76 -> 0.80, Pakistan
# 0.90 -> 0.93, Peru 0.91 -> 0.93, mean 0.81 -> 0.83); the
# newly matched figures enter the attribute denominators while the right ones held (Crocus
# 3 dates of 15 -> 17 matched, Pakistan 17 places of 20 -> 21): Crocus as_of 0.20 -> 0.17,
# Pakistan place 0.85 -> 0.80. Pakistan's "sanctioning ten companies of troops" (units of a
# force) now matches, F1 0.93 -> 0.97; its source, the ministry whose act it is, not yet:
# claimed_by 0.90 -> 0.86 (19 right of 21 -> 22).
# fmt: off
FLOORS: dict[tuple[str, ...], tuple[float, ...]] = {
    ("documents", "published_within_1_day"): (
        0.37, 0.87, 0.75, 0.75, 1.00, 0.87, 0.87,
        0.37, 0.73,
    ),
    ("documents", "boilerplate_removed"): (
        0.93, 1.00, 0.76, 0.50, 0.64, 0.90, 0.73,
        0.92, 0.80,
    ),
    ("documents", "body_kept"): (
        0.94, 1.00, 0.94, 0.96, 0.95, 1.00, 1.00,
        1.00, 0.97,
    ),
    ("duplicates", "f1"): (
        1.00, 1.00, 0.66, 1.00, 1.00, 1.00, 1.00,
        1.00, 0.95,
    ),
    ("figures", "f1"): (
        0.73, 0.80, 0.79, 0.83, 0.80, 0.97, 0.93,
        0.81, 0.83,
    ),
    ("figures", "as_of_accuracy"): (
        0.48, 0.54, 0.17, 0.40, 0.77, 0.70, 0.61,
        0.55, 0.53,
    ),
    ("figures", "claimed_by_accuracy"): (
        0.44, 0.79, 0.46, 0.80, 0.77, 0.86, 0.38,
        0.55, 0.63,
    ),
    ("figures", "place_accuracy"): (
        0.40, 0.66, 0.46, 0.60, 0.55, 0.80, 0.76,
        0.44, 0.59,
    ),
    ("quotes", "f1"): (
        0.95, 0.82, 0.96, 0.80, 1.00, 0.88, 0.78,
        1.00, 0.90,
    ),
    ("quotes", "speaker_accuracy"): (
        0.83, 1.00, 0.76, 0.25, 0.77, 0.87, 0.88,
        1.00, 0.79,
    ),
    ("events", "f1"): (
        0.14, 0.32, 0.50, 0.26, 0.30, 0.38, 0.35,
        0.25, 0.31,
    ),
    # Pakistan 0.58 -> 0.55 (session 13): one more event matched (the riots "in several
    # major cities", found in one of its gold documents) lowers the share over matched events
    ("events", "mention_recall"): (
        0.80, 0.57, 0.51, 0.21, 0.57, 0.55, 0.61,
        0.52, 0.54,
    ),
    ("entities", "bcubed_f1"): (
        0.75, 0.75, 0.78, 0.78, 0.85, 0.73, 0.90,
        0.71, 0.78,
    ),
    ("entities", "names_found"): (
        0.66, 0.68, 0.75, 0.74, 0.78, 0.67, 0.85,
        0.68, 0.72,
    ),
    ("entities", "geocoded_within_25km"): (
        0.66, 0.64, 0.66, 0.66, 0.42, 0.57, 0.60,
        0.36, 0.57,
    ),
    ("conflicts", "f1"): (
        0.50, 0.66, 0.50, 0.00, 0.57, 0.00, 0.50,
        0.00, 0.34,
    ),
}
# fmt: on


@pytest.fixture(scope="module")
def scores() -> dict[str, dict]:
    return evaluate(PAGES, CORPORA)


def test_every_corpus_and_the_mean_is_scored(scores: dict) -> None:
    assert set(scores) == {*CORPORA, "mean"}


@pytest.mark.parametrize(("section", "key"), sorted(FLOORS))
def test_floors(scores: dict, section: str, key: str) -> None:
    low = below(scores, CORPORA, FLOORS[(section, key)], section, key)
    assert not low, f"{section} {key} below its floor (value, floor): {low}"
