"""The static situation report: self-contained, escaped, linked both ways, complete."""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markupsafe import escape

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


# -- the summary -------------------------------------------------------------------------------


def _section(html: str, ident: str) -> str:
    return html.split(f'<section id="{ident}">', 1)[1].split("</section>", 1)[0]


def test_summary_comes_first_and_every_item_links_to_the_record(
    html: str, parsed: Collect, export: dict[str, Any]
) -> None:
    main = html.split("<main>", 1)[1]
    assert main.lstrip().startswith('<section id="summary">')
    summary = _section(html, "summary")
    targets = re.findall(r'href="#([^"]+)"', summary)
    assert targets and all(t in parsed.ids for t in targets)
    # main events: each links to its card and to its evidence (a span in a document)
    items = summary.split('<ol class="main-events">', 1)[1].split("</ol>", 1)[0].split("<li>")[1:]
    assert 1 <= len(items) <= 8
    events = {anchor("ev", e["id"]) for e in export["events"]}
    for item in items:
        links = re.findall(r'href="#([^"]+)"', item)
        assert links[0] in events
        assert any(a.startswith("src-") for a in links[1:])
    # key figures name the range of what is claimed and link to their claim group
    figures = summary.split('<ul class="key-figures">', 1)[1].split("</ul>", 1)[0]
    assert "Killed" in figures and "claims range" in figures
    groups = {anchor("group", g["id"]) for g in export["claim_groups"]}
    assert set(re.findall(r'<li><a href="#([^"]+)"', figures)) <= groups
    assert "rest on a single source" in summary


def test_summary_ranks_the_deadly_and_the_decisions_above_statements() -> None:
    from sitrep.report.salience import event_weight

    base = {"type": "statement", "date": "2024-07-19", "corroboration": 3, "mentions": [{}] * 3}
    killing = {**base, "type": "killing", "fatalities": 40}
    curfew = {**base, "type": "state_of_emergency"}
    background = {**killing, "date": "2024-01-01/2024-06-30"}
    assert event_weight(killing) > event_weight(curfew) > event_weight(base)
    assert event_weight(background) < event_weight(killing)
    more = {**base, "corroboration": 9}
    assert event_weight(more) > event_weight(base)
    # a resolver's own score, when the store has one, decides alone
    assert event_weight({**base, "salience": 99.0}) == 99.0
    assert event_weight({**killing, "relevance": 0.1}) == 0.1


@given(st.dates(max_value=date(9980, 12, 31)), st.integers(min_value=0, max_value=4000))
def test_date_span_of_a_range(day: Any, days: int) -> None:
    from datetime import timedelta

    from sitrep.report.salience import date_span_days

    last = day + timedelta(days=days)  # at most 9991-12-14: inside the calendar
    assert date_span_days(f"{day.isoformat()}/{last.isoformat()}") == days + 1
    assert date_span_days(day.isoformat()) == 1
    assert date_span_days(day.isoformat()[:7]) >= 28


@given(st.text(max_size=30))
def test_date_span_never_raises(text: str) -> None:
    from sitrep.report.salience import date_span_days

    assert date_span_days(text) is None or date_span_days(text) >= 1


def test_vague_background_is_not_on_top_of_the_timeline(export: dict[str, Any]) -> None:
    vague = {
        **export["events"][0],
        "id": "EV-vague",
        "date": "2019-01-01/2019-12-31",
    }
    view = build_view({**export, "events": [vague, *export["events"]]})
    assert "EV-vague" not in {e.id for e in view.events}
    assert [e.id for e in view.background_events] == ["EV-vague"]
    html = render_report({**export, "events": [vague, *export["events"]]})
    timeline = _section(html, "timeline")
    assert timeline.index('id="background"') > timeline.index(
        anchor("ev", export["events"][0]["id"])
    )


def test_map_opens_on_the_weightiest_region_and_names_its_places() -> None:
    from sitrep.report.mapdata import map_focus

    spots = [
        {"lat": 30.0, "lon": 31.2, "weight": 40},
        {"lat": 31.2, "lon": 29.9, "weight": 6},
        {"lat": 38.9, "lon": -77.0, "weight": 3},  # a statement in Washington
    ]
    assert map_focus(spots) == [[30.0, 29.9], [31.2, 31.2]]
    assert map_focus([]) is None


def test_map_data_labels_the_weightiest_spots(export: dict[str, Any]) -> None:
    spots = build_view(export).map_data["spots"]
    assert spots and spots[0]["label"]
    weights = [s["weight"] for s in spots]
    assert weights == sorted(weights, reverse=True)


# -- outlets and the matrix --------------------------------------------------------------------


