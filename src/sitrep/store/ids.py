"""Event ids that stay put when the store is resolved again (a re-run, an upload).

Why: resolution numbers its events afresh (EV1, EV2, ... in timeline order), so after a
resolve "EV1204" named another event than before and every link to an event page, and every
id a client kept from the API, went stale. Before new events are written, each takes the
id of the stored event it shares the most reports (mention ids) with; one stored id goes to
one new event at most (the largest overlap first), and an event with no stored predecessor
gets a number above every stored one. A store with no events keeps the resolver's ids.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import replace

from sitrep.records import Event

PREFIX = "EV"


def next_event_number(conn: sqlite3.Connection) -> int:
    """One more than the highest EV number the store holds (1 for none)."""
    row = conn.execute(
        f"SELECT max(CAST(substr(id, {len(PREFIX) + 1}) AS INTEGER)) FROM events WHERE id GLOB ?",
        (PREFIX + "[0-9]*",),
    ).fetchone()
    return int(row[0] or 0) + 1


def carry_event_ids(
    conn: sqlite3.Connection,
    events: Sequence[Event],
    first: int,
    replaced: Collection[str] | None = None,
) -> list[Event]:
    """``events`` with the ids of the stored events they continue (read from the
    store's mention -> event table before the stored events are replaced; only ids in
    ``replaced`` when given: the events an update deletes); the others numbered from
    ``first`` in their order."""
    mentions = sorted({r.mention_id for e in events for r in e.reports})
    owner: dict[str, str] = {}
    if mentions:
        owner = dict(
            conn.execute(
                "SELECT mention, event FROM event_reports "
                "WHERE mention IN (SELECT value FROM json_each(?))",
                (json.dumps(mentions),),
            ).fetchall()
        )
    shared: Counter[tuple[int, str]] = Counter()
    for n, e in enumerate(events):
        for r in e.reports:
            old = owner.get(r.mention_id)
            if old is not None and (replaced is None or old in replaced):
                shared[(n, old)] += 1
    chosen: dict[int, str] = {}
    taken: set[str] = set()
    for n, old in sorted(shared, key=lambda k: (-shared[k], k[0], k[1])):
        if n not in chosen and old not in taken:
            chosen[n] = old
            taken.add(old)
    # the others in the resolver's own numbering order (not the timeline's), so that a
    # store with no events keeps the resolver's ids exactly
    unmatched = sorted(
        (n for n in range(len(events)) if n not in chosen), key=lambda n: (_number(events[n].id), n)
    )
    for k, n in enumerate(unmatched):
        chosen[n] = f"{PREFIX}{first + k}"
    return [e if e.id == chosen[n] else replace(e, id=chosen[n]) for n, e in enumerate(events)]


def _number(event_id: str) -> int:
    digits = event_id[len(PREFIX) :] if event_id.startswith(PREFIX) else ""
    return int(digits) if digits.isdigit() else 1 << 62
