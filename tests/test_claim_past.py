"""Figures of years past: a count set before its report's year is background."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sitrep.resolve.claim_past import past_count


def _past(sentence: str, figure: str, year: int) -> str | None:
    at = sentence.index(figure)
    return past_count(sentence, (at, at + len(figure)), year)


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("In a 2019 report, the commission counted 40 people killed in 2017 and 2018.", "40"),
        ("Eleven protesters died during the 2016 crackdown in the capital, in 2016.", "Eleven"),
        ("The army lost 300 soldiers throughout 2020.", "300"),
    ],
)
def test_a_count_set_in_years_before_the_report_is_background(sentence: str, figure: str) -> None:
    why = _past(sentence, figure, 2021)
    assert why is not None and "before its report's year (2021)" in why


@pytest.mark.parametrize(
    "sentence, figure",
    [
        # the news of the report's week, beside the past
        ("Five people were killed on Tuesday, the worst day since protests in 2019.", "Five"),
        # a running total since then stands now
        ("More than 2,000 people have been killed since 2019.", "2,000"),
        ("At least 212 people died in the worst unrest since the end of apartheid in 1994.", "212"),
        # a comparison with the past, a year naming a thing
        ("The rebels, backed by 4,000 troops, are stronger than in 2012.", "4,000"),
        ("Protests against the 2019 constitution killed 12 people.", "12"),
        # a year of the report's own
        ("The ministry counted 80 dead in 2021.", "80"),
        ("Thirty people died.", "Thirty"),
    ],
)
def test_a_count_of_the_crisis_is_not(sentence: str, figure: str) -> None:
    assert _past(sentence, figure, 2021) is None


@given(st.text(max_size=200), st.integers(1950, 2099))
def test_any_text_reads_without_error(text: str, year: int) -> None:
    sentence = "12 " + text
    assert past_count(sentence, (0, 2), year) is None or str(year) in past_count(
        sentence, (0, 2), year
    )
