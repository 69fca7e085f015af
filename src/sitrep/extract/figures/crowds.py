"""Crowds and forces: a number that gives a rally's or a force's size ("the 200,000-strong
rally", "organisers put the crowd at 15,000", "a crowd of 14,000 supporters"), people who
took part or drew a protest, police counted as a force, units of a force."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitrep.extract.figure_words import (
    CROWD_CLAUSE_LEAST,
    CROWD_CLAUSE_VERBS,
    CROWD_NOUNS,
    FORCE_COMPANY_WORDS,
    MILITARY_UNITS,
    PARTITIVE_DETERMINERS,
    POLICE_NOUNS,
    PROTEST_HOLD_VERBS,
    PROTEST_LEMMAS,
    PROTESTER_NOUNS,
    SIZE_VERBS,
    TURNOUT_VERBS,
)
from sitrep.extract.figures.syntax import _PRONOUNS, _lemma, _of_object
from sitrep.extract.numbers import SCALES, VAGUE


def _force_unit(counted: Token) -> bool:
    """Units of a force: "two battalions", "ten companies of troops", "five army companies"."""
    lem = _lemma(counted)
    if lem in MILITARY_UNITS:
        return True
    if lem != "company":
        return False
    of = _of_object(counted)
    words = [c for c in counted.children if c.dep_ in {"compound", "amod"}]
    return any(
        _lemma(t) in FORCE_COMPANY_WORDS or t.lower_ in FORCE_COMPANY_WORDS
        for t in [*words, *([of] if of is not None else [])]
    )


def _crowd_estimate(anchor: Token) -> bool:
    """The number a crowd is put at: "organisers put the crowd at 15,000", "police
    estimated the turnout at 6,000"."""
    if anchor.dep_ != "pobj" or anchor.head.lower_ != "at":
        return False
    verb = anchor.head.head
    return any(c.dep_ == "dobj" and _lemma(c) in CROWD_NOUNS for c in verb.children)


def _crowd_of(counted: Token) -> bool:
    """People counted as what a crowd or rally is made of: "a crowd of 14,000 supporters",
    "a rally of some 5,000 people", "demonstrations of hundreds of people" (the people hang
    from the vague amount, the amount from the rally)."""
    of = counted.head
    if counted.dep_ != "pobj" or of.lower_ != "of":
        return False
    held = of.head
    if (held.lower_ in VAGUE or held.like_num) and held.dep_ == "pobj" and held.head.lower_ == "of":
        held = held.head.head
    return _lemma(held) in PROTESTER_NOUNS or _lemma(held) in PROTEST_LEMMAS


def _takes_part(verb: Token) -> bool:
    """ "take part" (in a protest), "take to the streets": the phrasal forms of joining a
    protest."""
    return _lemma(verb) == "take" and any(
        (c.dep_ == "dobj" and c.lower_ == "part")
        or (
            c.dep_ == "prep"
            and c.lower_ == "to"
            and any(g.dep_ == "pobj" and _lemma(g) == "street" for g in c.children)
        )
        for c in verb.children
    )


def _protest_turnout(counted: Token) -> bool:
    """People a protest drew, or who began, staged or held one: "the march drew about 6,000
    people", "thousands of people began a march on the capital"."""
    verb = counted.head
    for _ in range(3):  # "thousands of people began"
        if verb.pos_ == "VERB" or verb.head == verb:
            break
        verb = verb.head
    if verb.pos_ != "VERB":
        return False
    if counted.dep_ == "dobj" and _lemma(verb) in TURNOUT_VERBS:
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in {"which", "that"}:
            subj = _antecedent(verb)  # "a march, which organisers said drew two million"
        return subj is not None and _lemma(subj) in PROTEST_LEMMAS
    if (
        counted.dep_ == "attr"
        and _lemma(verb) == "be"
        and any(c.dep_ == "expl" for c in verb.children)
        and any(
            c.dep_ == "prep"
            and c.lower_ in {"on", "at", "in"}
            and any(g.dep_ == "pobj" and _lemma(g) in PROTEST_LEMMAS for g in c.children)
            for c in (*counted.children, *verb.children)
        )
    ):
        return True  # "there were 240,000 people on the march"
    if any(c.dep_ == "nsubj" and counted in c.subtree for c in verb.children):
        return _lemma(verb) in PROTEST_HOLD_VERBS and any(
            c.dep_ == "dobj" and _lemma(c) in PROTEST_LEMMAS for c in verb.children
        )
    return False


