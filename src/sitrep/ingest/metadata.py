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
   gives ("on Thursday" after "began on January 2" → at least January 6), or read on or
   before a time stamp the page keeps (an update's or comment's: written after the report).

Month-day dates without a year take the year of full dates in the text; failing
that, the year that puts them nearest ``period`` (any date inside the period the
corpus covers, e.g. from the collection's notes); failing that, their most recent
occurrence before today. Text that names only weekdays has no date. With a period the
texts agree on (``far_is_background``), dates years from it are background and date
nothing; the ``landmarks`` a corpus of months names are recalled, never reported.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

import dateparser
from spacy.language import Language
from spacy.tokens import Span

from sitrep.extract.nlp import MODEL
from sitrep.extract.numbers import parse_number
from sitrep.extract.timenorm import MONTH_PATTERN, MONTHS
from sitrep.ingest import elapsed, happenings
from sitrep.ingest.clean import BODY, COMMENTS
from sitrep.records import Segment

_MONTHS = MONTH_PATTERN
# "January 2nd", "Jan. 5, 2022", "5 January 2022", "the 5th of January".
_MONTH_DAY = re.compile(
    rf"\b(?:(?P<m1>{_MONTHS})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>(?:19|20)\d\d))?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTHS})\.?(?:,?\s+(?P<y2>(?:19|20)\d\d))?)\b",
    re.I,
)
_AGO = re.compile(
    r"\b(?:(?P<over>(?:just\s+)?(?:over|more\s+than))\s+|(?P<under>nearly|almost)\s+)?(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|several)\s+"
    r"(?P<unit>day|week|fortnight)s?\s+ago\b",
    re.I,
)
# "eight days after the earthquake", "nearly three weeks after the deadly quake": a count
# from what set the crisis off (the corpus's onset); the nouns that name such a start
_ONSET_NOUNS = (
    "earthquake|quake|tsunami|hurricane|cyclone|typhoon|storm|floods?|flooding|explosion|"
    "blast|blowout|spill|attacks?|bombings?|coup|uprising|revolt|revolution|protests|"
    "fighting|war|invasion|offensive|outbreak|crackdown|disaster|massacre|crash|eruption"
)
_AFTER_ONSET = re.compile(
    r"\b(?:(?P<over>(?:just\s+)?(?:over|more\s+than))\s+|(?P<under>nearly|almost)\s+)?"
    r"(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?P<unit>day|week|fortnight)s?\s+(?:after|since)\s+(?:the|its|this|last\s+week's)\s+"
    rf"(?:[\w.-]+\s+){{0,2}}?(?:{_ONSET_NOUNS})s?\b",
    re.I,
)
# "last week's earthquake", "the quake that struck last week", "it all changed last week
# when ...": the week after the onset
_LAST_WEEK_ONSET = re.compile(
    rf"\blast\s+week's\s+(?:[\w.-]+\s+){{0,2}}?(?:{_ONSET_NOUNS})\b"
    rf"|\b(?:{_ONSET_NOUNS})\s+(?:that|which)\s+(?:struck|hit|began|erupted)\b[^.]{{0,30}}?"
    r"\blast\s+week\b"
    # "the facade shattered last week when the prime minister announced ...": a turn told
    # as what happened last week, then the moment it happened
    r"|\b(?:shattered|collapsed|changed|began|started|erupted|broke|ended)\s+last\s+week,?\s+"
    r"(?:when|as)\b",
    re.I,
)
# "the earthquake 11 days ago", "damaged in an explosion more than three weeks ago": the
# thing that set the crisis off, then how long ago it was
_ONSET_AGO = re.compile(
    rf"\b(?:{_ONSET_NOUNS})\s+(?:[\w,-]+\s+){{0,2}}?(?:(?:just\s+)?(?:over|more\s+than)\s+|"
    r"nearly\s+|almost\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"a couple of|several)\s+(?:day|week|fortnight)s?\s+ago\b",
    re.I,
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DATE_CUE = re.compile(
    rf"\b(?:{_MONTHS}|{'|'.join(_WEEKDAYS)}|ago|(?:first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+|"
    r"successive\s+|full\s+)?(?:day|night|week)|day\s+\d{1,3}\s+of|[a-z\d]+-(?:day|week)|"
    rf"(?:days?|weeks?|fortnight)\s+(?:after|since)|last\s+week|{elapsed.CUE})\b",
    re.IGNORECASE,
)
_FUTURE = frozenset(
    {"will", "'ll", "shall", "next", "upcoming", "scheduled", "tomorrow", "plans", "planned"}
)
_START = frozenset(
    {"began", "begun", "begin", "started", "start", "erupted", "broke", "sparked", "flared"}
)
_START_BEFORE = re.compile(
    r"\b(?:began|begun|begin|started|start|erupted|broke|sparked|flared)\b[^.;]{0,40}$", re.I
)
# "since the outbreak of fighting a week ago", "the outbreak on April 15": a start named by a
# noun, for "ago" and a date right after it (a sentence that merely names the outbreak is
# no start)
_START_NOUNS = frozenset({"onset", "outbreak", "eruption"})

_DATELINE = re.compile(
    rf"^[A-Z][A-Z .'’-]+,?\s+(?:[A-Z][a-z]+\s+)?(?P<date>(?:{_MONTHS})\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?)\s*\(",
    re.I,
)
# A line that dates a revision, not the publication: "Updated 27 July 2022", "Last modified
# on Wed 13 Jul 2022": a page that also states when it was first published is dated by that.
_REVISION = re.compile(r"^\W*(?:last\s+)?(?:updated|modified|edited|revised)\b", re.I)
_PUBLISHED = re.compile(
    r"^(?:published|posted|updated|last updated|last modified|first published|date)\s*(?:on|:)?\s*(?P<date>.+)$",
    re.I,
)
# A line that is a full date and nothing else ("Wednesday, 5 January 2022", "Jan. 5, 2022"),
# a full date then a "|" ("January 31, 2011 | By Ashley Hayes, CNN"), or a time stamp (a full
# date and a clock time, after an optional "CITY |": "ZURICH | Thu Oct 6, 2011 3:22pm BST"):
# pages and feeds put the publication date on such a line, above or below the headline.
_DATE_LINE = re.compile(
    r"^\s*(?:[A-Z][A-Za-z .'’/-]{1,30}\|\s*)?"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    rf"(?P<date>(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+(?:19|20)\d\d))"
    r"(?:\s*(?:,|-|–|—|at)?\s*\d{1,2}[:.]\d\d(?!\d)|\s*(?:$|\|))",
    re.I,
)
# A date written with digits on a short line near the top, labelled or not, as scrapers and
# content systems save it: " date 2024-07-16 Headline", "Published: 2024-07-16T09:00",
# "11/30/2024 3:08:06 AM", "Updated 23.07.2024 18:11".
_NUMERIC_DATE = re.compile(
    r"^(?:(?:date|dated|published|posted|updated|last updated|first published)\s*(?:on|:)?\s*)?"
    r"(?:(?P<iso>(?:19|20)\d\d-[01]?\d-[0-3]?\d)(?=$|[\sT,|])"
    r"|(?P<num>[0-3]?\d[/.][0-3]?\d[/.](?:19|20)\d\d)(?=$|[\s,|]))",
    re.I,
)
# "Faizan Hashmi Published April 26, 2023 | 09:42 PM", "Updated: 5 January 2022": a labelled
# date anywhere on a short line.
_LABELLED = re.compile(
    r"\b(?:published|posted|updated|last updated|first published)\s*(?:on|:)?\s*"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    rf"(?P<date>(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+(?:19|20)\d\d)",
    re.I,
)
# "GENEVA (UrduPoint News / Sputnik - 26th April, 2023)": an agency dateline with the date
# inside the parentheses.
_AGENCY_DATELINE = re.compile(
    r"^[A-Z][A-Z .'’-]+,?\s*\([^()]{0,60}?[-–—,]\s*"
    rf"(?P<date>\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+(?:19|20)\d\d"
    rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d)\s*\)",
    re.I,
)
# The same, run into the page's other text: scraped pages often keep the headline, the
# standfirst and the first paragraph on one line ("... (Adds details) ISTANBUL, May 16
# (Reuters) - Turkey identified ..."). The city is in capitals and the agency in
# parentheses before a dash, so a date in running prose is no dateline.
_WIRE_DATELINE = re.compile(
    r"(?<![\w,])[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}"
    # the country or state after the city: "Morocco", "Democratic Republic of Congo"
    r"(?:,\s*[A-Z][A-Za-z.]+(?:\s+(?:of|the|and|[A-Z][A-Za-z.]+)){0,4})?,?\s+"
    rf"(?P<date>(?i:{_MONTHS})\.?\s+\d{{1,2}}(?:,\s*(?:19|20)\d\d)?)\s*"
    r"\([A-Za-z][\w .&/-]{1,30}\)\s*[-–—]"
)
# A time stamp in the page's head, a full date beside a clock time: "Tuesday 12 May 2009
# 16.36 BST", "February 7, 2011: 5:46 AM ET", "last updated at 09:14 GMT, Tuesday, 13
# September 2011".
_FULL_DATE = (
    rf"(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+(?:19|20)\d\d)"
)
_CLOCK = (
    r"\d{1,2}[:.]\d\d(?::\d\d)?(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}\b)?(?:\s+(?i:local\s+)?time\b)?"
)
_HEAD_STAMP = re.compile(
    rf"(?<!\d)(?P<date>{_FULL_DATE})\s*(?:[:;,|–—-]|at|last\s+updated\s+at)?\s*{_CLOCK}"
    # "09 February 12 07:00 GMT": a two-digit year, only with a clock and a time zone
    rf"|(?<!\d)(?P<short>\d{{1,2}}\s+(?:{_MONTHS})\.?\s+\d\d)\s+\d{{1,2}}:\d\d\s+(?-i:[A-Z]{{2,4}})\b"
    rf"|{_CLOCK},?\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?P<after>{_FULL_DATE})\b"
    # "2009 06 24 07:14 JST", "2009-06-24 07:14": year, month and day in digits, then a clock
    r"|(?<!\d)(?P<digits>(?:19|20)\d\d(?P<sep>[-/ ])[01]\d(?P=sep)[0-3]\d)\s+\d{1,2}:\d\d(?!\d)",
    re.I,
)
# A stamp the page keeps at its foot or beside a byline: the print edition's ("A version
# appeared on p22 of the Main section of the Guardian on 00.54 BST on Friday 28 May 2010"),
# a first publication's ("This article was first published on 3 May 2010"), a byline's
# ("By Jon Cohen | June 7, 2010; 12:00 PM ET"). A reader's "Posted by: x | June 8, 2010
# 9:42 PM" is no byline (lower-case, a colon).
_TAIL_STAMP = re.compile(
    rf"\b(?i:appeared\s+on\s+p(?:age\s*)?\d+\s+of\s+the)\b[^.\n]{{0,80}}?\bon\s+"
    rf"(?:\d{{1,2}}[.:]\d\d\s+[A-Z]{{2,4}}\s+on\s+)?(?:[A-Z][a-z]+day,?\s+)?(?P<print>(?i:{_FULL_DATE}))"
    rf"|\b(?i:this\s+article\s+was\s+first\s+published\s+on)\s+(?:[a-z.]+\s+){{0,2}}?"
    rf"(?:on\s+)?(?:[A-Z][a-z]+day,?\s+)?(?P<first>(?i:{_FULL_DATE}))"
    rf"|\bBy\s+[A-Z][\w.'’-]+(?:\s+[A-Za-z][\w.'’-]+){{0,3}}\s+\|\s*"
    rf"(?P<byline>(?i:{_FULL_DATE}));?\s+\d{{1,2}}:\d\d\s*(?i:[ap]\.?m\.?)",
)
# The date a communiqué, a press release or an NGO's report is signed or issued with, on a
# line of its own at its head or among its last: "Addis Ababa, 31 August 2023", "Geneva, 12 May 2022.",
# "Date of issue: 4 October 2023", "Issued on 3 March 2021". A photo caption names its place
# and day too, but after words of its own ("Protesters in Dhaka, July 18, 2024").
SIGNED_LINES = 4
_SIGNED = re.compile(
    r"^(?:(?i:date\s+of\s+(?:issue|release|publication)|issued|released|dated)\s*(?i:on|:)?\s*"
    # a place of one to three capitalised words, no other words before it
    r"|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2},\s+)"
    rf"(?P<date>(?i:{_FULL_DATE}))\.?$"
)
# A live page's day heading, a weekday and a day of a month with no year: "Sunday 13 October",
# "Wednesday, Feb. 9".
_WEEKDAY_LINE = re.compile(
    r"^(?P<wd>(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*)\.?,?\s+"
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTHS})\.?"
    rf"|(?P<m2>{_MONTHS})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)$",
    re.I,
)
# A live page's standfirst that names the day it follows: "Tuesday's events in Nairobi, as
# they unfolded", "Follow Sunday's developments".
_OWN_WEEKDAY = re.compile(
    r"\b(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s\s+"
    r"(?:events|developments|protests|coverage|updates|news|live)\b",
    re.I,
)
OWN_WEEKDAY_LINES = 8  # where a page names the day it follows
# Dates that bound the report from below: what began or has gone on since then.
_SINCE = re.compile(r"\b(?:since|from|starting|beginning)\s+(?:on\s+)?(?:the\s+)?$", re.I)
# "for a fifth day", "the fourth successive night", "enters its second week": how far the
# report is from the start of what it reports.
_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_NTH_DAY = re.compile(
    r"\b(?:for|on|into|in|enters?|entered|entering|marks?|marked|spend|spends|spending|spent)"
    r"\s+(?:a|an|the|its|their)\s+"
    rf"(?P<n>{'|'.join(_ORDINALS)}|\d{{1,3}}(?:st|nd|rd|th))\s+"
    r"(?:straight\s+|consecutive\s+|successive\s+|full\s+)?(?P<unit>day|night|week)\b"
    # "on Day 100 of the spill": a count of days kept by the press
    r"|\bon\s+day\s+(?P<count>\d{1,3})\s+of\b",
    re.I,
)
# "the three-week movement", "the 18-day uprising": how long what the report covers has
# run, counted from the start the text gives
_NUMBER_WORDS = "two three four five six seven eight nine ten eleven twelve".split()
_DURATION = re.compile(
    rf"\b(?P<n>{'|'.join(_NUMBER_WORDS)}|\d{{1,2}})-(?P<unit>day|week)(?:-long|-old)?\s+"
    r"(?:movement|protests?|uprising|revolt|revolution|war|conflict|crisis|siege|standoff|"
    r"strike|unrest|campaign|sit-in|fighting|agitation|crackdown)\b",
    re.I,
)
_AGENCY = re.compile(r"^[A-Z][A-Z .'’-]+,?[^()]{0,30}\((?P<outlet>[A-Z][\w .&/-]{1,40})\)\s*[-–—]")
_BYLINE = re.compile(
    r"(?:^|[\s–—|-])(?i:by)\s+(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})\s*(?:[,;|–—-]|$)"
)
_REPORTER = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}),\s+(?:[A-Z][\w]+\s+)?(?:Reporter|Correspondent|Editor|Writer|Staff Writer)\b"
)
_EXCLUSIVE = re.compile(r"^(?P<outlet>[A-Z][\w&.' -]{1,40}?)\s+Exclusive\b")
_ORIGIN = re.compile(
    r"\b(?:originally|first) (?:published|appeared) (?:by|in|on|at)\s+(?P<outlet>[A-Z][^,.;]{1,60}?)(?:\s+and\b|[,.;]|$)"
)
_NAME = re.compile(r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}")
_BIO_NAME = re.compile(r"^(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+is\s+(?:a|an|the)\b")


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


