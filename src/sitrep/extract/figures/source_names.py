"""What a source is called: the name the entity stage gave it, the person who holds a role
("the mayor of Derna"), the body an official or spokesperson speaks for ("a health ministry
official"), a report's author ("an AFP tally"), else the words of its own phrase."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from sitrep.extract.figure_words import (
    BODY_NOUNS,
    COLLECTIVE_SOURCES,
    COUNTRY_POSSESSORS,
    DESCRIPTOR_NOUNS,
    DOCUMENT_NOUNS,
    PTB_BRACKETS,
    STAFF_NOUNS,
    VOICE_NOUNS,
    VOICED_BODIES,
)
from sitrep.extract.figures.syntax import _PRONOUNS, _lemma
from sitrep.extract.quotes import ROLE_LEMMAS
from sitrep.records import EntityMention


def _author(noun: Token) -> Token | None:
    """Who made a tally, report or statement: "compiled by AFP", "the ministry's report",
    "an AFP tally", "a statement from the army"."""
    for t in noun.subtree:
        if t.dep_ == "pobj" and t.head.lower_ == "by" and t.head.head.dep_ == "acl":
            return t  # "a tally of figures from hospitals compiled by AFP"
    for c in noun.children:
        if c.dep_ == "poss" and c.lower_ not in _PRONOUNS:
            return c
        if c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN" and c.i < noun.i:
            return c
        if c.dep_ == "compound" and c.i < noun.i and _lemma(c) in COLLECTIVE_SOURCES - {"agency"}:
            return c  # "police reports", "an army statement"
        if c.dep_ == "prep" and c.lower_ in {"from", "by"}:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and (
                obj.pos_ == "PROPN"
                or obj.ent_type_ in {"ORG", "PERSON"}
                or _lemma(obj) in BODY_NOUNS  # "updated figures from the ministry"
            ):
                return obj
    return None


def _apposed_person(subj: Token, entities: list[EntityMention]) -> str | None:
    """The person named in apposition to a role subject ("the Ombudsman, Levan Ioseliani,")
    when the subject is not a name itself."""
    if subj.pos_ == "PROPN" and subj.ent_type_ == "PERSON":
        return None
    for c in subj.children:
        if c.dep_ != "appos":
            continue
        for e in entities:
            if e.label == "PERSON" and e.start <= c.idx < e.end:
                return e.canonical
    return None


def _role_holder(subj: Token, entities: list[EntityMention]) -> str | None:
    """The person a singular role subject stands for ("the mayor of Derna said", "Derna
    mayor says") when the article names the holder with that role word right before the
    name ("Mayor Abdel-Moneim al-Ghaithi", "the city's mayor, X") or in apposition after it
    ("X, the city's mayor,"); the nearest such mention before the role, else the first after.
    The role's common-noun modifiers must be said there too ("health minister")."""
    role = _lemma(subj)
    if (
        role not in ROLE_LEMMAS
        or subj.tag_ in {"NNS", "NNPS"}
        or subj.ent_type_ == "PERSON"
        or any(c.lower_ in {"a", "an", "one", "another"} for c in subj.children)
    ):
        return None
    kinds = {
        c.lower_ for c in subj.children if c.dep_ in {"amod", "compound"} and c.pos_ != "PROPN"
    }
    text = subj.doc.text
    said_before = re.compile(rf"\b((?:[\w'-]+\s+){{0,2}}){role}\b,?\s*$", re.IGNORECASE)
    said_after = re.compile(rf"^,\s*((?:[\w'-]+\s+){{0,3}}){role}\b", re.IGNORECASE)
    before = after = None
    for e in entities:
        if e.label != "PERSON" or e.start <= subj.idx < e.end:
            continue
        m = said_before.search(text[max(e.start - 40, 0) : e.start]) or said_after.match(
            text[e.end : e.end + 50]
        )
        if m is None or not kinds <= set(m.group(1).lower().split()):
            continue
        if e.start < subj.idx:
            before = e
        elif after is None or e.start < after.start:
            after = e
    best = before or after
    return best.canonical if best is not None else None


def _source_text(subj: Token, entities: list[EntityMention]) -> str:
    """A source's name: the entity's canonical form if the subject is one, else its phrase."""
    doc = subj.doc
    short = _bracketed_acronym(subj, entities)
    if short is not None:  # "the U.N. Office for the Coordination of … (OCHA)"
        return short
    if _lemma(subj) in DOCUMENT_NOUNS:
        author = _author(subj)
        if author is not None:
            return _source_text(author, entities)
    named = _apposed_person(subj, entities)
    if named is not None:  # "Georgia's Ombudsman, Levan Ioseliani, shared …" -> the person
        return named
    named = _role_holder(subj, entities)
    if named is not None:  # "the mayor of Derna said" -> "Mayor Abdel-Moneim al-Ghaithi"
        return named
    if _lemma(subj) in DESCRIPTOR_NOUNS:  # "the AFP news agency" -> AFP
        for e in entities:
            if e.label == "ORG" and subj.left_edge.idx <= e.start and e.end <= subj.idx:
                return e.canonical
        named = subj.ent_type_ or any(e.start <= subj.idx < e.end for e in entities)
        name = None if named else _name_before(subj)
        if name is not None:  # "the Iran Human Rights (IHR) NGO", its name tagged no body
            return name  # (not "the World Health Organization", a name itself)
    people = [
        e
        for e in entities
        if e.label == "PERSON" and subj.left_edge.idx <= e.start < subj.idx + len(subj.text) + 1
    ]
    for e in entities:
        if e.start <= subj.idx < e.end and e.label in {"PERSON", "ORG", "NORP", "GPE"}:
            if e.label == "PERSON" or (e.end - e.start) >= len(subj.text):
                return e.canonical
    if people:
        return people[-1].canonical
    if _lemma(subj) in {
        "official",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "representative",
        "source",
        "officer",
    }:
        for c in subj.children:
            if c.dep_ == "prep" and c.lower_ in {"from", "of", "at", "for"}:
                for obj in c.children:
                    if obj.dep_ == "pobj" and (
                        obj.pos_ == "PROPN"
                        or obj.ent_type_ == "ORG"
                        or any(g.pos_ == "PROPN" for g in obj.subtree)
                        # a voice speaks for the body it names: "a spokesperson for the
                        # presidency" is the presidency's
                        or (_lemma(subj) in VOICE_NOUNS and obj.pos_ == "NOUN")
                    ):
                        return _source_text(obj, entities)
    body = _voiced_body(subj)
    if body is not None:  # "PTI spokespeople said", "a health ministry official confirmed"
        return body.text
    start, end = subj.left_edge.i, subj.i + 1
    for c in subj.rights:  # "officials from the office of the President"
        if (
            c.dep_ == "prep"
            and c.lower_ in {"from", "of", "at", "for", "in"}
            and not any(t.ent_type_ in {"DATE", "TIME"} for t in c.subtree)
        ):
            end = c.right_edge.i + 1
        elif (
            c.dep_ in {"acl"}
            and c.i == end
            and not any(t.like_num for t in c.subtree)
            and c.right_edge.i - c.i < 4
        ):
            end = c.right_edge.i + 1  # "images published online"
            break
        else:
            break
    while start < end and (
        doc[start].dep_ == "det" or doc[start].is_punct or doc[start].lower_ in PTB_BRACKETS
    ):
        start += 1
    # "the country's Health Ministry" -> "Health Ministry"
    if (
        start + 1 < end
        and doc[start + 1].dep_ == "case"
        and _lemma(doc[start]) in COUNTRY_POSSESSORS
    ):
        start += 2
    while end > start and (
        doc[end - 1].ent_type_ in {"DATE", "TIME"}
        or doc[end - 1].is_punct
        or doc[end - 1].lower_ in PTB_BRACKETS
    ):
        end -= 1
    return doc[start:end].text if end > start else subj.text


def _name_before(noun: Token) -> str | None:
    """The proper name a descriptor noun carries before it ("the Norway-based Iran Human
    Rights (IHR) NGO" -> "Iran Human Rights"): its nearest proper-noun modifier with the
    proper nouns compounded on it."""
    mods = [c for c in noun.lefts if c.dep_ in {"nmod", "compound"} and c.pos_ == "PROPN"]
    if not mods:
        return None
    head = mods[-1]
    first = head
    while first.i > 0 and (
        first.nbor(-1).dep_ == "compound"
        and first.nbor(-1).pos_ == "PROPN"
        and first.nbor(-1).head.i <= head.i
    ):
        first = first.nbor(-1)
    return noun.doc[first.i : head.i + 1].text


def _voiced_body(subj: Token) -> Span | None:
    """The body a voice or staff noun names before it speaks for: "PTI spokespeople" is the
    PTI's, "a health ministry official" the health ministry's, "Nagorno-Karabakh military
    officials" the Nagorno-Karabakh military's, "a police source" the police's. The words
    before the noun must end on a body ("ministry", "police", "army") or an organisation's
    name; "Afghan health officials" names none and stays as said."""
    if _lemma(subj) not in STAFF_NOUNS | {"spokespeople"} or subj.i == 0:
        return None
    last = subj.nbor(-1)
    if last.dep_ not in {"compound", "amod", "nmod"} or last.head != subj:
        return None
    if not (
        _lemma(last) in BODY_NOUNS | VOICED_BODIES
        or (last.pos_ == "PROPN" and last.ent_type_ in {"ORG", ""} and last.is_upper)
    ):
        return None
    first = subj.left_edge
    while first.i < last.i and (first.dep_ == "det" or first.is_punct):
        first = first.nbor(1)
    return subj.doc[first.i : last.i + 1]


def _bracketed_acronym(subj: Token, entities: list[EntityMention]) -> str | None:
    """The organisation a source's phrase is abbreviated to in brackets right after it
    ("the U.N. Office for the Coordination of Humanitarian Affairs (OCHA)"): the name the
    entity stage gave the acronym, whole where the phrase's own entity may be cut short."""
    doc, right = subj.doc, subj.right_edge
    at = right.i - 2 if right.text == ")" else right.i + 1  # brackets inside the phrase or not
    if at < 0 or at + 2 >= len(doc) or doc[at].text != "(" or doc[at + 2].text != ")":
        return None
    acronym = doc[at + 1]
    for e in entities:
        if e.label == "ORG" and e.start <= acronym.idx < e.end and acronym.is_upper:
            return e.canonical
    return None
