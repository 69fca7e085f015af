"""Date phrases read: month-day dates with the year the text or period gives, article text
masked from comments, and whether a date names a happening or a plan or a stamp."""

from __future__ import annotations

import datetime as dt
import re

import dateparser
from spacy.tokens import Span

from sitrep.extract.timenorm import MONTHS
from sitrep.ingest.clean import BODY
from sitrep.ingest.metadata.vocab import (
    _BOUND_BEFORE,
    _CLOCK_AFTER,
    _CLOCK_BEFORE,
    _DATE_CUE,
    _EVENT_NAMED,
    _NAMED_AFTER,
    _NOUN_AFTER,
    _PLAN_AFTER,
    _PLAN_BEFORE,
    AROUND_CHARS,
)
from sitrep.records import Segment


def _not_a_happening(text: str, match: re.Match[str], *, stamps: bool = True) -> bool:
    """A date in the text that dates no happening it reports: part of a name ("the 6
    October Bridge", "the 26 February referendum"), the bound of a plan or state ("closed
    until 6 May"), a plan's or schedule's day ("would meet on 12 November", "said March 24
    would be a day of mourning"), or (with ``stamps``, below the page's head) a comment's
    or post's time stamp."""
    # the words around the date, not the whole text: it is read for every date of a page
    after = text[match.end() : match.end() + AROUND_CHARS]
    before = text[max(0, match.start() - AROUND_CHARS) : match.start()]
    named = bool(_EVENT_NAMED.search(before[-8:]) and _NOUN_AFTER.match(after))
    bound = bool(
        _BOUND_BEFORE.search(before[-40:])
        or _PLAN_BEFORE.search(before[-70:])
        or _PLAN_AFTER.match(after)
    )
    if bool(_NAMED_AFTER.match(after)) or named or bound:
        return True
    return stamps and bool(_CLOCK_AFTER.match(after) or _CLOCK_BEFORE.search(before))


def _safe_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _sane(when: dt.date) -> dt.date | None:
    """A publication date no earlier than 1900 and no later than tomorrow."""
    if when.year < 1900 or when > dt.date.today() + dt.timedelta(days=1):
        return None
    return when


def _masked(text: str, segments: tuple[Segment, ...]) -> str:
    """The body lines that hold a date cue; every other character blanked (same length).

    Only lines naming a month, a weekday or an "ago" can date the article, so the
    model reads just those (ingest stays fast on long texts without dates).
    """
    segments = segments or (Segment(0, len(text), BODY),)
    chars = [c if c == "\n" else " " for c in text]
    for seg in segments:
        if seg.kind != BODY:
            continue
        pos = seg.start
        for line in text[seg.start : seg.end].splitlines(keepends=True):
            if _DATE_CUE.search(line):
                chars[pos : pos + len(line)] = line
            pos += len(line)
    return "".join(chars)


def _context(sent: Span, phrase: str) -> str:
    """A few words around ``phrase`` in its sentence, for the basis."""
    text = " ".join(sent.text.split())
    at = text.find(phrase)
    if at < 0:
        return phrase
    return text[max(0, at - 40) : at + len(phrase) + 10].strip()


def _past_tense(sent: Span) -> bool:
    return any(t.tag_ in {"VBD", "VBN"} for t in sent) and not any(t.tag_ == "MD" for t in sent)


def _month_day(
    match: re.Match[str], year_hint: int | None, period: dt.date | None
) -> dt.date | None:
    month = match.group("m1") or match.group("m2")
    day = match.group("d1") or match.group("d2")
    year = match.group("y1") or match.group("y2")
    if year:
        return _parse(f"{day} {month} {year}", None)
    if year_hint:
        return _parse(f"{day} {month} {year_hint}", None)
    return _parse(f"{day} {month}", period)


def _parse(phrase: str, period: dt.date | None) -> dt.date | None:
    """dateparser on a date phrase; a missing year is the one nearest ``period``
    (or the most recent past one when there is no period)."""
    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"]}
    has_year = re.search(r"\b(?:19|20)\d\d\b", phrase) is not None
    if period is not None and not has_year:
        settings["RELATIVE_BASE"] = dt.datetime.combine(period, dt.time()) + dt.timedelta(days=183)
    parsed = dateparser.parse(phrase, languages=["en"], settings=settings)  # type: ignore[arg-type]
    return parsed.date() if parsed else None


def month_number(name: str) -> int:
    """1-12 for a month's name or abbreviation ("Sept." → 9)."""
    return MONTHS[name[:3].lower()]
