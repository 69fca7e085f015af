"""The article's lines, and its title, kind, outlet and author from them."""

from __future__ import annotations

import re

from sitrep.ingest.clean import BODY, COMMENTS
from sitrep.ingest.metadata.vocab import (
    _AGENCY,
    _BIO_NAME,
    _BYLINE,
    _DATE_LINE,
    _EXCLUSIVE,
    _NAME,
    _OPINION,
    _ORIGIN,
    _PUBLISHED,
    _REPORTER,
    _REPRINT,
)
from sitrep.records import Segment


def _lines(text: str, segments: tuple[Segment, ...]) -> tuple[list[str], list[str]]:
    """Body lines, and all non-comment lines (body and boilerplate), in order."""
    if not segments:
        segments = (Segment(0, len(text), BODY),)
    body: list[str] = []
    other: list[str] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        line = " ".join(raw.split())
        kind = next(
            (s.kind for s in segments if s.start <= pos + (len(raw) - len(raw.lstrip())) < s.end),
            BODY,
        )
        pos += len(raw)
        if not line or kind == COMMENTS:
            continue
        other.append(line)
        if kind == BODY:
            body.append(line)
    return body, other


def _title(body: list[str]) -> str | None:
    """A short heading-like line before the first paragraph of prose."""
    for line in body[:8]:
        words = line.split()
        prose = len(line) >= 150 or (line.endswith((".", "”", '"')) and len(words) >= 12)
        if prose:
            return None
        if _BYLINE.search(line) or _PUBLISHED.match(line) or _DATE_LINE.match(line):
            continue
        if 3 <= len(words) <= 25 and line[0].isupper() and not line.endswith((".", ",", ":")):
            return line
    return None


def _head(kept: list[str], body: list[str]) -> list[str]:
    """The lines before the first body line, without navigation ("World / Europe", "A | B")."""
    first = kept.index(body[0]) if body and body[0] in kept else len(kept)
    return [line for line in kept[:first] if not re.search(r"\s[/|›»]\s", line)]


def _author(lines: list[str]) -> str | None:
    """A byline near the top ("By X", "X, Reporter"), else the subject of a closing bio."""
    for line in lines[:12]:
        if len(line.split()) > 14:
            continue
        for pattern in (_BYLINE, _REPORTER):
            match = pattern.search(line)
            if match:
                return match.group("name").strip()
    for label, line in zip(lines, lines[1:], strict=False):
        if label.casefold().rstrip(": ") in {"written by", "by", "author", "about the author"}:
            if _NAME.fullmatch(line):
                return line
    for line in reversed(lines[-12:]):
        match = _BIO_NAME.match(line)
        if match:
            return match.group("name")
    return None


def _kind(lines: list[str]) -> str:
    """reprint when the page says it republishes another outlet's article; opinion when
    it labels itself so; otherwise report."""
    edges = lines[:12] + lines[-8:]
    if any(_REPRINT.search(line) for line in edges):
        return "reprint"
    if any(_OPINION.search(line) for line in edges):
        return "opinion"
    return "report"


def _outlet(lines: list[str]) -> str | None:
    """An agency in a dateline, a reprint notice, or an "X Exclusive" tag."""
    for line in lines[:12] + lines[-6:]:
        for pattern in (_AGENCY, _ORIGIN, _EXCLUSIVE):
            match = pattern.search(line)
            if match:
                return match.group("outlet").strip()
    return None
