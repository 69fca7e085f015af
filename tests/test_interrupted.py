"""An ingest killed mid-run leaves a consistent store, and running it again completes it."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time

from sitrep.store import Store

STORY = (
    "Protesters gathered outside the parliament in the capital for the {n}th day, calling for "
    "the resignation of the interior minister after police used tear gas against a crowd of "
    "students. Organisers said the movement would continue until its demands were met, and "
    "opposition deputies walked out of the session in support. Shops in the old town stayed "
    "closed and public transport ran a reduced service, the city council said in a statement "
    "about the situation in district {n}."
)


def _count(db) -> int:
    try:
        conn = sqlite3.connect(db, timeout=1)
        try:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def test_killed_ingest_leaves_a_consistent_store_and_rerun_completes(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(400):
        (folder / f"a{n:03d}.txt").write_text(STORY.format(n=n) + f"\n\nReport number {n}.\n")
    db = tmp_path / "s.db"
    proc = subprocess.Popen(
        [sys.executable, "-m", "sitrep.cli", "ingest", str(folder), "--db", str(db), "-q"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 120
    while _count(db) < 5 and time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with Store(db) as store:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        n_docs = len(store.document_ids())
        n_fts = store.conn.execute("SELECT count(*) FROM documents_fts").fetchone()[0]
        assert n_docs == n_fts  # a document and its search entry are written together
        assert n_docs < 400  # it really was interrupted
    rerun = subprocess.run(
        [sys.executable, "-m", "sitrep.cli", "ingest", str(folder), "--db", str(db), "-q"],
        capture_output=True,
        text=True,
    )
    assert rerun.returncode == 0, rerun.stderr
    with Store(db) as store:
        assert len(store.document_ids()) == 400
        assert store.conn.execute("SELECT count(*) FROM documents_fts").fetchone()[0] == 400
