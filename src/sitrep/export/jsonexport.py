"""The JSON export: gold.json's sections and field names, plus evidence spans.

``assemble`` builds it from in-memory records; ``build_export`` from a store.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from sitrep.export.regions import place_admin1_name
from sitrep.records import (
    Document,
    DocumentReading,
    DuplicateGroup,
    Entity,
    Event,
    Evidence,
    to_dict,
)
from sitrep.resolve.names import is_acronym
from sitrep.store import codec

if TYPE_CHECKING:
    from sitrep.resolve import Resolution
    from sitrep.store import Store

SECTIONS = ("documents", "figures", "events", "entities", "conflicts", "quotes")


def boilerplate_lines(doc: Document) -> list[str]:
    """The non-blank lines of ``doc`` that the cleaner did not keep as body."""
    body = doc.body_segments
    if _covers(body, len(doc.text)):
        return []
    out = []
    pos = 0
    # one sweep: lines come in text order, so a segment that ended before a line starts
    # overlaps no later line, and one that starts after a line ends overlaps it not at all
    pending = sorted(body, key=lambda s: s.start)
    nxt = 0
    active: list[Any] = []
    for line in doc.text.splitlines(keepends=True):
        start, end = pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
        if not line.strip():
            continue
        while nxt < len(pending) and pending[nxt].start < end:
            active.append(pending[nxt])
            nxt += 1
        active = [s for s in active if s.end > start]
        inside = sum(max(0, min(end, s.end) - max(start, s.start)) for s in active)
        if inside * 2 < end - start:
            out.append(line.strip())
    return out


def _covers(segments: Iterable[Any], length: int) -> bool:
    """Whether ``segments`` cover every character of a text of ``length``."""
    end = 0
    for seg in sorted(segments, key=lambda s: s.start):
        if seg.start > end:
            return False
        end = max(end, seg.end)
    return end >= length


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
        "segments": [{"start": s.start, "end": s.end, "kind": s.kind} for s in doc.segments],
    }
    if with_text:
        out["text"] = doc.text
    return out


def _span_dict(ev: Evidence) -> dict[str, Any]:
    return ev.to_dict()


# -- record dicts (to_dict's output) shaped for the export ------------------------------------
# Both paths use these: ``assemble`` on in-memory records, ``build_export`` on the JSON the
# store keeps (decoding a large store's readings into records only to encode them again
# would cost most of an export's time).


def figure_json(
    d: dict[str, Any],
    text: str,
    apart: Mapping[str, dict[str, Any]] | None = None,
    names: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """A figure claim as exported; one kept out of the claim groups (``apart``, by id:
    another story's, a reader's comment) says so in ``apart`` and ``apart_basis``; its
    source is named as its entity is (``names``, :func:`canonical_parties`)."""
    sentence = d.get("sentence") or {}
    d["quote"] = text[sentence.get("start", 0) : sentence.get("end", 0)]
    d["evidence"] = list(d.get("evidence") or []) or [sentence]
    mark = (apart or {}).get(d.get("id") or "")
    d["apart"] = mark["why"] if mark else None
    d["apart_basis"] = mark["basis"] if mark else None
    return canonical_parties(d, names)


# Who a figure or a quote is attributed to, as the text words it: exported as the resolved
# entity's canonical name ("Obama" -> "Barack Obama", "Human rights watch" -> "Human Rights
# Watch"), the words kept beside it in <field>_text
PARTY_FIELDS = ("claimed_by", "speaker")


def _key(name: str) -> str:
    """A name as the entities' aliases are matched here: case and spacing aside (the
    entities' aliases hold every form the texts write)."""
    return " ".join(name.casefold().split())


def name_index(entities: Iterable[tuple[str | None, Iterable[str]]]) -> dict[str, str]:
    """Every name of the resolved entities, (canonical, aliases) pairs, -> the
    entity's canonical name; a name two entities share goes to the one named most (entities
    come most mentioned first). An acronym and a longer name stand for each other only in
    the entities (on a large store "US" gathers "University of Sheffield"): neither is
    renamed as the other here."""
    out: dict[str, str] = {}
    for canonical, aliases in entities:
        if not canonical:
            continue
        short = is_acronym(canonical)
        for name in (canonical, *aliases):
            if name and (name.isupper() and is_acronym(name)) == short:
                out.setdefault(_key(name), canonical)
    return out


