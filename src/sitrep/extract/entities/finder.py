"""The spaCy component ``sitrep_entities_v1``: every step over one Doc, from candidates to
linked, geocoded mentions.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from sitrep.extract import context
from sitrep.extract.entities.attributes import org_descriptors, person_roles
from sitrep.extract.entities.candidates import (
    Candidate,
    find_candidates,
    is_dateline,
    joined_extension,
    name_matcher,
)
from sitrep.extract.entities.labels import (
    listed_town,
    merge_adjacent_persons,
    place_listed,
    relabel_by_syntax,
    split_place_from_container,
    split_place_from_person,
    split_place_list,
)
from sitrep.extract.entities.naming import (
    add_acronym_mentions,
    defined_acronyms,
    link_canonical,
    other_names,
)
from sitrep.extract.entities.places import (
    Nearby,
    geo_name,
    geo_span,
    is_building,
    is_country_prefix,
    is_demonym,
    is_lone_hamlet,
    is_place,
    is_seat,
    is_site_name,
    is_street,
    people_adjective,
    seat_kind,
    with_region_word,
)
from sitrep.extract.entities.rules import rule_candidates, rule_matcher, state_body_name
from sitrep.extract.entities.sites import embedded_places, inside_towns, place_sites
from sitrep.extract.entities.spans import Sentences, common_word_at_start, is_acronym, is_junk, trim
from sitrep.extract.entities.vocabulary import (
    JOINERS,
    KEPT_LABELS,
    MIN_POP_WITHOUT_CONTEXT,
    MONTHS_DAYS,
    ORG_HEADS,
    PLACE_LABELS,
    SOFT_LABELS,
    STRUCTURE_WORDS,
    UI_WORDS,
    UNIT_NOUNS,
)
from sitrep.extract.gazetteer import (
    REGION_WORDS,
    SUBDIVISION_WORDS,
    Gazetteer,
    GeoContext,
    Resolution,
    comma_pairs,
    geocode,
    load_gazetteer,
    resolve_places,
    site_in,
)
from sitrep.records import EntityMention, Place


class EntityFinder:
    """Finds, types, geocodes and links the entities of one document."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer | None = None) -> None:
        self.matcher = rule_matcher(nlp.vocab, name_matcher(nlp.vocab))
        self.gazetteer = gazetteer

    def __call__(self, doc: Doc) -> Doc:
        context.put(doc, "entities", find_entities(doc, self.matcher, self.gazetteer))
        return doc


def find_entities(
    doc: Doc,
    matcher: Matcher,
    gazetteer: Gazetteer | None = None,
    rules: Matcher | None = None,
) -> list[EntityMention]:
    """The component's work on one Doc (separate from the class so tests can call it)."""
    gaz = gazetteer or load_gazetteer()
    doc_id = context.doc_id(doc)
    sents = Sentences.of(doc)
    matches = matcher(doc)
    if rules is not None:  # separate rule matcher (tests); the component passes one for both
        matches = [*matches, *rules(doc)]
    ruled = rule_candidates(doc, matches, gaz)
    kept = _names(doc, [*ruled, *find_candidates(doc, matcher, matches)], gaz)
    kept = merge_adjacent_persons(doc, kept, sents)
    kept = split_place_from_person(doc, kept, gaz)
    kept = split_place_from_container(doc, kept, gaz)
    kept = split_place_list(doc, kept, gaz)
    kept = relabel_by_syntax(doc, kept, gaz)
    geo = _Geocoding.of(doc, kept, gaz)
    mentions: list[EntityMention] = []
    sites: set[int] = set()  # start offsets of unplaced names that is_site_name accepts
    for k, (span, cand) in enumerate(kept):
        typed = _typed(doc, k, span, cand, geo, gaz)
        if typed is None:
            continue
        label, span, place = typed.label, typed.span, typed.place
        if place is None and (
            (label == "LOC" and (is_site_name(span) or seat_kind(span)))
            or (label in PLACE_LABELS and is_street(span))
            or (label == "GPE" and span.end < len(doc) and doc[span.end].lower_ in UNIT_NOUNS)
        ):
            sites.add(span.start_char)
        mentions.append(
            EntityMention(
                doc=doc_id,
                start=span.start_char,
                end=span.end_char,
                text=span.text,
                label=label,
                sentence=sents.evidence(doc_id, span.start),
                canonical=cand.canonical
                or typed.canonical
                or (label == "ORG" and state_body_name(span.text, gaz))
                or span.text,
                place=place,
                ambiguous=typed.ambiguous,
                candidates=typed.candidates,
                descriptors=org_descriptors(span) if label == "ORG" else (),
                roles=person_roles(span, gaz) if label == "PERSON" else (),
            )
        )
    mentions = inside_towns(doc, mentions)
    mentions = embedded_places(doc, mentions, gaz, sents, doc_id)
    seats = {m.start: kind for m in mentions if m.start in sites and (kind := _seat(doc, m))}
    mentions = place_sites(doc.text, mentions, sites, seats, gaz)
    defined = defined_acronyms(doc)
    mentions = add_acronym_mentions(doc, doc_id, mentions, sents, defined)
    return other_names(doc.text, link_canonical(doc, mentions, defined))


