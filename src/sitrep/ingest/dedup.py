"""Near-duplicates and syndication: MinHash with containment, not only Jaccard.

A re-scraped copy wrapped in site chrome and a comment thread shares only ~40%
of its shingles with the original (Jaccard), but contains ~99% of it. So
candidates come from datasketch's LSH Ensemble (a containment index) and every
candidate pair is confirmed by exact containment of word shingles:
``|A ∩ B| / min(|A|, |B|)``. Word 3-gram shingles over the body text make the
measure blind to paragraphing and robust to light rewording, while unrelated
articles on the same event share only a few per cent of their 3-grams.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from datasketch import MinHash, MinHashLSHEnsemble

from sitrep.records import Document, DuplicateGroup

SHINGLE = 3
NUM_PERM = 128
CONTAINMENT = 0.7  # confirmed containment that makes two documents copies
MIN_SHINGLES = 20  # below this a document is too short to call a copy of anything

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Pair:
    a: str
    b: str
    containment: float
    jaccard: float


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    words = _WORD.findall(text.casefold())
    return {" ".join(words[i : i + size]) for i in range(max(0, len(words) - size + 1))}


def _minhash(items: set[str]) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, seed=1)
    m.update_batch([s.encode("utf-8") for s in items])
    return m


def find_pairs(documents: Sequence[Document], threshold: float = CONTAINMENT) -> list[Pair]:
    """Pairs of documents whose bodies contain one another above ``threshold``."""
    sets = {d.id: shingles(d.body_text()) for d in documents}
    sets = {k: v for k, v in sets.items() if len(v) >= MIN_SHINGLES}
    if len(sets) < 2:
        return []
    hashes = {k: _minhash(v) for k, v in sets.items()}
    index = MinHashLSHEnsemble(threshold=threshold * 0.8, num_perm=NUM_PERM, num_part=16)
    index.index((k, hashes[k], len(v)) for k, v in sets.items())
    pairs: dict[tuple[str, str], Pair] = {}
    for k, v in sets.items():
        for other in index.query(hashes[k], len(v)):
            if other == k:
                continue
            key = (min(k, other), max(k, other))
            if key in pairs:
                continue
            a, b = sets[key[0]], sets[key[1]]
            common = len(a & b)
            containment = common / min(len(a), len(b))
            if containment >= threshold:
                pairs[key] = Pair(
                    key[0], key[1], round(containment, 4), round(common / len(a | b), 4)
                )
    return sorted(pairs.values(), key=lambda p: (p.a, p.b))


def _body_share(doc: Document) -> float:
    body = sum(s.end - s.start for s in doc.body_segments)
    return body / max(1, len(doc.text))


def choose_canonical(members: Sequence[Document]) -> tuple[Document, str]:
    """The copy to keep, and why: the earliest published; then the cleanest copy (the
    largest share of article text, i.e. least chrome and comments); then the longest body."""
    dated = [d for d in members if d.published]
    pool = list(members)
    reasons = []
    if dated:
        first = min(d.published for d in dated)  # type: ignore[type-var]
        earliest = [d for d in dated if d.published == first]
        if len(earliest) < len(members):
            reasons.append(f"earliest published ({first})")
        pool = earliest
    if len(pool) > 1:
        best = max(_body_share(d) for d in pool)
        cleanest = [d for d in pool if _body_share(d) >= best - 0.02]
        if len(cleanest) < len(pool):
            reasons.append("cleanest copy (largest share of article text)")
        pool = cleanest
    if len(pool) > 1:
        pool.sort(key=lambda d: (-len(" ".join(d.body_text().split())), d.id))
        reasons.append("longest body")
    return pool[0], "; ".join(reasons) or "only dated copy"


def group_duplicates(
    documents: Sequence[Document], threshold: float = CONTAINMENT
) -> list[DuplicateGroup]:
    """Duplicate groups (two or more members) over ``documents``."""
    by_id = {d.id: d for d in documents}
    parent = {d.id: d.id for d in documents}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    pairs = find_pairs(documents, threshold)
    for p in pairs:
        parent[root(p.a)] = root(p.b)
    clusters: dict[str, list[str]] = {}
    for d in documents:
        clusters.setdefault(root(d.id), []).append(d.id)
    groups = []
    for members in clusters.values():
        if len(members) < 2:
            continue
        canonical, reason = choose_canonical([by_id[m] for m in sorted(members)])
        similarity = {}
        for p in pairs:
            if canonical.id in (p.a, p.b):
                similarity[p.b if p.a == canonical.id else p.a] = p.containment
        groups.append(
            DuplicateGroup(
                id=f"dup-{canonical.id}",
                canonical=canonical.id,
                members=tuple(sorted(members)),
                reason=reason,
                similarity=similarity,
            )
        )
    return sorted(groups, key=lambda g: g.id)
