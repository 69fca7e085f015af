"""Quantities and periods in an expression: "two days", "a few weeks", "the past three
months"."""

from __future__ import annotations

import datetime as dt

from sitrep.extract.timenorm.arithmetic import (
    _day,
    _month,
    _narrow,
    _span,
    _year,
    add_months,
    month_end,
    week_of,
)
from sitrep.extract.timenorm.records import (
    Normalised,
)
from sitrep.extract.timenorm.vocab import (
    _COUNT_FILLERS,
    _DECIMAL,
    _QUANTITY_WORDS,
    NUMBERS,
    UNITS,
    VAGUE_NUMBERS,
)

Date = dt.date


def _unit(tok: str) -> str | None:
    t = tok[:-1] if tok.endswith("s") and tok[:-1] in UNITS else tok
    if t == "centuries":
        return "C"
    return UNITS.get(t)


def _read_quantity(toks: list[str]) -> tuple[float | None, str, int] | None:
    """A count and a unit at the start of ``toks``, and how many tokens they take.

    "four days" → (4.0, "D", 2); "two and a half years" → (2.5, "Y", 5);
    "a couple of weeks" → (2.0, "W", 4); "several years" / "days" → (None, unit, n).
    """
    total: float | None = None
    vague = False
    i = 0
    while i < len(toks) and (
        toks[i].isdigit()
        or _DECIMAL.fullmatch(toks[i])
        or toks[i] in _QUANTITY_WORDS
        or toks[i] in _COUNT_FILLERS
    ):
        t = toks[i]
        if t in _COUNT_FILLERS:
            pass
        elif t in {"to", "or"} and total is not None:
            # "two to three weeks": the lower bound; skip the upper one
            i += 2 if i + 1 < len(toks) and (toks[i + 1].isdigit() or toks[i + 1] in NUMBERS) else 1
            continue
        elif t.isdigit() and toks[i + 1 : i + 2] == ["/"] and toks[i + 2 : i + 3] != [""]:
            # "2 1/2 years"
            if i + 2 < len(toks) and toks[i + 2].isdigit() and int(toks[i + 2]):
                total = (total or 0.0) + int(t) / int(toks[i + 2])
            i += 3
            continue
        elif _DECIMAL.fullmatch(t):
            total = float(t)
        elif t == "couple":
            total = 2.0
        elif t in VAGUE_NUMBERS:
            vague = True
        elif t == "half":
            total = (total or 0.0) + 0.5
        elif t == "hundred":
            total = (total or 1.0) * 100
        elif t in {"a", "an"}:
            total = 1.0 if total is None else total
        elif t.isdigit() or t in NUMBERS:
            n = float(int(t) if t.isdigit() else NUMBERS[t])
            total = total + n if total is not None and total >= 20 and n < 10 else n
        i += 1
    unit = _unit(toks[i]) if i < len(toks) else None
    if unit is None:
        return None
    if vague or (total is None and toks[i].endswith("s")):
        return None, unit, i + 1
    return (1.0 if total is None else total), unit, i + 1


def _shift(d: Date, n: int, unit: str) -> Date:
    if unit == "D":
        return d + dt.timedelta(days=n)
    if unit in {"W", "WE"}:
        return d + dt.timedelta(weeks=n)
    if unit == "F":
        return d + dt.timedelta(weeks=2 * n)
    if unit == "MO":
        return add_months(d, n)
    if unit == "Q":
        return add_months(d, 3 * n)
    if unit == "Y":
        return add_months(d, 12 * n)
    if unit == "DE":
        return add_months(d, 120 * n)
    if unit == "C":
        return add_months(d, 1200 * n)
    return d


def duration(n: float | None, unit: str) -> str:
    """ISO-8601 / TimeML duration: (3, "D") → P3D, (None, "Y") → PXY, (72, "H") → PT72H."""
    if n is not None and not float(n).is_integer():
        whole, frac = int(n), n - int(n)
        smaller = {
            "Y": (12, "M", ""),
            "MO": (30, "D", ""),
            "D": (24, "H", "T"),
            "H": (60, "M", ""),
            "W": (7, "D", ""),
        }.get(unit)
        if smaller and (frac * smaller[0]).is_integer():
            head = duration(whole, unit) if whole else ("PT" if unit == "H" else "P")
            sep = "" if unit == "H" or not smaller[2] else smaller[2]
            return f"{head}{sep}{int(frac * smaller[0])}{smaller[1]}"
    num = "X" if n is None else (str(int(n)) if float(n).is_integer() else str(n))
    if unit in {"S", "M", "H"}:
        return f"PT{num}{unit}"
    table = {"MO": "M", "F": "W", "WE": "WE", "DE": "DE", "C": "CE"}
    if unit == "F" and n is not None:
        return f"P{int(2 * n)}W"
    if unit == "DE" and n is not None:
        return f"P{int(10 * n)}Y"
    return f"P{num}{table.get(unit, unit)}"


def _period(
    d: Date, unit: str, anchor: str, mod: str | None = None, reference: Date | None = None
) -> Normalised:
    """The calendar week/month/year/quarter/weekend containing ``d``."""
    if unit == "MO":
        return _month(d.year, d.month, anchor, mod, reference)
    if unit == "Y":
        return _year(d.year, anchor, mod, reference)
    if unit in {"W", "F"}:
        week, first, last = week_of(d)
        first, last = _narrow(first, last, mod, reference)
        return Normalised(week, "week", first, last, anchor, None, week)
    if unit == "WE":
        week, monday, _ = week_of(d)
        sat = monday + dt.timedelta(days=5)
        r = _span(sat, sat + dt.timedelta(days=1), "day", anchor, f"{week}-WE")
        return r
    if unit == "Q":
        q = (d.month - 1) // 3 + 1
        first = Date(d.year, 3 * q - 2, 1)
        last = month_end(d.year, 3 * q)
        r = _span(first, last, "month", anchor, f"{d.year}-Q{q}")
        return r
    if unit == "C":
        start = (d.year - 1) // 100 * 100 + 1
        return Normalised(
            f"{start}/{start + 99}",
            "year",
            Date(start, 1, 1),
            Date(start + 99, 12, 31),
            anchor,
            None,
            f"{(start - 1) // 100:02d}",
        )
    if unit == "DE":
        start = d.year - d.year % 10
        return Normalised(
            f"{start}/{start + 9}",
            "year",
            Date(start, 1, 1),
            Date(start + 9, 12, 31),
            anchor,
            None,
            str(start)[:3],
        )
    return _day(d, anchor)