# mention kinds that bound the report's date rather than date a happening it reports: a start
# ("began on January 2", "since July 1") and a date in the page's other text
_BOUNDS = frozenset({"start", "page"})


@dataclass(frozen=True, slots=True)
class _Mention:
    """A dated phrase in the article: the date it names and the words that name it."""

    date: dt.date
    phrase: str
    kind: str  # explicit | start (a date something began on) | page | anchored | weekday


@lru_cache(maxsize=1)
def _nlp() -> Language:
    """The pinned model with only what date finding needs: NER, tagger (tense), sentences.
    Without the attribute ruler (15% of the model's time): tenses are read from tags."""
    import spacy

    nlp = spacy.load(MODEL, exclude=["parser", "lemmatizer", "senter", "attribute_ruler"])
    nlp.add_pipe("sentencizer", first=True)
    return nlp


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
) -> tuple[str | None, str, float | None]:
    """The publication date the text gives or implies, its basis and a confidence (0-1).
    ``weekday_onset`` (the onset by default) is the day from which a text that names only
    weekdays reads them; None to leave such texts undated. ``far_is_background`` and
    ``landmarks``: see ``_published``."""
    _, kept = _lines(text, segments)
    first_week = onset if weekday_onset is True else weekday_onset
    return _published(text, segments, kept, period, onset, first_week, far_is_background, landmarks)


