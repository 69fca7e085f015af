"""Roles of figures within a claim group, and the place relations they rest on.

Why: some figures of a group are not to be set against the others as they stand. One
article's count given for the capital and for the country is one count; a breakdown's parts
add up to its total and its remainder ("25 in other provinces") names no place; a part its
own article sets inside a same-day total is that total's share; an undated total inside the
range of its scope's dated series could be any day's count. Kept apart from
:mod:`sitrep.resolve.claims`, which groups figures and explains their differences.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from sitrep.resolve.claim_words import STAGE_MEASURES

if TYPE_CHECKING:
    from sitrep.resolve.claims import _Claim


def _place_relation(a: _Claim, b: _Claim) -> str:
    """same | a_in_b | b_in_a | disjoint."""
    if a.place_key == b.place_key:
        return "same"
    pa, pb = a.place, b.place
    if pa and pb and pa.country_code and pa.country_code == pb.country_code:
        if pb.feature == "country" and pa.feature != "country":
            return "a_in_b"
        if pa.feature == "country" and pb.feature != "country":
            return "b_in_a"
        if pb.feature == "admin1" and pa.feature == "city" and pa.admin1 == pb.admin1:
            return "a_in_b"
        if pa.feature == "admin1" and pb.feature == "city" and pa.admin1 == pb.admin1:
            return "b_in_a"
    # a figure with no place counts in its country (see ``_placed``): the country's scope
    if not a.place_key:
        return (
            "same" if pb and pb.feature == "country" and pb.country_code == a.country else "b_in_a"
        )
    if not b.place_key:
        return (
            "same" if pa and pa.feature == "country" and pa.country_code == b.country else "a_in_b"
        )
    return "disjoint"


def _scope_rank(c: _Claim) -> tuple[int, int, int]:
    """How wide a figure's scope is: its place (no place named counts for the whole country,
    a name the gazetteer did not place as narrow as a town), its group's breadth, and
    whether it counts the measure itself ("injured", or a synonym: "detained" is "arrested")
    rather than a stage of it ("treated", one facility's patients)."""
    place = 3 if not c.place_key else (c.place.precision if c.place else 1)
    return (place, c.breadth, int(not c.stage))


def _nested_copies(buckets: dict[tuple, list[_Claim]]) -> list[list[_Claim]]:
    """One article that gives the same count on the same day once for a city and once for
    its country ("224 detained in Georgia" in the headline, "in Tbilisi" in the body) gives
    one count: the copies join the widest place's, never a part equal to its whole. Words
    ("thousands" in the capital, "thousands" across the country) are not one count."""
    by_count: dict[tuple, list[list[_Claim]]] = defaultdict(list)
    for bucket in buckets.values():
        c = bucket[0]
        measure = c.fig.measure if c.fig.measure in STAGE_MEASURES else c.family
        by_count[(c.lo, c.hi, c.breadth, measure, c.day, c.kind)].append(bucket)
    out: list[list[_Claim]] = []
    for same in by_count.values():
        same.sort(key=lambda b: _scope_rank(b[0]), reverse=True)
        kept: list[list[_Claim]] = []
        for bucket in same:
            docs = {x.fig.doc for x in bucket}
            home = next(
                (
                    k
                    for k in kept
                    if bucket[0].day is not None
                    and not (bucket[0].fig.vague or bucket[0].fig.value is None)
                    and docs & {x.fig.doc for x in k}
                    and _place_relation(bucket[0], k[0]) in {"a_in_b", "same"}
                ),
                None,
            )
            if home is None:
                kept.append(list(bucket))
            else:
                home.extend(bucket)
        out.extend(kept)
    return out


def _breakdowns(reps: Sequence[_Claim]) -> set[frozenset[int]]:
    """Pairs (by ``id``) of a total and its parts: in one article, exact figures that add up
    to another exact figure of the same group ("56 killed: 17 in Khartoum, 7 in Omdurman,
    7 in Khartoum North and 25 in other provinces") are its breakdown, never a conflict;
    the remainder ("25 in other provinces") is paired with no figure at all."""
    out: set[frozenset[int]] = set()
    by_doc: dict[str, list[_Claim]] = defaultdict(list)
    for c in reps:
        if c.fig.qualifier == "exact" and c.fig.value is not None:
            by_doc[c.fig.doc].append(c)
    for claims in by_doc.values():
        for total in claims:
            parts = [c for c in claims if c is not total and c.lo < total.lo]
            if len(parts) >= 2 and math.isclose(sum(c.lo for c in parts), total.lo):
                group = [total, *parts]
                out.update(
                    frozenset((id(a), id(b))) for i, a in enumerate(group) for b in group[i + 1 :]
                )
    return out


def _remainders(reps: Sequence[_Claim], breakdowns: set[frozenset[int]]) -> set[int]:
    """Parts (by ``id``) of a breakdown placed no narrower than their total: the remainder
    ("another 25 in other provinces"), an unnamed part comparable with no other figure."""
    by_id = {id(c): c for c in reps}
    out: set[int] = set()
    for pair in breakdowns:
        a, b = (by_id[i] for i in pair)
        part, total = (a, b) if a.lo < b.lo else (b, a)
        if part.fig.doc == total.fig.doc and _place_relation(part, total) in {"same", "b_in_a"}:
            out.add(id(part))
    return out


def _roles(reps: list[_Claim]) -> list[_Claim]:
    """The figures with their roles (see ``_Claim.role``), in O(n) over the group plus the
    pairs within each article.

    A share: "more than 300 injured in Khartoum" beside the same day's "at least 595
    across the country" in one article is that total's share, not set against other
    articles' totals of the country. Floating: "over 200 arrests" in an undated editorial
    could be any day's count of a series that ran from 100 to 400, so it disagrees with
    none of it; one outside that range (700 injured when the dated counts run from 1,000
    up) still does."""
    by_doc: dict[str, list[_Claim]] = defaultdict(list)
    span: dict[tuple, tuple[float, float]] = {}
    for c in reps:
        by_doc[c.fig.doc].append(c)
        if c.day is not None and not c.kind and not (c.fig.vague or c.fig.value is None):
            key = _series_key(c)
            lo, hi = span.get(key, (math.inf, -math.inf))
            span[key] = (min(lo, c.nominal[0]), max(hi, c.nominal[1]))
    out = []
    for c in reps:
        if c.day is None and not c.kind:
            lo, hi = span.get(_series_key(c), (math.inf, -math.inf))
            if lo <= c.nominal[0] and c.nominal[1] <= hi:
                c = replace(c, role="floating")
        elif c.day is not None and any(
            w is not c
            and w.day == c.day
            and _place_relation(c, w) == "a_in_b"
            and w.nominal[0] >= c.nominal[0]
            and not (w.fig.vague or w.fig.value is None)  # a total, not "tens of thousands"
            for w in by_doc[c.fig.doc]
        ):
            c = replace(c, role="share")
        elif _updated(c, by_doc[c.fig.doc]):
            c = replace(c, role="updated")
        out.append(c)
    return out


def _updated(c: _Claim, same_doc: list[_Claim]) -> bool:
    """A live page's running total that a later entry of the page raises or restates, on
    the same day and of the same scope (see claim_entries): the page's update, history."""
    if c.entry is None or c.kind or c.day is None or c.fig.vague or c.fig.value is None:
        return False
    key = _series_key(c)
    return any(
        w.entry is not None
        and w.entry > c.entry
        and w.day == c.day
        and not w.kind
        and not (w.fig.vague or w.fig.value is None)
        and w.nominal[0] >= c.nominal[0]
        and _series_key(w) == key
        for w in same_doc
    )


def _series_key(c: _Claim) -> tuple:
    """The scope a series of running totals is compared in: its place (the country for a
    figure with none), its group's breadth and its measure (synonyms as one)."""
    country_wide = not c.place_key or (c.place is not None and c.place.feature == "country")
    measure = c.fig.measure if c.fig.measure in STAGE_MEASURES else c.family
    return ("" if country_wide else c.place_key, c.breadth, measure)
