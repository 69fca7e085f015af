"""Tests for sitrep.ingest.readers: every format, and every kind of bad input."""

from __future__ import annotations

import codecs
import email.utils
import gzip
import hashlib
import io
import os
import tempfile
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from sitrep.ingest.formats import binary_reason, decode_text, human_size, normalise_date
from sitrep.ingest.readers import ReadError, read_paths
from sitrep.records import Document

ROOT = Path(__file__).resolve().parent.parent
FIX = ROOT / "tests" / "fixtures" / "readers"
EXAMPLE_DOCS = ROOT / "examples" / "kazakhstan-2022" / "docs"


def read(*paths: str | Path, **kw: int) -> list[Document | ReadError]:
    return list(read_paths(list(paths), **kw))


def docs(results: list[Document | ReadError]) -> list[Document]:
    return [r for r in results if isinstance(r, Document)]


def errors(results: list[Document | ReadError]) -> list[ReadError]:
    return [r for r in results if isinstance(r, ReadError)]


# ---- plain text -------------------------------------------------------------------------


def test_example_articles_are_read_exactly() -> None:
    results = read(EXAMPLE_DOCS)
    assert errors(results) == []
    got = docs(results)
    files = sorted(EXAMPLE_DOCS.glob("*.txt"))
    assert [d.id for d in got] == [f.stem for f in files]
    for doc, file in zip(got, files, strict=True):
        raw = file.read_bytes().decode("utf-8")
        assert doc.text == raw  # offsets into the file stay valid
        assert doc.format == "txt" and doc.segments == ()
        assert doc.source == str(file)
        assert doc.content_hash == hashlib.sha256(raw.encode("utf-8")).hexdigest()


def test_corpus_root_skips_gold_and_sources_files() -> None:
    results = read(EXAMPLE_DOCS.parent)
    assert errors(results) == []
    assert {d.id for d in docs(results)} == {f.stem for f in EXAMPLE_DOCS.glob("*.txt")}


def test_crlf_kept_and_sidecar_metadata_filled() -> None:
    results = read(FIX / "note.txt")
    assert errors(results) == []
    (doc,) = docs(results)
    assert doc.text == (FIX / "note.txt").read_bytes().decode("utf-8")
    assert "\r\n\r\n" in doc.text
    assert (doc.title, doc.outlet, doc.author) == (
        "Tear gas in the old town",
        "Town Crier",
        "Sam Reyes",
    )
    assert doc.url == "https://crier.example/tear-gas"
    assert doc.published == "2023-03-18" and doc.published_basis == "sidecar metadata"


