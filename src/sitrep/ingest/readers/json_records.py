"""JSON records: JSONL lines (streamed, one article per line, within the size limit) and .json
files holding one record or a list of them.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from sitrep.ingest.formats import decode_text, fix_surrogates
from sitrep.ingest.readers.pages import _html_document
from sitrep.ingest.readers.results import (
    ReadError,
    Result,
    _BadJson,
    _json,
    _make,
    _one_line,
    _stem,
    _too_large,
)
from sitrep.ingest.readers.sidecar import _apply_metadata, _first_str, _first_value
from sitrep.ingest.readers.vocabulary import FIELD_ALIASES
from sitrep.records import Document


def _record_results(record: Any, *, default_id: str, source: str, fmt: str) -> Iterator[Result]:
    """The Document from one JSON object, then a ReadError for metadata it ignored."""
    result = _record_document(record, default_id=default_id, source=source, fmt=fmt)
    if isinstance(result, ReadError):
        yield result
        return
    doc, problem = _apply_metadata(result, record, basis=f"{fmt} metadata")
    yield doc
    if problem:
        yield ReadError(source, problem)


def _record_document(
    record: Any, *, default_id: str, source: str, fmt: str
) -> Document | ReadError:
    """A Document from one JSON object with ``text`` or ``html`` (metadata not applied)."""
    if not isinstance(record, dict):
        return ReadError(source, 'not a JSON object with a "text" or "html" field')
    doc_id = _first_str(record, *FIELD_ALIASES["id"]) or default_id
    text = _first_value(record, *FIELD_ALIASES["text"])
    html = _first_value(record, *FIELD_ALIASES["html"])
    if isinstance(text, str) and text.strip():
        doc: Document | ReadError = _make(
            doc_id, text, source, fmt, raw=html if isinstance(html, str) else None
        )
    elif isinstance(html, str) and html.strip():
        doc = _html_document(
            doc_id, source, fmt, fix_surrogates(html), url=_first_str(record, *FIELD_ALIASES["url"])
        )
    elif not any(key in record for key in (*FIELD_ALIASES["text"], *FIELD_ALIASES["html"])):
        return ReadError(source, 'no "text" or "html" field')
    else:
        value = text if text not in (None, "") else html
        if isinstance(value, str) or value is None:
            return ReadError(source, 'skipped: the "text"/"html" field is empty', skipped=True)
        return ReadError(source, 'the "text"/"html" field is not a string')
    return doc


def _read_jsonl(path: Path, max_bytes: int, compressed: bool) -> Iterator[Result]:
    """One article per line; a bad line is reported with its number and the rest read."""
    stem, found = _stem(path), 0
    with path.open("rb") as raw:
        stream: BinaryIO = gzip.GzipFile(fileobj=raw) if compressed else raw  # type: ignore[assignment]
        lineno = 0
        try:
            while line := stream.readline(max_bytes + 1):
                lineno += 1
                source = f"{path}:{lineno}"
                if len(line) > max_bytes and not line.endswith(b"\n"):
                    size = len(line) + _drain_line(stream)
                    yield ReadError(source, _too_large(size, max_bytes))
                    continue
                if not line.strip():
                    continue
                record = _json(decode_text(line).text)
                if isinstance(record, _BadJson):
                    yield ReadError(source, record.reason)
                    continue
                for result in _record_results(
                    record, default_id=f"{stem}-{lineno}", source=source, fmt="jsonl"
                ):
                    found += isinstance(result, Document)
                    yield result
        except (OSError, EOFError, zlib.error) as exc:
            yield ReadError(f"{path}:{lineno + 1}", f"file is damaged here: {_one_line(exc)}")
    if lineno == 0:
        yield ReadError(str(path), "empty file")


def _drain_line(stream: BinaryIO) -> int:
    """Skip the rest of an over-long line; how many bytes were skipped."""
    skipped = 0
    while chunk := stream.readline(1 << 20):
        skipped += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped


def _read_json(path: Path, data: bytes) -> Iterator[Result]:
    """A .json article: one object, or a list of objects, each like a JSONL line."""
    value = _json(decode_text(data).text)
    if isinstance(value, _BadJson):
        yield ReadError(str(path), value.reason)
        return
    if isinstance(value, dict):
        yield from _record_results(value, default_id=_stem(path), source=str(path), fmt="jsonl")
        return
    if not isinstance(value, list) or not value:
        yield ReadError(str(path), "JSON file holds no article objects")
        return
    for n, record in enumerate(value, 1):
        yield from _record_results(
            record, default_id=f"{_stem(path)}-{n}", source=f"{path}#{n}", fmt="jsonl"
        )
