"""Readers on hostile and broken input: each problem is reported, the files beside it read."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import os
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from sitrep.ingest.readers import ReadError, read_paths
from sitrep.records import Document

ARTICLE = (
    "Floodwaters rose across the province on Tuesday and at least 12 people were killed, "
    "the regional governor said. Rescue crews reached villages cut off by the river.\n"
)


def _read(*paths: Path) -> tuple[list[Document], list[ReadError]]:
    results = list(read_paths(paths))
    return (
        [r for r in results if isinstance(r, Document)],
        [r for r in results if isinstance(r, ReadError)],
    )


def _good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(ARTICLE, "utf-8")
    return path


@pytest.mark.parametrize("suffix", [".jsonl", ".json"])
def test_deeply_nested_json_is_one_error_naming_the_file(tmp_path: Path, suffix: str) -> None:
    bomb = tmp_path / f"nested{suffix}"
    good_line = json.dumps({"id": "ok", "text": ARTICLE})
    bomb.write_text("[" * 200_000 + "\n" + (good_line + "\n" if suffix == ".jsonl" else ""))
    documents, errors = _read(bomb, _good(tmp_path))
    assert {d.id for d in documents} == ({"ok", "good"} if suffix == ".jsonl" else {"good"})
    (error,) = errors
    assert error.source.startswith(str(bomb)) and "nested too deeply" in error.reason


def test_a_symlink_loop_is_reported_and_the_rest_read(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _good(folder)
    os.symlink(folder / "b", folder / "a")
    os.symlink(folder / "a", folder / "b")
    documents, errors = _read(folder)
    assert [d.id for d in documents] == ["good"]
    assert errors and all("symbolic link" in e.reason for e in errors)


def test_published_dates_out_of_range_are_rejected_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    soon = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    lines = [
        {"id": "far", "text": ARTICLE, "published": "9999-12-31"},
        {"id": "old", "text": ARTICLE + " ", "published": "0001-01-01"},
        {"id": "ok", "text": ARTICLE + "  ", "published": "2021-03-04"},
        {"id": "soon", "text": ARTICLE + "   ", "published": soon},
    ]
    path.write_text("".join(json.dumps(x) + "\n" for x in lines))
    documents, errors = _read(path)
    published = {d.id: d.published for d in documents}
    assert published == {"far": None, "old": None, "ok": "2021-03-04", "soon": soon}
    assert sorted(e.source for e in errors) == [f"{path}:1", f"{path}:2"]
    assert all("out of range" in e.reason and "ignored" in e.reason for e in errors)


def test_a_store_with_an_impossible_date_still_takes_undated_texts(tmp_path: Path) -> None:
    from sitrep import pipeline
    from sitrep.store import Store

    with Store(tmp_path / "s.db") as store:  # a store written before dates were checked
        from conftest import make_document

        store.add_document(
            make_document("far", ARTICLE.upper(), published="9999-12-31")  # type: ignore[call-arg]
        )
        summary = pipeline.ingest(store, [_good(tmp_path)])
        assert summary.failed == [] and store.has_document("good")


def test_empty_text_lines_are_skipped_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(
        json.dumps({"id": "x", "text": ""}) + "\n" + json.dumps({"id": "y", "text": ARTICLE}) + "\n"
    )
    documents, errors = _read(path)
    assert [d.id for d in documents] == ["y"]
    (error,) = errors
    assert error.source == f"{path}:1" and "empty" in error.reason and error.skipped


# ---- WARC cut at every point -------------------------------------------------------------


def _warc(path: Path, *, gz: bool) -> list[int]:
    """Three HTML responses; the byte offsets where records end."""
    page = (
        "<html><head><title>Floods</title></head><body><article>"
        + "".join(f"<p>{ARTICLE} Paragraph {n}.</p>" for n in range(6))
        + "</article></body></html>"
    ).encode()
    ends = []
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        for n in range(3):
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                f"https://news.example/{n}",
                "response",
                payload=io.BytesIO(page.replace(b"Floods", f"Floods {n}".encode())),
                http_headers=headers,
            )
            writer.write_record(record)
            ends.append(fh.tell())
    return ends


@pytest.mark.parametrize("gz", [False, True])
def test_a_warc_cut_anywhere_but_between_records_is_reported(tmp_path: Path, gz: bool) -> None:
    whole = tmp_path / ("w.warc.gz" if gz else "w.warc")
    ends = _warc(whole, gz=gz)
    data = whole.read_bytes()
    silent = []
    for cut in range(40, len(data), 23):
        part = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
        part.write_bytes(data[:cut])
        documents, errors = _read(part)
        boundary = cut in ends
        if not errors and not boundary:
            silent.append((cut, len(documents)))
    assert silent == []


# ---- smaller things ----------------------------------------------------------------------


def test_a_cut_atom_feed_is_reported_and_its_whole_entries_kept(tmp_path: Path) -> None:
    entries = "".join(
        f"<entry><title>Report {n}</title><id>urn:{n}</id><updated>2021-03-0{n}T10:00:00Z</updated>"
        f"<content type='text'>{ARTICLE} Entry {n}.</content></entry>"
        for n in range(1, 4)
    )
    feed = (
        "<?xml version='1.0' encoding='utf-8'?>"
        "<feed xmlns='http://www.w3.org/2005/Atom'><title>Wire</title>" + entries + "</feed>"
    )
    path = tmp_path / "wire.atom"
    path.write_text(feed[: feed.index("Entry 3") - 30], "utf-8")
    documents, errors = _read(path)
    assert len(documents) >= 2
    assert errors[-1].source == str(path) and "cut off or damaged" in errors[-1].reason


def test_an_unreadable_subdirectory_is_reported(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "in"
    (folder / "locked").mkdir(parents=True)
    _good(folder)
    locked = str(folder / "locked")
    real = os.scandir

    def scandir(path: str = ".") -> object:  # root reads every directory: deny one here
        if str(path) == locked:
            raise PermissionError(13, "Permission denied", locked)
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    documents, errors = _read(folder)
    assert [d.id for d in documents] == ["good"]
    (error,) = errors
    assert error.source == locked and "Permission denied" in error.reason


def test_deeply_nested_html_still_gives_its_text(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    path.write_text(
        "<html><body>"
        + "<div>" * 10_000
        + f"<p>{ARTICLE}</p>"
        + "</div>" * 10_000
        + "</body></html>"
    )
    documents, errors = _read(path)
    assert errors == []
    assert "Floodwaters rose" in documents[0].text


def test_gzipped_jsonl_bomb_is_bounded(tmp_path: Path) -> None:
    path = tmp_path / "z.jsonl.gz"
    with gzip.open(path, "wb") as fh:
        fh.write(b"[" * 3_000_000 + b"\n")
    documents, errors = _read(path)
    assert documents == [] and len(errors) == 1


def test_file_names_with_control_characters_are_printed_escaped(tmp_path: Path) -> None:
    import subprocess
    import sys

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "evil\x1b[2Jname\nsecond [red]line.txt").write_text(ARTICLE, "utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "sitrep.cli", "ingest", str(folder), "--db", str(tmp_path / "s.db")],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "COLUMNS": "300"},
    )
    assert run.returncode == 0, run.stderr
    assert "\x1b" not in run.stderr
    line = next(x for x in run.stderr.splitlines() if "evil" in x)
    assert "\\x1b[2Jname\\nsecond [red]line.txt" in line


def test_lone_surrogates_are_replaced_in_one_pass() -> None:
    import time

    from sitrep.ingest.formats import fix_surrogates

    assert fix_surrogates("curfew\ud800 in \udfffthe city") == "curfew\ufffd in \ufffdthe city"
    assert fix_surrogates("état d'urgence 😀") == "état d'urgence 😀"
    big = "The river rose overnight. " * 400_000  # 10 MB: a character loop took 3 s
    started = time.perf_counter()
    assert fix_surrogates(big) is big
    assert time.perf_counter() - started < 1.0
