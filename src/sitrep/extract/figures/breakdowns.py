"""Parts, restatements and breakdown items: a number read as part of a figure before it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitrep.extract.figure_words import (
    ADDITION_NOUNS,
    CHANGE_ADVERBS,
    EVENT_LEMMAS,
    PART_ORDERS,
    PART_PREPOSITIONS,
    PEOPLE_MEASURES_READ,
)
from sitrep.extract.figures.drafts import _Draft
from sitrep.extract.figures.places import PlaceRef
from sitrep.extract.figures.syntax import _event_of, _is_person, _lemma, _own_modifiers

# What befalls the people of a list whose first item's verb tells it ("Nine soldiers died,
# three Malawian soldiers and one Uruguayan peacekeeper")
_LIST_HARMS = frozenset(("killed", "injured", "arrested", "detained"))


def _bracketed_item(
    span: Span, by_anchor: dict[int, _Draft], places: list[PlaceRef]
) -> tuple[_Draft, str] | None:
    """A number alone in brackets after a place, in a sentence that gave a count before
    it, is that count's part for the place: "31 dead: Lagos (12), Abuja (9)"."""
    doc = span.doc
    if span.start < 2 or span.end >= len(doc):
        return None
    if doc[span.start - 1].text != "(" or doc[span.end].text != ")":
        return None
    before = doc[span.start - 2]
    where = next((n for s, e, n, _ in places if s <= before.idx < e), None)
    if where is None:
        return None
    sent = span.sent
    totals = [
        d
        for i, d in by_anchor.items()
        if sent.start <= i < span.start and d.measure in PEOPLE_MEASURES_READ
    ]
    return (max(totals, key=lambda d: d.anchor), where) if totals else None


