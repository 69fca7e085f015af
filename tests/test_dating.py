"""Publication dates across a corpus (ingest.dating and the date rules in ingest.metadata),
through real stores and the real spaCy model. Every text is invented, about crises that are
not in the example corpora."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import make_document
from sitrep import pipeline
from sitrep.cli import main
from sitrep.ingest.clean import segment_text
from sitrep.ingest.dating import corpus_onset, corpus_period
from sitrep.ingest.metadata import _head_stamp, infer_published, stamped_dates
from sitrep.records import Segment
from sitrep.store import Store


def _published(text: str, **kw) -> tuple[str | None, str, float | None]:
    return infer_published(text, segment_text(text), **kw)


def _ingest(tmp_path: Path, files: dict[str, str], db: str = "s.db", **kw) -> Store:
    folder = tmp_path / f"in-{len(list(tmp_path.iterdir()))}"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    store = Store(tmp_path / db)
    pipeline.ingest(store, [folder], **kw)
    return store


# --- dates a page states --------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (" date 2021-03-14 Troops fire on marchers in the capital", "2021-03-14"),
        ("Published: 2019-10-02T08:15:00Z", "2019-10-02"),
        ("10/31/2019 4:12:09 PM", "2019-10-31"),
        ("31.10.2019 16:12", "2019-10-31"),
        ("Jane Roe Published March 3, 2021 | 09:42 PM", "2021-03-03"),
        ("QUITO (Andes News / Agency - 9th October, 2019)", "2019-10-09"),
        # a dateline run into the story with a dash, the agency without the city
        ("LA PAZ, 12 November 2019- The interim president said", "2019-11-12"),
        ("November 12, 2019 (ABN) - The interim president said", "2019-11-12"),
    ],
)
def test_a_stated_date_on_a_line_near_the_top(line: str, expected: str) -> None:
    text = f"{line}\nThousands marched through the city centre on Tuesday, witnesses said.\n"
    when, basis, confidence = _published(text)
    assert when == expected and basis.startswith("dateline") and confidence >= 0.9


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # a wire dateline run into the headline and standfirst on one scraped line
        (
            "Port strike spreads * Dockers join (Adds union comment) VALPARAISO, Oct 7 "
            "(Reuters) - Dock workers walked out",
            "2019-10-07",
        ),
        ("Strike spreads to the ports Monday 7 October 2019 16.36 BST Dock workers", "2019-10-07"),
        ("Page last updated at 09:14 GMT, Monday, 7 October 2019 Dock workers", "2019-10-07"),
        ("By Ana Ruiz, reporterOctober 7, 2019: 5:46 AM ET Dock workers", "2019-10-07"),
        ("Ana Ruiz | 15:13 UK time, Monday, 7 October 2019 Dock workers", "2019-10-07"),
        ("2019 10 07 07:14 JST VALPARAISO (Reuters) - Dock workers", "2019-10-07"),
        ("7 October 2019 Last updated at 04:46 GMT Dock workers", "2019-10-07"),
        ("07 October 19 07:00 GMT Dock workers", "2019-10-07"),
        ("Monday, October 7, 2019; 8:49 PM VALPARAISO - Dock workers", "2019-10-07"),
        # the city's country after it, in several words
        ("VALPARAISO, Republic of Chile, Oct 7 (Reuters) - Dock workers", "2019-10-07"),
        ("GOMA, Democratic Republic of the Congo, Oct 7 (Reuters) - Dock workers", "2019-10-07"),
    ],
)
def test_a_dateline_or_time_stamp_run_into_the_head(head: str, expected: str) -> None:
    text = f"{head} walked out on Friday, union leaders said, as the strike spread to the north.\n"
    when, basis, confidence = _published(text, period=dt.date(2019, 10, 1))
    assert when == expected and basis.startswith("dateline") and confidence >= 0.9


def test_a_date_in_running_prose_is_no_run_in_dateline() -> None:
    text = (
        "Dock workers said the union, which met on October 2 (a Wednesday) - and again "
        "later - would strike. Thousands walked out on October 5, union leaders said.\n"
    )
    when, basis, _ = _published(text, period=dt.date(2019, 10, 1))
    # the day after the latest happening (metadata.NEWS_LAG)
    assert when == "2019-10-06" and not basis.startswith("dateline")


_CITY = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=3, max_size=12)


@given(
    st.dates(dt.date(1990, 1, 1), dt.date(2025, 12, 31)),
    _CITY,
    st.sampled_from(["Reuters", "AFP", "AP", "Xinhua", "dpa"]),
    st.text(alphabet="abcdefgh *()-,.", max_size=60),
)
@settings(max_examples=150, deadline=None)
def test_any_run_in_wire_dateline_gives_its_date(
    day: dt.date, city: str, agency: str, before: str
) -> None:
    month = day.strftime("%b")
    head = f"Headline {before} {city}, {month} {day.day}, {day.year} ({agency}) - Police said"
    found = _head_stamp(head, None)
    assert found is not None and found[0] == day.isoformat()


@given(st.text(max_size=200))
@settings(max_examples=200, deadline=None)
def test_any_head_dates_or_not_without_crashing(head: str) -> None:
    found = _head_stamp(head, dt.date(2019, 10, 1))
    assert found is None or found[1].startswith("dateline")


def test_an_impossible_numeric_date_is_no_date() -> None:
    text = "31/06/2019 10:00\nThousands marched through the city centre, witnesses said.\n"
    assert _published(text)[0] is None


@given(st.text(alphabet="0123456789/.-: date", max_size=30))
@settings(max_examples=200, deadline=None)
def test_any_digit_line_dates_or_not_without_crashing(line: str) -> None:
    when, basis, _ = infer_published(line + "\nPolice fired tear gas.\n", ())
    assert basis
    if when is not None:
        assert dt.date(1900, 1, 1) <= dt.date.fromisoformat(when) <= dt.date.today()


def test_a_background_since_date_is_not_the_reports_date() -> None:
    text = (
        "More than 400 people have been detained since October 3, the ministry said.\n"
        "Riot police cleared the square again overnight.\n"
    )
    when, basis, _ = _published(text, period=dt.date(2019, 10, 15))
    assert when is None and "only dates are starts" in basis


def test_the_nth_day_counts_from_the_onset() -> None:
    text = "Protesters blocked the main roads for a fifth day as the strike spread to the ports.\n"
    when, basis, _ = _published(text, period=dt.date(2019, 10, 10), onset=dt.date(2019, 10, 3))
    assert when == "2019-10-07" and "fifth day" in basis


def test_a_weeks_ago_since_the_onset_counts_from_the_corpus_onset() -> None:
    text = (
        "Since the outbreak of fighting just over a week ago, every truce has collapsed.\n"
        "Foreign nationals are being flown out of the capital.\n"
    )
    when, basis, _ = _published(text, period=dt.date(2019, 10, 10), onset=dt.date(2019, 10, 3))
    assert when == "2019-10-11" and "over a week ago" in basis  # more than 7 days: 8
    # without the corpus's onset the text has no date
    assert _published(text, period=dt.date(2019, 10, 10))[0] is None


def test_a_count_of_days_kept_by_the_press_counts_from_the_onset() -> None:
    text = "On Day 100 of the spill, engineers said the new cap was holding.\n"
    when, basis, _ = _published(text, period=dt.date(2019, 6, 1), onset=dt.date(2019, 4, 20))
    assert when == "2019-07-28" and "Day 100" in basis


def test_the_length_of_a_movement_counts_from_the_start_the_text_gives() -> None:
    text = (
        "The toll has passed 300 since 9 March, when police shot a student in the port city.\n"
        "The general promised a trial of every killing in the three-week movement.\n"
    )
    when, basis, _ = _published(text, period=dt.date(2019, 3, 20))
    assert when == "2019-03-30" and "three-week movement" in basis


@pytest.mark.parametrize(
    "sentence",
    [
        "Schools in the capital were ordered closed until May 28.",
        "The company was ordered to hand over its logs by May 28.",
        "The opposition called for a boycott of the May 28 referendum.",
        "The council said it would hold an emergency meeting on May 28.",
        "The benefit concert takes place at the national stadium on May 28.",
        "The former minister is due to be sentenced on May 28.",
        "Everyone knows those proceedings commence May 28th, and the court is ready.",
        "Troops blocked the nearby May 28 bridge with armoured cars.",
        "The charter was sealed at Runnymede on 28 May 1215.",
    ],
)
def test_a_date_bounding_a_plan_or_naming_an_event_is_not_the_reports(sentence: str) -> None:
    text = f"Officials met on May 12 to discuss the outbreak.\n{sentence}\n"
    when, basis, _ = _published(text, period=dt.date(2019, 5, 15))
    assert when == "2019-05-13", basis  # the day after the latest happening (metadata.NEWS_LAG)


def test_days_after_what_set_the_crisis_off_count_from_the_onset() -> None:
    text = "A strong aftershock rocked the island, eight days after the earthquake.\n"
    when, basis, _ = _published(text, period=dt.date(2018, 9, 5), onset=dt.date(2018, 8, 29))
    assert when == "2018-09-06" and "eight days after the earthquake" in basis
    nearly = "Aid reached the villages nearly three weeks after the deadly quake.\n"
    assert _published(nearly, period=dt.date(2018, 9, 5), onset=dt.date(2018, 8, 29))[0] == (
        "2018-09-18"
    )
    # a count from some other happening is no count from the onset
    other = "Two days after the vote, the clerics met again.\n"
    assert _published(other, period=dt.date(2018, 9, 5), onset=dt.date(2018, 8, 29))[0] is None


def test_a_column_saying_how_long_it_has_been_counts_from_the_onset() -> None:
    text = "It has now been two weeks and the soldiers still hold the radio station.\n"
    when, basis, _ = _published(text, period=dt.date(2020, 3, 10), onset=dt.date(2020, 3, 2))
    assert when == "2020-03-16" and "been two weeks" in basis
    # how long it is since something else happened is no count from the onset
    other = "It's been nine days since the minister last spoke in public.\n"
    assert _published(other, period=dt.date(2020, 3, 10), onset=dt.date(2020, 3, 2))[0] is None


def test_last_weeks_earthquake_is_the_week_after_the_onset() -> None:
    text = "Aid is slowly reaching the survivors of last week's earthquake.\n"
    when, basis, _ = _published(text, period=dt.date(2018, 9, 5), onset=dt.date(2018, 8, 29))
    assert when == "2018-09-05" and "last week's earthquake" in basis
    assert _published(text, period=dt.date(2018, 9, 5))[0] is None  # no onset, no date


def test_the_day_most_texts_name_is_the_onset_when_none_says_when_it_began() -> None:
    quake = "The earthquake struck the coast on August 29, flattening the old town.\n"
    docs = [
        make_document(f"d{n}", quake + f"Rescuers pulled {n + 2} people from the rubble.\n")
        for n in range(3)
    ]
    docs.append(make_document("d9", " date 2018-09-02 Schools reopen\nSchools reopened.\n"))
    period = corpus_period(docs).date
    assert corpus_onset(docs, period) == dt.date(2018, 8, 29)
    # two texts are not enough to make a landmark
    assert corpus_onset(docs[1:], period) is None


def test_weekdays_alone_are_read_in_the_crisis_first_week() -> None:
    text = "Soldiers fired on a crowd of mourners on Saturday, a rights group said.\n"
    when, _, confidence = _published(text, period=dt.date(2019, 10, 10), onset=dt.date(2019, 10, 3))
    assert when == "2019-10-05" and confidence < 0.5  # the first Saturday after Thursday 3rd


def test_a_caption_dated_after_the_reported_days_dates_the_report() -> None:
    caption = "A man is arrested at a mall in Soweto, Tuesday July 13, 2021. © 2021 Photo/AP\n\n"
    body = (
        "The riots were triggered by his imprisonment on July 7, 2021, the group said. "
        "The president, in a nationwide address on July 12, called for calm.\n"
    )
    when, basis, _ = _published(caption + body, period=dt.date(2021, 7, 15))
    assert when == "2021-07-13" and "caption" in basis


# --- the corpus period and onset ----------------------------------------------------------


def test_the_period_is_agreement_not_one_date() -> None:
    docs = [
        make_document("a", "Police fired on marchers on October 4, 2019 in the capital."),
        make_document("b", "Talks collapsed on October 7, 2019, officials said."),
        make_document("c", "The unrest recalled the September 11, 2001 attacks, he said."),
    ]
    assert corpus_period(docs).date.year == 2019


def test_reader_comments_never_set_the_year() -> None:
    body = "The protests began on Sunday, March 3, and spread to the ports on Tuesday."
    comment = "\nMarch 6th 2011 comes to mind. Reply"
    text = body + comment
    doc = make_document(
        "a",
        text,
        segments=(Segment(0, len(body), "body"), Segment(len(body), len(text), "comments")),
    )
    other = make_document("b", "The strike began on March 3 and the army was deployed in 2021.")
    period = corpus_period([doc, other])
    # no text writes a full date: 2024 is the year since 2021 in which 3 March is a Sunday
    assert period.date.year == 2024 and not period.guess


def test_a_corpus_that_writes_no_year_is_flagged_as_a_guess() -> None:
    period = corpus_period(
        [make_document("a", "Police fired tear gas on March 3, witnesses said.")]
    )
    assert period.guess and period.date <= dt.date.today()


def test_a_yearless_corpus_takes_the_year_its_weekdays_fit_after_the_years_it_recalls() -> None:
    # an invented strike: no text writes its own year; "since 2017" bounds it from below,
    # the 2025 vote a clause looks ahead to does not; 14 June and 17 June fall on the
    # Tuesday and Friday the same texts name in 2022 (and again in 2033, after today)
    docs = [
        make_document(
            "a",
            "Dockworkers walked out on Tuesday, the union said. The port, run by the same "
            "firm since 2017, was shut on June 14 as pickets blocked the gates.",
        ),
        make_document(
            "b",
            "Talks collapsed on Friday. Ministers met the union on June 17 and said "
            "elections would be held in 2025 as planned.",
        ),
    ]
    period = corpus_period(docs)
    assert period.date.year == 2022 and period.guess
    assert (
        "since 2017, the earliest" in period.basis and "weekday the same text names" in period.basis
    )


def test_a_year_that_opens_a_span_cut_by_the_excerpt_bounds_the_year_after_it() -> None:
    # "between 2016 an": the span ends after 2016, so 2016 itself (when 5 May was also a
    # Thursday, as in 2022) is no candidate; the next year the named Thursday fits is 2022
    docs = [
        make_document("a", "The mill closed on Thursday, May 5, after the strike."),
        make_document("b", "The region received grants between 2016 an"),
    ]
    period = corpus_period(docs)
    assert period.date.year == 2022 and not period.guess


def test_the_onset_is_the_start_most_texts_give() -> None:
    period = dt.date(2019, 10, 20)
    docs = [
        make_document("a", "Protests that began on October 3 have left 20 dead."),
        make_document("b", "At least 400 people have been detained since October 3."),
        make_document("c", "A curfew in force since October 12 was lifted."),
    ]
    assert corpus_onset(docs, period) == dt.date(2019, 10, 3)


def test_the_weekday_a_crisis_began_counts_back_from_a_stated_date() -> None:
    # "killed since Friday" and "Initial violent protests on Friday" agree on a Friday; the
    # page that states its date (Thursday 15 July) places it, not the date a text writes
    # in full for what set the crisis off (Wednesday 7 July, a week too early)
    docs = [
        make_document("a", "So far 26 people have been killed since Friday in the province."),
        make_document("b", "Initial violent protests on Friday morning blocked roads."),
        make_document("c", "The riots were triggered by his imprisonment on July 7, 2021."),
        make_document("d", "15 July 2021 - 06:00 By Staff\nShops reopened on Thursday."),
    ]
    assert corpus_onset(docs, dt.date(2021, 7, 15)) == dt.date(2021, 7, 9)


# --- through the store --------------------------------------------------------------------


ECUADOR = {
    "a.txt": " date 2019-10-09 Curfew imposed as protests enter second week\n"
    "The government imposed a curfew on Tuesday after protests that began on October 3 "
    "left five people dead, officials said.\n",
    "b.txt": "QUITO, Oct 10 (Wire) - Thousands of indigenous marchers filled the capital on "
    "Thursday, a week after fuel protests began on October 3.\n",
    "c.txt": "Marchers clashed with police for a sixth day on Tuesday.\n"
    "The unrest began on October 3 when fuel subsidies were scrapped.\n",
}


def test_a_run_dates_every_text_from_the_corpus(tmp_path: Path) -> None:
    with _ingest(tmp_path, ECUADOR) as store:
        dates = {d.id: d.published for d in store.documents()}
        assert dates == {"a": "2019-10-09", "b": "2019-10-10", "c": "2019-10-08"}
        assert store.meta(
            "period",
        ) is not None and store.meta("period").startswith("2019-10")
        assert all(d.published_confidence for d in store.documents())


def test_a_later_ingest_reuses_the_store_period(tmp_path: Path) -> None:
    with _ingest(tmp_path, ECUADOR):
        pass
    late = {"d.txt": "QUITO, Oct 14 (Wire) - Leaders agreed to restore the fuel subsidy.\n"}
    with _ingest(tmp_path, late) as store:
        assert store.document("d").published == "2019-10-14"  # not this year's October 14


def test_a_users_period_is_kept_for_later_runs(tmp_path: Path) -> None:
    text = {"a.txt": "Police fired tear gas on March 3 as the strike spread, witnesses said.\n"}
    with _ingest(tmp_path, text, period=dt.date(2016, 3, 1)) as store:
        # the day after the latest happening (metadata.NEWS_LAG)
        assert store.document("a").published == "2016-03-04"
    more = {"b.txt": "The strike ended on March 9 after talks, unions said.\n"}
    with _ingest(tmp_path, more) as store:
        assert store.document("b").published == "2016-03-10"


def test_a_copy_takes_its_originals_stated_date(tmp_path: Path) -> None:
    story = (
        "Police detained 48 people overnight Friday after a rally in the capital, the "
        "interior ministry said in a statement on Saturday. Thousands have protested for "
        "more than a week against the suspension of talks, and riot police used water "
        "cannon and tear gas against crowds outside parliament late into the night."
    )
    files = {
        "orig.txt": f" date 2019-12-07 {story}\n",
        "copy.txt": f"Rally ends in arrests\n{story}\n",
    }
    with _ingest(tmp_path, files) as store:
        copy = store.document("copy")
        assert copy.published == "2019-12-07" and "copy of orig" in copy.published_basis


def test_an_interrupted_ingest_is_settled_by_the_next_run(tmp_path: Path) -> None:
    """A run killed after storing its texts but before grouping and dating them leaves the
    derived state stale; the next run, even with nothing new to read, rebuilds it."""
    with _ingest(tmp_path, ECUADOR) as store:
        pass
    with Store(tmp_path / "s.db") as store:  # as a killed run leaves it: a text, no dating
        text = "QUITO, Oct 11 (Wire) - Troops patrolled the capital on Friday.\n"
        store.add_document(make_document("e", text, segments=tuple(segment_text(text))))
        assert store.document("e").published is None
        pipeline.ingest(store, [])
        assert store.document("e").published == "2019-10-11"


def test_run_says_when_the_year_is_a_guess(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(
        "Police fired tear gas on March 3 as the strike spread, witnesses said.\n"
    )
    result = CliRunner().invoke(
        main, ["ingest", str(tmp_path / "docs"), "--db", str(tmp_path / "x.db")]
    )
    assert result.exit_code == 0, result.output
    assert "--period" in result.stderr and "guess" in result.stderr


def test_two_contradictory_datelines_the_first_wins_and_says_so() -> None:
    text = (
        "Published: 2019-10-09 08:00\n"
        "Updated: 2019-10-11 17:30\n"
        "Police fired tear gas at marchers in the capital on Tuesday, witnesses said.\n"
    )
    when, basis, confidence = _published(text)
    assert when == "2019-10-09" and "2019-10-09" in basis and confidence >= 0.9


def test_a_corpus_over_several_years_dates_each_text_in_its_own_year(tmp_path: Path) -> None:
    files = {
        "a.txt": "Troops fired on protesters on March 18, 2011 in Deraa, activists said.\n",
        "b.txt": "Rebels shelled the city on July 19, 2012 as fighting spread, witnesses said.\n",
        "c.txt": "Inspectors arrived on Sept. 16, 2013 to examine the sites, officials said.\n",
        "d.txt": "Government forces retook the town on July 21, the army said on Saturday.\n",
    }
    with _ingest(tmp_path, files) as store:
        dates = {d.id: d.published for d in store.documents()}
        # each the day after its latest happening (metadata.NEWS_LAG)
        assert dates["a"] == "2011-03-19" and dates["b"] == "2012-07-20"
        assert dates["c"] == "2013-09-17"
        assert dates["d"].startswith("2012-07")  # a yearless date read in the corpus's middle


def test_a_text_sharing_a_distinctive_tally_with_dated_reports_takes_their_day(
    tmp_path: Path,
) -> None:
    files = {
        "a.txt": " date 2019-10-12 Ministry says 1,356 detained\nThe interior ministry said "
        "1,356 people had been detained and 435 police officers injured since the protests "
        "began, in its first full tally.\n",
        "b.txt": "Rights groups dispute the official figures\nThe ministry's count of 1,356 "
        "detained leaves out people held in provincial police stations, lawyers said.\n",
        "c.txt": "Unions call off the strike\nUnion leaders said 300 members would return to "
        "work after the government agreed to talks.\n",
    }
    with _ingest(tmp_path, files) as store:
        b, c = store.document("b"), store.document("c")
        assert b.published == "2019-10-12" and "1356" in b.published_basis
        assert c.published is None  # a round 300 identifies nothing


def _totals(first: str, second: str, start: str) -> dict[str, str]:
    """Two dated reports of a growing total since ``start`` and an undated larger one."""
    return {
        "a.txt": f" date {first} Ministry: 180 detained\nThe interior ministry said 180 "
        f"people had been arrested since the protests began on {start}.\n",
        "b.txt": f" date {second} Curfew extended\nThe ministry said more than 300 people "
        f"had been detained since {start}, and extended the curfew.\n",
        "c.txt": "Police clear the square\nMore than 450 protesters have been detained since "
        f"{start}, the ministry said.\nPolice moved in before dawn on Monday, a witness "
        "said.\n",
    }


def test_a_larger_running_total_places_a_weekday_text_after_the_smaller(tmp_path: Path) -> None:
    with _ingest(tmp_path, _totals("2019-10-05", "2019-10-11", "October 1")) as store:
        c = store.document("c")
        # after the 11th (300 < 450), on the first Monday from then
        assert c.published == "2019-10-14", c.published_basis
        assert "running totals grow" in c.published_basis and c.published_confidence < 0.5


def test_a_larger_total_a_day_after_a_report_is_of_the_same_news_cycle(tmp_path: Path) -> None:
    # the weekday text would fall on Monday 7th by its own reading; a report of Tuesday
    # 8th gives a smaller total: a toll a day apart is one news cycle's, so it stays
    # rather than moving to the next Monday, a week on
    files = {
        "a.txt": " date 2019-10-08 Toll rises\nSo far 26 people have been killed since "
        "Thursday in the north, officials said.\n",
        "b.txt": "Death toll rises to 32\nThe death toll has risen to 32, the premier told "
        "reporters on Monday morning.\nThe unrest erupted on Thursday.\n",
        "c.txt": " date 2019-10-10 Calm returns\nThe violence erupted on Thursday, police said.\n",
    }
    with _ingest(tmp_path, files) as store:
        b = store.document("b")
        assert b.published == "2019-10-07", b.published_basis
        assert "running totals grow" not in b.published_basis


def test_running_totals_place_no_text_in_a_corpus_of_months(tmp_path: Path) -> None:
    with _ingest(tmp_path, _totals("2019-03-05", "2019-07-11", "March 1")) as store:
        # over four months a larger total may be of another scope: no date from it
        assert "running totals grow" not in (store.document("c").published_basis or "")


def test_a_day_count_is_no_running_total() -> None:
    from sitrep.ingest.tallies import running_totals

    assert running_totals("Police detained 48 people overnight on Friday.") == {}
    assert running_totals("The next day brought 100 more deaths, taking the toll up.") == {}
    found = running_totals("The death toll has risen to 1,350, with 4,000 wounded so far.")
    assert found["killed"].value == 1350 and found["injured"].value == 4000


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789 ,.killedsinctotawounr", max_size=120))
def test_running_totals_never_crash_and_count_ten_or_more(text: str) -> None:
    from sitrep.ingest.tallies import running_totals

    assert all(t.value >= 10 for t in running_totals(text).values())


def test_a_date_the_reader_supplies_costs_no_inference(tmp_path: Path, monkeypatch) -> None:
    """Issue 15: ingest must not infer a date that a JSONL field already gives (it would be
    thrown away): the model that reads dates is never loaded for such a corpus."""
    from sitrep.ingest import metadata

    def no_model() -> None:
        raise AssertionError("the date model was loaded for texts that carry their dates")

    monkeypatch.setattr(metadata.model, "_nlp", no_model)
    rows = [
        {
            "id": f"r{n}",
            "date": f"2019-10-0{n}",
            "text": f"Protesters marched on Tuesday, "
            f"October {n}, as police detained {100 + n} people.\nTalks begin on October 9.",
        }
        for n in range(1, 4)
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        pipeline.ingest(store, [path])
        docs = store.documents()
        assert [d.published for d in docs] == ["2019-10-01", "2019-10-02", "2019-10-03"]
        assert not any(d.published_inferred for d in docs)


def _body_then_other(body: str, other: str) -> tuple[str, tuple[Segment, ...]]:
    """A long text whose last line is page text the cleaner did not keep as body."""
    body += "Dock workers gathered at the gates as the union met.\n" * 14
    text = body + other
    return text, (Segment(0, len(body), "body"), Segment(len(body), len(text), "boilerplate"))


@pytest.mark.parametrize(
    ("other", "expected", "how"),
    [
        # a time stamp (Sunday 3 March): the Friday on or before it, not the Friday after
        ("March 3, 2019 at 11:27 pm | Report abuse | Reply\n", "2019-03-01", "on or before"),
        # a caption's date (Thursday 7 March) still bounds the report from below
        ("Dock workers march in Valparaiso, March 7, 2019. Photo: Agency\n", "2019-03-08", "after"),
    ],
)
def test_weekdays_fall_before_a_page_stamp_and_after_a_caption(
    other: str, expected: str, how: str
) -> None:
    text, segments = _body_then_other(
        "Port strike spreads north\n"
        "Thousands of dock workers walked out on Friday, union leaders said.\n",
        other,
    )
    when, basis, _ = infer_published(text, segments)
    assert when == expected and how in basis


def test_what_set_the_crisis_off_some_days_ago_counts_from_the_onset() -> None:
    text = "Rescuers have pulled 132 people alive since the earthquake 11 days ago.\n"
    when, basis, _ = _published(text, period=dt.date(2019, 3, 15), onset=dt.date(2019, 3, 2))
    assert when == "2019-03-13" and "11 days ago" in basis


def test_a_date_before_a_start_verb_is_the_reports_own() -> None:
    text = (
        "A summary of events Thursday, July 11, day 82 of the oil spill that began with the "
        "April 21 blowout.\n"
    )
    when, basis, _ = _published(text, period=dt.date(2019, 7, 1))
    assert when == "2019-07-12", basis  # the day after the latest happening (metadata.NEWS_LAG)


def test_a_turn_told_as_last_week_is_the_week_after_the_onset() -> None:
    text = (
        "The calm shattered last week when the new premier announced a halt to the talks.\n"
        "Since then the protests have grown every night.\n"
    )
    when, basis, _ = _published(text, period=dt.date(2019, 3, 10), onset=dt.date(2019, 3, 2))
    assert when == "2019-03-09" and "last week when" in basis
    # without the corpus's onset the text has no date
    assert _published(text, period=dt.date(2019, 3, 10))[0] is None


# --- reader comments -------------------------------------------------------------------

_COMMENTED_PAGE = """Protesters fill the square as the curfew begins

