"""The site a happening was done to ("torched the mayor's office") and who did it."""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from sitrep.extract.event_triggers import (
    ARMED,
)
from sitrep.extract.events.parse import Hit
from sitrep.extract.events.vocabulary import (
    EVACUATE,
    GENERIC_SITES,
    NOT_TARGETS,
    OFFICE_HOLDERS,
    PLACE_NOUNS,
    QUANTIFIERS,
    RELATIVE_WORDS,
    SITE_NOUNS,
    TARGET_DEPS,
    TARGET_KINDS,
    VAGUE_MODIFIERS,
    VICTIM_NOUNS,
)
from sitrep.records import (
    PERSON_TARGET_TYPES,
)


def _person_key(tok: Token) -> str | None:
    """Who a dismissal is about: the person's name as written ("Nursultan Nazarbaev",
    also through an apposition: "his predecessor, Nursultan Nazarbaev"), else the
    office-holder noun ("associate"); ``None`` for a post or anything else."""
    for t in (tok, *(c for c in tok.children if c.dep_ == "appos")):
        if t.ent_type_ == "PERSON":
            ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None)
            if ent is not None:
                words = [w.text for w in ent if w.lower_ not in {"mr", "mr.", "mrs", "ms", "dr"}]
                return " ".join(words)
    lemma = tok.lemma_.lower()
    return lemma if lemma in OFFICE_HOLDERS else None


def _site(tok: Token) -> bool:
    return tok.lemma_.lower() in SITE_NOUNS or tok.ent_type_ == "FAC"


def _antecedent(tok: Token, verb: Token) -> Token:
    """The noun a relative pronoun stands for ("buildings, some of which were burned")."""
    rel = tok.lower_ in RELATIVE_WORDS or any(
        c.dep_ == "prep" and any(p.lower_ in RELATIVE_WORDS for p in c.children)
        for c in tok.children
    )
    if not rel or verb.dep_ != "relcl":
        return tok
    if _site(verb.head):
        return verb.head
    # the parser often hangs the clause on a noun further back ("the city of Almaty, where
    # ... took control of several buildings, some of which were burned"): the antecedent
    # is the noun just before the relative clause
    edge = verb.left_edge.i
    before = [t for t in verb.doc[verb.sent.start : edge] if t.pos_ in {"NOUN", "PROPN"}]
    return before[-1] if before and _site(before[-1]) else verb.head


def _objects(tok: Token) -> list[Token]:
    """What a trigger was done to, in the parse: the object ("torched the office"), the
    passive subject ("the office was set on fire"), the object of "to"/"of"/"on"
    ("set fire to the office", "took control of the airport", "an attack on the
    station"), the noun a participle modifies ("burned-out buildings", "buildings
    stormed by protesters"), each with its coordinated items, and the subject of an
    elliptic "as was X" ("was set on fire, as was the residence")."""
    found: list[Token] = []
    passive = any(c.dep_ in {"auxpass", "agent"} for c in tok.children)
    holders = [tok] + [c for c in tok.children if c.dep_ == "dobj" and c.lemma_ in NOT_TARGETS]
    for h in holders:
        for c in h.children:
            if c.dep_ in TARGET_DEPS or (passive and c.dep_ == "nsubj"):
                found.append(_antecedent(c, tok))
            elif c.dep_ == "prep" and c.lower_ in {"to", "of", "on", "at"}:
                found += [p for p in c.children if p.dep_ == "pobj"]
    if tok.dep_ in {"amod", "acl"} and tok.head.pos_ in {"NOUN", "PROPN"}:
        found.append(tok.head)
    clauses = [tok, *(c for c in tok.children if c.dep_ in {"parataxis", "conj"})]
    for v in clauses:
        for c in v.children:
            if c.dep_ == "advcl" and c.lemma_ == "be" and any(m.lower_ == "as" for m in c.children):
                found += [x for x in c.children if x.dep_ in {"nsubj", "nsubjpass"}]
    out: list[Token] = []
    for f in found:
        for t in (f, *f.conjuncts):
            if t.ent_type_ in {"DATE", "TIME"}:
                continue  # "attacked the embassies ... on Tuesday": when, not what
            if t.lemma_.lower() not in NOT_TARGETS and t.i not in {o.i for o in out}:
                out.append(t)
    return sorted(out, key=lambda t: t.i)


def _key_words(noun: Token) -> list[str]:
    """The distinguishing words before a site noun: compounds, adjectives and possessors
    that are common words ("presidential", "mayor's", "television"), not names (a place
    name says where, which the mention's place already holds), pronouns or vague words."""
    words: list[tuple[int, str]] = []
    for c in noun.children:
        if c.i > noun.i or c.dep_ not in {"compound", "amod", "nmod", "poss"}:
            continue
        lemma = c.lemma_.lower()
        if (
            c.pos_ in {"PROPN", "PRON", "NUM", "DET", "VERB"}
            or c.ent_type_ in {"GPE", "LOC", "NORP", "PERSON", "ORG", "DATE", "CARDINAL"}
            or lemma in VAGUE_MODIFIERS
            or lemma in PLACE_NOUNS
            or not c.is_alpha
        ):
            continue
        words += [(w.i, w.lemma_.lower()) for w in _key_words_of(c)]
    return [w for _, w in sorted(words)]


