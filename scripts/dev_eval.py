"""Developer harness: run the extraction and resolution stages on a gold corpus
with the gold publication dates and boilerplate (an oracle for ingestion), and
print the per-section scores. `sitrep evaluate` is the real, end-to-end measure.

    python scripts/dev_eval.py [examples/kazakhstan-2022] [--json]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from sitrep.evaluate.oracle import oracle_documents
from sitrep.evaluate.score import score
from sitrep.export.jsonexport import assemble
from sitrep.extract.runner import read_documents


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
