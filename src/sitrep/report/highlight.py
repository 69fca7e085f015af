"""Cut a document's text into pieces so extracted items can be highlighted and linked.

Why a sweep over boundaries instead of nested markup: extracted spans overlap freely (an event
sentence contains a figure, which contains a place name), and crossing spans cannot be expressed
as nested HTML elements. Cutting the text at every span boundary gives flat pieces; each piece
knows every span covering it and links to the most specific one (the shortest). The template
escapes each piece's text, so no HTML is ever built from the article text here.
"""

from __future__ import annotations

from collections import defaultdict
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
_RANK = {k: n for n, k in enumerate(_ORDER)}


def pieces(text: str, start: int, end: int, marks: list[Mark]) -> tuple[Piece, ...]:
    """The pieces of ``text[start:end]`` given (possibly overlapping) marks.

    Marks are clipped to the range; marks that fall outside it or are empty are ignored. One
    sweep over the cut points with the set of open marks: linear in the marks (times how
    deeply they nest), so a long page with thousands of marks costs what its marks cost.
    """
    inside = [m for m in marks if m.start < end and m.end > start and m.end > m.start]
    cuts = {start, end}
    opening: dict[int, list[int]] = defaultdict(list)
    closing: dict[int, list[int]] = defaultdict(list)
    for n, m in enumerate(inside):
        a, b = max(m.start, start), min(m.end, end)
        cuts.update((a, b))
        opening[a].append(n)
        closing[b].append(n)
    ordered = sorted(cuts)
    out: list[Piece] = []
    open_: dict[int, Mark] = {}
    for a, b in zip(ordered, ordered[1:], strict=False):
        for n in closing.get(a, ()):
            open_.pop(n, None)
        for n in opening.get(a, ()):
            open_[n] = inside[n]
        anchors = tuple(dict.fromkeys(x for n in opening.get(a, ()) if (x := inside[n].anchor)))
        if not open_:
            out.append(Piece(text[a:b], (), None, "", anchors))
            continue
        covering = [open_[n] for n in sorted(open_)]
        best = min(covering, key=lambda m: (m.end - m.start, _RANK.get(m.kind, len(_ORDER))))
        present = {m.kind for m in covering}
        out.append(
            Piece(
                text=text[a:b],
                kinds=tuple(k for k in _ORDER if k in present),
                target=best.target,
                title="; ".join(dict.fromkeys(m.label for m in covering)),
                anchors=anchors,
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
