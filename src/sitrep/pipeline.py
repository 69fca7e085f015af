"""The workflow: ingest → clean → deduplicate → extract → resolve, into a store.

Each step reads what the previous one left in the store and writes its own
results in transactions, so every step can be re-run on its own, re-running is
idempotent, and an interrupted run leaves the store consistent.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep.ingest.dedup import find_pairs, group_duplicates
from sitrep.records import Document, DocumentReading
from sitrep.store import Store

Progress = Callable[[str, int, int], None]  # (stage, done, total); total 0 when unknown


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one input."""

    source: str
    status: str  # ingested | duplicate | unchanged | skipped | failed
    doc: str | None = None
    detail: str = ""


@dataclass(slots=True)
class RunSummary:
    outcomes: list[Outcome] = field(default_factory=list)
    extracted: int = 0
    resolved: bool = False
    dating: Any = None  # ingest.dating.Dating when the store's dates were rebuilt

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    def count(self, status: str) -> int:
        return sum(o.status == status for o in self.outcomes)


def prepare(doc: Document, period: dt.date | None = None, *, dates: bool = True) -> Document:
    """Clean a document that arrived as bare text and fill in missing metadata.

    ``period`` is any date inside the period the corpus covers; it only chooses
    the year of dates the text writes without one ("on January 6"). With ``dates``
    False the publication date is left to the corpus (``ingest.dating``).
    """
    from sitrep.ingest.clean import segment_text
    from sitrep.ingest.metadata import infer_metadata

    if not doc.segments:
        doc = dataclasses.replace(doc, segments=tuple(segment_text(doc.text)))
    if doc.published and doc.title:
        return doc
    meta = infer_metadata(doc.text, doc.segments, period=period, dates=dates)
    changes: dict[str, object] = {}
    if not doc.title and meta.title:
        changes["title"] = meta.title
    if not doc.author and meta.author:
        changes["author"] = meta.author
    if not doc.outlet and meta.outlet:
        changes["outlet"] = meta.outlet
    if doc.kind == "report" and meta.kind != "report":
        changes["kind"] = meta.kind
    if not doc.published and meta.published:
        changes.update(
            published=meta.published,
            published_basis=meta.basis,
            published_inferred=True,
            published_confidence=meta.confidence,
        )
    return dataclasses.replace(doc, **changes) if changes else doc


def _unique_id(store: Store, wanted: str, taken: set[str]) -> str:
    doc_id, n = wanted, 1
    while doc_id in taken or store.has_document(doc_id):
        n += 1
        doc_id = f"{wanted}-{n}"
    return doc_id


def ingest(
    store: Store,
    paths: Iterable[str | Path],
    *,
    progress: Progress | None = None,
    max_bytes: int = 20_000_000,
    period: dt.date | None = None,
    whole_store: bool = True,
) -> RunSummary:
    """Read, clean and store documents from ``paths``, then bring what is derived from
    the whole store (duplicate groups, the corpus period, inferred dates) up to date.
    With ``whole_store`` False (an upload: see :func:`add`) each new document is dated
    from its own text and only its own copies are looked for."""
    from sitrep.ingest.readers import ReadError, read_paths

    summary = RunSummary()
    taken: set[str] = set()
    done = 0
    for item in read_paths(paths, max_bytes=max_bytes):
        done += 1
        if progress:
            progress("ingest", done, 0)
        if isinstance(item, ReadError):
            status = "skipped" if item.skipped else "failed"
            summary.outcomes.append(Outcome(item.source, status, detail=item.reason))
            continue
        existing = store.document_by_hash(item.content_hash)
        if existing:
            first = store.document(existing)
            if first is not None and first.source == item.source:
                summary.outcomes.append(
                    Outcome(item.source, "unchanged", existing, f"already ingested as {existing}")
                )
            else:  # the same text from another file: an exact copy, stored once
                summary.outcomes.append(
                    Outcome(item.source, "duplicate", existing, f"identical text to {existing}")
                )
            continue
        try:
            doc = prepare(item, dates=not whole_store)
            wanted = _unique_id(store, doc.id, taken)
            stored = store.add_document(dataclasses.replace(doc, id=wanted))
        except Exception as exc:  # one broken file never sinks a run
            summary.outcomes.append(
                Outcome(item.source, "failed", detail=f"{type(exc).__name__}: {exc}")
            )
            continue
        taken_meanwhile = store.document(wanted)
        if stored != wanted and (
            taken_meanwhile is None or taken_meanwhile.content_hash == item.content_hash
        ):
            # another process stored the same text first, while this run read it
            summary.outcomes.append(
                Outcome(item.source, "duplicate", stored, f"identical text to {stored}")
            )
            continue
        taken.add(stored)
        summary.outcomes.append(Outcome(item.source, "ingested", stored))
    if whole_store:
        summary.dating = settle(store, period)
    else:
        group_new_copies(store, [o.doc for o in summary.outcomes if o.status == "ingested"])
    canonical_of = {m: g.canonical for g in store.duplicate_groups() for m in g.members}
    summary.outcomes = [
        dataclasses.replace(o, status="duplicate", detail=f"duplicate of {canonical_of[o.doc]}")
        if o.status == "ingested" and o.doc in canonical_of and canonical_of[o.doc] != o.doc
        else o
        for o in summary.outcomes
    ]
    return summary


