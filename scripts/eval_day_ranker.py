"""External yardstick, an experiment: does a learned day ranker beat ``rank_days``?

    python scripts/eval_day_ranker.py --shared /work/shared --work out/timeline17 [--work DIR ...]

news-tls's DATEWISE (Gholipour Ghalandari & Ifrim, ACL 2020) ranks a window's days by a
linear regression over per-day counts (``datewise.py`` SupervisedDateRanker: sentences
naming the day in all, before and after their article's day; articles naming it, the same
three; articles published that day, a column its code never fills), each column
L2-normalised within the window, the target 1 for a day of the reference timeline; the
model for a topic is trained on all the other Timeline17 collections. This script builds
those counts, and sitrep's own per-day signals (``named_days``, the events' salience,
the coverage around the day, the next day's articles), from stores read by
``scripts/eval_timeline.py`` (``--work``: each topic's store is the first
``DIR/<topic>/sitrep.db`` found; a window's events are its cached pickle under
``resolved/`` whatever code made it, or none), fits ordinary least squares in numpy
leaving out the collection under test (news-tls's protocol) or its whole topic (Libya's
two collections, Syria's two, H1N1's three, the oil spill's five), and prints date F1 as
eval_timeline does against the rule: the five collections' mean, the other eleven's, and
the mean over all of T17's timelines (news-tls's figure).
"""

from __future__ import annotations

import argparse
import datetime as dt
import pickle
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
from eval_timeline import DATASET, OTHER_TOPICS, TOPICS, _day, date_prf, f1, references

from sitrep.resolve.events.salience import day_of, named_days, rank_days, score_events
from sitrep.resolve.events.weights import IMPRECISE_DAY_WEIGHT
from sitrep.store import Store

NEWS_TLS = (
    "sents_total",
    "sents_before",
    "sents_after",
    "docs_total",
    "docs_before",
    "docs_after",
    "docs_published",
)
SITREP = ("named", "events", "events_top", "events_n", "next_published", "coverage")
COVERAGE_DAYS = 21  # the articles published this many days either side of a day: its coverage


def published_days(documents, canon) -> dict[dt.date, int]:
    """Separate articles (copies once) published on each day."""
    counts: dict[dt.date, int] = defaultdict(int)
    for d in documents:
        if canon.get(d.id, d.id) == d.id and (day := _day(d.published)) is not None:
            counts[day] += 1
    return dict(counts)


