"""What a number's own words say befell those it counts, before any verb above it: its own
participle or adjective ("56 killed, hundreds injured"), a state ("with more than 5,000
missing", "left thousands homeless"), or hearsay ("with 40 others feared dead")."""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.figure_words import (
    AFFECTED_WORDS,
    AGENT_VERBS,
    DISPLACED_NOUNS,
    EVENT_LEMMAS,
    HEARSAY_VERBS,
    PASSIVE_STATES,
    PEOPLE_OTHER,
    PEOPLE_OTHER_AGENTIVE,
    STATE_ADJECTIVES,
    STATE_COMPLEMENTS,
)
from sitrep.extract.figures.syntax import _is_passive, _is_person, _lemma, _own_number


def _own_participle(base: Token) -> str | None:
    """The measure a number's own participle or adjective gives, before any verb above it:
    "56 killed, hundreds injured" (gapping: "hundreds" hangs from "killed" but has its own
    "injured"), "with hundreds more wounded", "21 officers injured" after "left"."""
    if _lemma(base) in EVENT_LEMMAS or not (
        base.pos_ in {"NOUN", "PROPN", "NUM", "PRON"} and (_is_person(base) or _own_number(base))
    ):
        return None  # "25 fatalities": the noun says it
    for c in base.children:
        if (
            c.dep_ in {"acl", "amod"}
            and c.i > base.i
            and c.tag_ in {"VBN", "JJ"}
            and _lemma(c) in EVENT_LEMMAS
            and not (c.dep_ == "acl" and _clause_tells(base))
        ):
            return EVENT_LEMMAS[_lemma(c)]
    head = _bare_predicate(base)
    if head is not None and _lemma(head) in EVENT_LEMMAS:
        return EVENT_LEMMAS[_lemma(head)]  # "with hundreds more wounded"
    gapped = _gapped_participle(base)
    if gapped is not None:
        return gapped
    told = _hearsay_state(base)
    if told is not None and _lemma(told) in EVENT_LEMMAS:
        return EVENT_LEMMAS[_lemma(told)]  # "with 40 others feared dead"
    return None


def _clause_tells(base: Token) -> bool:
    """The clause the counted are the subject of tells what befell them, over a participle
    that says who they were: "At least 80 political prisoners detained by the old regime were
    released" counts the released, "20 people injured in the blast later died" the dead."""
    verb = base.head
    if base.dep_ not in {"nsubj", "nsubjpass"} or verb.pos_ != "VERB" or verb.i < base.i:
        return False
    lem = _lemma(verb)
    if lem not in EVENT_LEMMAS and lem not in PEOPLE_OTHER:
        return False
    return _is_passive(verb) or lem not in AGENT_VERBS | PEOPLE_OTHER_AGENTIVE


def _relative_state(base: Token) -> str | None:
    """What befell the people counted told in a relative clause on them, with "who" its
    subject: "2,000 people who fled the fighting", "170 people who tried to flee the hotel",
    "300 residents who had been evacuated" (a verb they undergo, or one of PEOPLE_OTHER's
    whose subject is the people it befell)."""
    for c in base.children:
        if c.dep_ != "relcl" or c.pos_ != "VERB" or c.i < base.i:
            continue
        verbs = [c, *(g for g in c.children if g.dep_ == "xcomp" and g.pos_ == "VERB")]
        for v in verbs:
            lem = _lemma(v)
            if lem in PEOPLE_OTHER and (_is_passive(v) or lem not in PEOPLE_OTHER_AGENTIVE):
                return PEOPLE_OTHER[lem]
    return None


def _gapped_participle(base: Token) -> str | None:
    """The participle right after a number the parse hung from the verb or adjective before
    it ("39 people have died and three hundred and sixty-one injured": the spelled-out
    number a conjunct of "died"; "11 are dead, 200 injured and more than 1,500 detained":
    1,500 a conjunct of "injured"): the number's own measure."""
    nxt = _gapped_word(base)
    if nxt is not None and _lemma(nxt) in EVENT_LEMMAS:
        return EVENT_LEMMAS[_lemma(nxt)]
    return None


def _gapped_word(base: Token) -> Token | None:
    """The participle or adjective right after a number the parse made a conjunct of the verb
    or adjective before it (see _gapped_participle)."""
    if base.dep_ != "conj" or base.head.pos_ not in {"VERB", "AUX", "ADJ"}:
        return None
    after = max(t.i for t in base.subtree) + 1
    if after >= len(base.doc):
        return None
    nxt = base.doc[after]
    return nxt if nxt.tag_ in {"VBN", "VBD", "JJ"} else None


