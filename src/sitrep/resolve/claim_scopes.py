"""Extents of figures by day, for finding conflicts in O(n log n): for one figure, whether
any figure of a set (its own scope, a wider or a narrower one) fails to overlap it before, on
or after its day, and so which kinds of pair (growth, scope, disagreement) it forms. The
rules are :func:`sitrep.resolve.claim_pairs.pair_kind`'s, applied to a whole set at once."""

from __future__ import annotations

import datetime as dt
import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sitrep.resolve.claim_words import HELD_FAMILIES

if TYPE_CHECKING:
    from sitrep.resolve.claim_figures import _Claim

_NONE = (math.inf, -math.inf)  # (least high end, greatest low end) of no figure at all


def _join(x: tuple[float, float], y: tuple[float, float]) -> tuple[float, float]:
    return (min(x[0], y[0]), max(x[1], y[1]))


@dataclass(slots=True)
class _Extent:
    """The least high end and greatest low end (of nominal ranges) of a set of figures, by
    day, with running extents over earlier and later days: what tells, for one figure, in
    O(log n) whether any figure of the set fails to overlap it before, on or after its day."""

    days: list[dt.date] = field(default_factory=list)
    on: dict[dt.date, tuple[float, float]] = field(default_factory=dict)
    before: list[tuple[float, float]] = field(default_factory=list)  # over days[:i]
    after: list[tuple[float, float]] = field(default_factory=list)  # over days[i:]
    undated: tuple[float, float] = _NONE
    every: tuple[float, float] = _NONE

    @classmethod
    def of(cls, claims: Iterable[_Claim]) -> _Extent:
        ext = cls()
        for c in claims:
            value = (c.nominal[1], c.nominal[0])
            ext.every = _join(ext.every, value)
            if c.day is None:
                ext.undated = _join(ext.undated, value)
            else:
                ext.on[c.day] = _join(ext.on.get(c.day, _NONE), value)
        ext.days = sorted(ext.on)
        ext.before = [_NONE]
        for d in ext.days:
            ext.before.append(_join(ext.before[-1], ext.on[d]))
        ext.after = [_NONE]
        for d in reversed(ext.days):
            ext.after.append(_join(ext.after[-1], ext.on[d]))
        ext.after.reverse()
        return ext

    def earlier(self, day: dt.date) -> tuple[float, float]:
        return self.before[bisect_left(self.days, day)]

    def until(self, day: dt.date) -> tuple[float, float]:
        return self.before[bisect_right(self.days, day)]

    def later(self, day: dt.date) -> tuple[float, float]:
        return self.after[bisect_right(self.days, day)]

    def since(self, day: dt.date) -> tuple[float, float]:
        return self.after[bisect_left(self.days, day)]


def _apart(c: _Claim, ext: tuple[float, float]) -> bool:
    """Some figure of the extent does not overlap ``c`` (lies wholly below or above it)."""
    return ext[0] < c.nominal[0] or ext[1] > c.nominal[1]


def _same_scope_kinds(c: _Claim, ext: _Extent) -> set[str]:
    """The kinds of the pairs ``c`` forms with figures of its own scope (``pair_kind``)."""
    lo, hi = c.nominal
    if c.day is None:
        return {"disagreement"} if _apart(c, ext.every) else set()
    out = set()
    if _apart(c, ext.undated) or _apart(c, ext.on.get(c.day, _NONE)):
        out.add("disagreement")
    if c.kind == "crowd":  # crowds of other days, larger or smaller, are a series
        if _apart(c, ext.earlier(c.day)) or _apart(c, ext.later(c.day)):
            out.add("growth")
        return out
    if c.kind:
        return out  # incidents of other days are a series
    # a later count below it, or an earlier one above it; the number arrested only grows, so
    # a later count below an earlier one counts some of them (one day's, one place's)
    if c.family not in HELD_FAMILIES and (ext.later(c.day)[0] < lo or ext.earlier(c.day)[1] > hi):
        out.add("disagreement")
    if ext.earlier(c.day)[0] < lo or ext.later(c.day)[1] > hi:
        out.add("growth")
    return out


def _part_kinds(c: _Claim, wholes: _Extent, below: bool = True, crowd: bool = False) -> set[str]:
    """The kinds of the pairs part ``c`` forms with the figures of wider scope; a part
    below a whole is a difference of scope only if ``below`` (not the treated below the
    injured, who are among them)."""
    lo, hi = c.nominal
    out = set()
    if c.day is None:
        under = wholes.every
    else:  # a crowd exceeds no other day's: crowds of other days are a series
        under = _join(wholes.undated, wholes.on.get(c.day, _NONE) if crowd else wholes.since(c.day))
    if under[0] < lo:
        out.add("disagreement")  # a part above a whole of its day or later
    if crowd and c.day is not None and wholes.later(c.day)[0] < lo:
        out.add("growth")  # a crowd above a later one of the wider place: it shrank
    if below and wholes.every[1] > hi:
        out.add("scope")
    if c.day is not None and wholes.earlier(c.day)[0] < lo:
        # a part above an earlier whole: the count grew past it (the treated above an
        # earlier count of the injured stay a difference of scope)
        out.add("growth" if below else "scope")
    return out


def _whole_kinds(c: _Claim, parts: _Extent, below: bool = True, crowd: bool = False) -> set[str]:
    """The kinds of the pairs whole ``c`` forms with the figures of narrower scope (see
    ``_part_kinds`` for ``below``)."""
    lo, hi = c.nominal
    out = set()
    if c.day is None:
        above = parts.every
    else:
        above = _join(parts.undated, parts.on.get(c.day, _NONE) if crowd else parts.until(c.day))
    if above[1] > hi:
        out.add("disagreement")
    if crowd and c.day is not None and parts.earlier(c.day)[1] > hi:
        out.add("growth")
    if below and parts.every[0] < lo:
        out.add("scope")
    if c.day is not None and parts.later(c.day)[1] > hi:
        out.add("growth" if below else "scope")
    return out
