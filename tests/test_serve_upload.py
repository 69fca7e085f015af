"""An upload into a resolved store: only the new article is read and resolved, with its
neighbourhood, and the app shows it, with what changed (real spaCy, real SQLite)."""

from __future__ import annotations

import time
from pathlib import Path

from fastapi.testclient import TestClient

from sitrep import pipeline
from sitrep.serve.app import create_app
from sitrep.store import Store

DOCS = Path(__file__).resolve().parents[1] / "examples" / "kazakhstan-2022" / "docs"
ORIGINAL, COPY, NEW = "000_27d5219b858d2ab3", "001_f069c0dac730660c", "004_57883842ce16fac2"


def _wait(client: TestClient, job: str) -> dict:
    deadline = time.time() + 180
    while time.time() < deadline:
        state = client.get(f"/api/jobs/{job}").json()
        if state["status"] in ("done", "failed"):
            return state
        time.sleep(0.2)
    raise AssertionError("the upload did not finish")


def test_an_upload_is_read_and_resolved_alone_and_shows_what_changed(tmp_path):
    db = tmp_path / "sitrep.db"
    first = [DOCS / f"{d}.txt" for d in (ORIGINAL, "002_e637e18a2af5de4a", "003_d1ea0b81b48b1146")]
    with Store(db) as store:
        pipeline.process(store, first)
        before = store.counts()
        resolved_run = store.runs()[-1]["id"]
    with TestClient(create_app(db, allowed_hosts=("testserver",))) as client:
        text = (DOCS / f"{NEW}.txt").read_bytes()
        job = client.post("/api/upload", files={"files": (f"{NEW}.txt", text, "text/plain")})
        state = _wait(client, job.json()["job"])
        assert state["status"] == "done", state
        doc = state["outcomes"][0]["doc"]
        shown = client.get("/api/events", params={"source": doc, "limit": 100})
        assert int(shown.headers["X-Total-Count"]) > 0
        assert all(any(m["doc"] == doc for m in e["mentions"]) for e in shown.json())
        changed = client.get("/api/changes", params={"since": resolved_run}).json()
        assert [d["id"] for d in changed["documents"]] == [doc]
        kinds = {c["kind"] for c in changed["changes"]}
        assert kinds & {"event_new", "event_reported"}
        page = client.get("/changes", params={"since": resolved_run}).text
        assert 'id="changes-summary"' in page and "1 new document" in page
        event = shown.json()[0]["id"]
        assert doc in client.get(f"/events/{event}").text
    with Store(db) as store:
        runs = store.runs()
        assert runs[-1]["kind"] == "upload" and runs[-1]["documents"] == 1
        # the others were neither read again nor re-resolved from scratch
        extracted = dict(store.conn.execute("SELECT doc, extracted_at FROM readings").fetchall())
        assert set(extracted) == {ORIGINAL, "002_e637e18a2af5de4a", "003_d1ea0b81b48b1146", doc}
        assert store.counts()["events"] >= before["events"]
        # a copy of a stored article is found among the full-text index's best matches
        summary = pipeline.add(store, [DOCS / f"{COPY}.txt"])
        assert [o.status for o in summary.outcomes] == ["duplicate"]
        groups = {g.canonical: set(g.members) for g in store.duplicate_groups()}
        assert groups == {ORIGINAL: {ORIGINAL, COPY}}
