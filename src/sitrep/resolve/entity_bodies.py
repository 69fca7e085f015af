"""Organisations, sites and places joined by what the corpus says of them: an acronym and its
expansion, a body named without its owner or by its name's tail, a seat of government and
its government, a place spelt together or apart, a name the gazetteer left unresolved."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from sitrep.extract.site_words import SITE_TAILS
from sitrep.resolve import names as nm
from sitrep.resolve.entity_names import _Name, _UnionFind

OWNER_WORDS_MAX = 3  # "of" then at most this many words: the owner ("of Ecuador")


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