def test_sidecar_json_is_not_an_article(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Troops opened fire on the crowd, witnesses said.", "utf-8")
    (tmp_path / "a.json").write_text('{"published": "2022-01-05", "kind": "opinion"}', "utf-8")
    results = read(tmp_path, tmp_path / "a.json")
    assert errors(results) == []
    (doc,) = docs(results)
    assert doc.id == "a" and doc.kind == "opinion" and doc.published == "2022-01-05"


def test_broken_sidecar_keeps_the_article(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Troops opened fire on the crowd, witnesses said.", "utf-8")
    (tmp_path / "a.json").write_text('{"title": "x",', "utf-8")
    results = read(tmp_path / "a.txt")
    assert [d.id for d in docs(results)] == ["a"] and docs(results)[0].title is None
    (err,) = errors(results)
    assert err.source.endswith("a.json") and "sidecar" in err.reason


def test_utf16_and_utf32_with_bom_decode(tmp_path: Path) -> None:
    text = "Police said 12 people were detained in Almaty — “a provocation”, officials said.\n"
    for name, data in [
        ("le16", codecs.BOM_UTF16_LE + text.encode("utf-16-le")),
        ("be16", codecs.BOM_UTF16_BE + text.encode("utf-16-be")),
        ("le32", codecs.BOM_UTF32_LE + text.encode("utf-32-le")),
        ("sig8", codecs.BOM_UTF8 + text.encode("utf-8")),
        ("nobom16", text.encode("utf-16-le")),
    ]:
        (tmp_path / f"{name}.txt").write_bytes(data)
        (doc,) = read(tmp_path / f"{name}.txt")
        assert isinstance(doc, Document), (name, doc)
        assert doc.text == text, name


def test_legacy_encodings_and_invalid_utf8_do_not_crash(tmp_path: Path) -> None:
    latin = (
        "The café on the Place de la République was closed “until further notice”, police said.\n"
    )
    (tmp_path / "cp1252.txt").write_bytes(latin.encode("cp1252"))
    cyr = "Президент Токаев заявил, что протесты в Алматы были подавлены силами безопасности.\n"
    (tmp_path / "cp1251.txt").write_bytes(cyr.encode("cp1251"))
    (tmp_path / "broken.txt").write_bytes(
        b"Protesters gathered \xff\xfe\xc3( in the square on Monday.\n"
    )
    results = read(tmp_path)
    by_id = {d.id: d for d in docs(results)}
    assert by_id["cp1252"].text == latin
    assert by_id["cp1251"].text == cyr
    assert "in the square on Monday." in by_id["broken"].text
    assert errors(results) == []


# ---- HTML ------------------------------------------------------------------------------


def test_html_body_comments_and_metadata() -> None:
    (doc,) = read(FIX / "article.html")
    assert isinstance(doc, Document)
    assert doc.id == "article" and doc.format == "html"
    body, comments = doc.segments
    assert (body.kind, body.start) == ("body", 0) and comments.kind == "comments"
    assert doc.text == doc.text[: body.end] + "\n\n" + doc.text[comments.start :]
    assert comments.end == len(doc.text) and comments.start == body.end + 2
    body_text = doc.text[body.start : body.end]
    assert "At least 12 people were killed" in body_text
    assert "Internet access was cut" in body_text
    for chrome in ("Privacy policy", "Related stories", "All rights reserved", "Business"):
        assert chrome not in doc.text
    assert "nobody can afford to drive" in doc.text[comments.start :]
    assert "nobody can afford" not in body_text
    assert doc.title == "Troops deployed after fuel protests turn deadly"
    assert doc.author == "Amina Okafor" and doc.outlet == "The Harbour Times"
    assert doc.url == "https://harbour-times.example/world/2023/03/14/troops-deployed"
    assert doc.published == "2023-03-14" and doc.published_basis == "html metadata"
    assert doc.raw == (FIX / "article.html").read_text("utf-8")
    assert "          " not in doc.body_text()[: body.end]


def test_html_date_never_from_comments(tmp_path: Path) -> None:
    page = (FIX / "article.html").read_text("utf-8")
    head_end = page.index("</head>")
    no_meta = page[: page.index('<meta property="article:published_time"')] + page[head_end:]
    (tmp_path / "p.html").write_text(no_meta, "utf-8")
    (doc,) = read(tmp_path / "p.html")
    assert isinstance(doc, Document)
    assert doc.published is None  # the comments carry 2021-05-02; that is not the article's date


def test_html_without_body() -> None:
    (err,) = read(FIX / "nobody.html")
    assert err == ReadError(str(FIX / "nobody.html"), "no article text found in the HTML")


def test_html_legacy_charset_declared_in_meta(tmp_path: Path) -> None:
    html = (
        '<html><head><meta charset="windows-1252"><title>Caf\u00e9</title></head><body><article>'
        "<p>Police cleared the caf\u00e9 terraces on the R\u00e9publique square on Sunday, "
        "and \u201cat least 30\u201d people were detained, the prefecture said in a statement.</p>"
        "<p>Protesters had gathered there since Friday to denounce the pension reform.</p>"
        "</article></body></html>"
    )
    (tmp_path / "x.htm").write_bytes(html.encode("cp1252"))
    (doc,) = read(tmp_path / "x.htm")
    assert isinstance(doc, Document) and "\u201cat least 30\u201d" in doc.text


def test_content_sniffing_for_unknown_extensions(tmp_path: Path) -> None:
    page = (FIX / "article.html").read_text("utf-8")
    (tmp_path / "saved_page").write_text(page, "utf-8")
    (tmp_path / "notes.md").write_text("# Day 3\nCurfew imposed in the capital.\n", "utf-8")
    (tmp_path / "feed.xml").write_bytes((FIX / "feed.rss").read_bytes())
    results = read(tmp_path)
    assert errors(results) == []
    fmt = {d.id: d.format for d in docs(results)}
    assert fmt == {"saved_page": "html", "notes": "txt", "feed-1": "rss", "feed-2": "rss"}


def test_gzipped_html(tmp_path: Path) -> None:
    (tmp_path / "a.html.gz").write_bytes(gzip.compress((FIX / "article.html").read_bytes()))
    (doc,) = read(tmp_path / "a.html.gz")
    assert isinstance(doc, Document) and doc.id == "a" and doc.published == "2023-03-14"


# ---- JSONL -----------------------------------------------------------------------------


def test_jsonl_good_and_bad_lines() -> None:
    path = FIX / "articles.jsonl"
    results = read(path)
    got = docs(results)
    assert [d.id for d in got] == ["wire-001", "articles-2", "wire-004"]
    assert [d.source for d in got] == [f"{path}:1", f"{path}:2", f"{path}:4"]
    first, second, third = got
    assert (
        first.text == "Authorities imposed a night-time curfew in the capital on Wednesday.\n"
        "Shops were ordered to close by 8 pm."
    )
    assert (first.title, first.outlet, first.author, first.url, first.published) == (
        "Curfew imposed in the capital",
        "Wire Example",
        "Li Wei",
        "https://wire.example/a1",
        "2023-03-15",
    )
    assert second.published == "2023-03-16" and second.published_basis == "jsonl metadata"
    assert third.format == "jsonl" and third.segments[0].kind == "body"
    assert (
        third.text.startswith("The government and protest leaders met")
        and third.published == "2023-03-17"
    )
    assert "<p>" in (third.raw or "")
    assert [e.source for e in errors(results)] == [f"{path}:3", f"{path}:6", f"{path}:7"]
    assert "not valid JSON" in errors(results)[0].reason


def test_jsonl_overlong_line_is_skipped_alone(tmp_path: Path) -> None:
    path = tmp_path / "dump.ndjson"
    long_line = '{"text": "' + "x" * 5000 + '"}'
    path.write_text(
        f'{{"text": "Short report one."}}\n{long_line}\n{{"text": "Short report two."}}\n', "utf-8"
    )
    results = read(path, max_bytes=1000)
    assert [d.text for d in docs(results)] == ["Short report one.", "Short report two."]
    (err,) = errors(results)
    assert err.source == f"{path}:2" and err.reason.startswith("too large: 5 kB")


# ---- feeds -----------------------------------------------------------------------------


def test_rss_feed() -> None:
    results = read(FIX / "feed.rss")
    assert errors(results) == []
    first, second = docs(results)
    assert (first.id, first.source, first.format) == ("feed-1", f"{FIX / 'feed.rss'}#1", "rss")
    assert first.title == "Curfew extended for a second week" and first.author == "Amina Okafor"
    assert first.url == "https://harbour-times.example/world/curfew-extended"
    assert first.published == "2023-03-21"  # the outlet's local date, not UTC (22 March)
    assert first.published_basis == "feed metadata" and first.outlet == "Harbour Times - World"
    assert "More than 400 people have been detained" in first.text and "<p>" not in first.text
    assert second.text.startswith("The government reversed the fuel price rise")


def test_atom_feed() -> None:
    first, second = read(FIX / "feed.atom")
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.author == "Tomas Lindqvist" and first.outlet == "Coastal Monitor"
    assert first.published == "2023-03-23" and "At least 19 people" in first.text
    assert second.published == "2023-03-24"  # no <published>: the <updated> date
    assert (
        second.text == "The two main ports reopened on Friday morning.\n"
        "Cargo traffic is expected to resume within days."
    )


def test_xml_that_is_not_a_feed(tmp_path: Path) -> None:
    (tmp_path / "data.xml").write_text(
        '<?xml version="1.0"?><catalog><book id="1"/></catalog>', "utf-8"
    )
    (err,) = read(tmp_path / "data.xml")
    assert isinstance(err, ReadError) and "neither an RSS/Atom feed nor an HTML page" in err.reason


# ---- WARC ------------------------------------------------------------------------------


def _write_warc(path: Path, *, gz: bool) -> None:
    html = (FIX / "article.html").read_bytes()
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gz)

        def response(url: str, status: str, ctype: str, payload: bytes) -> None:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=io.BytesIO(payload), http_headers=headers
                )
            )

        writer.write_record(
            writer.create_warc_record(
                "https://a.example/1", "request", payload=io.BytesIO(b"GET /1 HTTP/1.1\r\n\r\n")
            )
        )
        response("https://a.example/1", "200 OK", "text/html; charset=utf-8", html)
        response("https://a.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n....")
        response(
            "https://a.example/gone",
            "404 Not Found",
            "text/html",
            b"<html><body><p>Not found</p></body></html>",
        )
        response(
            "https://a.example/2", "200 OK", "text/html", html.replace(b"Maraval", b"Porto Bello")
        )


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    _write_warc(path, gz=name.endswith(".gz"))
    results = read(path)
    assert errors(results) == []
    first, second = docs(results)
    assert (first.id, first.source, first.format) == ("crawl-2", f"{path}#2", "warc")
    assert first.url == "https://a.example/1" and second.url == "https://a.example/2"
    assert second.id == "crawl-5" and "Porto Bello" in second.text
    assert first.published == "2023-03-14" and first.segments[-1].kind == "comments"
    assert first.raw is not None and first.raw.startswith("<!DOCTYPE html>")


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_truncated_warc(tmp_path: Path, name: str) -> None:
    whole = tmp_path / name
    _write_warc(whole, gz=name.endswith(".gz"))
    data = whole.read_bytes()
    cut = tmp_path / f"cut-{name}"
    cut.write_bytes(data[: len(data) - 600])  # the last record loses its end
    results = read(cut)
    assert [d.id for d in docs(results)] == ["cut-crawl-2"]
    (err,) = errors(results)
    assert isinstance(results[-1], ReadError) and err.source == f"{cut}#record 5"
    assert "truncated" in err.reason and "1 article(s) before it were read" in err.reason


