"""Institutional actors written with common nouns ("the Kazakh government", "the government of
Sudan", "the office of the President", "the Yabloko party", "state broadcaster MRTV") and
their normal forms ("Government of Kazakhstan").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from sitrep.extract.entities.candidates import Candidate
from sitrep.extract.entities.spans import in_prose, is_locative
from sitrep.extract.entities.vocabulary import (
    BRANCH_WORDS,
    COUNTRY_ONLY_HEADS,
    GOVERNMENT_HEADS,
    INSTITUTION_HEADS,
    MEDIA_NOUNS,
    MIN_POP_WITHOUT_CONTEXT,
    NEEDS_BRANCH_HEADS,
    OFFICE_HOLDERS,
    PARTY_HEADS,
    PLACE_HEADS,
    PLATFORM_NAMES,
    POSSESSIVE,
    TRAILING_HEADS,
)
from sitrep.extract.gazetteer import Gazetteer
from sitrep.lexicon import (
    FACILITY_HEADS,
    OFFICIAL_SITE_WORDS,
    SITE_NOUNS,
)
from sitrep.records import Place
from sitrep.resolve.names import state_body

_RULES = frozenset(
    {
        "OWNED_INSTITUTION",
        "GOVERNMENT_OF",
        "OFFICE_OF",
        "PARTY",
        "PUBLIC_PLACE",
        "MEDIA_NAME",
        "OFFICIAL_SITE",
        "FACILITY",
        "PLATFORM",
    }
)


def rule_matcher(nlp_vocab: object, matcher: Matcher | None = None) -> Matcher:
    """Institutional actors, parties, outlets and public places written with common nouns
    (added to ``matcher`` when given: one pass over the Doc serves every pattern)."""
    matcher = matcher if matcher is not None else Matcher(nlp_vocab)  # type: ignore[arg-type]
    owner = {"IS_TITLE": True, "LOWER": {"NOT_IN": ["the", "a", "an"]}, "OP": "+"}
    branch = {"LOWER": {"IN": sorted(BRANCH_WORDS)}, "OP": "*"}
    matcher.add(
        "OWNED_INSTITUTION",  # "Kazakh government", "Sudan's army", "Almaty police department"
        [
            [
                owner,
                {"TAG": "POS", "OP": "?"},
                branch,
                {"LOWER": {"IN": sorted(INSTITUTION_HEADS)}},
                {"LOWER": {"IN": list(TRAILING_HEADS)}, "OP": "?"},
            ]
        ],
        greedy="LONGEST",
    )
    matcher.add(
        "GOVERNMENT_OF",  # "the government of Kazakhstan"
        [
            [
                {"LOWER": {"IN": sorted(GOVERNMENT_HEADS)}},
                {"LOWER": "of"},
                {"LOWER": "the", "OP": "?"},
                {"IS_TITLE": True, "OP": "+"},
            ]
        ],
        greedy="LONGEST",
    )
    matcher.add(
        "OFFICE_OF",  # "the office of the President"
        [
            [
                {"LOWER": "office"},
                {"LOWER": "of"},
                {"LOWER": "the"},
                {"LOWER": {"IN": list(OFFICE_HOLDERS)}},
                {"LOWER": "minister", "OP": "?"},
            ]
        ],
        greedy="LONGEST",
    )
    matcher.add(
        "PARTY",  # "the Yabloko party": the name before a lower-case head
        [
            [
                {"POS": "PROPN", "IS_TITLE": True, "OP": "+"},
                {"LOWER": {"IN": list(PARTY_HEADS)}, "IS_LOWER": True},
            ]
        ],
        greedy="LONGEST",
    )
    matcher.add(
        "PUBLIC_PLACE",  # "Republic square", "Tahrir Square"
        [[{"POS": "PROPN", "IS_TITLE": True, "OP": "+"}, {"LOWER": {"IN": sorted(PLACE_HEADS)}}]],
        greedy="LONGEST",
    )
    heads = [h.split() for h in FACILITY_HEADS]
    matcher.add(
        "FACILITY",  # "Kasra hospital", "Vozara detention centre": see facility_name
        [
            [
                {"POS": "PROPN", "IS_TITLE": True, "OP": "+"},
                *(
                    {
                        "LOWER": {"IN": sorted({h[i] for h in heads if len(h) == n})},
                        "IS_LOWER": True,
                    }
                    for i in range(n)
                ),
            ]
            for n in (1, 2)
        ],
        greedy="LONGEST",
    )
    matcher.add(
        "OFFICIAL_SITE",  # "the presidential palace", "the defence ministry compound"
        [
            [
                {"LOWER": "the"},
                {"LOWER": {"IN": sorted(OFFICIAL_SITE_WORDS)}, "IS_LOWER": True, "OP": "+"},
                {"LOWER": {"IN": sorted(SITE_NOUNS)}, "IS_LOWER": True},
            ]
        ],
        greedy="LONGEST",
    )
    matcher.add(
        "PLATFORM",  # "blocked access to WhatsApp and Instagram": see spans.is_junk
        [[{"LOWER": {"IN": sorted(PLATFORM_NAMES)}, "IS_LOWER": False}]],
    )
    matcher.add(
        "MEDIA_NAME",  # "television station Mir-24", "state broadcaster MRTV"
        [
            [
                {"LEMMA": {"IN": sorted(MEDIA_NOUNS)}, "IS_LOWER": True},
                {"POS": "PROPN", "IS_LOWER": False, "OP": "+"},
            ]
        ],
        greedy="LONGEST",
    )
    return matcher


def rule_candidates(
    doc: Doc, matches: Iterable[tuple[int, int, int]], gaz: Gazetteer
) -> list[Candidate]:
    """Institutions, parties, outlets and public places the model does not label."""
    out: list[Candidate] = []
    strings = doc.vocab.strings
    for match_id, start, end in matches:
        rule = strings[match_id]
        if rule not in _RULES:
            continue
        span = doc[start:end]
        if "\n" in span.text:
            continue
        if rule == "OWNED_INSTITUTION":
            cand = _owned_institution(span, gaz)
        elif rule == "GOVERNMENT_OF":
            cand = _government_of(span, gaz)
        elif rule == "OFFICE_OF":
            cand = Candidate(start, end, "ORG", False, span.text, True)
        elif rule == "PARTY":
            name = doc[start : end - 1]
            ok = gaz.demonym(name.text) is None and not gaz.lookup(name.text)[0]
            cand = Candidate(start, end - 1, "ORG", False, None, True) if ok else None
        elif rule == "OFFICIAL_SITE":  # the landmark without its article
            cand = Candidate(start + 1, end, "LOC", is_locative(doc, start), None, True)
        elif rule == "PUBLIC_PLACE":
            cand = Candidate(start, end, "LOC", is_locative(doc, start), None, True)
        elif rule == "FACILITY":
            cand = _facility(span, gaz)
        elif rule == "PLATFORM":  # an organisation in prose; a share bar's is junk
            cand = Candidate(start, end, "ORG", False, None, True) if in_prose(span) else None
        else:  # MEDIA_NAME: the proper noun after the media noun
            name = doc[start + 1 : end]
            ok = gaz.demonym(name.text) is None and not any(t.ent_type_ == "PERSON" for t in name)
            cand = Candidate(start + 1, end, "ORG", False, None, True) if ok else None
        if cand is not None:
            out.append(cand)
    return out


def _facility(span: Span, gaz: Gazetteer) -> Candidate | None:
    """A facility named by its own name ("Kasra hospital"), or by its town's, which owns it
    ("the Ouagadougou air base": a site of Ouagadougou)."""
    doc = span.doc
    locative = is_locative(doc, span.start)
    if facility_name(span, gaz):
        return Candidate(span.start, span.end, "LOC", locative, None, True)
    words = [t.lower_ for t in span]
    k = next(
        (
            i
            for i in (len(span) - 2, len(span) - 1)
            if i > 0 and " ".join(words[i:]) in FACILITY_HEADS
        ),
        None,
    )
    if k is None or not all(t.is_title for t in span[:k]):
        return None
    if span.start > 0 and doc[span.start - 1].lower_ in ("a", "an", "one"):
        return None  # "a Kabul hospital": one of the town's, not a named place
    idx, match = gaz.lookup(span[:k].text)
    towns = [gaz.places[i] for i in idx if gaz.places[i].feature == "city"]
    if match != "exact" or not any(t.population >= MIN_POP_WITHOUT_CONTEXT for t in towns):
        return None  # a big town's, which the gazetteer reads without the document's help
    owner = (span.start, span.start + k)
    return Candidate(span.start, span.end, "LOC", locative, None, True, owner)


def facility_name(span: Span, gaz: Gazetteer) -> bool:
    """Whether a proper name before a lower-case facility head (:data:`FACILITY_HEADS`) is
    the facility's own name ("Kasra hospital", "Vozara detention centre"): the head is one
    of the table's, and the name is no place or people the gazetteer knows ("a Kabul
    hospital", "Afghan prisons" are a town's and a country's)."""
    words = [t.lower_ for t in span]
    k = next(
        (
            i
            for i in (len(words) - 2, len(words) - 1)
            if i > 0 and " ".join(words[i:]) in FACILITY_HEADS
        ),
        None,
    )
    if k is None or not all(t.is_title for t in span[:k]):
        return False
    name = span[:k].text
    return gaz.demonym(name) is None and not gaz.lookup(name)[0]


