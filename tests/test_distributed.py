"""Extraction on a Dask cluster gives what extraction in this process gives."""

from __future__ import annotations

import pytest

from sitrep.pipeline import prepare


def test_dask_local_cluster_matches_in_process_extraction(example_dir):
    pytest.importorskip("dask.distributed")
    from sitrep.extract.distributed import read_with_dask
    from sitrep.extract.runner import iter_readings
    from sitrep.ingest.readers import read_paths

    paths = sorted((example_dir / "docs").glob("00[24]*.txt"))
    docs = [prepare(d) for d in read_paths(paths)]
    here = {r.doc: r for r in iter_readings(docs)}
    there = {r.doc: r for r in read_with_dask(docs, "local", chunk_size=1)}
    assert set(there) == set(here) == {d.id for d in docs}
    for doc_id, reading in here.items():
        assert there[doc_id].figures == reading.figures
        assert there[doc_id].events == reading.events
