"""The web app: pages, filters, search, uploads, API and its safety limits.

Most tests drive the app over a backend built from the example corpus's gold (fast, no spaCy);
one test drives it over the real SQLite store.
"""

from __future__ import annotations

import copy
import hashlib
import sqlite3
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from sitrep.serve.app import _safe_name, _snippet_parts, create_app
from sitrep.serve.filters import ReportFilter, filter_export

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "fixtures" / "report"))
from make_fixture import build_export, hostile_document  # noqa: E402

CORPUS = ROOT / "examples" / "kazakhstan-2022"
HOSTILE = ROOT / "tests" / "fixtures" / "report" / "hostile.txt"


class FixtureBackend:
    """The fixture export, FTS5 search over its documents, and a toy "pipeline" for uploads."""

    def __init__(self, export: dict[str, Any]) -> None:
        self._export = copy.deepcopy(export)
        self._lock = threading.Lock()
        self._n = 0
        self.processed: list[Path] = []
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._db.execute("CREATE VIRTUAL TABLE fts USING fts5(id UNINDEXED, title, body)")
        for d in self._export["documents"]:
            self._index(d)

    def _index(self, d: dict[str, Any]) -> None:
        self._db.execute(
            "INSERT INTO fts VALUES (?,?,?)", (d["id"], d.get("title") or "", d["text"])
        )

    def version(self) -> str:
        return str(self._n)

    def export(self) -> dict[str, Any]:
        with self._lock:
            return copy.deepcopy(self._export)

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        terms = " ".join(f'"{t}"' for t in query.replace('"', " ").split())
        rows = self._db.execute(
            "SELECT id, title, snippet(fts, 2, '[', ']', '…', 12), bm25(fts) FROM fts "
            "WHERE fts MATCH ? ORDER BY 4 LIMIT ?",
            (terms, limit),
        ).fetchall()
        return [{"doc": r[0], "title": r[1], "snippet": r[2], "rank": r[3]} for r in rows]

    def process(self, paths: list[Path], progress: Any) -> Any:
        for i, p in enumerate(paths, start=1):
            progress("ingest", i, len(paths))
            text = p.read_text(encoding="utf-8")
            doc_id = "up_" + hashlib.sha1(text.encode()).hexdigest()[:8]
            doc = {
                "id": doc_id,
                "title": text.splitlines()[0],
                "outlet": "Upload",
                "text": text,
                "segments": [],
                "published": "2022-01-20",
                "duplicate_of": None,
            }
            event = {
                "id": f"{doc_id}:E1",
                "type": "protest",
                "date": "2022-01-20",
                "place": "Aktau",
                "lat": 43.65,
                "lon": 51.2,
                "corroboration": 1,
                "single_source": True,
                "description": "uploaded event",
                "actors": [],
                "sources": ["Upload"],
                "mentions": [{"doc": doc_id, "quote": text[:20], "start": 0, "end": 20}],
            }
            with self._lock:
                self._export["documents"].append(doc)
                self._export["events"].append(event)
                self._index(doc)
            self.processed.append(p)
        self._n += 1
        return None


@pytest.fixture(scope="module")
def export() -> dict[str, Any]:
    return build_export(CORPUS, [hostile_document(HOSTILE)])


@pytest.fixture()
def backend(export: dict[str, Any]) -> FixtureBackend:
    return FixtureBackend(export)


@pytest.fixture()
def client(tmp_path: Path, backend: FixtureBackend) -> TestClient:
    app = create_app(
        tmp_path / "store.db",
        backend=backend,
        max_upload_bytes=10_000,
        allowed_hosts=("testserver",),  # the test client's host name, allowed explicitly
    )
    with TestClient(app) as c:
        yield c


