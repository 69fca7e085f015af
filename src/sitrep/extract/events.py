"""Sentences that report a happening, typed like ACLED (component ``sitrep_events_v1``).

Triggers are found by lemma (one-word triggers by dictionary lookup, multi-word
ones with spaCy's ``Matcher`` on short windows); what a trigger means then
depends on the parse around it: a "protest" sentence whose verbs also say
police dispersed or killed people is a protest with intervention or excessive
force; a "clash" between armed actors is a battle, between protesters and police
a riot, between party supporters mob violence. A trigger whose own verb is
negated, conditional or under a modal ("could", "will", "not") reports nothing,
nor does one inside what a directive asks for ("invited the alliance to send
troops"); "would" after an announcement of a decision ("announced it would
reverse the price hike") reports the decision. A sentence can hold several
events of different types; a statement (an announcement, appeal, invitation or
order) is reported beside them unless what it says is one of them ("police said
they arrested 40").

``classify_sentence`` exposes the classifier on an isolated span so it can be
measured on snippet datasets (scripts/eval_case.py).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import re
from collections import Counter
from dataclasses import dataclass

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from sitrep.extract import context
from sitrep.extract.event_triggers import (
    ACLED,
    AIRCRAFT,
    ARMED,
    ARTILLERY,
    CIVIL_GROUPS,
    GOV_FORCES,
    HAPPENING_PRIORITY,
    INTERVENTION,
    NON_STATE,
    PATTERNS,
    PROTESTER_VIOLENCE,
    SECURITY,
    Pattern,
)
from sitrep.extract.quotes import sentences
from sitrep.extract.timenorm import value_span
from sitrep.lexicon import OFFICES, ORG_DESCRIPTORS
from sitrep.records import (
    PERSON_TARGET_TYPES,
    REFERENCE_BASIS,
    STATE_DECISION_TYPES,
    EntityMention,
    EventMention,
    Place,
    Quote,
    TimeExpression,
)

MODALS = frozenset(
    {"could", "would", "will", "might", "may", "should", "shall", "wo", "'d", "'ll", "can", "ca"}
    | {"must"}
)
IRREALIS_HEADS = frozenset(
    {
        "threaten",
        "plan",
        "want",
        "hope",
        "aim",
        "seek",
        "intend",
        "vow",
        "promise",
        "consider",
        "propose",
        "fear",
        "urge",
        "know",  # "Russia is known to send troops": a habit, not a happening
        "tend",
        "expect",
    }
)


# Adjectives whose infinitive is a possibility or a readiness, not a happening: "troops were
# ready to storm the building", "it is much harder to kill unarmed civilians than...".
# ("Able" and "quick" are left out: "police were quick to arrest them" says they did.)
IRREALIS_ADJECTIVES = frozenset(
    """hard difficult easy impossible possible ready willing likely unlikely eager prepared
    reluctant unable due keen determined poised set""".split()
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


@dataclass(frozen=True, slots=True)
class Hit:
    """One typed trigger in a sentence."""

    type: str  # sitrep's type
    acled_event_type: str
    acled_sub_event_type: str
    trigger: Token
    rank: int  # lower is more specific (ACLED sub-type precedence)
    target: str | None = None  # the site it was done to (see :func:`_target_key`)


@functools.lru_cache(maxsize=4)
def _matcher(vocab: Vocab) -> Matcher:
    matcher = Matcher(vocab)
    for kind, patterns in PATTERNS.items():
        matcher.add(kind, patterns)
    return matcher


def _lemmas(span: Span) -> set[str]:
    return {t.lemma_.lower() for t in span}


def _governing_verb(tok: Token) -> Token:
    t = tok
    for _ in range(3):
        if t.pos_ in {"VERB", "AUX"} or t.head.i == t.i:
            return t
        t = t.head
    return t


# Verbs whose complement is asked for, allowed or ordered, not (yet) done: in "he
# invited the alliance to send troops" the sending is the content of the invitation.
DIRECTIVE_HEADS = frozenset(
    """invite ask appeal urge call authorize authorise order allow permit request demand
    instruct plead beg""".split()
)
# Reporting words after which "would" reports a decision already taken: "the
# government announced it would reverse the price hike".
DECISION_REPORTS = frozenset(
    """announce announcement decide decision say declare confirm agree pledge promise""".split()
)
# Happenings that an authority performs by announcing them.
DECISION_TYPES = frozenset({"price", "dismissal", "emergency", "internet"})
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "prep", "pobj", "acl", "oprd", "conj"})


def _under_directive(tok: Token) -> Token | None:
    """The directive verb whose complement holds the trigger ("invited X to send
    troops", "appealed for intervention"), climbing the clause chain; None when the
    trigger is a directive's subject or sits in a separate adverbial clause."""
    t = tok
    for _ in range(8):
        head = t.head
        if head.i == t.i:
            return None
        if t.dep_ not in COMPLEMENT_DEPS:
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


# Words that, as subject or object, deny that anything happened: "no one was arrested".
NOBODY = frozenset({"nobody", "none", "nothing", "noone"})
# Links that keep a trigger inside one clause on the way up to the verb that asserts it:
# "played no role in fighting the protests" (pcomp, prep), "no arrests were made" (nsubjpass).
NP_LINKS = frozenset(
    {"pcomp", "prep", "pobj", "xcomp", "dobj", "compound", "amod", "nsubj", "nsubjpass", "attr"}
)


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


# Adverbs of frequency: the clause states a habit ("Russia has always blamed the West",
# "police often detain activists"), not one happening.
HABITUAL_ADVERBS = frozenset(
    """always often usually routinely frequently regularly habitually typically
    generally traditionally customarily invariably constantly""".split()
)


def _frequency(tok: Token) -> bool:
    """The trigger's verb carries an adverb of frequency ("has always blamed")."""
    verb = _governing_verb(tok)
    return any(
        c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for t in {tok, verb} for c in t.children
    )


DECISION_HIT_TYPES = frozenset(
    {
        "price_change",
        "government_dismissal",
        "appointment_dismissal",
        "state_of_emergency",
        "internet_shutdown",
    }
)


def _announces(statement: Token, hit: Hit) -> bool:
    """Whether a statement is the announcement of a decision the sentence already reports
    ("the government announced on Tuesday it would reverse the price hike"): the decision
    is the event, its announcement is how it was made. The parser often hangs the "would"
    clause elsewhere, so the reporting word just before its modal counts (as in
    :func:`_reported_decision`)."""
    if hit.type not in DECISION_HIT_TYPES or statement.lemma_.lower() not in DECISION_REPORTS:
        return False
    verb = _governing_verb(hit.trigger)
    for c in verb.children:
        if c.dep_ == "aux" and c.lower_ in {"would", "will", "'d", "'ll"}:
            return max(verb.sent.start, c.i - 6) <= statement.i < c.i
    return False


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
                return True
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in IRREALIS_HEADS:
        return True
    if (
        verb.dep_ == "ccomp"  # "protesters want Assad to step down"
        and verb.head.lemma_.lower() in IRREALIS_HEADS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    ):
        return True
    if _infinitive_of_readiness(verb):
        return True
    if kind != "statement" and _under_directive(tok) is not None:
        return True
    conditions = [verb, *(c for c in verb.children if c.dep_ == "advcl")]
    return any(
        c.dep_ == "mark" and c.lower_ in {"if", "unless"} for v in conditions for c in v.children
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


# Participles that count the dead and hurt ("17 dead and 748 injured police") rather
# than tell what someone did to them.
CASUALTY_WORDS = frozenset({"kill", "die", "injure", "wound"})


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
    if tok.tag_ == "VBN" and not finite and not agent and tok.dep_ != "ROOT":
        # "..., thousands injured and many properties destroyed": a verbless count
        if any(_counted(c) for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}):
            return True
    if tok.pos_ not in {"VERB", "AUX"}:
        return True  # "care for the injured", "the wounded": people, not an act
    if tok.dep_ == "conj" and tok.head.lemma_.lower() in CASUALTY_WORDS and _tally(tok.head):
        return True  # "270 have been killed and 2,600 wounded since ..."
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in tok.children)
    if lemma in {"injure", "wound"} and passive and not agent:
        return True
    return passive and not agent and _running_total(tok)


# Words that make a count of victims a running total: "have been killed since the
# conflict broke out", "so far", "in total".
RUNNING_TOTAL = frozenset({"since", "so", "total", "altogether", "overall", "toll"})


COUNT_WORDS = frozenset({"dozen", "hundred", "thousand", "score", "million"})


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
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children)
    lo, hi = _clause(tok)
    said = any(lo <= t.idx < hi and t.lower_ in RUNNING_TOTAL for t in tok.sent)
    # "In Omdurman, 7 civilians were killed.": a count with no day is a breakdown of a toll
    undated = not any(t.ent_type_ in {"DATE", "TIME"} for t in tok.sent)
    return perfect or said or undated


# Munitions for dispersing crowds: "stun grenades", "tear gas grenades" are police
# intervention, not a grenade attack.
CROWD_CONTROL = frozenset({"stun", "flash", "smoke", "tear", "gas", "teargas", "flashbang"})


def _crowd_control(tok: Token) -> bool:
    return any(
        c.dep_ in {"compound", "amod"} and c.lemma_.lower() in CROWD_CONTROL for c in tok.children
    )


def _near(tok: Token, lemmas: tuple[str, ...], span: Span) -> bool:
    """A lemma in the trigger's clause (its verb's subtree), else in the sentence."""
    verb = _governing_verb(tok)
    return any(t.lemma_.lower() in lemmas for t in verb.subtree) or any(
        t.lemma_.lower() in lemmas for t in span
    )


def _internet_cut(tok: Token) -> bool:
    """'internet' whose governing verb says it was cut, blocked, shut or restricted."""
    cut = {
        "block",
        "cut",
        "shut",
        "restrict",
        "suspend",
        "disrupt",
        "deteriorate",
        "throttle",
        "ban",
        "black",
        "blackout",
        "shutdown",
        "outage",
        "down",
        "off",
        "disconnect",
        "hamper",
        "limit",
        "switch",
        "turn",
        "close",
    }
    t = tok
    for _ in range(3):
        if t.lemma_.lower() in cut or any(c.lemma_.lower() in cut for c in t.children):
            return True
        if t.head.i == t.i:
            break
        t = t.head
    return False


def _price_move(tok: Token) -> bool:
    move = {
        "rise",
        "hike",
        "increase",
        "double",
        "spike",
        "soar",
        "jump",
        "raise",
        "reverse",
        "cut",
        "lift",
        "triple",
        "surge",
        "spiking",
        "soaring",
        "rising",
        "climb",
        "inflate",
        "scrap",
        "remove",
        "slash",
        "exasperate",
    }
    near = [tok, tok.head, *tok.children, *tok.head.children, tok.head.head]
    return any(t.lemma_.lower() in move or t.lower_ in move for t in near)


def _dismissal_kind(tok: Token) -> str | None:
    """government_dismissal when the government/cabinet is sacked or resigns;
    appointment_dismissal when a person is sacked, removed or appointed."""
    verb = _governing_verb(tok)
    roles = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass", "nsubj", "pobj"}]
    roles += [c for r in roles for c in r.children if c.dep_ in {"poss", "compound", "pobj"}]
    lem = {r.lemma_.lower() for r in roles}
    if lem & {"government", "cabinet", "parliament"}:
        return "government_dismissal"
    if tok.lemma_.lower() in {"fire"}:
        # "fired the minister": the person is who was fired; "Gaddafi's forces fired
        # rockets", "opened fire", "fired shots" dismiss nobody
        done_to = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        if not any(c.ent_type_ == "PERSON" or c.lemma_.lower() in OFFICE_HOLDERS for c in done_to):
            return None
    if tok.lemma_.lower() in LEAVING and any(_heads_government(r) for r in _who_leaves(tok)):
        return "government_dismissal"
    if any(r.ent_type_ in {"PERSON", "ORG"} or r.pos_ == "PROPN" for r in roles) or (
        lem & OFFICE_HOLDERS
    ):
        return "appointment_dismissal"
    return None


