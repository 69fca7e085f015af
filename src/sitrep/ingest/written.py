"""The days a text writes and the date it gives itself, as the corpus's dating reads them.

Every step of dating (``ingest.dating``) reads the same things off a text: the month-and-day
dates it writes in full ("July 16", "16 July 2019"), each read in the year written with it or
the year nearest the corpus's period; the text without its reader comments (a reader's
"January 6th 2021" dates nothing); and what the text says of its own date: a date it states
(given, or on a dateline or publisher's line), else the latest date it writes in full. They
live here, once, so the period, the onset and the rules that place texts read a text alike.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from sitrep.ingest import metadata
from sitrep.ingest.clean import BODY, COMMENTS
from sitrep.records import Document, Segment


def page_segments(doc: Document) -> tuple[Segment, ...]:
    """The document's segments with everything but reader comments read as body: the
    page's own text, captions and date lines included."""
    return tuple(Segment(s.start, s.end, BODY) if s.kind != COMMENTS else s for s in doc.segments)


def readable(doc: Document) -> str:
    """The text without reader comments (same length; comments blanked)."""
    if not doc.segments:
        return doc.text
    return dataclasses.replace(doc, segments=page_segments(doc)).body_text()


def _body(doc: Document) -> str:
    return doc.body_text()


def own_date(
    doc: Document, period: dt.date | None = None, far_is_background: bool = False
) -> dt.date | None:
    """What a text says of its own date: a stated date, else the latest date it writes in
    full in its body, else in its captions and other page text (never in comments).
    Without ``period`` only dates with their year count; with it, a yearless dateline
    ("Khartoum, April 16 (EFE)") is read in the period."""
    stated = _stated_own(doc, period, far_is_background)
    if stated:
        return stated
    for text in (_body(doc), readable(doc)):
        written = [d for d in metadata.written_dates(text) if d <= dt.date.today()]
        if written:
            return max(written)
    return None


def _safe_date(year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return dt.date(year, month, 28)


@dataclass(frozen=True, slots=True)
class _MonthDay:
    month: int
    day: int
    start: int
    end: int
    year: int | None = None


def _month_days(text: str) -> list[_MonthDay]:
    out = []
    for m in metadata._MONTH_DAY.finditer(text):
        month = metadata.month_number(m.group("m1") or m.group("m2"))
        day = int(m.group("d1") or m.group("d2"))
        year = m.group("y1") or m.group("y2")
        if 1 <= day <= 31:
            out.append(_MonthDay(month, day, m.start(), m.end(), int(year) if year else None))
    return out


def _stated_own(
    doc: Document, period: dt.date | None, far_is_background: bool = False
) -> dt.date | None:
    """The date a text states for itself (given, or on a dateline or publisher's line)."""
    if doc.published and not doc.published_inferred:
        return dt.date.fromisoformat(doc.published[:10])
    return metadata.stated_date(doc.text, doc.segments, period, far_is_background)


def _as_written(md: _MonthDay, period: dt.date | None) -> dt.date | None:
    """A month and day in the year written with them, else in the year nearest ``period``."""
    if md.year is None:
        return _in_period(md, period)
    try:
        return dt.date(md.year, md.month, md.day)
    except ValueError:
        return None


def _in_period(md: _MonthDay, period: dt.date | None) -> dt.date | None:
    """A month and day read in the year that puts them nearest ``period``."""
    base = period or dt.date.today()
    options = []
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            options.append(dt.date(year, md.month, md.day))
        except ValueError:
            continue
    return min(options, key=lambda d: abs((d - base).days), default=None)
