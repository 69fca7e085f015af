"""Splitting text into line pieces: non-blank line spans, a sentence hard-wrapped over two
lines joined back into one piece, and image alt text glued to a paragraph's first word
("...re electionAs Americans") split off.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.lang.en.stop_words import STOP_WORDS

from sitrep.ingest.clean.lines import LENGTH_LOW, _Piece
from sitrep.ingest.clean.patterns import (
    CREDIT_BYLINE,
    CREDIT_CONTRIBUTORS,
    GLUE,
    SENTENCE_END,
)


def _pieces(text: str) -> Iterable[_Piece]:
    """Non-blank line spans (trailing whitespace trimmed), alt-text prefixes split off;
    a paragraph hard-wrapped over several lines is one piece (see ``_continues``)."""
    pending: _Piece | None = None
    for piece in _line_pieces(text):
        if pending is not None and not piece.glued and _continues(text, pending, piece):
            pending = _Piece(pending.start, piece.end, pending.glued)
            continue
        if pending is not None:
            yield pending
        pending = piece
    if pending is not None:
        yield pending


def _continues(text: str, prev: _Piece, piece: _Piece) -> bool:
    """A line broken mid-sentence goes on in the next one: adjacent lines (no blank line
    between), the first ends without sentence punctuation, and the next starts in lower
    case or the first ends on a comma or a function word ("... reported that" / "despite
    ..."); a credit line ("By Ann Doe and Tom Roe") under a headline ending in "down" starts
    its own piece. Offsets are untouched: the piece spans both lines as they are in the text."""
    between = text[prev.end : piece.start]
    if between.count("\n") != 1:
        return False
    head, tail = text[prev.start : prev.end], text[piece.start : piece.end]
    if SENTENCE_END.search(head) or len(head) < 30 or len(tail.split()) < 2:
        return False
    if CREDIT_BYLINE.match(tail) or CREDIT_CONTRIBUTORS.match(tail):
        return False
    last = head.split()[-1]
    return (
        tail[:1].islower()
        or last.endswith((",", ";"))
        or last in STOP_WORDS  # a function word in lower case: "... reported that"
    )


def _line_pieces(text: str) -> Iterable[_Piece]:
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip()
        lead = len(body) - len(body.lstrip())
        start, end = pos + lead, pos + len(body)
        pos += len(raw)
        if start >= end:
            continue
        cut = _glue_point(text[start:end])
        if cut:
            yield _Piece(start, start + cut, glued=True)
            yield _Piece(start + cut, end)
        else:
            yield _Piece(start, end)


def _glue_point(line: str) -> int:
    """Where keyword-like alt text ends and a sentence begins, glued without a space.

    "Russia Russian Kazakhstan putin in moscow re electionAs Americans continue…"
    → the offset of "As". Only when the prefix has at least three words and no
    punctuation (it is a caption or keyword list, not prose), and the glued word
    is a common sentence opener (a stopword), so "iPhone" or "McDonald" never split.
    """
    if len(line) < LENGTH_LOW:
        return 0
    for match in GLUE.finditer(line, 0, 160):
        prefix, rest = line[: match.start()], line[match.start() :]
        first = rest.split(maxsplit=1)[0]
        if (
            len(prefix.split()) >= 3
            and not re.search(r"[.,;:!?“”\"()]", prefix)
            and first.lower() in STOP_WORDS
            and SENTENCE_END.search(rest)
        ):
            return match.start()
    return 0
