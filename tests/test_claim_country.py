"""A figure only its article's country placed counts in the crisis's country when the article
names that country nearly as often (claim_country): Timeline17's Egypt 2011 pile placed an
op-ed's "hundreds of deaths at the hands of pro-Mubarak snipers" in the U.S."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "resolve"))

import make  # noqa: E402

from conftest import make_document  # noqa: E402
from sitrep.records import Place  # noqa: E402
from sitrep.resolve.claim_country import (  # noqa: E402
    country_mentions,
    country_mentions_stored,
)
from sitrep.resolve.claims import reconcile  # noqa: E402
from sitrep.resolve.entities import resolve_entities  # noqa: E402
from sitrep.store import Store  # noqa: E402

USA = Place(6252001, "United States", "US", None, 39.76, -98.5, "country", 327167434, 3)


def _mentions(doc_id: str, us: int, sudan: int, named_in_sentence: bool = False) -> list:
    out = [
        make.ment(doc_id, "United States", "GPE", place=USA, start=200 + 20 * i) for i in range(us)
    ]
    out += [
        make.ment(doc_id, "Sudan", "GPE", place=make.SUDAN, start=600 + 20 * i)
        for i in range(sudan)
    ]
    if named_in_sentence:
        out.append(make.ment(doc_id, "United States", "GPE", place=USA, start=10))
    return out


def _groups(op_ed: dict) -> dict[str, set[str]]:
    docs = [make.doc(d, published="2023-04-20") for d in ("a", "b", "c")]
    figs = [
        make.figure("a", 1, "killed", 100),
        make.figure("b", 1, "killed", 200),
        make.figure("c", 1, "killed", 300, place="United States"),
    ]
    readings = [
        make.reading("a", _mentions("a", 0, 3), [figs[0]]),
        make.reading("b", _mentions("b", 0, 3), [figs[1]]),
        make.reading("c", _mentions("c", **op_ed), [figs[2]]),
    ]
    rec = reconcile(figs, resolve_entities(readings), docs, readings)
    return {g.place or "": set(g.figures) for g in rec.groups}


def test_an_op_ed_naming_the_crisis_nearly_as_often_counts_there():
    groups = _groups({"us": 4, "sudan": 3})
    assert groups == {"Sudan": {"a:F1", "b:F1", "c:F1"}}


def test_an_article_about_another_country_keeps_its_place():
    groups = _groups({"us": 4, "sudan": 1})
    assert groups["United States"] == {"c:F1"}


def test_a_figure_whose_sentence_names_the_place_keeps_it():
    groups = _groups({"us": 4, "sudan": 3, "named_in_sentence": True})
    assert groups["United States"] == {"c:F1"}


def test_a_sentence_naming_the_crisis_s_country_as_the_origin_counts_there():
    # Egypt 2011 (CNN): "about 1,600 Americans have been evacuated in flights from Egypt"
    docs = [make.doc(d, published="2023-04-20") for d in ("a", "b", "c")]
    figs = [
        make.figure("a", 1, "killed", 100),
        make.figure("b", 1, "killed", 200),
        make.figure("c", 1, "killed", 300, place="United States"),
    ]
    op_ed = [*_mentions("c", 5, 0), make.ment("c", "Sudan", "GPE", place=make.SUDAN, start=40)]
    readings = [
        make.reading("a", _mentions("a", 0, 3), [figs[0]]),
        make.reading("b", _mentions("b", 0, 3), [figs[1]]),
        make.reading("c", op_ed, [figs[2]]),
    ]
    rec = reconcile(figs, resolve_entities(readings), docs, readings)
    assert {g.place: set(g.figures) for g in rec.groups} == {"Sudan": {"a:F1", "b:F1", "c:F1"}}


def test_a_place_only_inside_the_claimant_s_name_gives_way_to_the_crisis_s_country():
    # Egypt 2011 (CNN): "The U.S. State Department says about 1,600 Americans have been
    # evacuated in flights from Egypt since Monday", in an article mostly about Egypt
    docs = [make.doc(d, published="2023-04-20") for d in ("a", "b", "c")]
    figs = [
        make.figure("a", 1, "killed", 100),
        make.figure("b", 1, "killed", 200),
        make.figure(
            "c", 1, "killed", 300, place="United States", claimed_by="United States Department"
        ),
    ]
    article = [
        *_mentions("c", 1, 6),
        make.ment("c", "United States", "GPE", place=USA, start=5),
        make.ment("c", "Sudan", "GPE", place=make.SUDAN, start=40),
    ]
    readings = [
        make.reading("a", _mentions("a", 0, 3), [figs[0]]),
        make.reading("b", _mentions("b", 0, 3), [figs[1]]),
        make.reading("c", article, [figs[2]]),
    ]
    rec = reconcile(figs, resolve_entities(readings), docs, readings)
    assert {g.place: set(g.figures) for g in rec.groups} == {"Sudan": {"a:F1", "b:F1", "c:F1"}}


def test_an_upload_reads_the_countries_from_the_stored_readings(tmp_path):
    # the upload (store/update.py) groups figures again from the readings' stored entities
    # alone: they must name the same countries as the whole resolution's readings
    readings = [
        make.reading("a", _mentions("a", 0, 3)),
        make.reading("c", _mentions("c", 4, 3, named_in_sentence=True)),
    ]
    with Store(tmp_path / "s.db") as store:
        for r in readings:
            store.add_document(make_document(r.doc, f"{r.doc} " * 500))
            store.save_reading(r)
        rows = store.conn.execute("SELECT doc, json_extract(data, '$.entities') FROM readings")
        stored = country_mentions_stored((doc, json.loads(e or "[]")) for doc, e in rows)
    assert stored == country_mentions(readings)
    assert (10, "US", "United States") in stored["c"] and len(stored["a"]) == 3
