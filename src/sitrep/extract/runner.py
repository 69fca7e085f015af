"""Running the extraction pipeline over documents, on one or several processes.

Each worker process loads the model and the gazetteer once, then streams its
share of the documents through ``nlp.pipe`` in batches. Results come back as
plain records (``DocumentReading``), so nothing spaCy-specific crosses a process
boundary.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import multiprocessing
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from sitrep.extract import context
from sitrep.extract.nlp import MODEL, load_pipeline
from sitrep.records import Document, DocumentReading

# The longest text one spaCy pass reads: longer documents are read in pieces. Well below
# spaCy's own max_length (1,000,000 characters, E088) because the parser's memory grows
# with the text; a piece ends at a paragraph break so no sentence is cut.
PIECE_CHARS = 100_000
BATCH_CHARS = 200_000  # characters in one nlp.pipe batch (16 news articles fit many times)
_OFFSETS = ("start", "end", "speaker_start", "speaker_end")
_BREAKS = ("\n\n", "\n", ". ", " ")


@functools.lru_cache(maxsize=1)
def _pipeline() -> Language:
    return load_pipeline()


@functools.lru_cache(maxsize=1)
def reader_version() -> str:
    """Names the extractors: the model's version and a hash of the extraction code and data.

    Why: a store keeps each document's reading so that re-running is cheap; a reading made
    by other rules or another model is stale, and this is how a run knows to read again.
    """
    digest = hashlib.sha1()
    here = Path(__file__).parent
    for path in sorted(p for p in here.rglob("*") if p.is_file() and p.suffix != ".pyc"):
        digest.update(path.relative_to(here).as_posix().encode())
        digest.update(path.read_bytes())
    try:
        model = version(MODEL)
    except PackageNotFoundError:
        model = "unknown"
    return f"model-{model}+{digest.hexdigest()[:12]}"


def reading_of(doc: Doc) -> DocumentReading:
    """The records the components stored on ``doc``."""
    return DocumentReading(
        doc=context.doc_id(doc),
        entities=tuple(context.get(doc, "entities")),
        times=tuple(context.get(doc, "times")),
        figures=tuple(context.get(doc, "figures")),
        quotes=tuple(context.get(doc, "quotes")),
        events=tuple(context.get(doc, "events")),
    )


def pieces(text: str, size: int = PIECE_CHARS) -> list[tuple[int, str]]:
    """``text`` as (offset, piece) pairs of at most ``size`` characters that join back to it.

    A piece ends after the last paragraph break in its second half, else after the last
    line break, sentence end or space there, and only failing all of them mid-word.
    """
    out: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > size:
        window = text[start + size // 2 : start + size]
        cut = start + size
        for mark in _BREAKS:
            at = window.rfind(mark)
            if at >= 0:
                cut = start + size // 2 + at + len(mark)
                break
        out.append((start, text[start:cut]))
        start = cut
    out.append((start, text[start:]))
    return out


def _batches(work: list[tuple[Document, int, str]], size: int) -> Iterator[list[Any]]:
    """``work`` in batches of at most ``size`` texts and BATCH_CHARS characters: the parser's
    memory grows with the characters in a batch, and 16 pieces of a long text at once took
    3.7 GB."""
    batch: list[Any] = []
    chars = 0
    for item in work:
        if batch and (len(batch) >= size or chars + len(item[2]) > BATCH_CHARS):
            yield batch
            batch, chars = [], 0
        batch.append(item)
        chars += len(item[2])
    if batch:
        yield batch


def _shifted(record: Any, by: int) -> Any:
    """``record`` with every character offset in it (nested evidence too) moved by ``by``."""
    if isinstance(record, tuple):
        return tuple(_shifted(r, by) for r in record)
    if not dataclasses.is_dataclass(record) or isinstance(record, type):
        return record
    changes: dict[str, Any] = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if f.name in _OFFSETS and isinstance(value, int):
            changes[f.name] = value + by
        elif isinstance(value, tuple) or dataclasses.is_dataclass(value):
            changes[f.name] = _shifted(value, by)
    return dataclasses.replace(record, **changes)


def _joined(doc_id: str, parts: list[tuple[int, DocumentReading]]) -> DocumentReading:
    """One reading from the readings of a document's pieces, offsets into the whole text
    and figure and event ids numbered through (as one pass would number them)."""
    if len(parts) == 1 and parts[0][0] == 0:
        return parts[0][1]
    moved = [_shifted(reading, start) for start, reading in parts]
    figures = [f for r in moved for f in r.figures]
    events = [e for r in moved for e in r.events]
    return DocumentReading(
        doc=doc_id,
        entities=tuple(x for r in moved for x in r.entities),
        times=tuple(x for r in moved for x in r.times),
        figures=tuple(
            dataclasses.replace(f, id=f"{doc_id}:F{n}") for n, f in enumerate(figures, 1)
        ),
        quotes=tuple(x for r in moved for x in r.quotes),
        events=tuple(dataclasses.replace(e, id=f"{doc_id}:E{n}") for n, e in enumerate(events, 1)),
        errors=tuple(
            f"characters {start}-: {error}"
            for (start, _), r in zip(parts, moved, strict=True)
            for error in r.errors
        ),
    )


def iter_readings(
    documents: Sequence[Document], nlp: Language | None = None, batch_size: int = 16
) -> Iterator[DocumentReading]:
    """Readings of ``documents`` in order, in this process.

    A component that fails on one document does not stop the others: spaCy drops that
    document from the stream and calls the error handler, which records why, and the
    document gets a reading that carries the error (so it is reported, and not retried
    on every run until the code changes). A text longer than one pass may read is read
    in pieces (see :func:`pieces`) whose readings are joined with offsets into the whole.
    """
    nlp = nlp or _pipeline()
    size = min(PIECE_CHARS, nlp.max_length)
    failures: dict[tuple[str, int], str] = {}
    key = "sitrep.piece"

    def record(name: str, _proc: object, docs: list[Doc], error: Exception) -> None:
        for doc in docs:
            failures[context.doc_id(doc), doc.user_data.get(key, 0)] = (
                f"{name}: {type(error).__name__}: {error}"
            )

    nlp.default_error_handler = record  # sitrep's components (functions) report through it
    work = [(d, start, text) for d in documents for start, text in pieces(d.read_text(), size)]

    def make(document: Document, start: int, text: str) -> Doc:
        doc = context.set_context(nlp.make_doc(text), document.id, document.published)
        doc.user_data[key] = start
        return doc

    def failed(document: Document, start: int) -> DocumentReading:
        reason = failures.get((document.id, start), "failed")
        return DocumentReading(doc=document.id, errors=(reason,))

    parts: list[tuple[int, DocumentReading]] = []
    current: Document | None = None

    def take(document: Document, start: int, reading: DocumentReading) -> Iterator[DocumentReading]:
        nonlocal current, parts
        if current is not None and current is not document:
            yield _joined(current.id, parts)
            parts = []
        current = document
        parts.append((start, reading))

    for batch in _batches(work, batch_size):
        pending = iter(batch)
        for doc in nlp.pipe((make(*item) for item in batch), batch_size=len(batch)):
            done = (context.doc_id(doc), doc.user_data.get(key, 0))
            for document, start, _ in pending:
                if (document.id, start) == done:
                    yield from take(document, start, reading_of(doc))
                    break
                yield from take(document, start, failed(document, start))
        for document, start, _ in pending:
            yield from take(document, start, failed(document, start))
    if current is not None:
        yield _joined(current.id, parts)


def _read_chunk(documents: Sequence[Document]) -> list[DocumentReading]:
    return list(iter_readings(documents))


def read_documents(
    documents: Sequence[Document],
    n_process: int = 1,
    chunk_size: int = 64,
) -> Iterator[DocumentReading]:
    """Readings of ``documents`` in input order, as they are ready, from ``n_process``
    worker processes (each loads the model and the gazetteer once)."""
    if n_process <= 1 or len(documents) <= chunk_size:
        yield from iter_readings(documents)
        return
    chunks = [documents[i : i + chunk_size] for i in range(0, len(documents), chunk_size)]
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=n_process, mp_context=ctx) as pool:
        for readings in pool.map(_read_chunk, chunks):
            yield from readings
