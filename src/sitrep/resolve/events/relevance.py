"""Relevance: how much each event belongs to the crisis the corpus is about.

Why: a pile of news pages carries other stories (a celebrity's health, talks in another
region, a bombing a month before) next to the crisis, and a timeline that opens with
them misleads. Nothing says what the crisis is but the corpus itself, so the measure is
the corpus's centre of gravity: the countries, the named actors and the words most of
its articles share, and the period most of them were published in; the ``--about`` line,
when given, adds its own places, names and words to that centre.

Each event gets a score between 0 and 1 (a weighted mean of the signals it has: an
event with no named actor is judged on the others) and the signals behind it in words.
Nothing is dropped: an event below :data:`OFF_TOPIC_BELOW`, or dated well before the
period, is marked apart from the main timeline and exported with its score.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sitrep.extract.timenorm import value_span
from sitrep.records import Document, DocumentReading, Event
from sitrep.resolve.entities import EntityIndex
from sitrep.resolve.events.items import _is_named
from sitrep.resolve.events.vocab import STOP_WORDS

# How much each signal counts when an event has it (weights of a weighted mean).
# A place the report states is the strongest sign of which story a sentence tells (the
# words of a protest in another country are a protest's words); one carried over from the
# paragraph or the article counts for a quarter of it.
WEIGHTS = {"place": 0.4, "article": 0.2, "actors": 0.1, "words": 0.3}
CARRIED_PLACE_WEIGHT = 0.25
# An event whose report states a place is scaled by how much the corpus names its country:
# by this floor for a country no other article names, by 1 for the crisis's own.
STATED_PLACE_FLOOR = 0.5
NO_SIGNAL = 0.5  # an event with no place, no named actor and no words
OFF_TOPIC_BELOW = 0.35  # below this an event is off-topic: kept, listed apart
OFF_TOPIC = "off-topic"
BACKGROUND = "background"
# The period of the corpus: the span holding this share of its publication dates...
PERIOD_SHARE = 0.9
# ... widened by this many days before it (a crisis starts before its first reports).
PERIOD_LEAD_DAYS = 14
# Outside the period a date's signal halves with every this many days.
DATE_HALF_LIFE_DAYS = 30
BACKGROUND_DAYS = 45  # an event this long before the period is background
# The words signal is 1 at this quantile of the events' word shares (a typical
# sentence of the crisis) and falls in proportion below it.
TYPICAL_WORDS_QUANTILE = 0.6
_WORD = re.compile(r"[^\W\d_]{3,}")


@functools.lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    """A crude stem, enough to match "protesters" with "protest" and "killed" with
    "kill" (the about line is written freely); stop words were removed before."""
    for suffix in ("ers", "ing", "ies", "ied", "es", "ed", "er", "s"):
        if len(word) - len(suffix) >= 4 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> set[str]:
    """The stems of a text's content words (no stop words, no numbers)."""
    return {_stem(w) for w in set(_WORD.findall(text.casefold())) if w not in STOP_WORDS}


@dataclass(frozen=True, slots=True)
class CorpusCentre:
    """What the corpus is about, as shares of its articles (0-1, the most shared is 1)."""

    countries: dict[str, float]
    actors: dict[str, float]  # entity key -> share
    words: dict[str, float]  # stem -> share of articles using it
    period: tuple[dt.date, dt.date] | None
    about_words: frozenset[str] = frozenset()
    about_countries: frozenset[str] = frozenset()
    typical_words: float = 0.0  # the word share of a typical event of the crisis
    # each article's own share of the centre: the mean share of the countries of the
    # places it names (an article on the crisis that says where its leader fled is still
    # an article on the crisis; a page of other stories names other countries)
    articles: dict[str, float] = dataclasses.field(default_factory=dict)


def _scaled(counts: Counter[str]) -> dict[str, float]:
    top = max(counts.values(), default=0)
    return {k: v / top for k, v in counts.items()} if top else {}


def _period(documents: Sequence[Document]) -> tuple[dt.date, dt.date] | None:
    days = sorted(s[0] for d in documents if (s := value_span(d.published)))
    if not days:
        return None
    cut = int(len(days) * (1 - PERIOD_SHARE) / 2)
    first, last = days[cut], days[len(days) - 1 - cut]
    return first - dt.timedelta(days=PERIOD_LEAD_DAYS), last


def corpus_centre(
    documents: Sequence[Document],
    readings: Sequence[DocumentReading],
    index: EntityIndex,
    about: str | None = None,
) -> CorpusCentre:
    """The corpus's centre of gravity, from every article's places, names and words."""
    countries: Counter[str] = Counter()
    actors: Counter[str] = Counter()
    for r in readings:
        countries.update({m.place.country_code for m in r.entities if m.place} - {None})
        actors.update({index.key(m.canonical or m.text) for m in r.entities if m.label != "GPE"})
    words: Counter[str] = Counter()
    for d in documents:
        words.update(content_words(d.text))
    n = max(len(documents), 1)
    scaled = _scaled(countries)
    articles = {}
    for r in readings:
        named = [m.place.country_code for m in r.entities if m.place and m.place.country_code]
        if named:
            articles[r.doc] = sum(scaled.get(c, 0.0) for c in named) / len(named)
    about_words = frozenset(content_words(about or ""))
    about_countries = frozenset(
        m.place.country_code
        for r in readings
        for m in r.entities
        if m.place and m.place.country_code and about and _names_in(m.text, about)
    )
    return CorpusCentre(
        countries=scaled,
        actors=_scaled(actors),
        words={w: c / n for w, c in words.items() if c > 1},
        period=_period(documents),
        about_words=about_words,
        about_countries=about_countries,
        articles=articles,
    )


