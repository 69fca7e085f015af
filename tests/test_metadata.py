"""Metadata inferred from bare text: title, byline, outlet and publication date."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from sitrep.ingest.clean import segment_text
from sitrep.ingest.metadata import InferredMetadata, infer_metadata

FIXTURES = Path(__file__).parent / "fixtures" / "clean"


def _period(example_dir: Path) -> dt.date:
    """The corpus notes state a reference date ("Reference: Sunday = 2022-01-02")."""
    notes = (example_dir / "SOURCES.md").read_text(encoding="utf-8")
    return dt.date.fromisoformat(re.search(r"Reference:.*?(\d{4}-\d\d-\d\d)", notes).group(1))


@pytest.fixture(scope="module")
def inferred(texts: dict[str, str], example_dir: Path) -> dict[str, InferredMetadata]:
    period = _period(example_dir)
    return {k: infer_metadata(t, segment_text(t), period=period) for k, t in texts.items()}


def test_published_within_one_day_for_four_of_five(inferred: dict, gold: dict) -> None:
    hits = 0
    for doc in gold["documents"]:
        got = inferred[doc["id"]].published
        if (
            got
            and abs((dt.date.fromisoformat(got) - dt.date.fromisoformat(doc["published"])).days)
            <= 1
        ):
            hits += 1
    assert hits >= 4


def test_basis_explains_the_inference(inferred: dict) -> None:
    assert "a week ago" in inferred["002_e637e18a2af5de4a"].basis
    assert "latest reported date 2022-01-06" in inferred["004_57883842ce16fac2"].basis
    assert "weekday" in inferred["000_27d5219b858d2ab3"].basis


def test_comment_dates_are_never_read(inferred: dict) -> None:
    # 001's reader comments mention "January 6th 2021"; the article itself gives no year.
    assert inferred["001_f069c0dac730660c"].published.startswith("2022-01")


def test_title_author_outlet(inferred: dict, gold: dict) -> None:
    titles = {d["id"]: d["title"] for d in gold["documents"]}
    assert {k: m.title for k, m in inferred.items()} == titles
    assert inferred["000_27d5219b858d2ab3"].author == "Ben Solis"
    assert inferred["002_e637e18a2af5de4a"].author == "Steve Balestrieri"
    assert inferred["004_57883842ce16fac2"].outlet == "Radio Free Europe/Radio Liberty"


def test_weekdays_only_give_no_date(inferred: dict) -> None:
    assert inferred["003_d1ea0b81b48b1146"].published is None


def test_wire_dateline() -> None:
    text = (FIXTURES / "wire_story.txt").read_text(encoding="utf-8")
    meta = infer_metadata(text, segment_text(text), period=dt.date(2024, 1, 1))
    assert meta.published == "2024-03-14"
    assert meta.basis.startswith("dateline")
    assert meta.outlet == "Reuters"
    assert meta.author == "John Otieno"


def test_published_line_and_bio_author() -> None:
    text = (FIXTURES / "bio_chrome_page.txt").read_text(encoding="utf-8")
    meta = infer_metadata(text, segment_text(text))
    assert meta.title == "Police Fire Tear Gas at Fuel Price Protesters"
    assert meta.author == "Maria Lopez"
    stamped = "Published 6 January 2022\n" + text
    assert infer_metadata(stamped, segment_text(stamped)).published == "2022-01-06"


def test_year_stated_in_text_wins_over_period() -> None:
    text = (
        "Protests began on March 3, 2019 in the capital.\n"
        "Police said on March 5 that 40 people were detained in clashes with protesters "
        "overnight.\n"
    )
    meta = infer_metadata(text, segment_text(text), period=dt.date(2024, 1, 1))
    assert meta.published == "2019-03-06"  # the day after the latest happening (metadata.NEWS_LAG)


def test_kind_says_reprint_or_opinion_only_when_the_page_does():
    from sitrep.ingest.metadata import infer_metadata
    from sitrep.records import Segment

    def kind(text: str) -> str:
        return infer_metadata(text, (Segment(0, len(text), "body"),)).kind

    body = "Police fired tear gas at protesters in Lima on Tuesday, witnesses said.\n"
    assert kind(body) == "report"
    assert kind("This article was first published by The Conversation.\n" + body) == "reprint"
    assert kind(body + "Reprinted with permission from Reuters.\n") == "reprint"
    assert kind("Opinion: Peru needs elections now\n" + body) == "opinion"


def test_an_article_naming_only_weekdays_is_dated_from_the_other_reports():
    import datetime as dt

    from sitrep.ingest.metadata import date_from_corpus, reported_dates
    from sitrep.records import Segment

    def whole(text: str) -> tuple[Segment, ...]:
        return (Segment(0, len(text), "body"),)

    dated = (
        "Security forces opened fire on protesters in Khartoum on April 15, and fighting "
        "spread to Omdurman on April 17, witnesses said.\n"
    )
    corpus = reported_dates(dated, whole(dated), dt.date(2023, 4, 18))
    assert {dt.date(2023, 4, 15), dt.date(2023, 4, 17), dt.date(2023, 4, 18)} <= corpus
    weekdays = (
        "The fighting began on Saturday in the capital. By Monday it had reached Omdurman, "
        "and on Tuesday the army announced a ceasefire that did not hold. Talks will resume "
        "next Friday.\n"
    )
    when, basis = date_from_corpus(weekdays, whole(weekdays), corpus)
    assert when == "2023-04-18" and "Saturday 2023-04-15" in basis
    one = "Protests began on Saturday.\n"
    assert date_from_corpus(one, whole(one), corpus)[0] is None  # one weekday says too little


def test_weekdays_are_not_placed_among_reports_that_span_a_year():
    import datetime as dt

    from sitrep.ingest.metadata import date_from_corpus
    from sitrep.records import Segment

    text = "Talks began on Monday and collapsed on Thursday, officials said.\n"
    spread = {dt.date(2004, 1, 1) + dt.timedelta(days=k) for k in range(0, 365, 3)}
    when, basis = date_from_corpus(text, (Segment(0, len(text), "body"),), spread)
    assert when is None and "too long" in basis


@pytest.mark.parametrize(
    ("first_line", "expected"),
    [
        ("January 31, 2011 | By Ashley Hayes, CNN", "2011-01-31"),
        ("Wednesday, 5 January 2022", "2022-01-05"),
        ("ZURICH | Thu Oct 6, 2011 3:22pm BST", "2011-10-06"),
        ("Jan. 5, 2022 - 10:32 a.m.", "2022-01-05"),
        # the page's stamp naming its agency: chrome to the cleaner, the date to the dating
        ("Wire Headline\n\nReuters 5 Jan, 2022", "2022-01-05"),
    ],
)
def test_a_date_line_or_time_stamp_is_the_publication_date(first_line: str, expected: str) -> None:
    text = (
        f"{first_line}\n"
        "Protesters gathered in the capital on Monday, police said, a week after the "
        "demonstrations began on December 20, 2010.\n"
    )
    meta = infer_metadata(text, segment_text(text))
    assert meta.published == expected and meta.basis.startswith("dateline")


def test_a_sentence_with_a_date_is_no_date_line() -> None:
    text = "Protests began on January 2, 2022 in Zhanaozen.\nPolice detained dozens.\n"
    assert not infer_metadata(text, segment_text(text)).basis.startswith("dateline")


def test_weekdays_move_the_date_only_past_a_start_date() -> None:
    # the latest date is a happening's: the report is of that day or the next two (read as
    # the next), and "Sunday" was before it
    story = (
        "Army units took up positions around the museum and the square while crowds of "
        "protesters marched through the centre of the capital, chanting against the "
        "government and calling for the president to step down.\n"
    )
    text = (
        "Soldiers guarded the Egyptian Museum in Cairo on Monday, January 31, 2011, as "
        "looters were driven off, the army said in a statement read on state television.\n"
        + story
        + "The antiquities minister wrote in a blog post on Sunday that the site was safe "
        "and that nothing of value had been taken from the galleries overnight.\n"
    )
    # the day after the latest happening (metadata.NEWS_LAG)
    assert infer_metadata(text, segment_text(text)).published == "2011-02-01"
    # the latest date is when the unrest began: the report is later, after its Friday
    text = (
        "The demonstrations began on January 2nd, 2022, in the west of the country, when "
        "the price of liquefied gas doubled overnight and drivers blocked the main roads.\n"
        + story
        + "The government shut the internet down on Friday, and the banks and shops in the "
        "largest city stayed closed for the rest of the day.\n"
    )
    assert infer_metadata(text, segment_text(text)).published == "2022-01-07"


STATEMENT = (
    "Communiqué of the council's 1,170th meeting\n"
    "The council strongly condemns the seizure of power that took place on Wednesday and "
    "decides to suspend the country from all its activities.\n"
    "It calls on the military to return to their barracks and to guarantee the safety of "
    "the president, who was detained on 30 August 2023.\n"
)


@pytest.mark.parametrize(
    "signed",
    ["Addis Ababa, 31 August 2023", "Date of issue: 31 August 2023", "Issued on 31 August 2023."],
)
def test_a_statement_signed_with_its_place_and_date_on_its_last_lines_is_dated(signed: str):
    """Communiqués, press releases and NGO reports state their date at the foot, not the
    head; before, the day of the detention the text names was taken for a start."""
    text = f"{STATEMENT}{signed}\n"
    meta = infer_metadata(text, segment_text(text))
    assert meta.published == "2023-08-31" and meta.basis.startswith("dateline")


def test_a_caption_at_the_foot_naming_a_place_and_a_day_is_no_signature():
    text = f"{STATEMENT}Soldiers patrol in Libreville, 30 August 2023.\n"
    assert not infer_metadata(text, segment_text(text)).basis.startswith("dateline")


def test_a_deadlines_year_is_not_the_year_of_the_days_a_report_names():
    """'dissolved by 1 January 2024' looks ahead: 'on 28 September' in the same undated
    explainer is the corpus's September (2023), not 2024's."""
    text = (
        "How the enclave emptied in a week\n"
        "A day later, on 28 September, the region's leader signed a decree dissolving all "
        "its institutions by 1 January 2024.\n"
        "Tens of thousands had already left by road, officials said.\n"
    )
    meta = infer_metadata(text, segment_text(text), period=dt.date(2023, 9, 25))
    assert meta.published is not None and meta.published.startswith("2023-09")


def test_a_question_in_a_comment_plans_nothing_for_the_stamp_after_it():
    """'will you? Enough is enough!!! February 21, 2011 at 12:12 am': the 'will' of the
    question before does not make the comment's stamp a planned day."""
    from sitrep.ingest.metadata import _MONTH_DAY, _not_a_happening

    text = "quit using my name, will you? \nEnough is enough!!! February 21, 2011 at 12:12 am"
    match = _MONTH_DAY.search(text)
    assert match is not None and not _not_a_happening(text, match, stamps=False)


def test_a_deadline_is_no_day_reports_were_published_around():
    """'dissolving its institutions by 1 January 2024' in a report of late September 2023
    is no date the corpus's reports cluster around."""
    from sitrep.ingest.metadata import reported_dates

    text = (
        "A day later, on 28 September, the leader signed a decree dissolving its institutions "
        "by 1 January 2024.\n"
    )
    got = reported_dates(text, segment_text(text), dt.date(2023, 10, 2))
    assert dt.date(2023, 9, 28) in got and dt.date(2024, 1, 1) not in got


def test_a_span_after_the_onset_a_phrase_dates_counts_from_that_day():
    """'More than a week after the earthquakes of 6 February': the explainer came out at
    least eight days after the day it names (not the day after its latest date)."""
    text = (
        "How the disaster grew\n"
        "More than a week after the earthquakes of 6 February, the scale of the disaster is "
        "still growing.\n"
        "A state of emergency was declared in ten provinces on 7 February, officials said.\n"
    )
    meta = infer_metadata(text, segment_text(text), period=dt.date(2023, 2, 8))
    assert meta.published == "2023-02-14"