def _restated(anchor: Token, counted: Token | None, by_anchor: dict[int, _Draft]) -> _Draft | None:
    """ "Organisers said 10,000 marched, while police put the figure at 3,000": a bare
    figure/number/estimate noun given a value restates the quantity counted before it in
    the sentence (a rival claim about the same thing)."""
    if counted is not None or anchor.head.lower_ not in {"at", "to"}:
        return None
    verb = anchor.head.head
    nouns = [c for c in verb.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"}]
    if not any(
        _lemma(n) in {"figure", "number", "estimate", "count", "total", "tally"}
        and not _event_of(_own_modifiers(n))
        for n in nouns
    ):
        return None
    before = [
        d
        for i, d in by_anchor.items()
        if i < anchor.i and d.sentence.start <= anchor.idx < d.sentence.end
    ]
    if not before:  # "… 2.5 million are displaced, OCHA said. The provincial government put
        # the figure at 1.7 million.": the count of the sentence before
        prev = _sentence_before(anchor)
        if prev is not None:
            before = [d for d in by_anchor.values() if prev.start_char <= d.start < prev.end_char]
    return max(before, key=lambda d: d.anchor) if before else None


def _sentence_before(anchor: Token) -> Span | None:
    """The sentence before the number's, over blank lines."""
    doc, start = anchor.doc, anchor.sent.start
    while start > 0:
        sent = doc[start - 1].sent
        if sent.text.strip():
            return sent
        start = sent.start
    return None


def _inherited(anchor: Token, counted: Token | None, by_anchor: dict[int, _Draft]) -> _Draft | None:
    """The figure this one is a part or restatement of: "120 cars, including 33 police
    vehicles", "103, including several minors", "100 tenge, or 22 cents", "25 killed on
    Thursday, in addition to seven earlier in the week"."""
    base = counted or anchor
    earlier = _earlier_value(base, anchor, by_anchor)
    if earlier is not None:
        return earlier
    t = base
    for _ in range(6):
        if t.head == t:
            return None
        if t.dep_ == "pobj" and (
            t.head.lower_ in PART_PREPOSITIONS
            or (t.head.lower_ == "to" and _lemma(t.head.head) in ADDITION_NOUNS)
        ):  # "in addition to seven earlier in the week"
            head = t.head.head
            for cand_i in (head.i, *[c.i for c in head.children]):
                if cand_i in by_anchor:
                    return by_anchor[cand_i]
            # the figure whose clause the "including" hangs from (wandering parses)
            before = [
                d
                for i, d in by_anchor.items()
                if i < anchor.i and d.sentence.start <= anchor.idx < d.sentence.end
            ]
            return max(before, key=lambda d: d.anchor) if before else None
        if t.dep_ in {"conj", "appos"} and t.head.i in by_anchor:
            return by_anchor[t.head.i]
        if t.dep_ in {"conj", "appos"}:
            for c in t.head.children:
                if c.i in by_anchor and by_anchor[c.i].measure == "price":
                    return by_anchor[c.i]
        if t.dep_ == "npadvmod" and any(c.dep_ == "prep" for c in t.children):
            total = _verbs_value(t.head, by_anchor)
            if total is not None:
                return total
        t = t.head
    return None


def _verbs_value(verb: Token, by_anchor: dict[int, _Draft]) -> _Draft | None:
    """The figure a verb gives as its value ("has risen to 11", "reached 40"): a number
    hung from it as "nine in Azerbaijan" after a comma is that figure's part for a place
    ("The toll has risen to 11, nine in Azerbaijan and two in Armenia")."""
    for c in verb.children:
        if c.i in by_anchor and c.dep_ in {"dobj", "attr"}:
            return by_anchor[c.i]
        if c.dep_ == "prep":
            value = next((g for g in c.children if g.i in by_anchor), None)
            if value is not None:
                return by_anchor[value.i]
    return None


def _earlier_value(base: Token, anchor: Token, by_anchor: dict[int, _Draft]) -> _Draft | None:
    """ "45,000 police were deployed, up from 40,000 the night before", "667 arrests, down
    from 1,311": the same count's earlier value, of the figure before it in the sentence."""
    prep = base.head
    if base.dep_ != "pobj" or prep.lower_ != "from" or prep.head.lower_ not in CHANGE_ADVERBS:
        return None
    before = [
        d
        for i, d in by_anchor.items()
        if i < anchor.i and d.sentence.start <= anchor.idx < d.sentence.end
    ]
    return max(before, key=lambda d: d.anchor) if before else None


def _partitive_part(
    anchor: Token, counted: Token | None, by_anchor: dict[int, _Draft]
) -> _Draft | None:
    """ "'We've got seven dead here.' The first two were students …; the other five had
    gunshot injuries": a bare number with a definite article and an ordering word is a part
    of the last count of people before it (in its sentence or the one or two before)."""
    if counted is not None and not _is_person(counted):
        return None
    words = [t.lower_ for t in anchor.doc[max(anchor.i - 2, 0) : anchor.i]]
    if len(words) < 2 or words[0] != "the" or words[1] not in PART_ORDERS:
        return None
    sent = anchor.sent
    doc = anchor.doc
    earliest = doc[max(sent.start - 1, 0)].sent.start
    earliest = doc[max(earliest - 1, 0)].sent.start  # up to two sentences back
    before = [
        d
        for i, d in by_anchor.items()
        if earliest <= i < anchor.i and d.measure in PEOPLE_MEASURES_READ
    ]
    return max(before, key=lambda d: d.anchor) if before else None


def _listed_harm(anchor: Token, counted: Token | None, by_anchor: dict[int, _Draft]) -> str | None:
    """The measure of a list item with no verb of its own: "Nine South African soldiers
    perished defending the city, three Malawian soldiers, and one Uruguayan peacekeeper",
    "resulting in the deaths of the governor and 16 soldiers". The parser hangs such an
    item as the conjunct of whatever comes before it (a place, a verb): a counted person
    conjoined with no counted person is a further item of the sentence's last tally of
    people before it, else of the harm noun whose "of" list it ends ("the deaths of")."""
    if counted is None or not _is_person(counted) or counted.dep_ != "conj":
        return None
    top = counted
    while top.dep_ == "conj":
        top = top.head
        held = next((by_anchor[c.i] for c in (top, *top.children) if c.i in by_anchor), None)
        if held is not None:  # the item before it is a count: its measure goes on
            return held.measure if held.measure in _LIST_HARMS else None
        if _is_person(top):
            return None  # "Woman, life, freedom: … the death of one young woman": a list of its own
    sent = anchor.sent
    before = [
        d for i, d in by_anchor.items() if sent.start <= i < anchor.i and d.measure in _LIST_HARMS
    ]
    if before:
        return max(before, key=lambda d: d.anchor).measure
    harm = next(
        (
            t
            for t in reversed(sent[: anchor.i - sent.start])
            if t.pos_ == "NOUN"
            and EVENT_LEMMAS.get(_lemma(t)) in _LIST_HARMS
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)
        ),
        None,
    )
    return EVENT_LEMMAS[_lemma(harm)] if harm is not None else None
