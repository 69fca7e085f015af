"""Page furniture: a line that opens several unrelated articles word for word.

Why: a crawled page often opens with a teaser of another story the site runs that week
("Anderson Cooper reports on the manhunt for former LAPD officer Christopher Dorner who's
accused of killing three and threatening to attack again.", "Helicopter crashes into crane
on London tower, kills two.") above the article itself. Its figures are another story's,
yet its neighbours are the article's, so the topic test (claim_topic), which reads a
figure with the sentences either side, takes it for the crisis's. What gives it away is
repetition: the same first line above articles that are otherwise different. Copies of one
article (a wire story in two outlets, with its headline as first line) share their first
line too, but also most of their other lines, so they are no furniture.
"""

from __future__ import annotations

from collections.abc import Iterable

from sitrep.records import Document

# Shortest first line (characters, folded) read as furniture when articles share it
FURNITURE_CHARS = 20
# Two articles that share at most this share of their lines (of the lines either holds) are
# different articles, not copies of one: a first line both open with is furniture
COPY_OVERLAP = 0.5


def _folded(line: str) -> str:
    return " ".join(line.casefold().split())


def first_line(text: str) -> tuple[int, int]:
    """The span of a text's first non-blank line."""
    at = len(text) - len(text.lstrip())
    end = text.find("\n", at)
    return at, len(text) if end < 0 else end


def _lines(text: str) -> frozenset[str]:
    return frozenset(f for line in text.split("\n") if (f := _folded(line)))


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 1.0


def furniture(documents: Iterable[Document]) -> dict[str, int]:
    """The documents (by id) whose first line is furniture, with how many different articles
    open with it: at least two, of which two share at most COPY_OVERLAP of their lines."""
    by_line: dict[str, list[Document]] = {}
    for d in documents:
        line = _folded(d.text[slice(*first_line(d.text))])
        if len(line) >= FURNITURE_CHARS:
            by_line.setdefault(line, []).append(d)
    out: dict[str, int] = {}
    for docs in by_line.values():
        if len(docs) < 2:
            continue
        head = _lines(docs[0].text)
        texts = [_lines(d.text) for d in docs[1:]]
        if any(_overlap(head, t) <= COPY_OVERLAP for t in texts):
            for d in docs:
                out[d.id] = len({head, *texts})
    return out
