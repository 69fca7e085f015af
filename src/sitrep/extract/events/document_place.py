"""The place a document is about, for its events that name none: the country (or region)
its reporting sentences place happenings in most, an office holder's own country, and
the places that do not count for it (landmarks that locate another place, a leader's
refuge abroad)."""

from __future__ import annotations

import bisect
from collections import Counter

from spacy.tokens import Doc, Token

from sitrep.extract.events.parse import Hit, _governing_verb
from sitrep.extract.events.targets import _subjects
from sitrep.extract.events.vocabulary import (
    DEPARTING,
    FLEEING,
    LANDMARK_PREPS,
    OFFICE_TYPES,
    PLACE_NOUNS,
)
from sitrep.records import (
    EntityMention,
    Place,
)


def _document_country(
    places: list[EntityMention],
    reporting: list[tuple[int, int]] | None = None,
    landmarks: frozenset[int] = frozenset(),
) -> tuple[str, Place | None] | None:
    """The country the document is about: the one its resolved places lie in most
    often (a city counts for its country), as a country-precision place. Places in the
    sentences that report a happening (``reporting``: their character spans) decide
    when there are any: a story about a leader who fled abroad names the refuge often,
    but its killings and protests at home. A landmark that only says where another
    place lies ("Hindon Air Base near Delhi": ``landmarks``, their starts) is not a
    second place."""
    told = [p for p in places if p.place and p.place.country_code and p.start not in landmarks]
    if reporting:
        starts = [a for a, _ in reporting]
        inside = [p for p in told if _within(p.start, starts, reporting)]
        told = inside or told
    counts = Counter(p.place.country_code for p in told if p.place)
    if not counts:
        return None
    code = max(
        counts,
        key=lambda c: (
            counts[c],
            -min(p.start for p in told if p.place and p.place.country_code == c),
        ),
    )
    region = _story_region(told, code)
    if region is not None:
        return region
    for p in places:
        if p.place and p.place.country_code == code and p.place.feature == "country":
            return p.canonical, p.place
    return _country_ref(code)


def _story_region(told: list[EntityMention], code: str) -> tuple[str, Place | None] | None:
    """The region the story of a document is in, when its happenings are told there more
    often than in the country as a whole and than in any town ("Nagorno-Karabakh" named
    in most reporting sentences of a story about fighting there: its unplaced events are
    the region's, not Azerbaijan's). A province counts when it is the only one the
    reporting sentences name ("Tigray" in a story of the war there)."""
    home = [p for p in told if p.place and p.place.country_code == code]
    regions = Counter(p.place.geonameid for p in home if p.place and p.place.feature == "region")
    provinces = Counter(p.place.geonameid for p in home if p.place and p.place.feature == "admin1")
    if not regions and len(provinces) == 1:
        # one province named, no other: the story is there ("Tigray"); a story that names
        # two ("Gauteng and KwaZulu-Natal") is the country's
        regions = provinces
    if not regions:
        return None
    gid, n = regions.most_common(1)[0]
    country = sum(1 for p in home if p.place and p.place.feature == "country")
    towns = Counter(p.place.geonameid for p in home if p.place and p.place.precision == 1)
    if n < REGION_MIN or n <= country or n <= max(towns.values(), default=0):
        return None
    best = next(p for p in home if p.place and p.place.geonameid == gid)
    return best.canonical, best.place


REGION_MIN = 2  # reporting sentences that name a region before it is the story's place


def _country_ref(code: str) -> tuple[str, Place | None] | None:
    """A country's name and place from its code; None without gazetteer data."""
    try:
        from sitrep.extract.gazetteer import load_gazetteer

        ref = load_gazetteer().country(code)
    except Exception:  # noqa: BLE001 - no gazetteer data: the name alone is still useful
        ref = None
    return (ref.name, ref) if ref else None


