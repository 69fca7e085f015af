"""Background ingestion of uploaded articles, with progress the pages can show.

Why one worker thread: the pipeline writes to one SQLite store; running uploads one after another
keeps writes serial and memory bounded (each run loads the spaCy model), while the web server
stays responsive. Job states are frozen records replaced under a lock, owned by the app.
"""

from __future__ import annotations

import dataclasses
import secrets
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

Progress = Callable[[str, int, int], None]
Runner = Callable[[list[Path], Progress], Any]


@dataclass(frozen=True, slots=True)
class Job:
    id: str
    files: tuple[str, ...]
    status: str = "queued"  # queued | running | done | failed
    stage: str = ""
    done: int = 0
    total: int = 0
    started: float = 0.0
    finished: float = 0.0
    outcomes: tuple[dict[str, str], ...] = ()
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def _outcomes(summary: Any) -> tuple[dict[str, str], ...]:
    """The per-file outcomes of a pipeline RunSummary, as plain strings."""
    out = []
    for o in getattr(summary, "outcomes", None) or []:
        out.append(
            {
                "source": Path(str(getattr(o, "source", ""))).name,
                "status": str(getattr(o, "status", "")),
                "doc": str(getattr(o, "doc", "") or ""),
                "detail": str(getattr(o, "detail", "") or ""),
            }
        )
    return tuple(out)


class QueueFull(Exception):
    """As many uploads as the queue holds are waiting already."""


class JobRegistry:
    """Queued and finished upload jobs; ``on_finish`` runs after each job (cache invalidation).
    At most ``max_pending`` jobs wait or run at once: a flood of uploads is refused, not
    queued without end."""

    def __init__(
        self,
        runner: Runner,
        on_finish: Callable[[], None] | None = None,
        max_pending: int = 8,
    ) -> None:
        self._runner = runner
        self._on_finish = on_finish
        self._max_pending = max_pending
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sitrep-ingest")

    def _set(self, job_id: str, **changes: Any) -> None:
        with self._lock:
            self._jobs[job_id] = dataclasses.replace(self._jobs[job_id], **changes)

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def recent(self, n: int = 5) -> list[Job]:
        with self._lock:
            return sorted(self._jobs.values(), key=lambda j: -j.started)[:n]

    def _pending(self) -> int:
        return sum(j.status in ("queued", "running") for j in self._jobs.values())

    def check_room(self) -> None:
        """Raise QueueFull if no job can be taken now."""
        with self._lock:
            if self._pending() >= self._max_pending:
                raise QueueFull(f"{self._max_pending} uploads are waiting already")

    def submit(self, paths: list[Path]) -> Job:
        job = Job(id=secrets.token_hex(8), files=tuple(p.name for p in paths), started=time.time())
        with self._lock:
            if self._pending() >= self._max_pending:
                raise QueueFull(f"{self._max_pending} uploads are waiting already")
            self._jobs[job.id] = job
        self._pool.submit(self._run, job.id, paths)
        return job

    def _run(self, job_id: str, paths: list[Path]) -> None:
        self._set(job_id, status="running")

        def progress(stage: str, done: int, total: int) -> None:
            self._set(job_id, stage=stage, done=done, total=total)

        try:
            summary = self._runner(paths, progress)
            self._set(job_id, status="done", outcomes=_outcomes(summary), finished=time.time())
        except Exception as exc:  # a failed upload must not take the server down
            self._set(
                job_id, status="failed", error=f"{type(exc).__name__}: {exc}", finished=time.time()
            )
        finally:
            if self._on_finish:
                self._on_finish()

    def shutdown(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
