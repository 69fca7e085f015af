"""Resolving a document's place names together: the country context they vote for, the
container after a comma ("Athens, Ga."), and each name's resolution in that context.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from sitrep.extract.gazetteer.geocode import geocode
from sitrep.extract.gazetteer.index import Gazetteer, GeoContext, Resolution
from sitrep.extract.gazetteer.keys import norm_key
from sitrep.extract.gazetteer.load import load_gazetteer
from sitrep.extract.gazetteer.scoring import _score
from sitrep.records import Place

_VOTE_FLOOR = 0.5  # a country must explain this many of a document's names to be context


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
        hits = (gaz.lookup(n)[0] or gaz.minor_hits(n)) if ok and res.candidates else ()
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
