"""Publication dates (session 17): counts from the onset in hours, the onset told as
yesterday's or today's. Every text is invented, about crises that are not in the corpora."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.ingest.clean import segment_text
from sitrep.ingest.metadata import infer_published

PERIOD = dt.date(2016, 5, 12)
ONSET = dt.date(2016, 5, 10)  # the day of the blast


def _published(text: str, **kw) -> tuple[str | None, str, float | None]:
    return infer_published(text, segment_text(text), **kw)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Rescue teams reached the quarry 48 hours after the explosion.", "2016-05-12"),
        ("The governor spoke just seventy-two hours after the blast.", "2016-05-13"),
        ("Divers found the last miner 24 hours after the blast, officials said.", "2016-05-11"),
        ("The quarry was sealed by police nearly 48 hours after the explosion.", "2016-05-11"),
    ],
)
def test_hours_after_what_set_the_crisis_off_count_whole_days(sentence: str, day: str) -> None:
    when, basis, _ = _published(sentence + "\n", period=PERIOD, onset=ONSET)
    assert when == day, basis
    assert "hours after the" in basis


def test_the_latest_of_several_counts_from_the_onset_is_the_reports() -> None:
    text = (
        "A ban on the explosives was floated by the mayor one day after the blast.\n"
        "The council agreed to it only 72 hours after the explosion, she said.\n"
    )
    when, basis, _ = _published(text, period=PERIOD, onset=ONSET)
    assert when == "2016-05-13" and "72 hours after" in basis


def test_hours_ago_count_from_a_start() -> None:
    text = "The blaze, which began at the quarry 48 hours ago, is still burning.\n"
    when, _, _ = _published(text, period=PERIOD, onset=ONSET)
    assert when == "2016-05-12"
    # a few hours ago is the report's own day
    text = "The quarry blast just three hours ago shook the town.\n"
    assert _published(text, period=PERIOD, onset=ONSET)[0] == "2016-05-10"


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Mourners gathered at the gates after yesterday's deadly explosion.", "2016-05-11"),
        (
            "The town has mourned since yesterday, when a blast tore through the quarry.",
            "2016-05-11",
        ),
        ("The explosion that struck the quarry yesterday killed nine workers.", "2016-05-11"),
        ("The union condemned last night's blast at the quarry.", "2016-05-11"),
        # the onset told as the day the text is written
        ("The governor condemned today's blast and promised an inquiry.", "2016-05-10"),
        ("The explosion that hit the quarry this morning killed nine workers.", "2016-05-10"),
    ],
)
def test_a_sudden_onset_told_by_the_texts_day_counts_from_it(sentence: str, day: str) -> None:
    when, basis, _ = _published(sentence + "\n", period=PERIOD, onset=ONSET)
    assert when == day, basis
    assert _published(sentence + "\n", period=PERIOD)[0] is None  # no onset, no date


def test_yesterdays_protests_recur_and_name_no_onset() -> None:
    text = "Police cleared the square after yesterday's protests.\n"
    assert _published(text, period=PERIOD, onset=ONSET)[0] is None


def test_a_lead_counting_hours_after_the_news_counts_whole_days() -> None:
    # the writer's distance told in hours, in a lead whose main clause is in the present
    text = (
        "Analysis: the town after the quarry blast\n\n"
        "The quarry owners shut the site on May 10, after the blast killed nine workers.\n\n"
        "Seventy-two hours later, the town is burying its dead and the owners are in talks "
        "with the union.\n"
    )
    when, basis, _ = _published(text, period=PERIOD)
    assert when == "2016-05-13", basis
    assert "Seventy-two hours later" in basis
