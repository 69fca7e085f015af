"""The metadata reader's vocabularies and patterns: months and weekdays, datelines, time
stamps, bylines and outlets, onsets and durations, and the cues that mark a date as a
plan's, a stamp's or a happening's; with the few constants the date rules use."""

from __future__ import annotations

import re

from sitrep.extract.timenorm import MONTH_PATTERN
from sitrep.ingest import elapsed
from sitrep.lexicon import WIRE_NAMES

_MONTHS = MONTH_PATTERN


# "January 2nd", "Jan. 5, 2022", "5 January 2022", "the 5th of January".
_MONTH_DAY = re.compile(
    rf"\b(?:(?P<m1>{_MONTHS})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:(?:,\s*|\s+)(?P<y1>(?:19|20)\d\d))?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTHS})\.?(?:,?\s+(?P<y2>(?:19|20)\d\d))?)\b",
    re.I,
)


# "72 hours after the attack", "just forty-eight hours ago": whole days (``_ago_days``)
_HOURS_COUNT = elapsed.HOURS_COUNT


_AGO = re.compile(
    r"\b(?:(?P<over>(?:just\s+)?(?:over|more\s+than))\s+|(?P<under>nearly|almost)\s+)?"
    rf"(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|several|{_HOURS_COUNT})\s+"
    r"(?P<unit>day|week|fortnight|hour)s?\s+ago\b",
    re.I,
)


# "eight days after the earthquake", "nearly three weeks after the deadly quake": a count
# from what set the crisis off (the corpus's onset); the nouns that name such a start
_ONSET_NOUNS = (
    "earthquake|quake|tsunami|hurricane|cyclone|typhoon|storm|floods?|flooding|explosion|"
    "blast|blowout|spill|attacks?|bombings?|coup|uprising|revolt|revolution|protests|"
    "fighting|war|invasion|offensive|outbreak|crackdown|disaster|massacre|crash|eruption|"
    # a disputed vote sets off the unrest after it ("two weeks after a disputed election");
    # a vote as such does not ("two days after the vote, the clerics met again")
    r"(?:disputed|contested|rigged|fraudulent|stolen)\s+(?:\w+\s+)?(?:elections?|vote|polls?)"
)


# A stretch of days as a text counts it ("nearly three weeks", "more than a week"): the
# groups _ago_days reads
_DAYS_COUNTED = (
    r"(?:(?P<over>(?:just\s+)?(?:over|more\s+than))\s+|(?P<under>nearly|almost)\s+)?"
    rf"(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|{_HOURS_COUNT})\s+"
    r"(?P<unit>day|week|fortnight|hour)s?"
)
_AFTER_ONSET = re.compile(
    rf"\b{_DAYS_COUNTED}\s+(?:after|since)\s+(?:the|its|this|an?|last\s+week['’]s)\s+"
    rf"(?:[\w.-]+\s+){{0,2}}?(?:(?:{_ONSET_NOUNS})s?\b"
    # "three weeks after the conflict began": what began is the crisis, whatever its name
    r"|(?:conflict|crisis|unrest|violence|standoff|siege|campaign|operation)s?\s+"
    r"(?:began|started|erupted|broke\s+out)\b)",
    re.I,
)


# "It's been nine days and the skies have not fallen", "It has now been two weeks": a column
# that says how long it is since the news, without naming what it counts from, counts from
# the crisis's onset (a clause "since he last spoke" counts from something else: no match)
_BEEN_ONSET = re.compile(
    rf"\bit(?:['’]s|\s+has|\s+is)\s+(?:now\s+)?been\s+{_DAYS_COUNTED}"
    r"\b(?!\s+(?:since|after|of|in|from|before|to)\b)",
    re.I,
)


# "last week's earthquake", "the quake that struck last week", "it all changed last week
# when ...": the week after the onset
_LAST_WEEK_ONSET = re.compile(
    rf"\blast\s+week['’]s\s+(?:[\w.-]+\s+){{0,2}}?(?:{_ONSET_NOUNS})\b"
    rf"|\b(?:{_ONSET_NOUNS})\s+(?:that|which)\s+(?:struck|hit|began|erupted)\b[^.]{{0,30}}?"
    r"\blast\s+week\b"
    # "the facade shattered last week when the prime minister announced ...": a turn told
    # as what happened last week, then the moment it happened
    r"|\b(?:shattered|collapsed|changed|began|started|erupted|broke|ended)\s+last\s+week,?\s+"
    r"(?:when|as)\b",
    re.I,
)


