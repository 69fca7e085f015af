"""Resolve a few new documents into the stored picture, without resolving the whole store.

Why: resolution over thousands of articles takes a minute or more, while an upload of one
article should show within seconds. The new documents' records are resolved together with
their neighbourhood only, with the same resolver the full resolve uses:

* events: the stored events the new mentions could join (same type, dates within a few
  days, or the same place when undated) are taken whole, every mention of them with the
  new ones is resolved again, and those events are replaced by the result. Taking each
  candidate event whole keeps the replacement closed: no other event changes.
* figures: every stored figure of the measures the new figures count is reconciled again,
  and the claim groups and conflicts of those measures are replaced.
* entities: the new documents' names join the stored entity with the same canonical name
  and type, or become new entities.

What each step changed is recorded under the run like a full resolve's changes. A full
``sitrep resolve`` afterwards gives the whole-store picture (merges across the store that
a neighbourhood cannot see); :func:`update` marks the store so the CLI can say so.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from sitrep.records import (
    ClaimGroup,
    Conflict,
    Document,
    DocumentReading,
    Entity,
    Event,
    EventMention,
    Evidence,
    FigureApart,
    FigureClaim,
    Place,
    from_dict,
)
from sitrep.store import changes, codec
from sitrep.store.ids import carry_event_ids, next_event_number
from sitrep.store.query import date_span

if TYPE_CHECKING:
    from sitrep.store import Store

# how far apart (days) a stored event's dates may be from a new mention's to be re-resolved
# with it: the resolver joins reports a few days apart (continuing deployments, waves of
# protest run up to ten days), so the neighbourhood is a little wider than that
NEIGHBOUR_DAYS = 12
INCREMENTAL_META = "resolution:incremental"  # set while the picture holds unmerged updates


@dataclass(frozen=True, slots=True)
class _Partial:
    """The slice of a resolution :func:`changes.diff` compares."""

    events: tuple[Event, ...]
    claim_groups: tuple[ClaimGroup, ...]
    conflicts: tuple[Conflict, ...]


def _window(m: EventMention, published: str | None) -> tuple[str, str] | None:
    date = m.date or published
    first, last = date_span(date)
    if not first or not last:
        return None
    try:
        lo = dt.date.fromisoformat(first[:10]) - dt.timedelta(days=NEIGHBOUR_DAYS)
        hi = dt.date.fromisoformat(last[:10]) + dt.timedelta(days=NEIGHBOUR_DAYS)
    except ValueError:
        return first, last
    return lo.isoformat(), hi.isoformat()


def _candidate_events(store: Store, mentions: Sequence[EventMention], published: dict) -> set[str]:
    found: set[str] = set()
    conn = store.conn
    for m in mentions:
        window = _window(m, published.get(m.doc))
        if window is not None:
            rows = conn.execute(
                "SELECT id FROM events WHERE type = ? AND date_last >= ? AND date_first <= ?",
                (m.type, window[0], window[1]),
            )
        else:
            rows = conn.execute(
                "SELECT id FROM events WHERE type = ? AND date IS NULL AND place_key IS ?",
                (m.type, m.place.casefold() if m.place else None),
            )
        found.update(r[0] for r in rows)
    return found


def _next_number(store: Store, table: str, prefix: str) -> int:
    row = store.conn.execute(
        f"SELECT max(CAST(substr(id, {len(prefix) + 1}) AS INTEGER)) FROM {table} WHERE id GLOB ?",
        (prefix + "[0-9]*",),
    ).fetchone()
    return int(row[0] or 0) + 1


def _load(store: Store, sql: str, params: Sequence[Any], cls: type) -> list[Any]:
    return [from_dict(cls, codec.loads(r[0])) for r in store.conn.execute(sql, params)]


def _in(values: Sequence[str] | set[str]) -> str:
    return json.dumps(sorted(values))


def update(store: Store, doc_ids: Sequence[str], run: int) -> dict[str, int]:
    """Resolve the readings of ``doc_ids`` (new documents) into the stored picture; what
    changed is recorded under ``run``. Returns counts of what was replaced."""
    from sitrep.resolve.claim_country import country_mentions_stored
    from sitrep.resolve.claims import MEASURE_FAMILY, reconcile
    from sitrep.resolve.entities import resolve_entities
    from sitrep.resolve.events import resolve_events
    from sitrep.resolve.timeline import timeline

    q = store.query
    new = q.readings(doc_ids)
    new_docs = {d.id: d for d in q.documents(doc_ids).items}
    published = {i: d.published for i, d in new_docs.items()}
    new_mentions = [m for r in new for m in r.events]

    # -- events: the neighbourhood, resolved again ---------------------------------------------
    old_ids = _candidate_events(store, new_mentions, published)
    old_events = _load(
        store,
        "SELECT data FROM events WHERE id IN (SELECT value FROM json_each(?))",
        (_in(old_ids),),
        Event,
    )
    mention_ids = {r.mention_id for e in old_events for r in e.reports}
    old_mentions = _load(
        store,
        "SELECT data FROM event_mentions WHERE id IN (SELECT value FROM json_each(?))",
        (_in(mention_ids),),
        EventMention,
    )
    near_docs = {m.doc for m in old_mentions} | set(doc_ids)
    documents = q.documents(near_docs).items
    groups = [g for g in store.duplicate_groups() if near_docs & set(g.members)]
    readings = q.readings(near_docs)
    index = resolve_entities(readings)
    figures = [f for r in readings for f in r.figures]
    mentions = old_mentions + new_mentions
    events = timeline(resolve_events(mentions, documents, groups, index, figures))
    events = carry_event_ids(store.conn, events, next_event_number(store.conn), set(old_ids))

    # -- figures: every figure of the measures the new ones count -----------------------------
    new_figures = [f for r in new for f in r.figures]
    families = {MEASURE_FAMILY.get(f.measure, f.measure) for f in new_figures}
    all_measures = [
        r[0] for r in store.conn.execute("SELECT DISTINCT measure FROM figures") if r[0]
    ]
    measures = [m for m in all_measures if MEASURE_FAMILY.get(m, m) in families]
    figures_of = _load(
        store,
        "SELECT data FROM figures WHERE measure IN (SELECT value FROM json_each(?))",
        (_in(measures),),
        FigureClaim,
    )
    fig_docs = {f.doc for f in figures_of}
    place_index = _stored_index(store, index)
    # figures the last whole resolution judged another story's stay apart (the topic test
    # weighs a sentence against the whole corpus, which an upload does not read again)
    kept = {k: from_dict(FigureApart, v) for k, v in store.figures_apart().items()}
    # the countries the figures' articles name (their readings' entities alone), so an upload
    # counts a figure in the crisis's country as a whole resolution does
    mentioned = country_mentions_stored(
        (doc, codec.loads(entities or "[]"))
        for doc, entities in store.conn.execute(
            "SELECT doc, json_extract(data, '$.entities') FROM readings"
            " WHERE doc IN (SELECT value FROM json_each(?))",
            (_in(fig_docs),),
        )
    )
    recon = reconcile(
        figures_of, place_index, _dated(store, fig_docs), kept_apart=kept, mentioned=mentioned
    )
    g0 = _next_number(store, "claim_groups", "G")
    c0 = _next_number(store, "conflicts", "C")
    claim_groups = [replace(g, id=f"G{g0 + n}") for n, g in enumerate(recon.groups)]
    conflicts = [replace(c, id=f"C{c0 + n}") for n, c in enumerate(recon.conflicts)]

    # -- write, with what changed -------------------------------------------------------------
    from sitrep.store.rows import (
        _bump,
        _insert_apart,
        _insert_events,
        _insert_groups,
        _put_meta,
    )

    with store.transaction() as conn:
        initial = conn.execute("SELECT 1 FROM events LIMIT 1").fetchone() is None
        old = changes.before(conn, old_ids, families)
        conn.execute(
            "DELETE FROM events WHERE id IN (SELECT value FROM json_each(?))", (_in(old_ids),)
        )
        conn.execute(
            "DELETE FROM event_docs WHERE event IN (SELECT value FROM json_each(?))",
            (_in(old_ids),),
        )
        conn.execute(
            "DELETE FROM event_reports WHERE event IN (SELECT value FROM json_each(?))",
            (_in(old_ids),),
        )
        position = conn.execute("SELECT coalesce(max(position), 0) + 1 FROM events").fetchone()
        _insert_events(conn, events, start=int(position[0]))
        fam = _in(families)
        conn.execute(
            "DELETE FROM claim_groups WHERE measure IN (SELECT value FROM json_each(?))", (fam,)
        )
        conn.execute(
            "DELETE FROM conflicts WHERE measure IN (SELECT value FROM json_each(?))", (fam,)
        )
        _insert_groups(conn, claim_groups)
        conn.execute(
            "DELETE FROM figures_apart WHERE figure IN (SELECT value FROM json_each(?))",
            (_in([f.id for f in figures_of]),),
        )
        _insert_apart(conn, recon.apart)
        conn.executemany(
            "INSERT INTO conflicts VALUES (?,?,?,?)",
            [(c.id, c.kind, c.measure, json.dumps(_dict(c))) for c in conflicts],
        )
        added = _merge_entities(conn, new, index)
        changes.record(
            conn,
            run,
            changes.diff(
                old,
                _Partial(tuple(events), tuple(claim_groups), tuple(conflicts)),
                initial=initial,
            ),
        )
        _put_meta(conn, INCREMENTAL_META, str(run))
        _bump(conn, "resolution", f"{run}+")
    return {
        "events_replaced": len(old_ids),
        "events": len(events),
        "mentions": len(mentions),
        "documents": len(near_docs),
        "figures": len(figures_of),
        "claim_groups": len(claim_groups),
        "conflicts": len(conflicts),
        "entities_added": added,
    }


def _dict(record: Any) -> dict[str, Any]:
    from sitrep.records import to_dict

    return to_dict(record)


def _dated(store: Store, ids: set[str]) -> list[Document]:
    """The documents ``ids`` with their dates and no text: all reconciling figures reads
    of them (a measure's figures come from thousands of documents at scale)."""
    rows = store.conn.execute(
        "SELECT id, content_hash, source, format, published, outlet FROM documents "
        "WHERE id IN (SELECT value FROM json_each(?))",
        (_in(ids),),
    )
    return [
        Document(
            id=r[0],
            text="",
            content_hash=r[1],
            source=r[2],
            format=r[3],
            published=r[4],
            outlet=r[5],
        )
        for r in rows
    ]


def _stored_index(store: Store, near: Any) -> Any:
    """An entity index over the stored places (what claims compare figure places with),
    with the neighbourhood's own entities first."""
    from sitrep.resolve import names as nm
    from sitrep.resolve.entities import EntityIndex

    entities = list(near.entities)
    by_alias = dict(near.by_alias)
    # names and places only: a country's list of mentions runs to thousands
    for ent_id, canonical, type_, aliases, place in store.conn.execute(
        "SELECT id, canonical, type, json_extract(data, '$.aliases'), "
        "json_extract(data, '$.place') FROM entities "
        "WHERE type IN ('GPE', 'LOC') AND lat IS NOT NULL"
    ):
        ent = Entity(
            ent_id,
            canonical,
            type_,
            tuple(codec.loads(aliases or "[]")),
            (),
            from_dict(Place, codec.loads(place)) if place else None,
        )
        for name in (ent.canonical, *ent.aliases):
            key = nm.folded(name)
            if key and key not in by_alias:
                by_alias[key] = len(entities)
        entities.append(ent)
    return EntityIndex(tuple(entities), by_alias, near.described, near.titled)


def _merge_entities(conn: Any, new: Sequence[DocumentReading], index: Any) -> int:
    """The new documents' names into the stored entities: each joins the stored entity of
    its canonical name and type, or is added. Returns how many were added."""
    mine: dict[str, list[Any]] = {}
    for r in new:
        for m in r.entities:
            ent = index.lookup(m.canonical or m.text)
            if ent is not None:
                mine.setdefault(ent.id, []).append(m)
    by_id = {e.id: e for e in index.entities}
    to_insert: list[Entity] = []
    next_n = (
        conn.execute(
            "SELECT max(CAST(substr(id, 4) AS INTEGER)) FROM entities WHERE id GLOB 'ENT[0-9]*'"
        ).fetchone()[0]
        or 0
    ) + 1
    for ent_id, ms in mine.items():
        ent = by_id[ent_id]
        spans = tuple(dict.fromkeys(Evidence(m.doc, m.start, m.end) for m in ms))
        row = conn.execute(
            "SELECT id, data FROM entities WHERE canonical = ? AND type = ? LIMIT 1",
            (ent.canonical, ent.type),
        ).fetchone()
        if row is not None:
            stored = from_dict(Entity, codec.loads(row[1]))
            merged = replace(
                stored,
                aliases=tuple(dict.fromkeys((*stored.aliases, *ent.aliases))),
                mentions=tuple(dict.fromkeys((*stored.mentions, *spans))),
            )
            conn.execute(
                "UPDATE entities SET data = ?, mentions = ? WHERE id = ?",
                (json.dumps(_dict(merged)), len(merged.mentions), row[0]),
            )
        else:
            to_insert.append(replace(ent, id=f"ENT{next_n + len(to_insert)}", mentions=spans))
    from sitrep.store.rows import _insert_entities

    _insert_entities(conn, to_insert)
    return len(to_insert)