def recounts(text: str, segments: tuple[Segment, ...]) -> bool:
    """Whether the text labels itself an explainer or an analysis (``elapsed.recounts``)."""
    return elapsed.recounts(_lines(text, segments)[1])


def stated_date(
    text: str, segments: tuple[Segment, ...], period: dt.date | None = None
) -> dt.date | None:
    """A publication date the page states (dateline, "Published" line, time stamp,
    digits), or None. Without ``period``, only one written with its year."""
    _, kept = _lines(text, segments)
    found = _stated(kept, period)
    if not found:
        return None
    if period is None and not re.search(r"\b(?:19|20)\d\d\b", found[1]):
        return None  # a yearless dateline, read in the current year: no evidence of the year
    return dt.date.fromisoformat(found[0])


# --- lines ----------------------------------------------------------------------


def _lines(text: str, segments: tuple[Segment, ...]) -> tuple[list[str], list[str]]:
    """Body lines, and all non-comment lines (body and boilerplate), in order."""
    if not segments:
        segments = (Segment(0, len(text), BODY),)
    body: list[str] = []
    other: list[str] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        line = " ".join(raw.split())
        kind = next(
            (s.kind for s in segments if s.start <= pos + (len(raw) - len(raw.lstrip())) < s.end),
            BODY,
        )
        pos += len(raw)
        if not line or kind == COMMENTS:
            continue
        other.append(line)
        if kind == BODY:
            body.append(line)
    return body, other


def _title(body: list[str]) -> str | None:
    """A short heading-like line before the first paragraph of prose."""
    for line in body[:8]:
        words = line.split()
        prose = len(line) >= 150 or (line.endswith((".", "”", '"')) and len(words) >= 12)
        if prose:
            return None
        if _BYLINE.search(line) or _PUBLISHED.match(line) or _DATE_LINE.match(line):
            continue
        if 3 <= len(words) <= 25 and line[0].isupper() and not line.endswith((".", ",", ":")):
            return line
    return None


def _head(kept: list[str], body: list[str]) -> list[str]:
    """The lines before the first body line, without navigation ("World / Europe", "A | B")."""
    first = kept.index(body[0]) if body and body[0] in kept else len(kept)
    return [line for line in kept[:first] if not re.search(r"\s[/|›»]\s", line)]


def _author(lines: list[str]) -> str | None:
    """A byline near the top ("By X", "X, Reporter"), else the subject of a closing bio."""
    for line in lines[:12]:
        if len(line.split()) > 14:
            continue
        for pattern in (_BYLINE, _REPORTER):
            match = pattern.search(line)
            if match:
                return match.group("name").strip()
    for label, line in zip(lines, lines[1:], strict=False):
        if label.casefold().rstrip(": ") in {"written by", "by", "author", "about the author"}:
            if _NAME.fullmatch(line):
                return line
    for line in reversed(lines[-12:]):
        match = _BIO_NAME.match(line)
        if match:
            return match.group("name")
    return None


