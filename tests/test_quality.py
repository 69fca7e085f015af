"""Extraction quality on the four bundled example corpora, by `sitrep evaluate`, run as a
user runs sitrep (no --period, nothing read from gold.json but the answers it scores).

The floors are the issues' targets where sitrep meets them and otherwise the level it
reaches now, per corpus and for the mean, so a regression on any corpus fails the suite.
The README's evaluation table shows the same figures.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
CORPORA = (
    "kazakhstan-2022",
    "bangladesh-2024-quota-protests",
    "georgia-2024-tbilisi-protests",
    "sudan-2023-khartoum-fighting",
)

# (section, key) -> floor per corpus, in CORPORA's order, then the mean's
FLOORS: dict[tuple[str, str], tuple[float, float, float, float, float]] = {
    # Georgia 0.88 -> 1.00: "the facade shattered last week when ..." places a text that
    # writes no date in the week after the corpus onset
    # Bangladesh 0.87 -> 1.00: the column that names no day goes the day after its neighbours
    ("documents", "published_within_1_day"): (1.00, 1.00, 1.00, 1.00, 1.00),  # mean: target
    ("documents", "boilerplate_removed"): (0.95, 0.95, 0.95, 0.95, 0.95),  # target
    ("documents", "body_kept"): (0.98, 0.98, 0.98, 0.98, 0.98),  # target
    ("duplicates", "f1"): (1.00, 1.00, 1.00, 1.00, 1.00),  # target
    # Bangladesh 0.87 -> 0.90, Sudan 0.90 -> 0.92, mean 0.92 -> 0.93: a share ("61% of medical
    # facilities", "the 56 percent quota system") is a figure of what it is a share of
    ("figures", "f1"): (0.97, 0.89, 0.92, 0.91, 0.93),  # mean: target
    # Bangladesh 0.82 -> 0.89, mean 0.82 -> 0.83: a report dated by its latest happening is
    # read as the day after (ingest.metadata.NEWS_LAG)
    ("figures", "as_of_accuracy"): (0.62, 0.89, 0.81, 1.00, 0.83),  # mean: target
    ("figures", "claimed_by_accuracy"): (0.93, 0.76, 0.92, 0.86, 0.85),  # mean: target
    # sdn group 0.78 -> 0.85 (evacuations are their own count), place 0.85 -> 0.88 (the
    # claimant is no place)
    # bgd 0.97 -> 0.95: the shares matched add one group the gold words otherwise ("30 percent
    # of the 56 percent quota": "share of quota" against "share of public-sector jobs reserved
    # for descendants of 1971 freedom fighters"); no group that matched before is lost
    # bgd 0.95 -> 0.93, mean 0.77 -> 0.76 (session 15): a share written as a fraction came to
    # be read ("at least two-thirds of those incidents"), whose gold group names the deaths the
    # incidents are ("share of deaths caused by police weaponry"); the group of every earlier
    # match is kept (39/41 -> 40/43)
    ("figures", "group_accuracy"): (0.88, 0.93, 0.40, 0.85, 0.76),
    # sdn 0.89 -> 0.92, mean 0.71 -> 0.72: a place abroad that names the source's body ("the
    # director of the Madina hospital", "the UN mission") is no scope; an organisation's
    # place is where it is
    ("figures", "place_accuracy"): (0.93, 0.71, 0.31, 0.92, 0.72),
    # Georgia 0.86 -> 0.88, speaker 0.88 -> 0.89: a quotation whose page lost its opening
    # mark, closed before its attribution, runs from its paragraph's start
    # Georgia 0.88 -> 0.93, speaker 0.89 -> 0.90, mean 0.91 -> 0.92 / 0.85 -> 0.87: words
    # quoted inside reported speech are the reporter's; "the statement said" is the
    # institution quoted before it
    ("quotes", "f1"): (0.97, 0.85, 0.93, 0.87, 0.92),  # mean: target
    # s11: sdn 0.94 -> 0.89, mean 0.87 -> 0.86 (quotes F1 sdn 0.89 -> 0.92): "the military said
    # ... 'spreading lies' and declared it a 'rebel' group" was one quote dropped and one
    # given to the other side; both are now the army's, which sitrep names "Armed Forces of
    # Sudan" and gold "Sudanese Armed Forces" (no such alias): a naming, not an attribution
    ("quotes", "speaker_accuracy"): (0.90, 0.70, 0.90, 0.88, 0.85),  # mean: target
    # Georgia 0.18 -> 0.37: a country-level event of a one-city corpus has the city as its town
    # Bangladesh 0.35 -> 0.43: a country-level statement or fall of government is at the capital
    # Sudan 0.61 -> 0.65, Bangladesh 0.43 -> 0.45: one statement per speaker and day, an
    # unnamed speaker's statement with the named one next to it, a town's event with its
    # site's, a country's war one event over the weeks outlets report it
    # evx: kaz 0.76 -> 0.78, bgd 0.44 -> 0.50, geo 0.37 -> 0.50, sdn 0.62 -> 0.66, mean
    # 0.55 -> 0.61: the place goes on with the story, a campus is a site, a disclosed toll
    # and an announcement are statements, "since 28 Nov" and the present perfect run to
    # the report, a release of detainees is a happening, a sibling clause places nothing
    # both together (evr + evx): kaz/bgd/geo/sdn 0.78/0.50/0.50/0.70, mean 0.62
    # Bangladesh 0.45 -> 0.46: the column that names no day is placed among its neighbours
    # with pubdates2 (Bangladesh's column placed among its neighbours): bgd 0.54, mean 0.63
    # mrecall: geo 0.500 -> 0.511, a tally "since 28 Nov" is the wave of arrests it counts
    # mrecall: kaz 0.783 -> 0.800, mean 0.625 -> 0.631: an undated toppling in a town is
    # the dated one there; "demands broadened" in two articles is one happening
    # all merged (ev3, evr, evx, pubdates2, mrecall): 0.80/0.54/0.51/0.70, mean 0.64: target
    # s9: bgd 0.548 -> 0.568: one victim killed in a clash is a killing beside the clash
    # ("a student has been killed as a clash broke out": Abu Sayeed's death, gold E6)
    # s9: bgd 0.568 -> 0.575: "the number of arrests passed 2,500" is a tally, no arrest
    # s11 (evq): bgd 0.575 -> 0.587, mean 0.649 -> 0.652: a leader's flight abroad is a
    # happening (Hasina landed at Hindon Air Base, gold E34)
    ("events", "f1"): (0.80, 0.58, 0.51, 0.70, 0.65),  # bgd: a reworded copy counts once
    # Sudan 0.63 -> 0.55: an event on a site is in the site's town, so one more Sudan event
    # matches (fighting at Sports City, Khartoum), reported by fewer of its documents; recall
    # of mentions is averaged over matched events. Sudan 0.55 -> 0.53, mean 0.65 -> 0.64: the
    # 18 April truce and the war's short-lived truces now match, each with fewer documents
    # Georgia 0.42 -> 0.63: in a one-city corpus a country-level report is the city's
    # Sudan 0.53 -> 0.71, mean 0.72 -> 0.76: fighting told for the whole country over days is
    # the country's war, a town's report of the fighting the site's, air strikes apart
    # evx: bgd 0.88 -> 0.89, geo 0.64 -> 0.70, sdn 0.53 -> 0.56, mean 0.72 -> 0.74
    # both together: 0.81/0.89/0.70/0.73, mean 0.78
    # mrecall: geo 0.706 -> 0.735, mean 0.788 -> 0.796 (the "since 28 Nov" tally)
    # mrecall: kaz 0.812 -> 0.835, mean 0.796 -> 0.802 (the toppling in Taldykorgan, the
    # broadened demands)
    # all merged: 0.83/0.90/0.73/0.73, mean 0.803: target
    # s9: bgd 0.903 -> 0.879, mean 0.803 -> 0.797: Abu Sayeed's killing now matches, told by
    # two documents of which one (three weeks on) dates it 15 July, the other 16 July: kept
    # apart, as the sources disagree; recall of mentions is averaged over matched events
    # s11: sdn 0.739 -> 0.783, mean 0.797 -> 0.808: "since the conflict broke out on
    # Saturday" is the first day's fighting, and the toll's statement stays one
    # s11 (evq): bgd 0.879 -> 0.882 (Hasina's flight)
    # s17 (evother): sdn 0.783 -> 0.766: the warring forces' closing of the bridges (gold
    # E6, one document) now matches (events F1 0.710 -> 0.742)
    ("events", "mention_recall"): (0.83, 0.88, 0.73, 0.76, 0.80),
    # docq2: bgd 0.96 -> 0.97 / names 0.93 -> 0.95 (a byline is read for its reporter's name),
    # sdn 0.88 -> 0.89 ("X, also known as Y" links the two names)
    ("entities", "bcubed_f1"): (0.90, 0.97, 0.92, 0.89, 0.90),  # mean: target
    ("entities", "names_found"): (0.90, 0.95, 0.90, 0.84, 0.90),  # mean: target
    ("entities", "geocoded_within_25km"): (0.85, 0.90, 0.97, 0.82, 0.90),  # mean: target
    # Georgia 0.67 -> 0.75: crowd counts of different days are a series (interfax's Monday-dawn
    # "about 200 protesters are staying" after newswire's Friday-night "thousands"), not a
    # disagreement. All 1.00 since: a rate ("40-70 detained daily"), arrested = detained, an
    # undated total inside the dated series, a breakdown's remainder, a share its article
    # explains, crossed scopes, incidents below the total and vague-only scope pairs
    ("conflicts", "f1"): (1.00, 1.00, 1.00, 1.00, 1.00),  # mean: target
}


@pytest.fixture(scope="module")
def scores() -> dict[str, dict]:
    paths = [str(EXAMPLES / c) for c in CORPORA]
    result = CliRunner().invoke(main, ["evaluate", *paths, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _value(scores: dict, section: str, key: str) -> float:
    if section == "duplicates":
        return scores["documents"]["duplicates"][key]
    return scores[section][key]


def test_every_corpus_and_the_mean_is_scored(scores: dict) -> None:
    assert set(scores) == {*CORPORA, "mean"}
    for corpus in CORPORA:
        assert set(scores[corpus]) == {
            "documents",
            "figures",
            "quotes",
            "events",
            "entities",
            "conflicts",
        }


@pytest.mark.parametrize(("section", "key"), list(FLOORS))
def test_floors(scores: dict, section: str, key: str) -> None:
    floors = FLOORS[(section, key)]
    below = [
        f"{name}: {_value(scores[name], section, key):.3f} < {floor}"
        for name, floor in zip((*CORPORA, "mean"), floors, strict=True)
        if _value(scores[name], section, key) < floor
    ]
    assert not below, f"{section} {key} fell: " + "; ".join(below)
