"""Normalise one English time expression to calendar dates (pure, no spaCy).

News reports date events relative to the day they were written ("on Sunday",
"four days ago", "overnight") and relative to each other ("two days later").
dateparser resolves some of these but gets the news cases wrong (same-weekday
trap, month-only picking up the base's day, prefer-future years) and returns
nothing for many others, so the grammar here is our own: a small token-level
reader of the expression. It never shifts an invalid date into a valid one
("June 31" is flagged, not turned into July 1).

Conventions (measured on TimeBank/AQUAINT training data, see report):
* a bare weekday in a past-tense sentence is the most recent such day on or
  before the reference; the same weekday as the reference *is* the reference
  (AP style: "said Friday" in a Friday story; 132 of 134 TimeBank cases);
  "last Friday" is strictly before;
* a month (with or without a day) with no year is the most recent one on or
  before the reference in past mode, the next one on or after it otherwise;
* "two days later", "the next day", "that evening" are anchored on
  ``previous`` (the date of the event just mentioned), falling back to the
  reference.
  A coarser dated expression after that day ("in 2019", "the third quarter")
  becomes the anchor (:class:`Anchor`): "a year earlier" is then 1988-Q3,
  "two days later" stays in 2019 (TimeBank practice);
* "a few years ago", "decades ago", "in recent years" are TIMEX3 PAST_REF, with
  a calendar range (flagged "vague") well before the reference;
* "last week" in a weekend report keeps the previous ISO week as its TIMEX3
  value (TimeBank 3 of 4) but its range runs to the day before the report.

Besides the sitrep value (ISO date/week/month/year or "A/B" span) each result
carries ``timex``: the TimeML TIMEX3 value (P3D, PRESENT_REF, 2013-SP, ...) so the
same reading can be scored against TimeML corpora.

The package's modules follow the reading: ``vocab`` (the words), ``fields`` (the date
pieces), ``quantities``, ``arithmetic``, ``relative`` and ``reader`` (:func:`normalise`);
``records`` holds what a reading is.
"""

from __future__ import annotations

from sitrep.extract.timenorm.arithmetic import (
    value_span,
    week_of,
)
from sitrep.extract.timenorm.reader import (
    normalise,
)
from sitrep.extract.timenorm.records import (
    Anchor,
    Normalised,
    anchor_of,
)
from sitrep.extract.timenorm.vocab import (
    MONTH_PATTERN,
    MONTHS,
    PARTS_OF_DAY,
    UNITS,
    WEEKDAYS,
)

__all__ = [
    "Anchor",
    "MONTHS",
    "MONTH_PATTERN",
    "Normalised",
    "PARTS_OF_DAY",
    "UNITS",
    "WEEKDAYS",
    "anchor_of",
    "normalise",
    "value_span",
    "week_of",
]