def _policing(counted: Token) -> bool:
    """Police counted as a force: "police", "gendarmes", "police officers", "riot police"."""
    lem = _lemma(counted)
    if lem in POLICE_NOUNS or counted.lower_ in POLICE_NOUNS:
        return True
    return lem == "officer" and any(_lemma(c) in POLICE_NOUNS for c in counted.children)


def _partitive(counted: Token) -> bool:
    """The number counts some of a group already named ("several of *the* youth protesters
    who watched"): the of-object the number takes carries a definite determiner. A few of
    them are people of the crowd; "5,000 of the protesters camped" is still a crowd."""
    return (
        counted.dep_ == "pobj"
        and counted.head.lower_ == "of"
        and any(
            c.dep_ in {"det", "poss"} and c.lower_ in PARTITIVE_DETERMINERS
            for c in counted.children
        )
    )


def _demanding_crowd(span: Span, counted: Token) -> bool:
    """ "hundreds of thousands of Egyptians who are demanding change": people the number
    counts, with a clause of a crowd's cause on them, in the hundreds or more."""
    if counted.lower_ in _PRONOUNS:
        return False
    clause = {_lemma(c) for c in counted.children if c.dep_ in {"acl", "relcl"}}
    if not clause & CROWD_CLAUSE_VERBS:
        return False
    return _crowd_sized(span)


def _crowd_sized(span: Span) -> bool:
    """The number phrase states a count in the hundreds or more (CROWD_CLAUSE_LEAST)."""
    for t in span:
        scale = SCALES.get(t.lemma_.lower()) or SCALES.get(t.lower_.rstrip("s"))
        if scale and scale >= CROWD_CLAUSE_LEAST:
            return True
        digits = t.text.replace(",", "")
        if digits.isdigit() and int(digits) >= CROWD_CLAUSE_LEAST:
            return True
    return False


def _strong_holder(anchor: Token) -> Token | None:
    """The noun "N-strong" gives the size of: "the 200,000-strong rally"."""
    doc = anchor.doc
    if (
        anchor.i + 2 < len(doc)
        and doc[anchor.i + 1].text in {"-", "–"}
        and doc[anchor.i + 2].lower_ == "strong"
        and doc[anchor.i + 2].head.pos_ in {"NOUN", "PROPN"}
    ):
        return doc[anchor.i + 2].head
    return None


def _size_holder(anchor: Token, pred: Token | None) -> Token | None:
    """Whose size a bare number gives: "protesters who … reached at least 20,000", "the
    200,000-strong rally"."""
    strong = _strong_holder(anchor)
    if strong is not None:
        return strong
    if pred is None or _lemma(pred) not in SIZE_VERBS:
        return None
    for c in pred.children:
        if c.dep_ in {"nsubj", "nsubjpass"}:
            if c.lower_ in _PRONOUNS and pred.dep_ == "relcl":
                return pred.head
            return c
    # a relative clause the parser lost: "protesters who, according to …, reached 20,000"
    sent = anchor.sent
    for t in reversed(list(sent[: pred.i - sent.start])):
        if t.lower_ in {"who", "which", "that"}:
            prev = t.nbor(-1) if t.i > sent.start else None
            while prev is not None and prev.is_punct and prev.i > sent.start:
                prev = prev.nbor(-1)
            return prev if prev is not None and prev.pos_ in {"NOUN", "PROPN"} else None
    return None


def _antecedent(verb: Token) -> Token | None:
    """The noun a relative clause the verb is in (or reported in) describes: "a march, which
    organisers said drew ...": the march."""
    t = verb
    for _ in range(3):
        if t.dep_ == "relcl":
            return t.head
        if t.head.i == t.i:
            return None
        t = t.head
    return None
