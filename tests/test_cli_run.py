"""`sitrep run` and `sitrep report` as a user meets them: a clear error on a missing path, a
summary line, a progress bar that knows its total and stops, a report titled once."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.progress import Progress

from sitrep.cli import _Bars, expected_inputs, main, run_summary


@pytest.fixture(scope="module")
def demo(tmp_path_factory, example_dir) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("demo")
    result = CliRunner().invoke(main, ["run", str(example_dir / "docs"), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    return out, result.output


def test_a_run_ends_with_one_line_of_counts(demo):
    _, output = demo
    last = output.strip().splitlines()[-1]
    assert re.fullmatch(r"5 documents \(1 copy\), \d+ events, \d+ figures, \d+ conflicts?", last)


def test_run_summary_words():
    counts = {"documents": 1, "events": 0, "figures": 2, "conflicts": 1}
    assert run_summary(counts) == "1 document, 0 events, 2 figures, 1 conflict"
    assert run_summary({**counts, "documents": 9}, copies=3).startswith("9 documents (3 copies)")


def test_run_on_a_missing_path_is_an_error_and_writes_nothing(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(tmp_path / "no-such-folder"), "-o", str(out)])
    assert result.exit_code != 0
    assert "no-such-folder" in result.output and "nothing written" in result.output
    assert not out.exists()
    result = CliRunner().invoke(main, ["run", str(tmp_path / "*.nothing"), "-o", str(out)])
    assert result.exit_code != 0 and not out.exists()


def test_run_on_a_folder_without_articles_writes_no_empty_report(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(empty), "-o", str(out)])
    assert result.exit_code != 0 and "no articles found" in result.output
    assert not (out / "report.html").exists() and not (out / "sitrep.db").exists()


def test_report_takes_a_name_and_a_line_about_the_crisis(demo, tmp_path):
    out, _ = demo
    html_path = tmp_path / "r.html"
    args = ["report", "--db", str(out / "sitrep.db"), "-o", str(html_path)]
    result = CliRunner().invoke(
        main, [*args, "--name", "Steppe unrest", "--about", "Fuel protests"]
    )
    assert result.exit_code == 0, result.output
    html = html_path.read_text()
    assert "<h1>Steppe unrest — situation report</h1>" in html and "Fuel protests" in html


def test_a_store_without_a_name_is_titled_once(tmp_path, example_dir):
    db = tmp_path / "s.db"
    runner = CliRunner()
    doc = example_dir / "docs" / "004_57883842ce16fac2.txt"
    assert runner.invoke(main, ["ingest", str(doc), "--db", str(db)]).exit_code == 0
    html_path = tmp_path / "r.html"
    assert runner.invoke(main, ["report", "--db", str(db), "-o", str(html_path)]).exit_code == 0
    html = html_path.read_text()
    assert "<h1>Situation report</h1>" in html
    assert not re.search(r"situation report\W+situation report", html, re.IGNORECASE)


def test_the_input_is_counted_before_it_is_read(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("Floods hit the delta.")
    (folder / "a.json").write_text('{"title": "Floods"}')  # a sidecar: no article of its own
    (folder / "sub" / "b.html").write_text("<p>Curfew in the port.</p>")
    (folder / ".hidden.txt").write_text("not read")
    (folder / "wire.jsonl").write_text('{"text": "one"}\n{"text": "two"}\n{"text": "three"}\n')
    assert expected_inputs([str(folder)]) == 5
    assert expected_inputs([str(folder / "a.txt"), str(folder / "*.jsonl")]) == 4
    assert expected_inputs([str(tmp_path / "missing")]) is None


def test_bars_know_their_total_and_stop_when_their_stage_ends():
    progress = Progress(disable=True)
    bars = _Bars(progress, {"ingest": 3})
    bars("ingest", 1, 0)
    (ingest,) = progress.tasks
    assert ingest.total == 3 and not ingest.finished
    bars("ingest", 2, 0)
    bars("extract", 1, 4)  # the next stage begins: ingest's bar is done, its clock stopped
    ingest = progress.tasks[0]
    assert ingest.finished and ingest.stop_time is not None and ingest.total == 2
    bars.finish()
    assert all(t.finished and t.stop_time is not None for t in progress.tasks)
    more = _Bars(Progress(disable=True), {"ingest": 1})
    more("ingest", 5, 0)  # a feed held more articles than files: the total follows
    assert more.progress.tasks[0].total == 5


def test_the_exports_name_regions_and_keep_every_event(demo):
    import csv
    import json

    out, _ = demo
    with open(out / "events.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and any(r["admin1"] for r in rows)
    assert not any(r["admin1"].isdigit() for r in rows)  # names, not GeoNames codes
    geo = json.loads((out / "events.geojson").read_text(encoding="utf-8"))
    assert len(geo["features"]) == len(rows)