# Triggers for leaving office (not taking it): with a head of government as who leaves,
# the government falls ("Prime Minister X resigned", "the president was ousted").
LEAVING = frozenset(
    {"resign", "resignation", "oust", "depose", "unseat", "step", "topple", "remove", "sack"}
)
# Role words, as the document writes them before or beside a name, of who heads a
# government: a prime minister, premier, chancellor or (in presidential systems) president.
HEAD_OF_GOVERNMENT = frozenset({"premier", "chancellor", "president"})


def _who_leaves(tok: Token) -> list[Token]:
    """Who leaves office by a leaving trigger: the subject of "resigned", "stepped down"
    (or the owner of "her resignation"), the object of "ousted", "removed"."""
    verb = _governing_verb(tok)
    if tok.lemma_.lower() in {"resign", "resignation", "step"}:
        deps = {"nsubj", "poss"}
        pool = [*tok.children, *verb.children]
    else:
        deps = {"dobj", "nsubjpass"}
        pool = list(verb.children)
    return [c for c in pool if c.dep_ in deps]


def _heads_government(tok: Token) -> bool:
    """Whether a name or noun is a head of government, by its own words ("the prime
    minister", "President X") or the roles the document gives the name elsewhere
    ("Prime Minister Jane Doe ... Doe resigned")."""
    words = _role_words(tok)
    if tok.pos_ == "PROPN":
        words |= _doc_roles(tok.doc).get(tok.lower_, frozenset())
        head = tok.head if tok.dep_ == "compound" else tok
        words |= _role_words(head)
        for c in tok.children:
            if c.dep_ == "compound" and c.pos_ == "PROPN":
                words |= _doc_roles(tok.doc).get(c.lower_, frozenset())
    if words & {"vice", "deputy", "former", "ex"}:
        return False
    return bool(words & HEAD_OF_GOVERNMENT) or {"prime", "minister"} <= words


# Nouns for a person holding (or losing) a post: who a dismissal or appointment is about
# when no name is given ("relieved a longtime associate of his post").
OFFICE_HOLDERS = frozenset(
    """minister chief head governor commander official nephew director predecessor associate
    chairman president mayor general""".split()
)


def _person_key(tok: Token) -> str | None:
    """Who a dismissal is about: the person's name as written ("Nursultan Nazarbaev",
    also through an apposition: "his predecessor, Nursultan Nazarbaev"), else the
    office-holder noun ("associate"); ``None`` for a post or anything else."""
    for t in (tok, *(c for c in tok.children if c.dep_ == "appos")):
        if t.ent_type_ == "PERSON":
            ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None)
            if ent is not None:
                words = [w.text for w in ent if w.lower_ not in {"mr", "mr.", "mrs", "ms", "dr"}]
                return " ".join(words)
    lemma = tok.lemma_.lower()
    return lemma if lemma in OFFICE_HOLDERS else None


PROTEST_VERBS = frozenset(
    """erupt begin spread rock continue break take turn hold stage join organize organise lead
    participate disperse quell crush suppress grow escalate sweep start occur spark trigger end
    resume gather march rally chant block converge demand storm clash fire shoot attack beat
    kill detain arrest mount call swell enter hit paralyse paralyze ban prevent""".split()
)
STRONG_STATEMENT = frozenset(
    """announce declare urge appeal condemn warn blame invite ask accuse call vow pledge
    promise authorize authorise order threaten statement invitation ultimatum""".split()
)
SPEAKER_NOUNS = frozenset(
    """spokesman spokeswoman spokesperson ministry minister government president official
    office police army military embassy department commander leader organization
    organisation alliance""".split()
)


def _security_joins_protest(joins: list[Token]) -> Token | None:
    """Soldiers or police who join the protest: a defection (ACLED: change to
    group/activity), not a protest by security forces."""
    for tok in joins:
        if tok.lemma_.lower() != "join":
            continue
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        subj += [c for s in subj for c in s.conjuncts]
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        if any(s.lemma_.lower() in SECURITY for s in subj) and any(
            o.lemma_.lower() in {"protest", "protester", "demonstration", "demonstrator", "rally"}
            for o in objs
        ):
            return tok
    return None


# Nouns that gather protests without being a happening verb: "a wave of protests rocked".
COLLECTIVE = frozenset("wave series spate round outbreak string day night week wave".split())
ONGOING = frozenset("ongoing underway continuing widespread peaceful violent".split())


# Outside voices whose words are analysis, not a party's act: an expert's view of a
# crisis is commentary (ACLED codes no event for it), unlike a ministry's statement.
COMMENTATORS = frozenset(
    """expert analyst strategist researcher scholar professor economist commentator
    observer academic specialist columnist pundit""".split()
)


def _naming(tok: Token) -> bool:
    """A naming, not speech: "so-called help", "what he called a peacekeeping mission".
    The verb names a thing (an amod or an object predicate); nobody speaks."""
    if tok.lemma_.lower() != "call":
        return False
    if tok.dep_ in {"amod", "compound"} or any(c.lower_ == "so" for c in tok.children):
        return True
    return any(c.dep_ == "oprd" for c in tok.children)


def _commentators(doc: Doc) -> frozenset[str]:
    """Lower-cased name words of people the text introduces as commentators
    ("Arkady Dubnov, a Central Asia expert"), so a later "Dubnov said" is known too."""
    names: set[str] = set()
    for t in doc:
        if t.dep_ == "appos" and t.lemma_.lower() in COMMENTATORS and t.head.ent_type_ == "PERSON":
            names.update(w.lower_ for w in t.head.subtree if w.ent_type_ == "PERSON" and w.is_alpha)
    return frozenset(names)


def _commentary(tok: Token) -> bool:
    """A speech verb whose subject is an analyst or expert: an opinion, not an event."""
    subj = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subj:
        return False
    if any(
        s.lemma_.lower() in COMMENTATORS
        or any(c.dep_ == "appos" and c.lemma_.lower() in COMMENTATORS for c in s.children)
        for s in subj
    ):
        return True
    # a later bare surname is often mis-tagged (ORG), so any proper-noun subject counts
    names = [s for s in subj if s.pos_ == "PROPN" or s.ent_type_ == "PERSON"]
    return bool(names) and any(s.lower_ in _commentators(tok.doc) for s in names)


# Roles that make a speaker a party to the crisis whose word is itself an event: a
# government, an organisation, an official, a spokesperson, a leader, an institution.
PUBLIC_ROLES = frozenset(
    """government ministry minister president premier chancellor prime spokesman
    spokeswoman spokesperson official officer authority police army military commander
    general leader chairman chairwoman chair chief head governor mayor secretary ambassador
    embassy envoy diplomat office department agency council committee court parliament
    lawmaker legislator senator deputy party alliance organization organisation union bloc
    coalition kremlin junta regime prosecutor judge king queen prince monarch emir sultan
    administration cabinet presidency service force representative delegation commission
    bank company operator ministry spokesmen spokeswomen""".split()
)
# Roles whose words are evidence for other events, not events of their own: people met
# or quoted by the reporter, and outside voices (ACLED codes no event for either).
PRIVATE_ROLES = COMMENTATORS | frozenset(
    """witness eyewitness resident local villager inhabitant protester protestor
    demonstrator participant activist campaigner journalist reporter correspondent blogger
    student man woman person people neighbour neighbor relative survivor mother father son
    daughter brother sister wife husband friend driver shopkeeper worker doctor medic nurse
    teacher citizen bystander interviewee victim physician surgeon paramedic source""".split()
)
ROLE_DEPS = frozenset({"compound", "amod", "appos", "nmod"})
_ROLES_KEY = "sitrep.events.roles"


def _role_words(tok: Token) -> set[str]:
    """Role nouns said of a name or noun in place: its own lemma, its compounds ("State
    Department spokesman Ned Price"), its appositions ("Mukhtar Umbetov, a human rights
    activist") and the noun it is in apposition to ("One participant, Adilzhan,")."""
    words = {tok.lemma_.lower()}
    for c in tok.children:
        if c.dep_ in ROLE_DEPS:
            words.add(c.lemma_.lower())
            words.update(g.lemma_.lower() for g in c.children if g.dep_ in {"compound", "amod"})
    if tok.dep_ == "appos":
        words.add(tok.head.lemma_.lower())
    return words


def _doc_roles(doc: Doc) -> dict[str, frozenset[str]]:
    """Name word (lower case) -> the role nouns the document gives that person anywhere
    ("Boris Vishnevsky, a Russian opposition politician", "Kazakh President Tokayev"), so
    a later bare "Umbetov said" is known too. Memoised on the Doc."""
    cached = doc.user_data.get(_ROLES_KEY)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    roles: dict[str, set[str]] = {}
    for t in doc:
        if t.pos_ != "PROPN" or t.ent_type_ not in {"PERSON", "ORG", ""}:
            continue
        words = _role_words(t) - {t.lemma_.lower()}
        head = t.head if t.dep_ == "compound" else t
        words |= _role_words(head) - {head.lemma_.lower()}
        roles.setdefault(t.lower_, set()).update(w for w in words if w.isalpha())
    out = {k: frozenset(v) for k, v in roles.items()}
    doc.user_data[_ROLES_KEY] = out
    return out


def _speaker_tokens(cue: Token) -> list[Token]:
    """The tokens that name who makes a statement: the reporting verb's subject (or its
    controller, a participle's main clause, an inverted "stated one protester"), or a
    statement noun's possessor / "by" phrase ("the CSTO's statement")."""
    if cue.pos_ in {"NOUN", "PROPN"}:
        for c in cue.children:
            if c.dep_ in {"poss", "compound"}:
                return [c]
            if c.dep_ == "prep" and c.lower_ in {"by", "from"}:
                return [p for p in c.children if p.dep_ == "pobj"]
    verb = _governing_verb(cue)
    for _ in range(4):
        subj = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"}]
        subj = subj or [
            p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
        ]
        if not subj and verb.tag_ in {"VBD", "VBZ", "VBP"}:
            subj = [c for c in verb.rights if c.dep_ in {"dobj", "npadvmod", "attr"}]
        if subj:
            return subj
        if verb.dep_ == "xcomp":
            return [c for c in verb.head.children if c.dep_ in {"dobj", "iobj"}]
        if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"}:
            return [verb.head]
        if verb.dep_ not in {"advcl", "conj", "ccomp", "pcomp"} or verb.head.i == verb.i:
            break
        verb = verb.head
    return []


def _to_me(verb: Token) -> bool:
    """The reporter is the listener: "Yernar told me", "Adilzhan shared with me"."""
    for c in verb.children:
        if c.dep_ in {"dobj", "dative", "iobj"} and c.lower_ == "me":
            return True
        if c.dep_ == "prep" and c.lower_ in {"with", "to"}:
            if any(p.lower_ == "me" for p in c.children):
                return True
    return False


def _first_name_only(tok: Token) -> bool:
    """A one-word name the document never gives in full or with a title ("Adilzhan",
    "Yernar"): a person met by the reporter, known by a first name. A surname of a
    fully named person ("Tokayev" after "Kassym-Jomart Tokayev") is not."""
    if tok.pos_ != "PROPN" or tok.ent_type_ not in {"PERSON", ""}:
        return False
    if any(c.dep_ == "compound" for c in tok.children):
        return False
    doc = tok.doc
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].lower_ == tok.lower_:
            return False
    for e in context.get(doc, "entities"):
        if e.label == "PERSON" and len(e.canonical.split()) > 1:
            if e.canonical.split()[-1].lower() == tok.lower_:
                return False
    return True


def _own_role(tok: Token) -> str:
    """The role noun closest to a speaker: the noun itself ("the physician said"), or the
    last common noun of the title before a name ("department physician Jane Doe")."""
    if tok.pos_ != "PROPN":
        return tok.lemma_.lower()
    title = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    return title[-1].lemma_.lower() if title else ""


