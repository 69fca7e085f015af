"""Placing a text that names only weekdays by a happening the dated reports date.

A statement that says "the raid came hours after the president was sworn in on Thursday,
following the vote in parliament on Wednesday" names no date, but the other reports do:
"On July 20, parliament chose him as president", "a vote would take place on July 20". A
weekday whose sentence shares the rare words of a sentence that names a date falling on
that weekday is that date; the text, as reports are, is of the first weekday it names
(``metadata.first_weekday``), on or after it. An analyst reads a statement that way when
the reports' dates are too spread (months of a crisis) to place its weekdays by count.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from sitrep.extract.timenorm import MONTHS, WEEKDAYS

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")
# the words a weekday's sentence and a dated sentence share to tell one happening: this many
# that not every text uses, one of them in no more than this share of the texts (a word most
# texts use is the story's, not one day's); and more than any other day's sentence shares
SHARED = 3
RARE_SHARE = 0.5
# the names of days and months date a sentence; they tell nothing of its happening
_CALENDAR = frozenset(WEEKDAYS) | frozenset(MONTHS)


@dataclass(frozen=True, slots=True)
class Anchor:
    """The date a weekday the text names falls on, and the words it shares with the
    dated sentence that gave it."""

    date: dt.date
    weekday: int
    shared: tuple[str, ...]


def words(sentence: str) -> frozenset[str]:
    """Its content words, lower-cased, without a plural's or a possessive's s."""
    out = set()
    for w in _WORD.findall(sentence):
        w = w.lower().strip("'’-")
        w = re.sub(r"(?:'s|’s|s)$", "", w) if len(w) > 4 else w
        if w not in STOP_WORDS and w not in _CALENDAR:
            out.add(w)
    return frozenset(out)


def sentences(text: str) -> list[tuple[int, int, str]]:
    """(start, end, sentence) of each sentence of a text, a line's end closing one."""
    return [(m.start(), m.end(), m.group(0)) for m in _SENTENCE.finditer(text)]


def anchor(
    named: Sequence[tuple[int, frozenset[str]]],
    dated: Sequence[tuple[dt.date, frozenset[str]]],
    texts: Sequence[frozenset[str]],
) -> Anchor | None:
    """The best date for one of the text's weekdays: ``named`` are (weekday, words of its
    sentence), ``dated`` (date, words of its sentence) from the other texts, ``texts`` every
    text's words (for what is rare). The one sharing most words (see ``SHARED``)."""
    frequency: Counter[str] = Counter()
    for t in texts:
        frequency.update(t)
    ceiling = RARE_SHARE * len(texts)
    found: list[Anchor] = []
    for weekday, own in named:
        told = {w for w in own if frequency[w] < len(texts)}
        for day, theirs in dated:
            shared = tuple(sorted(told & theirs))
            if len(shared) >= SHARED - 1 and any(frequency[w] <= ceiling for w in shared):
                found.append(Anchor(day, weekday, shared))
    if not found:
        return None
    best = max(found, key=lambda a: (len(a.shared), a.date.weekday() == a.weekday))
    rivals = [a for a in found if a.date != best.date and len(a.shared) >= len(best.shared)]
    if len(best.shared) < SHARED or best.date.weekday() != best.weekday or rivals:
        return None  # too little shared, another weekday's day, or another day as close
    return best


__all__ = ["RARE_SHARE", "SHARED", "Anchor", "anchor", "sentences", "words"]
