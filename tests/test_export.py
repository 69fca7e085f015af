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
            "town": "Khartoum",
            "town_basis": "capital",
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
    assert table.column("admin1").to_pylist() == ["Khartoum", ""]
    geo = json.loads(write_geojson(EXPORT, tmp_path / "e.geojson").read_text())
    assert geo["type"] == "FeatureCollection"
    # every event, the unplaced one with a null geometry (RFC 7946, 3.2)
    assert [f["geometry"] for f in geo["features"]] == [
        {"type": "Point", "coordinates": [32.53, 15.55]},
        None,
    ]
    assert [f["id"] for f in geo["features"]] == ["ev1", "ev2"]
    assert geo["features"][1]["properties"]["fatalities"] == 9
    assert rows[0]["admin1"] == "Khartoum" and rows[1]["admin1"] == ""
    # an inferred town says how it was found; an event without one leaves both empty
    assert (rows[0]["town"], rows[0]["town_basis"]) == ("Khartoum", "capital")
    assert (rows[1]["town"], rows[1]["town_basis"]) == ("", "")
    assert table.column("town_basis").to_pylist() == ["capital", ""]


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


def test_admin1_is_the_regions_name_from_the_gazetteer():
    from sitrep.export.regions import admin1_name
    from sitrep.records import Place

    goma = Place(216281, "Goma", "CD", "11", -1.674, 29.228, "city", 432587)
    assert admin1_name(goma) == "Nord Kivu"
    mosul = Place(99072, "Mosul", "IQ", "15", 36.335, 43.119, "city", 1683000)
    assert admin1_name(mosul) == "Ninawa"
    region = Place(None, "Ninawa", "IQ", None, 36.2, 42.8, "admin1", 0, 2)
    assert admin1_name(region) == "Ninawa"
    assert admin1_name(Place(None, "Iraq", "IQ", None, 33.0, 44.0, "country", 0, 3)) == ""
    assert admin1_name(Place(None, "Nowhere", "IQ", "9999", 33.0, 44.0, "city")) == ""
    assert admin1_name(None) == ""


def test_a_stored_place_gets_the_same_admin1_name_as_the_record():
    from sitrep.export.regions import admin1_name, place_admin1_name
    from sitrep.records import Place, to_dict

    places = [
        Place(216281, "Goma", "CD", "11", -1.674, 29.228, "city", 432587),
        Place(None, "Ninawa", "IQ", None, 36.2, 42.8, "admin1", 0, 2),
        Place(None, "Iraq", "IQ", None, 33.0, 44.0, "country", 0, 3),
        Place(None, "Nowhere", "IQ", "9999", 33.0, 44.0, "city"),
    ]
    names = [place_admin1_name(to_dict(p)) for p in places]
    assert names == [admin1_name(p) for p in places] == ["Nord Kivu", "Ninawa", "", ""]


def test_the_json_export_names_admin1_and_keeps_its_code():
    from sitrep.export.jsonexport import _event_dict
    from sitrep.records import Event, EventReport, Place

    goma = Place(216281, "Goma", "CD", "11", -1.674, 29.228, "city", 432587)
    ev = Event(
        id="ev1",
        type="protest",
        acled_event_type="Protests",
        acled_sub_event_type="Peaceful protest",
        date="2024-02-03",
        time_precision=1,
        place="Goma",
        place_ref=goma,
        actors=(),
        description="",
        reports=(EventReport("a", 0, 22, "Crowds marched in Goma", "a:E1"),),
        sources=("a",),
        corroboration=1,
    )
    d = _event_dict(ev)
    assert d["admin1"] == "Nord Kivu" and d["admin1_code"] == "11" and d["country"] == "CD"
