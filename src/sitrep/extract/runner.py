"""Running the extraction pipeline over documents, on one or several processes.

Each worker process loads the model and the gazetteer once, then streams its
share of the documents through ``nlp.pipe`` in batches. Results come back as
plain records (``DocumentReading``), so nothing spaCy-specific crosses a process
boundary.
"""

from __future__ import annotations

import functools
import hashlib
import multiprocessing
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from sitrep.extract import context
from sitrep.extract.nlp import MODEL, load_pipeline
from sitrep.records import Document, DocumentReading


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


def iter_readings(
    documents: Sequence[Document], nlp: Language | None = None, batch_size: int = 16
) -> Iterator[DocumentReading]:
    """Readings of ``documents`` in order, in this process.

    A component that fails on one document does not stop the others: spaCy drops that
    document from the stream and calls the error handler, which records why, and the
    document gets a reading that carries the error (so it is reported, and not retried
    on every run until the code changes).
    """
    nlp = nlp or _pipeline()
    failures: dict[str, str] = {}

    def record(name: str, _proc: object, docs: list[Doc], error: Exception) -> None:
        for doc in docs:
            failures[context.doc_id(doc)] = f"{name}: {type(error).__name__}: {error}"

    nlp.default_error_handler = record  # sitrep's components (functions) report through it
    docs = (context.set_context(nlp.make_doc(d.body_text()), d.id, d.published) for d in documents)
    pending = iter(documents)

    def failed(document: Document) -> DocumentReading:
        return DocumentReading(doc=document.id, errors=(failures.get(document.id, "failed"),))

    for doc in nlp.pipe(docs, batch_size=batch_size):
        done = context.doc_id(doc)
        for document in pending:
            if document.id == done:
                break
            yield failed(document)
        yield reading_of(doc)
    yield from (failed(document) for document in pending)


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
