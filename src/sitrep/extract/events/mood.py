"""Mood: whether a sentence asserts that a happening took place, rather than denying,
wishing, planning, expecting, questioning or arguing against it ("police did not fire",
"protesters plan to march", "warned against a crackdown")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitrep.extract.events.parse import _governing_verb
from sitrep.extract.events.vocabulary import (
    ACCUSING,
    AIM_NOUNS,
    ANTICIPATING,
    COMPLEMENT_DEPS,
    DECISION_REPORTS,
    DECISION_TYPES,
    DIRECTIVE_HEADS,
    DUTY_NOUNS,
    ENSURING,
    HABITUAL_ADVERBS,
    IRREALIS_ADJECTIVES,
    IRREALIS_HEADS,
    MODALS,
    NOBODY,
    NP_LINKS,
    OPPOSING,
    PERCEIVING,
    POWER_NOUNS,
    PROTECTING,
    SUSPECTING,
    THREAT_NOUNS,
)


def _infinitive_of_readiness(verb: Token) -> bool:
    """An infinitive hanging on an adjective of :data:`IRREALIS_ADJECTIVES`, directly
    ("ready to storm") or through its copula ("it is harder ... to kill")."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    if head.i == verb.i:
        return False
    # "ready to", and the participles used as such: "set to", "poised to", "prepared to"
    adjectives = [head] if head.pos_ == "ADJ" or head.tag_ == "VBN" else []
    if head.lemma_ == "be":
        adjectives += [c for c in head.children if c.dep_ == "acomp"]
    return any(a.lemma_.lower() in IRREALIS_ADJECTIVES for a in adjectives)


def _under_directive(tok: Token) -> Token | None:
    """The directive verb whose complement holds the trigger ("invited X to send
    troops", "appealed for intervention"), climbing the clause chain; None when the
    trigger is a directive's subject or sits in a separate adverbial clause."""
    t = tok
    for _ in range(8):
        head = t.head
        if head.i == t.i:
            return None
        # an infinitive the parser hangs as an adverbial ("called on Rwanda to withdraw")
        infinitive = t.dep_ == "advcl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in t.children
        )
        if t.dep_ not in COMPLEMENT_DEPS and not infinitive:
            return None
        if head.pos_ == "VERB" and head.lemma_.lower() in DIRECTIVE_HEADS and head.i != tok.i:
            if t.dep_ == "conj":
                return None  # "he called for calm and protests continued"
            return head
        t = head
    return None


def _reported_decision(verb: Token, modal: Token, kind: str) -> bool:
    """A "would"/"will" clause that is the content of an announcement of a decision
    ("announced it would reverse the price hike", "the announcement that the
    government would be sacked"): the decision is reported as taken."""
    if kind not in DECISION_TYPES:
        return False
    if verb.dep_ in {"ccomp", "acl", "xcomp", "relcl"} and (
        verb.head.lemma_.lower() in DECISION_REPORTS
    ):
        return True
    # the parser often hangs "... announced on Tuesday it would ..." on the wrong
    # verb: a reporting word just before the clause still introduces it
    window = verb.doc[max(verb.sent.start, modal.i - 6) : modal.i]
    return any(t.lemma_.lower() in DECISION_REPORTS and t.pos_ in {"VERB", "NOUN"} for t in window)


def _denied(word: Token) -> bool:
    """A subject or object that says none: "no one", "no protesters", "nobody"."""
    if word.lemma_.lower() in NOBODY or word.lower_ in NOBODY:
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in word.children)


def _negated(tok: Token) -> bool:
    """Whether the clause that asserts the trigger denies it: a "not"/"never" on a verb
    on the way up ("did not open fire"), or a subject or object with "no" ("no one was
    arrested", "there were no arrests", "he played no role in fighting the protests").
    The climb stays inside the clause (complements, noun-phrase links), so a denial in
    another clause ("nobody knows why police fired") does not reach the trigger."""
    t, via = tok, ""
    for _ in range(8):
        if t.pos_ in {"NOUN", "PROPN"} and _denied(t):
            return True
        for c in t.children:
            if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never"):
                return True
            # a trigger that is the verb's subject is not denied by its object:
            # "the clashes left no one dead" still reports the clashes
            if (
                t.pos_ in {"VERB", "AUX"}
                and via not in {"nsubj", "nsubjpass"}
                and c.dep_ in {"nsubj", "nsubjpass", "dobj", "attr"}
                and _denied(c)
            ):
                return True
        if t.dep_ not in NP_LINKS or t.head.i == t.i:
            return False
        t, via = t.head, t.dep_
    return False


