"""One file to its format's reader: by extension, or by sniffing the content when the extension
does not say (a WARC saved without one, XML that is a feed or a page); size and binary checks
first.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from pathlib import Path

from sitrep.ingest.formats import binary_reason, decode_html, decode_text
from sitrep.ingest.readers.feeds import _read_feed
from sitrep.ingest.readers.json_records import _read_json, _read_jsonl
from sitrep.ingest.readers.pages import _html_document, _text_document
from sitrep.ingest.readers.results import ReadError, Result, _stem, _too_large, _too_large_unpacked
from sitrep.ingest.readers.sidecar import _with_sidecar
from sitrep.ingest.readers.vocabulary import (
    FEED_SUFFIXES,
    HTML_SUFFIXES,
    JSONL_SUFFIXES,
    TEXT_SUFFIXES,
)
from sitrep.ingest.readers.warc import _read_warc


def _read_file(path: Path, max_bytes: int) -> Iterator[Result]:
    source = str(path)
    if not path.is_file():
        yield ReadError(source, "not a regular file")
        return
    name = path.name.lower()
    compressed = name.endswith(".gz")
    suffix = Path(name.removesuffix(".gz")).suffix
    known = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES | {".json"}
    if suffix in {".warc", ".arc"} or (suffix not in known and _looks_like_warc(path)):
        yield from _read_warc(path, max_bytes)
        return
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(path, max_bytes, compressed)
        return
    size = path.stat().st_size
    if size == 0:
        yield ReadError(source, "empty file")
        return
    if size > max_bytes:
        yield ReadError(source, _too_large(size, max_bytes))
        return
    data = _read_bytes(path, max_bytes, compressed)
    if data is None:
        yield ReadError(source, _too_large_unpacked(max_bytes))
        return
    if isinstance(data, ReadError):
        yield data
        return
    if not data:
        yield ReadError(source, "empty file")
        return
    why = binary_reason(data)
    if why:
        yield ReadError(source, why)
        return
    kind = _sniff(suffix, data)
    if kind == "json":
        yield from _read_json(path, data)
    elif kind == "rss":
        yield from _read_feed(path, data)
    elif kind == "html":
        yield from _with_sidecar(
            _html_document(_stem(path), source, "html", decode_html(data).text), path
        )
    elif kind == "xml":
        yield ReadError(source, "XML file is neither an RSS/Atom feed nor an HTML page")
    else:
        yield from _with_sidecar(_text_document(path, data), path)


def _read_bytes(path: Path, max_bytes: int, compressed: bool) -> bytes | ReadError | None:
    """The file's bytes (gunzipped if needed); None if they unpack to more than max_bytes."""
    with path.open("rb") as fh:
        if not compressed:
            return fh.read()
        try:
            with gzip.GzipFile(fileobj=fh) as gz:
                data = gz.read(max_bytes + 1)
        except (OSError, EOFError, zlib.error) as exc:
            return ReadError(str(path), f"damaged gzip file: {exc}")
    return None if len(data) > max_bytes else data


def _sniff(suffix: str, data: bytes) -> str:
    """txt | html | rss | json | xml from the extension, or from the content if ambiguous."""
    if suffix in TEXT_SUFFIXES:
        return "txt"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in FEED_SUFFIXES:
        return "rss"
    if suffix == ".json":
        return "json"
    head = decode_text(data[:2048]).text.lstrip("\ufeff \t\r\n").lower()
    if head.startswith("<?xml") or head.startswith("<rss") or head.startswith("<feed"):
        if any(tag in head for tag in ("<rss", "<feed", "<rdf:rdf")):
            return "rss"
        if "<html" in head:
            return "html"
        return "xml" if suffix == ".xml" else "txt"
    if head.startswith("<!doctype html") or head.startswith("<html"):
        return "html"
    return "xml" if suffix == ".xml" else "txt"


def _looks_like_warc(path: Path) -> bool:
    """A WARC file saved without its extension (crawlers name files freely)."""
    with path.open("rb") as fh:
        head = fh.read(8)
    return head.startswith(b"WARC/")