def test_corrupt_warc_and_non_warc(tmp_path: Path) -> None:
    whole = tmp_path / "c.warc"
    _write_warc(whole, gz=False)
    data = whole.read_bytes()
    second = data.index(b"WARC/1", 10)
    (tmp_path / "bad.warc").write_bytes(data[:second] + b"garbage line\r\n\r\n" + data[second:])
    (tmp_path / "text.warc").write_text("just some text\n", "utf-8")
    results = read(tmp_path / "bad.warc", tmp_path / "text.warc")
    bad, text = errors(results)
    assert "damaged at record 2" in bad.reason
    assert text.reason.startswith("not a WARC file")


# ---- bad input -------------------------------------------------------------------------


def test_empty_file(tmp_path: Path) -> None:
    (tmp_path / "e.txt").write_bytes(b"")
    (tmp_path / "s.txt").write_bytes(b"  \n\n")
    (tmp_path / "e.jsonl").write_bytes(b"")
    results = read(tmp_path / "e.txt", tmp_path / "s.txt", tmp_path / "e.jsonl")
    assert [r.reason for r in errors(results)] == [
        "empty file",
        "no text: the file holds only whitespace",
        "empty file",
    ]


def test_binary_files(tmp_path: Path) -> None:
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "blob").write_bytes(os.urandom(2048))
    (tmp_path / "zeros.txt").write_bytes(b"text\x00\x00\x01\x02\x00then more \x00")
    results = read(tmp_path / "photo.txt", tmp_path / "blob", tmp_path / "zeros.txt")
    reasons = [r.reason for r in results]
    assert reasons[0] == "not text: binary file (PNG image)"
    assert all(r.startswith("not text: binary file") for r in reasons)


