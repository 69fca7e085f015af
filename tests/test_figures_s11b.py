"""Figures as disaster and protest reports tell them, found on the Kenya, Libya and Myanmar
probes (session 11). The sentences are invented; each test fails if the reading it pins
breaks."""

from __future__ import annotations

from spacy.language import Language

from test_figures_unseen import _reconciled, by_value, read
from test_figures_unseen import nlp as nlp  # the pipeline fixture, shared

# --- the missing told beside a toll -----------------------------------------------------------


def test_the_missing_after_a_toll_are_not_its_dead(nlp: Language) -> None:
    figs = read(
        nlp,
        "The civil defence authority says 1,400 people have been confirmed dead in the port "
        "so far, with more than 3,000 missing and about 4,500 injured.",
        "2024-10-02",
    )
    assert by_value(figs, 1400).measure == "killed"
    missing = by_value(figs, 3000)
    assert (missing.measure, missing.group, missing.qualifier) == ("other", "missing", "more_than")
    assert by_value(figs, 4500).measure == "injured"


def test_a_count_of_the_missing_reaching_a_number(nlp: Language) -> None:
    figs = read(
        nlp,
        "A Red Cross official said the number of people missing had reached 6,000. "
        "The number of missing rose to 300, police said.",
        "2024-10-02",
    )
    assert (by_value(figs, 6000).measure, by_value(figs, 6000).group) == ("other", "missing")
    assert (by_value(figs, 300).measure, by_value(figs, 300).group) == ("other", "missing")


# --- how high a toll could go -----------------------------------------------------------------


def test_a_toll_that_could_reach_a_number_is_a_ceiling(nlp: Language) -> None:
    for text in (
        "Flood deaths could reach 12,000",
        "Governor says flood toll could hit 12,000 as bodies wash up",
    ):
        fig = by_value(read(nlp, text, "2024-10-02"), 12000)
        assert (fig.measure, fig.qualifier) == ("killed", "up_to"), text


def test_a_toll_that_could_have_been_stays_hypothetical(nlp: Language) -> None:
    figs = read(
        nlp,
        "Experts said thousands could have been killed. The toll could have reached 500 "
        "without the warning.",
        "2024-10-02",
    )
    assert not [f for f in figs if f.measure == "killed"]


# --- a key-figure line's source in brackets ---------------------------------------------------

KEY_FIGURES = (
    "KEY FIGURES (as of 4 October)\n"
    "- 1,204 deaths recorded (WHO, relayed by UN OCHA)\n"
    "- More than 2,000 people still missing (UN OCHA)\n"
    "- Over 16,000 people displaced, around 9,000 of them from the port (IOM)\n"
)


def test_a_key_figure_line_is_claimed_by_the_source_in_its_brackets(nlp: Language) -> None:
    figs = read(nlp, KEY_FIGURES, "2024-10-04")
    assert by_value(figs, 1204).claimed_by == "WHO"  # who counted, not who relayed it
    assert by_value(figs, 2000).claimed_by == "UN OCHA"
    assert by_value(figs, 16000).claimed_by == by_value(figs, 9000).claimed_by == "IOM"


def test_an_acronym_after_its_name_is_no_bracketed_source(nlp: Language) -> None:
    figs = read(
        nlp,
        "The flood displaced 38,000 people in areas served by the International "
        "Organization for Migration (IOM).",
        "2024-10-04",
    )
    assert by_value(figs, 38000).claimed_by is None


def test_a_group_that_verified_a_toll_claims_it(nlp: Language) -> None:
    figs = read(
        nlp,
        "The monitoring group has verified that 143 people have been killed since March. "
        "By Monday the group had verified 210 deaths.",
        "2024-10-04",
    )
    assert "group" in (by_value(figs, 143).claimed_by or "")
    assert "group" in (by_value(figs, 210).claimed_by or "")


# --- a role the article names the holder of ---------------------------------------------------


def test_a_role_source_is_the_person_the_article_names_in_it(nlp: Language) -> None:
    figs = read(
        nlp,
        "The mayor of Tarbes said on Wednesday that up to 900 people may have been killed. "
        "Mayor Jean-Luc Marchand told reporters his estimate was based on districts lost. "
        "The health minister said 300 people were injured. Interior Minister Paul Roux "
        "visited the town.",
        "2024-10-04",
    )
    assert by_value(figs, 900).claimed_by == "Jean-Luc Marchand"
    # the interior minister is no health minister
    assert by_value(figs, 300).claimed_by != "Paul Roux"


# --- a legislature's vote ---------------------------------------------------------------------


def test_a_legislatures_vote_counts_are_figures_of_each_side(nlp: Language) -> None:
    figs = read(
        nlp,
        "Deputies approved the budget at its second reading by 210 votes to 97 on Tuesday. "
        "The speaker announced the result of the final reading: 188 in favour, 121 against.",
        "2024-10-04",
    )
    for value, side in ((210, "votes for"), (97, "votes against"), (188, "votes for")):
        fig = by_value(figs, value)
        assert (fig.measure, fig.group) == ("other", side), value
    assert by_value(figs, 121).group == "votes against"


def test_an_elections_margin_in_the_background_is_no_vote_figure(nlp: Language) -> None:
    figs = read(
        nlp,
        "His 2016 re-election, won by fewer than 6,000 votes, was followed by riots.",
        "2024-10-04",
    )
    assert not [f for f in figs if f.group and f.group.startswith("votes")]


def test_two_votes_on_two_days_do_not_disagree(nlp: Language) -> None:
    rec = _reconciled(
        nlp,
        "MPs passed the bill at second reading by 204 votes to 115 on 20 June. On 25 June "
        "lawmakers approved it at third reading by 195 votes to 106.",
        "2024-06-26",
    )
    assert not [c for c in rec.conflicts if "vote" in c.about]


# --- a date the NER ran on into the clause it dates -------------------------------------------


def test_a_count_after_a_dated_statement_is_not_part_of_the_date(nlp: Language) -> None:
    figs = read(
        nlp,
        "The Commission takes note of the statement by the President on 30th June 2024 that "
        "nineteen (19) people lost their lives during the protests.",
        "2024-07-01",
    )
    assert by_value(figs, 19).measure == "killed"
