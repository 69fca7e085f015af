"""Developer harness: why a corpus's figures and conflicts score what they score.

    python scripts/diagnose_figures.py probes/turkey-2023-earthquake [--export OUT.json]

Runs the pipeline exactly as ``sitrep evaluate`` does (or reads an export written
earlier with ``--from EXPORT.json``), then lists: every gold figure no predicted figure
matches (with the predicted figures whose evidence touches its quote, so a wrong measure
or value shows); every predicted figure no gold figure matches; matched figures whose
qualifier, group, place, claimed_by or as_of disagree; and every gold conflict missed and
every predicted conflict that matches none.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from sitrep import pipeline
from sitrep.evaluate.score import Aliases, figure_checks, find_spans, match_figures, overlaps
from sitrep.export.jsonexport import build_export
from sitrep.store import Store


def _export(corpus: Path) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "d.db") as store:
        pipeline.process(store, [corpus / "docs"], None, n_process=1, period=None)
        return build_export(store)


def _arg(name: str) -> str | None:
    args = sys.argv[1:]
    return args[args.index(name) + 1] if name in args and args.index(name) + 1 < len(args) else None


def _show(f: dict[str, Any]) -> str:
    value = f.get("value")
    if value is None:
        value = f"{f.get('low')}-{f.get('high')}"
    return (
        f"{f.get('measure')}={value} {f.get('qualifier')} group={f.get('group')} "
        f"place={f.get('place')} by={f.get('claimed_by')} as_of={f.get('as_of')}"
    )


def _touching(pred: list[dict], g: dict[str, Any], texts: dict[str, str]) -> list[dict]:
    spans = find_spans(texts.get(g["doc"], ""), g["quote"])
    return [
        p
        for p in pred
        if p.get("doc") == g["doc"]
        and any(
            ev.get("doc") == g["doc"] and overlaps((ev["start"], ev["end"]), s)
            for ev in p.get("evidence", [])
            for s in spans
        )
    ]


def main() -> None:
    corpus = Path(next(a for a in sys.argv[1:] if not a.startswith("--")))
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    cached = _arg("--from")
    ex = json.loads(Path(cached).read_text()) if cached else _export(corpus)
    if out := _arg("--export"):
        Path(out).write_text(json.dumps(ex))
    texts = {d["id"]: d["text"] for d in ex["documents"]}
    aliases = Aliases(gold.get("entities", []))
    pred, gf = ex["figures"], gold["figures"]
    pairs = match_figures(pred, gf, texts)
    matched_gold = {j: i for i, j in pairs.items()}
    print(f"== {corpus.name}: {len(pairs)} matched, {len(pred)} predicted, {len(gf)} gold")
    print("-- gold figures missed")
    for j, g in enumerate(gf):
        if j in matched_gold:
            continue
        print(f"  {g['id']} {g['doc']}: {_show(g)}\n      | {g['quote'][:160]}")
        for p in _touching(pred, g, texts):
            print(f"      near: {_show(p)} [{p.get('text')}]")
    print("-- predicted figures unmatched")
    for i, p in enumerate(pred):
        if i not in pairs:
            q = p.get("quote") or ""
            print(f"  {p.get('id')} {p.get('doc')}: {_show(p)}\n      | {q[:160]}")
    print("-- matched, attributes disagree")
    checks = figure_checks(aliases)
    for i, j in sorted(pairs.items(), key=lambda x: x[1]):
        p, g = pred[i], gf[j]
        bad = [f"{k}: {p.get(k)!r} vs gold {g.get(k)!r}" for k, c in checks.items() if not c(p, g)]
        if bad:
            print(f"  {g['id']} {g['doc']} {g['measure']}={g.get('value')}: " + "; ".join(bad))
            print(f"      | {g['quote'][:160]}")
    print("-- conflicts")
    pred_index = {f.get("id"): i for i, f in enumerate(pred)}
    gold_of = {f: gf[pairs[i]]["id"] for f, i in pred_index.items() if i in pairs}
    by_gold_id = {g["id"]: g for g in gf}
    hit_gold: set[int] = set()
    for c in ex.get("conflicts", []):
        ids = [gold_of.get(f) for f in c.get("figures", [])]
        hits = [
            k for k, g in enumerate(gold["conflicts"]) if len(set(ids) & set(g["figures"])) >= 2
        ]
        hit_gold.update(hits)
        if not hits:
            print(f"  FALSE {c.get('about')}: ")
            for f in c.get("figures", []):
                p = pred[pred_index[f]] if f in pred_index else {}
                print(f"      {p.get('doc')} {_show(p)} gold={gold_of.get(f)}")
    for k, g in enumerate(gold["conflicts"]):
        if k in hit_gold:
            continue
        print(f"  MISSED {g['about']}")
        for fid in g["figures"]:
            gfig = by_gold_id[fid]
            j = gf.index(gfig)
            p = pred[matched_gold[j]] if j in matched_gold else None
            state = f"pred {p.get('id')}: {_show(p)}" if p else "NOT EXTRACTED"
            print(f"      {fid} {gfig['doc']} {_show(gfig)}\n          -> {state}")


if __name__ == "__main__":
    main()
