"""The parse shared by the event steps: the typed trigger hit, a trigger's governing verb and
the clause it belongs to."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.matcher import Matcher
from spacy.tokens import Span, Token
from spacy.vocab import Vocab

from sitrep.extract.events.trigger_patterns import PATTERNS
from sitrep.extract.events.vocabulary import (
    ADJUNCT_PREPS,
    CASUALTY_WORDS,
    CAUSE_HEADS,
    CAUSE_VERBS,
    CONDEMNING,
    COUNT_NOUNS,
    NATIONAL_SUB_EVENTS,
    NATIONAL_TYPES,
    NP_INNER_PREPS,
    PEOPLE_NOUNS,
    REFERRING_PREPS,
    RUNNING_TOTAL,
    SIDING,
    TALLY_PREPS,
    TOLD_ONCE,
    TOLL_NOUNS,
)
from sitrep.records import SEIZED_POWER


@dataclass(frozen=True, slots=True)
class Hit:
    """One typed trigger in a sentence."""

    type: str  # sitrep's type
    acled_event_type: str
    acled_sub_event_type: str
    trigger: Token
    rank: int  # lower is more specific (ACLED sub-type precedence)
    target: str | None = None  # the site it was done to (see :func:`_target_key`)


def _national(hit: Hit) -> bool:
    """A happening of the whole country, placed at its level: a decision of state, an
    office's, a statement, or the state's power seized (a coup)."""
    return (
        hit.type in NATIONAL_TYPES
        or hit.target == SEIZED_POWER
        or hit.acled_sub_event_type in NATIONAL_SUB_EVENTS
    )


@functools.lru_cache(maxsize=4)
def _matcher(vocab: Vocab) -> Matcher:
    matcher = Matcher(vocab)
    for kind, patterns in PATTERNS.items():
        matcher.add(kind, patterns)
    return matcher


def _lemmas(span: Span) -> set[str]:
    return {t.lemma_.lower() for t in span}


def _governing_verb(tok: Token) -> Token:
    t = tok
    for _ in range(3):
        if t.pos_ in {"VERB", "AUX"} or t.head.i == t.i:
            return t
        t = t.head
    return t


def _noun_phrase_head(tok: Token) -> Token:
    """The head of the noun phrase a trigger noun sits in: "price" in "a spike in fuel
    prices" or "the price hike" belongs to "spike" / "hike"."""
    t = tok
    for _ in range(4):
        if t.dep_ in {"compound", "amod"} and t.head.pos_ in {"NOUN", "PROPN"}:
            t = t.head
        elif (
            t.dep_ == "pobj"
            and t.head.lower_ in NP_INNER_PREPS
            and t.head.head.pos_ == "NOUN"
            and t.head.head.i != t.head.i
        ):
            t = t.head.head
        else:
            break
    return t


def _adjunct_head(tok: Token) -> Token | None:
    """The noun phrase of a trigger noun that refers to a happening as a cause or a
    circumstance of the sentence's own ("following the deployment", "amid protests",
    "over a hike in fuel prices", "sparked by a spike in fuel prices", "in response to
    price increases", "rising prices have compounded ..."), or None."""
    if tok.pos_ != "NOUN":
        return None
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ in REFERRING_PREPS
        and tok.head.head.pos_ in {"NOUN", "VERB"}
        and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in tok.children)
    ):
        return tok  # "claimed responsibility for the attack": the attack the story told
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ in {"in", "from", "of"}
        and tok.head.head.lemma_.lower() in TOLL_NOUNS
    ):
        return tok  # "Death toll in Moscow concert attack rises to 133": the toll is the news
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and tok.head.head.lemma_.lower() in COUNT_NOUNS
        and tok.lemma_.lower() not in PEOPLE_NOUNS
    ):
        return tok  # "the number of arrests passed the 2,500 mark": a tally
    np = _noun_phrase_head(tok)
    if np.pos_ != "NOUN":
        return None
    prep = np.head
    if np.dep_ == "pobj":
        if prep.lower_ in ADJUNCT_PREPS:
            return np
        if prep.lower_ == "by" and prep.head.lemma_.lower() in CAUSE_VERBS:
            return np
        if prep.lower_ in {"to", "of", "at", "against"} and prep.head.lower_ in CAUSE_HEADS:
            return np
    if np.dep_ == "nsubj" and np.head.lemma_.lower() in CAUSE_VERBS:
        return np
    if np.dep_ == "dobj" and np.head.lemma_.lower() in CONDEMNING | SIDING:
        return np  # "the WHO condemns attacks on health care": the condemnation is the news
    if np.lemma_.lower() in TOLD_ONCE and any(
        c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an", "any", "another"}
        for c in np.children
    ):
        return np  # "said the coup was needed": the coup the story told
    if np.dep_ == "pobj" and prep.lower_ in TALLY_PREPS and _running_count(prep.head):
        return np  # "around 600 people have died in the clashes": a toll, not the clashes
    return None


def _running_count(verb: Token) -> bool:
    """A casualty verb that counts a running total: in the perfect ("have died", "have
    been killed") or with a word of a total ("so far", "since", "in total")."""
    if verb.lemma_.lower() not in CASUALTY_WORDS:
        return False
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return True
    return any(t.lower_ in RUNNING_TOTAL for t in verb.subtree)


def _adjunct(tok: Token) -> bool:
    """A trigger noun that refers to a happening as a cause or circumstance of the
    sentence's own (see :func:`_adjunct_head`): its clause is its own noun phrase, and
    it takes neither the sentence's place nor its day (the resolver attaches such an
    undated mention to the happening it refers to)."""
    return _adjunct_head(tok) is not None


def _since_clause(tok: Token) -> bool:
    """A trigger in a "since" clause: the start of the period a running total or a state
    is counted from ("270 have been killed since the conflict broke out on Saturday"), a
    time the sentence names, not what it reports."""
    verb = _governing_verb(tok)
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "since" for c in verb.children
    )


def _clause(tok: Token) -> tuple[int, int]:
    """Character bounds of the trigger's clause: its verb's subtree, or its own noun
    phrase when it hangs on the sentence as an adjunct."""
    head = _adjunct_head(tok) or _governing_verb(tok)
    return head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
