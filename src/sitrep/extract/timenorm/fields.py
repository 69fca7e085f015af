"""The date pieces an expression writes (year, month, day, weekday, part of the day) and
the year a yearless date falls in."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from sitrep.extract.timenorm.records import (
    Normalised,
)
from sitrep.extract.timenorm.vocab import (
    DECADE_WORDS,
    MONTHS,
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    WEEKDAYS,
)

Date = dt.date


@dataclass(frozen=True, slots=True)
class _Fields:
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    part: str | None = None  # MO | AF | EV | NI
    clock: str | None = None  # HH:MM
    decade: int | None = None
    season: str | None = None
    quarter: int | None = None
    half: int | None = None


def _year_token(t: str) -> int | None:
    if re.fullmatch(r"\d{4}", t) and 1000 <= int(t) <= 2199:
        return int(t)
    return None


def _fields(toks: list[str]) -> _Fields:
    """Collect explicit calendar fields wherever they stand in the expression."""
    year = month = day = weekday = decade = quarter = half = None
    part = clock = season = None
    four_digit_decade = False
    for i, t in enumerate(toks):
        prev = toks[i - 1] if i else ""
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", t):
            year, month, day = (int(x) for x in t.split("-"))
        elif re.fullmatch(r"\d{1,2}/\d{1,2}/\d{2,4}", t):
            a, b, c = (int(x) for x in t.split("/"))
            month, day = (a, b) if a <= 12 else (b, a)  # US order unless impossible
            year = c + (2000 if c < 50 else 1900) if c < 100 else c
        elif t in MONTHS and (
            t != "may"
            or len(toks) == 1
            or nxt.isdigit()
            or _year_token(nxt) is not None
            or prev
            in {
                "in",
                "of",
                "early",
                "late",
                "mid",
                "since",
                "last",
                "next",
                "this",
                "until",
                "by",
                "-",
            }
            or re.fullmatch(r"\d+(st|nd|rd|th)?", prev) is not None
        ):
            month = MONTHS[t]
        elif t in WEEKDAYS and t not in {"sat", "sun", "wed", "mon"}:
            weekday = WEEKDAYS[t]
        elif t in {"sat", "sun", "wed", "mon"} and (len(toks) <= 3):
            weekday = WEEKDAYS[t]
        elif _year_token(t) is not None:
            year = _year_token(t)
        elif t in DECADE_WORDS:
            decade = DECADE_WORDS[t] + (1900 if DECADE_WORDS[t] >= 30 else 2000)
        elif re.fullmatch(r"\d{3}0s", t):
            decade = int(t[:4])
            four_digit_decade = True
        elif re.fullmatch(r"'\d0s", t) or (re.fullmatch(r"\d0s", t)):
            decade = int(t.strip("'")[:2])  # resolved against the reference later
            decade = decade + (1900 if decade >= 30 else 2000)
        elif re.fullmatch(r"\d{1,2}(st|nd|rd|th)?", t) and (
            prev in MONTHS
            or nxt in MONTHS
            or (prev == "the" and nxt == "of")
            or (nxt == "of" and i + 2 < len(toks) and toks[i + 2] in MONTHS)
            or (prev in {"-", "–", "/"} and day is not None)
        ):
            if nxt in {"am", "pm"}:
                clock = f"{int(t.rstrip('stndrh')) % 12 + (12 if nxt == 'pm' else 0):02d}:00"
                continue
            if (
                day is not None
                and prev in MONTHS
                and re.fullmatch(r"\d\d", t)
                and re.fullmatch(r"\d{1,2}:\d{2}", nxt)
            ):
                # a wire stamp's two-digit year: "17 January 12 01:10 GMT" (2012)
                year = 2000 + int(t) if int(t) < 50 else 1900 + int(t)
                continue
            if day is None or prev in MONTHS:
                day = int(re.sub(r"\D", "", t))
        elif t in ORDINALS and nxt == "of" and i + 2 < len(toks) and toks[i + 2] in MONTHS:
            day = ORDINALS[t] if ORDINALS[t] > 0 else None
        elif t in ORDINALS and nxt in {"quarter", "half"}:
            n = ORDINALS[t]
            if nxt == "quarter":
                quarter = 4 if n == -1 else n
            else:
                half = 2 if n == -1 else n
        elif t in {"q1", "q2", "q3", "q4"}:
            quarter = int(t[1])
        elif t in PARTS_OF_DAY:
            part = PARTS_OF_DAY[t]
        elif t in SEASONS:
            season = t
        elif re.fullmatch(r"\d{1,2}:\d{2}", t):
            h, m = (int(x) for x in t.split(":"))
            if nxt == "pm" and h < 12:
                h += 12
            if nxt == "am" and h == 12:
                h = 0
            clock = f"{h:02d}:{m:02d}"
        elif re.fullmatch(r"\d{1,2}", t) and nxt in {"am", "pm"}:
            h = int(t) % 12 + (12 if nxt == "pm" else 0)
            clock = f"{h:02d}:00"
    if clock is None and ("noon" in toks or "midday" in toks):
        clock = "12:00"
    if decade is not None and not four_digit_decade:
        decade = -decade  # two-digit decade ("the '90s"): century chosen by the reader
    return _Fields(year, month, day, weekday, part, clock, decade, season, quarter, half)


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def _month_day_year(month: int, day: int, reference: Date, past: bool | None) -> int:
    """The year of a month-day given without one.

    Past: the latest occurrence on or before the reference, or in the reference's
    own month (so a publication date a day or two early does not push "January
    6" back a year). Future: the earliest on or after it (or in its month).
    Unknown tense: the occurrence nearest the reference.
    """

    def key(y: int) -> Date:
        return Date(y, month, min(day, calendar.monthrange(y, month)[1]))

    years = (reference.year - 1, reference.year, reference.year + 1)
    same_month = month == reference.month
    if past is None:
        return min(
            years, key=lambda y: (abs((key(y) - reference).days), -y * (key(y) <= reference))
        )
    if past:
        return reference.year if same_month or key(reference.year) <= reference else years[0]
    return reference.year if same_month or key(reference.year) >= reference else years[2]


def _month_year(month: int, reference: Date, past: bool | None) -> int:
    """The year of a month named without one ("in December")."""
    if past is None:
        diff = month - reference.month
        if diff > 6:
            return reference.year - 1
        if diff < -6:
            return reference.year + 1
        return reference.year
    if past:
        return reference.year if month <= reference.month else reference.year - 1
    return reference.year if month >= reference.month else reference.year + 1


def _weekday(weekday: int, reference: Date, past: bool | None, which: str | None) -> Date:
    """Resolve a weekday name; ``which`` is last | this | next | None."""
    delta = (reference.weekday() - weekday) % 7
    if which == "last":
        return reference - dt.timedelta(days=delta or 7)
    if which == "next":
        return reference + dt.timedelta(days=(weekday - reference.weekday()) % 7 or 7)
    if past or past is None:
        return reference - dt.timedelta(days=delta)
    return reference + dt.timedelta(days=(weekday - reference.weekday()) % 7)


def _with_part(n: Normalised, f: _Fields) -> Normalised:
    if n.precision != "day" or n.value is None or "/" in n.value:
        return n
    if f.clock:
        return Normalised(
            n.value, n.precision, n.first, n.last, n.anchor, n.flag, f"{n.value}T{f.clock}"
        )
    if f.part and f.part != "MI":
        return Normalised(
            n.value, n.precision, n.first, n.last, n.anchor, n.flag, f"{n.value}T{f.part}"
        )
    return n
