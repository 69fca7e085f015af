"""Title, outlet, author and publication date for bare text that carries no metadata.

Plain-text articles often lose their metadata when saved. What survives is in
the text: a heading at the top, a byline, a dateline, and the dates the report
itself mentions. This module reads those, from article lines only (never reader
comments, whose dates are months later and about other things), and says in
``basis`` how the date was found so a reader can judge it.

Date rules, strongest first:

1. a dateline or "Published …" line ("MOSCOW, Jan 5 (Reuters) -"), also run into the
   headline on one scraped line, or a time stamp in the page's head ("Tuesday 12 May 2009
   16.36 BST", "09:14 GMT, Tuesday, 13 September 2011"), else a stamp at the page's foot
   or beside a byline ("A version appeared on p22 of the Main section of the Guardian on
   00.54 BST on Friday 28 May 2010", "By Jon Cohen | June 7, 2010; 12:00 PM ET");
2. a relative phrase anchored to an explicit date: "erupted a week ago on
   January 2" → January 9; "began on January 2" + "erupted four days ago" → January 6;
3. the latest date the article reports as past or present ("told reporters on
   January 6"; never a plan's or schedule's day, "would meet on 12 November"), read as
   the day after (``NEWS_LAG``: a report of a happening comes out that day or the two
   after, and the day after is within a day of all three), pushed
   later by a weekday named in a past-tense sentence that must fall after a start it
   gives ("on Thursday" after "began on January 2" → at least January 6) or that goes on a
   chronicle of dated sentences ("On August 28, ... On Sunday, ..."), a week later in an
   editorial that tells it as done "last week", or read on or before a time stamp the page
   keeps (an update's or comment's: written after the report); in a corpus of days, the
   weekday the lead names up to three days after that date is the report's day ("said in a
   statement on Thursday" over "killed on the night of 9 November"). A caption's or an
   embedded post's date, when the text reports none later, is read like a reported one,
   never pushed a week on by the weekdays before it; a text naming only the weekday before
   the crisis's onset, a day the other reports write, tells the crisis's eve.

Month-day dates without a year take the year of full dates in the text; failing
that, the year that puts them nearest ``period`` (any date inside the period the
corpus covers, e.g. from the collection's notes); failing that, their most recent
occurrence before today. Text that names only weekdays has no date. With a period the
texts agree on (``far_is_background``), dates years from it are background and date
nothing; the ``landmarks`` a corpus of months names are recalled, never reported.

The package's modules follow the steps: ``vocab`` (patterns), ``model`` (the spaCy model),
``dates`` (date phrases), ``lines`` (title, outlet, author), ``stated`` (datelines and
stamps), ``weekdays``, ``corpus`` (dates from the other reports), ``published`` (the
inferred date) and ``infer`` (the entry points).
"""

from __future__ import annotations

from sitrep.ingest.metadata.corpus import (
    date_from_corpus,
    dated_sentences,
    reported_dates,
    stamped_dates,
    written_dates,
)
from sitrep.ingest.metadata.dates import _not_a_happening, month_number
from sitrep.ingest.metadata.infer import (
    InferredMetadata,
    infer_metadata,
    infer_published,
    recounts,
    stated_date,
)
from sitrep.ingest.metadata.published import FIRST_WEEK, told_ago
from sitrep.ingest.metadata.stated import _head_stamp
from sitrep.ingest.metadata.vocab import (
    _DATE_CUE,
    _MONTH_DAY,
    _WEEKDAYS,
    AROUND_CHARS,
    CLOCK_DAYS,
    HEAD_CHARS,
    NEWS_LAG,
    OWN_WEEKDAY_LINES,
    SIGNED_LINES,
)
from sitrep.ingest.metadata.weekdays import first_weekday, named_weekdays

__all__ = [
    "AROUND_CHARS",
    "CLOCK_DAYS",
    "FIRST_WEEK",
    "HEAD_CHARS",
    "InferredMetadata",
    "NEWS_LAG",
    "OWN_WEEKDAY_LINES",
    "SIGNED_LINES",
    "_DATE_CUE",
    "_MONTH_DAY",
    "_WEEKDAYS",
    "_head_stamp",
    "_not_a_happening",
    "date_from_corpus",
    "dated_sentences",
    "first_weekday",
    "infer_metadata",
    "infer_published",
    "month_number",
    "named_weekdays",
    "recounts",
    "reported_dates",
    "stamped_dates",
    "stated_date",
    "told_ago",
    "written_dates",
]
