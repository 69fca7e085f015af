"""Correctness guard for performance work: snapshot what extraction produces, and diff.

    python scripts/check_readings.py --out before.json [--shared ../shared]
    python scripts/check_readings.py --out after.json --compare before.json

Runs the full pipeline (``load_pipeline()`` + ``iter_readings``) on the example corpus
(with the gold publication dates and boilerplate, as ``scripts/dev_eval.py`` does) and on
a fixed sample of the BBC News corpus (every 20th file in sorted order, first 100,
prepared with ``sitrep.pipeline.prepare`` as ingestion does), and writes every record
as JSON (``sitrep.records.to_dict``). ``--compare`` reports every record that differs
in the checked sections (figures, quotes, times by default: the ones a speed-up of
those components must leave unchanged). Entities are written too, because figures and
quotes read them: when entities changed between two snapshots, differences downstream
may come from there, and the report says so. Exit status 1 when a checked section differs.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from pathlib import Path
from typing import Any

from sitrep.extract.nlp import load_pipeline
from sitrep.extract.runner import iter_readings
from sitrep.ingest.readers import read_paths
from sitrep.pipeline import prepare
from sitrep.records import Document, to_dict

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from sitrep.evaluate.oracle import oracle_documents  # noqa: E402

SECTIONS = ("entities", "times", "figures", "quotes", "events")
CHECKED = ("figures", "quotes", "times")


def sample_documents(shared: Path, step: int = 20, count: int = 100) -> list[Document]:
    """The example corpus (oracle metadata) plus a fixed BBC sample, with unique ids."""
    docs, _, _ = oracle_documents(ROOT / "examples" / "kazakhstan-2022")
    files = sorted((shared / "datasets" / "bbc-news").glob("*/*.txt"))[::step][:count]
    for path in files:
        for doc in read_paths([path]):
            if isinstance(doc, Document):
                doc = dataclasses.replace(doc, id=f"bbc-{path.parent.name}-{path.stem}")
                docs.append(prepare(doc))
    return docs


def snapshot(docs: list[Document]) -> dict[str, dict[str, Any]]:
    """Every section of every document's reading, as JSON-ready dicts."""
    out: dict[str, dict[str, Any]] = {}
    for reading in iter_readings(docs, nlp=load_pipeline()):
        out[reading.doc] = {s: to_dict(getattr(reading, s)) for s in SECTIONS}
    return out


def compare(new: dict[str, Any], old: dict[str, Any], sections: tuple[str, ...]) -> int:
    """Print the differences in ``sections``; the number of differing records."""
    differences = 0
    changed_entities = sum(
        new.get(d, {}).get("entities") != old.get(d, {}).get("entities") for d in old
    )
    if changed_entities:
        print(f"note: entities differ in {changed_entities} documents (figures/quotes read them)")
    for doc_id in sorted(set(new) | set(old)):
        if doc_id not in new or doc_id not in old:
            print(f"{doc_id}: only in {'new' if doc_id in new else 'old'} snapshot")
            differences += 1
            continue
        for section in sections:
            a, b = old[doc_id].get(section, []), new[doc_id].get(section, [])
            if a == b:
                continue
            gone = [r for r in a if r not in b]
            added = [r for r in b if r not in a]
            if not gone and not added:
                print(f"{doc_id} {section}: same records, different order")
                differences += 1
            for r in gone:
                print(f"{doc_id} {section} - {json.dumps(r, sort_keys=True)}")
            for r in added:
                print(f"{doc_id} {section} + {json.dumps(r, sort_keys=True)}")
            differences += len(gone) + len(added)
    return differences


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--compare", type=Path)
    parser.add_argument(
        "--sections", default=",".join(CHECKED), help="comma-separated sections to compare"
    )
    args = parser.parse_args()
    docs = sample_documents(args.shared)
    t0 = time.perf_counter()
    data = snapshot(docs)
    seconds = time.perf_counter() - t0
    args.out.write_text(json.dumps(data, indent=1, sort_keys=True))
    counts = {s: sum(len(v[s]) for v in data.values()) for s in SECTIONS}
    print(f"{len(docs)} documents in {seconds:.1f} s -> {args.out}: {counts}")
    if args.compare:
        old = json.loads(args.compare.read_text())
        sections = tuple(s for s in args.sections.split(",") if s)
        n = compare(data, old, sections)
        print(
            f"{n} differing records in {', '.join(sections)}"
            if n
            else f"identical {', '.join(sections)}"
        )
        sys.exit(1 if n else 0)


if __name__ == "__main__":
    main()
