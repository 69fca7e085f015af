"""`make eval`: sitrep against the public yardsticks in ../shared/datasets.

Each yardstick is its own script (so it can be run alone); this runs them in
turn and says plainly when a dataset is not there. The datasets are research
material under their own licences and are never copied into this repository.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
YARDSTICKS = (
    ("eval_tempeval.py", "tempeval3", "Dates: TempEval-3 platinum (TIMEX3 values)"),
    ("eval_geo.py", "geoparsing-gwn-lgl", "Places: GeoWebNews and LGL (within 161 km)"),
    ("eval_case.py", "case2021-task2", "Event types: CASE 2021 Task 2 (ACLED types)"),
    ("eval_boilerplate.py", "article-extraction-benchmark", "Cleaning: article extraction"),
    ("eval_published.py", "timeline-summarization", "Publication dates: Timeline17 articles"),
    ("eval_timeline.py", "timeline-summarization", "Timeline: Timeline17 date selection"),
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    args = parser.parse_args()
    datasets = args.shared / "datasets"
    failed = 0
    for script, folder, title in YARDSTICKS:
        print(f"\n== {title}")
        if not (datasets / folder).exists():
            print(f"   data not found at {datasets / folder}: skipped")
            continue
        if not (HERE / script).exists():
            print(f"   {script} is not written yet: skipped")
            continue
        rc = subprocess.call([sys.executable, str(HERE / script), "--shared", str(args.shared)])
        failed += rc != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
