"""Who claims a figure and when it stands (session 16, continued): a relative pronoun's
speaker, a count told again without a day, an attack named by its day, an attack claimed or
described in a relative clause. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from figure_reading import one, read_figures
from sitrep.extract.nlp import load_pipeline
from sitrep.records import FigureClaim


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def read(nlp: Language, text: str, published: str = "2024-05-10") -> list[FigureClaim]:
    return read_figures(nlp, text, published)


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