def _public(cue: Token) -> bool | None:
    """Whether a statement's maker is a public actor (a government, organisation,
    official, spokesperson, leader, institution, or a named person the document gives an
    official role): True; a private or outside voice (a resident, eyewitness, protester,
    activist, analyst, journalist, a person known by first name only, anyone talking to
    the reporter: "told me"): False; None when the parse cannot tell (a pronoun nobody
    was named for, a bare country)."""
    speakers = _speaker_tokens(cue)
    if not speakers:
        return None
    doc = cue.doc
    roles: set[str] = set()
    names: list[Token] = []
    for s in speakers:
        if s.lower_ in {"he", "she"}:
            from sitrep.extract.quotes import _Resolver

            found = _Resolver(doc).pronoun(s)
            span = doc.char_span(found.start, found.end, alignment_mode="expand") if found else None
            if span is None:
                continue
            s = span[-1]
        roles |= _role_words(s)
        if s.pos_ == "PROPN" or s.ent_type_ == "PERSON":
            names.append(s)
            known = _doc_roles(doc)
            for w in [s, *(c for c in s.children if c.dep_ == "compound" and c.pos_ == "PROPN")]:
                roles |= known.get(w.lower_, frozenset())
    if any(_own_role(s) in PRIVATE_ROLES for s in speakers):
        return False  # "emergency department physician X": a doctor, whatever his ward
    if roles & PUBLIC_ROLES:
        return True
    # a role said in words outranks the entity tagger (it often tags a surname ORG)
    if roles & PRIVATE_ROLES or _to_me(_governing_verb(cue)):
        return False
    if any(s.ent_type_ in {"ORG", "GPE", "NORP"} for s in speakers):
        return True
    if names and all(_first_name_only(n) for n in names):
        return False
    return None


# Verbs of being, saying, thinking and wanting: "protesters say", "protesters do mean
# business", "protesters fear reprisals" tell what protesters are or think, not a protest.
STATE_VERBS = frozenset(
    """be have say tell want believe seem appear mean know need hope fear think feel remain
    deserve like understand insist argue accuse blame""".split()
)


# Weapons and aircraft that name an air or artillery attack only when the sentence has them
# strike: "warplanes struck", "fired rockets", "hit by a missile", "a rocket attack". A
# missile on a launcher, a drone over the city or "the army's artillery" is no attack.
INSTRUMENT_NOUNS = frozenset(AIRCRAFT + ARTILLERY)
FIRING_VERBS = frozenset("fire launch drop shoot lob rain unleash use hurl".split())
STRIKING_VERBS = FIRING_VERBS | frozenset(
    """strike hit pound bomb bombard shell target attack land fall slam explode kill destroy
    damage wound injure raid blast hammer batter strafe crash smash level flatten pummel
    rock tear""".split()
)
ATTACK_NOUNS = frozenset(
    """strike attack fire barrage bombardment salvo raid bombing shelling assault blast
    round impact""".split()
)


def _strikes(tok: Token) -> bool:
    """Whether a weapon or aircraft noun is used in an attack (see INSTRUMENT_NOUNS)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head  # "tanks and artillery pounded": the first item's role
    head, dep = tok.head, tok.dep_
    if dep in {"nsubj", "nsubjpass"}:
        return head.lemma_.lower() in STRIKING_VERBS  # "warplanes struck", "were fired"
    if dep == "dobj":
        return head.lemma_.lower() in FIRING_VERBS  # "fired rockets"
    if dep == "pobj" and head.lower_ in {"by", "with", "from"}:
        return head.head.lemma_.lower() in STRIKING_VERBS  # "hit by a missile"
    if dep in {"compound", "amod", "nmod"}:
        return head.lemma_.lower() in ATTACK_NOUNS
    return False


# Who joins, merges with or splits from whom in ACLED's "change to group/activity".
ARMED_OR_POLITICAL = frozenset(
    """rebel militia army force soldier troop officer brigade battalion faction group
    opposition movement party insurgent fighter militant coalition alliance guerrilla
    unit commander police jihadist""".split()
)
# Words that make a battle or fight a figure of speech: "a legal battle", "an uphill fight"
# ("the battle against the rebels" is fought, so "against" is not one of them).
FIGURATIVE_FIGHTS = frozenset(
    "legal political court uphill diplomatic electoral custody public ratings".split()
)


def _on_strike(tok: Token) -> bool:
    """ "Went on strike", "are on strike", "stayed on strike": a labour strike, whoever
    strikes (teachers, doctors, drivers)."""
    head = tok.head
    return (
        tok.lemma_.lower() == "strike"
        and head.lower_ == "on"
        and head.head.lemma_.lower() in {"go", "be", "remain", "stay"}
    )


DURATION_NOUNS = frozenset("hour day week month year decade".split())


def _stretch_of(tok: Token) -> bool:
    """A noun trigger measured by a stretch of time: "after eight months of fighting",
    "days of protests", "four months of fighting in Libya". It sums up a period, the
    background of the report, not one happening."""
    prep = tok.head
    if tok.pos_ != "NOUN" or prep.lower_ != "of" or prep.i == tok.i:
        return False
    span = prep.head
    return span.lemma_.lower() in DURATION_NOUNS and span.tag_ == "NNS"


def _reports(kind: str, tok: Token) -> bool:
    """Whether a trigger reports a happening rather than mentioning a topic:
    a protest noun must be what a happening verb is about ("protests erupted",
    "joined the protest"); a weak reporting verb ("say") is a statement only
    when an institution or a named source says it."""
    lemma = tok.lemma_.lower()
    if _stretch_of(tok):
        return False
    if kind in {"airstrike", "shelling"} and tok.pos_ != "VERB" and lemma in INSTRUMENT_NOUNS:
        return _strikes(tok)
    if kind == "demand" and tok.pos_ == "VERB" and lemma not in {"broaden", "widen", "expand"}:
        # "made demands", "put forward a set of political demands"; not "made it difficult
        # to unify demands" (the demands of another verb's clause)
        clauses = [c for c in tok.children if c.dep_ in {"xcomp", "ccomp", "advcl"}]
        inner = {t.i for c in clauses for t in c.subtree}
        return any(
            t.lemma_.lower() in {"demand", "grievance"} and t.i not in inner for t in tok.subtree
        )
    if kind == "group_change" and lemma in {"join", "merge", "split"}:
        # armed or political actors joining, merging or splitting: "soldiers joined the
        # rebels", "two factions merged"; not a banker who "joined from Merrill"
        near = [tok, *tok.children, *(g for c in tok.children for g in c.children)]
        return any(t.pos_ == "NOUN" and t.lemma_.lower() in ARMED_OR_POLITICAL for t in near)
    if kind == "clash" and tok.pos_ == "NOUN" and lemma in {"battle", "fight", "war"}:
        # "a legal battle", "faces a tough battle ahead"
        if tok.head.lemma_.lower() == "face" or any(
            c.lemma_.lower() in FIGURATIVE_FIGHTS for c in tok.children
        ):
            return False
    if kind == "arson" and lemma == "burn" and tok.pos_ == "NOUN":
        return False  # "injuries, including burns", "burns sustained": a wound, not arson
    if kind == "riot" and lemma == "riot" and tok.dep_ in {"compound", "amod"}:
        # a noun's modifier names a kind of thing, not a riot: "riot police", "riot gear"
        return False
    if kind == "protest" and lemma == "strike" and tok.pos_ == "VERB":
        # workers strike; warplanes "struck a command centre" (an object) attack
        return not any(c.dep_ == "dobj" for c in tok.children) and not any(
            c.dep_ == "nsubj" and c.lemma_.lower() in INSTRUMENT_NOUNS for c in tok.children
        )
    if kind == "protest" and lemma in {"protester", "protestor", "demonstrator"}:
        # protesters doing something ("demonstrators seized the airport")
        if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.pos_ == "VERB":
            return tok.head.lemma_.lower() not in STATE_VERBS
    if kind == "protest" and tok.pos_ == "NOUN":
        if (
            tok.dep_ == "nsubj"
            and tok.head.lemma_ == "be"
            and any(c.dep_ == "acomp" and c.lower_ in ONGOING for c in tok.head.children)
        ):
            return True  # "protests are ongoing"
        t = tok.head
        if t.pos_ == "ADP":
            if _on_strike(tok):
                return True
            t = t.head
        if t.lemma_.lower() in COLLECTIVE and t.head.i != t.i:
            t = t.head  # "a wave of protests has rocked"
        return t.lemma_.lower() in PROTEST_VERBS or any(
            c.lemma_.lower() in PROTEST_VERBS and c.dep_ in {"acl", "relcl"} for c in tok.children
        )
    if kind == "statement" and (_naming(tok) or _commentary(tok) or _public(tok) is False):
        return False
    if kind == "statement" and lemma not in STRONG_STATEMENT:
        subj = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
        return any(
            s.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or s.lemma_.lower() in SPEAKER_NOUNS
            for s in subj
        )
    return True


def _span_matches(span: Span) -> list[tuple[str, Token]]:
    """(kind, first token) of every trigger in an isolated span."""
    strings = span.doc.vocab.strings
    return [(strings[m], span[s]) for m, s, _e in _matcher(span.doc.vocab)(span)]


def _op_width(op: object) -> int:
    """The most tokens a pattern token can consume ("?" 1, "{a,b}" b; "*"/"+" unbounded)."""
    if op in (None, "!", "1"):
        return 1
    if op == "?":
        return 1
    if isinstance(op, str) and op.startswith("{"):
        high = op.strip("{}").split(",")[-1]
        return int(high) if high else 10_000
    return 10_000


def _single(pattern: Pattern) -> bool:
    """A one-token pattern on lemma, lower-case form and part of speech only."""
    return len(pattern) == 1 and set(pattern[0]) <= {"LEMMA", "LOWER", "POS"}


def _values(spec: object) -> list[str]:
    if isinstance(spec, dict):
        return [str(v) for v in spec.get("IN", [])]
    return [str(spec)] if spec else []


@dataclass(frozen=True, slots=True)
class _Triggers:
    """The trigger patterns split for speed.

    Why: the Matcher tests every pattern at every token it is given; most triggers
    are one word, and news sentences rarely hold a trigger. One-word triggers are
    looked up by lemma / lower-case form (a dict probe per candidate token); only the
    multi-word patterns go to a Matcher, on short windows that start at a token that
    can begin one of them (found with one vectorised pass over the token columns)."""

    by_lemma: dict[str, tuple[tuple[str, frozenset[str] | None], ...]]
    by_lower: dict[str, tuple[tuple[str, frozenset[str] | None], ...]]
    lemmas: frozenset[int]  # hashes of every first-token lemma
    lowers: frozenset[int]
    multi_lemmas: frozenset[str]  # first tokens of multi-word patterns
    multi_lowers: frozenset[str]
    width: int  # the longest multi-word trigger, in tokens


@functools.lru_cache(maxsize=4)
def _triggers(vocab: Vocab) -> _Triggers:
    by_lemma: dict[str, list[tuple[str, frozenset[str] | None]]] = {}
    by_lower: dict[str, list[tuple[str, frozenset[str] | None]]] = {}
    multi_lemmas: set[str] = set()
    multi_lowers: set[str] = set()
    width = 1
    for kind, patterns in PATTERNS.items():
        for pattern in patterns:
            first = pattern[0]
            if _single(pattern):
                pos = first.get("POS")
                allowed = frozenset(_values(pos)) if pos else None
                for v in _values(first.get("LEMMA")):
                    by_lemma.setdefault(v, []).append((kind, allowed))
                for v in _values(first.get("LOWER")):
                    by_lower.setdefault(v, []).append((kind, allowed))
                continue
            multi_lemmas.update(_values(first.get("LEMMA")))
            multi_lowers.update(_values(first.get("LOWER")))
            width = max(width, sum(_op_width(t.get("OP")) for t in pattern))
    lemmas = {vocab.strings.add(v) for v in [*by_lemma, *multi_lemmas]}
    lowers = {vocab.strings.add(v) for v in [*by_lower, *multi_lowers]}
    return _Triggers(
        {k: tuple(v) for k, v in by_lemma.items()},
        {k: tuple(v) for k, v in by_lower.items()},
        frozenset(lemmas),
        frozenset(lowers),
        frozenset(multi_lemmas),
        frozenset(multi_lowers),
        width,
    )


@functools.lru_cache(maxsize=4)
def _multi_matcher(vocab: Vocab) -> Matcher:
    matcher = Matcher(vocab)
    for kind, patterns in PATTERNS.items():
        multi = [p for p in patterns if not _single(p)]
        if multi:
            matcher.add(kind, multi)
    return matcher


def _doc_matches(doc: Doc, sents: list[Span]) -> dict[int, list[tuple[str, Token]]]:
    """Triggers of the whole document, bucketed by sentence index, in token order.

    Finds exactly what the Matcher finds sentence by sentence (tests check it): a
    multi-word trigger is confined to its sentence, as a trigger is one clause's."""
    if not len(doc):
        return {}
    trig = _triggers(doc.vocab)
    cols = doc.to_array([LEMMA, LOWER])
    mask = numpy.isin(cols[:, 0], numpy.fromiter(trig.lemmas, dtype=cols.dtype)) | numpy.isin(
        cols[:, 1], numpy.fromiter(trig.lowers, dtype=cols.dtype)
    )
    candidates = numpy.flatnonzero(mask).tolist()
    if not candidates:
        return {}
    starts = [s.start for s in sents]
    found: dict[int, set[tuple[int, str]]] = {}
    windows: list[tuple[int, int, int]] = []  # (sentence index, start, end)
    for i in candidates:
        si = bisect.bisect_right(starts, i) - 1
        if si < 0 or i >= sents[si].end:
            continue
        tok = doc[i]
        lemma, lower = tok.lemma_, tok.lower_
        for kind, allowed in (*trig.by_lemma.get(lemma, ()), *trig.by_lower.get(lower, ())):
            if allowed is None or tok.pos_ in allowed:
                found.setdefault(si, set()).add((i, kind))
        if lemma in trig.multi_lemmas or lower in trig.multi_lowers:
            end = min(i + trig.width, sents[si].end)
            if windows and windows[-1][0] == si and i <= windows[-1][2]:
                windows[-1] = (si, windows[-1][1], max(windows[-1][2], end))
            else:
                windows.append((si, i, end))
    if windows:
        matcher = _multi_matcher(doc.vocab)
        strings = doc.vocab.strings
        for si, a, b in windows:
            for match_id, start, _end in matcher(doc[a:b]):
                found.setdefault(si, set()).add((a + start, strings[match_id]))
    return {si: [(kind, doc[i]) for i, kind in sorted(hits)] for si, hits in found.items()}


