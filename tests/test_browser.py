"""The report and the app in a real Chromium: map, timeline, evidence, search, upload, safety.

Needs /usr/bin/chromium (CI installs it; Playwright's own browser download is never used).
The static report is opened from disk with every non-file:// request aborted, which proves
it is self-contained.
"""

from __future__ import annotations

import socket
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "fixtures" / "report"))
from make_fixture import build_export, hostile_document  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
CORPUS = ROOT / "examples" / "kazakhstan-2022"
FIXTURES = ROOT / "tests" / "fixtures" / "report"
ARTIFACTS = ROOT / "tests" / "artifacts"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="needs /usr/bin/chromium (apt-get install chromium)"
    ),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def report_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from sitrep.report import write_report

    export = build_export(CORPUS, [hostile_document(FIXTURES / "hostile.txt")])
    return write_report(export, tmp_path_factory.mktemp("report") / "report.html")


class Watch:
    """A page with the network blocked (file:// only), recording dialogs, errors and blocks."""

    def __init__(self, browser: Any, width: int = 1280, offline: bool = True) -> None:
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.blocked: list[str] = []
        self.context = browser.new_context(viewport={"width": width, "height": 900})
        self.page = self.context.new_page()
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        if offline:
            self.page.route("**/*", self._route)

    def _route(self, route: Any) -> None:
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def close(self) -> None:
        self.context.close()


@pytest.fixture()
def page(browser: Any, report_path: Path) -> Iterator[Watch]:
    w = Watch(browser)
    w.page.goto(report_path.as_uri())
    w.page.wait_for_selector("path.sitrep-marker", state="attached", timeout=10_000)
    yield w
    w.close()


def test_map_draws_markers_and_borders_offline(page: Watch) -> None:
    assert page.page.locator("path.sitrep-marker").count() > 0
    assert page.page.locator("path.sitrep-country").count() > 100
    assert page.blocked == [] and page.errors == []


def test_nothing_from_the_articles_executes(page: Watch) -> None:
    page.page.locator("#documents").scroll_into_view_if_needed()
    page.page.wait_for_timeout(300)
    assert page.page.evaluate("window.__pwned") is None
    assert page.dialogs == []
    assert page.page.locator("img, svg[onload], iframe").count() == 0
    hostile = page.page.locator("article.doc", has_text="Hostile page")
    assert "<script>window.__pwned = 10" in hostile.inner_text()


def test_timeline_in_date_order(page: Watch) -> None:
    dates = page.page.locator("#timeline details.event").evaluate_all(
        "els => els.map(e => e.dataset.date)"
    )
    assert len(dates) > 10 and dates == sorted(dates)


def test_clicking_an_event_shows_its_evidence(page: Watch) -> None:
    event = page.page.locator("#timeline details.event").nth(3)
    evidence = event.locator("blockquote.evidence").first
    assert not evidence.is_visible()
    event.locator("summary").click()
    assert evidence.is_visible()
    # ...and the evidence link jumps to the highlighted sentence in the document text
    event.locator("blockquote.evidence a").first.click()
    target = page.page.evaluate("location.hash").lstrip("#")
    assert page.page.locator(f"[id='{target}']").count() == 1


def test_marker_popup_links_to_the_timeline(page: Watch) -> None:
    page.page.locator("#map-section").scroll_into_view_if_needed()
    page.page.locator("path.sitrep-marker").first.click(force=True)
    link = page.page.locator(".leaflet-popup-content a").first
    link.wait_for(timeout=5_000)
    link.click()
    page.page.wait_for_function("location.hash.length > 1")
    target = page.page.evaluate("location.hash").lstrip("#")
    # the page opens the event on hashchange, asynchronously: wait for it, don't race it
    page.page.wait_for_selector(f"details[id='{target}'][open]", timeout=5_000)


def test_screenshots(browser: Any, report_path: Path) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    for width, name in ((1280, "report-desktop.png"), (390, "report-phone.png")):
        w = Watch(browser, width=width)
        w.page.goto(report_path.as_uri())
        w.page.wait_for_selector("path.sitrep-marker", state="attached")
        assert w.page.evaluate("document.documentElement.scrollWidth") <= width + 1, (
            "no sideways scroll"
        )
        w.page.screenshot(path=str(ARTIFACTS / name))
        if width == 1280:
            w.page.locator("#map-section").scroll_into_view_if_needed()
            w.page.wait_for_timeout(200)
            w.page.screenshot(path=str(ARTIFACTS / "report-map.png"))
        w.close()
    assert (ARTIFACTS / "report-phone.png").stat().st_size > 0


