"""Token helpers the figure reader shares: lemmas, people, predicates, subjects."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy as np
from spacy.attrs import LEMMA, POS
from spacy.parts_of_speech import VERB
from spacy.tokens import Doc, Span, Token

from sitrep.extract.figure_words import (
    AGENT_VERBS,
    CONTRAST_MARKS,
    CRISIS_LEMMAS,
    EVENT_LEMMAS,
    LEMMA_FIXES,
    PEOPLE_OTHER_AGENTIVE,
    PERSON_NOUNS,
    PTB_BRACKETS,
)
from sitrep.extract.numbers import VAGUE

_PRONOUNS = frozenset(("he", "she", "they", "it", "we", "i", "you", "who", "which", "that"))


def _anchor(span: Span) -> Token:
    """The phrase's syntactic head: the token whose head lies outside the phrase."""
    for t in reversed(span):
        if not (span.start <= t.head.i < span.end) or t.head == t:
            return t
    return span[-1]


def _of_object(tok: Token) -> Token | None:
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.pos_ in {"NOUN", "PROPN", "ADJ"}:
                    return _possessed(obj) or obj
    return None


def _possessed(owner: Token) -> Token | None:
    """What an of-object owns when the parse stops at the owner: "four of Khan's supporters"
    counts the supporters, however the possessive was attached."""
    doc = owner.doc
    at = owner.i + 1
    if at + 1 >= len(doc) or doc[at].lower_ not in {"'s", "’s"}:
        return None
    nxt = doc[at + 1]
    while nxt.dep_ in {"amod", "compound"} and nxt.i + 1 < len(doc) and nxt.head.i > nxt.i:
        nxt = doc[nxt.i + 1]  # "Khan's loyal supporters"
    return nxt if nxt.pos_ in {"NOUN", "PROPN"} and nxt.sent == owner.sent else None


def _lemma(t: Token) -> str:
    return LEMMA_FIXES.get(t.lower_) or t.lemma_.lower()


def _is_person(t: Token | None) -> bool:
    if t is None:
        return False
    lem = _lemma(t)
    return (
        lem in PERSON_NOUNS
        or t.lower_ in PERSON_NOUNS
        or _who_clause(t)
        or (t.ent_type_ in {"NORP", "PERSON"} and t.tag_ in {"NNPS", "NNS"})
        or (
            t.ent_type_ in {"NORP", "PERSON"}
            and t.pos_ == "PROPN"
            and t.text.endswith("s")
            and not t.text.endswith("ss")
        )
        or _counted_demonym(t)
    )


def _counted_demonym(t: Token) -> bool:
    """A people's name whose plural is its singular counted by a number before "of":
    "thousands of Sudanese", "hundreds of Lebanese", "dozens of Chinese"."""
    return (
        t.ent_type_ == "NORP"
        and t.dep_ == "pobj"
        and t.head.lower_ == "of"
        and (t.head.head.like_num or t.head.head.lower_ in VAGUE)
    )


def _who_clause(t: Token) -> bool:
    """A common noun with a relative clause on "who" or "whom" names people, whatever the
    noun ("10 workers who had died", "120 fishermen whom the navy rescued")."""
    return t.pos_ == "NOUN" and any(
        c.dep_ == "relcl" and any(g.lower_ in {"who", "whom"} and g.i > t.i for g in c.children)
        for c in t.children
    )


def _own_number(t: Token) -> bool:
    return (
        any(c.dep_ in {"nummod", "quantmod"} or c.lower_ in VAGUE for c in t.children)
        or t.lower_ in VAGUE
        or t.like_num
    )


def _conjuncts(t: Token) -> list[Token]:
    """``t`` and the nouns joined to it that share its number ("17 dead policemen and
    soldiers"), stopping at a conjunct with a number of its own ("… and 748 injured police")."""
    out = [t]
    cur = t
    while True:
        nxt = [c for c in cur.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}]
        if not nxt or _own_number(nxt[0]):
            return out
        cur = nxt[0]
        out.append(cur)


def _path_up(start: Token) -> Iterator[Token]:
    """Tokens from ``start`` up to (and including) its governing predicate."""
    t = start
    seen = 0
    while t.head != t and seen < 12:
        yield t
        if t.pos_ in {"VERB", "AUX"} and t is not start:
            return
        t = t.head
        seen += 1
    yield t


def _predicate(start: Token) -> Token | None:
    if start.pos_ in {"VERB", "AUX"}:
        return start
    for t in _path_up(start):
        if t.pos_ in {"VERB", "AUX"} and t is not start:
            return t
    return start if start.pos_ in {"VERB", "AUX"} else None


