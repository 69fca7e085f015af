"""Read article files of any common format into ``Document`` records.

The readers are the product's front door: users point them at whatever they collected
(a folder of .txt files, saved web pages, a JSONL dump, feeds, a crawler's WARC). Bad
input is normal there, so nothing here raises for it: every problem becomes a
``ReadError`` a user can act on, and the remaining files are still read.

Text is never rewritten: ``Document.text`` is the decoded text exactly (newlines, spacing
and all), because every later offset points into it. HTML-like input is reduced to article
text by trafilatura, with reader comments appended after a blank line and marked as a
``comments`` segment so later stages can ignore them while offsets stay valid.
"""

from __future__ import annotations

import errno
import glob
import gzip
import hashlib
import json
import os
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from email.message import Message
from pathlib import Path
from typing import Any, BinaryIO

from sitrep.ingest.formats import (
    binary_reason,
    date_out_of_range,
    decode_html,
    decode_text,
    extract_html,
    fix_surrogates,
    fragment_text,
    human_size,
    normalise_date,
)
from sitrep.records import Document, Segment


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
_SIDECAR_LIMIT = 1_000_000
_KINDS = frozenset({"report", "opinion", "analysis", "reprint"})
_TEXT_SUFFIXES = frozenset({".txt", ".text"})
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml", ".mht", ".php", ".asp", ".aspx"})
_JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
_FEED_SUFFIXES = frozenset({".rss", ".atom"})
# Never articles: skipped silently when a directory is expanded (an explicit path is tried).
_NOT_ARTICLES = frozenset(
    ".png .jpg .jpeg .gif .webp .bmp .tif .tiff .svg .ico .pdf .zip .tar .tgz .bz2 .xz .7z .rar"
    " .doc .docx .xls .xlsx .ppt .pptx .odt .epub .mp3 .mp4 .wav .ogg .webm .mov .avi .woff"
    " .woff2 .ttf .otf .exe .dll .so .dylib .bin .pyc .py .js .css .map .csv .tsv .parquet"
    " .arrow .feather .db .duckdb .sqlite .pkl .npy .yaml .yml .toml .ini .cfg .lock .log"
    " .json .md5 .sha256 .sig .gitignore".split()
)
# Dataset housekeeping files that sit next to articles (corpus READMEs, source lists).
_HOUSEKEEPING = frozenset({"readme", "license", "licence", "sources", "changelog", "notice"})
_FORMATS_WORDS = ".txt, .html, .jsonl, .rss/.atom/.xml feeds, .warc(.gz)"


def read_paths(
    paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Result]:
    """Every article in ``paths`` as a ``Document``, and every problem as a ``ReadError``.

    Paths may be files, directories (read recursively, files in sorted order, hidden files
    and obvious non-articles skipped) or glob patterns. A file reached twice is read once.
    ``max_bytes`` limits one article: a single-article file, one JSONL line, one WARC
    record; feed and JSON files are parsed whole, so the limit applies to the file.
    """
    seen: set[Path] = set()
    for given in paths:
        yield from _read_given(str(given), seen, max_bytes)


def _read_given(given: str, seen: set[Path], max_bytes: int) -> Iterator[Result]:
    path = Path(given).expanduser()
    if path.is_dir():
        yield from _read_directory(path, seen, max_bytes)
    elif path.exists():
        yield from _read_once(path, seen, max_bytes)
    elif any(ch in given for ch in "*?["):
        matches = sorted(glob.glob(str(path), recursive=True))
        if not matches:
            yield ReadError(given, "no files match this pattern")
        for match in matches:
            if Path(match).is_dir():
                yield from _read_directory(Path(match), seen, max_bytes)
            else:
                yield from _read_once(Path(match), seen, max_bytes)
    else:
        yield ReadError(given, "no such file or directory")


def _read_directory(root: Path, seen: set[Path], max_bytes: int) -> Iterator[Result]:
    """Read a directory tree; one ReadError naming it if it yielded no article at all."""
    files: list[Path] = []
    skipped = 0
    unreadable: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable.append):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            candidate = Path(dirpath) / name
            if _is_candidate(candidate):
                files.append(candidate)
            else:
                skipped += 1
    documents = 0
    failed = len(unreadable)
    for exc in unreadable:  # a folder os.walk could not list (permissions, a vanished mount)
        yield ReadError(str(exc.filename or root), f"cannot read this directory: {exc.strerror}")
    for file in sorted(files):
        for result in _read_once(file, seen, max_bytes):
            if isinstance(result, Document):
                documents += 1
            else:
                failed += 1
            yield result
    if documents == 0 and not (files and failed == 0):  # all-duplicates is not a problem
        detail = (
            f"{failed} file(s) could not be read"
            if failed
            else f"{skipped} file(s) skipped as not articles"
            if skipped
            else "it is empty"
        )
        yield ReadError(
            str(root),
            f"no readable article files in this directory ({detail}); looked for {_FORMATS_WORDS}",
        )


