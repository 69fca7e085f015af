"""Event places (session 17). Sentences are invented."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

import test_events_probes10 as probes
import test_events_unseen as unseen

full = probes.full  # the spaCy pipeline, one per module
mentions = probes.mentions


def test_two_provinces_of_one_country_are_the_country(full: Language) -> None:
    sentence = "Looting spread to shops in Western Cape and Eastern Cape on Tuesday."
    found = [m for m in mentions(full, sentence) if m.type == "riot"]
    assert found and all(m.place == "South Africa" for m in found)


def test_one_province_is_its_own_place(full: Language) -> None:
    sentence = "Looting spread to shops in Western Cape on Tuesday."
    found = [m for m in mentions(full, sentence) if m.type == "riot"]
    assert found and all(m.place == "Western Cape" for m in found)


ONE_PROVINCE = """Protesters clashed with police in Western Cape on Monday.

Looting spread across Western Cape on Tuesday.

Police say 40 people have been arrested."""


def test_a_story_told_in_one_province_places_its_unplaced_events_there(full: Language) -> None:
    found = [m for m in mentions(full, ONE_PROVINCE) if m.type == "arrest"]
    assert found and all(m.place == "Western Cape" for m in found)


def test_a_story_told_in_two_provinces_places_them_in_the_country(full: Language) -> None:
    text = ONE_PROVINCE.replace("across Western Cape", "across Eastern Cape")
    found = [m for m in mentions(full, text) if m.type == "arrest"]
    assert found and all(m.place == "South Africa" for m in found)


def test_a_toll_gate_named_by_its_town_is_a_site_of_the_town(full: Language) -> None:
    sentence = "Police fired tear gas at protesters at the Ikeja toll gate on Tuesday."
    found = [m for m in mentions(full, sentence) if m.type == "clash"]
    assert found and all(m.place == "Ikeja toll gate" for m in found)
    assert all(m.place_ref is not None and m.place_ref.within == "Ikeja" for m in found)


def test_a_pair_of_towns_is_a_happening_at_each(full: Language) -> None:
    sentence = (
        "Soldiers mutinied and gunfire was heard at barracks in Kaya and Ouahigouya on Sunday."
    )
    places = {m.place for m in mentions(full, sentence) if m.type == "clash"}
    assert places == {"Kaya", "Ouahigouya"}


def test_a_list_of_towns_is_still_a_scope(full: Language) -> None:
    sentence = "Protesters clashed with police in Cusco, Puno and Arequipa on Monday."
    places = {m.place for m in mentions(full, sentence) if m.type == "clash"}
    assert places == {"Peru"}


def test_a_square_no_report_places_is_in_the_corpus_main_town(tmp_path: Path) -> None:
    out = unseen.run_docs(
        tmp_path,
        {
            "a": "Police detained 40 protesters in Tbilisi on Saturday, officials said.",
            "b": "Thousands marched through Tbilisi on Saturday evening, witnesses said.",
            "c": "Protesters gathered on Freedom Square on Sunday, waving flags.",
        },
    )
    squares = [e for e in out["events"] if e["place"] == "Freedom Square"]
    assert squares and all(e.get("town") == "Tbilisi" for e in squares)


def test_a_road_between_two_towns_is_one_happening(full: Language) -> None:
    sentence = "Gunmen ambushed a convoy on the road between Kaya and Ouahigouya on Sunday."
    found = [m for m in mentions(full, sentence) if m.type in {"clash", "killing"}]
    assert found and len({m.place for m in found}) == 1


def test_a_games_result_is_no_beating(full: Language) -> None:
    """A winning verb with the score in its sentence is sport; a beating with no score is
    not."""
    game = "The Harbour Sharks beat the River Kings, 79-73, in the final on Sunday."
    assert not [m for m in mentions(full, game) if m.type in {"killing", "clash"}]
    beating = "Security forces beat a student to death in the capital on Sunday."
    assert [m for m in mentions(full, beating) if m.type == "killing"]
