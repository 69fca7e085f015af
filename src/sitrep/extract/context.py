"""How sitrep's spaCy components share a document's context and results.

The runner puts the document id and publication date on ``doc.user_data``
before the pipeline runs; each component reads what earlier components stored
with :func:`get` and stores its own records with :func:`put`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from spacy.tokens import Doc

_PREFIX = "sitrep."


def set_context(doc: Doc, doc_id: str, published: str | None) -> Doc:
    doc.user_data[_PREFIX + "doc_id"] = doc_id
    doc.user_data[_PREFIX + "published"] = published
    return doc


def doc_id(doc: Doc) -> str:
    return doc.user_data.get(_PREFIX + "doc_id", "doc")


def published(doc: Doc) -> dt.date | None:
    value = doc.user_data.get(_PREFIX + "published")
    return dt.date.fromisoformat(value) if value else None


def get(doc: Doc, key: str) -> list[Any]:
    """Records an earlier component stored under ``key`` (empty if none ran)."""
    return doc.user_data.get(_PREFIX + key, [])


def put(doc: Doc, key: str, records: list[Any]) -> None:
    doc.user_data[_PREFIX + key] = records
