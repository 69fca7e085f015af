"""The pipeline's own sentence rules: paragraphs and datelines."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from sitrep.extract.nlp import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline(only=())


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("MOSCOW – A Russian-led alliance announced it would send troops.", "MOSCOW –"),
        ("KYIV, Ukraine (AP) — Russian forces shelled the city.", "KYIV, Ukraine (AP) —"),
        (
            "NAIROBI, Kenya, Jan 5 (Reuters) - Police fired tear gas.",
            "NAIROBI, Kenya, Jan 5 (Reuters) -",
        ),
    ],
)
def test_a_dateline_is_a_sentence_of_its_own(nlp: Language, text: str, first: str) -> None:
    sents = [s.text for s in nlp(text).sents]
    assert sents[0] == first and len(sents) == 2


@pytest.mark.parametrize(
    "text",
    [
        "UN officials said on Monday that aid was blocked – a grave breach of the truce.",
        "US and EU envoys met – and agreed on nothing.",
    ],
)
def test_a_dash_in_running_text_is_no_dateline(nlp: Language, text: str) -> None:
    assert len(list(nlp(text).sents)) == 1


def test_a_new_line_is_a_new_sentence(nlp: Language) -> None:
    sents = [
        s.text.strip() for s in nlp("“We will stay,” he said\nTroops arrived on Monday.").sents
    ]
    assert sents == ["“We will stay,” he said", "Troops arrived on Monday."]


@given(st.text(alphabet=st.sampled_from("ABC abc,.-–()\n5"), max_size=60))
@settings(max_examples=60, deadline=None)
def test_any_text_gets_sentences_covering_it(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert "".join(t.text_with_ws for s in doc.sents for t in s) == doc.text
