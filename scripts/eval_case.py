"""External yardstick: ACLED sub-event typing on the CASE 2021 Task 2 test set.

    python scripts/eval_case.py --shared /work/shared

Runs ``sitrep.extract.events.classify_sentence`` on each of the 829 snippets
labelled with one of the 25 ACLED sub-event types and prints the weighted F1
beside the best shared-task system (0.839, fine-tuned transformers). Rules
only: nothing is learnt from the test set. Prints "data not found" and exits 0
when the dataset is absent.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

from sitrep.extract.events import classify_sentence
from sitrep.extract.nlp import load_base

BEST_SHARED_TASK = 0.839

# ACLED sub-event type (sitrep's wording) -> CASE 2021 label
TO_CASE: dict[str, str] = {
    "Peaceful protest": "PEACE_PROTEST",
    "Protest with intervention": "PROTEST_WITH_INTER",
    "Excessive force against protesters": "FORCE_AGAINST_PROTEST",
    "Violent demonstration": "VIOL_DEMONSTR",
    "Mob violence": "MOB_VIOL",
    "Armed clash": "ARMED_CLASH",
    "Government regains territory": "GOV_REGAINS_TERIT",
    "Non-state actor overtakes territory": "NON_STATE_ACTOR_OVERTAKES_TER",
    "Attack": "ATTACK",
    "Sexual violence": "SEX_VIOL",
    "Abduction/forced disappearance": "ABDUCT_DISSAP",
    "Air/drone strike": "AIR_STRIKE",
    "Shelling/artillery/missile attack": "ART_MISS_ATTACK",
    "Grenade": "GRENADE",
    "Suicide bomb": "SUIC_BOMB",
    "Remote explosive/landmine/IED": "REM_EXPLOS",
    "Chemical weapon": "CHEM_WEAP",
    "Arrests": "ARREST",
    "Change to group/activity": "CHANGE_TO_GROUP_ACT",
    "Looting/property destruction": "PROPERTY_DISTRUCT",
    "Headquarters or base established": "HQ_ESTABLISHED",
    "Agreement": "AGREEMENT",
    "Disrupted weapons use": "DISR_WEAP",
    "Non-violent transfer of territory": "NON_VIOL_TERRIT_TRANSFER",
    "Other": "OTHER",
}
ACLED_LABELS = frozenset(TO_CASE.values())


def _case_label(got: tuple[str, str, str] | None) -> str:
    """The CASE label of sitrep's typing: a strategic development sitrep names more finely
    than ACLED does (a natural disaster, a day of mourning, a court's step) is ACLED's
    "Other"."""
    if got is None:
        return "NONE"
    if got[2] in TO_CASE:
        return TO_CASE[got[2]]
    return TO_CASE["Other"] if got[1] == "Strategic developments" else "NONE"


def weighted_f1(gold: list[str], pred: list[str]) -> tuple[float, dict[str, float]]:
    """Support-weighted mean of per-label F1 over the gold labels (sklearn's 'weighted')."""
    support = Counter(gold)
    per: dict[str, float] = {}
    for label in support:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == p == label)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if p == label and g != label)
        fn = support[label] - tp
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        per[label] = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    total = sum(support.values())
    return sum(per[k] * support[k] / total for k in support), per


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default="/work/shared")
    ap.add_argument("--per-label", action="store_true")
    args = ap.parse_args()
    path = (
        Path(args.shared)
        / "datasets/case2021-task2/test_dataset/test_set_final_release_with_labels.tsv"
    )
    if not path.exists():
        print(f"data not found: {path}")
        return 0
    with path.open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)]
    rows = [r for r in rows if r["SubType"] in ACLED_LABELS]
    nlp = load_base()
    gold, pred = [], []
    for doc, row in zip(nlp.pipe(r["EventSnippet"] for r in rows), rows, strict=True):
        got = classify_sentence(doc[:])
        gold.append(row["SubType"])
        pred.append(_case_label(got))
    f1, per = weighted_f1(gold, pred)
    print(f"CASE 2021 task 2, {len(rows)} ACLED-typed snippets")
    print(f"  sitrep rules (classify_sentence): weighted F1 = {f1:.3f}")
    print(f"  best shared-task system:          weighted F1 = {BEST_SHARED_TASK:.3f}")
    print(f"  no event found: {pred.count('NONE')}")
    if args.per_label:
        for label in sorted(per, key=lambda k: -per[k]):
            print(f"    {label:32s} F1={per[label]:.2f}  n={gold.count(label)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
