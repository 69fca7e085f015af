"""Event coreference: merge event mentions from all documents into one Event per happening.

Why: corroboration is the point of reading many reports. ACLED's definition of
an event is a type of happening at a place on a day, so two reports are one
event when they have the same type, the same (most specific) place and the
same day. Resolution follows that definition in three passes:

1. Dated reports that state a town or site (or carry one over from their
   paragraph) form the events: the same town, a compatible date and actors that
   do not contradict. Two different towns never merge.
2. Dated reports placed only by a region or country ("protests in Kazakhstan")
   attach to the single best event inside that region, so one country-level
   report never chains two town events together; when none fits they form a
   region- or country-level event of their own.
3. Reports with no date join the event of their type that the same paragraph
   of the same article reports, or the only event with their place and named
   actors; otherwise they stay an event whose date is unknown (ACLED drops
   such reports; sitrep keeps them and lists them apart), never one with an
   invented window.

A statement is identified by who makes it: statements merge only when the same
speaker speaks on a compatible date, and a statement with no named speaker never
absorbs others. Mentions are blocked by type and, for dated ones, by day, so each
is compared with the few events near its date, not with every other mention.
Sources are independent outlets: copies in one duplicate group and articles of
one outlet count once.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sitrep.extract.timenorm import value_span
from sitrep.records import (
    PERSON_TARGET_TYPES,
    REFERENCE_BASIS,
    STATE_DECISION_TYPES,
    Document,
    DuplicateGroup,
    Event,
    EventMention,
    EventReport,
    FigureClaim,
    Place,
)
from sitrep.resolve import names as nm
from sitrep.resolve.entities import EntityIndex
from sitrep.resolve.sites import is_airport, town_airport

# A happening that ended this long before the report was published is background
# ("Russia intervened in Ukraine in 2014"), not part of the crisis being reported.
BACKGROUND_DAYS = 90
# A happening dated after its report was published is a plan or a forecast
# ("meetings next week"), not something that happened; a day of slack absorbs
# time-zone and publication-date noise.
FUTURE_SLACK_DAYS = 1
DESCRIPTION_CHARS = 220
DESCRIPTION_EARLY = 0.4  # a trigger in this first share of a sentence is its main news
CONTEXT_PARAGRAPHS = 1  # an undated report reads on from this many paragraphs before it
MAX_NESTED_SPAN_DAYS = 2
# Spans longer than this are not indexed day by day (a month, a year).
_INDEX_DAYS = 31
# Generic actor words: overlap on these alone says little about identity.
_GENERIC_ACTORS = frozenset(
    {
        "protesters",
        "protester",
        "demonstrators",
        "demonstrator",
        "police",
        "people",
        "security forces",
        "government",
        "authorities",
        "troops",
        "crowd",
        "forces",
        "officers",
        "civilians",
        "residents",
        "military",
        "soldiers",
        "mobs",
        "activists",
        "officials",
    }
)
STATEMENT = "statement"
# Decisions of a state: one country has one of each at a time.
NATIONAL_TYPES = STATE_DECISION_TYPES
# Happenings to a person: a report naming who was arrested is that person's arrest,
# never a mass arrest whose reports name nobody.
PERSONAL_TYPES = frozenset({"arrest"})
# Happenings defined by the site they were done to: two arsons or seizures in one town on
# one day are two events when they hit two sites. A riot storming several buildings is one.
SITE_TYPES = frozenset({"arson", "seizure"})
OTHER = "other"  # a grab-bag type: type and place alone do not identify its events

# How much a mention's place says about where the event happened.
_STATED, _CARRIED, _GENERAL, _NOWHERE = 0, 1, 2, 3
# A report placed by a list of places ("in A, B and C"): it covers them all, so it is
# never one town's event.
LIST_BASIS = "list"
_BASIS_RANK = {"sentence": 0, None: 0, "paragraph": 1, "document": 2, LIST_BASIS: 2}
_AREA_FEATURES = frozenset({"country", "admin1", "region"})


@dataclass(frozen=True, slots=True)
class _Span:
    first: dt.date
    last: dt.date
    precise: bool  # stated in the sentence, not carried over from context

    @property
    def days(self) -> int:
        return (self.last - self.first).days


def _mention_span(m: EventMention) -> _Span | None:
    """The mention's own date; ``None`` when neither it nor its context gives one."""
    parsed = value_span(m.date)
    if not parsed:
        return None
    # a date carried over from the paragraph or the publication is an assumption, and a
    # week, month or year ("last week", "in January") says when within, not how long: both
    # are windows the happening lies in, unlike a stated stretch of days ("over the past
    # week", "overnight 5-6 January")
    stated = m.date_basis in (None, "sentence") and m.date_precision not in COARSE_PRECISIONS
    return _Span(parsed[0], parsed[1], stated)