def _is_candidate(path: Path) -> bool:
    """Whether a file found in a directory may be an article (explicit paths are always tried)."""
    name = path.name.lower()
    if name.startswith(".") or name.endswith("~"):
        return False
    if path.stem.lower() in _HOUSEKEEPING and path.suffix.lower() in {"", ".md", ".txt", ".rst"}:
        return False
    suffix = path.suffix.lower()
    if suffix == ".gz":
        inner = Path(path.stem).suffix.lower()
        return inner in {".warc", ".arc"} | _TEXT_SUFFIXES | _HTML_SUFFIXES | _JSONL_SUFFIXES
    return suffix not in _NOT_ARTICLES


def _read_once(path: Path, seen: set[Path], max_bytes: int) -> Iterator[Result]:
    try:
        resolved = path.resolve()
    except RuntimeError:  # Python 3.11 reports a symlink loop so
        yield ReadError(str(path), _LOOP)
        return
    except OSError as exc:
        yield ReadError(str(path), _LOOP if exc.errno == errno.ELOOP else _os_reason(exc))
        return
    if resolved in seen:
        return
    seen.add(resolved)
    if _is_sidecar(path):
        return  # metadata for a neighbouring article, read with it
    try:
        yield from _read_file(path, max_bytes)
    except OSError as exc:
        yield ReadError(str(path), _LOOP if exc.errno == errno.ELOOP else _os_reason(exc))


_LOOP = "cannot read: a symbolic link loop (the link points, through others, back to itself)"


def _os_reason(exc: OSError) -> str:
    return f"cannot read: {exc.strerror or exc}"


def _is_sidecar(path: Path) -> bool:
    if path.suffix.lower() != ".json":
        return False
    return any(path.with_suffix(s).exists() for s in (*_TEXT_SUFFIXES, *_HTML_SUFFIXES))


# ---- dispatch -------------------------------------------------------------------------


def _read_file(path: Path, max_bytes: int) -> Iterator[Result]:
    source = str(path)
    if not path.is_file():
        yield ReadError(source, "not a regular file")
        return
    name = path.name.lower()
    compressed = name.endswith(".gz")
    suffix = Path(name.removesuffix(".gz")).suffix
    known = _TEXT_SUFFIXES | _HTML_SUFFIXES | _JSONL_SUFFIXES | _FEED_SUFFIXES | {".json"}
    if suffix in {".warc", ".arc"} or (suffix not in known and _looks_like_warc(path)):
        yield from _read_warc(path, max_bytes)
        return
    if suffix in _JSONL_SUFFIXES:
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
    if suffix in _TEXT_SUFFIXES:
        return "txt"
    if suffix in _HTML_SUFFIXES:
        return "html"
    if suffix in _FEED_SUFFIXES:
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


# ---- plain text and HTML --------------------------------------------------------------


def _text_document(path: Path, data: bytes) -> Document | ReadError:
    text = decode_text(data).text
    if not text.strip():
        return ReadError(str(path), "no text: the file holds only whitespace")
    return _make(_stem(path), text, str(path), "txt")


def _html_document(
    doc_id: str, source: str, fmt: str, html: str, url: str | None = None
) -> Document | ReadError:
    """A Document from a page: body text, then comments after a blank line, as segments."""
    article = extract_html(html, url)
    if article is None:
        return ReadError(source, "no article text found in the HTML")
    text = article.body
    segments = [Segment(0, len(text), "body")]
    if article.comments:
        start = len(text) + 2
        text = f"{text}\n\n{article.comments}"
        segments.append(Segment(start, len(text), "comments"))
    return _make(
        doc_id,
        text,
        source,
        fmt,
        title=article.title,
        outlet=article.outlet,
        author=article.author,
        url=article.url or url,
        published=_plausible(article.published),
        published_basis="html metadata" if _plausible(article.published) else None,
        segments=tuple(segments),
        raw=html,
    )


def _plausible(published: str | None) -> str | None:
    """A page's or feed's own date, unless it cannot be a publication date (9999-12-31)."""
    return published if published and date_out_of_range(published) is None else None


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
        value = _first_str(meta, *_ALIASES[name])
        if value:
            fields[name] = value
    problem = None
    raw_date = _first_value(meta, *_ALIASES["published"])
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
    if isinstance(kind, str) and kind.strip().lower() in _KINDS:
        fields["kind"] = kind.strip().lower()
    return (replace(doc, **fields) if fields else doc), problem


