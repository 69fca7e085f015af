"""Parsing English number phrases as news writes them ("at least 164", "over 5,800",
"nearly 100 percent", "19 million", "twelve", "a dozen", "dozens", "tens of thousands",
"between 20 and 30").

Why our own parser: the libraries measured on this machine (word2number, text2num,
number-parser, quantulum3; notes/libraries.md §6) either mis-read "19 million", drop the
qualifier, or know nothing of vague amounts ("dozens", "scores") — and the qualifier and
the vague range are what a casualty claim is about. The grammar is small and closed,
so it is written here once and proven with property tests.

Vague amounts follow the ranges of the example gold annotation (examples/…/gold.json):
dozens 24–99, scores 40–99, hundreds 200–999, thousands 2000–9999, tens of thousands
20000–99999, several 3–9, numerous 10–999.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "QUALIFIERS",
    "Quantity",
    "VAGUE",
    "is_number_word",
    "parse_number",
    "parse_quantity",
]


@dataclass(frozen=True, slots=True)
class Quantity:
    """A parsed number phrase: a point ``value`` or a ``[low, high]`` range, and how sure."""

    value: float | None
    low: float | None
    high: float | None
    qualifier: str  # exact | at_least | more_than | about | up_to | vague
    vague: bool = False
    unit: str | None = None  # percent | a currency word | None


UNITS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES: dict[str, int] = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
SCALE_ABBR: dict[str, int] = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000}

# Vague amounts: word(s) -> (low, high). Longer phrases are matched first.
VAGUE: dict[str, tuple[float, float]] = {
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
    "tens of millions": (20_000_000, 99_999_999),
    "hundreds of millions": (200_000_000, 999_999_999),
    "several dozen": (36, 99),
    "a few dozen": (24, 60),
    "several hundred": (300, 999),
    "a few hundred": (200, 500),
    "several thousand": (3_000, 9_999),
    "a few thousand": (2_000, 5_000),
    "several million": (3_000_000, 9_999_999),
    "a handful": (3, 5),
    "handful": (3, 5),
    "a few": (2, 5),
    "a couple": (2, 3),
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "millions": (2_000_000, 9_999_999),
    "tens": (20, 99),
    "several": (3, 9),
    "numerous": (10, 999),
    # a count told only as large ("a large number of expatriates were killed", "a significant
    # number of militants"): numerous's range. Bare "many" is no count: it reads "many people
    # fled", "many more", "many remain unaccounted for" as tallies nobody annotates.
    "a large number": (10, 999),
    "a significant number": (10, 999),
    "a great many": (10, 999),
}

# Qualifier phrases (lower case, as they precede the number) -> qualifier.
QUALIFIERS: dict[str, str] = {
    "at least": "at_least",
    "no fewer than": "at_least",
    "no less than": "at_least",
    "not less than": "at_least",
    "a minimum of": "at_least",
    "at a minimum": "at_least",
    "more than": "more_than",
    "over": "more_than",
    "above": "more_than",
    "in excess of": "more_than",
    "upwards of": "more_than",
    "greater than": "more_than",
    "just over": "more_than",
    "well over": "more_than",
    "exceeding": "more_than",
    "around": "about",
    "about": "about",
    "nearly": "about",
    "almost": "about",
    "some": "about",
    "roughly": "about",
    "approximately": "about",
    "approx.": "about",
    "an estimated": "about",
    "estimated": "about",
    "close to": "about",
    "just under": "about",
    "circa": "about",
    "or so": "about",
    "as many as": "up_to",
    "up to": "up_to",
    "at most": "up_to",
    "no more than": "up_to",
    "fewer than": "up_to",
    "less than": "up_to",
    "under": "up_to",
    "as much as": "up_to",
    "as high as": "up_to",  # "the death toll could be as high as 100": a ceiling
    "just": "exact",
    "only": "exact",
    "exactly": "exact",
    "precisely": "exact",
}
_QUALIFIER_WORDS = sorted(QUALIFIERS, key=lambda q: -len(q))

_PERCENT = {"percent", "per cent", "%", "pct", "percentage points"}
_DIGITS = re.compile(r"^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_DIGITS_SCALE = re.compile(r"^(\d+(?:\.\d+)?)(k|m|mn|bn)$")
_RANGE_DASH = re.compile(r"^(.+?)\s*(?:-|–|—|to)\s*(.+)$")
_CURRENCY_SIGNS = {"$": "dollar", "€": "euro", "£": "pound", "¥": "yen", "₽": "ruble"}


def is_number_word(word: str) -> bool:
    """True for a word that can be part of a number phrase ("twelve", "million", "1,500")."""
    w = word.lower().strip(".,")
    return (
        w in UNITS
        or w in TENS
        or w in SCALES
        or w == "dozen"
        or bool(_DIGITS.match(w))
        or bool(_DIGITS_SCALE.match(w))
        or ("-" in w and all(p in UNITS or p in TENS for p in w.split("-")))
    )


def _words(text: str) -> list[str]:
    text = text.lower().replace("\u2019", "'").replace("\u00a0", " ")
    text = re.sub(r"[\"“”‘’]", " ", text)
    for sign in _CURRENCY_SIGNS:
        text = text.replace(sign, f" {sign} ")
    text = text.replace("%", " % ")
    # a thousands separator the scrape spaced out: "roughly 1, 000 others" is 1,000
    text = _SPACED_THOUSANDS.sub(r"\1,\2", text)
    return text.split()


_SPACED_THOUSANDS = re.compile(r"(?<![\d,.])(\d{1,3}), (\d{3})(?![\d,])")


def parse_number(text: str) -> float | None:
    """The value of a plain number phrase: "1,500", "1.5 million", "twenty-one", "a dozen".

    Returns None when the text is not a number (no qualifier, no vague amount here).
    """
    words = [w for w in _words(text) if w not in {"and", ","}]
    if not words:
        return None
    return _number(words)


def _number(words: list[str]) -> float | None:
    """The classic accumulator: units and tens add, "hundred" multiplies the current group,
    "thousand"/"million"/... close a group. Digits count as a group ("19 million")."""
    if words[0] in {"a", "an"} and len(words) > 1:
        words = ["one", *words[1:]]
    if len(words) == 2 and words[1] == "dozen":
        head = _number([words[0]])
        return None if head is None else head * 12
    total, current = 0.0, 0.0
    last = ""  # kind of the previous word: digits | unit | tens | hundred | scale
    for w in words:
        w = w.strip(",")
        if _DIGITS.match(w) or _DIGITS_SCALE.match(w):
            if last in {"digits", "unit", "tens"}:
                return None  # two bare numbers in a row: "5 6"
            if m := _DIGITS_SCALE.match(w):
                current += float(m.group(1)) * SCALE_ABBR[m.group(2)]
            else:
                current += float(w.replace(",", ""))
            last = "digits"
        elif w in TENS:
            if last in {"digits", "unit", "tens"}:
                return None
            current += TENS[w]
            last = "tens"
        elif w in UNITS or ("-" in w and all(p in UNITS or p in TENS for p in w.split("-"))):
            if last in {"digits", "unit"} or (last == "tens" and (w not in UNITS or UNITS[w] > 9)):
                return None
            current += sum(UNITS.get(p, TENS.get(p, 0)) for p in w.split("-"))
            last = "unit"
        elif w == "hundred":
            if last == "hundred" or (last and current % 1000 >= 100):
                return None
            current = (current or 1.0) * 100 if last else 100.0
            last = "hundred"
        elif w in SCALES:
            if last == "scale" and not current:
                return None
            total += (current if last else 1.0) * SCALES[w]
            current = 0.0
            last = "scale"
        else:
            return None
    if not last:
        return None
    return total + current


def _strip_qualifier(words: list[str]) -> tuple[str, list[str]]:
    joined = " ".join(words)
    for q in _QUALIFIER_WORDS:
        if joined == q:
            break
        if joined.startswith(q + " "):
            return QUALIFIERS[q], words[len(q.split()) :]
    return "exact", words


# A share written as a fraction ("two-thirds", "three quarters", "one third"): numerator
# word -> its value, denominator word -> its divisor. Without a numerator ("the third", "a
# quarter") the word is an ordinal or a period, no share.
FRACTION_NUMERATORS: dict[str, int] = {"one": 1, "two": 2, "three": 3}
FRACTION_DENOMINATORS: dict[str, int] = {
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
}


def _fraction(words: list[str]) -> float | None:
    """The percent a fraction names (two-thirds 66.7, three quarters 75), else None."""
    parts = [p for w in words for p in w.split("-") if p]
    if len(parts) != 2 or parts[0] not in FRACTION_NUMERATORS:
        return None
    num, den = FRACTION_NUMERATORS[parts[0]], FRACTION_DENOMINATORS.get(parts[1])
    if den is None or num >= den or (num > 1) != parts[1].endswith("s"):
        return None
    return round(100 * num / den, 1)


def _unit(words: list[str]) -> tuple[str | None, list[str]]:
    """Strip a percent sign/word or a currency sign from the phrase."""
    unit = None
    if words and words[0] in _CURRENCY_SIGNS:
        unit, words = _CURRENCY_SIGNS[words[0]], words[1:]
    joined = " ".join(words)
    for p in sorted(_PERCENT, key=len, reverse=True):
        if joined.endswith(" " + p) or (p == "%" and joined.endswith("%")):
            return "percent", joined[: -len(p)].split()
    return unit, words


def parse_quantity(text: str) -> Quantity | None:
    """Parse a number phrase with its qualifier, or return None if it holds no amount.

    >>> parse_quantity("at least 164")
    Quantity(value=164.0, low=None, high=None, qualifier='at_least', vague=False, unit=None)
    """
    words = _words(text)
    words = [w for w in words if w not in {",", "–", "—"}] if len(words) > 1 else words
    if not words:
        return None
    qualifier, words = _strip_qualifier(words)
    share = _fraction(words)
    if share is not None:  # "two-thirds of those deaths": a share, told in percent
        return Quantity(
            share, None, None, "about" if qualifier == "exact" else qualifier, False, "percent"
        )
    # "some 2,000 or so": a trailing "or so" also means about
    if words[-2:] == ["or", "so"]:
        words, qualifier = words[:-2], "about"
    if words and words[-1] == "of":
        words = words[:-1]
    unit, words = _unit(words)
    if not words:
        return None
    joined = " ".join(words)
    # vague amounts ("dozens", "tens of thousands", "several hundred")
    for phrase, (low, high) in sorted(VAGUE.items(), key=lambda kv: -len(kv[0])):
        if joined == phrase or joined == phrase + " of":
            return Quantity(None, float(low), float(high), "vague", True, unit)
    # ranges: "between 20 and 30", "from 20 to 30", "20-30", "20 to 30", "20 or 30"
    if words[0] in {"between", "from"}:
        words = words[1:]
        joined = " ".join(words)
    for sep in (" and ", " to ", " or "):
        if sep in f" {joined} ":
            left, _, right = joined.partition(sep.strip())
            lo, hi = parse_number(left.strip()), parse_number(right.strip())
            if lo is not None and hi is not None:
                lo, hi = _share_scale(left, right, lo, hi)
            if lo is not None and hi is not None and lo < hi:
                return Quantity(
                    None, lo, hi, "exact" if qualifier == "exact" else qualifier, False, unit
                )
    m = _RANGE_DASH.match(joined)
    if m and not _DIGITS.match(joined):
        lo, hi = parse_number(m.group(1)), parse_number(m.group(2))
        if lo is not None and hi is not None:
            lo, hi = _share_scale(m.group(1), m.group(2), lo, hi)
        if lo is not None and hi is not None and lo < hi:
            return Quantity(None, lo, hi, qualifier, False, unit)
    value = parse_number(joined)
    if value is None:
        return None
    if words[0] in {"a", "an"} and words[-1] == "dozen" and qualifier == "exact":
        qualifier = "about"  # "a dozen people" is a round number
    return Quantity(value, None, None, qualifier, False, unit)


def _share_scale(left: str, right: str, lo: float, hi: float) -> tuple[float, float]:
    """'20 to 30 million': the scale word of the right end applies to a bare left end."""
    right_scales = [SCALES[w] for w in right.lower().split() if w in SCALES and w != "hundred"]
    if right_scales and not any(w in SCALES for w in left.lower().split()):
        scaled = lo * right_scales[-1]
        if scaled <= hi:
            return scaled, hi
    return lo, hi
