"""The gazetteer's index and the records geocoding passes around: :class:`Gazetteer` (places
plus name indexes, candidate lookup by exact, folded, fuzzy name and demonym),
:class:`MinorTowns` (the compact index of small towns), :class:`GeoContext` and
:class:`Resolution`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import fuzz, process

from sitrep.extract.gazetteer.keys import _key_hash, fold_key, local_id, norm_key, other_name_key
from sitrep.extract.gazetteer.vocabulary import DEMONYM_STEM_SUFFIXES
from sitrep.records import Place

_FUZZY_CUTOFF = 85.0


_CAPITALS_TOWN_MIN = 6  # letters of an all-capital name that may be a small town
_CODE_MAX = 4  # an all-capital name of fewer letters is a code, never a town


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
    other_names: frozenset[int] = frozenset()  # other_name_key of the towns' other names

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
    # GeoNames' own for the few big countries of world.COUNTRY_POINTS). A country record's
    # lat/lon is the centre of its main territory's box instead; this keeps the other convention.
    country_points: dict[str, tuple[float, float]] = field(default_factory=dict)
    # GeoNames' continent points by geonameid (the records sit at the map pins of
    # world.CONTINENT_POINTS); the convention GeoWebNews and LGL score against.
    continent_points: dict[int, tuple[float, float]] = field(default_factory=dict)
    # norm key of a union of states' name ("EU") -> index of the territory it covers (Europe)
    unions: dict[str, int] = field(default_factory=dict)
    # other_name_key (geonameid, folded name) of the other names small main-index towns are
    # known by in several languages (build.OTHER_NAME_MIN_SPELLINGS): Isfana for Razzakov
    other_names: frozenset[int] = frozenset()

    def known_as(self, place: Place, name: str) -> bool:
        """Whether a small town is known by ``name`` as another name of its own (a former or a
        native name spelt by several of its alternates), not a one-off alternate."""
        key = other_name_key(place.geonameid, fold_key(name))
        return key in self.other_names or (self.minor is not None and key in self.minor.other_names)

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
        letters = [c for c in name if c.isalpha()]
        if hits and len(letters) < _CODE_MAX and all(c.isupper() for c in letters):
            # "UN", "AU", "EU": a short name in capitals is a code, of a country or a region
            # ("US", "DRC", "UAE") or of a body, never a town that shares its letters (Un,
            # India; Au, Switzerland)
            hits = tuple(i for i in hits if self.places[i].feature != "city")
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
