"""The normaliser: one expression read as a single date or a span, against the reference
day and the previous date."""

from __future__ import annotations

import datetime as dt

from sitrep.extract.timenorm.arithmetic import (
    _day,
    _month,
    _span,
    _year,
    add_months,
    month_end,
)
from sitrep.extract.timenorm.fields import (
    _fields,
    _month_day_year,
    _month_year,
    _valid,
    _weekday,
    _with_part,
)
from sitrep.extract.timenorm.quantities import (
    _period,
    _unit,
)
from sitrep.extract.timenorm.records import (
    Anchor,
    Normalised,
)
from sitrep.extract.timenorm.relative import (
    _non_date,
    _relative,
)
from sitrep.extract.timenorm.vocab import (
    FILLERS,
    MODIFIERS,
    MONTHS,
    ORDINALS,
    SEASONS,
    SPAN_WORDS,
    tokens,
)

Date = dt.date


def normalise(
    expr: str,
    reference: Date,
    *,
    previous: Date | Anchor | None = None,
    past: bool | None = True,
) -> Normalised | None:
    """Read ``expr`` against the publication date ``reference``.

    ``previous`` is the date of the event mentioned just before (for "two days
    later"), or an :class:`Anchor` for the latest dated expression of any
    granularity ("a year earlier" after "the third quarter"). ``past`` is the
    tense of the clause: True for a report of what happened, False for "will
    ..."; None when the clause says neither (present tense, no verb): weekdays
    then still look back, as news style uses them, but a month or month-day
    without a year takes the occurrence nearest the reference.
    Returns None when the expression is not understood.
    """
    toks = tokens(expr)
    if not toks:
        return None
    prev = Anchor(previous, previous, "D", previous) if isinstance(previous, Date) else previous
    try:
        return _read(toks, reference, prev, past)
    except (ValueError, OverflowError):  # arithmetic past year 1 or 9999 ("2,500 years ago")
        return None


def _strip(toks: list[str]) -> list[str]:
    i = 0
    while i < len(toks) - 1 and toks[i] in FILLERS and toks[i] != "the":
        i += 1
    out = toks[i:]
    while out and out[-1] in {",", "-", "and", "the", "of"}:
        out = out[:-1]
    return out


def _read(
    toks: list[str], ref: Date, previous: Anchor | None, past: bool | None
) -> Normalised | None:
    toks = _strip(toks)
    if not toks:
        return None
    # Spans: "since Friday", "from January 2 to 5", "between 2019 and 2021".
    if toks[0] == "since" and len(toks) > 1:
        start = _read(toks[1:], ref, previous, True)
        if start and start.first == ref and _fields(toks[1:]).weekday is not None:
            start = _day(ref - dt.timedelta(days=7), start.anchor)
        if start and start.first and start.first <= ref:
            return _span(
                start.first,
                ref,
                "day" if start.precision in {"day", "week"} else start.precision or "day",
                start.anchor,
                start.timex,
            )
        return start
    span = _read_span(toks, ref, previous, past)
    if span is not None:
        return span
    return _read_single(toks, ref, previous, past)


