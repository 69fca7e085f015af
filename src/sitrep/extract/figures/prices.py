"""Money and price changes: the commodity a money or percent figure is the price of."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from sitrep.extract.figure_words import (
    CHANGE_VERBS,
    EVENT_LEMMAS,
    GAP_COORDINATORS,
    LOSS_WORDS,
    MULTIPLIER_VERBS,
    PART_PRONOUNS,
    PEOPLE_OTHER,
    PER_UNITS,
    PRICE_NOUNS,
    SHARE_GROUP,
)
from sitrep.extract.figures.syntax import _is_person, _lemma, _of_object, _verbs_with_lemma
from sitrep.extract.numbers import FRACTION_DENOMINATORS

PERCENT_MARKS = frozenset({"percent", "%", "per"})
# The denominators of a share written as a fraction ("two-thirds of the vote")
FRACTION_MARKS = frozenset(FRACTION_DENOMINATORS)
# Words that set a rival's share beside another ("against 30.77% for his challenger").
RIVAL_MARKS = frozenset({"against", "versus", "vs", "to"})


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


def price_group(anchor: Token, price: Token) -> str:
    """What a money or percent figure is the price of: the commodity the clause holding the
    number names as its subject when it is another than the price noun's ("doubled the
    price of diesel, to $2.30 …, while regular gasoline rose to $2.39"; "the price of diesel
    rose by 123 percent, and regular gasoline by about 30 percent"), else the price noun's."""
    own = _clause_commodity(anchor, price) or _gapped_commodity(anchor, price)
    if own is None:
        return _commodity(price)
    mods = [c for c in own.children if c.dep_ in {"compound", "amod"} and c.i < own.i]
    return " ".join(t.text for t in sorted([*mods, own], key=lambda t: t.i)).lower() + " price"


