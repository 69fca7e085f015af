"""The report at two store sizes: build time, peak memory, size on disk, Chromium load time.

    python scripts/bench_report.py --shared ../shared [--store BIG.db] [--out out/bench-report.json]

``run(shared, store=None)`` is what `make bench` calls. ``store`` (or $SITREP_BENCH_STORE) is a
built store, e.g. the Timeline17 + BBC one; it is copied, never written to. Without one, the
first 50 Timeline17 Egypt articles are run through `sitrep run` to make one (a small check that
the bench works, not a measure of scale).

Sizes: the whole store's export and the export of its first half of documents (every figure,
quote, event mention and entity span of the other half left out), so the two points show how
the report grows with the store. Each build runs in its own process (`sitrep.report.write_report`
on the export read as JSON lines, record by record, as `sitrep report` has it from the store)
so its peak memory (ru_maxrss) is its own; the memory of the parsed export alone is reported
beside it. Chromium (/usr/bin/chromium, network blocked) opens
the index page and the heaviest page of the folder; the time is to the `load` event, and for a
documents page until its script has drawn the texts.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
EGYPT = "datasets/timeline-summarization/Timeline17/EgyptianProtest_cnn/articles.jsonl"

BUILD = """
import json, resource, sys, time

def peak_mb():
    # VmHWM: this process's own high-water mark. ru_maxrss is not: Linux folds the memory of
    # the process it was spawned from (the bench, holding the whole export) into it at exec
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

t0 = time.perf_counter()
export = {}
with open(sys.argv[1], encoding="utf-8") as lines:
    for line in lines:
        key, value, listed = json.loads(line)
        if listed:
            export.setdefault(key, []).extend(value)
        else:
            export[key] = value
loaded = time.perf_counter()
base = peak_mb()
from sitrep.report.html import write_report
write_report(export, sys.argv[2])
done = time.perf_counter()
print(json.dumps({"load_s": loaded - t0, "build_s": done - loaded, "export_mb": base,
                  "peak_mb": peak_mb()}))
"""


def subset(export: dict[str, Any], documents: int) -> dict[str, Any]:
    """The export of the first ``documents`` documents: facts resting on the others dropped."""
    docs = export.get("documents") or []
    keep = {d["id"] for d in docs[:documents]}

    def ours(items: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
        return [x for x in items or [] if x.get("doc") in keep]

    figures = ours(export.get("figures"))
    fig_ids = {f["id"] for f in figures}
    events = []
    for e in export.get("events") or []:
        mentions = ours(e.get("mentions"))
        if mentions:
            events.append({**e, "mentions": mentions})
    entities = []
    for e in export.get("entities") or []:
        evidence = ours(e.get("evidence"))
        if evidence:
            entities.append({**e, "evidence": evidence})

    def with_figures(items: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
        out = []
        for x in items or []:
            members = [f for f in x.get("figures") or [] if f in fig_ids]
            if members:
                out.append({**x, "figures": members})
        return out

    return {
        **{k: v for k, v in export.items() if not isinstance(v, list)},
        "documents": [d for d in docs if d["id"] in keep],
        "figures": figures,
        "quotes": ours(export.get("quotes")),
        "events": events,
        "entities": entities,
        "claim_groups": with_figures(export.get("claim_groups")),
        "conflicts": with_figures(export.get("conflicts")),
        "series": with_figures(export.get("series")),
    }


LINE_RECORDS = 1000  # records per line of the bench's export file


def write_lines(export: dict[str, Any], path: Path) -> None:
    """The export as JSON lines of up to LINE_RECORDS records (``[section, records, true]``;
    a value that is no list: ``[key, value, false]``), so the build process decodes it a
    slice at a time, as ``sitrep report`` reads the store, and its peak memory is the
    report's, not that of one 400 MB JSON string decoded at once. (A slice, not a record, a
    line: the decoder shares the key strings of the records it decodes together.)"""
    with path.open("w", encoding="utf-8") as out:
        for key, value in export.items():
            if isinstance(value, list):
                for at in range(0, len(value), LINE_RECORDS):
                    part = value[at : at + LINE_RECORDS]
                    out.write(json.dumps([key, part, True], ensure_ascii=False) + "\n")
                if not value:
                    out.write(json.dumps([key, [], False]) + "\n")
            else:
                out.write(json.dumps([key, value, False], ensure_ascii=False) + "\n")


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def build(export_path: Path, out: Path) -> dict[str, Any]:
    """Build the report in a fresh process; its time, memory and size."""
    done = subprocess.run(
        [sys.executable, "-c", BUILD, str(export_path), str(out)],
        check=True,
        capture_output=True,
        text=True,
        env=_env(),
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    files = [out, *sorted(out.with_suffix("").glob("*.html"))] if out.exists() else []
    sizes = {f: f.stat().st_size for f in files}
    heaviest = max(sizes, key=lambda f: sizes[f]) if sizes else out
    return {
        **{k: round(v, 2) for k, v in result.items()},
        "report_mb": round(sum(sizes.values()) / 2**20, 2),
        "files": len(files),
        "index_mb": round(sizes.get(out, 0) / 2**20, 2),
        "largest_file_mb": round(sizes.get(heaviest, 0) / 2**20, 2),
        "largest_file": heaviest.name,
        "paged": len(files) > 1,
    }


def chromium_load(pages: list[Path]) -> dict[str, float]:
    """Seconds for headless Chromium to load each page (network blocked; file:// only)."""
    from playwright.sync_api import sync_playwright

    out: dict[str, float] = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"]
        )
        for page_path in pages:
            page = browser.new_page()
            page.route(
                "**/*",
                lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort(),
            )
            t0 = time.perf_counter()
            page.goto(page_path.as_uri(), wait_until="load", timeout=600_000)
            if page.locator("#sitrep-docs").count():
                page.wait_for_selector("body[data-documents=drawn]", timeout=600_000)
            out[str(page_path)] = round(time.perf_counter() - t0, 2)
            page.close()
        browser.close()
    return out