def _question(span: Span) -> bool:
    """A question reports nothing ("Did police open fire?", "Do you think ...?"), even
    when it ends inside quotation marks."""
    words = [t for t in span if not (t.is_space or t.is_quote or t.text in {")", "»"})]
    return bool(words) and words[-1].text == "?"


ACCUSING = frozenset({"accuse", "blame"})


def _accused_of(tok: Token) -> bool:
    """A trigger inside what an accusation charges ("the RSF accused the army of
    attacking its bases", "blamed the rebels for the shelling"): the accusation is the
    news, the deed is its content, not a happening the report confirms."""
    for a in list(tok.ancestors)[:4]:
        if a.dep_ == "prep" and a.lower_ in {"of", "for"} and a.head.lemma_.lower() in ACCUSING:
            return True
    return False


def _hits(span: Span, matches: list[tuple[str, Token]] | None = None) -> list[Hit]:
    if _question(span):
        return []
    found: dict[str, list[Token]] = {}
    for kind, tok in _span_matches(span) if matches is None else matches:
        found.setdefault(kind, []).append(tok)
    # drop triggers in negated, modal or intended clauses, and mere mentions
    found = {
        k: [
            t
            for t in toks
            if not _irrealis(t, k)
            and not _frequency(t)
            and not (k in {"killing", "injure"} and (_tally(t) or _counted_noun(t)))
            and not (k == "grenade" and _crowd_control(t))
            and not (k != "statement" and _accused_of(t))
            and (k == "statement" or not _habitual(t, span))
            and _reports(k, t)
        ]
        for k, toks in found.items()
    }
    found = {k: v for k, v in found.items() if v}
    lem = _lemmas(span)
    hits: list[Hit] = []

    def add(typ: str, acled: str, tok: Token) -> None:
        a, b = ACLED[acled]
        rank = HAPPENING_PRIORITY.index(acled) if acled in HAPPENING_PRIORITY else 99
        hits.append(Hit(typ, a, b, tok, rank))

    first = {k: v[0] for k, v in found.items()}
    for kind in ("suicide", "chemical", "airstrike", "grenade", "shelling", "explosive"):
        if kind in first:
            add("clash", kind, first[kind])
    if "sexual" in first:
        add("other", "sexual", first["sexual"])
    if "abduct" in first:
        add("other", "abduct", first["abduct"])
    if "defuse" in first and not ({"suicide", "explosive"} & found.keys() and "defuse" not in lem):
        add("seizure", "defuse", first["defuse"])

    protest = first.get("protest")
    if (
        protest is not None
        and protest.lemma_.lower() in {"strike", "march"}
        and protest.pos_ != "VERB"
        and not (lem & {"worker", "union", "protester", "general", "hunger"})
        and not _on_strike(protest)
    ):
        protest = None  # "air strike", "since March"
    riot = first.get("riot")
    lethal = [t for k in ("killing",) for t in found.get(k, [])]
    if protest is not None or riot is not None:
        anchor = protest or riot
        assert anchor is not None
        excessive = False
        if (
            lethal
            and lem & set(SECURITY)
            and (lem & {"protester", "demonstrator", "protestor", "crowd", "protest"})
        ):
            add("killing", "excessive", lethal[0])
            excessive = True
        elif {"arson", "overtake"} & found.keys():
            pass  # the arson or seizure hit below carries "Violent demonstration"
        elif (
            riot is None
            and "clash" in first
            and lem & (set(CIVIL_GROUPS) - CROWDS - {"group"})
            and not (lem - {first["clash"].lemma_.lower()}) & set(PROTESTER_VIOLENCE)
        ):
            # protesters whose only violence is a clash with another side's supporters
            # ("students clashed with police and ruling party activists"): one
            # happening, the clash reported below, not a riot beside it
            pass
        elif riot is not None or (
            lem & set(PROTESTER_VIOLENCE)
            and protest is not None
            and _near(protest, PROTESTER_VIOLENCE, span)
        ):
            add("riot", "violent_demo", riot or anchor)
        elif lem & set(INTERVENTION) and lem & (set(SECURITY) | {"disperse", "tear", "teargas"}):
            add("protest", "intervention", anchor)
        else:
            add("protest", "peaceful", anchor)
        # Police killing protesters is two of sitrep's types: the protest, and the killing
        # that broke it up. A protest that turned violent is one happening, the riot (or
        # the arson, the seizure): ACLED codes it once, as a violent demonstration.
        if excessive and protest is not None:
            a, b = ACLED["excessive"]
            hits.append(Hit("protest", a, b, protest, 98))  # the protest itself, as sitrep's type
    if "mob" in first:
        add("riot", "mob", first["mob"])
    if "clash" in first:
        tok = first["clash"]
        if lem & set(CIVIL_GROUPS) and not lem & {
            "militant",
            "rebel",
            "army",
            "troop",
            "soldier",
            "insurgent",
            "gunman",
            "fighter",
            "militia",
        }:
            add("clash", "mob", tok)
        elif (
            protest is None
            and riot is None
            and not lem & {"protester", "protestor", "demonstrator", "rioter"}
            or lem & {"militant", "rebel", "army", "troop", "soldier"}
        ):
            add("clash", "armed_clash", tok)
        else:
            # protesters fighting police: ACLED's violent demonstration, a riot
            add("riot", "violent_demo", tok)
    if "regain" in first and lem & set(GOV_FORCES):
        add("seizure", "regain", first["regain"])
    elif "regain" in first and lem & set(NON_STATE):
        add("seizure", "overtake", first["regain"])
    if "overtake" in first:
        tok = first["overtake"]
        # who seized and what was seized, when the parse says so: protesters seizing an
        # airport is a violent demonstration, whatever "government buildings" or an
        # "armed" crowd elsewhere in the sentence suggest
        doers = {s.lemma_.lower() for s in _subjects(tok)}
        seized = {o.lemma_.lower() for o in _objects(tok)}
        if doers & CROWDS:
            add("seizure", "violent_demo", tok)
        elif seized and seized & SEIZED_ARMS:
            add("seizure", "defuse", tok)
        elif lem & set(NON_STATE) and not lem & {"army", "government"}:
            add("seizure", "overtake", tok)
        elif lem & {"army", "troop", "soldier", "government", "military"} and lem & {
            "town",
            "city",
            "village",
            "area",
            "territory",
            "district",
            "region",
            "province",
            "hill",
            "base",
        }:
            add("seizure", "regain", tok)
        elif lem & SEIZED_ARMS and not any(_site(o) for o in _objects(tok)):
            add("seizure", "defuse", tok)
        else:
            add("seizure", "violent_demo" if (protest or riot) is not None else "other", tok)
    if "handover" in first or (
        "withdrawal" in first
        and lem & {"town", "city", "territory", "area", "village", "region", "base"}
    ):
        add("withdrawal", "handover", first.get("handover") or first["withdrawal"])
    elif "withdrawal" in first:
        tok = first["withdrawal"]
        add("other" if _evacuates_people(tok) else "withdrawal", "other", tok)
    if "agreement" in first:
        add("other", "agreement", first["agreement"])
    if "base" in first:
        add("deployment", "base", first["base"])
    if "killing" in first and not any(
        h.acled_sub_event_type == ACLED["excessive"][1] for h in hits
    ):
        tok = first["killing"]
        if "clash" in first or (lem & {"exchange", "gunfight", "firefight", "fight", "battle"}):
            pass  # the clash already covers it
        else:
            add("killing", "attack", tok)
    elif "injure" in first and not hits:
        add("killing", "attack", first["injure"])
    if "arrest" in first:
        add("arrest", "arrest", first["arrest"])
    if "arson" in first:
        add(
            "arson",
            "violent_demo"
            if (protest or riot) is not None
            or lem & {"protester", "demonstrator", "rioter", "crowd"}
            else "loot",
            first["arson"],
        )
    if "loot" in first:
        add("riot", "violent_demo" if (protest or riot) is not None else "loot", first["loot"])
    if "group_change" in first and not hits:
        add("other", "group_change", first["group_change"])
    if "deployment" in first:
        add("deployment", "other", first["deployment"])
    if "emergency" in first:
        add("state_of_emergency", "other", first["emergency"])
    for tok in found.get("dismissal", []):
        kind = _dismissal_kind(tok)
        if kind is not None:
            add(kind, "other", tok)
            break
    for tok in found.get("internet", []):
        if _internet_cut(tok):
            add("internet_shutdown", "other", tok)
            break
    for tok in found.get("price", []):
        if _price_move(tok):
            add("price_change", "other", tok)
            break
    for kind in ("topple", "alarm", "suspend", "control", "demand"):
        if kind in first and not (kind == "suspend" and "internet" in first):
            add("other", "other", first[kind])
    join = _security_joins_protest(found.get("group_change", []))
    if join is not None:
        # soldiers joining the protest: the defection is the news, the protest it joins
        # is reported elsewhere
        hits[:] = [h for h in hits if not (h.type == "protest" and h.trigger.head.i == join.i)]
        add("other", "group_change", join)
    for tok in found.get("statement", []):
        # A statement is its own event unless what it says is a happening reported
        # here ("police said protesters torched cars" reports the arson); an appeal,
        # invitation or order whose content is not (yet) done stands beside the
        # sentence's other happenings.
        said = {
            t.i
            for c in tok.children
            if c.dep_ in {"ccomp", "xcomp", "dobj", "prep", "attr", "oprd", "dative", "nsubjpass"}
            for t in c.subtree
        }
        if not any(h.trigger.i in said or _announces(tok, h) for h in hits):
            add("statement", "other", tok)
            break
    # one hit per sitrep type, the most specific ACLED reading first
    best: dict[str, Hit] = {}
    for h in sorted(hits, key=lambda h: h.rank):
        best.setdefault(h.type, h)
    # one trigger word is one happening: "protesters" cannot be both the riot and a protest
    by_trigger: dict[int, Hit] = {}
    for h in sorted(best.values(), key=lambda h: h.rank):
        by_trigger.setdefault(h.trigger.i, h)
    return _per_target(sorted(by_trigger.values(), key=lambda h: h.rank), found)