def day_features(docs, reads, groups, events, first: dt.date, last: dt.date) -> dict:
    """Per-day signals of the articles published in [first, last]; the rule's score too."""
    docs = [d for d in docs if (p := _day(d.published)) and first <= p <= last]
    ids = {d.id for d in docs}
    reads = [r for r in reads if r.doc in ids]
    canon = {m: g.canonical for g in groups if g.canonical in ids for m in g.members}
    published = {d.id: _day(d.published) for d in docs}
    feats: dict[dt.date, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for r in reads:  # news-tls's counts, every copy counted as news-tls reads a collection
        pub = published[r.doc]
        sentences: dict[int, set[dt.date]] = defaultdict(set)
        for t in r.times:
            if t.first and t.first == t.last and (day := _day(t.first)):
                sentences[t.sentence.start].add(day)
        for days in sentences.values():
            for day in days:
                side = "before" if day < pub else "after" if day > pub else "same"
                feats[day]["sents_total"] += 1
                feats[day][f"sents_{side}"] += 1
        for day in set().union(*sentences.values()):
            side = "before" if day < pub else "after" if day > pub else "same"
            feats[day]["docs_total"] += 1
            feats[day][f"docs_{side}"] += 1
    for day in published.values():
        feats[day]["docs_published"] += 1
    named = named_days(reads, docs, canon)
    coverage = published_days(docs, canon)
    for day, v in named.items():
        feats[day]["named"] += v
    for day, v in coverage.items():
        feats[day - dt.timedelta(days=1)]["next_published"] += v
    scored = score_events(events, canon)
    for e in scored:
        if (day := day_of(e)) is not None and e.salience:
            w = e.salience * (1.0 if e.time_precision == 1 else IMPRECISE_DAY_WEIGHT)
            feats[day]["events"] += w
            feats[day]["events_top"] = max(feats[day]["events_top"], w)
            feats[day]["events_n"] += 1
    for day, score in rank_days(scored, named):
        feats[day]["rule"] = score
    for day, values in feats.items():
        span = range(-COVERAGE_DAYS, COVERAGE_DAYS + 1)
        values["coverage"] = sum(coverage.get(day + dt.timedelta(days=k), 0) for k in span)
    return {d: dict(v) for d, v in feats.items() if first <= d <= last}


def windows(shared: Path, work: list[Path]) -> list[dict]:
    """Every reference timeline of T17 with its window's per-day signals."""
    out = []
    for topic in TOPICS + OTHER_TOPICS:
        base = next((w / topic for w in work if (w / topic / "sitrep.db").exists()), None)
        if base is None:
            print(f"no store for {topic}: left out", file=sys.stderr)
            continue
        with Store(base / "sitrep.db") as store:
            docs, reads = store.documents(), store.readings()
            groups = store.duplicate_groups()
        for ref in references(shared / DATASET / topic):
            cached = sorted((base / "resolved").glob(f"{ref[0]}_{ref[-1]}_*.pickle"))
            events = pickle.loads(cached[-1].read_bytes()) if cached else ()
            feats = day_features(docs, reads, groups, events, ref[0], ref[-1])
            out.append({"topic": topic, "ref": ref, "feats": feats, "events": bool(cached)})
    return out


def matrix(w: dict, columns: tuple[str, ...], log: bool) -> tuple[list, np.ndarray, np.ndarray]:
    days = sorted(w["feats"])
    x = np.array([[w["feats"][d].get(c, 0.0) for c in columns] for d in days], dtype=float)
    x = np.log1p(x) if log else x
    norm = np.linalg.norm(x, axis=0)
    x = x / np.where(norm == 0, 1.0, norm)  # news-tls: each column L2-normalised per window
    ref = set(w["ref"])
    return days, x, np.array([1.0 if d in ref else 0.0 for d in days])


def _topic(collection: str) -> str:
    return collection.split("_")[0]


def learned(ws: list[dict], columns: tuple[str, ...], log: bool, hold: str) -> list[list]:
    """Each window's days ranked by a least-squares fit on the windows of other collections
    (``hold="collection"``) or other topics (``hold="topic"``)."""
    mats = [matrix(w, columns, log) for w in ws]
    ranked = []
    for i, w in enumerate(ws):
        key = (lambda c: c) if hold == "collection" else _topic
        train = [j for j, o in enumerate(ws) if key(o["topic"]) != key(w["topic"])]
        x = np.vstack([mats[j][1] for j in train])
        a = np.hstack([x, np.ones((len(x), 1))])
        coef = np.linalg.lstsq(a, np.concatenate([mats[j][2] for j in train]), rcond=None)[0]
        days, xi, _ = mats[i]
        s = xi @ coef[:-1]
        ranked.append([days[k] for k in sorted(range(len(days)), key=lambda k: (-s[k], days[k]))])
    return ranked


def by_rule(ws: list[dict], key: str = "rule") -> list[list]:
    out = []
    for w in ws:
        s = {d: v[key] for d, v in w["feats"].items() if key in v}
        out.append(sorted(s, key=lambda d: (-s[d], d)))
    return out


def scores(ws: list[dict], ranked: list[list]) -> dict:
    per: dict[str, list] = defaultdict(list)
    for w, r in zip(ws, ranked, strict=True):
        per[w["topic"]].append(date_prf(r[: len(w["ref"])], w["ref"]))

    def agg(rows: list) -> float:
        return f1(sum(p for p, _ in rows) / len(rows), sum(r for _, r in rows) / len(rows))

    topic = {t: agg(v) for t, v in per.items()}
    five = [topic[t] for t in TOPICS if t in topic]
    other = [topic[t] for t in OTHER_TOPICS if t in topic]
    return {
        "topics": topic,
        "five": sum(five) / max(len(five), 1),
        "other": sum(other) / max(len(other), 1),
        "all": agg([x for v in per.values() for x in v]),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path("/work/shared"))
    ap.add_argument("--work", type=Path, action="append", default=None)
    args = ap.parse_args(argv)
    ws = windows(args.shared, args.work or [Path("out/timeline17")])
    nt6 = tuple(c for c in NEWS_TLS if c != "docs_published")  # as news-tls's code fills them
    systems = {"rule (rank_days)": by_rule(ws)}
    for hold in ("collection", "topic"):
        for name, columns, log in (
            ("DATEWISE six", nt6, False),
            ("news-tls seven", NEWS_TLS, False),
            ("seven + sitrep's", NEWS_TLS + SITREP, False),
            ("seven + sitrep's, log", NEWS_TLS + SITREP, True),
        ):
            systems[f"{name}, not {hold}"] = learned(ws, columns, log, hold)
    short = [t.split("_")[0][:5] + "_" + t.split("_")[1][:3] for t in TOPICS]
    print(f"{len(ws)} timelines; events from cached pickles in {sum(w['events'] for w in ws)}")
    print(f"{'system':<38} {'five':>5} " + " ".join(f"{s:>9}" for s in short) + "  other   all")
    for name, ranked in systems.items():
        s = scores(ws, ranked)
        cells = " ".join(f"{s['topics'].get(t, 0):>9.3f}" for t in TOPICS)
        print(f"{name:<38} {s['five']:.3f} {cells}  {s['other']:.3f} {s['all']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
