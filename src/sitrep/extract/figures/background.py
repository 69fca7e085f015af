"""Numbers the phrase matcher catches that count nothing: years, "one" alone, the base of a
share ("two out of 15", "90 of its 200 inhabitants"), a place's population ("a city of
five million")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitrep.extract.figure_words import EVENT_LEMMAS, PARTITIVE_DETERMINERS, POPULATED_PLACES
from sitrep.extract.figures.syntax import _lemma
from sitrep.extract.numbers import Quantity


def _background(span: Span, quantity: Quantity, counted: Token | None) -> bool:
    """Years, ages and the like that the matcher can still catch."""
    v = quantity.value
    if v is not None and counted is None and 1900 <= v <= 2100 and "," not in span.text:
        return True
    if span.text.lower() in {"one", "a"} and counted is None:
        return True
    before = span.doc[max(span.start - 2, 0) : span.start].text.lower()
    if before == "out of":
        return True  # "two out of 15 detained persons": the base of a share
    if _population(span):
        return True  # "the nation of 18 million": how many live there
    # "90 of its 200 inhabitants were dead", "12 of the 40 passengers": the whole the count
    # before it is a part of (the village's people), no count of what befell them
    three = span.doc[max(span.start - 3, 0) : span.start]
    return (
        len(three) == 3
        and three[0].like_num
        and three[1].lower_ == "of"
        and three[2].lower_ in PARTITIVE_DETERMINERS
        and not _toll_told(span)
    )


def _population(span: Span) -> bool:
    """A place's people, told as the place "of" a number: "the nation of 18 million", "a
    city of five million people" (no count of anything that befell them)."""
    at = span.start - 1
    if at < 1 or span.doc[at].lower_ != "of":
        return False
    owner = span.doc[at - 1]
    return owner.lemma_.lower() in POPULATED_PLACES


def _toll_told(span: Span) -> bool:
    """The whole of a share is itself a toll when its own participle says what befell it:
    "120 of the 5,000 people injured are in critical condition" (5,000 injured)."""
    doc = span.doc
    after = doc[span.end : min(span.end + 2, len(doc))]
    for t in after:
        if t.pos_ in {"VERB", "ADJ"} and t.tag_ in {"VBN", "JJ"} and _lemma(t) in EVENT_LEMMAS:
            return True
        if t.pos_ not in {"NOUN", "PROPN"}:
            break
    return False
