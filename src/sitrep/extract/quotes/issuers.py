"""Who issued a document a sentence quotes ("the decree says", "the order issued by the
interior ministry"): read through the speaker resolver of its document."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from sitrep.extract.quotes.names import Speaker

if TYPE_CHECKING:
    from sitrep.extract.quotes.resolver import _Resolver


def issuer_of(resolver: _Resolver, document: Token) -> Speaker | None:
    """Who issued "the decree" a sentence quotes: the named subject of the verb whose
    object the same document was in the two sentences before ("On Thursday Jane Doe
    signed a decree ... '...,' the decree says")."""
    first = resolver.sents[max(resolver.sentence_index(document) - 2, 0)].start
    for t in reversed(resolver.doc[first : document.i]):
        if t.lemma_ != document.lemma_ or resolver.in_quotation(t.idx):
            continue
        obj = t.head if t.dep_ == "compound" else t  # "signed a decree closing ...", misparsed
        if obj.dep_ != "dobj":
            continue
        subj = next((c for c in obj.head.children if c.dep_ == "nsubj"), None)
        found = resolver.name_of(subj) if subj is not None and subj.lower_ != "it" else None
        return found if found is not None and found.named else None
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
    for acl in document.children:
        if acl.dep_ != "acl":
            continue
        for agent in acl.children:
            obj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if agent.dep_ == "agent" and obj is not None and obj.pos_ == "NOUN":
                found = resolver.name_of(obj)
                if found is not None and found.named:
                    return found
    return None