def _clause_commodity(anchor: Token, price: Token) -> Token | None:
    for t in anchor.ancestors:
        if t.pos_ == "NOUN" and t.dep_ == "conj" and _lemma(t.head) in CHANGE_VERBS:
            subj = t  # a gapped clause: "…, and regular gasoline by about 30 percent"
        elif t.pos_ == "VERB":
            if _lemma(t) not in CHANGE_VERBS:
                return None
            subj = next((c for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if any(c.dep_ == "dobj" for c in t.children):
                return None  # "the measure doubled the price": the doer, not what costs more
        else:
            continue
        if (
            subj is None
            or subj.pos_ != "NOUN"
            or subj.ent_type_
            or _lemma(subj) in PRICE_NOUNS
            or price in subj.subtree
            or _is_person(subj)
        ):
            return None
        return subj
    return None


def loss_group(anchor: Token, counted: Token | None, unit: str | None) -> str | None:
    """The group of a sum of money the crisis cost: "insurers estimated the damage at over
    650 million euros", "losses at $2.3 billion", "the oil sector lost about $250 million",
    "$40 million in damage" -> "damage (euros)", "losses (dollar)"; None for any other sum
    (a loan, reserves, an investment: no count of the crisis)."""
    money = counted if counted is not None and counted.i > anchor.i else anchor
    for t in [money, *money.ancestors]:
        named = [t, *(c for c in t.children if c.dep_ in {"dobj", "pobj", "prep"})]
        for w in named:
            if w.dep_ == "prep":
                w = next((g for g in w.children if g.dep_ == "pobj"), w)
            if _lemma(w) in LOSS_WORDS and (w is t or w.i != money.i):
                currency = unit or (counted.lower_ if counted is not None else "money")
                return f"{_loser(w)}{LOSS_WORDS[_lemma(w)]} ({currency})"
        if t.pos_ in {"VERB", "AUX"}:
            break
    return None


def _loser(verb: Token) -> str:
    """Who lost the sum, when a part of the economy is the subject of "lose" ("the oil sector
    alone lost about $250 million" -> "oil sector "): its own count, a part of the crisis's
    whole losses, never a rival estimate of them. A country or a pronoun names the whole."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return ""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or subj.ent_type_ in {"GPE", "NORP"}:
        return ""
    words = [c.lower_ for c in subj.children if c.dep_ == "compound" and c.i < subj.i]
    return " ".join([*words, subj.lower_]) + " "


def before_change(anchor: Token) -> bool:
    """The price before a change, beside the one after it: the $1.03 of "rose to $2.30 from
    $1.03" or "went from $1.03 to $2.30" (a change, not two prices that disagree)."""
    if anchor.dep_ in {"nummod", "quantmod"} and anchor.head.dep_ == "pobj":
        anchor = anchor.head  # "from 25 cents"
    prep = anchor.head
    if anchor.dep_ != "pobj" or prep.lower_ != "from":
        return False
    near = [*prep.head.children, *anchor.children, *prep.children]
    return any(c.dep_ == "prep" and c.lower_ == "to" and c is not prep for c in near)


def multiplier_qualifier(verb: Token) -> str:
    """ "more than doubled" is more than a 100 percent rise; "doubled" alone about one."""
    before = [t.lower_ for t in verb.doc[max(0, verb.i - 2) : verb.i]]
    return "more_than" if before == ["more", "than"] else "about"


def _gapped_commodity(anchor: Token, price: Token) -> Token | None:
    """The noun of a clause whose verb is left out, read off the words however the parser
    joined them: "…, and premium petrol by about 27 percent" (no verb between the
    coordinator and the number)."""
    nouns = []
    for t in reversed(anchor.doc[anchor.sent.start : anchor.i]):
        if t.pos_ in {"VERB", "AUX"} or t.is_punct or t == price:
            return None
        if t.lower_ in GAP_COORDINATORS:
            break
        if t.pos_ in {"NOUN", "PROPN"} and not t.ent_type_ and _lemma(t) not in PRICE_NOUNS:
            nouns.append(t)
    else:
        return None
    return nouns[-1] if len(nouns) == 1 and not _is_person(nouns[0]) else None


def _multipliers(doc: Doc) -> Iterator[tuple[Span, None]]:
    """ "doubled the cost of gas": a price change with no number written."""
    for i in _verbs_with_lemma(doc, MULTIPLIER_VERBS):
        if any(c.dep_ in {"dobj", "nsubj"} and _lemma(c) in PRICE_NOUNS for c in doc[i].children):
            yield doc[i : i + 1], None


def percent_of(span: Span, counted: Token | None) -> str | None:
    """The group of a share that is no price: what it is a share of, SHARE_GROUP after it
    ("61% of medical facilities" -> "medical facilities (percent)", "the 56 percent quota
    system" -> "quota system (percent)"); None for a figure that is no percent, and for a
    share of nothing named ("bond yields dropped below 1.8 percent", "100 percent sure"):
    a rate of the markets or a way of speaking, not a count of the crisis."""
    marks = [t for t in span if t.lower_ in PERCENT_MARKS | FRACTION_MARKS]
    if not marks and not (counted is not None and counted.lower_ in PERCENT_MARKS):
        return None
    mark = marks[-1] if marks else counted
    if mark is None:
        return None
    if _share_of_share(mark):
        return SHARE_BASE
    of = next((c for c in mark.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if noun is None and mark.dep_ in {"compound", "nmod", "amod"} and mark.head.pos_ == "NOUN":
        noun = mark.head  # "the 56 percent quota system"
    if noun is None and mark.dep_ == "pobj" and mark.head.lower_ == "of":
        if mark.head.head.pos_ == "NOUN":
            noun = mark.head.head  # "a turnout of 56.65%": the turnout's share
    if noun is None:
        holder = _share_holder(mark)
        if holder is not None:  # "against 30.77% for his main challenger"
            return f"share for {holder} {SHARE_GROUP}"
    if noun is not None and noun.pos_ not in {"NOUN", "PROPN"}:
        befallen = _befallen(noun)
        if befallen is not None:
            return f"{befallen} {SHARE_GROUP}"
    if noun is None or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    mods = [c for c in noun.children if c.dep_ in {"compound", "amod"} and c.i < noun.i]
    words = [t.text for t in sorted([*mods, noun], key=lambda t: t.i)]
    words = [w for w in words if w.lower() not in PERCENT_MARKS]
    nested = any(m.lower_ in PERCENT_MARKS and _share_of_share(m) for m in mods)
    share = "share of " if nested else ""  # "30 percent of the 56 percent quota"
    return f"{share}{' '.join(words)} {SHARE_GROUP}" if words else None


def _befallen(noun: Token) -> str | None:
    """People a share is of, named only by what befell them ("90 percent of those fleeing",
    "60 percent of the displaced", "70 percent of those killed"): their words."""
    if _lemma(noun) in PEOPLE_OTHER or _lemma(noun) in EVENT_LEMMAS:
        return noun.text  # "the displaced", "the injured"
    if noun.lower_ not in PART_PRONOUNS:
        return None
    if noun.lower_ in {"them", "whom"} and any(
        t.like_num for t in noun.sent if t.i < noun.head.head.i
    ):
        return f"share of {noun.text}"  # "3,361 people displaced, three-quarters of them …"
    state = next(
        (
            c
            for c in noun.children
            if c.dep_ in {"acl", "relcl", "amod"}
            and (_lemma(c) in PEOPLE_OTHER or _lemma(c) in EVENT_LEMMAS)
        ),
        None,
    )
    return f"{noun.text} {state.text}" if state is not None else None


def _share_holder(mark: Token) -> str | None:
    """Whose share a percent is when a "for" names it beside a rival's ("64.27% of the vote,
    against 30.77% for his main challenger"): the holder's words ("his main challenger")."""
    if mark.head.lower_ not in RIVAL_MARKS:
        return None
    doc = mark.doc
    after = doc[mark.i + 1] if mark.i + 1 < len(doc) else None  # "for" hangs off the verb
    prep = after if after is not None and after.lower_ == "for" and after.dep_ == "prep" else None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if obj is None:
        return None
    mods = [c for c in obj.children if c.dep_ in {"poss", "amod", "compound"} and c.i < obj.i]
    return " ".join(t.text for t in sorted([*mods, obj], key=lambda t: t.i))


# The group of a share named only as the base of another ("30 percent of the 56 percent
# quota": the 56 is the quota, restated): the reader drops it
SHARE_BASE = f"share base {SHARE_GROUP}"


def _share_of_share(mark: Token) -> bool:
    """A percent that names the base another percent is a share of: the "56 percent" of
    "30 percent of the 56 percent quota"."""
    noun = mark.head if mark.dep_ in {"compound", "nmod", "amod"} else None
    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    return noun.head.head.lower_ in PERCENT_MARKS