_REPRINT = re.compile(
    r"\b(?:reprinted|republished|reproduced) with (?:the )?permission\b|"
    r"\b(?:originally|first) (?:published|appeared) (?:by|in|on|at)\b",
    re.IGNORECASE,
)
_OPINION = re.compile(
    r"^(?:opinion|op-ed|commentary|analysis|editorial)\s*[:|–-]|"
    r"\bthe views expressed (?:here|in this article)\b|\bis an opinion (?:piece|column)\b",
    re.IGNORECASE,
)


def _kind(lines: list[str]) -> str:
    """reprint when the page says it republishes another outlet's article; opinion when
    it labels itself so; otherwise report."""
    edges = lines[:12] + lines[-8:]
    if any(_REPRINT.search(line) for line in edges):
        return "reprint"
    if any(_OPINION.search(line) for line in edges):
        return "opinion"
    return "report"


def _outlet(lines: list[str]) -> str | None:
    """An agency in a dateline, a reprint notice, or an "X Exclusive" tag."""
    for line in lines[:12] + lines[-6:]:
        for pattern in (_AGENCY, _ORIGIN, _EXCLUSIVE):
            match = pattern.search(line)
            if match:
                return match.group("outlet").strip()
    return None


# --- publication date --------------------------------------------------------------


def _published(
    text: str,
    segments: tuple[Segment, ...],
    lines: list[str],
    period: dt.date | None,
    onset: dt.date | None = None,
    first_week: dt.date | None = None,
    far_is_background: bool = False,
    landmarks: frozenset[dt.date] = frozenset(),
) -> tuple[str | None, str, float | None]:
    """The publication date, how it was found, and a confidence (0-1) in it.
    ``landmarks``: the days a corpus of months names as its crisis's landmark (the day of
    the blowout, of the death): a text naming one recalls it, never reports that day.
    ``far_is_background``: ``period`` is the corpus's own agreement (no ``--period``), so
    a text whose dates all lie years from it is left undated rather than dated then."""
    found = _stated(lines, period)
    if found:
        return found[0], found[1], 0.95
    masked = _masked(text, segments)
    # a deadline's or a plan's date ("dissolved by 1 January 2024") bounds nothing
    page_dates = [
        d
        for d in written_dates("\n".join(lines), happenings=True)
        if not (period and abs((d - period).days) > 183)
    ]
    weekday_named = any(w in masked.casefold() for w in _WEEKDAYS)
    relative = (first_week and weekday_named) or (
        onset
        and any(
            p.search(masked) for p in (_NTH_DAY, _AGO, _DURATION, _AFTER_ONSET, _LAST_WEEK_ONSET)
        )
    )
    if not _MONTH_DAY.search(masked) and not page_dates and not relative:
        # every rule below needs a calendar date in the text (or the corpus's onset)
        return _no_date(weekday_named)
    doc = _nlp()(masked)
    years = [
        int(y)
        for m in _MONTH_DAY.finditer(masked)
        for y in (m.group("y1"), m.group("y2"))
        if y and not _not_a_happening(masked, m, stamps=False)
    ]
    # the year of the document's own full dates nearest the corpus period: a historical
    # "September 11, 2001" must not set the year of every "on March 3" in a 2011 report, nor
    # a deadline's ("dissolved by 1 January 2024") the year of "on 28 September" in 2023
    year_hint = min(years, key=lambda y: abs(y - period.year)) if years and period else None
    if years and not period:
        year_hint = max(years)
    explicit: list[_Mention] = []
    anchored: list[_Mention] = []
    starts: list[dt.date] = []
    agos: list[tuple[int, str]] = []
    since_onset: list[tuple[int, str]] = []  # "eight days after the earthquake"
    offsets: list[tuple[int, str]] = []
    weekdays: list[tuple[int, str]] = []
    leads: list[tuple[elapsed.Elapsed, list[dt.date]]] = []  # "A week after ..., X is"
    before: list[dt.date] = []  # the dates the sentence before names
    for sent in doc.sents:
        words = {t.lower_ for t in sent}
        future = bool(words & _FUTURE)
        dated = [
            (
                d,
                m.group(0),
                _SINCE.search(sent.text[: m.start()]) is not None,
                m.start(),
            )
            for m in _MONTH_DAY.finditer(sent.text)
            if not _not_a_happening(sent.text, m, stamps=sent.start_char > HEAD_CHARS)
            and (d := _month_day(m, year_hint, period)) is not None
        ]
        ago = _AGO.search(sent.text)
        if ago and dated:  # "erupted a week ago on January 2"
            days = _ago_days(ago)
            date, phrase, _, _ = min(dated)
            anchored.append(
                _Mention(date + dt.timedelta(days=days), f"{ago.group(0)} … {phrase}", "anchored")
            )
        elif ago and words & (_START | _START_NOUNS):
            agos.append((_ago_days(ago), ago.group(0)))
        elif ago and _ONSET_AGO.search(sent.text):
            # "rescued since the earthquake 11 days ago": what set the crisis off, counted back
            since_onset.append((_ago_days(ago), ago.group(0)))
        elif (after := _AFTER_ONSET.search(sent.text)) and (
            named := [d for d, _, _, at in dated if at == _onset_date_at(sent.text, after)]
        ):
            # "more than a week after the earthquakes of 6 February": counted from the day
            # the phrase names
            anchored.append(
                _Mention(
                    named[0] + dt.timedelta(days=_ago_days(after)),
                    f"{after.group(0)} … {named[0]}",
                    "anchored",
                )
            )
        elif not dated and (after := _AFTER_ONSET.search(sent.text)):
            since_onset.append((_ago_days(after), after.group(0)))
        elif not dated and (last := _LAST_WEEK_ONSET.search(sent.text)):
            since_onset.append((7, last.group(0)))
        elif lead := elapsed.elapsed(sent):
            # the lead's own date ("a week after the vote of 20 July"), else the sentence
            # before's for "later"; without either, resolved once the text's dates are known
            own = [d for d, _, _, _ in dated]
            leads.append((lead, own or (before if lead.anchor == "before" else [])))
        if dated:
            before = [d for d, _, _, _ in dated]
        start = _start_date(sent, year_hint, period)
        if start is not None:
            starts.append(start)
        starts.extend(d for d, _, since, _ in dated if since)
        if not future:
            for match in _NTH_DAY.finditer(sent.text):
                offsets.append((_nth_days(match), match.group(0)))
            for match in _DURATION.finditer(sent.text):
                raw = match.group("n").lower()
                n = _NUMBER_WORDS.index(raw) + 2 if raw in _NUMBER_WORDS else int(raw)
                offsets.append(
                    (n * (7 if match.group("unit").lower() == "week" else 1), match.group(0))
                )
            # a date after a start verb ("began on 20 April", "that began with the April 20
            # explosion") is a start; one before it ("Thursday, July 15, Day 86 of the
            # spill that began ...") is the report's
            explicit.extend(
                _Mention(
                    d,
                    _context(sent, p),
                    "start" if since or _START_BEFORE.search(sent.text[:at]) else "explicit",
                )
                for d, p, since, at in dated
            )
            if not dated and _past_tense(sent):
                weekdays.extend(
                    (_WEEKDAYS.index(t.lower_), _context(sent, t.text))
                    for t in sent
                    if t.lower_ in _WEEKDAYS and t.ent_type_ == "DATE"
                )
    # dates written in full in the page's other lines: a photo caption ("Dhaka, July 18,
    # 2024") bounds the report from below; a time stamp (a post's, an update's or a
    # comment's the cleaner kept: "February 3, 2011 at 11:27 pm") was written on the day
    # of the report or after it
    stamps = set(stamped_dates("\n".join(lines)))
    explicit.extend(
        _Mention(d, "a time stamp in the page's text", "page")
        if d in stamps
        else _Mention(d, "a date in the page's other text", "start")
        for d in page_dates
    )
    if not explicit and first_week is not None and weekdays:
        # nothing dates the text but weekdays: read them in the crisis's first week
        explicit.append(
            _Mention(first_week, "the day the crisis began (from the other texts)", "start")
        )
    first = min(starts) if starts else onset
    counted = [(first, item) for item in agos + offsets]
    # what set the crisis off is the corpus's onset, whatever else the text says began
    counted += [(onset or first, item) for item in since_onset]
    for start, (days, phrase) in counted:
        if start is not None:
            anchored.append(
                _Mention(start + dt.timedelta(days=days), f"start {start} + '{phrase}'", "anchored")
            )
    if period is not None:
        # a text with dates near the corpus's period reports those: one years away is a
        # reference ("On May 1, 2001, investigators ...")
        near = [m for m in explicit if abs((m.date - period).days) <= 2 * 366]
        if far_is_background and explicit and not near:
            # the period is the texts' agreement: a text whose dates are all years from it
            # recalls the past ("Born: August 29, 1958") and gives no date of its own
            anchored = [m for m in anchored if abs((m.date - period).days) <= 2 * 366]
            if not anchored:
                return None, "no date: its only dates are years from the corpus's period", None
        explicit = near or explicit
    recalled = [m for m in explicit if m.date in landmarks]
    explicit = [m for m in explicit if m.date not in landmarks]
    if recalled and not explicit and not anchored:
        day = recalled[0].date.isoformat()
        return None, f"no date: its only date is the corpus's landmark ({day})", None
    reported = [m for m in explicit if m.kind not in _BOUNDS]
    latest_reported = max((m.date for m in reported), default=None)
    anchored += _lead_dates(leads, reported, explicit, onset)
    if anchored:
        best = max(anchored, key=lambda m: m.date)
        if latest_reported is None or best.date >= latest_reported:
            basis = f"inferred: relative date anchored to an explicit one ('{best.phrase}')"
            return best.date.isoformat(), basis, 0.7
    if not explicit:
        return _no_date(bool(weekdays))
    latest = max(explicit, key=lambda m: (m.date, m.kind not in _BOUNDS))
    basis = f"inferred: latest reported date {latest.date.isoformat()} ('{latest.phrase}')"
    if latest.kind not in _BOUNDS and elapsed.recounts(lines):
        # an explainer recounts its story by calendar dates and names by weekday the days
        # of the week it is written in: a past-tense weekday other than the latest date's
        # fell after it, and the text came out after that
        later = _weekdays_after(latest.date, weekdays)
        if later:
            date, phrase = later
            after = date + dt.timedelta(days=NEWS_LAG)
            return (
                after.isoformat(),
                f"{basis}; an explainer: a past-tense weekday after it gives {date.isoformat()}"
                f" ('{phrase}'); {_LAG_NOTE}",
                0.5,
            )
    if latest.kind not in _BOUNDS:
        # a happening's date X: the report came out that day or in the two after it, as
        # the news cycle runs (Timeline17, 167 texts: X for 32, X+1 for 16, X+2 for 12,
        # X-1 for 3): the day after is the one within a day of all three. Its weekdays
        # ("said on Sunday") are the days before it as often as after (pushing past them
        # was right for 11 of 277 articles, staying for 110)
        after = latest.date + dt.timedelta(days=NEWS_LAG)
        return after.isoformat(), f"{basis}; {_LAG_NOTE}", 0.6
    if latest.kind == "page" and weekdays:
        # a time stamp on the page was written on the day of the report or after it (an
        # update, a comment): the weekdays the report names fall on or before it
        before = [
            (latest.date - dt.timedelta(days=(latest.date.weekday() - wd) % 7), phrase)
            for wd, phrase in weekdays
        ]
        date, phrase = max(before)
        if latest_reported is not None and latest_reported > date:
            date, phrase = latest_reported, "a later reported date"
        return (
            date.isoformat(),
            f"{basis}; a past-tense weekday on or before it gives {date.isoformat()} ('{phrase}')",
            0.45,
        )
    # the latest date is when something began ("began on January 2nd", "since July 1"):
    # the report is later: on the day its head says it follows ("Tuesday's events"), the
    # first such weekday after the start, or on a past-tense weekday it names after it
    own = _own_weekday(lines)
    if own is not None:
        wd, phrase = own
        date = latest.date + dt.timedelta(days=(wd - latest.date.weekday()) % 7 or 7)
        return (
            date.isoformat(),
            f"{basis}; the page follows the day it names ('{phrase}'), the first after it",
            0.5,
        )
    later = _weekdays_after(latest.date, weekdays)
    if later:
        date, phrase = later
        return (
            date.isoformat(),
            f"{basis}; a past-tense weekday after it gives at least {date.isoformat()} ('{phrase}')",
            0.35 if latest.phrase.startswith("the day the crisis began") else 0.5,
        )
    # a start alone is no report's date: the report came some unknown time after it
    return (
        None,
        f"no date: the only dates are starts ({latest.date.isoformat()}, '{latest.phrase}')",
        None,
    )


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


