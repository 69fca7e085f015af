"""Publication dates (session 16): a coup named by the weekday its power was seized on.
Every text is invented, about crises that are not in the corpora."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import make_document
from sitrep.ingest.onset import _starts_on

MONDAY = dt.date(2020, 6, 1)


@pytest.mark.parametrize(
    "sentence",
    [
        "But on Monday, the army effectively took control and dissolved the cabinet.",
        "Soldiers seized power on Monday, detaining the president.",
        "Officers staged a coup on Monday night.",
        "The generals took over on Monday after a night of gunfire.",
    ],
)
def test_a_state_seized_on_the_onsets_weekday_names_the_start(sentence: str) -> None:
    assert _starts_on(make_document("a", f"Coup explained\n\n{sentence}\n"), MONDAY)
    assert not _starts_on(
        make_document("a", f"Coup explained\n\n{sentence}\n"), MONDAY.replace(day=2)
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Rebels took control of the airport on Monday.",  # fighting for a place, no coup
        "Rebels took over the town on Monday.",
        "On Monday the junta's spokesman read a statement.",
    ],
)
def test_fighting_or_a_statement_on_that_weekday_does_not(sentence: str) -> None:
    assert not _starts_on(make_document("a", f"Coup explained\n\n{sentence}\n"), MONDAY)
