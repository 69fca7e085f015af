"""Places a sentence implies without naming a town: the capital of "the capital", the
country of a nationwide list or of many towns, a local institution's place, and a
country's or capital's name that stands for its government (an actor, not a place)."""

from __future__ import annotations

import dataclasses
import functools

from spacy.tokens import Doc, Token

from sitrep.extract.events.parse import Hit, _clause, _governing_verb, _national
from sitrep.extract.events.placing import _PlaceTok
from sitrep.extract.events.vocabulary import (
    PLACE_NOUNS,
    QUANTIFIERS,
    SCOPE_NOUNS,
    TOWN_NOUNS,
    WHERE_PREPS,
)
from sitrep.records import (
    EntityMention,
    Place,
)


def _unnamed_capital(hit: Hit) -> bool:
    """The hit's clause places it in "the capital" or "the country's capital" without
    naming it ("fighting spread to other areas in the capital")."""
    lo, hi = _clause(hit.trigger)
    for t in hit.trigger.sent:
        if not lo <= t.idx < hi or t.lemma_.lower() != "capital" or t.pos_ != "NOUN":
            continue
        if t.dep_ != "pobj" or t.head.lower_ not in WHERE_PREPS:
            continue
        if any(c.dep_ in {"appos", "compound"} or c.pos_ == "PROPN" for c in t.children):
            continue  # "the capital, Khartoum", "the capital Dhaka": the name places it
        owner = [c for c in t.children if c.dep_ == "poss"]
        if any(o.lemma_.lower() not in SCOPE_NOUNS | {"its", "their"} for o in owner):
            continue  # "Kenya's capital": another country's, or named
        if any(
            c.dep_ == "amod" and c.pos_ in {"ADJ", "PROPN"} and c.text[:1].isupper()
            for c in t.children
        ):
            continue  # "the Ethiopian capital": a demonym names whose
        return True
    return False


@functools.lru_cache(maxsize=64)
def _capital(code: str) -> Place | None:
    """The capital city of a country, from the gazetteer."""
    try:
        from sitrep.extract.gazetteer import load_gazetteer

        gaz = load_gazetteer()
    except Exception:  # noqa: BLE001 - no gazetteer data: no capital either
        return None
    found = [
        gaz.places[i]
        for i in gaz.capitals
        if gaz.places[i].country_code == code and gaz.places[i].feature == "city"
    ]
    return max(found, key=lambda p: p.population) if found else None


def _capital_place(
    hit: Hit, country: tuple[str, Place | None] | None
) -> tuple[str, Place | None] | None:
    """The document country's capital for a hit its clause places in "the capital"."""
    home = country[1] if country else None
    if home is None or not home.country_code or not _unnamed_capital(hit):
        return None
    city = _capital(home.country_code)
    return (city.name, city) if city is not None else None


def _nationwide(hit: Hit) -> bool:
    """The clause says the happening covers the whole country ("protests spread
    across the country", "nationwide strikes", "throughout the nation")."""
    lo, hi = _clause(hit.trigger)
    for t in hit.trigger.sent:
        if not lo <= t.idx < hi:
            continue
        if t.lower_ in {"nationwide", "countrywide"}:
            return True
        if (
            t.lemma_.lower() in SCOPE_NOUNS
            and t.dep_ == "pobj"
            and t.head.lower_ in {"across", "throughout", "around", "over"}
        ):
            return True
    return False


def _many_towns(hit: Hit) -> bool:
    """The clause places the happening in several towns it does not name ("similar
    demonstrations were held in other Belarusian cities", "mobilizations have been
    widespread in several Andean cities", "other major towns and cities also saw rallies"):
    the country's, not the town the paragraph was in."""
    lo, hi = _clause(hit.trigger)
    verb = _governing_verb(hit.trigger)
    for t in hit.trigger.sent:
        if not lo <= t.idx < hi or t.tag_ != "NNS" or t.lemma_.lower() not in TOWN_NOUNS:
            continue
        if not any(c.lower_ == "other" or c.lower_ in QUANTIFIERS for c in t.children):
            continue
        head = t.head.head if t.dep_ == "conj" else t  # "other towns and cities"
        if head.dep_ == "pobj" and head.head.lower_ in WHERE_PREPS:
            return True
        if head.dep_ in {"nsubj", "nsubjpass"} and head.head.i == verb.i:
            return True
    return False


def _list_scope(
    hit: Hit, places: list[_PlaceTok], country: tuple[str, Place | None] | None
) -> tuple[str, Place | None] | None:
    """The area a nationwide clause or a list of places in the hit's sentence spans
    ("protests spread across the country", "protests in A, B and C"): the country. A
    national decision only when it says it is nationwide ("declared a nationwide state of
    emergency and imposed a curfew in the Western Province": the country's, not the
    province's); a list of places it names is where it applies."""
    if _nationwide(hit) or (not _national(hit) and _many_towns(hit)):
        return country
    if _national(hit):
        return None
    listed = [p.mention.place for p in places if p.listed and p.mention.place is not None]
    if not listed:
        return None
    codes = {p.country_code for p in listed}
    if len(codes) != 1 or None in codes:
        return None
    home = country[1] if country else None
    if home is not None and home.country_code in codes:
        return country
    try:
        from sitrep.extract.gazetteer import load_gazetteer

        ref = load_gazetteer().country(next(iter(codes)))
    except Exception:  # noqa: BLE001 - no gazetteer data: no area either
        return None
    return (ref.name, ref) if ref else None


