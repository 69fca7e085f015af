"""Placing, dating and merging event reports, rules found on the invented probe corpora of
session 10 (riots after a police shooting, a military offensive on a breakaway region, a
president who fled): a capital named as the government that acts, a tally of nights that
must not fold one night's arrests into the next's. Every sentence is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

import test_events_probes10 as probes

full = probes.full  # the spaCy pipeline, one per module
mentions, run_docs = probes.mentions, probes.run_docs


def test_a_capital_that_acts_is_the_government_not_the_place(full: Language) -> None:
    text = (
        "Fighting in the mountains\n\n"
        "Soldiers of the two armies fought near the border of Armenia on Monday.\n\n"
        "Baku began the operation on Tuesday afternoon, hours after it said four police "
        "officers had been killed by landmines.\n"
    )
    killed = [m for m in mentions(full, text) if m.trigger == "killed"]
    assert killed and all(m.place != "Baku" for m in killed)


def test_a_capital_where_something_happens_is_the_place(full: Language) -> None:
    text = "Two people were killed when a bomb exploded in Baku on Tuesday.\n"
    killed = [m for m in mentions(full, text) if m.trigger == "killed"]
    assert killed and killed[0].place == "Baku"


def test_a_tally_of_nights_does_not_join_one_night_s_arrests_to_the_next(
    tmp_path: Path,
) -> None:
    export = run_docs(
        tmp_path,
        {
            "a": "Third night of riots\n\nPARIS, June 30, 2023 (Reuters) - Police arrested 667 "
            "people across France overnight, the interior ministry said on Friday.\n",
            "b": "UN concerned\n\nGENEVA, June 30, 2023 - Protests across France have turned "
            "violent over the past three nights, and hundreds of people have been detained.\n",
            "c": "Fourth night of riots\n\nPARIS, July 1, 2023 (Reuters) - Police arrested 1,311 "
            "people across France overnight, the interior ministry said on Saturday.\n\n"
            "Some 45,000 police officers were deployed across the country on Friday night, "
            "up from 40,000 the night before, when 875 people were detained.\n",
        },
    )
    arrests = [e for e in export["events"] if e["type"] == "arrest"]
    (fourth,) = [e for e in arrests if any("1,311" in m["quote"] for m in e["mentions"])]
    (third,) = [e for e in arrests if any("667" in m["quote"] for m in e["mentions"])]
    assert fourth is not third
    assert fourth["date"] == "2023-06-30/2023-07-01"


def test_a_live_page_entry_is_a_paragraph_even_with_a_blank_line_above(full: Language) -> None:
    text = (
        "Live: unrest in the capital\n\n"
        "10:30 BST\n"
        "Police fire tear gas in Kandy\n"
        "Police fired tear gas at hundreds of protesters outside the clock tower in Kandy this "
        "morning, a witness told reporters at the scene.\n"
        "09:00 BST\n"
        "President leaves the country\n"
        "The president has left the country aboard a military plane in the early hours, "
        "immigration officials said on Wednesday morning. He had gone into hiding after crowds "
        "overran his residence on Saturday.\n"
    )
    (seizure,) = [m for m in mentions(full, text) if m.trigger == "overran"]
    assert seizure.place != "Kandy"


def test_hard_wrapped_prose_keeps_its_blank_line_paragraphs() -> None:
    from sitrep.extract.events.dating import _paragraphs

    wrapped = "Protesters gathered in the square on\nMonday.\nPolice fired tear gas.\n\nLater on."
    assert _paragraphs(wrapped) == [0, wrapped.index("Later")]
    lines = "Title\n\n" + "A sentence of a one-line paragraph that runs on. " * 3 + "\nNext line."
    assert _paragraphs(lines) == [0, lines.index("A sentence"), lines.index("Next")]


@pytest.mark.parametrize(
    ("sentence", "acts"),
    [
        ("Azerbaijan's defence ministry said its forces had struck only military targets.", True),
        ("Azerbaijan's Defence Ministry said its forces had struck only military targets.", True),
        ("Azerbaijan's Baku was shelled on Tuesday.", False),
        ("Villages in Azerbaijan were shelled on Tuesday.", False),
    ],
)
def test_a_country_that_owns_a_ministry_acts_through_it(sentence: str, acts: bool) -> None:
    from sitrep.extract.events.implied_place import _country_as_actor
    from sitrep.extract.nlp import load_base
    from sitrep.records import EntityMention, Evidence, Place

    doc = load_base()(sentence)
    start = sentence.index("Azerbaijan")
    place = Place(587116, "Azerbaijan", "AZ", None, 40.5, 47.5, "country", 0, 3)
    mention = EntityMention(
        "x",
        start,
        start + 10,
        "Azerbaijan",
        "GPE",
        Evidence("x", 0, len(sentence)),
        "Azerbaijan",
        place,
    )
    assert _country_as_actor(doc, mention) is acts


def test_a_story_told_in_one_region_places_its_unplaced_happenings_there(
    full: Language,
) -> None:
    text = (
        "Offensive in the mountains\n\n"
        "Artillery shelled villages in Nagorno-Karabakh on Tuesday.\n\n"
        "Drone strikes hit homes across Nagorno-Karabakh on Tuesday night.\n\n"
        "The situation remains tense, officials say.\n\n"
        "Four police officers were killed by landmines on Tuesday morning, officials said.\n"
    )
    (killed,) = [m for m in mentions(full, text) if m.trigger == "killed"]
    assert killed.place == "Nagorno-Karabakh"


def test_a_region_named_once_is_not_the_story_s_place(full: Language) -> None:
    text = (
        "Offensive in the mountains\n\n"
        "Artillery shelled villages in Nagorno-Karabakh on Tuesday.\n\n"
        "Fighting was reported along the border of Azerbaijan on Wednesday.\n\n"
        "Four police officers were killed by landmines in Azerbaijan on Thursday.\n\n"
        "Two soldiers were killed on Friday, officials said.\n"
    )
    killed = [m for m in mentions(full, text) if m.trigger == "killed"]
    assert killed[-1].place == "Azerbaijan"


def test_a_seat_of_government_stormed_with_no_town_told_is_in_the_capital(
    tmp_path: Path,
) -> None:
    export = run_docs(
        tmp_path,
        {
            "a": "President flees\n\nJuly 13, 2022 - The president of Sri Lanka has left the "
            "country, officials said. He had gone into hiding after crowds overran his "
            "residence on Saturday.\n",
        },
    )
    (seized,) = [e for e in export["events"] if e["type"] == "seizure"]
    assert seized["place"] == "Sri Lanka"
    assert (seized["town"], seized["town_basis"]) == ("Colombo", "capital")


def test_a_happening_abroad_moves_the_paragraph_there(full: Language) -> None:
    text = (
        "Offensive in the mountains\n\n"
        "Artillery shelled villages in Nagorno-Karabakh on Tuesday. Soldiers shelled Shusha "
        "and Martuni in Nagorno-Karabakh on Tuesday.\n\n"
        "Two peacekeepers were killed when their vehicle came under fire near Shusha on "
        "Tuesday.\n\n"
        "Hundreds of protesters blocked streets around the government building in Yerevan on "
        "Tuesday night. Police said 34 people had been detained.\n"
    )
    (detained,) = [m for m in mentions(full, text) if m.trigger == "detained"]
    assert detained.place == "Yerevan"


def test_a_place_opening_the_sentence_places_what_its_adjuncts_tell(full: Language) -> None:
    # the clash hangs on "after" under a verb of reporting; the scene the sentence opens
    # with is where it was, even for a small town the model calls an organisation
    text = (
        "Protests spread across Peru on Monday.\n\n"
        "In Andahuaylas, two people were reported dead and about twenty others were injured "
        "after clashes with demonstrators who tried to storm the city's airport.\n"
    )
    found = [m for m in mentions(full, text) if m.start >= text.index("In Andahuaylas")]
    assert found and all(m.place == "Andahuaylas" for m in found)


def test_a_slash_dateline_does_not_place_the_story(full: Language) -> None:
    text = "KHARTOUM/CAIRO (Reuters) - Fighting raged in the city on Saturday, killing 20.\n"
    found = mentions(full, text)
    assert found and all(m.place not in ("KHARTOUM", "CAIRO") for m in found)
