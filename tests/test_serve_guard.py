"""The web app against a hostile client: other origins, other host names, oversized and
endless uploads, a flood of jobs, NUL bytes, a file that is not a store."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from sitrep.serve.app import create_app
from sitrep.store import Store, StoreError

ORIGIN = "http://testserver"


class SlowBackend:
    """A backend whose uploads wait until released (to fill the job queue)."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.processed: list[Path] = []

    def version(self) -> str:
        return "1"

    def export(self) -> dict[str, Any]:
        return {"documents": [], "events": [], "figures": [], "entities": [], "quotes": []}

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        from sitrep.store import Store as _S  # the real FTS5 query, on a real empty store

        with _S(self.db) as store:
            return store.search(query, limit)

    def process(self, paths: list[Path], progress: Any) -> Any:
        self.release.wait(10)
        self.processed.extend(paths)


@pytest.fixture()
def backend(tmp_path: Path) -> SlowBackend:
    b = SlowBackend()
    b.db = tmp_path / "search.db"  # type: ignore[attr-defined]
    b.release.set()
    return b


@pytest.fixture()
def client(tmp_path: Path, backend: SlowBackend):
    app = create_app(
        tmp_path / "store.db",
        backend=backend,
        max_upload_bytes=10_000,
        allowed_hosts=("testserver",),
        max_queued_jobs=3,
    )
    with TestClient(app) as c:
        yield c


def _uploads(tmp_path: Path) -> list[Path]:
    root = tmp_path / "store-uploads"
    return sorted(p for p in root.rglob("*")) if root.exists() else []


@pytest.mark.parametrize("path", ["/upload", "/api/upload"])
def test_a_post_from_another_origin_is_refused(client, backend, tmp_path, path) -> None:
    data = {"text": "Soldiers fired on protesters in the square."}
    evil = client.post(path, data=data, headers={"Origin": "http://evil.example"})
    assert evil.status_code == 403 and evil.headers["x-content-type-options"] == "nosniff"
    null = client.post(path, data=data, headers={"Origin": "null"})
    assert null.status_code == 403
    referer = client.post(path, data=data, headers={"Referer": "http://evil.example/page"})
    assert referer.status_code == 403
    assert backend.processed == [] and _uploads(tmp_path) == []
    same = client.post(path, data=data, headers={"Origin": ORIGIN}, follow_redirects=False)
    assert same.status_code in (202, 303)
    from_page = client.post(
        path, data=data, headers={"Referer": f"{ORIGIN}/"}, follow_redirects=False
    )
    assert from_page.status_code in (202, 303)


def test_other_host_names_are_refused(client) -> None:
    assert client.get("/api/events").status_code == 200
    rebound = client.get("/api/events", headers={"Host": "attacker.example"})
    assert rebound.status_code == 400 and rebound.headers["x-frame-options"] == "DENY"
    assert client.get("/", headers={"Host": "attacker.example:8000"}).status_code == 400


def test_loopback_names_are_accepted_when_bound_there(tmp_path, backend) -> None:
    app = create_app(tmp_path / "s.db", backend=backend)  # default: 127.0.0.1 / localhost
    with TestClient(app, base_url="http://127.0.0.1:8000") as c:
        assert c.get("/api/events").status_code == 200
        assert c.get("/api/events", headers={"Host": "localhost:8000"}).status_code == 200
        assert c.get("/api/events", headers={"Host": "[::1]:8000"}).status_code == 200
        assert c.get("/api/events", headers={"Host": "testserver"}).status_code == 400


def test_a_body_over_the_limit_is_refused_while_it_streams(backend, tmp_path) -> None:
    """Over a real socket to uvicorn on 127.0.0.1: a chunked upload (no Content-Length to
    refuse it by) is answered 413 once the limit is passed, not read to its end."""
    import socket

    import uvicorn

    app = create_app(tmp_path / "store.db", backend=backend, max_upload_bytes=10_000)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    sent, reply = 0, b""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
            conn.sendall(
                f"POST /api/upload HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                "Content-Type: multipart/form-data; boundary=b\r\n"
                "Transfer-Encoding: chunked\r\n\r\n".encode()
            )
            head = b'--b\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\n\r\n'
            conn.sendall(b"%x\r\n%s\r\n" % (len(head), head))
            chunk = b"x" * 65_536
            conn.setblocking(False)
            while sent < 120_000_000 and not reply:
                try:
                    conn.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                    sent += len(chunk)
                except (BlockingIOError, BrokenPipeError, ConnectionResetError):
                    time.sleep(0.01)
                try:
                    reply = conn.recv(4096)
                except BlockingIOError:
                    pass
                except ConnectionResetError:
                    break
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    assert reply.startswith(b"HTTP/1.1 413"), reply[:200]
    assert sent < 5_000_000  # stopped long before the 120 MB the client would send
    assert backend.processed == [] and [p for p in _uploads(tmp_path) if p.is_file()] == []


def test_a_rejected_upload_leaves_no_file_behind(client, backend, tmp_path) -> None:
    files = [
        ("files", ("a.txt", b"A short report from the border.", "text/plain")),
        ("files", ("b.txt", b"x" * 20_000, "text/plain")),
    ]
    r = client.post("/api/upload", files=files, headers={"Origin": ORIGIN})
    assert r.status_code == 413
    assert [p for p in _uploads(tmp_path) if p.is_file()] == []


def test_the_job_queue_is_bounded(client, backend, tmp_path) -> None:
    backend.release.clear()
    codes = [
        client.post(
            "/api/upload", data={"text": f"Report {n} from the port."}, headers={"Origin": ORIGIN}
        ).status_code
        for n in range(8)
    ]
    assert codes[:3] == [202, 202, 202]
    assert set(codes[3:]) == {503}
    full = client.post("/api/upload", data={"text": "more"}, headers={"Origin": ORIGIN})
    assert full.headers.get("retry-after") and full.headers["x-content-type-options"] == "nosniff"
    assert len([p for p in _uploads(tmp_path) if p.is_file()]) == 3
    backend.release.set()
    deadline = time.time() + 10
    while len(backend.processed) < 3 and time.time() < deadline:
        time.sleep(0.05)
    ok = client.post("/api/upload", data={"text": "later"}, headers={"Origin": ORIGIN})
    assert ok.status_code == 202


@pytest.mark.parametrize("path", ["/search", "/api/search"])
def test_a_nul_in_a_query_is_400_with_the_security_headers(client, path) -> None:
    r = client.get(path, params={"q": "Khartoum\x00airport"})
    assert r.status_code == 400
    assert r.headers["x-content-type-options"] == "nosniff"


def test_a_file_that_is_not_a_store_is_refused_before_serving(tmp_path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(StoreError, match="not a sitrep store"):
        create_app(bogus)
    Store(tmp_path / "real.db").close()
    create_app(tmp_path / "real.db")  # a real store serves


def test_the_api_docs_have_a_content_security_policy(client) -> None:
    r = client.get("/docs")
    csp = r.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self' 'sha256-" in csp
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