def canonical_parties(d: dict[str, Any], names: Mapping[str, str] | None) -> dict[str, Any]:
    """A figure's ``claimed_by`` or a quote's ``speaker`` as its entity's canonical name; a
    common noun ("people", "a man", "officials") names no entity and stays as it is."""
    for field in PARTY_FIELDS:
        said = d.get(field)
        if not (names and said) or said == said.lower():
            continue
        if (canonical := names.get(_key(said))) and canonical != said:
            d[f"{field}_text"] = said
            d[field] = canonical
    return d


def span_json(d: dict[str, Any], quote: str | None = None) -> dict[str, Any]:
    """A quote, event mention, entity mention or time with its own span as evidence."""
    if quote is not None:
        d["quote"] = quote
    d["evidence"] = [{"doc": d["doc"], "start": d["start"], "end": d["end"]}]
    return d


def quote_json(d: dict[str, Any], names: Mapping[str, str] | None = None) -> dict[str, Any]:
    """A quote as exported, its speaker named as its entity is."""
    return canonical_parties(span_json(d, d.get("text")), names)


def reading_json(
    reading: dict[str, Any],
    text: str,
    out: dict[str, list[Any]],
    apart: Mapping[str, dict[str, Any]] | None = None,
    names: Mapping[str, str] | None = None,
) -> None:
    """Add one reading's records (as stored) to the export's sections."""
    for f in reading.get("figures") or ():
        out["figures"].append(figure_json(f, text, apart, names))
    for q in reading.get("quotes") or ():
        out["quotes"].append(quote_json(q, names))
    for e in reading.get("events") or ():
        out["event_mentions"].append(span_json(e, e.get("text")))
    for m in reading.get("entities") or ():
        out["entity_mentions"].append(span_json(m))
    for t in reading.get("times") or ():
        out["times"].append(span_json(t))


def entity_json(d: dict[str, Any]) -> dict[str, Any]:
    place = d.get("place")
    d["lat"] = place["lat"] if place else None
    d["lon"] = place["lon"] if place else None
    d["geonameid"] = place["geonameid"] if place else None
    d["evidence"] = list(d.pop("mentions", None) or [])
    return d


def event_json(d: dict[str, Any]) -> dict[str, Any]:
    place = d.get("place_ref")
    d["lat"] = place["lat"] if place else None
    d["lon"] = place["lon"] if place else None
    d["geo_precision"] = place["precision"] if place else None
    d["country"] = place["country_code"] if place else None
    d["admin1"] = (place_admin1_name(place) if place else "") or None
    d["admin1_code"] = place["admin1"] if place else None
    d["single_source"] = (d.get("corroboration") or 0) <= 1
    reports = d.pop("reports", None) or []
    d["mentions"] = [
        {
            "doc": r["doc"],
            "quote": r["text"],
            "start": r["start"],
            "end": r["end"],
            "mention": r["mention_id"],
        }
        for r in reports
    ]
    d["evidence"] = [{"doc": r["doc"], "start": r["start"], "end": r["end"]} for r in reports]
    return d


def event_dict(ev: Event) -> dict[str, Any]:
    return event_json(to_dict(ev))


def entity_dict(ent: Entity) -> dict[str, Any]:
    return entity_json(to_dict(ent))


_event_dict = event_dict  # the name earlier code imported
_entity_dict = entity_dict


def _empty(corpus: str | None) -> dict[str, Any]:
    return {
        "corpus": corpus,
        "documents": [],
        "duplicate_groups": [],
        "figures": [],
        "quotes": [],
        "event_mentions": [],
        "entity_mentions": [],
        "times": [],
        "events": [],
        "key_days": [],
        "entities": [],
        "claim_groups": [],
        "conflicts": [],
        "series": [],
    }


def _groups_json(groups: Iterable[DuplicateGroup], out: dict[str, Any]) -> dict[str, Any]:
    """Set the duplicate groups; the group each document id is in."""
    group_of = {m: g for g in groups for m in g.members}
    unique = {g.id: g for g in group_of.values()}  # a group once, not once per member
    seen = {i: to_dict(g) for i, g in unique.items() if g.canonical in g.members}
    out["duplicate_groups"] = list(seen.values())
    return group_of


def _split_conflicts(conflicts: list[dict[str, Any]], out: dict[str, Any]) -> None:
    # a count that grew is a series, not a disagreement: it is exported apart
    out["conflicts"] = [c for c in conflicts if c.get("kind") != "growth"]
    out["series"] = [c for c in conflicts if c.get("kind") == "growth"]


