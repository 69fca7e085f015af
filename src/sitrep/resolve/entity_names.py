"""The names entity resolution compares: one :class:`_Name` per distinct name form of a type
class (PERSON, ORG, PLACE, NORP), keyed by its folded form, and the disjoint sets
(:class:`_UnionFind`) that join the names found to be one entity."""

from __future__ import annotations

from dataclasses import dataclass

from sitrep.records import EntityMention
from sitrep.resolve import names as nm

PLACE_LABELS = frozenset({"GPE", "LOC"})


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
