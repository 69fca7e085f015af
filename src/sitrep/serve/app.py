"""``sitrep serve``: the report's views live over a store, plus search, filters, uploads and an API.

Why this shape: pages are the report's own templates rendered from a filtered export, so the
static file and the app never disagree; the JSON API returns the same records. A list page
(``/`` and its filters and pages, an event's page) shows events with their reports' sentences
and names the documents with links; each document's text, with the spans of every fact drawn
from it highlighted, is on its own page (``/documents/<id>``), read from the store when asked
for. On a 6,400-document store a list page that carried its ~110 documents' texts weighed 2 MB
and took 1.5-3 s under 8 clients; named and linked, its later pages take about 10 ms to render.
Safety: the CLI binds 127.0.0.1 by default and the app answers only to the host names it was
started for (no DNS rebinding); a state-changing request from another origin is refused (Origin,
else Referer: no CSRF); request bodies are limited while they stream (413), a rejected upload
leaves no file, the job queue is bounded (503); uploads are saved under server-chosen names
inside the store's upload folder (no client paths), and document ids are validated.
"""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
import shutil
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from fastapi import (
    Depends,
    FastAPI,
    File,
    Form,
    HTTPException,
    Query,
    Request,
    UploadFile,
)
from fastapi import (
    Path as PathParam,
)
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from sitrep.report.html import LiveContext, environment, render_view, world_script
from sitrep.report.naming import doc_labels
from sitrep.report.view import anchor, build_view
from sitrep.serve.backend import Backend, PageCache, StoreBackend
from sitrep.serve.jobs import JobRegistry, QueueFull
from sitrep.serve.records import PAGE_EVENTS, ExportRecords, Records, StoreRecords
from sitrep.serve.views import (
    DOCUMENT_SECTIONS,
    LATER_SECTIONS,
    LIST_SECTIONS,
    changes_html,
    document_locator,
    document_url,
    pager_html,
)
from sitrep.store.query import EventFilter

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_FILES = 20
MAX_UPLOAD_REQUEST = 5  # one upload request carries at most this many files' worth of bytes
MAX_BODY_BYTES = 64 * 1024  # any other request (no endpoint but the uploads takes a body)
MAX_QUEUED_JOBS = 8
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    # same-origin, not no-referrer: under no-referrer a browser sends "Origin: null" with a
    # form post, and the app's own upload form could not be told from another site's
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}
DOC_ID = r"^[A-Za-z0-9][A-Za-z0-9_.:\-]{0,199}$"
JOB_ID = r"^[0-9a-f]{16}$"
DATE = r"^\d{4}-\d{2}-\d{2}$"
UPLOAD_SUFFIXES = frozenset(
    {
        ".txt",
        ".text",
        ".html",
        ".htm",
        ".xhtml",
        ".jsonl",
        ".ndjson",
        ".json",
        ".rss",
        ".atom",
        ".xml",
        ".warc",
        ".gz",
    }
)
COMPOUND_SUFFIXES = (".warc.gz", ".txt.gz", ".html.gz", ".jsonl.gz")
PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'"
_STATIC = frozenset(
    {"swagger-ui-bundle.js", "swagger-ui.css", "leaflet.js", "topojson-client.min.js", "world.js"}
)

# Query parameters shared by the pages and the API (module level: FastAPI resolves the
# string annotations that `from __future__ import annotations` makes against module globals).
FromQ = Annotated[str | None, Query(pattern=DATE, description="YYYY-MM-DD, inclusive")]
TypeQ = Annotated[str | None, Query(alias="type", max_length=64, description="event type")]
PlaceQ = Annotated[str | None, Query(max_length=200, description="event place")]
SourceQ = Annotated[str | None, Query(pattern=DOC_ID, description="document id")]
CorrQ = Annotated[bool, Query(description="only events with 2+ independent sources")]
OptDateQ = Annotated[str | None, Query(pattern=r"^(\d{4}-\d{2}-\d{2})?$")]
OptSourceQ = Annotated[str | None, Query(pattern=r"^([A-Za-z0-9][A-Za-z0-9_.:\-]{0,199})?$")]
LimitQ = Annotated[int, Query(ge=1, le=10_000, description="at most this many records")]
OffsetQ = Annotated[int, Query(ge=0, description="skip this many records first")]
DocIdP = Annotated[str, PathParam(pattern=DOC_ID)]
EventIdP = Annotated[str, PathParam(pattern=DOC_ID)]
SinceQ = Annotated[
    str,
    Query(
        pattern=r"^(\d{1,9}|\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?Z?)?)$",
        description="a run id (`sitrep runs` lists them) or a date, YYYY-MM-DD",
    ),
]
PAGE_SIZE = 1_000  # records per API page unless asked otherwise (X-Total-Count says how many)


