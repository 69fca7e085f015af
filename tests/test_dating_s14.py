"""Publication dates of real-looking pages with no clean date line (session 14): stamp
formats, a date a plan names as its subject, the day a sudden happening struck named by its
weekday, a start weekday borne out by another text's date, and counts from "the conflict
began". Every text is invented, about crises that are not in the corpora."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from conftest import make_document
from sitrep.ingest.clean import segment_text
from sitrep.ingest.dating import corpus_onset
from sitrep.ingest.metadata import date_from_corpus, infer_published, stated_date, told_ago
from test_dating_neighbours import _corpus, _ingest


def _published(text: str, **kw) -> tuple[str | None, str, float | None]:
    return infer_published(text, segment_text(text), **kw)


# --- stamps ---------------------------------------------------------------------------------


def test_a_stamp_with_its_year_unspaced_after_the_comma_is_the_pages_date() -> None:
    text = (
        "Newsfeed\n\nFerry sinks off the cape\n\nMarch 07,2019 18:40\n\nA ferry sank on Thursday.\n"
    )
    assert stated_date(text, segment_text(text)) == dt.date(2019, 3, 7)


def test_a_clock_then_a_bar_then_the_date_is_the_pages_date() -> None:
    text = (
        "Ferry sinks off the cape\n\n09:15 AM | 8 Mar, 2019\n\n"
        "CAPE TOWN – A ferry carrying 80 passengers sank off the cape on Thursday, the coast "
        "guard said, and divers recovered 12 bodies from the wreck.\n"
    )
    assert stated_date(text, segment_text(text)) == dt.date(2019, 3, 8)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a byline, a dash, the date without its comma
        ("By Staff Reporter - March 9 2019", "2019-03-09"),
        # the page's chrome after a bullet
        ("Mar 9, 2019  •  2 hours ago  •  3 minute read", "2019-03-09"),
        # a revision's label run into the date
        ("March 9, 2019Updated: March 10, 2019", "2019-03-09"),
        # a section's label after the date
        ("March 9, 2019 Humanitarian Aid", "2019-03-09"),
        # the agency between slashes
        ("CAIRO, March 9. /Agency/. The ferry sank off the cape.", "2019-03-09"),
    ],
)
def test_a_date_line_in_the_pages_chrome_is_its_date(line: str, expected: str) -> None:
    text = (
        f"Ferry sinks off the cape\n\n{line}\n\n"
        "A ferry carrying 80 passengers sank off the cape on Friday, the coast guard said, "
        "and divers recovered 12 bodies from the wreck.\n"
    )
    found = stated_date(text, segment_text(text), period=dt.date(2019, 3, 10))
    assert found == dt.date.fromisoformat(expected)


def test_a_headline_after_a_date_is_no_section_label() -> None:
    text = (
        "Ferry sinks off the cape\n\nMarch 9, 2019 the ferry sank with 80 people aboard\n\n"
        "Divers recovered 12 bodies from the wreck on Friday, the coast guard said.\n"
    )
    assert stated_date(text, segment_text(text), period=dt.date(2019, 3, 10)) is None


# --- a plan's date ------------------------------------------------------------------------------


def test_a_date_a_plan_names_as_its_subject_is_not_the_reports() -> None:
    text = (
        "The governor said on Thursday that the ferry's crew had been detained. "
        "He said March 12 would be a day of mourning across the province.\n"
    )
    when, basis, _ = _published(text, period=dt.date(2019, 3, 8))
    assert when != "2019-03-13", basis


# --- the onset ----------------------------------------------------------------------------------


def test_the_weekday_a_sudden_happening_struck_is_the_onset() -> None:
    # "Thursday's blast" and "the Thursday explosion" in two texts: the last Thursday on or
    # before the earliest date a page states
    docs = [
        make_document("a", "Rescuers searched the rubble of Thursday's blast at the depot."),
        make_document("b", "Families buried victims of the Thursday explosion at the port."),
        make_document("c", " date 2019-03-09 Depot owner arrested\nThe owner was arrested."),
    ]
    assert corpus_onset(docs, dt.date(2019, 3, 9)) == dt.date(2019, 3, 7)


def test_a_day_another_text_writes_on_the_start_weekday_is_the_onset() -> None:
    # one text says the offensive was launched on a Monday; another writes a Monday in full
    docs = [
        make_document("a", "The army offensive, which was launched on Monday, reached the river."),
        make_document("b", "On 4 March 2019 the general ordered troops across the border."),
        make_document("c", "Aid agencies warned of hunger in the valley on March 12, 2019."),
    ]
    assert corpus_onset(docs, dt.date(2019, 3, 10)) == dt.date(2019, 3, 4)


def test_a_start_weekday_in_one_text_yields_to_a_day_more_texts_name() -> None:
    docs = [
        make_document("a", "Power cuts that began on Saturday night hit the capital."),
        make_document("b", "Voting took place on March 2, 2019, in calm."),
        make_document("c", "Soldiers seized the palace on March 6, 2019."),
        make_document("d", "The junta that took power on March 6 freed two ministers."),
    ]
    assert corpus_onset(docs, dt.date(2019, 3, 8)) != dt.date(2019, 3, 2)


# --- counts from the onset ------------------------------------------------------------------------


def test_weeks_after_the_conflict_began_count_from_the_onset() -> None:
    text = "Two weeks after the conflict began, the valley's markets are empty.\n"
    when, basis, _ = _published(text, period=dt.date(2019, 3, 10), onset=dt.date(2019, 3, 4))
    assert when == "2019-03-18", basis


def test_days_ago_after_a_launch_count_from_the_start() -> None:
    text = "The general launched the offensive nine days ago, after raids on two bases.\n"
    when, basis, _ = _published(text, period=dt.date(2019, 3, 10), onset=dt.date(2019, 3, 4))
    assert when == "2019-03-13", basis


# --- an editorial written the week after ------------------------------------------------


def test_an_editorial_telling_its_latest_date_as_last_week_is_a_week_later() -> None:
    text = (
        "Editorial: A party at war with the courts\n\n"
        "The party's campaign against the courts reached its end last week when its "
        "supporters burned the courthouse on March 4 and looted the governor's residence.\n\n"
        "Its leader has since denied any part in the violence.\n"
    )
    when, basis, _ = _published(text, period=dt.date(2019, 3, 8))
    assert when == "2019-03-11", basis
    # a report that is no editorial is of the day after its latest date
    report = text.replace("Editorial: A party", "Police detain 40 of a party")
    assert _published(report, period=dt.date(2019, 3, 8))[0] == "2019-03-05"


# --- a chronicle that goes on by weekday ------------------------------------------------


CHRONICLE = (
    "Incident summary\n"
    "On March 4, gunmen stormed a police post outside the port and killed six officers.\n"
    "On March 6, the army launched raids on two villages and detained 30 suspects.\n"
    "On Friday, a roadside bomb struck an army convoy on the coast road, the ministry said.\n"
    "On Sunday, rockets were fired at the port but fell into the sea, officials said.\n"
)


def test_a_chronicle_goes_on_by_weekday_after_its_dates() -> None:
    # 6 March 2019 is a Wednesday: Friday the 8th, Sunday the 10th, out the day after
    when, basis, _ = _published(CHRONICLE, period=dt.date(2019, 3, 8))
    assert when == "2019-03-11", basis


def test_dates_out_of_order_make_no_chronicle() -> None:
    text = CHRONICLE.replace("On March 4,", "On March 9,")
    when, _, _ = _published(text, period=dt.date(2019, 3, 8))
    assert when == "2019-03-10"  # the latest date, read as the day after


# --- a text written weeks after its neighbours' story ---------------------------------------


def test_a_text_opening_on_weeks_ago_is_placed_that_long_after_its_neighbours(
    tmp_path: Path,
) -> None:
    # the beaches' story (25 and 26 March), told "Two weeks ago," with no weekday
    text = (
        "Volunteers are still cleaning the coast. Two weeks ago, tar balls washed onto the "
        "beaches of Gull Spit and the Ferrow marshes, and volunteers filled sandbags along "
        "the dunes.\n"
    )
    with _ingest(tmp_path, _corpus({"later.txt": text})) as store:
        later = next(d for d in store.documents() if (d.source or "").endswith("later.txt"))
        assert later.published is not None, later.published_basis
        when = dt.date.fromisoformat(later.published)
        assert abs((when - dt.date(2019, 4, 8)).days) <= 1, later.published_basis
        assert "Two weeks ago" in (later.published_basis or "")


def test_a_weeks_ago_inside_a_sentence_moves_nothing() -> None:
    text = "The wells that failed three weeks ago, engineers said, were capped.\n"
    assert told_ago(text, segment_text(text)) is None
    opening = "Three weeks ago, the wells failed.\n"
    assert told_ago(opening, segment_text(opening)) == (21, "Three weeks ago")


# --- weekdays placed among the other reports' dates -----------------------------------------


def test_weekdays_are_placed_from_the_first_one_the_text_names() -> None:
    # Monday 11 March 2019 first, then Sunday the 10th, then the ouster "Wednesday" (the 6th);
    # the other reports give the 6th, the 10th, the 11th and Wednesday the 13th twice
    text = (
        "The new governor gave in to protesters early Monday, proposing early elections.\n"
        "The protests turned deadly Sunday, with two deaths in the hills.\n"
        "Many demanded the release of the governor who was ousted Wednesday by the assembly.\n"
    )
    corpus = {
        dt.date(2019, 3, 6): 1,
        dt.date(2019, 3, 10): 1,
        dt.date(2019, 3, 11): 1,
        dt.date(2019, 3, 13): 2,
    }
    when, basis = date_from_corpus(text, segment_text(text), corpus)
    assert when == "2019-03-11", basis


def test_a_weekday_something_began_on_is_no_first_weekday_of_the_report() -> None:
    # "began on Saturday" names the start, not the day of writing: the report is placed by
    # its Monday and Tuesday
    text = (
        "The strike began on Saturday at the docks. By Monday it had reached the rail "
        "yards, and on Tuesday the union rejected the offer.\n"
    )
    corpus = {dt.date(2019, 3, 9): 1, dt.date(2019, 3, 11): 1, dt.date(2019, 3, 12): 1}
    when, basis = date_from_corpus(text, segment_text(text), corpus)
    assert when == "2019-03-12", basis
