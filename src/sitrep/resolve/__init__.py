"""Cross-document resolution: entities, events, claim groups and conflicts.

Why one entry point: the stages depend on each other in one direction —
entities first (events compare actors and claims compare places through
them), then events and claims — and the caller only needs the result.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sitrep.records import (
    ClaimGroup,
    Conflict,
    Document,
    DocumentReading,
    DuplicateGroup,
    Entity,
    Event,
    FigureApart,
    KeyDay,
)
from sitrep.resolve.claims import reconcile
from sitrep.resolve.entities import EntityIndex, resolve_entities
from sitrep.resolve.events import relevance, resolve_events, salience
from sitrep.resolve.events.disasters import attach_tolls
from sitrep.resolve.timeline import timeline

__all__ = ["Resolution", "resolve_all", "timeline"]


@dataclass(frozen=True, slots=True)
class Resolution:
    """Everything resolution produces, ready for the store and the export."""

    entities: tuple[Entity, ...]
    events: tuple[Event, ...]  # timeline order
    claim_groups: tuple[ClaimGroup, ...]
    conflicts: tuple[Conflict, ...]
    # figures kept out of the groups and conflicts: another story's, or a reader's comment
    figures_apart: tuple[FigureApart, ...] = ()
    index: EntityIndex | None = None  # alias -> entity lookup, for callers that map names
    days: tuple[KeyDay, ...] = ()  # the days the pile puts first, best first

    def entity_for(self, name: str | None) -> Entity | None:
        """The resolved entity a name (any alias or variant) refers to, if any."""
        return self.index.lookup(name) if self.index else None


def resolve_all(
    documents: Sequence[Document],
    groups: Sequence[DuplicateGroup],
    readings: Sequence[DocumentReading],
    about: str | None = None,
) -> Resolution:
    """Resolve per-document readings into corpus-level entities, events and conflicts;
    ``about`` is the corpus's one line on its crisis (``sitrep run --about``), if any."""
    index = resolve_entities(readings)
    figures = [f for r in readings for f in r.figures]
    events = resolve_events(
        (m for r in readings for m in r.events), documents, groups, index, figures
    )
    events = relevance.score_events(events, documents, readings, index, about)
    recon = reconcile(figures, index, documents, readings, about)
    apart = (a.figure for a in recon.apart)
    events = attach_tolls(events, figures, recon.groups, documents, apart)
    canon = {m: g.canonical for g in groups for m in g.members}
    events = salience.score_events(events, canon)
    days = salience.key_days(events, readings, documents, canon)
    return Resolution(
        entities=index.entities,
        events=tuple(timeline(events)),
        claim_groups=recon.groups,
        conflicts=recon.conflicts,
        figures_apart=recon.apart,
        index=index,
        days=days,
    )