def _names(doc: Doc, candidates: list[Candidate], gaz: Gazetteer) -> list[tuple[Span, Candidate]]:
    """Each candidate cut to its name (junk and repeats dropped), then one name per stretch
    of text: a rule's first, then the longest (the hyphen-joined "Nur-Sultan" over "Nur")."""
    spans: list[tuple[Span, Candidate]] = []
    seen: set[tuple[int, int]] = set()
    for cand in candidates:
        start, end = (
            (cand.start, cand.end)
            if cand.ruled or cand.alone
            else joined_extension(doc, cand.start, cand.end)
        )
        span = trim(doc[start:end])
        if len(span) == 0 or is_junk(span) or (span.start, span.end) in seen:
            continue
        if not cand.ruled and is_dateline(doc, span.start, span.end):
            if _big_town(span.text, gaz):
                # the model reads a dateline's town as an organisation or a person, or
                # as a common noun opening its sentence ("DAKAR, Senegal —", "BEIRUT:")
                cand = replace(cand, label="GPE", locative=True, alone=True)
        elif not cand.ruled and cand.label and common_word_at_start(span, gaz):
            continue
        while cand.label == "PERSON" and len(span) > 1 and span[-1].lower_ in UI_WORDS:
            span = span[:-1]  # a byline's "Jane Doe Published April 2": no name ends so
        seen.add((span.start, span.end))
        spans.append((span, cand))
    spans.sort(key=lambda sc: (sc[0].start, not sc[1].ruled, -(sc[0].end - sc[0].start)))
    kept: list[tuple[Span, Candidate]] = []
    last_end = -1
    for span, cand in spans:
        if span.start >= last_end:
            kept.append((span, cand))
            last_end = span.end
        elif cand.ruled and kept and not kept[-1][1].ruled and span.end > last_end:
            kept[-1] = (span, cand)  # "Almaty police" beats the model's "Almaty" (ORG)
            last_end = span.end
    return kept


def named_facility(span: Span) -> bool:
    """A name the model calls a facility that is one: two words or more, each capitalised
    (small joining words aside), none a day or month ("Easter Sunday"), one of them a word of
    a built structure ("Abbey Gate", "Hotel Amarula"; not "White Helmets", "High Court",
    which are bodies)."""
    words = [t for t in span if t.is_alpha]
    return (
        len(words) >= 2
        and all(t.is_title or t.lower_ in JOINERS for t in words)
        and not any(t.lower_ in MONTHS_DAYS for t in words)
        and any(t.lower_ in STRUCTURE_WORDS for t in words)
    )


def _big_town(name: str, gaz: Gazetteer) -> bool:
    """Whether the gazetteer knows a name, without the document's help, as a town of at
    least :data:`MIN_POP_WITHOUT_CONTEXT` people: wires date their stories from such towns,
    and a word in capitals opening a headline ("NATO:", "WATCH:") is none."""
    res = geocode(name, GeoContext(), fuzzy=False, gazetteer=gaz)
    return (
        res.place is not None
        and res.match == "exact"
        and res.place.feature == "city"
        and res.place.population >= MIN_POP_WITHOUT_CONTEXT
    )