def _lead_dates(
    leads: list[tuple[elapsed.Elapsed, list[dt.date]]],
    reported: list[_Mention],
    explicit: list[_Mention],
    onset: dt.date | None,
) -> list[_Mention]:
    """The days the text's leads of elapsed time give (``elapsed``): the distance from the
    date beside the lead, else from the latest happening the text reports ("a week after
    <a clause>"), else from the earliest date it gives ("Within a fortnight,": the story's
    start), else from the corpus's onset."""
    happened = [m.date for m in explicit if m.kind != "page"]
    out = []
    for lead, dates in leads:
        if dates:
            anchor: dt.date | None = max(dates)
        elif lead.anchor == "after" and reported:
            anchor = max(m.date for m in reported)
        elif lead.anchor == "start" and happened:
            anchor = min(happened)
        else:
            anchor = onset
        if anchor is not None:
            when = anchor + dt.timedelta(days=lead.days)
            out.append(_Mention(when, f"{anchor} + '{lead.phrase}'", "anchored"))
    return out


# A date that names a place or movement ("the 6 October Bridge", "the July 26 Movement").
_NAMED_AFTER = re.compile(
    r"^\s+(?:Bridge|Street|St|Square|Road|Avenue|Stadium|City|Movement|Revolution|"
    r"University|Park|Hospital|Airport|Station|District|Camp|Brigade|Martyrs)\b"
    # in lower case only the places ("the nearby October 6 bridge")
    r"|^\s+(?:bridge|square|stadium|airport)\b"
    # a year of another age ("15 June 1215"): no happening the report dates
    r"|^,?\s+(?:1[0-8]\d\d|\d{3})\b(?!\s*(?:people|dead|killed|[a-z]))"
)
# A date that bounds a plan or a state, not a happening: "closed until 6 May", "ordered to
# produce documents by June 3", "ahead of the 4 June vote".
_BOUND_BEFORE = re.compile(
    r"\b(?:until|till|by|before|ahead\s+of|no\s+later\s+than|deadline\s+of)\s+"
    r"(?:(?:the|mid|early|late)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$",
    re.I,
)
# A date that a plan or schedule names, in the words just before it: "would hold an emergency
# meeting on 12 November", "the gig takes place on 8 October", "is due to be sentenced on 29
# November", "a full ceasefire due on 12 April": a day the report looks forward to, never
# its own (unless a report of the day itself names it, "said on ..." between them).
_PLAN_BEFORE = re.compile(
    r"\b(?:will|would|shall|'ll|due|expected|scheduled|planned|plans?|set\s+to|is\s+to|"
    r"are\s+to|to\s+be\s+held|takes?\s+place|takes?\s+effect|to\s+take\s+effect|"
    r"to\s+(?:begin|start|hold|meet|vote|open|reopen|resume|return)|upcoming|deadline|"
    # present tense of a schedule: "proceedings commence September 20th", "closes on June 12"
    r"commences?|closes|expires)\b"
    # within the sentence: a question before ("will you? Enough is enough!!! February 21,
    # 2011 at 12:12 am", a comment's stamp) plans nothing
    r"(?![^.;!?\n]*\b(?:said|told|announced|reported|confirmed|added)\b)[^.;!?\n]{0,50}$",
    re.I,
)
# A date that names an event as an adjective does: "the 26 February referendum", "the
# September 11 attacks", "the April 20 blowout": a reference to it, not the report's day.
_EVENT_NAMED = re.compile(r"\bthe\s+$", re.I)
_NOUN_AFTER = re.compile(
    r"^,?\s+(?!(?:and|or|as|at|in|on|to|of|for|from|with|when|while|after|before|that|"
    r"which|who|the|a|an|by|was|were|is|are|has|had|have|he|she|it|they|we|until|but|"
    r"last|this|local|gmt|bst|et|edt|est|pm|am)\b)[a-z][a-z-]+\b"
)
# A date with a clock time after it, in the body: a comment's, a post's or an update's stamp
# ("February 17, 2011 at 7:06 am", "8:52 pm ET February 11, 2013").
_CLOCK_AFTER = re.compile(r"^,?\s*(?:at\s+)?\d{1,2}[:.]\d\d\b", re.I)
_CLOCK_BEFORE = re.compile(r"\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s*)?,?\s*$", re.I)


