"""Who issued a document a sentence quotes ("the decree says", "the order issued by the
interior ministry"): read through the speaker resolver of its document."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from sitrep.extract.quotes.names import Speaker
from sitrep.extract.quotes.vocab import DOCUMENT_CHAIN, DOCUMENT_REACH, ISSUER_PREPOSITIONS

if TYPE_CHECKING:
    from sitrep.extract.quotes.resolver import _Resolver


def issuer_of(resolver: _Resolver, document: Token) -> Speaker | None:
    """Who issued "the decree" a sentence quotes: the one the text said issued the same
    document, as the named subject of the verb whose object it was ("On Thursday Jane
    Doe signed a decree ... '...,' the decree says") or by whom or from whom it came
    ("According to the information provided by the Health Ministry, ... '...,' it is
    written in the information"). The mention is looked for in the sentences just before,
    and read back from mention to mention ("a statement released by X said ... According
    to the statement, ... '...,' the statement said")."""
    at = document
    for _ in range(DOCUMENT_CHAIN):
        first = resolver.sents[max(resolver.sentence_index(at) - DOCUMENT_REACH, 0)].start
        before = None
        for t in reversed(resolver.doc[first : at.i]):
            if t.lemma_ != document.lemma_ or resolver.in_quotation(t.idx):
                continue
            obj = t.head if t.dep_ == "compound" else t  # "signed a decree closing ...", misparsed
            if obj.dep_ == "dobj":
                subj = next((c for c in obj.head.children if c.dep_ == "nsubj"), None)
                found = resolver.name_of(subj) if subj is not None and subj.lower_ != "it" else None
                return found if found is not None and found.named else _issued_from(resolver, t)
            if (found := _issued_from(resolver, t)) is not None:
                return found
            before = before or t
        if before is None:
            return None
        at = before
    return None


def issued_by(resolver: _Resolver, document: Token) -> Speaker | None:
    """Who issued a document no name is attached to: "the order issued by the interior
    ministry" is the ministry's; "the ministry issued a statement calling the attack
    'cowardly'" is who the sentence says issued it (the named subject of the verb the
    document is the object of)."""
    if document.dep_ == "dobj" and document.head.pos_ == "VERB":
        subj = next((c for c in document.head.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ not in {"it", "they"}:
            found = resolver.name_of(subj)
            if found is not None and found.named:
                return found
    return _issued_from(resolver, document)


def _issued_from(resolver: _Resolver, document: Token) -> Speaker | None:
    """Who a document came from as its own phrase says, named or not: "a joint statement
    released by several human rights groups", "a statement from the ministry", "a report
    on Friday's events by a security consultant" (the parse may hang "by" on the noun
    before it)."""
    for prep in _issuer_preps(document):
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if obj is not None and obj.pos_ in {"NOUN", "PROPN"}:
            found = resolver.name_of(obj)
            if found is not None:
                return found
    return None


def _issuer_preps(document: Token) -> list[Token]:
    """The prepositions that may name who issued ``document``: the agent of "released
    by", "by" or "from" on the noun, and "by" on the object of its own preposition."""
    out = []
    for c in document.children:
        if c.dep_ == "acl":
            out += [a for a in c.children if a.dep_ == "agent"]
        elif c.dep_ == "prep" and c.lower_ in ISSUER_PREPOSITIONS:
            out.append(c)
        elif c.dep_ == "prep":
            out += [
                p
                for g in c.children
                if g.dep_ == "pobj"
                for p in g.children
                if p.dep_ == "prep" and p.lower_ == "by"
            ]
    return out
