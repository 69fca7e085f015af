"""Documents, dates, names and places on crises sitrep had not seen (the s10 probe corpora):
each test is a short invented text of the kind that went wrong there (real model, real
gazetteer, real cleaner)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from spacy.language import Language

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "resolve"))

import make  # noqa: E402

from sitrep.extract import context  # noqa: E402
from sitrep.extract.gazetteer import GeoContext, geocode, haversine_km  # noqa: E402
from sitrep.extract.nlp import load_pipeline  # noqa: E402
from sitrep.ingest.clean import segment_text  # noqa: E402
from sitrep.ingest.metadata import infer_metadata  # noqa: E402
from sitrep.records import EntityMention  # noqa: E402
from sitrep.resolve.entities import resolve_entities  # noqa: E402

COLOMBO = (6.93, 79.85)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline(only=("sitrep_entities_v1",))


def _entities(nlp: Language, text: str) -> list[EntityMention]:
    doc = context.set_context(nlp.make_doc(text), "t", None)
    return context.get(nlp(doc), "entities")


# --- publication dates ------------------------------------------------------------------------


def test_first_published_wins_over_updated() -> None:
    text = (
        "How the economic collapse brought down the government\n"
        "Analysis\n"
        "Updated 27 July 2022\n"
        "First published 25 July 2022 14:02\n"
        "For most of the past two decades, one family dominated the country's politics, and "
        "in four months a protest movement drove two of its members out of office.\n"
    )
    meta = infer_metadata(text, segment_text(text))
    assert meta.published == "2022-07-25"


def test_updated_line_alone_still_dates_the_page() -> None:
    text = (
        "Protesters storm the prime minister's office\n"
        "Last updated 13 July 2022\n"
        "Thousands of protesters pushed past troops and into the prime minister's office on "
        "Wednesday, as the security forces fired volleys of tear gas.\n"
    )
    meta = infer_metadata(text, segment_text(text))
    assert meta.published == "2022-07-13"


# --- names ------------------------------------------------------------------------------------


def test_surnames_spelt_with_other_vowels_are_one_person() -> None:
    readings = [
        make.reading("a", [make.ment("a", "Ranil Wickremesinghe")]),
        make.reading("b", [make.ment("b", "Ranil Wickramasinghe")]),
    ]
    people = [e for e in resolve_entities(readings).entities if e.type == "PERSON"]
    assert len(people) == 1
    assert {"Ranil Wickremesinghe", "Ranil Wickramasinghe"} <= set(people[0].aliases)


def test_short_surnames_with_other_vowels_stay_apart() -> None:
    readings = [
        make.reading("a", [make.ment("a", "Ali Hassan")]),
        make.reading("b", [make.ment("b", "Ali Hussein")]),
        make.reading("c", [make.ment("c", "Ahmed Rajab")]),
        make.reading("d", [make.ment("d", "Ahmed Rajib")]),
    ]
    people = [e for e in resolve_entities(readings).entities if e.type == "PERSON"]
    assert len(people) == 4


# --- places -----------------------------------------------------------------------------------


def test_region_word_name_follows_the_document_country() -> None:
    # GeoNames lists Sri Lanka's region as "Western" and Rwanda's as "Western Province"
    lanka = GeoContext(countries=("LK",), admin1=frozenset(), points=(COLOMBO,))
    place = geocode("Western Province", lanka).place
    assert place is not None and place.country_code == "LK"
    assert haversine_km((place.lat, place.lon), COLOMBO) < 50
    rwanda = GeoContext(countries=("RW",), admin1=frozenset(), points=((-1.95, 30.06),))
    place = geocode("Western Province", rwanda).place
    assert place is not None and place.country_code == "RW"


def test_town_the_model_calls_a_people_is_placed_in_the_document_country(nlp: Language) -> None:
    text = (
        "Sri Lanka's president left the Katunayake air base north of Colombo in the early "
        "hours of Wednesday, officials in Sri Lanka said."
    )
    found = {m.text: m for m in _entities(nlp, text)}
    town = found["Katunayake"]
    assert town.place is not None and town.place.country_code == "LK"
    assert haversine_km((town.place.lat, town.place.lon), (7.17, 79.88)) < 25


def test_people_words_stay_peoples(nlp: Language) -> None:
    text = "Sri Lankan police and Buddhist monks joined the crowds in Colombo on Saturday."
    found = {m.text: m for m in _entities(nlp, text)}
    lankan = found.get("Sri Lankan")
    assert lankan is None or lankan.label == "NORP"
    assert "Buddhist" not in found or found["Buddhist"].label == "NORP"


def test_a_name_never_runs_on_over_a_blank_line(nlp: Language) -> None:
    # boilerplate lines are blanked to spaces (newlines kept) before the model reads the body;
    # the model ran "Western Province" on over two such lines
    body = (
        "Crisis live: the president flees to Maldives as PM declares emergency\n"
        "Protesters storm prime minister's office in Colombo; curfew imposed in Western Province\n"
        + " " * 44
        + "\n"
        + " " * 10
        + "\nShow key events only\n18:20 BST\n"
    )
    found = _entities(nlp, body)
    assert any(m.text == "Western Province" for m in found)
    for m in found:
        assert m.text == m.text.strip() and "\n" not in m.text, m
        assert body[m.start : m.end] == m.text