def _published(doc: Document | None) -> dt.date | None:
    parsed = value_span(doc.published if doc else None)
    return parsed[0] if parsed else None


COARSE_PRECISIONS = frozenset({"week", "month", "quarter", "season", "year", "decade"})
LONGEST_EVENT_DAYS = 366  # a happening, not an era: ACLED's coarsest precision is a month
UNDATED_WINDOW_DAYS = 6  # an undated report: within the week up to its publication


def _out_of_scope(span: _Span | None, pub: dt.date | None) -> bool:
    """Background history long before publication, a plan dated after it, or a state of
    affairs over more than a year ("occupied since 1974", "a century of ...")."""
    if span is None:
        return False
    if span.days > LONGEST_EVENT_DAYS:
        return True
    if pub is None:
        return False
    return (pub - span.last).days > BACKGROUND_DAYS or ((span.first - pub).days > FUTURE_SLACK_DAYS)


def _dates_compatible(a: _Span | None, b: _Span | None) -> bool:
    """Equal days, one span containing the other, or overlapping when one is imprecise.

    A stated stretch of several days ("over the past week, protests killed dozens")
    is an aggregate happening: it is never one day's event, even when that day's
    report only carries its date over from context."""
    if a is None or b is None:
        return True
    wide, narrow = (a, b) if a.days >= b.days else (b, a)
    if wide.precise and wide.days > MAX_NESTED_SPAN_DAYS and narrow.days == 0:
        return False
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
    return (
        wide.days <= MAX_NESTED_SPAN_DAYS
        and wide.first <= narrow.first
        and narrow.last <= wide.last
    )


def _contains(big: Place, small: Place) -> bool:
    """A country holds its cities and regions; a region (admin1) holds its cities."""
    if not big.country_code or big.country_code != small.country_code:
        return False
    if big.feature == "country":
        return small.feature != "country"
    return (
        big.feature in ("admin1", "region")
        and bool(big.admin1)
        and big.admin1 == small.admin1
        and small.feature not in _AREA_FEATURES
    )


def _place_key(m: EventMention) -> object | None:
    if m.place_ref is not None and m.place_ref.geonameid is not None:
        return m.place_ref.geonameid
    return nm.folded(m.place) if m.place else None


def _place_level(m: EventMention) -> int:
    """Stated town/site, town carried over from the paragraph, region or country, none."""
    if m.place_ref is None and not m.place:
        return _NOWHERE
    basis = _BASIS_RANK.get(m.place_basis, 0)
    if basis == 2 or (m.place_ref is not None and m.place_ref.feature in _AREA_FEATURES):
        return _GENERAL
    return _CARRIED if basis == 1 else _STATED


def _is_named(actor: str) -> bool:
    """A proper name, not a generic group word ("protesters", "police")."""
    return actor[:1].isupper() and nm.folded(actor) not in _GENERIC_ACTORS


@dataclass(frozen=True, slots=True)
class _Item:
    """One mention with what resolution compares, computed once."""

    m: EventMention
    span: _Span | None
    named: frozenset[str]  # entity keys of named actors
    speaker: str | None  # a statement's named speaker
    level: int
    place_key: object | None
    para: int  # index of the paragraph (non-empty line) in its document
    pub: dt.date | None
    text_key: str  # the sentence folded, to recognise verbatim copies
    target: frozenset[str] = frozenset()  # words of the site it was done to, if any

    @property
    def copy_key(self) -> tuple[object, ...]:
        """A syndicated copy repeats the sentence, so it reads the same in every way."""
        return (self.m.type, self.text_key, self.m.date, self.place_key, self.named, self.target)


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
        if item.target and item.target not in self.targets:
            self.targets.append(item.target)
        s = item.span
        if s is not None and (self.span is None or _better_span(s, self.span)):
            self.span = s


