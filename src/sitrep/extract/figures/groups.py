"""Who is counted: the group label of a figure (police, protesters, civilians, …)."""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.figure_words import (
    CIVILIAN_NOUNS,
    GENERIC_PEOPLE,
    POLICE_NOUNS,
    PROTEST_LEMMAS,
    PROTESTER_NOUNS,
    TOLL_NOUNS,
    TROOP_NOUNS,
)
from sitrep.extract.figures.syntax import (
    _conjuncts,
    _is_passive,
    _is_person,
    _lemma,
    _of_object,
    _previous_in_paragraph,
)
from sitrep.extract.numbers import VAGUE


def _person_group(t: Token) -> str:
    """Map a counted person noun (with its conjuncts and compounds) to a group label."""
    kinds = set()
    for c in _conjuncts(t):
        if c is not t and _own_phrase(c):
            break  # "injuries to 10 police officers and the detention of 107": another phrase
        lem, mods = (
            _lemma(c),
            {_lemma(m) for m in c.children if m.dep_ in {"compound", "amod", "nmod"}},
        )
        if mods & {"security", "law", "enforcement"} or lem in {
            "serviceman",
            "servicemen",
            "guard",
            "personnel",
        }:
            kinds.add("security_forces")
        elif lem in POLICE_NOUNS or (lem == "officer" and "police" in mods):
            kinds.add("police")
        elif lem in TROOP_NOUNS:
            # whose soldiers they are, when their words say ("Six Russian peacekeepers")
            norp = [m for m in c.children if m.dep_ == "amod" and m.ent_type_ == "NORP"]
            kinds.add(f"{norp[0].lower_} soldiers" if norp else "soldiers")
        elif lem in {"officer", "official", "force", "agent"}:
            kinds.add("security_forces")
        elif lem in CIVILIAN_NOUNS:
            kinds.add("civilians")
        elif lem == "crowd" and not _protest_told(c):
            kinds.add("all")  # "opened fire on the crowd" at a concert: people, no protest
        elif lem in PROTESTER_NOUNS or c.lower_ in PROTESTER_NOUNS:
            kinds.add("protesters")
        elif lem in GENERIC_PEOPLE or c.ent_type_ == "NORP":
            kinds.add("all")
        else:
            kinds.add(c.lower_ if c.tag_ in {"NNS", "NNPS"} else c.lower_ + "s")
    if len(kinds) == 1:
        return kinds.pop()
    if all(k in {"police", "security_forces"} or k.endswith("soldiers") for k in kinds):
        return "security_forces"
    return "all"


def _protest_told(t: Token) -> bool:
    """The sentence, or the one before it, tells of a protest: a crowd there is the
    protest's."""
    sents = [t.sent]
    if t.sent.start > 0:
        sents.append(t.doc[t.sent.start - 1].sent)
    # a noun or verb ("the march", "marched"), not the month ("March 22")
    return any(_lemma(w) in PROTEST_LEMMAS and w.pos_ in {"NOUN", "VERB"} for s in sents for w in s)


def _own_phrase(c: Token) -> bool:
    """A conjunct that is a noun phrase of its own, not a second counted noun: no person,
    with its own determiner or "of" object ("the detention of 107 individuals")."""
    if _is_person(c):
        return False
    return any(d.dep_ == "det" or (d.dep_ == "prep" and d.lower_ == "of") for d in c.children)


def _protester_group(counted: Token) -> str:
    """Crowds keep their stance: "anti-government protesters" and "pro-government
    demonstrators" are different groups; otherwise "protesters"."""
    mods = [t for t in counted.lefts if t.dep_ in {"amod", "compound", "punct"}]
    for t in mods:
        if t.lower_ in {"anti", "pro", "opposition"} or t.lower_.startswith(("anti-", "pro-")):
            text = counted.doc[t.i : counted.i].text.lower().replace(" - ", "-")
            return f"{text} protesters"
    return "protesters"


def _bare_group(anchor: Token, pred: Token | None) -> str:
    """Who a number without a counted noun counts: "among protesters there are 26 dead",
    "the death toll of civilians at 26", "protesters torched … and more than 200 were arrested"."""
    sent = anchor.sent
    # "among X" anywhere before the number in the clause
    for t in sent:
        if t.lower_ == "among" and t.i < anchor.i:
            for obj in t.children:
                if obj.dep_ == "pobj" and _is_person(obj):
                    return _person_group(obj)
    # toll frames: the nearest "of <people>" before the number, after the toll noun
    if anchor.head.lower_ in {"at", "to"}:
        for t in reversed(list(sent[: anchor.i - sent.start])):
            if t.dep_ == "pobj" and t.head.lower_ == "of" and _is_person(t):
                return _person_group(t)
            if _lemma(t) in TOLL_NOUNS:
                break
    # the subject of a conjoined clause: "protesters torched …, and more than 200 were arrested"
    if pred is not None and _is_passive(pred):
        verbs = [pred, *pred.conjuncts]
        head = pred
        while head.dep_ == "conj":
            head = head.head
            verbs.append(head)
        for v in verbs:
            for c in v.children:
                if c.dep_ == "nsubj" and _is_person(c) and c.i < anchor.i:
                    return _person_group(c)
            for c in v.children:
                if c.dep_ == "ccomp":
                    for s in c.children:
                        if s.dep_ == "nsubj" and _is_person(s) and s.i < anchor.i:
                            return _person_group(s)
    return "all"


def _thing_group(counted: Token) -> str:
    """The counted noun phrase without numbers and determiners ("police vehicles")."""
    words = []
    for t in counted.subtree:
        if t.i > counted.i:
            break
        if t.dep_ in {"compound", "amod"} and t.head == counted or t == counted:
            if not t.like_num and t.lower_ not in VAGUE:
                words.append(t.text)
    conj = [c.text for c in _conjuncts(counted)[1:]]
    return " ".join([*words, *(["and", *conj] if conj else [])]).lower().replace(" - ", "-")


def _victims_in_sentence(anchor: Token, text: str) -> str | None:
    """'police opened fire on protesters …, killing at least one person': the people killed
    are the ones fired on (in this sentence or the one before it in the paragraph)."""
    prev = _previous_in_paragraph(anchor.sent, text)
    for sent in (anchor.sent, prev) if prev is not None else (anchor.sent,):
        for t in sent:
            if (
                t.dep_ == "pobj"
                and t.head.lower_ in {"on", "at"}
                and _lemma(t.head.head) in {"fire", "open", "shoot"}
            ):
                target = _of_object(t) if (t.lower_ in VAGUE or t.like_num) else t
                if target is not None and _is_person(target):
                    return _person_group(target)
    return None
