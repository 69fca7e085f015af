"""How two claims of one group relate, and so which kind of difference they show: none,
growth, scope or disagreement.

Why: a difference between two counts is a conflict only when neither time nor scope explains
it. A city's count inside its country's, an incident inside the running total, the treated
among the injured, are parts of a whole; a part larger than its whole, or a later total
below an earlier one, is a disagreement; a word for a few ("several") names no order of
magnitude and disagrees with nothing. Relating every pair would cost the square of the
figures, so a group's figures are bucketed by scope, the scopes related once per pair of
buckets whose places can nest, and each figure checked against the extents of its own, its
wider and its narrower buckets (:mod:`sitrep.resolve.claim_scopes`): the kinds ``pair_kind``
over every pair would give.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from sitrep.resolve.claim_figures import _Claim
from sitrep.resolve.claim_roles import _place_relation
from sitrep.resolve.claim_scopes import (
    _Extent,
    _part_kinds,
    _same_scope_kinds,
    _whole_kinds,
)
from sitrep.resolve.claim_words import HELD_FAMILIES, STAGE_MEASURES

# The high end below which a vague word counts a few ("several", 3-9; "a handful", 3-5),
# not an order of magnitude ("dozens", 24-99): see _a_few
A_FEW_BELOW = 12


def _same_value(a: _Claim, b: _Claim) -> bool:
    return a.lo == b.lo and a.hi == b.hi


def _overlap(a: _Claim, b: _Claim) -> bool:
    (alo, ahi), (blo, bhi) = a.nominal, b.nominal
    return alo <= bhi and blo <= ahi


def _narrower(a: _Claim, b: _Claim) -> int:
    """-1 if a counts a narrower scope than b, 1 if b does, 0 if the same scope, 2 if unrelated:
    other places, or crossed scopes (a narrower place but a wider group or measure)."""
    rel = _place_relation(a, b)
    if rel == "disjoint":
        return 2
    signs = set()
    if a.breadth != b.breadth:
        signs.add(-1 if a.breadth < b.breadth else 1)
    if a.stage != b.stage:
        signs.add(-1 if a.stage else 1)
    place = -1 if rel == "a_in_b" else 1 if rel == "b_in_a" else 0
    if place and not (signs == {-place} and _country_wide(b if place < 0 else a)):
        # a country is the place a report gives when it names no town: a count of a
        # narrower group there, against a wider group's in one of its towns, is compared
        # by its group ("21 police officers injured" and "113 security personnel injured
        # in Tbilisi"); any other crossing of place and group leaves the two unrelated
        signs.add(place)
    if len(signs) > 1:
        return 2
    return signs.pop() if signs else 0


def _country_wide(c: _Claim) -> bool:
    return c.place is not None and c.place.feature == "country"


def _relation(a: _Claim, b: _Claim) -> str:
    """How the scopes of two figures of one group relate: "same" (compared over time),
    "a_part" or "b_part" (one counts within the other: a city in the country, police in
    the security forces, treated among injured, one incident within a running total), or
    "none" (not comparable: other places, or incidents of different kinds)."""
    if a.kind != b.kind and {"rate", "held"} & {a.kind, b.kind}:
        return "none"  # a rate is compared only with rates, those still held with their like
    if {"remainder", "updated", "included"} & {a.role, b.role} or a.person or b.person:
        # the unnamed rest of a breakdown, a live page's superseded entry, a part its
        # sentence counts inside a larger count, or one person told of
        return "none"
    if a.corps and b.corps and a.corps != b.corps:
        return "none"  # the police's dead and the soldiers': two counts
    if "floating" in (a.role, b.role) and a.role != b.role:
        return "none"  # an undated count the series passed through
    if (a.role == "share" and _place_relation(a, b) == "a_in_b") or (
        b.role == "share" and _place_relation(a, b) == "b_in_a"
    ):
        return "none"  # a share its article explains
    if a.kind != b.kind:  # an incident count is a part of the running total
        place = _place_relation(a, b)
        incident_first = a.kind == "incident"
        if place == "disjoint" or place == ("b_in_a" if incident_first else "a_in_b"):
            return "none"  # a total for a place inside the incident's: not comparable
        whole, part = (b, a) if incident_first else (a, b)
        if (whole.stage and not part.stage) or whole.breadth < part.breadth:
            # one hospital's dead, or a village's ("90 of its 200 inhabitants were dead"),
            # are no total the whole attack's or quake's toll is a part of
            return "none"
        return "a_part" if incident_first else "b_part"
    rel = _narrower(a, b)
    return {2: "none", 0: "same", -1: "a_part", 1: "b_part"}[rel]


def _a_few(c: _Claim) -> bool:
    """Whether the figure is a word for a few ("several", "a few", "a handful", "a
    couple"): the handful a witness saw or a sentence mentions in passing ("several dead
    lay nearby", "journalists were targeted, with several injured"), which names no order
    of magnitude and so no count of the whole that another count could contradict, as
    "hundreds" against "thousands" does."""
    return c.fig.vague and c.hi < A_FEW_BELOW


def pair_kind(a: _Claim, b: _Claim) -> str | None:
    """How two figures of one group relate: None (agree), growth, scope or disagreement;
    a word for a few (see ``_a_few``) disagrees with nothing."""
    kind = _pair_kind(a, b)
    return None if kind == "disagreement" and (_a_few(a) or _a_few(b)) else kind


def _pair_kind(a: _Claim, b: _Claim) -> str | None:
    if _same_value(a, b) or _overlap(a, b):
        return None
    rel = _relation(a, b)
    if rel == "none":
        return None
    if rel != "same":
        part, whole = (a, b) if rel == "a_part" else (b, a)
        if part.nominal[0] > whole.nominal[1] and (
            whole.day is None
            or part.day is None
            or whole.day == part.day
            or (whole.day > part.day and not part.kind == whole.kind == "crowd")
        ):
            return "disagreement"  # a part cannot exceed its whole (a crowd, of its own day)
        if part.kind != whole.kind:
            return None  # an incident: the total's share
        if part.fig.measure in STAGE_MEASURES and whole.fig.measure not in STAGE_MEASURES:
            # the treated below the injured are among them; above an earlier count of the
            # injured, they tell it grew
            return "scope" if part.nominal[0] > whole.nominal[1] else None
        if part.nominal[0] > whole.nominal[1]:
            return "growth"  # a part above an earlier whole: the count grew past it
        return "scope"
    if a.day and b.day and a.day != b.day:
        if a.kind == "crowd":
            return "growth"  # a crowd that grew or shrank: a series, either way
        if a.kind:
            return None  # two days' incidents: a series, not one count that changed
        early, late = (a, b) if a.day < b.day else (b, a)  # type: ignore[operator]
        if late.nominal[0] >= early.nominal[0] and late.nominal[1] >= early.nominal[1]:
            return "growth"
        if a.family in HELD_FAMILIES:
            return None  # the arrested only grow: a later, lower count counts some of them
        return "disagreement"  # a later count below an earlier one
    return "disagreement"


def _staged(part: tuple, whole: tuple) -> bool:
    """Whether a scope key counts a stage ("treated") of the measure another counts."""
    return part[2] in STAGE_MEASURES and whole[2] not in STAGE_MEASURES


def _scope_key(c: _Claim) -> tuple:
    return (c.place_key, c.breadth, c.fig.measure, c.kind, c.role, c.corps, c.person)


# Place features a figure of another place can lie within (see claim_roles._place_relation)
_CONTAINING = frozenset({"country", "admin1"})


def _scope_pairs(keys: list[tuple], buckets: dict[tuple, list[_Claim]]) -> Iterable[tuple]:
    """The pairs of scope buckets whose places are not disjoint, each once: those of one
    place, and each bucket of a country, a region or no place with every other. Two towns
    are never related, so the pairs grow with the towns times the few wide places, not
    with the square of the towns (one long crisis names hundreds)."""
    by_place: dict[str, list[tuple]] = defaultdict(list)
    wide: list[tuple] = []
    for k in keys:
        c = buckets[k][0]
        by_place[c.place_key].append(k)
        if not c.place_key or (c.place is not None and c.place.feature in _CONTAINING):
            wide.append(k)
    for ks in by_place.values():
        for i, ka in enumerate(ks):
            for kb in ks[i + 1 :]:
                yield ka, kb
    order = {k: i for i, k in enumerate(keys)}
    wide_set = set(wide)
    for kw in wide:
        place = buckets[kw][0].place_key
        for k in keys:
            if buckets[k][0].place_key != place and (k not in wide_set or order[k] > order[kw]):
                yield (kw, k) if order[kw] < order[k] else (k, kw)


def _pair_kinds(reps: Sequence[_Claim], excluded: set[frozenset[int]]) -> dict[int, set[str]]:
    """For each figure (by ``id``), the kinds of the pairs it forms in its group, as
    ``pair_kind`` over every pair would give them: the disagreements read without the words
    for a few (``_a_few``), the other kinds with them."""
    every = _kinds_among(reps, excluded)
    if not any(_a_few(c) for c in reps):
        return every
    sure = _kinds_among([c for c in reps if not _a_few(c)], excluded)
    return {
        id(c): (every[id(c)] - {"disagreement"}) | (sure.get(id(c), set()) & {"disagreement"})
        for c in reps
    }


def _kinds_among(reps: Sequence[_Claim], excluded: set[frozenset[int]]) -> dict[int, set[str]]:
    """For each figure (by ``id``), the kinds of the pairs it forms in its group, as
    ``pair_kind`` over every pair would give them, in O(n log n) for n figures over a few
    scopes: the figures are bucketed by scope (place, breadth, measure, incident or total),
    the scopes related once per pair of buckets, and each figure is checked against the
    extents of the buckets of its own, wider and narrower scope. Figures in an ``excluded``
    pair (a total and its parts in one article) are checked pair by pair."""
    buckets: dict[tuple, list[_Claim]] = defaultdict(list)
    for c in reps:
        buckets[_scope_key(c)].append(c)
    keys = list(buckets)
    same: dict[tuple, list[tuple]] = {k: [k] for k in keys}
    wider: dict[tuple, list[tuple]] = defaultdict(list)
    narrower: dict[tuple, list[tuple]] = defaultdict(list)
    for ka, kb in _scope_pairs(keys, buckets):
        rel = _relation(buckets[ka][0], buckets[kb][0])
        if rel == "same":
            same[ka].append(kb)
            same[kb].append(ka)
        elif rel == "a_part":
            wider[ka].append(kb)
            narrower[kb].append(ka)
        elif rel == "b_part":
            wider[kb].append(ka)
            narrower[ka].append(kb)
    extents: dict[frozenset, _Extent] = {}

    def extent(ks: list[tuple]) -> _Extent:
        key = frozenset(ks)
        if key not in extents:
            extents[key] = _Extent.of(c for k in ks for c in buckets[k])
        return extents[key]

    paired = {i for pair in excluded for i in pair}
    out: dict[int, set[str]] = {}
    for k in keys:
        for c in buckets[k]:
            if id(c) in paired:
                continue
            if c.role == "updated":  # a live page's superseded entry: history, no pair
                out[id(c)] = set()
                continue
            kinds = _same_scope_kinds(c, extent(same[k]))
            for ks, kinds_of in ((wider[k], _part_kinds), (narrower[k], _whole_kinds)):
                # an incident below a running total is its share, not a difference of scope
                alike = [w for w in ks if w[3] == k[3]]
                unlike = [w for w in ks if w[3] != k[3]]
                # the treated below the injured are among them, not a difference of scope
                staged = [w for w in alike if _staged(k, w) or _staged(w, k)]
                alike = [w for w in alike if w not in staged]
                if staged:
                    kinds |= kinds_of(c, extent(staged), below=False)
                if alike:
                    kinds |= kinds_of(c, extent(alike), crowd=k[3] == "crowd")
                if unlike:
                    kinds |= kinds_of(c, extent(unlike)) & {"disagreement"}
            out[id(c)] = kinds
    for c in reps:  # a breakdown's total and parts: every pair but their own
        if id(c) in paired:
            out[id(c)] = {
                kind
                for d in reps
                if d is not c and frozenset((id(c), id(d))) not in excluded
                for kind in [_pair_kind(c, d)]
                if kind
            }
    return out
