"""Developer harness: why an example corpus's events score what they score.

    python scripts/diagnose_events.py examples/georgia-2024-tbilisi-protests [--all]

Runs the pipeline exactly as ``sitrep evaluate`` does, then, for every gold event: is it
matched, and which event mentions overlap its gold quotes, each with what disagrees
(TYPE / DATE / PLACE) and the event it was resolved into; then every predicted event no
gold event matches (a false positive) with its first report. The closing tally says, per
gold event, whether some mention gets type, date and place right (an extraction miss
when none does, a resolution miss when one does but the event is not matched).
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from sitrep import pipeline
from sitrep.evaluate.score import (
    Aliases,
    dates_agree,
    find_spans,
    match_events,
    overlaps,
    places_agree,
)
from sitrep.export.jsonexport import build_export
from sitrep.store import Store


def _export(corpus: Path) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "d.db") as store:
        pipeline.process(store, [corpus / "docs"], None, n_process=1, period=None)
        return build_export(store)


def _diffs(m: dict[str, Any], g: dict[str, Any], aliases: Aliases) -> list[str]:
    out = []
    if m["type"] != g["type"]:
        out.append("TYPE")
    if not dates_agree(m["date"], g["date"]):
        out.append("DATE")
    if not places_agree(m["place"], g["place"], aliases):
        out.append("PLACE")
    return out


def main() -> None:
    corpus = Path(next(a for a in sys.argv[1:] if not a.startswith("--")))
    show_all = "--all" in sys.argv
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    ex = _export(corpus)
    texts = {d["id"]: d["text"] for d in ex["documents"]}
    aliases = Aliases(gold.get("entities", []))
    pred, events = ex["events"], gold["events"]

    pairs = match_events(pred, events, aliases)
    matched = {j: i for i, j in pairs.items()}
    owner = {m["mention"]: p for p in pred for m in p["mentions"]}
    tally: Counter[str] = Counter()
    for j, g in enumerate(events):
        ok = j in matched
        by = ""
        if ok:
            p = pred[matched[j]]
            first = p["mentions"][0]["quote"][:60].replace("\n", " ")
            by = f"  <- {p['id']} {p['date']} @{p['place']} n={len(p['mentions'])} «{first}»"
        head = f"{g['id']} {g['type']} {g['date']} @ {g['place']}"
        print(f"\n[{'OK  ' if ok else 'MISS'}] {head}{by}")
        print(f"       {g['description'][:110]}")
        perfect, seen = False, set()
        for gm in g["mentions"]:
            spans = find_spans(texts.get(gm["doc"], ""), gm["quote"])
            hits = [
                m
                for m in ex["event_mentions"]
                if m["doc"] == gm["doc"] and any(overlaps((m["start"], m["end"]), s) for s in spans)
            ]
            if not hits and (show_all or not ok):
                print(f"   - {gm['doc']}: no mention  «{gm['quote'][:80]}»")
            for m in hits:
                d = _diffs(m, g, aliases)
                perfect |= not d
                if m["id"] in seen or not (show_all or not ok):
                    continue
                seen.add(m["id"])
                ev = owner.get(m["id"])
                into = f"{ev['id']} {ev['type']} {ev['date']} @{ev['place']}" if ev else "-"
                print(
                    f"   - {m['doc']}: {m['type']} {m['date']} [{m['date_basis']}] "
                    f"@{m['place']} [{m['place_basis']}] '{m['trigger']}' "
                    f"{','.join(d) or 'ok'} -> {into}"
                )
        tally["matched" if ok else ("resolution miss" if perfect else "extraction miss")] += 1
    print("\n## predicted events no gold event matches")
    for i, p in enumerate(pred):
        if i not in pairs:
            first = p["mentions"][0]["quote"][:120].replace("\n", " ")
            print(f"FP {p['type']} {p['date']} @{p['place']} n={len(p['mentions'])} «{first}»")
    print(f"\n## {corpus.name}: {dict(tally)}; predicted {len(pred)}, gold {len(events)}")


if __name__ == "__main__":
    main()
