"""What a count's sentence adds once its measure is read: a mark a toll passed, whose troops
they are, the state that sets a part apart, deaths from disease, and where a rival count in a
contrasted clause counts."""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.figure_words import (
    DISEASE_REACH,
    DISEASE_WORDS,
    MARK_NOUNS,
    PART_PRONOUNS,
    PARTITIVE_STATE_WORDS,
    PASSING_VERBS,
    TROOP_HOLD_VERBS,
)
from sitrep.extract.figures.drafts import _Draft
from sitrep.extract.figures.places import PlaceRef, _claimant
from sitrep.extract.figures.syntax import _contrast_clause, _lemma


def _passed(anchor: Token) -> bool:
    """The number is what a toll passed ("Morocco quake death toll passes 2,000", "passed
    the 2,500 mark"): a count above it (PASSING_VERBS)."""
    t = anchor.head if _lemma(anchor.head) in MARK_NOUNS else anchor
    return t.dep_ == "dobj" and _lemma(t.head) in PASSING_VERBS


def _troop_holder(counted: Token) -> str | None:
    """The country that has, keeps or sent the troops counted, when the troops' own words
    do not say whose they are ("the United States has about 1,100 soldiers in the country",
    "France keeps 1,500 troops there"): the subject of TROOP_HOLD_VERBS, a country."""
    if counted.dep_ != "dobj" or _lemma(counted.head) not in TROOP_HOLD_VERBS:
        return None
    if any(c.ent_type_ in {"NORP", "GPE"} for c in counted.children):
        return None  # "1,500 French troops"
    subj = next((c for c in counted.head.children if c.dep_ == "nsubj"), None)
    if (
        subj is not None
        and subj.lower_ in {"which", "that", "who"}
        and counted.head.dep_ == "relcl"
    ):
        subj = counted.head.head  # "France, which keeps some 350 soldiers at Camp de Gaulle"
        if subj.dep_ == "appos":
            subj = subj.head  # "France, the former colonial power, which keeps about 400"
    if subj is None or subj.ent_type_ not in {"GPE", "NORP"}:
        return None
    doc = subj.doc
    start = subj.i
    while (
        start > subj.left_edge.i
        and doc[start - 1].ent_type_ == subj.ent_type_
        and doc[start - 1].dep_ != "det"
    ):
        start -= 1
    return doc[start : subj.i + 1].text.lower()


def _partitive_state(anchor: Token, by_anchor: dict[int, _Draft]) -> str | None:
    """What sets apart a part a count of its sentence is split into ("treating nine victims,
    three of them in critical condition", "2,059 injured, 1,404 of them critically"): the
    words after "of them" up to the clause's end, when no verb follows (a part told with a
    clause of its own, "124 of whom claim …", says more than a state). The part is that
    group, narrower than the count, never a rival count of the same people."""
    doc, i = anchor.doc, anchor.i
    if i + 3 >= len(doc) or doc[i + 1].lower_ != "of" or doc[i + 2].lower_ not in PART_PRONOUNS:
        return None
    sent = anchor.sent
    if not any(sent.start <= j < i for j in by_anchor):
        return None
    words = []
    start = i + 3
    if start < sent.end and _lemma(doc[start]) == "be" and start + 1 < sent.end:
        start += 1  # "five of whom were children": the copula says nothing of the part
    for t in doc[start : min(start + PARTITIVE_STATE_WORDS, sent.end)]:
        if t.is_punct:
            break
        if t.pos_ in {"VERB", "AUX"}:
            return None
        words.append(t.lower_)
    return " ".join(words) or None


def _of_disease(anchor: Token) -> bool:
    """Deaths told beside a disease, hunger or cold (DISEASE_WORDS) in the number's own
    clause: "1,200 suspected cholera cases and 12 deaths", "12 died of cholera"."""
    sent = anchor.sent
    lo, hi = max(anchor.i - DISEASE_REACH, sent.start), min(anchor.i + DISEASE_REACH, sent.end)
    near = any(_lemma(t) in DISEASE_WORDS or t.lower_ in DISEASE_WORDS for t in anchor.doc[lo:hi])
    return near or _disease_killer(anchor)


def _disease_killer(anchor: Token) -> bool:
    """The killing verb's subject is a disease, however far from the number: "a coronavirus
    pandemic that has infected more than 60,000, killed 1,125"."""
    verb = anchor.head
    for _ in range(3):
        if verb.pos_ == "VERB" or verb.head == verb:
            break
        verb = verb.head
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head  # "infected more than 60,000, killed 1,125"
    if verb.pos_ != "VERB":
        return False
    killers = (
        [verb.head] if verb.dep_ == "relcl" else [c for c in verb.children if c.dep_ == "nsubj"]
    )
    return any(
        _lemma(t) in DISEASE_WORDS or t.lower_ in DISEASE_WORDS
        for k in killers
        for t in (k, *(c for c in k.children if c.dep_ in {"compound", "amod"}))
    )


def _rivalled_place(
    anchor: Token, measure: str, places: list[PlaceRef], by_anchor: dict[int, _Draft]
) -> str | None:
    """A rival count in a contrasted clause that names no place of its own ("At least 15
    civilians were killed in Sake, a local official said, while the army said 8 civilians
    had died") counts where the count it rivals does; one whose clause names a place only
    as its source counts there ("In Turkey alone, 35,418 people were killed, …, while Syria
    reported 5,800 deaths")."""
    clause = _contrast_clause(anchor)
    if clause is None:
        return None
    doc = anchor.doc
    claimants = [
        name
        for s, e, name, _c in places
        if clause.left_edge.idx <= s <= clause.right_edge.idx
        and (span := doc.char_span(s, e, alignment_mode="expand")) is not None
        and _claimant(span.root, anchor)
    ]
    if claimants:
        return claimants[-1]
    sent = anchor.sent
    before = [
        d
        for i, d in by_anchor.items()
        if sent.start <= i < anchor.i and d.measure == measure and d.place is not None
    ]
    return max(before, key=lambda d: d.anchor).place if before else None