# "yesterday's explosion", "the quake that struck yesterday", "since yesterday, when a mosque
# ... was attacked", "today's attack": a sudden onset told by the day the text is written
# (the day after it, or the day itself); an onset that recurs ("yesterday's protests") is
# any day's. The sudden onsets are also what a weekday names as the crisis's start
# (``onset._ONSET_WEEKDAY``).
_SUDDEN_ONSET = (
    r"earthquake|quake|tsunami|explosions?|blasts?|attacks?|bombings?|coup|massacre|shooting|"
    r"crash|eruption|assault"
)
_DAY_WORDS = r"yesterday|last\s+night|today|tonight|this\s+(?:morning|afternoon|evening)"
_DAY_OF_ONSET = re.compile(
    rf"\b(?:{_DAY_WORDS})['’]s\s+(?:[\w.-]+\s+){{0,2}}?(?:{_SUDDEN_ONSET})\b"
    rf"|\b(?:{_SUDDEN_ONSET})\s+(?:that|which)\s+(?:struck|hit|happened|occurred|took\s+place)\b"
    rf"[^.]{{0,30}}?\b(?:{_DAY_WORDS})\b"
    rf"|\bsince\s+(?:{_DAY_WORDS}),?\s+when\b",
    re.I,
)
# the words of those that name the day before the text
_DAY_BEFORE = re.compile(r"\byesterday\b|\blast\s+night\b", re.I)


# A sentence opening on its day: "On August 26, a suicide bomber ...", "On Sunday, the
# United States ...": a chronicle's steps (the date itself is matched by _MONTH_DAY)
_OPENER = re.compile(
    r"^\s*(?P<on>On\s+)(?:(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b,?)?",
    re.I,
)


# what was done "last week" ("achieved their goal last week when ..."), not "last week's"
_LAST_WEEK = re.compile(r"\blast\s+week\b(?!['’]s)", re.I)


# "the earthquake 11 days ago", "damaged in an explosion more than three weeks ago": the
# thing that set the crisis off, then how long ago it was
_ONSET_AGO = re.compile(
    rf"\b(?:{_ONSET_NOUNS})\s+(?:[\w,-]+\s+){{0,2}}?(?:(?:just\s+)?(?:over|more\s+than)\s+|"
    r"nearly\s+|almost\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
    rf"a couple of|several|{_HOURS_COUNT})\s+(?:day|week|fortnight|hour)s?\s+ago\b",
    re.I,
)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


_DATE_CUE = re.compile(
    rf"\b(?:{_MONTHS}|{'|'.join(_WEEKDAYS)}|ago|(?:first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+|"
    r"successive\s+|full\s+)?(?:day|night|week)|day\s+\d{1,3}\s+of|[a-z\d]+-(?:day|week)|"
    rf"(?:days?|weeks?|fortnight|hours?)\s+(?:after|since)|last\s+week|been\s+[a-z\d]+\s+(?:days?|weeks?)|"
    rf"{elapsed.CUE}|(?:{_DAY_WORDS})['’]s|since\s+(?:{_DAY_WORDS})"
    rf"|(?:struck|hit|happened|occurred|took\s+place)\b[^.\n]{{0,30}}?\b(?:{_DAY_WORDS}))\b",
    re.IGNORECASE,
)


_FUTURE = frozenset(
    {"will", "'ll", "shall", "next", "upcoming", "scheduled", "tomorrow", "plans", "planned"}
)


_START = frozenset(
    {
        "began",
        "begun",
        "begin",
        "started",
        "start",
        "erupted",
        "broke",
        "sparked",
        "flared",
        "launched",
    }
)


_START_BEFORE = re.compile(
    r"\b(?:began|begun|begin|started|start|erupted|broke|sparked|flared|launched)\b[^.;]{0,40}$",
    re.I,
)


# "since the outbreak of fighting a week ago", "the outbreak on April 15": a start named by a
# noun, for "ago" and a date right after it (a sentence that merely names the outbreak is
# no start)
_START_NOUNS = frozenset({"onset", "outbreak", "eruption"})