# Nouns that name a building, site or facility (or a vehicle: "torched 120 cars") that a
# happening can be done to. Two arsons in one town on one day are two events when they
# burned two sites, so the site is kept as the mention's target.
SITE_NOUNS = frozenset(
    """building office residence palace house home headquarters hq branch premises
    parliament ministry court courthouse prison jail station airport port seaport harbour
    harbor terminal base barracks camp checkpoint outpost post school university college
    hospital clinic mosque church temple synagogue shrine cathedral monastery bank atm shop
    store supermarket market mall business restaurant hotel factory plant refinery depot
    warehouse mine pipeline bridge tower embassy consulate compound facility complex hall
    akimat city-hall townhall stadium studio channel broadcaster newspaper library museum
    monument statue headquarter car vehicle bus truck lorry van tram train ambulance
    dormitory hostel""".split()
)
# Heads that need their "of" phrase to say which site: "the regional branch of the
# ruling party" is a party branch, "the headquarters of the army" the army headquarters.
GENERIC_SITES = frozenset(
    "branch headquarters hq office building premises seat residence compound".split()
)
# Modifiers that do not tell one site from another ("the main government building",
# "the former presidential residence", "numerous businesses").
VAGUE_MODIFIERS = frozenset(
    """former main old new local large largest big biggest numerous several many other
    nearby entire whole key major own various some few central burned-out burnt-out
    historic only same""".split()
)
TARGET_DEPS = frozenset({"dobj", "nsubjpass"})
NOT_TARGETS = frozenset({"fire", "control", "blaze", "ablaze", "alight", "flame"})
RELATIVE_WORDS = frozenset({"which", "that", "who", "whom"})


def _site(tok: Token) -> bool:
    return tok.lemma_.lower() in SITE_NOUNS or tok.ent_type_ == "FAC"


def _antecedent(tok: Token, verb: Token) -> Token:
    """The noun a relative pronoun stands for ("buildings, some of which were burned")."""
    rel = tok.lower_ in RELATIVE_WORDS or any(
        c.dep_ == "prep" and any(p.lower_ in RELATIVE_WORDS for p in c.children)
        for c in tok.children
    )
    if not rel or verb.dep_ != "relcl":
        return tok
    if _site(verb.head):
        return verb.head
    # the parser often hangs the clause on a noun further back ("the city of Almaty, where
    # ... took control of several buildings, some of which were burned"): the antecedent
    # is the noun just before the relative clause
    edge = verb.left_edge.i
    before = [t for t in verb.doc[verb.sent.start : edge] if t.pos_ in {"NOUN", "PROPN"}]
    return before[-1] if before and _site(before[-1]) else verb.head


def _objects(tok: Token) -> list[Token]:
    """What a trigger was done to, in the parse: the object ("torched the office"), the
    passive subject ("the office was set on fire"), the object of "to"/"of"/"on"
    ("set fire to the office", "took control of the airport", "an attack on the
    station"), the noun a participle modifies ("burned-out buildings", "buildings
    stormed by protesters"), each with its coordinated items, and the subject of an
    elliptic "as was X" ("was set on fire, as was the residence")."""
    found: list[Token] = []
    passive = any(c.dep_ in {"auxpass", "agent"} for c in tok.children)
    holders = [tok] + [c for c in tok.children if c.dep_ == "dobj" and c.lemma_ in NOT_TARGETS]
    for h in holders:
        for c in h.children:
            if c.dep_ in TARGET_DEPS or (passive and c.dep_ == "nsubj"):
                found.append(_antecedent(c, tok))
            elif c.dep_ == "prep" and c.lower_ in {"to", "of", "on", "at"}:
                found += [p for p in c.children if p.dep_ == "pobj"]
    if tok.dep_ in {"amod", "acl"} and tok.head.pos_ in {"NOUN", "PROPN"}:
        found.append(tok.head)
    clauses = [tok, *(c for c in tok.children if c.dep_ in {"parataxis", "conj"})]
    for v in clauses:
        for c in v.children:
            if c.dep_ == "advcl" and c.lemma_ == "be" and any(m.lower_ == "as" for m in c.children):
                found += [x for x in c.children if x.dep_ in {"nsubj", "nsubjpass"}]
    out: list[Token] = []
    for f in found:
        for t in (f, *f.conjuncts):
            if t.lemma_.lower() not in NOT_TARGETS and t.i not in {o.i for o in out}:
                out.append(t)
    return sorted(out, key=lambda t: t.i)


def _key_words(noun: Token) -> list[str]:
    """The distinguishing words before a site noun: compounds, adjectives and possessors
    that are common words ("presidential", "mayor's", "television"), not names (a place
    name says where, which the mention's place already holds), pronouns or vague words."""
    words: list[tuple[int, str]] = []
    for c in noun.children:
        if c.i > noun.i or c.dep_ not in {"compound", "amod", "nmod", "poss"}:
            continue
        lemma = c.lemma_.lower()
        if (
            c.pos_ in {"PROPN", "PRON", "NUM", "DET", "VERB"}
            or c.ent_type_ in {"GPE", "LOC", "NORP", "PERSON", "ORG", "DATE", "CARDINAL"}
            or lemma in VAGUE_MODIFIERS
            or lemma in PLACE_NOUNS
            or not c.is_alpha
        ):
            continue
        words += [(w.i, w.lemma_.lower()) for w in _key_words_of(c)]
    return [w for _, w in sorted(words)]


def _key_words_of(mod: Token) -> list[Token]:
    """A modifier with its own common-word modifiers ("police department" in "police
    department headquarters", "prime minister" in "the prime minister's residence")."""
    inner = [
        c
        for c in mod.children
        if c.dep_ in {"compound", "amod"}
        and c.pos_ in {"NOUN", "ADJ"}
        and c.is_alpha
        and c.lemma_.lower() not in PLACE_NOUNS | VAGUE_MODIFIERS
    ]
    return [*inner, mod]


def _target_key(noun: Token) -> str:
    """A short lower-case key for a site: the lemma of its head noun after its
    distinguishing modifiers ("the prosecutor's office" -> "prosecutor office", "the
    former presidential residence" -> "presidential residence", "Almaty airport" ->
    "airport"); a generic head takes the noun of its "of" phrase ("the regional branch
    of the ruling Nur Otan party" -> "regional party branch")."""
    words = _key_words(noun)
    if noun.lemma_.lower() in GENERIC_SITES:
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.pos_ == "NOUN":
                        words += [*_key_words(obj), obj.lemma_.lower()]
    return " ".join([*words, noun.lemma_.lower()])


# Which triggers of a sentence can name the site of each sitrep type, and whether one
# mention is made per site (a sentence listing burned sites reports one arson each).
TARGET_KINDS: dict[str, tuple[tuple[str, ...], bool]] = {
    "arson": (("arson",), True),
    "seizure": (("overtake", "regain"), True),
    "riot": (("riot", "loot"), False),
    "killing": (("injure",), False),
    "appointment_dismissal": (("dismissal",), True),  # the person removed or named
}


CROWDS = frozenset({"protester", "protestor", "demonstrator", "rioter", "crowd", "mob"})
SEIZED_ARMS = frozenset(
    """weapon ammunition explosive arm drug cache firearm gun pistol rifle round cartridge
    magazine grenade bomb ied detonator narcotic cocaine heroin cannabis""".split()
)