def _frequency(tok: Token) -> bool:
    """The trigger's verb carries an adverb of frequency ("has always blamed"), or is told
    in the present as what happens every day ("many thousands are killed in many parts of
    the world every day": a state of the world, not a happening; "have gathered every night
    since" is the crowd's own run)."""
    verb = _governing_verb(tok)
    if any(
        c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for t in {tok, verb} for c in t.children
    ):
        return True
    present = any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBP", "VBZ"} and c.lemma_ != "have"
        for c in verb.children
    ) or (verb.tag_ in {"VBP", "VBZ"} and not any(c.dep_ == "aux" for c in verb.children))
    return present and any(
        c.dep_ == "npadvmod"
        and c.lemma_.lower() in {"day", "night", "week", "month", "year"}
        and any(d.lower_ in {"every", "each"} for d in c.children)
        for c in verb.children
    )


def _irrealis(tok: Token, kind: str = "") -> bool:
    """The trigger's clause is negated, modal, merely intended or asked for."""
    if _negated(tok):
        return True
    verb = _governing_verb(tok)
    for t in (tok, verb):
        for c in t.children:
            if c.dep_ == "neg":
                return True
            if c.dep_ == "aux" and c.lower_ in MODALS:
                if c.lower_ in {"would", "will", "'d", "'ll"} and _reported_decision(verb, c, kind):
                    continue
                if c.lower_ == "could" and verb.lemma_.lower() in PERCEIVING:
                    continue  # "gunfire could be heard": it was heard
                return True
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in IRREALIS_HEADS:
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_ in THREAT_NOUNS:
        return True  # "civilian areas under threat of attack": it may come
    if tok.dep_ == "pobj" and tok.head.lower_ == "from" and tok.head.head.lemma_ in PROTECTING:
        return True  # "to protect civilians ... from government attack": kept off
    if _opposed(tok):
        return True  # "warned against widening the operations to include a direct attack"
    if (
        verb.dep_ == "pcomp"
        and verb.head.lower_ == "of"
        and verb.head.head.lemma_.lower() in DUTY_NOUNS
    ):
        return True  # "police will continue their task of apprehending the leaders": a duty
    if (
        verb.dep_ in {"acl", "relcl"}  # "the right to dismiss parliament": no deed
        and verb.head.lemma_.lower() in POWER_NOUNS | AIM_NOUNS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    ):
        return True
    if verb.dep_ == "xcomp" and verb.head.lemma_ == "go" and verb.head.tag_ == "VBG":
        return True  # "I'm going to ask", "they are going to march": a plan
    if (
        verb.dep_ == "ccomp"  # "protesters want Assad to step down"
        and verb.head.lemma_.lower() in IRREALIS_HEADS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    ):
        return True
    if _infinitive_of_readiness(verb):
        return True
    if kind != "statement" and _anticipated(tok):
        return True  # "Egypt braced for a march of millions in protests Tuesday"
    if _inverted_condition(verb):
        return True  # "even had Mubarak stepped down on Thursday, it would have ...": he did not
    if _expected_report(verb):
        return True  # "which many expected him to announce he was stepping down"
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in ENSURING:
        return True  # "troops sent to ensure that the protests are crushed": an aim
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and _infinitive_of_readiness(verb.head):
        return True  # "unwilling to shoot and kill people": both verbs are unwilled
    if kind != "statement" and _under_directive(tok) is not None:
        return True
    if (
        verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "until" for c in verb.children)
        and verb.head.pos_ in {"VERB", "AUX"}
        and _irrealis(verb.head)
    ):
        return True  # "would not negotiate until the decree was withdrawn": it was not yet
    conditions = [verb, *(c for c in verb.children if c.dep_ == "advcl")]
    # ... or inside a condition: "even if we were to see Gadhafi killed" (the "if" on a verb
    # above the trigger's)
    conditions += list(verb.ancestors)[:3]
    return any(
        c.dep_ == "mark" and c.lower_ in {"if", "unless"} for v in conditions for c in v.children
    )


