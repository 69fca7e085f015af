"""The README's evaluation table from `sitrep evaluate ... --json` output.

sitrep evaluate examples/*/ --json > scores.json
python scripts/eval_table.py scores.json
"""

from __future__ import annotations

import json
import sys

COLUMNS = (
    ("published ±1 day", "documents", "published_within_1_day"),
    ("duplicates F1", "duplicates", "f1"),
    ("boilerplate removed", "documents", "boilerplate_removed"),
    ("body kept", "documents", "body_kept"),
    ("figures F1", "figures", "f1"),
    ("as_of", "figures", "as_of_accuracy"),
    ("claimed_by", "figures", "claimed_by_accuracy"),
    ("quotes F1", "quotes", "f1"),
    ("speaker", "quotes", "speaker_accuracy"),
    ("events F1", "events", "f1"),
    ("mention recall", "events", "mention_recall"),
    ("entities B-cubed", "entities", "bcubed_f1"),
    ("names found", "entities", "names_found"),
    ("places ≤25 km", "entities", "geocoded_within_25km"),
    ("conflicts F1", "conflicts", "f1"),
)


def value(scores: dict, section: str, key: str) -> float:
    if section == "duplicates":
        return scores["documents"]["duplicates"][key]
    return scores[section][key]


def main(path: str) -> None:
    data = json.load(open(path, encoding="utf-8"))
    names = list(data)
    print("| measure | " + " | ".join(n.split("-")[0] for n in names) + " |")
    print("|---|" + "---|" * len(names))
    for label, section, key in COLUMNS:
        cells = [f"{value(data[n], section, key):.2f}" for n in names]
        print(f"| {label} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main(sys.argv[1])
