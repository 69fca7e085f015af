"""TempEval-3: how well sitrep finds and normalises time expressions.

Reads the TimeML files of the TempEval-3 distribution under
``<shared>/datasets/tempeval3`` (never copied into this repository) and reports

(a) value accuracy of the normaliser on the gold TIMEX3 extents, anchored on
    each document's creation time (DCT); "previous" is chained over the gold
    expressions in order, as find_times does;
(b) end to end: find_times on the plain text vs the gold TIMEX3s: strict and
    relaxed extent P/R/F1 and value F1 (a relaxed match with the right value,
    as the official TE3 scorer counts it).

The anchor figure is HeidelTime's value F1 on the platinum test set (TE3 paper,
UzZaman et al. 2013: 77.61). The test set is for reporting only: rules were
developed on the TimeBank/AQUAINT training folders.

    python scripts/eval_tempeval.py --shared /work/shared [--sets platinum,timebank]
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HEIDELTIME_VALUE_F1 = 0.7761  # TE3 task A, platinum, HeidelTime (bf)
SETS = {
    "platinum": "Evaluation/te3-platinum",
    "timebank": "Training/TBAQ-cleaned/TimeBank",
    "aquaint": "Training/TBAQ-cleaned/AQUAINT",
}


@dataclass(frozen=True, slots=True)
class Gold:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class TmlDoc:
    id: str
    text: str
    dct: str
    timexes: tuple[Gold, ...]


def read_tml(path: Path) -> TmlDoc:
    """The plain text of <TEXT> with the offsets of its TIMEX3 elements."""
    root = ET.parse(path).getroot()
    dct_el = next(t for t in root.iter("TIMEX3") if t.get("functionInDocument") == "CREATION_TIME")
    dct = (dct_el.get("value") or "")[:10]
    text_el = root.find("TEXT")
    assert text_el is not None, path
    parts: list[str] = []
    gold: list[Gold] = []
    length = 0

    def walk(el: ET.Element) -> None:
        nonlocal length
        start = length
        if el.text:
            parts.append(el.text)
            length += len(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
                length += len(child.tail)
        if el.tag == "TIMEX3":
            gold.append(
                Gold(
                    start,
                    length,
                    "".join(parts)[start:length],
                    el.get("type", ""),
                    el.get("value", ""),
                )
            )

    walk(text_el)
    return TmlDoc(path.stem, "".join(parts), dct, tuple(sorted(gold, key=lambda g: g.start)))


def same_value(predicted: str | None, gold: str) -> bool:
    return predicted is not None and predicted.upper() == gold.upper()


def evaluate(docs: list[TmlDoc], nlp: object) -> dict[str, float]:
    import datetime as dt

    from sitrep.extract import context
    from sitrep.extract.timenorm import normalise
    from sitrep.extract.timex import reads_past

    gold_n = pred_n = 0
    strict = relaxed = value_ok = 0
    norm_ok = norm_ok_tense = 0
    by_type: Counter[str] = Counter()
    by_type_ok: Counter[str] = Counter()
    for d in docs:
        ref = dt.date.fromisoformat(d.dct)
        doc = nlp.make_doc(d.text)  # type: ignore[attr-defined]
        context.set_context(doc, d.id, d.dct)
        doc = nlp(doc)  # type: ignore[operator]
        # (a) the normaliser on gold extents
        prev_a = prev_b = None
        for g in d.timexes:
            n = normalise(g.text, ref, previous=prev_a)
            norm_ok += same_value(n.timex if n else None, g.value)
            if n and n.precision == "day" and n.first == n.last:
                prev_a = n.first
            span = doc.char_span(g.start, g.end, alignment_mode="expand")
            past = reads_past(span) if span is not None else True
            n2 = normalise(g.text, ref, previous=prev_b, past=past)
            ok = same_value(n2.timex if n2 else None, g.value)
            norm_ok_tense += ok
            by_type[g.type] += 1
            by_type_ok[g.type] += ok
            if n2 and n2.precision == "day" and n2.first == n2.last:
                prev_b = n2.first
        # (b) end to end
        preds = context.get(doc, "times")
        gold_n += len(d.timexes)
        pred_n += len(preds)
        for g in d.timexes:
            over = [p for p in preds if p.start < g.end and g.start < p.end]
            if any(p.start == g.start and p.end == g.end for p in over):
                strict += 1
            if over:
                relaxed += 1
                value_ok += same_value(over[0].timex, g.value)

    def f1(hits: int) -> float:
        p = hits / pred_n if pred_n else 0.0
        r = hits / gold_n if gold_n else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    out = {
        "gold": gold_n,
        "predicted": pred_n,
        "norm_acc": norm_ok / gold_n,
        "norm_acc_tense": norm_ok_tense / gold_n,
        "strict_p": strict / pred_n,
        "strict_r": strict / gold_n,
        "strict_f1": f1(strict),
        "relaxed_p": relaxed / pred_n,
        "relaxed_r": relaxed / gold_n,
        "relaxed_f1": f1(relaxed),
        "value_f1": f1(value_ok),
    }
    for t in sorted(by_type):
        out[f"norm_acc[{t}]"] = by_type_ok[t] / by_type[t]
        out[f"n[{t}]"] = by_type[t]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument(
        "--sets", default="platinum,timebank", help="comma-separated: " + ", ".join(SETS)
    )
    args = parser.parse_args()
    base = args.shared / "datasets" / "tempeval3"
    if not base.exists():
        print(f"data not found at {base}")
        return 0
    from sitrep.extract.nlp import load_pipeline

    nlp = load_pipeline(only=("sitrep_times_v1",))
    for name in args.sets.split(","):
        folder = base / SETS[name]
        files = sorted(folder.glob("*.tml"))
        if not files:
            print(f"data not found at {folder}")
            continue
        r = evaluate([read_tml(f) for f in files], nlp)
        print(
            f"-- TempEval-3 {name}: {len(files)} documents, {r['gold']} gold TIMEX3, "
            f"{r['predicted']} predicted"
        )
        print(
            f"   (a) value accuracy on gold extents, DCT anchor: {r['norm_acc']:.3f} "
            f"(tense from the parse: {r['norm_acc_tense']:.3f})"
        )
        types = ", ".join(
            f"{k[9:-1]} {v:.2f} (n={r['n[' + k[9:-1] + ']']})"
            for k, v in r.items()
            if k.startswith("norm_acc[")
        )
        print(f"       by type: {types}")
        print(
            f"   (b) extent strict  P {r['strict_p']:.3f} R {r['strict_r']:.3f} "
            f"F1 {r['strict_f1']:.3f}"
        )
        print(
            f"       extent relaxed P {r['relaxed_p']:.3f} R {r['relaxed_r']:.3f} "
            f"F1 {r['relaxed_f1']:.3f}"
        )
        anchor = f"   (HeidelTime {HEIDELTIME_VALUE_F1:.3f})" if name == "platinum" else ""
        print(f"       value F1 {r['value_f1']:.3f}{anchor}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