def test_outlet_views_say_what_each_outlet_reported(export: dict[str, Any]) -> None:
    from sitrep.report.outlets import UNKNOWN, outlet_views

    view = build_view(export)
    outlets = outlet_views(view)
    named = {d["outlet"] for d in export["documents"] if d["outlet"]}
    assert named <= {o.name for o in outlets}
    every = (*view.events, *view.background_events, *view.undated_events)
    for o in outlets:
        if not o.known:
            continue
        mine = {d.id for d in view.documents if d.outlet == o.name}
        assert {e.id for e in o.events} == {e.id for e in every if e.docs & mine}
        assert o.only_here <= {e.anchor for e in o.events}
    assert any(o.events for o in outlets if o.known)
    # an outlet's disagreements set its claims against another source's
    disagreeing = [d for o in outlets for d in o.disagreements if o.name != UNKNOWN]
    for d in disagreeing:
        assert d.own and d.others
        assert all(f.outlet != d.own[0].outlet for f in d.others)


def test_outlet_section_is_rendered(html: str, export: dict[str, Any]) -> None:
    outlets = _section(html, "outlets")
    for d in export["documents"]:
        if d["outlet"]:
            assert str(escape(d["outlet"])) in outlets


def test_matrix_never_grows_past_its_columns() -> None:
    from sitrep.report.outlets import MATRIX_COLUMNS, MATRIX_ROWS

    docs = [
        {"id": f"d{i}", "text": "Troops fired on protesters.", "outlet": f"Outlet {i}"}
        for i in range(40)
    ]
    events = [
        {
            "id": f"E{i}",
            "type": "protest",
            "date": f"2024-07-{1 + i % 28:02d}",
            "sources": [f"Outlet {(i + k) % 40}" for k in range(3)],
            "corroboration": 3,
            "mentions": [{"doc": f"d{(i + k) % 40}", "start": 0, "end": 5} for k in range(3)],
        }
        for i in range(200)
    ]
    html = render_report({"documents": docs, "events": events})
    matrix = _section(html, "matrix")
    header = matrix.split("</thead>", 1)[0]
    assert header.count('<th class="col"') == MATRIX_COLUMNS
    assert "Other sources" in header
    assert matrix.count("<tr class=") == MATRIX_ROWS


# -- paging ------------------------------------------------------------------------------------


def _markup(page: Path) -> str:
    """A page as the browser shows it: with its packed main part put in place."""
    from sitrep.report.compact import unpack_text

    text = page.read_text(encoding="utf-8")
    packed = re.search(r'<script type="application/json" id="sitrep-main">(.*?)</script>', text)
    if not packed:
        return text
    main = unpack_text(json.loads(packed.group(1)))
    return text.replace('<main data-packed="1">', f"<main>{main}", 1)


def _ids_of(page: Path) -> set[str]:
    from sitrep.report.compact import unpack

    text = _markup(page)
    p = Collect()
    p.feed(text)
    ids = set(p.ids)
    for attrs, body in p.scripts:
        if attrs.get("id") == "sitrep-docs":
            for doc_anchor, _, blocks_ in unpack(json.loads(body))["d"]:
                ids.add(doc_anchor)
                for _, pieces_ in blocks_:
                    ids.update(a for piece in pieces_ for a in piece[4:])
    return ids


def test_paged_report_links_resolve_across_pages(tmp_path: Path, export: dict[str, Any]) -> None:
    index = write_report(export, tmp_path / "report.html", paged=True)
    folder = tmp_path / "report"
    pages = [index, *sorted(folder.glob("*.html"))]
    kinds = {p.name.split("-")[0] for p in pages[1:]}
    assert {"figures", "timeline", "people", "places", "documents", "outlet"} <= kinds
    ids = {p: _ids_of(p) for p in pages}
    checked = 0
    for page in pages:
        text = _markup(page)
        assert "http://" not in text.split("<body>", 1)[0] and 'src="http' not in text
        markup = re.sub(r"<script\b.*?</script>", "", text, flags=re.S)
        for href in re.findall(r'href="([^"#]*)#([^"]*)"', markup):
            target = (page.parent / href[0]).resolve() if href[0] else page
            assert target.exists(), href
            assert href[1] in ids[target], (page.name, href)
            checked += 1
    assert checked > 500
    # a fact links to its evidence on a documents page, and the text links back to the fact
    view = build_view(export)
    fig = next(f for _, gs in view.measures for g in gs for f in g.figures if f.sources)
    figures_page = next(p for p in pages if fig.anchor in ids[p])
    src = fig.sources[0].anchor
    assert any(src in ids[p] for p in pages if p.name.startswith("documents"))
    assert f"#{src}" in _markup(figures_page)


def test_documents_payload_round_trips_the_text(export: dict[str, Any]) -> None:
    from sitrep.report.compact import pack, payload, unpack

    docs = build_view(export).documents
    data = unpack(pack(payload(docs, lambda a: f"x.html#{a}")))
    for d, (doc_anchor, text, blocks_) in zip(docs, data["d"], strict=True):
        assert doc_anchor == d.anchor and text == d.text
        size = sum(p[0] for _, ps in blocks_ for p in ps)
        assert size == len(d.text.encode("utf-16-le")) // 2
    assert all(h.startswith("x.html#") for h in data["h"])


