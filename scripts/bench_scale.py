"""sitrep at scale: the Timeline17 + BBC News store, and one of half its documents.

For each store, side by side with its size: a full resolve's time; each export format's
time (the CLI, as a user runs it); the web app's latency (``sitrep serve`` in its own
process; p50/p95 under 8 concurrent clients) of ``/``, other pages of ``/``, event pages
and ``/api/events?limit=100``, and the first request of each; a one-article upload's
latency from the POST to the job being done (the first upload loads the model, so a
second is timed too), and what readers saw meanwhile.

Run by ``scripts/bench.py`` (``make bench``); on its own:
``python scripts/bench_scale.py --store /path/to/sitrep.db``.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

CLIENTS = 8
ROUNDS = 8  # requests per client per kind of page
TIMELINE17_IN_STORE = (
    "EgyptianProtest_cnn H1N1_bbc H1N1_guardian H1N1_reuters IraqWar_guardian LibyaWar_cnn "
    "LibyaWar_reuters MJ_bbc SyrianCrisis_bbc SyrianCrisis_reuters bpoil_bbc bpoil_foxnews "
    "bpoil_guardian bpoil_reuters bpoil_washingtonpost haiti_bbc"
).split()
UPLOAD_TOPIC = "Finan_washingtonpost"  # not in the store: its articles are new to it
FORMATS = ("json", "csv", "parquet", "geojson")


def _sitrep() -> list[str]:
    return [sys.executable, "-c", "import sys; from sitrep.cli import main; sys.exit(main())"]


def build_store(shared: Path, outdir: Path) -> Path:
    """The Timeline17 + BBC News store, as `sitrep run` makes it."""
    t17 = shared / "datasets" / "timeline-summarization" / "Timeline17"
    paths = [str(t17 / t / "articles.jsonl") for t in TIMELINE17_IN_STORE]
    paths.append(str(shared / "datasets" / "bbc-news"))
    print(f"building the Timeline17 + BBC store in {outdir} (an hour or more) ...", flush=True)
    subprocess.run(
        [*_sitrep(), "run", *paths, "-o", str(outdir), "-q", "--name", "Timeline17 + BBC"],
        check=True,
    )
    return outdir / "sitrep.db"


def copy_store(src: Path, dest: Path) -> Path:
    """A consistent copy (SQLite's backup: safe while another process writes the source)."""
    source = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
    target = sqlite3.connect(dest)
    source.backup(target)
    target.close()
    source.close()
    return dest


def half_store(full: Path, dest: Path) -> Path:
    """A copy holding the first half of the documents (in the order they were stored)."""
    copy_store(full, dest)
    conn = sqlite3.connect(dest, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    (n,) = conn.execute("SELECT count(*) FROM documents").fetchone()
    gone = [
        r[0]
        for r in conn.execute(
            "SELECT id FROM documents ORDER BY rowid LIMIT -1 OFFSET ?", (n // 2,)
        )
    ]
    conn.execute("BEGIN")
    conn.executemany("DELETE FROM documents_fts WHERE id = ?", [(i,) for i in gone])
    conn.execute("DELETE FROM duplicate_groups")
    conn.executemany("DELETE FROM documents WHERE id = ?", [(i,) for i in gone])
    conn.execute("DELETE FROM meta WHERE key = 'settled'")
    conn.execute("COMMIT")
    conn.execute("VACUUM")
    conn.close()
    return dest


def resolve_time(db: Path, *, reuse: bool = False) -> dict:
    """The time to load what resolution reads (documents, groups, readings) and, unless
    ``reuse`` and the store holds a resolution already, a full resolve's."""
    from sitrep import pipeline
    from sitrep.store import Store

    with Store(db) as store:
        t0 = time.perf_counter()
        store.documents(), store.duplicate_groups(), store.readings()
        out: dict = {"load_seconds": round(time.perf_counter() - t0, 1)}
        if reuse and store.counts()["events"]:
            out["resolve_seconds"] = None
            return out
        t0 = time.perf_counter()
        pipeline.resolve(store)
        out["resolve_seconds"] = round(time.perf_counter() - t0, 1)
        return out


def store_size(db: Path) -> dict:
    from sitrep.store import Store

    with Store(db) as store:
        counts = store.counts()
    counts["megabytes"] = round(db.stat().st_size / 1e6)
    return counts


EXPORT_ROUNDS = 3  # each format's export is timed this many times, the formats interleaved


def export_times(db: Path, tmp: Path, rounds: int = EXPORT_ROUNDS) -> dict:
    """Each format's export time (the median of ``rounds`` interleaved runs, with their
    spread), its CPU time (the CLI's own process: what load on the machine does not
    stretch) and the 1-minute load average when each run ended."""
    import os
    import resource

    runs: dict[str, list[tuple[float, float, float]]] = {fmt: [] for fmt in FORMATS}
    sizes = {}
    for n in range(rounds):
        for fmt in FORMATS if n % 2 == 0 else FORMATS[::-1]:
            dest = tmp / f"export.{fmt}"
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            subprocess.run(
                [*_sitrep(), "export", "--db", str(db), "--format", fmt, "-o", str(dest)],
                check=True,
                capture_output=True,
            )
            wall = time.perf_counter() - t0
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
            runs[fmt].append((wall, cpu, os.getloadavg()[0]))
            sizes[fmt] = round(dest.stat().st_size / 1e6, 1)
            dest.unlink()
    out = {}
    for fmt, timed in runs.items():
        walls = sorted(w for w, _, _ in timed)
        out[fmt] = {
            "seconds": round(statistics.median(walls), 1),
            "seconds_min_max": [round(walls[0], 1), round(walls[-1], 1)],
            "cpu_seconds": round(statistics.median(c for _, c, _ in timed), 1),
            "load_average": [round(la, 1) for _, _, la in timed],
            "megabytes": sizes[fmt],
        }
    return out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> tuple[float, int]:
    t0 = time.perf_counter()
    with urllib.request.urlopen(url, timeout=600) as r:  # noqa: S310 - our own server
        r.read()
        return time.perf_counter() - t0, r.status


def _percentiles(times: list[float]) -> dict:
    ordered = sorted(times)
    if not ordered:
        return {"n": 0}
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {
        "n": len(ordered),
        "p50_ms": round(statistics.median(ordered) * 1000),
        "p95_ms": round(p95 * 1000),
        "max_ms": round(ordered[-1] * 1000),
    }


class Server:
    """``sitrep serve`` on a free port, in its own process."""

    def __init__(self, db: Path) -> None:
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen(
            [*_sitrep(), "serve", "--db", str(db), "--port", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.time() + 120
        while time.time() < deadline:
            try:
                _get(self.base + "/api/documents?limit=1")
                return
            except OSError:
                time.sleep(0.3)
        raise RuntimeError("the app did not start")

    def peak_megabytes(self) -> int | None:
        """The server's peak resident memory (VmHWM), on Linux."""
        try:
            status = Path(f"/proc/{self.proc.pid}/status").read_text()
        except OSError:
            return None
        line = next((x for x in status.splitlines() if x.startswith("VmHWM")), None)
        return round(int(line.split()[1]) / 1024) if line else None

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(30)


def _load(base: str, kinds: dict[str, list[str]]) -> dict[str, list[float]]:
    """Each kind of page in turn under CLIENTS concurrent clients, each requesting ROUNDS
    of its URLs (picked at random from the kind's list)."""
    times: dict[str, list[float]] = {}
    for kind, urls in kinds.items():
        found: list[float] = []

        def client(seed: int, urls: list[str] = urls, found: list[float] = found) -> None:
            rng = random.Random(seed)
            for _ in range(ROUNDS):
                try:
                    took, _ = _get(base + rng.choice(urls))
                except OSError as err:  # counted, not timed: an error is no answer
                    print(f"error: {err}", file=sys.stderr)
                    continue
                found.append(took)  # list.append is atomic under the GIL

        threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        times[kind] = found
    return times


def _upload(base: str, article: Path) -> float:
    import uuid

    boundary = uuid.uuid4().hex
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="files"; '
        f'filename="{article.name}"\r\nContent-Type: text/plain\r\n\r\n'
    )
    body = head.encode() + article.read_bytes() + f"\r\n--{boundary}--\r\n".encode()
    request = urllib.request.Request(
        base + "/api/upload",
        data=body,
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
    )
    t0 = time.perf_counter()
    with urllib.request.urlopen(request, timeout=60) as r:  # noqa: S310 - our own server
        job = json.loads(r.read())["job"]
    while True:
        with urllib.request.urlopen(f"{base}/api/jobs/{job}", timeout=60) as r:  # noqa: S310
            state = json.loads(r.read())
        if state["status"] in ("done", "failed"):
            if state["status"] == "failed":
                raise RuntimeError(state["error"])
            return round(time.perf_counter() - t0, 1)
        time.sleep(0.1)


def app_latency(db: Path, uploads: list[Path]) -> dict:
    from sitrep.store import Store

    with Store(db) as store:
        total = store.counts()["events"]
        ids = [
            r[0] for r in store.conn.execute("SELECT id FROM events ORDER BY random() LIMIT 400")
        ]
    pages = [f"/?offset={50 * n}" for n in range(1, max(2, min(total // 50, 200)))]
    kinds = {
        "/": ["/"],
        "/ (other pages)": pages,
        "event page": [f"/events/{i}" for i in ids],
        "/api/events?limit=100": [
            f"/api/events?limit=100&offset={100 * n}" for n in range(max(1, total // 100))
        ],
    }
    server = Server(db)
    try:
        first = {
            "/": _get(server.base + "/")[0],
            "event page": _get(server.base + kinds["event page"][0])[0],
            "/api/events?limit=100": _get(server.base + "/api/events?limit=100")[0],
        }
        loaded = _load(server.base, kinds)
        out: dict = {
            "first_request_ms": {k: round(v * 1000) for k, v in first.items()},
            "under_8_clients": {k: _percentiles(v) for k, v in loaded.items()},
        }
        # uploads: the first loads the model and gazetteer in the app's worker; readers
        # keep reading meanwhile (their latency is measured during the second)
        out["upload_first_seconds"] = _upload(server.base, uploads[0])
        during: list[float] = []
        stop = threading.Event()

        def reader() -> None:
            rng = random.Random(7)
            while not stop.is_set():
                during.append(_get(server.base + rng.choice(kinds["/api/events?limit=100"]))[0])

        thread = threading.Thread(target=reader)
        thread.start()
        out["upload_seconds"] = _upload(server.base, uploads[1])
        stop.set()
        thread.join()
        out["reads_during_upload"] = _percentiles(during) if during else {}
        out["server_peak_mb"] = server.peak_megabytes()
        return out
    finally:
        server.close()


def page_latency(db: Path) -> dict:
    """The web app's pages alone (no uploads): p50/p95 under CLIENTS concurrent clients of
    ``/``, other pages of ``/``, a filtered ``/``, event pages, document pages and the API,
    with the machine's load average when each was measured."""
    import os

    from sitrep.store import Store

    with Store(db) as store:
        total = store.counts()["events"]
        ids = [
            r[0] for r in store.conn.execute("SELECT id FROM events ORDER BY random() LIMIT 400")
        ]
        docs = [
            r[0] for r in store.conn.execute("SELECT id FROM documents ORDER BY random() LIMIT 400")
        ]
        types = [
            r[0]
            for r in store.conn.execute(
                "SELECT type FROM events GROUP BY type ORDER BY count(*) DESC LIMIT 6"
            )
        ]
    offsets = [f"/?offset={40 * n}" for n in range(1, max(2, min(total // 40, 200)))]
    kinds = {
        "/": ["/"],
        "/?offset=": offsets,
        "/?type=": [f"/?type={t}&offset={40 * n}" for t in types for n in range(8)],
        "event page": [f"/events/{i}" for i in ids],
        "document page": [f"/documents/{i}" for i in docs],
        "/api/events?limit=100": [
            f"/api/events?limit=100&offset={100 * n}" for n in range(max(1, total // 100))
        ],
    }
    server = Server(db)
    try:
        _get(server.base + "/")
        try:
            _get(server.base + kinds["document page"][0])
        except OSError:  # an app without document pages: its JSON document, for comparison
            kinds["document page"] = [f"/api/documents/{i}" for i in docs]
        out: dict = {}
        for kind, urls in kinds.items():
            times = _load(server.base, {kind: urls})[kind]
            out[kind] = {**_percentiles(times), "load1": round(os.getloadavg()[0], 2)}
            print(kind, out[kind], flush=True)
        out["server_peak_mb"] = server.peak_megabytes()
        return out
    finally:
        server.close()


def bench_scale(shared: Path, store: Path | None, outdir: Path, *, reuse: bool = False) -> dict:
    work = Path(tempfile.mkdtemp(prefix="sitrep-bench-"))
    try:
        if store is None:
            store = build_store(shared, outdir / "timeline17-bbc")
        full = copy_store(store, work / "full.db")
        half = half_store(full, work / "half.db")
        t17 = shared / "datasets" / "timeline-summarization" / "Timeline17"
        uploads = sorted((t17 / UPLOAD_TOPIC / "InputDocs").glob("*/*.txt"))[:4]
        results: dict = {}
        for n, (label, db) in enumerate((("full", full), ("half", half))):
            print(f"\n{label} store: resolving ...", flush=True)
            r: dict = resolve_time(db, reuse=reuse and label == "full")
            r["size"] = store_size(db)
            print(f"{label}: {r['size']}; {r}", flush=True)
            r["export"] = export_times(db, work)
            print(f"{label}: exports {r['export']}", flush=True)
            r["app"] = app_latency(db, uploads[2 * n : 2 * n + 2])
            print(f"{label}: app {json.dumps(r['app'])}", flush=True)
            results[label] = r
            (outdir / "bench_scale.json").write_text(json.dumps(results, indent=1))
        print_table({k: results[k] for k in ("half", "full")})
        return results
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _export_cell(timed: dict) -> str:
    low, high = timed.get("seconds_min_max") or (timed["seconds"], timed["seconds"])
    return f"{timed['seconds']} ({low}-{high}; {timed.get('cpu_seconds', '?')})"


def print_table(results: dict) -> None:
    labels = list(results)
    rows: list[tuple[str, ...]] = [("", *labels)]
    rows.append(("documents", *(str(results[x]["size"]["documents"]) for x in labels)))
    rows.append(("events", *(str(results[x]["size"]["events"]) for x in labels)))
    rows.append(("store MB", *(str(results[x]["size"]["megabytes"]) for x in labels)))
    rows.append(("load for resolve s", *(str(results[x]["load_seconds"]) for x in labels)))
    rows.append(("full resolve s", *(str(results[x]["resolve_seconds"]) for x in labels)))
    for fmt in FORMATS:
        rows.append(
            (
                f"export {fmt} s (min-max; CPU)",
                *(_export_cell(results[x]["export"][fmt]) for x in labels),
            )
        )
    for kind in results[labels[0]]["app"]["under_8_clients"]:
        rows.append(
            (
                f"{kind} p50/p95 ms",
                *(
                    "{p50_ms}/{p95_ms}".format(**results[x]["app"]["under_8_clients"][kind])
                    for x in labels
                ),
            )
        )
    for kind in results[labels[0]]["app"]["first_request_ms"]:
        rows.append(
            (
                f"first {kind} ms",
                *(str(results[x]["app"]["first_request_ms"][kind]) for x in labels),
            )
        )
    rows.append(
        ("upload (first) s", *(str(results[x]["app"]["upload_first_seconds"]) for x in labels))
    )
    rows.append(("upload s", *(str(results[x]["app"]["upload_seconds"]) for x in labels)))
    rows.append(("app peak MB", *(str(results[x]["app"]["server_peak_mb"]) for x in labels)))
    rows.append(
        (
            "reads during upload p95 ms",
            *(str(results[x]["app"]["reads_during_upload"].get("p95_ms")) for x in labels),
        )
    )
    width = max(len(r[0]) for r in rows)
    print()
    for r in rows:
        print(r[0].ljust(width), *(c.rjust(12) for c in r[1:]))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--store", type=Path, default=None)
    parser.add_argument(
        "--reuse-resolution",
        action="store_true",
        help="measure the full store with the resolution it holds (no full resolve)",
    )
    parser.add_argument(
        "--pages-only",
        action="store_true",
        help="only the web app's page latency over --store (served from a copy)",
    )
    args = parser.parse_args()
    Path("out").mkdir(exist_ok=True)
    if args.pages_only:
        work = Path(tempfile.mkdtemp(prefix="sitrep-pages-"))
        try:
            found = page_latency(copy_store(args.store, work / "sitrep.db"))
        finally:
            shutil.rmtree(work, ignore_errors=True)
        print(json.dumps(found, indent=1))
        sys.exit(0)
    found = bench_scale(args.shared, args.store, Path("out"), reuse=args.reuse_resolution)
    Path("out/bench_scale.json").write_text(json.dumps(found, indent=1))
