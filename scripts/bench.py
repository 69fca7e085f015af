"""`make bench`: sitrep at the size of a real pile of articles, and its throughput as ratios.

1. scale (``bench_scale.py``): the Timeline17 + BBC News store (built here, or the one
   ``--store`` names), and a store of half its documents: side by side with each store's
   size, the web app's latency (p50/p95, 8 concurrent clients) of ``/``, an event page and
   ``/api/events?limit=100``, each export format's time, a one-article upload's latency;
2. ingest + clean + dedup of the BBC News corpus: documents/second into a fresh store;
3. extraction: words/second of sitrep's pipeline vs the bare spaCy pass (``nlp.pipe``, same
   model, same texts), measured in interleaved, repeated runs whose ratios are all printed;
4. resolution at two corpus sizes: near-linear means the time ratio is close to the size ratio;
5. the gazetteer's load time and memory;
6. other benches (``scripts/bench_claims.py``, ``bench_events.py``, ``bench_report.py``, each
   with ``run(shared) -> dict``) when present.
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


def bench_extract(files: list[Path], processes: int, repeats: int = 3) -> dict:
    """sitrep's extraction against the bare spaCy pass over the same texts, in interleaved
    runs (bare, sitrep, bare, sitrep, ...) so that both meet the same machine load; each
    run's ratio is kept, and their spread printed: one ratio from one pair of runs on a
    shared machine says little."""
    import statistics

    from sitrep.extract.nlp import load_base
    from sitrep.extract.runner import _pipeline, read_documents
    from sitrep.ingest.readers import read_paths
    from sitrep.pipeline import prepare
    from sitrep.records import Document

    docs = [prepare(d) for d in read_paths(files) if isinstance(d, Document)]
    texts = [d.body_text() for d in docs]
    words = sum(len(t.split()) for t in texts)
    nlp = load_base()
    _pipeline()  # both models loaded before any run is timed
    for _ in nlp.pipe(texts[:4]):
        pass
    ratios, bare_times, full_times = [], [], []
    readings: list = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=16, n_process=processes):
            pass
        bare = time.perf_counter() - t0
        t0 = time.perf_counter()
        readings = list(read_documents(docs, n_process=processes))
        full = time.perf_counter() - t0
        bare_times.append(bare)
        full_times.append(full)
        ratios.append(round(bare / full, 3))
    return {
        "documents": len(docs),
        "words": words,
        "processes": processes,
        "repeats": repeats,
        "bare_words_per_second": round(words / statistics.median(bare_times)),
        "sitrep_words_per_second": round(words / statistics.median(full_times)),
        "ratio": statistics.median(ratios),
        "ratios": ratios,
        "ratio_spread": [min(ratios), max(ratios)],
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


def other_benches(shared: Path) -> dict:
    """The benches other parts of sitrep keep (each a ``run(shared) -> dict``), if present."""
    import importlib.util

    out: dict = {}
    for name in ("bench_claims", "bench_events", "bench_report"):
        path = Path(__file__).with_name(f"{name}.py")
        if not path.exists():
            continue
        spec = importlib.util.spec_from_file_location(name, path)
        if spec is None or spec.loader is None:
            continue
        module = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(module)
            print(f"\n{name} ...", flush=True)
            out[name] = module.run(shared)
            print(json.dumps(out[name], indent=1, default=str), flush=True)
        except Exception as exc:  # noqa: BLE001 - one bench failing leaves the others
            out[name] = {"error": f"{type(exc).__name__}: {exc}"}
            print(f"{name} failed: {exc}", flush=True)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument(
        "--store",
        type=Path,
        default=None,
        help="A Timeline17 + BBC store to measure (copied first; default: build one).",
    )
    parser.add_argument(
        "--extract-docs",
        type=int,
        default=80,
        help="BBC articles for the extraction and resolution benches (0: all of them).",
    )
    parser.add_argument(
        "--reuse-resolution",
        action="store_true",
        help="measure --store with the resolution it holds (no full resolve of it)",
    )
    parser.add_argument("--repeats", type=int, default=3, help="interleaved extraction runs")
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--only", choices=("scale", "throughput"), default=None)
    args = parser.parse_args()
    results: dict = {"cpu_count": os.cpu_count()}
    Path("out").mkdir(exist_ok=True)
    if args.only in (None, "scale"):
        sys.path.insert(0, str(Path(__file__).parent))
        from bench_scale import bench_scale

        results["scale"] = bench_scale(
            args.shared, args.store, Path("out"), reuse=args.reuse_resolution
        )
    corpus = args.shared / "datasets" / "bbc-news"
    if args.only in (None, "throughput") and corpus.exists():
        files = sorted(corpus.glob("*/*.txt"))
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
        print(
            f"\nextraction on {n} articles, {args.processes} processes, "
            f"{args.repeats} interleaved runs ...",
            flush=True,
        )
        ex = bench_extract(files[:: max(1, len(files) // n)][:n], args.processes, args.repeats)
        docs, readings = ex.pop("_docs"), ex.pop("_readings")
        results["extract"] = ex
        print(json.dumps(ex, indent=1), flush=True)
        print(
            f"extraction ratio (bare spaCy time / sitrep time): median {ex['ratio']}, "
            f"runs {ex['ratios']}, spread {ex['ratio_spread'][0]}-{ex['ratio_spread'][1]}",
            flush=True,
        )
        try:
            results["resolve"] = bench_resolve(docs, readings)
            print("\nresolution:", json.dumps(results["resolve"], indent=1), flush=True)
        except ImportError as exc:
            print(f"resolution not available: {exc}")
        results["gazetteer"] = bench_gazetteer()
        print("\ngazetteer:", json.dumps(results["gazetteer"]), flush=True)
    elif args.only != "scale":
        print(f"data not found at {corpus}: the throughput benches need BBC News; skipped")
    if args.only is None:
        results.update(other_benches(args.shared))
    Path("out/bench.json").write_text(json.dumps(results, indent=1, default=str))
    print("\nwrote out/bench.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