def _better_span(a: _Span, b: _Span) -> bool:
    """Day precision beats a span; a stated date beats a carried-over one; then the earlier."""
    return (not a.precise, a.days, a.first) < (not b.precise, b.days, b.first)


def _places_fit(item: _Item, c: _Cluster) -> bool:
    """Same place, or a region/country report inside the event's town; never two towns."""
    if item.place_key is None or c.place_key is None or item.place_key == c.place_key:
        return True
    if item.level < _GENERAL and c.level < _GENERAL:
        return False  # two different towns or sites
    a, b = item.m.place_ref, c.seed.m.place_ref
    if a is None or b is None:
        return False
    return _contains(a, b) or _contains(b, a)


def _actors_fit(item: _Item, c: _Cluster, context: bool) -> bool:
    """Statements need the same speaker (a speakerless one joins only through its
    paragraph); other happenings must not name disjoint sets of actors."""
    if c.type == STATEMENT:
        if item.speaker is None:
            return context
        return c.speaker == item.speaker
    if c.type in PERSONAL_TYPES and bool(item.named) != bool(c.named):
        return False  # "the arrest of Karim Massimov" is not "5,800 people were arrested"
    if not item.named or not c.named:
        return True
    return bool(item.named & c.named)


def _target_words(m: EventMention) -> frozenset[str]:
    """The words of a mention's target: a site's as written ("mayor office": name folding
    would drop "mayor" as a title), a person's folded across spellings ("Nazarbaev")."""
    if not m.target:
        return frozenset()
    if m.type in PERSON_TARGET_TYPES:
        return frozenset(nm.folded(m.target).split())
    return frozenset(m.target.casefold().split())


def _targets_fit(item: _Item, c: _Cluster) -> bool:
    """Two sites burned or seized in one town on one day are two happenings ("the
    prosecutor's office", "the presidential residence"); the same site told more or less
    fully ("the residence", "the former presidential residence") is one. So with people
    (records.PERSON_TARGET_TYPES): two dismissals by one leader on one day are two events
    when they remove two people. A report naming no target fits any."""
    if c.type not in SITE_TYPES | PERSON_TARGET_TYPES or not item.target or not c.targets:
        return True
    return any(t <= item.target or item.target <= t for t in c.targets)


def _kinds_fit(item: _Item, c: _Cluster) -> bool:
    """ "Other" gathers unlike happenings (a bank's suspension, soldiers joining the
    protests, a toppled statue): within it, only reports of one ACLED sub-event type are
    one happening."""
    return c.type != OTHER or c.seed.m.acled_sub_event_type == item.m.acled_sub_event_type


def _dates_fit(item: _Item, c: _Cluster) -> bool:
    if item.span is None:  # undated: the happening cannot postdate the report
        return c.span is None or item.pub is None or c.span.first <= item.pub
    if (
        c.span is not None
        and (item.m.place_basis == LIST_BASIS) != (c.seed.m.place_basis == LIST_BASIS)
        and c.level >= _GENERAL
    ):
        # a country-wide report ("protests spread across the country on Tuesday") is
        # a day of the country-wide stretch another report tells ("protests have
        # rocked the country over the past week")
        s = c.span
        return (
            item.span.first >= s.first
            and item.span.last <= s.last
            or (s.first >= item.span.first and s.last <= item.span.last)
        )
    return _dates_compatible(item.span, c.span)


def _index() -> Any:
    return field(default_factory=lambda: defaultdict(list))


