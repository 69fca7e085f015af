"""A crisis's strategic developments, typed "other" with a sub-event type of their own
(session 17, extract/events/developments.py): a day of mourning, a court's step, an inquiry
opened, a closure, sanctions, a vote, a meeting of a state body, people fleeing. Every
sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

import test_events_unseen as unseen

full = unseen.full  # the spaCy pipeline, one per module


def developments(full: Language, text: str) -> list[str]:
    """The sub-event types of the "other" events the text reports."""
    return [
        m.acled_sub_event_type
        for m in unseen.mentions(full, text, "2023-07-27")
        if m.type == "other"
    ]


@pytest.mark.parametrize(
    ("sentence", "sub_event"),
    [
        (
            "The president declared Friday a national day of mourning for the victims.",
            "Day of mourning",
        ),
        ("The government announced three days of national mourning on Tuesday.", "Day of mourning"),
        (
            "A regional court on Monday ordered the four suspects held for two months.",
            "Court proceedings",
        ),
        ("The former minister appeared in court in the capital on Wednesday.", "Court proceedings"),
        ("The two officers were sentenced to ten years in prison on Tuesday.", "Court proceedings"),
        ("Prosecutors opened an investigation into the shooting on Sunday.", "Investigation"),
        ("An inquiry into the deaths was launched on Monday.", "Investigation"),
        ("The junta closed the country's airspace on Sunday night.", "Closure"),
        ("The main airport was closed on Tuesday after the runway was damaged.", "Closure"),
        ("The soldiers sealed the land and air borders on Sunday.", "Closure"),
        ("The regional bloc suspended Mali from all its bodies on Friday.", "Sanctions"),
        ("Washington imposed sanctions on the junta's leaders on Thursday.", "Sanctions"),
        ("Parliament passed the finance bill on Tuesday by 195 votes to 106.", "Vote"),
        ("The presidential election was held on Sunday amid a boycott.", "Vote"),
        ("The bloc held an extraordinary summit on the crisis on Thursday.", "Meeting"),
        ("About 4,000 villagers fled across the river on Saturday.", "Displacement"),
    ],
)
def test_a_development_is_its_own_kind_of_other(
    full: Language, sentence: str, sub_event: str
) -> None:
    assert sub_event in developments(full, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The whole nation is in mourning after the attack.",  # grief, no day declared
        "Relatives were mourning outside the hospital on Monday.",
        "Opposition leaders called for an independent investigation on Monday.",  # a call
        "The minister said the court was a symbol of the old regime.",  # a court named
        "Protesters gathered outside the court building on Monday.",
        "The village lies close to the border.",  # near it, no closure
        "Schools are closed in much of the north because it is too dangerous to open.",
        "The bloc threatened to impose sanctions on the junta.",  # a threat
        "The ministry approved the request by sanctioning the deployment of troops.",
        "Lawmakers voted to remove the president on Wednesday.",  # the vote is the dismissal
        "The president held a meeting with his security chiefs on Friday.",
        "The president fled the country on Tuesday.",  # one person's flight, no displacement
    ],
)
def test_no_development_in_figures_of_speech_plans_or_calls(full: Language, sentence: str) -> None:
    found = set(developments(full, sentence)) - {"Other"}
    assert not found


def test_a_day_of_mourning_declared_is_no_statement_beside_it(full: Language) -> None:
    text = "The president declared Sunday a national day of mourning."
    kinds = [m.type for m in unseen.mentions(full, text)]
    assert kinds == ["other"]


def test_a_court_that_orders_takes_no_statement_beside_its_step(full: Language) -> None:
    text = "A court in the capital ordered the two men held in pretrial detention on Monday."
    kinds = [(m.type, m.acled_sub_event_type) for m in unseen.mentions(full, text)]
    assert ("other", "Court proceedings") in kinds
    assert all(t != "statement" for t, _ in kinds)


def test_an_evacuation_told_by_its_noun_is_a_development(full: Language) -> None:
    text = "The United Nations began the evacuation of its non-essential staff on Sunday."
    assert "Other" in developments(full, text)


def test_a_day_of_mourning_is_the_whole_countrys(full: Language) -> None:
    text = (
        "Gunmen attacked a hotel in Bamako, Mali, on Friday.\n\n"
        "The president declared Sunday a national day of mourning."
    )
    (mourning,) = [
        m for m in unseen.mentions(full, text) if m.acled_sub_event_type == "Day of mourning"
    ]
    assert mourning.place == "Mali"
    assert mourning.date == "2023-07-23"


def test_a_mourning_period_spans_the_days_it_counts(full: Language) -> None:
    text = "The council in Bamako declared three days of national mourning on Saturday."
    (mourning,) = [
        m for m in unseen.mentions(full, text) if m.acled_sub_event_type == "Day of mourning"
    ]
    assert mourning.date == "2023-07-22/2023-07-24"


def test_a_count_of_people_sentenced_is_no_court_step(full: Language) -> None:
    text = "More than 900 people have been arrested, charged or sentenced since the coup."
    assert "Court proceedings" not in developments(full, text)


def test_a_participle_that_describes_who_is_no_development(full: Language) -> None:
    text = "Countries sanctioning the junta's officials include Canada and Japan."
    assert "Sanctions" not in developments(full, text)


def test_a_curfew_announced_to_be_lifted_is_an_easing(full: Language) -> None:
    text = "The army announced that the night curfew would be lifted on Sunday."
    assert "Other" in developments(full, text)


def test_a_curfew_yet_to_be_lifted_is_no_easing(full: Language) -> None:
    text = "Officials said it was unclear how long it would take to lift the curfew."
    assert "Other" not in developments(full, text)


def test_a_town_placed_under_lockdown_is_a_closure(full: Language) -> None:
    text = "The whole town was placed under lockdown on Friday afternoon."
    assert "Closure" in developments(full, text)


def test_people_fled_since_a_day_leave_the_speakers_count_a_statement(full: Language) -> None:
    text = "Aid agencies said 25,000 people have fled since the fighting began on Monday."
    assert any(m.type == "statement" for m in unseen.mentions(full, text))


@pytest.mark.parametrize(
    "sentence",
    [
        "The two sides agreed to a ceasefire on Friday.",
        "Both ministers signed a cease-fire deal in Moscow on Saturday.",
        "The truce that took effect on Saturday was brokered by Qatar.",
        "Fighting continued despite a ceasefire announced over the weekend.",
    ],
)
def test_a_ceasefire_made_or_in_force_is_an_agreement(full: Language, sentence: str) -> None:
    assert "Agreement" in developments(full, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The envoy renewed his call to respect the ceasefire agreement.",
        "The police failed to deal with the violence on Monday.",  # the verb "deal"
        "The prime minister said she would try to reach an agreement with parliament.",
        "Rebels proposed an agreement to share power on Monday.",
    ],
)
def test_an_agreement_respected_proposed_or_aimed_at_is_none(full: Language, sentence: str) -> None:
    assert "Agreement" not in developments(full, sentence)


def test_a_national_court_sits_in_the_capital(full: Language) -> None:
    text = (
        "MOMBASA, Kenya - Kenya's Supreme Court on Thursday ordered the release of the two "
        "activists."
    )
    (court,) = [
        m for m in unseen.mentions(full, text) if m.acled_sub_event_type == "Court proceedings"
    ]
    assert court.place == "Nairobi"


def test_a_court_panel_acts_for_its_court(full: Language) -> None:
    text = "On Thursday a Supreme Court panel ordered 18 months of pretrial detention for him."
    found = unseen.mentions(full, text)
    assert "Court proceedings" in [m.acled_sub_event_type for m in found]
    assert all(m.type != "statement" for m in found)


def test_a_hearing_set_for_a_day_is_none_held(full: Language) -> None:
    text = "He is to appear in court on Friday, his lawyer said."
    assert "Court proceedings" not in developments(full, text)
