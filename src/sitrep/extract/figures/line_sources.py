"""Sources a line's layout gives: a headline or lead that opens with its source and a colon
("Interior Ministry: over 400 protesters detained"), a key-figure line closed by its
source in brackets ("9,000 people missing (UN OCHA)")."""

from __future__ import annotations

import re

from spacy.tokens import Token

from sitrep.extract.figure_words import BODY_NOUNS, DOCUMENT_NOUNS, PICTURE_CREDIT
from sitrep.extract.figures.source_names import _source_text
from sitrep.extract.figures.syntax import _lemma
from sitrep.records import EntityMention


def _bracketed_source(anchor: Token, entities: list[EntityMention]) -> str | None:
    """A key-figure line that ends with its source in brackets, as situation reports list
    them: "3,958 deaths recorded (WHO, relayed by UN OCHA)", "9,000 people missing (UN
    OCHA)": the organisation the bracket opens with (the first one, who counted). Not an
    organisation's acronym after its name ("the Organization for Migration (IOM)"), nor a
    picture's credit ("(Photo by Carl Court/Getty Images)")."""
    text = anchor.doc.text
    end = text.find("\n", anchor.idx)
    line = text[anchor.idx : len(text) if end < 0 else end].rstrip().rstrip(".")
    if not line.endswith(")") or "(" not in line:
        return None
    opening = anchor.idx + line.rindex("(")
    closing = anchor.idx + len(line) - 1
    if opening <= anchor.idx + len(anchor.text):
        return None
    orgs = [e for e in entities if e.label == "ORG"]
    before = text[:opening].rstrip()
    if not before or any(e.start < len(before) <= e.end for e in orgs):
        return None  # "the International Organization for Migration (IOM)": its acronym
    credit = text[opening + 1 : closing].split(",")[0].strip()
    if PICTURE_CREDIT.search(credit):
        return None  # "(Photo by Carl Court/Getty Images)": a picture's credit
    start = opening + 1 + text[opening + 1 : closing].index(credit) if credit else -1
    named = [e for e in orgs if start <= e.start and e.end <= start + len(credit)]
    if not named or len(credit.split()) > 8:
        return None
    return credit if len(named) > 1 else named[0].canonical


def _colon_source(anchor: Token, entities: list[EntityMention]) -> str | None:
    """A headline or lead that opens with its source and a colon: "Interior Ministry: over
    400 protesters detained", "UN: 1,200 people displaced". The name must fill the words
    before the colon (a short lead-in, not a clause)."""
    sent = anchor.sent
    colon = next((t for t in sent if t.text == ":" and t.i < anchor.i), None)
    if colon is None:
        return None
    lead = [t for t in sent[: colon.i - sent.start] if not t.is_space]
    while lead and (lead[0].like_num or lead[0].is_punct or _CLOCK.match(lead[0].text)):
        lead = lead[1:]  # a live blog's time stamp: "08:05 - Interior ministry: …"
    if not lead or len(lead) > 8:
        return None
    named = _lead_phrase_source(lead, entities)
    if named is not None:
        return named
    if len(lead) > 6:
        return None
    for e in entities:
        if e.label in {"ORG", "PERSON"} and e.start <= lead[-1].idx < e.end:
            covered = [t for t in lead if e.start <= t.idx < e.end]
            if len(covered) >= len(lead) - 1:  # an adjective left out: "Georgian Interior Ministry"
                return e.canonical
    (only,) = lead if len(lead) == 1 else (None,)
    if (
        only is not None
        and only.is_upper
        and len(only) >= 3
        and only.ent_type_ not in {"GPE", "LOC", "NORP"}
        and not _clause_follows(colon)
    ):
        return only.text  # an acronym the model did not tag: "UNICEF: …"
    return None


_CLOCK = re.compile(r"\d{1,2}[:.h]\d{2}$")


def _clause_follows(colon: Token) -> bool:
    """A whole clause after the colon ("ANTAKYA: Rescue workers dug …"): the word before
    it is a dateline's place, not a headline's source ("UNICEF: 1,200 children displaced")."""
    return any(
        t.tag_ in {"VBD", "VBZ", "VBP"} and any(c.dep_ == "nsubj" for c in t.children)
        for t in colon.doc[colon.i + 1 : colon.sent.end]
    )


def _lead_phrase_source(lead: list[Token], entities: list[EntityMention]) -> str | None:
    """A lead before a colon that is one noun phrase naming a body ("Interior ministry:
    667 arrests") or a report with its author ("New figures from the ombudsman's office:
    seven dead, …"): that body or author."""
    inside = {t.i for t in lead}
    roots = [t for t in lead if t.head.i not in inside or t.head == t]
    if len(roots) != 1 or roots[0].pos_ not in {"NOUN", "PROPN"}:
        return None
    root = roots[0]
    if _lemma(root) in DOCUMENT_NOUNS:
        for c in root.children:
            if c.dep_ == "prep" and c.lower_ in {"from", "by"}:
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None and obj.pos_ in {"NOUN", "PROPN"}:
                    return _source_text(obj, entities)
        return None
    if _lemma(root) in BODY_NOUNS:
        for e in entities:
            if e.label == "ORG" and lead[0].idx <= e.start and e.end == root.idx + len(root):
                return e.canonical
        words = [t for t in lead if t.dep_ != "det"]
        return root.doc[words[0].i : words[-1].i + 1].text if words else None
    return None