def _subjects(tok: Token) -> list[Token]:
    """Who did it: the verb's subject or the "by" phrase of a passive, with conjuncts."""
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    subj += [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    return [t for s in subj for t in (s, *s.conjuncts)]


EVACUATE = frozenset({"evacuate", "evacuation"})


def _evacuates_people(tok: Token) -> bool:
    """An evacuation of civilians ("evacuated 157 citizens", "foreign nationals began
    evacuating"), not of armed forces ("troops evacuated the base"): no armed actor
    among who evacuates or is evacuated. It is no withdrawal from territory."""
    if tok.lemma_.lower() not in EVACUATE:
        return False
    verb = tok.head if tok.dep_ == "xcomp" else tok
    who = [*_subjects(tok), *_objects(tok), *_subjects(verb)]
    return not any(t.lemma_.lower() in ARMED for w in who for t in w.subtree)


def _per_target(hits: list[Hit], found: dict[str, list[Token]]) -> list[Hit]:
    """Hits with the site they were done to; an arson or seizure naming several sites
    ("set fire to a presidential residence and the mayor's office") becomes one hit per
    site, in the order the sentence names them."""
    out: list[Hit] = []
    for h in hits:
        kinds, fan = TARGET_KINDS.get(h.type, ((), False))
        triggers = [h.trigger, *(t for k in kinds for t in found.get(k, []))]
        keys: list[str] = []
        for trig in triggers:
            for obj in _objects(trig):
                if h.type in PERSON_TARGET_TYPES:
                    key = _person_key(obj)
                else:
                    key = _target_key(obj) if _site(obj) else None
                if key and key not in keys:
                    keys.append(key)
        if not kinds or not keys:
            out.append(h)
        elif fan:
            out += [dataclasses.replace(h, target=k) for k in keys]
        else:
            out.append(dataclasses.replace(h, target=keys[0]))
    return out


def classify_sentence(span: Span) -> tuple[str, str, str] | None:
    """(sitrep type, ACLED event type, ACLED sub-event type) of the span's most
    specific happening, or None when it reports none."""
    hits = _hits(span)
    if not hits:
        return None
    h = hits[0]
    return h.type, h.acled_event_type, h.acled_sub_event_type


ACTOR_NOUNS = frozenset(
    """protester protestor demonstrator police policeman officer troop soldier force army
    military government militant rebel insurgent gunman fighter militia peacekeeper paratrooper
    crowd rioter student worker resident villager civilian supporter activist authority regime
    guard terrorist mob people opposition journalist""".split()
)


def _actors(hit: Hit, span: Span, names: list[tuple[int, int, str]]) -> tuple[str, ...]:
    verb = _governing_verb(hit.trigger)
    roles: list[Token] = []
    for t in (verb, hit.trigger):
        for c in t.children:
            if c.dep_ in {"nsubj", "nsubjpass", "dobj", "compound", "amod", "poss"}:
                roles.append(c)
            elif c.dep_ in {"agent", "prep"} and c.lower_ in {
                "by",
                "with",
                "between",
                "against",
                "on",
                "of",
                "from",
            }:
                roles.extend(p for p in c.children if p.dep_ == "pobj")
    roles += [c for r in list(roles) for c in r.children if c.dep_ == "conj"]
    out: list[str] = []
    for r in roles:
        name = next((n for s, e, n in names if s <= r.idx < e), None)
        if name is None and r.lemma_.lower() in ACTOR_NOUNS:
            mods = [
                c
                for c in r.lefts
                if c.dep_ in {"compound", "amod"}
                and (
                    c.ent_type_
                    or c.lower_ in {"security", "riot", "armed", "anti-government", "opposition"}
                )
            ]
            name = " ".join([m.text for m in mods] + [r.text])
        if name and name not in out:
            out.append(name)
    return tuple(out)


# A place name glued to one of these by a hyphen modifies an actor, it does not
# locate the happening: "Moscow-led alliance", "Iran-backed militia".
ACTOR_SUFFIXES = frozenset(
    """led backed based born allied controlled run owned funded sponsored brokered
    friendly aligned made linked affiliated supported installed""".split()
)
DATELINE_DASHES = frozenset({"-", "–", "—", ","})
MAX_EVENT_SPAN_DAYS = 31  # "over the past 15 months" dates a background, not a happening


def _paragraphs(text: str) -> list[int]:
    """Start offsets of the paragraphs: blank-line blocks when the text has blank
    lines (hard-wrapped prose), else lines (one paragraph per line)."""
    sep = re.compile(r"\n[ \t]*\n\s*") if re.search(r"\n[ \t]*\n", text) else re.compile(r"\n+")
    return [0, *(m.end() for m in sep.finditer(text))]


def _paragraph_of(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset) - 1


def _locates(doc: Doc, text: str, start: int, end: int) -> bool:
    """Whether a place mention in the sentence says where the happening took place.

    Not when it is a dateline ("MOSCOW – ..."), glued to an actor by a hyphen
    ("Moscow-led troops"), or an origin hung on a noun ("troops from Russia",
    "governments from Washington"). ``text`` is ``doc.text``, which spaCy rebuilds
    on every access."""
    tail = text[end : end + 16]
    if tail.startswith("-") and tail[1:].split(" ", 1)[0].lower().strip(".,;") in ACTOR_SUFFIXES:
        return False
    name = text[start:end]
    lead = text[text.rfind("\n", 0, start) + 1 : start].strip()
    if name.isupper() and len(name) > 3 and not lead and tail.lstrip()[:1] in DATELINE_DASHES:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return True
    head = span.root.head
    return not (
        span.root.dep_ == "pobj"
        and head.lower_ == "from"
        and head.head.pos_ in {"NOUN", "PROPN", "PRON"}
    )


def _span_days(value: str) -> int:
    """Days of a stated stretch ("2021-10-01/2022-01-05", from "over the past 15 months").
    A week, month or year ("in 2014", "a few years ago": 2017/2020) is a window the
    happening lies in, not a stretch, and counts 0."""
    a, _, b = value.partition("/")
    try:
        first, last = dt.date.fromisoformat(a[:10]), dt.date.fromisoformat((b or a)[:10])
    except ValueError:
        return 0
    return abs((last - first).days)


# Prepositions that hang an earlier or surrounding happening on the sentence's own:
# in "gunfire erupted in Almaty following the deployment of troops" the deployment
# is neither in Almaty nor (necessarily) on the day of the gunfire.
# "Over" and "against" name what people act about: "protests over a fuel price hike",
# "a march against the killings".
ADJUNCT_PREPS = frozenset(
    {"following", "after", "amid", "before", "since", "despite", "over", "against", "about"}
)
# Verbs of causing or stirring: what they are done "by", or what does them, is a cause
# the sentence refers back to ("protests sparked by a spike in fuel prices", "exasperated
# by the increase in the price of gas", "rising prices have compounded the misery").
CAUSE_VERBS = frozenset(
    """spark trigger cause fuel prompt provoke drive motivate spur anger outrage exasperate
    frustrate inflame ignite exacerbate compound fan stoke worsen aggravate precipitate
    incense enrage infuriate""".split()
)
# Heads of complex prepositions of cause: "in response to", "because of", "due to",
# "in the wake of", "as a result of", "in reaction to", "in protest at".
CAUSE_HEADS = frozenset("response because due owing wake result reaction protest".split())
NP_INNER_PREPS = frozenset({"of", "in", "for", "on"})


def _noun_phrase_head(tok: Token) -> Token:
    """The head of the noun phrase a trigger noun sits in: "price" in "a spike in fuel
    prices" or "the price hike" belongs to "spike" / "hike"."""
    t = tok
    for _ in range(4):
        if t.dep_ in {"compound", "amod"} and t.head.pos_ in {"NOUN", "PROPN"}:
            t = t.head
        elif (
            t.dep_ == "pobj"
            and t.head.lower_ in NP_INNER_PREPS
            and t.head.head.pos_ == "NOUN"
            and t.head.head.i != t.head.i
        ):
            t = t.head.head
        else:
            break
    return t


def _adjunct_head(tok: Token) -> Token | None:
    """The noun phrase of a trigger noun that refers to a happening as a cause or a
    circumstance of the sentence's own ("following the deployment", "amid protests",
    "over a hike in fuel prices", "sparked by a spike in fuel prices", "in response to
    price increases", "rising prices have compounded ..."), or None."""
    if tok.pos_ != "NOUN":
        return None
    np = _noun_phrase_head(tok)
    if np.pos_ != "NOUN":
        return None
    prep = np.head
    if np.dep_ == "pobj":
        if prep.lower_ in ADJUNCT_PREPS:
            return np
        if prep.lower_ == "by" and prep.head.lemma_.lower() in CAUSE_VERBS:
            return np
        if prep.lower_ in {"to", "of", "at", "against"} and prep.head.lower_ in CAUSE_HEADS:
            return np
    if np.dep_ == "nsubj" and np.head.lemma_.lower() in CAUSE_VERBS:
        return np
    return None


def _adjunct(tok: Token) -> bool:
    """A trigger noun that refers to a happening as a cause or circumstance of the
    sentence's own (see :func:`_adjunct_head`): its clause is its own noun phrase, and
    it takes neither the sentence's place nor its day (the resolver attaches such an
    undated mention to the happening it refers to)."""
    return _adjunct_head(tok) is not None


def _clause(tok: Token) -> tuple[int, int]:
    """Character bounds of the trigger's clause: its verb's subtree, or its own noun
    phrase when it hangs on the sentence as an adjunct."""
    head = _adjunct_head(tok) or _governing_verb(tok)
    return head.left_edge.idx, head.right_edge.idx + len(head.right_edge)


def _sentence_time(
    hit: Hit, times: list[TimeExpression], pub: dt.date | None = None
) -> TimeExpression | None:
    """The time expression that dates the hit: one inside its clause (the trigger's
    verb's subtree) first, else the first in the sentence (not for an adjunct, whose
    time the sentence does not give). A long stretch ("over the past year") dates a
    background, not the happening, so it does not count; nor does a time after the
    publication day for a happening told in the past: "troops threatened to storm Hama
    on Tuesday" was threatened before the report, "he said elections would be held in
    2013" was said before it."""
    pool = [t for t in times if t.value and _span_days(t.value) <= MAX_EVENT_SPAN_DAYS]
    if hit.type == "statement" and hit.trigger.pos_ == "VERB":
        # what was said is not when: "officials say troops will storm Hama on Tuesday";
        # a time right after the verb is the saying's, wherever the parser hangs it ("said
        # on Sunday it had rebuffed...")
        said = hit.trigger
        right = said.nbor() if said.i + 1 < len(said.doc) else said
        right = right.nbor() if right.lower_ == "on" and right.i + 1 < len(said.doc) else right
        content = [
            (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
            for c in said.children
            if c.dep_ in {"ccomp", "xcomp"}
        ]
        pool = [
            t for t in pool if t.start == right.idx or not any(a <= t.start < b for a, b in content)
        ]
    if pub is not None and _told_in_past(hit.trigger):
        pool = [t for t in pool if (span := value_span(t.value)) is None or span[0] <= pub]
    pool = [t for t in pool if not _bound(hit.trigger.doc, t)]
    if not pool:
        return None
    lo, hi = _clause(hit.trigger)
    inside = [t for t in pool if lo <= t.start < hi]
    if inside or _adjunct(hit.trigger):
        return inside[0] if inside else None
    return pool[0]


# Prepositions that make a time the end of a stretch, not a day something happened:
# "suspended the talks until 2028", "detained till Monday".
BOUND_PREPS = frozenset({"until", "till", "til", "pending"})


def _bound(doc: Doc, t: TimeExpression) -> bool:
    """A time written as the bound of a stretch ("until 2028"): it dates no happening."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    return before.lower_ in BOUND_PREPS or (
        span.start >= 2 and before.lower_ == "the" and doc[span.start - 2].lower_ in BOUND_PREPS
    )


def _told_in_past(tok: Token) -> bool:
    """Whether the trigger's clause is told in the past or present perfect ("police
    arrested", "had marched", "have detained"), so the happening precedes the report."""
    verb = _governing_verb(tok)
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.tag_ == "MD" or a.lower_ == "to" for a in auxes):
        return False
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return True
    return verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes)


def _now_tense(tok: Token) -> str | None:
    """ "present" or "perfect" when the trigger's clause is told in the present
    ("protests are ongoing", "troops are being flown in") or present perfect
    ("protests have spread"); None for the past ("police arrested", "had marched")."""
    verb = _governing_verb(tok)
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    tags = [a.tag_ for a in auxes] + [verb.tag_]
    if any(t in {"VBD", "MD"} for t in tags):
        return None
    if any(a.lemma_ == "have" and a.tag_ in {"VBP", "VBZ"} for a in auxes):
        return "perfect"
    if any(t in {"VBP", "VBZ"} for t in tags):
        return "present"
    return None


def _document_country(places: list[EntityMention]) -> tuple[str, Place | None] | None:
    """The country the document is about: the one its resolved places lie in most
    often (a city counts for its country), as a country-precision place."""
    counts = Counter(p.place.country_code for p in places if p.place and p.place.country_code)
    if not counts:
        return None
    code = max(
        counts,
        key=lambda c: (
            counts[c],
            -min(p.start for p in places if p.place and p.place.country_code == c),
        ),
    )
    for p in places:
        if p.place and p.place.country_code == code and p.place.feature == "country":
            return p.canonical, p.place
    try:
        from sitrep.extract.gazetteer import load_gazetteer

        ref = load_gazetteer().country(code)
    except Exception:  # noqa: BLE001 - no gazetteer data: the name alone is still useful
        ref = None
    return (ref.name, ref) if ref else None


# A government's decisions are national unless their own clause names a place:
# in "protests erupted in Mangystau over a fuel price hike" the hike is not in Mangystau.
NATIONAL_TYPES = STATE_DECISION_TYPES | {"appointment_dismissal", "statement"}


# Nouns that name a kind of place: a place name in apposition to one still locates
# ("in Kazakhstan's largest city, Almaty").
PLACE_NOUNS = frozenset(
    """city town village capital region province district state country area square
    neighbourhood neighborhood suburb county municipality oblast governorate prefecture
    island port hub centre center street quarter camp""".split()
)
# Dependency arcs that hang a description on a noun: a place inside one describes
# that noun ("the CSTO, an alliance of republics along with Russia"), not the happening.
DESCRIPTIVE_DEPS = frozenset({"appos", "acl", "relcl"})
LIST_MIN = 3  # "in A, B and C": a list of this many places is a scope, not one event's place


@dataclass(frozen=True, slots=True)
class _PlaceTok:
    """A place mention of the sentence with its head token in the parse."""

    mention: EntityMention
    root: Token
    listed: bool  # one item of a list of places


def _place_token(tok: Token, starts: set[int]) -> bool:
    return tok.idx in starts or tok.lemma_.lower() in PLACE_NOUNS


def _describes_other(place: Token, trigger: Token, place_idx: set[int]) -> bool:
    """Whether the place sits inside a description of something other than the
    happening: on its way up to the trigger's clause it passes an apposition, a
    participle or a relative clause hung on a noun that is not a place."""
    above = {trigger.i, *(a.i for a in trigger.ancestors)}
    t = place
    for _ in range(12):
        if t.i in above or t.head.i == t.i:
            return False
        if t.dep_ in DESCRIPTIVE_DEPS and not _place_token(t.head, place_idx):
            return True
        t = t.head
    return False


def _in_list(root: Token, is_place: set[int]) -> bool:
    """One item of a coordinated list of ``LIST_MIN`` or more names of which at least
    two are places ("including Almaty, Karaganda, Kokshetau and Zhanaozen"): the list
    says how far something reaches, not where one happening took place."""
    group = {root.i, *(c.i for c in root.conjuncts)}
    if root.dep_ == "appos":  # "..., and far-western Zhanaozen" parsed as an apposition
        group |= {root.head.i, *(c.i for c in root.head.conjuncts)}
    return len(group) >= LIST_MIN and len(group & is_place) >= 2


def _where_place(hit: Hit, places: list[_PlaceTok]) -> _PlaceTok | None:
    """The place a "where" clause holding the trigger hangs on ("Oral, where dozens
    were detained"): the happening is there, even when the place is a list item."""
    verb = _governing_verb(hit.trigger)
    where = next((c for c in verb.children if c.lower_ == "where"), None)
    if verb.dep_ != "relcl" or where is None:
        return None
    # the parser hangs the clause on a list's first item; "where" follows the last
    heads = {verb.head.i, *(c.i for c in verb.head.conjuncts)}
    before = [p for p in places if p.root.i in heads and p.root.i < where.i]
    return max(before, key=lambda p: p.root.i) if before else None


