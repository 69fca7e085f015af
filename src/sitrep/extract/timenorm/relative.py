"""Relative expressions: "two days later", "last week", "a few years ago", "in recent
years", counted from the reference or the previous date."""

from __future__ import annotations

import datetime as dt

from sitrep.extract.timenorm.arithmetic import (
    _day,
    _span,
    _year,
    week_of,
)
from sitrep.extract.timenorm.fields import (
    _Fields,
    _with_part,
)
from sitrep.extract.timenorm.quantities import (
    _period,
    _read_quantity,
    _shift,
    _unit,
    duration,
)
from sitrep.extract.timenorm.records import (
    _RANK,
    Anchor,
    Normalised,
)
from sitrep.extract.timenorm.vocab import (
    FUTURE_REFS,
    NUMBERS,
    ORDINALS,
    PARTS_OF_DAY,
    PAST_REFS,
    PRESENT,
)

Date = dt.date

ROLLING = frozenset({"past", "last", "previous", "next", "coming", "upcoming", "recent"})
ANCHORED = frozenset(
    {"following", "previous", "preceding", "same", "that", "before", "after", "subsequent", "next"}
)
_AGO = frozenset(
    {
        "ago",
        "earlier",
        "later",
        "before",
        "after",
        "hence",
        "afterwards",
        "afterward",
        "previously",
        "prior",
        "beforehand",
        "on",
    }
)


def _from_anchor(
    anchor: Anchor | None, ref: Date, n: int, unit: str, counted: bool
) -> Normalised | None:
    """A shift of ``n`` ``unit`` from a coarser-than-day anchor ("a year earlier" after
    "the third quarter", "the following month" after "in March 2020", "two days later"
    after "in 2019"); None when the anchor is a day (or none) and the caller's day
    arithmetic applies.

    A shift at least as coarse as the anchor keeps the anchor's granularity when it
    was counted ("a year earlier" after Q3 1989 is Q3 1988, TimeBank's convention)
    and takes its own otherwise ("the following year" is a year). A finer shift
    ("two days later" after "in 2019") moves within the anchor: the last day
    mentioned when it lies inside the anchor, else the anchor's unit around the
    shifted edge (still 2019, not a day near the report).
    """
    if anchor is None or anchor.unit == "D":
        return None
    if _RANK.get(unit, 0) >= _RANK[anchor.unit]:
        d = _shift(anchor.first, n, unit)
        return _period(d, anchor.unit if counted else unit, "previous")
    if anchor.day is not None and anchor.first <= anchor.day <= anchor.last:
        return None  # the narrative's last day is inside the anchor: count from it
    edge = _shift(anchor.first, n, unit) if n >= 0 else _shift(anchor.last, n, unit)
    return _period(edge, anchor.unit, "previous")


# Vague counts of a unit back from the reference ("a few years ago"): the fewest and
# the most units the word usually means in news English. TimeML gives such an
# expression the value PAST_REF; these bounds give it a calendar range clearly before
# the report, so a happening dated by it reads as background, not as news.
VAGUE_RANGES: dict[str, tuple[int, int]] = {
    "few": (2, 5),
    "several": (3, 9),
    "many": (5, 30),
    "numerous": (5, 30),
    "": (2, 10),  # bare plural: "years ago", "decades ago"; "some years ago"
}


def _vague_past(rest: list[str], ref: Date, unit: str) -> Normalised:
    """ "a few years ago", "several days ago", "decades ago": PAST_REF with a range."""
    word = next((t for t in rest if t in VAGUE_RANGES), "")
    low, high = VAGUE_RANGES[word]
    first, last = _shift(ref, -high, unit), _shift(ref, -low, unit)
    if _RANK.get(unit, 0) >= _RANK["Y"]:
        return Normalised(
            f"{first.year}/{last.year}",
            "year",
            Date(first.year, 1, 1),
            Date(last.year, 12, 31),
            "publication",
            "vague",
            "PAST_REF",
        )
    if unit in {"MO", "Q"}:
        value = f"{first.isoformat()[:7]}/{last.isoformat()[:7]}"
        precision = "month"
    else:
        value = f"{first.isoformat()}/{last.isoformat()}"
        precision = "week" if unit in {"W", "F"} else "day"
    return Normalised(value, precision, first, last, "publication", "vague", "PAST_REF")


def _recent_years(ref: Date, unit: str) -> Normalised:
    """ "in recent years/decades": TimeML PAST_REF (TimeBank 4 of 6), a window up to
    the report (the last five years, or three decades) that no happening is dated by."""
    first = _shift(ref, -5 if unit == "Y" else -3, unit)
    return Normalised(
        f"{first.isoformat()}/{ref.isoformat()}",
        "year",
        first,
        ref,
        "publication",
        "vague",
        "PAST_REF",
    )