def _headline_passive(verb: Token) -> bool:
    """A bare past participle with no auxiliary and no object reads as a passive in
    headlines and captions: "56 civilians killed", "48 detained in crackdown"."""
    if any(c.dep_ in {"aux", "auxpass", "dobj"} for c in verb.children):
        return False
    # a participle the tagger read as a past tense: "Over 400 protesters detained, …"
    # ("An estimated 11,000 families displaced.")
    return verb.tag_ == "VBN" or (
        verb.tag_ == "VBD" and _lemma(verb) in AGENT_VERBS | PEOPLE_OTHER_AGENTIVE
    )


def _is_passive(verb: Token) -> bool:
    return (
        any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
        or verb.tag_ == "VBN"
        and verb.dep_ in {"acl", "amod"}
    )


def _event_of(lemmas: Iterable[str]) -> str | None:
    for lem in lemmas:
        if lem in EVENT_LEMMAS:
            return EVENT_LEMMAS[lem]
    return None


def _own_modifiers(t: Token) -> list[str]:
    out = []
    for c in t.children:
        if c.dep_ in {"amod", "acl", "relcl", "compound", "nmod"}:
            out.append(_lemma(c))
            if c.dep_ == "relcl":
                out.extend(_lemma(g) for g in c.children if g.dep_ in {"acomp", "dobj"})
    return out


def _crisis_sentence(sent: Span) -> bool:
    return any(_lemma(t) in CRISIS_LEMMAS for t in sent)


def _subject(verb: Token, anchor: Token | None = None) -> Token | None:
    """The verb's subject (one that does not hold the number itself, when ``anchor``)."""
    for c in verb.children:
        if c.lower_ in PTB_BRACKETS:
            continue  # "-LRB- our sources estimate …": the parser may take the bracket
        if c.like_num:
            continue  # "2,059 injured, 1,404 of them critically, state television reported"
        if c.dep_ in {"nsubj", "nsubjpass"} and (anchor is None or anchor not in c.subtree):
            return c
    return _stranded_speaker(verb, anchor)


def _stranded_speaker(verb: Token, anchor: Token | None) -> Token | None:
    """The speaker of a trailing "said" the parser left without a subject, having hung the
    name set before it on the clause it closes ("… to regain control of Palma, Col. Omar
    Saranga, a Ministry of Defense spokesman, said Sunday": Saranga as Palma's apposition):
    the named person or body of the apposition chain that ends just before the verb."""
    if verb.pos_ != "VERB" or verb.tag_ != "VBD" or verb.i < 2 or verb.nbor(-1).text != ",":
        return None
    t = verb.nbor(-2)
    chain = [t]
    while t.dep_ == "appos" and t.head.i < t.i:
        t = t.head
        chain.append(t)
    # the appositions, nearest the name they hang on first (not that name: "Palma")
    for c in reversed(chain[:-1]):
        if c.ent_type_ in {"PERSON", "ORG"} and (anchor is None or anchor not in c.subtree):
            return c
    return None


def _verbs_with_lemma(doc: Doc, lemmas: Iterable[str]) -> list[int]:
    """Indices, in order, of the VERB tokens whose lower-cased lemma is in ``lemmas``: found
    on the token arrays, so a scan of the whole document creates no ``Token`` objects."""
    if not len(doc):
        return []
    arr = doc.to_array([POS, LEMMA])
    idx = np.flatnonzero(arr[:, 0] == VERB)
    if not idx.size:
        return []
    strings, wanted = doc.vocab.strings, frozenset(lemmas)
    lem = arr[idx, 1].tolist()
    keep = {h for h in set(lem) if strings[h].lower() in wanted}
    return [i for i, h in zip(idx.tolist(), lem, strict=True) if h in keep]


def _previous_in_paragraph(sent: Span, text: str) -> Span | None:
    """The sentence before ``sent`` when no line break separates them (``text``: the doc's)."""
    if sent.start == 0:
        return None
    prev = sent.doc[sent.start - 1].sent
    if not prev.text.strip():
        return None
    gap = text[prev.start_char + len(prev.text.rstrip()) : sent.start_char]
    return None if "\n" in gap else prev


def _contrast_clause(anchor: Token) -> Token | None:
    """The clause set against another that holds the number ("…, while the government put
    the figure at 87", "…, but the army said 8 died"): the lowest verb above the number
    opened by a contrasting conjunction (see CONTRAST_MARKS)."""
    for v in [anchor, *anchor.ancestors]:
        if v.pos_ in {"VERB", "AUX"} and v.dep_ in {"advcl", "conj"}:
            deps = {"mark"} if v.dep_ == "advcl" else {"cc"}
            if any(c.dep_ in deps and c.lower_ in CONTRAST_MARKS for c in v.children):
                return v
            if v.dep_ == "conj" and any(
                c.dep_ == "cc" and c.lower_ in CONTRAST_MARKS for c in v.head.children
            ):
                return v
    return None
