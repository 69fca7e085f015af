"""Whose day a time in a sentence is, when it is not the happening's the trigger tells: a
day written on a noun the sentence refers to ("marching against an October 25 coup"); and
the day a statement was made ("..., the authorities said on Sunday morning")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sitrep.extract.events.vocabulary import (
    COUNT_NOUNS,
    DAY_ON_NOUN_DEPS,
    DAY_TIMEX,
    NAMING_DAY_PREPS,
    SAID_ON_DEPS,
    TOLL_NOUNS,
)
from sitrep.records import TimeExpression


def _root(doc: Doc, t: TimeExpression) -> Span | None:
    """The time's tokens, without the article the noun it is written on takes ("the June
    28 decree": "June 28")."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is not None and len(span) > 1 and span[0].dep_ == "det":
        return span[1:]
    return span


def named_noun(doc: Doc, t: TimeExpression) -> Token | None:
    """The noun whose day the time is written on, when that noun is what the sentence's
    happening is done against, over or about ("protesters marching against an October
    25 coup", "the anger over the Sunday vote"), or what another noun is of ("the
    leaders of the October 25 coup"); None for any other time."""
    span = _root(doc, t)
    if span is None or not DAY_TIMEX.match(t.timex or ""):
        return None  # a day, not "the 12th-century ramparts"
    root = span.root
    noun = root.head
    if root.dep_ not in DAY_ON_NOUN_DEPS or noun.i == root.i or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    if noun.i in range(span.start, span.end):
        return None  # a date in parts ("October 25"), not a noun's
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ in NAMING_DAY_PREPS:
        return noun
    if (
        prep.lower_ == "of"
        and prep.head.pos_ in {"NOUN", "PROPN"}
        and prep.head.lemma_.lower() not in TOLL_NOUNS | COUNT_NOUNS
    ):
        # another noun's own ("leaders of the October 25 coup"); not a toll's ("the
        # casualties of yesterday's shooting" counts the happening the sentence tells)
        return noun
    return None


def names_another(trigger: Token, t: TimeExpression) -> bool:
    """The time is the day of a noun the trigger's sentence refers to (see
    :func:`named_noun`), and the trigger is not in that noun's phrase: "Protesters,
    marching against an October 25 coup, demand ..." tells no protest on October 25;
    "the October 25 coup" itself keeps its day."""
    noun = named_noun(trigger.doc, t)
    if noun is None:
        return False
    return not noun.left_edge.i <= trigger.i <= noun.right_edge.i


def said_on(verb: Token, t: TimeExpression) -> bool:
    """The time dates the saying itself: it follows the verb of saying at once, wherever
    the parser hangs it ("police said Sunday", "said on Sunday morning"), or hangs on the
    verb through prepositions and nouns only, not through what is said ("said in a
    statement on Thursday")."""
    span = _root(verb.doc, t)
    if span is None or span.root.i == verb.i:
        return False
    doc = verb.doc
    right = verb.i + 1
    if right < len(doc) and doc[right].lower_ == "on":
        right += 1
    if span.start == right:
        return True
    tok = span.root
    for _ in range(8):
        if tok.dep_ not in SAID_ON_DEPS or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i == verb.i:
            return True
    return False


def since_when(trigger: Token, t: TimeExpression) -> bool:
    """The trigger tells what happened on the day a "since" stretch starts, in a "when"
    clause the parser hung on a word after the day ("26 people have been killed since
    Friday in KwaZulu-Natal, when protests erupted": the clause is on "KwaZulu-Natal"):
    no verb stands between the day and the "when"."""
    span = _root(trigger.doc, t)
    if span is None or not (span[0].lower_ == "since" or span.root.head.lower_ == "since"):
        return False
    for a in (trigger, *trigger.ancestors):
        if a.dep_ not in {"relcl", "advcl"}:
            continue
        when = next((c for c in a.children if c.lower_ == "when" and c.dep_ == "advmod"), None)
        if when is None or when.i < span.end:
            return False
        between = trigger.doc[span.end : when.i]
        return not any(w.pos_ in {"VERB", "AUX"} for w in between)
    return False
