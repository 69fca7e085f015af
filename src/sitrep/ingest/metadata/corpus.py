"""Dates from the rest of the corpus: the dates texts report, stamp or write, and a text
dated by the dates the other reports give."""

from __future__ import annotations

import datetime as dt
import re

from sitrep.ingest import happenings
from sitrep.ingest.metadata.dates import _masked, _month_day, _not_a_happening, month_number
from sitrep.ingest.metadata.vocab import (
    _BOUND_BEFORE,
    _CLOCK_AFTER,
    _DAY_RANGE,
    _MONTH_DAY,
    _SINCE,
    _START_BEFORE,
    _WEEKDAY_MENTION,
    _WEEKDAYS,
)
from sitrep.ingest.metadata.weekdays import _counted_from_weekday
from sitrep.records import Segment


def stamped_dates(text: str) -> list[dt.date]:
    """The dates a text writes in full with a clock time beside them ("February 3, 2011 at
    11:27 pm", "14th April 2012 - 19:53")."""
    out = []
    for m in _MONTH_DAY.finditer(text):
        if not (m.group("y1") or m.group("y2")):
            continue
        after = text[m.end() : m.end() + 12]
        if _CLOCK_AFTER.match(after) or re.match(r"^\s*[-–—]\s*\d{1,2}:\d\d\b", after):
            when = _month_day(m, None, None)
            if when is not None:
                out.append(when)
    return out


def written_dates(text: str, *, happenings: bool = False) -> list[dt.date]:
    """The calendar dates a text writes in full, year included ("February 17, 2011",
    "6 January 2022"): what an undated corpus says about the period it covers, read
    without the language model. With ``happenings``, only the dates of happenings: no
    deadline, plan or name ("dissolved by 1 January 2024", :func:`_not_a_happening`)."""
    out = []
    for m in _MONTH_DAY.finditer(text):
        if happenings and _not_a_happening(text, m, stamps=False):
            continue
        if m.group("y1") or m.group("y2"):
            when = _month_day(m, None, None)
            if when is not None:
                out.append(when)
    return out


def reported_dates(text: str, segments: tuple[Segment, ...], published: dt.date) -> set[dt.date]:
    """The calendar dates a dated article names in its body, read in its publication year
    (or the year before, for a month after publication), plus the publication date. A
    deadline ("dissolved by 1 January 2024", "closed until 6 May") is none: no report was
    published around it."""
    out = {published}
    masked = _masked(text, segments)
    out.update(d for m in _MONTH_DAY.finditer(masked) if (d := _reported(masked, m, published)))
    # a range ("on 18-20 July", "November 29-30") names every day in it
    for match in _DAY_RANGE.finditer(_masked(text, segments)):
        month = month_number(match.group("m1") or match.group("m2"))
        first, last = (
            (int(match.group(k) or 0) for k in ("a1", "b1"))
            if match.group("a1")
            else (int(match.group("a2")), int(match.group("b2")))
        )
        for day in range(first, min(last, 31) + 1) if 0 < last - first <= 7 else ():
            try:
                when = dt.date(published.year, month, day)
            except ValueError:
                continue
            if when <= published:
                out.add(when)
    return out


def _reported(masked: str, match: re.Match[str], published: dt.date) -> dt.date | None:
    """The date a match of ``_MONTH_DAY`` names in a text published on ``published`` (see
    ``reported_dates``), or None for a deadline or a date more than a year from it."""
    if _BOUND_BEFORE.search(masked[max(0, match.start() - 40) : match.start()]):
        return None
    month = month_number(match.group("m1") or match.group("m2"))
    day = int(match.group("d1") or match.group("d2"))
    year = int(match.group("y1") or match.group("y2") or published.year)
    try:
        when = dt.date(year, month, day)
    except ValueError:
        return None
    if when > published and not (match.group("y1") or match.group("y2")):
        when = when.replace(year=year - 1) if (month, day) != (2, 29) else when
    return when if abs((when - published).days) <= 366 else None


def dated_sentences(
    text: str, segments: tuple[Segment, ...], published: dt.date
) -> list[tuple[dt.date, frozenset[str]]]:
    """Each date a dated text's body names (as ``reported_dates`` reads it), with the
    content words of its sentence (``happenings.words``)."""
    masked = _masked(text, segments)
    out = []
    for start, end, sentence in happenings.sentences(masked):
        for match in _MONTH_DAY.finditer(masked, start, end):
            when = _reported(masked, match, published)
            if when is not None:
                out.append((when, happenings.words(sentence)))
    return out


def date_from_corpus(
    text: str, segments: tuple[Segment, ...], corpus: set[dt.date] | dict[dt.date, int]
) -> tuple[str | None, str]:
    """A publication date for an article that names weekdays but no calendar date.

    Other reports in the corpus give calendar dates (``corpus``: each with the number of
    reports that give it). Read each weekday the article names as the most recent one on
    or before a candidate publication day; the day at which those weekdays fall on the
    dates most reports give (at least two weekday hits, or one on a date two reports give),
    earliest first, is taken: news is published soon after what it reports. Only when the
    other reports cover a crisis (weeks, not years) and the best days lie within one week.
    """
    weight = dict(corpus) if isinstance(corpus, dict) else dict.fromkeys(corpus, 1)
    masked = _masked(text, segments)
    counted = _counted_from_weekday(masked, weight)
    if counted is not None:
        return counted
    days = {
        _WEEKDAYS.index(m.group("day").lower())
        for m in _WEEKDAY_MENTION.finditer(masked)
        if not m.group("before")
    }
    if not days or not weight:
        return None, "no date: no weekday to place it among the other reports"
    if (max(weight) - min(weight)).days > 92:
        return None, "no date: the other reports span too long to place its weekdays"
    # the first weekday a report names, unless it names when something began ("The
    # fighting began on Saturday"), is its own day or the day before (Timeline17: 78%)
    first = next(
        (
            _WEEKDAYS.index(m.group("day").lower())
            for m in _WEEKDAY_MENTION.finditer(masked)
            if not m.group("before")
            and not _START_BEFORE.search(masked[max(0, m.start() - 60) : m.start()])
            and not _SINCE.search(masked[max(0, m.start() - 20) : m.start()])
        ),
        None,
    )
    scored: list[tuple[int, dt.date, list[dt.date]]] = []
    day = min(weight)
    while day <= max(weight) + dt.timedelta(days=7):
        recent = [day - dt.timedelta(days=(day.weekday() - w) % 7) for w in days]
        hits = sorted(d for d in recent if d in weight)
        if first is None or (day.weekday() - first) % 7 in (0, 1):
            scored.append((sum(weight[d] for d in hits), day, hits))
        day += dt.timedelta(days=1)
    top = max(n for n, _, _ in scored)
    best_days = [d for n, d, _ in scored if n == top]
    if top < 2 or (max(best_days) - min(best_days)).days > 7:
        return None, "no date: its weekdays do not single out one week of the other reports"
    count, when, hits = next(item for item in scored if item[0] == top)
    names = ", ".join(f"{_WEEKDAYS[d.weekday()].title()} {d.isoformat()}" for d in hits)
    return (
        when.isoformat(),
        f"inferred from the corpus: its weekdays fall on dates the other reports give ({names})",
    )
