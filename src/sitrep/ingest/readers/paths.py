"""Walking what the user gave: files, directories (recursively, in sorted order, skipping hidden
files and obvious non-articles) and glob patterns; each file read once.
"""

from __future__ import annotations

import errno
import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from sitrep.ingest.readers.dispatch import _read_file
from sitrep.ingest.readers.results import _LOOP, DEFAULT_MAX_BYTES, ReadError, Result, _os_reason
from sitrep.ingest.readers.sidecar import is_sidecar
from sitrep.ingest.readers.vocabulary import (
    FORMATS_WORDS,
    HOUSEKEEPING,
    HTML_SUFFIXES,
    JSONL_SUFFIXES,
    NOT_ARTICLES,
    TEXT_SUFFIXES,
)
from sitrep.records import Document


def read_paths(
    paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Result]:
    """Every article in ``paths`` as a ``Document``, and every problem as a ``ReadError``.

    Paths may be files, directories (read recursively, files in sorted order, hidden files
    and obvious non-articles skipped) or glob patterns. A file reached twice is read once.
    ``max_bytes`` limits one article: a single-article file, one JSONL line, one WARC
    record; feed and JSON files are parsed whole, so the limit applies to the file.
    """
    seen: set[Path] = set()
    for given in paths:
        yield from _read_given(str(given), seen, max_bytes)


def _read_given(given: str, seen: set[Path], max_bytes: int) -> Iterator[Result]:
    path = Path(given).expanduser()
    if path.is_dir():
        yield from _read_directory(path, seen, max_bytes)
    elif path.exists():
        yield from _read_once(path, seen, max_bytes)
    elif any(ch in given for ch in "*?["):
        matches = sorted(glob.glob(str(path), recursive=True))
        if not matches:
            yield ReadError(given, "no files match this pattern")
        for match in matches:
            if Path(match).is_dir():
                yield from _read_directory(Path(match), seen, max_bytes)
            else:
                yield from _read_once(Path(match), seen, max_bytes)
    else:
        yield ReadError(given, "no such file or directory")


def _read_directory(root: Path, seen: set[Path], max_bytes: int) -> Iterator[Result]:
    """Read a directory tree; one ReadError naming it if it yielded no article at all."""
    files: list[Path] = []
    skipped = 0
    unreadable: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable.append):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            candidate = Path(dirpath) / name
            if is_candidate(candidate):
                files.append(candidate)
            else:
                skipped += 1
    documents = 0
    failed = len(unreadable)
    for exc in unreadable:  # a folder os.walk could not list (permissions, a vanished mount)
        yield ReadError(str(exc.filename or root), f"cannot read this directory: {exc.strerror}")
    for file in sorted(files):
        for result in _read_once(file, seen, max_bytes):
            if isinstance(result, Document):
                documents += 1
            else:
                failed += 1
            yield result
    if documents == 0 and not (files and failed == 0):  # all-duplicates is not a problem
        detail = (
            f"{failed} file(s) could not be read"
            if failed
            else f"{skipped} file(s) skipped as not articles"
            if skipped
            else "it is empty"
        )
        yield ReadError(
            str(root),
            f"no readable article files in this directory ({detail}); looked for {FORMATS_WORDS}",
        )


def is_candidate(path: Path) -> bool:
    """Whether a file found in a directory may be an article (explicit paths are always tried)."""
    name = path.name.lower()
    if name.startswith(".") or name.endswith("~"):
        return False
    if path.stem.lower() in HOUSEKEEPING and path.suffix.lower() in {"", ".md", ".txt", ".rst"}:
        return False
    suffix = path.suffix.lower()
    if suffix == ".gz":
        inner = Path(path.stem).suffix.lower()
        return inner in {".warc", ".arc"} | TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
    return suffix not in NOT_ARTICLES


def _read_once(path: Path, seen: set[Path], max_bytes: int) -> Iterator[Result]:
    try:
        resolved = path.resolve()
    except RuntimeError:  # Python 3.11 reports a symlink loop so
        yield ReadError(str(path), _LOOP)
        return
    except OSError as exc:
        yield ReadError(str(path), _LOOP if exc.errno == errno.ELOOP else _os_reason(exc))
        return
    if resolved in seen:
        return
    seen.add(resolved)
    if is_sidecar(path):
        return  # metadata for a neighbouring article, read with it
    try:
        yield from _read_file(path, max_bytes)
    except OSError as exc:
        yield ReadError(str(path), _LOOP if exc.errno == errno.ELOOP else _os_reason(exc))