def _owned_institution(span: Span, gaz: Gazetteer) -> Candidate | None:
    doc = span.doc
    i = span.start
    stop = INSTITUTION_HEADS | BRANCH_WORDS
    while i < span.end and doc[i].is_title and doc[i].lower_ not in stop:
        i += 1
    owner = doc[span.start : i]
    if len(owner) == 0 or len(owner) > 3:
        return None
    end = span.end
    if doc[end - 1].lower_ == "ministry" and end + 1 < len(doc) and doc[end].lower_ == "of":
        # "Myanmar's Ministry of Home Affairs": the ministry's subject is part of its name
        stop_at = end + 1
        while stop_at < len(doc) and (
            doc[stop_at].is_title or (doc[stop_at].lower_ == "and" and stop_at > end + 1)
        ):
            stop_at += 1
        if stop_at > end + 1 and doc[stop_at - 1].lower_ != "and":
            end = stop_at
    span = doc[span.start : end]
    rest = doc[i:end]
    words = [t.lower_ for t in rest if t.tag_ != "POS"]
    heads = [w for w in words if w in INSTITUTION_HEADS]
    if not heads:
        return None
    head = heads[0]
    if head in NEEDS_BRANCH_HEADS and not any(w in BRANCH_WORDS for w in words):
        return None
    place = _owner_place(owner.text, gaz, countries_only=head in COUNTRY_ONLY_HEADS)
    if place is None:
        return None
    if (
        head in GOVERNMENT_HEADS
        and place.feature == "city"
        and place.population < (MIN_POP_WITHOUT_CONTEXT)
    ):
        return None  # "the Obama administration", "the Mubarak regime": a leader's, not a town's
    # Owned by a place named as such (not a demonym): the place stays visible to later stages.
    named = gaz.demonym(owner.text) is None
    owner_span = (owner.start, owner.end) if named else None
    body = state_body(" ".join(words)) if place.feature == "country" else None
    if head in GOVERNMENT_HEADS and place.feature == "country" and words[-1] == head:
        canonical = f"Government of {place.name}"
    elif body is not None:  # "Sudanese army", "Sudan's armed forces": one normal name
        canonical = f"{body} of {place.name}"
    else:
        canonical = " ".join(
            [owner.text, *("forces" if w == "troops" else w for w in words)]
        ).replace(" 's", "'s")
    return Candidate(span.start, span.end, "ORG", False, canonical, True, owner_span)


