"""Number phrases found in running text (figures.phrases), on the real model: a count
written out in words with "and" ("six hundred and twenty-seven (627) arrests", as a
commission's statement writes it) is one number, not its fragments."""

from __future__ import annotations

from functools import lru_cache

from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from sitrep.extract.figures.phrases import number_phrases
from sitrep.extract.nlp import load_pipeline
from test_numbers import to_words


@lru_cache(maxsize=1)
def _nlp() -> Language:
    return load_pipeline()


def values(text: str) -> list[float | None]:
    return [q.value for _span, q in number_phrases(_nlp()(text))]


def test_a_count_in_words_with_its_digits_is_one_number_twice() -> None:
    text = (
        "The Commission documented thirty-two (32) cases of disappearances and six hundred "
        "and twenty-seven (627) arrests of protesters."
    )
    assert values(text) == [32, 32, 627, 627]


@given(st.integers(min_value=101, max_value=999).filter(lambda n: n % 100), st.booleans())
@settings(max_examples=40, deadline=None)
def test_hundreds_written_with_and_are_one_number(n: int, hyphen: bool) -> None:
    words = to_words(n, hyphen=hyphen, use_and=True)
    assert values(f"The agency counted {words} arrests on Monday.") == [n]
