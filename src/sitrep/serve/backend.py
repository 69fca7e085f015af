"""What the app needs from a store, behind a small protocol.

Why a protocol: besides the records its pages read (``sitrep.serve.records``), the app needs
"search" and "process these files"; the default implementation opens the SQLite ``Store`` per
call (safe across threads), and tests or embedders can pass another backend (with ``export``
and ``version``: its records are then served from that export) without touching the routes.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any, Protocol

from sitrep.serve.jobs import Progress


class Backend(Protocol):
    def version(self) -> str:
        """Changes whenever the store's content may have changed (cache key)."""
        ...

    def export(self) -> dict[str, Any]: ...

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]: ...

    def process(self, paths: list[Path], progress: Progress) -> Any: ...


class StoreBackend:
    """The store at ``db_path``, through ``sitrep.store.Store`` and the pipeline."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)

    def version(self) -> str:
        parts = []
        for suffix in ("", "-wal"):
            try:
                st = os.stat(f"{self.db_path}{suffix}")
                parts.append(f"{st.st_mtime_ns}:{st.st_size}")
            except FileNotFoundError:
                parts.append("-")
        return "|".join(parts)

    def export(self) -> dict[str, Any]:
        from sitrep.export.jsonexport import build_export
        from sitrep.store import Store

        with Store(self.db_path) as store:
            return build_export(store)

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """The store's hits; an untitled document is titled from its text, as the report does."""
        from sitrep.report.naming import title_from_text
        from sitrep.store import Store

        with Store(self.db_path) as store:
            hits = store.search(query, limit=limit)
            for hit in hits:
                doc = None if hit.get("title") else store.document(hit["doc"])
                if doc is not None:
                    segments = [
                        {"kind": s.kind, "start": s.start, "end": s.end} for s in doc.segments
                    ]
                    hit["title"] = title_from_text(doc.text, segments)
                    hit["title_inferred"] = hit["title"] is not None
        return hits

    def process(self, paths: list[Path], progress: Progress) -> Any:
        """An upload: only the new documents are read and resolved (``pipeline.add``)."""
        from sitrep.pipeline import add
        from sitrep.store import Store

        with Store(self.db_path) as store:
            return add(store, paths, progress)


class PageCache:
    """Rendered pages (and other derived values) by key, the least recently used dropped
    first. Keys carry the store's generation (:meth:`sitrep.store.Store.generation`), so a
    write makes only the pages that read what it wrote miss. Concurrent requests for a page
    being rendered wait for that one rendering instead of each doing it again."""

    def __init__(self, size: int = 256) -> None:
        self._size = size
        self._lock = threading.Lock()
        self._values: OrderedDict[Hashable, Any] = OrderedDict()
        self._pending: dict[Hashable, threading.Event] = {}

    def get(self, key: Hashable, make: Callable[[], Any]) -> Any:
        while True:
            with self._lock:
                if key in self._values:
                    self._values.move_to_end(key)
                    return self._values[key]
                waiting = self._pending.get(key)
                if waiting is None:
                    self._pending[key] = threading.Event()
                    break
            waiting.wait(60)
        try:
            value = make()
            with self._lock:
                self._values[key] = value
                while len(self._values) > self._size:
                    self._values.popitem(last=False)
            return value
        finally:
            with self._lock:
                self._pending.pop(key).set()
