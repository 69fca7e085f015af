"""The static situation report: self-contained, escaped, linked both ways, complete."""

from __future__ import annotations

import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.report import render_report, write_report
from sitrep.report.assets import _inline_safe, load_assets
from sitrep.report.highlight import Mark, blocks, pieces
from sitrep.report.view import anchor, build_view, figure_value, number, safe_url, value_range

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "fixtures" / "report"))
from make_fixture import build_export, hostile_document  # noqa: E402

CORPUS = ROOT / "examples" / "kazakhstan-2022"
HOSTILE = ROOT / "tests" / "fixtures" / "report" / "hostile.txt"


@pytest.fixture(scope="module")
def export() -> dict[str, Any]:
    return build_export(CORPUS, [hostile_document(HOSTILE)])


@pytest.fixture(scope="module")
def html(export: dict[str, Any]) -> str:
    return render_report(export)


class Collect(HTMLParser):
    """Every start tag with its attributes, ids, and the text of script elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.ids: set[str] = set()
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._in_script: dict[str, str | None] | None = None
        self._buf: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        if a.get("id"):
            self.ids.add(str(a["id"]))
        if tag == "script":
            self._in_script, self._buf = a, []

    def handle_data(self, data: str) -> None:
        if self._in_script is not None:
            self._buf.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._in_script is not None:
            self.scripts.append((self._in_script, "".join(self._buf)))
            self._in_script = None


@pytest.fixture(scope="module")
def parsed(html: str) -> Collect:
    p = Collect()
    p.feed(html)
    return p


def test_has_every_section(parsed: Collect) -> None:
    for section in ("figures", "timeline", "map-section", "map", "people", "sources", "documents"):
        assert section in parsed.ids


def test_self_contained_nothing_fetched(parsed: Collect, html: str) -> None:
    for tag, attrs in parsed.tags:
        assert not (tag == "script" and attrs.get("src")), "scripts must be inlined"
        assert not (tag == "link" and attrs.get("rel") == "stylesheet"), "styles must be inlined"
        assert tag not in ("img", "iframe", "object", "embed"), tag
    assert "@import" not in html
    assert not re.search(r"url\((?!#default#VML)", html), "CSS must not reference files"
    csp = next(a["content"] for t, a in parsed.tags if t == "meta" and a.get("http-equiv"))
    assert "default-src 'none'" in str(csp) and "sha256-" in str(csp)


def test_csp_hashes_match_inline_scripts(parsed: Collect) -> None:
    hashes = set(load_assets().script_hashes())
    runnable = [body for attrs, body in parsed.scripts if attrs.get("type") != "application/json"]
    assert len(runnable) == 3
    import base64
    import hashlib

    for body in runnable:
        digest = (
            "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"
        )
        assert digest in hashes


def test_untrusted_text_is_escaped(html: str, parsed: Collect) -> None:
    assert "window.__pwned" in html  # the hostile text is shown...
    assert "<script>window.__pwned" not in html  # ...but never as markup
    assert "<img src=x" not in html and "<svg onload" not in html
    assert "&lt;script&gt;window.__pwned=1" in html
    assert not any(k.startswith("on") for _, attrs in parsed.tags for k in attrs)
    hrefs = [a.get("href") or "" for _, a in parsed.tags]
    assert not any(h.strip().lower().startswith("javascript:") for h in hrefs)


def test_embedded_json_cannot_close_its_element() -> None:
    evil = {
        "corpus": "x",
        "documents": [],
        "events": [
            {
                "id": "E1",
                "type": "riot",
                "date": "2022-01-05",
                "place": "</script><!--",
                "lat": 1.0,
                "lon": 2.0,
                "corroboration": 1,
                "mentions": [],
            }
        ],
    }
    out = render_report(evil)
    body = out.split('id="sitrep-data">', 1)[1].split("</script>", 1)[0]
    assert "</" not in body and "<!--" not in body
    assert json.loads(body)["map"]["spots"][0]["places"] == ["</script><!--"]


def test_timeline_in_date_order(html: str, export: dict[str, Any]) -> None:
    dates = re.findall(r'<details class="event[^"]*" id="[^"]+" data-date="([^"]+)"', html)
    assert len(dates) == sum(1 for e in export["events"] if e.get("date"))
    assert dates == sorted(dates)


def test_event_evidence_links_both_ways(html: str, parsed: Collect, export: dict[str, Any]) -> None:
    view = build_view(export)
    linked = 0
    for e in (*view.events, *view.background_events, *view.undated_events):
        for m in e.mentions:
            assert m.source is not None
            src = m.source.href.lstrip("#")
            assert src in parsed.ids  # fact -> text
            linked += 1 + len(m.copies)  # a copy's repeat of the sentence is shown once
        assert f'href="#{e.anchor}"' in html  # text (and matrix) -> fact
    assert linked == sum(len(e["mentions"]) for e in export["events"])


def test_highlight_starts_with_the_quoted_words(html: str, export: dict[str, Any]) -> None:
    f = export["figures"][0]
    src = f"src-{anchor('fig', f['id'])}-0"
    after = html.split(f'<span id="{src}"></span>', 1)[1]
    text = re.sub(r"<[^>]+>", "", after)
    first_words = f["quote"].split()[:3]
    assert text.split()[:3] == first_words


def test_boilerplate_kept_collapsed(html: str, export: dict[str, Any]) -> None:
    doc = next(d for d in export["documents"] if d["boilerplate_lines"])
    line = doc["boilerplate_lines"][0]
    removed = re.findall(
        r'<details class="removed"><summary>removed boilerplate</summary>(.*?)</details>',
        html,
        re.S,
    )
    assert any(line in re.sub(r"<[^>]+>", "", r) for r in removed)


def test_figures_show_estimate_claims_and_conflict_kinds(html: str, export: dict[str, Any]) -> None:
    assert html.count('class="estimate"') == len(export["claim_groups"])
    kinds = {c["kind"] for c in export["conflicts"]}
    for kind in kinds:
        assert f'class="badge {kind}"' in html
    copies = {d["id"] for d in export["documents"] if d.get("duplicate_of")}
    shown = {f["id"] for f in export["figures"] if f'id="{anchor("fig", f["id"])}"' in html}
    # every claim is shown; a copy's repeat of a claim once, under the claim it repeats
    assert {f["id"] for f in export["figures"] if f["doc"] not in copies} <= shown
    hidden = [f for f in export["figures"] if f["id"] not in shown]
    assert hidden and all(f["doc"] in copies for f in hidden)
    view = build_view(export)
    kept = [f for _, gs in view.measures for g in gs for f in g.figures] + list(view.ungrouped)
    label = {d.id: d.label for d in view.documents}
    for f in hidden:
        twin = [k for k in kept if k.quote == f["quote"] and k.measure == f["measure"]]
        assert twin and all(k.copies == (label[f["doc"]],) for k in twin)
        assert f"also in its copy {label[f['doc']]}" in html


def test_source_matrix_flags_single_source(html: str, export: dict[str, Any]) -> None:
    singles = sum(1 for e in export["events"] if e["single_source"])
    matrix = html.split('class="matrix"', 1)[1].split("</table>", 1)[0]
    assert matrix.count('<tr class="single">') == singles
    # columns are sources (outlets, or an article with its copies), never one per document
    assert matrix.count('class="hit"') == sum(len(e["sources"]) for e in export["events"])


def test_who_is_who_attaches_quotes(html: str) -> None:
    people = html.split('id="people"', 1)[1].split("</section>", 1)[0]
    assert "Kassym-Jomart Tokayev" in people
    assert people.count("<q>") > 10


def test_write_report(tmp_path: Path, export: dict[str, Any]) -> None:
    out = write_report(export, tmp_path / "sub" / "report.html")
    assert out.exists() and out.read_text(encoding="utf-8").startswith("<!doctype html>")


def test_empty_export_renders() -> None:
    out = render_report({})
    assert "No dated events." in out and "No figure claims." in out


def test_assets_refuse_unsafe_inline() -> None:
    with pytest.raises(ValueError):
        _inline_safe("var a='</script>'", "x.js")


def test_safe_url_only_http() -> None:
    assert safe_url("https://example.org/a") == "https://example.org/a"
    assert safe_url(" javascript:alert(1)") is None
    assert safe_url("data:text/html,x") is None


@given(st.integers(min_value=0, max_value=10**9))
def test_number_round_trips(n: int) -> None:
    assert int(number(n).replace(",", "")) == n


@given(st.integers(0, 10**6), st.integers(0, 10**6))
def test_value_range(a: int, b: int) -> None:
    lo, hi = min(a, b), max(a, b)
    out = value_range(lo, hi)
    assert out == number(lo) if lo == hi else out == f"{number(lo)}–{number(hi)}"


def test_figure_value_words() -> None:
    assert figure_value({"value": 164, "qualifier": "at_least"}) == "at least 164"
    assert (
        figure_value({"value": None, "low": 24, "high": 99, "qualifier": "vague", "vague": True})
        == "vague (24–99)"
    )


@st.composite
def text_and_marks(draw: Any) -> tuple[str, list[Mark]]:
    text = draw(st.text(min_size=0, max_size=80))
    n = len(text)
    marks = []
    for i in range(draw(st.integers(0, 6))):
        a = draw(st.integers(0, n))
        b = draw(st.integers(0, n))
        kind = draw(st.sampled_from(["figure", "quote", "event", "entity"]))
        marks.append(Mark(min(a, b), max(a, b), kind, f"t{i}", f"a{i}", f"l{i}"))
    return text, marks


@settings(max_examples=200)
@given(text_and_marks())
def test_pieces_cover_text_and_respect_marks(data: tuple[str, list[Mark]]) -> None:
    text, marks = data
    ps = pieces(text, 0, len(text), marks)
    assert "".join(p.text for p in ps) == text
    at = 0
    for p in ps:
        covering = [
            m for m in marks if m.start <= at and m.end >= at + len(p.text) and m.end > m.start
        ]
        assert (p.target is None) == (not covering)
        if covering:
            shortest = min(m.end - m.start for m in covering)
            assert p.target in {m.target for m in covering if m.end - m.start == shortest}
        at += len(p.text)
    for m in marks:
        if m.end > m.start:
            assert sum(m.anchor in p.anchors for p in ps) == 1


@settings(max_examples=200)
@given(
    st.text(max_size=60),
    st.lists(
        st.tuples(
            st.integers(0, 70),
            st.integers(0, 70),
            st.sampled_from(["body", "boilerplate", "comments"]),
        ),
        max_size=5,
    ),
)
def test_blocks_never_drop_text(text: str, segs: list[tuple[int, int, str]]) -> None:
    segments = [{"start": min(a, b), "end": max(a, b), "kind": k} for a, b, k in segs]
    out = blocks(text, segments, [])
    assert "".join(p.text for b in out for p in b.pieces) == text
