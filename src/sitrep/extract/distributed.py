"""Extraction spread over a Dask cluster, for corpora that outgrow one machine.

Workers run the same code as local extraction (``runner._read_chunk``, defined in
an importable module so each worker loads the model once and keeps it), and
return plain records. Start a cluster with ``dask scheduler`` and
``dask worker tcp://HOST:8786`` on each machine (with sitrep installed), then
``sitrep extract --scheduler tcp://HOST:8786``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from sitrep.extract.runner import _read_chunk
from sitrep.records import Document, DocumentReading


def read_with_dask(
    documents: Sequence[Document], scheduler: str, chunk_size: int = 16
) -> Iterator[DocumentReading]:
    """Readings of ``documents`` computed on the Dask cluster at ``scheduler``
    (``"local"`` starts a two-process LocalCluster on this machine)."""
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError as exc:  # pragma: no cover - depends on the [scale] extra
        raise RuntimeError("distributed extraction needs `pip install sitrep[scale]`") from exc
    cluster = None
    if scheduler == "local":
        cluster = LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
    else:
        client = Client(scheduler)
    try:
        chunks = [list(documents[i : i + chunk_size]) for i in range(0, len(documents), chunk_size)]
        futures = client.map(_read_chunk, chunks, pure=False)
        for future in as_completed(futures):
            yield from future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
