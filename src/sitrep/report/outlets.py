"""Outlet views: what each outlet reported, and where its figures disagree with the others'.

Articles with no outlet are one bucket ("outlet unknown"): they cannot be told apart by outlet,
and corroboration already counts them by copy group (see the timeline's badges).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sitrep.report.view import (
    ConflictView,
    DocView,
    EventView,
    FigureView,
    ReportView,
    anchor,
)

UNKNOWN = "Outlet unknown"
# Conflict kinds that are a disagreement between sources (growth and scope are not)
DISAGREEING = frozenset({"disagreement"})


@dataclass(frozen=True, slots=True)
class Disagreement:
    conflict: ConflictView
    own: tuple[FigureView, ...]  # this outlet's claims in the conflict
    others: tuple[FigureView, ...]  # the other sources' claims


@dataclass(frozen=True, slots=True)
class OutletView:
    name: str
    anchor: str
    known: bool
    documents: tuple[DocView, ...]  # its articles (copies not repeated)
    events: tuple[EventView, ...]  # the events it reported, most salient first
    only_here: frozenset[str]  # anchors of the events no other source reports
    figures: tuple[FigureView, ...]
    disagreements: tuple[Disagreement, ...]


def _outlet(outlet: str | None) -> str:
    return outlet or UNKNOWN


def outlet_views(view: ReportView) -> tuple[OutletView, ...]:
    """One view per outlet (most articles first), the unknown bucket last."""
    docs_by: dict[str, list[DocView]] = defaultdict(list)
    outlet_of: dict[str, str] = {}
    for d in view.documents:
        outlet_of[d.id] = _outlet(d.outlet)
        if not d.duplicate_of:
            docs_by[_outlet(d.outlet)].append(d)
    every = [*view.events, *view.background_events, *view.undated_events]
    events_by: dict[str, list[EventView]] = defaultdict(list)
    only_by: dict[str, list[EventView]] = defaultdict(list)
    for e in sorted(every, key=lambda e: (-e.weight, e.date or "9999", e.id)):
        names = {outlet_of.get(doc, UNKNOWN) for doc in e.docs}
        for name in names:
            events_by[name].append(e)
        if len(names) == 1 and UNKNOWN not in names:
            only_by[next(iter(names))].append(e)
    figures_by: dict[str, list[FigureView]] = defaultdict(list)
    for f in [*(f for _, gs in view.measures for g in gs for f in g.figures), *view.ungrouped]:
        figures_by[_outlet(f.outlet)].append(f)
    disagreements_by: dict[str, list[Disagreement]] = defaultdict(list)
    for c in view.conflicts:
        if c.kind not in DISAGREEING:
            continue
        names = {_outlet(f.outlet) for f in c.figures}
        for name in names:
            own = tuple(f for f in c.figures if _outlet(f.outlet) == name)
            others = tuple(f for f in c.figures if _outlet(f.outlet) != name)
            if others or name == UNKNOWN:
                disagreements_by[name].append(Disagreement(c, own, others))
    names = sorted(set(docs_by) | set(events_by), key=lambda n: (n == UNKNOWN, -len(docs_by[n]), n))
    return tuple(
        OutletView(
            name=n,
            anchor=anchor_of_outlet(n),
            known=n != UNKNOWN,
            documents=tuple(docs_by[n]),
            events=tuple(events_by[n]),
            only_here=frozenset(e.anchor for e in only_by[n]),
            figures=tuple(figures_by[n]),
            disagreements=tuple(disagreements_by[n]),
        )
        for n in names
    )


# The matrix of who reported what stays readable: at most this many source columns (the
# sources reporting the most events; the rest are counted in one column) and event rows (the
# most salient, in date order; every event is in the timeline)
MATRIX_COLUMNS = 12
MATRIX_ROWS = 80


@dataclass(frozen=True, slots=True)
class MatrixRow:
    event: EventView
    hits: tuple[bool, ...]
    others: int  # sources outside the shown columns


@dataclass(frozen=True, slots=True)
class Matrix:
    columns: tuple[str, ...]  # sources: an outlet, or an article (and its copies)
    rows: tuple[MatrixRow, ...]
    events: int  # all events
    sources: int  # all sources


def source_matrix(view: ReportView) -> Matrix:
    """Sources x events, bounded in both directions (see MATRIX_COLUMNS, MATRIX_ROWS)."""
    every = [*view.events, *view.background_events, *view.undated_events]
    counts: dict[str, int] = defaultdict(int)
    for e in every:
        for s in e.sources:
            counts[s] += 1
    columns = tuple(sorted(counts, key=lambda s: (-counts[s], s))[:MATRIX_COLUMNS])
    shown = set(columns)
    top = sorted(every, key=lambda e: (-e.weight, e.date or "9999", e.id))[:MATRIX_ROWS]
    rows = tuple(
        MatrixRow(
            event=e,
            hits=tuple(c in e.sources for c in columns),
            others=sum(1 for s in e.sources if s not in shown),
        )
        for e in sorted(top, key=lambda e: (e.date or "9999", e.id))
    )
    return Matrix(columns=columns, rows=rows, events=len(every), sources=len(counts))


def anchor_of_outlet(name: str) -> str:
    return anchor("outlet", name)
