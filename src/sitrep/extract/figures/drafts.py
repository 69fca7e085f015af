"""A figure read from one number phrase, before restatements are merged."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from spacy.tokens import Span

from sitrep.extract.figures.syntax import _anchor
from sitrep.extract.numbers import Quantity
from sitrep.records import Evidence


@dataclass(frozen=True, slots=True)
class _Draft:
    start: int
    end: int
    text: str
    sentence: Evidence
    measure: str
    quantity: Quantity
    group: str | None
    place: str | None
    claimed_by: str | None
    as_of: str | None
    anchor: int  # token index, for "including" inheritance


def _sent_ev(doc_id: str, sent: Span) -> Evidence:
    return Evidence(doc_id, sent.start_char, sent.end_char)


def _read_at(
    doc_id: str,
    span: Span,
    sent: Span,
    measure: str,
    quantity: Quantity,
    group: str | None,
    place: str | None,
    claimed_by: str | None,
    as_of: str | None,
    anchor: int,
) -> _Draft:
    """The draft read from number phrase ``span`` of sentence ``sent``."""
    return _Draft(
        span.start_char,
        span.end_char,
        span.text,
        _sent_ev(doc_id, sent),
        measure,
        quantity,
        group,
        place,
        claimed_by,
        as_of,
        anchor,
    )


def _as_another(draft: _Draft, span: Span, quantity: Quantity, **changes: Any) -> _Draft:
    """``draft``'s reading for another number phrase (a rival claim, a breakdown item)."""
    return replace(
        draft,
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        quantity=quantity,
        anchor=_anchor(span).i,
        **changes,
    )
