"""What the app needs from a store, behind a small protocol.

Why a protocol: the app's routes only need "the export", "search" and "process these files";
the default implementation opens the lead's SQLite ``Store`` per call (safe across threads), and
tests or embedders can pass another backend without touching the routes.
"""

from __future__ import annotations

import os
import threading
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
        from sitrep.pipeline import process_paths

        return process_paths(self.db_path, paths, progress)


class ExportCache:
    """The latest export, rebuilt only when the backend's version changes."""

    def __init__(self, backend: Backend) -> None:
        self._backend = backend
        self._lock = threading.Lock()
        self._key: str | None = None
        self._value: dict[str, Any] = {}

    def invalidate(self) -> None:
        with self._lock:
            self._key = None

    def get(self) -> dict[str, Any]:
        key = self._backend.version()
        with self._lock:
            if key != self._key:
                self._value = self._backend.export()
                self._key = key
            return self._value
