"""Filters for the live views: narrow an export without changing its shape.

Why filter the export rather than query the store per view: the static report and the app render
the same view model from the same export shape, so a filtered export shows exactly what the
report would show for that subset, and the JSON API returns the same records the pages display.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class ReportFilter:
    """What the user narrowed the views to; empty fields do not filter."""

    date_from: str | None = None  # YYYY-MM-DD, inclusive
    date_to: str | None = None  # YYYY-MM-DD, inclusive
    type: str | None = None  # event type
    place: str | None = None  # event place (case-insensitive)
    source: str | None = None  # document id
    corroborated: bool = False  # only events with two or more independent sources

    def active(self) -> bool:
        return any(
            (self.date_from, self.date_to, self.type, self.place, self.source, self.corroborated)
        )

    def as_query(self) -> dict[str, str]:
        out = {
            "date_from": self.date_from or "",
            "date_to": self.date_to or "",
            "type": self.type or "",
            "place": self.place or "",
            "source": self.source or "",
            "corroborated": "1" if self.corroborated else "",
        }
        return out


def _span(date: str | None) -> tuple[str, str] | None:
    """First and last day of a date or an "A/B" span (YYYY-MM-DD compare as strings)."""
    if not date:
        return None
    first, _, last = date.partition("/")
    return first, last or first


def _in_range(date: str | None, f: ReportFilter) -> bool:
    span = _span(date)
    if span is None:
        return not (f.date_from or f.date_to)
    first, last = span
    return (not f.date_from or last >= f.date_from) and (not f.date_to or first <= f.date_to)


def event_matches(event: dict[str, Any], f: ReportFilter) -> bool:
    if not _in_range(event.get("date"), f):
        return False
    if f.type and event.get("type") != f.type:
        return False
    if f.place and (event.get("place") or "").casefold() != f.place.casefold():
        return False
    if f.source and f.source not in {m.get("doc") for m in event.get("mentions") or []}:
        return False
    return not (f.corroborated and int(event.get("corroboration") or 0) < 2)


def filter_export(export: dict[str, Any], f: ReportFilter) -> dict[str, Any]:
    """The export restricted to ``f``: events by every field; figures by source and as-of date;
    quotes and documents by source. Claim groups and conflicts keep only surviving figures."""
    if not f.active():
        return export
    events = [e for e in export.get("events") or [] if event_matches(e, f)]
    figures = [
        x
        for x in export.get("figures") or []
        if (not f.source or x.get("doc") == f.source)
        and (not x.get("as_of") or _in_range(x.get("as_of"), f))
    ]
    kept = {x["id"] for x in figures}
    groups = [
        {**g, "figures": [i for i in g.get("figures") or [] if i in kept]}
        for g in export.get("claim_groups") or []
    ]
    conflicts = [
        {**c, "figures": [i for i in c.get("figures") or [] if i in kept]}
        for c in export.get("conflicts") or []
    ]
    series = [
        {**c, "figures": [i for i in c.get("figures") or [] if i in kept]}
        for c in export.get("series") or []
    ]
    return {
        **export,
        "events": events,
        "figures": figures,
        "claim_groups": [g for g in groups if g["figures"]],
        "conflicts": [c for c in conflicts if len(c["figures"]) >= 2],
        "series": [c for c in series if len(c["figures"]) >= 2],
        "quotes": [
            q for q in export.get("quotes") or [] if not f.source or q.get("doc") == f.source
        ],
        "documents": [
            d for d in export.get("documents") or [] if not f.source or d.get("id") == f.source
        ],
    }
