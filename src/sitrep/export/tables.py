"""Events as a table in ACLED's column names (CSV, Parquet) and as GeoJSON.

ACLED's columns are used where they apply, so the export drops into tools built
for ACLED data; sitrep's own columns (corroboration, evidence, ...) follow them.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from sitrep.export.regions import country_name

ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
)
SITREP_COLUMNS = (
    "sitrep_id",
    "sitrep_type",
    "target",
    "town",
    "town_basis",
    "date_range",
    "corroboration",
    "single_source",
    "reports",
    "evidence",
)


def event_rows(export: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per resolved event, ACLED columns first."""
    rows = []
    for n, ev in enumerate(export.get("events", []), start=1):
        code = ev.get("country")
        date = ev.get("date") or ""
        actors = list(ev.get("actors") or [])
        rows.append(
            {
                "event_id_cnty": f"{(code or 'XX')}{n:04d}",
                "event_date": date.split("/")[0],
                "time_precision": ev.get("time_precision"),
                "event_type": ev.get("acled_event_type"),
                "sub_event_type": ev.get("acled_sub_event_type"),
                "actor1": actors[0] if actors else "",
                "actor2": actors[1] if len(actors) > 1 else "",
                "country": country_name(code),
                "admin1": ev.get("admin1") or "",
                "location": ev.get("place") or "",
                "latitude": ev.get("lat"),
                "longitude": ev.get("lon"),
                "geo_precision": ev.get("geo_precision"),
                "source": "; ".join(ev.get("sources") or []),
                "source_scale": "",
                "notes": ev.get("description") or "",
                "fatalities": ev.get("fatalities") or 0,
                "sitrep_id": ev.get("id"),
                "sitrep_type": ev.get("type"),
                "target": ev.get("target") or "",
                "town": ev.get("town") or "",
                "town_basis": ev.get("town_basis") or "",
                "date_range": date,
                "corroboration": ev.get("corroboration"),
                "single_source": ev.get("single_source"),
                "reports": len(ev.get("mentions") or []),
                "evidence": json.dumps(ev.get("evidence") or []),
            }
        )
    return rows


def write_csv(export: dict[str, Any], path: Path) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=[*ACLED_COLUMNS, *SITREP_COLUMNS])
        writer.writeheader()
        writer.writerows(event_rows(export))
    return path


def write_parquet(export: dict[str, Any], path: Path) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = event_rows(export)
    columns = [*ACLED_COLUMNS, *SITREP_COLUMNS]
    types = {
        "time_precision": pa.int64(),
        "latitude": pa.float64(),
        "longitude": pa.float64(),
        "geo_precision": pa.int64(),
        "fatalities": pa.int64(),
        "corroboration": pa.int64(),
        "single_source": pa.bool_(),
        "reports": pa.int64(),
    }
    schema = pa.schema([(c, types.get(c, pa.string())) for c in columns])
    table = pa.Table.from_pylist(rows, schema=schema)
    pq.write_table(table, path)
    return path


def write_geojson(export: dict[str, Any], path: Path) -> Path:
    """Every event as a Feature: a Point where it was placed, a null geometry where it was
    not (RFC 7946, 3.2: "unlocated" features), so the file counts what the CSV counts."""
    features = []
    for row in event_rows(export):
        props = {k: v for k, v in row.items() if k not in ("latitude", "longitude")}
        placed = row["latitude"] is not None and row["longitude"] is not None
        features.append(
            {
                "type": "Feature",
                "id": row["sitrep_id"],
                "geometry": (
                    {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]}
                    if placed
                    else None
                ),
                "properties": props,
            }
        )
    path.write_text(
        json.dumps({"type": "FeatureCollection", "features": features}, indent=1), encoding="utf-8"
    )
    return path
