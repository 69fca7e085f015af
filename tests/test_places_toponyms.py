"""Toponyms as a geoparser reports them: adjectival demonyms and territorial unions count,
people-nouns do not; sitrep's own entity labels stay as they were (real model, real gazetteer)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitrep.extract import context
from sitrep.extract.gazetteer import haversine_km, load_gazetteer
from sitrep.extract.nlp import load_pipeline
from sitrep.extract.toponyms import toponym_mentions
from sitrep.records import EntityMention


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline(only=("sitrep_entities_v1",))


def _read(nlp: Language, text: str) -> tuple[list[EntityMention], list[EntityMention]]:
    doc = nlp(context.set_context(nlp.make_doc(text), "t", None))
    entities = context.get(doc, "entities")
    return entities, toponym_mentions(doc, entities)


def _texts(mentions: list[EntityMention]) -> list[str]:
    return [m.text for m in mentions]


def test_adjectival_demonym_is_a_toponym_of_its_country(nlp: Language) -> None:
    entities, toponyms = _read(
        nlp, "Syrian refugees crossed into Turkey after the Russian-backed offensive began."
    )
    syrian = next(m for m in toponyms if m.text == "Syrian")
    assert syrian.label == "NORP"  # the entity keeps its label
    assert syrian.place is not None and syrian.place.country_code == "SY"
    assert "Russian" in _texts(toponyms)
    assert "Turkey" in _texts(toponyms)
    assert any(m.text == "Syrian" and m.label == "NORP" for m in entities)


def test_people_nouns_are_not_toponyms(nlp: Language) -> None:
    _, toponyms = _read(nlp, "Thousands of Syrians fled, and many Americans watched from afar.")
    assert "Syrians" not in _texts(toponyms)
    assert "Americans" not in _texts(toponyms)


def test_coordinated_adjectives_are_toponyms(nlp: Language) -> None:
    _, toponyms = _read(nlp, "The Russian and Venezuelan delegations attended the meeting.")
    codes = {m.place.country_code for m in toponyms if m.place is not None}
    assert {"RU", "VE"} <= codes


def test_territorial_union_is_placed_at_its_territory(nlp: Language) -> None:
    entities, toponyms = _read(nlp, "Ministers from the EU met in Brussels on Monday.")
    eu = [m for m in toponyms if m.text == "EU"]
    assert eu and eu[0].place is not None and eu[0].place.name == "Europe"
    assert all(m.place is None for m in entities if m.text == "EU")  # the entity is untouched


def test_union_and_continent_adjective_lookups() -> None:
    gaz = load_gazetteer()
    europe = gaz.union("E.U.")
    assert europe is not None and europe.name == "Europe"
    assert gaz.union("NATO") is None  # an alliance has no territory of its own
    african = gaz.demonym("African")
    assert african is not None and african.name == "Africa"
    asean = gaz.union("ASEAN")
    assert asean is not None and haversine_km((asean.lat, asean.lon), (10.0, 106.0)) < 500


@pytest.mark.parametrize("word", ["Central", "Democratic", "Green", "Anti", "Western", "Roman"])
def test_first_letters_of_a_country_name_are_no_demonym(word: str) -> None:
    assert load_gazetteer().demonym(word) is None


@pytest.mark.parametrize(("word", "code"), [("Uzbek", "UZ"), ("Kazakh", "KZ"), ("Afghan", "AF")])
def test_stan_demonyms_still_name_their_country(word: str, code: str) -> None:
    place = load_gazetteer().demonym(word)
    assert place is not None and place.country_code == code


def test_place_inside_an_organisation_name_is_an_embedded_toponym(nlp: Language) -> None:
    entities, toponyms = _read(
        nlp,
        "The Washington Post reported that the Kidney Foundation of Canada had raised funds.",
    )
    assert not any(m.label in ("GPE", "LOC") and m.place is not None for m in entities)
    found = {m.text: m.place for m in toponyms if m.place is not None}
    assert "Washington" in found and found["Washington"].country_code == "US"
    assert "Canada" in found and found["Canada"].feature == "country"
    assert len({(m.start, m.end) for m in toponyms}) == len(toponyms)  # one per span


def test_generic_and_brand_openers_are_no_embedded_toponyms(nlp: Language) -> None:
    _, toponyms = _read(
        nlp,
        "The Federal Ministry of Health thanked South Central Ambulance Service. "
        "The show streams on Amazon Fire TV.",
    )
    texts = _texts([m for m in toponyms if m.place is not None])
    assert "Federal" not in texts and "South" not in texts and "Amazon" not in texts


def test_bare_compass_word_is_a_place_only_after_a_place_preposition(nlp: Language) -> None:
    entities, _ = _read(nlp, "West said the budget was tight. Commissioner Hall agreed with West.")
    assert not any(m.text == "West" and m.place is not None for m in entities)


def test_people_adjective_taken_for_a_person_is_norp(nlp: Language) -> None:
    entities, toponyms = _read(nlp, "The area was mined by Azerbaijani soldiers last year.")
    azeri = [m for m in entities if m.text == "Azerbaijani"]
    assert azeri and azeri[0].label == "NORP"
    assert azeri[0].place is not None and azeri[0].place.country_code == "AZ"
    assert "Azerbaijani" in _texts(toponyms)


def test_a_short_name_in_capitals_is_a_code_not_a_town(nlp: Language):
    """ "according to the UN and WHO": the model may call "UN" a place, and GeoNames has
    towns named Un; a name of two or three capitals is a country's or region's code ("US",
    "DRC") or a body's, never a town's."""
    gaz = load_gazetteer()
    assert gaz.lookup("UN")[0] == () and gaz.lookup("AU")[0] == ()
    for code, country in (("US", "United States"), ("DRC", "Democratic Republic of the Congo")):
        hits, _ = gaz.lookup(code)
        assert [gaz.places[i].name for i in hits] == [country]
    assert gaz.lookup("Un")[0]  # the town, written as a town's name
    entities, _ = _read(nlp, "The people were killed in fighting, according to the UN and WHO.")
    assert all(m.place is None for m in entities if m.text == "UN")


def test_a_town_named_with_the_word_city_is_the_town():
    """ "hospitals in Goma city": no record is called "Goma city", so it is Goma itself (not
    a site inside it); a record of its own ("Gaza City", "Kuwait City") stays that record."""
    from sitrep.extract.gazetteer import geocode

    gaz = load_gazetteer()
    goma = geocode("Goma", gazetteer=gaz).place
    for name in ("Goma city", "Goma City"):
        p = geocode(name, fuzzy=False, gazetteer=gaz).place
        assert p is not None and goma is not None and p.geonameid == goma.geonameid, name
    kuwait = geocode("Kuwait City", fuzzy=False, gazetteer=gaz).place
    assert kuwait is not None and kuwait.name == "Kuwait City"
    assert geocode("Nowhere city", fuzzy=False, gazetteer=gaz).place is None