@dataclass(slots=True)
class _Resolver:
    """The open events of one run with the indexes the passes look them up by."""

    source: dict[str, str]
    clusters: list[_Cluster] = field(default_factory=list)
    by_day: dict[tuple[str, dt.date, object], list[_Cluster]] = _index()
    wide: dict[str, list[_Cluster]] = _index()
    by_para: dict[tuple[str, str, int], list[_Cluster]] = _index()
    by_text: dict[tuple[object, ...], _Cluster] = field(default_factory=dict)
    by_place: dict[tuple[str, object], list[_Cluster]] = _index()
    by_actor: dict[tuple[str, str], list[_Cluster]] = _index()
    dated_in_doc: dict[tuple[str, str], list[_Cluster]] = _index()
    by_type: dict[str, list[_Cluster]] = _index()

    def new(self, item: _Item) -> _Cluster:
        c = _Cluster(item.m.type, item)
        self.clusters.append(c)
        self.by_type[c.type].append(c)
        if item.place_key is not None:
            self.by_place[(c.type, item.place_key)].append(c)
        self.join(c, item)
        return c

    def join(self, c: _Cluster, item: _Item) -> None:
        before, before_named = c.span, frozenset(c.named)
        c.add(item, self.source.get(item.m.doc, item.m.doc))
        if c.span is not None and c.span != before:
            self._index_dates(c)
        self.by_para[(c.type, item.m.doc, item.para)].append(c)
        c.paras.setdefault(item.m.doc, set()).add(item.para)
        for a in item.named - before_named:
            self.by_actor[(c.type, a)].append(c)
        if item.span is not None:
            self.dated_in_doc[(c.type, item.m.doc)].append(c)
        self.by_text.setdefault(item.copy_key, c)

    def _index_dates(self, c: _Cluster) -> None:
        s = c.span
        assert s is not None
        if s.days > _INDEX_DAYS:
            self.wide[c.type].append(c)
            return
        for k in range(s.days + 1):
            day = s.first + dt.timedelta(days=k)
            for place in (None, c.place_key):
                bucket = self.by_day[(c.type, day, place)]
                if c not in bucket:
                    bucket.append(c)

    def near(self, etype: str, span: _Span, place: object | None = None) -> list[_Cluster]:
        """Events of this type whose date lies near the span (the blocking step), at
        ``place`` when given, anywhere otherwise."""
        if span.days > _INDEX_DAYS:
            return [
                c
                for c in self.by_type[etype]
                if c.span is not None and (place is None or c.place_key == place)
            ]
        seen: dict[int, _Cluster] = {}
        for k in range(-1, span.days + 2):
            for c in self.by_day.get((etype, span.first + dt.timedelta(days=k), place), ()):
                seen[id(c)] = c
        for c in self.wide.get(etype, ()):
            if place is None or c.place_key == place:
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


def _place_dated(r: _Resolver, item: _Item) -> None:
    """Passes 1 and 2: join the best event this dated report fits, or start one."""
    assert item.span is not None
    copy = r.by_text.get(item.copy_key)
    if copy is not None:  # the same sentence in another article: a syndicated copy
        r.join(copy, item)
        return
    # a town joins only the same town's event
    place = item.place_key if item.level < _GENERAL and item.place_key is not None else None
    fits = [
        c
        for c in r.near(item.m.type, item.span, place)
        if _dates_fit(item, c)
        and _places_fit(item, c)
        and _actors_fit(item, c, False)
        and _targets_fit(item, c)
        and _kinds_fit(item, c)
        and (c.type != STATEMENT or c.speaker is not None)
    ]
    if item.m.place_basis == LIST_BASIS:
        fits = [c for c in fits if c.level >= _GENERAL]  # many towns: the wider picture
    if fits:
        r.join(max(fits, key=lambda c: _score(item, c)), item)
    else:
        r.new(item)


def _undated_fit(item: _Item, c: _Cluster, context: bool) -> bool:
    """An undated report stating a town joins only that town's event (no date
    vouches for a guess across places); a regional one joins any event inside."""
    if item.level < _GENERAL and c.place_key is not None and c.place_key != item.place_key:
        return False
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
    if item.level == _GENERAL and item.m.type in NATIONAL_TYPES and not item.named:
        # a country's decision of state is identified by its type and country: an
        # undated "imposing a state of emergency across the country" is the one dated
        # state of emergency there, when there is only one
        pool = r.by_place.get((item.m.type, item.place_key), [])
        same = [c for c in pool if c.span is not None]
    elif item.level < _GENERAL and item.m.type != OTHER:
        # the same town and the same named actors (or none named on either side)
        pool = r.by_place.get((item.m.type, item.place_key), [])
        same = [c for c in pool if bool(item.named & c.named) or not (item.named or c.named)]
    else:  # a region, a country or nowhere: only named actors identify the happening
        same = list(
            dict.fromkeys(c for a in item.named for c in r.by_actor.get((item.m.type, a), ()))
        )
    fits = [
        c
        for c in same
        if _undated_fit(item, c, False) and (c.type != STATEMENT or c.speaker is not None)
    ]
    salient = (item.level == _GENERAL and item.m.type in NATIONAL_TYPES) or (
        item.m.type == STATEMENT and item.speaker is not None
    )
    if len(fits) > 1 and salient:
        # "the increase in the price of gas", undated: the decision most outlets report
        # (the hike that set off the crisis, not its later reversal), when one stands out;
        # likewise an undated statement of a speaker who made several
        fits.sort(key=lambda c: -len(c.sources))
        if len(fits[0].sources) > len(fits[1].sources):
            fits = fits[:1]
    if len(fits) == 1:  # two fits are ambiguous
        r.join(fits[0], item)
        return
    if item.m.date_basis == REFERENCE_BASIS:
        return  # a reference back ("concerned about the clashes") to nothing found: no event
    r.new(item)


