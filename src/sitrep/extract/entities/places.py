"""Whether a name is a place: the gazetteer's reading weighed against the model's label, the
document's countries and the words around it; demonyms, regions, named sites and streets.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from sitrep.extract.entities.candidates import Candidate
from sitrep.extract.entities.spans import is_acronym
from sitrep.extract.entities.vocabulary import (
    BUILDING_NOUNS,
    BUILDING_SITE_NOUNS,
    CAPITALS_TOWN_MIN,
    FAITH_WORDS,
    HAMLET_MAX_POPULATION,
    MIN_POP_WITHOUT_CONTEXT,
    NATIONAL_SEATS,
    NEARBY_KM,
    ORG_HEADS,
    PLACE_LABELS,
    SITE_PARTS,
    SITE_PREPS,
    TOWN_SEATS,
)
from sitrep.extract.gazetteer import (
    COMPASS_WORDS,
    DEMONYM_STEM_SUFFIXES,
    REGION_WORDS,
    SUBDIVISION_WORDS,
    Gazetteer,
    Resolution,
    fold_key,
    haversine_km,
    load_gazetteer,
    norm_key,
)
from sitrep.extract.toponyms import adjectival
from sitrep.lexicon import (
    FACILITY_HEADS,
    OFFICIAL_SITE_WORDS,
    SITE_NOUNS,
    STREET_NOUNS,
)
from sitrep.records import Place


def is_place(
    span: Span, cand: Candidate, res: Resolution, doc_countries: frozenset[str], gaz: Gazetteer
) -> bool:
    """Whether a span that the gazetteer knows should be read as that place.

    Exact matches of names the model calls a place are trusted; weaker evidence (a folded or
    fuzzy match, a label the model gave to a person or an organisation, a name the model did
    not label) needs support: the document's countries, a place preposition, or a big place.
    A small foreign town is never taken on the model's word alone ("Republic", Missouri).
    """
    place = res.place
    if place is None and not res.ambiguous:
        return False
    if any(t.lower_ in ORG_HEADS for t in span):
        return False
    if len(span) == 1 and span[0].lower_ in COMPASS_WORDS and not cand.locative:
        return False  # "West said", "Central won": a bare compass word is a place after "in"
    demonym = is_demonym(span) and not cand.alone  # a dateline's "DAKAR" is no adjective
    if demonym and (place is None or place.feature != "country"):
        return False
    in_context = place is not None and (
        place.country_code in doc_countries or place.feature in ("country", "region")
    )
    big = place is not None and place.population >= MIN_POP_WITHOUT_CONTEXT
    supported = in_context or cand.locative
    label = cand.label
    if label not in PLACE_LABELS and place is not None and not cand.locative:
        if (
            is_acronym(span.text)
            and place.feature not in ("country", "admin1")
            and not _dateline_town(span, place)
        ):
            return False  # "BA", "UF": an organisation's letters, not Bath or Ufa
        if (
            len(span) == 1
            and place.feature == "city"
            and fold_key(span.text) != fold_key(place.name)
        ):
            # a word the model gave a person or a company that matches a town only by an
            # alternate name: "Welch" is no "Welsh", "Webster" no "Webster Groves"
            return False
    if res.match == "fuzzy" and not cand.locative and not (label in PLACE_LABELS and in_context):
        return False
    if label in PLACE_LABELS:
        if res.match == "exact":
            return supported or big or place is None
        return in_context and not demonym
    if label == "PERSON":
        # A person's name that only looks like a town through folding/fuzziness stays a person.
        return res.match == "exact" and supported
    if label == "NORP":
        if res.match != "exact" or place is None:
            return False
        # "in Omdurman" labelled NORP: a word that is no people's name and follows a place
        # preposition is the place; so is a town of the document's country named as a
        # proper noun ("the Katunayake air base").
        proper = all(t.tag_ == "NNP" for t in span)
        return place.feature == "country" or (
            gaz.demonym(span.text) is None
            and (cand.locative or (in_context and proper and place.feature == "city"))
        )
    if label == "ORG":
        return res.match in ("exact", "fold") and supported
    # a capitalised run the model did not label
    if res.match == "exact":
        return supported or big
    return in_context and res.match == "fold"


def _dateline_town(span: Span, place: Place) -> bool:
    """ "RALEIGH, N.C. (AP) -": a town's name in capitals opening a line, before a comma, is
    the dateline's town (the model often calls it an organisation)."""
    doc = span.doc
    opens_line = span.start == 0 or "\n" in doc[span.start - 1].text_with_ws
    return (
        opens_line
        and place.feature == "city"
        and len(span.text) >= CAPITALS_TOWN_MIN
        and span.end < len(doc)
        and doc[span.end].text in (",", "-", "–", "—")
    )