@pytest.fixture(scope="module")
def demo_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The report the real pipeline writes for the bundled example corpus."""
    from click.testing import CliRunner

    from sitrep.cli import main

    out = tmp_path_factory.mktemp("demo")
    result = CliRunner().invoke(
        main, ["run", str(CORPUS / "docs"), "--period", "2022-01", "-o", str(out), "-j", "1", "-q"]
    )
    assert result.exit_code == 0, result.output
    return out / "report.html"


def test_real_report_of_the_example_corpus_offline(browser: Any, demo_report: Path) -> None:
    w = Watch(browser)
    w.page.goto(demo_report.as_uri())
    w.page.wait_for_selector("path.sitrep-marker", state="attached", timeout=10_000)
    assert w.page.locator("path.sitrep-marker").count() >= 3
    assert w.page.locator("path.sitrep-country").count() > 100
    dates = w.page.locator("#timeline details.event").evaluate_all(
        "els => els.map(e => e.dataset.date).filter(Boolean)"
    )
    assert len(dates) >= 10 and dates == sorted(dates)
    assert all(d[:7] in ("2021-12", "2022-01") for d in dates), dates
    event = w.page.locator("#timeline details.event").first
    evidence = event.locator("blockquote.evidence").first
    event.locator("summary").click()
    assert evidence.is_visible() and len(evidence.inner_text()) > 20
    assert w.blocked == [] and w.errors == []
    ARTIFACTS.mkdir(exist_ok=True)
    w.page.screenshot(path=str(ARTIFACTS / "demo-report.png"))
    w.close()


# -- the summary, paging and the outlets ------------------------------------------------------


def test_summary_opens_the_report_and_leads_to_the_evidence(page: Watch) -> None:
    p = page.page
    first = p.locator("main > section").first
    assert first.get_attribute("id") == "summary"
    assert first.bounding_box()["y"] < 900  # above the fold
    items = p.locator("#summary ol.main-events > li")
    assert 1 <= items.count() <= 8
    # a main event's link opens its card on the timeline...
    items.first.locator("a").first.click()
    target = p.evaluate("location.hash").lstrip("#")
    p.wait_for_selector(f"details[id='{target}'][open]", timeout=5_000)
    # ...and its evidence link lands on the highlighted sentence in a document
    items.first.locator("a.src").first.click()
    src = p.evaluate("location.hash").lstrip("#")
    assert src.startswith("src-")
    assert p.locator(f"#documents [id='{src}']").count() == 1
    assert p.locator("#summary ul.key-figures li").count() >= 1
    assert page.errors == [] and page.blocked == []


def test_outlet_view_shows_what_an_outlet_reported(page: Watch) -> None:
    p = page.page
    outlet = p.locator("#outlets details.outlet").first
    outlet.locator("summary").click()
    reported = outlet.locator("h4", has_text="What it reported")
    assert reported.is_visible()
    link = outlet.locator("ul li a").first
    link.click()
    target = p.evaluate("location.hash").lstrip("#")
    p.wait_for_selector(f"[id='{target}']", timeout=5_000)


@pytest.fixture(scope="module")
def paged_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from sitrep.report import write_report

    export = build_export(CORPUS, [hostile_document(FIXTURES / "hostile.txt")])
    return write_report(export, tmp_path_factory.mktemp("paged") / "report.html", paged=True)


def test_paged_report_opens_offline_and_follows_evidence_across_pages(
    browser: Any, paged_report: Path
) -> None:
    w = Watch(browser)
    p = w.page
    p.goto(paged_report.as_uri())
    p.wait_for_selector("path.sitrep-marker", state="attached", timeout=10_000)
    assert p.locator("#summary").count() == 1 and p.locator("#outlets").count() == 1
    # the timeline is a page of its own; an event's evidence is on a documents page, drawn
    # from compact data by the page's script, with the sentence highlighted
    p.locator("nav.toc a", has_text="Timeline").click()
    p.wait_for_selector("#timeline details.event")
    assert "timeline-001.html" in p.url
    event = p.locator("#timeline details.event").first
    event.locator("summary").click()
    event.locator("a[title='show in text']").first.click()
    p.wait_for_selector("body[data-documents=drawn]", timeout=10_000)
    assert "documents-" in p.url
    src = p.evaluate("location.hash").lstrip("#")
    marker = p.locator(f"[id='{src}']")
    assert marker.count() == 1
    assert p.locator("article.doc .text a.hl").count() > 20
    # the highlight links back to its fact on another page
    back = p.locator("article.doc .text a.hl.k-figure").first
    href = back.get_attribute("href")
    assert href and href.startswith("figures-") and "#fig-" in href
    back.click()
    p.wait_for_function("location.pathname.includes('figures-')")
    fact = p.evaluate("location.hash").lstrip("#")
    assert p.locator(f"[id='{fact}']").count() == 1
    # nothing in the articles ran, nothing was fetched, no script failed
    assert p.evaluate("window.__pwned") is None and w.dialogs == []
    assert w.blocked == [] and w.errors == []
    w.close()


def test_paged_outlet_page(browser: Any, paged_report: Path) -> None:
    w = Watch(browser)
    p = w.page
    outlet = next(paged_report.with_suffix("").glob("outlet-*.html"))
    p.goto(outlet.as_uri())
    card = p.locator("details.outlet[open]")
    assert card.count() == 1
    assert card.locator("h4", has_text="Articles").count() == 1
    link = card.locator("a[href*='documents-']").first
    link.click()
    p.wait_for_selector("body[data-documents=drawn]", timeout=10_000)
    assert w.errors == [] and w.blocked == []
    w.close()


# -- the served app ----------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    from conftest import make_document
    from sitrep.serve.app import create_app
    from sitrep.store import Store

    db = tmp_path_factory.mktemp("served") / "sitrep.db"
    text = (CORPUS / "docs" / "003_d1ea0b81b48b1146.txt").read_text(encoding="utf-8")
    with Store(db) as store:
        store.add_document(
            make_document("003_d1ea0b81b48b1146", text, title="Allied forces of Russia to step in")
        )
    port = _free_port()
    srv = uvicorn.Server(
        uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


def test_search_finds_a_document(browser: Any, server: str) -> None:
    w = Watch(browser, offline=False)
    w.page.goto(server + "/")
    w.page.fill("input[name=q]", "Samat Abish")
    w.page.click("form[role=search] button")
    w.page.wait_for_url("**/search?q=*")
    result = w.page.locator("li.result").first
    assert "003_d1ea0b81b48b1146" in result.inner_text()
    assert w.page.locator("li.result mark").count() >= 1
    w.close()


def test_search_reads_the_syntax_users_type(browser: Any, server: str) -> None:
    """Stemming, OR, a quoted phrase and an exclusion, typed into the search box."""
    w = Watch(browser, offline=False)

    def search(query: str) -> int:
        w.page.goto(server + "/search")
        w.page.fill("input[name=q]", query)
        w.page.click("form[role=search] button")
        w.page.wait_for_url("**/search?q=*")
        return w.page.locator("li.result").count()

    assert search("sack") == 1  # the text says "sacked"
    assert search('"strict state of emergency" OR zzyzx') == 1
    assert "state of emergency" in w.page.locator("li.result mark").first.inner_text()
    assert search("sacked -Tokayev") == 0
    assert search('(sacked OR "unclosed') == 1  # malformed: its words, no error page
    assert w.errors == []
    w.close()


def _upload_and_wait(
    w: Watch, server: str, *, files: list[Path] | None = None, title: str = "", text: str = ""
) -> None:
    w.page.goto(server + "/")
    w.page.locator("#upload").evaluate("f => f.closest('details').open = true")
    if files:
        w.page.set_input_files("#upload input[type=file]", [str(p) for p in files])
    if title:
        w.page.fill("#upload input[name=title]", title)
    if text:
        w.page.fill("#upload textarea[name=text]", text)
    w.page.click("#upload button")
    w.page.wait_for_url("**/jobs/*")
    w.page.wait_for_selector("#to-timeline", timeout=180_000)  # the page refreshes until done
    assert w.page.locator("#job-status").inner_text() == "done", w.page.inner_text("main")


@pytest.mark.slow
def test_hostile_upload_never_executes(browser: Any, server: str) -> None:
    """A real ingest of an HTML page full of script, then the live report: nothing runs."""
    w = Watch(browser, offline=False)
    _upload_and_wait(w, server, files=[FIXTURES / "hostile.html"])
    w.page.click("#to-timeline")
    w.page.wait_for_selector("#sources")
    assert w.page.evaluate("window.__pwned") is None and w.dialogs == []
    # the document's text is on its own page, linked from the list of sources
    row = w.page.locator("#sources tbody tr").filter(has_not_text="Allied forces of Russia")
    row.first.locator("a[href^='/documents/']").click()
    w.page.wait_for_selector("#documents article.doc")
    docs = w.page.locator("#documents").inner_text()
    assert "Protesters clash with police in Oral" in docs or "riot police" in docs
    w.page.locator("#documents").scroll_into_view_if_needed()
    w.page.wait_for_timeout(300)
    assert w.page.evaluate("window.__pwned") is None and w.dialogs == []
    w.page.goto(server + "/search?q=protesters")
    assert w.page.evaluate("window.__pwned") is None and w.dialogs == []
    w.close()


@pytest.mark.slow
def test_upload_appears_in_timeline(browser: Any, server: str) -> None:
    w = Watch(browser, offline=False)
    _upload_and_wait(
        w,
        server,
        title="Protesters storm city hall in Aktobe",
        text=(
            "AKTOBE, Kazakhstan, January 12, 2022 — Thousands of protesters stormed the city hall "
            "in Aktobe on Wednesday, January 12, 2022, police said. Police detained 30 people "
            "in Aktobe after the protest."
        ),
    )
    w.page.click("#to-timeline")
    # the map, its library and basemap loaded from the app under the page's policy
    w.page.wait_for_selector("path.sitrep-marker", state="attached", timeout=10_000)
    assert w.page.locator("#map path").count() > 100  # the countries' borders
    assert w.errors == []
    assert "storm" in w.page.locator("#sources").inner_text()  # the document is listed...
    timeline = w.page.locator("#timeline details.event", has_text="Aktobe")
    assert timeline.count() >= 1  # ...and its event is on the timeline
    # the report's sentence links to itself, highlighted, on the document's own page
    event = timeline.first
    event.locator("summary").click()
    event.locator("a[href^='/documents/']", has_text="show in text").first.click()
    w.page.wait_for_url("**/documents/*#src-*")
    target = w.page.evaluate("decodeURIComponent(location.hash.slice(1))")
    assert w.page.locator(f"#documents [id='{target}']").count() == 1
    assert "storm" in w.page.locator("#documents article.doc").inner_text()
    w.close()


def test_a_search_result_opens_the_document_on_its_own_page(browser: Any, server: str) -> None:
    """The list page carries no article texts; a found document opens on its own page."""
    w = Watch(browser, offline=False)
    w.page.goto(server + "/")
    assert w.page.locator("article.doc").count() == 0  # no texts on a list page
    w.page.fill("input[name=q]", "Samat Abish")
    w.page.click("form[role=search] button")
    w.page.wait_for_url("**/search?q=*")
    w.page.locator("li.result a").first.click()
    w.page.wait_for_url("**/documents/003_d1ea0b81b48b1146*")
    doc = w.page.locator("#documents article.doc")
    assert doc.count() == 1
    assert "Samat Abish" in doc.inner_text()
    assert "Allied forces of Russia to step in" in w.page.title()
    assert w.errors == []
    w.close()


def test_api_docs_render_under_their_content_security_policy(browser: Any, server: str) -> None:
    w = Watch(browser, offline=False)
    violations: list[str] = []
    w.page.on(
        "console",
        lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None,
    )
    w.page.goto(server + "/docs")
    w.page.wait_for_selector(".opblock", timeout=20_000)  # Swagger UI ran and read the spec
    assert w.page.locator(".opblock").count() >= 8
    assert violations == [] and w.errors == []
    w.close()


def test_a_form_on_another_site_cannot_post_to_the_app(
    browser: Any, server: str, tmp_path: Path
) -> None:
    """CSRF in a real browser: a page from elsewhere (here a file, Origin: null) submits a
    form to the app's upload; the app refuses it and queues no job."""
    evil = tmp_path / "evil.html"
    evil.write_text(
        f'<form id="f" method="post" action="{server}/upload" enctype="multipart/form-data">'
        '<input name="text" value="Planted report: the army seized the airport."></form>'
        "<script>document.getElementById('f').submit()</script>",
        encoding="utf-8",
    )
    w = Watch(browser, offline=False)
    with w.page.expect_response(f"{server}/upload") as answer:
        w.page.goto(evil.as_uri())
    assert answer.value.status == 403
    w.page.goto(server + "/")
    assert "Planted report" not in w.page.content()
    w.close()
