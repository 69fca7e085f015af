"""What every reader returns: ``Document`` records built from decoded text, and ``ReadError``s
in words a user can act on; plus the small helpers the format readers share (ids from file
names, tolerant JSON parsing, one-line error messages).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitrep.ingest.formats import date_out_of_range, fix_surrogates, human_size
from sitrep.records import Document


@dataclass(frozen=True, slots=True)
class ReadError:
    """An input that could not be read, and why, in words a user understands."""

    source: str  # path (plus ":line N" or "#record N" for containers)
    reason: str
    # nothing was lost: the input holds no article (a JSONL line with empty text), so a
    # run reports it as skipped, not failed
    skipped: bool = False


Result = Document | ReadError

DEFAULT_MAX_BYTES = 20_000_000


_LOOP = "cannot read: a symbolic link loop (the link points, through others, back to itself)"


def _os_reason(exc: OSError) -> str:
    return f"cannot read: {exc.strerror or exc}"


def _too_large(size: int, max_bytes: int) -> str:
    return f"too large: {human_size(size)}, the limit for one article is {human_size(max_bytes)}"


def _too_large_unpacked(max_bytes: int) -> str:
    return f"too large: unpacks to more than {human_size(max_bytes)}, the limit for one article"


def _stem(path: Path) -> str:
    """The file name without its format suffixes: 'a.html.gz' → 'a', 'crawl.warc.gz' → 'crawl'."""
    name = path.name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    return Path(name).stem or name


def _make(doc_id: str, text: str, source: str, fmt: str, **fields: Any) -> Document:
    text = fix_surrogates(text)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(id=doc_id, text=text, content_hash=digest, source=source, format=fmt, **fields)


def _plausible(published: str | None) -> str | None:
    """A page's or feed's own date, unless it cannot be a publication date (9999-12-31)."""
    return published if published and date_out_of_range(published) is None else None


def _one_line(exc: BaseException, limit: int = 100) -> str:
    """An exception as one short printable line (warcio quotes raw, possibly binary, bytes)."""
    if isinstance(exc, AttributeError | TypeError | IndexError):
        return "a record header is cut off or malformed"
    text = " ".join("".join(c if c.isprintable() else " " for c in str(exc)).split())
    text = text or type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True, slots=True)
class _BadJson:
    reason: str


def _json(text: str) -> Any:
    """The parsed JSON value, or why it is not valid JSON (nesting too deep for the
    parser's recursion, "[[[[..." a hundred thousand times, included)."""
    try:
        return json.loads(text)
    except RecursionError:
        return _BadJson("not valid JSON: nested too deeply to read")
    except ValueError as exc:
        return _BadJson(f"not valid JSON: {_one_line(exc)}")
