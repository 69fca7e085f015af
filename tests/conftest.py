from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from sitrep.records import Document, Segment

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "kazakhstan-2022"


@pytest.fixture(scope="session")
def example_dir() -> Path:
    return EXAMPLE


@pytest.fixture(scope="session")
def gold() -> dict:
    return json.loads((EXAMPLE / "gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def texts() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted((EXAMPLE / "docs").glob("*.txt"))}


def make_document(doc_id: str, text: str, **fields) -> Document:
    """A document as the readers would make it, for tests."""
    segments = fields.pop("segments", (Segment(0, len(text), "body"),))
    return Document(
        id=doc_id,
        text=text,
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        source=f"{doc_id}.txt",
        format="txt",
        segments=segments,
        **fields,
    )
