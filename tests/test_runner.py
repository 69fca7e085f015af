"""Extraction keeps going when a component fails on one document."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from conftest import make_document
from sitrep import pipeline
from sitrep.extract import context, runner
from sitrep.store import Store


@Language.component("test_boom_on_marker")
def boom(doc: Doc) -> Doc:
    if "BOOM" in doc.text:
        raise ValueError("cannot read this one")
    context.put(doc, "quotes", [])
    return doc


def _nlp() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("test_boom_on_marker")
    return nlp


DOCS = [
    make_document("first", "Troops arrived in the capital."),
    make_document("broken", "BOOM goes the parser."),
    make_document("last", "Protests continued on Sunday."),
]


def test_a_failing_document_gets_a_reading_with_the_error_and_order_is_kept():
    readings = list(runner.iter_readings(DOCS, nlp=_nlp(), batch_size=2))
    assert [r.doc for r in readings] == ["first", "broken", "last"]
    assert readings[0].errors == () and readings[2].errors == ()
    assert readings[1].errors and "test_boom_on_marker" in readings[1].errors[0]
    assert "cannot read this one" in readings[1].errors[0]


def test_extract_reports_the_failure_and_stores_the_rest(tmp_path, monkeypatch):
    monkeypatch.setattr(runner, "_pipeline", _nlp)
    summary = pipeline.RunSummary()
    with Store(tmp_path / "s.db") as store:
        for doc in DOCS:
            store.add_document(doc)
        assert pipeline.extract(store, summary=summary) == 3
        assert store.unread_documents() == []  # not retried on every run
        assert [o.doc for o in summary.failed] == ["broken"]
        assert "extraction failed" in summary.failed[0].detail


def test_readings_made_by_other_extractors_are_read_again(tmp_path, monkeypatch):
    monkeypatch.setattr(runner, "_pipeline", _nlp)
    docs = [DOCS[0], DOCS[2]]
    with Store(tmp_path / "s.db") as store:
        for doc in docs:
            store.add_document(doc)
        assert pipeline.extract(store) == 2
        assert pipeline.extract(store) == 0  # same extractors: nothing to do
        monkeypatch.setattr(runner, "reader_version", lambda: "rules-changed")
        assert pipeline.extract(store) == 2
        assert store.unread_documents("rules-changed") == []
        assert [d.id for d in store.unread_documents("older")] == ["first", "last"]


def test_the_reader_version_names_the_model_and_the_code():
    v = runner.reader_version()
    assert v.startswith("model-") and len(v.split("+")[1]) == 12
