"""Event coreference: merge event mentions from all documents into one Event per happening.

Why: corroboration is the point of reading many reports. Two sentences
report the same happening when they have the same type, compatible dates
(equal, nested spans, or within a day when one is imprecise or missing),
compatible places (same gazetteer record, or a place inside the other's
country, or unknown) and overlapping actors. Mentions are blocked by type and
swept in date order, so each is compared with the few open events near its
date, not with every other mention. Sources are independent outlets: copies in
one duplicate group and articles of one outlet count once.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sitrep.records import (
    Document, DuplicateGroup, Event, EventMention, EventReport, FigureClaim, Place,
)
from sitrep.resolve import names as nm
from sitrep.resolve.entities import EntityIndex

UNDATED_WINDOW_DAYS = 6  # a report with no date is about its last week
# A happening that ended this long before the report was published is background
# ("Russia intervened in Ukraine in 2014"), not part of the crisis being reported.
BACKGROUND_DAYS = 90
DESCRIPTION_CHARS = 220
MAX_NESTED_SPAN_DAYS = 2
# Generic actor words: overlap on these alone says little about identity.
_GENERIC_ACTORS = frozenset({"protesters", "protester", "demonstrators", "police", "people",
                             "security forces", "government", "authorities", "troops", "crowd"})


@dataclass(frozen=True, slots=True)
class _Span:
    first: dt.date
    last: dt.date
    precise: bool  # from the text, not assumed from publication

    @property
    def days(self) -> int:
        return (self.last - self.first).days


def _bounds(value: str) -> tuple[dt.date, dt.date]:
    """First and last day of an ISO day, week (YYYY-Www), month (YYYY-MM) or year."""
    v = value.strip()[:10]
    if len(v) == 4:
        return dt.date(int(v), 1, 1), dt.date(int(v), 12, 31)
    if "-W" in v:
        year, week = v.split("-W")
        first = dt.date.fromisocalendar(int(year), int(week[:2]), 1)
        return first, first + dt.timedelta(days=6)
    if len(v) == 7:
        first = dt.date(int(v[:4]), int(v[5:7]), 1)
        nxt = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return first, nxt - dt.timedelta(days=1)
    day = dt.date.fromisoformat(v)
    return day, day


def _parse_span(value: str | None) -> tuple[dt.date, dt.date] | None:
    if not value:
        return None
    try:
        a, _, b = value.partition("/")
        first = _bounds(a)[0]
        last = _bounds(b)[1] if b else _bounds(a)[1]
        return (first, last) if first <= last else (last, first)
    except ValueError:
        return None


def _mention_span(m: EventMention, doc: Document | None) -> _Span | None:
    parsed = _parse_span(m.date)
    if parsed:
        # a date carried over from the paragraph or the publication is an assumption
        return _Span(parsed[0], parsed[1], m.date_basis in (None, "sentence"))
    pub = _parse_span(doc.published if doc else None)
    if pub:
        return _Span(pub[0] - dt.timedelta(days=UNDATED_WINDOW_DAYS), pub[0], False)
    return None


def _background(span: _Span | None, doc: Document | None) -> bool:
    pub = _parse_span(doc.published if doc else None)
    return bool(span and pub and (pub[0] - span.last).days > BACKGROUND_DAYS)


def _dates_compatible(a: _Span | None, b: _Span | None) -> bool:
    """Equal days, one span containing the other, or within a day when one is imprecise."""
    if a is None or b is None:
        return True
    if not a.precise or not b.precise:
        return a.first <= b.last and b.first <= a.last
    if a.days == 0 and b.days == 0:
        return a.first == b.first
    if a.first == b.first and a.last == b.last:
        return True
    wide, narrow = (a, b) if a.days >= b.days else (b, a)
    if narrow.days > 0:  # two spans: the same stretch of time when they mostly overlap
        shared = (min(a.last, b.last) - max(a.first, b.first)).days
        return shared >= wide.days / 2
    # A short span ("overnight 5-6 January") contains its day; a week-long span
    # ("protests over the past week") is a different, aggregate happening.
    return wide.days <= MAX_NESTED_SPAN_DAYS and wide.first <= narrow.first and narrow.last <= wide.last


def _contains(big: Place, small: Place) -> bool:
    """A country holds its cities and regions; a region (admin1) holds its cities."""
    if not big.country_code or big.country_code != small.country_code:
        return False
    if big.feature == "country":
        return True
    return big.feature == "admin1" and bool(big.admin1) and big.admin1 == small.admin1


def _places_compatible(a: Place | None, an: str | None, b: Place | None, bn: str | None) -> bool:
    if a is None or b is None:
        if an and bn and a is None and b is None:
            return nm.folded(an) == nm.folded(bn)
        return True
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    return _contains(a, b) or _contains(b, a)


# How much a mention's place says about where the event happened.
_BASIS_RANK = {"sentence": 0, None: 0, "paragraph": 1, "document": 2}


@dataclass(slots=True)
class _Cluster:
    type: str
    mentions: list[EventMention] = field(default_factory=list)
    spans: list[_Span] = field(default_factory=list)
    places: list[tuple[Place | None, str | None]] = field(default_factory=list)  # stated ones
    assumed: list[tuple[Place | None, str | None]] = field(default_factory=list)  # fallbacks
    actors: set[str] = field(default_factory=set)
    last_day: dt.date = dt.date.min

    def precise_span(self) -> _Span | None:
        precise = [s for s in self.spans if s.precise]
        if not precise:
            return self.spans[0] if self.spans else None
        return min(precise, key=lambda s: (s.days, s.first))

    def accepts_place(self, m: EventMention) -> bool:
        """A mention fits when its place fits every place the reports state; a place
        assumed from the paragraph or the document fits anything inside it."""
        if m.place_ref is None and not m.place:
            return True
        return all(
            _places_compatible(m.place_ref, m.place, q, qn) for q, qn in self.places + self.assumed
        )

    def add(self, m: EventMention, span: _Span | None, actors: set[str]) -> None:
        self.mentions.append(m)
        if span:
            self.spans.append(span)
            self.last_day = max(self.last_day, span.last)
        if m.place_ref is not None or m.place:
            target = self.assumed if _BASIS_RANK.get(m.place_basis, 0) else self.places
            target.append((m.place_ref, m.place))
        self.actors |= actors


def _cluster_place(
    ms: Sequence[EventMention], source: dict[str, str]
) -> tuple[str | None, Place | None]:
    """The place most independent reports state (a stated place beats one assumed from
    the paragraph, which beats the document's country); ties go to the most specific."""
    placed = [m for m in ms if m.place_ref is not None or m.place]
    if not placed:
        return None, None
    best_rank = min(_BASIS_RANK.get(m.place_basis, 0) for m in placed)
    votes: dict[object, set[str]] = defaultdict(set)
    info: dict[object, tuple[str | None, Place | None, int]] = {}
    for k, m in enumerate(placed):
        if _BASIS_RANK.get(m.place_basis, 0) != best_rank:
            continue
        ref = m.place_ref
        key = ref.geonameid if ref and ref.geonameid else nm.folded(m.place or "")
        votes[key].add(source.get(m.doc, m.doc))
        info.setdefault(key, (m.place, m.place_ref, k))
    key = min(votes, key=lambda q: (
        -len(votes[q]), info[q][1].precision if info[q][1] else 9, info[q][2]))
    name, ref, _ = info[key]
    return name, ref


def _actor_keys(m: EventMention, index: EntityIndex) -> set[str]:
    return {index.key(a) for a in m.actors if a}


def _actors_compatible(a: set[str], b: set[str]) -> bool:
    if not a or not b:
        return True
    shared = a & b
    if not shared:
        return False
    specific_a, specific_b = a - _GENERIC_ACTORS, b - _GENERIC_ACTORS
    # Named actors on both sides that share none: different happenings (two statements).
    return not (specific_a and specific_b and not specific_a & specific_b)


def _source_key(doc_id: str, docs: dict[str, Document], canon: dict[str, str]) -> str:
    """The independent source of a document: its duplicate group's canonical copy's outlet."""
    base = docs.get(canon.get(doc_id, doc_id)) or docs.get(doc_id)
    outlet = (base.outlet if base else None) or (docs[doc_id].outlet if doc_id in docs else None)
    return outlet.strip() if outlet else canon.get(doc_id, doc_id)


def _precision(span: _Span | None) -> int:
    if span is None:
        return 3
    if span.days == 0 and span.precise:
        return 1
    return 2 if span.days <= 7 else 3


def _date_value(span: _Span | None) -> str | None:
    if span is None:
        return None
    if span.days == 0:
        return span.first.isoformat()
    return f"{span.first.isoformat()}/{span.last.isoformat()}"


def _description(ms: Sequence[EventMention]) -> str:
    """The most informative reporting sentence, trimmed at a word boundary (never invented)."""
    def score(m: EventMention) -> tuple[int, int]:
        info = len(m.actors) + bool(m.place) + bool(m.date)
        return (info, -abs(len(m.text.split()) - 30))

    text = " ".join(max(ms, key=score).text.split())
    if len(text) <= DESCRIPTION_CHARS:
        return text
    cut = text[:DESCRIPTION_CHARS].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + " …"


def _fatalities(ms: Sequence[EventMention], killed: dict[str, list[FigureClaim]]) -> int | None:
    best: float | None = None
    for m in ms:
        for f in killed.get(m.doc, ()):
            spans = f.evidence or (f.sentence,)
            if any(e.doc == m.doc and e.start < m.end and m.start < e.end for e in spans) or (
                f.start < m.end and m.start < f.end
            ):
                v = f.value if f.value is not None else f.low
                if v is not None and (best is None or v > best):
                    best = v
    return int(best) if best is not None else None


def resolve_events(
    mentions: Iterable[EventMention],
    documents: Sequence[Document],
    groups: Sequence[DuplicateGroup],
    index: EntityIndex,
    figures: Iterable[FigureClaim] = (),
) -> tuple[Event, ...]:
    """One Event per happening, each with every report and its independent sources."""
    docs = {d.id: d for d in documents}
    canon = {m: g.canonical for g in groups for m in g.members}
    by_type: dict[str, list[tuple[EventMention, _Span | None, set[str]]]] = defaultdict(list)
    for m in mentions:
        span = _mention_span(m, docs.get(m.doc))
        if _background(span, docs.get(m.doc)):
            continue
        by_type[m.type].append((m, span, _actor_keys(m, index)))

    clusters: list[_Cluster] = []
    for etype in sorted(by_type):
        items = sorted(by_type[etype], key=lambda t: (
            not (t[1] and t[1].precise), t[1].days if t[1] else 99, t[1].first if t[1] else dt.date.max))
        open_by_day: dict[dt.date | None, list[_Cluster]] = defaultdict(list)
        for m, span, actors in items:
            target = None
            for cand in _candidates(open_by_day, span):
                cspan = cand.precise_span()
                if (_dates_compatible(span, cspan)
                        and cand.accepts_place(m)
                        and _actors_compatible(actors, cand.actors)):
                    target = cand
                    break
            if target is None:
                target = _Cluster(etype)
                clusters.append(target)
                first = span.first if span else None
                open_by_day[first].append(target)
            target.add(m, span, actors)

    killed: dict[str, list[FigureClaim]] = defaultdict(list)
    for f in figures:
        if f.measure == "killed":
            killed[f.doc].append(f)
    events = [_to_event(c, i, docs, canon, killed, index) for i, c in enumerate(clusters)]
    return tuple(events)


def _candidates(open_by_day: dict[dt.date | None, list[_Cluster]], span: _Span | None) -> list[_Cluster]:
    """Open events whose first day lies near this mention's dates (the sweep's window)."""
    if span is None:
        return [c for cl in open_by_day.values() for c in cl]
    out: list[_Cluster] = list(open_by_day.get(None, []))
    lo = span.first - dt.timedelta(days=8)
    day = lo
    while day <= span.last + dt.timedelta(days=1):
        out.extend(open_by_day.get(day, ()))
        day += dt.timedelta(days=1)
    return out


def _display(name: str | None, index: EntityIndex) -> str | None:
    """A name as its resolved entity's canonical form, so variants read as one."""
    ent = index.lookup(name)
    return ent.canonical if ent else name


def _to_event(c: _Cluster, i: int, docs: dict[str, Document], canon: dict[str, str],
              killed: dict[str, list[FigureClaim]], index: EntityIndex) -> Event:
    span = c.precise_span()
    place_name, place_ref = _cluster_place(
        c.mentions, {m.doc: _source_key(m.doc, docs, canon) for m in c.mentions})
    reports = tuple(
        EventReport(m.doc, m.start, m.end, m.text, m.id, docs[m.doc].outlet if m.doc in docs else None)
        for m in sorted(c.mentions, key=lambda m: (m.doc, m.start))
    )
    sources = tuple(sorted({_source_key(m.doc, docs, canon) for m in c.mentions}))
    actors = Counter(_display(a, index) for m in c.mentions for a in m.actors if a)
    subs = Counter((m.acled_event_type, m.acled_sub_event_type) for m in c.mentions)
    acled, sub = subs.most_common(1)[0][0]
    return Event(
        id=f"EV{i + 1}",
        type=c.type,
        acled_event_type=acled,
        acled_sub_event_type=sub,
        date=_date_value(span),
        time_precision=_precision(span),
        place=_display(place_name, index),
        place_ref=place_ref,
        actors=tuple(a for a, _ in actors.most_common()),
        description=_description(c.mentions),
        reports=reports,
        sources=sources,
        corroboration=len(sources),
        fatalities=_fatalities(c.mentions, killed),
    )
