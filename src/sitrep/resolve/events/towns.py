"""After merging, in a corpus whose town events are all in one city: a happening told only
for the whole country ("224 arrested during protests in Georgia") folded into the city's
event of its type those days; the country's other events given the city as their town."""

from __future__ import annotations

from collections import defaultdict

from sitrep.extract.events.implied_place import _capital
from sitrep.records import SEIZED_POWER
from sitrep.resolve import names as nm
from sitrep.resolve.events.cluster import _Cluster
from sitrep.resolve.events.continuing import _absorb, _country_of
from sitrep.resolve.events.items import _GENERAL, LIST_BASIS, STATEMENT
from sitrep.resolve.events.vocab import SEAT_SITES

# What a government says or undergoes happens at its seat: a country-level statement or
# fall of a government ("the prime minister resigned", "the government said") is given the
# capital as its town (inferred, never its place). Measured (events F1 kaz/bgd/geo/sdn):
# bgd 0.356 -> 0.411 with statements, 0.438 with the government's fall; others unchanged;
# the other decisions of state (curfews, shutdowns) too: no further change. An appointment
# to an office of state ("the officers named the general transitional president") is made
# there too: gabon 0.370 -> 0.407 (the junta's naming of its leader), others unchanged.
SEAT_TYPES = frozenset({"statement", "government_dismissal", "appointment_dismissal"})
# A report that tells only of one city's happenings places what it tells for the whole
# country there too ("the fighting continues in the neighbourhoods", "the UN warned that
# bodies were lying in the streets": Event.town "document_city"), statements included: what
# is said about a city's killings is said of that city. Measured (events F1): Goma 0.08 ->
# 0.28 for happenings, 0.40 with statements; Nigeria 0.33 -> 0.39 with statements (Amnesty's
# and the governor's words on the Lekki shooting); Kabul 0.43 -> 0.46, Peru 0.37 -> 0.39,
# the Myanmar probe 0.47 -> 0.49; the examples unchanged. A government's fall stays at its
# seat, whatever city its reports tell of.
FALLS = frozenset({"government_dismissal"})


def _falls(c: _Cluster) -> bool:
    """A government's fall, or the state's power seized (a coup): at the seat of government,
    whatever city its reports tell of."""
    return c.type in FALLS or any(i.m.target == SEIZED_POWER for i in c.items)


def _seat_stormed(c: _Cluster) -> bool:
    """A building of the state seized, told only for the country ("crowds overran his
    residence", "protesters stormed the prime minister's office"): the seat of government
    is in the capital."""
    words = {w for t in c.targets for w in t}
    return c.type == "seizure" and bool(words & SEAT_SITES)


def _town(c: _Cluster) -> str:
    """The town an event is in, folded: a site's town ("Rustaveli Avenue" is in Tbilisi)."""
    ref = c.seed.m.place_ref
    if ref is not None and ref.within:
        return nm.folded(ref.within)
    return nm.folded(ref.name if ref is not None else c.seed.m.place or "")


def _town_countries(clusters: list[_Cluster]) -> dict[str, str]:
    """Each town's country; a site's, when the gazetteer gives none, its town's."""
    out: dict[str, str] = {}
    for c in clusters:
        ref = c.seed.m.place_ref
        if c.level < _GENERAL and ref is not None and ref.country_code:
            out.setdefault(_town(c), ref.country_code)
    return out


def _host_rank(c: _Cluster) -> tuple[bool, int]:
    """The town's own event before one on a site in it; then the most sources."""
    ref = c.seed.m.place_ref
    return (ref is None or ref.feature != "site", len(c.sources))


def _fold_into_town(clusters: list[_Cluster]) -> list[_Cluster]:
    """A country-level report of a protest, arrest or clash over some days is the town
    event of its type those days when every event the corpus places in a town of that
    country is in one town (its sites included): a crisis in one city, whose reports
    name the country when the city is meant ("224 arrested during protests in
    Georgia"). With events in two towns it stays the country's (a wave across the
    country); so do reports placed by a list of towns. The town event keeps its own
    place and date. Statements are identified by their speaker, not their place: they
    stay.

    Measured (events F1 / mention recall, kaz/bgd/geo/sdn): only Georgia, the one
    single-city corpus, changes: 0.18/0.42 -> 0.19/0.63. Folding whenever one town has
    events of the type those days also moved kaz 0.763 -> 0.771 and bgd 0.356 -> 0.371,
    but folds country-wide waves into the one town a few reports name.

    Any other country-level event of such a corpus (a government's statement, a clash
    "in Georgia" on a day with no town event of its type) keeps the country as its place
    and is given the city as its town (Event.town, as a site's): inferred from the
    corpus, not stated by its reports. Measured: Georgia events F1 0.19 -> 0.37 (the
    statements of the government and the ombudsman, made in the capital), others
    unchanged; without statements 0.22; only for events of a week or less 0.33.
    In other corpora a country-level statement or fall of government gets the capital
    as its town (SEAT_TYPES)."""
    towns: dict[tuple[str, str], list[_Cluster]] = defaultdict(list)
    places: dict[str, set[str]] = defaultdict(set)  # the towns each country's events are in
    # the towns of each country each document's events are in
    doc_places: dict[tuple[str, str], set[str]] = defaultdict(set)
    country_of = _town_countries(clusters)
    shown: dict[str, str] = {}  # a folded town's name as written
    for c in clusters:
        country = country_of.get(_town(c)) if c.level < _GENERAL else None
        if country is not None:
            places[country].add(_town(c))
            for i in c.items:
                doc_places[(i.m.doc, country)].add(_town(c))
            ref = c.seed.m.place_ref
            if ref is not None and ref.feature != "site":
                shown.setdefault(_town(c), ref.name)
            if c.span is not None:
                towns[(c.type, country)].append(c)
    out: list[_Cluster] = []
    for c in clusters:
        country = _country_of(c)
        host = None
        if (
            c.type != STATEMENT
            and country is not None
            and c.span is not None
            and len(places[country]) == 1
            and all(i.m.place_basis != LIST_BASIS for i in c.items)  # "in A, B and C"
        ):
            span = c.span
            near = [t for t in towns.get((c.type, country), ()) if span.overlaps(t.span)]  # type: ignore[arg-type]
            if len({_town(t) for t in near}) == 1:
                host = max(near, key=_host_rank)
        if host is None:
            out.append(c)
            if country is not None and len(places[country]) == 1:
                (only,) = places[country]
                c.town = shown.get(only)
                c.town_basis = "corpus_city" if c.town is not None else None
            elif country is not None:
                told = set().union(*(doc_places.get((i.m.doc, country), set()) for i in c.items))
                town = shown.get(next(iter(told))) if len(told) == 1 else None
                if town is not None and not _falls(c):
                    c.town, c.town_basis = town, "document_city"
                elif c.type in SEAT_TYPES or _falls(c) or _seat_stormed(c):
                    city = _capital(country)
                    c.town = city.name if city is not None else None
                    c.town_basis = "capital" if city is not None else None
        else:
            _absorb(host, c)
    return out