# A report of a happening dated X comes out on X, X+1 or X+2: read it as X+NEWS_LAG.
NEWS_LAG = 1
_LAG_NOTE = "reports come out on that day or the two after: read as the day after"

HEAD_CHARS = 600  # a time stamp this near the top is the page's own


AROUND_CHARS = 200  # the text either side of a date its patterns read (70 at most, and spaces)


def _not_a_happening(text: str, match: re.Match[str], *, stamps: bool = True) -> bool:
    """A date in the text that dates no happening it reports: part of a name ("the 6
    October Bridge", "the 26 February referendum"), the bound of a plan or state ("closed
    until 6 May"), a plan's or schedule's day ("would meet on 12 November"), or (with ``stamps``, below the page's head) a comment's or post's time
    stamp."""
    # the words around the date, not the whole text: it is read for every date of a page
    after = text[match.end() : match.end() + AROUND_CHARS]
    before = text[max(0, match.start() - AROUND_CHARS) : match.start()]
    named = bool(_EVENT_NAMED.search(before[-8:]) and _NOUN_AFTER.match(after))
    bound = bool(_BOUND_BEFORE.search(before[-40:]) or _PLAN_BEFORE.search(before[-70:]))
    if bool(_NAMED_AFTER.match(after)) or named or bound:
        return True
    return stamps and bool(_CLOCK_AFTER.match(after) or _CLOCK_BEFORE.search(before))


def _no_date(weekdays: bool) -> tuple[None, str, None]:
    return (
        None,
        "no date: the text names no calendar date" + (" (weekdays only)" if weekdays else ""),
        None,
    )


def _nth_days(match: re.Match[str]) -> int:
    """Days from the start to the report of "the Nth day/night/week" ("a fifth day" → 4,
    "the fourth night" → 4, "its second week" → 7)."""
    if match.group("count"):
        return int(match.group("count")) - 1
    raw = match.group("n").lower()
    n = _ORDINALS.index(raw) + 1 if raw in _ORDINALS else int(re.sub(r"\D", "", raw))
    unit = match.group("unit").lower()
    if unit == "night":
        return n  # the Nth night runs into the next day, when it is reported
    return (n - 1) * (7 if unit == "week" else 1)


def _stated(lines: list[str], period: dt.date | None) -> tuple[str, str] | None:
    """A publication date the page states near its top: a dateline, a "Published" line,
    a date line or time stamp, or a date written in digits."""
    revised = None  # an "Updated" line's date: the publication's only if no other is stated
    for line in lines[:12]:
        when = _line_date(line, period)
        if when is None:
            continue
        signed = _SIGNED.match(line.strip()) is not None
        found = (
            when.isoformat(),
            (f"dateline: signed '{line.strip()[:80]}'" if signed else f"dateline: '{line[:80]}'"),
        )
        if not _REVISION.match(line):
            return found
        revised = revised or found
    return (
        revised
        or _head_stamp(" ".join(lines)[:HEAD_CHARS], period)
        or _tail_stamp(lines, period)
        or _weekday_line(lines[:12], period)
    )


