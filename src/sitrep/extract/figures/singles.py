"""One person killed, told without a number: "A 29-year-old man was shot dead", "an explosion
killed a protester", "the wife of the ambassador succumbed to her injuries".

Why: a report counts a single death by naming the dead, with an article or a name where a
toll has its number, and analysts count it as one killed like any other toll. The victim is
the one a killing verb befalls: the passive subject of "kill"/"shoot dead", the object of the
active verb, the subject of "die"/"succumb"; one person (a singular person noun or a name),
not a pronoun, a quantifier ("no one", "each") or a count the number reader already read.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from sitrep.extract.figure_words import AGE_WORDS
from sitrep.extract.figures.syntax import _is_passive, _is_person, _lemma

# Verbs whose victim is their object (active) or passive subject
KILLING_VERBS = frozenset(("kill", "murder", "slay", "lynch", "behead"))
# Verbs whose victim is their subject
DYING_VERBS = frozenset(("die", "perish", "succumb"))
# Marks of a clause that tells when something else happened
TIME_MARKS = frozenset(("after", "since", "before", "until", "when", "once"))
# Determiners of no one person or of people in general
NOT_ONE = frozenset(("no", "every", "each", "any", "another", "some", "all", "both", "either"))


def single_deaths(doc: Doc, counted: set[int]) -> Iterator[tuple[Token, Token]]:
    """(victim, verb) of each one person killed in ``doc`` whose noun is not among the
    ``counted`` token ids (the nouns and numbers the number reader read)."""
    for verb in doc:
        if verb.pos_ != "VERB":
            continue
        lem = _lemma(verb)
        shot_dead = lem == "shoot" and any(
            c.lower_ == "dead" and c.dep_ in {"acomp", "advmod", "oprd", "xcomp", "dobj"}
            for c in verb.children
        )
        if lem in KILLING_VERBS or shot_dead:
            deps = {"nsubjpass"} if _is_passive(verb) else {"dobj"}
        elif lem in DYING_VERBS:
            deps = {"nsubj"}
        else:
            continue
        if any(t.lower_ in AGE_WORDS for t in verb.subtree):
            continue  # "died at the age of 12", "who has died aged 69": an obituary's age
        if _background(verb):
            continue
        for victim in verb.children:
            if victim.dep_ in deps and _one_person(victim, counted):
                yield victim, verb


def _background(verb: Token) -> bool:
    """The death is told as the setting of other news, not as news: in a clause of time
    ("the protests that broke out after Mahsa Amini died in custody") or a relative clause
    ("the hospital where Amini died"), or in a headline (no full stop: "Protester dies after
    tear gas", told again by the story below it)."""
    if verb.dep_ == "relcl":
        return True
    if verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in verb.children
    ):
        return True
    return verb.sent.text.rstrip()[-1:] not in {".", "!", "?", '"', "”"}


def _one_person(victim: Token, counted: set[int]) -> bool:
    if victim.tag_ not in {"NN", "NNP"} or victim.pos_ == "PRON":
        return False
    if any(c.dep_ == "conj" for c in victim.children) or victim.dep_ == "conj":
        return False  # "A firefighter and a young man died": two, which a count tells
    if not (_is_person(victim) or victim.ent_type_ == "PERSON" or _lemma(victim) in _PEOPLE):
        return False
    if any(t.i in counted for t in victim.subtree):
        return False
    for t in victim.subtree:
        if t.lower_ in NOT_ONE and t.head == victim:
            return False
        # a count inside the phrase ("one of the 12 officers"): not a single person; an age
        # written into it ("a 29-year-old man") is no count
        if t.like_num and not (t.i + 1 < len(t.doc) and t.nbor(1).text == "-"):
            return False
    return True


# Singular nouns of one person the person lexicon, kept for counts, may not hold
_PEOPLE = frozenset(("man", "woman", "boy", "girl", "child", "person", "wife", "husband", "spouse"))
# Nouns of a person that name no group ("a man" is in no group a toll counts)
PLAIN_PEOPLE = frozenset(("man", "woman", "person", "wife", "husband", "spouse", "member"))