def _key_words_of(mod: Token) -> list[Token]:
    """A modifier with its own common-word modifiers ("police department" in "police
    department headquarters", "prime minister" in "the prime minister's residence")."""
    inner = [
        c
        for c in mod.children
        if c.dep_ in {"compound", "amod"}
        and c.pos_ in {"NOUN", "ADJ"}
        and c.is_alpha
        and c.lemma_.lower() not in PLACE_NOUNS | VAGUE_MODIFIERS
    ]
    return [*inner, mod]


def _target_key(noun: Token) -> str:
    """A short lower-case key for a site: the lemma of its head noun after its
    distinguishing modifiers ("the prosecutor's office" -> "prosecutor office", "the
    former presidential residence" -> "presidential residence", "Almaty airport" ->
    "airport"); a generic head takes the noun of its "of" phrase ("the regional branch
    of the ruling Nur Otan party" -> "regional party branch")."""
    words = _key_words(noun)
    if noun.lemma_.lower() in GENERIC_SITES:
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.pos_ == "NOUN":
                        words += [*_key_words(obj), obj.lemma_.lower()]
    return " ".join([*words, noun.lemma_.lower()])


def _subjects(tok: Token) -> list[Token]:
    """Who did it: the verb's subject or the "by" phrase of a passive, with conjuncts."""
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    subj += [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    return [t for s in subj for t in (s, *s.conjuncts)]


def _evacuates_people(tok: Token) -> bool:
    """An evacuation of civilians ("evacuated 157 citizens", "foreign nationals began
    evacuating"), not of armed forces ("troops evacuated the base"): no armed actor
    among who evacuates or is evacuated. It is no withdrawal from territory."""
    if tok.lemma_.lower() not in EVACUATE:
        return False
    verb = tok.head if tok.dep_ == "xcomp" else tok
    who = [*_subjects(tok), *_objects(tok), *_subjects(verb)]
    return not any(t.lemma_.lower() in ARMED for w in who for t in w.subtree)


def _per_target(hits: list[Hit], found: dict[str, list[Token]]) -> list[Hit]:
    """Hits with the site they were done to; an arson or seizure naming several sites
    ("set fire to a presidential residence and the mayor's office") becomes one hit per
    site, in the order the sentence names them."""
    out: list[Hit] = []
    for h in hits:
        kinds, fan = TARGET_KINDS.get(h.type, ((), False))
        triggers = [h.trigger, *(t for k in kinds for t in found.get(k, []))]
        keys: list[str] = []
        every_a_kind = True  # all sites named only as kinds ("cars, buses, schools")
        for trig in triggers:
            for obj in _objects(trig):
                if h.type in PERSON_TARGET_TYPES:
                    key = _person_key(obj)
                else:
                    key = _target_key(obj) if _site(obj) else None
                if key and key not in keys:
                    keys.append(key)
                    every_a_kind = every_a_kind and _a_kind(obj)
        if not kinds or not keys or (fan and len(keys) > 1 and every_a_kind):
            # no site; or sites of several kinds, a wave told in general: one happening
            out.append(h)
        elif fan:
            out += [dataclasses.replace(h, target=k) for k in keys]
        else:
            out.append(dataclasses.replace(h, target=keys[0]))
    return out


def _a_kind(noun: Token) -> bool:
    """A plural site with no determiner, named as a kind of place, not as one site ("set
    fire to cars, buses, schools and town halls", "town halls were set on fire"): the
    sentence tells a wave of arson, not one fire per kind (when every site of the list is
    a kind; a kind alone keeps its key). Counted ones ("the offices", "several government
    buildings") are sites."""
    return noun.tag_ in {"NNS", "NNPS"} and not any(
        c.dep_ in {"det", "poss", "nummod"} or c.lemma_.lower() in QUANTIFIERS
        for c in noun.children
    )


def _one_victim(tok: Token) -> bool:
    """A killing done to one person ("a student has been killed as a clash broke out",
    "police shot dead a student during clashes"): news of its own beside the clash, where a
    toll the clash left ("dozens were killed in clashes") is the clash's."""
    victims = [c for c in tok.children if c.dep_ in {"nsubjpass", "dobj"}]
    return any(
        (v.tag_ == "NN" and v.lemma_.lower() in VICTIM_NOUNS)
        or (v.tag_ == "NNP" and v.ent_type_ == "PERSON")
        for v in victims
    )


def _doers(verb: Token) -> list[Token]:
    """Who or what does the verb: its subject, its passive agent, or the noun a relative or
    participial clause with no subject of its own hangs on."""
    doers = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"}]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not doers and verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        return _doers(verb.head)  # "the waters killed 2,000 and destroyed 1.6 million homes"
    if not doers and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ == "VERB":
        return _doers(verb.head)  # "an earthquake struck the mountains, killing 632"
    if verb.dep_ in {"relcl", "acl"} and not any(
        c.dep_ == "nsubj" and c.tag_ not in {"WDT", "WP"} for c in verb.children
    ):
        doers.append(verb.head)
    return doers


def _words_of(tokens: list[Token]) -> set[str]:
    """The lemmas of some phrases, every word of each: who does a verb, in their own words
    ("Presidential guard soldiers", "truck drivers")."""
    return {t.lemma_.lower() for d in tokens for t in d.subtree}
