"""Counts outside the tally measures (measure "other"), told by what a court, the police or
an official did: "34 received administrative detention", "87 inquest dockets opened",
"visited 156 detainees"."""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.figure_words import (
    CASE_NOUNS,
    DOCKET_NOUNS,
    DOCKET_VERBS,
    EVENT_LEMMAS,
    OUTCOME_NOUNS,
    OUTCOME_VERBS,
    PEOPLE_OTHER,
    REPORT_VERBS,
    STATUS_VERBS,
)
from sitrep.extract.figures.syntax import _is_person, _lemma, _of_object


def _phrase(noun: Token) -> str:
    """A noun with its adjectives and compounds: "administrative detention"."""
    words = [c for c in noun.lefts if c.dep_ in {"amod", "compound"} and not c.like_num]
    return " ".join(t.text for t in [*words, noun]).lower()


def _docket_register(counted: Token | None) -> str | None:
    """The group of police cases or dockets the number counts, with what they are of and
    what was done to them: "42 cases of murder had been opened" (murder cases opened),
    "87 inquest dockets opened", "police opened 132 cases of arson"."""
    if counted is None or _lemma(counted) not in DOCKET_NOUNS:
        return None
    verb = counted.head
    if (
        verb.pos_ != "VERB"
        or _lemma(verb) not in DOCKET_VERBS
        or counted.dep_
        not in {
            "dobj",
            "nsubj",
            "nsubjpass",
        }
    ):
        return None
    of = _of_object(counted)
    kind = _phrase(of) if of is not None else _phrase(counted).rsplit(" ", 1)[0]
    noun = counted.text.lower()
    done = verb.text.lower() if verb.tag_ in {"VBN", "VBD"} else verb.lemma_.lower()
    return " ".join(w for w in (kind if kind != noun else "", noun, done) if w)


def _other_register(base: Token, counted: Token | None) -> str | None:
    """The group of people counted by what a court or an official did to them, a register
    outside the tally measures (measure "other"): "34 received administrative detention"
    (the outcome), "cases for 74 individuals have been concluded" (the cases and what
    became of them), "visited 156 detainees" (those the action reached)."""
    if counted is not None and not _is_person(counted) and _lemma(counted) not in EVENT_LEMMAS:
        return None
    pred = base.head
    if base.dep_ in {"nsubj", "nsubjpass"} and _lemma(pred) in OUTCOME_VERBS:
        outcome = next(
            (c for c in pred.children if c.dep_ == "dobj" and _lemma(c) in OUTCOME_NOUNS), None
        )
        if outcome is not None:  # "34 received administrative detention"
            return _phrase(outcome)
    if base.dep_ == "pobj" and base.head.lower_ == "for":
        case = base.head.head
        if case.pos_ == "NOUN" and (
            _lemma(case) in CASE_NOUNS
            or any(c.dep_ == "compound" and _lemma(c) in CASE_NOUNS for c in case.children)
        ):
            verb = case.head if case.head.pos_ == "VERB" else None
            done = f" {verb.text.lower()}" if verb is not None and verb.tag_ == "VBN" else ""
            return _phrase(case) + done  # "administrative cases concluded"
    if (
        counted is not None
        and counted.dep_ == "dobj"
        and counted.head.pos_ == "VERB"
        and _lemma(counted) in EVENT_LEMMAS
        and _is_person(counted)  # a status noun ("detainees"), not an act ("made 60 arrests")
    ):
        verb = _lemma(counted.head)
        if not (
            verb in EVENT_LEMMAS
            or verb in PEOPLE_OTHER
            or verb in STATUS_VERBS
            or verb in REPORT_VERBS
        ):  # "visited 156 detainees"
            return f"{counted.text.lower()} {counted.head.text.lower()}"
    return None
