"""Tests of the number-phrase parser (sitrep.extract.numbers)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.extract.numbers import QUALIFIERS, VAGUE, parse_number, parse_quantity

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def to_words(n: int, hyphen: bool = True, use_and: bool = False) -> str:
    """An independent English rendering of ``n`` (the oracle for the property tests)."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + (("-" if hyphen else " ") + _ONES[ones] if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = f"{_ONES[hundreds]} hundred"
        return head + ((" and " if use_and else " ") + to_words(rest, hyphen) if rest else "")
    for scale, name in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand")):
        if n >= scale:
            head, rest = divmod(n, scale)
            words = f"{to_words(head, hyphen, use_and)} {name}"
            return words + (" " + to_words(rest, hyphen, use_and) if rest else "")
    raise AssertionError(n)


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("at least 164", 164, "at_least"),
        ("more than 5,800", 5800, "more_than"),
        ("over 5,800", 5800, "more_than"),
        ("around 2,000", 2000, "about"),
        ("nearly 100 percent", 100, "about"),
        ("some 2,000", 2000, "about"),
        ("roughly 40", 40, "about"),
        ("as many as 40", 40, "up_to"),
        ("up to 300", 300, "up_to"),
        ("just 26", 26, "exact"),
        ("twelve", 12, "exact"),
        ("at least seventeen", 17, "at_least"),
        ("19 million", 19_000_000, "exact"),
        ("1.5 million", 1_500_000, "exact"),
        ("a dozen", 12, "about"),
        ("nearly two dozen", 24, "about"),
        ("one hundred and twenty", 120, "exact"),
        ("two thousand three hundred and five", 2305, "exact"),
        ("“dozens”", None, "vague"),
        ("2.5m", 2_500_000, "exact"),
        ("10%", 10, "exact"),
    ],
)
def test_examples(text: str, value: float | None, qualifier: str) -> None:
    q = parse_quantity(text)
    assert q is not None
    assert q.value == value
    assert q.qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("dozens", 24, 99),
        ("hundreds", 200, 999),
        ("thousands", 2000, 9999),
        ("tens of thousands", 20000, 99999),
        ("several", 3, 9),
        ("scores", 40, 99),
        ("numerous", 10, 999),
        ("a handful", 3, 5),
        ("several hundred", 300, 999),
    ],
)
def test_vague_amounts_follow_gold_ranges(text: str, low: float, high: float) -> None:
    q = parse_quantity(text)
    assert q is not None and q.vague and q.qualifier == "vague"
    assert (q.low, q.high) == (low, high) and q.value is None


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("between 20 and 30", 20, 30),
        ("20-30", 20, 30),
        ("20 to 30", 20, 30),
        ("from 1,000 to 1,500", 1000, 1500),
        ("20 to 30 million", 20e6, 30e6),
    ],
)
def test_ranges(text: str, low: float, high: float) -> None:
    q = parse_quantity(text)
    assert q is not None and (q.low, q.high) == (low, high) and q.value is None


@pytest.mark.parametrize("text", ["", "people", "five six", "first", "the", "4-years", "at least"])
def test_non_numbers(text: str) -> None:
    assert parse_quantity(text) is None


def test_units() -> None:
    q = parse_quantity("$ 27,000")
    assert q is not None and q.value == 27000 and q.unit == "dollar"
    q = parse_quantity("nearly 100 per cent")
    assert q is not None and q.unit == "percent" and q.qualifier == "about"


@given(st.integers(min_value=0, max_value=10**12))
def test_digits_with_commas_round_trip(n: int) -> None:
    assert parse_number(f"{n:,}") == n
    assert parse_number(str(n)) == n


@given(st.integers(min_value=0, max_value=999_999_999), st.booleans(), st.booleans())
@settings(max_examples=300)
def test_english_words_round_trip(n: int, hyphen: bool, use_and: bool) -> None:
    assert parse_number(to_words(n, hyphen, use_and)) == n


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["thousand", "million", "billion"]))
def test_digits_with_scale_word(n: int, scale: str) -> None:
    factor = {"thousand": 10**3, "million": 10**6, "billion": 10**9}[scale]
    assert parse_number(f"{n} {scale}") == n * factor


@given(st.integers(min_value=1, max_value=10**7), st.sampled_from(sorted(QUALIFIERS)))
def test_qualifier_is_kept(n: int, qualifier: str) -> None:
    q = parse_quantity(f"{qualifier} {n:,}")
    assert q is not None and q.value == n
    assert q.qualifier == QUALIFIERS[qualifier]


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=1, max_value=10**6))
def test_ranges_round_trip(low: int, gap: int) -> None:
    q = parse_quantity(f"between {low:,} and {low + gap:,}")
    assert q is not None and (q.low, q.high) == (low, low + gap)


@given(st.sampled_from(sorted(VAGUE)))
def test_every_vague_word_has_a_sane_range(word: str) -> None:
    q = parse_quantity(word)
    assert q is not None and q.vague and q.low is not None and q.high is not None
    assert 0 < q.low < q.high


@given(st.text(max_size=40))
def test_never_raises(text: str) -> None:
    parse_quantity(text)


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("two-thirds", 66.7, "about"),
        ("three quarters", 75.0, "about"),
        ("at least one third", 33.3, "at_least"),
    ],
)
def test_a_fraction_is_a_share_in_percent(text: str, value: float, qualifier: str) -> None:
    q = parse_quantity(text)
    assert q is not None and (q.value, q.qualifier, q.unit) == (value, qualifier, "percent")


@pytest.mark.parametrize("text", ["third", "a quarter", "two third", "three thirds"])
def test_no_fraction_without_a_numerator_below_its_denominator(text: str) -> None:
    q = parse_quantity(text)
    assert q is None or q.unit != "percent"
