"""Named people and bodies from the entity step, as candidate speakers."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

import numpy as np
from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc, Token

from sitrep.extract import context
from sitrep.extract.quotes.vocab import (
    _OVERLAPPING_NAMES,
    DOCUMENT_NOUNS,
    HUMAN_NOUNS,
    INSTITUTION_NOUNS,
    PERSON_DESCRIPTIONS,
    PROXY_NOUNS,
    ROLE_LEMMAS,
    STATEMENT_NOUNS,
    SUBJECT_DEPS,
    TITLE_LEMMAS,
    TITLE_PARTS,
    TITLE_WORDS,
)
from sitrep.lexicon import ORG_DESCRIPTORS


@dataclass(frozen=True, slots=True)
class Named:
    """A name found in the document: span, label and the document's full form."""

    start: int
    end: int
    label: str
    canonical: str


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a reporting verb is attributed to, and where that is in the text."""

    name: str
    start: int
    end: int
    named: bool  # a named entity (as opposed to "officials", "protesters")


def _names(doc: Doc) -> list[Named]:
    """Named entities from ``sitrep_entities_v1``, else from the model's NER.

    Without the entity stage, a PERSON's full form is the longest PERSON name in
    the document that ends with the same word (Tokayev -> Kassym-Jomart Tokayev).
    """
    records = context.get(doc, "entities")
    if records:
        return sorted(
            (Named(r.start, r.end, r.label, r.canonical) for r in records), key=lambda n: n.start
        )
    ents = [e for e in doc.ents if e.label_ in {"PERSON", "ORG", "GPE", "NORP", "LOC"}]
    longest: dict[str, str] = {}
    for e in ents:
        if e.label_ == "PERSON":
            key = e[-1].text.lower()
            if len(e.text) > len(longest.get(key, "")):
                longest[key] = e.text
    named = [
        Named(
            e.start_char,
            e.end_char,
            e.label_,
            longest.get(e[-1].text.lower(), e.text) if e.label_ == "PERSON" else e.text,
        )
        for e in ents
    ]
    covered = {i for e in ents for i in range(e.start, e.end)}
    for tok in doc:  # acronyms the tagger missed ("a CSTO force") are organisations
        if tok.i not in covered and tok.pos_ == "PROPN" and tok.is_upper and len(tok) >= 3:
            named.append(Named(tok.idx, tok.idx + len(tok), "ORG", tok.text))
    return sorted(named, key=lambda n: n.start)


def _is_person(n: Named, tok: Token) -> bool:
    """A person name, or a name the tagger got wrong but a title vouches for
    ("President Kassym-Jomart Tokayev" tagged ORG), before it or in apposition after it
    ("Othman Abduljaleel, health minister in the eastern-based administration, said"), or
    a role the name is in apposition to ("the UN's resident coordinator, Arnaud Peral,")."""
    if n.label == "PERSON":
        return True
    if n.label == "ORG" and tok.dep_ == "appos" and tok.head.i < tok.i:
        if tok.head.lemma_.lower() in ROLE_LEMMAS:
            return True  # "the resident coordinator, Arnaud Peral," tagged ORG
    return n.label == "ORG" and any(
        (c.dep_ == "compound" and c.lemma_.lower().rstrip(".") in TITLE_LEMMAS)
        or (c.dep_ == "appos" and c.i > tok.i and c.lemma_.lower() in ROLE_LEMMAS)
        for c in tok.children
    )


def _aged(tok: Token) -> bool:
    """A subject that is a person's age ("the 45-year-old", "the 23-year-old student"): the
    person just named, as a pronoun would be."""
    if tok.lower_ == "old":
        year = next((c for c in tok.children if c.lower_ in {"year", "years"}), None)
    else:
        year = next(
            (
                c
                for c in tok.children
                if c.dep_ == "amod" and c.lower_ == "old"
                for y in c.children
                if y.lower_ in {"year", "years"}
            ),
            None,
        )
    return year is not None and any(c.lower_ == "the" for c in tok.subtree)


def _name_at(names: list[Named], token: Token, starts: list[int] | None = None) -> Named | None:
    """The first name (by start) that holds ``token``; ``starts`` (the names' sorted starts)
    finds it by bisection instead of a scan of every name."""
    if starts is None:
        return next((n for n in names if n.start <= token.idx < n.end), None)
    found = None
    i = bisect_right(starts, token.idx) - 1
    for _ in range(_OVERLAPPING_NAMES):  # names that start before and still hold the token
        if i < 0:
            break
        if names[i].end > token.idx:
            found = names[i]
        i -= 1
    return found


def _root_tokens(doc: Doc) -> list[int]:
    """Indices of the sentences' root words, found on the token arrays (one per sentence,
    without creating a ``Token`` for every word)."""
    if not len(doc):
        return []
    deps = doc.to_array(DEP)  # one attribute: a flat array
    return np.flatnonzero(deps == np.uint64(doc.vocab.strings["ROOT"])).tolist()


def _subject_tokens(doc: Doc) -> list[int]:
    """Indices of subjects and of appositions to subjects, found on the token arrays
    (a whole-document scan that creates no ``Token`` objects)."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    arr = doc.to_array([DEP, HEAD])
    deps = arr[:, 0]
    heads = np.arange(len(doc)) + arr[:, 1].astype(np.int64)  # HEAD: offset to the head
    subject = np.isin(deps, np.array([strings[d] for d in SUBJECT_DEPS], dtype=np.uint64))
    appos = (deps == np.uint64(strings["appos"])) & subject[heads]
    return np.flatnonzero(subject | appos).tolist()


