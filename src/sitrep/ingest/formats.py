"""Byte-level helpers for the readers: decoding, binary sniffing, HTML extraction, dates.

Articles arrive as files of unknown provenance: legacy code pages, UTF-16 exports from
word processors, pages saved from a browser, feeds, web archives. These helpers turn raw
bytes into text *without* rewriting it (no newline or whitespace normalisation), because
every later offset points into the text exactly as decoded here.
"""

from __future__ import annotations

import codecs
import email.utils
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

import charset_normalizer

# Magic numbers of common non-text files, so a user learns *what* was refused.
_MAGIC: tuple[tuple[int, bytes, str], ...] = (
    (0, b"\x89PNG\r\n\x1a\n", "PNG image"),
    (0, b"\xff\xd8\xff", "JPEG image"),
    (0, b"GIF87a", "GIF image"),
    (0, b"GIF89a", "GIF image"),
    (0, b"%PDF-", "PDF document"),
    (0, b"PK\x03\x04", "ZIP archive or Office document"),
    (0, b"\x1f\x8b", "gzip archive"),
    (0, b"BZh", "bzip2 archive"),
    (0, b"\xfd7zXZ\x00", "xz archive"),
    (0, b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (0, b"Rar!\x1a\x07", "RAR archive"),
    (0, b"\x7fELF", "executable program"),
    (0, b"MZ", "Windows executable"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Microsoft Office document"),
    (0, b"SQLite format 3\x00", "SQLite database"),
    (0, b"PAR1", "Parquet file"),
    (0, b"ID3", "MP3 audio"),
    (0, b"OggS", "Ogg media"),
    (0, b"wOFF", "web font"),
    (0, b"II*\x00", "TIFF image"),
    (0, b"MM\x00*", "TIFF image"),
    (4, b"ftyp", "MP4/QuickTime video"),
    (8, b"WEBP", "WebP image"),
    (8, b"WAVE", "WAV audio"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_SNIFF = 65_536
# A bare `charset=` token; small on purpose (a declaration, not markup parsing).
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_CONTROL = set(range(0, 9)) | {11, 14, 15} | set(range(16, 27)) | set(range(28, 32)) | {127}


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes, and how: the encoding name and whether bytes were replaced."""

    text: str
    encoding: str
    replaced: bool = False


def magic_name(head: bytes) -> str | None:
    """The kind of a known binary file from its first bytes, or None."""
    for offset, magic, name in _MAGIC:
        if head[offset : offset + len(magic)] == magic:
            return name
    return None


def bom_encoding(data: bytes) -> str | None:
    """The codec for a byte-order mark at the start of ``data`` (it strips the BOM)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NULs sit in every other byte, as in BOM-less UTF-16 text.

    Latin-script UTF-16 has a zero high byte for almost every character; binary data has
    NULs scattered anywhere.
    """
    sample = head[: len(head) - len(head) % 2]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    n = len(even)
    if odd.count(0) >= 0.7 * n and even.count(0) <= 0.05 * n:
        return "utf-16-le"
    if even.count(0) >= 0.7 * n and odd.count(0) <= 0.05 * n:
        return "utf-16-be"
    return None


def binary_reason(data: bytes) -> str | None:
    """Why ``data`` is not text ("not text: binary file (PNG image)"), or None if it may be.

    A BOM or a BOM-less UTF-16 pattern means text; a known magic number, a NUL byte or a
    high share of control characters means binary.
    """
    head = data[:_SNIFF]
    if bom_encoding(head):
        return None
    kind = magic_name(head)
    if kind is None and b"\x00" in head and _utf16_without_bom(head):
        return None
    if kind is None and b"\x00" not in head:
        controls = sum(1 for b in head if b in _CONTROL)
        if not head or controls <= 0.1 * len(head):
            return None
    return f"not text: binary file ({kind})" if kind else "not text: binary file"


def _decode_with(data: bytes, encoding: str) -> Decoded | None:
    try:
        return Decoded(data.decode(encoding), codecs.lookup(encoding).name)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_text(data: bytes, declared: str | None = None) -> Decoded:
    """Decode bytes of unknown encoding; never raises.

    Order: BOM, then a declared charset (HTTP header or HTML meta) if it decodes cleanly,
    then BOM-less UTF-16 (NULs in every other byte), then strict UTF-8, then Windows-1252
    for mostly-ASCII Latin-script text, then charset-normalizer's best guess, and
    finally UTF-8 with U+FFFD replacements (flagged in ``replaced``).
    """
    bom = bom_encoding(data)
    if bom:
        got = _decode_with(data, bom)
        if got:
            return got
        return Decoded(data.decode(bom, errors="replace"), bom, replaced=True)
    if declared:
        name = _whatwg_alias(declared)
        got = _decode_with(data, name) if name else None
        if got:
            return got
    utf16 = _utf16_without_bom(data[:_SNIFF]) if b"\x00" in data[:_SNIFF] else None
    if utf16:  # before UTF-8: ASCII in UTF-16 is also "valid" UTF-8, full of NULs
        got = _decode_with(data, utf16)
        if got:
            return got
    got = _decode_with(data, "utf-8")
    if got:
        return got
    latin = _windows_1252(data)
    if latin is not None:
        return latin
    best = charset_normalizer.from_bytes(data).best()
    if best is not None and best.encoding:
        got = _decode_with(data, best.encoding)
        if got:
            return got
    return Decoded(data.decode("utf-8", errors="replace"), "utf-8", replaced=True)


def _windows_1252(data: bytes) -> Decoded | None:
    """Windows-1252 when the bytes read as Latin-script text with a few accented letters.

    Non-UTF-8 English news is nearly always Windows-1252 (curly quotes at 0x93/0x94, é...),
    and charset-normalizer cannot tell the Latin single-byte code pages apart on short
    texts (it picked cp775 for French names). Texts in Cyrillic, Greek or Arabic code pages
    have most letters above 0x7F, so they fail the share test and go to charset-normalizer.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [c for c in text if c.isalpha()]
    high = sum(1 for c in letters if ord(c) > 127)
    if not letters or high > 0.2 * len(letters):
        return None
    return Decoded(text, "cp1252")


def _whatwg_alias(label: str) -> str | None:
    """The codec Python should use for a declared charset label.

    Browsers decode pages labelled latin-1/ascii as windows-1252 (WHATWG Encoding), and
    such pages do contain 0x80-0x9F curly quotes, so we do the same.
    """
    label = label.strip().strip("\"'").lower()
    if label in {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii"}:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def declared_html_charset(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag within its first 4 KB."""
    found = _META_CHARSET.search(data[:4096])
    return found.group(1).decode("ascii", "replace") if found else None


def decode_html(data: bytes, http_charset: str | None = None) -> Decoded:
    """Decode an HTML page: BOM, then the HTTP charset, then ``<meta charset>``, then sniff."""
    return decode_text(data, declared=http_charset or declared_html_charset(data))


_SURROGATE = re.compile("[\ud800-\udfff]")


def fix_surrogates(text: str) -> str:
    """Replace lone surrogates (from JSON ``\\ud800`` escapes) with U+FFFD, same length.
    (One regular-expression scan: a loop over the characters took 3 s on a 10 MB text.)"""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def human_size(n: int) -> str:
    """Bytes as a short decimal size: '52.4 MB', '20 MB', '1.5 kB', '12 bytes'."""
    for unit, size in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if n >= size:
            return f"{n / size:.1f}".removesuffix(".0") + f" {unit}"
    return f"{n} bytes"


# ---- dates ---------------------------------------------------------------------------

# A publication date outside these bounds is a placeholder or an error (9999-12-31,
# 0001-01-01, a year typed wrong): news is not dated before 1900 or more than a few days
# ahead (time zones, embargoes).
EARLIEST_DATE = date(1900, 1, 1)
FUTURE_DAYS = 7


def date_out_of_range(iso: str) -> str | None:
    """Why a YYYY-MM-DD publication date cannot be right, or None if it may be."""
    try:
        day = date.fromisoformat(iso[:10])
    except ValueError:
        return f"{iso[:40]!r} is not a date"
    latest = date.today() + timedelta(days=FUTURE_DAYS)
    if EARLIEST_DATE <= day <= latest:
        return None
    return (
        f"{day.isoformat()} is out of range ({EARLIEST_DATE.year} to {FUTURE_DAYS} days from today)"
    )


def normalise_date(value: Any) -> str | None:
    """A publication date string or struct as YYYY-MM-DD, or None if it is not a date.

    Accepts ISO 8601, RFC 822 (feeds, e-mail), and free text via dateparser. The date is
    the one written (the outlet's local date), not converted to UTC. Whether it is a
    plausible publication date is :func:`date_out_of_range`'s question.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list) and len(value) >= 3:  # time.struct_time
        try:
            return date(int(value[0]), int(value[1]), int(value[2])).isoformat()
        except (TypeError, ValueError):
            return None
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    return _dateparser_date(text)


@lru_cache(maxsize=1024)
def _dateparser_date(text: str) -> str | None:
    import dateparser  # slow import; only needed for free-text dates

    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False},
    )
    return parsed.date().isoformat() if parsed else None


# ---- HTML ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HtmlArticle:
    """What trafilatura found in one page: body text, reader comments and page metadata."""

    body: str
    comments: str
    title: str | None
    author: str | None
    outlet: str | None
    url: str | None
    published: str | None  # from the page's markup/metadata only, never from comments


def extract_html(html: str, url: str | None = None) -> HtmlArticle | None:
    """Body, comments and metadata of a page (or feed-entry fragment); None if no body text.

    trafilatura separates article text from navigation, footers and comments. Its own
    date search also reads dates inside the comment thread, so the publication date is
    taken separately by htmldate from the page with its comment sections pruned and
    without htmldate's free-text search.
    """
    article = _extract_html(html, url)
    if article is None and len(_LAYOUT_TAG.findall(html, 0, 1 << 22)) > _PARSER_DEPTH:
        # libxml2 stops building the tree at depth 256 and drops what lies deeper (a page
        # of 10,000 nested <div>s): read the page again without its layout containers
        article = _extract_html(_LAYOUT_TAG.sub("", html), url)
    return article


# Elements that only lay a page out; nested past libxml2's depth limit they hide the text.
_LAYOUT_TAG = re.compile(r"</?(?:div|span|section|font|center|main|aside)\b[^>]*>", re.I)
_PARSER_DEPTH = 255


def _extract_html(html: str, url: str | None) -> HtmlArticle | None:
    import trafilatura

    try:
        found = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=True,
            deduplicate=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # noqa: BLE001 - a malformed page must not stop the batch
        return None
    if found is None:
        return None
    meta = found.as_dict() if hasattr(found, "as_dict") else dict(found)
    body = (meta.get("text") or "").strip("\n")
    if not body.strip() or _only_chrome(body, html):
        return None
    comments = (meta.get("comments") or "").strip("\n")
    page_url = meta.get("url") or url
    return HtmlArticle(
        body=body,
        comments=comments if comments.strip() else "",
        title=_clean(meta.get("title")),
        author=_clean_author(meta.get("author")),
        outlet=_clean(meta.get("sitename")),
        url=_clean(page_url),
        published=_page_date(html, page_url, fallback=meta.get("date")),
    )


_CHROME_TAGS = ("a", "nav", "header", "footer", "button", "title", "option", "label", "select")
_SHORT_BODY = 250  # trafilatura's own minimum extracted size; below it, it falls back


def _only_chrome(body: str, html: str) -> bool:
    """Whether a short extraction is nothing but menu, link and footer text.

    On a page without an article trafilatura's fallback returns whatever text is left,
    typically the navigation ("Home World"). Such text consists of link and chrome
    strings only; a real body, however short, has words of its own.
    """
    if len(body) >= _SHORT_BODY:
        return False
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return False
    chrome = {" ".join(el.text_content().split()) for el in tree.iter(*_CHROME_TAGS)}
    remaining = " ".join(body.split())
    for text in sorted(chrome, key=len, reverse=True):
        if text:
            remaining = remaining.replace(text, " ")
    return len(remaining.split()) < 4


def fragment_text(html: str) -> str:
    """Plain text of a small HTML fragment (a feed summary), one line per block element.

    Feed summaries are content by nature, with no page chrome to remove, but can be too
    short for trafilatura, which then returns nothing.
    """
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return ""
    for el in root.iter(
        "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr"
    ):
        el.text = "\n" + (el.text or "")
        el.tail = "\n" + (el.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def _page_date(html: str, url: str | None, fallback: str | None) -> str | None:
    """The page's publication date from its metadata, with comment threads removed first."""
    try:
        from copy import deepcopy

        import htmldate
        from trafilatura.htmlprocessing import prune_unwanted_nodes
        from trafilatura.utils import load_html
        from trafilatura.xpaths import REMOVE_COMMENTS_AND_LISTS_XPATH
    except ImportError:  # trafilatura internals moved: use its own (comment-blind) date
        return normalise_date(fallback)
    tree = load_html(html)
    if tree is None:
        return None
    tree = prune_unwanted_nodes(deepcopy(tree), REMOVE_COMMENTS_AND_LISTS_XPATH)
    try:
        found = htmldate.find_date(tree, extensive_search=False, original_date=True, url=url)
    except Exception:  # noqa: BLE001 - htmldate on odd markup
        return None
    return normalise_date(found)


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _clean_author(value: Any) -> str | None:
    """trafilatura's byline guess, cut at a separator ('Name · January 06, 2022' → 'Name')."""
    value = _clean(value)
    if value is None:
        return None
    for sep in (" · ", " | ", " • ", " — ", " - "):
        value = value.split(sep)[0]
    return value.strip() or None