class Paging:
    """The ``limit``/``offset`` parameters every list endpoint takes. Called with a
    (total, page of records) pair, it puts the total in the X-Total-Count header, so a
    client pages through a large store without a second request."""

    def __init__(self, response: Response, limit: int, offset: int) -> None:
        self.response, self.limit, self.offset = response, limit, offset

    def __call__(self, found: tuple[int, list[Any]]) -> list[Any]:
        total, items = found
        self.response.headers["X-Total-Count"] = str(total)
        return items


def _paging(response: Response, limit: LimitQ = PAGE_SIZE, offset: OffsetQ = 0) -> Paging:
    return Paging(response, limit, offset)


PageD = Annotated[Paging, Depends(_paging)]


JobIdP = Annotated[str, PathParam(pattern=JOB_ID)]
FilesF = Annotated[list[UploadFile] | None, File()]
TextF = Annotated[str, Form(max_length=1_000_000)]
TitleF = Annotated[str, Form(max_length=500)]


class UploadTooLarge(Exception):
    pass


def _safe_name(n: int, filename: str | None) -> str:
    """A server-chosen name: an index, the client's base name reduced to safe characters, and a
    known suffix (so the reader picks the right format); unknown suffixes become .txt."""
    base = re.split(r"[\\/]", filename or "")[-1]
    lower = base.lower()
    suffix = next((c for c in COMPOUND_SUFFIXES if lower.endswith(c)), Path(lower).suffix)
    if suffix not in UPLOAD_SUFFIXES and suffix not in COMPOUND_SUFFIXES:
        suffix = ".txt"
    stem = base[: len(base) - len(suffix)] if lower.endswith(suffix) else base
    stem = re.sub(r"[^A-Za-z0-9_-]+", "_", stem).strip("_")[:60]
    return f"upload{n:02d}_{stem or 'article'}{suffix}"


async def _save(upload: UploadFile, dest: Path, limit: int) -> int:
    """Stream an upload to ``dest``; stop at ``limit`` bytes (the caller answers 413)."""
    size = 0
    with dest.open("wb") as out:
        while chunk := await upload.read(256 * 1024):
            size += len(chunk)
            if size > limit:
                raise UploadTooLarge(upload.filename or "file")
            out.write(chunk)
    return size


def _snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """Split an FTS5 snippet with [ ] around hits into (text, is_hit) parts for escaping."""
    parts: list[tuple[str, bool]] = []
    for m in re.finditer(r"\[([^\[\]]*)\]|[^\[]+|\[", snippet or ""):
        if m.group(1) is not None:
            parts.append((m.group(1), True))
        else:
            parts.append((m.group(0), False))
    return parts