Thousands of protesters filled the central square as the curfew began, defying the army.
Troops fired tear gas at the crowd near the ministry, witnesses said.
The opposition leader called on supporters to stay in the streets until the president resigns.

Comments

sam123
{second} at 8:02 am | Report abuse | Reply
This is history in the making.

freedomnow
{first} at 12:26 pm | Reply
I hope they stay safe out there.
"""


def test_an_undated_page_is_dated_by_its_first_reader_comment(tmp_path: Path) -> None:
    page = _COMMENTED_PAGE.format(first="January 31, 2011", second="February 1, 2011")
    wire = "CAIRO, Jan 30, 2011 (Reuters) - Protesters defied a curfew on Sunday.\n"
    store = _ingest(tmp_path, {"a.txt": page, "b.txt": wire})
    docs = {Path(d.source).name: d for d in store.documents()}
    assert docs["a.txt"].published == "2011-01-31"  # the earliest stamp, not the first listed
    assert "reader comments" in (docs["a.txt"].published_basis or "")
    assert (docs["a.txt"].published_confidence or 1) < 0.5
    assert docs["b.txt"].published == "2011-01-30"  # comments never outrank a report's own date


def test_a_comment_stamp_years_from_the_period_dates_nothing(tmp_path: Path) -> None:
    page = _COMMENTED_PAGE.format(first="January 31, 2013", second="February 1, 2013")
    wire = "CAIRO, Jan 30, 2011 (Reuters) - Protesters defied a curfew on Sunday.\n"
    store = _ingest(tmp_path, {"a.txt": page, "b.txt": wire})
    docs = {Path(d.source).name: d for d in store.documents()}
    assert docs["a.txt"].published is None


@settings(max_examples=200, deadline=None)
@given(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31)),
    st.integers(0, 23),
    st.integers(0, 59),
    st.text(max_size=40).map(lambda s: s + "."),  # a comment's text, ended
)
def test_any_comment_stamp_reads_back_its_date(
    day: dt.date, hour: int, minute: int, noise: str
) -> None:
    clock = f"{(hour % 12) or 12}:{minute:02d} {'pm' if hour >= 12 else 'am'}"
    stamp = f"{day:%B} {day.day}, {day.year} at {clock}"
    assert day in stamped_dates(f"{noise}\n{stamp} | Reply\n")
    stamped_dates(noise)  # never crashes on anything


# --- stamps at a page's foot or beside a byline -----------------------------------------


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        (
            "A version appeared on p22 of the Main section section of the Guardian on 00.54 BST"
            " on Friday 28 May 2010.",
            "2010-05-28",
        ),
        ("This article was first published on guardian.co.uk on Monday 3 May 2010", "2010-05-03"),
        ("By Jon Cohen | June 7, 2010; 12:00 PM ET Where are the most informed?", "2010-06-07"),
    ],
)
def test_a_print_first_publication_or_byline_stamp_dates_the_page(tail: str, expected: str) -> None:
    body = (
        "Oil reached the marshes and fishermen said the season was lost.\n"
        "Officials said on 1 June the hurricane season would hamper the clean-up.\n"
    )
    # past the page's head, where a time stamp is read as the page's own anyway
    published, basis, _ = _published(body * 8 + tail + "\n")
    assert published == expected and "stamp in the page" in basis


def test_a_readers_posted_by_stamp_is_no_byline() -> None:
    text = (
        "Oil reached the marshes and fishermen said the season was lost.\n"
        "Posted by: fantasyva | June 18, 2010 9:42 PM | Report abuse\n"
    )
    published, basis, _ = _published(text)
    assert "stamp in the page" not in basis


@settings(max_examples=200, deadline=None)
@given(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31)),
    st.integers(1, 99),
    st.sampled_from(["Guardian", "Observer"]),
)
def test_any_print_stamp_reads_back_its_day(day: dt.date, page: int, paper: str) -> None:
    tail = (
        f"A version appeared on p{page} of the Main section of the {paper} on 00.54 BST on "
        f"{day:%A} {day.day} {day:%B} {day.year}."
    )
    published, _, _ = _published("Fishermen said the season was lost.\n" + tail)
    assert published == day.isoformat()


# --- dates years from the corpus's period -------------------------------------------------

_RECENT = {
    f"w{n}.txt": f"CAIRO, Feb {n}, 2011 (Reuters) - Protesters marched again on the {n}th day.\n"
    for n in range(2, 6)
}
_PROFILE = (
    "The singer was a household name for decades.\n"
    "Born: August 29, 1958, Gary, Indiana. He recorded his first album as a child.\n"
)


def test_a_text_whose_dates_are_years_from_the_corpus_period_stays_undated(
    tmp_path: Path,
) -> None:
    store = _ingest(tmp_path, {**_RECENT, "profile.txt": _PROFILE})
    docs = {Path(d.source).name: d for d in store.documents()}
    assert docs["w3.txt"].published == "2011-02-03"
    assert docs["profile.txt"].published is None
    assert "years from the corpus's period" in (docs["profile.txt"].published_basis or "")


def test_with_the_users_period_a_far_date_a_text_states_still_dates_it(tmp_path: Path) -> None:
    store = _ingest(tmp_path, {**_RECENT, "profile.txt": _PROFILE}, period=dt.date(2011, 2, 3))
    docs = {Path(d.source).name: d for d in store.documents()}
    # the day after the latest happening (metadata.NEWS_LAG)
    assert docs["profile.txt"].published == "1958-08-30"


# --- a landmark day -------------------------------------------------------------------------


def _spill_corpus(days: list[int]) -> dict[str, str]:
    files = {}
    for n, offset in enumerate(days):
        when = dt.date(2010, 4, 21) + dt.timedelta(days=offset)
        files[f"r{n}.txt"] = (
            f"HOUSTON, {when:%B} {when.day}, 2010 (Reuters) - Crews fought the leak that began "
            "when the rig exploded on April 20, killing 11 workers.\n"
        )
    files["feature.txt"] = (
        "Fishermen along the coast say life has changed since the rig exploded on April 20.\n"
        "Many have taken jobs laying booms for the company.\n"
    )
    return files


def test_in_a_corpus_of_months_the_landmark_day_is_no_reports_date(tmp_path: Path) -> None:
    store = _ingest(tmp_path, _spill_corpus([0, 20, 40, 60, 80]))
    docs = {Path(d.source).name: d for d in store.documents()}
    assert docs["r1.txt"].published == "2010-05-11"
    assert docs["feature.txt"].published is None
    assert "landmark (2010-04-20)" in (docs["feature.txt"].published_basis or "")


def test_in_a_corpus_of_days_the_onset_may_still_be_a_reports_date(tmp_path: Path) -> None:
    store = _ingest(tmp_path, _spill_corpus([0, 1, 2, 3]))
    docs = {Path(d.source).name: d for d in store.documents()}
    assert "landmark" not in (docs["feature.txt"].published_basis or "")


def test_in_a_corpus_of_months_a_day_three_texts_name_is_recalled(tmp_path: Path) -> None:
    files = _spill_corpus([0, 20, 40, 60, 80])
    for n, day in enumerate((2, 9, 16)):
        files[f"c{n}.txt"] = (
            f"NEW ORLEANS, August {day}, 2010 (Reuters) - Beaches reopened weeks after the "
            "well was capped on July 15, officials said.\n"
        )
    files["recall.txt"] = "Shrimpers went back to sea after the well was capped on July 15.\n"
    store = _ingest(tmp_path, files)
    docs = {Path(d.source).name: d for d in store.documents()}
    assert docs["c1.txt"].published == "2010-08-09"  # a text's own dateline still dates it
    recall = docs["recall.txt"]
    assert recall.published not in {"2010-07-15", "2010-07-16"}
    assert "latest reported date" not in (recall.published_basis or "")


LIVE_PAGE = (
    "Protesters gathered again in the capital.\n"
    "(Update 3:09 a.m. Wednesday in Cairo, 8:09 p.m. ET Tuesday) The president said on "
    "state television Tuesday night that he will not seek another term.\n"
    "(Update 11:47 p.m. Cairo, 4:47 p.m. ET) Police arrested 20 protesters in Giza.\n"
)


def test_a_live_pages_weekdays_are_read_from_its_update_stamps() -> None:
    # published on a Monday, the page is updated on Wednesday: the president spoke on the
    # Tuesday after publication, not the Tuesday before it
    from sitrep.extract import context
    from sitrep.extract.nlp import load_pipeline

    nlp = load_pipeline()
    doc = nlp(context.set_context(nlp.make_doc(LIVE_PAGE), "live", "2011-01-31"))
    events = context.get(doc, "events")
    said = next(e for e in events if e.type == "statement")
    assert said.date == "2011-02-01"
    held = next(e for e in events if e.type == "arrest")
    assert held.date == "2011-02-01"  # the clock under the stamp is its Tuesday's


def test_without_an_update_stamp_a_weekday_is_read_back_from_publication() -> None:
    from sitrep.extract import context
    from sitrep.extract.nlp import load_pipeline

    text = "The president said on state television Tuesday night that he will not resign.\n"
    nlp = load_pipeline()
    doc = nlp(context.set_context(nlp.make_doc(text), "plain", "2011-01-31"))
    said = next(e for e in context.get(doc, "events") if e.type == "statement")
    assert said.date == "2011-01-25"


def test_a_joined_verb_shares_its_first_verbs_day_over_a_descriptions() -> None:
    # "handed over power" is Friday's, like "stepped down"; January 25 dates the protests
    from sitrep.extract import context
    from sitrep.extract.nlp import load_pipeline

    text = (
        "The president stepped down Friday and handed over power to the military, his rule "
        "ended by protests that began January 25.\n"
    )
    nlp = load_pipeline()
    doc = nlp(context.set_context(nlp.make_doc(text), "joined", "2011-02-11"))
    dates = {e.trigger: e.date for e in context.get(doc, "events")}
    assert dates.get("handed") == "2011-02-11"
    assert dates.get("protests") == "2011-01-25"


@pytest.mark.parametrize(
    "line",
    [
        "La Paz, 12 Nov (Agencia).- Thousands marched on the capital",  # the day first
        "La Paz, Nov 12: Thousands marched on the capital",  # a news agency's colon
    ],
)
def test_a_yearless_dateline_is_read_in_the_period(line: str) -> None:
    when, basis, _ = _published(f"{line}\nPolice fired tear gas.\n", period=dt.date(2019, 11, 10))
    assert when == "2019-11-12" and basis.startswith("dateline")


# A page saved years after its story, its clock still on top; the other texts write the
# story's days without a year, or a year only in a wire's stamp
CLOCKED = {
    "a.txt": "Friday, March 7, 2025\nMenu\n\nMarchers defy ban in La Paz\n\n"
    "La Paz, Nov 13: Thousands of marchers defied a ban on Wednesday, police said.\n",
    "b.txt": " date 2019-11-12 Interim president sworn in\n"
    "The interim president was sworn in on Tuesday, November 12.\n",
    "c.txt": "LA PAZ, Nov 14 (Wire) - Police fired tear gas on Thursday at marchers who "
    "had blocked roads since November 10, witnesses said.\n",
}


def test_a_page_clock_years_from_the_story_is_no_publication_date(tmp_path: Path) -> None:
    with _ingest(tmp_path, CLOCKED) as store:
        assert store.meta("period").startswith("2019-11")
        dates = {d.id: d.published for d in store.documents()}
        assert dates["a"] == "2019-11-13" and dates["c"] == "2019-11-14"


def test_weeks_after_a_disputed_vote_count_from_the_corpus_onset() -> None:
    text = (
        "Opposition supporters have held a mass rally in the capital, two weeks after a "
        "disputed election gave the president another term, reporters said on Sunday.\n"
    )
    when, basis, _ = _published(text, period=dt.date(2020, 8, 15), onset=dt.date(2020, 8, 9))
    assert when == "2020-08-23", basis


def test_an_original_keeps_its_own_date_not_its_later_versions(tmp_path: Path) -> None:
    """A later version of a wire story (new paragraphs on top of the first version's
    opening: ``dedup.updates``) is a copy of it, but was written after it: its stamp does
    not date the first version, which keeps the date its own text gives."""
    first = (
        "Protesters shut three regional airports on October 8 as demonstrations over the "
        "dismissal of the governor spread to the south, leaving at least nine people dead.\n"
        "Two of the dead were teenagers shot near the airport in the provincial capital, the "
        "health ministry said, after the army was sent in to reopen the runway.\n"
        "Demonstrators are demanding early elections, the release of the governor and the "
        "resignation of the interior minister, who ordered the deployment of troops.\n"
        "The interior minister has rejected the demands and says the soldiers acted lawfully.\n"
        "In the port city, protesters set fire to the tax office and a police station.\n"
    )
    later = (
        "Clashes between troops and protesters left four more people dead and 30 injured in "
        "the south, regional health officials said, as the army retook two airports.\n"
        "Television footage showed soldiers firing tear gas at crowds that had occupied the "
        "runway of the provincial airport before dawn.\n"
    ) + "\n".join(first.split("\n")[:4])
    files = {"first.txt": first, "later.txt": f" date 2019-10-11 {later}\n"}
    with _ingest(tmp_path, files) as store:
        assert store.duplicate_groups()
        assert store.document("later").published == "2019-10-11"
        first_doc = store.document("first")
        assert first_doc.published == "2019-10-09", first_doc.published_basis
