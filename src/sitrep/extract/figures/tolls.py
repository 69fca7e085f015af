"""A number that is the value of a toll noun ("put the death toll at 26", "the number of
people missing had reached 10,000"): the event or state the toll counts."""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.figure_words import (
    CEILING_ADJECTIVES,
    EVENT_LEMMAS,
    MARK_NOUNS,
    PEOPLE_OTHER,
    PROTESTER_NOUNS,
    STATE_COMPLEMENTS,
    TOLL_NOUNS,
    TOLL_VALUE_PREPOSITIONS,
)
from sitrep.extract.figures.syntax import _event_of, _is_person, _lemma, _of_object, _own_modifiers


def _toll_event(anchor: Token, pred: Token | None) -> tuple[str, Token] | None:
    """The event of a toll noun the number is the value of ("death toll at 26")."""
    if anchor.dep_ == "nummod" and _lemma(anchor.head) in MARK_NOUNS:
        anchor = anchor.head  # "the number of arrests passed the 2,500 mark"
    if anchor.dep_ == "prep" and anchor.lower_ in TOLL_VALUE_PREPOSITIONS:
        # "rose above 7,200": the phrase's head is its preposition; the value is its object
        anchor = next((c for c in anchor.children if c.dep_ == "pobj"), anchor)
    if (
        anchor.dep_ == "nummod"
        and _lemma(anchor.head) in {"people", "person"}
        and (
            anchor.head.head.lower_ in TOLL_VALUE_PREPOSITIONS
            or anchor.head.dep_ in {"attr", "dobj"}
        )
    ):
        # "the toll climbed to at least 158 people", "the number of dead has reached 36
        # people", "... were 39 people": the value's noun
        anchor = anchor.head
    if not (
        anchor.head.lower_ in TOLL_VALUE_PREPOSITIONS
        or anchor.dep_ in {"attr", "dobj", "acomp"}  # "the death toll was 100"
        or _as_high_as(anchor) is not None
    ):
        return None
    sent = anchor.sent
    candidates = []
    if pred is not None:
        candidates.extend(c for c in pred.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"})
    # the nearest toll noun before the number in the sentence (parses of long tolls wander)
    # (not one inside a relative clause the number is not in: "Peck, who has died aged 69,
    # made millions")
    candidates.extend(
        t
        for t in reversed(list(sent[: anchor.i - sent.start]))
        if (_lemma(t) in TOLL_NOUNS or _lemma(t) in EVENT_LEMMAS)
        and not any(a.dep_ == "relcl" and anchor not in a.subtree for a in [t, *t.ancestors])
    )
    bare = None  # "a rebel spokesman put the toll at 40": the toll the number is the value of
    for t in candidates:
        lem = _lemma(t)
        if lem in EVENT_LEMMAS and lem not in {"life", "body"}:
            return EVENT_LEMMAS[lem], bare or t
        if lem in TOLL_NOUNS:
            mods = _own_modifiers(t)
            obj = _of_object(t)
            if obj is not None:
                mods.append(_lemma(obj))
            ev = _event_of(mods)
            if ev:
                return ev, t
            told = _told_of(obj) if obj is not None and _is_person(obj) else None
            if told is not None:  # "the number of people who have died … stands at 26"
                return EVENT_LEMMAS[_lemma(told)], told
            if bare is None and lem == "toll" and _governs_value(t, anchor):
                bare = t
    if bare is not None:
        return "killed", bare  # "Officials put the toll at 5,300": a toll alone is the dead
    return None


def _told_of(people: Token) -> Token | None:
    """The participle or relative clause that says what befell the people a count noun is
    of: "the number of people who have died", "the number of people arrested"."""
    return next(
        (
            c
            for c in people.children
            if c.dep_ in {"acl", "relcl", "amod"} and _lemma(c) in EVENT_LEMMAS
        ),
        None,
    )


def _as_high_as(anchor: Token) -> Token | None:
    """The verb whose complement compares the number to a ceiling ("the toll could be as
    high as 100"), read off the words, which parses of the phrase scatter."""
    doc = anchor.doc
    if anchor.i < 3:
        return None
    before = doc[anchor.i - 3 : anchor.i]
    if before[0].lower_ != "as" or before[2].lower_ != "as":
        return None
    adjective = before[1]
    if adjective.lower_ not in CEILING_ADJECTIVES or adjective.head.pos_ not in {"VERB", "AUX"}:
        return None
    return adjective.head


def _governs_value(toll: Token, anchor: Token) -> bool:
    """The toll noun hangs from the verb that gives the number: "put the toll at 40" (the
    preposition's verb), "the toll could hit 20,000" (the verb's object)."""
    if anchor.dep_ in {"dobj", "attr", "acomp"} and toll.dep_ in {"nsubj", "nsubjpass"}:
        return toll.head.i == anchor.head.i
    verb = _as_high_as(anchor)
    if verb is not None:
        return toll.head.i == verb.i
    return toll.head.i == anchor.head.head.i


def _toll_state(anchor: Token, pred: Token | None) -> str | None:
    """The group of a count noun whose people are told by their state ("the number of people
    missing had reached 10,000", "the count of the missing rose to 300")."""
    for noun in _count_nouns(anchor, pred):
        of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
        objs = [g for p in of for g in p.children if g.dep_ in {"pobj", "pcomp"}]
        cues = [*objs, *(c for o in objs for c in o.children if c.dep_ in {"acl", "amod"})]
        state = next((_lemma(c) for c in cues if _lemma(c) in STATE_COMPLEMENTS), None)
        if state is not None:
            return PEOPLE_OTHER[state]
    return None


def _crowd_count(anchor: Token, pred: Token | None) -> bool:
    """The number is the value of a count of protesters ("police put the number of
    protesters at around 240,000", "the number of demonstrators reached 10,000"): a crowd's
    size, told as a toll is."""
    for noun in _count_nouns(anchor, pred):
        obj = _of_object(noun) if noun.i != anchor.i else None
        if obj is not None and _lemma(obj) in PROTESTER_NOUNS:
            return True
    return False


def _count_nouns(anchor: Token, pred: Token | None) -> list[Token]:
    """The count nouns ("number", "count", "total") the number is the value of: the subjects
    and objects of its predicate, when the number stands as the predicate's value ("... had
    reached 10,000", "put the number ... at 240,000"); none otherwise."""
    if pred is None or (
        anchor.dep_ not in {"attr", "dobj"} and anchor.head.lower_ not in TOLL_VALUE_PREPOSITIONS
    ):
        return []
    return [
        c
        for c in pred.children
        if c.dep_ in {"nsubj", "nsubjpass", "dobj"} and _lemma(c) in TOLL_NOUNS
    ]