def _recurring(doc: Doc, names: list[Named]) -> list[Named]:
    """``names`` and every other place the text writes one of its body or person names
    again word for word where the tagger missed it ("the Daily Maverick reported ..." then
    "'...,' South Africa's Daily Maverick online newspaper noted")."""
    text = doc.text
    written: dict[str, Named] = {}
    for n in names:
        said = text[n.start : n.end]
        if n.label in {"ORG", "PERSON"} and len(said) >= 4 and said[:1].isupper():
            written.setdefault(said, n)
    if not written:
        return names
    taken = [(n.start, n.end) for n in names]
    extra = []
    pattern = re.compile(
        r"\b(?:" + "|".join(map(re.escape, sorted(written, key=len, reverse=True))) + r")\b"
    )
    for m in pattern.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        if doc.char_span(m.start(), m.end()) is None:
            continue  # not on word boundaries of the parse
        n = written[m.group()]
        extra.append(Named(m.start(), m.end(), n.label, n.canonical))
    return sorted([*names, *extra], key=lambda n: n.start) if extra else names


def _not_person(n: Named | None) -> bool:
    """A name, of no person ("Macron's office" is his, see HOLDER_NOUNS)."""
    return n is not None and n.label != "PERSON"


def _owner(tok: Token) -> bool:
    """A possessor: "the presidency's" (parsed as a possessive or as a modifier)."""
    return tok.dep_ == "poss" or (
        tok.dep_ == "nmod"
        and any(c.dep_ == "case" and c.lower_ in {"'s", "’s"} for c in tok.children)
    )


def _nation_army(tok: Token) -> Speaker | None:
    """ "the Sudanese army": a country's army named by its nationality."""
    nation = [c for c in tok.lefts if c.ent_type_ == "NORP" and c.dep_ in {"amod", "compound"}]
    if not nation:
        return None
    start, end = nation[0].idx, tok.idx + len(tok)
    return Speaker(tok.doc.text[start:end], start, end, False)


def _untagged_title(head: Token) -> Speaker | None:
    """The name a common noun is called by when the tagger missed it: "South Africa's
    Daily Maverick online newspaper noted", "the Sentinel journal said" (capitalised
    proper nouns compounded to the noun, none a place or a nationality)."""
    if head.tag_ != "NN" or head.lemma_.lower() in ROLE_LEMMAS:
        return None  # one title names one thing: not "four Tajik nationals", "Prime minister"
    for c in head.lefts:
        if c.dep_ != "compound" or c.pos_ != "PROPN":
            continue
        words = [c]
        while (more := [w for w in words[0].lefts if w.dep_ == "compound"]) and len(words) < 6:
            words = [*more, *words]
        if (
            all(
                w.pos_ == "PROPN" and w.text[:1].isupper() and w.ent_type_ not in _PLACE_TYPES
                for w in words
            )
            and words[-1].i - words[0].i == len(words) - 1
        ):
            start, end = words[0].idx, words[-1].idx + len(words[-1])
            return Speaker(head.doc.text[start:end], start, end, True)
    return None


_PLACE_TYPES = frozenset({"GPE", "LOC", "NORP", "FAC", "DATE", "TIME"})


