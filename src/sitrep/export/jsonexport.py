"""The JSON export: gold.json's sections and field names, plus evidence spans.

``assemble`` builds it from in-memory records; ``build_export`` from a store.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sitrep.export.regions import admin1_name
from sitrep.records import (
    Document,
    DocumentReading,
    DuplicateGroup,
    Evidence,
    to_dict,
)

if TYPE_CHECKING:
    from sitrep.resolve import Resolution
    from sitrep.store import Store

SECTIONS = ("documents", "figures", "events", "entities", "conflicts", "quotes")


def boilerplate_lines(doc: Document) -> list[str]:
    """The non-blank lines of ``doc`` that the cleaner did not keep as body."""
    body = doc.body_segments
    out = []
    pos = 0
    for line in doc.text.splitlines(keepends=True):
        start, end = pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
        if not line.strip():
            continue
        inside = sum(max(0, min(end, s.end) - max(start, s.start)) for s in body)
        if inside * 2 < end - start:
            out.append(line.strip())
    return out


def document_dict(doc: Document, group: DuplicateGroup | None, with_text: bool = True) -> dict:
    out: dict[str, Any] = {
        "id": doc.id,
        "outlet": doc.outlet,
        "author": doc.author,
        "published": doc.published,
        "published_basis": doc.published_basis,
        "published_inferred": doc.published_inferred,
        "title": doc.title,
        "kind": doc.kind,
        "url": doc.url,
        "source": doc.source,
        "format": doc.format,
        "content_hash": doc.content_hash,
        "duplicate_of": group.canonical if group and group.canonical != doc.id else None,
        "duplicate_group": group.id if group else None,
        "canonical": group is None or group.canonical == doc.id,
        "boilerplate_lines": boilerplate_lines(doc),
        "segments": [to_dict(s) for s in doc.segments],
    }
    if with_text:
        out["text"] = doc.text
    return out


def _span_dict(ev: Evidence) -> dict[str, Any]:
    return ev.to_dict()


def assemble(
    documents: Iterable[Document],
    groups: Iterable[DuplicateGroup],
    readings: Iterable[DocumentReading],
    resolution: Resolution | None = None,
    *,
    corpus: str | None = None,
    with_text: bool = True,
) -> dict[str, Any]:
    docs = list(documents)
    group_of = {m: g for g in groups for m in g.members}
    texts = {d.id: d.text for d in docs}
    out: dict[str, Any] = {
        "corpus": corpus,
        "documents": [document_dict(d, group_of.get(d.id), with_text) for d in docs],
        "duplicate_groups": [to_dict(g) for g in group_of.values() if g.canonical in g.members],
        "figures": [],
        "quotes": [],
        "event_mentions": [],
        "entity_mentions": [],
        "times": [],
        "events": [],
        "entities": [],
        "claim_groups": [],
        "conflicts": [],
        "series": [],
    }
    out["duplicate_groups"] = list({g["id"]: g for g in out["duplicate_groups"]}.values())
    for reading in readings:
        text = texts.get(reading.doc, "")
        for f in reading.figures:
            d = to_dict(f)
            d["quote"] = text[f.sentence.start : f.sentence.end]
            spans = list(f.evidence) or [f.sentence]
            d["evidence"] = [_span_dict(e) for e in spans]
            out["figures"].append(d)
        for q in reading.quotes:
            d = to_dict(q)
            d["quote"] = q.text
            d["evidence"] = [{"doc": q.doc, "start": q.start, "end": q.end}]
            out["quotes"].append(d)
        for e in reading.events:
            d = to_dict(e)
            d["quote"] = e.text
            d["evidence"] = [{"doc": e.doc, "start": e.start, "end": e.end}]
            out["event_mentions"].append(d)
        for m in reading.entities:
            d = to_dict(m)
            d["evidence"] = [{"doc": m.doc, "start": m.start, "end": m.end}]
            out["entity_mentions"].append(d)
        for t in reading.times:
            d = to_dict(t)
            d["evidence"] = [{"doc": t.doc, "start": t.start, "end": t.end}]
            out["times"].append(d)
    if resolution is not None:
        out["entities"] = [_entity_dict(e) for e in resolution.entities]
        out["events"] = [_event_dict(e) for e in resolution.events]
        out["claim_groups"] = [to_dict(g) for g in resolution.claim_groups]
        # a count that grew is a series, not a disagreement: it is exported apart
        out["conflicts"] = [to_dict(c) for c in resolution.conflicts if c.kind != "growth"]
        out["series"] = [to_dict(c) for c in resolution.conflicts if c.kind == "growth"]
    return out


def _entity_dict(ent: Any) -> dict[str, Any]:
    d = to_dict(ent)
    place = ent.place
    d["lat"] = place.lat if place else None
    d["lon"] = place.lon if place else None
    d["geonameid"] = place.geonameid if place else None
    d["evidence"] = [_span_dict(m) for m in ent.mentions]
    d.pop("mentions", None)
    return d


def _event_dict(ev: Any) -> dict[str, Any]:
    d = to_dict(ev)
    place = ev.place_ref
    d["lat"] = place.lat if place else None
    d["lon"] = place.lon if place else None
    d["geo_precision"] = place.precision if place else None
    d["country"] = place.country_code if place else None
    d["admin1"] = admin1_name(place) or None
    d["admin1_code"] = place.admin1 if place else None
    d["single_source"] = ev.corroboration <= 1
    d["mentions"] = [
        {"doc": r.doc, "quote": r.text, "start": r.start, "end": r.end, "mention": r.mention_id}
        for r in ev.reports
    ]
    d["evidence"] = [{"doc": r.doc, "start": r.start, "end": r.end} for r in ev.reports]
    d.pop("reports", None)
    return d


def build_export(store: Store, *, with_text: bool = True) -> dict[str, Any]:
    """The export of everything in ``store``."""
    return store.export(with_text=with_text)