# Field names used by common scrapers/datasets (news-please, newspaper, Common Crawl dumps).
_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "doc_id", "uuid"),
    "text": ("text", "maintext", "body", "content", "article"),
    "html": ("html", "raw_html"),
    "title": ("title", "headline"),
    "outlet": ("outlet", "sitename", "source_domain", "publisher", "source"),
    "author": ("author", "authors", "byline"),
    "url": ("url", "link"),
    "published": (
        "published",
        "date_publish",
        "published_at",
        "publication_date",
        "published_date",
        "date_published",
        "pubDate",
        "pub_date",
        "date",
        "time",
        "datetime",
        "timestamp",
    ),
}


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


def _one_line(exc: BaseException, limit: int = 100) -> str:
    """An exception as one short printable line (warcio quotes raw, possibly binary, bytes)."""
    if isinstance(exc, AttributeError | TypeError | IndexError):
        return "a record header is cut off or malformed"
    text = " ".join("".join(c if c.isprintable() else " " for c in str(exc)).split())
    text = text or type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---- JSON records: JSONL lines and .json files ----------------------------------------


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
    doc_id = _first_str(record, *_ALIASES["id"]) or default_id
    text = _first_value(record, *_ALIASES["text"])
    html = _first_value(record, *_ALIASES["html"])
    if isinstance(text, str) and text.strip():
        doc: Document | ReadError = _make(
            doc_id, text, source, fmt, raw=html if isinstance(html, str) else None
        )
    elif isinstance(html, str) and html.strip():
        doc = _html_document(
            doc_id, source, fmt, fix_surrogates(html), url=_first_str(record, *_ALIASES["url"])
        )
    elif not any(key in record for key in (*_ALIASES["text"], *_ALIASES["html"])):
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


# ---- feeds ----------------------------------------------------------------------------


def _read_feed(path: Path, data: bytes) -> Iterator[Result]:
    """Each RSS/Atom entry as a Document (its HTML content through trafilatura)."""
    import feedparser

    parsed = feedparser.parse(data)  # bytes, never a string: a string may be fetched as a URL
    entries = parsed.get("entries") or []
    if not entries:
        why = _one_line(parsed.bozo_exception) if parsed.get("bozo") else "it has no entries"
        yield ReadError(str(path), f"not a readable RSS/Atom feed: {why}")
        return
    outlet = parsed.feed.get("title") or None
    for n, entry in enumerate(entries, 1):
        yield _feed_document(entry, n, path, outlet)
    if parsed.get("bozo"):  # entries before the damage were read; say what may be missing
        yield ReadError(
            str(path),
            f"feed is cut off or damaged ({_one_line(parsed.bozo_exception)}); "
            f"its {len(entries)} entries up to there were read",
        )


def _feed_document(entry: Any, n: int, path: Path, outlet: str | None) -> Document | ReadError:
    value, mime = _entry_content(entry)
    source, doc_id, link = f"{path}#{n}", f"{_stem(path)}-{n}", entry.get("link")
    if not value.strip():
        return ReadError(f"{path}#entry {n}", "feed entry has no content or summary")
    if "html" in mime and "<" in value:
        doc = _html_document(doc_id, source, "rss", value, url=link)
        if isinstance(doc, ReadError):  # too short for trafilatura: a summary fragment
            text = fragment_text(value)
            if not text.strip():
                return ReadError(f"{path}#entry {n}", "no article text found in this feed entry")
            doc = _make(doc_id, text, source, "rss", raw=value)
    else:
        doc = _make(doc_id, value, source, "rss")
    published = None
    for key in ("published", "updated", "published_parsed", "updated_parsed"):
        published = _plausible(normalise_date(entry.get(key)))
        if published:
            break
    return replace(
        doc,
        title=entry.get("title") or doc.title,
        author=entry.get("author") or doc.author,
        url=link or doc.url,
        outlet=outlet or doc.outlet,
        published=published or doc.published,
        published_basis="feed metadata" if published else doc.published_basis,
    )


def _entry_content(entry: Any) -> tuple[str, str]:
    """The fullest text of an entry: content:encoded / Atom content, else the summary."""
    for content in entry.get("content") or []:
        if content.get("value", "").strip():
            return content["value"], content.get("type", "text/html")
    detail = entry.get("summary_detail") or {}
    return entry.get("summary", "") or "", detail.get("type", "text/html")


# ---- WARC -----------------------------------------------------------------------------


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
