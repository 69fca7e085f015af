from __future__ import annotations

import csv
import json

import pyarrow.parquet as pq

from sitrep.export.tables import ACLED_COLUMNS, event_rows, write_csv, write_geojson, write_parquet

EXPORT = {
    "events": [
        {
            "id": "ev1",
            "type": "protest",
            "acled_event_type": "Protests",
            "acled_sub_event_type": "Peaceful protest",
            "date": "2023-04-15",
            "time_precision": 1,
            "place": "Khartoum",
            "lat": 15.55,
            "lon": 32.53,
            "geo_precision": 1,
            "country": "SD",
            "admin1": "Khartoum",
            "actors": ["Protesters (Sudan)", "Police Forces of Sudan"],
            "description": "Thousands marched to the palace.",
            "sources": ["Reuters", "AFP"],
            "corroboration": 2,
            "single_source": False,
            "fatalities": 0,
            "mentions": [{"doc": "a", "quote": "Thousands marched", "start": 0, "end": 17}],
            "evidence": [{"doc": "a", "start": 0, "end": 17}],
        },
        {
            "id": "ev2",
            "type": "killing",
            "acled_event_type": "Violence against civilians",
            "acled_sub_event_type": "Attack",
            "date": "2023-04-16/2023-04-17",
            "time_precision": 2,
            "place": None,
            "lat": None,
            "lon": None,
            "geo_precision": None,
            "country": None,
            "actors": [],
            "description": "",
            "sources": ["AFP"],
            "corroboration": 1,
            "single_source": True,
            "fatalities": 9,
            "mentions": [],
            "evidence": [],
        },
    ]
}


def test_rows_use_acled_columns_and_values():
    rows = event_rows(EXPORT)
    assert list(rows[0])[: len(ACLED_COLUMNS)] == list(ACLED_COLUMNS)
    first, second = rows
    assert first["event_id_cnty"].startswith("SD") and first["country"] == "Sudan"
    assert first["actor1"] == "Protesters (Sudan)" and first["actor2"] == "Police Forces of Sudan"
    assert first["source"] == "Reuters; AFP" and first["corroboration"] == 2
    assert second["event_date"] == "2023-04-16" and second["date_range"] == "2023-04-16/2023-04-17"
    assert second["fatalities"] == 9 and second["single_source"] is True
    assert json.loads(first["evidence"]) == [{"doc": "a", "start": 0, "end": 17}]


def test_csv_parquet_and_geojson_files(tmp_path):
    with open(write_csv(EXPORT, tmp_path / "e.csv"), newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 2 and rows[0]["event_type"] == "Protests"
    table = pq.read_table(write_parquet(EXPORT, tmp_path / "e.parquet"))
    assert table.num_rows == 2 and table.column("latitude").to_pylist() == [15.55, None]
    geo = json.loads(write_geojson(EXPORT, tmp_path / "e.geojson").read_text())
    assert geo["type"] == "FeatureCollection"
    assert [f["geometry"]["coordinates"] for f in geo["features"]] == [[32.53, 15.55]]


def test_a_count_that_grew_is_a_series_not_a_conflict():
    from sitrep.export.jsonexport import assemble
    from sitrep.records import Conflict

    class Resolution:
        entities: tuple = ()
        events: tuple = ()
        claim_groups: tuple = ()
        conflicts = (
            Conflict("C1", "Killed: 10 vs 40. Disagreement.", "disagreement", ("a", "b"), "killed"),
            Conflict("C2", "Killed: 10 -> 40. Grew.", "growth", ("a", "c"), "killed"),
        )

    out = assemble([], [], [], Resolution())  # type: ignore[arg-type]
    assert [c["id"] for c in out["conflicts"]] == ["C1"]
    assert [c["id"] for c in out["series"]] == ["C2"]