def _office_country(
    hit: Hit,
    entities: list[EntityMention],
    country: tuple[str, Place | None] | None,
    offices: dict[str, frozenset[str]],
) -> tuple[str, Place | None] | None:
    """Where an office holder left office or a government fell, when the sentence gives
    the office holder's nation ("Egyptian President Hosni Mubarak stepped down", "Tunisia's
    prime minister resigned") and the document is about another country.

    Why: a page that strings several stories together (a news roundup, a live blog with
    other headlines) has a document country only one of its stories is about; a head of
    state resigns in his own country, whatever country the rest of the page is about."""
    if hit.type not in OFFICE_TYPES or country is None or country[1] is None:
        return None
    verb = _governing_verb(hit.trigger)
    who = [*_subjects(verb), *(c for c in hit.trigger.children if c.dep_ == "poss")]
    spans = [(w.left_edge.idx, w.right_edge.idx + len(w.right_edge)) for w in who]
    nations = [
        e
        for e in entities
        if e.label in {"NORP", "GPE"} and e.place is not None and e.place.country_code
    ]
    # the office holder's nation, else the one nation the sentence names ("Egyptians
    # embrace while celebrating President Hosni Mubarak's resignation")
    codes = {e.place.country_code for e in nations if any(a <= e.start < b for a, b in spans)}
    # the office the document gives the office holder ("Egyptian President Hosni Mubarak"
    # earlier, "Suleiman announced Mubarak's resignation" here)
    codes |= {
        code
        for e in entities
        if e.label == "PERSON" and any(a <= e.start < b for a, b in spans)
        for code in offices.get(e.canonical, ())
    }
    codes = codes or {e.place.country_code for e in nations}
    if len(codes) != 1 or country[1].country_code in codes:
        return None
    return _country_ref(next(iter(codes)))


def _office_countries(entities: list[EntityMention]) -> dict[str, frozenset[str]]:
    """Person (canonical name) -> the countries of the offices the document gives them
    ("Egyptian President Hosni Mubarak": EG)."""
    out: dict[str, set[str]] = {}
    for e in entities:
        for role in e.roles:
            code, _, _office = role.partition(":")
            if code:
                out.setdefault(e.canonical, set()).add(code)
    return {k: frozenset(v) for k, v in out.items()}


def _landmarks(doc: Doc, places: list[EntityMention]) -> frozenset[int]:
    """Starts of the places that only say where another place named just before lies
    ("an air base near Delhi", "a camp outside Nyala"): one location, not two."""
    spans = [(p.start, p.end) for p in places]
    out = set()
    for p in places:
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is None or span.root.dep_ != "pobj":
            continue
        prep = span.root.head
        if prep.lower_ not in LANDMARK_PREPS or prep.head.i == prep.i:
            continue
        owner = prep.head
        if owner.lemma_.lower() in PLACE_NOUNS or any(a <= owner.idx < e for a, e in spans):
            out.add(p.start)
    return frozenset(out)


def _journey_of_person(place: Token) -> Token | None:
    """The verb of a person's journey the place is the end of ("Rajapaksa flew to Male",
    "he fled to the Maldives"): where that person went, not where the story's happenings
    are; None for any other place (troops flown to a city are deployed there)."""
    while place.dep_ == "conj" and place.head.pos_ in {"PROPN", "NOUN"}:
        place = place.head  # "flew to Male and Singapore"
    if place.dep_ == "conj" and place.head.lemma_.lower() in DEPARTING | FLEEING:
        verb = place.head  # "flew to Male and then Singapore", parsed as the verb's conjunct
    elif place.dep_ == "pobj" and place.head.lower_ == "to":
        verb = place.head.head
    else:
        return None
    if verb.lemma_.lower() not in DEPARTING | FLEEING:
        return None
    doers = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not doers and verb.dep_ == "conj":
        doers = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    personal = any(d.ent_type_ == "PERSON" or d.lower_ in {"he", "she"} for d in doers)
    return verb if personal else None


def _refuges(doc: Doc, places: list[EntityMention]) -> frozenset[int]:
    """Starts of the places a person travelled or fled to: a story about a leader who fled
    abroad names the refuge, but it is not the country the story is in."""
    out = set()
    for p in places:
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is not None and _journey_of_person(span.root) is not None:
            out.add(p.start)
    return frozenset(out)


def _within(pos: int, starts: list[int], spans: list[tuple[int, int]]) -> bool:
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]
