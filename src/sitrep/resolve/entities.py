"""Entity resolution: one Entity per real person, organisation or place across documents.

Why this shape: the extractor already links short forms to the full name
*within* a document (EntityMention.canonical), so across documents we compare
distinct names, not mentions; names are far fewer than mentions and grow
sub-linearly with the corpus. Candidate pairs come only from blocks (folded
surname, its first letters, its phonetic code, acronym letters), never from all
pairs, so the work stays near-linear for thousands of documents. Places that
the gazetteer resolved are joined by their geonameid, which is stronger
evidence than any spelling comparison.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from sitrep.extract.site_words import SITE_TAILS
from sitrep.lexicon import OFFICES
from sitrep.records import DocumentReading, Entity, EntityMention, Evidence, Place
from sitrep.resolve import names as nm
from sitrep.resolve.sites import place_in_main_town

PLACE_LABELS = frozenset({"GPE", "LOC"})
# Blocks larger than this carry too little signal to compare every pair in them.
MAX_BLOCK = 60
SURNAME_SIM = 0.93  # folded surname Jaro-Winkler: true variants >= 0.96, non-matches <= 0.87
GIVEN_SIM = 0.88
OWNER_WORDS_MAX = 3  # "of" then at most this many words: the owner ("of Ecuador")
SKELETON_MIN = 6  # consonants a surname needs before vowels alone cannot tell names apart
ORG_SIM = 0.95
# Seats of government that news uses for the government itself ("the Kremlin said"): a fixed
# journalistic metonymy, joined to the "Government of <Country>" normal form the extractor gives
# "the Russian government" / "the government of Russia".
SEATS_OF_GOVERNMENT: dict[str, str] = {
    "Kremlin": "Russia",
    "White House": "United States",
    "Downing Street": "United Kingdom",
    "Elysee": "France",
    "Elysee Palace": "France",
    "Zhongnanhai": "China",
    "Blue House": "South Korea",
}


class _UnionFind:
    """Disjoint sets over integer ids (path halving, union by size)."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.size = [1] * n

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]


@dataclass(frozen=True, slots=True)
class _Name:
    """A distinct name form within one type class."""

    kind: str  # PERSON | ORG | PLACE | NORP
    key: str  # folded key
    tokens: tuple[str, ...]  # folded tokens
    geonameid: int | None = None  # places the gazetteer resolved


def _kind(label: str) -> str:
    return "PLACE" if label in PLACE_LABELS else label


def _mention_name(m: EntityMention) -> str:
    return m.canonical or m.text


def _norp_key(key: str) -> str:
    """Nationality words in singular ("Russians" -> "rusian")."""
    return key[:-1] if key.endswith("s") and len(key) > 4 else key


def _entity_key(kind: str, name: str) -> str:
    if kind in {"ORG", "PLACE"} and nm.is_acronym(name):
        return name.replace(".", "").upper()
    key = nm.folded(name)
    return _norp_key(key) if kind == "NORP" else key


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


