"""Fault injection: `sitrep run` killed (SIGKILL) at random moments during ingest, extract
and resolve, then run again to the end, gives the same export as a run never interrupted.

The corpus is the four bundled example corpora plus generated wire stories (copies among
them, dated and undated), so duplicate groups, the corpus period, inferred dates, readings
and the resolution are all rebuilt from a store that a kill left half-written.
scripts/fault_injection.py runs the same check at full size (BBC News, Timeline17).
"""

from __future__ import annotations

import json
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [p for p in sorted((ROOT / "examples").iterdir()) if (p / "docs").is_dir()]

WIRE = (
    "{city}, Oct {day} (Wire) - Police fired tear gas at {n} protesters in {city} on "
    "{weekday}, the interior ministry said, as demonstrations over fuel prices entered their "
    "{nth} day. At least {dead} people have been killed since the protests began on October 3, "
    "according to a tally by the health ministry, and {held} have been detained.\n\n"
    "Witnesses said crowds set fire to {n} vehicles outside the governor's office before "
    "troops were deployed. The president said on state television that order would be "
    "restored.\n"
)
CITIES = ("Quito", "Guayaquil", "Cuenca", "Ambato", "Loja", "Manta")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NTH = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")


def _corpus(folder: Path, stories: int = 60) -> Path:
    folder.mkdir()
    for corpus in CORPORA:
        for doc in (corpus / "docs").glob("*.txt"):
            shutil.copy(doc, folder / f"{corpus.name[:4]}-{doc.name}")
    rng = random.Random(11)
    for n in range(stories):
        day = 4 + n % 9
        text = WIRE.format(
            city=CITIES[n % len(CITIES)],
            day=day,
            weekday=WEEKDAYS[(day + 3) % 7],  # 3 October 2019 was a Thursday
            nth=NTH[(day - 4) % len(NTH)],
            n=10 * (n + 1),
            dead=rng.randint(5, 40),
            held=rng.randint(100, 900),
        )
        if n % 7 == 0:  # an undated copy of an earlier story, as an aggregator keeps it
            text = text.split(" - ", 1)[1]
        (folder / f"wire-{n:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def _count(db: Path, table: str) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.2)
        try:
            return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def _run(inputs: Path, out: Path, kill_when: Callable[[], bool] | None = None) -> None:
    """Run to the end, or SIGKILL the run as soon as ``kill_when`` says so."""
    cmd = [sys.executable, "-m", "sitrep.cli", "run", str(inputs), "-o", str(out), "-j", "1", "-q"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if kill_when is None:
        _, err = proc.communicate(timeout=1200)
        assert proc.returncode == 0, err
        return
    deadline = time.monotonic() + 600
    while proc.poll() is None and time.monotonic() < deadline:
        if kill_when():
            proc.send_signal(signal.SIGKILL)
            break
        time.sleep(0.01)
    proc.wait()


VOLATILE = {"ingested_at", "extracted_at", "generated", "generated_at"}


def _export(out: Path) -> dict:
    data = json.loads((out / "sitrep.json").read_text(encoding="utf-8"))

    def clean(value):
        if isinstance(value, dict):
            return {k: clean(v) for k, v in value.items() if k not in VOLATILE}
        if isinstance(value, list):
            return [clean(v) for v in value]
        return value

    return clean(data)


@pytest.mark.slow
def test_killed_runs_then_a_full_run_give_the_uninterrupted_export(tmp_path: Path) -> None:
    inputs = _corpus(tmp_path / "in")
    _run(inputs, tmp_path / "whole")
    expected = _export(tmp_path / "whole")
    n = len(expected["documents"])
    assert n > 80 and expected["events"] and expected["figures"]
    rng = random.Random(5)
    out = tmp_path / "killed"
    db = out / "sitrep.db"
    # killed mid-ingest, right after the last text is stored (before its groups and dates
    # are built), mid-extract, and during resolution
    points = [
        lambda: _count(db, "documents") >= rng.randint(10, n // 2),
        lambda: _count(db, "documents") >= n,
        lambda: _count(db, "readings") >= rng.randint(5, n // 2),
        lambda: _count(db, "readings") >= n - 1 and _count(db, "events") == 0,
    ]
    for point in points:
        _run(inputs, out, kill_when=point)
    _run(inputs, out)
    assert _export(out) == expected
