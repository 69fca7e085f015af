"""Developer harness: run the extraction and resolution stages on a gold corpus
with the gold publication dates and boilerplate (an oracle for ingestion), and
print the per-section scores. `sitrep evaluate` is the real, end-to-end measure.

    python scripts/dev_eval.py [examples/kazakhstan-2022] [--json]
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from sitrep.evaluate.score import score
from sitrep.export.jsonexport import assemble
from sitrep.extract.runner import read_documents
from sitrep.records import Document, DuplicateGroup, Segment


def oracle_documents(corpus: Path) -> tuple[list[Document], list[DuplicateGroup], dict]:
    gold = json.loads((corpus / "gold.json").read_text())
    docs = []
    for g in gold["documents"]:
        text = (corpus / "docs" / f"{g['id']}.txt").read_text(encoding="utf-8")
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
                source=str(corpus / "docs" / f"{g['id']}.txt"),
                format="txt",
                title=g["title"],
                outlet=g["outlet"],
                published=g["published"],
                published_basis="gold",
                kind=g["kind"],
                segments=tuple(segments),
            )
        )
    groups = []
    for g in gold["documents"]:
        if g["duplicate_of"]:
            groups.append(
                DuplicateGroup(
                    id=f"G-{g['duplicate_of']}",
                    canonical=g["duplicate_of"],
                    members=(g["duplicate_of"], g["id"]),
                    reason="gold",
                )
            )
    return docs, groups, gold


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    corpus = Path(args[0] if args else "examples/kazakhstan-2022")
    docs, groups, gold = oracle_documents(corpus)
    readings = list(read_documents(docs))
    resolution = None
    try:
        from sitrep.resolve import resolve_all
    except ImportError:
        pass
    else:
        resolution = resolve_all(docs, groups, readings)
    export = assemble(docs, groups, readings, resolution)
    scores = score(export, gold, {d.id: d.text for d in docs})
    if "--json" in sys.argv:
        print(json.dumps(scores, indent=2))
        return
    for section, values in scores.items():
        flat = {k: v for k, v in values.items() if not isinstance(v, dict)}
        print(f"{section:10s} " + "  ".join(f"{k}={v}" for k, v in flat.items()))
    if "--dump" in sys.argv:
        Path("out").mkdir(exist_ok=True)
        Path("out/dev_export.json").write_text(json.dumps(export, indent=1, default=str))
        print("wrote out/dev_export.json")


if __name__ == "__main__":
    main()
