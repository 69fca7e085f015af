"""Publication dates of real-looking pages (session 15): a stamp in digits with its clock
after the site's section or author name, a bare one under the headline, a caption's date,
the lead's weekday and the crisis's eve. Every text is invented, about crises that are not
in the corpora."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.ingest.clean import segment_text
from sitrep.ingest.metadata import infer_published, stated_date


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Region 2021-03-14, 6:02pm", dt.date(2021, 3, 14)),
        ("Staff Reporter 14/03/2021 18:02", dt.date(2021, 3, 14)),
        ("World desk 2021-03-14T18:02", dt.date(2021, 3, 14)),
    ],
)
def test_a_clocked_digit_stamp_after_a_label_is_the_pages_date(line: str, day: dt.date) -> None:
    text = (
        "Top stories\n  • Markets rally on rate hopes     |     \n\n"
        f"Dam breach floods valley towns\n\n{line}\n\n"
        "A dam burst above the valley on Saturday night, flooding three towns, officials said.\n"
    )
    assert stated_date(text, segment_text(text)) == day


def test_a_digit_date_told_in_a_sentence_is_no_stamp() -> None:
    text = (
        "Dam breach floods valley towns\n\n"
        "The dam was last inspected on 2019-05-02 at 10:00 by engineers who found cracks.\n"
    )
    assert stated_date(text, segment_text(text)) is None


def test_a_bare_digit_date_under_the_headline_is_the_pages_date() -> None:
    text = (
        "Floods test the new governor\n\n14-03-2021\nA. Columnist\n\n"
        "Rivers burst their banks across the province after a week of rain.\n"
    )
    assert stated_date(text, segment_text(text)) == dt.date(2021, 3, 14)


def test_a_caption_date_without_a_reported_one_is_the_latest_happening() -> None:
    # the photo's day, not a week after it for the weekday the story opens with
    text = (
        "Dam protests: what we know\n\n"
        "Villagers have blocked the dam road since protests began Monday. Police said two"
        " people were hurt on Wednesday.\n\n"
        "Villagers block the dam road near Tarvel on March 17, 2021. Police fired tear gas"
        " early Wednesday, a Reuters photographer said. JANE ROE/ Reuters\n\n"
        "Officials promised talks with the villagers.\n"
    )
    when, basis, _ = infer_published(text, segment_text(text), period=dt.date(2021, 3, 17))
    assert when == "2021-03-18", basis  # the day after the photo, as after any happening


def test_the_leads_weekday_after_the_only_date_a_report_recounts_is_its_day() -> None:
    text = (
        "Dozens of villagers were killed in Tarvel, a rights group said in a statement on"
        " Thursday.\n"
        "The group said the villagers were shot on the night of 8 March, according to"
        " witnesses it interviewed.\n"
    )
    # in a corpus of days (the onset the texts' weekdays are read from)
    onset = dt.date(2021, 3, 7)
    when, basis, _ = infer_published(text, segment_text(text), period=onset, onset=onset)
    assert when == "2021-03-11", basis  # 8 March 2021 was a Monday


def test_a_weekday_only_text_naming_the_crisiss_eve_is_dated_from_the_eve() -> None:
    # the takeover on Tuesday 9 March 2021; other reports write "8 March" for the mutiny
    text = (
        "The army's takeover was not unexpected.\n"
        "On Monday, mutinies were reported in several barracks in the capital.\n"
        "Discontent had grown for months.\n"
    )
    onset, eve = dt.date(2021, 3, 9), dt.date(2021, 3, 8)
    when, _, _ = infer_published(text, segment_text(text), period=onset, onset=onset, eve=eve)
    assert when == "2021-03-09"
    # without a report writing the eve, the Monday is the first after the onset
    when, _, _ = infer_published(text, segment_text(text), period=onset, onset=onset)
    assert when == "2021-03-15"
