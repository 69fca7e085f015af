"""Dates a page states: datelines, "Published ..." lines, weekday lines and the time
stamps in its head or at its foot."""

from __future__ import annotations

import datetime as dt
import re

from sitrep.ingest.metadata.dates import _parse, _safe_day, _sane, month_number
from sitrep.ingest.metadata.vocab import (
    _AGENCY_DATELINE,
    _CLOCKED_NUMERIC,
    _DASH_DATELINE,
    _DATE_LINE,
    _DATELINE,
    _HEAD_STAMP,
    _LABELLED,
    _NUMERIC_DATE,
    _PUBLISHED,
    _REVISION,
    _SIGNED,
    _TAIL_STAMP,
    _WEEKDAY_LINE,
    _WEEKDAYS,
    _WIRE_DATELINE,
    CLOCK_DAYS,
    CLOCKED_LINE_WORDS,
    HEAD_CHARS,
    SIGNED_LINES,
)


def _stated(
    lines: list[str], period: dt.date | None, skip_far: bool = False
) -> tuple[str, str] | None:
    """A publication date the page states near its top: a dateline, a "Published" line,
    a date line or time stamp, or a date written in digits. With ``skip_far`` (``period``
    is the corpus's own agreement), a line dated CLOCK_DAYS or more from the period is
    passed over for the next."""
    revised = None  # an "Updated" line's date: the publication's only if no other is stated
    for line in lines[:12]:
        when = _line_date(line, period)
        if when is None:
            continue
        if skip_far and period is not None and abs((when - period).days) >= CLOCK_DAYS:
            continue
        signed = _SIGNED.match(line.strip()) is not None
        found = (
            when.isoformat(),
            (f"dateline: signed '{line.strip()[:80]}'" if signed else f"dateline: '{line[:80]}'"),
        )
        if not _REVISION.match(line):
            return found
        revised = revised or found
    return (
        revised
        or _head_stamp(" ".join(lines)[:HEAD_CHARS], period)
        or _tail_stamp(lines, period)
        or _weekday_line(lines[:12], period)
    )


def _weekday_line(lines: list[str], period: dt.date | None) -> tuple[str, str] | None:
    """A head line that is a weekday and a day of a month and nothing else, as a live page
    heads its day ("Sunday 13 October"): the date of the year nearest the corpus's period on
    which that day falls on that weekday (none without a period, or with no such year)."""
    if period is None:
        return None
    for line in lines:
        match = _WEEKDAY_LINE.match(line.strip())
        if not match:
            continue
        weekday = [w[:3] for w in _WEEKDAYS].index(match.group("wd").lower()[:3])
        month = month_number(match.group("m1") or match.group("m2"))
        day = int(match.group("d1") or match.group("d2"))
        fits = [
            d
            for year in (period.year - 1, period.year, period.year + 1)
            if (d := _safe_day(year, month, day)) and d.weekday() == weekday
        ]
        if fits:
            when = min(fits, key=lambda d: abs((d - period).days))
            return when.isoformat(), f"dateline: '{line.strip()[:80]}' (weekday in {when.year})"
    return None


def _line_date(line: str, period: dt.date | None) -> dt.date | None:
    """The date one line of the page's head states: a dateline, a labelled or bare date
    line, or a date written in digits."""
    numeric = _NUMERIC_DATE.match(line)
    if numeric:
        when = _numeric(numeric.group("iso"), numeric.group("num"), line)
        if when:
            return when
    for pattern in (_DATELINE, _PUBLISHED, _DATE_LINE, _AGENCY_DATELINE, _SIGNED, _DASH_DATELINE):
        match = pattern.match(line.strip())
        if match:
            # the one date group the match filled (_DASH_DATELINE has three ways to write it)
            when = _parse(next(v for v in match.groupdict().values() if v), period)
            if when:
                return when
    clocked = _CLOCKED_NUMERIC.match(line.strip())
    if clocked and len(line.split()) <= CLOCKED_LINE_WORDS:
        when = _numeric(clocked.group("iso"), clocked.group("num"), line)
        if when:
            return when
    if len(line.split()) <= 16:
        match = _LABELLED.search(line)
        if match:
            return _parse(match.group("date"), period)
    return None


def _tail_stamp(lines: list[str], period: dt.date | None) -> tuple[str, str] | None:
    """A print-edition, first-publication or byline stamp anywhere in the page's
    non-comment lines (``_TAIL_STAMP``), the first one found; else the date a statement
    or report is signed with on one of its last lines (``_SIGNED``)."""
    for line in lines[-SIGNED_LINES:]:
        match = _SIGNED.match(line.strip())
        if match and (when := _parse(match.group("date"), period)):
            return when.isoformat(), f"dateline: signed '{line.strip()[:80]}'"
    for line in lines:
        match = _TAIL_STAMP.search(line)
        if match:
            date = match.group("print") or match.group("first") or match.group("byline")
            when = _parse(date, period)
            if when:
                return when.isoformat(), f"dateline: a stamp in the page '{match.group(0)[-80:]}'"
    return None


def _head_stamp(head: str, period: dt.date | None) -> tuple[str, str] | None:
    """A wire dateline or a time stamp run into the page's head (the first ``HEAD_CHARS``
    characters of its non-comment text), the first one found."""
    found = [
        (m.start(), m.groupdict().get("date") or m.groupdict().get("after") or "", m)
        for pattern in (_WIRE_DATELINE, _HEAD_STAMP)
        if (m := pattern.search(head))
    ]
    for _, date, match in sorted(found, key=lambda f: f[0]):
        groups = match.groupdict()
        if groups.get("digits"):
            when = _numeric(re.sub(r"[/ ]", "-", groups["digits"]), None, "")
        elif groups.get("short"):
            day, month, year = groups["short"].split()
            when = _parse(f"{day} {month} 20{year}", None)
        else:
            when = _parse(date, period)
        if when:
            return when.isoformat(), f"dateline: '{match.group(0)[:80]}'"
    return None


def _numeric(iso: str | None, num: str | None, line: str) -> dt.date | None:
    """A date written in digits: ISO, or day and month in either order (the order is the
    one that makes a valid date; when both do, month first with an AM/PM clock, else day
    first)."""
    try:
        if iso:
            y, m, d = (int(x) for x in iso.split("-"))
            return _sane(dt.date(y, m, d))
        a, b, y = (int(x) for x in re.split(r"[/.-]", num or ""))
    except ValueError:
        return None
    month_first = a <= 12 and (b > 12 or re.search(r"\b[ap]\.?m\.?\b", line, re.I))
    m, d = (a, b) if month_first else (b, a)
    try:
        return _sane(dt.date(y, m, d))
    except ValueError:
        return None
