"""A foreign outlet's article placed at home: the pile's country for the happenings its
article alone placed in a country the pile places almost nothing in."""

from __future__ import annotations

from conftest import make_document
from sitrep.records import Document, EventMention, Place
from sitrep.resolve.events.foreign import place_at_home

PERU = Place(3932488, "Peru", "PE", None, -10.0, -76.0, "country", 29381884, 3)
LIMA = Place(3936456, "Lima", "PE", "15", -12.04, -77.03, "city", 7737002, 1)
CHILE = Place(3895114, "Chile", "CL", None, -30.0, -71.0, "country", 16746491, 3)


def _m(doc: str, place: Place, basis: str, n: int = 1) -> EventMention:
    return EventMention(
        f"{doc}{n}", doc, 0, 10, "x", "protest", "Protests", "Peaceful protest", "marched",
        place=place.name, place_ref=place, date="2022-12-10", place_basis=basis,
    )  # fmt: skip


def _docs(texts: dict[str, str]) -> dict[str, Document]:
    return {i: make_document(i, t) for i, t in texts.items()}


def test_an_article_placed_abroad_takes_the_piles_country_when_it_names_it() -> None:
    stated = [_m(d, LIMA, "sentence") for d in "abcdefg"] + [_m("h", PERU, "sentence")]
    chilean = _m("x", CHILE, "document")  # a Chilean paper's article on Peru's protests
    texts = _docs({"x": "Chileans in Peru were told to stay indoors as protests spread."})
    moved = place_at_home([*stated, chilean], texts)[-1]
    assert moved.place == "Peru" and moved.place_ref == PERU
    # an article that does not name the pile's country keeps its place
    assert place_at_home([*stated, chilean], _docs({"x": "Protests spread."}))[-1].place == "Chile"
    # a sentence's own place is never moved
    said = _m("x", CHILE, "sentence", 2)
    assert place_at_home([*stated, said], texts)[-1].place == "Chile"


def test_a_pile_about_two_countries_moves_nothing() -> None:
    stated = [_m(d, LIMA, "sentence") for d in "abcd"] + [_m(d, CHILE, "sentence") for d in "ef"]
    chilean = _m("x", CHILE, "document")
    texts = _docs({"x": "Peru and Chile closed the border."})
    assert place_at_home([*stated, chilean], texts)[-1].place == "Chile"
