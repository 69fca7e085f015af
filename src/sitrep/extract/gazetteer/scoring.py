"""Disambiguation: scoring a name's candidates and deciding between them.

Each candidate is scored by population, feature class, capital status, the document's country
context and proximity to its other places; :func:`_decide` says ``ambiguous`` rather than
guessing silently when two distinct candidates stay close.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from rapidfuzz import fuzz

from sitrep.extract.gazetteer.index import Gazetteer, GeoContext, Resolution
from sitrep.extract.gazetteer.keys import fold_key, haversine_km, norm_key
from sitrep.extract.gazetteer.vocabulary import COMPASS_WORDS
from sitrep.records import Place

# Candidate score components (log10 population is the base unit: +1 means "ten times bigger").
_BONUS_COUNTRY_FEATURE = 1.5
_BONUS_CONTINENT = 2.0


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


_BONUS_CONTAINER = 4.0  # "Paris, Texas": the town inside the region/country after the comma
_ADMIN2_PENALTY = -0.5  # "X County" names a county; a town of that exact name is rarer


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


def _stray_alias(
    gaz: Gazetteer, p: Place, name: str, ctx: GeoContext, *, owned: bool = False
) -> bool:
    """Whether a small town reached through one of its alternates is a false friend.

    A spelling ("Aqtau" for Aktau) counts in a text about its country, and so does another
    name the town is known by in several languages ("Stepanakert" for Khankendi) unless a
    town bears the name as its own (``owned``: Kaliningrad is the city, not Korolyov, which
    was called so until 1996); a one-off other name ("Google" for Topeka) never does for a
    town this small."""
    if p.feature != "city" or (p.population or 0) >= STRAY_ALIAS_MAX_POPULATION:
        return False
    own, said = fold_key(p.name), fold_key(name)
    if own == said:
        return False
    if p.country_code not in ctx.countries:
        return True
    if fuzz.ratio(own, said) >= STRAY_ALIAS_MIN_SIMILARITY:
        return False
    return owned or not gaz.known_as(p, name)


def _stray_compass(p: Place, name: str, ctx: GeoContext) -> bool:
    """A bare compass point ("West", "North-East") names a first-level region only in a text
    about the region's country: GeoNames' "West" is Cameroon's or Iceland's, and a page on
    Haiti's "West department" means neither."""
    words = norm_key(name).replace("-", " ").split()
    if not words or not all(w in COMPASS_WORDS for w in words):
        return False
    return p.country_code is not None and p.country_code not in ctx.countries


def _inside(p: Place, container: Place) -> bool:
    """Whether ``p`` lies in ``container`` by the records' codes (a town in its state/country)."""
    if p is container or not p.country_code or p.country_code != container.country_code:
        return False
    if container.feature == "country":
        return p.feature != "country"
    if container.feature == "admin1":
        return p.feature in ("city", "admin2") and p.admin1 == container.admin1
    return False


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
    town = _town_of_its_region(gaz, [best, *close])
    if town is not None:
        return Resolution(gaz.places[town], True, n, match, gap)
    return Resolution(None, True, n, match, gap)


def _town_of_its_region(gaz: Gazetteer, close: Sequence[int]) -> int | None:
    """The one town among close candidates that are otherwise the first-level region it
    lies in ("Brest" in a report on Belarus: the city or the Brest region; "Kassala" beside
    "Kassala state"): a bare name means the town the region is named after."""
    towns = [i for i in close if gaz.places[i].feature == "city"]
    if len(towns) != 1:
        return None
    t = gaz.places[towns[0]]
    regions = [gaz.places[i] for i in close if i != towns[0]]
    if regions and all(
        r.feature == "admin1" and (r.country_code, r.admin1) == (t.country_code, t.admin1)
        for r in regions
    ):
        return towns[0]
    return None
