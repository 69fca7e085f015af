"""The three merging passes: dated reports by place, region- or country-level reports
into the best event inside, undated reports by paragraph, place and actors."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sitrep.records import (
    REFERENCE_BASIS,
    state_wide,
)
from sitrep.resolve import names as nm
from sitrep.resolve.events.cluster import (
    _INDEX_DAYS,
    CARRIED_DATE_BASES,
    CONTEXT_PARAGRAPHS,
    DOCUMENT_BASIS,
    _blocks,
    _Cluster,
    _months,
)
from sitrep.resolve.events.fits import (
    _actors_fit,
    _dates_fit,
    _kinds_fit,
    _places_fit,
    _targets_fit,
)
from sitrep.resolve.events.items import (
    _GENERAL,
    LIST_BASIS,
    OTHER,
    STATEMENT,
    WAR_GAP_DAYS,
    _countrywide,
    _Item,
)
from sitrep.resolve.events.spans import (
    UNDATED_WINDOW_DAYS,
    _Span,
)


def _index() -> Any:
    return field(default_factory=lambda: defaultdict(list))


@dataclass(slots=True)
class _Resolver:
    """The open events of one run with the indexes the passes look them up by."""

    source: dict[str, str]
    clusters: list[_Cluster] = field(default_factory=list)
    by_day: dict[tuple[str, dt.date, object], list[_Cluster]] = _index()
    # the same, by block (_Cluster.blocks), each with its position in the day's list, so a
    # blocked look-up returns the events in the order the day's list has them
    by_block: dict[tuple[str, dt.date, object], list[tuple[int, _Cluster]]] = _index()
    wide: dict[str, list[_Cluster]] = _index()
    # the wide events by the months their spans cover, each with its first position in
    # ``wide``: a report is compared only with those its date overlaps, in that order
    wide_months: dict[tuple[str, int, int], list[tuple[int, _Cluster]]] = _index()
    wide_pos: dict[int, int] = field(default_factory=dict)
    by_para: dict[tuple[str, str, int], list[_Cluster]] = _index()
    by_text: dict[tuple[object, ...], _Cluster] = field(default_factory=dict)
    by_place: dict[tuple[str, object], list[_Cluster]] = _index()
    # the grab-bag's events by place and the words their reports name them by
    by_word: dict[tuple[object, str], list[_Cluster]] = _index()
    by_actor: dict[tuple[str, str], list[_Cluster]] = _index()
    dated_in_doc: dict[tuple[str, str], list[_Cluster]] = _index()
    by_type: dict[str, list[_Cluster]] = _index()
    type_block: dict[tuple[str, object], list[tuple[int, _Cluster]]] = _index()  # by block

    def new(self, item: _Item) -> _Cluster:
        c = _Cluster(item.m.type, item)
        self.clusters.append(c)
        for block in c.blocks:
            self.type_block[(c.type, block)].append((len(self.by_type[c.type]), c))
        self.by_type[c.type].append(c)
        if item.place_key is not None:
            self.by_place[(c.type, item.place_key)].append(c)
        self.join(c, item)
        return c

    def join(self, c: _Cluster, item: _Item) -> None:
        # the actors new to the event, found from the report's few (copying the event's
        # whole set on every join made a large event's joins quadratic)
        before, new_named = c.span, [a for a in item.named if a not in c.named]
        word = nm.folded(item.m.trigger)
        if c.type == OTHER and c.place_key is not None and word not in c.words:
            self.by_word[(c.place_key, word)].append(c)  # before add() records the word
        c.add(item, self.source.get(item.m.doc, item.m.doc))
        if c.span is not None and c.span != before:
            self._index_dates(c)
        self.by_para[(c.type, item.m.doc, item.para)].append(c)
        c.paras.setdefault(item.m.doc, set()).add(item.para)
        for a in new_named:
            self.by_actor[(c.type, a)].append(c)
        if item.span is not None:
            self.dated_in_doc[(c.type, item.m.doc)].append(c)
        self.by_text.setdefault(item.copy_key, c)

    def _index_dates(self, c: _Cluster) -> None:
        s = c.span
        assert s is not None
        if s.days > _INDEX_DAYS:
            pos = self.wide_pos.setdefault(id(c), len(self.wide[c.type]))
            self.wide[c.type].append(c)
            for month in _months(s.first, s.last):
                bucket = self.wide_months[(c.type, *month)]
                if not bucket or bucket[-1][1] is not c:
                    bucket.append((pos, c))
            return
        for k in range(s.days + 1):
            day = s.first + dt.timedelta(days=k)
            if day in c.days:
                continue
            c.days.add(day)
            bucket = self.by_day[(c.type, day, None)]
            for block in c.blocks:
                self.by_block[(c.type, day, block)].append((len(bucket), c))
            bucket.append(c)
            if c.place_key is not None:
                self.by_day[(c.type, day, c.place_key)].append(c)

    def _on_day(
        self, etype: str, day: dt.date, place: object | None, blocks: tuple[object, ...] | None
    ) -> Iterable[_Cluster]:
        if blocks is None:
            return self.by_day.get((etype, day, place), ())
        found = [pc for b in blocks for pc in self.by_block.get((etype, day, b), ())]
        return [c for _, c in sorted(found, key=lambda pc: pc[0])]

    def near(
        self,
        etype: str,
        span: _Span,
        place: object | None = None,
        blocks: tuple[object, ...] | None = None,
    ) -> list[_Cluster]:
        """Events of this type whose date lies near the span (the blocking step), at
        ``place`` when given, else in one of ``blocks`` when given (:func:`_blocks`: the
        same events in the same order as anywhere, less those whose place cannot fit),
        anywhere otherwise."""
        if span.days > _INDEX_DAYS:
            if blocks is None:
                pool: Iterable[_Cluster] = self.by_type[etype]
            else:  # in the order of by_type, less those whose place or speaker cannot fit
                found = {
                    id(pc[1]): pc for b in blocks for pc in self.type_block.get((etype, b), ())
                }
                pool = [c for _, c in sorted(found.values(), key=lambda pc: pc[0])]
            return [
                c for c in pool if c.span is not None and (place is None or c.place_key == place)
            ]
        seen: dict[int, _Cluster] = {}
        for k in range(-1, span.days + 2):
            for c in self._on_day(etype, span.first + dt.timedelta(days=k), place, blocks):
                seen[id(c)] = c
        one = dt.timedelta(days=1)
        wide = {
            id(c): (pos, c)
            for month in _months(span.first - one, span.last + one)
            for pos, c in self.wide_months.get((etype, *month), ())
            if c.span is not None and c.span.overlaps(span)
        }
        for _, c in sorted(wide.values(), key=lambda pc: pc[0]):
            if (place is None or c.place_key == place) and (
                blocks is None or any(b in blocks for b in c.blocks)
            ):
                seen[id(c)] = c
        return list(seen.values())

    def in_document(self, item: _Item) -> list[_Cluster]:
        """Events of this type with a dated report in the same article."""
        return list(dict.fromkeys(self.dated_in_doc.get((item.m.type, item.m.doc), ())))

    def context(self, item: _Item) -> list[_Cluster]:
        """Events of this type reported in the same paragraph of the same article, or in
        the one before it (news paragraphs are a sentence or two; the next one goes on
        with the same happening)."""
        key = (item.m.type, item.m.doc)
        return list(
            dict.fromkeys(
                c
                for p in range(item.para - CONTEXT_PARAGRAPHS, item.para + 1)
                for c in self.by_para.get((*key, p), ())
            )
        )


def _score(item: _Item, c: _Cluster) -> tuple[int, int, int, int, int]:
    same_para = -min(
        (item.para - p for p in c.paras.get(item.m.doc, ()) if p <= item.para), default=99
    )
    same_span = bool(
        item.span and c.span and item.span.first == c.span.first and item.span.last == c.span.last
    )
    return (same_para, same_span, len(item.named & c.named), len(c.sources), c.level == item.level)


def _told_on(item: _Item, c: _Cluster) -> bool:
    """A sentence that states neither place nor day ("Abu Sayeed received injuries during
    the clash in the afternoon") goes on with the happening of its type its article
    tells: whoever it names, it is that happening's, not another one."""
    return (
        c.type != STATEMENT
        and item.m.doc in c.paras
        and item.m.place_basis == DOCUMENT_BASIS
        and item.m.date_basis in CARRIED_DATE_BASES
    )


def _place_dated(r: _Resolver, item: _Item) -> None:
    """Passes 1 and 2: join the best event this dated report fits, or start one."""
    assert item.span is not None
    copy = r.by_text.get(item.copy_key)
    if copy is not None:  # the same sentence in another article: a syndicated copy
        r.join(copy, item)
        return
    # a town joins only the same town's event; a statement is looked up by its speaker
    # (_blocks), wherever it was placed (_places_fit)
    town = item.level < _GENERAL and item.place_key is not None
    place = item.place_key if town and item.m.type != STATEMENT else None
    blocks = _blocks(item) if place is None else None  # what it must share to fit
    fits = [
        c
        for c in r.near(item.m.type, item.span, place, blocks)
        if _dates_fit(item, c)
        and _places_fit(item, c)
        and (_actors_fit(item, c, False) or _told_on(item, c))
        and _targets_fit(item, c)
        and _kinds_fit(item, c)
        and (c.type != STATEMENT or c.speaker is not None)
    ]
    if item.m.place_basis == LIST_BASIS or _countrywide(item):
        fits = [c for c in fits if c.level >= _GENERAL]  # many towns: the wider picture
    if fits:
        r.join(max(fits, key=lambda c: _score(item, c)), item)
    elif item.m.date_basis != REFERENCE_BASIS:  # a reference to nothing found: no event
        r.new(item)


def _undated_fit(item: _Item, c: _Cluster, context: bool) -> bool:
    """An undated report stating a town joins only that town's event (no date
    vouches for a guess across places); a regional one joins any event inside."""
    if item.level < _GENERAL and c.place_key is not None and c.place_key != item.place_key:
        return False
    if _countrywide(item) and c.level < _GENERAL:
        return False  # "fighting in Sudan": the country's war, not a town's battle
    return (
        _dates_fit(item, c)
        and _places_fit(item, c)
        and _actors_fit(item, c, context)
        and _targets_fit(item, c)
        and _kinds_fit(item, c)
    )


def _place_undated(r: _Resolver, item: _Item) -> None:
    """Pass 3: a report without a date joins its paragraph's event, or the only event
    with its place and named actors; otherwise it stays an event with an unknown date."""
    copy = r.by_text.get(item.copy_key)
    if copy is not None:
        r.join(copy, item)
        return
    ctx = [c for c in r.context(item) if _undated_fit(item, c, True)]
    if ctx:
        r.join(max(ctx, key=lambda c: _score(item, c)), item)
        return
    in_doc = {
        id(c): c for c in r.in_document(item) if c.span is not None and _undated_fit(item, c, True)
    }
    if len(in_doc) == 1:  # the only dated event of its type this article reports
        r.join(next(iter(in_doc.values())), item)
        return
    if item.m.type == STATEMENT and item.speaker is None:
        r.new(item)
        return
    war = _war_so_far(r, item) if _countrywide(item) else None
    if war is not None:
        r.join(war, item)
        return
    if item.level == _GENERAL and state_wide(item.m.type, item.m.target) and not item.named:
        # a country's decision of state (or its power seized) is identified by its type
        # and country: an undated "imposing a state of emergency across the country" is
        # the one dated state of emergency there, when there is only one
        pool = r.by_place.get((item.m.type, item.place_key), [])
        same = [c for c in pool if c.span is not None]
    elif item.level < _GENERAL or (item.m.type == OTHER and item.place_key is not None):
        # the same town and the same named actors (or none named on either side); in the
        # grab-bag type, the same happening told by the same word ("toppling"), in a town
        # or a whole country ("protesters' demands broadened")
        if item.m.type == OTHER:  # blocked by the word too
            pool = r.by_word.get((item.place_key, nm.folded(item.m.trigger)), [])
        else:
            pool = r.by_place.get((item.m.type, item.place_key), [])
        same = [c for c in pool if bool(item.named & c.named) or not (item.named or c.named)]
    else:  # a region, a country or nowhere: only named actors identify the happening
        same = list(
            dict.fromkeys(c for a in item.named for c in r.by_actor.get((item.m.type, a), ()))
        )
    fits = [
        c
        for c in same
        if _undated_fit(item, c, False)
        and (c.type != STATEMENT or c.speaker is not None and _said_lately(c, item.pub))
    ]
    salient = (item.level == _GENERAL and state_wide(item.m.type, item.m.target)) or (
        item.m.type == STATEMENT and item.speaker is not None
    )
    if len(fits) > 1 and salient and item.m.type != STATEMENT:
        # "has declared a 60-day state of emergency", undated: the state of emergency
        # declared, not a curfew typed the same, when one is named by the same word
        word = nm.folded(item.m.trigger)
        told_so = [c for c in fits if word in c.words]
        if len(told_so) == 1:
            fits = told_so
    if len(fits) > 1 and salient:
        # "the increase in the price of gas", undated: the decision most outlets report
        # (the hike that set off the crisis, not its later reversal), when one stands out;
        # likewise an undated statement of a speaker who made several
        fits.sort(key=lambda c: -len(c.sources))
        if len(fits[0].sources) > len(fits[1].sources):
            fits = fits[:1]
    if len(fits) > 1 and item.m.type == STATEMENT and item.speaker is not None:
        # else an undated "Mubarak said" is the speaker's statement of its report's day or
        # the day before (news reports the latest), when only one is
        latest = [c for c in fits if _latest_before(c, item.pub)]
        if len(latest) == 1:
            fits = latest
    if len(fits) == 1:  # two fits are ambiguous
        r.join(fits[0], item)
        return
    if item.m.date_basis == REFERENCE_BASIS:
        return  # a reference back ("concerned about the clashes") to nothing found: no event
    r.new(item)


def _war_so_far(r: _Resolver, item: _Item) -> _Cluster | None:
    """For an undated "amid fierce fighting in Sudan": the country's war as of the report,
    the latest of the events other reports tell for the country ("fighting continues in
    Sudan for a fifth day") begun by its publication and going on within WAR_GAP_DAYS
    of it (continuing.py folds them into one)."""
    if item.pub is None:
        return None
    pub = item.pub
    recent = _Span(pub - dt.timedelta(days=WAR_GAP_DAYS), pub, precise=False)
    wars = [
        c
        for c in r.near(item.m.type, recent, item.place_key)
        if c.span is not None
        and c.span.first <= pub
        and (pub - c.span.last).days <= WAR_GAP_DAYS
        and c.war
        and _undated_fit(item, c, False)
    ]
    return max(wars, key=lambda c: (c.span.last, len(c.sources))) if wars else None  # type: ignore[union-attr]


def _said_lately(c: _Cluster, pub: dt.date | None) -> bool:
    """Whether a speaker's statement may be what an undated "X said" of a report published
    on ``pub`` tells: one made in the week up to it (UNDATED_WINDOW_DAYS, the window an
    undated report is read in, :func:`_reported_by`). A speaker makes many statements in a
    crisis; the one told without a date in Friday's article is not the best-reported one of
    ten days before ("Suleiman announced Mubarak's resignation", published 11 February, is
    not his statement of 31 January on talks with the opposition)."""
    if pub is None or c.span is None:
        return True
    return c.span.overlaps(_Span(pub - dt.timedelta(days=UNDATED_WINDOW_DAYS), pub, False))


def _latest_before(c: _Cluster, pub: dt.date | None) -> bool:
    """Whether the event is dated on ``pub`` or the day before it."""
    if pub is None or c.span is None:
        return False
    return c.span.first <= pub and c.span.last >= pub - dt.timedelta(days=1)


def _reported_by(c: _Cluster) -> _Span | None:
    """For an event no report dates: the week up to its earliest report's publication.

    The reports say it happened, not when; what is known is that it had happened by the
    time the first of them was published. News reports what is recent, so the week before
    bounds it; the span is marked imprecise (ACLED time precision 2), never a day. This
    window is what merging tests undated reports against.
    """
    pubs = [i.pub for i in c.items if i.pub is not None]
    if not pubs:
        return None
    last = min(pubs)
    return _Span(last - dt.timedelta(days=UNDATED_WINDOW_DAYS), last, precise=False)


def _reported_on(c: _Cluster) -> _Span | None:
    """The date an event no report dates is given: its earliest report's publication day,
    marked imprecise (ACLED time precision 2).

    Why the day and not the week before it: a report that tells a happening in the
    past tense without a time ("police fired tear gas", "the army chief said") is news
    of that day, as datelined wire copy is; the day is the best single estimate, and
    the week-long window (:func:`_reported_by`) is kept for deciding what it may merge
    with. Measured on the four example corpora with gold publication dates: events F1
    0.68 -> 0.74 (Kazakhstan), 0.33 -> 0.39 (Sudan), 0.22 -> 0.24 (Bangladesh)."""
    span = _reported_by(c)
    return _Span(span.last, span.last, precise=False) if span is not None else None
