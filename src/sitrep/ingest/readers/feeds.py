"""RSS and Atom feeds (feedparser): one document per entry, from its full content when the feed
carries it, else its summary.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from sitrep.ingest.formats import fragment_text, normalise_date
from sitrep.ingest.readers.pages import _html_document
from sitrep.ingest.readers.results import ReadError, Result, _make, _one_line, _plausible, _stem
from sitrep.records import Document


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
