"""An event being resolved: the reports merged into it so far, the date and place they
settle on, and the blocks a report must share with it to be compared at all."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sitrep.resolve import names as nm
from sitrep.resolve.events.items import (
    STATEMENT,
    _countrywide,
    _Item,
)
from sitrep.resolve.events.spans import (
    _Span,
)

CONTEXT_PARAGRAPHS = 1  # an undated report reads on from this many paragraphs before it
DOCUMENT_BASIS = "document"  # EventMention.place_basis of a place carried from the article
CARRIED_DATE_BASES = frozenset({"paragraph", "publication"})  # dates the sentence does not state
REMOTE_VIOLENCE = "Explosions/Remote violence"  # ACLED's event type of strikes from afar
# EventMention.place_basis of a place that says where a statement was made: its sentence's
# or the speaker's own country
STATED_PLACE_BASES = frozenset({None, "sentence", "speaker"})


# Spans longer than this are not indexed day by day (a month, a year).
_INDEX_DAYS = 31
_UNPLACED: tuple[object, ...] = ("unplaced",)


def _months(first: dt.date, last: dt.date) -> list[tuple[int, int]]:
    """The (year, month) pairs a stretch of days covers."""
    a, b = first.year * 12 + first.month - 1, last.year * 12 + last.month - 1
    return [divmod(m, 12) for m in range(a, b + 1)]


def _blocks(item: _Item) -> tuple[tuple[object, ...], ...] | None:
    """The blocks of the events a region- or country-level report may fit (the unplaced
    ones, its own place's, its country's; a statement's speaker's, none without one);
    None for a report that may fit any."""
    if item.m.type == STATEMENT:
        return (("speaker", item.speaker),) if item.speaker is not None else ()
    if item.place_key is None:
        return None
    ref = item.m.place_ref
    own = (_UNPLACED, ("place", item.place_key))
    return (*own, ("country", ref.country_code)) if ref is not None and ref.country_code else own


@dataclass(slots=True, eq=False)  # identity: an event is itself, whatever it holds
class _Cluster:
    type: str
    seed: _Item  # the most specific report: its place is the event's place
    items: list[_Item] = field(default_factory=list)
    named: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)
    span: _Span | None = None  # the most precise date its reports give
    paras: dict[str, set[int]] = field(default_factory=dict)  # doc -> paragraphs reporting it
    targets: list[frozenset[str]] = field(default_factory=list)  # sites its reports name
    days: set[dt.date] = field(default_factory=set)  # the days it is indexed under
    town: str | None = None  # a country-level event's town in a one-city corpus (towns.py)
    town_basis: str | None = None  # "corpus_city" or "capital" (towns.py)
    war: bool = False  # a report tells it as a country's war (items._countrywide)
    words: set[str] = field(default_factory=set)  # the words its reports name it by

    @property
    def blocks(self) -> tuple[tuple[object, ...], ...]:
        """What a region- or country-level report must share with the event to fit its
        place (_places_fit): no place; the same place; or the same country. A statement's
        report must share its speaker (_actors_fit)."""
        if self.type == STATEMENT:
            return (("speaker", self.speaker),) if self.speaker is not None else ()
        if self.place_key is None:
            return (_UNPLACED,)
        ref = self.seed.m.place_ref
        if ref is not None and ref.country_code:
            return (("place", self.place_key), ("country", ref.country_code))
        return (("place", self.place_key),)

    @property
    def place_key(self) -> object | None:
        return self.seed.place_key

    @property
    def level(self) -> int:
        return self.seed.level

    @property
    def speaker(self) -> str | None:
        return self.seed.speaker

    def add(self, item: _Item, source: str) -> None:
        self.items.append(item)
        self.named |= item.named
        self.sources.add(source)
        self.war = self.war or _countrywide(item)
        self.words.add(nm.folded(item.m.trigger))
        if item.target and item.target not in self.targets:
            self.targets.append(item.target)
        s = item.span
        if s is not None and (self.span is None or _better_span(s, self.span)):
            if not _wider_stretch(item, self):
                self.span = s


def _wider_stretch(item: _Item, c: _Cluster) -> bool:
    """A wider place's report of a stretch of days holding the town's event ("town halls
    were set on fire over the past three nights", joining one town's fire of one night):
    it does not date the town's happening."""
    s, own = item.span, c.span
    return (
        s is not None
        and own is not None
        and item.level > c.level
        and s.days > own.days
        and s.first <= own.first
        and own.last <= s.last
    )


def _better_span(a: _Span, b: _Span) -> bool:
    """Day precision beats a span; a stated date beats a carried-over one; then the earlier."""
    return (not a.precise, a.days, a.first) < (not b.precise, b.days, b.first)