def _sentence_place(
    hit: Hit, places: list[_PlaceTok], bare: list[tuple[int, str, None]]
) -> tuple[str, Place | None] | None:
    """The most specific place in the hit's own clause (the trigger's verb's
    subtree); else, except for national decisions, the most specific in the
    sentence. Places inside a description of an actor and items of a list of places
    do not count. ``bare`` are unresolved spaCy places, used when no entity stage ran."""
    where = _where_place(hit, places)
    if where is not None:
        return where.mention.canonical, where.mention.place
    idx = {p.root.i for p in places}
    starts = {p.root.idx for p in places}
    free = [p for p in places if not _describes_other(p.root, hit.trigger, starts | idx)]
    own = [p.mention for p in free if not p.listed]
    lo, hi = _clause(hit.trigger)
    wide = hit.type in NATIONAL_TYPES or _adjunct(hit.trigger)
    for pool in (
        [p for p in own if lo <= p.start < hi],
        [] if wide else own,
    ):
        if pool:
            best = min(pool, key=lambda p: (p.place.precision if p.place else 9, p.start))
            return best.canonical, best.place
    inside = [b for b in bare if lo <= b[0] < hi] or ([] if wide else bare)
    return (inside[0][1], None) if inside else None


SCOPE_NOUNS = frozenset({"country", "nation"})
# Prepositions that make "the capital" where a happening is ("fighting in the capital"),
# not money ("capital flight") or a title ("capital punishment").
WHERE_PREPS = frozenset(
    {"in", "into", "across", "around", "near", "outside", "throughout", "through", "to", "from"}
)


def _unnamed_capital(hit: Hit) -> bool:
    """The hit's clause places it in "the capital" or "the country's capital" without
    naming it ("fighting spread to other areas in the capital")."""
    lo, hi = _clause(hit.trigger)
    for t in hit.trigger.sent:
        if not lo <= t.idx < hi or t.lemma_.lower() != "capital" or t.pos_ != "NOUN":
            continue
        if t.dep_ != "pobj" or t.head.lower_ not in WHERE_PREPS:
            continue
        if any(c.dep_ in {"appos", "compound"} or c.pos_ == "PROPN" for c in t.children):
            continue  # "the capital, Khartoum", "the capital Dhaka": the name places it
        owner = [c for c in t.children if c.dep_ == "poss"]
        if any(o.lemma_.lower() not in SCOPE_NOUNS | {"its", "their"} for o in owner):
            continue  # "Kenya's capital": another country's, or named
        if any(
            c.dep_ == "amod" and c.pos_ in {"ADJ", "PROPN"} and c.text[:1].isupper()
            for c in t.children
        ):
            continue  # "the Ethiopian capital": a demonym names whose
        return True
    return False


@functools.lru_cache(maxsize=64)
def _capital(code: str) -> Place | None:
    """The capital city of a country, from the gazetteer."""
    try:
        from sitrep.extract.gazetteer import load_gazetteer

        gaz = load_gazetteer()
    except Exception:  # noqa: BLE001 - no gazetteer data: no capital either
        return None
    found = [
        gaz.places[i]
        for i in gaz.capitals
        if gaz.places[i].country_code == code and gaz.places[i].feature == "city"
    ]
    return max(found, key=lambda p: p.population) if found else None


def _capital_place(
    hit: Hit, country: tuple[str, Place | None] | None
) -> tuple[str, Place | None] | None:
    """The document country's capital for a hit its clause places in "the capital"."""
    home = country[1] if country else None
    if home is None or not home.country_code or not _unnamed_capital(hit):
        return None
    city = _capital(home.country_code)
    return (city.name, city) if city is not None else None


def _nationwide(hit: Hit) -> bool:
    """The clause says the happening covers the whole country ("protests spread
    across the country", "nationwide strikes", "throughout the nation")."""
    lo, hi = _clause(hit.trigger)
    for t in hit.trigger.sent:
        if not lo <= t.idx < hi:
            continue
        if t.lower_ in {"nationwide", "countrywide"}:
            return True
        if (
            t.lemma_.lower() in SCOPE_NOUNS
            and t.dep_ == "pobj"
            and t.head.lower_ in {"across", "throughout", "around", "over"}
        ):
            return True
    return False


def _list_scope(
    hit: Hit, places: list[_PlaceTok], country: tuple[str, Place | None] | None
) -> tuple[str, Place | None] | None:
    """The area a nationwide clause or a list of places in the hit's sentence spans
    ("protests spread across the country", "protests in A, B and C"): the country.
    Only for happenings, not national decisions (which are national anyway)."""
    if hit.type in NATIONAL_TYPES:
        return None
    if _nationwide(hit):
        return country
    listed = [p.mention.place for p in places if p.listed and p.mention.place is not None]
    if not listed:
        return None
    codes = {p.country_code for p in listed}
    if len(codes) != 1 or None in codes:
        return None
    home = country[1] if country else None
    if home is not None and home.country_code in codes:
        return country
    try:
        from sitrep.extract.gazetteer import load_gazetteer

        ref = load_gazetteer().country(next(iter(codes)))
    except Exception:  # noqa: BLE001 - no gazetteer data: no area either
        return None
    return (ref.name, ref) if ref else None


def _owned(entities: list[EntityMention]) -> list[EntityMention]:
    """Organisations that belong to a place ("Almaty police", "the Mosul health
    directorate"), with that place: the entity stage's, or else the place the same
    document gives the organisation's leading name (the stage leaves an ambiguous
    "Almaty" in "Almaty police" unresolved, but the article's "Almaty" is the city)."""
    known: dict[str, Place] = {}
    for e in entities:
        if e.label in {"GPE", "LOC"} and e.place is not None:
            known.setdefault(e.text, e.place)
    out = []
    for e in entities:
        if e.label != "ORG":
            continue
        place = e.place
        words = e.text.split()
        for n in range(len(words) - 1, 0, -1):
            if place is not None:
                break
            place = known.get(" ".join(words[:n]))
        if place is not None:
            out.append(dataclasses.replace(e, place=place) if e.place is None else e)
    return sorted(out, key=lambda e: e.start)


def _institution_place(
    hit: Hit, doc: Doc, orgs: list[EntityMention], country: tuple[str, Place | None] | None
) -> tuple[str, Place | None] | None:
    """The place of a local institution that reports or does the happening ("Almaty
    police said protesters torched cars", "according to the Mosul health directorate"):
    it speaks about its own place. A foreign one (a "U.S. military" statement) does
    not locate what it reports."""
    verb = _governing_verb(hit.trigger)
    chain = {verb.i, *(a.i for a in verb.ancestors)}
    for org in orgs:
        if org.place is None or not _domestic((org.canonical, org.place), country):
            continue
        span = doc.char_span(org.start, org.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if root.dep_ in {"nsubj", "nsubjpass"} and root.head.i in chain:
            return org.place.name, org.place
        if (
            root.dep_ == "pobj"
            and root.head.lower_ == "to"
            and root.head.head.lower_ in {"according"}
        ):
            return org.place.name, org.place
    return None


def _domestic(where: tuple[str, Place | None], country: tuple[str, Place | None] | None) -> bool:
    """Whether a place lies in the document's country. A foreign place ("Russia sent
    troops", "said in Moscow") tells where a foreign actor is, so it is not carried
    to the paragraph's next sentences."""
    ref = where[1]
    home = country[1] if country else None
    if ref is None or home is None or not ref.country_code or not home.country_code:
        return True
    return ref.country_code == home.country_code


PAST_MODALS = frozenset({"could", "would"})


def _narrative_past(sent: Span) -> bool:
    """The sentence goes on telling the story in the simple past ("police fired",
    "cars were torched", "police said protesters torched cars"), so it keeps the time
    the narrative is at. Present, perfect, pluperfect ("had ruled since 2019"), modal
    and verbless sentences step out of the narrative."""
    root = sent.root
    if root.pos_ not in {"VERB", "AUX"} or root.lemma_ == "be":
        return False  # a copula describes ("another sign was the arrest"), it does not narrate
    auxes = [c for c in root.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.lemma_ == "have" or a.tag_ in {"VBP", "VBZ"} for a in auxes):
        return False
    if any(a.tag_ == "MD" for a in auxes):  # "could not verify", "would" of reported plans
        return all(a.lower_ in PAST_MODALS for a in auxes if a.tag_ == "MD")
    return root.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes)


def _main_clause(tok: Token) -> bool:
    """Whether a token belongs to its sentence's main story rather than to a
    description hung on a noun ("Nazarbayev, who stepped down in 2019, ...")."""
    t = tok
    for _ in range(12):
        if t.head.i == t.i:
            return True
        if t.dep_ in DESCRIPTIVE_DEPS:
            return False
        t = t.head
    return True


def _narrative_time(
    doc: Doc, in_times: list[TimeExpression], pub: dt.date | None
) -> TimeExpression | None | bool:
    """The time a sentence moves the narrative to: its first main-clause time that is
    resolved, not flagged and not after publication (a plan is not the narrative's
    time). ``False`` when that time is a long stretch ("in 2019", "over the past year"):
    the text has left the day-by-day story, so nothing after it inherits a day.
    ``False`` too for a time cue that cannot be resolved ("after three days", "minutes
    before the troops arrived"): the story moved to a time sitrep does not know.
    ``None`` when the sentence states no time of its own."""
    for t in in_times:
        tok = doc.char_span(t.start, t.end, alignment_mode="expand")
        if tok is None or not _main_clause(tok.root) or t.timex == "PRESENT_REF":
            continue  # "now" dates the present, not the story told in the past
        if not t.value or t.flag or t.anchor == "none" or not t.first:
            return False  # a new time cue sitrep cannot place ("after three days")
        try:
            first = dt.date.fromisoformat(t.first[:10])
            last = dt.date.fromisoformat((t.last or t.first)[:10])
        except ValueError:
            continue
        if pub is not None and first > pub + dt.timedelta(days=1):
            continue
        return t if (last - first).days <= MAX_EVENT_SPAN_DAYS else False
    return None


@dataclass(frozen=True, slots=True)
class _Narrative:
    """The time the text is narrating at a point of the document."""

    date: str
    precision: str | None
    para: int  # the paragraph that set it


# Words that make a speaker phrase a government's voice ("a spokesman for British Prime
# Minister Boris Johnson", "France's foreign ministry", "US State Department spokesman"):
# such a statement happens where that government sits (ACLED places it with its actor).
# A commander, an alliance chairman or a party leader is not on the list: a commander
# speaks from the field, and an alliance speaks where it acts.
_GOVERNMENT_WORDS = frozenset(
    {
        "government",
        "ministry",
        "minister",
        "department",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "embassy",
        "ambassador",
        "president",
        "premier",
        "chancellor",
        "kremlin",
        "secretary",
        "diplomat",
        "administration",
        "cabinet",
        "office",
        "presidency",
    }
)
# Words that make a speaker a body of several states or a movement: its statements are
# about where it acts, whatever its chairman's own nationality.
_BLOC_WORDS = frozenset(
    {"alliance", "bloc", "organization", "organisation", "union", "coalition", "community"}
)
_PHRASE_DEPS = frozenset({"compound", "pobj", "prep", "appos", "amod", "poss", "nmod", "case"})


def _speaker_phrase(doc: Doc, start: int, end: int) -> Span | None:
    """The whole noun phrase a speaker's name sits in ("a spokesman for British Prime
    Minister Boris Johnson" around "Boris Johnson"), relative clauses left out."""
    if not 0 <= start < end <= len(doc.text):  # a speaker span the quotes stage got backwards
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    for _ in range(6):
        if tok.dep_ not in _PHRASE_DEPS or tok.head is tok:
            break
        tok = tok.head
    cut = [c for c in tok.children if c.dep_ in {"relcl", "acl"}]
    dropped = {t.i for c in cut for t in c.subtree}
    kept = [t.i for t in tok.subtree if t.i not in dropped]
    return doc[min(kept) : max(kept) + 1]


