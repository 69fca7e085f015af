"""External yardstick: publication dates inferred from an article's own text (Timeline17).

    python scripts/eval_published.py --shared /work/shared [--per-topic] [--sample N]
        [--topics bpoil_bbc haiti_bbc] [--dump outcomes.jsonl]

Timeline17 ships 4,650 news articles (BBC, CNN, Fox News, the Guardian, Reuters, the
Washington Post) with their publication dates. sitrep reads each folder's sample as a
corpus of bare .txt files, as a user runs it: no metadata, no ``--period``; the store's
dating (``ingest.dating``: the corpus period, its onset, each text's date, copies and
weekday-only texts) does the rest. This prints how often the inferred date is the real
one, within a day, or none was found, by how the date was found. The texts are
Penn-Treebank tokenised ("Oct 6 , 2011", "-LRB-"); the tokenisation is undone first,
since no news page is written that way. Pages keep their cruft (related stories, tweets
with their own dates), which makes this a hard test. Nothing is tuned on it beyond the
rules its first run measured (see the git log).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from sitrep.pipeline import prepare, settle
from sitrep.records import Document
from sitrep.store import Store

DATASET = Path("datasets") / "timeline-summarization" / "Timeline17"
# Penn Treebank tokens and spacing -> running text
PTB = (
    (" -LRB- ", " ("),
    (" -RRB- ", ") "),
    ("-LRB-", "("),
    ("-RRB-", ")"),
    (" , ", ", "),
    (" . ", ". "),
    (" 's", "'s"),
    (" n't", "n't"),
    ("`` ", '"'),
    (" ''", '"'),
    (" : ", ": "),
    (" ; ", "; "),
    (" ?", "?"),
    (" !", "!"),
    (" .\n", ".\n"),
    ("\\/", "/"),
)


def detokenise(text: str) -> str:
    for old, new in PTB:
        text = text.replace(old, new)
    return text


def read(root: Path, per_folder: int, seed: int) -> list[tuple[str, dt.date, str]]:
    """(folder, publication date, text) for a seeded sample of each folder's articles."""
    rng = random.Random(seed)
    out = []
    for path in sorted(root.glob("*/articles.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for line in rng.sample(lines, min(per_folder, len(lines))):
            row = json.loads(line)
            out.append((path.parent.name, dt.date.fromisoformat(row["time"][:10]), row["text"]))
    return out


def date_as_a_corpus(
    sample: list[tuple[dt.date, str]],
) -> list[tuple[dt.date, str | None, str, str]]:
    """(true date, inferred date, basis, text) for each text, read together as one corpus."""
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "t17.db") as store:
        truth = {}
        for n, (true, text) in enumerate(sample):
            text = detokenise(text)
            doc = Document(
                id=f"t{n:04d}",
                text=text,
                content_hash=hashlib.sha256(f"{n}:{text}".encode()).hexdigest(),
                source=f"t{n:04d}.txt",
                format="txt",
            )
            store.add_document(prepare(doc, dates=False))
            truth[doc.id] = true
        settle(store)
        return [
            (truth[d.id], d.published, d.published_basis or "", d.text) for d in store.documents()
        ]


def how(basis: str) -> str:
    if basis.startswith("a copy of"):
        return "a copy's date"
    if "reader comments" in basis:
        return "the earliest reader comment"
    if "running totals grow" in basis:
        return "after a smaller running total"
    if "it gives the tally" in basis:
        return "a tally dated reports give"
    if "the other reports give" in basis or "day the crisis began" in basis:
        return "weekdays placed among the other reports"
    if basis.startswith("dateline"):
        return "dateline or time stamp"
    if "weekday after" in basis:
        return "latest reported date, moved by a weekday"
    if "its neighbours" in basis and "names no day" in basis:
        return "where its neighbours fall (names no day)"
    if "its neighbours" in basis:
        return "weekday among its neighbours' dates"
    if "anchored" in basis:
        return "relative date anchored to an explicit one"
    if basis.startswith("inferred"):
        return "latest reported date"
    return "none found"


def miss(true: dt.date, published: str | None) -> str | None:
    """The class of a miss (None when within a day): no date found, wrong year, a weekday
    a week off, or an earlier / later date taken (a background or a planned date)."""
    if published is None:
        return "no date found"
    delta = (dt.date.fromisoformat(published) - true).days
    if abs(delta) <= 1:
        return None
    if abs(delta) > 300:
        return "wrong year"
    if abs(delta) in (6, 7, 8):
        return "weekday a week off"
    return "earlier date taken (background)" if delta < 0 else "later date taken (plan, stamp)"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path("/work/shared"))
    ap.add_argument("--sample", type=int, default=60, help="articles per folder (0: all)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--per-topic", action="store_true")
    ap.add_argument("--topics", nargs="*", default=None, help="only these folders")
    ap.add_argument("--dump", type=Path, help="write every article's outcome here (JSON lines)")
    args = ap.parse_args(argv)
    root = args.shared / DATASET
    if not root.exists():
        print(f"data not found at {root}")
        return 0
    rows = read(root, args.sample or 10**9, args.seed)
    if args.topics:
        rows = [r for r in rows if r[0] in args.topics]
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    by_how: dict[str, Counter[str]] = defaultdict(Counter)
    by_topic: dict[str, Counter[str]] = defaultdict(Counter)
    misses: Counter[str] = Counter()
    for folder in sorted({r[0] for r in rows}):
        sample = [(true, text) for f, true, text in rows if f == folder]
        for true, published, basis, text in date_as_a_corpus(sample):
            kind = how(basis)
            if dump:
                row = {"topic": folder, "true": true.isoformat(), "published": published}
                dump.write(json.dumps(row | {"basis": basis, "text": text}) + "\n")
            if published is None:
                outcome = "none"
            else:
                delta = abs((true - dt.date.fromisoformat(published)).days)
                outcome = "exact" if delta == 0 else "one day" if delta == 1 else "off"
            by_how[kind][outcome] += 1
            misses[miss(true, published) or "within a day"] += 1
            by_topic[folder][outcome] += 1
    total = Counter[str]()
    for c in by_how.values():
        total.update(c)
    n = sum(total.values())
    dated = n - total["none"]
    print(f"Timeline17: {n} articles, publication date inferred from the text alone")
    near = total["exact"] + total["one day"]
    print(
        f"  exact {total['exact']} ({100 * total['exact'] / n:.1f}%), within a day {near} "
        f"({100 * near / n:.1f}%), none found {total['none']}; of the {dated} dated: "
        f"{100 * near / max(dated, 1):.1f}% within a day"
    )
    for kind, c in sorted(by_how.items(), key=lambda kv: -sum(kv[1].values())):
        counts = ", ".join(f"{k} {v}" for k, v in c.items())
        print(f"    {kind:45s} {sum(c.values()):4d}: {counts}")
    print("  misses by class: " + ", ".join(f"{k} {v}" for k, v in misses.most_common()))
    if args.per_topic:
        for folder, c in sorted(by_topic.items()):
            print(f"    {folder:28s} " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
