"""Filters for an export held in memory: narrow it without changing its shape.

A store is filtered in SQL by the query layer (``sitrep.store.query.EventFilter``); these
functions apply the same filter, with the same date semantics, to an export dict, so the
app shows the same records whichever it is serving.
"""

from __future__ import annotations

from typing import Any

from sitrep.store.query import EventFilter, date_span

# the filter the query layer applies in SQL, applied here to an export held in memory
ReportFilter = EventFilter


def _span(date: str | None) -> tuple[str, str] | None:
    """First and last day of a date or an "A/B" span, as the store's query compares them."""
    first, last = date_span(date)
    return (first, last) if first and last else None


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
