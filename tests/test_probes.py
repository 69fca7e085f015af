"""Extraction quality on the twelve probe corpora (probes/: invented reports on crises of kinds
the examples lack), by `sitrep evaluate` run as a user runs sitrep.

The examples' floors (tests/test_quality.py) guard the corpora the rules were first read on;
these guard how they generalise. Floors are today's levels, rounded down, per corpus and
for the mean; a rule that lifts one corpus and sinks another fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_floors import below, evaluate

PROBES = Path(__file__).resolve().parent.parent / "probes"
CORPORA = (
    "ecuador-2019-fuel-protests",
    "france-2023-riots",
    "gabon-2023-coup",
    "haiti-2024-gang-violence",
    "iran-2022-mahsa-amini-protests",
    "karabakh-2023-offensive",
    "kenya-2024-finance-bill-protests",
    "libya-2023-derna-floods",
    "morocco-2023-earthquake",
    "myanmar-2021-coup",
    "srilanka-2022-aragalaya",
    "turkey-2023-earthquake",
)

# Session 16: Iran's figures place 0.75 -> 0.73: "a country of N million" is no count and a
# gapped participle keeps its measure, so a newly matched figure (F1 0.87 -> 0.89) enters the
# denominator with the country where the gold has a town; the right places held (30 -> 30).
# Session 16: Libya's mention recall 0.54 -> 0.50 (its events F1 0.22 -> 0.25): a foreign
# outlet's article placed at home (resolve/events/foreign.py) joins its reports to the
# country's events, which the gold lists with fewer of their documents.
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
# Session 11 added Kenya 2024, Libya 2023 (floods) and Myanmar 2021, written and annotated
# before sitrep ran on them and held out from the session's first round of fixes (their
# scores at its start, 4071a86: events 0.30 / 0.18 / 0.41, published 0.67 / 0.83 / 0.83).
# Lowered in session 11, each with its reason: Ecuador events 0.44 -> 0.43 ("soldiers ...
# patrolled the avenue" is a deployment its gold leaves out; "the ombudsman's office counts
# eight dead" is a statement again); France mention recall 0.73 (the explainer, dated right,
# no longer puts an undated arson inside the riots' week); Karabakh mention recall 0.56 ->
# 0.50 ("On 19 September" read as the day: two more events match, each with fewer of their
# documents); Sri Lanka conflicts 0.57 -> 0.50 (a toll dated right no longer meets the
# police's count of its day); Turkey's figure places 0.87 -> 0.86 (the WHO's projections
# "up to 23 million could be affected" placed at the source, gold "Turkey and Syria").
# Session 11, figures on Kenya, Libya, Myanmar (the missing beside a toll, tolls that "could
# reach" a number, key-figure lines' bracketed sources, role sources named, "verified",
# legislatures' votes): figures F1 Kenya 0.71 -> 0.81, Libya 0.71 -> 0.78, Sri Lanka 0.81 ->
# 0.86; claimed_by Kenya 0.68 -> 0.72 (the President's "nineteen (19)" now read, its source
# "the statement by the President" not yet), Libya 0.61 -> 0.83, Myanmar 0.68 -> 0.75. Lowered:
# Kenya place 0.62 -> 0.51, Libya place 0.65 -> 0.60 and as_of 0.76 -> 0.73, mean place 0.69
# -> 0.67: the newly matched figures enter the denominator (Kenya's votes are placed in the
# country, gold has the capital); the count of right places and dates held or rose (Kenya 22
# -> 22 places, Libya 17 -> 18 places, 20 -> 22 dates).
# Haiti 2024, Iran 2022 and Morocco 2023 were written in session 11 and sealed: no one read
# them or ran sitrep on them until the session's end, when they measured what the session's
# rules carried over to crises no one had read (README, Evaluation); they are development
# corpora from then on. Floors below are the levels at the session's close, rounded down.
# Morocco's events 0.31 -> 0.24 and conflicts 0.25 -> 0.00 (session 11's close): its NGO
# report, "Issued: 12/09/2023", is now dated 12 September, not the 10th: its events take
# their right days, fewer of which the other reports share, and the one gold conflict found
# before is no longer found among Morocco's false ones (its explainer's and local page's
# figures are dated 6 and 3 September: the next thing to mend there).
# Places (session 11, placeq: listed towns, seats of state, towns' parts): Kenya 0.61 ->
# 0.84, Libya 0.54 -> 0.63, Myanmar 0.61 -> 0.69.
# Session 12: Haiti's mention recall 0.63 -> 0.60 while its events F1 rose 0.12 -> 0.22 (its
# islandtimes page is placed in Haiti, not in Cameroon through GeoNames' "West": its events
# now merge with the other reports', and the merged events match fewer gold mentions each).
# Floors raised to the levels at session 12's close (speaker and claimed_by: bodies named as
# the texts write them; Iran's conflicts 0.71 -> 0.89: a toll repeated in a paragraph takes the
# place of its paragraph's first; Haiti's boilerplate 0.81 -> 0.84).
# Session 13 (figures: people named by what they are held for, "inmates" among them): Haiti's
# "freeing about 4,000 inmates" (two pages) and Iran's "four inmates had died" now match, with
# dates and places of their own to mend ("Over the weekend"; the prison named in the sentence
# before): the newly matched figures enter the denominator while the right dates and places
# held or rose (Haiti 15 -> 15 dates, 13 -> 14 places of 19 -> 21 matched; Iran 16 -> 16 and
# 30 -> 30 of 38 -> 39). Lowered: as_of Haiti 0.78 -> 0.71, Iran 0.42 -> 0.41, mean 0.76 ->
# 0.75; place Haiti 0.68 -> 0.66, Iran 0.78 -> 0.76, mean 0.68 -> 0.67.
# Session 14 (figures: one person killed told without a number, "A 26-year-old protester
# died"): figures F1 rose (Iran 0.86 -> 0.87, Kenya 0.82 -> 0.83, Myanmar 0.78 -> 0.80, Sri
# Lanka 0.87 -> 0.89, mean 0.82 -> 0.83). Lowered: Iran claimed_by 0.81 -> 0.80 and place 0.76
# -> 0.75, the newly matched "It said Colonel Ali Mousavi … was shot dead" entering the
# denominator with "It" unresolved and Zahedan in the sentence before (right sources 32 -> 32,
# places 30 -> 30); Sri Lanka conflicts 0.50 -> 0.44 and the mean 0.56 -> 0.55, the newly
# matched death in Colombo on 13 July set against May's "at least 9" by the conflict
# resolver, whose two months' gap and narrower place it does not take as explaining them.
# Session 15 (page chrome): boilerplate floors raised (Haiti, Libya, Morocco, Turkey); body kept
# France 1.00 -> 0.98 and Myanmar 1.00 -> 0.98: a date with its year on a line of its own is
# now the page's stamp wherever it stands, so a live page's day heading ("Friday 30 June 2023")
# and a briefing's date line under its title go with it, as the gold of Haiti's and Morocco's
# live pages ("Monday 11 March 2024") and of every real page (pages/) has them.
# fmt: off
FLOORS: dict[tuple[str, ...], tuple[float, ...]] = {
    ("documents", "published_within_1_day"): (
        1.00, 1.00, 1.00, 0.83, 0.66, 1.00, 0.83,
        1.00, 1.00, 0.83, 1.00, 1.00, 0.93,
    ),
    ("documents", "boilerplate_removed"): (
        0.91, 1.00, 1.00, 0.87, 0.78, 1.00, 0.87,
        0.94, 0.88, 1.00, 1.00, 0.97, 0.93,
    ),
    ("documents", "body_kept"): (
        1.00, 0.98, 0.95, 0.95, 1.00, 0.98, 0.96,
        1.00, 1.00, 0.98, 1.00, 1.00, 0.98,
    ),
    ("duplicates", "f1"): (
        1.00, 1.00, 1.00, 1.00, 1.00, 1.00, 1.00,
        1.00, 1.00, 1.00, 1.00, 1.00, 1.00,
    ),
    ("figures", "f1"): (
        0.91, 0.84, 0.80, 0.67, 0.84, 0.83, 0.82,
        0.78, 0.72, 0.78, 0.86, 0.88, 0.81,
    ),
    # Gabon's as_of and claimed_by: 0.88 -> 0.83 and 0.82 -> 0.77 (session 15) when a share
    # written as a fraction came to be read ("Officially Bongo won nearly two-thirds of the
    # vote"): a new match whose gold source and date (the election centre, its results day)
    # the sentence does not give; no earlier match lost an attribute
    # Session 17 (figother): Haiti as_of 0.71 -> 0.69 and place 0.66 -> 0.65, Turkey as_of
    # 0.94 -> 0.91 and place 0.86 -> 0.85, Libya claimed_by 0.86 -> 0.85, Morocco claimed_by
    # 0.68 -> 0.65 and place 0.57 -> 0.55: shares over more matched figures (people forced
    # from their homes, inmates who walked free, health teams' consultations, relief kits
    # handed out, people still unaccounted for; figures F1 0.72 -> 0.77, 0.89 -> 0.90, 0.79
    # -> 0.85, 0.72 -> 0.76), some without their gold date, place or source; the count of
    # right attributes rose or held in each (Turkey as_of 56 of 59 -> 56 of 61)
    ("figures", "as_of_accuracy"): (
        0.81, 0.73, 0.83, 0.69, 0.41, 0.76, 0.90,
        0.73, 0.85, 0.68, 0.85, 0.91, 0.77,
    ),
    ("figures", "claimed_by_accuracy"): (
        0.91, 0.90, 0.77, 0.89, 0.80, 0.82, 0.72,
        0.85, 0.65, 0.75, 0.90, 0.83, 0.82,
    ),
    ("figures", "place_accuracy"): (
        0.91, 0.96, 0.94, 0.65, 0.73, 0.17, 0.52,
        0.60, 0.55, 0.62, 0.50, 0.85, 0.67,
    ),
    ("quotes", "f1"): (
        1.00, 1.00, 0.87, 1.00, 0.85, 0.87, 0.90,
        1.00, 0.96, 0.97, 1.00, 1.00, 0.95,
    ),
    ("quotes", "speaker_accuracy"): (
        0.93, 1.00, 0.77, 0.63, 0.88, 0.88, 0.94,
        0.90, 0.73, 0.85, 1.00, 1.00, 0.87,
    ),
    # Session 17 (evother: strategic developments typed "other"; the mean 0.416 -> 0.420):
    # Turkey 0.62 -> 0.57, Erdogan's declared mourning is the mourning (matched), no longer a
    # statement of his that dated his Ankara one the day before; France 0.62 -> 0.60, "to
    # deal with violence" is no agreement (it had matched another "other" event by its day);
    # Karabakh 0.42 -> 0.41 and Kenya 0.37 -> 0.36: a court order and a parliament's vote
    # found, dated or placed otherwise than the gold's (Parliament Buildings)
    ("events", "f1"): (
        0.43, 0.60, 0.43, 0.21, 0.28, 0.41, 0.36,
        0.21, 0.38, 0.46, 0.40, 0.57, 0.40,
    ),
    # Myanmar 0.77 -> 0.76 (session 13): one more event matched (Hlaing Tharyar's
    # shooting, found in two of its gold documents) lowers the share over matched events
    # Morocco 0.60 -> 0.50 (session 14): with the onset known ("Friday's earthquake" in two
    # texts) the explainer is dated right and two more events match (F1 0.25 -> 0.38); the
    # explainer's quake sentence ("what we know a week on") is now placed on its own day
    # Myanmar 0.76 -> 0.74 (session 16): the coup, now typed "seizure" as its gold has it,
    # is matched (events F1 0.486 -> 0.500) with fewer of its gold documents than the rest
    # Gabon 0.44 -> 0.40, Haiti 0.60 -> 0.51 (session 17, evother): more events match (Gabon
    # 0.47 -> 0.50, Haiti 0.22 -> 0.26: closures, people fleeing), each told by few documents
    ("events", "mention_recall"): (
        0.64, 0.73, 0.40, 0.51, 0.51, 0.52, 0.67,
        0.50, 0.50, 0.74, 0.67, 0.69, 0.61,
    ),
    ("entities", "bcubed_f1"): (
        0.80, 0.93, 0.82, 0.87, 0.77, 0.77, 0.89,
        0.85, 0.76, 0.80, 0.86, 0.87, 0.83,
    ),
    ("entities", "names_found"): (
        0.74, 0.87, 0.75, 0.85, 0.73, 0.71, 0.87,
        0.81, 0.73, 0.77, 0.86, 0.82, 0.79,
    ),
    ("entities", "geocoded_within_25km"): (
        0.50, 0.83, 0.47, 0.68, 0.44, 0.69, 0.84,
        0.63, 0.48, 0.69, 0.71, 0.75, 0.64,
    ),
    # session 15: raised where they rose (Karabakh, Kenya, Myanmar, Sri Lanka, the mean);
    # session 16 (conflicts2): Iran and the mean
    ("conflicts", "f1"): (
        0.75, 0.66, 0.66, 0.40, 1.00, 0.40, 1.00,
        0.85, 0.00, 0.80, 0.57, 0.57, 0.66,
    ),
}
# fmt: on


@pytest.fixture(scope="module")
def scores() -> dict[str, dict]:
    return evaluate(PROBES, CORPORA)


def test_every_probe_and_the_mean_is_scored(scores: dict) -> None:
    assert set(scores) == {*CORPORA, "mean"}


@pytest.mark.parametrize(("section", "key"), sorted(FLOORS))
def test_floors(scores: dict, section: str, key: str) -> None:
    low = below(scores, CORPORA, FLOORS[(section, key)], section, key)
    assert not low, f"{section} {key} below its floor (value, floor): {low}"
