"""Which events come first in the summary: one function, so the ranking can switch.

Why one switch point: the resolver is gaining a ``salience`` (or ``relevance``) score for events;
until every store carries one, the report ranks by what an analyst would put first from the
record itself: how many independent sources report the event, whether people died, and whether
it is a decision of the state (a curfew, a dismissal, a price change). Events the record can only
date vaguely (a range of weeks or more, or just a month or year) are background, not news, and
rank below dated happenings of the same weight.
"""

from __future__ import annotations

import math
from typing import Any

from sitrep.extract.timenorm import value_span
from sitrep.records import PERSON_TARGET_TYPES, STATE_DECISION_TYPES

# The scores a resolver may attach to an event, in order of preference
SCORE_FIELDS: tuple[str, ...] = ("salience", "relevance")
# Decisions by the state or its officials: they change what happens next
DECISION_TYPES: frozenset[str] = STATE_DECISION_TYPES | PERSON_TARGET_TYPES | {"deployment"}
# Happenings that kill or are counted in deaths even when no number is given
DEADLY_TYPES: frozenset[str] = frozenset({"killing", "clash", "attack", "bombing", "shelling"})
# Types that say little alone: a statement or an untyped happening
WEAK_TYPES: frozenset[str] = frozenset({"other", "statement"})
# Kinds one happening is read as (a head of state stepping down: a government dismissed, a
# person leaving office); the summary names a happening once (summary.distinct_lines)
LINE_FAMILY: dict[str, str] = {
    "government_dismissal": "dismissal",
    "appointment_dismissal": "dismissal",
}
# Widest date range, in days, that still dates a happening (a "past week" is news;
# "since last year" is background)
NEWS_RANGE_DAYS = 8


def date_span_days(value: str | None) -> int | None:
    """Days covered by an event date ("2022-01-05" -> 1, "2021-12-31/2022-01-07" -> 8,
    "2011-02" -> 28, "2011" -> 365); None when undated or unreadable."""
    span = value_span(value)
    return (span[1] - span[0]).days + 1 if span else None


def background(event: dict[str, Any]) -> bool:
    """An event dated only vaguely: a range wider than a week, or a month or a year."""
    span = date_span_days(event.get("date"))
    return span is not None and span > NEWS_RANGE_DAYS


def event_weight(event: dict[str, Any]) -> float:
    """How high an event ranks in the summary (higher first).

    A resolver's own score wins when present; otherwise: independent sources (log-scaled, so a
    story every outlet repeats does not drown the rest), deaths, state decisions; weak types
    and vaguely dated background count less.
    """
    for name in SCORE_FIELDS:
        score = event.get(name)
        if isinstance(score, int | float) and not isinstance(score, bool):
            return float(score)
    sources = int(event.get("corroboration") or 0)
    mentions = len(event.get("mentions") or ())
    weight = 2.0 * math.log2(1 + max(sources, 1)) + 0.5 * math.log2(1 + mentions)
    fatalities = event.get("fatalities")
    if isinstance(fatalities, int | float) and fatalities > 0:
        # capped: one misread count ("16,000") must not outrank what every outlet reports
        weight += 1.5 + min(math.log10(1 + fatalities), 1.0)
    elif event.get("type") in DEADLY_TYPES:
        weight += 1.0
    if event.get("type") in DECISION_TYPES:
        weight += 1.5
    if event.get("type") in WEAK_TYPES:
        weight *= 0.5
    if not event.get("date") or background(event):
        weight *= 0.5
    return weight