def _small_store(shared: Path, work: Path) -> Path:
    articles = shared / EGYPT
    sample = work / "egypt50.jsonl"
    with articles.open(encoding="utf-8") as src:
        sample.write_text("".join(line for _, line in zip(range(50), src, strict=False)))
    subprocess.run(
        [
            str(Path(sys.executable).with_name("sitrep")),
            "run",
            str(sample),
            "-o",
            str(work / "small"),
        ],
        check=True,
        capture_output=True,
        env=_env(),
    )
    return work / "small" / "sitrep.db"


def run(shared: Path, store: Path | None = None) -> dict[str, Any]:
    """Report build time, peak memory, size and Chromium load time at two store sizes."""
    chosen = store or (
        Path(os.environ["SITREP_BENCH_STORE"]) if os.environ.get("SITREP_BENCH_STORE") else None
    )
    with tempfile.TemporaryDirectory(prefix="bench-report-") as tmp:
        work = Path(tmp)
        if chosen is None:
            chosen = _small_store(Path(shared), work)
        copy = work / "store.db"
        shutil.copyfile(chosen, copy)
        sys.path.insert(0, str(ROOT / "src"))
        from sitrep.export.jsonexport import build_export
        from sitrep.report.html import NOT_READ
        from sitrep.store import Store

        t0 = time.perf_counter()
        with Store(copy) as s:
            export = build_export(s, leave_out=NOT_READ)  # what `sitrep report` builds
        export_s = time.perf_counter() - t0
        n = len(export.get("documents") or [])
        points = []
        sizes: dict[str, dict[str, Any]] = {}
        for label, docs in (("half", n // 2), ("full", n)):
            part = export if docs == n else subset(export, docs)
            write_lines(part, work / f"{label}.jsonl")
            sizes[label] = {
                **{k: len(part.get(k) or []) for k in ("documents", "events", "figures")},
                "text_mb": round(
                    sum(len(d.get("text") or "") for d in part.get("documents") or []) / 2**20, 2
                ),
            }
            del part
        del export  # the builds' memory is their own: this process holds no export meanwhile
        gc.collect()
        for label in ("half", "full"):
            path = work / f"{label}.jsonl"
            out = work / label / "report.html"
            result = build(path, out)
            pages = [out]
            heaviest = out.parent / "report" / result["largest_file"]
            if heaviest.exists():
                pages.append(heaviest)
            loads = chromium_load(pages) if CHROMIUM.exists() else {}
            points.append(
                {
                    "size": label,
                    **sizes[label],
                    **result,
                    "chromium_index_s": loads.get(str(out)),
                    "chromium_largest_page_s": loads.get(str(heaviest)),
                }
            )
            path.unlink()
        half, full = points
        ratio = full["documents"] / max(half["documents"], 1)
        return {
            "store": str(chosen),
            "store_mb": round(Path(chosen).stat().st_size / 2**20, 1),
            "export_s": round(export_s, 1),
            "points": points,
            "growth": {
                "documents": round(ratio, 2),
                "build_time": round(full["build_s"] / max(half["build_s"], 1e-9), 2),
                "peak_memory": round(full["peak_mb"] / max(half["peak_mb"], 1e-9), 2),
                "report_size": round(full["report_mb"] / max(half["report_mb"], 1e-9), 2),
            },
        }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--store", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=Path("out/bench-report.json"))
    args = parser.parse_args()
    result = run(args.shared, args.store)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1))
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
