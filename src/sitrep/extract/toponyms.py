"""The toponyms of a document, as a geoparser reports them (GeoWebNews' definition).

sitrep's entities keep a demonym as NORP ("Syrian" in "Syrian refugees" is a people's
adjective, not a place) and the EU as ORG. A geoparser asked for *toponyms* reports more: the
GeoWebNews guidelines (Gritta et al. 2019) count an adjectival demonym that modifies a noun
("Syrian refugees", "the Russian-backed offensive") as a toponym of its country, and a
supranational union with a territory ("EU countries") as a toponym of that territory, and a
place named inside an organisation's name ("the Washington Post", "the Syrian Observatory for
Human Rights", "the Kidney Foundation of Canada") as an embedded toponym, while a plural
people-noun ("Syrians fled", "many Americans") and a language are not toponyms.

:func:`toponym_mentions` applies that definition to the entity mentions already found, without
changing them: place mentions (GPE, LOC) as they are, adjectival NORP mentions with the place
their demonym names, ORG mentions of a territorial union with the union's region, and the
place an organisation's name opens with or ends on after "of" (see :func:`embedded_place`):
a demonym, a country, a region, or a town the document places elsewhere or a big one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from sitrep.extract.gazetteer import (
    COMPASS_WORDS,
    Gazetteer,
    GeoContext,
    context_from,
    geocode,
    load_gazetteer,
)
from sitrep.records import EntityMention, Place

__all__ = ["PLACE_LABELS", "adjectival", "embedded_place", "toponym_mentions"]

PLACE_LABELS = frozenset({"GPE", "LOC"})
# Dependencies of a word that modifies a noun phrase: "Syrian refugees" (amod), "US troops"
# (compound), "the Russian-backed offensive" (npadvmod of "backed").
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# A town named inside an organisation's name without the document placing it elsewhere must be
# this big to count ("Burton Albion" names Burton; "Green Party" names no town called Green).
EMBEDDED_TOWN_MIN_POP = 100_000
_EMBEDDED_MAX_TOKENS = 3
_BROAD_FEATURES = frozenset({"country", "admin1", "region"})
# Words that open organisations' names and match a region only by an alias ("Federal
# Ministry" is no Federal District, "South Central Ambulance Service" no South Province).
_GENERIC_OPENERS = COMPASS_WORDS | frozenset(
    "federal national state royal united supreme international global".split()
)


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


def _name_run(span: Span) -> bool:
    """A run of capitalised name words ("New York", "Cavan"), no punctuation or lower case."""
    return all(t.is_alpha and (t.is_title or t.is_upper) for t in span)


def _embedded_runs(span: Span) -> list[Span]:
    """Where an organisation's name holds a place: its opening words ("Washington Post",
    "New York Times"), longest first, and what follows its last "of" ("Council of Europe")."""
    if len(span) and span[0].lower_ == "the":
        span = span[1:]
    runs = [span[:k] for k in range(min(_EMBEDDED_MAX_TOKENS, len(span) - 1), 0, -1)]
    of = [t.i - span.start for t in span if t.lower_ == "of"]
    if of:
        tail = span[of[-1] + 1 :]
        if len(tail) and tail[0].lower_ == "the":
            tail = tail[1:]
        if 0 < len(tail) <= _EMBEDDED_MAX_TOKENS:
            runs.append(tail)
    return [r for r in runs if _name_run(r) and r[0].lower_ not in _GENERIC_OPENERS]


def embedded_place(
    span: Span, gaz: Gazetteer, ctx: GeoContext, known: frozenset[int | None]
) -> tuple[Span, Place, bool] | None:
    """The place named inside an organisation's name: (the words, the place, whether they are
    a demonym). A demonym ("Syrian Observatory"), a continent adjective ("European Investment
    Bank"), a country or first-level region, or a town that is big or that the document
    places elsewhere (``known`` geonameids)."""
    for run in _embedded_runs(span):
        if len(run) == 1 and run[0].tag_ not in _PLURAL_TAGS:
            people = gaz.demonym(run.text)
            if people is not None and not gaz.lookup(run.text)[0]:
                return run, people, True
        res = geocode(run.text, ctx, fuzzy=False, gazetteer=gaz)
        place = res.place
        if place is None or res.match != "exact" or gaz.is_world(place):
            continue  # a world region opening a name is a brand ("Amazon Fire TV")
        if (
            place.feature in _BROAD_FEATURES
            or place.geonameid in known
            or place.population >= EMBEDDED_TOWN_MIN_POP
        ):
            return run, place, False
    return None


def toponym_mentions(
    doc: Doc, mentions: Iterable[EntityMention], gazetteer: Gazetteer | None = None
) -> list[EntityMention]:
    """The mentions of ``doc`` a geoparser reports as toponyms, each with its place (or none):
    GPE/LOC mentions; NORP mentions used as adjectives, or naming a place the model labelled
    NORP ("in Tunis"); ORG mentions of a territorial union ("EU"), placed at its region; and
    the place inside an organisation's name, as a mention of those words."""
    gaz = gazetteer or load_gazetteer()
    mentions = list(mentions)
    placed = [m.place for m in mentions if m.label in PLACE_LABELS and m.place is not None]
    ctx = context_from(placed, gaz)
    known = frozenset(p.geonameid for p in placed)
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
            union = gaz.union(m.text)
            if union is not None:
                out.append(replace(m, place=union))
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            found = None if span is None else embedded_place(span, gaz, ctx, known)
            if found is not None:
                run, place, people = found
                out.append(
                    replace(
                        m,
                        start=run.start_char,
                        end=run.end_char,
                        text=run.text,
                        canonical=run.text,
                        label="NORP" if people else "GPE",
                        place=place,
                        descriptors=(),
                        roles=(),
                    )
                )
    return _one_per_span(out)


def _one_per_span(mentions: list[EntityMention]) -> list[EntityMention]:
    """One toponym per span: an entity's unplaced GPE inside an organisation's name
    ("Louisiana" in "Louisiana Purchase") gives way to the embedded toponym found there."""
    placed = {(m.start, m.end) for m in mentions if m.place is not None}
    return [m for m in mentions if m.place is not None or (m.start, m.end) not in placed]
