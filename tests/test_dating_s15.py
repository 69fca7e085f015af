"""Publication dates of real-looking pages (session 15): a stamp in digits with its clock
after the site's section or author name. Every text is invented, about crises that are not
in the corpora."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.ingest.clean import segment_text
from sitrep.ingest.metadata import stated_date


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
