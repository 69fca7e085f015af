"""The streamed JSON export (orjson): the same records, key order and values as the
in-memory export, valid for the stdlib's reader, non-ASCII text as itself."""

from __future__ import annotations

import io
import json
import math

from hypothesis import given
from hypothesis import strategies as st

from conftest import make_document
from sitrep.export.jsonexport import build_export, write_json
from sitrep.records import (
    DocumentReading,
    Entity,
    Event,
    EventReport,
    Evidence,
    FigureClaim,
    Place,
    Quote,
)
from sitrep.resolve import Resolution
from sitrep.serve.records import StoreRecords
from sitrep.store import Store, codec

TEXT = "В Алматы «тысячи» вышли — 12.5 тысяч, said Ayşe. 😀 Police fired."


def _figure(doc: str, n: int, value: float) -> FigureClaim:
    return FigureClaim(
        id=f"{doc}:F{n}",
        doc=doc,
        start=25,
        end=29,
        text="12.5",
        sentence=Evidence(doc, 0, 48),
        measure="protesters",
        value=value,
        low=None,
        high=None,
        qualifier="exact",
        vague=False,
        group=None,
        place="Алматы",
        claimed_by="Ayşe",
        as_of=None,
    )


def _store(path) -> Store:
    store = Store(path)
    store.add_document(make_document("a", TEXT, title="Алматы"))
    store.add_document(make_document("b", "Nothing happened here."))
    store.save_reading(
        DocumentReading(
            doc="a",
            figures=(_figure("a", 1, 12500.0), _figure("a", 2, 1e-07), _figure("a", 3, 1e16)),
            quotes=(Quote("a", 2, 9, "Алматы", Evidence("a", 0, 48), "Ayşe"),),
        )
    )
    store.save_reading(DocumentReading(doc="b"))
    almaty = Place(1526384, "Алматы", "KZ", "02", 43.25667, 76.92861, "city", 2000900)
    event = Event(
        id="ev1",
        type="protest",
        acled_event_type="Protests",
        acled_sub_event_type="Peaceful protest",
        date="2022-01-05",
        time_precision=1,
        place="Алматы",
        place_ref=almaty,
        actors=(),
        description="«тысячи» вышли",
        reports=(EventReport("a", 0, 24, TEXT[:24], "a:E1"),),
        sources=("a",),
        corroboration=1,
    )
    resolution = Resolution(entities=(), events=(event,), claim_groups=(), conflicts=())
    store.replace_resolution(resolution)
    return store


def test_the_streamed_export_equals_the_in_memory_one_key_for_key(tmp_path):
    with _store(tmp_path / "s.db") as store:
        expected = build_export(store)
        path = tmp_path / "export.json"
        with path.open("w", encoding="utf-8") as fh:
            write_json(store, fh)
        text_io = io.StringIO()
        write_json(store, text_io)
        bytes_io = io.BytesIO()
        write_json(store, bytes_io)
    raw = path.read_bytes()
    assert raw == text_io.getvalue().encode("utf-8") == bytes_io.getvalue()
    got = json.loads(raw)
    # the same sections and records, keys in the same order, floats to the last bit
    assert json.dumps(got) == json.dumps(expected)
    assert [f["value"] for f in got["figures"]] == [12500.0, 1e-07, 1e16]
    assert got["events"][0]["admin1_code"] == "02" and got["documents"][0]["title"] == "Алматы"
    # non-ASCII as itself, not \\u escapes; a document's figures on one line
    assert "«тысячи»".encode() in raw and b"\\u" not in raw
    assert raw.count(b'\n{"id":"a:F1"') == 1 and raw.count(b'},{"id":"a:F') == 2


def _named_store(path) -> Store:
    store = Store(path)
    store.add_document(make_document("a", TEXT))
    store.save_reading(
        DocumentReading(
            doc="a",
            figures=(_figure("a", 1, 12500.0),),
            quotes=(
                Quote("a", 2, 9, "Алматы", Evidence("a", 0, 48), "Ayşe"),
                Quote("a", 10, 20, "тысячи", Evidence("a", 0, 48), "people"),
            ),
        )
    )
    ayse = Entity("ENT1", "Ayşe Demir", "PERSON", ("Ayşe Demir", "Ayşe"), ())
    store.replace_resolution(Resolution(entities=(ayse,), events=(), claim_groups=(), conflicts=()))
    return store


def test_who_claims_and_who_speaks_are_named_as_their_entity(tmp_path):
    with _named_store(tmp_path / "s.db") as store:
        built = build_export(store)
        streamed = io.BytesIO()
        write_json(store, streamed)
    # the web app's API reads the store directly, and names them the same
    app = StoreRecords(tmp_path / "s.db")
    api = {"figures": app.figures(None, None, 10, 0)[1], "quotes": app.section("quotes", 10, 0)[1]}
    for export in (built, json.loads(streamed.getvalue()), api):
        (figure,) = export["figures"]
        assert (figure["claimed_by"], figure["claimed_by_text"]) == ("Ayşe Demir", "Ayşe")
        named, common = export["quotes"]
        assert (named["speaker"], named["speaker_text"]) == ("Ayşe Demir", "Ayşe")
        assert common["speaker"] == "people" and "speaker_text" not in common  # no entity


def test_a_file_opened_in_another_encoding_gets_text(tmp_path):
    with _store(tmp_path / "s.db") as store:
        path = tmp_path / "export.json"
        with path.open("w", encoding="utf-16") as fh:
            write_json(store, fh, with_text=False)
    got = json.loads(path.read_text(encoding="utf-16"))
    assert "text" not in got["documents"][0] and got["quotes"][0]["speaker"] == "Ayşe"


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**64 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@given(JSON_VALUES)
def test_codec_reads_what_the_stdlib_wrote_and_the_stdlib_reads_what_it_writes(value):
    assert codec.loads(json.dumps(value)) == value
    assert codec.loads(json.dumps(value, ensure_ascii=False)) == value
    assert json.loads(codec.dumps(value)) == value
    assert codec.loads(codec.dumps(value)) == value


@given(st.integers(min_value=2**64, max_value=2**80) | st.integers(max_value=-(2**63) - 1))
def test_codec_falls_back_to_the_stdlib_for_what_orjson_refuses(big):
    assert json.loads(codec.dumps({"n": big})) == {"n": big}
    # the documented limit: reading one back gives the nearest float (no record holds one)
    assert codec.loads(json.dumps([big])) == [float(big)]


def test_codec_reads_the_stdlibs_nan_and_infinity():
    got = codec.loads('{"a": NaN, "b": Infinity, "c": -Infinity}')
    assert math.isnan(got["a"]) and got["b"] == math.inf and got["c"] == -math.inf