def create_app(
    db_path: Path,
    *,
    backend: Backend | None = None,
    max_upload_bytes: int = MAX_UPLOAD_BYTES,
    allowed_hosts: tuple[str, ...] = LOOPBACK_HOSTS,
    max_queued_jobs: int = MAX_QUEUED_JOBS,
) -> FastAPI:
    """The web app over the store at ``db_path`` (uploads are kept next to it).

    ``allowed_hosts`` are the host names (Host header, port aside) the app answers to: the
    names it was started for. A test client's "testserver" must be named explicitly.
    Raises StoreError if ``db_path`` exists and is not a sitrep store.
    """
    db_path = Path(db_path)
    if backend is None and db_path.exists():
        from sitrep.store import Store

        Store(db_path).close()  # a file that is not a store: refuse now, not 500 on every page
    store: Backend = backend or StoreBackend(db_path)
    records: Records = StoreRecords(db_path) if backend is None else ExportRecords(backend)
    pages = PageCache()
    jobs = JobRegistry(store.process, max_pending=max_queued_jobs)
    upload_root = db_path.parent / f"{db_path.stem}-uploads"
    hosts = frozenset(h.lower().strip("[]") for h in allowed_hosts)
    upload_limit = MAX_UPLOAD_REQUEST * max_upload_bytes + 64 * 1024  # + multipart framing

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        if backend is None:
            threading.Thread(target=_warm, name="sitrep-warm", daemon=True).start()
        yield
        jobs.shutdown()

    app = FastAPI(
        lifespan=lifespan,
        title="sitrep",
        summary="A sourced, deduplicated, conflict-aware record of a crisis from news reports.",
        docs_url=None,
        redoc_url=None,
        max_body_size=MAX_BODY_BYTES,  # counted as the body streams in (Starlette)
        form_limits={"max_files": MAX_FILES + 1, "max_fields": 8, "max_part_size": 4_000_000},
    )
    app.state.jobs = jobs
    app.state.records = records
    app.state.pages = pages

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        refused = _refusal(request, hosts)
        if refused is not None:
            response: Response = refused
        else:
            try:
                response = await call_next(request)
            except Exception:  # noqa: BLE001 - answered here so the headers are on it too
                response = JSONResponse({"detail": "internal error"}, status_code=500)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @app.exception_handler(QueueFull)
    async def queue_full(request: Request, exc: QueueFull) -> JSONResponse:
        return JSONResponse(
            {"detail": f"{exc}: try again when the uploads before it are done"},
            status_code=503,
            headers={"Retry-After": "30"},
        )

    @app.exception_handler(UploadTooLarge)
    async def too_large(request: Request, exc: UploadTooLarge) -> JSONResponse:
        return JSONResponse(
            {"detail": f"{exc} is larger than {max_upload_bytes} bytes"}, status_code=413
        )

    def _filter(
        date_from: str | None,
        date_to: str | None,
        type_: str | None,
        place: str | None,
        source: str | None,
        corroborated: bool,
    ) -> EventFilter:
        return EventFilter(
            date_from=date_from or None,
            date_to=date_to or None,
            type=type_ or None,
            place=place or None,
            source=source or None,
            corroborated=corroborated,
        )

    # -- pages ---------------------------------------------------------------------------------

    def _labels() -> dict[str, str]:
        # the whole store's D-labels, so every page calls each document what "/" does
        docs_gen = records.generation()[0]
        return pages.get(("labels", docs_gen), lambda: doc_labels(records.doc_ids()))

    def _live(f: EventFilter, labels: dict[str, str]) -> LiveContext:
        # the menus change with the resolution only: read once per generation and filter
        facets = pages.get(
            ("facets", records.generation(), f.place, f.source), lambda: records.facets(f)
        )
        return LiveContext(
            filters=f.as_query(),
            event_types=tuple(facets["types"]),
            places=tuple(facets["places"]),
            sources=tuple(
                (i, f"{labels.get(i, '?')} — {name}"[:90]) for i, name in facets["sources"]
            ),
            jobs=tuple(j.to_dict() for j in jobs.recent()),
        )

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index(
        request: Request,
        date_from: OptDateQ = None,
        date_to: OptDateQ = None,
        type_: TypeQ = None,
        place: PlaceQ = None,
        source: OptSourceQ = None,
        corroborated: CorrQ = False,
        offset: OffsetQ = 0,
    ) -> HTMLResponse:
        f = _filter(date_from, date_to, type_, place, source, corroborated)
        return HTMLResponse(_index_page(f, offset))

    def _index_page(f: EventFilter, offset: int) -> str:
        def render() -> str:
            whole = offset == 0  # a listing's first page: its summary, figures and people too
            export, total = records.page_export(f, offset, whole=whole)
            labels = _labels()
            sections = LIST_SECTIONS if whole else LATER_SECTIONS
            html = _list_page(build_view(export, labels), _live(f, labels), sections)
            return pager_html(html, f.as_query(), offset, PAGE_EVENTS, total)

        return str(pages.get(("/", records.generation(), f, offset, _jobs_key()), render))

    def _warm() -> None:
        """Render the first page once at start (it loads the gazetteer the exports name
        regions with), so the first reader does not wait for it."""
        try:
            _index_page(EventFilter(), 0)
        except Exception:  # noqa: BLE001, S110 - a page that fails is answered when asked
            pass

    def _jobs_key() -> str:
        return "|".join(f"{j.id}:{j.status}" for j in jobs.recent())

    @app.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def event_page(event_id: EventIdP) -> HTMLResponse:
        def render() -> str | None:
            export = records.event_page(event_id)
            if export is None:
                return None
            labels = _labels()
            view = build_view(export, labels)
            return _list_page(view, _live(EventFilter(), labels), LIST_SECTIONS)

        html = pages.get(("event", records.generation(), event_id, _jobs_key()), render)
        if html is None:
            raise HTTPException(404, "no such event")
        return HTMLResponse(html)

    @app.get("/documents/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(doc_id: DocIdP) -> HTMLResponse:
        """One document's text with the spans of every fact drawn from it highlighted, and
        those facts (events, figures, quotes): read from the store when asked for."""

        def render() -> str | None:
            export = records.document_page(doc_id)
            if export is None:
                return None
            labels = _labels()
            view = build_view(export, labels)
            here = document_url(doc_id)
            located = document_locator(view)
            d = view.documents[0]
            return render_view(
                view,
                live=_live(EventFilter(), labels),
                sections=DOCUMENT_SECTIONS,
                locate=lambda a: None if (u := located(a)) == here else u,
                title=f"{d.label}. {d.title or '(untitled)'}",
            )

        html = pages.get(("document", records.generation(), doc_id, _jobs_key()), render)
        if html is None:
            raise HTTPException(404, "no such document")
        return HTMLResponse(html)

    def _list_page(view: Any, live: LiveContext, sections: frozenset[str]) -> str:
        """A page of events (and figures and people): its documents are named and linked,
        their texts are on their own pages."""
        return render_view(view, live=live, sections=sections, locate=document_locator(view))

    @app.get("/changes", response_class=HTMLResponse, include_in_schema=False)
    def changes_page(since: SinceQ = "1") -> HTMLResponse:
        html = changes_html(records.changes(since), css=_css())
        return HTMLResponse(html, headers={"Content-Security-Policy": PAGE_CSP})

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(q: Annotated[str, Query(max_length=500)] = "") -> HTMLResponse:
        results = store.search(q, 50) if q.strip() else []
        html = (
            environment()
            .get_template("search.html.j2")
            .render(
                q=q,
                results=[
                    {
                        **r,
                        "parts": _snippet_parts(r.get("snippet") or ""),
                        "anchor": anchor("doc", r.get("doc")),
                        "url": document_url(str(r.get("doc"))) + "#" + anchor("doc", r.get("doc")),
                    }
                    for r in results
                ],
                css=_css(),
            )
        )
        return HTMLResponse(html, headers={"Content-Security-Policy": PAGE_CSP})

    @app.post("/upload", include_in_schema=False, max_body_size=upload_limit)
    async def upload_form(
        request: Request,
        files: FilesF = None,
        text: TextF = "",
        title: TitleF = "",
    ) -> Response:
        job = await _accept(request, files or [], text, title)
        return RedirectResponse(f"/jobs/{job.id}", status_code=303)

    @app.get("/jobs/{job_id}", response_class=HTMLResponse, include_in_schema=False)
    def job_page(job_id: JobIdP) -> HTMLResponse:
        job = jobs.get(job_id)
        if job is None:
            raise HTTPException(404, "no such job")
        html = environment().get_template("job.html.j2").render(job=job.to_dict(), css=_css())
        return HTMLResponse(html, headers={"Content-Security-Policy": PAGE_CSP})

    async def _accept(request: Request, files: list[UploadFile], text: str, title: str) -> Any:
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > MAX_FILES * max_upload_bytes + 1_000_000:
            raise HTTPException(413, "upload too large")
        files = [f for f in files if f.filename]
        if len(files) > MAX_FILES:
            raise HTTPException(413, f"at most {MAX_FILES} files per upload")
        if not files and not text.strip():
            raise HTTPException(400, "nothing to upload: choose files or paste text")
        jobs.check_room()  # before anything is written
        batch = upload_root / secrets.token_hex(8)
        batch.mkdir(parents=True, exist_ok=False)
        try:
            paths: list[Path] = []
            for n, upload in enumerate(files, start=1):
                dest = batch / _safe_name(n, upload.filename)
                await _save(upload, dest, max_upload_bytes)
                paths.append(dest)
            if text.strip():
                body = f"{title.strip()}\n\n{text}" if title.strip() else text
                data = body.encode("utf-8")
                if len(data) > max_upload_bytes:
                    raise UploadTooLarge("pasted text")
                dest = batch / f"upload{len(paths) + 1:02d}_pasted.txt"
                dest.write_bytes(data)
                paths.append(dest)
            return jobs.submit(paths)
        except BaseException:
            shutil.rmtree(batch, ignore_errors=True)  # a rejected upload leaves nothing
            raise

    # -- API -----------------------------------------------------------------------------------

    @app.get("/api/events", tags=["api"], summary="Events (filterable), in date order")
    def api_events(
        page: PageD,
        date_from: FromQ = None,
        date_to: FromQ = None,
        type_: TypeQ = None,
        place: PlaceQ = None,
        source: SourceQ = None,
        corroborated: CorrQ = False,
    ) -> list[dict[str, Any]]:
        f = _filter(date_from, date_to, type_, place, source, corroborated)
        return page(records.events(f, page.limit, page.offset))

    @app.get("/api/events/{event_id}", tags=["api"], summary="One event with every report")
    def api_event(event_id: EventIdP) -> dict[str, Any]:
        export = records.event_page(event_id)
        if export is None:
            raise HTTPException(404, "no such event")
        return dict(export["events"][0])

    @app.get(
        "/api/changes",
        tags=["api"],
        summary="What changed since a run (its id) or a date: new events, events with new "
        "reports, figures revised, conflicts opened or settled, documents that arrived",
    )
    def api_changes(since: SinceQ = "1") -> dict[str, Any]:
        return records.changes(since)

    @app.get("/api/figures", tags=["api"], summary="Figure claims with who claims them")
    def api_figures(
        page: PageD,
        source: SourceQ = None,
        measure: Annotated[str | None, Query(max_length=64)] = None,
    ) -> list[dict[str, Any]]:
        return page(records.figures(source, measure, page.limit, page.offset))

    @app.get("/api/claim_groups", tags=["api"], summary="Best estimates per measure")
    def api_claim_groups(page: PageD) -> list[dict[str, Any]]:
        return page(records.section("claim_groups", page.limit, page.offset))

    @app.get("/api/conflicts", tags=["api"], summary="Figures that disagree, and how")
    def api_conflicts(page: PageD) -> list[dict[str, Any]]:
        return page(records.section("conflicts", page.limit, page.offset))

    @app.get("/api/series", tags=["api"], summary="Counts that grew over time")
    def api_series(page: PageD) -> list[dict[str, Any]]:
        return page(records.section("series", page.limit, page.offset))

    @app.get("/api/entities", tags=["api"], summary="People, organisations and places")
    def api_entities(
        page: PageD,
        type_: Annotated[str | None, Query(alias="type", max_length=16)] = None,
    ) -> list[dict[str, Any]]:
        return page(records.section("entities", page.limit, page.offset, type_=type_))

    @app.get("/api/quotes", tags=["api"], summary="Direct quotations and their speakers")
    def api_quotes(page: PageD, source: SourceQ = None) -> list[dict[str, Any]]:
        return page(records.section("quotes", page.limit, page.offset, source=source))

    @app.get("/api/documents", tags=["api"], summary="Documents (metadata, without text)")
    def api_documents(page: PageD) -> list[dict[str, Any]]:
        return page(records.section("documents", page.limit, page.offset))

    @app.get("/api/documents/{doc_id}", tags=["api"], summary="One document with its text")
    def api_document(doc_id: DocIdP) -> dict[str, Any]:
        found = records.document(doc_id)
        if found is None:
            raise HTTPException(404, "no such document")
        return found

    @app.get(
        "/api/search",
        tags=["api"],
        summary="Full-text search over documents (FTS5, stemmed)",
        description='Words are all required and stemmed; `OR`, `"quoted phrases"`, '
        "`-word` or `NOT word`, `a NEAR b` / `a NEAR/5 b`, `word*` and parentheses work as "
        "in web search. A query that makes no sense as that syntax searches its words.",
    )
    def api_search(
        q: Annotated[str, Query(min_length=1, max_length=500)],
        limit: Annotated[int, Query(ge=1, le=200)] = 20,
    ) -> list[dict[str, Any]]:
        return store.search(q, limit)

    @app.post(
        "/api/upload",
        tags=["api"],
        status_code=202,
        max_body_size=upload_limit,
        summary="Upload articles (files or pasted text); ingested in the background",
    )
    async def api_upload(
        request: Request,
        files: FilesF = None,
        text: TextF = "",
        title: TitleF = "",
    ) -> dict[str, Any]:
        job = await _accept(request, files or [], text, title)
        return {"job": job.id, "status": f"/api/jobs/{job.id}", "page": f"/jobs/{job.id}"}

    @app.get("/api/jobs/{job_id}", tags=["api"], summary="Progress of an upload job")
    def api_job(job_id: JobIdP) -> dict[str, Any]:
        job = jobs.get(job_id)
        if job is None:
            raise HTTPException(404, "no such job")
        return job.to_dict()

    # -- offline API docs ----------------------------------------------------------------------

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        page = get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="sitrep API",
            swagger_js_url="/static/swagger-ui-bundle.js",
            swagger_css_url="/static/swagger-ui.css",
            swagger_favicon_url="data:,",
        )
        page.headers["Content-Security-Policy"] = _docs_csp(bytes(page.body).decode("utf-8"))
        return page

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> Response:
        if name not in _STATIC:  # a fixed list: no paths from the client
            raise HTTPException(404)
        data = (
            world_script().encode("utf-8")
            if name == "world.js"
            else resources.files("sitrep.report").joinpath("static", name).read_bytes()
        )
        media = "text/javascript" if name.endswith(".js") else "text/css"
        return Response(data, media_type=media, headers={"Cache-Control": "max-age=86400"})

    return app


