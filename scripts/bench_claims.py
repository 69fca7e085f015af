"""Time claim grouping (``sitrep.resolve.claims.reconcile``) at two sizes: does it stay
near-linear (at most about x2.2 per doubling of the documents)?

    python scripts/bench_claims.py [--shared ../shared] [--store PATH] [--docs N]

With a store (``--store``, default ``../helpers/big/sitrep.db`` beside the shared folder when
it exists), its stored readings are the input: the store is copied with SQLite's backup API
from a read-only connection (never written to), a fixed random sample of N documents is
drawn and its first half and the whole are timed. Without one, a synthetic long crisis of
the same shape (figures over months, places, groups, incident counts and running totals)
stands in, so ``make bench`` runs anywhere. Runs are interleaved (half, whole, half, ...) and
repeated, each after a garbage collection, and timed in CPU seconds of this process (on a
machine other jobs share, wall time swings several-fold between runs); the ratio is that of
the two sizes' medians, printed with its spread (the lowest and highest of the rounds'
ratios) beside each size's median and spread of seconds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from sitrep.records import Document, DocumentReading

ROOT = Path(__file__).resolve().parent.parent
REPEATS = 7
TARGET = 2.2  # seconds per doubling of the documents, at most


def _from_store(path: Path, docs: int) -> tuple[list[Document], list[DocumentReading]]:
    from sitrep.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "copy.db"
        src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        dst = sqlite3.connect(copy)
        src.backup(dst)
        src.close()
        dst.close()
        with Store(copy) as store:
            readings = [r for r in store.readings() if r.figures]
            ids = {r.doc for r in readings}
            documents = [d for d in store.documents() if d.id in ids]
    rng = random.Random(17)
    rng.shuffle(readings)
    readings = readings[:docs]
    keep = {r.doc for r in readings}
    return [d for d in documents if d.id in keep], readings


def _synthetic(docs: int) -> tuple[list[Document], list[DocumentReading]]:
    """A long crisis: running totals that grow, incident counts, city and country scopes,
    several groups and sources, over 120 days (deterministic)."""
    from sitrep.records import EntityMention, Evidence, FigureClaim, Place

    rng = random.Random(5)
    country = Place(1, "Egypt", "EG", None, 27.0, 30.0, "country", 100_000_000, 3)
    cities = [
        Place(10 + i, name, "EG", str(i), 30.0 + i / 10, 31.0, "city", 1_000_000, 1)
        for i, name in enumerate(("Cairo", "Alexandria", "Suez", "Giza", "Mansoura", "Luxor"))
    ]
    start = 15_000
    documents, readings = [], []
    sentences = (
        "The toll has risen to {n} so far, officials said.",
        "{n} people were killed on Saturday in clashes.",
        "Police said {n} protesters were arrested overnight.",
        "At least {n} people have been injured since the protests began.",
    )
    for k in range(docs):
        doc_id = f"s{k:05d}"
        day = start + k * 120 // docs
        published = _iso(day)
        parts, figures, entities = [], [], []
        offset = 0
        for j in range(rng.randint(1, 5)):
            n = rng.randint(1, 50) if j % 2 else rng.randint(100, 100 + 3 * k)
            template = rng.choice(sentences)
            text = template.format(n=n)
            place = rng.choice([country, country, *cities])
            measure = rng.choice(("killed", "injured", "arrested", "treated", "detained"))
            group = rng.choice(("all", "protesters", "police", "civilians", "students"))
            at = offset + text.index(str(n))
            sentence = Evidence(doc_id, offset, offset + len(text))
            figures.append(
                FigureClaim(
                    f"{doc_id}:F{j + 1}",
                    doc_id,
                    at,
                    at + len(str(n)),
                    str(n),
                    sentence,
                    measure,
                    float(n),
                    None,
                    None,
                    rng.choice(("exact", "at_least", "about")),
                    False,
                    group,
                    place.name,
                    rng.choice((None, "police", "Health Ministry", "Reuters")),
                    published,
                )
            )
            entities.append(
                EntityMention(
                    doc_id, offset, offset + 5, place.name, "GPE", sentence, place.name, place
                )
            )
            parts.append(text)
            offset += len(text) + 1
        text = " ".join(parts)
        documents.append(Document(doc_id, text, doc_id, doc_id, "txt", published=published))
        readings.append(DocumentReading(doc_id, tuple(entities), (), tuple(figures)))
    return documents, readings


def _iso(day: int) -> str:
    return (dt.date(1970, 1, 1) + dt.timedelta(days=day)).isoformat()


def _time(documents: list[Document], readings: list[DocumentReading]) -> tuple[float, int]:
    from sitrep.resolve.claims import reconcile
    from sitrep.resolve.entities import resolve_entities

    index = resolve_entities(readings)
    figures = [f for r in readings for f in r.figures]
    gc.collect()
    t0 = time.process_time()
    reconcile(figures, index, documents)
    return time.process_time() - t0, len(figures)


def run(shared: Path, store: Path | None = None, docs: int = 6000) -> dict:
    """Claim grouping timed at half and all of ``docs`` documents: CPU seconds (median and
    spread), figures and the median ratio per doubling with its spread (target <= TARGET)."""
    store = store or shared.parent / "helpers" / "big" / "sitrep.db"
    if store.exists():
        documents, readings = _from_store(store, docs)
        source = f"store {store} ({len(readings)} documents with figures)"
    else:
        documents, readings = _synthetic(docs)
        source = f"synthetic long crisis ({len(readings)} documents)"
    half = len(readings) // 2
    keep = {r.doc for r in readings[:half]}
    sizes = {
        "half": ([d for d in documents if d.id in keep], readings[:half]),
        "full": (documents, readings),
    }
    seconds: dict[str, list[float]] = {k: [] for k in sizes}
    figures: dict[str, int] = {}
    _time(*sizes["half"])  # warm up (imports, caches) outside the rounds
    for _ in range(REPEATS):  # interleaved, so both sizes see the same machine load
        for label, (d, r) in sizes.items():
            took, figures[label] = _time(d, r)
            seconds[label].append(took)
    out: dict = {"input": source, "repeats": REPEATS}
    for label in sizes:
        out[label] = {
            "documents": len(sizes[label][1]),
            "figures": figures[label],
            "cpu_seconds_median": round(statistics.median(seconds[label]), 3),
            "cpu_seconds_spread": [round(min(seconds[label]), 3), round(max(seconds[label]), 3)],
        }
    ratios = [f / max(h, 1e-6) for h, f in zip(seconds["half"], seconds["full"], strict=True)]
    ratio = statistics.median(seconds["full"]) / max(statistics.median(seconds["half"]), 1e-6)
    out["ratio_per_doubling"] = round(ratio, 2)
    out["ratio_spread"] = [round(min(ratios), 2), round(max(ratios), 2)]
    out["figure_ratio"] = round(out["full"]["figures"] / max(out["half"]["figures"], 1), 2)
    out["near_linear"] = ratio <= TARGET
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--store", type=Path, default=None)
    parser.add_argument("--docs", type=int, default=6000)
    args = parser.parse_args()
    result = run(args.shared, args.store, args.docs)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
