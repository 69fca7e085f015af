"""The period a corpus covers (step 1 of ``ingest.dating``).

A single text's dates may be anything (a reader's "January 6th 2021", "the September 11,
2001 attacks", a page's clock over a years-old story); the period is what the texts agree
on: the median of what each says of its own date, less a lone date nothing else bears out.
When no text writes a year, the year is the earliest since the last past year the texts
name in which the weekdays they give to dated happenings ("began on Sunday" beside "began on
January 2") fall right; failing that, as a guess flagged so that ``sitrep run`` can say so,
the earliest in which the days each text writes fall on the weekdays it names, else the
most recent one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sitrep.ingest import metadata
from sitrep.ingest.metadata.vocab import _WEEKDAY_MENTION
from sitrep.ingest.onset import _START_DATE, _START_WEEKDAY, _WEEKDAY_DATE
from sitrep.ingest.written import _body, _month_days, _safe_date, own_date
from sitrep.records import Document

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@dataclass(frozen=True, slots=True)
class Period:
    """A date inside the period a corpus covers, how it was found, and whether its year
    is a guess (no text writes one)."""

    date: dt.date | None
    basis: str
    guess: bool = False


def corpus_period(documents: Sequence[Document]) -> Period:
    """A date inside the period the corpus covers (see the module's docstring)."""
    own = sorted(d for doc in documents if (d := own_date(doc)) is not None)
    if own:
        kept = _supported(own, documents)
        middle = kept[len(kept) // 2]
        left = (
            f" ({len(own) - len(kept)} far from the days the other texts write left out)"
            if len(kept) < len(own)
            else ""
        )
        return Period(
            middle,
            f"the median of the dates {len(own)} of {len(documents)} texts give themselves{left}",
        )
    year, basis, guess = _year_from_weekdays(documents)
    days = sorted((m.month, m.day) for doc in documents for m in _month_days(_body(doc)))
    month, day = days[len(days) // 2] if days else (dt.date.today().month, 15)
    when = _safe_date(year, month, day)
    if guess and when > dt.date.today():
        when = _safe_date(year - 1, month, day)
        basis = (
            f"no text writes a year: read as the most recent {when.year}"
            if basis.endswith("the most recent one")
            else f"{basis}; moved back to {when.year}, as {year} would be after today"
        )
    return Period(when, basis, guess)


# Days either side of a text's own date within which the days the other texts write count
# for it (:func:`_supported`): a crisis's reports write the days of its weeks.
SUPPORT_DAYS = 45


def _supported(own: list[dt.date], documents: Sequence[Document]) -> list[dt.date]:
    """The texts' own dates less the lone ones: a date half a year or more (``CLOCK_DAYS``)
    from every other text's own date that no other text writes a day near (within
    SUPPORT_DAYS; a day with its year as written, one without in that date's year). A
    page's clock ("Sunday, February 23, 2025" over a 2023 story: the day it was scraped) is
    one text's date nothing else bears out; with two dates to choose from, the median alone
    would take the later one. A corpus of months keeps every date that others stand near."""
    if (own[-1] - own[0]).days < metadata.CLOCK_DAYS:
        return own
    written = [[(md.year, md.month, md.day) for md in _month_days(_body(doc))] for doc in documents]

    def written_near(when: dt.date) -> int:
        near = 0
        for days in written:
            for year, month, day in days:
                if abs((_safe_date(year or when.year, month, day) - when).days) <= SUPPORT_DAYS:
                    near += 1
                    break
        return near

    apart = [
        k
        for k, d in enumerate(own)
        if not any(abs((d - o).days) < metadata.CLOCK_DAYS for j, o in enumerate(own) if j != k)
    ]
    if not apart:
        return own
    near = [written_near(d) for d in own]
    lone = {k for k in apart if near[k] <= 1 < max(n for j, n in enumerate(near) if j != k)}
    kept = [d for k, d in enumerate(own) if k not in lone]
    return kept or own


# a year a clause looks ahead to ("would call elections for April 2024", "instead of 2026",
# "polls scheduled for 2027"): no lower bound on when the texts were written
_AHEAD = re.compile(
    r"\b(?:will|would|shall|to\s+be|scheduled|planned|due|next|instead\s+of|ahead\s+of)\b"
    r"[^.;\n]{0,60}$",
    re.IGNORECASE,
)


# a year that opens a span ("aid between 2017 and 2022", "from 2015 to", "2009-2018"): the
# span ends later, in a year an excerpt cut at its length may have lost ("between 2017 an")
_SPAN_FROM = re.compile(r"\b(?:between|from)\s+(?:\w+\s+)?$", re.IGNORECASE)
_SPAN_TO = re.compile(r"^\s*(?:[-–—]|(?:and|to|until|till|through)\b|\w{0,3}$)", re.IGNORECASE)


def _latest_past_year(documents: Sequence[Document], today: dt.date) -> int | None:
    """The latest year the texts speak of as past ("in power since 2019", "elected in
    2021"), less the years a clause looks ahead to (``_AHEAD``); a year that opens a span
    (``_SPAN_FROM``) counts as the year after it: the texts were written in or after it."""
    years = []
    for doc in documents:
        body = _body(doc)
        for m in _YEAR.finditer(body):
            year = int(m.group())
            before = body[max(0, m.start() - 80) : m.start()]
            if year > today.year or _AHEAD.search(before):
                continue
            after = body[m.end() : m.end() + 12]
            spans = _SPAN_FROM.search(before[-30:]) and _SPAN_TO.search(after)
            years.append(min(year + 1, today.year) if spans else year)
    return max(years, default=None)


def _year_from_weekdays(documents: Sequence[Document]) -> tuple[int, str, bool]:
    """The year for a corpus that writes none, from the latest past year the texts name
    (``_latest_past_year``; else ten years back) to this year: the one in which the
    weekdays its texts give to dated happenings ("began on Sunday" beside "January 2")
    fall right; else, as a flagged guess, the one in which the most days a text writes fall
    on a weekday the same text names (a report of "Tuesday's vote" that writes "the
    October 20 vote"); the earliest on a tie, as a calendar repeats every six or eleven
    years and a crisis is seldom long after the last year its reports recall."""
    today = dt.date.today()
    named = _latest_past_year(documents, today)
    low = named if named is not None else today.year - 10
    links: set[tuple[int, int, int]] = set()  # (weekday, month, day) the corpus ties together
    start_days: set[int] = set()
    start_dates: set[tuple[int, int]] = set()
    # per text, the weekdays it names and the days it writes
    texts: list[tuple[set[int], set[tuple[int, int]]]] = []
    for doc in documents:
        body = _body(doc)
        start_days |= {
            metadata._WEEKDAYS.index(m.group("day").lower()) for m in _START_WEEKDAY.finditer(body)
        }
        days = _month_days(body)
        for md in days:
            before = body[max(0, md.start - 40) : md.start]
            after = body[md.end : md.end + 15]
            if _START_DATE.search(before):
                start_dates.add((md.month, md.day))
            tie = _WEEKDAY_DATE.search(before[-15:]) or _WEEKDAY_DATE.search(after)
            if tie:
                day = (tie.group("day") or tie.group("after")).lower()
                links.add((metadata._WEEKDAYS.index(day), md.month, md.day))
        weekdays = {
            metadata._WEEKDAYS.index(m.group("day").lower())
            for m in _WEEKDAY_MENTION.finditer(body)
        }
        if weekdays and days:
            texts.append((weekdays, {(md.month, md.day) for md in days}))
    links |= {(w, m, d) for w in start_days for m, d in start_dates}

    def weekday(year: int, month: int, day: int) -> int | None:
        try:
            return dt.date(year, month, day).weekday()
        except ValueError:
            return None

    scores: dict[int, tuple[int, int]] = {
        year: (
            sum(weekday(year, month, day) == w for w, month, day in links),
            sum(weekday(year, m, d) in named_days for named_days, days in texts for m, d in days),
        )
        for year in range(low, today.year + 1)
    }
    year = min(scores, key=lambda y: (-scores[y][0], -scores[y][1], y))
    tied, agree = scores[year]
    since = (
        f"since {named}, the earliest the past years the texts recall allow"
        if named is not None
        else f"since {low} (ten years back: the texts name no past year)"
    )
    if tied:
        return (
            year,
            f"no text writes a year: {year} is the earliest year {since}, in which the weekdays "
            f"the texts give to dated happenings fall right ({tied} of {len(links)})",
            False,
        )
    if agree:
        written = sum(len(days) for _, days in texts)
        return (
            year,
            f"no text writes a year: {year} is the earliest year {since}, in which the most "
            f"days a text writes fall on a weekday the same text names ({agree} of {written})",
            True,
        )
    return today.year, "no text writes a year: read as the most recent one", True
