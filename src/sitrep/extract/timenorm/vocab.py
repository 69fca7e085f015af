"""The words of time expressions: months, weekdays, units, parts of the day, fillers and
the references of "now", "recently" and "soon"; and the tokeniser."""

from __future__ import annotations

import calendar
import re

from sitrep.extract.numbers import TENS, UNITS

MONTHS: dict[str, int] = {}
for _i, _name in enumerate(calendar.month_name):
    if _i:
        MONTHS[_name.lower()] = _i
        MONTHS[_name.lower()[:3]] = _i
MONTHS["sept"] = 9
# A month's name or abbreviation as a regular-expression alternation (lower case: compile
# with re.I), for the patterns that look for dates in raw text.
MONTH_PATTERN = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
WEEKDAYS: dict[str, int] = {}
for _i, _name in enumerate(calendar.day_name):
    WEEKDAYS[_name.lower()] = _i
    WEEKDAYS[_name.lower()[:3]] = _i
WEEKDAYS.update({"tues": 1, "wednes": 2, "thur": 3, "thurs": 3})
del _i, _name

# Number words a time expression counts with ("four days ago", "a couple of weeks").
NUMBERS: dict[str, int] = {
    **{k: v for k, v in UNITS.items() if v},
    **TENS,
    "a": 1,
    "an": 1,
    "hundred": 100,
    "dozen": 12,
    "single": 1,
    "couple": 2,
}
VAGUE_NUMBERS = frozenset({"few", "several", "some", "many", "couple", "numerous", "recent"})
# Words a count may carry without changing it: "20 more years", "eight trading days".
_COUNT_FILLERS = frozenset(
    {
        "more",
        "additional",
        "other",
        "further",
        "extra",
        "trading",
        "business",
        "working",
        "full",
        "straight",
        "consecutive",
        "long",
        "calendar",
        "whole",
        "entire",
        "than",
        "least",
        "no",
        "at",
        "about",
        "around",
        "nearly",
        "almost",
        "over",
        "under",
        "some",
        "roughly",
        "approximately",
        "just",
        "only",
        "another",
    }
)
_QUANTITY_WORDS = frozenset(
    {"a", "an", "of", "and", "-", "half", "to", "or", "/", *VAGUE_NUMBERS, *NUMBERS}
)
ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "last": -1,
    "final": -1,
}
UNITS: dict[str, str] = {
    "second": "S",
    "minute": "M",
    "hour": "H",
    "day": "D",
    "night": "D",
    "week": "W",
    "fortnight": "F",
    "month": "MO",
    "quarter": "Q",
    "year": "Y",
    "decade": "DE",
    "century": "C",
    "centurie": "C",
    "weekend": "WE",
}
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "tonight": "NI",
    "overnight": "NI",
    "midday": "MI",
    "noon": "MI",
    "dawn": "MO",
    "daybreak": "MO",
    "dusk": "EV",
    "midnight": "NI",
    "lunchtime": "MI",
}
DECADE_WORDS: dict[str, int] = {
    "twenties": 20,
    "thirties": 30,
    "forties": 40,
    "fifties": 50,
    "sixties": 60,
    "seventies": 70,
    "eighties": 80,
    "nineties": 90,
}
SEASONS: dict[str, tuple[str, int]] = {
    "spring": ("SP", 3),
    "summer": ("SU", 6),
    "autumn": ("FA", 9),
    "fall": ("FA", 9),
    "winter": ("WI", 12),
}
# Leading words that frame an expression without changing its date.
FILLERS = frozenset(
    {
        "on",
        "in",
        "at",
        "during",
        "by",
        "of",
        "as",
        "over",
        "within",
        "throughout",
        "for",
        "around",
        "about",
        "approximately",
        "roughly",
        "nearly",
        "almost",
        "some",
        "circa",
        "until",
        "till",
        "til",
        "before",
        "after",
        "through",
        "into",
        "the",
        "just",
        "only",
        "more",
        "than",
        "less",
        "fewer",
        "least",
        "up",
        "to",
        "shortly",
        "very",
        "sometime",
    }
)
MODIFIERS: dict[str, str] = {
    "early": "START",
    "earlier": "EARLIER",
    "late": "END",
    "later": "LATER",
    "mid": "MID",
    "middle": "MID",
    "beginning": "START",
    "start": "START",
    "end": "END",
    "close": "END",
}
PRESENT = frozenset({"now", "currently", "presently", "present", "nowadays", "moment", "current"})
PAST_REFS = frozenset(
    {
        "recently",
        "lately",
        "previously",
        "formerly",
        "past",
        "once",
        "recent",
        "ago",
        "earlier",
        "before",
    }
)
FUTURE_REFS = frozenset({"future", "soon", "later", "eventually", "shortly"})
SPAN_WORDS = frozenset({"to", "until", "till", "through", "thru", "and", "-", "–", "—"})

_DECIMAL = re.compile(r"\d+\.\d+")
_TOKEN = re.compile(
    r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}:\d{2}|'\d0s|\d+\.\d+(?=\s|$)"
    r"|\d+(?:st|nd|rd|th|s)?"
    r"|[a-z]+|[–—\-/,]"
)
_AMPM = re.compile(r"\b([ap])\.?\s?m\b\.?")


def tokens(expr: str) -> list[str]:
    """Lower-cased word/number tokens; "p.m." → "pm", "Jan." → "jan", "mid-1990s" → mid 1990s."""
    s = expr.lower().replace("’", "'").replace("‘", "'")
    s = _AMPM.sub(lambda m: " " + m.group(1) + "m ", s)
    s = s.replace("'s ", " ").replace("'s", "")
    s = re.sub(r"(?<=[a-z])-(?=[a-z\d])", " ", s)  # "third-quarter", "mid-1990s"
    return _TOKEN.findall(s)
