"""Tallies: a count of the dead or hurt, or a running total, told where a happening might
be ("at least thirty people died", "dozens killed in clashes", "the crackdown has killed
3,000", "since April, 4,000 have been killed"): the figure extractor holds it; it is no
event of its own."""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.events.parse import _clause
from sitrep.extract.events.targets import _doers
from sitrep.extract.events.vocabulary import (
    ADDING_VERBS,
    CAMPAIGNS,
    CASUALTY_WORDS,
    COUNT_WORDS,
    DISCLOSING,
    RUNNING_TOTAL,
)


def _tally(tok: Token) -> bool:
    """A death or injury counted, not an act reported: the figure extractor holds it.

    "at least thirty people died" (dying is no one's act), "748 injured police"
    (an adjective), "26 dead and 18 injured" or "dozens killed in clashes" (a
    participle hung on the count, with no perpetrator), "dozens were wounded" (a
    passive with no "by"). A killing needs someone who did it: "police shot", "opened
    fire on", "were killed by soldiers"; a bare "were killed" tells of one when the
    sentence gives its day ("25 people were killed on Thursday"), while a count with no
    day ("In Omdurman, 7 civilians were killed") is a breakdown of a toll."""
    lemma = tok.lemma_.lower()
    if lemma not in CASUALTY_WORDS:
        return False
    if lemma == "die":
        return True
    agent = any(c.dep_ == "agent" for c in tok.children)
    if tok.dep_ in {"amod", "acomp"} or (tok.dep_ == "acl" and not agent):
        return True
    if tok.dep_ in {"pcomp", "pobj"} and tok.head.lower_ == "with" and not agent:
        return True  # "..., with 21 police officers injured": a count added on
    if tok.dep_ in {"oprd", "ccomp", "xcomp", "acomp"} and tok.head.lemma_.lower() == "leave":
        return True  # "an upsurge that left over 300 people killed"
    finite = any(c.dep_ in {"aux", "auxpass"} for c in tok.children)
    if tok.tag_ == "VBN" and not finite and not agent and tok.i > 0 and tok.nbor(-1).like_num:
        return True  # "as high as 100 with 4,000 wounded": a number's participle, a count
    if tok.tag_ == "VBN" and not finite and not agent and tok.dep_ != "ROOT":
        # "..., thousands injured and many properties destroyed": a verbless count
        if any(_counted(c) for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}):
            return True
    if tok.pos_ not in {"VERB", "AUX"}:
        return True  # "care for the injured", "the wounded": people, not an act
    if tok.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"} and tok.i > 0:
        if tok.nbor(-1).lower_ == "the" or any(c.dep_ == "det" for c in tok.children):
            return True  # the same, tagged as a verb: "the injured were lying on the floor"
    if tok.dep_ == "conj" and tok.head.lemma_.lower() in CASUALTY_WORDS and _tally(tok.head):
        return True  # "270 have been killed and 2,600 wounded since ..."
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in tok.children)
    if lemma in {"injure", "wound"} and passive and not agent:
        return True
    if passive and not agent and _disclosed_toll(tok):
        return True
    if lemma == "kill" and _total_by_someone(tok):
        return True
    return passive and not agent and _running_total(tok)


def _damage_tally(tok: Token) -> bool:
    """A count of things burned or damaged, as an official tally gives it, with no one who
    did it: "1,350 vehicles and 234 buildings had been burned", "with 492 buildings damaged
    and some 2,000 vehicles burned". It sums a night's or a week's damage, which the riot
    or arson reports tell; the figure extractor holds the count. "Protesters torched 30
    cars" (a doer), "thousands of cars were burned" (no figure) and "20 shops were looted
    on Monday night" (its day) stay acts."""
    if any(c.dep_ == "agent" for c in tok.children):
        return False
    counted = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        counted.append(tok.head)  # "492 buildings damaged"
    if not any(_figure_counted(c) for c in counted):
        return False
    # "about 20 shops were looted on Monday night": a count with its day tells that act
    lo, hi = _clause(tok)
    return not any(lo <= t.idx < hi and t.ent_type_ in {"DATE", "TIME"} for t in tok.sent)