def test_index_renders_the_report_with_live_controls(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200
    for marker in (
        'id="timeline"',
        'id="map"',
        'action="/search"',
        'action="/upload"',
        'id="filters"',
    ):
        assert marker in r.text
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "<script>window.__pwned" not in r.text


def test_filters_narrow_page_and_api(client: TestClient, export: dict[str, Any]) -> None:
    all_events = client.get("/api/events").json()
    assert len(all_events) == len(export["events"])
    assert [e["date"] for e in all_events] == sorted(e["date"] for e in all_events)
    riots = client.get("/api/events", params={"type": "riot"}).json()
    assert riots and all(e["type"] == "riot" for e in riots)
    corr = client.get("/api/events", params={"corroborated": "true"}).json()
    assert corr and all(e["corroboration"] >= 2 for e in corr)
    window = client.get(
        "/api/events", params={"date_from": "2022-01-05", "date_to": "2022-01-05"}
    ).json()
    assert window and all(
        e["date"].split("/")[0] <= "2022-01-05" <= e["date"].split("/")[-1] for e in window
    )
    page = client.get("/", params={"type": "riot", "date_from": "", "place": ""}).text
    assert page.count('<details class="event') == len(riots)


@pytest.mark.parametrize("path", ["/api/events", "/api/figures", "/api/entities", "/api/quotes"])
def test_list_endpoints_page_with_a_total(client: TestClient, path: str) -> None:
    whole = client.get(path)
    total = int(whole.headers["X-Total-Count"])
    assert total == len(whole.json()) and total >= 3
    first = client.get(path, params={"limit": 2})
    rest = client.get(path, params={"offset": 2})
    assert first.headers["X-Total-Count"] == str(total)
    assert first.json() + rest.json() == whole.json() and len(first.json()) == 2
    assert client.get(path, params={"limit": 0}).status_code == 422
    assert client.get(path, params={"offset": -1}).status_code == 422


def test_filter_by_source_keeps_only_that_document(export: dict[str, Any]) -> None:
    doc = export["documents"][2]["id"]
    out = filter_export(export, ReportFilter(source=doc))
    assert [d["id"] for d in out["documents"]] == [doc]
    assert all(f["doc"] == doc for f in out["figures"])
    assert all(any(m["doc"] == doc for m in e["mentions"]) for e in out["events"])
    assert all(set(g["figures"]) <= {f["id"] for f in out["figures"]} for g in out["claim_groups"])


def test_invalid_params_rejected(client: TestClient) -> None:
    assert client.get("/api/events", params={"date_from": "yesterday"}).status_code == 422
    assert client.get("/api/documents/..%2F..%2Fetc%2Fpasswd").status_code in (404, 422)
    assert client.get("/api/documents/not-there").status_code == 404
    assert client.get("/static/..%2F..%2Fstore%2F__init__.py").status_code == 404
    assert client.get("/static/report.js").status_code == 404  # a fixed list of files
    assert client.get("/static/countries-110m.json").status_code == 404
    # the map library and basemap a live page loads, as scripts
    world = client.get("/static/world.js")
    assert world.status_code == 200 and world.text.startswith("window.sitrepWorld = {")
    assert world.headers["content-type"].startswith("text/javascript")


def test_documents_api(client: TestClient, export: dict[str, Any]) -> None:
    listed = client.get("/api/documents").json()
    assert len(listed) == len(export["documents"]) and "text" not in listed[0]
    one = client.get(f"/api/documents/{listed[0]['id']}").json()
    assert one["text"] == export["documents"][0]["text"]
    for path in (
        "/api/figures",
        "/api/conflicts",
        "/api/entities",
        "/api/quotes",
        "/api/claim_groups",
    ):
        assert client.get(path).json(), path


def test_search_page_escapes_and_marks_hits(client: TestClient) -> None:
    r = client.get("/search", params={"q": "Zhanaozen"})
    assert r.status_code == 200 and "<mark>Zhanaozen</mark>" in r.text
    assert "default-src 'none'" in r.headers["content-security-policy"]
    hostile = client.get("/search", params={"q": "pwned"}).text
    assert "<script>" not in hostile.split("<main>", 1)[1]
    api = client.get("/api/search", params={"q": "Zhanaozen peacekeepers"}).json()
    assert api and {"doc", "title", "snippet", "rank"} <= set(api[0])


def test_snippet_parts() -> None:
    assert _snippet_parts("a [b] c [d]") == [
        ("a ", False),
        ("b", True),
        (" c ", False),
        ("d", True),
    ]
    assert "".join(t for t, _ in _snippet_parts("x [ y")) == "x [ y"


def test_safe_name_never_keeps_paths() -> None:
    for given in ("../../etc/passwd", "..\\..\\boot.ini", "/abs/x.html", "a b*?[.txt", None):
        name = _safe_name(3, given)
        assert (
            "/" not in name
            and "\\" not in name
            and ".." not in name
            and name.startswith("upload03_")
        )
    assert _safe_name(1, "crawl.warc.gz").endswith(".warc.gz")


def test_upload_too_large_is_413(client: TestClient, backend: FixtureBackend) -> None:
    r = client.post("/api/upload", files={"files": ("big.txt", b"x" * 20_000, "text/plain")})
    assert r.status_code == 413
    assert backend.processed == []


def test_upload_requires_content(client: TestClient) -> None:
    assert client.post("/api/upload", data={"text": "  "}).status_code == 400


def _wait(client: TestClient, job: str) -> dict[str, Any]:
    for _ in range(100):
        state = client.get(f"/api/jobs/{job}").json()
        if state["status"] in ("done", "failed"):
            return state
        time.sleep(0.05)
    raise AssertionError("job did not finish")


def test_upload_pasted_and_file_then_views_update(
    client: TestClient, backend: FixtureBackend
) -> None:
    r = client.post(
        "/api/upload",
        data={
            "title": "Oil workers strike in Aktau",
            "text": "Workers in Aktau walked out on Thursday.",
        },
        files={"files": ("../../evil name.txt", b"A second article about Aktau.", "text/plain")},
    )
    assert r.status_code == 202
    state = _wait(client, r.json()["job"])
    assert state["status"] == "done"
    saved = backend.processed
    assert len(saved) == 2 and all(p.parent.parent.name == "store-uploads" for p in saved)
    assert saved[1].read_text().startswith("Oil workers strike in Aktau")
    # the page of that day (the first page holds the earliest events)
    page = client.get("/", params={"date_from": "2022-01-20", "date_to": "2022-01-20"}).text
    assert page.count('data-date="2022-01-20"') == 2
    job_page = client.get(f"/jobs/{state['id']}")
    assert job_page.status_code == 200 and 'id="to-timeline"' in job_page.text


def test_form_upload_redirects_to_progress(client: TestClient) -> None:
    r = client.post("/upload", data={"text": "Protest in Atyrau."}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/jobs/")
    assert client.get("/jobs/zzzz").status_code == 422


def test_openapi_and_offline_docs(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in (
        "/api/events",
        "/api/figures",
        "/api/conflicts",
        "/api/entities",
        "/api/quotes",
        "/api/documents",
        "/api/documents/{doc_id}",
        "/api/search",
        "/api/upload",
    ):
        assert path in spec["paths"], path
    docs = client.get("/docs").text
    assert "/static/swagger-ui-bundle.js" in docs and "cdn.jsdelivr" not in docs
    assert client.get("/static/swagger-ui-bundle.js").status_code == 200


def test_over_the_real_store(tmp_path: Path) -> None:
    store_mod = pytest.importorskip("sitrep.store")
    from conftest import make_document

    db = tmp_path / "real.db"
    text = (CORPUS / "docs" / "004_57883842ce16fac2.txt").read_text(encoding="utf-8")
    with store_mod.Store(db) as store:
        store.add_document(make_document("004_57883842ce16fac2", text, title="RFE/RL report"))
    with TestClient(create_app(db, allowed_hosts=("testserver",))) as c:
        hits = c.get("/api/search", params={"q": "Almaty"}).json()
        assert [h["doc"] for h in hits] == ["004_57883842ce16fac2"]
        assert c.get("/api/documents/004_57883842ce16fac2").json()["text"] == text
        page = c.get("/search", params={"q": "Almaty"}).text
        assert "<mark>Almaty</mark>" in page
        assert c.get("/").status_code == 200


def test_the_report_page_shows_one_page_of_events_with_links_to_the_others(
    client: TestClient, export: dict[str, Any]
) -> None:
    from sitrep.serve.records import PAGE_EVENTS

    total = len(export["events"])
    assert total > PAGE_EVENTS  # the fixture is long enough to page
    first = client.get("/", params={"type": ""}).text
    assert first.count('<details class="event') == PAGE_EVENTS
    assert f"events 1–{PAGE_EVENTS} of {total}" in first
    assert f'href="/?offset={PAGE_EVENTS}#timeline"' in first
    second = client.get("/", params={"offset": PAGE_EVENTS}).text
    assert second.count('<details class="event') == min(PAGE_EVENTS, total - PAGE_EVENTS)
    assert 'rel="prev"' in second


def _fragments(page: str, prefix: str) -> list[tuple[str, str]]:
    """(path, anchor) of every link on ``page`` to ``prefix...#anchor``."""
    import re

    return re.findall(rf'href="({re.escape(prefix)}[^"#]*)#([^"]+)"', page)


def test_list_pages_name_their_documents_and_link_to_their_pages(client: TestClient) -> None:
    page = client.get("/").text
    # no document's text on a list page: named in the sources table, linked to its page
    assert '<article class="doc"' not in page
    assert 'id="documents"' not in page
    assert "Protesters gathered in Almaty" not in page  # the hostile fixture's body
    links = _fragments(page, "/documents/")
    assert links
    # an event's report links to the highlighted sentence on its document's own page
    evidence = [(p, a) for p, a in links if a.startswith("src-ev-")]
    assert evidence
    path, target = evidence[0]
    doc = client.get(path)
    assert doc.status_code == 200
    assert f'id="{target}"' in doc.text
    assert '<article class="doc"' in doc.text
    # the event's own page names its documents the same way
    import re

    event_page = client.get(re.search(r'href="(/events/[^"]+)"', page).group(1)).text
    assert '<article class="doc"' not in event_page
    assert _fragments(event_page, "/documents/")


def test_a_listings_later_pages_show_its_events_and_link_to_its_first(
    client: TestClient,
) -> None:
    from sitrep.serve.records import PAGE_EVENTS

    first = client.get("/").text
    later = client.get("/", params={"offset": PAGE_EVENTS}).text
    assert 'id="figures"' in first and 'id="people"' in first
    assert 'id="timeline"' in later and 'id="sources"' in later
    assert 'id="figures"' not in later and 'id="people"' not in later
    assert 'id="first-page" href="/?"' in later or '<a href="/?" id="first-page">' in later
    assert 'id="first-page"' not in first


def test_a_document_page_highlights_the_facts_drawn_from_it(
    client: TestClient, export: dict[str, Any]
) -> None:
    from urllib.parse import quote

    from sitrep.report.view import anchor

    event = next(e for e in export["events"] if e.get("mentions"))
    doc_id = event["mentions"][0]["doc"]
    r = client.get("/documents/" + quote(doc_id, safe=""))
    assert r.status_code == 200
    page = r.text
    text = next(d["text"] for d in export["documents"] if d["id"] == doc_id)
    first_words = " ".join(text.split()[:4])
    assert first_words.split()[0] in page
    # the event is listed on the page, and its sentence in the text links to it
    ev = anchor("ev", event["id"])
    assert f'id="{ev}"' in page
    assert f'class="hl k-event" href="#{ev}"' in page or f'k-event" href="#{ev}"' in page
    # other documents' reports of the event link to their own pages, not to this one
    assert f'href="/documents/{quote(doc_id, safe="")}#' not in page
    assert client.get("/documents/no-such-document").status_code == 404
    assert client.get("/documents/..%2F..%2Fetc%2Fpasswd").status_code in (404, 422)


def test_a_hostile_document_page_is_escaped(client: TestClient) -> None:
    page = client.get("/documents/hostile_001").text
    assert "Protesters gathered in " in page
    assert "<script>window.__pwned" not in page
    assert "<img src=x onerror" not in page
    assert "<svg onload" not in page
    assert "&lt;script&gt;window.__pwned = 10" in page
    assert 'href="javascript:' not in page


def test_a_copys_page_links_to_the_document_it_copies(
    client: TestClient, export: dict[str, Any]
) -> None:
    from urllib.parse import quote

    copy_ = next((d for d in export["documents"] if d.get("duplicate_of")), None)
    if copy_ is None:
        pytest.skip("the fixture corpus holds no copy")
    page = client.get("/documents/" + quote(copy_["id"], safe="")).text
    assert f'href="/documents/{quote(copy_["duplicate_of"], safe="")}#doc-' in page
