"""Weekdays a text names: the day a page follows, weekdays after a start, and a lead that
counts days from a weekday."""

from __future__ import annotations

import datetime as dt

from sitrep.ingest import elapsed, happenings
from sitrep.ingest.metadata import model
from sitrep.ingest.metadata.dates import _masked
from sitrep.ingest.metadata.vocab import (
    _OWN_WEEKDAY,
    _WEEKDAY_MENTION,
    _WEEKDAYS,
    OWN_WEEKDAY_LINES,
)
from sitrep.records import Segment


def _own_weekday(lines: list[str]) -> tuple[int, str] | None:
    """The weekday a page's head says it follows ("Tuesday's events in Nairobi, as they
    unfolded"), with the words that say so; None when it names none."""
    for line in lines[:OWN_WEEKDAY_LINES]:
        if match := _OWN_WEEKDAY.search(line):
            return _WEEKDAYS.index(match.group("wd").lower()), match.group(0)
    return None


def _weekdays_after(day: dt.date, weekdays: list[tuple[int, str]]) -> tuple[dt.date, str] | None:
    """The latest of the days the named weekdays fall on in the week after ``day`` (its
    own weekday excluded: that is ``day``), with the words that name it; None for none."""
    later = [
        (day + dt.timedelta(days=(wd - day.weekday()) % 7), phrase)
        for wd, phrase in weekdays
        if wd != day.weekday()
    ]
    return max(later) if later else None


def named_weekdays(text: str, segments: tuple[Segment, ...]) -> list[tuple[int, frozenset[str]]]:
    """Each weekday the body names as past or present (not a "next/this/coming" one), with
    the content words of its sentence."""
    return [
        (_WEEKDAYS.index(m.group("day").lower()), happenings.words(sentence))
        for _, _, sentence in happenings.sentences(_masked(text, segments))
        for m in _WEEKDAY_MENTION.finditer(sentence)
        if not m.group("before")
    ]


def first_weekday(text: str, segments: tuple[Segment, ...]) -> int | None:
    """The first weekday the body names (0 = Monday), not a "next/this/coming" one: on
    Timeline17 the day a report was published, or the day before, for 78% of the reports
    that name one."""
    for match in _WEEKDAY_MENTION.finditer(_masked(text, segments)):
        if not match.group("before"):
            return _WEEKDAYS.index(match.group("day").lower())
    return None


def _counted_from_weekday(masked: str, weight: dict[dt.date, int]) -> tuple[str, str] | None:
    """A text whose lead says how long after the weekday it last named it is written
    ("... re-elected in the small hours of last Wednesday. ... Eight days later, the man
    who led them is president"): that weekday is the day the other reports give most
    that falls on it, and the text is that many days later."""
    if not weight or not any(m.group("day") for m in _WEEKDAY_MENTION.finditer(masked)):
        return None
    last: int | None = None
    for sent in model._nlp()(masked).sents:
        lead = elapsed.elapsed(sent)
        if lead is not None and lead.anchor == "before" and last is not None:
            days = [d for d in weight if d.weekday() == last]
            if not days:
                return None
            anchor = max(days, key=lambda d: (weight[d], -d.toordinal()))
            when = anchor + dt.timedelta(days=lead.days)
            name = _WEEKDAYS[last].title()
            return (
                when.isoformat(),
                f"inferred from the corpus: '{lead.phrase}' the {name} it names, the"
                f" {name} most other reports give ({anchor.isoformat()})",
            )
        named = [m for m in _WEEKDAY_MENTION.finditer(sent.text) if not m.group("before")]
        if named:
            last = _WEEKDAYS.index(named[-1].group("day").lower())
    return None
