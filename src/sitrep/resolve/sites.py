"""Sites inside a town: the airport a report names by its town ("the airport" in Almaty).

Why: crises are fought over airports (seized in Almaty in 2022, shelled in Khartoum in 2023,
besieged in Kabul in 2021) and reports name them by their town, not their name. An event
whose site is "the airport" and whose place is a town is placed at the town's airport, with
its own name and coordinates, from the `airportsdata` package (about 28,000 airports with
ICAO/IATA codes, MIT licence, offline).

Only airports with an IATA code count (those with scheduled passenger service, the ones
news means by "the airport"); the town's own airport is the one the data files under the
town's name, else any within :data:`AIRPORT_KM`; of those, the only one or the only
international one. A town with none, or with several (London), stays the town.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sitrep.extract.gazetteer import haversine_km, local_id, site_in
from sitrep.lexicon import FACILITY_HEADS, OFFICIAL_SITE_WORDS, SITE_NOUNS, STREET_NOUNS
from sitrep.records import Entity, Place
from sitrep.resolve import names as nm

AIRPORT_KM = 40.0  # a town's airport is rarely farther out (Oslo Gardermoen: 35 km)
AIRPORT_WORDS = frozenset({"airport", "airfield", "aerodrome"})


@dataclass(frozen=True, slots=True)
class _Airport:
    name: str
    town: str  # folded
    country: str
    lat: float
    lon: float


@functools.lru_cache(maxsize=1)
def _airports_by_country() -> dict[str, tuple[_Airport, ...]]:
    """Airports with scheduled service, by ISO country code (loaded once, ~0.2 s)."""
    import airportsdata

    out: dict[str, list[_Airport]] = defaultdict(list)
    for rec in airportsdata.load().values():
        if not rec.get("iata") or not rec.get("country"):
            continue
        out[rec["country"]].append(
            _Airport(
                rec["name"],
                nm.folded(rec.get("city") or ""),
                rec["country"],
                float(rec["lat"]),
                float(rec["lon"]),
            )
        )
    return {cc: tuple(v) for cc, v in out.items()}


def is_airport(target: str | None) -> bool:
    """Whether an event's site is an airport ("airport", "the main airport", "airfield")."""
    return bool(target) and bool(AIRPORT_WORDS & set((target or "").casefold().split()))


def names_town_airport(text: str, town: str | None) -> bool:
    """Whether a sentence names a town's airport: "Kabul airport", "Kabul's main airport",
    "Kabul International Airport", "the airport in Kabul", "the city's airport" does not
    (the town must be named). A happening placed in the town by such a sentence is at the
    airport, as one whose site is "the airport" is (:func:`town_airport`)."""
    if not town:
        return False
    name = re.escape(town)
    words = "|".join(sorted(AIRPORT_WORDS))
    return bool(
        re.search(
            rf"\b{name}(?:['’]s)?(?:\s+(?:main|international|old|military))?\s+(?:{words})\b"
            rf"|\b(?:{words})\s+(?:in|of|outside)\s+{name}\b",
            text,
            re.IGNORECASE,
        )
    )


def town_airport(town: Place) -> Place | None:
    """The airport of a town (a populated place, not a region or country), or ``None``."""
    if town.feature in ("country", "admin1", "admin2", "region") or not town.country_code:
        return None
    candidates = _airports_by_country().get(town.country_code, ())
    key = nm.folded(town.name)
    named = [a for a in candidates if a.town == key]
    near = [
        (d, a)
        for a in (named or candidates)
        if (d := haversine_km((town.lat, town.lon), (a.lat, a.lon))) <= AIRPORT_KM
    ]
    # the town's airport: its only one, or its only international one; a town with several
    # (London) leaves "the airport" ambiguous, so the event stays in the town
    international = [a for _, a in near if "international" in a.name.casefold()]
    pool = international or [a for _, a in near]
    if len(pool) != 1:
        return None
    best = pool[0]
    return Place(
        geonameid=local_id("airport", best.country, best.name),  # one id in every document
        name=best.name,
        country_code=town.country_code,
        admin1=town.admin1,
        lat=best.lat,
        lon=best.lon,
        feature="airport",
        population=0,
        precision=1,
    )


def _site_words(name: str) -> bool:
    """A proper name ending in a site or street noun ("Freedom Square", "Rustaveli Avenue")
    or a facility's head ("Okrestina Street detention center")."""
    words = name.split()
    if len(words) > 2 and " ".join(words[-2:]).casefold() in FACILITY_HEADS:
        return any(w[:1].isupper() for w in words[:-2])
    if len(words) < 2 or words[-1].casefold() not in SITE_NOUNS | STREET_NOUNS:
        return False
    if all(w.casefold() in OFFICIAL_SITE_WORDS for w in words[:-1]):
        return True  # "presidential palace"
    return any(w[:1].isupper() for w in words[:-1]) and not any(
        w.casefold() in ("national", "state") for w in words[:-1]
    )


def main_town(entities: Sequence[Entity], *, lead: float = 2.0) -> Place | None:
    """The town a corpus is about: the one named in the most documents, at least ``lead``
    times as many as the next (Khartoum in a Khartoum battle, not the capitals that comment
    on it; documents, not mentions, so one report on another town does not tip it); None
    when two towns share the story."""
    docs = sorted(
        (
            (len({ev.doc for ev in e.mentions}), e.place)
            for e in entities
            if e.place is not None and e.place.feature == "city"
        ),
        key=lambda dp: dp[0],
        reverse=True,
    )
    if not docs or (len(docs) > 1 and docs[0][0] < lead * docs[1][0]):
        return None
    return docs[0][1]


def place_in_main_town(entities: Sequence[Entity]) -> list[Entity]:
    """Sites no document placed ("Freedom Square" where no sentence names the town) are put
    at the town the corpus is about, at the town's point with the feature "site" (ACLED
    geo_precision 1), as extract.entities.sites.place_sites does in a document.

    Why: a crisis corpus names its squares, avenues and palaces without repeating the town;
    the town it names most is where they are far more often than not. A corpus with no one
    main town places none."""
    town = main_town(entities)
    out = []
    for e in entities:
        if town is not None and e.place is None and e.type == "LOC" and _site_words(e.canonical):
            e = replace(e, place=site_in(town, e.canonical))
        out.append(e)
    return out
