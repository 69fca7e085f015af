"""External yardstick: which days the main timeline puts first (Timeline17 date selection).

    python scripts/eval_timeline.py --shared /work/shared [--work DIR]

Timeline17 pairs news collections with timelines written by journalists. news-tls (Gholipour
Ghalandari & Ifrim, ACL 2020) scores a system's choice of days against each reference
timeline: the input is the articles published between the reference's first and last day,
the system picks as many days as the reference has (k), and date F1 is the share of them
in the reference (news-tls evaluate_dates; the mean over timelines of precision and of
recall, then their F1). Published: DATEWISE 0.544, CLUST 0.407 over all of T17.

sitrep reads each topic as a user runs it (``sitrep run articles.jsonl``; the store is
kept under ``--work``, out/timeline17 by default, so a second run only resolves again;
the first reads 1,700 articles: about an hour on two cores; each window's resolved events
are cached beside its store, keyed by the store's counts and a digest of sitrep's source
less salience.py and weights.py, whose scores are computed again on every run, so a run
after a change to salience alone takes seconds) and, for each reference
timeline, resolves the articles of its window and keeps its k days of highest rank
(``sitrep.resolve.events.salience.rank_days``: the salience of the events dated to a day and
the articles that name it; the ranking behind the export's ``key_days`` and the report's
"Key days" line, ``salience.key_days``). The
baseline ranks days by the number of articles published on them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import pickle
import sys
import tempfile
from collections import Counter
from functools import partial
from pathlib import Path

import sitrep
from sitrep import pipeline
from sitrep.extract.timenorm import value_span
from sitrep.resolve import resolve_all
from sitrep.resolve.events.salience import named_days, rank_days, score_events
from sitrep.store import Store

DATASET = Path("datasets") / "timeline-summarization" / "Timeline17"
TOPICS = (
    "EgyptianProtest_cnn",
    "LibyaWar_cnn",
    "LibyaWar_reuters",
    "SyrianCrisis_bbc",
    "SyrianCrisis_reuters",
)
# The rest of Timeline17 (Finan_washingtonpost ships no articles): never read while the
# ranking's weights were set, so ``--all`` scores the ranking out of sample as well, and over
# all of T17 as news-tls reports it (the mean over every reference timeline)
OTHER_TOPICS = (
    "H1N1_bbc",
    "H1N1_guardian",
    "H1N1_reuters",
    "IraqWar_guardian",
    "MJ_bbc",
    "bpoil_bbc",
    "bpoil_foxnews",
    "bpoil_guardian",
    "bpoil_reuters",
    "bpoil_washingtonpost",
    "haiti_bbc",
)


def references(topic_dir: Path) -> list[list[dt.date]]:
    """The days of each reference timeline of a topic."""
    out = []
    for line in (topic_dir / "timelines.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            out.append(sorted({dt.date.fromisoformat(d[:10]) for d, _ in json.loads(line)}))
    return out


def date_prf(predicted: list[dt.date], reference: list[dt.date]) -> tuple[float, float]:
    """news-tls's date precision and recall of one predicted timeline."""
    shared = len(set(predicted) & set(reference))
    return (shared / len(predicted) if predicted else 0.0, shared / len(reference))


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _day(value: str | None) -> dt.date | None:
    span = value_span(value)
    return span[0] if span else None


def store_for(topic_dir: Path, work: Path) -> Path:
    """The topic's store, read once (later runs only pick up what is new)."""
    db = work / topic_dir.name / "sitrep.db"
    db.parent.mkdir(parents=True, exist_ok=True)
    with Store(db) as store:
        if not store.counts()["documents"] or store.unread_documents():
            pipeline.process(store, [topic_dir / "articles.jsonl"], n_process=1)
    return db


# Sources whose change leaves the resolved events as they are up to their salience, which
# is scored again on every run (rank_days and score_events are cheap): editing them does not
# invalidate the cache of resolved windows
RESCORED = ("resolve/events/salience.py", "resolve/events/weights.py")


def _source_key() -> str:
    """A digest of sitrep's source (less what is scored again each run): resolved events are
    reused only while the code that resolves them is unchanged."""
    root = Path(sitrep.__file__).parent
    h = hashlib.sha256()
    for f in sorted(root.rglob("*.py")):
        rel = f.relative_to(root).as_posix()
        if rel not in RESCORED:
            h.update(rel.encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:16]


def _resolved(db: Path, window: tuple[dt.date, dt.date], key: str, resolve) -> tuple:
    """The window's resolved events, from the cache beside the store when the store's
    contents and the resolving code are as they were (``key``; ``resolve`` is called
    otherwise, and its result kept)."""
    path = db.parent / "resolved" / f"{window[0]}_{window[1]}_{key}.pickle"
    if path.exists():
        return pickle.loads(path.read_bytes())
    events = resolve().events
    path.parent.mkdir(exist_ok=True)
    for old in path.parent.glob(f"{window[0]}_{window[1]}_*.pickle"):
        old.unlink()
    path.write_bytes(pickle.dumps(events))
    return events


