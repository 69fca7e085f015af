"""Calendar arithmetic on values and days: bounds of an ISO value, months added, ISO
weeks, and the day, span, month and year results."""

from __future__ import annotations

import calendar
import datetime as dt

from sitrep.extract.timenorm.records import (
    Normalised,
)

Date = dt.date


def _value_bounds(value: str) -> tuple[dt.date, dt.date]:
    """First and last day of an ISO day, week (YYYY-Www), month (YYYY-MM) or year."""
    v = value.strip()[:10]
    if len(v) == 4:
        return dt.date(int(v), 1, 1), dt.date(int(v), 12, 31)
    if "-W" in v:
        year, week = v.split("-W")
        first = dt.date.fromisocalendar(int(year), int(week[:2]), 1)
        return first, first + dt.timedelta(days=6)
    if len(v) == 7:
        first = dt.date(int(v[:4]), int(v[5:7]), 1)
        return first, month_end(first.year, first.month)
    day = dt.date.fromisoformat(v)
    return day, day


def value_span(value: str | None) -> tuple[dt.date, dt.date] | None:
    """First and last day of a normalised value: a day, week, month or year, or a
    ``first/last`` interval of them ("2022-01-02/2022-01-05", "2022-W01"); ``None`` when it
    is no date (a duration, a clock time, empty)."""
    if not value:
        return None
    try:
        a, _, b = value.partition("/")
        first = _value_bounds(a)[0]
        last = _value_bounds(b)[1] if b else _value_bounds(a)[1]
    except ValueError:
        return None
    return (first, last) if first <= last else (last, first)


def add_months(d: Date, n: int) -> Date:
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    return Date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def month_end(year: int, month: int) -> Date:
    return Date(year, month, calendar.monthrange(year, month)[1])


def week_of(d: Date) -> tuple[str, Date, Date]:
    iso = d.isocalendar()
    monday = d - dt.timedelta(days=d.weekday())
    return f"{iso.year}-W{iso.week:02d}", monday, monday + dt.timedelta(days=6)


def _day(d: Date, anchor: str, timex: str | None = None, flag: str | None = None) -> Normalised:
    return Normalised(d.isoformat(), "day", d, d, anchor, flag, timex or d.isoformat())


def _span(a: Date, b: Date, precision: str, anchor: str, timex: str | None) -> Normalised:
    if precision == "month":
        value = f"{a.isoformat()[:7]}/{b.isoformat()[:7]}"
    elif precision == "year":
        value = f"{a.year}/{b.year}"
    else:
        value = f"{a.isoformat()}/{b.isoformat()}"
    return Normalised(value, precision, a, b, anchor, None, timex)


def _month(
    year: int, month: int, anchor: str, mod: str | None = None, reference: Date | None = None
) -> Normalised:
    first, last = Date(year, month, 1), month_end(year, month)
    first, last = _narrow(first, last, mod, reference)
    value = f"{year:04d}-{month:02d}"
    return Normalised(value, "month", first, last, anchor, None, value)


def _year(
    year: int, anchor: str, mod: str | None = None, reference: Date | None = None
) -> Normalised:
    first, last = _narrow(Date(year, 1, 1), Date(year, 12, 31), mod, reference)
    return Normalised(f"{year:04d}", "year", first, last, anchor, None, f"{year:04d}")


def _narrow(first: Date, last: Date, mod: str | None, reference: Date | None) -> tuple[Date, Date]:
    """Shrink a period for "early/mid/late ..." and "earlier/later this ..."."""
    length = (last - first).days + 1
    third = dt.timedelta(days=max(length // 3 - 1, 0))
    if mod == "START":
        return first, first + third
    if mod == "END":
        return last - third, last
    if mod == "MID":
        return first + third, last - third
    if mod == "EARLIER" and reference and first <= reference <= last:
        return first, reference
    if mod == "LATER" and reference and first <= reference <= last:
        return reference, last
    return first, last
