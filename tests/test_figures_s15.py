"""Who claims a figure a relaying outlet passes on, and the claim of a deed (session 15).
The sentences are written for these tests in the style of agency copy."""

from __future__ import annotations

import pytest
from spacy.language import Language

from figure_reading import one, read
from sitrep.extract.nlp import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        (
            "Gunmen raided the market, killing 23 people, AFP and Reuters reported, citing"
            " Mali's Defence Ministry.",
            23,
            "ministry",
        ),
        (
            "Militants shelled the camp, wounding 41 people, according to the state news"
            " agency SUNA, citing the Interior Ministry.",
            41,
            "ministry",
        ),
        (
            "The state broadcaster, quoting the Interior Ministry, said 37 people were arrested.",
            37,
            "ministry",
        ),
    ],
)
def test_an_outlet_citing_a_named_source_passes_on_its_claim(
    nlp: Language, text: str, value: float, source: str
) -> None:
    fig = one(read(nlp, text), value)
    assert fig.claimed_by is not None and source in fig.claimed_by.lower()


def test_an_outlet_citing_unnamed_officials_keeps_the_claim(nlp: Language) -> None:
    text = "Nine people were killed in the raid, Reuters reported, citing local officials."
    fig = one(read(nlp, text), 9)
    assert fig.claimed_by == "Reuters"


def test_a_trailing_report_relays_the_speaker_before_the_count(nlp: Language) -> None:
    text = (
        "Besides the soldiers, local health officials said between 20 and 25 people were"
        " killed, and 90 injured, the Washington Post reported."
    )
    fig = one(read(nlp, text), 90)
    assert fig.claimed_by == "local health officials"


def test_claiming_responsibility_is_no_claim_of_the_toll(nlp: Language) -> None:
    text = (
        "On Friday, the al-Shabaab group claimed responsibility after gunmen stormed a hotel in"
        " Mogadishu, killing at least 14 people."
    )
    fig = one(read(nlp, text), 14)
    assert fig.claimed_by is None


@pytest.mark.parametrize(
    "text",
    [
        "Mourners gathered for the victims of the Friday bombings that killed 48 people in"
        " the market.",
        "The government met after the attacks on 3 May that claimed the lives of 48 people.",
        "A series of explosions across the city on Friday killed 48 people.",
        "On 3 May, a gunman opened fire at the station. The shooting killed 48 people.",
    ],
)
def test_the_day_that_names_an_attack_does_not_date_its_toll(nlp: Language, text: str) -> None:
    fig = one(read(nlp, text, "2024-05-06"), 48)
    assert fig.as_of == "2024-05-06"


def test_a_day_on_the_killing_itself_still_dates_it(nlp: Language) -> None:
    fig = one(read(nlp, "Police shot dead 48 protesters on Friday.", "2024-05-06"), 48)
    assert fig.as_of == "2024-05-03"


def test_a_trailing_speaker_the_parser_joins_as_a_conjunct_claims_the_count(
    nlp: Language,
) -> None:
    text = (
        "The number of dead could be as high as 35, Amina Diallo, head of the regional"
        " health office, said in an interview with a local radio station."
    )
    fig = one(read(nlp, text), 35)
    assert fig.claimed_by == "Amina Diallo"


def test_a_clause_joined_by_and_is_no_trailing_speaker(nlp: Language) -> None:
    text = "At least 35 people were killed in the clashes and the army said it had restored order."
    fig = one(read(nlp, text), 35)
    assert fig.claimed_by is None


def test_a_heading_that_names_the_speaker_issues_the_statement(nlp: Language) -> None:
    text = (
        "News | World | Video\n\n"
        "Comment by UN Refugee Agency spokesperson on Chad\n\n"
        "Geneva, 4 May 2024\n\n"
        "We are alarmed by the violence in the east of the country. At least 17 people were"
        " killed in clashes near the border on Thursday. We call on all sides to show"
        " restraint.\n"
    )
    fig = one(read(nlp, text), 17)
    assert fig.claimed_by is not None and "Refugee Agency" in fig.claimed_by


def test_a_count_given_to_unnamed_reports_is_not_the_issuers(nlp: Language) -> None:
    text = (
        "Press release\n\n"
        "The Relief Alliance is deeply saddened by the floods in the north. According to"
        " latest reports, as many as 60 people have died. The Relief Alliance is sending"
        " teams to the region. The Relief Alliance calls for calm.\n"
    )
    fig = one(read(nlp, text), 60)
    assert fig.claimed_by is None


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        ("Nine protesters were killed in the capital, ANC spokespeople said.", 9, "ANC"),
        (
            "A defence ministry official said 14 soldiers were wounded in the ambush.",
            14,
            "defence ministry",
        ),
        ("A police source told reporters that 31 people were detained overnight.", 31, "police"),
    ],
)
def test_a_voice_set_after_its_body_speaks_for_the_body(
    nlp: Language, text: str, value: float, source: str
) -> None:
    assert one(read(nlp, text), value).claimed_by == source


def test_a_voice_with_no_body_before_it_stays_as_said(nlp: Language) -> None:
    fig = one(read(nlp, "Local health officials said 22 people were killed."), 22)
    assert fig.claimed_by == "Local health officials"


def test_an_acts_day_does_not_date_the_toll_told_as_its_result(nlp: Language) -> None:
    text = (
        "Gunmen stormed the stadium, killing at least 31 people and wounding 70 others as"
        " they opened fire on Friday night, local media reported."
    )
    figs = read(nlp, text, "2024-05-04")
    assert one(figs, 31).as_of == "2024-05-04"
    assert one(figs, 70).as_of == "2024-05-04"


def test_a_result_toll_keeps_its_sources_day_and_its_own_period(nlp: Language) -> None:
    text = (
        "Fighting in the valley left 31 people dead and 70 injured, health officials"
        " confirmed on Friday."
    )
    assert one(read(nlp, text, "2024-05-04"), 31).as_of == "2024-05-03"
    text = (
        "The army launched a crackdown on the marchers, leaving at least 31 killed in clashes"
        " between April 20 and April 28."
    )
    assert one(read(nlp, text, "2024-05-04"), 31).as_of == "2024-04-28"


def test_a_crowd_acting_in_a_reports_scene_is_the_writers(nlp: Language) -> None:
    text = (
        "Security forces shot dead at least 11 people and wounded dozens as thousands of"
        " marchers took to the streets on Sunday, medics said."
    )
    figs = read(nlp, text)
    assert one(figs, 11).claimed_by == "medics"
    (crowd,) = [f for f in figs if f.measure == "protesters"]
    assert crowd.claimed_by is None


def test_a_toll_the_scene_goes_on_to_stays_the_sources(nlp: Language) -> None:
    text = (
        "At least 30 people were killed as protests raged across the country, taking the toll"
        " to 75 in three days, police sources told reporters."
    )
    assert one(read(nlp, text), 75).claimed_by == "police"
