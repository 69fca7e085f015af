"""WARC files from crawlers: one document per HTML response record; a cut-off file or a damaged
record is reported, and the records before it are kept.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from dataclasses import replace
from email.message import Message
from pathlib import Path
from typing import Any

from sitrep.ingest.formats import decode_html
from sitrep.ingest.readers.pages import _html_document
from sitrep.ingest.readers.results import (
    ReadError,
    Result,
    _one_line,
    _stem,
    _too_large,
    _too_large_unpacked,
)
from sitrep.records import Document


def _read_warc(path: Path, max_bytes: int) -> Iterator[Result]:
    """Each HTML response in a WARC as a Document; damage ends the file with one ReadError."""
    from warcio.archiveiterator import ArchiveIterator

    stem, n, found = _stem(path), 0, 0
    with path.open("rb") as fh:
        records = ArchiveIterator(fh)
        try:
            for record in records:
                n += 1
                result = _warc_document(record, stem, n, path, max_bytes)
                if _truncated(record):
                    read = (
                        f"the {found} article(s) before it were read"
                        if found
                        else "no article was read"
                    )
                    yield ReadError(
                        f"{path}#record {n}",
                        f"WARC file is truncated: record {n} ends early; {read}",
                    )
                    return
                if result is not None:
                    found += isinstance(result, Document)
                    yield result
        except Exception as exc:  # noqa: BLE001 - warcio raises many types on damaged input
            where = (
                f"record {n + 1}, byte {records.offset}"
                if hasattr(records, "offset")
                else f"record {n + 1}"
            )
            read = f"the {found} article(s) before it were read" if found else "no article was read"
            what = "not a WARC file" if n == 0 else f"WARC file is damaged at {where}"
            yield ReadError(f"{path}#record {n + 1}", f"{what} ({_one_line(exc)}); {read}")
            return
    if n and _cut_off(path):
        read = f"the {found} article(s) before it were read" if found else "no article was read"
        yield ReadError(
            f"{path}#record {n}",
            f"WARC file is truncated: it ends inside a record after record {n}; {read}",
        )
    elif n == 0:
        yield ReadError(str(path), "empty file")
    elif found == 0:
        yield ReadError(str(path), "WARC file holds no HTML responses")


def _cut_off(path: Path) -> bool:
    """Whether a WARC file stops inside a record where warcio ends without complaint: in
    the header block of a record (warcio takes it for the end of the file), or in a gzip
    member whose end-of-stream marker never came (its content may even be complete).

    A whole gzip file decompresses to its end-of-stream marker; a whole plain WARC ends
    with the blank line that closes every record.
    """
    with path.open("rb") as fh:
        if fh.read(2) == b"\x1f\x8b":
            fh.seek(0)
            try:
                with gzip.GzipFile(fileobj=fh) as gz:
                    while gz.read(1 << 20):
                        pass
            except (OSError, EOFError, zlib.error):
                return True
            return False
        fh.seek(0)
        if fh.read(5) != b"WARC/":
            return False  # an ARC file: its records end with one newline, no rule to check
        fh.seek(max(0, path.stat().st_size - 4))
        return not fh.read().endswith((b"\r\n\r\n", b"\n\n"))


def _truncated(record: Any) -> bool:
    """Whether a record's bytes stop before its Content-Length (a cut-off download).

    warcio returns the short content without complaint, so read what is left of the
    record and see whether its length limit was reached.
    """
    raw = record.raw_stream
    while raw.read(1 << 16):
        pass
    return getattr(raw, "limit", 0) > 0


def _warc_document(record: Any, stem: str, n: int, path: Path, max_bytes: int) -> Result | None:
    """A Document for an HTML response/resource record; None for every other record."""
    if record.rec_type not in ("response", "resource"):
        return None
    if record.rec_type == "response":
        headers = record.http_headers
        if headers is None:
            return None
        status = headers.get_statuscode() or ""
        if not status.startswith("2"):
            return None  # redirects and error pages are not articles
        ctype = headers.get_header("Content-Type") or ""
    else:
        ctype = record.rec_headers.get_header("Content-Type") or ""
    if "html" not in ctype.lower():
        return None
    source = f"{path}#{n}"
    length = record.rec_headers.get_header("Content-Length")
    if length and length.isdigit() and int(length) > max_bytes:
        return ReadError(f"{path}#record {n}", _too_large(int(length), max_bytes))
    payload = record.content_stream().read(max_bytes + 1)
    if len(payload) > max_bytes:
        return ReadError(f"{path}#record {n}", _too_large_unpacked(max_bytes))
    parsed = Message()
    parsed["Content-Type"] = ctype
    html = decode_html(payload, http_charset=parsed.get_content_charset()).text
    url = record.rec_headers.get_header("WARC-Target-URI")
    doc = _html_document(f"{stem}-{n}", source, "warc", html, url=url)
    if isinstance(doc, ReadError):
        return ReadError(f"{path}#record {n}", doc.reason)
    return replace(doc, url=url or doc.url)
