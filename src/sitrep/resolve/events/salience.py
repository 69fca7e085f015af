"""Salience: which events and which days the main timeline puts first.

Why: a reader opens the timeline to see what mattered. What mattered is what many
independent reports tell (outlets first; within one outlet, separate articles; copies of
one article count once), what belongs to the crisis (relevance) and what weighs most
(deaths, decisions of state). A day's weight is the sum of its events' salience, so a
day on which several well-reported things happened comes before a day of one aside.
Events kept apart (off-topic, background) have no salience: they are listed, not ranked.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from sitrep.extract.timenorm import value_span
from sitrep.records import Document, DocumentReading, Event, KeyDay
from sitrep.resolve.events.weights import (
    ARTICLE_WEIGHT,
    DEATHS_WEIGHT,
    EVENTS_DAY_WEIGHT,
    IMPRECISE_DAY_WEIGHT,
    KEY_DAYS,
    KEY_DAYS_LOOKBACK,
    LEAD_CHARS,
    LEAD_DECAY,
    LEAD_WEIGHT,
    NAMED_DAY_WEIGHT,
    STATEMENT_LEAD_WEIGHT,
    SUB_EVENT_WEIGHT,
    TYPE_WEIGHT,
)


def _articles(e: Event, canon: Mapping[str, str]) -> int:
    """Separate articles reporting the event: copies of one article count once."""
    return len({canon.get(r.doc, r.doc) for r in e.reports})


def leads(e: Event, canon: Mapping[str, str]) -> int:
    """Separate articles that report the event in their lead (the first LEAD_CHARS
    characters: headline, highlights, first sentences), copies once; one sentence repeated
    word for word at the top of several articles (a teaser of another story, page
    furniture) counts once. A disaster's toll told in a lead (``Event.toll``: "Quake toll
    tops 7,000") reports the disaster there."""
    lead = [r for r in e.reports if r.start < LEAD_CHARS]
    articles = {canon.get(r.doc, r.doc) for r in lead}
    texts = {" ".join(r.text.casefold().split()) for r in lead}
    return min(len(articles), len(texts)) + len(_toll_leads(e, canon) - articles)


def _toll_leads(e: Event, canon: Mapping[str, str]) -> set[str]:
    """Articles (copies once) that tell a disaster's toll in their lead."""
    return {canon.get(t.doc, t.doc) for t in e.toll if t.start < LEAD_CHARS}


def score(e: Event, canon: Mapping[str, str]) -> tuple[float, str]:
    """The event's salience and its basis in words (0 for an event kept apart)."""
    if e.apart:
        return 0.0, f"kept apart ({e.apart})"
    articles = _articles(e, canon)
    lead = leads(e, canon)
    reports = (
        math.log2(1 + e.corroboration)
        + ARTICLE_WEIGHT * math.log2(1 + articles)
        + LEAD_WEIGHT * math.log2(1 + lead)
    )
    weight = SUB_EVENT_WEIGHT.get(e.acled_sub_event_type, TYPE_WEIGHT.get(e.type, 1.0))
    if lead and e.type == "statement":
        weight = max(weight, STATEMENT_LEAD_WEIGHT)
    if e.fatalities:
        weight += DEATHS_WEIGHT * math.log10(1 + e.fatalities)
    relevance = e.relevance if e.relevance is not None else 1.0
    value = reports * weight * relevance
    tolled = f" (its toll in {n})" if e.toll and (n := len(_toll_leads(e, canon))) else ""
    basis = (
        f"{e.corroboration} outlet(s), {articles} article(s), {lead} lead(s){tolled}"
        f", weight {weight:.2f}"
        f", relevance {relevance:.2f}"
    )
    return round(value, 3), basis


def score_events(events: Iterable[Event], canon: Mapping[str, str]) -> tuple[Event, ...]:
    out = []
    for e in events:
        value, basis = score(e, canon)
        out.append(dataclasses.replace(e, salience=value, salience_basis=basis))
    return tuple(out)


def day_of(e: Event) -> dt.date | None:
    """The one day an event is dated to (None for a span or no date)."""
    span = value_span(e.date)
    return span[0] if span and span[0] == span[1] else None


def named_days(
    readings: Iterable[DocumentReading],
    documents: Iterable[Document],
    canon: Mapping[str, str],
) -> dict[dt.date, float]:
    """For each day, the separate articles (copies once) that name it, other than on the
    day they were published: a day later reports go back to, or earlier ones look ahead
    to, is a day that mattered. What the articles say of the day is the events' business;
    that they keep naming it is corroboration of the day itself. An article counts in
    full when it names the day at its top (the lead tells what the article is about) and
    less the further down it first does (a background date in the last paragraph:
    1 / (1 + LEAD_DECAY x the share of the text before it))."""
    docs = {d.id: d for d in documents}
    by_article: dict[str, dict[dt.date, float]] = defaultdict(dict)
    for r in readings:
        doc = docs.get(r.doc)
        published = _day(doc.published) if doc is not None else None
        length = max(len(doc.text), 1) if doc is not None else 1
        article = by_article[canon.get(r.doc, r.doc)]
        for t in r.times:
            if t.first and t.first == t.last and (day := _day(t.first)) != published:
                weight = 1.0 / (1.0 + LEAD_DECAY * min(t.start / length, 1.0))
                if weight > article.get(day, 0.0):  # type: ignore[arg-type]
                    article[day] = weight  # type: ignore[index]
    counts: dict[dt.date, float] = defaultdict(float)
    for days in by_article.values():
        for day, weight in days.items():
            counts[day] += weight
    return dict(counts)


def _day(value: str | None) -> dt.date | None:
    span = value_span(value)
    return span[0] if span else None


def rank_days(
    events: Iterable[Event], named: Mapping[dt.date, float] | None = None
) -> list[tuple[dt.date, float]]:
    """Days by the summed salience of the main-timeline events dated to them (a day that
    is only the publication day of reports giving none counts for less), and by the
    articles that name the day (:func:`named_days`), each as a share of the top day's."""
    days: dict[dt.date, float] = defaultdict(float)
    for e in events:
        day = day_of(e)
        if day is None or not e.salience:
            continue
        days[day] += e.salience * (1.0 if e.time_precision == 1 else IMPRECISE_DAY_WEIGHT)
    top_events = max(days.values(), default=0.0) or 1.0
    top_named = max((named or {}).values(), default=0) or 1
    scores = {d: EVENTS_DAY_WEIGHT * v / top_events for d, v in days.items()}
    for d, n in (named or {}).items():
        scores[d] = scores.get(d, 0.0) + NAMED_DAY_WEIGHT * n / top_named
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))


def key_days(
    events: Iterable[Event],
    readings: Iterable[DocumentReading],
    documents: Sequence[Document],
    canon: Mapping[str, str],
    k: int = KEY_DAYS,
) -> tuple[KeyDay, ...]:
    """The ``k`` days the pile puts first (:func:`rank_days` over the events' salience
    and the articles naming each day), best first, from KEY_DAYS_LOOKBACK days before the
    first article to the last."""
    published = sorted(d for doc in documents if (d := _day(doc.published)) is not None)
    if not published:
        return ()
    first = published[0] - dt.timedelta(days=KEY_DAYS_LOOKBACK)
    named = named_days(readings, documents, canon)
    ranked = [(d, v) for d, v in rank_days(events, named) if first <= d <= published[-1]]
    return tuple(
        KeyDay(day.isoformat(), round(score, 3), round(named.get(day, 0.0), 2))
        for day, score in ranked[:k]
    )