def assemble(
    documents: Iterable[Document],
    groups: Iterable[DuplicateGroup],
    readings: Iterable[DocumentReading],
    resolution: Resolution | None = None,
    *,
    corpus: str | None = None,
    with_text: bool = True,
) -> dict[str, Any]:
    """The export of in-memory records."""
    docs = list(documents)
    out = _empty(corpus)
    group_of = _groups_json(groups, out)
    out["documents"] = [document_dict(d, group_of.get(d.id), with_text) for d in docs]
    texts = {d.id: d.text for d in docs}
    marks = getattr(resolution, "figures_apart", ()) if resolution else ()
    apart = {a.figure: to_dict(a) for a in marks}
    entities = [entity_dict(e) for e in resolution.entities] if resolution else []
    names = name_index((e["canonical"], e["aliases"]) for e in entities)
    for reading in readings:
        reading_json(to_dict(reading), texts.get(reading.doc, ""), out, apart, names)
    if resolution is not None:
        out["entities"] = entities
        out["events"] = [event_dict(e) for e in resolution.events]
        out["key_days"] = [to_dict(d) for d in getattr(resolution, "days", ())]
        out["claim_groups"] = [to_dict(g) for g in resolution.claim_groups]
        _split_conflicts([to_dict(c) for c in resolution.conflicts], out)
    return out


def sections(
    store: Store, *, with_text: bool = True, names: Mapping[str, str] | None = None
) -> Iterator[tuple[str, Any]]:
    """The export of ``store`` a section at a time, each list as an iterator over its
    records (read from the JSON the store keeps), so a writer never holds it all (the
    reading sections are read lazily: :func:`write_json` writes them from one pass)."""
    groups = store.duplicate_groups()
    holder = _empty(store.meta("corpus"))
    group_of = _groups_json(groups, holder)
    yield "corpus", holder["corpus"]
    yield (
        "documents",
        (document_dict(d, group_of.get(d.id), with_text) for d in store.iter_documents()),
    )
    yield "duplicate_groups", iter(holder["duplicate_groups"])
    texts = _Texts(store)
    names = store_names(store) if names is None else names
    for name in ("figures", "quotes", "event_mentions", "entity_mentions", "times"):
        yield name, _reading_section(store, name, texts, names)
    yield "events", (event_json(d) for _, d in store.raw_rows("events"))
    yield "key_days", store.key_days()
    yield "entities", (entity_json(d) for _, d in store.raw_rows("entities"))
    yield "claim_groups", (d for _, d in store.raw_rows("claim_groups"))
    yield "conflicts", (d for _, d in store.raw_rows("conflicts") if d.get("kind") != "growth")
    yield "series", (d for _, d in store.raw_rows("conflicts") if d.get("kind") == "growth")
    yield "event", store.meta("event")


