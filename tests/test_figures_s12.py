"""Figures as real pages about a blast, a disputed election and a crackdown tell them, found
on the session-12 development corpora. The sentences are invented; each test fails if the
reading it pins breaks."""

from __future__ import annotations

from spacy.language import Language

from test_figures_unseen import by_value, read
from test_figures_unseen import nlp as nlp  # the pipeline fixture, shared

# --- the value of a toll, however it is given -------------------------------------------------


def test_a_toll_climbing_to_a_number_of_people(nlp: Language) -> None:
    figs = read(nlp, "The death toll from the fire climbed to at least 87 people on Monday.")
    toll = by_value(figs, 87)
    assert (toll.measure, toll.qualifier) == ("killed", "at_least")


def test_a_toll_that_could_be_as_high_as_a_number(nlp: Language) -> None:
    figs = read(
        nlp,
        "According to the city council, the death toll could be as high as 250 with 1,800 wounded.",
    )
    toll = by_value(figs, 250)
    assert (toll.measure, toll.qualifier) == ("killed", "up_to")
    assert by_value(figs, 1800).measure == "injured"


def test_a_toll_given_by_a_copula(nlp: Language) -> None:
    figs = read(nlp, "The death toll was 31, the governor said.")
    assert by_value(figs, 31).measure == "killed"


# --- who is counted ---------------------------------------------------------------------------


def test_staff_and_colleagues_are_people(nlp: Language) -> None:
    figs = read(nlp, "Five of our staff were lightly injured when the windows shattered.")
    assert by_value(figs, 5).measure == "injured"


def test_a_part_of_someones_supporters(nlp: Language) -> None:
    figs = read(nlp, "Three of Ortega’s supporters were killed in the town of Masaya.")
    assert by_value(figs, 3).measure == "killed"


# --- crowd sizes ------------------------------------------------------------------------------


def test_a_crowd_made_of_counted_supporters(nlp: Language) -> None:
    figs = read(nlp, "The minister spoke to a crowd of about 9,000 supporters in the square.")
    crowd = by_value(figs, 9000)
    assert (crowd.measure, crowd.qualifier) == ("protesters", "about")


def test_people_who_took_part(nlp: Language) -> None:
    figs = read(nlp, "Organisers say 40,000 people took part in the march.")
    assert by_value(figs, 40000).measure == "protesters"


# --- who claims it ----------------------------------------------------------------------------


def test_an_unnamed_report_is_no_source(nlp: Language) -> None:
    figs = read(nlp, "According to early reports, 45 people died in the collapse.")
    assert by_value(figs, 45).claimed_by is None


def test_a_speaker_before_an_unnamed_report_keeps_the_claim(nlp: Language) -> None:
    figs = read(
        nlp,
        "At least 30 people are missing, a fire brigade official said, according to a news "
        "agency report.",
    )
    assert by_value(figs, 30).claimed_by == "fire brigade official"


def test_a_police_report_is_the_polices(nlp: Language) -> None:
    figs = read(nlp, "Some 900 have been detained, according to police reports in local media.")
    assert by_value(figs, 900).claimed_by == "police"


def test_what_was_reported_is_no_source(nlp: Language) -> None:
    figs = read(
        nlp,
        "At least two people were reported killed in the port, with another six people "
        "wounded there.",
    )
    assert by_value(figs, 6).claimed_by is None


def test_lives_claimed_are_a_toll_not_a_claim(nlp: Language) -> None:
    figs = read(nlp, "The unrest has claimed at least nine lives in the north.")
    toll = by_value(figs, 9)
    assert (toll.measure, toll.claimed_by) == ("killed", None)


def test_a_count_of_the_dead_is_not_who_counts_them(nlp: Language) -> None:
    figs = read(nlp, "The total fatalities count in the fire have risen to 64, the mayor added.")
    assert by_value(figs, 64).claimed_by != "total fatalities"


# --- what befell the counted ------------------------------------------------------------------


def test_the_whole_of_a_share_is_a_toll_when_its_participle_says_so(nlp: Language) -> None:
    figs = read(nlp, "At least 40 of the 900 people injured are in a serious condition.")
    assert by_value(figs, 900).measure == "injured"


def test_the_whole_of_a_share_is_no_count_of_its_own(nlp: Language) -> None:
    figs = read(nlp, "Twelve of the 40 passengers were rescued by fishermen.")
    assert not [f for f in figs if f.value == 40]


def test_left_homeless_after_other_tolls(nlp: Language) -> None:
    figs = read(
        nlp,
        "The quake that killed at least 60 people, injured 700, and left thousands homeless, "
        "a provincial official said.",
    )
    homeless = next(f for f in figs if f.low == 2000)
    assert (homeless.measure, homeless.group) == ("other", "homeless")


def test_people_reported_to_have_been_detained(nlp: Language) -> None:
    figs = read(nlp, "The hundreds of people reported to have been detained were students.")
    assert next(f for f in figs if f.low == 200).measure == "detained"


def test_a_minimum_of_a_number_killed(nlp: Language) -> None:
    figs = read(nlp, "Witnesses estimate a minimum of 75 have been killed in the village.")
    toll = by_value(figs, 75)
    assert (toll.measure, toll.qualifier) == ("killed", "at_least")


def test_an_n_strong_rally_is_a_crowd_size(nlp: Language) -> None:
    figs = read(nlp, "Three organisers were arrested a day after the 50,000-strong rally.")
    crowd = by_value(figs, 50000)
    assert crowd.measure == "protesters"


def test_a_part_of_the_counted_is_no_source(nlp: Language) -> None:
    figs = read(
        nlp,
        "Dozens of villagers have been killed in the valley, most of them, shot at close "
        "range, Human Rights Watch said on Monday.",
    )
    assert next(f for f in figs if f.low == 24).claimed_by == "Human Rights Watch"


def test_our_people_are_the_organisations_count(nlp: Language) -> None:
    figs = read(
        nlp,
        "“The Red Crescent mourns the victims of the flood.\n\n“Three of our colleagues were "
        "injured and dozens of houses were destroyed.",
    )
    assert by_value(figs, 3).claimed_by == "Red Crescent"


# --- as of when -------------------------------------------------------------------------------


def test_hours_later_is_the_day_just_told(nlp: Language) -> None:
    figs = read(
        nlp,
        "On Saturday, March 4, the president addressed a few hundred loyalists. Hours later, "
        "as many as 30,000 protesters marched through the capital.",
        "2023-03-06",
    )
    assert by_value(figs, 30000).as_of == "2023-03-04"


# --- where --------------------------------------------------------------------------------


def test_a_toll_told_again_in_the_paragraph_keeps_its_place(nlp: Language) -> None:
    figs = read(
        nlp,
        "The fire at the market in Kano injured 300 people, a hospital official said. "
        "At least 40 of the 350 people injured are in a serious condition, he added.",
    )
    assert by_value(figs, 350).place == by_value(figs, 300).place == "Kano"


def test_a_nationwide_toll_takes_no_city_from_the_paragraph(nlp: Language) -> None:
    figs = read(
        nlp,
        "Police killed 12 protesters in Kano on Sunday, activists said. Across the country, "
        "at least 30 people were killed on Sunday, the group said.",
    )
    assert by_value(figs, 30).place != "Kano"