def is_demonym(span: Span) -> bool:
    """A one-word adjective or plural people-name ("Kazakh", "Kazakhs"), not a place."""
    return len(span) == 1 and (
        span[0].tag_ in ("JJ", "NNPS", "NNS")
        or is_country_prefix(span.text)
        or is_country_prefix(span.text.removesuffix("s"))
    )


def people_adjective(span: Span, label: str, gaz: Gazetteer) -> bool:
    """ "the Slovak architect", "Azerbaijani soldiers": a people's adjective before the noun it
    modifies, which the model took for a person's name."""
    return (
        label == "PERSON"
        and len(span) == 1
        and adjectival(span[0])
        and gaz.demonym(span.text) is not None
        and gaz.lookup(span.text)[1] != "exact"  # "Georgia", "Jordan": names of their own
    )


def geo_name(span: Span) -> str:
    """The name to geocode: "Mangystau" in "the region of Mangystau" / "Almaty region" is the
    first-level region, not the town of that name."""
    doc = span.doc
    if span[-1].lower_ in REGION_WORDS and len(span) > 1:
        return span.text
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    before = doc[max(0, span.start - 2) : span.start]
    if (
        after in REGION_WORDS
        or (len(before) == 2 and before[1].lower_ == "of" and before[0].lower_ in REGION_WORDS)
    ) and not is_country_name(span.text):
        return f"{span.text} region"  # but "a US state", "U.S. District Court": the country
    if after in SUBDIVISION_WORDS and span[-1].lower_ not in SUBDIVISION_WORDS:
        return f"{span.text} {after}"  # "Pirganj upazila": the unit, read by the gazetteer
    return span.text


def geo_span(doc: Doc, span: Span, cand: Candidate) -> Span:
    return doc[cand.owner[0] : cand.owner[1]] if cand.ruled and cand.owner else span


def with_region_word(span: Span, place: Place | None) -> Span:
    """ "Almaty region", "Pirganj upazila": a name read as a region or a second-level unit
    keeps the word that says so."""
    doc = span.doc
    if (
        place is not None
        and span.end < len(doc)
        and (
            (place.feature == "admin1" and doc[span.end].lower_ in REGION_WORDS)
            or doc[span.end].lower_ in SUBDIVISION_WORDS
        )
    ):
        return doc[span.start : span.end + 1]
    return span


def is_country_name(text: str) -> bool:
    gaz = load_gazetteer()
    hits, match = gaz.lookup(text)
    return match == "exact" and any(gaz.places[i].feature == "country" for i in hits)


def is_country_prefix(text: str) -> bool:
    """ "Kazakh", "Uzbek", "Afghan": the people's name a country's name is made of."""
    return norm_key(text) in _country_prefixes()


@lru_cache(maxsize=1)
def _country_prefixes() -> frozenset[str]:
    """Every people's name a country's name is made of ("Kazakh" of Kazakhstan, "Afghan" of
    Afghanistan): one set lookup per word. Not any first word or letters of a country's name
    ("Central", "Democratic", "Green")."""
    gaz = load_gazetteer()
    keys = (gaz.primary[i] for i in gaz.country_index.values())
    return frozenset(
        k[: -len(end)]
        for k in keys
        for end in DEMONYM_STEM_SUFFIXES
        if k.endswith(end) and len(k) - len(end) >= 4
    )


def is_big_place(name: str, gaz: Gazetteer) -> bool:
    """A country, a first-level region or a city of 100,000 people known by exactly this name."""
    hits, match = gaz.lookup(name)
    places = [gaz.places[i] for i in hits] if match == "exact" else []
    return any(
        p.feature in ("country", "admin1")
        or (p.feature == "city" and p.population >= MIN_POP_WITHOUT_CONTEXT)
        for p in places
    )


