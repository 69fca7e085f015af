"""Two sitrep processes writing one store at once wait for each other and lose nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from sitrep.store import Store, StoreError

STORY = (
    "Volunteers from the district of {place} cleared debris after the earthquake on day {n}, "
    "the mayor said, while aid convoys waited on the coast road. Engineers inspected the "
    "bridge over the river and schools in the {place} area stayed closed, officials said."
)


def _folder(root: Path, name: str, numbers: range, place: str) -> Path:
    folder = root / name
    folder.mkdir()
    for n in numbers:
        (folder / f"r{n:03d}.txt").write_text(STORY.format(n=n, place=place) + "\n")
    return folder


def _ingest_together(db: Path, *folders: Path) -> list[subprocess.CompletedProcess[str]]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    go = db.parent / "go"
    script = (
        "import sys, time, pathlib\n"
        "go = pathlib.Path(sys.argv[1])\n"
        "while not go.exists(): time.sleep(0.001)\n"
        "from sitrep.cli import main\n"
        "main(['ingest', sys.argv[2], '--db', sys.argv[3], '-q'])\n"
    )
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(go), str(folder), str(db)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for folder in folders
    ]
    go.touch()
    out = []
    for proc in procs:
        stdout, stderr = proc.communicate(timeout=300)
        out.append(subprocess.CompletedProcess(proc.args, proc.returncode, stdout, stderr))
    go.unlink()
    return out


def test_two_ingests_on_a_new_store_wait_for_each_other_and_keep_every_text(tmp_path):
    one = _folder(tmp_path, "one", range(0, 40), "Hatay")
    two = _folder(tmp_path, "two", range(40, 80), "Adana")
    db = tmp_path / "new.db"
    runs = _ingest_together(db, one, two)
    for run in runs:
        assert run.returncode == 0, run.stderr
    with Store(db) as store:
        texts = {d.text for d in store.documents()}
    assert len(texts) == 80


def test_two_ingests_of_overlapping_files_on_an_existing_store_report_no_false_errors(tmp_path):
    db = tmp_path / "old.db"
    Store(db).close()
    one = _folder(tmp_path, "one", range(0, 50), "Hatay")
    two = _folder(tmp_path, "two", range(0, 50), "Hatay")  # the same texts, other files
    for n in range(50, 60):
        (two / f"r{n:03d}.txt").write_text(STORY.format(n=n, place="Adana") + "\n")
    runs = _ingest_together(db, one, two)
    for run in runs:
        assert run.returncode == 0, run.stderr
        assert "UNIQUE" not in run.stderr
    with Store(db) as store:
        assert len(store.documents()) == 60
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_schema_another_process_created_meanwhile_is_not_created_again(tmp_path):
    class SeenBeforeTheOtherWrote(Store):
        @property
        def version(self) -> int:  # read before the other process's migration committed
            return 0

    db = tmp_path / "s.db"
    Store(db).close()
    with SeenBeforeTheOtherWrote(db) as late:  # was "not a sitrep store (table ... exists)"
        assert late.conn.execute("PRAGMA user_version").fetchone()[0] >= 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes read-only files")
def test_a_read_only_store_says_so(tmp_path):
    db = tmp_path / "s.db"
    Store(db).close()
    db.chmod(0o444)
    tmp_path.chmod(0o555)
    try:
        with pytest.raises(StoreError, match="read-only|cannot write"):
            Store(db).add_document  # noqa: B018
    finally:
        tmp_path.chmod(0o755)


def test_sqlite_errors_on_opening_are_told_apart(tmp_path):
    import sqlite3

    from sitrep.store import _why

    db = tmp_path / "s.db"
    Store(db).close()
    ro = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as readonly:
        ro.execute("CREATE TABLE t (x)")
    ro.close()
    assert "read-only" in _why(db, readonly.value)  # was "not a sitrep store"
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    other = sqlite3.connect(db, timeout=0)
    with pytest.raises(sqlite3.OperationalError) as locked:
        other.execute("BEGIN IMMEDIATE")
    holder.execute("ROLLBACK")
    assert "busy" in _why(db, locked.value)
    notes = tmp_path / "notes.db"
    notes.write_text("not a database\n" * 200)
    with pytest.raises(StoreError, match="not a sitrep store"):
        Store(notes)
