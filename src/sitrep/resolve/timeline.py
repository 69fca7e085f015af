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
