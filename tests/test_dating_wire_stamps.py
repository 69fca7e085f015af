"""A wire stamp with a two-digit year ("17 January 12 01:10 GMT", as BBC pages open) is a
day of that year, read so by the time normaliser and by the time expressions component;
without its clock "12" stays a day of the month, as before."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.extract import context
from sitrep.extract.timenorm import normalise

MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()


@settings(max_examples=200, deadline=None)
@given(
    st.dates(dt.date(2000, 1, 1), dt.date(2049, 12, 31)),
    st.integers(0, 23),
    st.integers(0, 59),
    st.sampled_from(["GMT", "UTC", ""]),
)
def test_a_stamp_with_a_two_digit_year_reads_as_its_day(
    day: dt.date, hour: int, minute: int, zone: str
) -> None:
    stamp = (
        f"{day.day:02d} {MONTH_NAMES[day.month - 1]} {day.year % 100:02d} {hour:02d}:{minute:02d}"
    )
    found = normalise(f"{stamp} {zone}".strip(), dt.date(2030, 6, 1))
    assert found is not None and found.first == day and found.anchor == "absolute"


def test_without_its_clock_the_number_after_the_month_is_a_day() -> None:
    found = normalise("January 12", dt.date(2012, 1, 20))
    assert found is not None and found.first == dt.date(2012, 1, 12)


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from sitrep.extract.nlp import load_pipeline

    return load_pipeline(only=("sitrep_times_v1",))


def test_the_components_span_keeps_the_stamps_clock(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "17 January 12 01:10 GMT\nSyrian forces shelled Homs on Monday, activists said.\n"
    doc = nlp.make_doc(text)
    context.set_context(doc, "d", "2012-01-18")
    times = context.get(nlp(doc), "times")
    stamp = next(t for t in times if t.text.startswith("17 January"))
    assert stamp.text == "17 January 12 01:10 GMT" and stamp.value == "2012-01-17"
    assert text[stamp.start : stamp.end] == stamp.text