def settle(store: Store, period: dt.date | None = None) -> Any:
    """Rebuild what is derived from the whole store when it is stale: duplicate groups,
    the corpus period, inferred publication dates. Stale means the documents changed
    since it was last built (a run interrupted before this step leaves it stale, so the
    next run rebuilds it), or the user gave a period. Returns the ``dating.Dating``, or
    None when nothing was stale."""
    from sitrep.ingest.dating import date_store

    fingerprint = store.fingerprint()
    if period is None and store.meta("settled") == fingerprint:
        return None
    pairs = find_pairs(store.documents())  # copies are copies whatever their dates
    store.replace_duplicate_groups(group_duplicates(store.documents(), pairs=pairs))
    dating = date_store(store, period)  # copies share dates: the groups come first
    # the canonical copy is the earliest published: chosen again with the dates
    store.replace_duplicate_groups(group_duplicates(store.documents(), pairs=pairs))
    store.set_meta("settled", fingerprint)
    return dating


def group_new_copies(store: Store, new: list[str | None]) -> None:
    """Find the copies of the ``new`` documents among the stored ones (the full-text
    index's best matches, checked as :func:`settle` checks every pair), and regroup
    only the groups they join."""
    ids = [i for i in new if i]
    if not ids:
        return
    involved = set(ids)
    for doc in store.documents(ids):
        involved.update(store.copy_candidates(doc))
    for g in store.duplicate_groups():
        if involved & set(g.members):
            involved.update(g.members)
    documents = store.documents(involved)
    groups = group_duplicates(documents, pairs=find_pairs(documents))
    store.replace_duplicate_groups_of(involved, groups)


def extract(
    store: Store,
    *,
    n_process: int = 1,
    progress: Progress | None = None,
    scheduler: str | None = None,
    summary: RunSummary | None = None,
    only: Iterable[str] | None = None,
) -> int:
    """Run the extraction components over every document not read yet, or read by another
    version of the extractors (a reading is redone when the rules or the model change).

    A document a component fails on is stored with the error (and added to ``summary``
    as a failure); the others go on.
    """
    from sitrep.extract.runner import reader_version

    version = reader_version()
    if only is not None:  # these documents alone (an upload): the rest are not even read
        read = store.read_by(version, only)
        documents = [d for d in store.documents(only) if d.id not in read]
    else:
        documents = store.unread_documents(version)
    if not documents:
        return 0
    total = len(documents)
    source = {d.id: d.source for d in documents}
    done = 0

    def save(reading: DocumentReading) -> None:
        nonlocal done
        store.save_reading(reading, version)
        if reading.errors and summary is not None:
            summary.outcomes.append(
                Outcome(
                    source[reading.doc],
                    "failed",
                    reading.doc,
                    "extraction failed: " + "; ".join(reading.errors),
                )
            )
        done += 1
        if progress:
            progress("extract", done, total)

    if scheduler:
        from sitrep.extract.distributed import read_with_dask

        for reading in read_with_dask(documents, scheduler):
            save(reading)
        return total
    from sitrep.extract.runner import iter_readings, read_documents

    if n_process <= 1:
        for reading in iter_readings(documents):
            save(reading)
    else:
        for reading in read_documents(documents, n_process=n_process):
            save(reading)
    return total


def resolve(store: Store, *, progress: Progress | None = None, run: int | None = None) -> bool:
    """Rebuild the cross-document picture from every reading in the store (what changed
    is recorded under ``run``, a new run when None)."""
    try:
        from sitrep.resolve import resolve_all
    except ImportError:
        return False
    if progress:
        progress("resolve", 0, 1)
    resolution = resolve_all(
        store.documents(), store.duplicate_groups(), store.readings(), about=store.meta("event")
    )
    store.replace_resolution(resolution, run=run)
    if progress:
        progress("resolve", 1, 1)
    return True


def process(
    store: Store,
    paths: Iterable[str | Path],
    progress: Progress | None = None,
    *,
    n_process: int = 1,
    period: dt.date | None = None,
) -> RunSummary:
    """Everything for ``paths`` into ``store``: ingest, extract, resolve."""
    summary = ingest(store, paths, progress=progress, period=period)
    summary.extracted = extract(store, n_process=n_process, progress=progress, summary=summary)
    summary.resolved = resolve(store, progress=progress)
    return summary


def add(store: Store, paths: Iterable[str | Path], progress: Progress | None = None) -> RunSummary:
    """New documents into a store that holds a resolved picture (an upload): ingest them,
    find their copies, read them, and resolve them with their neighbourhood only
    (:mod:`sitrep.store.update`), so that it costs about what the new documents cost, not
    the whole store. A store with no picture yet is resolved whole."""
    from sitrep.store.update import update

    run = store.begin_run("upload")
    summary = ingest(store, paths, progress=progress, whole_store=False)
    new = [o.doc for o in summary.outcomes if o.status == "ingested" and o.doc]
    summary.extracted = extract(store, progress=progress, summary=summary, only=new)
    if not store.counts()["events"]:
        summary.resolved = resolve(store, progress=progress, run=run)
    elif new:
        if progress:
            progress("resolve", 0, 1)
        update(store, new, run)
        summary.resolved = True
        if progress:
            progress("resolve", 1, 1)
    store.finish_run(run, len(new))
    return summary


def process_paths(
    db_path: Path,
    paths: list[Path],
    progress: Progress | None = None,
    *,
    n_process: int = 1,
    period: dt.date | None = None,
) -> RunSummary:
    """Everything for ``paths`` into the store at ``db_path`` (see :func:`process`)."""
    with Store(db_path) as store:
        return process(store, paths, progress, n_process=n_process, period=period)