def _speaker_country(
    phrase: Span | None,
    entities: list[EntityMention],
    country: tuple[str, Place | None] | None,
) -> tuple[str, Place | None] | None:
    """A foreign government's statement is placed in its own country.

    Why: a report about one country quotes other governments' reactions; ACLED codes a
    statement where its actor is. The speaker phrase must read as a government voice
    (a government word, no bloc word) and name a country (a demonym, a country or a
    placed organisation) other than the one the document is about."""
    if phrase is None or country is None or country[1] is None:
        return None
    lemmas = {t.lemma_.lower() for t in phrase} | {t.lower_ for t in phrase}
    if not lemmas & _GOVERNMENT_WORDS or lemmas & _BLOC_WORDS:
        return None
    s0, s1 = phrase.start_char, phrase.end_char
    codes = [
        e.place.country_code
        for e in entities
        if s0 <= e.start < s1
        and e.label in {"NORP", "GPE", "ORG"}
        and e.place is not None
        and e.place.country_code
    ]
    if not codes or len(set(codes)) > 1 or codes[0] == country[1].country_code:
        return None
    try:
        from sitrep.extract.gazetteer import load_gazetteer

        ref = load_gazetteer().country(codes[0])
    except Exception:  # noqa: BLE001 - no gazetteer data: keep the document's place
        return None
    return (ref.name, ref) if ref else None


def _quoted_speaker(hit: Hit, quotes: list[Quote]) -> tuple[str, int, int] | None:
    """The speaker the quotes stage gives a quotation that holds the trigger ("'We are
    urging restraint,' a spokesman for X said": the cue is inside the quote)."""
    i = hit.trigger.idx
    for q in quotes:
        if q.start <= i < q.end and q.speaker and q.speaker_start is not None:
            return q.speaker, q.speaker_start, q.speaker_end or q.speaker_start
    return None


def _speaker_span(hit: Hit, doc: Doc, resolver: list[object]) -> tuple[str, int, int] | None:
    """A statement's named speaker and where it is named (see :func:`_speaker`)."""
    from sitrep.extract.quotes import _Resolver

    if not resolver:
        resolver.append(_Resolver(doc))
    who = resolver[0]
    cue = hit.trigger
    if cue.pos_ in {"NOUN", "PROPN"}:
        for c in cue.children:
            if c.dep_ in {"poss", "compound"} or (c.dep_ == "prep" and c.lower_ in {"by", "from"}):
                tok = next((p for p in c.children if p.dep_ == "pobj"), c)
                found = who.name_of(tok)  # type: ignore[attr-defined]
                if found is not None and found.named:
                    return str(found.name), found.start, found.end
        cue = _governing_verb(cue)
    found = who.speaker_of_cue(cue)  # type: ignore[attr-defined]
    if found is not None and found.named:
        return str(found.name), found.start, found.end
    return None


LEADER_NOUNS = frozenset({"leader", *OFFICES})


def _described_speaker(hit: Hit) -> str | None:
    """A speaker a statement describes but does not name, as written with a lower-case
    article: an organisation ("A Russian-led military alliance announced ...", which
    resolution attributes to the one organisation the corpus describes so: "the CSTO, a
    military alliance") or a country's leader ("the Kazakh leader claimed", attributed to
    the person the corpus titles "Kazakh President")."""
    verb = _governing_verb(hit.trigger)
    root = verb.sent.root
    # the trigger's own clause, else the main clause ("Explaining his motives to call for
    # intervention, the Kazakh leader claimed ...")
    subjects = [c for v in dict.fromkeys((verb, root)) for c in v.children if c.dep_ == "nsubj"]
    for c in subjects:
        if c.pos_ != "NOUN":
            continue
        lemma = c.lemma_.lower()
        words = [t for t in c.subtree if t.i <= c.i]
        if not words or words[0].lower_ not in {"a", "an", "the"}:
            return None
        if lemma in LEADER_NOUNS:
            # only with its country: "the Kazakh leader", not "the leader"
            if not any(t.pos_ in {"PROPN", "ADJ"} and t.text[:1].isupper() for t in words[1:-1]):
                return None
        elif lemma not in ORG_DESCRIPTORS:
            return None
        phrase = c.doc.text[words[0].idx : c.idx + len(c)]
        return phrase[0].lower() + phrase[1:]
    return None


def _speaker(hit: Hit, doc: Doc, resolver: list[object]) -> str | None:
    """Who makes a statement: the subject of the reporting verb (or its controller,
    "prompted Tokayev to ask the CSTO"; a participle's main clause, "Calling them
    terrorists, he said"; a pronoun resolved to the latest named person), as the
    quotes stage attributes quotations. Who is asked or named is not the speaker."""
    said = _speaker_span(hit, doc, resolver)
    return said[0] if said is not None else None


def extract_events(doc: Doc) -> list[EventMention]:
    """Typed event mentions, one per (sentence, sitrep type).

    Where: a place a "where" clause holding the trigger hangs on; else the most
    specific place that locates the happening in its sentence (not a dateline, not
    inside an actor's description, not an item of a list of places); else the place
    of a local institution that reports it; else the place of the paragraph's
    previous event; else the country the document is about.

    When: the time expression in the trigger's clause; else, for a present-tense
    sentence, the publication date; else the time the narrative is at: the last
    date stated in the paragraph, or carried over from earlier paragraphs while
    every sentence since goes on in the simple past with no new time; else, for a
    present perfect, the publication date; else none (resolution then treats it
    as "shortly before publication")."""
    doc_id = context.doc_id(doc)
    entities = context.get(doc, "entities")
    times = context.get(doc, "times")
    quotes = context.get(doc, "quotes") or []
    pub = context.published(doc)
    full = doc.text  # spaCy rebuilds doc.text on every access: read it once
    if entities:
        names = [(e.start, e.end, e.canonical) for e in entities]
        places = [e for e in entities if e.label in {"GPE", "LOC"}]
        orgs = _owned(entities)
        bare: list[tuple[int, str, None]] = []
    else:
        ents = [e for e in doc.ents if e.label_ in {"PERSON", "ORG", "NORP", "GPE", "LOC"}]
        names = [(e.start_char, e.end_char, e.text) for e in ents]
        places, orgs = [], []
        bare = [(e.start_char, e.text, None) for e in ents if e.label_ in {"GPE", "LOC"}]
    located = sorted(
        (p for p in places if _locates(doc, full, p.start, p.end)), key=lambda p: p.start
    )
    located_starts = [p.start for p in located]
    org_starts = [o.start for o in orgs]
    times = sorted(times, key=lambda t: t.start)
    time_starts = [t.start for t in times]
    country = _document_country(located)
    starts = _paragraphs(full)
    last_para = -1
    para_place: tuple[str, Place | None] | None = None
    narrative: _Narrative | None = None
    flowing = False  # the last sentence went on with the narrative (dated or simple past)
    resolver: list[object] = []  # the quotes stage's speaker resolver, built when needed
    out: list[EventMention] = []
    sents = sentences(doc)
    matches = _doc_matches(doc, sents)
    for k, sent in enumerate(sents):
        s0, s1 = sent.start_char, sent.end_char
        if not full[s0:s1].strip():
            continue
        para = _paragraph_of(starts, s0)
        past = _narrative_past(sent)
        if para != last_para:
            last_para, para_place = para, None
            if narrative is not None and not (flowing and past):
                narrative = None
        in_times = times[bisect.bisect_left(time_starts, s0) : bisect.bisect_left(time_starts, s1)]
        own_time = _narrative_time(doc, in_times, pub)
        hits = _hits(sent, matches[k]) if k in matches else []
        first_dated: tuple[str, str | None] | None = None
        if hits:
            text = full[s0:s1].rstrip()
            s1 = s0 + len(text)
            in_places = [
                _PlaceTok(p, span.root, False)
                for p in located[
                    bisect.bisect_left(located_starts, s0) : bisect.bisect_left(located_starts, s1)
                ]
                if (span := doc.char_span(p.start, p.end, alignment_mode="expand")) is not None
            ]
            is_place = {p.root.i for p in in_places}
            in_places = [
                _PlaceTok(p.mention, p.root, _in_list(p.root, is_place)) for p in in_places
            ]
            in_orgs = orgs[bisect.bisect_left(org_starts, s0) : bisect.bisect_left(org_starts, s1)]
            gpe = [b for b in bare if s0 <= b[0] < s1]
            sentence_place: tuple[str, Place | None] | None = None
            for h in hits:
                where = _sentence_place(h, in_places, gpe)
                basis = "sentence" if where else None
                if where is None and (where := _list_scope(h, in_places, country)):
                    basis = "list"
                if where is None and (where := _capital_place(h, country)):
                    basis = "sentence"
                if where is None and h.type not in NATIONAL_TYPES and in_orgs:
                    where = _institution_place(h, doc, in_orgs, country)
                    basis = "sentence" if where else None
                if where is None and h.type not in NATIONAL_TYPES and para_place is not None:
                    where, basis = para_place, "paragraph"
                if where is None and country is not None:
                    where, basis = country, "document"
                place, place_ref = where if where else (None, None)
                if basis == "sentence" and where is not None and sentence_place is None:
                    if not any(p.listed and p.mention.place == where[1] for p in in_places):
                        sentence_place = where  # a list's item is not the paragraph's place
                date, precision, dbasis = _date_of(
                    h, in_times, None if own_time is False else narrative, para, past, pub
                )
                if dbasis == "sentence" and first_dated is None and date is not None:
                    first_dated = (date, precision)
                speaker = None
                if h.type == "statement":
                    said = _speaker_span(h, doc, resolver) or _quoted_speaker(h, quotes)
                    if said is not None:
                        speaker = said[0]
                        abroad = _speaker_country(
                            _speaker_phrase(doc, said[1], said[2]), entities or [], country
                        )
                        if abroad is not None:
                            place, place_ref = abroad
                            basis = "speaker"
                    else:
                        speaker = _described_speaker(h)
                actors = _actors(h, sent, names)
                if speaker is not None:
                    actors = (speaker, *(a for a in actors if a != speaker))
                out.append(
                    EventMention(
                        id=f"{doc_id}:E{len(out) + 1}",
                        doc=doc_id,
                        start=s0,
                        end=s1,
                        text=text,
                        type=h.type,
                        acled_event_type=h.acled_event_type,
                        acled_sub_event_type=h.acled_sub_event_type,
                        trigger=h.trigger.text,
                        actors=actors,
                        place=place,
                        place_ref=place_ref,
                        date=date,
                        date_precision=precision,
                        place_basis=basis,
                        date_basis=dbasis,
                        speaker=speaker,
                        target=h.target,
                    )
                )
            if sentence_place is not None and _domestic(sentence_place, country):
                para_place = sentence_place
        if own_time is False:
            narrative, first_dated = None, None  # a long stretch: no day to carry on
        elif own_time is not None:
            first_dated = first_dated or (own_time.value or "", own_time.precision)
        if first_dated is not None:
            narrative = _Narrative(first_dated[0], first_dated[1], para)
        flowing = first_dated is not None or (past and own_time is not False)
    return out


def _date_of(
    hit: Hit,
    in_times: list[TimeExpression],
    narrative: _Narrative | None,
    para: int,
    past: bool,
    pub: dt.date | None,
) -> tuple[str | None, str | None, str | None]:
    """(date, precision, basis) of a hit; see :func:`extract_events`."""
    when = _sentence_time(hit, in_times, pub)
    if when is not None:
        return when.value, when.precision, "sentence"
    if _adjunct(hit.trigger):
        # "following the deployment", "concerned about the clashes": a happening told
        # elsewhere, some time before; the resolver attaches it there, or leaves it out
        return None, None, REFERENCE_BASIS
    tense = _now_tense(hit.trigger)
    if tense == "present" and pub is not None:
        return pub.isoformat(), "day", "publication"
    # within its paragraph the narrative's time holds; carried from an earlier one it
    # holds only for a clause told in the past ("they have since fled" is "by now")
    if narrative is not None and (narrative.para == para or (past and tense is None)):
        return narrative.date, narrative.precision, "paragraph"
    if tense == "perfect" and pub is not None:
        return pub.isoformat(), "day", "publication"
    return None, None, None


@Language.component("sitrep_events_v1")
def events_component(doc: Doc) -> Doc:
    """Store the document's event mentions under ``"events"``."""
    context.put(doc, "events", extract_events(doc))
    return doc
