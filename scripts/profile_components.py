"""Time each pipeline component on the same texts: where sitrep's overhead goes.

    python scripts/profile_components.py [--shared ../shared] [--docs 100] [--file PATH ...]

Uses the example corpus plus, when present, a sample of the BBC News corpus; with ``--file``,
those texts alone (the long-page check: ``--file
../shared/datasets/timeline-summarization/Timeline17/Finan_washingtonpost/InputDocs/2008-09-19/2113.htm.txt``,
a 73,600-word page, shows any component that grows faster than the text).
Prints seconds per component and the ratio bare-model time / full-pipeline time
(the figure `make bench` reports with two processes).
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from pathlib import Path

from sitrep.extract import context
from sitrep.extract.nlp import load_pipeline
from sitrep.ingest.readers import read_paths
from sitrep.pipeline import prepare
from sitrep.records import Document

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--file", type=Path, action="append", default=[], help="texts to time")
    args = parser.parse_args()
    files = list(args.file)
    if not files:
        files = sorted((ROOT / "examples" / "kazakhstan-2022" / "docs").glob("*.txt"))
        bbc = sorted((args.shared / "datasets" / "bbc-news").glob("*/*.txt"))
        if bbc:
            files += bbc[:: max(1, len(bbc) // args.docs)][: args.docs]
    docs = [prepare(d) for d in read_paths(files) if isinstance(d, Document)]
    nlp = load_pipeline()
    words = sum(len(d.body_text().split()) for d in docs)
    timings: dict[str, float] = defaultdict(float)
    examples = sorted((ROOT / "examples" / "kazakhstan-2022" / "docs").glob("*.txt"))[:3]
    for warm in (prepare(d) for d in read_paths(examples) if isinstance(d, Document)):
        nlp(context.set_context(nlp.make_doc(warm.body_text()), warm.id, warm.published))
    for d in docs:
        t0 = time.perf_counter()
        doc = context.set_context(nlp.make_doc(d.body_text()), d.id, d.published)
        timings["tokenizer"] += time.perf_counter() - t0
        for name, proc in nlp.pipeline:
            t0 = time.perf_counter()
            doc = proc(doc)
            timings[name] += time.perf_counter() - t0
    ours = sum(v for k, v in timings.items() if k.startswith("sitrep_"))
    total = sum(timings.values())
    print(f"{len(docs)} documents, {words} words")
    for name, seconds in timings.items():
        print(f"  {name:24s} {seconds:7.2f} s  {100 * seconds / total:5.1f}%")
    print(
        f"bare model {total - ours:.2f} s, sitrep components {ours:.2f} s, "
        f"ratio bare/full = {(total - ours) / total:.3f} (target >= 0.7), "
        f"components/model = {ours / max(total - ours, 1e-9):.2f} (target <= 1)"
    )


if __name__ == "__main__":
    main()
