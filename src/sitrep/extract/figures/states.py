"""What befell the people counted when it is no toll, told by a noun, a participle or the
care they get: "the evacuation of 136,000 people", "the release of 45 detainees", "forced
1.5 million people from their homes", "144 people continue to receive treatment" (the
measure "other" with its group, or "treated"); OCHA, rights-group and hospital wording."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitrep.extract.figure_words import (
    CARE_NOUNS,
    CARE_VERBS,
    CONTINUING_VERBS,
    DEMAND_VERBS,
    EVENT_LEMMAS,
    HOME_NOUNS,
    MEDICAL_MODIFIERS,
    NOMINAL_STATES,
    PEOPLE_OTHER,
    TREATMENT_NOUNS,
)
from sitrep.extract.figures.syntax import _lemma, _path_up


def state_noun(span: Span, base: Token) -> Token | None:
    """The noun the counted hang from by "of" ("the evacuation of 136,000 people"), or the
    phrase's first word when the count is vague ("the release of thousands of troops")."""
    for t in (base, span[0]):
        if (
            t.dep_ == "pobj"
            and t.head.lower_ == "of"
            and not (span.start <= t.head.head.i < span.end)
        ):
            return t.head.head
    return None


def status_undone(span: Span, counted: Token) -> str | None:
    """The group of people named by their status ("detainees") whom the clause frees, moves
    or charges, no longer counted by that status: "the release of 45 detainees", "30
    detainees freed from the jail", "authorities released 50 detainees", "50 detainees were
    released" (a verb done to them, not one they do)."""
    state = nominal_state(state_noun(span, counted))
    if state is not None:
        return state
    for c in counted.children:
        if c.dep_ == "acl" and c.i > counted.i and c.tag_ == "VBN" and _lemma(c) in PEOPLE_OTHER:
            return PEOPLE_OTHER[_lemma(c)]
    verb = counted.head
    small_clause = (  # "saw 30 detainees freed from the jail": a passive with no auxiliary
        counted.dep_ == "nsubj"
        and verb.tag_ == "VBN"
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    )
    if (
        (counted.dep_ in {"dobj", "nsubjpass"} or small_clause)
        and verb.pos_ == "VERB"
        and _lemma(verb) in PEOPLE_OTHER
        and _lemma(verb) not in EVENT_LEMMAS
    ):
        return PEOPLE_OTHER[_lemma(verb)]
    return None


def nominal_state(nominal: Token | None) -> str | None:
    """The group a noun of what befell people gives the people counted "of" it: "the
    evacuation of 136,000 people", "the release of 79 detainees", "the fate and whereabouts of
    eight people" (the noun or a noun joined to it)."""
    if nominal is None or nominal.pos_ != "NOUN":
        return None
    asked = nominal.head.head if nominal.head.dep_ == "prep" else nominal.head
    if nominal.dep_ in {"dobj", "pobj"} and _lemma(asked) in DEMAND_VERBS:
        return None  # "they demanded the release of 30 activists": not done, asked for
    for t in (nominal, *nominal.conjuncts):
        state = NOMINAL_STATES.get(_lemma(t)) or NOMINAL_STATES.get(t.lower_)
        if state is not None:
            return PEOPLE_OTHER[state]
    return None


def medical_care(noun: Token) -> bool:
    """Care given to the hurt, told as a noun: "treatment", or care, aid or help a word
    before it makes medical ("medical help", "first aid", "outpatient care")."""
    lem = _lemma(noun)
    return lem in TREATMENT_NOUNS or (
        lem in CARE_NOUNS
        and any(
            c.dep_ in {"amod", "compound"} and _lemma(c) in MEDICAL_MODIFIERS for c in noun.children
        )
    )


def cared_for(base: Token, pred: Token) -> tuple[str, str] | None:
    """What the people counted, the subject of ``pred``, are given or put down for: medical
    care ("144 people continue to receive treatment", "40 needed medical attention": a verb
    of getting it, its object the care; "19 were sent for outpatient treatment", "19 victims
    turned for medical help": any verb whose "for" names the care), or a state told as a noun
    after "for" ("79 people had been cleared for release")."""
    if not any(
        t.dep_ in {"nsubj", "nsubjpass"} and t.head == pred for t in _path_up(base) if t is not pred
    ):
        return None
    verb = pred
    if _lemma(pred) in CONTINUING_VERBS:  # "continue to receive treatment"
        verb = next((c for c in pred.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), pred)
    for c in verb.children:
        if c.dep_ == "dobj" and _lemma(verb) in CARE_VERBS and medical_care(c):
            return "treated", "verb"
        if c.dep_ != "prep" or c.lower_ != "for":
            continue
        for g in c.children:
            if g.dep_ == "pobj" and medical_care(g):
                return "treated", "verb"
            if g.dep_ == "pobj" and _lemma(g) in NOMINAL_STATES:
                return "other", PEOPLE_OTHER[NOMINAL_STATES[_lemma(g)]]
    return None


def from_home(prep: Token) -> bool:
    """A preposition of leaving the home it names: "from their homes", "out of their
    villages"."""
    if prep.dep_ != "prep" or prep.lower_ not in {"from", "out"}:
        return False
    if prep.lower_ == "out":  # "out of": the home is the object of "of"
        prep = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "of"), prep)
    return any(c.dep_ == "pobj" and _lemma(c) in HOME_NOUNS for c in prep.children)