def evaluate_topic(db: Path, reference_days: list[list[dt.date]]) -> list[dict]:
    with Store(db) as store:
        counts = store.counts()
        key = hashlib.sha256(f"{_source_key()} {sorted(counts.items())}".encode()).hexdigest()[:16]
        documents = store.documents()
        groups = store.duplicate_groups()
        readings = store.readings()
        about = store.meta("event")
    by_id = {r.doc: r for r in readings}
    rows = []
    for ref in reference_days:
        first, last = ref[0], ref[-1]
        docs = [d for d in documents if (p := _day(d.published)) and first <= p <= last]
        ids = {d.id for d in docs}
        reads = [by_id[i] for i in ids if i in by_id]
        grps = [g for g in groups if g.canonical in ids]
        canon = {m: g.canonical for g in grps for m in g.members}
        events = _resolved(
            db, (first, last), key, partial(resolve_all, docs, grps, reads, about=about)
        )
        events = score_events(events, canon)  # salience as the code scores it now
        named = named_days(reads, docs, canon)
        ranked = [d for d, _ in rank_days(events, named) if first <= d <= last]
        ranked = ranked[: len(ref)]
        published = Counter(_day(d.published) for d in docs)
        base = [d for d, _ in sorted(published.items(), key=lambda kv: (-kv[1], kv[0]))]
        rows.append(
            {
                "k": len(ref),
                "articles": len(docs),
                "events": len(events),
                "sitrep": date_prf(ranked, ref),
                "baseline": date_prf(base[: len(ref)], ref),
            }
        )
    return rows


def run(shared: Path, work: Path | None = None, others: bool = False) -> dict:
    """Date-selection F1 per topic, their mean (the headline: each collection counts once)
    and the mean over all reference timelines (news-tls's way: Syria-Reuters has three).
    With ``others``, the same for the rest of Timeline17 (``OTHER_TOPICS``) and over all of
    it (another hour to read them the first time)."""
    root = shared / DATASET
    tmp = None
    if work is None:
        tmp = tempfile.TemporaryDirectory()
        work = Path(tmp.name)
    out: dict = {}
    rows_t17: list[dict] = []
    for name, topics in (("", TOPICS), ("other_", OTHER_TOPICS if others else ())):
        per_topic: dict[str, dict] = {}
        rows_all: list[dict] = []
        for topic in topics:
            topic_dir = root / topic
            if not topic_dir.exists():
                continue
            rows = evaluate_topic(store_for(topic_dir, work), references(topic_dir))
            rows_all += rows
            per_topic[topic] = _summary(rows)
        if not per_topic:
            continue
        rows_t17 += rows_all
        mean = {
            system: round(sum(t[system] for t in per_topic.values()) / len(per_topic), 3)
            for system in ("sitrep", "baseline")
        }
        out.update(
            {
                f"{name}topics": per_topic,
                f"{name}mean_of_topics": mean,
                f"{name}all": _summary(rows_all),
            }
        )
    if others:
        out["t17_all"] = _summary(rows_t17)
    if tmp is not None:
        tmp.cleanup()
    return out


def _summary(rows: list[dict]) -> dict:
    out: dict = {"timelines": len(rows)}
    for system in ("sitrep", "baseline"):
        p = sum(r[system][0] for r in rows) / max(len(rows), 1)
        r = sum(r[system][1] for r in rows) / max(len(rows), 1)
        out[system] = round(f1(p, r), 3)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path("/work/shared"))
    ap.add_argument(
        "--work", type=Path, default=Path("out/timeline17"), help="keep the topic stores here"
    )
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--all", action="store_true", help="also the rest of Timeline17, out of sample")
    args = ap.parse_args(argv)
    if not (args.shared / DATASET).exists():
        print(f"data not found at {args.shared / DATASET}")
        return 0
    result = run(args.shared, args.work, others=args.all)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print("Timeline17 date-selection F1 (news-tls; k = days of the reference timeline)")
    print(f"{'topic':<26} {'timelines':>9} {'sitrep':>7} {'baseline':>9}")
    for topic, s in (*result["topics"].items(), ("timelines (news-tls mean)", result["all"])):
        print(f"{topic:<26} {s['timelines']:>9} {s['sitrep']:>7.3f} {s['baseline']:>9.3f}")
    m = result["mean_of_topics"]
    print(f"{'mean of the topics':<26} {'':>9} {m['sitrep']:>7.3f} {m['baseline']:>9.3f}")
    if "other_topics" in result:
        print("the rest of Timeline17, never read while the weights were set:")
        for topic, s in (*result["other_topics"].items(), ("timelines", result["other_all"])):
            print(f"{topic:<26} {s['timelines']:>9} {s['sitrep']:>7.3f} {s['baseline']:>9.3f}")
        m = result["other_mean_of_topics"]
        print(f"{'mean of the topics':<26} {'':>9} {m['sitrep']:>7.3f} {m['baseline']:>9.3f}")
        a = result["t17_all"]
        print(
            f"{'all of T17 (news-tls)':<26} {a['timelines']:>9} "
            f"{a['sitrep']:>7.3f} {a['baseline']:>9.3f}"
        )
    print("published over all of T17 (news-tls): DATEWISE 0.544, CLUST 0.407")
    print("EgyptianProtest_cnn's window is its 20 reference days: any ranking scores 1.0 there")
    return 0


if __name__ == "__main__":
    sys.exit(main())
