"""A number that is someone's age, not a count: "aged 69", "at the age of 12", "a protester,
26, died"."""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.figure_words import AGE_WORDS, TOLL_NOUNS
from sitrep.extract.figures.syntax import _is_person, _lemma
from sitrep.extract.numbers import parse_number
from sitrep.lexicon import AGE_LIMIT


def _is_age(anchor: Token) -> bool:
    """The number is someone's age: "aged 69", "age 40", "at the age of 12"."""
    head = anchor.head
    if head.lower_ == "of" and anchor.dep_ == "pobj":
        head = head.head
    before = anchor.doc[anchor.i - 1] if anchor.i else None  # however it is attached
    return (
        (head is not anchor and head.lower_ in AGE_WORDS)
        or (before is not None and before.lower_ in AGE_WORDS)
        or _appositive_age(anchor)
    )


def _appositive_age(anchor: Token) -> bool:
    """A bare number set off by commas after a person is their age: "Nahel M., 17, was shot
    dead", "a protester, 26, died", "two men, 19 and 22, were killed"."""
    num = anchor
    while num.dep_ == "conj" and num.head.like_num:
        num = num.head  # "19 and 22": the 22 joins the 19
    if num.dep_ != "appos" or not num.like_num or not 0 < num.i < len(num.doc) - 1:
        return False
    doc, head = num.doc, num.head
    numbers = [t for t in num.subtree if t.pos_ == "NUM"]
    counts = [c for c in head.children if c.dep_ == "nummod"]
    if head.i > num.i or not (
        head.ent_type_ == "PERSON"
        or _is_person(head)
        # "two brothers, 16 and 21": as many numbers as the people counted
        or (len(counts) == 1 and parse_number(counts[0].text) == len(numbers))
        # "a student, 23": one person, so no count
        or (head.tag_ == "NN" and len(numbers) == 1 and _lemma(head) not in TOLL_NOUNS)
    ):
        return False
    end = max(t.i for t in num.subtree) + 1
    closed = end >= len(doc) or doc[end].text in {",", ")", ".", ";"}
    return (
        doc[num.i - 1].text == ","
        and closed
        and all(t.text.isdigit() and 0 < int(t.text) < AGE_LIMIT for t in numbers)
    )
