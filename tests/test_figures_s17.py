"""What a number counts, on real pages' structures (session 17): a toll whose value is
written with its noun ("has reached 36 people"). The sentences are written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from figure_reading import one, read_figures
from sitrep.extract.nlp import load_pipeline
from sitrep.records import FigureClaim


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def read(nlp: Language, text: str, published: str = "2024-05-10") -> list[FigureClaim]:
    return read_figures(nlp, text, published)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The number of people killed in the border fighting has reached 36 people.", 36),
        ("The number of dead on the northern side were 14 people, officials said.", 14),
        ("The death toll in the port city has reached 50 people.", 50),
    ],
)
def test_a_tolls_value_written_with_its_noun_is_the_toll(
    nlp: Language, sentence: str, value: int
) -> None:
    assert one(read(nlp, sentence), value).measure == "killed"


def test_people_a_verb_acts_on_are_no_toll(nlp: Language) -> None:
    figs = read(nlp, "Police arrested 40 people in the capital on Monday.")
    assert one(figs, 40).measure == "arrested"
