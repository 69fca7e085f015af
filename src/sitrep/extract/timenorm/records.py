"""What a normalised time expression is: its calendar value and span, its TimeML value, and
the anchor that later relative expressions ("two days later") count from."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

Date = dt.date


@dataclass(frozen=True, slots=True)
class Normalised:
    """The calendar reading of one time expression.

    ``value`` is None for durations, sets and vague references (``timex`` still
    says what they are); ``first``/``last`` bound the days the expression covers
    and may be narrower than ``value`` ("earlier this month" → value 2022-01,
    first 2022-01-01, last = the reference).
    """

    value: str | None
    precision: str | None  # day | week | month | year
    first: Date | None
    last: Date | None
    anchor: str  # absolute | publication | previous | none
    flag: str | None = None
    timex: str | None = None  # TimeML TIMEX3 value


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where the narrative stands when an expression counted from it is read.

    ``first``..``last`` is the calendar unit (``unit``: D | W | MO | Q | Y) of the
    most recent dated expression before it ("in the third quarter", "in 1995",
    "on Friday"); ``day`` is the most recent single day mentioned, possibly before
    that. Why both: TimeML anchors "a year earlier" / "that year" / "the following
    month" on the latest dated expression at its own granularity (TimeBank: "a year
    earlier" after "the third quarter" is 1988-Q3, after "1988" "that year" is 1988),
    while a bare clock time or "that evening" still belongs to the last day.
    """

    first: Date
    last: Date
    unit: str
    day: Date | None = None


# Granularity order of the units an anchor or a shift can have.
_RANK: dict[str, float] = {
    "S": -1,
    "M": -1,
    "H": -1,
    "D": 0,
    "WE": 0,
    "W": 1,
    "F": 1.5,
    "MO": 2,
    "Q": 3,
    "Y": 4,
    "DE": 5,
    "C": 6,
}


def anchor_of(n: Normalised, day: Date | None = None) -> Anchor | None:
    """The anchor a reading sets for what follows it, if it names one calendar unit.

    Rolling windows ("the past year"), spans ("since 2019"), vague and flagged
    readings set none: they do not move the narrative to a datable point."""
    if n.value is None or n.first is None or n.last is None or n.flag or n.anchor == "none":
        return None
    v, t = n.value, n.timex or ""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v) and n.first == n.last:
        return Anchor(n.first, n.last, "D", n.first)
    if re.fullmatch(r"\d{4}-W\d{2}", v):
        unit = "W"
    elif re.fullmatch(r"\d{4}-\d{2}", v):
        unit = "MO"
    elif re.fullmatch(r"\d{4}-Q\d", t):
        unit = "Q"
    elif re.fullmatch(r"\d{4}", v):
        unit = "Y"
    else:
        return None
    return Anchor(n.first, n.last, unit, day)
