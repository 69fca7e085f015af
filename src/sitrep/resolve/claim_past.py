"""Figures of years past: a count its sentence sets before the crisis is background.

Why: reports of a crisis recall the last one ("In a 2020 report, Amnesty International
documented the killing of at least 50 people during demonstrations in 2019 and 2020"). Such
a count is a claim of its own, about another time: in the crisis's claim groups it becomes
the headline toll (Guinea's coup of 2021, "killed: at least 50") and a false conflict with
the crisis's own counts. A figure is background when its sentence sets the count in years
(a preposition before the year: "in 2019", "during 2019 and 2020", "in a 2020 report") that
all lie before the year of its report, and names no day of the report's week (a weekday,
"today", "last week": the sentence goes on to the news). A running total "since 2019" stands
now, as does one "since the end of apartheid in 1994"; "stronger than in 2012" compares; a
year naming a thing ("the 2019 constitution") times no count: none of them is read.

Nothing is dropped: the figure stays a figure claim with the reason, out of the claim groups,
the estimates and the conflicts.
"""

from __future__ import annotations

import re

from sitrep.resolve.claim_words import _WEEKDAYS

BACKGROUND = "background"

_YEAR_PHRASE = re.compile(
    r"\b(?:in|during|between|throughout|until|through|and)\s+(?:(?:early|late|mid|an?|the)"
    r"[\s-]+)?(?P<year>(?:19|20)\d\d)\b(?!\s*[-–]\s*\d)",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SINCE_YEAR = re.compile(r"\b(?:since|from)\s+(?:(?:early|late|mid)[\s-]+)?(?:19|20)\d\d\b", re.I)
# a year some words after "since" or "than" anchors a running total or a comparison ("the
# worst unrest since the end of apartheid in 1994", "stronger than in 2012"): it times no count
_ANCHORED = re.compile(r"\b(?:since|than)\b", re.IGNORECASE)
ANCHOR_CHARS = 40
_NOW = re.compile(
    rf"\b(?:{_WEEKDAYS}|today|tonight|yesterday|"
    r"overnight|this\s+(?:week|month|year)|last\s+(?:week|night)|so\s+far)\b",
    re.IGNORECASE,
)


def past_count(sentence: str, figure: tuple[int, int], report_year: int) -> str | None:
    """Why the count at ``figure`` (offsets into ``sentence``) belongs to years before
    ``report_year``, or None when the sentence does not set it there."""
    text = sentence[: figure[0]] + " " * (figure[1] - figure[0]) + sentence[figure[1] :]
    if _NOW.search(text) or _SINCE_YEAR.search(text):
        return None
    timed = [
        int(m.group("year"))
        for m in _YEAR_PHRASE.finditer(text)
        if not _ANCHORED.search(text[max(0, m.start() - ANCHOR_CHARS) : m.start()])
    ]
    years = [int(y) for y in _YEAR.findall(text)]
    if not timed or max(years) >= report_year:
        return None
    shown = " and ".join(str(y) for y in sorted(set(timed)))
    return f"its sentence sets the count in {shown}, before its report's year ({report_year})"