def _read_span(
    toks: list[str], ref: Date, previous: Anchor | None, past: bool | None
) -> Normalised | None:
    body = toks[1:] if toks[0] in {"from", "between"} else toks
    for j, t in enumerate(body):
        if t not in SPAN_WORDS or j == 0 or j == len(body) - 1:
            continue
        if t == "and" and toks[0] != "between":
            continue
        if (
            t in {"-", "–", "—"}
            and body[j - 1].isdigit()
            and body[j + 1].isdigit()
            and (len(body[j - 1]) == 4 and len(body[j + 1]) in {2, 4})
        ):
            y1 = int(body[j - 1])
            y2 = int(body[j + 1]) if len(body[j + 1]) == 4 else y1 // 100 * 100 + int(body[j + 1])
            if y2 > y1:
                return _span(Date(y1, 1, 1), Date(y2, 12, 31), "year", "absolute", None)
        left, right = body[:j], body[j + 1 :]
        lf, rf = _fields(left), _fields(right)
        if (
            rf.month is None
            and lf.month is not None
            and right
            and right[0].rstrip("stndrh").isdigit()
            and len(right) <= 2
        ):
            right = [left[[k for k, x in enumerate(left) if x in MONTHS][0]]] + right
            rf = _fields(right)
        if (
            lf.month is None
            and rf.month is not None
            and len(left) == 1
            and left[0].rstrip("stndrh").isdigit()
            and right[0].rstrip("stndrh").isdigit()
        ):
            # "3 to 13 October 2019", "between 3 and 13 October": the first day's month is
            # the second's
            left = left + [right[[k for k, x in enumerate(right) if x in MONTHS][0]]]
            lf = _fields(left)
        if lf.year is None and rf.year is not None and lf.month is not None:
            left = left + [str(rf.year)]
        a = _read_single(left, ref, previous, past) if left else None
        b = _read_single(right, ref, previous, past) if right else None
        if (
            a is None
            or b is None
            or a.first is None
            or b.last is None
            or a.value is None
            or b.value is None
        ):
            continue
        if b.last < a.first:
            continue
        precision = a.precision if a.precision == b.precision else "day"
        return _span(
            a.first,
            b.last,
            precision or "day",
            "absolute" if a.anchor == b.anchor == "absolute" else a.anchor,
            None,
        )
    return None


