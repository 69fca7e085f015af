"""A gold corpus read with the gold's own publication dates and boilerplate lines.

For measuring the extraction and resolution stages alone (ingestion taken as perfect),
as `scripts/dev_eval.py` and the component tests do; `sitrep evaluate` measures the whole
pipeline instead.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from sitrep.records import Document, DuplicateGroup, Segment


def oracle_documents(corpus: Path) -> tuple[list[Document], list[DuplicateGroup], dict]:
    """The corpus's documents and duplicate groups as the gold describes them, and the gold."""
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    docs = []
    for g in gold["documents"]:
        path = corpus / "docs" / f"{g['id']}.txt"
        text = path.read_text(encoding="utf-8")
        boiler = {line.strip() for line in g["boilerplate_lines"]}
        segments, pos = [], 0
        for line in text.splitlines(keepends=True):
            kind = "boilerplate" if line.strip() and line.strip() in boiler else "body"
            segments.append(Segment(pos, pos + len(line), kind))
            pos += len(line)
        docs.append(
            Document(
                id=g["id"],
                text=text,
                content_hash=hashlib.sha256(text.encode()).hexdigest(),
                source=str(path),
                format="txt",
                title=g["title"],
                outlet=g["outlet"],
                published=g["published"],
                published_basis="gold",
                kind=g["kind"],
                segments=tuple(segments),
            )
        )
    groups = [
        DuplicateGroup(
            id=f"G-{g['duplicate_of']}",
            canonical=g["duplicate_of"],
            members=(g["duplicate_of"], g["id"]),
            reason="gold",
        )
        for g in gold["documents"]
        if g["duplicate_of"]
    ]
    return docs, groups, gold