# A date line this many days or more from the period the corpus's texts agree on is the
# page's clock (the day it was scraped: "Sunday, February 23, 2025" over a 2023 story), or
# another story's, not this text's publication.
CLOCK_DAYS = 183


# A date with its year, either way round: "5 August 2020", "November 28, 2020", "Jan. 5th,
# 2022".
_FULL_DATE = (
    # the year may follow the comma unspaced, as some content systems print it ("October
    # 04,2020 21:28")
    rf"(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s*|\s+)(?:19|20)\d\d"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+(?:19|20)\d\d)"
)


_DATELINE = re.compile(
    rf"^[A-Z][A-Z .'’-]+,?\s+(?:[A-Z][a-z]+\s+)?(?P<date>(?:{_MONTHS})\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?"
    # the day first: "Islamabad, 10 May (EFE).- Thousands ..."
    rf"|\d{{1,2}}\s+(?:{_MONTHS})\.?(?:,?\s+\d{{4}})?)\s*(?:\("
    # the agency between slashes: "UNITED NATIONS, March 24. /TASS/."
    r"|\.\s*/[A-Z][\w-]{1,15}/)",
    re.I,
)


# A dateline whose date runs into the story with a dash and no agency ("BEIRUT, 5 August
# 2020- “UNICEF is saddened ...", "KHARTOUM, April 16, 2023 - The army ..."): the city in
# capitals and the date with its year; or the agency without the city ("November 28, 2020
# (GMN) - Ethiopian Prime Minister ...").
_DASH_DATELINE = re.compile(
    rf"^(?-i:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){{0,3}}),\s+"
    rf"(?P<date>{_FULL_DATE})\s*[-–—]"
    rf"|^(?P<bare>{_FULL_DATE})\s*\([A-Za-z][\w .&/-]{{1,30}}\)\s*\.?[-–—]"
    # a news agency's "New Delhi, May 11:" or "United Nations, 11 May:"
    rf"|^(?-i:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){{0,3}}),\s+"
    rf"(?P<colon>(?:{_MONTHS})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{_MONTHS})\.?)(?:,?\s+(?:19|20)\d\d)?:\s",
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
# a full date then a "|" or a "•" ("January 31, 2011 | By Ashley Hayes, CNN", "Oct 25, 2021
# • 1 hour ago • < 1 minute read"), or a time stamp (a full date and a clock time, after an
# optional "CITY |": "ZURICH | Thu Oct 6, 2011 3:22pm BST"), after an agency's name or not
# ("Reuters 23 Jan, 2022"): pages and feeds put the publication date on such a line, above or
# below the headline.
_DATE_LINE = re.compile(
    r"^\s*(?:[A-Z][A-Za-z .'’/-]{1,30}\|\s*)?"
    # the agency the page credits, before the date: "Reuters 23 Jan, 2022"
    rf"(?:(?:{WIRE_NAMES})\s+(?=\d))?"
    # a byline before the date: "By News Desk - August 30 2021"
    r"(?:by\s+[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,3}\s*[-–—|,]\s*)?"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    rf"(?P<date>{_FULL_DATE})"
    r"(?:\s*(?:,|-|–|—|at)?\s*\d{1,2}[:.]\d\d(?!\d)|\s*(?:$|[|•·])"
    # a revision's label run into the date ("October 13, 2020Updated: October 13, 2020")
    r"|\s*(?=(?:last\s+)?updated\b)"
    # a section's label after it, as UN News prints it ("August 26, 2021 Peace and Security")
    r"|\s+(?-i:[A-Z][a-z]+(?:\s+(?:and|&|[A-Z][a-z]+)){0,3})\s*$)",
    re.I,
)


# A date written with digits on a short line near the top, labelled or not, as scrapers and
# content systems save it: " date 2024-07-16 Headline", "Published: 2024-07-16T09:00",
# "11/30/2024 3:08:06 AM", "Updated 23.07.2024 18:11", a situation report's "Issued:
# 12/09/2023, 20:00" or "Date of issue: 12/09/2023", a bare "08-10-2019" under the headline.
_NUMERIC_DATE = re.compile(
    r"^(?:(?:date(?:\s+of\s+(?:issue|release|publication))?|dated|published|posted|updated"
    r"|last updated|first published|issued|released)\s*(?:on|:)?\s*)?"
    r"(?:(?P<iso>(?:19|20)\d\d-[01]?\d-[0-3]?\d)(?=$|[\sT,|])"
    r"|(?P<num>[0-3]?\d(?P<sep>[/.-])[0-3]?\d(?P=sep)(?:19|20)\d\d)(?=$|[\s,|]))",
    re.I,
)


# "Faizan Hashmi Published April 26, 2023 | 09:42 PM", "Updated: 5 January 2022": a labelled
# date anywhere on a short line.
# A date in digits with its clock after a short label or name on a head line, as a site
# prints its section or author before the stamp: "Woman 2022-09-23, 5:59pm", "Desk Report
# 23/09/2022 17:59". The clock makes it the page's stamp, not a date the story tells.
_CLOCKED_NUMERIC = re.compile(
    r"^[^\d]{1,40}?\b(?:(?P<iso>(?:19|20)\d\d-[01]?\d-[0-3]?\d)"
    r"|(?P<num>[0-3]?\d[/.][0-3]?\d[/.](?:19|20)\d\d))"
    r"(?:T|,?\s+(?:at\s+)?|\s*[|•·-]\s*)\d{1,2}[:.]\d\d(?!\d)",
    re.I,
)
# Words at most on a line with a clocked date for the line to be a stamp.
CLOCKED_LINE_WORDS = 8


_LABELLED = re.compile(
    r"\b(?:published|posted|updated|last updated|first published)\s*(?:on|:)?\s*"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    rf"(?P<date>{_FULL_DATE})",
    re.I,
)


# "GENEVA (UrduPoint News / Sputnik - 26th April, 2023)": an agency dateline with the date
# inside the parentheses.
_AGENCY_DATELINE = re.compile(
    r"^[A-Z][A-Z .'’-]+,?\s*\([^()]{0,60}?[-–—,]\s*"
    rf"(?P<date>{_FULL_DATE})\s*\)",
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


_CLOCK = (
    r"\d{1,2}[:.]\d\d(?::\d\d)?(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}\b)?(?:\s+(?i:local\s+)?time\b)?"
)


_HEAD_STAMP = re.compile(
    rf"(?<!\d)(?P<date>{_FULL_DATE})\s*(?:[:;,|–—-]|at|last\s+updated\s+at)?\s*{_CLOCK}"
    # "09 February 12 07:00 GMT": a two-digit year, only with a clock and a time zone
    rf"|(?<!\d)(?P<short>\d{{1,2}}\s+(?:{_MONTHS})\.?\s+\d\d)\s+\d{{1,2}}:\d\d\s+(?-i:[A-Z]{{2,4}})\b"
    # the clock first, the date after a comma or a bar: "01:10 PM | 17 Oct, 2020"
    rf"|{_CLOCK}\s*[,|]?\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?P<after>{_FULL_DATE})\b"
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


# mention kinds that bound the report's date rather than date a happening it reports: a start
# ("began on January 2", "since July 1"), a time stamp and a date in the page's other
# text (a photo caption's)
_BOUNDS = frozenset({"start", "page", "caption"})


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


# A date a plan or schedule names as its subject, in the words just after it: "said March 24
# would be a day of mourning", "Monday, May 1 will mark": a day looked forward to.
_PLAN_AFTER = re.compile(
    r"^,?\s+(?:would|will|shall|is\s+to|was\s+to)\s+(?:be|become|mark)\b", re.I
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


_OF_DATE = re.compile(r"\s+(?:of|on)\s+")


_WEEKDAY_MENTION = re.compile(
    rf"\b(?P<before>next|coming|this)?\s*\b(?P<day>{'|'.join(_WEEKDAYS)})\b", re.IGNORECASE
)


_DAY_RANGE = re.compile(
    rf"\b(?:(?P<a1>\d{{1,2}})\s*[-–]\s*(?P<b1>\d{{1,2}})\s+(?P<m1>{_MONTHS})"
    rf"|(?P<m2>{_MONTHS})\.?\s+(?P<a2>\d{{1,2}})\s*[-–]\s*(?P<b2>\d{{1,2}}))\b",
    re.I,
)
