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

Fighting a sentence places in a whole country over days ("fighting continues in Sudan
for a fifth day") is the country's war, never a town's battle. After the passes,
continuing happenings and a country's war fold into one event (continuing.py), a town's
event into the same happening at the one site in it (sites.py), and a statement whose
speaker goes unnamed into the named one next to it in its article (unnamed.py).

A statement is identified by who makes it: statements merge only when the same
speaker speaks on a compatible date (the next morning's report dated by its
publication included), wherever the article is placed, and a statement with no named
speaker never absorbs others. A sentence copied into another outlet (runs of ten words
over half of it) is the report it copies. Mentions are blocked by type and, for dated
ones, by day (a region's or country's report also by the places it can fit, a statement
by its speaker), so each is compared with the few events near its date, not with every
other mention.
Sources are independent outlets: copies in one duplicate group and articles of
one outlet count once.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from sitrep.records import (
    REFERENCE_BASIS,
    Document,
    DuplicateGroup,
    Event,
    EventMention,
    FigureClaim,
)
from sitrep.resolve.entities import EntityIndex
from sitrep.resolve.events.continuing import _aggregate_toll, _fold_into_riots, _merge_continuing
from sitrep.resolve.events.copies import align_copies, align_quoted
from sitrep.resolve.events.corroboration import independent_sources
from sitrep.resolve.events.foreign import place_at_home
from sitrep.resolve.events.items import _items
from sitrep.resolve.events.merging import _place_dated, _place_undated, _Resolver
from sitrep.resolve.events.output import _to_event
from sitrep.resolve.events.sites import _fold_town_into_site
from sitrep.resolve.events.towns import _fold_into_town
from sitrep.resolve.events.unnamed import _fold_unnamed_statements

__all__ = ["independent_sources", "resolve_events"]


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
    # a foreign outlet's article, placed at home
    mentions = place_at_home(mentions, docs)
    items = align_quoted(align_copies(_items(mentions, docs, index), docs, canon))
    source_of = independent_sources(docs, canon)
    source = {i.m.doc: source_of.get(i.m.doc, i.m.doc) for i in items}
    r = _Resolver(source)
    # a reference to a happening told elsewhere ("condemned Friday's attack") comes after
    # the reports that tell it: it joins their event and never starts one
    dated = sorted(
        (i for i in items if i.span is not None),
        key=lambda i: (
            i.m.date_basis == REFERENCE_BASIS,
            i.level,
            not i.span.precise,  # type: ignore[union-attr]
            i.span.days,  # type: ignore[union-attr]
            i.span.first,  # type: ignore[union-attr]
            i.m.doc,
            i.m.start,
        ),
    )
    for item in dated:
        _place_dated(r, item)
    undated = sorted(
        (i for i in items if i.span is None), key=lambda i: (i.level, i.m.doc, i.m.start)
    )
    for item in undated:
        _place_undated(r, item)

    merged = _fold_town_into_site(_fold_into_riots(_merge_continuing(r.clusters, index)))
    merged = _fold_unnamed_statements(merged)
    clusters = _fold_into_town([c for c in merged if not _aggregate_toll(c)])
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