def state_body_name(text: str, gaz: Gazetteer) -> str | None:
    """The normal name of a state body the model labelled ORG: "Interior Ministry" ->
    "Ministry of Internal Affairs", "Georgia's Ministry of Internal Affairs" and "Ministry
    of Internal Affairs of Georgia" -> "Ministry of Internal Affairs of Georgia" (the
    country named by a demonym, a country's name, or its possessive, before or after)."""
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    body = state_body(" ".join(words))
    if body is not None:
        return body
    for k in range(1, min(4, len(words))):  # "<Owner>('s) <body>"
        owner = " ".join(words[:k])
        for mark in POSSESSIVE:
            owner = owner.removesuffix(mark)
        body = state_body(" ".join(words[k:]))
        if body is not None and owner[:1].isupper():
            place = _owner_place(owner, gaz, countries_only=True)
            return f"{body} of {place.name}" if place is not None else None
    for k in range(len(words) - 2, 0, -1):  # "<body> of (the) <Country>"
        if words[k].lower() != "of":
            continue
        body = state_body(" ".join(words[:k]))
        owner = " ".join(w for w in words[k + 1 :] if w.lower() != "the")
        if body is not None and owner[:1].isupper():
            place = _owner_place(owner, gaz, countries_only=True)
            return f"{body} of {place.name}" if place is not None else None
    return None


def _government_of(span: Span, gaz: Gazetteer) -> Candidate | None:
    doc = span.doc
    head = span[0].lower_
    first = span.start + 2 + (doc[span.start + 2].lower_ == "the")
    for end in range(span.end, first, -1):  # the longest run that names a country
        place = _owner_place(doc[first:end].text, gaz, countries_only=True)
        if place is not None and place.feature == "country":
            canonical = f"Government of {place.name}" if head in GOVERNMENT_HEADS else None
            return Candidate(span.start, end, "ORG", False, canonical, True, (first, end))
    return None


def _owner_place(text: str, gaz: Gazetteer, countries_only: bool) -> Place | None:
    """The country or place a modifier names: a demonym ("Kazakh", "Kazakhstani"), a country
    ("Sudan"), or, unless ``countries_only``, a town or region ("Almaty")."""
    place = gaz.demonym(text)
    if place is not None and place.feature == "country":
        return place
    idx, match = gaz.lookup(text)
    if match != "exact" or not idx:
        return None
    places = [gaz.places[i] for i in idx]
    countries = [p for p in places if p.feature == "country"]
    if countries:
        return countries[0]
    if countries_only:
        return None
    return max(places, key=lambda p: p.population)