class _Texts:
    """Document texts by id, read one at a time as the readings (in id order) need them."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, doc_id: str) -> str:
        row = self.store.conn.execute(
            "SELECT text FROM documents WHERE id = ?", (doc_id,)
        ).fetchone()
        return row[0] if row else ""


def store_names(store: Store) -> dict[str, str]:
    """:func:`name_index` of the store's resolved entities (their names only: decoding the
    whole records, mentions and all, costs five times as much on a large store)."""
    rows = store.conn.execute(
        "SELECT json_extract(data, '$.canonical'), json_extract(data, '$.aliases')"
        " FROM entities ORDER BY rowid"
    )
    return name_index((canonical, codec.loads(aliases or "[]")) for canonical, aliases in rows)


def _reading_section(
    store: Store, name: str, texts: _Texts, names: Mapping[str, str]
) -> Iterator[dict[str, Any]]:
    key = {"event_mentions": "events", "entity_mentions": "entities"}.get(name, name)
    apart = store.figures_apart() if name == "figures" else {}
    for doc_id, records in store.reading_parts(key):
        if not records:
            continue
        if name == "figures":
            text = texts.get(doc_id)
            yield from (figure_json(f, text, apart, names) for f in records)
        elif name == "quotes":
            yield from (quote_json(r, names) for r in records)
        elif name == "event_mentions":
            yield from (span_json(r, r.get("text")) for r in records)
        else:
            yield from (span_json(r) for r in records)


def build_export(
    store: Store, *, with_text: bool = True, leave_out: Collection[str] = ()
) -> dict[str, Any]:
    """The export of everything in ``store``, as one dict; the sections named in
    ``leave_out`` are not read at all (the report reads no mention lists: on a large store
    they are most of the export's memory)."""
    return {
        k: list(v) if isinstance(v, Iterator) else v
        for k, v in sections(store, with_text=with_text)
        if k not in leave_out
    }


def events_export(store: Store) -> dict[str, Any]:
    """The export's events alone: all the tables (CSV, Parquet, GeoJSON) need."""
    return {"events": [event_json(d) for _, d in store.raw_rows("events")]}


READING_SECTIONS = ("figures", "quotes", "event_mentions", "entity_mentions", "times")


def write_json(store: Store, out: IO[Any], *, with_text: bool = True) -> None:
    """Write the export of ``store`` to ``out`` (a text or a binary stream) as it is read,
    one record a line (the readings: a document's a line), encoded by orjson (an indented
    dump of a large store's export is many times slower and holds it all in memory). The
    readings are decoded once: their five sections are spooled to temporary files as they
    come and copied out in the export's order."""
    import shutil
    import tempfile

    write = _byte_writer(out)
    with tempfile.TemporaryDirectory(prefix="sitrep-export-") as tmp:
        names = store_names(store)
        spooled = _spool_readings(store, Path(tmp), names)
        write(b"{")
        for n, (key, value) in enumerate(sections(store, with_text=with_text, names=names)):
            write((b"," if n else b"") + b"\n" + codec.dumps(key) + b": ")
            if key in spooled:
                write(b"[")
                with spooled[key].open("rb") as fh:
                    shutil.copyfileobj(fh, _Writer(write))
                write(b"]")
                continue
            if not isinstance(value, Iterator):
                write(codec.dumps(value))
                continue
            write(b"[")
            first = True
            for chunk in _chunks(value, 500):
                write((b"\n" if first else b",\n") + b",\n".join(map(codec.dumps, chunk)))
                first = False
            write(b"]")
        write(b"\n}\n")


class _Writer:
    """A file-like ``write`` for :func:`shutil.copyfileobj`."""

    def __init__(self, write: Callable[[bytes], Any]) -> None:
        self.write = write


def _byte_writer(out: IO[Any]) -> Callable[[bytes], Any]:
    """A function writing UTF-8 bytes to ``out``: straight to a text stream's buffer where it
    has one (flushed first, so what was written before stays in order)."""
    if isinstance(out, io.TextIOBase) or hasattr(out, "encoding"):
        buffer = getattr(out, "buffer", None)
        if buffer is None or (out.encoding or "").lower().replace("-", "") != "utf8":
            return lambda data: out.write(data.decode("utf-8"))
        out.flush()
        return buffer.write
    return out.write


def _spool_readings(store: Store, folder: Path, names: Mapping[str, str]) -> dict[str, Path]:
    """The five reading sections of the export, each in a file of JSON records separated by
    commas (a line per document), from one pass over the readings."""
    paths = {name: folder / f"{name}.json" for name in READING_SECTIONS}
    files = {name: path.open("wb") for name, path in paths.items()}
    started = dict.fromkeys(READING_SECTIONS, False)
    apart = store.figures_apart()
    try:
        for doc_id, data in store.conn.execute("SELECT doc, data FROM readings ORDER BY doc"):
            reading = codec.loads(data)
            shaped: dict[str, list[dict[str, Any]]] = {}
            if reading.get("figures"):
                text = store.conn.execute(
                    "SELECT text FROM documents WHERE id = ?", (doc_id,)
                ).fetchone()
                shaped["figures"] = [
                    figure_json(f, text[0] if text else "", apart, names)
                    for f in reading["figures"]
                ]
            shaped["quotes"] = [quote_json(q, names) for q in reading.get("quotes") or ()]
            shaped["event_mentions"] = [
                span_json(e, e.get("text")) for e in reading.get("events") or ()
            ]
            shaped["entity_mentions"] = [span_json(m) for m in reading.get("entities") or ()]
            shaped["times"] = [span_json(t) for t in reading.get("times") or ()]
            for name, records in shaped.items():
                if records:  # a document's records a line: one encoder call, not one a record
                    files[name].write(b",\n" if started[name] else b"\n")
                    files[name].write(memoryview(codec.dumps(records))[1:-1])
                    started[name] = True
    finally:
        for fh in files.values():
            fh.close()
    return paths


def _chunks(items: Iterator[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