def _person_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Full person names that can be the same person: surnames match, given names agree."""
    if nm.similarity(a[-1], b[-1]) < SURNAME_SIM and not _vowel_variants(a[-1], b[-1]):
        return False
    ga, gb = a[0], b[0]
    if len(ga) == 1 or len(gb) == 1:  # an initial
        return ga[0] == gb[0]
    return ga[0] == gb[0] and nm.similarity(ga, gb) >= GIVEN_SIM


def _vowel_variants(a: str, b: str) -> bool:
    """Two long surnames spelt with other vowels only (Wickremesinghe / Wickramasinghe): the
    same consonants, at least :data:`SKELETON_MIN` of them. Short ones stay apart (Hassan /
    Hussein are two names)."""
    skel = nm.skeleton(a)
    return len(skel) >= SKELETON_MIN and skel == nm.skeleton(b)


def _org_core(key: str) -> str:
    """An organisation name without a trailing generic head.

    "almati police department" -> "almati police".
    """
    toks = key.split()
    while len(toks) > 1 and toks[-1] in nm.ORG_HEADS:
        toks.pop()
    return " ".join(toks)


def _org_compatible(a: str, b: str) -> bool:
    if nm.is_acronym(a) or nm.is_acronym(b):
        return nm.is_acronym(a) and nm.is_acronym(b) and nm.transposition_typo(a, b)
    if a == b or _org_core(a) == _org_core(b):
        return True
    owned_a, owned_b = nm.body_owner(a), nm.body_owner(b)
    if owned_a is not None or owned_b is not None:
        return False  # "armed forces of sudan" / "... of russia": the owner decides, not spelling
    return nm.similarity(a, b) >= ORG_SIM and a.split()[0] == b.split()[0]


def _blocks(names: Sequence[_Name]) -> dict[tuple[str, str], list[int]]:
    """Blocking keys: folded last token, its 4-letter prefix and its phonetic code."""
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, n in enumerate(names):
        if not n.tokens:
            continue
        if n.kind in {"ORG", "PLACE"} and nm.is_acronym(n.key):
            blocks[(n.kind, "acr:" + "".join(sorted(n.key)))].append(i)
            continue
        head = n.tokens[-1] if n.kind == "PERSON" else n.tokens[0]
        blocks[(n.kind, "tok:" + head)].append(i)
        blocks[(n.kind, "pre:" + head[:4])].append(i)
        blocks[(n.kind, "pho:" + nm.phonetic(head))].append(i)
    return blocks


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
    for (kind, _), members in _blocks(infos).items():
        if len(members) < 2 or len(members) > MAX_BLOCK:
            continue
        for x in range(len(members)):
            a = infos[members[x]]
            for y in range(x + 1, len(members)):
                b = infos[members[y]]
                if uf.find(members[x]) == uf.find(members[y]):
                    continue
                if kind == "PERSON":
                    ok = (
                        len(a.tokens) > 1
                        and len(b.tokens) > 1
                        and _person_compatible(a.tokens, b.tokens)
                    )
                elif kind in {"ORG", "PLACE"}:
                    ok = _org_compatible(a.key, b.key) and (
                        a.geonameid is None or b.geonameid is None
                    )
                else:
                    ok = a.key == b.key
                if ok:
                    uf.union(members[x], members[y])

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


def _attach_demonym_owners(infos: list[_Name], uf: _UnionFind, demonyms: dict[str, str]) -> None:
    """ "Iranian security forces" joins "Iran's security forces": an organisation owned by a
    country, the owner written by its demonym or its name (the demonyms as the corpus's own
    NORP mentions place them)."""
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, n in enumerate(infos):
        if n.kind != "ORG" or len(n.tokens) < 2 or nm.is_acronym(n.key):
            continue
        owner = demonyms.get(n.tokens[0])
        by_key[" ".join([owner or n.tokens[0], *n.tokens[1:]])].append(i)
    for members in by_key.values():
        for j in members[1:]:
            uf.union(members[0], j)


def _attach_ungeocoded_places(infos: list[_Name], uf: _UnionFind) -> None:
    """A place name the gazetteer left unresolved joins the one resolved place of that name.

    Why: the same string resolved to two gazetteer records (Georgia the
    country, Georgia the US state) is two places, so names carry their
    geonameid; an unresolved mention is only attached when it is unambiguous.
    """
    roots_by_key: dict[str, set[int]] = defaultdict(set)
    for i, n in enumerate(infos):
        if n.kind == "PLACE" and n.geonameid is not None:
            roots_by_key[n.key].add(uf.find(i))
    for i, n in enumerate(infos):
        if n.kind == "PLACE" and n.geonameid is None:
            roots = roots_by_key.get(n.key, set())
            if len(roots) == 1:
                uf.union(i, next(iter(roots)))


def _attach_spelled_together(infos: list[_Name], uf: _UnionFind) -> None:
    """A place name written as one word, hyphenated or in two ("Maikadra", "Mai-Kadra", "Mai
    Kadra") is one place, when at most one of its forms was resolved in the gazetteer.

    Why: outlets transliterate the names of small towns differently; the gazetteer knows few
    of them, so the forms stayed apart and one massacre was told at two places."""
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, n in enumerate(infos):
        if n.kind == "PLACE" and len(n.tokens) <= 3:
            by_key["".join(n.tokens)].append(i)
    for members in by_key.values():
        if len({infos[i].key for i in members}) < 2:
            continue  # one spelling (its resolutions stay apart as the gazetteer says)
        if len({infos[i].geonameid for i in members} - {None}) > 1:
            continue  # two gazetteer places
        for i in members[1:]:
            uf.union(members[0], i)


def _attach_bare_state_bodies(infos: list[_Name], uf: _UnionFind, docs: list[set[str]]) -> None:
    """A state body named without its country ("the Interior Ministry", "Parliament") joins
    the one body of that kind whose country the corpus names ("Ministry of Internal Affairs
    of Georgia"); with two such (two countries' armies) it joins the one the corpus names
    in at least twice as many documents as the other (the crisis country's), else none."""
    owned: dict[str, set[int]] = defaultdict(set)
    for i, n in enumerate(infos):
        if n.kind == "ORG" and (split := nm.body_owner(n.key)) is not None:
            owned[split[0]].add(i)
    for i, n in enumerate(infos):
        if n.kind != "ORG" or not nm.is_state_body(n.key):
            continue
        root = _most_named(owned.get(n.key, ()), uf, docs)
        if root is not None:
            uf.union(i, root)


def _attach_name_tails(infos: list[_Name], uf: _UnionFind, docs: list[set[str]]) -> None:
    """An organisation or site named by the tail of a longer name joins it: "Chhatra League"
    the "Bangladesh Chhatra League", "Investigation Service" the "Special Investigation
    Service", "Rokeya University" the "Begum Rokeya University" (a country, a qualifier or an
    honorific dropped). Only a tail of two words or more, not opening on a small word, and
    only the one longer name the corpus names most (see :func:`_most_named`); a name the
    gazetteer placed keeps its own record."""
    tails: dict[str, set[int]] = defaultdict(set)
    for i, n in enumerate(infos):
        if n.kind not in ("ORG", "PLACE") or n.geonameid is not None or nm.is_acronym(n.key):
            continue
        for k in range(1, len(n.tokens) - 1):
            tail = n.tokens[k:]
            if tail[0] not in nm.ACRONYM_STOPWORDS and "of" not in tail:
                tails[" ".join(tail)].add(i)
    for i, n in enumerate(infos):
        if n.kind not in ("ORG", "PLACE") or n.geonameid is not None or n.key not in tails:
            continue
        root = _most_named((j for j in tails[n.key] if uf.find(j) != uf.find(i)), uf, docs)
        if root is not None:
            uf.union(i, root)


def _attach_bare_sites(infos: list[_Name], uf: _UnionFind) -> None:
    """A landmark named without its last word joins the one landmark the corpus names in
    full: "Galle Face" the "Galle Face Green", "Tahrir" the "Tahrir Square" (see
    :data:`SITE_TAILS`). A bare name the gazetteer placed is a town, not the site named
    after it ("Khartoum", "Khartoum Bridge")."""
    tails = {nm.folded(w) for w in SITE_TAILS}  # keys are folded: "green" -> "gren"
    full: dict[str, set[int]] = defaultdict(set)
    for i, n in enumerate(infos):
        if n.kind in ("ORG", "PLACE") and len(n.tokens) > 1 and n.tokens[-1] in tails:
            full[" ".join(n.tokens[:-1])].add(i)
    for i, n in enumerate(infos):
        placed = n.kind == "PLACE" and n.geonameid is not None
        bare = " ".join(n.tokens)
        if n.kind not in ("ORG", "PLACE") or placed or bare not in full:
            continue
        roots = {uf.find(j) for j in full[bare]}
        if len(roots) == 1:
            uf.union(i, roots.pop())


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


def _attach_acronyms(
    infos: list[_Name], uf: _UnionFind, docs: list[set[str]], full_count: list[Counter[str]]
) -> None:
    """An acronym joins the one expansion whose initials spell it (CSTO -> Collective ...),
    or of several the one the corpus names in twice as many documents as any other ("UN":
    the United Nations in ten reports, not a news agency's "UrduPoint News" in one)."""
    expansions: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i, n in enumerate(infos):
        if n.kind in {"ORG", "PLACE"} and not nm.is_acronym(n.key) and len(n.tokens) > 1:
            for name in full_count[i] or (n.key,):  # written names: "UrduPoint" is UP
                acr = nm.acronym_of(name)
                if acr:
                    expansions[(n.kind, acr)].add(i)
    acronyms: dict[tuple[str, str], int] = {}
    for i, n in enumerate(infos):
        if n.kind in {"ORG", "PLACE"} and nm.is_acronym(n.key):
            acronyms.setdefault((n.kind, n.key), i)
            root = _most_named(expansions.get((n.kind, n.key), ()), uf, docs)
            if root is not None:
                uf.union(i, root)
    # "Conaie", "Nato": an acronym written as a word, as many house styles write it
    for i, n in enumerate(infos):
        if n.kind in {"ORG", "PLACE"} and len(n.tokens) == 1 and not nm.is_acronym(n.key):
            for name in full_count[i]:
                if name.istitle() and name.isalpha() and (n.kind, name.upper()) in acronyms:
                    uf.union(i, acronyms[(n.kind, name.upper())])
                    break


def _attach_owned_names(infos: list[_Name], uf: _UnionFind) -> None:
    """ "Episcopal Conference" joins "Episcopal Conference of Ecuador", and "Ombudsman's
    Office" the "Ombudsman's Office of Ecuador", when exactly one longer name so extends it
    (a state body's owner decides alone: it is left to the state-body rules)."""
    owned: dict[str, set[int]] = defaultdict(set)
    for i, n in enumerate(infos):
        if n.kind == "ORG" and "of" in n.tokens[1:-1]:
            cut = len(n.tokens) - 1 - n.tokens[::-1].index("of")
            if len(n.tokens) - cut - 1 <= OWNER_WORDS_MAX:
                owned[" ".join(n.tokens[:cut])].add(i)
    for i, n in enumerate(infos):
        if n.kind != "ORG" or len(n.tokens) < 2 or nm.is_state_body(n.key):
            continue
        roots = {uf.find(j) for j in owned.get(n.key, ())}
        if len(roots) == 1:
            uf.union(i, roots.pop())


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


def _most_named(members: Iterable[int], uf: _UnionFind, docs: list[set[str]]) -> int | None:
    """The one cluster among ``members``' clusters, or the one named in at least twice as
    many documents as the next; None when none stands out."""
    in_docs: dict[int, set[str]] = defaultdict(set)
    for j in members:
        in_docs[uf.find(j)] |= docs[j]
    ranked = sorted(in_docs, key=lambda r: len(in_docs[r]), reverse=True)
    if len(ranked) == 1 or (
        len(ranked) > 1 and len(in_docs[ranked[0]]) >= 2 * len(in_docs[ranked[1]])
    ):
        return ranked[0]
    return None


def _attach_seats_of_government(infos: list[_Name], uf: _UnionFind) -> None:
    """ "Kremlin" joins "Government of Russia" when both occur (see SEATS_OF_GOVERNMENT)."""
    by_key = {n.key: i for i, n in enumerate(infos) if n.kind == "ORG"}
    for seat, country in SEATS_OF_GOVERNMENT.items():
        a = by_key.get(nm.folded(seat))
        b = by_key.get(nm.folded(f"Government of {country}"))
        if a is not None and b is not None:
            uf.union(a, b)


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
