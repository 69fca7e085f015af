"""Geocoding one name in a document's context: candidate lookup, then the parts of places a
name may be written as when it has no record of its own ("Karaganda region", "Kisumu County",
"Caucasus Mountains", "Eastern Ghouta", "Republic of X"), containment ("Paris, Texas") and
scoring (:mod:`sitrep.extract.gazetteer.scoring`).
"""

from __future__ import annotations

from sitrep.extract.gazetteer.index import Gazetteer, GeoContext, Resolution
from sitrep.extract.gazetteer.keys import haversine_km, norm_key, site_in
from sitrep.extract.gazetteer.load import load_gazetteer
from sitrep.extract.gazetteer.scoring import (
    _BONUS_CONTAINER,
    _decide,
    _inside,
    _score,
    _stray_alias,
    _stray_compass,
)
from sitrep.extract.gazetteer.vocabulary import (
    COMPASS_WORDS,
    POLITY_WORDS,
    RANGE_WORDS,
    REGION_WORDS,
    SUBDIVISION_WORDS,
    TOWN_SITE_WORDS,
    WATER_WORDS,
)
from sitrep.records import Place


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
    if hits and _region_words(name):
        hits = (*hits, *_regions_named(" ".join(name.split()[:-1]), hits, gaz))
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
            or _site_of(name, ctx, gaz)
            or _town_called_city(name, ctx, gaz)
        )
        if region is not None:
            return region
    if not hits or (
        container is not None and not any(_inside(gaz.places[i], container) for i in hits)
    ):
        small = gaz.minor_hits(name)
        if small and (hits or not _region_words(name)):
            hits, match = (*hits, *small), match or "exact"
    else:
        hits = (*hits, *_home_towns(gaz, name, hits, ctx))
    if not hits and fuzzy and ctx.dominant:
        found = gaz.fuzzy(name, ctx.dominant)
        if found is not None:
            hits, match = (found,), "fuzzy"
    key = norm_key(name)
    owned = any(  # a place's own name, small towns' too ("Jefferson", Louisiana)
        norm_key(gaz.places[i].name) == key for i in (*hits, *gaz.minor_hits(name))
    )
    hits = tuple(
        i
        for i in hits
        if not _stray_alias(gaz, gaz.places[i], name, ctx, owned=owned)
        and not _stray_compass(gaz.places[i], name, ctx)
    )
    if not hits:
        return Resolution(None, False, 0, None)
    if name.split()[-1].casefold() in WATER_WORDS:
        # "the Red Sea": the sea itself, not the province named after it ("Red Sea state")
        water = tuple(i for i in hits if gaz.places[i].country_code is None)
        hits = water or hits
    scored = []
    for i in hits:
        score = _score(gaz, i, key, ctx)
        if container is not None and _inside(gaz.places[i], container):
            score += _BONUS_CONTAINER
        scored.append((score, i))
    return _decide(gaz, sorted(scored, reverse=True), len(hits), match)


def _home_towns(
    gaz: Gazetteer, name: str, hits: tuple[int, ...], ctx: GeoContext
) -> tuple[int, ...]:
    """Small towns of the name (the cities500 index) where the document is, when no candidate
    of the main index is there: in its main country when every candidate lies abroad ("Susa"
    in a report on eastern Libya is the Libyan port of 7,000 people, not Sousse in Tunisia),
    else in one of its regions or near its other places when no candidate is (a local paper's
    "Rogersville" among Tennessee towns is the Tennessee one, not Rogersville, Missouri).
    Scoring still weighs them against the big namesakes."""
    if not ctx.dominant:
        return ()
    places = [gaz.places[i] for i in hits]
    if all(p.country_code != ctx.dominant for p in places):
        return tuple(i for i in gaz.minor_hits(name) if gaz.places[i].country_code == ctx.dominant)
    if not (ctx.admin1 or ctx.points) or any(_local(p, ctx) for p in places):
        return ()
    return tuple(i for i in gaz.minor_hits(name) if _local(gaz.places[i], ctx))


LOCAL_KM = 150.0  # a small town this near the document's other places is a local one


def _local(p: Place, ctx: GeoContext) -> bool:
    """Whether a place lies in one of the document's regions or near its other places."""
    if p.country_code and p.admin1 and (p.country_code, p.admin1) in ctx.admin1:
        return True
    return any(haversine_km((p.lat, p.lon), q) <= LOCAL_KM for q in ctx.points)


def _region_words(name: str) -> bool:
    """ "Almaty region": a name ending in a region word is a region, never a village."""
    words = name.split()
    return len(words) >= 2 and words[-1].casefold() in REGION_WORDS


def _regions_named(head: str, hits: tuple[int, ...], gaz: Gazetteer) -> tuple[int, ...]:
    """The first-level regions listed under ``head`` alone, beyond ``hits``: GeoNames calls
    Sri Lanka's region "Western" and Rwanda's "Western Province", so "Western Province" must
    weigh both, and the document's country decides (city-level regions are the town's)."""
    found, _ = gaz.lookup(head)
    return tuple(
        i
        for i in found
        if gaz.places[i].feature == "admin1" and i not in gaz.city_regions and i not in hits
    )


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
    if len(words) < 2 or words[-1].casefold() not in RANGE_WORDS:
        return None
    head = geocode(" ".join(words[:-1]), ctx, fuzzy=False, gazetteer=gaz)
    return head if head.place is not None and head.place.feature == "region" else None


def _town_called_city(name: str, ctx: GeoContext, gaz: Gazetteer) -> Resolution | None:
    """ "Goma city", "Khartoum City": a town named with the word "city" after its name, when
    no place has that whole name ("Gaza City", "Kuwait City" are records of their own and are
    found before this), is the town itself."""
    words = name.split()
    if len(words) < 2 or words[-1].casefold() != "city":
        return None
    town = geocode(" ".join(words[:-1]), ctx, fuzzy=False, gazetteer=gaz)
    p = town.place
    return town if p is not None and p.feature == "city" and town.match == "exact" else None


def _site_of(name: str, ctx: GeoContext, gaz: Gazetteer) -> Resolution | None:
    """ "Yangon City Hall", "Kisumu Stadium": a site named after its town, at the town's point
    (feature "site", as :func:`site_in` places the sites a text puts in a town), when the
    longest run of capitalised words opening the name is a town known exactly and clearly."""
    words = name.split()
    if len(words) < 2 or words[-1].casefold() not in TOWN_SITE_WORDS:
        return None
    for k in range(len(words) - 1, 0, -1):
        if not all(w[:1].isupper() for w in words[:k]):
            continue
        town = geocode(" ".join(words[:k]), ctx, fuzzy=False, gazetteer=gaz)
        p = town.place
        if p is not None and p.feature == "city" and town.match == "exact" and not town.ambiguous:
            return Resolution(site_in(p, name), False, town.candidates, "exact", town.score_gap)
    return None
