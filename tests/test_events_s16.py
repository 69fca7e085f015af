"""Event rules found on the real pages of session 16, by counting which gold event mentions
sitrep missed across the twenty pages corpora: an attack named by its noun on armed men is a
fight, as the verb is; a day written out with its month dates a happening before a weekday
read from the report's own day. Every sentence is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

import test_events_unseen as unseen

full = unseen.full  # the spaCy pipeline, one per module


def _of(full: Language, text: str, trigger: str, published: str = "2022-05-15") -> list:
    return [m for m in unseen.mentions(full, text, published) if m.trigger == trigger]


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("The rebels launched their attack on the army garrison in the town on Friday.", "attack"),
        ("The separatists began an attack on government troops in the valley on Friday.", "attack"),
    ],
)
def test_an_attack_named_by_its_noun_on_armed_men_is_a_clash(
    full: Language, sentence: str, trigger: str
) -> None:
    found = _of(full, sentence, trigger)
    assert found and all(m.type == "clash" for m in found)


def test_an_attack_named_by_its_noun_on_civilians_stays_a_killing(full: Language) -> None:
    found = _of(full, "The attack on the wedding party on Friday shocked the region.", "attack")
    assert found and all(m.type == "killing" for m in found)


@pytest.mark.parametrize(
    ("sentence", "trigger", "day"),
    [
        # a holiday named by its weekday, told two weeks on: the written day is the attack's
        (
            "The inquiry follows the Palm Sunday bombings on 10 April that killed 40 people.",
            "killed",
            "2022-04-10",
        ),
        ("The Sunday attack on April 24th left the market in ruins.", "attack", "2022-04-24"),
    ],
)
def test_a_day_written_with_its_month_outranks_a_weekday_read_from_the_report(
    full: Language, sentence: str, trigger: str, day: str
) -> None:
    found = _of(full, sentence, trigger)
    assert found and all(m.date == day for m in found)


def test_a_weekday_alone_is_still_read_from_the_report(full: Language) -> None:
    # 15 May 2022 is a Sunday: the Friday before it
    found = _of(full, "Gunmen attacked a village on Friday, killing 12 people.", "killing")
    assert found and found[0].date == "2022-05-13"


def test_a_coup_is_the_states_power_seized_at_its_seat(tmp_path: Path) -> None:
    """Annotators type a coup "seizure" (five coup corpora of six), at the capital: a
    seizure of the state's power told for the country is placed at its seat, as a
    government's fall is, and brings no government_dismissal of its own."""
    text = (
        "Soldiers seize power in Mali\n\nSoldiers in Mali declared a coup on national "
        "television on Wednesday, saying they had seized power.\n"
    )
    out = unseen.run_text(tmp_path, text)
    (coup,) = [e for e in out["events"] if e["type"] == "seizure"]
    assert coup["place"] == "Mali" and coup["town"] == "Bamako"
    assert not [e for e in out["events"] if e["type"] == "government_dismissal"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Violent protests erupted across the country on Friday after the vote was annulled.",
        "The ruling sparked violent demonstrations by opposition supporters on Friday.",
    ],
)
def test_protests_called_violent_stay_protests(full: Language, sentence: str) -> None:
    # "violent" qualifies the protest, no act of the crowd is told: annotators keep it a
    # protest (ten of the eleven gold reports of one)
    assert {m.type for m in unseen.mentions(full, sentence, "2022-05-15")} >= {"protest"}
    assert "riot" not in {m.type for m in unseen.mentions(full, sentence, "2022-05-15")}


def test_a_protest_whose_crowd_does_violence_is_a_riot(full: Language) -> None:
    sentence = "Violent protests broke out on Friday, with protesters throwing stones at shops."
    assert "riot" in {m.type for m in unseen.mentions(full, sentence, "2022-05-15")}