def _hearsay_state(base: Token) -> Token | None:
    """What is said to have befallen the counted, told in a participle of hearsay right after
    them: "with at least 11,000 others believed to be displaced", "dozens more feared dead"
    (the participle's complement, whatever verb the phrase hangs from)."""
    for c in base.children:
        if c.dep_ == "acl" and c.i > base.i and c.tag_ == "VBN" and _lemma(c) in HEARSAY_VERBS:
            return next(
                (g for g in c.children if g.dep_ in {"xcomp", "oprd", "acomp"} and g.i > c.i),
                None,
            )
    return None


def _bare_predicate(base: Token) -> Token | None:
    """The participle or adjective a number is the subject of, with no auxiliary: "with
    hundreds more wounded", "with more than 5,000 missing"."""
    head = base.head
    if (
        base.dep_ == "nsubj"
        and head.i > base.i
        and head.tag_ in {"VBN", "JJ"}
        and not any(c.dep_ in {"aux", "auxpass", "dobj"} for c in head.children)
        and head.dep_ != "ROOT"
    ):
        return head
    return None


def _next_state(base: Token) -> Token | None:
    """The participle right after a number that the parse made the number's head, with no
    subject or object of its own: "… has left at least 2,000 dead and 1.4 million displaced"
    ("million" an adverbial of "displaced")."""
    head = base.head
    if (
        head.i != base.i + 1
        or head.tag_ not in {"VBN", "VBD", "JJ"}
        or any(c.dep_ in {"nsubj", "nsubjpass", "dobj"} for c in head.children)
    ):
        return None
    return head


def _own_state(base: Token) -> str | None:
    """The group a bare number's own state gives, told after a toll of another measure:
    "2,300 confirmed dead, with more than 5,000 missing" (the number is the subject of its own
    "missing", however the clause hangs from the toll's verb)."""
    # "2,000 dead and 1.5 million displaced", however the parse joins the two
    head = _bare_predicate(base) or _gapped_word(base) or _next_state(base)
    if head is not None and _lemma(head) in STATE_COMPLEMENTS:
        return PEOPLE_OTHER[_lemma(head)]
    for c in base.children:  # "left thousands homeless", however the state is attached
        if c.dep_ in {"amod", "oprd", "acomp"} and c.i > base.i and _lemma(c) in STATE_COMPLEMENTS:
            return PEOPLE_OTHER[_lemma(c)]
    for c in base.children:
        # the number's or the counted noun's own participle: "left 2,000 dead and 1.5 million
        # displaced in six years", "about 20 prisoners freed from prison", "300 people
        # rescued from the rubble" (unless the clause's own verb tells what befell them)
        if c.dep_ != "acl" or c.i < base.i or c.tag_ != "VBN" or _clause_tells(base):
            continue
        if _lemma(c) in PEOPLE_OTHER:
            return PEOPLE_OTHER[_lemma(c)]
        if _lemma(c) in PASSIVE_STATES:  # "1.5 million people now trapped in Goma"
            return f"group:{PASSIVE_STATES[_lemma(c)]}"
    # (a noun of the displaced already says it: "7,000 refugees, who have fled")
    fled = _relative_state(base) if _lemma(base) not in DISPLACED_NOUNS else None
    told = base.head.pos_ == "VERB" and (
        _lemma(base.head) in EVENT_LEMMAS or _lemma(base.head) in PEOPLE_OTHER
    )
    if fled is not None and not told:  # "arrested 30 people who fled": the arrested
        return fled
    told = _hearsay_state(base)
    if told is not None and _lemma(told) in PEOPLE_OTHER:
        return PEOPLE_OTHER[_lemma(told)]  # "11,000 others believed to be displaced"
    for c in base.lefts:  # "some 40,000 internally displaced people"
        if c.dep_ in {"amod", "compound"} and c.lower_ in STATE_ADJECTIVES:
            return PEOPLE_OTHER[STATE_ADJECTIVES[c.lower_]]
    return None


def _and_more_befell(participle: Token) -> bool:
    """The participle is joined to what else befell the same people: "injured and made
    homeless", "killed or displaced" (see AFFECTED_WORDS)."""
    doc, i = participle.doc, participle.i
    if i + 1 >= len(doc) or doc[i + 1].lower_ not in {"and", "or"}:
        return False
    return any(_lemma(t) in AFFECTED_WORDS for t in doc[i + 2 : i + 5])