def _paragraph_starts(doc: Document | None) -> list[int]:
    """Offsets where each non-empty line (a paragraph, in news text) begins."""
    if doc is None:
        return [0]
    starts, pos = [], 0
    for line in doc.text.splitlines(keepends=True):
        if line.strip():
            starts.append(pos)
        pos += len(line)
    return starts or [0]


def independent_sources(docs: dict[str, Document], canon: dict[str, str]) -> dict[str, str]:
    """The independent source of each document: its outlet when one is known, else its
    copy group (its duplicate group's canonical copy). Copies share one source: the outlet
    of the canonical copy, else of the first copy that names one, so a group whose copies
    name their outlet unevenly still counts once; one outlet's pages count once."""
    group_outlet: dict[str, str] = {}
    for doc_id in sorted(docs, key=lambda d: (canon.get(d, d) != d, d)):  # canonicals first
        outlet = " ".join((docs[doc_id].outlet or "").split())
        if outlet:
            group_outlet.setdefault(canon.get(doc_id, doc_id), outlet)
    return {d: group_outlet.get(canon.get(d, d), canon.get(d, d)) for d in docs}


def _speaker_key(m: EventMention, named: list[str], index: EntityIndex) -> str | None:
    """A statement's speaker: the extraction's ``speaker`` (the reporting verb's subject,
    not whoever is asked or named), else, for readings made before it existed, the
    first named actor."""
    if m.type != STATEMENT:
        return None
    if m.speaker:
        if _is_named(m.speaker):
            return index.key(m.speaker)
        # "spokesman for Boris Johnson": a spokesperson speaks for the one named
        _, sep, principal = m.speaker.partition(" for ")
        if sep and _is_named(principal):
            return index.key(principal)
        # "a Russian-led military alliance", "the Kazakh leader": the one organisation or
        # leader the corpus calls so
        ent = index.described_as(m.speaker)
        return ent.id if ent is not None else None
    return named[0] if named else None


def _items(
    mentions: Iterable[EventMention], docs: dict[str, Document], index: EntityIndex
) -> list[_Item]:
    paras: dict[str, list[int]] = {}
    out = []
    for m in mentions:
        doc = docs.get(m.doc)
        pub = _published(doc)
        span = _mention_span(m)
        if _out_of_scope(span, pub):
            continue
        if m.doc not in paras:
            paras[m.doc] = _paragraph_starts(doc)
        named = [index.key(a) for a in m.actors if a and _is_named(a)]
        speaker = _speaker_key(m, named, index)
        if speaker is not None and speaker not in named:
            named.append(speaker)  # "a military alliance", attributed to the CSTO
        out.append(
            _Item(
                m=m,
                span=span,
                named=frozenset(named),
                speaker=speaker,
                level=_place_level(m),
                place_key=_place_key(m),
                para=bisect.bisect_right(paras[m.doc], m.start) - 1,
                pub=pub,
                text_key=" ".join(nm.folded(m.text).split()),
                target=_target_words(m),
            )
        )
    return out


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
    items = _items(mentions, docs, index)
    source_of = independent_sources(docs, canon)
    source = {i.m.doc: source_of.get(i.m.doc, i.m.doc) for i in items}
    r = _Resolver(source)
    dated = sorted(
        (i for i in items if i.span is not None),
        key=lambda i: (i.level, not i.span.precise, i.span.days, i.span.first, i.m.doc, i.m.start),
    )  # type: ignore[union-attr]
    for item in dated:
        _place_dated(r, item)
    undated = sorted(
        (i for i in items if i.span is None), key=lambda i: (i.level, i.m.doc, i.m.start)
    )
    for item in undated:
        _place_undated(r, item)

    clusters = [
        c for c in _fold_into_riots(_merge_continuing(r.clusters, index)) if not _aggregate_toll(c)
    ]
    killed: dict[str, list[FigureClaim]] = defaultdict(list)
    for f in figures:
        if f.measure == "killed":
            killed[f.doc].append(f)
    per_sentence = Counter((i.m.doc, i.m.start) for i in items)
    return tuple(
        _to_event(c, n, docs, source_of, killed, index, per_sentence)
        for n, c in enumerate(clusters)
    )