def is_lone_hamlet(span: Span, place: Place | None) -> bool:
    return (
        place is not None
        and place.feature == "city"
        and place.population < HAMLET_MAX_POPULATION
        and len([t for t in span if not t.is_punct]) == 1
    )


@dataclass(frozen=True, slots=True)
class Nearby:
    """The places a document names with confidence: what makes a small town its own."""

    places: tuple[Place, ...]

    @classmethod
    def of(cls, places: Iterable[Place | None]) -> Nearby:
        return cls(tuple(p for p in places if p is not None))

    def supports(self, p: Place | None) -> bool:
        """Whether another named place is near ``p`` or is its first-level region."""
        if p is None:
            return False
        for q in self.places:
            if q.geonameid == p.geonameid or q.feature == "country":
                continue
            if q.feature == "admin1" and (q.country_code, q.admin1) == (p.country_code, p.admin1):
                return True
            if q.feature != "admin1" and haversine_km((p.lat, p.lon), (q.lat, q.lon)) <= NEARBY_KM:
                return True
        return False


def is_site_name(span: Span) -> bool:
    """A named site: a proper name ending in a site noun ("Republic Square", "Evin Prison").
    A bare site noun ("the Square") or a generic phrase ("the main square") is no name."""
    words = [t for t in span if not t.is_punct and t.lower_ not in ("the", "a", "an")]
    if len(words) < 2:
        return False
    if len(words) > 2 and f"{words[-2].lower_} {words[-1].lower_}" in FACILITY_HEADS:
        return any(t.text[:1].isupper() for t in words[:-2])  # "Vozara detention centre"
    if words[-1].lower_ not in SITE_NOUNS | BUILDING_SITE_NOUNS:
        return False
    if all(t.lower_ in OFFICIAL_SITE_WORDS for t in words[:-1]):
        return True  # "presidential palace": a landmark of the state, named by what it is
    if any(t.lower_ in ("national", "state") for t in words[:-1]):
        return False  # "Zion National Park", "a State Resort Park": an area, not in a town
    return any(t.text[:1].isupper() for t in words[:-1])


def is_seat(span: Span) -> bool:
    """An organisation's name used for its grounds: "on the Dhaka University campus",
    "protested outside Cairo University". Not its staff's employer ("an official at
    Uttara Crescent Hospital" speaks for the hospital): the preposition hangs on a verb."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in SITE_PARTS:
        return True
    i = span.start - 1
    while i >= 0 and doc[i].lower_ in ("the", "a"):
        i -= 1
    return i >= 0 and doc[i].lower_ in SITE_PREPS and doc[i].head.pos_ in ("VERB", "AUX")


def is_building(span: Span) -> bool:
    """An organisation's name that names a building ("Kingsbury Hotel", "Minsk Automobile
    Plant", "Inca Manco Capac International Airport"): capitalised words before a building
    noun (:data:`BUILDING_NOUNS`), a site wherever the text names it."""
    words = [t for t in span if not t.is_punct]
    return (
        len(words) >= 2
        and words[-1].lower_ in BUILDING_NOUNS
        and all(t.text[:1].isupper() or t.lower_ in ("of", "de") for t in words[:-1])
        # a faith's word before the noun names its believers ("the Catholic Church")
        and words[-2].lower_ not in FAITH_WORDS
    )


def is_street(span: Span) -> bool:
    """A named street ("Royal Street", "Hampton Avenue"), placed at its town like a site."""
    words = [t for t in span if not t.is_punct]
    return (
        len(words) >= 2
        and words[-1].lower_ in STREET_NOUNS
        and all(t.text[:1].isupper() for t in words[:-1])
    )


def seat_kind(span: Span) -> str | None:
    """ "national" for a seat of state named by what it is ("State House", "Parliament
    Buildings"), "town" for a town's own seat ("City Hall"), else None. A town's name before
    it ("Yangon City Hall") is kept in the span; the article is not."""
    words = [t.lower_ for t in span if not t.is_punct and t.lower_ not in ("the", "a")]
    if not words or not all(t.is_title for t in span if t.is_alpha and t.lower_ != "the"):
        return None
    for n in (3, 2):
        tail = " ".join(words[-n:])
        if tail in NATIONAL_SEATS:
            return "national"
        if tail in TOWN_SEATS:
            return "town"
    return None