def test_too_large_with_small_limit(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text("word " * 300, "utf-8")
    (err,) = read(tmp_path / "big.txt", max_bytes=1000)
    assert err == ReadError(
        str(tmp_path / "big.txt"), "too large: 1.5 kB, the limit for one article is 1 kB"
    )


def test_fifty_megabyte_file_is_refused_without_reading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(52_400_000)  # sparse: a real 52.4 MB file without writing 52 MB

    def never(self: Path, *args: object, **kwargs: object) -> bytes:
        raise AssertionError(f"read {self}")

    monkeypatch.setattr(Path, "read_bytes", never)
    (err,) = read(path)
    assert err.reason == "too large: 52.4 MB, the limit for one article is 20 MB"


def test_missing_path_and_empty_directory(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "pics").mkdir()
    (tmp_path / "pics" / "a.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "pics" / ".hidden.txt").write_text("Hidden file, not an article.", "utf-8")
    results = read(
        tmp_path / "nope.txt", tmp_path / "empty", tmp_path / "pics", tmp_path / "*.none"
    )
    assert [type(r) for r in results] == [ReadError] * 4
    missing, empty, pics, pattern = results
    assert missing == ReadError(str(tmp_path / "nope.txt"), "no such file or directory")
    assert empty.source == str(tmp_path / "empty") and "no readable article files" in empty.reason
    assert pics.source == str(tmp_path / "pics") and "2 file(s) skipped" in pics.reason
    assert pattern.reason == "no files match this pattern"


def test_same_file_read_once(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Soldiers patrolled the streets on Friday.", "utf-8")
    (tmp_path / "link.txt").symlink_to(path)
    results = read(
        path,
        str(path),
        tmp_path / "." / "a.txt",
        tmp_path,
        tmp_path / "*.txt",
        tmp_path / "link.txt",
    )
    assert errors(results) == []
    assert [d.id for d in docs(results)] == ["a"]


def test_directory_recursion_is_sorted(tmp_path: Path) -> None:
    for rel in ["b/2.txt", "a/z.txt", "a/sub/1.txt", "c.txt", ".git/x.txt"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(f"Report {rel} says protests continued.", "utf-8")
    got = [Path(d.source).relative_to(tmp_path).as_posix() for d in docs(read(tmp_path))]
    assert got == ["a/sub/1.txt", "a/z.txt", "b/2.txt", "c.txt"]


def test_one_bad_file_does_not_stop_the_rest(tmp_path: Path) -> None:
    (tmp_path / "1.txt").write_bytes(b"")
    (tmp_path / "2.txt").write_text("Curfew lifted in the capital.", "utf-8")
    (tmp_path / "3.html").write_text("<html><body><nav>Home</nav></body></html>", "utf-8")
    (tmp_path / "4.txt").write_text("Internet restored on Monday.", "utf-8")
    results = read(tmp_path)
    assert [getattr(r, "id", None) for r in results] == [None, "2", None, "4"]


# ---- properties ------------------------------------------------------------------------


@given(
    st.text(st.characters(blacklist_characters="\x00"), min_size=1),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]),
)
def test_decode_round_trips_unicode_with_bom_or_utf8(text: str, encoding: str) -> None:
    data = text.encode(encoding, errors="surrogatepass")
    try:
        expected = data.decode(encoding)
    except UnicodeDecodeError:
        return  # lone surrogates: not valid text in any encoding
    assert decode_text(data).text == expected


@given(st.binary(max_size=4096))
def test_decode_never_raises(data: bytes) -> None:
    decoded = decode_text(data)
    assert isinstance(decoded.text, str)
    binary_reason(data)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.binary(max_size=2048),
    st.sampled_from(["a.txt", "a.html", "a.jsonl", "a.rss", "a.warc", "a"]),
)
def test_read_paths_never_raises(data: bytes, name: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        for result in read_paths([path]):
            assert isinstance(result, Document | ReadError)
            if isinstance(result, ReadError):
                assert result.reason and "\n" not in result.reason


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
    st.integers(min_value=-12, max_value=14),
    st.integers(0, 23),
)
def test_dates_keep_the_written_day(day: date, offset: int, hour: int) -> None:
    moment = datetime(day.year, day.month, day.day, hour, tzinfo=timezone(timedelta(hours=offset)))
    assert normalise_date(moment.isoformat()) == day.isoformat()
    assert normalise_date(email.utils.format_datetime(moment)) == day.isoformat()
    assert normalise_date(day.isoformat()) == day.isoformat()


@given(st.integers(min_value=0, max_value=10**12))
def test_human_size_is_close(n: int) -> None:
    number, unit = human_size(n).split(" ")
    scale = {"bytes": 1, "kB": 1e3, "MB": 1e6, "GB": 1e9}[unit]
    assert abs(float(number) * scale - n) <= 0.05 * scale + 1


def test_jsonl_common_date_field_names_and_empty_text(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_text(
        '{"id": "a", "time": "2011-03-19", '
        '"text": "Coalition aircraft struck targets near Benghazi."}\n'
        '{"id": "b", "time": "2011-03-19", "text": ""}\n',
        encoding="utf-8",
    )
    good, bad = read(path)
    assert good.published == "2011-03-19" and good.published_basis == "jsonl metadata"
    assert bad.reason == 'skipped: the "text"/"html" field is empty' and bad.skipped