def test_astral_characters_keep_the_cuts_in_place() -> None:
    from sitrep.report.compact import payload

    text = "🔥 Fire 🔥 in Lagos: 12 dead."
    export = {
        "documents": [{"id": "d1", "text": text}],
        "figures": [
            {
                "id": "F1",
                "doc": "d1",
                "measure": "killed",
                "value": 12,
                "quote": "12 dead",
                "evidence": [{"doc": "d1", "start": text.index("12"), "end": len(text) - 1}],
            }
        ],
    }
    doc = build_view(export).documents[0]
    data = payload([doc], lambda a: "#" + a)
    pieces_ = data["d"][0][2][0][1]
    js = text.encode("utf-16-le")
    at = 0
    for p in pieces_:
        part = js[2 * at : 2 * (at + p[0])].decode("utf-16-le")
        if len(p) > 1 and p[1] >= 0:
            assert part == "12 dead"
        at += p[0]


def test_a_large_store_pages_by_itself(
    tmp_path: Path, export: dict[str, Any], monkeypatch: Any
) -> None:
    from sitrep.report import pages

    one = write_report(export, tmp_path / "small" / "report.html")
    assert not (tmp_path / "small" / "report").exists() and one.exists()
    monkeypatch.setattr(pages, "SINGLE_FILE_CHARS", 1000)
    write_report(export, tmp_path / "large" / "report.html")
    assert (tmp_path / "large" / "report" / "timeline-001.html").exists()


def test_a_key_figure_gives_the_range_of_numbers_the_most_given_and_the_latest() -> None:
    from sitrep.report.summary import summarise

    def claim(n: int, doc: str, value: int | None, as_of: str, **kw: Any) -> dict[str, Any]:
        return {
            "id": f"F{n}",
            "doc": doc,
            "measure": "killed",
            "value": value,
            "as_of": as_of,
            "quote": f"claim {n}",
            **kw,
        }

    docs = [{"id": f"d{i}", "text": "x", "outlet": f"Outlet {i}"} for i in range(4)]
    figures = [
        claim(1, "d0", 26, "2031-05-02"),
        claim(2, "d1", 26, "2031-05-03"),
        claim(3, "d2", None, "2031-05-04", low=24, high=99, qualifier="vague", text="dozens"),
        claim(4, "d3", 164, "2031-05-05", qualifier="at_least"),
    ]
    group = {"id": "G1", "measure": "killed", "figures": [f["id"] for f in figures], "low": 164}
    view = build_view({"documents": docs, "figures": figures, "claim_groups": [group]})
    (k,) = summarise(view).figures
    assert k.range == "26–164" and k.vague == ("dozens",)
    assert k.quoted.value == "26" and k.quoted_sources == 2  # a number two outlets give
    assert k.latest.value == "at least 164"
    assert k.claims == 4 and k.sources == 4


def test_a_who_is_who_page_holds_a_bounded_number_of_quotes(export: dict[str, Any]) -> None:
    from sitrep.report import pages

    view = build_view(export)
    planned, _ = pages.plan(view, paged=True)
    people = [p for p in planned if p.kind == "people"]
    for p in people:
        held = sum(1 + len(e.quotes) for e in p.view.people)
        assert len(p.view.people) == 1 or held <= pages.QUOTES_PER_PAGE
    assert sum(len(p.view.people) for p in people) == len(view.people)
    assert [e.id for p in people for e in p.view.people] == [e.id for e in view.people]


@pytest.mark.parametrize("paged", [False, True])
def test_the_report_is_the_same_without_the_sections_it_never_reads(
    export: dict[str, Any], tmp_path: Path, paged: bool
) -> None:
    """`sitrep report` builds its export without the mention lists (most of a large
    store's export): the report must not change, single file or paged."""
    from sitrep.report.html import NOT_READ, write_report

    full = {
        **export,  # the mention lists a store's export has (the fixture is made from gold)
        "event_mentions": [m for e in export["events"] for m in e.get("mentions") or ()],
        "entity_mentions": [v for e in export["entities"] for v in e.get("evidence") or ()],
        "times": [{**f["evidence"][0], "value": f.get("as_of")} for f in export["figures"]],
    }
    assert all(full[k] for k in NOT_READ)
    slim = {k: v for k, v in full.items() if k not in NOT_READ}
    built = {}
    for name, part in (("full", full), ("slim", slim)):
        index = write_report(part, tmp_path / name / "report.html", paged=paged)
        files = [index, *sorted(index.with_suffix("").glob("*.html"))]
        built[name] = {f.relative_to(tmp_path / name): f.read_bytes() for f in files}
    assert len(built["full"]) > (2 if paged else 0)
    assert built["slim"] == built["full"]
