"""The entry points: a text's title, outlet, author and date (``infer_metadata``), its date
alone (``infer_published``), a stated date, and whether it recounts past events."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sitrep.ingest import elapsed
from sitrep.ingest.metadata.lines import _author, _head, _kind, _lines, _outlet, _title
from sitrep.ingest.metadata.published import _published
from sitrep.ingest.metadata.stated import _stated
from sitrep.records import Segment


@dataclass(frozen=True, slots=True)
class InferredMetadata:
    """What the text itself says about where and when it was published."""

    title: str | None
    outlet: str | None
    author: str | None
    published: str | None  # YYYY-MM-DD
    basis: str  # how ``published`` was found, in words
    kind: str = "report"  # report | reprint | opinion
    confidence: float | None = None  # of ``published``, 0-1


def infer_metadata(
    text: str,
    segments: tuple[Segment, ...],
    *,
    period: dt.date | None = None,
    onset: dt.date | None = None,
    dates: bool = True,
) -> InferredMetadata:
    """Title, outlet, author and publication date read from the article's own lines.

    ``segments`` are the cleaner's; body lines give the title and dates, and
    boilerplate lines (but never comments) may give the byline and outlet.
    ``period`` is optional: any date inside the period the corpus covers, used
    only to choose the year of dates written without one. ``onset`` is the day the
    corpus's crisis began, for "the fifth day of protests" in a text that does not say.
    """
    body, kept = _lines(text, segments)
    title = _title(body) or _title(_head(kept, body))
    author = _author(kept)
    outlet = _outlet(kept)
    if not dates:
        return InferredMetadata(title, outlet, author, None, "", _kind(kept))
    published, basis, confidence = _published(text, segments, kept, period, onset)
    return InferredMetadata(title, outlet, author, published, basis, _kind(kept), confidence)


def infer_published(
    text: str,
    segments: tuple[Segment, ...],
    *,
    period: dt.date | None = None,
    onset: dt.date | None = None,
    weekday_onset: dt.date | None | bool = True,
    far_is_background: bool = False,
    landmarks: frozenset[dt.date] = frozenset(),
    eve: dt.date | None = None,
) -> tuple[str | None, str, float | None]:
    """The publication date the text gives or implies, its basis and a confidence (0-1).
    ``weekday_onset`` (the onset by default) is the day from which a text that names only
    weekdays reads them; None to leave such texts undated. ``far_is_background``,
    ``landmarks`` and ``eve``: see ``_published``."""
    _, kept = _lines(text, segments)
    first_week = onset if weekday_onset is True else weekday_onset
    return _published(
        text, segments, kept, period, onset, first_week, far_is_background, landmarks, eve
    )


def recounts(text: str, segments: tuple[Segment, ...]) -> bool:
    """Whether the text labels itself an explainer or an analysis (``elapsed.recounts``)."""
    return elapsed.recounts(_lines(text, segments)[1])


def stated_date(
    text: str,
    segments: tuple[Segment, ...],
    period: dt.date | None = None,
    far_is_background: bool = False,
) -> dt.date | None:
    """A publication date the page states (dateline, "Published" line, time stamp,
    digits), or None. Without ``period``, only one written with its year; with
    ``far_is_background``, none far from it (a page's clock: ``_stated``)."""
    _, kept = _lines(text, segments)
    found = _stated(kept, period, skip_far=far_is_background)
    if not found:
        return None
    if period is None and not re.search(r"\b(?:19|20)\d\d\b", found[1]):
        return None  # a yearless dateline, read in the current year: no evidence of the year
    return dt.date.fromisoformat(found[0])