# A force sent into a country stays there: reports on successive days ("troops were
# sent", "troops are being transferred", "troops finished deploying") tell one
# deployment, which ACLED codes once for the country, not one per day of reporting.
CONTINUING_TYPES = frozenset({"deployment"})
CONTINUING_GAP_DAYS = 3
# Protests told for a whole country ("protests spread across the country", "protests are
# ongoing in at least seventeen cities") on days close together are one wave of protest,
# however many reports tell it; a town's protest stays the town's own event. So are
# arrests told for a whole country on close days ("hundreds detained", "more than 1,000
# have been detained since Sunday"): one campaign of arrests, not one per report.
WAVE_TYPES = frozenset({"protest", "arrest"})
WAVE_DAYS = 10  # the longest a wave runs; an undated report's week-long window fits in it


def _country_of(c: _Cluster) -> str | None:
    ref = c.seed.m.place_ref
    return ref.country_code if ref is not None and ref.feature == "country" else None


def _window(c: _Cluster) -> _Span | None:
    return c.span or _reported_by(c)


def _in_country(c: _Cluster) -> str | None:
    ref = c.seed.m.place_ref
    return ref.country_code if ref is not None else None


def _continues(a: _Cluster, b: _Cluster, index: EntityIndex) -> bool:
    """Same continuing type, the host ``a`` told at the level of a country and ``b``
    in that country (a force seen in one of its towns is the force sent into it), no
    disjoint named actors, and dates no more than a few days apart (an undated report's
    week before publication counts as its date)."""
    if a.type != b.type or _country_of(a) is None:
        return False
    if a.type in CONTINUING_TYPES:
        if _country_of(a) != _in_country(b):
            return False
    elif a.type not in WAVE_TYPES or _country_of(a) != _country_of(b):
        return False
    wa, wb = _actor_words(a, index), _actor_words(b, index)
    if wa and wb and not wa & wb:  # "Russian airborne forces" and "Russian forces" agree
        return False
    sa, sb = _window(a), _window(b)
    if sa is None or sb is None:
        return False
    gap = max((sb.first - sa.last).days, (sa.first - sb.last).days)
    if a.type in WAVE_TYPES and (max(sa.last, sb.last) - min(sa.first, sb.first)).days > WAVE_DAYS:
        return False  # days of protest are a wave; months of it are many (a timeline)
    return gap <= CONTINUING_GAP_DAYS


# Violence told only for a whole country over days ("over the past week, dozens were
# killed in clashes"; "the official numbers include 17 dead") is a tally of events
# reported elsewhere, not a happening with a place and a day (ACLED codes none).
TOLL_TYPES = frozenset({"killing", "riot", "clash"})
TOLL_MIN_DAYS = 3


def _aggregate_toll(c: _Cluster) -> bool:
    if c.type not in TOLL_TYPES or c.level < _GENERAL or _country_of(c) is None:
        return False
    if any(i.span is not None and i.span.days == 0 for i in c.items):
        return False  # some report gives it a day
    # an undated report is not a toll: it may be a happening whose place went unsaid
    return c.span is not None and c.span.precise and c.span.days >= TOLL_MIN_DAYS


def _absorb(host: _Cluster, c: _Cluster) -> None:
    """Move every report of ``c`` into ``host`` (its span is the caller's business)."""
    for item in c.items:
        host.items.append(item)
        host.named |= item.named
        if item.target and item.target not in host.targets:
            host.targets.append(item.target)
    host.sources |= c.sources
    for doc, paras in c.paras.items():
        host.paras.setdefault(doc, set()).update(paras)


