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


def _long_document():
    from conftest import make_document

    paragraphs = [
        f"Flooding hit the town of Lismore on Monday, said Premier Anna Walsh, and "
        f"at least {n + 3} people were killed, police said."
        for n in range(60)
    ]
    return make_document("long", "\n\n".join(paragraphs))


def test_a_text_longer_than_the_model_allows_is_read_in_pieces_with_offsets_kept():
    from sitrep.extract import runner

    nlp = load_pipeline()
    document = _long_document()
    nlp.max_length = 1_500  # the text is several times longer: spaCy would raise E088
    assert len(document.text) > 4 * nlp.max_length
    (reading,) = list(runner.iter_readings([document], nlp=nlp))
    assert reading.errors == ()
    text = document.text
    last_start = text.rindex("Flooding")
    assert any(e.start > last_start and text[e.start : e.end] == e.text for e in reading.entities)
    for e in reading.entities:
        assert text[e.start : e.end] == e.text
        assert text[e.sentence.start : e.sentence.end].strip()
    for f in reading.figures:
        assert text[f.start : f.end] == f.text
    for e in reading.events:
        assert text[e.start : e.end] == e.text
    assert len({f.id for f in reading.figures}) == len(reading.figures) > 30
    assert len({e.id for e in reading.events}) == len(reading.events)
    # pieces end at paragraph breaks: every figure sentence is whole
    assert all(
        text[f.sentence.start : f.sentence.end].startswith("Flooding") for f in reading.figures
    )


def test_pieces_end_at_paragraph_breaks_and_cover_the_text():
    from sitrep.extract.runner import pieces

    text = "\n\n".join(f"Paragraph {n} " + "word " * 30 for n in range(40))
    parts = pieces(text, 500)
    assert "".join(p for _, p in parts) == text
    assert all(text[start : start + len(p)] == p for start, p in parts)
    assert all(len(p) <= 500 for _, p in parts)
    assert all(p.endswith("\n\n") for _, p in parts[:-1])
    assert pieces("one line " * 200, 100)[0][1].endswith(" ")  # no paragraph: cut at a space
