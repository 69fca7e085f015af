"""Coups: a government taken by force ("soldiers declared a coup", "the army seized power")
is the state's power seized: annotators type it "seizure" (five of the six coup corpora),
its government dissolved being the government's fall, told by its own words. One that
failed is a happening of its own; talk of one that may come, is alleged or is only a feat
("a coup for the opposition") is none. Found by running sitrep on a coup outside the example
corpora (Niger 2023), checked on Timeline17's Egypt and Libya piles, where "coup" is mostly
Gaddafi's 1969 coup (background) or a figure of speech."""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.events.parse import _governing_verb
from sitrep.extract.events.targets import _subjects, _words_of
from sitrep.extract.events.vocabulary import (
    CALLING_FOR,
    COUP_TALK,
    FAILED_COUP,
    FEAT_COUP,
    MILITARY_RULERS,
)


def _coup_kind(tok: Token) -> str | None:
    """A coup is the state's power seized ("soldiers declared a coup", "the army seized
    power", "the junta that overthrew the president"); one that failed ("a foiled coup
    attempt", "the coup failed") is a happening of its own ("other"). Not a coup: a
    word about one that may come or is alleged ("coup rumours", "a coup plot"), the word
    naming who or what ("the coup leaders", "coup-hit Niger"), or a power taken by
    someone who is not a soldier ("the new cabinet took power in January")."""
    lemma = tok.lemma_.lower()
    if (
        lemma in {"coup", "putsch"}
        and tok.dep_ in {"compound", "amod"}
        and tok.head.lemma_.lower() not in FAILED_COUP
    ):
        return None
    near = {c.lemma_.lower() for c in tok.children} | {tok.head.lemma_.lower()}
    near |= {c.lower_ for c in tok.children}
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        near.add(tok.head.head.lemma_.lower())  # "rumours of a coup"
    if near & COUP_TALK:
        return None
    if lemma == "coup" and (
        any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children) or near & FEAT_COUP
    ):
        return None  # "seen as a coup for the opposition", "a diplomatic coup": a feat
    verb = _governing_verb(tok)
    if lemma in {"take", "assume"}:
        doers = _words_of(_subjects(tok))
        forced = any(c.lower_ == "force" for c in verb.subtree)
        if not (doers & MILITARY_RULERS or forced):
            return None
    up = list(tok.ancestors)[:4]
    if any(a.lemma_.lower() in COUP_TALK for a in up):
        return None  # "arrested on suspicion of treason and attempted overthrow"
    if any(a.lower_ == "for" and a.head.lemma_.lower() in CALLING_FOR for a in up):
        return None  # "protesters have called for the overthrow of the regime"
    tried = verb.head.lemma_.lower() in FAILED_COUP | {"try"}
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not tried:
        return None  # "to rise up to overthrow him", "a bid to seize power": an aim
    if near & FAILED_COUP or verb.lemma_.lower() in FAILED_COUP or tried:
        return "other"
    return "seizure"
