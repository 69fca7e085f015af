"""`make bench`: throughput as ratios, on the BBC News corpus (../shared/datasets/bbc-news).

1. ingest + clean + dedup: documents/second into a fresh store;
2. extraction: words/second of sitrep's pipeline vs the bare spaCy pass (`nlp.pipe`, same
   model, same texts, both on all cores) — the ratio is sitrep's overhead;
3. resolution at two corpus sizes: near-linear means the time ratio is close to the size ratio;
4. the gazetteer's load time and memory.
Results are printed and written to out/bench.json.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def bench_ingest(files: list[Path]) -> dict:
    from sitrep.pipeline import ingest
    from sitrep.store import Store

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
        t0 = time.perf_counter()
        summary = ingest(store, files)
        seconds = time.perf_counter() - t0
        groups = store.duplicate_groups()
        store_source = {d.id: d.source for d in store.documents()}
    exact = [
        (o.source, store_source.get(o.doc, o.doc))
        for o in summary.outcomes
        if o.status == "duplicate" and o.detail.startswith("identical")
    ]
    return {
        "documents": len(files),
        "seconds": round(seconds, 2),
        "docs_per_second": round(len(files) / seconds, 1),
        "ingested": summary.count("ingested"),
        "failed": summary.count("failed"),
        "exact_duplicates": len(exact),
        "near_duplicate_groups": len(groups),
        "near_duplicate_members": sum(len(g.members) for g in groups),
        "exact_pairs": exact,
        "near_duplicate_groups_list": [
            {
                "members": [store_source[m] for m in g.members],
                "canonical": g.canonical,
                "reason": g.reason,
                "containment": g.similarity,
            }
            for g in groups
        ],
    }


def bench_extract(files: list[Path], processes: int) -> dict:
    from sitrep.extract.nlp import load_base
    from sitrep.extract.runner import read_documents
    from sitrep.ingest.readers import read_paths
    from sitrep.pipeline import prepare
    from sitrep.records import Document

    docs = [prepare(d) for d in read_paths(files) if isinstance(d, Document)]
    texts = [d.body_text() for d in docs]
    words = sum(len(t.split()) for t in texts)
    nlp = load_base()
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16, n_process=processes):
        pass
    bare = time.perf_counter() - t0
    t0 = time.perf_counter()
    readings = list(read_documents(docs, n_process=processes))
    full = time.perf_counter() - t0
    return {
        "documents": len(docs),
        "words": words,
        "processes": processes,
        "bare_words_per_second": round(words / bare),
        "sitrep_words_per_second": round(words / full),
        "ratio": round(bare / full, 3),
        "_readings": readings,
        "_docs": docs,
    }


def bench_resolve(docs: list, readings: list) -> dict:
    from sitrep.ingest.dedup import group_duplicates
    from sitrep.resolve import resolve_all

    out = {}
    half = len(docs) // 2
    for label, n in (("half", half), ("full", len(docs))):
        d, r = docs[:n], readings[:n]
        mentions = sum(len(x.entities) + len(x.events) + len(x.figures) for x in r)
        groups = group_duplicates(d)
        t0 = time.perf_counter()
        resolve_all(d, groups, r)
        out[label] = {
            "documents": n,
            "mentions": mentions,
            "seconds": round(time.perf_counter() - t0, 3),
        }
    out["time_ratio"] = round(out["full"]["seconds"] / max(out["half"]["seconds"], 1e-6), 2)
    out["mention_ratio"] = round(out["full"]["mentions"] / max(out["half"]["mentions"], 1), 2)
    return out


def bench_gazetteer() -> dict:
    """Load time and peak memory (VmHWM: this process only, unlike ru_maxrss, which a
    child inherits from its parent) of the gazetteer in a fresh process, warm cache."""
    code = (
        "import time;t=time.perf_counter();"
        "from sitrep.extract.gazetteer import load_gazetteer;load_gazetteer();"
        "s=time.perf_counter()-t;"
        "hwm=[l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1];"
        "print(s, hwm)"
    )
    base = "print(0, [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1])"
    subprocess.check_output([sys.executable, "-c", code], text=True)  # build the cache if cold
    t, hwm = subprocess.check_output([sys.executable, "-c", code], text=True).split()
    _, hwm0 = subprocess.check_output([sys.executable, "-c", base], text=True).split()
    return {
        "load_seconds": round(float(t), 2),
        "peak_rss_mb": round(int(hwm) / 1024),
        "python_baseline_mb": round(int(hwm0) / 1024),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument(
        "--extract-docs",
        type=int,
        default=0,
        help="BBC articles for the extraction and resolution benches (default: all of them).",
    )
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    corpus = args.shared / "datasets" / "bbc-news"
    if not corpus.exists():
        print(f"data not found at {corpus}: make bench needs the BBC News corpus; skipped")
        return 0
    files = sorted(corpus.glob("*/*.txt"))
    results: dict = {"cpu_count": os.cpu_count()}
    print(f"ingest + clean + dedup of {len(files)} BBC articles ...", flush=True)
    results["ingest"] = bench_ingest(files)
    print(
        json.dumps(
            {k: v for k, v in results["ingest"].items() if not k.endswith(("_pairs", "_list"))},
            indent=1,
        ),
        flush=True,
    )
    n = args.extract_docs or len(files)
    print(f"\nextraction on {n} articles, {args.processes} processes ...", flush=True)
    ex = bench_extract(files[:: max(1, len(files) // n)][:n], args.processes)
    docs, readings = ex.pop("_docs"), ex.pop("_readings")
    results["extract"] = ex
    print(json.dumps(ex, indent=1), flush=True)
    try:
        results["resolve"] = bench_resolve(docs, readings)
        print("\nresolution:", json.dumps(results["resolve"], indent=1), flush=True)
    except ImportError as exc:
        print(f"resolution not available: {exc}")
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_claims import run as bench_claims

    results["claims"] = bench_claims(args.shared)
    print("\nclaim grouping:", json.dumps(results["claims"], indent=1), flush=True)
    results["gazetteer"] = bench_gazetteer()
    print("\ngazetteer:", json.dumps(results["gazetteer"]), flush=True)
    Path("out").mkdir(exist_ok=True)
    Path("out/bench.json").write_text(json.dumps(results, indent=1))
    print("\nwrote out/bench.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
