"""Plain text and HTML pages: text decoded as is; a page reduced to its article text by
trafilatura, with reader comments appended after a blank line as a ``comments`` segment.
"""

from __future__ import annotations

from pathlib import Path

from sitrep.ingest.formats import decode_text, extract_html
from sitrep.ingest.readers.results import ReadError, _make, _plausible, _stem
from sitrep.records import Document, Segment


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
