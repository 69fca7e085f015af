"""Places the entity step used to drop: towns in a list the model called organisations or
people, and seats of state named without their town (real model, real gazetteer)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitrep.extract import context
from sitrep.extract.gazetteer import haversine_km
from sitrep.extract.nlp import load_pipeline
from sitrep.records import EntityMention


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline(only=("sitrep_entities_v1",))


def _read(nlp: Language, text: str) -> dict[str, EntityMention]:
    doc = context.set_context(nlp.make_doc(text), "d", None)
    return {m.text: m for m in context.get(nlp(doc), "entities")}


def _near(m: EntityMention, lat: float, lon: float, km: float = 25) -> bool:
    return m.place is not None and haversine_km((m.place.lat, m.place.lon), (lat, lon)) <= km


def test_listed_towns_the_model_calls_organisations_are_the_documents_towns(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The storm made landfall on Libya's north-east coast on Sunday afternoon, bringing "
        "torrential rain to Benghazi, Bayda, Susa and al-Marj."
    )
    ms = _read(nlp, text)
    assert ms["Bayda"].label == "GPE" and _near(ms["Bayda"], 32.76, 21.76)
    assert ms["Susa"].label == "GPE" and _near(ms["Susa"], 32.9, 21.96)  # a minor town
    assert ms["Bayda"].place is not None and ms["Bayda"].place.country_code == "LY"


def test_a_name_outside_a_list_of_places_keeps_its_label(nlp) -> None:  # type: ignore[no-untyped-def]
    ms = _read(nlp, "Bayda said on Sunday that the talks in Benghazi had failed.")
    assert "Bayda" not in ms or ms["Bayda"].place is None


def test_seats_of_state_without_a_town_are_in_the_capital(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "President Ruto, in a televised address from State House, called the day's events "
        "treasonous. Protesters had breached Parliament Buildings. Police in Kenya fired."
    )
    ms = _read(nlp, text)
    for name in ("State House", "Parliament Buildings"):
        assert ms[name].label == "LOC" and _near(ms[name], -1.28, 36.82), name


def test_a_towns_hall_is_in_the_town_the_document_names(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Thousands marched through Nairobi on Tuesday. Police fired tear gas in Nairobi.\n\n"
        "Later, part of City Hall was set alight."
    )
    ms = _read(nlp, text)
    assert ms["City Hall"].label == "LOC" and _near(ms["City Hall"], -1.28, 36.82)


def test_a_seat_with_no_country_in_the_text_stays_unplaced(nlp) -> None:  # type: ignore[no-untyped-def]
    ms = _read(nlp, "The president spoke from State House on Tuesday.")
    assert "State House" not in ms or ms["State House"].place is None


def test_a_towns_part_is_at_the_town_its_sentence_names(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In Yangon, police fired tear gas and live rounds in North Okkalapa township. "
        "In Mandalay's Chan Mya Thazi township, a girl was shot dead."
    )
    ms = _read(nlp, text)
    assert ms["North Okkalapa"].label == "GPE" and _near(ms["North Okkalapa"], 16.8, 96.16)
    assert _near(ms["Chan Mya Thazi"], 21.97, 96.08)  # the model's "person", by its unit word


def test_a_towns_part_takes_no_town_from_another_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police fired in Colombo on Saturday. Crowds stayed in Colombo all night. "
        "Later, protesters set fires in the Kollupitiya neighbourhood."
    )
    ms = _read(nlp, text)
    assert ms["Kollupitiya"].label == "GPE" and ms["Kollupitiya"].place is None


def test_a_street_the_model_calls_an_organisation_is_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    ms = _read(nlp, "Police fired in Nairobi. We saw three bodies on Parliament Road.")
    assert ms["Parliament Road"].label == "LOC"