def _read_single(
    toks: list[str], ref: Date, anchor: Anchor | None, past: bool | None
) -> Normalised | None:
    previous = anchor.day if anchor else None
    toks = _strip(toks)
    if not toks:
        return None
    mod = None
    rest: list[str] = []
    for i, t in enumerate(toks):
        m = MODIFIERS.get(t)
        if m and not (t in {"earlier", "later"} and i > 0 and _unit(toks[i - 1])):
            if t in {"end", "start", "beginning", "close", "middle"} and not (
                i + 1 < len(toks) and toks[i + 1] == "of"
            ):
                rest.append(t)
                continue
            mod = m
            continue
        rest.append(t)
    rest = [t for t in rest if t not in {"of", "on", "in", "at", ","}] or rest
    if not rest:  # modifiers alone: "early", "late"
        return None
    f = _fields(rest)
    text = " ".join(rest)

    # 1. explicit dates win over relative wording ("a week ago on January 2")
    if f.month and f.day:
        year = f.year if f.year else _month_day_year(f.month, f.day, ref, past)
        anchor = "absolute" if f.year else "publication"
        if not _valid(year, f.month, f.day):
            n = _month(year, f.month, anchor)
            return Normalised(
                n.value, n.precision, n.first, n.last, n.anchor, "impossible date", n.timex
            )
        d = Date(year, f.month, f.day)
        if any(a == "week" and b == "of" for a, b in zip(toks, toks[1:], strict=False)):
            # "the week of March 6"
            return _period(d, "W", "absolute" if f.year else anchor)
        flag = None
        if f.weekday is not None and d.weekday() != f.weekday:
            flag = "weekday mismatch"
        return _with_part(_day(d, "absolute" if f.year else anchor, flag=flag), f)
    if f.month and f.year:
        return _month(f.year, f.month, "absolute", mod, ref)
    if f.month and "year" in rest and set(rest) & {"last", "this", "next", "previous"}:
        off = -1 if set(rest) & {"last", "previous"} else (1 if "next" in rest else 0)
        return _month(ref.year + off, f.month, "publication", mod, ref)
    if f.season and f.year:
        return _season(f.season, f.year, "absolute")
    if f.quarter and f.year:
        return _period(Date(f.year, 3 * f.quarter - 2, 1), "Q", "absolute")
    if f.half and f.year:
        a = Date(f.year, 1 if f.half == 1 else 7, 1)
        return _span(
            a,
            month_end(f.year, 6 if f.half == 1 else 12),
            "month",
            "absolute",
            f"{f.year}-H{f.half}",
        )

    # sets: "every Thursday", "each July", "every day"
    if rest[0] in {"every", "each"} and len(rest) >= 2:
        if f.weekday is not None:
            return Normalised(None, None, None, None, "none", None, f"XXXX-WXX-{f.weekday + 1}")
        if f.month:
            return Normalised(None, None, None, None, "none", None, f"XXXX-{f.month:02d}")

    # 2. words anchored on the publication date or the previous event
    rel = _relative(rest, ref, anchor, past, f, mod)
    if rel is not None:
        return rel

    # 3. weekday, month, season, quarter, year, decade alone
    which = next(
        (
            t
            for t in rest
            if t in {"last", "this", "next", "past", "coming", "previous", "following"}
        ),
        None,
    )
    which = {"past": "last", "coming": "next", "previous": "last", "following": "next"}.get(
        which, which
    )
    if f.weekday is not None:
        return _with_part(_day(_weekday(f.weekday, ref, past, which), "publication"), f)
    if f.month:
        year = f.year
        if which == "last":
            year = ref.year - 1 if f.month >= ref.month else ref.year
        elif which == "next":
            year = ref.year + 1 if f.month <= ref.month else ref.year
        elif which == "this":
            year = ref.year
        else:
            year = _month_year(f.month, ref, past)
        return _month(year, f.month, "publication", mod, ref)
    if f.season:
        season_year = _season_year(f.season, ref, past, which)
        return _season(f.season, season_year, "publication")
    if f.quarter:
        d = Date(ref.year, 3 * f.quarter - 2, 1)
        if which == "last" or (past is not False and d > ref and which != "next"):
            d = add_months(d, -12)
        elif which == "next" and d <= ref:
            d = add_months(d, 12)
        return _period(d, "Q", "publication")
    if f.year:
        return _year(f.year, "absolute", mod, ref)
    if f.decade:
        dec = abs(f.decade)
        if f.decade < 0 and dec > ref.year:
            dec -= 100
        return Normalised(
            f"{dec}/{dec + 9}",
            "year",
            Date(dec, 1, 1),
            Date(dec + 9, 12, 31),
            "absolute",
            None,
            str(dec)[:3],
        )
    core = [t for t in rest if t != "the"]
    if len(core) == 2 and core[1] == "century":
        n = ORDINALS.get(core[0]) or (int(core[0][:-2]) if core[0][:-2].isdigit() else 0)
        if n > 0:
            return Normalised(
                f"{(n - 1) * 100 + 1}/{n * 100}",
                "year",
                Date((n - 1) * 100 + 1, 1, 1),
                Date(n * 100, 12, 31),
                "absolute",
                None,
                f"{n - 1:02d}",
            )
    if f.clock or (f.part and len(rest) <= 2):
        # a bare clock time or part of day belongs to the day under discussion
        day = _day(previous, "previous") if previous else _day(ref, "publication")
        return _with_part(day, f)

    # 4. durations, sets and vague references: no calendar value
    return _non_date(rest, text)


def _season(name: str, year: int, anchor: str) -> Normalised:
    code, start = SEASONS[name]
    first = Date(year, start, 1)
    last = month_end(*divmod_month(year, start + 2))
    return _span(first, last, "month", anchor, f"{year}-{code}")


def divmod_month(year: int, month: int) -> tuple[int, int]:
    y, m = divmod(month - 1, 12)
    return year + y, m + 1


def _season_year(name: str, ref: Date, past: bool | None, which: str | None) -> int:
    start = SEASONS[name][1]
    this = Date(ref.year, start, 1)
    if which == "last":
        return ref.year - 1 if this <= ref else ref.year - 1
    if which == "next":
        return ref.year + 1 if this <= ref else ref.year
    if which == "this":
        return ref.year if start != 12 or ref.month == 12 else ref.year - 1
    if past is not False:
        return ref.year if this <= ref else ref.year - 1
    return ref.year if this >= add_months(ref, -2) else ref.year + 1