def _fold_into_riots(clusters: list[_Cluster]) -> list[_Cluster]:
    """A demonstration that turns violent in a town on a day is one riot there (ACLED
    codes the location-day once, as the most violent form): fold a town's protest into
    the riot of the same town and day. Country-wide protests stay: they span many
    towns where no riot happened."""
    riots: dict[object, list[_Cluster]] = defaultdict(list)  # by town: no all-pairs scan
    for c in clusters:
        if c.type == "riot" and c.level < _GENERAL and c.span:
            riots[c.place_key].append(c)
    out: list[_Cluster] = []
    for c in clusters:
        host = None
        if c.type == "protest" and c.level < _GENERAL and c.span is not None:
            host = next(
                (
                    h
                    for h in riots.get(c.place_key, ())
                    if h.span is not None
                    and h.span.first <= c.span.last
                    and c.span.first <= h.span.last
                    and (c.span.days <= MAX_NESTED_SPAN_DAYS or c.span == h.span)
                ),
                None,
            )
        if host is None:
            out.append(c)
        else:
            _absorb(host, c)
    return out


def _actor_words(c: _Cluster, index: EntityIndex) -> set[str]:
    """The words of a cluster's named forces: generic force words and people left out
    (the leader who orders a deployment is not the force: "Putin deployed paratroopers"
    and "CSTO troops arrived" tell one deployment)."""
    generic = {nm.folded(w) for g in (*_GENERIC_ACTORS, "airborne the") for w in g.split()}
    names = {
        a
        for i in c.items
        for a in i.m.actors
        if a and _is_named(a) and getattr(index.lookup(a), "type", None) != "PERSON"
    }
    return {w for a in names for w in nm.folded(a).split() if w not in generic}


def _merge_continuing(clusters: list[_Cluster], index: EntityIndex) -> list[_Cluster]:
    """Fold the clusters of a continuing happening into the earliest country-level one,
    which then spans from the first to the last stated day and keeps the country as
    its place."""
    out: list[_Cluster] = []
    hosts: dict[tuple[str, str], list[_Cluster]] = defaultdict(list)  # by type and country
    # country-level events first, so that they host the reports from their towns
    for c in sorted(clusters, key=lambda c: _country_of(c) is None):
        country = _in_country(c)
        host = None
        if country is not None and c.type in CONTINUING_TYPES | WAVE_TYPES:
            pool = hosts.get((c.type, country), ())
            host = next((h for h in pool if _continues(h, c, index)), None)
        if host is None:
            out.append(c)
            if (own := _country_of(c)) is not None:
                hosts[(c.type, own)].append(c)
            continue
        spans = [s for s in (host.span, c.span) if s is not None]
        _absorb(host, c)
        if spans:
            first = min(s.first for s in spans)
            last = max(s.last for s in spans)
            host.span = _Span(first, last, precise=all(s.precise for s in spans))
    return out


def _cluster_place(c: _Cluster, source: dict[str, str]) -> tuple[str | None, Place | None]:
    """The event's place: the most specific level any report gives; among reports at
    that level, the place most independent sources state (then the most specific)."""
    placed = [i for i in c.items if i.place_key is not None]
    if not placed:
        return None, None
    if c.type in CONTINUING_TYPES and _country_of(c) is not None:
        return c.seed.m.place, c.seed.m.place_ref  # a force sent into a country
    best = (
        min(i.level for i in placed if i.span is not None)
        if any(i.span is not None for i in placed)
        else min(i.level for i in placed)
    )
    votes: dict[object, set[str]] = defaultdict(set)
    first: dict[object, _Item] = {}
    for i in placed:
        if i.level == best:
            votes[i.place_key].add(source.get(i.m.doc, i.m.doc))
            first.setdefault(i.place_key, i)
    key = min(
        votes,
        key=lambda k: (
            -len(votes[k]),
            first[k].m.place_ref.precision if first[k].m.place_ref else 9,
            first[k] is not c.seed,
        ),
    )
    return first[key].m.place, first[key].m.place_ref


