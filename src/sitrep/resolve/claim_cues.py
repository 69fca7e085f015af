"""What a figure's own sentence says about its count: one incident's, a running total's, a
rate, those still held, or a part counted inside a larger count.

Why: "17 killed on Saturday" and "the toll rose to 300" differ without disagreeing: one is a
day's count inside the other. Only the words near the number tell them apart, so the cue
nearest the number in its sentence decides (the cue lists are in
:mod:`sitrep.resolve.claim_words`). A weekday that dates a statement ("said on Sunday") is no
incident's day, and a perfect between a fight's cue and the number ("2,000 ... have lost
their lives in the fighting") makes the count the fighting's sum so far. Read by
:mod:`sitrep.resolve.claim_figures` as it turns each figure into a claim.
"""

from __future__ import annotations

import math
import re

from sitrep.records import FigureClaim
from sitrep.resolve.claim_words import (
    FIGHT_CUES,
    INCIDENT_CUES,
    INCLUDED_AFTER,
    INCLUDED_BEFORE,
    INCREMENT_AFTER,
    INCREMENT_BEFORE,
    PARTICIPLE_CUES,
    PERFECT,
    RATE_CUES,
    STATEMENT_AFTER,
    STATEMENT_BEFORE,
    STILL_HELD,
    STILL_TREATED,
    TOTAL_CUES,
)

# How far from a number its incident or running-total cue is looked for (characters).
CUE_REACH = 160

# How far from its number a part's "including" or "of them" is looked for (characters).
INCLUDED_REACH = 40
# How far before its number the "including" or "among them" opening a list it ends is looked
# for ("among them students, lawyers, artists and at least 40 journalists").
INCLUDED_LIST_REACH = 100

# How far after its number a rate's cue is looked for, within the number's clause.
RATE_REACH = 60


def count_kind(f: FigureClaim, text: str) -> str:
    """ "incident" for one day's or one attack's count ("17 killed on Saturday", "two died in
    the blast"), "" for a running total or a count with no cue ("the toll rose to 300",
    "3,500 killed since March"): the cue nearest the number in its sentence decides, a
    total's cue on a tie."""
    kind = _cue(f, text)
    return "" if kind == "total" else kind


def _cue(f: FigureClaim, text: str) -> str:
    """count_kind's reading, with "total" for a running total's cue ("" for no cue). A
    weekday that dates the statement ("disclosed on Sunday that 147 ...") is no incident
    cue."""
    # the sentence, within CUE_REACH characters of the number (wire "sentences" of a whole
    # paragraph would cost a scan each)
    s = max(f.sentence.start, f.start - CUE_REACH, 0)
    e = min(f.sentence.end, f.end + CUE_REACH, len(text))
    sentence = text[s:e] if s < e else ""
    if not sentence:
        return ""
    at, end = f.start - s, f.end - s

    def nearest(cues: re.Pattern[str]) -> float:
        return min(
            (_gap(m, at, end) for m in cues.finditer(sentence) if not _statement_day(sentence, m)),
            default=math.inf,
        )

    # a rate closes the number's own clause: "40-70 people are being detained daily"
    clause = re.split(r"[.;:!?]|,\s", sentence[end:], maxsplit=1)[0]
    if RATE_CUES.search(clause[:RATE_REACH]):
        return "rate"
    if INCREMENT_BEFORE.search(sentence, 0, at) or INCREMENT_AFTER.match(sentence, end):
        return "incident"  # "26 more fighters have been killed", "another 15 are wounded"
    fights = FIGHT_CUES.finditer(sentence)
    incident = min(
        [
            nearest(INCIDENT_CUES),
            *(_gap(m, at, end) for m in fights if not _perfect_between(sentence, m, at, end)),
        ]
    )
    total = nearest(TOTAL_CUES)
    if total == math.inf:
        incident = min(incident, nearest(PARTICIPLE_CUES))
    return "incident" if incident < total else "total" if total < math.inf else ""


def _gap(m: re.Match[str], at: int, end: int) -> float:
    """Characters between a cue and the number (at..end) in their sentence."""
    return max(m.start() - end, at - m.end(), 0)


def _perfect_between(sentence: str, m: re.Match[str], at: int, end: int) -> bool:
    """Whether a perfect stands between the number and a fight's cue: "2,000 ... have lost
    their lives in the fighting" is the fighting's sum so far, not one fight's count."""
    lo, hi = (end, m.start()) if m.start() >= end else (m.end(), at)
    return bool(PERFECT.search(sentence, min(lo, hi), max(lo, hi)))


def _statement_day(sentence: str, m: re.Match[str]) -> bool:
    """Whether a cue is the day of a statement: a reporting verb right before it ("said on
    Sunday") or right after it ("on Saturday shared a list", "on Sunday that")."""
    return bool(
        STATEMENT_BEFORE.search(sentence, 0, m.start())
        or STATEMENT_AFTER.match(sentence[m.end() : m.end() + 40])
    )


def _included(f: FigureClaim, text: str) -> bool:
    """Whether the figure's sentence counts it inside a larger count: "including 12 U.S.
    service members", "among them 12 marines", "among them students, artists and 40
    journalists", "120 cars, 33 of them police vehicles". Its
    sentence explains how it differs from that count, and it is no count of the whole."""
    before = text[max(f.sentence.start, f.start - INCLUDED_LIST_REACH) : f.start]
    after = text[f.end : min(f.sentence.end, f.end + INCLUDED_REACH)]
    return bool(INCLUDED_BEFORE.search(before) or INCLUDED_AFTER.match(after))


def _still_treated(f: FigureClaim, text: str) -> bool:
    """Whether the figure's sentence counts the injured still in hospital ("40 remain in
    hospital", "the casualty number at hospitals has been reduced to 149"): a count at one
    time that falls as they are discharged, not the number hurt, which only grows."""
    start, end = _own_sentence(f, text)
    s = max(start, f.start - CUE_REACH, 0)
    e = min(end, f.end + CUE_REACH, len(text))
    return STILL_TREATED.search(text, s, e) is not None


def _own_sentence(f: FigureClaim, text: str) -> tuple[int, int]:
    """The figure's sentence, or, when the sentence it was read with does not hold its
    number (a quote's sentence given for a number further on), the text between the stops
    around the number."""
    if f.sentence.start <= f.start and f.end <= f.sentence.end:
        return f.sentence.start, f.sentence.end
    stops = [text.rfind(c, 0, f.start) for c in ".!?\n"]
    ends = [i for i in (text.find(c, f.end) for c in ".!?\n") if i >= 0]
    return max(stops) + 1, min(ends, default=len(text))


def _still_held(f: FigureClaim, text: str) -> bool:
    """Whether the figure's sentence counts those still held ("over 100 people are still
    detained", "2,211 remain in detention"): a count at one time that falls as detainees
    are released, not the number arrested, which only grows."""
    s = max(f.sentence.start, f.start - CUE_REACH, 0)
    e = min(f.sentence.end, f.end + CUE_REACH, len(text))
    return STILL_HELD.search(text, s, e) is not None
