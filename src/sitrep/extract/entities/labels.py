"""Labels from the sentence and the document, not the name alone: split and rejoined person
names, names relabelled by apposition, coordination and the document's other mentions.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from sitrep.extract.entities.candidates import Candidate
from sitrep.extract.entities.places import is_big_place, is_country_prefix
from sitrep.extract.entities.spans import Sentences, is_acronym, is_locative, strip_titles
from sitrep.extract.entities.vocabulary import (
    HAMLET_MAX_POPULATION,
    HONORIFICS,
    MEDIA_NOUNS,
    ORG_HEADS,
    ORG_NOUNS,
    PERSON_NOUNS,
    SOFT_LABELS,
    SURNAME_TOWN_MAX_POPULATION,
    VOCATIVE_NEXT,
)
from sitrep.extract.event_triggers import ARMED
from sitrep.extract.gazetteer import (
    Gazetteer,
    fold_key,
)
from sitrep.lexicon import ADDRESS_VERBS, STREET_NOUNS
from sitrep.records import EntityMention, Place

# the nouns that make a name before them an armed group's: "M23 rebels", "the M23 armed group"
GROUP_NOUNS = frozenset((*ARMED, "group", "movement"))
CODE_NAME = re.compile(r"[A-Z]{1,4}-?\d{1,3}")


def relabel_by_syntax(
    doc: Doc, spans: list[tuple[Span, Candidate]], gaz: Gazetteer
) -> list[tuple[Span, Candidate]]:
    """Labels from the sentence, not the name alone.

    * a name the model missed that repeats a person's surname, or an organisation's name, used
      elsewhere in the document takes that label ("Azirbek urged ..." after "Saltanat Azirbek");
    * a missed or PRODUCT-labelled name coordinated with an organisation is one too ("ExxonMobil
      and Chevron", "Mir-24 and Tass");
    * a "person" in apposition to a company noun is an organisation ("Kazakhtelecom, the
      operator"), and an all-capitals "person" is an acronym ("RFE/RL");
    * an "organisation" in apposition to, or right after, a person noun or title is a person
      ("leader, Kassym-Jomart Tokayev");
    * a "place" no gazetteer knows that names an armed group somewhere in the document ("M23
      rebels", "the M23 armed group") is that group's name, an organisation, everywhere in it.
    """
    surnames: set[str] = set()
    org_names: set[str] = set()
    for span, cand in spans:
        if cand.label == "PERSON" and len(span) > 1:
            surnames.add(span[-1].text)
        elif cand.label == "ORG" and not cand.ruled:
            org_names.add(span.text)
    ent_label = {k: label for k, label in _token_labels(spans).items()}
    groups = _group_names(spans, gaz)
    out: list[tuple[Span, Candidate]] = []
    for span, cand in spans:
        label = cand.label
        if cand.ruled:
            out.append((span, cand))
            continue
        if label in ("", *SOFT_LABELS):
            if label == "" and len(span) == 1 and span.text in surnames:
                label = "PERSON"
            elif span.text in org_names or _coordinated_with(span, ent_label, "ORG"):
                label = "ORG"
            elif span.root.dep_ == "appos" and span.root.head.lemma_.lower() in MEDIA_NOUNS:
                label = "ORG"
        elif label == "PERSON":
            if all(t.is_upper and len(t.text) <= 6 for t in span if t.is_alpha):
                label = "ORG"
            elif _apposition_lemma(span) in ORG_NOUNS:
                label = "ORG"
        elif label in ("GPE", "LOC") and span.text in groups:
            label = "ORG"
        elif label in ("ORG", "GPE", "NORP") and _person_by_context(span, gaz):
            label = "PERSON"
        out.append((span, cand if label == cand.label else replace(cand, label=label)))
    return out


def _group_names(spans: list[tuple[Span, Candidate]], gaz: Gazetteer) -> frozenset[str]:
    """Names the model took for places that the document uses as an armed group's name ("M23
    rebels", "the M23 armed group", "RSF fighters") and the gazetteer does not know: a place
    premodifying "forces" ("Tigray forces", "Russian forces") is a place the gazetteer has.
    So is a code of capitals and digits ("M23" after "March 23 Movement"), unless it names a
    road ("the N3 highway")."""
    out: set[str] = set()
    for span, cand in spans:
        doc = span.doc
        if cand.label not in ("GPE", "LOC") or gaz.lookup(span.text)[0]:
            continue
        k = span.end + (span.end < len(doc) and doc[span.end].lower_ == "armed")
        after = doc[k].lemma_.lower() if k < len(doc) else ""
        if after in GROUP_NOUNS or (CODE_NAME.fullmatch(span.text) and after not in STREET_NOUNS):
            out.add(span.text)
    return frozenset(out)


def _token_labels(spans: list[tuple[Span, Candidate]]) -> dict[int, str]:
    labels: dict[int, str] = {}
    for span, cand in spans:
        for i in range(span.start, span.end):
            labels[i] = cand.label
    return labels


def _coordinated_with(span: Span, labels: dict[int, str], label: str) -> bool:
    root = span.root
    if root.dep_ == "conj" and labels.get(root.head.i) == label:
        return True
    return any(c.dep_ == "conj" and labels.get(c.i) == label for c in root.children)


def _apposition_lemma(span: Span) -> str:
    root = span.root
    for child in root.children:
        if child.dep_ == "appos":
            return child.lemma_.lower()
    return ""


def _person_by_context(span: Span, gaz: Gazetteer) -> bool:
    if len(span) < 2 or any(t.lower_ in ORG_HEADS for t in span) or is_acronym(span.text):
        return False
    if gaz.demonym(span.text) is not None or gaz.lookup(span.text)[0]:
        return False
    if not all(t.is_title for t in span if t.is_alpha):
        return False
    root = span.root
    if root.dep_ == "appos":  # "its government and leader, X Y": the head or its conjunct
        heads = {root.head.lemma_.lower(), *(c.lemma_.lower() for c in root.head.conjuncts)}
        if heads & PERSON_NOUNS:
            return True
    prev: Token | None = span.doc[span.start - 1] if span.start > 0 else None
    return prev is not None and prev.lower_ in PERSON_NOUNS | HONORIFICS


def merge_adjacent_persons(
    doc: Doc, spans: list[tuple[Span, Candidate]], sents: Sentences
) -> list[tuple[Span, Candidate]]:
    """ "Qasym-Zhomart" + "Toqaev": the model splits unfamiliar full names; rejoin them. So
    with a run of proper nouns it left unlabelled right after a person ("General Brice
    Clotaire" + "Oligui Nguema")."""
    out: list[tuple[Span, Candidate]] = []
    text = doc.text
    for span, cand in spans:
        if out:
            prev, pcand = out[-1]
            surname = cand.label == "" and all(t.tag_ == "NNP" and t.is_title for t in span)
            if (
                pcand.label == "PERSON"
                and (cand.label == "PERSON" or surname)
                and text[prev.end_char : span.start_char] == " "
                and sents.of_token[span.start] == sents.of_token[prev.start]
            ):
                out[-1] = (doc[prev.start : span.end], pcand)
                continue
        out.append((span, cand))
    return out


def split_place_from_person(
    doc: Doc, spans: list[tuple[Span, Candidate]], gaz: Gazetteer
) -> list[tuple[Span, Candidate]]:
    """ "clash in Alexandria Mubarak's position": a place and a surname run together, which the
    model reads as one person. A "person" after a place preposition whose first word is a
    country, a region or a city of 100,000 people, and whose other words are the name of a
    person the document names with another given name ("Hosni Mubarak"), is the place and
    that person. "in Jordan Peterson's book" stays whole unless the document names another
    Peterson."""
    given: dict[str, set[str]] = {}
    for span, cand in spans:
        if cand.label == "PERSON" and len(span) >= 2:
            given.setdefault(fold_key(span[-1].text), set()).add(fold_key(span[0].text))
    out: list[tuple[Span, Candidate]] = []
    for span, cand in spans:
        if cand.label == "PERSON" and len(span) >= 2 and is_locative(doc, span.start):
            others = given.get(fold_key(span[-1].text), set()) - {fold_key(span[0].text)}
            head = doc[span.start : span.start + 1]
            if others and is_big_place(head.text, gaz):
                rest = doc[span.start + 1 : span.end]
                out.append((head, replace(cand, end=head.end, label="GPE", locative=True)))
                out.append((rest, replace(cand, start=rest.start, locative=False)))
                continue
        out.append((span, cand))
    return out


def split_place_from_container(
    doc: Doc, spans: list[tuple[Span, Candidate]], gaz: Gazetteer
) -> list[tuple[Span, Candidate]]:
    """ "the streets of Goma, Democratic Republic of Congo": the model reads a town and the
    country or region after its comma as one place, which no gazetteer knows. A place whose
    words after its one comma are a country or a first-level region, and whose words before
    it the gazetteer knows, is two places: the town, then its container (which the geocoder
    then reads as the town's, as it does two places a comma joins)."""
    out: list[tuple[Span, Candidate]] = []
    for span, cand in spans:
        commas = [t.i for t in span if t.text == ","]
        if cand.label in ("GPE", "LOC") and len(commas) == 1 and not gaz.lookup(span.text)[0]:
            head, tail = doc[span.start : commas[0]], doc[commas[0] + 1 : span.end]
            if len(head) and len(tail) and gaz.lookup(head.text)[0] and _container(tail, gaz):
                out.append((head, replace(cand, end=head.end)))
                out.append((tail, replace(cand, start=tail.start, locative=False)))
                continue
        out.append((span, cand))
    return out


def split_place_list(
    doc: Doc, spans: list[tuple[Span, Candidate]], gaz: Gazetteer
) -> list[tuple[Span, Candidate]]:
    """ "in towns including Babruysk, Brest, Viciebsk", "from Baghdad, Basra, Najaf, Babylon
    and Diwaniya": the model reads two items of a list of towns as one name (often an
    organisation's), which no gazetteer knows. A name the gazetteer does not know whose
    parts between its commas and "and" it knows each, exactly, is those places, one
    mention each. A name joined by "and" alone ("Marks and Spencer") is a list only when
    a comma before it shows it continues one.

    Why: lists of towns are how news says how far unrest spread; each town is a place
    mention of its own."""
    out: list[tuple[Span, Candidate]] = []
    for span, cand in spans:
        parts = _list_items(span)
        if (
            cand.ruled
            or len(parts) < 2
            or gaz.lookup(span.text)[0]
            or not all(_known_exactly(p, gaz) for p in parts)
            or not (
                any(t.text == "," for t in span)
                or (span.start > 0 and doc[span.start - 1].text == ",")
            )
        ):
            out.append((span, cand))
            continue
        for k, part in enumerate(parts):
            label = cand.label if cand.label in ("GPE", "LOC") else "GPE"
            out.append(
                (part, replace(cand, start=part.start, end=part.end, label=label, locative=False))
                if k
                else (part, replace(cand, end=part.end, label=label))
            )
    return out


def _list_items(span: Span) -> list[Span]:
    """The stretches of a name between its commas and "and" (none empty), or [] when it
    has no such joint. A joint closing the name is the model's overreach ("Cajamarca,
    Arequipa and" before "Puno"), not an empty item."""
    doc, items, start = span.doc, [], span.start
    end = span.end
    while end > start and (doc[end - 1].text == "," or doc[end - 1].lower_ == "and"):
        end -= 1
    for t in doc[start:end]:
        if t.text == "," or t.lower_ == "and":
            if t.i == start:
                if t.text == "," or doc[t.i - 1].text != ",":
                    return []  # an empty item: not a list
                start = t.i + 1  # ", and": the serial comma
                continue
            items.append(doc[start : t.i])
            start = t.i + 1
    if not items or start >= end:
        return []
    return [*items, doc[start:end]]


def _known_exactly(span: Span, gaz: Gazetteer) -> bool:
    """A capitalised name the gazetteer holds by exactly these letters (small towns too)."""
    if not span.text[:1].isupper():
        return False
    hits, match = gaz.lookup(span.text)
    return (bool(hits) and match == "exact") or bool(gaz.minor_hits(span.text))


def _container(span: Span, gaz: Gazetteer) -> bool:
    """A country or first-level region known by exactly this name (a leading "the" aside)."""
    words = span[1:] if span[0].lower_ == "the" else span
    hits, match = gaz.lookup(words.text)
    return match == "exact" and any(gaz.places[i].feature in ("country", "admin1") for i in hits)


def relabel_persons(doc: Doc, mentions: list[EntityMention]) -> list[EntityMention]:
    """Make labels agree within a document: the model may call "Kassym-Jomart Tokayev" an ORG
    but "Tokayev" a PERSON, or a surname NORP. A non-place name whose last word is a surname used
    for a person elsewhere in the document is a person too, and so is a one-word non-place name
    that is the given name of a person the document names in full."""
    surnames: set[str] = set()
    full_names: set[str] = set()  # surnames of people named in full ("Hillary Clinton")
    given: set[str] = set()  # their given names ("Faith" of "Faith Margaret")
    for m in mentions:
        if m.label == "PERSON":
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            words = (strip_titles(span).text if span is not None else m.text).split()
            if words:
                surnames.add(fold_key(words[-1]))
            if len(words) >= 2:
                full_names.add(fold_key(words[-1]))
                given.add(fold_key(words[0]))
    out = []
    for m in mentions:
        if _person_like(m) and (
            fold_key(m.text.split()[-1]) in surnames
            or (" " not in m.text.strip() and fold_key(m.text) in given)
        ):
            # a surname, or alone the given name of a person named in full ("Gotabhaya
            # arrives in Singapore" above "Gotabhaya Rajapaksa")
            m = replace(m, label="PERSON")
        elif _surname_as_town(m) and (
            fold_key(m.text) in full_names
            or (fold_key(m.text) in given and _given_name_hamlet(doc, m))
            or _addressed(doc, m)
        ):
            m = replace(m, label="PERSON", place=None, ambiguous=False, candidates=0)
        out.append(m)
    return out


def _person_like(m: EntityMention) -> bool:
    words = m.text.split()
    return (
        m.place is None
        and m.label in ("ORG", "NORP", "GPE")
        and m.canonical == m.text
        and bool(words)
        and not is_acronym(m.text)
        and all(w[:1].isupper() for w in words)
        and not any(w.lower().strip(".,") in ORG_HEADS for w in words)
        and not is_country_prefix(m.text)
        and not is_country_prefix(m.text.removesuffix("s"))
    )


def _given_name_hamlet(doc: Doc, m: EntityMention) -> bool:
    """A hamlet named like the given name of a person in the document ("baby Faith" beside
    "Faith Margaret") is the person, unless a place preposition introduces it ("in Faith")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return (
        m.place is not None
        and m.place.population < HAMLET_MAX_POPULATION
        and span is not None
        and not is_locative(doc, span.start)
    )


def _addressed(doc: Doc, m: EntityMention) -> bool:
    """A name the sentence speaks to, which only a person is: the object of a verb of
    telling ("ElBaradei told Anderson that ..."), or a vocative after a common word
    ("Kafr Nabl, Idlib." and "Rockingham, Northamptonshire." name a town and its city or
    county) closing a sentence ("... see the way forward, Anderson.") or set off by commas
    inside it before a clause ("see the way forward, Anderson, when clearly ...": not after
    a noun, as "the capital, Cairo, where ..." names the capital)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN"):
        return False  # "told Springfield residents": the name modifies who is told
    if root.dep_ in ("dobj", "dative") and root.head.lemma_ in ADDRESS_VERBS:
        return True
    before = span.start - 1
    if not (
        before >= 1
        and doc[before].text in (",", "--", "\u2014")
        and doc[before - 1].text[:1].islower()  # "Rockingham, Northamptonshire." is a place
        and not doc[before - 1].ent_type_
    ):
        return False
    if after is None or after.text in (".", "?", "!"):
        return True
    clause = doc[span.end + 1] if span.end + 1 < len(doc) else None
    return (
        after.text == ","
        and clause is not None
        and clause.pos_ in VOCATIVE_NEXT
        and doc[before - 1].pos_ not in ("NOUN", "PROPN", "NUM")
    )


def _surname_as_town(m: EntityMention) -> bool:
    p = m.place
    return (
        m.label in ("GPE", "LOC")
        and p is not None
        and len(m.text.split()) == 1
        and p.feature not in ("country", "admin1", "admin2", "region")
        and (p.population or 0) < SURNAME_TOWN_MAX_POPULATION
    )


def in_place_list(span: Span, labels: dict[int, str]) -> bool:
    """A one-word name in a list of three or more whose other members include a name the
    model calls a place ("rain to Benghazi, Bayda, Susa and al-Marj"): the whole
    coordination (its first member and every conjunct under it), not just the neighbour."""
    if len(span) != 1:
        return False
    top = span.root
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    members = [top, *(t for t in top.subtree if t.dep_ == "conj")]
    if len(members) < 3:
        return False  # three names at least: "Derna and north-east Libya" is weaker evidence
    return any(
        labels.get(t.i) in ("GPE", "LOC") for t in members if not span.start <= t.i < span.end
    )


def listed_town(name: str, countries: frozenset[str], gaz: Gazetteer) -> Place | None:
    """The one town (main or minor record) of the document's countries named exactly
    ``name``: what a listed name the model did not call a place stands for."""
    hits, match = gaz.lookup(name)
    idx = (*(hits if match == "exact" else ()), *gaz.minor_hits(name))
    towns = {
        p.geonameid: p
        for p in (gaz.places[i] for i in idx)
        if p.feature == "city" and p.country_code in countries
    }
    return next(iter(towns.values())) if len(towns) == 1 else None


def place_listed(spans: list[tuple[Span, Candidate]]) -> frozenset[int]:
    """Indexes of the one-word names not labelled a place that sit in a list of places."""
    labels = _token_labels(spans)
    return frozenset(
        k
        for k, (span, cand) in enumerate(spans)
        if cand.label in ("", "ORG", "PERSON") and not cand.ruled and in_place_list(span, labels)
    )
