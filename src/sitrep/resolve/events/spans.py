"""Dates of event reports: the span a report gives, whether it is in scope, and
whether two spans can be one happening's."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sitrep.extract.timenorm import value_span
from sitrep.records import (
    REFERENCE_BASIS,
    Document,
    EventMention,
)

# A happening that ended this long before the report was published is background
# ("Russia intervened in Ukraine in 2014"), not part of the crisis being reported. Within
# a year it is the crisis's own run-up, which reports recall as part of the story ("on
# April 12 the government suspended its debt payments", in a July explainer; "thirteen
# people were killed after refusing to stop in 2022"): an event, which relevance.py
# marks as before the corpus's period. 90 -> 365 days: probes events F1 srilanka +0.027,
# france +0.020 (the run-up their gold lists), the four examples unchanged.
BACKGROUND_DAYS = 365
# A happening dated after its report was published is a plan or a forecast
# ("meetings next week"), not something that happened; a day of slack absorbs
# time-zone and publication-date noise.
FUTURE_SLACK_DAYS = 1


MAX_NESTED_SPAN_DAYS = 2


@dataclass(frozen=True, slots=True)
class _Span:
    first: dt.date
    last: dt.date
    precise: bool  # stated in the sentence, not carried over from context

    @property
    def days(self) -> int:
        return (self.last - self.first).days

    def overlaps(self, other: _Span) -> bool:
        """Whether the two share at least a day."""
        return self.first <= other.last and other.first <= self.last


def _mention_span(m: EventMention) -> _Span | None:
    """The mention's own date; ``None`` when neither it nor its context gives one."""
    parsed = value_span(m.date)
    if not parsed:
        return None
    # a date carried over from the paragraph or the publication is an assumption, and a
    # week, month or year ("last week", "in January") says when within, not how long: both
    # are windows the happening lies in, unlike a stated stretch of days ("over the past
    # week", "overnight 5-6 January")
    stated = (
        m.date_basis in (None, "sentence", REFERENCE_BASIS)
        and m.date_precision not in COARSE_PRECISIONS
    )
    return _Span(parsed[0], parsed[1], stated)


def _published(doc: Document | None) -> dt.date | None:
    parsed = value_span(doc.published if doc else None)
    return parsed[0] if parsed else None


COARSE_PRECISIONS = frozenset({"week", "month", "quarter", "season", "year", "decade"})
LONGEST_EVENT_DAYS = 366  # a happening, not an era: ACLED's coarsest precision is a month
UNDATED_WINDOW_DAYS = 6  # an undated report: within the week up to its publication


def _out_of_scope(span: _Span | None, pub: dt.date | None) -> bool:
    """Background history long before publication, a plan dated after it, or a state of
    affairs over more than a year ("occupied since 1974", "a century of ...")."""
    if span is None:
        return False
    if span.days > LONGEST_EVENT_DAYS:
        return True
    if pub is None:
        return False
    return (pub - span.last).days > BACKGROUND_DAYS or ((span.first - pub).days > FUTURE_SLACK_DAYS)


def _dates_compatible(a: _Span | None, b: _Span | None) -> bool:
    """Equal days, one span containing the other, or overlapping when one is imprecise.

    A stated stretch of several days ("over the past week, protests killed dozens")
    is an aggregate happening: it is never one day's event, even when that day's
    report only carries its date over from context."""
    if a is None or b is None:
        return True
    wide, narrow = (a, b) if a.days >= b.days else (b, a)
    if wide.precise and wide.days > MAX_NESTED_SPAN_DAYS and narrow.days == 0:
        return False
    if not a.precise or not b.precise:
        return a.overlaps(b)
    if a.days == 0 and b.days == 0:
        return a.first == b.first
    if a.first == b.first and a.last == b.last:
        return True
    wide, narrow = (a, b) if a.days >= b.days else (b, a)
    if narrow.days > 0:  # two spans: the same stretch of time when they mostly overlap
        shared = (min(a.last, b.last) - max(a.first, b.first)).days
        return shared >= wide.days / 2
    # A short span ("overnight 5-6 January") contains its day; a week-long span
    # ("protests over the past week") is a different, aggregate happening.
    return (
        wide.days <= MAX_NESTED_SPAN_DAYS
        and wide.first <= narrow.first
        and narrow.last <= wide.last
    )


def _two_nights(a: _Span, b: _Span) -> bool:
    """Two stated nights ("overnight", "on Thursday night"), each a day or two long, that
    are not one: a night's arrests are that night's happening, as ACLED codes them."""
    nights = all(s.precise and 0 < s.days <= 1 for s in (a, b))
    return nights and not _dates_compatible(a, b)


def _precision(span: _Span | None) -> int:
    if span is None:
        return 3
    if span.days == 0 and span.precise:
        return 1
    return 2 if span.days <= 7 else 3


def _date_value(span: _Span | None) -> str | None:
    if span is None:
        return None
    if span.days == 0:
        return span.first.isoformat()
    return f"{span.first.isoformat()}/{span.last.isoformat()}"
