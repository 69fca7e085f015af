"""The command line, end to end on the bundled example corpus and on bad input."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep.cli import main
from sitrep.store import Store


@pytest.fixture(scope="module")
def demo(tmp_path_factory, example_dir) -> Path:
    out = tmp_path_factory.mktemp("demo")
    result = CliRunner().invoke(main, ["run", str(example_dir / "docs"), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    return out


def test_run_writes_store_exports_and_report(demo):
    for name in ("sitrep.db", "sitrep.json", "events.csv", "events.geojson", "report.html"):
        assert (demo / name).stat().st_size > 0, name
    export = json.loads((demo / "sitrep.json").read_text())
    for section in ("documents", "figures", "events", "entities", "conflicts", "quotes"):
        assert section in export
    assert len(export["documents"]) == 5
    dup = {d["id"]: d["duplicate_of"] for d in export["documents"]}
    assert dup["001_f069c0dac730660c"] == "000_27d5219b858d2ab3"
    assert [k for k, v in dup.items() if v] == ["001_f069c0dac730660c"]


def test_every_extracted_item_points_at_its_words(demo):
    export = json.loads((demo / "sitrep.json").read_text())
    texts = {d["id"]: d["text"] for d in export["documents"]}
    items = [*export["figures"], *export["quotes"], *export["events"], *export["entities"]]
    assert items
    for item in items:
        assert item["evidence"], item
        for ev in item["evidence"]:
            assert 0 <= ev["start"] < ev["end"] <= len(texts[ev["doc"]])
    for quote in export["quotes"]:
        span = quote["evidence"][0]
        assert texts[span["doc"]][span["start"] : span["end"]] == quote["quote"]


def test_export_formats_from_the_store(demo, tmp_path):
    runner = CliRunner()
    db = str(demo / "sitrep.db")
    for fmt in ("json", "csv", "parquet", "geojson"):
        out = tmp_path / f"e.{fmt}"
        result = runner.invoke(main, ["export", "--db", db, "--format", fmt, "-o", str(out)])
        assert result.exit_code == 0, result.output
        assert out.stat().st_size > 0
    result = runner.invoke(main, ["export", "--db", db, "--format", "csv"])
    assert result.exit_code != 0 and "needs -o" in result.output


def test_reingesting_changes_nothing(demo, example_dir):
    db = demo / "sitrep.db"
    with Store(db) as store:
        before = store.counts()
    result = CliRunner().invoke(main, ["ingest", str(example_dir / "docs"), "--db", str(db)])
    assert result.exit_code == 0
    assert "5 unchanged" in result.output
    with Store(db) as store:
        assert store.counts() == before


def test_bad_inputs_are_reported_and_the_rest_is_kept(tmp_path, example_dir):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(example_dir / "docs" / "004_57883842ce16fac2.txt", folder / "good.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    db = tmp_path / "s.db"
    result = CliRunner().invoke(
        main, ["ingest", str(folder), str(tmp_path / "missing.txt"), "--db", str(db)]
    )
    assert result.exit_code == 1
    assert "empty.txt" in result.output and "image.txt" in result.output
    assert "missing.txt" in result.output
    assert "Traceback" not in result.output
    with Store(db) as store:
        assert store.document_ids() == ["good"]


def test_evaluate_prints_a_table(example_dir):
    result = CliRunner().invoke(main, ["evaluate", str(example_dir)])
    assert result.exit_code == 0, result.output
    for section in ("duplicates", "figures", "quotes", "events", "entities", "conflicts"):
        assert section in result.stdout


def test_errors_are_one_line_unless_debug(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_text("not sqlite" * 200)
    result = CliRunner().invoke(main, ["export", "--db", str(bad)])
    assert result.exit_code == 1
    assert "not a sitrep store" in result.output and "Traceback" not in result.output


def test_every_command_has_help():
    runner = CliRunner()
    for command in main.commands:
        result = runner.invoke(main, [command, "--help"])
        assert result.exit_code == 0 and "Usage" in result.output


def _published_after_ingest(tmp_path: Path, files: dict[str, str], doc_id: str) -> str | None:
    """Ingest ``files`` (name -> text) from one folder and return ``doc_id``'s date."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = tmp_path / "s.db"
    result = CliRunner().invoke(main, ["ingest", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.output
    with Store(db) as store:
        doc = store.document(doc_id)
        assert doc is not None
        return doc.published


def test_undated_text_takes_its_year_from_the_dated_articles_beside_it(tmp_path):
    files = {
        "wire.jsonl": '{"id": "w1", "published": "2011-03-20", "text": "Coalition aircraft '
        "struck Gadhafi forces near Benghazi on March 19, officials said, and more strikes "
        'followed overnight."}\n',
        "note.txt": "Rebels entered Ajdabiya on March 26, witnesses said, after days of air "
        "strikes.\nResidents said the town was quiet on March 26 as fighters moved west.\n",
    }
    # the year of its neighbours; the day after its latest happening (metadata.NEWS_LAG)
    assert _published_after_ingest(tmp_path, files, "note") == "2011-03-27"


def test_undated_corpus_takes_its_year_from_the_dates_its_texts_write_in_full(tmp_path):
    # no metadata anywhere: the wire story's "Sept 22" is read in the year another report
    # writes out ("August 23, 2011"), not in the year sitrep happens to run
    files = {
        "wire.txt": "LONDON, Sept 22 (Reuters) - Oil firms returning to Libya will need months "
        "to restore output, engineers said on Thursday.\n",
        "background.txt": "Tripoli fell to the rebels on August 23, 2011, six months after the "
        "uprising against Muammar Gaddafi began in Benghazi.\nRebels took the coastal towns "
        "one by one.\n",
    }
    assert _published_after_ingest(tmp_path, files, "wire") == "2011-09-22"


def test_export_since_a_run_gives_what_changed_as_data(tmp_path: Path) -> None:
    from test_store_changes import FIRST, SECOND, _store

    with _store(tmp_path) as store:
        first = store.replace_resolution(FIRST)
        store.replace_resolution(SECOND)
    db = tmp_path / "s.db"
    runner = CliRunner()
    result = runner.invoke(main, ["export", "--db", str(db), "--since", str(first)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    kinds = sorted(c["kind"] for c in data["changes"])
    assert kinds == ["conflict_opened", "event_new", "event_reported", "figure_revised"]
    day = runner.invoke(main, ["export", "--db", str(db), "--since", "2000-01-01"])
    assert len(json.loads(day.output)["runs"]) == 2
    listed = runner.invoke(main, ["runs", "--db", str(db)])
    assert listed.exit_code == 0 and "resolve" in listed.output
    bad = runner.invoke(main, ["export", "--db", str(db), "--since", "last week"])
    assert bad.exit_code != 0 and "a run id or a date" in bad.output
    csv = runner.invoke(main, ["export", "--db", str(db), "--since", "1", "--format", "csv"])
    assert csv.exit_code != 0


def test_the_export_ranks_key_days_and_the_summary_names_them(demo: Path) -> None:
    import re

    export = json.loads((demo / "sitrep.json").read_text(encoding="utf-8"))
    days = [d["date"] for d in export["key_days"]]
    assert days[0] == "2022-01-02"  # the fuel price doubled: the day the later reports name
    assert all("2021-12-01" <= d <= "2022-01-31" for d in days)
    html = (demo / "report.html").read_text(encoding="utf-8")
    line = html[html.index("<strong>Key days:</strong>") :]
    line = line[: line.index("</li>")]
    shown = re.findall(r">(\d{4}-\d{2}-\d{2})<", line)
    assert shown == sorted(shown) and "2022-01-02" in shown and len(shown) <= 5
