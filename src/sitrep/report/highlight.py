"""Cut a document's text into pieces so extracted items can be highlighted and linked.

Why a sweep over boundaries instead of nested markup: extracted spans overlap freely (an event
sentence contains a figure, which contains a place name), and crossing spans cannot be expressed
as nested HTML elements. Cutting the text at every span boundary gives flat pieces; each piece
knows every span covering it and links to the most specific one (the shortest). The template
escapes each piece's text, so no HTML is ever built from the article text here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Mark:
    """One highlighted span: ``kind`` is figure | quote | event | entity."""

    start: int
    end: int
    kind: str
    target: str  # anchor of the fact this span supports
    anchor: str  # anchor placed at the span start, so facts can link back to it
    label: str


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of text covered by the same set of marks."""

    text: str
    kinds: tuple[str, ...]
    target: str | None  # the most specific covering mark's fact anchor
    title: str
    anchors: tuple[str, ...]  # marks that start here


@dataclass(frozen=True, slots=True)
class Block:
    """A segment of the document: body text, or removed boilerplate/comments."""

    kind: str
    pieces: tuple[Piece, ...]


_ORDER = ("figure", "quote", "event", "entity")


def pieces(text: str, start: int, end: int, marks: list[Mark]) -> tuple[Piece, ...]:
    """The pieces of ``text[start:end]`` given (possibly overlapping) marks.

    Marks are clipped to the range; marks that fall outside it or are empty are ignored.
    """
    inside = [m for m in marks if m.start < end and m.end > start and m.end > m.start]
    cuts = {start, end}
    for m in inside:
        cuts.add(max(m.start, start))
        cuts.add(min(m.end, end))
    ordered = sorted(cuts)
    starts: dict[int, list[str]] = {}
    for m in inside:
        starts.setdefault(max(m.start, start), []).append(m.anchor)
    out: list[Piece] = []
    for a, b in zip(ordered, ordered[1:], strict=False):
        covering = [m for m in inside if m.start <= a and m.end >= b]
        best = min(covering, key=lambda m: (m.end - m.start, _ORDER.index(m.kind)), default=None)
        kinds = tuple(k for k in _ORDER if any(m.kind == k for m in covering))
        title = "; ".join(dict.fromkeys(m.label for m in covering))
        out.append(
            Piece(
                text=text[a:b],
                kinds=kinds,
                target=best.target if best else None,
                title=title,
                anchors=tuple(dict.fromkeys(starts.get(a, []))),
            )
        )
    return tuple(out)


def blocks(text: str, segments: list[dict[str, object]], marks: list[Mark]) -> tuple[Block, ...]:
    """The document as blocks following its segments (a single body block when there are none).

    Gaps between segments are shown as body so that no character of the text is ever dropped.
    """
    spans: list[tuple[int, int, str]] = []
    at = 0
    for seg in sorted(segments, key=lambda s: int(s["start"])):  # type: ignore[call-overload]
        s, e = int(seg["start"]), int(seg["end"])  # type: ignore[call-overload]
        s, e = max(s, at), min(e, len(text))
        if e <= s:
            continue
        if s > at:
            spans.append((at, s, "body"))
        spans.append((s, e, str(seg.get("kind", "body"))))
        at = e
    if at < len(text):
        spans.append((at, len(text), "body"))
    merged: list[tuple[int, int, str]] = []
    for s, e, kind in spans:
        if merged and merged[-1][2] == kind and merged[-1][1] == s:
            merged[-1] = (merged[-1][0], e, kind)
        else:
            merged.append((s, e, kind))
    return tuple(Block(kind, pieces(text, s, e, marks)) for s, e, kind in merged)
