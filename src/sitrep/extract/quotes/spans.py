"""Quotation spans, paired by character: straight and curly marks, with the news convention
that a quote left open at a paragraph end continues or closes there."""

from __future__ import annotations

import re

from sitrep.extract.quotes.vocab import _CUE_AFTER, _DOUBLE_QUOTE, SAID_COLON


def _is_word(c: str) -> bool:
    return c.isalnum() or c in "$£€%"


def find_quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quoted text (without the marks), in order.

    Double quotes only (straight or curly) and guillemets: single curly quotes double as
    apostrophes in English news and are not reliable delimiters. A mark's role
    comes from its context (a space before and a word after opens), falling back
    on its glyph; a quote still open at a paragraph end closes there.
    """
    # Tokenised corpora (Penn Treebank style) write quotes as `` and '': read them as
    # curly quotes, keeping every offset (same length).
    text = text.replace("`` ", "  \u201c").replace(" ''", "\u201d  ")
    marks: list[tuple[int, str]] = []
    for m in _DOUBLE_QUOTE.finditer(text):
        i, c = m.start(), m.group()
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        opens = (before.isspace() or before in "([{—–-:") and not after.isspace()
        closes = not before.isspace() and (after.isspace() or not _is_word(after))
        if c in "«»":
            # guillemets (French-style pages and their translations) say their role by their
            # glyph, set off by spaces inside as often as not: « a coup was in progress »;
            # one inside a word is mojibake ("¾«Æ"), no mark
            if (c == "«" and not (before.isspace() or before in "([{—–-:")) or (
                c == "»" and _is_word(after)
            ):
                continue
            role = "open" if c == "«" else "close"
        elif opens and not closes:
            role = "open"
        elif closes and not opens:
            role = "close"
        elif before.isspace() and after.isspace():
            role = "toggle"  # a stray mark between spaces closes an open quote, if any
        else:
            role = "open" if c == "“" else "close" if c == "”" else "toggle"
        marks.append((i, role))
    spans: list[tuple[int, int]] = []
    start: int | None = None
    last = -1  # the last mark read
    for i, role in marks:
        if start is not None and "\n" in text[start:i]:
            # an open quote runs to the end of its paragraph (next quote reopens)
            end = text.index("\n", start)
            spans.append((start, end))
            start = None
        if role == "open" or (role == "toggle" and start is None):
            if role == "toggle" and (orphan := _orphan_close(text, i, last)) is not None:
                spans.append((orphan, i))
            else:
                start = i + 1
        elif start is not None:
            spans.append((start, i))
            start = None
        elif (orphan := _orphan_close(text, i, last)) is not None:
            spans.append((orphan, i))
        last = i
    if start is not None:
        end = text.find("\n", start)
        spans.append((start, len(text) if end < 0 else end))
    spans.extend(
        (s, e) for s, e in _single_quote_spans(text) if not any(a <= s < b for a, b in spans)
    )
    spans.extend(_said_paragraphs(text, spans))
    spans.sort()
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:"):
            e -= 1
        if e > s and any(c.isalnum() for c in text[s:e]):
            out.append((s, e))
    return out


def _orphan_close(text: str, i: int, last: int) -> int | None:
    """Where a quote closed at ``i`` with no opening mark began: its paragraph's start,
    when no other mark stands in the paragraph before it and a reporting verb follows
    ('The face of one of the detainees is covered with bloody bruises”, Ioseliani noted':
    the page lost its opening mark). None otherwise."""
    para = text.rfind("\n", 0, i) + 1
    if last >= para or not _CUE_AFTER.match(text, i + 1):
        return None
    return para


def outside_quotes(text: str) -> str:
    """``text`` with what its quotation marks enclose (:func:`find_quote_spans`) blanked,
    offsets kept: the narrator's words, not the quoted speaker's."""
    chars = list(text)
    for s, e in find_quote_spans(text):
        chars[s:e] = " " * (e - s)
    return "".join(chars)


def _single_quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans between curly single quotes, as papers in the British style write every
    quotation ('Police are working to find out …,' said the minister). The same glyph
    is the apostrophe, so a mark opens only after a space or a line start and before a
    word, and closes only after a word or punctuation and before a space, punctuation
    or the line end, not inside a word ("don't") or after a plural's "s" before a
    lower-case word (the protesters' demands); both marks sit in one paragraph."""
    out: list[tuple[int, int]] = []
    start: int | None = None
    for m in re.finditer("[‘’]", text):
        i = m.start()
        before = text[i - 1] if i > 0 else "\n"
        after = text[i + 1] if i + 1 < len(text) else "\n"
        if start is not None and "\n" in text[start:i]:
            start = None
        if m.group() == "‘" and (before.isspace() or before in "([—–-") and _is_word(after):
            start = i + 1
            continue
        if start is None or m.group() != "’" or before.isspace() or _is_word(after):
            continue
        nxt = text[i + 1 : i + 3]
        if before in "sS" and after == " " and nxt[1:].islower():
            continue  # a plural possessive
        out.append((start, i))
        start = None
    return out


def _said_paragraphs(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraph a press release sets after "Jane Doe, the director, said:" as her
    words, though the page lost its quotation marks (one whole paragraph of sentences,
    holding no quotation of its own)."""
    out = []
    for m in SAID_COLON.finditer(text):
        start = m.end()
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        para = text[start:end].rstrip()
        if (
            len(para) >= 40
            and para[:1].isupper()
            and para.endswith((".", "!", "?"))
            and not any(start <= a < end or a <= start < b for a, b in spans)
        ):
            out.append((start, start + len(para)))
    return out
