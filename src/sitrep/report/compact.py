"""The documents of a paged report as compact embedded data, drawn in the browser.

Why: the article text is most of a large report, and as highlighted HTML (an element, a link
and a title per highlighted span) it weighs two to three times the text. A documents page
therefore carries each document's pieces (:func:`sitrep.report.highlight.blocks`) as a gzip'd,
base64 JSON payload that report.js inflates (the browser's own DecompressionStream) and turns
into the same DOM the one-file report has: the same anchors, highlight classes, links and
titles. All text reaches the DOM through text nodes, never as markup.

Payload: ``{"c": [class strings], "h": [hrefs], "l": [titles], "d": [[anchor, text, blocks]]}``
with ``blocks = [[kind, pieces]]`` and each piece ``[length]`` (plain text) or ``[length,
class index, href index, title index, anchor...]``.
"""

from __future__ import annotations

import base64
import gzip
import json
from collections.abc import Callable, Iterable
from typing import Any

from sitrep.report.view import DocView


class _Table:
    """Strings numbered in order of first use."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}

    def __call__(self, value: str) -> int:
        return self.index.setdefault(value, len(self.index))

    def values(self) -> list[str]:
        return list(self.index)


def payload(docs: Iterable[DocView], href: Callable[[str], str]) -> dict[str, Any]:
    """The documents' highlighted text as compact data (see the module's docstring)."""
    classes, hrefs, titles = _Table(), _Table(), _Table()
    out: list[list[Any]] = []
    for d in docs:
        blocks: list[list[Any]] = []
        for b in d.render_blocks():
            pieces: list[list[Any]] = []
            for p in b.pieces:
                size = _js_length(p.text)
                if not p.target and not p.anchors:
                    pieces.append([size])
                    continue
                cls = classes("hl " + " ".join(f"k-{k}" for k in p.kinds)) if p.target else -1
                link = hrefs(href(p.target)) if p.target else -1
                title = titles(p.title) if p.target else -1
                pieces.append([size, cls, link, title, *p.anchors])
            blocks.append([b.kind, pieces])
        out.append([d.anchor, d.text, blocks])
    return {"c": classes.values(), "h": hrefs.values(), "l": titles.values(), "d": out}


def _js_length(text: str) -> int:
    """Length as JavaScript counts it (UTF-16 code units), so the browser cuts where we do."""
    return len(text) if text.isascii() else len(text.encode("utf-16-le")) // 2


def pack(data: dict[str, Any]) -> str:
    """``data`` as gzip'd JSON in base64: what the page embeds."""
    return pack_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")))


def pack_text(text: str) -> str:
    """``text`` gzip'd, in base64 (a paged report's page carries its main part so)."""
    raw = text.encode("utf-8")
    return base64.b64encode(gzip.compress(raw, compresslevel=6, mtime=0)).decode("ascii")


def unpack_text(packed: str) -> str:
    return gzip.decompress(base64.b64decode(packed)).decode("utf-8")


def unpack(packed: str) -> dict[str, Any]:
    """The inverse of :func:`pack` (for tests and tools)."""
    return json.loads(unpack_text(packed))
