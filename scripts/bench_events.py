"""Event resolution at two sizes: does it stay near-linear?

    python scripts/bench_events.py [--store path/to/sitrep.db]

Reads the documents and readings of a store (from a copy, so a store another process is
writing is never touched), then times event resolution (the merging passes, relevance and
salience; entities are resolved before the clock starts) on every other document, in order
of publication, and on all of them: the same period and mix, twice as dense. Doubling the
input should no more than about double the time: ``growth`` is the time ratio for one
doubling of documents. Without ``--store`` it uses the largest of the Timeline17 stores
scripts/eval_timeline.py keeps under out/timeline17. (One store: document ids are the
store's own, so two stores' readings cannot be mixed.)
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from sitrep.resolve.entities import resolve_entities
from sitrep.resolve.events import relevance, resolve_events, salience
from sitrep.store import Store

DEFAULT_STORES = Path("out") / "timeline17"


def _load(path: Path) -> tuple[list, list, list]:
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "copy.db"
        source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)  # never written
        try:
            source.execute("VACUUM INTO ?", (str(copy),))
        finally:
            source.close()
        with Store(copy) as store:
            return store.documents(), store.duplicate_groups(), store.readings()


def _time(documents: list, groups: list, readings: list) -> dict:
    ids = {d.id for d in documents}
    reads = [r for r in readings if r.doc in ids]
    grps = [g for g in groups if g.canonical in ids]
    index = resolve_entities(reads)
    mentions = [m for r in reads for m in r.events]
    figures = [f for r in reads for f in r.figures]
    t0 = time.perf_counter()
    events = resolve_events(mentions, documents, grps, index, figures)
    events = relevance.score_events(events, documents, reads, index)
    events = salience.score_events(events, {m: g.canonical for g in grps for m in g.members})
    seconds = time.perf_counter() - t0
    return {
        "documents": len(documents),
        "mentions": len(mentions),
        "events": len(events),
        "seconds": round(seconds, 2),
    }


def run(shared: Path, store: Path | None = None) -> dict:
    """Event resolution timed on half and all of a store's documents."""
    del shared  # the store is sitrep's own; kept for the eval_external signature
    found = sorted(DEFAULT_STORES.glob("*/sitrep.db"), key=lambda p: p.stat().st_size)
    store = store or (found[-1] if found else None)
    if store is None:
        return {"skipped": f"no store given and none under {DEFAULT_STORES}"}
    documents, groups, readings = _load(store)
    documents.sort(key=lambda d: (d.published or "", d.id))  # a corpus growing in time
    half = _time(documents[::2], groups, readings)  # every other: the same mix and period
    full = _time(documents, groups, readings)
    return {
        "store": str(store),
        "half": half,
        "full": full,
        "growth": round(full["seconds"] / max(half["seconds"], 1e-6), 2),
        "size_ratio": round(full["documents"] / max(half["documents"], 1), 2),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path("/work/shared"))
    ap.add_argument("--store", type=Path, default=None)
    args = ap.parse_args(argv)
    if args.store is not None and not args.store.exists():
        print(f"no store at {args.store}")
        return 1
    result = run(args.shared, args.store)
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
