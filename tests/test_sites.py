"""Sites inside a town: "the airport" of a town resolves to that town's airport."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "resolve"))

import make  # noqa: E402

from sitrep.records import Place  # noqa: E402
from sitrep.resolve.entities import resolve_entities  # noqa: E402
from sitrep.resolve.events import resolve_events  # noqa: E402
from sitrep.resolve.sites import is_airport, names_town_airport, town_airport  # noqa: E402

KABUL = Place(1138958, "Kabul", "AF", "13", 34.53, 69.17, "city", 3043532, 1)
LONDON = Place(2643743, "London", "GB", "ENG", 51.507, -0.128, "city", 8961989, 1)


def test_a_towns_airport_is_its_only_or_only_international_one():
    kabul = town_airport(KABUL)
    assert kabul is not None and kabul.name == "Kabul International Airport"
    assert kabul.feature == "airport" and abs(kabul.lat - 34.57) < 0.05
    khartoum = town_airport(make.KHARTOUM)
    assert khartoum is not None and "Khartoum" in khartoum.name


def test_no_airport_for_a_country_or_a_town_with_several():
    assert town_airport(make.SUDAN) is None
    assert town_airport(LONDON) is None  # Heathrow, Gatwick, City...: "the airport" is unclear


def test_airport_words():
    assert is_airport("airport") and is_airport("main airport") and is_airport("military airfield")
    assert not is_airport("prosecutor office") and not is_airport(None)


def test_an_airport_seized_in_a_town_is_placed_at_the_airport():
    docs = [make.doc("a", "AP"), make.doc("b", "BBC")]
    text = "Fighters seized the airport in Khartoum."
    ms = [
        dataclasses.replace(
            make.event(d.id, 1, "seizure", "2023-04-15", make.KHARTOUM, ("RSF",), text),
            target=target,
        )
        for d, target in zip(docs, ("airport", "main airport"), strict=True)
    ]
    (ev,) = resolve_events(ms, docs, (), resolve_entities([]))
    assert ev.place == "Khartoum International Airport" and ev.town == "Khartoum"
    assert ev.place_ref is not None and ev.place_ref.feature == "airport"
    assert ev.target == "main airport" and ev.corroboration == 2


def test_a_sentence_naming_the_towns_airport():
    for text in (
        "Rockets were launched at Kabul airport on Monday.",
        "A bomber struck Kabul's main airport.",
        "Crowds outside Kabul International Airport",
        "Gunfire near the airport in Kabul",
    ):
        assert names_town_airport(text, "Kabul"), text
    assert not names_town_airport("Flights left the city's airport.", "Kabul")
    assert not names_town_airport("Kabul said the airport in Kandahar was shut.", "Kabul")
    assert not names_town_airport("Rockets hit Kabul airport.", None)


def test_a_happening_placed_by_a_sentence_naming_the_towns_airport_is_at_the_airport():
    """No site in the parse ("launched at Kabul airport" has no target: a clash has none), but
    the sentence that places it in Kabul names Kabul's airport: the event is there, in Kabul
    (a gold that codes the town still matches through ``town``); a sentence naming the town
    alone, or another report's place, leaves it in the town."""
    d = make.doc("a", "AP")
    at = "On Monday, as many as five rockets were launched at Kabul airport."
    m = dataclasses.replace(
        make.event("a", 1, "clash", "2023-04-17", KABUL, (), at), place_basis="sentence"
    )
    (ev,) = resolve_events([m], [d], (), resolve_entities([]))
    assert ev.place == "Kabul International Airport" and ev.town == "Kabul"
    elsewhere = dataclasses.replace(m, text="Rockets were fired in Kabul.")
    (ev,) = resolve_events([elsewhere], [d], (), resolve_entities([]))
    assert ev.place == "Kabul" and ev.town is None
    inherited = dataclasses.replace(m, place_basis="paragraph")
    (ev,) = resolve_events([inherited], [d], (), resolve_entities([]))
    assert ev.place == "Kabul"


def test_unplaced_sites_go_to_the_corpus_main_town():
    from sitrep.resolve.sites import place_in_main_town

    loc = "LOC"
    readings = [
        make.reading(f"k{i}", [make.ment(f"k{i}", "Khartoum", "GPE", place=make.KHARTOUM)])
        for i in range(4)
    ]
    readings += [
        make.reading("o", [make.ment("o", "Omdurman", "GPE", place=make.OMDURMAN)]),
        make.reading(
            "s", [make.ment("s", "Nile Street", loc), make.ment("s", "Unity Square", loc)]
        ),
        make.reading("d", [make.ment("d", "Kober Street detention center", loc)]),
        make.reading("b", [make.ment("b", "Holy Family Basilica", loc)]),
        make.reading("n", [make.ment("n", "Blue Nile", loc)]),
    ]
    ents = {e.canonical: e for e in resolve_entities(readings).entities}
    square = ents["Unity Square"].place
    assert square is not None and square.feature == "site" and square.lat == make.KHARTOUM.lat
    assert ents["Nile Street"].place is not None
    assert ents["Kober Street detention center"].place is not None  # a facility's head
    assert ents["Holy Family Basilica"].place is not None  # a church
    assert ents["Blue Nile"].place is None  # not a site's name
    # Two towns sharing the story: no main town, the sites stay unplaced.
    even = readings[:1] + [
        make.reading("o2", [make.ment("o2", "Omdurman", "GPE", place=make.OMDURMAN)]),
        readings[5],
    ]
    assert all(
        e.place is None
        for e in place_in_main_town(resolve_entities(even).entities)
        if e.type == "LOC"
    )


def test_an_event_on_a_square_is_in_the_squares_town():
    from sitrep.extract.gazetteer import site_in

    square = site_in(make.KHARTOUM, "Sports City")
    assert square.feature == "site" and square.within == "Khartoum"
    docs = [make.doc("a", "AP")]
    ev = make.event("a", 1, "clash", "2023-04-15", square, ("RSF",), "Fighting at Sports City.")
    (out,) = resolve_events([ev], docs, (), resolve_entities([]))
    assert out.place == "Sports City" and out.town == "Khartoum"