def _precision(span: _Span | None) -> int:
    if span is None:
        return 3
    if span.days == 0 and span.precise:
        return 1
    return 2 if span.days <= 7 else 3


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


def _date_value(span: _Span | None) -> str | None:
    if span is None:
        return None
    if span.days == 0:
        return span.first.isoformat()
    return f"{span.first.isoformat()}/{span.last.isoformat()}"


def _description(c: _Cluster, per_sentence: Counter[tuple[str, int]]) -> str:
    """The report that best states this happening, trimmed at a word boundary (never
    invented). Points for a stated date, a stated place and a trigger in the first part
    of the sentence (where news puts its main clause: "On January 5, Toqaev sacked the
    government", not "dissatisfied with the announcement that the government would be
    sacked, protesters ..."), less one for every other happening the sentence reports;
    then the most actors."""

    def score(i: _Item) -> tuple[int, int, int, int]:
        m = i.m
        stated = (m.date_basis in (None, "sentence") and bool(m.date)) + (i.level == _STATED)
        at = m.text.find(m.trigger)
        early = 0 <= at <= DESCRIPTION_EARLY * len(m.text)
        return (
            stated + early - (per_sentence[(m.doc, m.start)] - 1),
            len(m.actors),
            -abs(len(m.text.split()) - 30),
            -m.start,
        )

    # a sentence that only refers back to the happening ("exasperated by the increase in
    # the price of gas") does not describe it when one that reports it exists
    pool = [i for i in c.items if i.m.date_basis != REFERENCE_BASIS] or c.items
    text = " ".join(max(pool, key=score).m.text.split())
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


def _display(name: str | None, index: EntityIndex) -> str | None:
    """A name as its resolved entity's canonical form, so variants read as one; a
    description the corpus attributes to one organisation ("a military alliance") as that
    organisation's name."""
    ent = index.lookup(name)
    if ent is None and name and name.split()[0].lower() in {"a", "an", "the"}:
        ent = index.described_as(name)
    return ent.canonical if ent else name


def _display_place(name: str | None, index: EntityIndex) -> str | None:
    """A place name as its place entity's canonical form; a person or organisation that
    shares the name ("Mubarak") never renames a place."""
    ent = index.lookup(name)
    return ent.canonical if ent is not None and ent.type in ("GPE", "LOC") else name


def _to_event(
    c: _Cluster,
    n: int,
    docs: dict[str, Document],
    source_of: dict[str, str],
    killed: dict[str, list[FigureClaim]],
    index: EntityIndex,
    per_sentence: Counter[tuple[str, int]],
) -> Event:
    ms = [i.m for i in c.items]
    source = {m.doc: source_of.get(m.doc, m.doc) for m in ms}
    place_name, place_ref = _cluster_place(c, source)
    target, town = _target(c), None
    if place_ref is not None and is_airport(target):
        airport = town_airport(place_ref)
        if airport is not None:
            town = _display_place(place_name, index)
            place_name, place_ref = airport.name, airport
    reports = tuple(
        EventReport(
            m.doc, m.start, m.end, m.text, m.id, docs[m.doc].outlet if m.doc in docs else None
        )
        for m in sorted(ms, key=lambda m: (m.doc, m.start))
    )
    sources = tuple(sorted(set(source.values())))
    actors = Counter(_display(a, index) for m in ms for a in m.actors if a)
    subs = Counter((m.acled_event_type, m.acled_sub_event_type) for m in ms)
    acled, sub = subs.most_common(1)[0][0]
    span = c.span or _reported_on(c)
    return Event(
        id=f"EV{n + 1}",
        type=c.type,
        acled_event_type=acled,
        acled_sub_event_type=sub,
        date=_date_value(span),
        time_precision=_precision(span),
        place=_display_place(place_name, index),
        place_ref=place_ref,
        actors=tuple(a for a, _ in actors.most_common()),
        description=_description(c, per_sentence),
        reports=reports,
        sources=sources,
        corroboration=len(sources),
        fatalities=_fatalities(ms, killed),
        target=target,
        town=town,
    )


def _target(c: _Cluster) -> str | None:
    """The site as its fullest report names it ("former presidential residence")."""
    named = [i.m.target for i in c.items if i.m.target]
    return max(named, key=lambda t: (len(t.split()), t)) if named else None
