"""The one-pass rewrites of per-item whole-document scans give exactly the old results.

Each rewrite replaced a loop that rescanned the whole document (or all its segments) for
every item with one pass; these property tests hold the new code to the old, quadratic
definition on random inputs, so the speed-up can never change an output.
"""

from __future__ import annotations

import numpy as np
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.attrs import SENT_START

from sitrep.export.jsonexport import boilerplate_lines
from sitrep.extract import nlp as pipeline_nlp
from sitrep.extract.events.attributes import _text_length
from sitrep.records import Document, Segment

_BLANK = spacy.blank("en")

WORDS = st.sampled_from(
    ["MOSCOW", "Kenya", "(AP)", "—", "-", "said", "the", "police", ".", "'", "on", "3", "Jan"]
)
BREAKS = st.sampled_from([" ", " ", " ", "\n", "\n\n", " \n", "\n \n"])


@st.composite
def news_text(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(WORDS, BREAKS), min_size=1, max_size=60))
    return "".join(w + b for w, b in parts)


def _per_token(doc: spacy.tokens.Doc) -> None:
    """The old paragraph_breaks: one is_sent_start assignment per token (each O(n))."""
    starts = [0]
    for token in doc[:-1]:
        if "\n" in token.text or "\n" in token.whitespace_:
            nxt = doc[token.i + 1]
            if nxt.is_space:
                continue
            if pipeline_nlp._wrapped(token, nxt):
                nxt.is_sent_start = False
            else:
                nxt.is_sent_start = True
                starts.append(nxt.i)
    for start in starts:
        end = pipeline_nlp._dateline_end(doc, start)
        if end is not None and end < len(doc):
            doc[end].is_sent_start = True


@settings(max_examples=200, deadline=None)
@given(news_text())
def test_paragraph_breaks_set_the_same_sentence_starts(text: str) -> None:
    old, new = _BLANK.make_doc(text), _BLANK.make_doc(text)
    _per_token(old)
    pipeline_nlp.paragraph_breaks(new)
    assert np.array_equal(old.to_array([SENT_START]), new.to_array([SENT_START]))


def test_paragraph_breaks_on_a_dateline_and_a_wrapped_line() -> None:
    doc = _BLANK.make_doc("MOSCOW — Police said\nthat it ended.\nThen more came.")
    pipeline_nlp.paragraph_breaks(doc)
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["MOSCOW", "Police", "Then"]
    that = next(t for t in doc if t.text == "that")
    assert that.is_sent_start is False  # a hard-wrapped line goes on


@settings(max_examples=100, deadline=None)
@given(news_text())
def test_text_length_is_the_length_of_the_text(text: str) -> None:
    doc = _BLANK.make_doc(text)
    assert _text_length(doc) == len(doc.text)


def _boilerplate_all_pairs(doc: Document) -> list[str]:
    body = doc.body_segments
    out, pos = [], 0
    for line in doc.text.splitlines(keepends=True):
        start, end = pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
        if not line.strip():
            continue
        inside = sum(max(0, min(end, s.end) - max(start, s.start)) for s in body)
        if inside * 2 < end - start:
            out.append(line.strip())
    return out


@st.composite
def segmented(draw: st.DrawFn) -> Document:
    text = draw(st.text(alphabet="ab \n\r", max_size=80))
    n = len(text)
    cuts = draw(st.lists(st.tuples(st.integers(0, n), st.integers(0, n)), max_size=8))
    kinds = st.sampled_from(["body", "boilerplate", "comments"])
    segments = tuple(Segment(min(a, b), max(a, b), draw(kinds)) for a, b in cuts)
    return Document(
        id="d", text=text, content_hash="h", source="s", format="txt", segments=segments
    )


@settings(max_examples=300, deadline=None)
@given(segmented())
def test_boilerplate_lines_match_the_all_pairs_definition(doc: Document) -> None:
    assert boilerplate_lines(doc) == _boilerplate_all_pairs(doc)


def test_boilerplate_lines_of_a_cleaned_page() -> None:
    text = "Home | News\nPolice fired tear gas.\nShare this\nThey left.\n"
    body = (Segment(12, 35, "body"), Segment(46, 56, "body"))
    doc = Document(id="d", text=text, content_hash="h", source="s", format="txt", segments=body)
    assert boilerplate_lines(doc) == ["Home | News", "Share this"]
