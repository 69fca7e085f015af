"""What a resolve changed: new events, events with new reports, figures revised, conflicts
opened or settled, recorded per run so that "what changed since run N (or a date)" is a
query, as ACLED's weekly updates list what is new since the last one.

Why diff at write time: resolution numbers its records afresh each time (EV1, G1, C1), so
an id means nothing across runs. Each record is compared by what it is instead: an event
by the reports (mention ids) it gathers, a claim group by its measure, side and place, a
conflict by its kind, measure and the claim group it is about. Each change row carries a
snapshot of what it describes, so it reads the same after later runs renumber.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sitrep.records import ClaimGroup, Conflict, Event, to_dict
from sitrep.store import codec

# kinds of change, in the order a reader wants them
NEW_EVENT = "event_new"
EVENT_REPORTED = "event_reported"  # an event with reports it did not have
FIGURE_NEW = "figure_new"  # a claim group (a measure, side and place) not counted before
FIGURE_REVISED = "figure_revised"  # its best estimate moved
CONFLICT_OPENED = "conflict_opened"
CONFLICT_SETTLED = "conflict_settled"
KINDS = (NEW_EVENT, EVENT_REPORTED, FIGURE_NEW, FIGURE_REVISED, CONFLICT_OPENED, CONFLICT_SETTLED)


@dataclass(frozen=True, slots=True)
class Change:
    kind: str
    key: str  # what it is about, stable across runs
    summary: str  # one line for a person
    data: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Before:
    """The parts of the stored resolution a diff needs."""

    mentions: dict[str, int]  # event mention id -> the corroboration of its event
    groups: dict[str, tuple[float | None, float | None, int]]  # key -> low, high, figures
    conflicts: dict[str, str]  # key -> about

    @property
    def empty(self) -> bool:
        return not (self.mentions or self.groups or self.conflicts)


def group_key(g: ClaimGroup | dict[str, Any]) -> str:
    get = g.get if isinstance(g, dict) else lambda k: getattr(g, k)
    return f"{get('measure')}|{get('group') or ''}|{get('place') or ''}"


def _conflict_key(c: Conflict, group_of_figure: dict[str, str]) -> str:
    groups = sorted({group_of_figure.get(f, "") for f in c.figures})
    return f"{c.kind}|{c.measure}|{','.join(groups)}"


def before(
    conn: sqlite3.Connection,
    events: Iterable[str] | None = None,
    measures: Iterable[str] | None = None,
) -> Before:
    """Read what the store holds now (inside the writing transaction): all of it, or the
    ``events`` (ids) and the claim groups and conflicts of ``measures`` about to be
    replaced."""
    mention_sql = (
        "SELECT r.mention, e.corroboration FROM event_reports r JOIN events e ON e.id = r.event"
    )
    group_sql, conflict_sql = "SELECT data FROM claim_groups", "SELECT data FROM conflicts"
    mention_params: tuple[str, ...] = ()
    measure_params: tuple[str, ...] = ()
    if events is not None:
        mention_sql += " WHERE r.event IN (SELECT value FROM json_each(?))"
        mention_params = (json.dumps(sorted(events)),)
    if measures is not None:
        where = " WHERE measure IN (SELECT value FROM json_each(?))"
        group_sql, conflict_sql = group_sql + where, conflict_sql + where
        measure_params = (json.dumps(sorted(measures)),)
    mentions = {m: int(c or 0) for m, c in conn.execute(mention_sql, mention_params)}
    groups: dict[str, tuple[float | None, float | None, int]] = {}
    group_of_figure: dict[str, str] = {}
    for (data,) in conn.execute(group_sql, measure_params):
        g = codec.loads(data)
        key = group_key(g)
        groups[key] = (g.get("low"), g.get("high"), len(g.get("figures") or ()))
        group_of_figure.update({f: key for f in g.get("figures") or ()})
    conflicts = {}
    for (data,) in conn.execute(conflict_sql, measure_params):
        c = codec.loads(data)
        conflict = Conflict(c["id"], c["about"], c["kind"], tuple(c["figures"]), c["measure"])
        conflicts[_conflict_key(conflict, group_of_figure)] = conflict.about
    return Before(mentions, groups, conflicts)


def _range(low: float | None, high: float | None) -> str:
    def num(x: float | None) -> str:
        return "?" if x is None else f"{x:,.0f}"

    return num(low) if low == high else f"{num(low)}-{num(high)}"


def diff(old: Before, resolution: Any, *, initial: bool | None = None) -> list[Change]:
    """The changes from ``old`` to ``resolution``. Nothing for the ``initial`` resolution
    of a store (by default: when ``old`` is empty), which is all new."""
    if old.empty if initial is None else initial:
        return []
    out: list[Change] = []
    for e in resolution.events:
        out.extend(_event_change(old, e))
    group_of_figure: dict[str, str] = {}
    for g in resolution.claim_groups:
        key = group_key(g)
        group_of_figure.update({f: key for f in g.figures})
        snapshot = {**to_dict(g), "key": key}
        label = f"{g.measure.replace('_', ' ')} ({', '.join(x for x in (g.group, g.place) if x)})"
        if key not in old.groups:
            out.append(Change(FIGURE_NEW, key, f"{label}: {_range(g.low, g.high)}", snapshot))
            continue
        low, high, n = old.groups[key]
        if (low, high) != (g.low, g.high):
            out.append(
                Change(
                    FIGURE_REVISED,
                    key,
                    f"{label}: {_range(low, high)} -> {_range(g.low, g.high)}",
                    {**snapshot, "before": {"low": low, "high": high, "figures": n}},
                )
            )
    now: set[str] = set()
    for c in resolution.conflicts:
        key = _conflict_key(c, group_of_figure)
        now.add(key)
        if key not in old.conflicts:
            snapshot = {**to_dict(c), "conflict_kind": c.kind}
            snapshot.pop("kind")
            out.append(Change(CONFLICT_OPENED, key, c.about, snapshot))
    for key, about in old.conflicts.items():
        if key not in now:
            out.append(Change(CONFLICT_SETTLED, key, about, {"about": about}))
    return out


def _event_change(old: Before, e: Event) -> Iterable[Change]:
    ids = [r.mention_id for r in e.reports]
    known = [m for m in ids if m in old.mentions]
    label = f"{e.type.replace('_', ' ')} {e.date or 'undated'}{', ' + e.place if e.place else ''}"
    snapshot = {
        "type": e.type,
        "date": e.date,
        "place": e.place,
        "description": e.description,
        "corroboration": e.corroboration,
        "mention": min(ids) if ids else None,
        "reports": len(ids),
    }
    if not known:
        yield Change(NEW_EVENT, snapshot["mention"] or e.id, label, snapshot)
        return
    added = len(ids) - len(known)
    if added:
        was = max(old.mentions[m] for m in known)
        more = f"{added} new report{'s' if added > 1 else ''}"
        sources = f"; {was} -> {e.corroboration} sources" if was != e.corroboration else ""
        yield Change(
            EVENT_REPORTED,
            min(known),
            f"{label}: {more}{sources}",
            {**snapshot, "new_reports": added, "corroboration_before": was},
        )


def record(conn: sqlite3.Connection, run: int, changes: Iterable[Change]) -> int:
    rows = [(run, c.kind, c.key, c.summary, json.dumps(c.data)) for c in changes]
    conn.executemany("INSERT INTO changes (run, kind, key, summary, data) VALUES (?,?,?,?,?)", rows)
    return len(rows)