def _unit_word(doc: Doc, span: Span, label: str) -> bool:
    """Whether the name is followed by the word of an administrative unit: a subdivision
    word after any name but a person's; a town's part ("township") also after a "person"
    (the model's guess at an unfamiliar name: "Chan Mya Thazi township")."""
    if span.end >= len(doc) or not doc[span.end].is_lower:
        return False
    word = doc[span.end].lower_
    if word in SUBDIVISION_WORDS:
        return label in ("", "ORG", "GPE", "LOC")
    return word in UNIT_NOUNS and label in ("", "ORG", "GPE", "LOC", "PERSON")


def _seat(doc: Doc, m: EntityMention) -> str | None:
    """A seat of state's kind (see :func:`seat_kind`), or "part" for a town's part
    ("North Okkalapa township"), placed only at a town of its own sentence."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return None
    if m.label == "GPE" and span.end < len(doc) and doc[span.end].lower_ in UNIT_NOUNS:
        return "part"
    return seat_kind(span)


@dataclass(frozen=True, slots=True)
class _Geocoding:
    """The gazetteer's reading of every name that could be a place, the whole document
    together (a ruled organisation is read by its owner's name: "Almaty" of "Almaty
    police"), and what the document's confident places support."""

    by_span: dict[int, Resolution]  # index of the name -> its reading
    contained: frozenset[int]  # names written inside the next place ("Paris, Texas")
    nearby: Nearby
    countries: frozenset[str]  # the document's countries
    listed: frozenset[int]  # one-word names not labelled a place in a list of places

    @classmethod
    def of(cls, doc: Doc, kept: list[tuple[Span, Candidate]], gaz: Gazetteer) -> _Geocoding:
        geo_idx = [
            k
            for k, (_, c) in enumerate(kept)
            if not (c.ruled and c.label in ("ORG", "PERSON")) or c.owner
        ]
        geo_spans = [geo_span(doc, *kept[k]) for k in geo_idx]
        # "Paris, Texas": a name right before ", <place>" lies inside that place
        within = comma_pairs([(sp.start_char, sp.end_char) for sp in geo_spans], doc.text)
        resolutions = resolve_places(
            [geo_name(span) for span in geo_spans],
            trusted=[kept[k][1].label in PLACE_LABELS or kept[k][1].locative for k in geo_idx],
            gazetteer=gaz,
            fuzzy=[kept[k][1].label in PLACE_LABELS for k in geo_idx],  # is_place's only taker
            within=within,
        )
        by_span: dict[int, Resolution] = dict(zip(geo_idx, resolutions, strict=True))
        nearby = Nearby.of(
            r.place
            for k, r in by_span.items()
            if r.place is not None
            and r.match == "exact"
            and not r.ambiguous
            and kept[k][1].label in PLACE_LABELS
        )
        countries = frozenset(
            r.place.country_code
            for k, r in by_span.items()
            if r.place is not None
            and r.place.country_code
            and r.match == "exact"
            and (kept[k][1].label in PLACE_LABELS or r.place.feature == "country")
        )
        contained = frozenset(geo_idx[i] for i, j in enumerate(within) if j is not None)
        return cls(by_span, contained, nearby, countries, place_listed(kept))


@dataclass(frozen=True, slots=True)
class _Typed:
    """A name's final label and span, and its place when it has one."""

    label: str
    span: Span
    place: Place | None
    ambiguous: bool
    candidates: int
    canonical: str | None = None  # the name it goes by, when not the span's text


def _typed(
    doc: Doc, k: int, span: Span, cand: Candidate, geo: _Geocoding, gaz: Gazetteer
) -> _Typed | None:
    """What the ``k``-th name is (a place, a site, an organisation, a people...), or None
    when it is none of the kept kinds."""
    res = geo.by_span.get(k)
    label = cand.label
    place: Place | None = None
    ambiguous = False
    n_cand = 0
    canonical: str | None = None
    if cand.ruled:
        if res is not None and res.match == "exact" and not res.ambiguous:
            place = res.place  # the owner's place; a public place has no record of its own
            if label == "LOC" and place is not None and place.feature == "city":
                place = site_in(place, span.text)  # a town's facility: "Ouagadougou air base"
    elif (
        res is not None
        and is_place(span, cand, res, geo.countries, gaz)
        and (
            k in geo.contained
            or (cand.locative and (cand.label in PLACE_LABELS or _home_town(res, geo)))
            or not is_lone_hamlet(span, res.place)
            or geo.nearby.supports(res.place)
        )
    ):
        label = "GPE" if res.place is None or res.place.feature != "region" else "LOC"
        if cand.label == "LOC" or cand.label == "FAC":
            label = "LOC"
        place, ambiguous, n_cand = res.place, res.ambiguous, res.candidates
        span = with_region_word(span, place)
        if len(span) > 1 and span[-1].lower_ in REGION_WORDS:
            bare = span[:-1].text
            canonical = bare if _own_region_name(bare, place, gaz) else None
    elif k in geo.listed and (town := listed_town(span.text, geo.countries, gaz)) is not None:
        # "rain to Benghazi, Bayda, Susa and al-Marj": a listed name the model called an
        # organisation or a person is the one town of that name in the document's countries
        label, place, n_cand = "GPE", town, 1
    elif label in ("", "ORG", "FAC", "LOC", "GPE") and seat_kind(span) is not None:
        label = "LOC"  # "State House", "City Hall": placed at its town by place_sites
    elif label == "ORG" and is_street(span):
        label = "LOC"  # "three bodies on Parliament Road": a street is no organisation
    elif (
        label in PLACE_LABELS
        or (label == "ORG" and is_seat(span))
        # "Jabulani Mall", "Kingsbury Hotel": a building, whatever the model called it
        or (label in ("ORG", "PERSON") and is_building(span))
    ) and is_site_name(span):
        label = "LOC"  # "Republic Square": placed at its town by place_sites
    elif _unit_word(doc, span, label) and all(t.is_title for t in span):
        # "Pirganj upazila", "North Okkalapa township" where the gazetteer has no such
        # town: a place all the same (a town's part at its sentence's town, by place_sites)
        label = "GPE"
        if doc[span.end].lower_ in SUBDIVISION_WORDS:  # the unit, read so by the gazetteer
            span = doc[span.start : span.end + 1]
    elif label == "" and is_site_name(span):
        label = "LOC"  # a run the model missed, named as a site ("at Rokeya University")
    elif label == "" and len(span) > 1 and span[-1].lower_ in ORG_HEADS:
        label = "ORG"  # "the Kisii Teachers Union": the head says what it is
    elif label == "" and len(span) == 1 and is_acronym(span.text) and not (res and res.place):
        label = "ORG"  # "RAID and GIGN units": letters no gazetteer place has
    elif label == "FAC" and named_facility(span):
        label = "LOC"  # "Abbey Gate", "Lekki Toll Gate", "Hotel Amarula": a named structure
    elif label == "FAC" or label == "" or label in SOFT_LABELS:
        return None
    elif (
        (label in PLACE_LABELS and is_demonym(span))
        or (
            len(span) == 1
            and (is_country_prefix(span.text) or is_country_prefix(span.text.removesuffix("s")))
        )
        or people_adjective(span, label, gaz)
    ):
        label = "NORP"
    elif label in PLACE_LABELS and res is not None:
        ambiguous, n_cand = res.ambiguous, res.candidates
    if label not in KEPT_LABELS:
        return None
    if label == "NORP" and place is None:
        # "Russian", "Kazakhs", "Central Asian": the people or adjective of a country or
        # region; the label stays NORP, the place says which country (ACLED precision 3).
        place = gaz.demonym(span.text)
        ambiguous, n_cand = False, int(place is not None)
    return _Typed(label, span, place, ambiguous, n_cand, canonical)


def _own_region_name(name: str, place: Place | None, gaz: Gazetteer) -> bool:
    """Whether a first-level region goes by its name alone ("Balochistan" of "Balochistan
    province"): no town of its country bears the name ("Kassala state" is not Kassala)."""
    if place is None or place.feature != "admin1":
        return False
    hits, match = gaz.lookup(name)
    return match == "exact" and not any(
        gaz.places[i].feature == "city" and gaz.places[i].country_code == place.country_code
        for i in hits
    )


def _home_town(res: Resolution, geo: _Geocoding) -> bool:
    """A town of the document's own country that its name alone gives: "In Andahuaylas, two
    people were reported dead", where the model calls the small town an organisation."""
    return (
        res.place is not None
        and res.match == "exact"
        and not res.ambiguous
        and res.place.country_code in geo.countries
    )


@Language.factory("sitrep_entities_v1")
def make_entity_finder(nlp: Language, name: str) -> EntityFinder:
    """Registered factory: the pinned model's NER checked and geocoded against GeoNames."""
    return EntityFinder(nlp)