def _opposed(tok: Token) -> bool:
    """The trigger lies in what someone warns, votes or argues against."""
    for t in list(tok.ancestors)[:6]:
        if t.dep_ == "prep" and t.lower_ == "against" and t.head.lemma_.lower() in OPPOSING:
            return True
    return False


def _anticipated(tok: Token) -> bool:
    """A happening's noun that is what someone waits or prepares for ("braced for a march
    of millions in anti-government protests", "awaiting the verdict"), climbing through
    its noun phrase only."""
    t = tok
    for _ in range(6):
        if t.dep_ == "dobj" and t.head.lemma_.lower() in ANTICIPATING:
            return True
        if t.dep_ == "pobj" and t.head.lower_ == "for":
            return t.head.head.lemma_.lower() in ANTICIPATING
        if t.dep_ not in {"pobj", "prep", "compound", "amod", "appos"} or t.head.i == t.i:
            return False
        t = t.head
    return False


def _inverted_condition(verb: Token) -> bool:
    """A clause that is a condition by its word order ("had he stepped down", "were
    troops to fire"): its auxiliary comes before its subject in a subordinate clause."""
    if verb.dep_ != "advcl":
        return False
    aux = [c for c in verb.children if c.dep_ == "aux" and c.lower_ in {"had", "were", "should"}]
    subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return bool(aux and subj) and aux[0].i < subj[0].i


def _expected_report(verb: Token) -> bool:
    """A happening told inside what someone was expected or hoped to say ("many expected
    him to announce he was stepping down"): the saying is awaited, the content with it."""
    if verb.dep_ != "ccomp" or verb.head.pos_ != "VERB":
        return False
    said = verb.head
    return (
        said.dep_ in {"xcomp", "ccomp"}
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in said.children)
        and said.head.lemma_.lower() in IRREALIS_HEADS
    )


def _habitual(tok: Token, span: Span) -> bool:
    """A trigger verb in the bare simple present of a full sentence states a habit or a
    standing situation ("Russia occupies parts of Georgia", "police often detain
    activists"), not a happening. Headlines (no final full stop) tell news in the simple
    present ("Troops pour in"), so they are exempt."""
    if tok.pos_ != "VERB" or tok.tag_ not in {"VBZ", "VBP"}:
        return False
    if any(c.dep_ in {"aux", "auxpass"} for c in tok.children):
        return False
    last = next((t for t in reversed(span) if not t.is_space), None)
    return last is not None and last.text in {".", "!", "?"}


def _attempted(tok: Token) -> bool:
    """A killing named as an attempted one ("an investigation had been opened for attempted
    murder", "charged with attempted murder"): the name of an offence, which killed no
    one; the act itself is reported as what was done (an arson, an attack)."""
    return tok.pos_ == "NOUN" and any(
        c.dep_ in {"amod", "compound"} and c.lemma_.lower() in {"attempt", "attempted"}
        for c in tok.children
    )


def _question(span: Span) -> bool:
    """A question reports nothing ("Did police open fire?", "Do you think ...?"), even
    when it ends inside quotation marks."""
    words = [t for t in span if not (t.is_space or t.is_quote or t.text in {")", "»"})]
    return bool(words) and words[-1].text == "?"


def _accused_of(tok: Token) -> bool:
    """A trigger inside what an accusation or a suspicion charges ("the RSF accused the
    army of attacking its bases", "blamed the rebels for the shelling", "detained on
    suspicion of looting"): the accusation is the news, the deed is its content, not a
    happening the report confirms."""
    for a in list(tok.ancestors)[:4]:
        if (
            a.dep_ == "prep"
            and a.lower_ in {"of", "for"}
            and a.head.lemma_.lower() in ACCUSING | SUSPECTING
        ):
            return True
    return False