def _docs_csp(html: str) -> str:
    """The API docs page's policy: Swagger UI's own files, and its one inline start-up
    script pinned by hash (no other script can run)."""
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"
        for body in re.findall(r"<script>(.*?)</script>", html, flags=re.S)
    )
    return (
        f"default-src 'none'; script-src 'self' {hashes}; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; "
        "frame-ancestors 'none'"
    )


def _host_name(netloc: str) -> str:
    """The host of a Host header or URL authority, without port or IPv6 brackets."""
    netloc = netloc.strip().lower()
    if netloc.startswith("["):
        return netloc[1 : netloc.find("]")] if "]" in netloc else netloc
    return netloc.rsplit(":", 1)[0] if netloc.count(":") == 1 else netloc


def _refusal(request: Request, hosts: frozenset[str]) -> Response | None:
    """A 400 or 403 for a request the app must not serve, or None.

    * a Host it was not started for (DNS rebinding: evil.example resolving to 127.0.0.1);
    * a NUL byte in the query (no parameter may carry one; SQLite's FTS5 chokes on it);
    * a state-changing request whose Origin (or, without one, Referer) is another site:
      a page elsewhere posting a form to the app (CSRF). A request with neither header
      comes from a program, not a browser page, and is let through.
    """
    host = request.headers.get("host", "")
    if _host_name(host) not in hosts:
        return JSONResponse({"detail": "unknown host"}, status_code=400)
    if b"%00" in request.scope.get("query_string", b"") or "\x00" in str(request.query_params):
        return JSONResponse({"detail": "NUL byte in the query"}, status_code=400)
    if request.method not in UNSAFE_METHODS:
        return None
    origin = request.headers.get("origin")
    if origin is None:
        referer = request.headers.get("referer")
        if referer is None:
            return None
        origin = referer
    if _same_origin(origin, request.url.scheme, host):
        return None
    return JSONResponse({"detail": "cross-origin request refused"}, status_code=403)


def _same_origin(origin: str, scheme: str, host: str) -> bool:
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(origin)
    except ValueError:
        return False
    return parts.scheme == scheme and parts.netloc.lower() == host.lower()


def _css() -> str:
    from sitrep.report.assets import load_assets

    return load_assets().report_css
