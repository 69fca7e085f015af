"""Names compared pair by pair, only inside blocks (folded surname or first word, its first
letters, its phonetic code, an acronym's letters), never all pairs: full person names whose
surnames and given names agree, organisation and place names that differ by spelling only."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sitrep.resolve import names as nm
from sitrep.resolve.entity_names import _Name, _UnionFind

# Blocks larger than this carry too little signal to compare every pair in them.
MAX_BLOCK = 60


SURNAME_SIM = 0.93  # folded surname Jaro-Winkler: true variants >= 0.96, non-matches <= 0.87


GIVEN_SIM = 0.88


SKELETON_MIN = 6  # consonants a surname needs before vowels alone cannot tell names apart


ORG_SIM = 0.95


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


def _join_within_blocks(infos: list[_Name], uf: _UnionFind) -> None:
    """Full person names, and organisation and place names, compared pair by pair inside
    each block (see :func:`_blocks`); a block over :data:`MAX_BLOCK` names is passed over."""
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
