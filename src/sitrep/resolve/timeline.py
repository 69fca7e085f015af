"""Ordering events for the timeline.

Why a separate step: resolution returns events in the order they were built;
readers want them by date, the most precise first on a shared day, and the
undated ones last rather than silently dropped.
"""

from __future__ import annotations

from collections.abc import Iterable

from sitrep.records import Event


def _sort_key(e: Event) -> tuple[int, str, int, str, str]:
    if not e.date:
        return (1, "", e.time_precision, e.type, e.id)
    first, _, last = e.date.partition("/")
    return (0, first, e.time_precision, last or first, e.id)


def timeline(events: Iterable[Event]) -> list[Event]:
    """Events by first day (then precision, then last day); undated events last."""
    return sorted(events, key=_sort_key)


def split_undated(events: Iterable[Event]) -> tuple[list[Event], list[Event]]:
    """Dated events in timeline order, and apart from them the events whose date no
    report gives (ACLED drops such reports; a situation report lists them as
    "date unknown" instead of hiding them or inventing a window)."""
    ordered = timeline(events)
    return [e for e in ordered if e.date], [e for e in ordered if not e.date]
