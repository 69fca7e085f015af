"""A date for a text that names only weekdays, from the dated texts that tell its story.

Reports of one happening are written within days of each other and share its rare words
and names ("junk shot", "Ras Lanuf", "Mr Suttles"), words the rest of the corpus seldom
uses. An undated text's rare words are looked up in the dated texts: each dated text that
shares one votes for its own day, the rarer the word the more, and a word many dated
texts share spreads its vote over them. The votes are smoothed over a few days; the day
with the most is where the text's story happened. The first weekday the text names (the
day it was written or the day before, as ``metadata.first_weekday`` measured) then picks
the day within ``WINDOW`` days of it.

Only a text that names a weekday is dated so (without one, its neighbours' day is no
better than any day of the corpus), only when no other rule dated it, and with a low
confidence: on Timeline17's month-long corpora about one such text in five lands within
a day, against about one in nine for the weekday read anywhere in the corpus period.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from sitrep.extract.timenorm import WEEKDAYS

# words of four letters or more and numbers of two digits or more; bigrams of them
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}|\d[\d,.]*\d")
# words every news report uses whatever it tells
_COMMON = frozenset(
    {"said", "says", "told", "year", "years", "week", "weeks", "today", "yesterday"} | set(WEEKDAYS)
)
# a word in more than this share of the corpus tells its topic, not one story
MAX_SHARE = 0.25
# the spread (days) of each dated text's vote, and how far the weekday moves the day
BANDWIDTH = 3.0
REACH = 10
WINDOW = 3
CONFIDENCE = 0.2


@dataclass(frozen=True, slots=True)
class Placement:
    """A day for an undated text, and the dated texts that gave it most."""

    date: dt.date
    neighbours: tuple[str, ...]


def terms(text: str) -> frozenset[str]:
    """The words (lower-cased, four letters or more, no stop words) and numbers a text
    uses, and each pair of them in a row."""
    words = [w.lower().strip(".,'’-") for w in _TOKEN.findall(text)]
    words = [w for w in words if w and w not in STOP_WORDS and w not in _COMMON]
    return frozenset(words) | frozenset(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))


def place(
    own: frozenset[str],
    weekday: int,
    dated: Mapping[str, tuple[dt.date, frozenset[str]]],
    frequency: Mapping[str, int],
    size: int,
) -> Placement | None:
    """The day for a text with terms ``own`` that names ``weekday`` first (0 = Monday),
    from the ``dated`` texts (id -> day, terms). ``frequency``: how many texts of the
    corpus (``size`` texts) use each term. None when it shares no rare term with any."""
    rare = {t for t in own if 2 <= frequency.get(t, 0) <= MAX_SHARE * size}
    holders: dict[str, list[str]] = {}
    for doc_id, (_, theirs) in dated.items():
        for t in rare & theirs:
            holders.setdefault(t, []).append(doc_id)
    votes: Counter[dt.date] = Counter()
    weight: Counter[str] = Counter()
    for t, ids in holders.items():
        share = math.log(size / frequency[t]) / len(ids)
        for doc_id in ids:
            votes[dated[doc_id][0]] += share
            weight[doc_id] += share
    if not votes:
        return None
    smooth: Counter[dt.date] = Counter()
    for day, v in votes.items():
        for off in range(-REACH, REACH + 1):
            smooth[day + dt.timedelta(days=off)] += v * math.exp(-((off / BANDWIDTH) ** 2) / 2)
    centre = max(smooth, key=lambda d: (smooth[d], -d.toordinal()))
    fits = [
        d
        for d in smooth
        if (d.weekday() - weekday) % 7 in (0, 1) and abs((d - centre).days) <= WINDOW
    ]
    day = max(fits, key=lambda d: (smooth[d], -d.toordinal())) if fits else centre
    best = tuple(i for i, _ in weight.most_common(3))
    return Placement(day, best)


def corpus_terms(
    texts: Sequence[tuple[str, str]],
) -> tuple[dict[str, frozenset[str]], Counter[str]]:
    """Each text's terms (id -> terms) and how many texts use each term."""
    each = {doc_id: terms(text) for doc_id, text in texts}
    frequency: Counter[str] = Counter()
    for t in each.values():
        frequency.update(t)
    return each, frequency


__all__ = ["CONFIDENCE", "Placement", "corpus_terms", "place", "terms"]
