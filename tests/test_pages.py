"""Extraction quality on the real-page corpora (pages/: excerpts of real news pages on crises
not in the examples, annotated before sitrep ran on them), by `sitrep evaluate` run as a user
runs sitrep.

These are the nearest to what users run sitrep on: pages cut at 2,000 bytes with their
chrome, site clocks and captions. Floors are the levels at session 13's close, rounded down,
per corpus and for the mean. Beirut, Belarus, Pakistan and Tigray were the session's
development corpora; Crocus, Nigeria and Peru were sealed until its close (Niger was unsealed
mid-session, when its speakers scored 0.08: the cause was a general one, bodies named by a
normal name no text writes). Session 13 added four more built the same way (Kabul 2021,
Karabakh 2020, South Africa 2021, Sudan 2021), three of them sealed until its close. The
README's evaluation section gives their scores at the sessions' starts and closes.
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
    "kabul-2021-airport-attack",
    "karabakh-2020-war",
    "niger-2023-coup",
    "nigeria-2020-endsars",
    "pakistan-2023-unrest",
    "peru-2022-protests",
    "southafrica-2021-unrest",
    "sudan-2021-coup",
    "tigray-2020-war",
)

# (section, key) -> floor per corpus, in CORPORA's order, then the mean's: the levels at
# session 13's close, rounded down. Kabul, Karabakh and Sudan were sealed until then (South
# Africa was opened at the session's start); their scores at the start are in the README.
# Session 14 (figures: one person killed told without a number; crowds that "took to the
# streets", "thousands of Sudanese"): figures F1 rose (Beirut 0.74 -> 0.77, Belarus 0.80 ->
# 0.82, Nigeria 0.79 -> 0.84, Peru 0.95 -> 0.97, Sudan 0.89 -> 0.92). Lowered, the newly matched
# figures entering the denominator while the right ones held: Beirut as_of 0.48 -> 0.44 (12 of
# 25 -> 12 of 27), Sudan claimed_by 0.64 -> 0.60 (9 of 14 -> 9 of 15) and place 0.57 -> 0.53
# (8 of 14 -> 8 of 15: a crowd "as thousands of Sudanese took to the streets" put in Sudan
# where gold has Khartoum); Belarus conflicts 0.66 -> 0.57, a newly matched single death set
# against a toll by the conflict resolver. (Kabul's mention recall, 0.57 below its 0.59, was
# below it before this session's figures work.)
# fmt: off
FLOORS: dict[tuple[str, ...], tuple[float, ...]] = {
    ("documents", "published_within_1_day"): (
        0.87, 0.87, 1.00, 1.00, 1.00, 0.75, 1.00,
        1.00, 1.00, 0.87, 0.87, 0.87, 0.92,
    ),
    ("documents", "boilerplate_removed"): (
        1.00, 1.00, 0.76, 0.62, 0.76, 0.50, 0.80,
        0.90, 0.73, 0.94, 0.58, 0.92, 0.79,
    ),
    ("documents", "body_kept"): (
        0.94, 1.00, 0.97, 0.97, 1.00, 0.98, 0.97,
        1.00, 1.00, 0.96, 0.97, 1.00, 0.98,
    ),
    ("duplicates", "f1"): (
        1.00, 1.00, 0.66, 1.00, 0.00, 1.00, 1.00,
        1.00, 1.00, 1.00, 1.00, 1.00, 0.88,
    ),
    ("figures", "f1"): (
        0.73, 0.80, 0.79, 0.80, 0.88, 0.83, 0.79,
        0.97, 0.94, 0.81, 0.88, 0.81, 0.84,
    ),
    ("figures", "as_of_accuracy"): (
        0.60, 0.54, 0.41, 0.85, 0.85, 0.40, 0.78,
        0.72, 0.62, 0.52, 0.42, 0.66, 0.61,
    ),
    ("figures", "claimed_by_accuracy"): (
        0.44, 0.79, 0.47, 0.50, 0.55, 0.80, 0.78,
        0.86, 0.40, 0.68, 0.60, 0.55, 0.62,
    ),
    ("figures", "place_accuracy"): (
        0.40, 0.66, 0.52, 0.19, 0.61, 0.60, 0.57,
        0.81, 0.85, 0.80, 0.53, 0.44, 0.58,
    ),
    ("quotes", "f1"): (
        0.95, 0.82, 0.96, 1.00, 1.00, 0.90, 1.00,
        0.88, 0.78, 0.92, 0.96, 1.00, 0.93,
    ),
    ("quotes", "speaker_accuracy"): (
        0.90, 1.00, 0.90, 0.69, 0.54, 0.60, 0.95,
        0.87, 0.88, 0.91, 0.76, 1.00, 0.83,
    ),
    # Tigray 0.37 -> 0.33 (session 14): Ethiopia Observer, placed two weeks after its
    # neighbours' day ("Two weeks ago, an attack on the town of Maikadra"), is 11-25 against
    # the gold's 11-24, and its Debretsion statement falls a day past the gold's window
    # Pakistan 0.41 -> 0.38 (session 14): the Pakistan Standard editorial, now dated a week
    # after 9 May, no longer lends its "Multiple social media posts ..." to the gold's
    # statement of 10 May; its riots now sit in 9 May's week
    ("events", "f1"): (
        0.47, 0.34, 0.50, 0.43, 0.33, 0.25, 0.32,
        0.38, 0.36, 0.26, 0.42, 0.33, 0.37,
    ),
    # Beirut 0.80 -> 0.70 (session 14): the onset read from "Tuesday's explosion" dates five
    # of its pages right and 13 more events match (F1 0.15 -> 0.47) over which the share of
    # mentions is counted; The Week's "the explosion ... last week", still misdated, leaves one
    ("events", "mention_recall"): (
        0.70, 0.59, 0.54, 0.70, 0.62, 0.21, 0.58,
        0.54, 0.63, 0.40, 0.76, 0.59, 0.57,
    ),
    ("entities", "bcubed_f1"): (
        0.76, 0.75, 0.78, 0.83, 0.83, 0.80, 0.85,
        0.73, 0.90, 0.84, 0.87, 0.72, 0.80,
    ),
    ("entities", "names_found"): (
        0.67, 0.68, 0.75, 0.87, 0.81, 0.77, 0.78,
        0.67, 0.85, 0.78, 0.85, 0.69, 0.76,
    ),
    ("entities", "geocoded_within_25km"): (
        0.83, 0.64, 0.66, 0.62, 0.81, 0.66, 0.42,
        0.57, 0.70, 0.46, 0.37, 0.47, 0.60,
    ),
    # Beirut 0.50 -> 0.33, Kabul 0.52 -> 0.48 (session 14): with Republic World dated 08-07 and
    # the Kabul pages' date lines read, one of Beirut's two overlapping injured groups no
    # longer holds both of the gold pair (the pair is still found: recall 0.50 unchanged) and
    # Kabul's tallies form one more, unmatched, group
    ("conflicts", "f1"): (
        0.33, 0.66, 0.50, 0.48, 0.00, 0.00, 0.57,
        0.00, 0.57, 0.57, 0.40, 0.00, 0.34,
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
