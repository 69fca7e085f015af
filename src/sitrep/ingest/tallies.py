"""Running totals a report gives ("more than 400 protesters have been detained since
November 28", "a total of 224 people have been detained", "the death toll has reached 105").

A running total only grows: a report that gives a larger one than another report was
written after it. ``ingest.dating`` uses this to place reports that date themselves only by
weekdays. The words live here, as data: what a tally counts (its kind), and the cues that
make a number a running total rather than one day's count ("48 detained overnight").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.extract.timenorm import MONTH_PATTERN

# what a tally counts -> the words that say so, right after the number ("400 protesters
# have been detained") or right before it ("the death toll has reached 105")
KINDS: dict[str, tuple[str, ...]] = {
    "killed": ("killed", "dead", "deaths", "died", "death toll", "toll"),
    "injured": ("injured", "wounded", "hurt"),
    "detained": ("detained", "arrested", "arrests", "detentions", "detainees", "held"),
    "displaced": ("displaced", "fled", "refugees", "homeless", "evacuated"),
}
# a running total: counted from a start, or said to be a total
CUMULATIVE = re.compile(
    r"\b(?:since|in total|a total of|total(?:led|ed)?|so far|to date|in all|overall|"
    r"death toll|toll|(?:has|have) (?:now )?(?:risen|rose|climbed|reached))\b",
    re.IGNORECASE,
)
_NUMBER = r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)"
_MONTH = f"(?:{MONTH_PATTERN})"  # "20 April explosion that killed": a day of the month, no tally
# a larger total more than this many times another is most likely of another scope (the
# world's flu deaths against one country's)
SAME_SCOPE = 4
_SENTENCE = re.compile(r"[^.!?\n]+")


@dataclass(frozen=True, slots=True)
class Tally:
    """A running total a text gives: what it counts, how many, and the words."""

    kind: str
    value: int
    phrase: str


def _kind_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(
        # "100 more deaths" is an increase, not a total
        rf"\b{_NUMBER}\s+(?!more\b|additional\b|new\b|further\b|{_MONTH}\b)(?:[a-z-]+\s+){{0,4}}?"
        rf"(?:{alternatives})\b"
        rf"|\b(?:{alternatives})\b[^.\d]{{0,30}}?\b(?:to|at|of|reached|is|was|stands at)\s+"
        rf"(?:more than |over |at least |about |nearly )?{_NUMBER.replace('?P<n>', '?P<m>')}\b",
        re.IGNORECASE,
    )


_PATTERNS = {kind: _kind_pattern(words) for kind, words in KINDS.items()}


def running_totals(text: str) -> dict[str, Tally]:
    """The largest running total of each kind the text gives (in sentences with a
    cumulative cue); years and numbers under 10 are no tallies."""
    out: dict[str, Tally] = {}
    for sentence in _SENTENCE.finditer(text):
        words = sentence.group(0)
        if not CUMULATIVE.search(words):
            continue
        for kind, pattern in _PATTERNS.items():
            for match in pattern.finditer(words):
                raw = match.group("n") or match.group("m")
                value = int(raw.replace(",", ""))
                if value < 10 or (1900 <= value <= 2100 and "," not in raw):
                    continue
                if kind not in out or value > out[kind].value:
                    out[kind] = Tally(kind, value, " ".join(match.group(0).split()))
    return out


__all__ = ["SAME_SCOPE", "CUMULATIVE", "KINDS", "Tally", "running_totals"]
