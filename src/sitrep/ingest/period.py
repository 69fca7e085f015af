"""The period a corpus covers (step 1 of ``ingest.dating``).

A single text's dates may be anything (a reader's "January 6th 2021", "the September 11,
2001 attacks", a page's clock over a years-old story); the period is what the texts agree
on: the median of what each says of its own date, less a lone date nothing else bears out.
When no text writes a year, the year is the one in which the weekdays the texts give to
dated happenings ("began on Sunday" beside "began on January 2") fall right; failing that,
the most recent one, flagged as a guess so that ``sitrep run`` can say so.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from sitrep.ingest import metadata
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
        basis = f"no text writes a year: read as the most recent {when.year}"
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


def _year_from_weekdays(documents: Sequence[Document]) -> tuple[int, str, bool]:
    """The year for a corpus that writes none: the one in which the weekdays its texts give
    to dated happenings fall right. Candidates run from the latest past year the texts name
    ("in power since 2019") to this year."""
    today = dt.date.today()
    named = [int(y) for doc in documents for y in _YEAR.findall(_body(doc)) if int(y) <= today.year]
    low = max(named, default=today.year - 10)
    links: set[tuple[int, int, int]] = set()  # (weekday, month, day) the corpus ties together
    start_days: set[int] = set()
    start_dates: set[tuple[int, int]] = set()
    for doc in documents:
        body = _body(doc)
        start_days |= {
            metadata._WEEKDAYS.index(m.group("day").lower()) for m in _START_WEEKDAY.finditer(body)
        }
        for md in _month_days(body):
            before = body[max(0, md.start - 40) : md.start]
            after = body[md.end : md.end + 15]
            if _START_DATE.search(before):
                start_dates.add((md.month, md.day))
            tie = _WEEKDAY_DATE.search(before[-15:]) or _WEEKDAY_DATE.search(after)
            if tie:
                day = (tie.group("day") or tie.group("after")).lower()
                links.add((metadata._WEEKDAYS.index(day), md.month, md.day))
    links |= {(w, m, d) for w in start_days for m, d in start_dates}
    scores: Counter[int] = Counter()
    for year in range(low, today.year + 1):
        for weekday, month, day in links:
            try:
                scores[year] += dt.date(year, month, day).weekday() == weekday
            except ValueError:
                continue
    if scores and max(scores.values()) > 0:
        best = max(scores.values())
        year = max(y for y, n in scores.items() if n == best)
        return (
            year,
            f"no text writes a year: {year} is the year since {low} in which the weekdays the "
            f"texts give to dated happenings fall right ({best} of {len(links)})",
            False,
        )
    return today.year, "no text writes a year: read as the most recent one", True