def _counted(tok: Token) -> Token | None:
    """The people a count is of: "protesters" in "thousands of protesters"."""
    for prep in tok.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    return None


def _described(tok: Token) -> bool:
    """ "the politician": one person the text has just named, called by what they are."""
    return (
        tok.lemma_.lower() in PERSON_DESCRIPTIONS
        and tok.tag_ == "NN"
        and any(c.lower_ == "the" and c.dep_ == "det" for c in tok.lefts)
        and not any(c.dep_ in {"compound", "amod", "poss", "prep"} for c in tok.children)
    )


def _speechless(tok: Token) -> bool:
    """A common noun that names no one who could speak (an event, a thing: "the arrest")."""
    lemma = tok.lemma_.lower()
    return (
        tok.pos_ == "NOUN"
        and not tok.ent_type_
        and lemma not in HUMAN_NOUNS | PROXY_NOUNS | ROLE_LEMMAS | DOCUMENT_NOUNS
        and lemma not in INSTITUTION_NOUNS | STATEMENT_NOUNS | ORG_DESCRIPTORS
    )


def _untagged_between_commas(last: Token) -> Speaker | None:
    """A full name the tagger missed, set between commas as a speaker is before what is
    said of him: two to four capitalised proper nouns, none of them a tagged name."""
    doc = last.doc
    if (
        last.pos_ != "PROPN"
        or last.ent_type_
        or last.i + 1 >= len(doc)
        or doc[last.i + 1].text != ","
    ):
        return None
    words = [last]
    while (
        words[0].i > last.sent.start
        and (w := doc[words[0].i - 1]).pos_ == "PROPN"
        and w.text[:1].isupper()
        and not w.ent_type_
    ):
        words.insert(0, w)
    if not 2 <= len(words) <= 4 or words[0].i == 0 or doc[words[0].i - 1].text != ",":
        return None
    if not all(w.is_alpha and w.text[:1].isupper() for w in words):
        return None
    start, end = words[0].idx, last.idx + len(last)
    return Speaker(doc.text[start:end], start, end, True)


def _introduced(tok: Token) -> bool:
    """A singular common noun subject brought in with "a", "an" or "one" ("an anchor on
    state television suggested", "One protester in Baghdad told ...")."""
    return (
        tok.dep_ in {"nsubj", "nsubjpass"}
        and tok.pos_ == "NOUN"
        and tok.tag_ == "NN"
        and any(c.lower_ in {"a", "an", "one"} and c.dep_ in {"det", "nummod"} for c in tok.lefts)
    )


def _bare_definite(tok: Token) -> bool:
    """ "the anchor", "the source": a singular common noun with "the" and nothing else."""
    return (
        tok.pos_ == "NOUN"
        and tok.tag_ == "NN"
        and any(c.lower_ == "the" and c.dep_ == "det" for c in tok.children)
        and not any(c.dep_ in {"compound", "amod", "poss", "prep", "nmod"} for c in tok.children)
    )


def _own_role(tok: Token) -> bool:
    """ "the spokesperson", "his spokesperson": a role no other body or person is named the
    holder of ("the bloc's spokesman", "the EU spokesman" are another's)."""
    return (
        any(c.dep_ == "det" and c.lower_ == "the" for c in tok.lefts)
        and not any(c.dep_ in {"poss", "compound", "nmod", "amod"} for c in tok.lefts)
        or any(c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in tok.lefts)
    )


def _the_role(tok: Token) -> bool:
    """ "the prime minister", "Prime minister says": one person's singular role, with
    "the" or no determiner and nothing but a word of the title before it (no "a", no
    "his", no "former"; not "the army chief", another's role): the person the text has
    just named, as "he" would be."""
    return (
        tok.lemma_.lower() in ROLE_LEMMAS
        and tok.tag_ == "NN"
        and all(
            (c.dep_ == "det" and c.lower_ == "the")
            or (c.dep_ == "compound" and c.i == tok.i - 1 and c.lower_ in TITLE_PARTS)
            for c in tok.lefts
        )
        and not any(c.dep_ in {"prep", "poss", "appos"} for c in tok.rights)
    )


def _title_word(tok: Token) -> bool:
    """A title or its abbreviation written before a name ("Col.", "Gen", "President")."""
    return tok.text == "." or tok.lower_.rstrip(".") in TITLE_WORDS