def _figure_counted(noun: Token) -> bool:
    """A noun counted by a figure in digits ("1,350 vehicles", "some 2,000 vehicles")."""
    return any(
        c.dep_ == "nummod" and c.like_num and any(ch.isdigit() for ch in c.text)
        for c in noun.children
    )


def _disclosed_toll(tok: Token) -> bool:
    """A count of dead that a statement discloses, with no day of its own: "the government
    disclosed on Sunday that 147 people ... were killed". The disclosure (an official
    report) is the news; its day is not the killings'."""
    if tok.lemma_.lower() not in CASUALTY_WORDS:
        return False
    if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in DISCLOSING:
        return False
    if not any(_counted(c) for c in tok.children if c.dep_ == "nsubjpass"):
        return False
    return not any(t.ent_type_ in {"DATE", "TIME"} for t in tok.subtree)


def _counted(subject: Token) -> bool:
    """A subject that is a count of people: "300 people", "thousands", "dozens of them"."""
    return any(t.like_num or t.lemma_.lower() in COUNT_WORDS for t in subject.subtree)


def _counted_noun(tok: Token) -> bool:
    """A killing named as a noun for many or any ("the killing of over 200 people",
    "a trial of each and every killing"): a toll or a category, not one happening."""
    if tok.pos_ != "NOUN":
        return False
    if any(c.dep_ == "det" and c.lower_ in {"every", "each", "any", "all"} for c in tok.children):
        return True
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(_counted(p) for p in c.children)
        for c in tok.children
    )


def _running_total(tok: Token) -> bool:
    """A passive casualty verb whose subject is a count and whose clause is a running
    total: in the perfect ("270 people have been killed") or with "since", "so far", "in
    total". "At least 25 people were killed on Thursday" tells of that day's killings;
    "at least 270 people have been killed since the fighting began" counts them."""
    if not any(_counted(c) for c in tok.children if c.dep_ == "nsubjpass"):
        return False
    # "In Omdurman, 7 civilians were killed.": a count with no day is a breakdown of a toll
    undated = not any(t.ent_type_ in {"DATE", "TIME"} for t in tok.sent)
    return _perfect(tok) or _totalled(tok) or undated


def _perfect(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children)


def _totalled(tok: Token) -> bool:
    """The verb's clause says its count is a running total ("since", "so far", "in total")."""
    lo, hi = _clause(tok)
    return any(
        lo <= t.idx < hi
        and t.lower_ in RUNNING_TOTAL
        # "30 were killed, taking the toll to 75": the day's count added to the total
        and not (t.dep_ == "dobj" and t.head.lemma_.lower() in ADDING_VERBS)
        for t in tok.sent
    )


def _total_by_someone(tok: Token) -> bool:
    """A running total that names who did it: "since April, more than 4,000 Iraqis have
    been killed by terrorists", "the army has shot and killed 300 people so far". Counted
    in the perfect with "since" or "so far", or by a campaign ("the crackdown has killed"),
    it sums many happenings, whoever did them. The perfect alone is news of the day
    ("security forces have killed two protesters in Homs"): a report's lead tells today's
    killings so. (A running total of arrests stays an event: annotators code "mass
    detentions since 28 November" as one.)"""
    counted = [c for c in tok.children if c.dep_ in {"nsubjpass", "dobj"}]
    if not (any(_counted(c) for c in counted) and _perfect(_finite(tok))):
        return False
    campaign = any(d.lower_ in CAMPAIGNS or d.lemma_.lower() in CAMPAIGNS for d in _doers(tok))
    return campaign or _totalled(tok)


def _finite(tok: Token) -> Token:
    """The verb that carries the auxiliaries of a coordinated one ("have shot and killed":
    "killed" shares "have")."""
    while (
        tok.dep_ == "conj"
        and tok.head.pos_ in {"VERB", "AUX"}
        and not any(c.dep_ in {"aux", "auxpass"} for c in tok.children)
    ):
        tok = tok.head
    return tok