def _weekday_line(lines: list[str], period: dt.date | None) -> tuple[str, str] | None:
    """A head line that is a weekday and a day of a month and nothing else, as a live page
    heads its day ("Sunday 13 October"): the date of the year nearest the corpus's period on
    which that day falls on that weekday (none without a period, or with no such year)."""
    if period is None:
        return None
    for line in lines:
        match = _WEEKDAY_LINE.match(line.strip())
        if not match:
            continue
        weekday = [w[:3] for w in _WEEKDAYS].index(match.group("wd").lower()[:3])
        month = month_number(match.group("m1") or match.group("m2"))
        day = int(match.group("d1") or match.group("d2"))
        fits = [
            d
            for year in (period.year - 1, period.year, period.year + 1)
            if (d := _safe_day(year, month, day)) and d.weekday() == weekday
        ]
        if fits:
            when = min(fits, key=lambda d: abs((d - period).days))
            return when.isoformat(), f"dateline: '{line.strip()[:80]}' (weekday in {when.year})"
    return None


def _safe_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _line_date(line: str, period: dt.date | None) -> dt.date | None:
    """The date one line of the page's head states: a dateline, a labelled or bare date
    line, or a date written in digits."""
    numeric = _NUMERIC_DATE.match(line)
    if numeric:
        when = _numeric(numeric.group("iso"), numeric.group("num"), line)
        if when:
            return when
    for pattern in (_DATELINE, _PUBLISHED, _DATE_LINE, _AGENCY_DATELINE, _SIGNED):
        match = pattern.match(line.strip())
        if match:
            when = _parse(match.group("date"), period)
            if when:
                return when
    if len(line.split()) <= 16:
        match = _LABELLED.search(line)
        if match:
            return _parse(match.group("date"), period)
    return None


def _tail_stamp(lines: list[str], period: dt.date | None) -> tuple[str, str] | None:
    """A print-edition, first-publication or byline stamp anywhere in the page's
    non-comment lines (``_TAIL_STAMP``), the first one found; else the date a statement
    or report is signed with on one of its last lines (``_SIGNED``)."""
    for line in lines[-SIGNED_LINES:]:
        match = _SIGNED.match(line.strip())
        if match and (when := _parse(match.group("date"), period)):
            return when.isoformat(), f"dateline: signed '{line.strip()[:80]}'"
    for line in lines:
        match = _TAIL_STAMP.search(line)
        if match:
            date = match.group("print") or match.group("first") or match.group("byline")
            when = _parse(date, period)
            if when:
                return when.isoformat(), f"dateline: a stamp in the page '{match.group(0)[-80:]}'"
    return None


def _head_stamp(head: str, period: dt.date | None) -> tuple[str, str] | None:
    """A wire dateline or a time stamp run into the page's head (the first ``HEAD_CHARS``
    characters of its non-comment text), the first one found."""
    found = [
        (m.start(), m.groupdict().get("date") or m.groupdict().get("after") or "", m)
        for pattern in (_WIRE_DATELINE, _HEAD_STAMP)
        if (m := pattern.search(head))
    ]
    for _, date, match in sorted(found, key=lambda f: f[0]):
        groups = match.groupdict()
        if groups.get("digits"):
            when = _numeric(re.sub(r"[/ ]", "-", groups["digits"]), None, "")
        elif groups.get("short"):
            day, month, year = groups["short"].split()
            when = _parse(f"{day} {month} 20{year}", None)
        else:
            when = _parse(date, period)
        if when:
            return when.isoformat(), f"dateline: '{match.group(0)[:80]}'"
    return None


def _numeric(iso: str | None, num: str | None, line: str) -> dt.date | None:
    """A date written in digits: ISO, or day and month in either order (the order is the
    one that makes a valid date; when both do, month first with an AM/PM clock, else day
    first)."""
    try:
        if iso:
            y, m, d = (int(x) for x in iso.split("-"))
            return _sane(dt.date(y, m, d))
        a, b, y = (int(x) for x in re.split(r"[/.]", num or ""))
    except ValueError:
        return None
    month_first = a <= 12 and (b > 12 or re.search(r"\b[ap]\.?m\.?\b", line, re.I))
    m, d = (a, b) if month_first else (b, a)
    try:
        return _sane(dt.date(y, m, d))
    except ValueError:
        return None


def _sane(when: dt.date) -> dt.date | None:
    """A publication date no earlier than 1900 and no later than tomorrow."""
    if when.year < 1900 or when > dt.date.today() + dt.timedelta(days=1):
        return None
    return when


def _start_date(sent: Span, year_hint: int | None, period: dt.date | None) -> dt.date | None:
    """The date in "began on January 2" / "erupted January 2": a start verb right before a date."""
    for tok in sent:
        if tok.lower_ not in _START | _START_NOUNS:
            continue
        window = sent.doc[tok.i + 1 : min(tok.i + 5, sent.end)].text
        match = _MONTH_DAY.match(window.removeprefix("on ").removeprefix("out on "))
        if match:
            return _month_day(match, year_hint, period)
    return None


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


_OF_DATE = re.compile(r"\s+(?:of|on)\s+")


def _onset_date_at(text: str, after: re.Match[str]) -> int | None:
    """Where the date the onset of "N days after the <onset> of <date>" names starts in
    ``text``, if the phrase names one."""
    of = _OF_DATE.match(text, after.end())
    return of.end() if of else None


def _ago_days(match: re.Match[str]) -> int:
    raw = match.group("n").lower()
    words = {"a": 1, "an": 1, "a couple of": 2, "several": 3}
    n = int(words[raw] if raw in words else parse_number(raw) or 3)
    unit = match.group("unit").lower()
    # "just over a week ago": more than the count says, by at least a day; "nearly": less
    days = n * {"day": 1, "week": 7, "fortnight": 14}[unit]
    return days + (1 if match.group("over") else -1 if match.group("under") and days > 1 else 0)


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


# --- dates from the rest of the corpus --------------------------------------------------

_WEEKDAY_MENTION = re.compile(
    rf"\b(?P<before>next|coming|this)?\s*\b(?P<day>{'|'.join(_WEEKDAYS)})\b", re.IGNORECASE
)


