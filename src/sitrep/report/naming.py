"""How the report and the app name documents: one D-label each, and a title from the text
when the document came with none.

D-labels are the one way documents are referred to in cards ("[D3]"). When every file is
numbered by its user ("000_ab12.txt", "001_cd34.txt", "17-report.txt"), D-numbers are those
numbers, so D2 is the file numbered 2; otherwise they count the documents in id order from 1.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

# A user's own file number: digits opening the id, then a separator or the end
_FILE_NUMBER = re.compile(r"^(\d{1,6})(?=[_\-. ]|$)")

# Lines of a body that are no title and open no article: reprint notes, publication
# stamps, photo credits (patterns, not phrases of one outlet)
NOT_A_TITLE = re.compile(
    r"""
      \b(?:originally|first)\s+(?:published|appeared)\b
    | \b(?:reprinted|republished|reproduced)\s+with\b
    | ^(?:published|updated|posted|last\s+updated)\b
    | ^(?:photo|image|file\s+photo|picture)\s*[:/]
    | ^\W*$
    """,
    re.IGNORECASE | re.VERBOSE,
)
# "By Jane Roe", "Exclusive – By Jane Roe" (capital B: "killed by police" is prose)
BYLINE = re.compile(r"(?:^|[–—-]\s*)By\s+[A-Z]")
# What opens a line before its words: a date stamp ("2031-05-02 ", "date 2031-05-02 14:05"),
# a wire dateline ("MAROVIA: ", "PORT LOUIS, May 2 (Reuters) - ") or a desk's byline run into
# the first sentence ("By the Wires Staff Not much is known ...")
LINE_OPENING = re.compile(
    r"""^(?:
        (?:date\s*:?\s*)?\d{4}-\d\d-\d\d(?:[ T]\d\d:\d\d(?::\d\d)?)?\s+
      | [A-Z][A-Z.'’-]{2,}(?:\s[A-Z][A-Z.'’-]+)*(?:,[^:–—]{1,40})?\s*(?::|\s[–—-])\s+
      | By\s+the\s+(?:[A-Z][\w.'’-]*\s+){0,4}(?:Staff|Wires?|Desk|Team|Correspondents?)\b[\s,:–—-]*
    )""",
    re.VERBOSE,
)
# Longest title, in characters, before it is cut at a word boundary
TITLE_CHARS = 90
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]?\s+(?=[\"'“‘(]?[A-Z0-9])")


def doc_labels(ids: Sequence[str]) -> dict[str, str]:
    """``{doc id: "D<n>"}`` for documents in the order given (see the module's docstring)."""
    numbers = [_FILE_NUMBER.match(i) for i in ids]
    if ids and all(numbers):
        values = [int(m.group(1)) for m in numbers if m]
        # distinct, and a numbering of these files (not years or dates opening their names)
        if len(set(values)) == len(values) and max(values) < 10 * len(values) + 10:
            return {i: f"D{v}" for i, v in zip(ids, values, strict=True)}
    return {i: f"D{n}" for n, i in enumerate(ids, start=1)}


_DOC_REFERENCE = re.compile(r"\bdoc ([\w.:-]*\w)")


def named_by_label(text: str, labels: Mapping[str, str]) -> str:
    """``text`` with its "doc <id>" references (the resolver's wording) as D-labels."""
    return _DOC_REFERENCE.sub(lambda m: labels.get(m.group(1), m.group(0)), text)


def shorten(text: str, limit: int = TITLE_CHARS) -> str:
    """``text`` cut at the last word boundary before ``limit`` characters, with "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:–—-")
    return cut + "…"


def _heading(line: str) -> bool:
    """Short, capitalised and with no closing full stop: a headline or a section heading."""
    words = line.split()
    return 2 <= len(words) <= 20 and line[0].isupper() and not line.endswith((".", ",", ":", ";"))


def title_from_text(text: str, segments: Iterable[Mapping[str, Any]] = ()) -> str | None:
    """A title for an untitled document: its first heading-like body line, else the first
    sentence of its first paragraph, shortened. None when the body holds no words."""
    body = [s for s in segments if s.get("kind") == "body"]
    spans = [(int(s["start"]), int(s["end"])) for s in body] or [(0, len(text))]
    lines = (  # lazily: the title is most often in the first lines of a long text
        LINE_OPENING.sub("", " ".join(line.split()))
        for start, end in sorted(spans)
        for line in text[start:end].splitlines()
    )
    for line in lines:
        if len(line.split()) < 2 or NOT_A_TITLE.search(line) or BYLINE.search(line):
            continue
        if _heading(line):
            return shorten(line)
        return shorten(_SENTENCE_END.split(line, maxsplit=1)[0])
    return None


def report_title(corpus: object) -> str:
    """The report's heading: "<corpus> — situation report", or just "Situation report" when
    the store has no name or its name already says so."""
    name = " ".join(str(corpus or "").split())
    if not name or "situation report" in name.casefold():
        return name or "Situation report"
    return f"{name} — situation report"
