"""Who claims a figure and when it stands, on real pages' structures (session 16): an
organisation's own release, the day a running total starts from, a relative pronoun's
speaker, a count told again without a day, an attack named by its day, an attack claimed or
described in a relative clause; what a number counts (a gapped participle, a place's people,
foreign nationals). The sentences are written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from figure_reading import one, read, read_figures
from sitrep.extract.nlp import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def test_a_release_that_says_today_claims_its_own_counts(nlp: Language) -> None:
    text = (
        "Chad: end the crackdown on the marches\n\n"
        "The authorities must stop firing on peaceful marchers and release those detained,"
        " Lakeside Rights Watch said today.\n\n"
        "Police shot dead at least nine people and wounded 60 others during the march.\n"
    )
    figs = read(nlp, text)
    assert one(figs, 9).claimed_by == "Lakeside Rights Watch"
    assert one(figs, 60).claimed_by == "Lakeside Rights Watch"


def test_an_organisation_on_its_own_site_claims_its_counts(nlp: Language) -> None:
    text = (
        "Lakeside Rights Watch UK\n\n"
        "Chad: end the crackdown on the marches\n\n"
        "Lakeside Rights Watch has called on the government to end the crackdown.\n\n"
        "Police have shot dead at least nine people since the marches began.\n"
    )
    assert one(read(nlp, text), 9).claimed_by == "Lakeside Rights Watch"


def test_a_report_of_what_an_organisation_said_on_a_day_is_no_release(nlp: Language) -> None:
    text = (
        "The authorities must stop firing on marchers, Lakeside Rights Watch said on Tuesday.\n\n"
        "Police shot dead at least nine people during the march.\n"
    )
    assert one(read(nlp, text), 9).claimed_by is None


@pytest.mark.parametrize(
    "text",
    [
        "It is estimated that 120 people have been killed since news of the arrest emerged"
        " on March 3.",
        "Clashes with the police have killed at least 14 people since the unrest erupted over"
        " the weekend, according to a tally by a local newspaper.",
        "That brought the toll to at least 64 people killed since the marches broke out in the"
        " capital and the southern provinces on Tuesday.",
    ],
)
def test_a_day_the_since_clause_gives_starts_the_running_total(nlp: Language, text: str) -> None:
    (fig,) = [f for f in read(nlp, text, "2024-03-23") if f.measure == "killed"]
    assert fig.as_of == "2024-03-23"


def test_the_day_a_total_since_an_event_stands_at_dates_it(nlp: Language) -> None:
    text = (
        "More than 900 people have been detained since the coup as of Tuesday, a monitoring"
        " group said."
    )
    assert one(read(nlp, text, "2024-03-23"), 900).as_of == "2024-03-19"


def test_a_day_given_to_a_part_dates_the_part_not_the_total(nlp: Language) -> None:
    text = (
        "At least 47 people have died during three weeks of marches against the new tax,"
        " including 29 on Tuesday, the commission said."
    )
    figs = read(nlp, text)
    assert one(figs, 47).as_of == "2024-05-10"
    assert one(figs, 29).as_of == "2024-05-07"


def test_a_toll_of_a_past_year_stands_at_the_years_end(nlp: Language) -> None:
    text = "Attacks by armed groups killed more than 1,500 people last year, the report said."
    assert one(read(nlp, text), 1500).as_of == "2023-12-31"


def test_a_speaker_the_parser_hung_on_the_clause_before_said_still_speaks(
    nlp: Language,
) -> None:
    text = (
        "Troops were fighting to regain control of Mocimboa, Col. Jaime Nhassengo, an army"
        " spokesman, said on Monday. At least 14 insurgents were killed, he said."
    )
    assert one(read(nlp, text), 14).claimed_by == "Jaime Nhassengo"


def test_a_descriptor_noun_speaks_for_the_name_it_carries(nlp: Language) -> None:
    text = (
        "The crackdown on the marches has left at least 44 people dead, the Nairobi-based"
        " Lakeside Civil Liberties (LCL) NGO said on Monday."
    )
    assert one(read(nlp, text), 44).claimed_by == "Lakeside Civil Liberties"


def test_it_after_a_bodys_director_spoke_is_the_body(nlp: Language) -> None:
    text = (
        "At least 44 people have been killed in the crackdown, the Lakeside Rights Forum said"
        ' on Monday. "We call on the government to stop the killing," said the forum\'s'
        " director Amina Yusuf. It said 12 people had been arrested in Kisumu."
    )
    assert one(read(nlp, text), 12).claimed_by == "Lakeside Rights Forum"


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        (
            "The National Commission on Human Rights said on Monday that 39 people had died in"
            " the protests. The state-funded body said there had been 627 arrests of protesters.",
            627,
            "National Commission on Human Rights",
        ),
        (
            "The Central Committee of Kenyan Doctors said two people had died of gunshot wounds."
            " The doctors union wrote on its Facebook page that at least 80 people were injured.",
            80,
            "Central Committee of Kenyan Doctors",
        ),
        (
            "The Red Cross said 12 people were hurt. The interior ministry said 30 people had"
            " been arrested.",
            30,
            "interior ministry",
        ),
    ],
)
def test_a_body_told_again_by_description_is_the_body_named_before(
    nlp: Language, text: str, value: float, source: str
) -> None:
    assert one(read(nlp, text), value).claimed_by == source


def test_a_spelled_out_count_hung_from_the_verb_before_takes_its_own_participle(
    nlp: Language,
) -> None:
    # the parse hangs "three hundred and sixty-one" from "died": "injured" is its measure
    text = (
        "The commission said that twenty-two people have died and three hundred and forty-five"
        " injured in the unrest."
    )
    figures = read_figures(nlp, text, "2024-07-01")
    assert one(figures, 22).measure == "killed"
    assert one(figures, 345).measure == "injured"


def test_foreign_nationals_counted_are_counted_where_they_were(nlp: Language) -> None:
    text = "Gunmen stormed a hotel in Bamako, killing 6 U.S. soldiers and dozens of Malians."
    assert one(read_figures(nlp, text, "2022-03-01"), 6).place == "Bamako"
    # in a story of their own country, the people's country is where they are
    home = "Kenya's police said 12 Kenyan protesters were killed on Tuesday."
    assert one(read_figures(nlp, home, "2024-06-26"), 12).place == "Kenya"


def test_a_places_people_are_no_count_and_a_gapped_count_keeps_its_participle(
    nlp: Language,
) -> None:
    text = (
        "At least 9 people are dead, 120 injured and more than 900 detained as the country of"
        " 7 million faces its worst unrest in decades."
    )
    figures = read_figures(nlp, text, "2020-05-04")
    assert not [f for f in figures if f.value == 7_000_000]  # how many live there
    assert one(figures, 900).measure == "detained"
    assert one(figures, 9).measure == "killed"


def test_a_relative_pronoun_speaks_for_the_noun_it_stands_for(nlp: Language) -> None:
    text = (
        "On Wednesday, the protests in Kisumu were harshly repressed by the Police, which only"
        " admitted the death of one person during the incidents."
    )
    assert one(read(nlp, text), 1).claimed_by == "Police"


def test_a_body_that_denounces_a_toll_claims_it(nlp: Language) -> None:
    text = (
        "The Unified Office of Kenyan Doctors denounced that 14 citizens died as a result of"
        " gunshot wounds."
    )
    assert one(read(nlp, text), 14).claimed_by == "Unified Office of Kenyan Doctors"


def test_a_count_told_again_without_a_day_stands_when_its_dated_telling_does(
    nlp: Language,
) -> None:
    text = (
        "Police fire on marchers in Kisumu, with at least four killed\n\n"
        "At least four people were killed on Tuesday when police fired on marchers in Kisumu,"
        " officials said.\n"
    )
    figs = [f for f in read(nlp, text) if f.value == 4]
    assert len(figs) == 2 and {f.as_of for f in figs} == {"2024-05-07"}


def test_a_day_that_names_a_raid_or_coup_is_no_day_of_its_toll(nlp: Language) -> None:
    text = (
        "The government has confirmed the deaths of dozens of civilians in the May 2 raid on"
        " the town."
    )
    (fig,) = read(nlp, text)
    assert fig.as_of == "2024-05-10"


def test_a_group_that_claims_an_attack_does_not_claim_its_toll(nlp: Language) -> None:
    text = (
        "The Lakeside Front on Tuesday claimed a series of bombings that killed more than 120"
        " people in the capital."
    )
    assert one(read(nlp, text), 120).claimed_by is None


def test_a_relative_pronoun_for_no_speaker_claims_nothing(nlp: Language) -> None:
    text = (
        "Tikhanovskaya had called for protests following the disputed election, which gave"
        " Lukashenko 80 per cent of the vote."
    )
    assert one(read(nlp, text), 80).claimed_by is None


def test_an_attacks_toll_in_a_relative_clause_is_the_writers(nlp: Language) -> None:
    text = (
        "A photographer said he was at home when the blast, which has left at least 80 dead,"
        " rocked the capital."
    )
    assert one(read(nlp, text), 80).claimed_by is None


def test_a_toll_the_speaker_gives_in_its_own_clause_stays_the_speakers(nlp: Language) -> None:
    text = "The ministry said the blast had left at least 80 people dead."
    assert one(read(nlp, text), 80).claimed_by == "ministry"


def test_hearsay_outside_an_attacks_relative_clause_is_not_its_tolls(nlp: Language) -> None:
    text = (
        "The situation in the town reportedly remains tense, almost a week after the attack"
        " that killed dozens of people."
    )
    (fig,) = [f for f in read(nlp, text) if f.measure == "killed"]
    assert fig.claimed_by is None


def test_a_count_said_to_be_reported_is_unattributed_reports(nlp: Language) -> None:
    text = "At least five people have reportedly been shot dead in the capital."
    assert one(read(nlp, text), 5).claimed_by == "unattributed reports"
