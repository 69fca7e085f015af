"""Extraction quality on the real-page corpora (pages/: excerpts of real news pages on crises
not in the examples, annotated before sitrep ran on them), by `sitrep evaluate` run as a user
runs sitrep.

These are the nearest to what users run sitrep on: pages cut at 2,000 bytes with their
chrome, site clocks and captions. Floors are the levels at session 16's close, rounded down,
per corpus and for the mean. Beirut, Belarus, Pakistan and Tigray were the session's
development corpora; Crocus, Nigeria and Peru were sealed until its close (Niger was unsealed
mid-session, when its speakers scored 0.08: the cause was a general one, bodies named by a
normal name no text writes). Session 13 added four more built the same way (Kabul 2021,
Karabakh 2020, South Africa 2021, Sudan 2021), three of them sealed until its close; session
14 four more (Goma 2025, opened at once; Sri Lanka 2019, Iraq 2019 and Burkina Faso 2022,
sealed until its close); session 15 four more (Iran 2022, Mozambique 2021, Guinea 2021, Kenya
2024); session 16 three more, sealed until its close (Chile 2019, Christchurch 2019, the
Kyrgyz-Tajik border fighting of 2022). The README's evaluation section gives their scores at
the sessions' starts and closes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_floors import below, evaluate

PAGES = Path(__file__).resolve().parent.parent / "pages"
CORPORA = (
    "beirut-2020-explosion",
    "belarus-2020-protests",
    "burkina-2022-coup",
    "crocus-2024-attack",
    "goma-2025-m23",
    "guinea-2021-coup",
    "iran-2022-protests",
    "iraq-2019-protests",
    "kabul-2021-airport-attack",
    "karabakh-2020-war",
    "kenya-2024-finance-protests",
    "mozambique-2021-palma-attack",
    "niger-2023-coup",
    "nigeria-2020-endsars",
    "pakistan-2023-unrest",
    "peru-2022-protests",
    "southafrica-2021-unrest",
    "srilanka-2019-easter-bombings",
    "sudan-2021-coup",
    "tigray-2020-war",
    "chile-2019-protests",
    "christchurch-2019-attack",
    "kyrgyz-tajik-2022-clashes",
    "hongkong-2019-protests",
    "mali-2020-coup",
    "manchester-2017-arena-attack",
    "tripoli-2019-offensive",
)

# Session 17's close: every floor reset to the levels measured then, rounded down (Hong Kong
# 2019, Mali 2020, the Manchester Arena bombing 2017 and the Tripoli offensive 2019 were
# sealed until then: their scores at the session's start are in the README). The notes below
# say why floors were lowered during sessions 16 and 17.
# Session 17: a headline's quoted words take the speaker the body names (Sudan 2021 speaker
# 0.83 -> 0.93); its quotes F1 0.97 -> 0.95: the headline's "deeply disturbing" is quoted
# again in the standfirst, and the gold annotates one of the two. Christchurch entities
# 0.73 -> 0.72 (names found 0.66 -> 0.64, geocoded 0.50 -> 0.43): two street names only a
# photo caption gave, now chrome. Pakistan events 0.39 -> 0.38: "some areas of Rawalpindi and
# Faisalabad" is one clash in the gold, two now (a pair of towns is one event per town).
# Mention recall, the mean over matched events, fell where the placing and dating rules
# matched events reported by fewer texts (Burkina, Nigeria, South Africa, Tigray, Crocus,
# Sudan 2021 0.73 -> 0.56: the coup's arrests, read at Omdurman, no longer match and a
# statement matched in their place). The "other" developments (mournings, court hearings,
# closures, sanctions) lowered Niger's and Peru's events F1 (0.31 -> 0.26, 0.42 -> 0.39:
# matches that came from misfires on the right day were lost; Niger's airspace closures are
# found but dated by wrong publication dates).
# Session 16, at the close after the sealed three were opened: "the nation of 18 million" is
# no count and "200 injured and more than 1,500 detained" keeps its participle (Chile figures
# 0.77 -> 0.83); Chile's conflicts 0.33 -> 0.00: the misread "1,500 killed" had pulled the
# day's killed counts into a conflict that matched the gold's "at least eight" vs "as high as
# 13"; without it the same-day pair inside a growing series is read as history (to mend).
# (section, key) -> floor per corpus, in CORPORA's order, then the mean's: the levels at
# session 15's close, rounded down (Guinea and Kenya were sealed until then; Iran and
# Mozambique were opened during it: their scores at the session's start are in the README).
# Lowered in session 15, each traced: Sudan's published 0.88 -> 0.75, events 0.43 -> 0.40 and
# mention recall 0.83 -> 0.63 (a caption's yearless 'tomorrow (Saturday 30 October)' read as
# the year before now dates a neighbour, whose span keeps tribunesa's weekdays from being
# placed); the notes below on earlier lowerings still hold. At session 14's close: Sri Lanka,
# Iraq and Burkina Faso were sealed until then
# (Goma was opened at the session's start); their scores at the start are in the README.
# Lowered during session 14, each traced to its cause, mostly a change that matched more
# items while the share of those right fell: mention recall of matched events (Kabul 0.59,
# Nigeria 0.58 and Beirut 0.80 as their events F1 rose; more events matched, each with fewer
# of its gold mentions), figures' as_of, claimed_by and place (Beirut, Sudan: newly found
# figures entering the denominator), conflicts (Beirut, Belarus, Kabul: a newly found figure
# or a corrected date set against another toll); Pakistan and Tigray events F1 (a statement's
# day inside a report now dated right falls outside its gold window); Burkina Faso's speaker
# accuracy 1.00 -> 0.83 when a quote in guillemets was found whose speaker is a description.
# Session 15 (page chrome by families: date stamps, credited captions, names and agencies over
# the text, prompts, notices and button rows, two headlines in a row inside the text, a
# paragraph the saved text cut off): boilerplate removed raised (mean 0.78 -> 0.93), body kept
# and Burkina Faso's dates raised. Lowered, each traced: Belarus boilerplate 1.00 -> 0.96 (the
# page's last words "A message from the", cut off where the excerpt ends, read as the start of
# a paragraph as seven cut-off paragraphs rightly are); Burkina Faso's mention recall 0.53 ->
# 0.50 while its events F1 rose 0.27 -> 0.35; names found, B-cubed and places in Goma (CFR),
# Karabakh (ELTA) and Peru (Montevideo): names that stand only in gold boilerplate lines (a
# blog's disclaimer, a reproduction notice, a site's clock), which the texts' readers no longer
# read.
# Session 15: Crocus published 1.00 -> 0.87 (and the mean 0.88 -> 0.87) when UN News's alert
# (scoop) stopped being grouped with APP's rewrite of it under a newer toll (not a copy in the
# gold): it had taken APP's date as a copy, and its neighbours now place it three days late.
# Session 15 (conflicts, raised where they rose: Beirut, Belarus, Crocus, Goma, Iraq, the
# mean 0.39 -> 0.45): Kabul's conflicts 0.72 -> 0.52: "Eighteen US service members were injured in
# addition to the 13 dead" (the 13 read as injured) is one sentence in one voice, no longer
# a disagreement; that pair had put the two reports' equal 18 into one conflict, which
# matched the gold 18-vs-15 one only through them (the 15s are read as other groups).
# Session 16 (captions known by a closing credit of any form, "PHOTO | AFP", "Photographer:
# A/Bloomberg via Getty Images", "[PCS, Standard]", "AP Photo"; a line said twice in a row; a
# contributors' sentence; the headline under the page's chrome kept): boilerplate removed mean
# 0.91 -> 0.93, body kept 0.979 -> 0.982. Lowered, each traced: names found, B-cubed and
# places in Guinea (Kamsar, Compagnie des Bauxites de Guinee, the World Bank, the photographer
# and Bloomberg) and Kenya (State House, PCS): names that stand only in captions the gold marks
# as boilerplate, which the readers no longer read; Guinea's events F1 0.47 -> 0.43 (a lucky
# match lost: an opinion sentence "Not only because in 2021 ..." had taken 5 September and
# Conakry from the page); South Africa's events F1 0.26 -> 0.24 (the Washington Post's
# headline, now kept as the gold has it, moves its riots into Gauteng's cluster, so the
# unrest-as-a-whole event loses its match; mention recall 0.45 -> 0.60).
# Session 16 (dedup: a spun copy with its paragraphs moved, dedup.SPUN_*): Guinea's
# duplicates 0.00 -> 1.00 (the mean 0.95 -> 1.00), its events F1 0.47 -> 0.39 (the mean
# 0.41 -> 0.40): chiefobserver, now in eastafrican's group, takes its date (2021-09-08, the
# gold's; it was read a day early), so its undated sentences, which sitrep dates by the page,
# move a day. Three gold events of 2021-09-07 or before had been matched only through that
# wrong day, none by the sentence that tells it (the prisoners' release matched by 'the
# government had been dissolved'); one gold event of 2021-09-08 is now matched.
# Session 16: Sudan's events 0.40 -> 0.37: a coup is now the state's power seized
# ("seizure"), as five of the six coup corpora's annotators type it; Sudan's gold alone
# types its coup government_dismissal (Burkina, Guinea and Niger rose, pages mean 0.413 ->
# 0.416, mention recall 0.550 -> 0.563).
# fmt: off
FLOORS: dict[tuple[str, ...], tuple[float, ...]] = {
    ("documents", "published_within_1_day"): (
        0.87, 0.87, 0.75, 0.87, 0.87, 0.87, 0.50,
        0.87, 1.00, 1.00, 0.87, 0.87, 0.75, 1.00,
        1.00, 1.00, 0.87, 1.00, 0.87, 0.87, 0.75,
        1.00, 0.87, 0.75, 0.75, 0.62, 0.50, 0.84,
    ),
    ("documents", "boilerplate_removed"): (
        1.00, 0.96, 0.90, 1.00, 1.00, 0.88, 0.94,
        0.96, 0.83, 0.96, 0.86, 1.00, 1.00, 0.96,
        0.93, 0.80, 1.00, 0.96, 0.79, 0.92, 0.68,
        0.83, 0.86, 0.72, 0.53, 0.66, 0.86, 0.88,
    ),
    ("documents", "body_kept"): (
        0.94, 1.00, 1.00, 0.98, 1.00, 0.94, 1.00,
        0.91, 0.98, 1.00, 1.00, 0.94, 0.98, 0.98,
        1.00, 1.00, 0.98, 0.97, 1.00, 1.00, 0.91,
        0.93, 0.98, 0.92, 0.98, 0.97, 0.82, 0.96,
    ),
    ("duplicates", "f1"): (
        1.00, 1.00, 1.00, 1.00, 1.00, 1.00, 1.00,
        1.00, 1.00, 1.00, 1.00, 1.00, 1.00, 1.00,
        1.00, 1.00, 1.00, 1.00, 1.00, 1.00, 1.00,
        0.00, 1.00, 0.00, 1.00, 1.00, 1.00, 0.92,
    ),
    ("figures", "f1"): (
        0.78, 0.83, 0.88, 0.79, 0.85, 0.69, 0.85,
        0.80, 0.80, 0.93, 0.75, 0.76, 0.83, 0.84,
        0.97, 0.96, 0.81, 0.78, 0.92, 0.90, 0.82,
        0.81, 0.77, 0.54, 0.87, 0.69, 0.63, 0.81,
    ),
    ("figures", "as_of_accuracy"): (
        0.60, 0.57, 0.37, 0.64, 0.60, 0.44, 0.53,
        0.80, 0.95, 0.86, 0.44, 0.72, 0.40, 1.00,
        0.81, 0.64, 0.52, 0.68, 0.70, 0.70, 0.50,
        0.52, 0.53, 0.58, 0.42, 0.35, 0.15, 0.59,
    ),
    ("figures", "claimed_by_accuracy"): (
        0.57, 0.80, 1.00, 0.82, 0.91, 0.55, 0.73,
        0.92, 0.76, 0.73, 0.61, 0.93, 0.80, 0.80,
        0.95, 0.64, 0.72, 0.68, 0.76, 0.60, 0.92,
        0.72, 0.58, 0.58, 0.71, 0.64, 0.23, 0.73,
    ),
    ("figures", "place_accuracy"): (
        0.39, 0.69, 0.68, 0.52, 0.52, 0.77, 0.86,
        0.76, 0.28, 0.65, 0.94, 0.34, 0.60, 0.61,
        0.90, 0.89, 0.80, 0.86, 0.53, 0.50, 0.76,
        0.24, 0.53, 0.76, 0.57, 0.70, 0.07, 0.62,
    ),
    ("quotes", "f1"): (
        0.95, 0.82, 0.87, 0.96, 1.00, 0.92, 0.87,
        0.96, 1.00, 1.00, 1.00, 0.83, 0.90, 1.00,
        0.88, 0.78, 0.96, 1.00, 0.96, 1.00, 0.96,
        0.93, 1.00, 0.77, 0.87, 0.84, 0.83, 0.92,
    ),
    ("quotes", "speaker_accuracy"): (
        0.90, 1.00, 0.85, 0.90, 1.00, 0.83, 0.83,
        1.00, 0.91, 0.72, 0.89, 1.00, 0.60, 0.95,
        0.87, 0.88, 0.92, 0.85, 0.90, 1.00, 0.95,
        1.00, 0.69, 0.58, 0.76, 0.68, 0.76, 0.86,
    ),
    ("events", "f1"): (
        0.50, 0.39, 0.43, 0.54, 0.48, 0.38, 0.37,
        0.61, 0.49, 0.38, 0.61, 0.36, 0.35, 0.43,
        0.39, 0.38, 0.30, 0.51, 0.43, 0.37, 0.28,
        0.33, 0.37, 0.14, 0.28, 0.21, 0.20, 0.39,
    ),
    ("events", "mention_recall"): (
        0.66, 0.53, 0.48, 0.56, 0.47, 0.57, 0.34,
        0.72, 0.76, 0.68, 0.70, 0.39, 0.39, 0.51,
        0.62, 0.67, 0.52, 0.65, 0.51, 0.56, 0.41,
        0.60, 0.42, 0.83, 0.62, 0.46, 0.50, 0.56,
    ),
    ("entities", "bcubed_f1"): (
        0.78, 0.77, 0.78, 0.78, 0.86, 0.74, 0.70,
        0.80, 0.86, 0.82, 0.74, 0.77, 0.81, 0.87,
        0.76, 0.92, 0.85, 0.82, 0.87, 0.72, 0.67,
        0.72, 0.84, 0.74, 0.85, 0.82, 0.81, 0.79,
    ),
    ("entities", "names_found"): (
        0.69, 0.70, 0.75, 0.75, 0.82, 0.66, 0.67,
        0.76, 0.89, 0.80, 0.69, 0.71, 0.79, 0.82,
        0.71, 0.88, 0.80, 0.83, 0.85, 0.69, 0.61,
        0.64, 0.82, 0.68, 0.87, 0.80, 0.85, 0.76,
    ),
    ("entities", "geocoded_within_25km"): (
        0.83, 0.76, 0.75, 0.66, 0.52, 0.76, 0.72,
        0.75, 0.62, 0.87, 0.71, 0.56, 0.73, 0.57,
        0.57, 0.80, 0.69, 0.52, 0.50, 0.47, 0.66,
        0.42, 0.55, 0.60, 0.71, 0.35, 0.40, 0.63,
    ),
    ("conflicts", "f1"): (
        0.85, 0.80, 0.00, 1.00, 0.80, 0.00, 1.00,
        0.50, 0.80, 0.57, 0.66, 0.00, 0.00, 0.66,
        0.00, 0.66, 0.66, 1.00, 0.40, 0.00, 0.66,
        0.00, 0.33, 0.57, 0.00, 1.00, 0.50, 0.49,
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