def _names_in(name: str, text: str) -> bool:
    return bool(name) and re.search(rf"\b{re.escape(name)}\b", text, re.IGNORECASE) is not None


def _date_signal(e: Event, period: tuple[dt.date, dt.date] | None) -> float | None:
    span = value_span(e.date)
    if span is None or period is None or e.time_precision > 1 and e.date and "/" not in e.date:
        return None  # no date, or only the day its first report was published
    first, last = period
    gap = max((first - span[1]).days, (span[0] - last).days, 0)
    return 0.5 ** (gap / DATE_HALF_LIFE_DAYS)


def _event_words(e: Event) -> set[str]:
    return set().union(*(content_words(r.text) for r in e.reports)) if e.reports else set()


def _words_share(e: Event, centre: CorpusCentre, words: set[str] | None = None) -> float | None:
    """The mean share of articles using each content word of the event's reports: a
    sentence of the crisis is made of the corpus's common words ("protesters", the
    capital, the leader), an aside of words few articles use ("semifinals")."""
    words = _event_words(e) if words is None else words
    if not words:
        return None
    # fsum: a set's order changes with each process's string hashing, and a plain sum of
    # floats with its order (by the last bit, enough to move a rounded basis or a tie)
    shares = (1.0 if w in centre.about_words else centre.words.get(w, 0.0) for w in words)
    return math.fsum(shares) / len(words)


def _place_signal(e: Event, centre: CorpusCentre) -> tuple[float, bool] | None:
    """The share of the event's country, and whether a report states the place: one no
    report states (carried over from the paragraph or the article) says less about the
    sentence."""
    country = e.place_ref.country_code if e.place_ref else None
    if not country:
        return None
    value = 1.0 if country in centre.about_countries else centre.countries.get(country, 0.0)
    stated = bool(e.place) and any(str(e.place).casefold() in r.text.casefold() for r in e.reports)
    return value, stated


def _actors_signal(e: Event, centre: CorpusCentre, index: EntityIndex) -> float | None:
    named = [a for a in e.actors if _is_named(a)]
    if not named:
        return None
    return max(
        1.0
        if centre.about_words & content_words(a)
        else centre.actors.get(index.key(a), 0.0) ** 0.5
        for a in named
    )


def score(
    e: Event, centre: CorpusCentre, index: EntityIndex, words: set[str] | None = None
) -> tuple[float, str]:
    """The event's relevance (0-1) and the signals behind it, in words: the weighted mean
    of its place, actors and words, times how far its date lies from the period."""
    signals: dict[str, tuple[float, float]] = {}
    place = _place_signal(e, centre)
    stated = place is not None and place[1]
    if place is not None:
        signals["place"] = (place[0], WEIGHTS["place"] * (1.0 if stated else CARRIED_PLACE_WEIGHT))
    if (actors := _actors_signal(e, centre, index)) is not None:
        signals["actors"] = (actors, WEIGHTS["actors"])
    if (w := _words_share(e, centre, words)) is not None:
        value = min(1.0, w / centre.typical_words) if centre.typical_words else 0.0
        signals["words"] = (value, WEIGHTS["words"])
    shares = [centre.articles[r.doc] for r in e.reports if r.doc in centre.articles]
    if shares and (place is None or stated):
        # the article vouches for a place a report states ("she fled to India"); a place
        # carried over from the article already is the article's
        signals["article"] = (max(shares), WEIGHTS["article"])
    base = (
        sum(v * w for v, w in signals.values()) / sum(w for _, w in signals.values())
        if signals
        else NO_SIGNAL
    )
    date = _date_signal(e, centre.period)
    parts = [f"{k} {v:.2f}" for k, (v, _) in signals.items()]
    if date is not None and date < 1:
        parts.append(f"date {date:.2f}")
    if stated:
        # a stated place in a country the corpus seldom names pulls the whole event away:
        # generic crisis words ("clashes", "killed") do not make another country's story ours
        base *= STATED_PLACE_FLOOR + (1 - STATED_PLACE_FLOOR) * signals["place"][0]
    value = base * (date if date is not None else 1.0)
    return round(value, 3), ", ".join(parts) or "no signal"


def apart(e: Event, relevance: float, centre: CorpusCentre) -> str | None:
    """Why an event is kept apart from the main timeline, if it is."""
    span = value_span(e.date)
    if span is not None and centre.period is not None:
        if (centre.period[0] - span[1]).days > BACKGROUND_DAYS:
            return BACKGROUND
    return OFF_TOPIC if relevance < OFF_TOPIC_BELOW else None


def score_events(
    events: Iterable[Event],
    documents: Sequence[Document],
    readings: Sequence[DocumentReading],
    index: EntityIndex,
    about: str | None = None,
) -> tuple[Event, ...]:
    """Every event with its relevance, its basis and, when it is, why it is apart."""
    events = tuple(events)
    centre = corpus_centre(documents, readings, index, about)
    words = [_event_words(e) for e in events]
    shares = sorted(
        w
        for e, ws in zip(events, words, strict=True)
        if (w := _words_share(e, centre, ws)) is not None
    )
    if shares:
        typical = shares[min(len(shares) - 1, int(len(shares) * TYPICAL_WORDS_QUANTILE))]
        centre = dataclasses.replace(centre, typical_words=typical)
    out = []
    for e, ws in zip(events, words, strict=True):
        value, basis = score(e, centre, index, ws)
        why = apart(e, value, centre)
        out.append(dataclasses.replace(e, relevance=value, relevance_basis=basis, apart=why))
    return tuple(out)
