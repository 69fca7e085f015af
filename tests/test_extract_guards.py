"""Extraction on hostile input: spans given backwards, texts longer than spaCy's limit."""

from __future__ import annotations

import pytest

from sitrep.extract.events import _speaker_phrase
from sitrep.extract.nlp import load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def test_speaker_phrase_given_backwards_is_none_not_an_index_error(nlp):
    # spaCy's E035 (a span whose end precedes its start) sank the events component
    doc = nlp("A spokeswoman for the ministry said the spill in the gulf had been contained.")
    assert _speaker_phrase(doc, 30, 20) is None
    assert _speaker_phrase(doc, 0, 10_000) is None
    assert _speaker_phrase(doc, 2, 14) is not None
