"""People's names joined by what the corpus says of them: a short form (a lone surname, a
given name, a surname cut to its initial, a middle name) joins the one full name it can be,
a name once tagged ORG joins the person, and a town named like a person the corpus names
in full is that person."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from sitrep.records import EntityMention
from sitrep.resolve import names as nm
from sitrep.resolve.entity_blocks import SURNAME_SIM
from sitrep.resolve.entity_names import PLACE_LABELS, _mention_name, _Name, _UnionFind

# A town named like a person the corpus names in full, in a country the corpus otherwise
# hardly names, is that person: "Obama" (a town in Japan) in reports on Egypt that name
# Barack Obama. The extractor does this within a document; this is the corpus's view.
NAMESAKE_TOWN_MAX_POPULATION = 500_000


NAMESAKE_MIN_DOCS = 2  # the person is named in full in this many documents


def _persons_named_like_towns(mentions: list[EntityMention]) -> list[EntityMention]:
    named: dict[str, set[str]] = defaultdict(set)  # given name or surname -> documents
    countries: dict[str, set[str]] = defaultdict(set)  # country -> documents placing there
    for m in mentions:
        words = nm.name_tokens(_mention_name(m)) if m.label == "PERSON" else ()
        if len(words) >= 2:
            named[nm.fold_token(words[-1])].add(m.doc)
            named[nm.fold_token(words[0])].add(m.doc)
        if m.place is not None and m.place.country_code and m.label in PLACE_LABELS:
            countries[m.place.country_code].add(m.doc)
    lone = [m for m in mentions if _namesake_town(m) and nm.folded(m.text) in named]
    # the documents that place something in the town's country other than these names
    own = defaultdict(set)
    for m in lone:
        own[m.place.country_code].add(m.doc)  # type: ignore[union-attr]
    out = []
    for m in mentions:
        if _namesake_town(m) and len(named.get(nm.folded(m.text), ())) >= NAMESAKE_MIN_DOCS:
            cc = m.place.country_code  # type: ignore[union-attr]
            if countries[cc] <= own[cc]:  # no other name places anything in that country
                m = replace(m, label="PERSON", place=None, ambiguous=False, candidates=0)
        out.append(m)
    return out


def _namesake_town(m: EntityMention) -> bool:
    p = m.place
    return (
        m.label in PLACE_LABELS
        and p is not None
        and p.feature == "city"
        and p.population < NAMESAKE_TOWN_MAX_POPULATION
        and len(m.text.split()) == 1
    )


def _join_mislabelled_people(infos: list[_Name], uf: _UnionFind) -> None:
    """A multi-word name the tagger once called ORG (or NORP: "Ruben Vardanyan" beside an
    Armenian-sounding headline) and elsewhere PERSON is the person.

    Why: small NER models mislabel unfamiliar personal names; the identical
    full name is stronger evidence than one label. The majority label wins.
    """
    people: dict[str, int] = {}
    for i, n in enumerate(infos):
        if n.kind == "PERSON" and len(n.tokens) > 1:
            people.setdefault(n.key, i)
    for i, n in enumerate(infos):
        if n.kind in ("ORG", "NORP") and len(n.tokens) > 1 and n.key in people:
            uf.union(i, people[n.key])


def _attach_surname_initials(infos: list[_Name], uf: _UnionFind) -> None:
    """ "Nahel M." joins "Nahel Merzouk": a surname cut to its initial (as the press writes
    minors' and suspects' names) joins the one full name with that given name and initial."""
    full: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i, n in enumerate(infos):
        if n.kind == "PERSON" and len(n.tokens) == 2 and len(n.tokens[1]) > 1:
            full[(n.tokens[0], n.tokens[1][0])].add(i)
    for i, n in enumerate(infos):
        if n.kind == "PERSON" and len(n.tokens) == 2 and len(n.tokens[1]) == 1:
            roots = {uf.find(j) for j in full.get((n.tokens[0], n.tokens[1]), ())}
            if len(roots) == 1:
                uf.union(i, roots.pop())


# A person the corpus is about: named in this many documents, and this many times as many as
# any namesake ("Obama" in a pile on Egypt is Barack Obama, not a reader's "Mubarak Obama").
DOMINANT_DOCS = 3


DOMINANT_RATIO = 3


def _dominant_person(members: Iterable[int], uf: _UnionFind, docs: list[set[str]]) -> int | None:
    in_docs: dict[int, set[str]] = defaultdict(set)
    for j in members:
        in_docs[uf.find(j)] |= docs[j]
    ranked = sorted(in_docs, key=lambda r: len(in_docs[r]), reverse=True)
    if not ranked or len(in_docs[ranked[0]]) < DOMINANT_DOCS:
        return None
    if len(ranked) > 1 and len(in_docs[ranked[0]]) < DOMINANT_RATIO * len(in_docs[ranked[1]]):
        return None
    return ranked[0]


def _attach_middle_names(infos: list[_Name], uf: _UnionFind) -> None:
    """ "Hussein Obama" joins "Barack Hussein Obama" when the corpus writes the full name:
    a two-word name whose first word is the middle name of exactly one longer name with the
    same surname (a given name dropped), or, failing that, the first two words of exactly one
    longer name ("Ali Bongo" of "Ali Bongo Ondimba": a second surname dropped). Without the
    longer name the two stay apart: the corpus does not say that they are one."""
    longer: dict[tuple[str, str], set[int]] = defaultdict(set)
    heads: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i, n in enumerate(infos):
        if n.kind == "PERSON" and len(n.tokens) >= 3:
            for middle in n.tokens[1:-1]:
                longer[(middle, n.tokens[-1])].add(i)
            heads[n.tokens[:2]].add(i)
    for i, n in enumerate(infos):
        if n.kind == "PERSON" and len(n.tokens) == 2:
            roots = {uf.find(j) for j in longer.get(n.tokens, ())}
            if not roots:
                # "Ali Bongo" of "Ali Bongo Ondimba": the second surname dropped, as news
                # shortens Spanish, Portuguese and many African double surnames
                roots = {uf.find(j) for j in heads.get(n.tokens, ())}
            if len(roots) == 1:
                uf.union(i, roots.pop())


def _attach_single_surnames(infos: list[_Name], uf: _UnionFind, docs: list[set[str]]) -> None:
    """A lone surname joins the one full-name cluster with that surname.

    Why the care: "Johnson" must not join Boris Johnson when another Johnson
    with a full name exists, unless the lone mention shares a document with
    exactly one of them, or shares none with any and the corpus is clearly about one of
    them (see :func:`_dominant_person`).
    """
    by_surname: dict[str, list[int]] = defaultdict(list)
    by_prefix: dict[str, list[int]] = defaultdict(list)
    by_given: dict[str, list[int]] = defaultdict(list)
    for i, n in enumerate(infos):
        if n.kind == "PERSON" and len(n.tokens) > 1:
            by_surname[n.tokens[-1]].append(i)
            by_prefix[n.tokens[-1][:2]].append(i)
            if len(n.tokens[0]) > 2:  # no initial ("J. Nze")
                by_given[n.tokens[0]].append(i)
    for i, n in enumerate(infos):
        if n.kind != "PERSON" or len(n.tokens) != 1:
            continue
        tok = n.tokens[0]
        cands = by_surname.get(tok) or [
            j
            for j in by_prefix.get(tok[:2], [])
            if nm.similarity(tok, infos[j].tokens[-1]) >= SURNAME_SIM
        ]
        roots = {uf.find(j) for j in cands}
        if not cands:
            # no one's surname: a given name ("Nahel", "Ranil") is the one person of the
            # corpus named so in full
            given = {uf.find(j) for j in by_given.get(tok, ())}
            if len(given) == 1:
                uf.union(i, given.pop())
            continue
        if len(roots) > 1:
            shared = {uf.find(j) for j in cands if docs[j] & docs[i]}
            if len(shared) == 1:
                roots = shared
            else:  # no document tells: the person the corpus names far more often, if one
                most = None if shared else _dominant_person(cands, uf, docs)
                roots = {most} if most is not None else set()
        if len(roots) == 1:
            uf.union(i, roots.pop())
    # Bare names no full name claimed are one entity per spelling (the same "Yernar").
    multi_roots = {
        uf.find(i) for i, n in enumerate(infos) if n.kind == "PERSON" and len(n.tokens) > 1
    }
    lone: dict[str, int] = {}
    for i, n in enumerate(infos):
        if n.kind == "PERSON" and len(n.tokens) == 1 and uf.find(i) not in multi_roots:
            if n.key in lone:
                uf.union(i, lone[n.key])
            else:
                lone[n.key] = i
