"""Money and price changes: the commodity a money or percent figure is the price of."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from sitrep.extract.figure_words import (
    CHANGE_VERBS,
    MULTIPLIER_VERBS,
    PER_UNITS,
    PRICE_NOUNS,
)
from sitrep.extract.figures.syntax import _lemma, _of_object, _verbs_with_lemma


def _price_context(anchor: Token, counted: Token | None) -> Token | None:
    """The price noun a money/percent figure is a value or change of, if any."""
    for t in [anchor, *anchor.ancestors]:
        for c in ([t] if t.pos_ == "NOUN" else []) + [
            c for c in t.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"}
        ]:
            if _lemma(c) in PRICE_NOUNS and _is_commodity_price(c, anchor):
                return c
        if t.pos_ == "VERB":
            break
    for t in [anchor, *anchor.ancestors]:  # "to around 100 tenge, … a liter"
        for c in t.children:
            if c.dep_ in {"appos", "npadvmod", "prep"} and (
                _lemma(c) in PER_UNITS or any(_lemma(g) in PER_UNITS for g in c.children)
            ):
                if c.dep_ != "prep" or c.lower_ == "per":
                    return c
        if counted is not None and t == counted.head:
            break
    # the sentence changes a commodity's price: "doubled the cost of gas … to around 100 tenge"
    for t in anchor.sent:
        if (
            _lemma(t) in PRICE_NOUNS
            and t.head.pos_ == "VERB"
            and _lemma(t.head) in CHANGE_VERBS
            and _is_commodity_price(t, anchor)
        ):
            return t
    return None


def _is_commodity_price(noun: Token, anchor: Token) -> bool:
    """'the price of natural gas', 'fuel prices' – not 'an estimated cost of $37 billion'."""
    if _lemma(noun) == "inflation":
        return True
    mods = [c for c in noun.children if c.dep_ in {"compound", "amod", "poss"}]
    obj = _of_object(noun)
    if obj is not None and anchor not in obj.subtree:
        return True
    if any(not m.like_num and m.lower_ not in {"estimated", "total", "overall"} for m in mods):
        return True
    head = noun.head
    return head.pos_ == "VERB" and _lemma(head) in CHANGE_VERBS


def _commodity(price: Token) -> str:
    obj = _of_object(price)
    parts = [
        t.text
        for t in (obj.subtree if obj is not None else [])
        if t.dep_ in {"compound", "amod", "pobj"} or t == obj
    ]
    if not parts:
        parts = [m.text for m in price.children if m.dep_ == "compound"]
    if _lemma(price) == "inflation":
        return " ".join([*parts, "inflation"]).lower()
    return " ".join([*parts, "price"]).lower()


def _multipliers(doc: Doc) -> Iterator[tuple[Span, None]]:
    """ "doubled the cost of gas": a price change with no number written."""
    for i in _verbs_with_lemma(doc, MULTIPLIER_VERBS):
        if any(c.dep_ in {"dobj", "nsubj"} and _lemma(c) in PRICE_NOUNS for c in doc[i].children):
            yield doc[i : i + 1], None
