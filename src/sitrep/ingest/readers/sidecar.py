"""Explicit metadata: a ``<name>.json`` sidecar next to an article, and the metadata fields of
JSON records (title, outlet, author, url, published, kind); explicit metadata wins.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from sitrep.ingest.formats import date_out_of_range, decode_text, human_size, normalise_date
from sitrep.ingest.readers.results import ReadError, Result, _BadJson, _json, _one_line, _stem
from sitrep.ingest.readers.vocabulary import FIELD_ALIASES, HTML_SUFFIXES, KINDS, TEXT_SUFFIXES
from sitrep.records import Document

_SIDECAR_LIMIT = 1_000_000


def is_sidecar(path: Path) -> bool:
    if path.suffix.lower() != ".json":
        return False
    return any(path.with_suffix(s).exists() for s in (*TEXT_SUFFIXES, *HTML_SUFFIXES))


def _with_sidecar(result: Document | ReadError, path: Path) -> Iterator[Result]:
    """The document with metadata from ``<name>.json`` next to it, if there is one."""
    sidecar = path.with_name(_stem(path) + ".json")
    if isinstance(result, ReadError) or not sidecar.is_file():
        yield result
        return
    try:
        if sidecar.stat().st_size > _SIDECAR_LIMIT:
            raise ValueError(f"larger than {human_size(_SIDECAR_LIMIT)}")
        meta = _json(decode_text(sidecar.read_bytes()).text)
        if isinstance(meta, _BadJson):
            raise ValueError(meta.reason)
        if not isinstance(meta, dict):
            raise ValueError("it is not a JSON object")
    except (OSError, ValueError) as exc:
        yield result
        yield ReadError(str(sidecar), f"metadata sidecar ignored: {_one_line(exc)}")
        return
    updated, problem = _apply_metadata(result, meta, basis="sidecar metadata")
    yield updated
    if problem:
        yield ReadError(str(sidecar), problem)


def _apply_metadata(
    doc: Document, meta: dict[str, Any], *, basis: str
) -> tuple[Document, str | None]:
    """Fill title/outlet/author/url/published/kind from explicit metadata (it wins)."""
    fields: dict[str, Any] = {}
    for name in ("title", "outlet", "author", "url"):
        value = _first_str(meta, *FIELD_ALIASES[name])
        if value:
            fields[name] = value
    problem = None
    raw_date = _first_value(meta, *FIELD_ALIASES["published"])
    if raw_date not in (None, ""):
        published = normalise_date(raw_date)
        wrong = date_out_of_range(published) if published else None
        if wrong:
            problem = f"'published' ignored: {wrong}"
        elif published:
            fields["published"] = published
            fields["published_basis"] = basis
            fields["published_inferred"] = False
        else:
            problem = f"'published' is not a date I can read: {str(raw_date)[:60]!r}"
    kind = meta.get("kind")
    if isinstance(kind, str) and kind.strip().lower() in KINDS:
        fields["kind"] = kind.strip().lower()
    return (replace(doc, **fields) if fields else doc), problem


def _first_value(meta: dict[str, Any], *keys: str) -> Any:
    for key in keys:
        if meta.get(key) not in (None, "", []):
            return meta[key]
    return None


def _first_str(meta: dict[str, Any], *keys: str) -> str | None:
    value = _first_value(meta, *keys)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        value = ", ".join(v.strip() for v in value if v.strip())
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None
