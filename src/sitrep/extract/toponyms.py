"""The toponyms of a document, as a geoparser reports them (GeoWebNews' definition).

sitrep's entities keep a demonym as NORP ("Syrian" in "Syrian refugees" is a people's
adjective, not a place) and the EU as ORG. A geoparser asked for *toponyms* reports more: the
GeoWebNews guidelines (Gritta et al. 2019) count an adjectival demonym that modifies a noun
("Syrian refugees", "the Russian-backed offensive") as a toponym of its country, and a
supranational union with a territory ("EU countries") as a toponym of that territory, while a
plural people-noun ("Syrians fled", "many Americans") and a language are not toponyms.

:func:`toponym_mentions` applies that definition to the entity mentions already found, without
changing them: place mentions (GPE, LOC) as they are, adjectival NORP mentions with the place
their demonym names, and ORG mentions of a territorial union with the union's region.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc, Token

from sitrep.extract.gazetteer import Gazetteer, load_gazetteer
from sitrep.records import EntityMention

__all__ = ["PLACE_LABELS", "adjectival", "toponym_mentions"]

PLACE_LABELS = frozenset({"GPE", "LOC"})
# Dependencies of a word that modifies a noun phrase: "Syrian refugees" (amod), "US troops"
# (compound), "the Russian-backed offensive" (npadvmod of "backed").
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def adjectival(token: Token) -> bool:
    """Whether a demonym token modifies a noun ("Syrian refugees", "German and Irish
    immigrants") rather than naming people ("Syrians fled") or a language ("in English")."""
    if token.tag_ in _PLURAL_TAGS:
        return False
    if token.dep_ in _MODIFIER_DEPS:
        return token.head.i > token.i  # the modified noun follows ("Syrian refugees")
    if token.dep_ == "conj":  # "the Russian and Venezuelan delegations"
        return token.head.dep_ in _MODIFIER_DEPS and token.head.tag_ not in _PLURAL_TAGS
    return False


def toponym_mentions(
    doc: Doc, mentions: Iterable[EntityMention], gazetteer: Gazetteer | None = None
) -> list[EntityMention]:
    """The mentions of ``doc`` a geoparser reports as toponyms, each with its place (or none):
    GPE/LOC mentions; NORP mentions used as adjectives, or naming a place the model labelled
    NORP ("in Tunis"); ORG mentions of a territorial union ("EU"), placed at its region."""
    gaz = gazetteer or load_gazetteer()
    out: list[EntityMention] = []
    for m in mentions:
        if m.label in PLACE_LABELS:
            out.append(m)
        elif m.label == "NORP" and m.place is not None:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            if adjectival(span[-1]) or gaz.demonym(m.text) is None:
                out.append(m)
        elif m.label == "ORG":
            place = gaz.union(m.text)
            if place is not None:
                out.append(replace(m, place=place))
    return out
