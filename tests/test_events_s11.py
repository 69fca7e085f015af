"""Event rules of session 11, found on the weakest probe corpora (a coup, a government's
fall, a war's exodus, an earthquake) and checked on the four examples: an appointment made
at the seat of government. Every text is invented."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

import test_events_unseen as unseen
from sitrep.records import EventMention

full = unseen.full  # the spaCy pipeline, one per module
run_docs = unseen.run_docs


def mentions(full: Language, text: str, published: str = "2023-08-30") -> list[EventMention]:
    return unseen.mentions(full, text, published)


def test_an_appointment_told_for_the_country_is_made_in_its_capital(tmp_path: Path) -> None:
    export = run_docs(
        tmp_path,
        {
            "a": "Army names general as leader\n\nLIBREVILLE, Aug 30 (Wire) - Army officers in "
            "Gabon named General Jean Ndong head of the transition on Wednesday, after "
            "soldiers clashed with guards in Libreville. Protesters also gathered in "
            "Port-Gentil on Wednesday.\n",
        },
    )
    (named,) = [e for e in export["events"] if e["type"] == "appointment_dismissal"]
    assert named["place"] == "Gabon"  # the text names no town for it: the place stays
    assert (named["town"], named["town_basis"]) == ("Libreville", "capital")
