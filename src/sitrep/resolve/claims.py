"""Claim reconciliation: group figures that count the same thing, then explain their differences.

Why: an analyst must see every count that disagrees, never an average. Two
figures that differ are explained, in order, by (1) being the same claim
repeated, (2) counting a narrower scope (a city inside the country, police
inside the security forces, "treated" vs "injured"), (3) a count that grew
over time, or else (4) a true disagreement. A part larger than its whole, or a
later count lower than an earlier one, cannot be explained away and is a
disagreement.

The steps each have a module: :mod:`sitrep.resolve.claim_figures` reads each figure into a
claim (with :mod:`sitrep.resolve.claim_cues` for what its sentence says of its count),
:mod:`sitrep.resolve.claim_pairs` relates two claims, :mod:`sitrep.resolve.claim_estimate`
gives a group's best estimate and :mod:`sitrep.resolve.claim_describe` tells them in words.
This module groups the claims and reports each group's estimate and conflicts.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from sitrep.extract.figure_words import SHARE_GROUP
from sitrep.records import (
    ClaimGroup,
    Conflict,
    Document,
    DocumentReading,
    FigureApart,
    FigureClaim,
)
from sitrep.resolve import names as nm
from sitrep.resolve.claim_country import CountryMentions, country_mentions, to_crisis_country
from sitrep.resolve.claim_cues import count_kind
from sitrep.resolve.claim_describe import (
    _KIND_WORDS,
    _broadest_place,
    _describe,
    _side_label,
    describe_value,
)
from sitrep.resolve.claim_estimate import _estimate
from sitrep.resolve.claim_figures import (
    MEASURE_FAMILY,
    _Claim,
    _claims,
    _placed,
    figure_range,
    nominal_range,
)
from sitrep.resolve.claim_pairs import _pair_kinds, pair_kind
from sitrep.resolve.claim_roles import _breakdowns, _nested_copies, _remainders, _roles
from sitrep.resolve.claim_topic import apart_figures
from sitrep.resolve.entities import EntityIndex

# What other modules import from here; the steps' own modules hold them.
__all__ = [
    "MEASURE_FAMILY",
    "Reconciliation",
    "count_kind",
    "describe_value",
    "figure_range",
    "nominal_range",
    "pair_kind",
    "reconcile",
]


@dataclass(frozen=True, slots=True)
class Reconciliation:
    groups: tuple[ClaimGroup, ...]
    conflicts: tuple[Conflict, ...]
    # the figures kept out of the groups as not the crisis's (another story on the page,
    # a reader's comment), with why (see claim_topic); they stay figure claims
    apart: tuple[FigureApart, ...] = ()


def _group_key(c: _Claim) -> tuple[str, str, str, str]:
    if (c.fig.group or "").endswith(SHARE_GROUP):
        # a share is of what its sentence says ("43% of Americans support", "60% of
        # Americans oppose"): two sentences' shares are not one count to compare
        return (c.family, c.label, c.country, f"{c.label} {c.fig.doc}:{c.fig.sentence.start}")
    return (c.family, c.side if not c.label else c.label, c.country, c.label)


def _distinct(claims: Sequence[_Claim]) -> list[list[_Claim]]:
    """Repeats of one claim (same value, scope and source, or copies) collapse into one; an
    incident or crowd count repeats only on its own day (200 on Friday and 200 on Monday
    are two crowds)."""
    buckets: dict[tuple, list[_Claim]] = defaultdict(list)
    for c in claims:
        key = (c.lo, c.hi, c.place_key, c.breadth, c.fig.measure, nm.folded(c.fig.group or ""))
        key += (c.day if c.kind else None,)
        buckets[key].append(c)
    return sorted(_nested_copies(buckets), key=lambda b: (b[0].day or dt.date.max, b[0].lo))


def _one_voice(reps: Sequence[_Claim]) -> set[frozenset[int]]:
    """Pairs (by ``id``) of figures one sentence tells in one voice: a sentence does not
    contradict itself, so its two counts of one group are parts ("two peacekeepers from
    South Africa and one from Uruguay were killed"), never a disagreement. Two voices in
    one sentence ("Amnesty confirmed eight, Hengaw ten") are rivals and stay compared, as
    is a ceiling: "as many as", "as high as" bound the count the sentence gives, never add a
    part to it ("at least eight have died, with some reports suggesting as high as 13")."""
    by_sentence: dict[tuple, list[_Claim]] = defaultdict(list)
    for c in reps:
        if c.fig.qualifier == "up_to":
            continue
        voice = nm.folded(c.fig.claimed_by or "")
        by_sentence[(c.fig.doc, c.fig.sentence.start, voice)].append(c)
    return {
        frozenset((id(a), id(b)))
        for claims in by_sentence.values()
        for i, a in enumerate(claims)
        for b in claims[i + 1 :]
    }


def reconcile(
    figures: Iterable[FigureClaim],
    index: EntityIndex,
    documents: Sequence[Document],
    readings: Sequence[DocumentReading] = (),
    about: str | None = None,
    kept_apart: Mapping[str, FigureApart] | None = None,
    mentioned: CountryMentions | None = None,
) -> Reconciliation:
    """Claim groups with a best current estimate, and the conflicts an analyst should see;
    figures that are not the crisis's (read outside the body text, or, given the
    ``readings``, in a sentence of another story) are kept apart from both, as are those
    ``kept_apart`` names (judged so by an earlier, whole-corpus resolution). The countries
    the articles name (``mentioned``, read from the ``readings`` when not given) decide
    which figures count in the crisis's country (:mod:`sitrep.resolve.claim_country`)."""
    docs = {d.id: d for d in documents}
    figures = list(figures)
    apart = apart_figures(figures, documents, readings, index, about)
    ids = {f.id for f in figures}
    for a in (kept_apart or {}).values():
        if a.figure in ids:
            apart.setdefault(a.figure, a)
    claims = _placed(_claims((f for f in figures if f.id not in apart), index, docs))
    claims = to_crisis_country(
        claims, country_mentions(readings) if mentioned is None else mentioned
    )
    grouped: dict[tuple[str, str, str, str], list[_Claim]] = defaultdict(list)
    for c in claims:
        grouped[_group_key(c)].append(c)
    groups: list[ClaimGroup] = []
    conflicts: list[Conflict] = []
    for key in sorted(grouped):
        members = grouped[key]
        distinct = _distinct(members)
        reps = _roles([b[0] for b in distinct])
        copies = {id(r): b for r, b in zip(reps, distinct, strict=True)}
        low, high, basis, chosen = _estimate(reps)
        gid = f"G{len(groups) + 1}"
        place = _broadest_place(reps)
        groups.append(
            ClaimGroup(
                gid,
                key[0],
                _side_label(key[1], reps),
                place,
                tuple(c.fig.id for c in members),
                low,
                high,
                basis,
                estimate_figures=tuple(f.fig.id for c in chosen for f in copies[id(c)]),
                kinds=tuple((c.fig.id, c.kind) for c in members if c.kind),
            )
        )
        breakdowns = _breakdowns(reps)
        remainders = _remainders(reps, breakdowns)
        if remainders:
            swapped = [replace(c, role="remainder") if id(c) in remainders else c for c in reps]
            copies = {id(n): copies[id(o)] for o, n in zip(reps, swapped, strict=True)}
            reps = swapped
        kinds = _pair_kinds(reps, breakdowns | _one_voice(reps))
        by_kind: dict[str, list[_Claim]] = defaultdict(list)
        for c in reps:
            for kind in kinds[id(c)]:
                by_kind[kind].append(c)
        for kind in ("disagreement", "growth", "scope"):
            involved = sorted(by_kind.get(kind, []), key=lambda c: (c.day or dt.date.max, c.lo))
            if len(involved) < 2:
                continue
            if kind == "scope" and all(c.fig.vague or c.fig.value is None for c in involved):
                continue  # words of different scopes ("scores", "thousands"): no count differs
            if kind == "scope" and len({(c.fig.doc, c.fig.sentence.start) for c in involved}) == 1:
                continue  # one sentence tells a count and its part ("25 civilians, five of
                # them children"): the article explains the difference itself
            fig_ids = tuple(f.fig.id for c in involved for f in copies[id(c)])
            joiner = " -> " if kind == "growth" else " vs "
            parts = joiner.join(_describe(c, len(copies[id(c)])) for c in involved)
            words = _KIND_WORDS["crowd" if kind == "growth" and involved[0].kind else kind]
            about = (
                f"{key[0].replace('_', ' ').capitalize()} ({_side_label(key[1], reps)}"
                f"{', ' + place if place else ''}): {parts}. {words.capitalize()}."
            )
            conflicts.append(Conflict(f"C{len(conflicts) + 1}", about, kind, fig_ids, key[0]))
    return Reconciliation(tuple(groups), tuple(conflicts), tuple(apart.values()))
