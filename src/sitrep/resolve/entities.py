"""Entity resolution: one Entity per real person, organisation or place across documents.

Why this shape: the extractor already links short forms to the full name
*within* a document (EntityMention.canonical), so across documents we compare
distinct names, not mentions; names are far fewer than mentions and grow
sub-linearly with the corpus. Candidate pairs come only from blocks (folded
surname, its first letters, its phonetic code, acronym letters), never from all
pairs, so the work stays near-linear for thousands of documents. Places that
the gazetteer resolved are joined by their geonameid, which is stronger
evidence than any spelling comparison.

The steps: :mod:`.entity_names` (a name's key, the sets that join names),
:mod:`.entity_blocks` (names compared within blocks), :mod:`.entity_people` and
:mod:`.entity_bodies` (short forms, acronyms and owners joined to the one full name
they can be), then the clusters built into an :class:`EntityIndex` here.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sitrep.lexicon import OFFICES
from sitrep.records import DocumentReading, Entity, EntityMention, Evidence, Place
from sitrep.resolve import names as nm
from sitrep.resolve.entity_blocks import _join_within_blocks
from sitrep.resolve.entity_bodies import (
    _attach_acronyms,
    _attach_bare_sites,
    _attach_bare_state_bodies,
    _attach_demonym_owners,
    _attach_name_tails,
    _attach_owned_names,
    _attach_seats_of_government,
    _attach_spelled_together,
    _attach_ungeocoded_places,
)
from sitrep.resolve.entity_names import _entity_key, _kind, _mention_name, _Name, _UnionFind
from sitrep.resolve.entity_people import (
    _attach_middle_names,
    _attach_single_surnames,
    _attach_surname_initials,
    _join_mislabelled_people,
    _persons_named_like_towns,
)
from sitrep.resolve.sites import place_in_main_town

# What a text may call a country's leader, and the offices it may mean.
LEADER_OFFICES: dict[str, tuple[str, ...]] = {
    "leader": tuple(OFFICES.values()),
    **{word: (office,) for word, office in OFFICES.items()},
}


@dataclass(frozen=True, slots=True)
class EntityIndex:
    """Resolved entities plus a lookup from any alias (folded) to its entity.

    Why: events and claims name actors and places as strings; this index lets
    them compare "Toqaev" and "Kassym-Jomart Tokayev" as one actor.
    """

    entities: tuple[Entity, ...]
    by_alias: dict[str, int]
    # head noun -> the one organisation the corpus describes so ("alliance" -> the CSTO)
    described: dict[str, str] = field(default_factory=dict)
    # "KZ:president" -> the one person the corpus titles so ("Kazakh President X")
    titled: dict[str, str] = field(default_factory=dict)

    def lookup(self, name: str | None) -> Entity | None:
        if not name:
            return None
        i = self.by_alias.get(nm.folded(name))
        if i is None and nm.is_acronym(name):
            i = self.by_alias.get(name.replace(".", "").upper())
        return self.entities[i] if i is not None else None

    def described_as(self, description: str) -> Entity | None:
        """The one organisation or leader the corpus describes so: "a military alliance"
        (an apposition elsewhere: "the CSTO, a military alliance"), "the Kazakh leader"
        (a title elsewhere: "Kazakh President Kassym-Jomart Tokayev")."""
        words = description.replace("'s", "").replace("’s", "").split()
        if not words:
            return None
        head = words[-1].lower()
        found: set[str] = set()
        if head in LEADER_OFFICES:
            for word in words[1:-1]:
                country = self.lookup(word)
                code = country.place.country_code if country and country.place else None
                if code:
                    found |= {
                        self.titled[f"{code}:{office}"]
                        for office in LEADER_OFFICES[head]
                        if f"{code}:{office}" in self.titled
                    }
        elif head in self.described:
            found.add(self.described[head])
        if len(found) != 1:
            return None
        (ent_id,) = found
        return next((e for e in self.entities if e.id == ent_id), None)

    def key(self, name: str | None) -> str:
        """A stable key for a name: its entity id if resolved, else its folded form."""
        ent = self.lookup(name)
        return ent.id if ent else nm.folded(name or "")


def resolve_entities(readings: Iterable[DocumentReading]) -> EntityIndex:
    """Cluster every EntityMention of every reading into Entities."""
    mentions = _persons_named_like_towns([m for r in readings for m in r.entities])
    uf_names: dict[tuple[str, str, int | None, str], int] = {}
    infos: list[_Name] = []
    surface: list[Counter[str]] = []
    full_count: list[Counter[str]] = []
    labels: list[Counter[str]] = []
    docs: list[set[str]] = []
    mention_of: list[int] = []

    def name_id(kind: str, name: str, gid: int | None = None, doc: str = "") -> int:
        key = _entity_key(kind, name)
        # A bare surname refers to whoever the document means: resolve it per document.
        scope = doc if kind == "PERSON" and len(key.split()) == 1 else ""
        ident = (kind, key, gid, scope)
        if ident not in uf_names:
            uf_names[ident] = len(infos)
            toks = tuple(key.split()) if not nm.is_acronym(key) else (key,)
            infos.append(_Name(kind, key, toks, gid))
            surface.append(Counter())
            full_count.append(Counter())
            labels.append(Counter())
            docs.append(set())
        return uf_names[ident]

    # Pass 1: names of mentions; the within-document canonical link is an edge.
    edges: list[tuple[int, int]] = []
    geo_ids: dict[int, int] = {}
    places: dict[int, Place] = {}
    demonyms: dict[str, str] = {}  # folded demonym -> folded country ("iranian" -> "iran")
    for m in mentions:
        if m.label == "NORP" and m.place is not None and m.place.feature == "country":
            words = nm.name_tokens(m.text)
            if len(words) == 1:
                demonyms.setdefault(nm.fold_token(words[0]), nm.folded(m.place.name))
    for m in mentions:
        kind = _kind(m.label)
        full = _mention_name(m)
        if not nm.name_tokens(full) and not nm.is_acronym(full):
            mention_of.append(-1)
            continue
        gid = m.place.geonameid if kind == "PLACE" and m.place is not None else None
        i = name_id(kind, full, gid, m.doc)
        mention_of.append(i)
        surface[i][m.text] += 1
        full_count[i][full] += 1
        labels[i][m.label] += 1
        docs[i].add(m.doc)
        if m.text != full and (nm.name_tokens(m.text) or nm.is_acronym(m.text)):
            j = name_id(kind, m.text, gid, m.doc)
            docs[j].add(m.doc)
            edges.append((i, j))
        if gid is not None and m.place is not None:
            places[gid] = m.place
            if gid in geo_ids:
                edges.append((geo_ids[gid], i))
            else:
                geo_ids[gid] = i

    uf = _UnionFind(len(infos))
    for a, b in edges:
        uf.union(a, b)

    # Pass 2: full names and organisation/place names compared within blocks.
    _join_within_blocks(infos, uf)

    _attach_demonym_owners(infos, uf, demonyms)
    _attach_ungeocoded_places(infos, uf)
    _attach_spelled_together(infos, uf)
    _join_mislabelled_people(infos, uf)
    _attach_acronyms(infos, uf, docs, full_count)
    _attach_seats_of_government(infos, uf)
    _attach_middle_names(infos, uf)
    _attach_owned_names(infos, uf)
    _attach_surname_initials(infos, uf)
    _attach_single_surnames(infos, uf, docs)
    _attach_bare_state_bodies(infos, uf, docs)
    _attach_name_tails(infos, uf, docs)
    _attach_bare_sites(infos, uf)
    return _build(mentions, mention_of, infos, uf, surface, full_count, labels, places, geo_ids)


def _canonical(full: Counter[str], kind: str) -> str:
    """The most frequent full form; multi-word names beat short forms (people, orgs), and a
    form in mixed case one in capitals (a transcript's "ANDERSON COOPER", a dateline's
    "CARACAS")."""

    def score(name: str) -> tuple[int, int, int, int, int]:
        toks = nm.name_tokens(name)
        multi = len(toks) > 1 and kind in {"PERSON", "ORG"}
        titled = len(nm.plain(name).split()) != len(toks)
        shouted = name.isupper() and (
            len(toks) > 1 or (kind in {"PLACE", "GPE", "LOC"} and len(name) > 3)
        )
        return (int(multi), -int(titled), -int(shouted), full[name], len(name))

    return max(full, key=score)


def _written(full: Counter[str], surface: Counter[str]) -> Counter[str]:
    """The names to choose a canonical one from when the best full form is written by no
    text (a name normalised from the words, "Ministry of Foreign Affairs of France" for "the
    French Foreign Ministry", is a key to join reports by, not a name anyone reads): the
    forms the texts write, with the full forms they write as such."""
    return surface + Counter({n: c for n, c in full.items() if n in surface})


def _build(
    mentions: list[EntityMention],
    mention_of: list[int],
    infos: list[_Name],
    uf: _UnionFind,
    surface: list[Counter[str]],
    full_count: list[Counter[str]],
    labels: list[Counter[str]],
    places: dict[int, Place],
    geo_ids: dict[int, int],
) -> EntityIndex:
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(infos)):
        clusters[uf.find(i)].append(i)
    cl_mentions: dict[int, list[EntityMention]] = defaultdict(list)
    for m, i in zip(mentions, mention_of, strict=False):
        if i >= 0:
            cl_mentions[uf.find(i)].append(m)
    geo_of_root: dict[int, Counter[int]] = defaultdict(Counter)
    for m, i in zip(mentions, mention_of, strict=False):
        if i >= 0 and m.place is not None and m.place.geonameid is not None:
            geo_of_root[uf.find(i)][m.place.geonameid] += 1
            places.setdefault(m.place.geonameid, m.place)

    order = sorted(
        (r for r in clusters if cl_mentions.get(r)),
        key=lambda r: (-len(cl_mentions[r]), _first_name(full_count, clusters[r])),
    )
    entities: list[Entity] = []
    by_alias: dict[str, int] = {}
    described: dict[str, set[str]] = defaultdict(set)
    titled: dict[str, set[str]] = defaultdict(set)
    for root in order:
        members = clusters[root]
        full: Counter[str] = Counter()
        surf: Counter[str] = Counter()
        lab: Counter[str] = Counter()
        for i in members:
            full.update(full_count[i])
            surf.update(surface[i])
            lab.update(labels[i])
        kind = infos[root].kind
        canonical = _canonical(full or surf, kind)
        if canonical not in surf and surf:
            canonical = _canonical(_written(full, surf), kind)
        aliases = tuple(sorted(set(full) | set(surf), key=lambda a: (-(full[a] + surf[a]), a)))
        geo = geo_of_root.get(root)
        place = places[geo.most_common(1)[0][0]] if geo else None
        ms = cl_mentions[root]
        ent = Entity(
            id=f"ENT{len(entities) + 1}",
            canonical=canonical,
            type=lab.most_common(1)[0][0],
            aliases=aliases,
            mentions=tuple(Evidence(m.doc, m.start, m.end) for m in ms),
            place=place,
        )
        idx = len(entities)
        entities.append(ent)
        for m in ms:
            for head in m.descriptors:
                described[head].add(ent.id)
            for role in m.roles:
                titled[role].add(ent.id)
        for a in aliases:
            by_alias.setdefault(nm.folded(a), idx)
            if nm.is_acronym(a):
                by_alias.setdefault(a.replace(".", "").upper(), idx)
    unique = {head: next(iter(ids)) for head, ids in described.items() if len(ids) == 1}
    offices = {role: next(iter(ids)) for role, ids in titled.items() if len(ids) == 1}
    return EntityIndex(tuple(place_in_main_town(entities)), by_alias, unique, offices)


def _first_name(full_count: list[Counter[str]], members: list[int]) -> str:
    names = [n for i in members for n in full_count[i]]
    return min(names) if names else ""