def _owned(entities: list[EntityMention]) -> list[EntityMention]:
    """Organisations that belong to a place ("Almaty police", "the Mosul health
    directorate"), with that place: the entity stage's, or else the place the same
    document gives the organisation's leading name (the stage leaves an ambiguous
    "Almaty" in "Almaty police" unresolved, but the article's "Almaty" is the city)."""
    known: dict[str, Place] = {}
    for e in entities:
        if e.label in {"GPE", "LOC"} and e.place is not None:
            known.setdefault(e.text, e.place)
    out = []
    for e in entities:
        if e.label != "ORG":
            continue
        place = e.place
        words = e.text.split()
        for n in range(len(words) - 1, 0, -1):
            if place is not None:
                break
            place = known.get(" ".join(words[:n]))
        if place is not None:
            out.append(dataclasses.replace(e, place=place) if e.place is None else e)
    return sorted(out, key=lambda e: e.start)


def _institution_place(
    hit: Hit, doc: Doc, orgs: list[EntityMention], country: tuple[str, Place | None] | None
) -> tuple[str, Place | None] | None:
    """The place of a local institution that reports or does the happening ("Almaty
    police said protesters torched cars", "according to the Mosul health directorate"):
    it speaks about its own place. A foreign one (a "U.S. military" statement) does
    not locate what it reports."""
    verb = _governing_verb(hit.trigger)
    chain = {verb.i, *(a.i for a in verb.ancestors)}
    for org in orgs:
        if org.place is None or not _domestic((org.canonical, org.place), country):
            continue
        span = doc.char_span(org.start, org.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if root.dep_ in {"nsubj", "nsubjpass"} and root.head.i in chain:
            return org.place.name, org.place
        if (
            root.dep_ == "pobj"
            and root.head.lower_ == "to"
            and root.head.head.lower_ in {"according"}
        ):
            return org.place.name, org.place
    return None


def _stationed(owner: _PlaceTok, places: list[_PlaceTok]) -> bool:
    """Whether the organisation a country owns is placed by another place of the
    sentence: "the US embassy in Sudan said" speaks from Sudan, not the US."""
    org = owner.root.head
    if owner.root.dep_ not in {"compound", "poss", "amod"}:
        return False
    return any(
        p.root.dep_ == "pobj" and p.root.head.lower_ in {"in", "at"} and p.root.head.head.i == org.i
        for p in places
        if p is not owner
    )


def _domestic(where: tuple[str, Place | None], country: tuple[str, Place | None] | None) -> bool:
    """Whether a place lies in the document's country. A foreign place ("Russia sent
    troops", "said in Moscow") tells where a foreign actor is, so it is not carried
    to the paragraph's next sentences."""
    ref = where[1]
    home = country[1] if country else None
    if ref is None or home is None or not ref.country_code or not home.country_code:
        return True
    return ref.country_code == home.country_code


PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})  # spaCy's labels of a place's name


def _country_as_actor(doc: Doc, mention: EntityMention) -> bool:
    """A country named as who acts or speaks, not where: the subject of a verb ("Jordan
    said it had started evacuating", "Russia sent troops") or the owner of an
    organisation ("the US embassy in Sudan said", "Georgia's Interior Ministry"). ACLED
    places such a happening where it takes place; the statement of a foreign government
    is placed in its country by :func:`_speaker_country`, not here."""
    if mention.place is None:
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if mention.place.feature != "country":
        return _capital_as_actor(root, mention.place)
    if root.dep_ == "nsubj" and root.head.pos_ in {"VERB", "AUX"}:
        return root.head.lemma_ != "be"
    # the tagger reads a capitalised head as a name ("Azerbaijan's defence ministry"): an
    # organisation or a person a country owns acts for it; a place it owns is a place
    return (
        root.dep_ in {"compound", "poss"}
        and (
            root.head.pos_ == "NOUN"
            or (root.head.pos_ == "PROPN" and root.head.ent_type_ not in PLACE_LABELS)
        )
        and root.head.lemma_.lower() not in PLACE_NOUNS
    )


def _capital_as_actor(root: Token, place: Place) -> bool:
    """A national capital named as the government that acts on something or speaks
    ("Baku began the operation", "Washington imposed sanctions", "Moscow said"): the
    subject of a verb with an object or a clause of its own. Not a city where something
    happens to it ("Khartoum shook", "Kyiv was shelled")."""
    if place.feature != "city" or not place.country_code or root.dep_ != "nsubj":
        return False
    capital = _capital(place.country_code)
    if capital is None or capital.geonameid != place.geonameid:
        return False
    verb = root.head
    return verb.pos_ == "VERB" and any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in verb.children)
