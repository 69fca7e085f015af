"""Fault injection at full size: `sitrep run` over a real pile, SIGKILLed mid-ingest, right
after the last text is stored, mid-extract and during resolution, then run to the end; the
export must equal an uninterrupted run's.

    python scripts/fault_injection.py --docs ../shared/datasets/bbc-news [--limit 500]

tests/test_fault_injection.py runs the same check on the bundled corpora in CI.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from test_fault_injection import _count, _export, _run  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=Path, required=True, help="a folder of articles")
    ap.add_argument("--limit", type=int, default=0, help="at most this many files (0: all)")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--keep", type=Path, default=None, help="keep both runs' outputs here")
    args = ap.parse_args(argv)
    files = sorted(p for p in args.docs.rglob("*.txt"))
    if args.limit:
        files = files[: args.limit]
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep or Path(tmp)
        root.mkdir(parents=True, exist_ok=True)
        inputs = root / "in"
        inputs.mkdir()
        for n, path in enumerate(files):
            shutil.copy(path, inputs / f"{n:05d}-{path.name}")
        start = time.monotonic()
        _run(inputs, root / "whole")
        print(f"uninterrupted: {len(files)} files in {time.monotonic() - start:.0f} s")
        expected = _export(root / "whole")
        n = len(expected["documents"])
        db = root / "killed" / "sitrep.db"
        points = {
            "mid-ingest": lambda: _count(db, "documents") >= rng.randint(10, n // 2),
            "after the last text": lambda: _count(db, "documents") >= n,
            "mid-extract": lambda: _count(db, "readings") >= rng.randint(5, n // 2),
            "resolve": lambda: _count(db, "readings") >= n - 1 and _count(db, "events") == 0,
        }
        for name, point in points.items():
            _run(inputs, root / "killed", kill_when=point)
            print(f"killed {name}")
        _run(inputs, root / "killed")
        got = _export(root / "killed")
        same = got == expected
        diff = [k for k in expected if got.get(k) != expected[k]]
        print("export identical to the uninterrupted run" if same else f"DIFFERS in {diff}")
        return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
