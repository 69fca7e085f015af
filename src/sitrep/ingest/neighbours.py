"""A date for a text that names only weekdays, from the dated texts that tell its story.

Reports of one happening are written within days of each other and share its rare phrases
and names ("junk shot", "Ras Lanuf", "Mr Suttles"), which the rest of the corpus seldom
uses. An undated text's rare phrases (two words in a row; a single rare word is as often a
topic's as a story's, and votes only when fewer than ``PHRASE_TEXTS`` dated texts share
a phrase with the text) are looked up in the dated texts: each dated text that shares
one votes for its own day, the rarer the
term the more, and a term many dated texts share spreads its vote over them. The votes
are smoothed over a few days; the day with the most is where the text's story happened.
The first weekday the text names (the day it was written or the day before, as
``metadata.first_weekday`` measured) then picks the day within ``WINDOW`` days of it; a
weekday that falls on no day so near names some earlier happening, and the peak stands.

Only a text no other rule dated is dated so, and with a low confidence: on Timeline17's
month-long corpora about one such text in five that names a weekday lands within a day,
against about one in nine for the weekday read anywhere in the corpus period. A text
that names no day at all is placed the day after its neighbours' votes peak (the news
cycle's lag, ``NO_DAY_LAG``), with a lower confidence still (``NO_DAY_CONFIDENCE``: one
in ten within a day, against one in thirteen at the corpus's median date): a guess its
basis says is one.
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
# a word in more than this share of the corpus, or in more than MAX_TEXTS texts, tells
# its topic or a long thread of it, not one story (and costs a vote from each text using it)
MAX_SHARE = 0.25
MAX_TEXTS = 50
RARE_FLOOR = 2  # ... but a term of two texts is always rare
# the spread (days) of each dated text's vote, and how far the weekday moves the day
BANDWIDTH = 3.0
REACH = 10
# Timeline17: 42 of 372 texts placed by a weekday land within a day with 2, 39 with 3
WINDOW = 2
CONFIDENCE = 0.2
# the phrases a text shares decide alone when this many dated texts share them; with fewer
# (a short text, a story few reports tell) its words vote too. Timeline17: of the 363 texts
# placed, 57 land within a day, against 48 when words always vote
PHRASE_TEXTS = 2
# a text that names no day at all is placed where its neighbours' votes peak: on
# Timeline17 15 of 148 such texts land within a day (11 at the corpus's median date)
NO_DAY_CONFIDENCE = 0.1
# ... a day after it: a report comes out the day after the happenings its neighbours report,
# as the news cycle runs (``metadata.NEWS_LAG``); Timeline17: 21 of 166 within a day, 17 at
# the peak itself
NO_DAY_LAG = 1
# a text dated by the latest date it reports whose story's datelined reports fall this many
# days later (no fewer, no more) reported a background date: the story's day is its own.
# Timeline17: of the texts naming a weekday, 7 so moved land within a day, none lost; a
# story months later is another thread of the crisis sharing its words (0 of 13 gained,
# 6 lost)
BACKGROUND_DAYS = (3, 21)


@dataclass(frozen=True, slots=True)
class Placement:
    """A day for an undated text, and the dated texts that gave it most."""

    date: dt.date
    neighbours: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Neighbourhood:
    """The dated texts of a corpus, indexed by the rare terms they use: ``days`` (id ->
    day), ``holders`` (rare term -> the dated ids using it), ``frequency`` (term -> how
    many texts of the corpus's ``size`` use it)."""

    days: Mapping[str, dt.date]
    holders: Mapping[str, tuple[str, ...]]
    frequency: Mapping[str, int]
    size: int

    def rare(self, term: str) -> bool:
        # a pile of 5-8 reports: a term two of them share is rare (a quarter of six is 1.5),
        # unless every text uses it (it weighs nothing then: log 1)
        ceiling = max(RARE_FLOOR, min(MAX_SHARE * self.size, MAX_TEXTS))
        return 2 <= self.frequency.get(term, 0) <= min(ceiling, self.size - 1)

    def place(self, own: frozenset[str], weekday: int | None, later: int = 0) -> Placement | None:
        """The day for a text with terms ``own`` that names ``weekday`` first (0 = Monday;
        None: it names none, and the day is where its neighbours' votes peak), or None
        when it shares no rare term with a dated text. ``later``: the days after its
        neighbours' story the text says it is written ("Two weeks ago, an attack on the
        town ..."): the peak moves that far, and the news cycle's lag is in the count."""
        # in sorted order: a set's order changes from one process to the next (string
        # hashing), and with it the order votes add up in and which of tied neighbours is named
        shared = sorted(t for t in own if self.holders.get(t) and self.rare(t))
        phrases = [t for t in shared if " " in t]
        if len({i for t in phrases for i in self.holders[t]}) >= PHRASE_TEXTS:
            shared = phrases
        votes: Counter[dt.date] = Counter()
        weight: Counter[str] = Counter()
        for t in shared:
            ids = self.holders[t]
            share = math.log(self.size / self.frequency[t]) / len(ids)
            for doc_id in ids:
                votes[self.days[doc_id]] += share
                weight[doc_id] += share
        if not votes:
            return None
        smooth: Counter[dt.date] = Counter()
        for day, v in votes.items():
            for off in range(-REACH, REACH + 1):
                smooth[day + dt.timedelta(days=off)] += v * math.exp(-((off / BANDWIDTH) ** 2) / 2)
        if later:
            smooth = Counter({d + dt.timedelta(days=later): v for d, v in smooth.items()})
        centre = max(smooth, key=lambda d: (smooth[d], -d.toordinal()))
        if weekday is None:
            day = centre + dt.timedelta(days=0 if later else NO_DAY_LAG)
            return Placement(day, tuple(i for i, _ in weight.most_common(3)))
        fits = [
            d
            for d in smooth
            if (d.weekday() - weekday) % 7 in (0, 1) and abs((d - centre).days) <= WINDOW
        ]
        day = max(fits, key=lambda d: (smooth[d], -d.toordinal())) if fits else centre
        return Placement(day, tuple(i for i, _ in weight.most_common(3)))


def terms(text: str) -> frozenset[str]:
    """The words (lower-cased, four letters or more, no stop words) and numbers a text
    uses, and each pair of them in a row."""
    words = [w.lower().strip(".,'’-") for w in _TOKEN.findall(text)]
    words = [
        w
        for w in words
        if (w[:1].isdigit() or len(w) >= 4)  # "B---" strips to "b": no word of four letters
        and w not in STOP_WORDS
        and w not in _COMMON
    ]
    return frozenset(words) | frozenset(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))


def neighbourhood(
    texts: Sequence[tuple[str, str, dt.date | None]],
) -> tuple[Neighbourhood, dict[str, frozenset[str]]]:
    """The corpus's neighbourhood from (id, text, day or None) for each text, and each
    text's terms."""
    each = {doc_id: terms(text) for doc_id, text, _ in texts}
    frequency: Counter[str] = Counter()
    for t in each.values():
        frequency.update(t)
    days = {doc_id: day for doc_id, _, day in texts if day is not None}
    found = Neighbourhood(days, {}, frequency, len(texts))
    holders: dict[str, list[str]] = {}
    for doc_id in days:
        for t in each[doc_id]:
            if found.rare(t):
                holders.setdefault(t, []).append(doc_id)
    index = {t: tuple(ids) for t, ids in holders.items()}
    return Neighbourhood(days, index, frequency, len(texts)), each


__all__ = [
    "BACKGROUND_DAYS",
    "CONFIDENCE",
    "NO_DAY_CONFIDENCE",
    "Neighbourhood",
    "Placement",
    "neighbourhood",
    "terms",
]