def stamped_dates(text: str) -> list[dt.date]:
    """The dates a text writes in full with a clock time beside them ("February 3, 2011 at
    11:27 pm", "14th April 2012 - 19:53")."""
    out = []
    for m in _MONTH_DAY.finditer(text):
        if not (m.group("y1") or m.group("y2")):
            continue
        after = text[m.end() : m.end() + 12]
        if _CLOCK_AFTER.match(after) or re.match(r"^\s*[-–—]\s*\d{1,2}:\d\d\b", after):
            when = _month_day(m, None, None)
            if when is not None:
                out.append(when)
    return out


def written_dates(text: str, *, happenings: bool = False) -> list[dt.date]:
    """The calendar dates a text writes in full, year included ("February 17, 2011",
    "6 January 2022"): what an undated corpus says about the period it covers, read
    without the language model. With ``happenings``, only the dates of happenings: no
    deadline, plan or name ("dissolved by 1 January 2024", :func:`_not_a_happening`)."""
    out = []
    for m in _MONTH_DAY.finditer(text):
        if happenings and _not_a_happening(text, m, stamps=False):
            continue
        if m.group("y1") or m.group("y2"):
            when = _month_day(m, None, None)
            if when is not None:
                out.append(when)
    return out


def month_number(name: str) -> int:
    """1-12 for a month's name or abbreviation ("Sept." → 9)."""
    return MONTHS[name[:3].lower()]


def reported_dates(text: str, segments: tuple[Segment, ...], published: dt.date) -> set[dt.date]:
    """The calendar dates a dated article names in its body, read in its publication year
    (or the year before, for a month after publication), plus the publication date. A
    deadline ("dissolved by 1 January 2024", "closed until 6 May") is none: no report was
    published around it."""
    out = {published}
    masked = _masked(text, segments)
    out.update(d for m in _MONTH_DAY.finditer(masked) if (d := _reported(masked, m, published)))
    # a range ("on 18-20 July", "November 29-30") names every day in it
    for match in _DAY_RANGE.finditer(_masked(text, segments)):
        month = month_number(match.group("m1") or match.group("m2"))
        first, last = (
            (int(match.group(k) or 0) for k in ("a1", "b1"))
            if match.group("a1")
            else (int(match.group("a2")), int(match.group("b2")))
        )
        for day in range(first, min(last, 31) + 1) if 0 < last - first <= 7 else ():
            try:
                when = dt.date(published.year, month, day)
            except ValueError:
                continue
            if when <= published:
                out.add(when)
    return out


def _reported(masked: str, match: re.Match[str], published: dt.date) -> dt.date | None:
    """The date a match of ``_MONTH_DAY`` names in a text published on ``published`` (see
    ``reported_dates``), or None for a deadline or a date more than a year from it."""
    if _BOUND_BEFORE.search(masked[max(0, match.start() - 40) : match.start()]):
        return None
    month = month_number(match.group("m1") or match.group("m2"))
    day = int(match.group("d1") or match.group("d2"))
    year = int(match.group("y1") or match.group("y2") or published.year)
    try:
        when = dt.date(year, month, day)
    except ValueError:
        return None
    if when > published and not (match.group("y1") or match.group("y2")):
        when = when.replace(year=year - 1) if (month, day) != (2, 29) else when
    return when if abs((when - published).days) <= 366 else None


def dated_sentences(
    text: str, segments: tuple[Segment, ...], published: dt.date
) -> list[tuple[dt.date, frozenset[str]]]:
    """Each date a dated text's body names (as ``reported_dates`` reads it), with the
    content words of its sentence (``happenings.words``)."""
    masked = _masked(text, segments)
    out = []
    for start, end, sentence in happenings.sentences(masked):
        for match in _MONTH_DAY.finditer(masked, start, end):
            when = _reported(masked, match, published)
            if when is not None:
                out.append((when, happenings.words(sentence)))
    return out


def named_weekdays(text: str, segments: tuple[Segment, ...]) -> list[tuple[int, frozenset[str]]]:
    """Each weekday the body names as past or present (not a "next/this/coming" one), with
    the content words of its sentence."""
    return [
        (_WEEKDAYS.index(m.group("day").lower()), happenings.words(sentence))
        for _, _, sentence in happenings.sentences(_masked(text, segments))
        for m in _WEEKDAY_MENTION.finditer(sentence)
        if not m.group("before")
    ]


_DAY_RANGE = re.compile(
    rf"\b(?:(?P<a1>\d{{1,2}})\s*[-–]\s*(?P<b1>\d{{1,2}})\s+(?P<m1>{_MONTHS})"
    rf"|(?P<m2>{_MONTHS})\.?\s+(?P<a2>\d{{1,2}})\s*[-–]\s*(?P<b2>\d{{1,2}}))\b",
    re.I,
)


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
    for sent in _nlp()(masked).sents:
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


def date_from_corpus(
    text: str, segments: tuple[Segment, ...], corpus: set[dt.date] | dict[dt.date, int]
) -> tuple[str | None, str]:
    """A publication date for an article that names weekdays but no calendar date.

    Other reports in the corpus give calendar dates (``corpus``: each with the number of
    reports that give it). Read each weekday the article names as the most recent one on
    or before a candidate publication day; the day at which those weekdays fall on the
    dates most reports give (at least two weekday hits, or one on a date two reports give),
    earliest first, is taken: news is published soon after what it reports. Only when the
    other reports cover a crisis (weeks, not years) and the best days lie within one week.
    """
    weight = dict(corpus) if isinstance(corpus, dict) else dict.fromkeys(corpus, 1)
    masked = _masked(text, segments)
    counted = _counted_from_weekday(masked, weight)
    if counted is not None:
        return counted
    days = {
        _WEEKDAYS.index(m.group("day").lower())
        for m in _WEEKDAY_MENTION.finditer(masked)
        if not m.group("before")
    }
    if not days or not weight:
        return None, "no date: no weekday to place it among the other reports"
    if (max(weight) - min(weight)).days > 92:
        return None, "no date: the other reports span too long to place its weekdays"
    scored: list[tuple[int, dt.date, list[dt.date]]] = []
    day = min(weight)
    while day <= max(weight) + dt.timedelta(days=7):
        recent = [day - dt.timedelta(days=(day.weekday() - w) % 7) for w in days]
        hits = sorted(d for d in recent if d in weight)
        scored.append((sum(weight[d] for d in hits), day, hits))
        day += dt.timedelta(days=1)
    top = max(n for n, _, _ in scored)
    best_days = [d for n, d, _ in scored if n == top]
    if top < 2 or (max(best_days) - min(best_days)).days > 7:
        return None, "no date: its weekdays do not single out one week of the other reports"
    count, when, hits = next(item for item in scored if item[0] == top)
    names = ", ".join(f"{_WEEKDAYS[d.weekday()].title()} {d.isoformat()}" for d in hits)
    return (
        when.isoformat(),
        f"inferred from the corpus: its weekdays fall on dates the other reports give ({names})",
    )
