"""One bound of a person's age for every stage: the events stage (a speaker given with an age
is a private voice) and the figures stage (a number set off after a person is an age, not a
count) read the same number as an age. Invented sentences, the real model."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitrep.extract.events.attributes import _aged
from sitrep.extract.figures.ages import _appositive_age
from sitrep.extract.nlp import load_pipeline
from sitrep.lexicon import AGE_LIMIT


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline(only=())


@pytest.mark.parametrize("age", [41, 112, AGE_LIMIT - 1, AGE_LIMIT, 130])
def test_both_stages_read_the_same_numbers_as_an_age(nlp: Language, age: int) -> None:
    doc = nlp(f"Maria Lopez, {age}, said the water had risen overnight.")
    speaker = next(t for t in doc if t.text == "Lopez")
    number = next(t for t in doc if t.text == str(age))
    assert number.dep_ == "appos" and number.head == speaker  # the parse the rules read
    expected = 0 < age < AGE_LIMIT
    assert _aged(speaker) is expected
    assert _appositive_age(number) is expected