def _last_week_on_weekend(ref: Date) -> Normalised:
    """ "last week" in a Saturday or Sunday report.

    TimeML gives it the previous ISO week (TimeBank: 3 of 4 weekend cases), and the
    TIMEX3 value keeps that; but a weekend report's "last week" often means the
    working week just ending (the current ISO week), so the calendar range covers
    both weeks, Monday of the previous one to the day before the report.
    """
    week, monday, _ = week_of(ref - dt.timedelta(days=7))
    last = ref - dt.timedelta(days=1)
    return Normalised(
        f"{monday.isoformat()}/{last.isoformat()}", "week", monday, last, "publication", None, week
    )


def _relative(
    rest: list[str],
    ref: Date,
    prev: Anchor | None,
    past: bool | None,
    f: _Fields,
    mod: str | None,
) -> Normalised | None:
    """Expressions counted from the reference or from the previous event."""
    if not rest:
        return None
    text = " ".join(rest)
    words = set(rest)
    previous = prev.day if prev else None
    prev_anchor = "previous" if previous else "publication"
    base = previous or ref

    # A. "today", "yesterday", "the day before yesterday", "tomorrow night"
    for w, off in (("today", 0), ("tonight", 0), ("yesterday", -1), ("tomorrow", 1)):
        if w in words:
            if "day" in words and ({"before", "after"} & words):
                off += -1 if "before" in words else 1
            part = PARTS_OF_DAY.get(w) or f.part
            return _with_part(
                _day(ref + dt.timedelta(days=off), "publication"), _Fields(part=part, clock=f.clock)
            )
    # B. "overnight", "last night": the night before the report
    if text in {"overnight", "last night", "the overnight", "overnight hours"}:
        d = ref - dt.timedelta(days=1)
        return _span(d, ref, "day", "publication", f"{d.isoformat()}TNI")
    # C. "now", "currently", "at present"
    if words & PRESENT and _count(rest) is None and not words & ROLLING:
        return Normalised(ref.isoformat(), "day", ref, ref, "publication", None, "PRESENT_REF")

    unit_tok = next((t for t in rest if _unit(t)), None)
    unit = _unit(unit_tok) if unit_tok else None
    plural = bool(
        unit_tok
        and unit_tok.endswith("s")
        and unit_tok != "hours"
        or unit_tok in {"hours", "centuries"}
    )

    # D. "four days ago", "two days earlier", "a week later", "three years from now"
    if unit and (rest[-1] in _AGO - {"on"} or text.endswith("from now")):
        q = _read_quantity(rest)
        if q is not None:
            n, unit, _ = q
            narrative = False
            if rest[-1] == "ago":
                anchor_date, anchor, sign = ref, "publication", -1
            elif text.endswith("from now") or rest[-1] == "hence":
                anchor_date, anchor, sign = ref, "publication", 1
            else:
                anchor_date, anchor, narrative = base, prev_anchor, True
                sign = 1 if rest[-1] in {"later", "after", "afterwards", "afterward"} else -1
            if n is None:
                if rest[-1] == "ago":
                    return _vague_past(rest, ref, unit)
                return Normalised(
                    None,
                    None,
                    None,
                    None,
                    "none",
                    "vague",
                    "PAST_REF" if sign < 0 else "FUTURE_REF",
                )
            if narrative and float(n).is_integer():
                coarse = _from_anchor(prev, ref, sign * int(n), unit, counted=True)
                if coarse is not None:
                    return coarse
            if unit in {"S", "M", "H"}:
                return _day(anchor_date, anchor)
            if not float(n).is_integer():
                days = {"D": 1, "W": 7, "F": 14, "MO": 30, "Q": 91, "Y": 365, "DE": 3652}.get(
                    unit, 1
                ) * n
                return _day(anchor_date + dt.timedelta(days=sign * round(days)), anchor)
            d = _shift(anchor_date, sign * int(n), unit)
            if unit in {"D", "W", "F", "WE"}:
                return _day(d, anchor, timex=week_of(d)[0] if unit == "W" else None)
            if unit in {"DE", "C"}:
                return _year(d.year, anchor)  # "a decade ago": TimeBank gives the year
            return _period(d, unit, anchor)

    # E. rolling windows: "the past day", "the past 24 hours", "the last three months",
    #    "the next two years", "recent weeks"
    if (
        unit
        and words & ROLLING
        and (
            "past" in words
            or "recent" in words
            or plural
            or _count(rest) is not None
            or (rest[0] == "the" and words & {"last", "next"} and unit not in {"D"})
        )
    ):
        n = _count(rest)
        forward = bool(words & {"next", "coming", "upcoming"})
        if n is None and plural and rest[0] == "recent" and unit in {"Y", "DE"}:
            return _recent_years(ref, unit)
        if n is None and plural:
            return Normalised(None, None, None, None, "none", "vague", duration(None, unit))
        n = n or 1
        if unit in {"S", "M", "H"}:
            hours = {"S": 1 / 3600, "M": 1 / 60, "H": 1}[unit] * n
            days = max(1, -(-int(hours) // 24))
            a, b = ref - dt.timedelta(days=days), ref
        elif forward:
            a, b = ref, _shift(ref, int(n), unit)
        else:
            a, b = _shift(ref, -int(n), unit), ref
        return _span(a, b, "day", "publication", duration(n, unit))

    # F. "the next day", "the following week", "the day before", "that day": from the
    #    previous event ("next week" without "the" is the calendar week after the report)
    if unit and words & ANCHORED and not ("next" in words and rest[0] != "the"):
        if words & {"same", "that"}:
            off = 0
        elif words & {"next", "following", "after", "subsequent"}:
            off = 1
        else:
            off = -1
        coarse = _from_anchor(prev, ref, off, unit, counted=False)
        if coarse is not None:
            return coarse
        d = _shift(base, off, unit)
        if unit == "D":
            return _with_part(_day(d, prev_anchor), f)
        return _period(d, unit, prev_anchor)
    if rest[-1] == "eve":
        return _day(base - dt.timedelta(days=1), prev_anchor)

    # G. calendar periods: "last week", "this month", "next year", "this weekend"
    if (
        unit
        and len(rest) <= 3
        and words & {"last", "this", "next", "coming", "current", "previous", "present"}
    ):
        off = -1 if words & {"last", "previous"} else (1 if words & {"next", "coming"} else 0)
        if unit == "D":
            return _day(_shift(ref, off, "D"), "publication")
        if unit == "W" and off == -1 and ref.weekday() >= 5 and mod is None:
            return _last_week_on_weekend(ref)
        if unit == "WE":
            sat = ref - dt.timedelta(days=(ref.weekday() - 5) % 7)  # the latest Saturday
            if off == 1 or (off == 0 and past is False and ref.weekday() < 5):
                sat += dt.timedelta(days=7)
            elif off == -1 and ref.weekday() >= 5:
                sat -= dt.timedelta(days=7)
            return _period(sat, "WE", "publication")
        return _period(_shift(ref, off, unit), unit, "publication", mod, ref)

    # H. parts of day: "that evening", "earlier in the evening", "this morning"; not a
    # count of them: "the fourth night (in a row)" is no day sitrep can name
    if f.part and any(ORDINALS.get(w, 0) > 1 for w in words):
        return Normalised(None, None, None, None, "none", None, None)
    if (
        f.part
        and f.weekday is None
        and (words & {"that", "the", "same", "this"} or mod in {"EARLIER", "LATER"})
    ):
        if "this" in words or previous is None:
            return _with_part(_day(ref, "publication"), f)
        step = 1 if words & {"next", "following"} else (-1 if "previous" in words else 0)
        return _with_part(_day(previous + dt.timedelta(days=step), "previous"), f)

    # I. "the weekend" alone
    if unit == "WE" and len(rest) <= 2:
        d = (
            ref - dt.timedelta(days=(ref.weekday() - 5) % 7)
            if past is not False
            else ref + dt.timedelta(days=(5 - ref.weekday()) % 7)
        )
        return _period(d, "WE", "publication")
    return None


def _count(rest: list[str]) -> float | None:
    """The explicit number of units in "the past three months" (None if no number given)."""
    q = _read_quantity(
        [
            t
            for t in rest
            if t
            not in {
                "the",
                "past",
                "last",
                "next",
                "previous",
                "coming",
                "recent",
                "upcoming",
                "first",
                "final",
            }
        ]
    )
    if q is None:
        return None
    has_number = any(
        t.isdigit() or (t in NUMBERS and t not in {"a", "an"}) or t == "half" for t in rest
    )
    return q[0] if has_number else None


def _non_date(rest: list[str], text: str) -> Normalised | None:
    words = set(rest)
    sets = {
        "daily": "P1D",
        "weekly": "P1W",
        "monthly": "P1M",
        "annually": "P1Y",
        "yearly": "P1Y",
        "nightly": "P1D",
        "hourly": "PT1H",
        "annual": "P1Y",
    }
    for w, v in sets.items():
        if w in words:
            return Normalised(None, None, None, None, "none", None, v)
    if (
        words & {"every", "each", "per", "a"}
        and len(rest) >= 2
        and _unit(rest[-1])
        and (rest[0] in {"every", "each", "per"} or rest[-2] in {"a", "per"})
    ):
        return Normalised(None, None, None, None, "none", None, duration(1, _unit(rest[-1])))
    q = _read_quantity(
        [
            t
            for t in rest
            if t not in {"first", "last", "past", "next", "final", "the", "initial", "previous"}
        ]
    )
    if q is not None:
        n, unit, used = q
        return Normalised(None, None, None, None, "none", None, duration(n, unit))
    if words & FUTURE_REFS:
        return Normalised(None, None, None, None, "none", None, "FUTURE_REF")
    if words & PAST_REFS:
        return Normalised(None, None, None, None, "none", None, "PAST_REF")
    unit_tok = next((t for t in rest if _unit(t)), None)
    if unit_tok and len(rest) <= 2:
        return Normalised(
            None,
            None,
            None,
            None,
            "none",
            None,
            duration(None if unit_tok.endswith("s") else 1, _unit(unit_tok) or "D"),
        )
    return None
