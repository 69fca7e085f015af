"""Whether a trigger reports a happening: not negated, modal, intended, asked for, habitual,
a tally of victims, a question, an accusation's content or a mere mention of a topic."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitrep.extract.event_triggers import SECURITY
from sitrep.extract.events.attributes import (
    _commentary,
    _naming,
    _owner,
    _public,
    _speaker_tokens,
    _summons,
)
from sitrep.extract.events.parse import Hit, _governing_verb
from sitrep.extract.events.targets import _doers, _objects, _site, _words_of
from sitrep.extract.events.vocabulary import (
    ACCUSING,
    AIM_NOUNS,
    ANTICIPATING,
    ARMED_OR_POLITICAL,
    ATTACK_NOUNS,
    BLOCKADERS,
    COLLECTIVE,
    COMPLEMENT_DEPS,
    CONVERSATION_PRONOUNS,
    CROWD_CONTROL,
    CROWD_FORCE,
    DECISION_HIT_TYPES,
    DECISION_REPORTS,
    DECISION_TYPES,
    DEFYING,
    DEFYING_FORMS,
    DETENTION_SITES,
    DIRECTIVE_HEADS,
    DISPERSING_VERBS,
    DURATION_NOUNS,
    EASING,
    ENSURING,
    FIGURATIVE_FIGHTS,
    FIRES,
    FIRING_VERBS,
    FORCE_VERBS,
    GEAR,
    HABITUAL_ADVERBS,
    HAZARDS,
    IN_FORCE,
    INSTRUMENT_NOUNS,
    IRREALIS_ADJECTIVES,
    IRREALIS_HEADS,
    MEDICAL_ARRESTS,
    MEDICAL_ATTACKS,
    MILITARY_TARGETS,
    MODALS,
    NOBODY,
    NP_LINKS,
    ONGOING,
    OPPOSING,
    PERCEIVING,
    POWER_NOUNS,
    PROTECTING,
    PROTEST_VERBS,
    QUOTED_THINGS,
    RIOT_UNITS,
    SEIZABLE,
    SEIZED_ARMS,
    SPEAKER_NOUNS,
    SPEECH_MEDIUM,
    SPEECH_NOUNS,
    STANDING_VERBS,
    STATE_VERBS,
    STILL,
    STRIKING_VERBS,
    STRONG_STATEMENT,
    THREAT_NOUNS,
    TIME_MARKING,
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


def _fights_fire(tok: Token) -> bool:
    """Fighting a fire ("firefighters fought the blaze"): no clash."""
    return tok.lemma_.lower() == "fight" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in FIRES for c in tok.children
    )


def _reason_for(tok: Token) -> bool:
    """A deed named as the reason for something done to its doers ("detained 27 people
    for breaking the curfew"): the arrest is the news, the deed its ground."""
    verb = _governing_verb(tok)
    return verb.dep_ == "pcomp" and verb.head.lower_ == "for"


def _armed_cargo(tok: Token) -> bool:
    """An airlift of armed men or their gear ("airlifted 500 troops to the north")."""
    return any(t.lemma_.lower() in MILITARY_TARGETS for t in tok.subtree)


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


def _crowd_control(tok: Token) -> bool:
    return any(
        c.dep_ in {"compound", "amod"} and c.lemma_.lower() in CROWD_CONTROL for c in tok.children
    )


def _describes_who(tok: Token) -> bool:
    """A protest word in a participle that says who someone is: "a platform of protesting
    students", "the student group leading the demonstrations" (what the group does is
    the sentence's news: it "shared a list", "suspended its protests")."""
    if tok.tag_ == "VBG" and tok.dep_ == "amod":
        return True
    verb = tok.head if tok.dep_ == "dobj" else None
    return verb is not None and verb.tag_ == "VBG" and verb.dep_ == "acl"


def _riot_gear(tok: Token) -> bool:
    """'riot' naming the force sent against one ("riot police", "riot gear", "a riot
    squad"), not a riot."""
    return (
        tok.lower_ == "riot"
        and tok.dep_ in {"compound", "amod", "nmod"}
        and tok.head.lemma_.lower() in RIOT_UNITS
    )


def _less_lethal(tok: Token) -> bool:
    """A shot fired with crowd-control rounds ("police fired rubber bullets at students",
    "shot protesters with rubber bullets", "fired tear gas into the crowd"): force used on
    a crowd, not a killing."""
    if tok.lemma_.lower() not in {"fire", "shoot"}:
        return False
    for c in tok.children:
        if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "with"):
            if any(t.lemma_.lower() in CROWD_FORCE for t in c.subtree):
                return True
    return False


def _attempted(tok: Token) -> bool:
    """A killing named as an attempted one ("an investigation had been opened for attempted
    murder", "charged with attempted murder"): the name of an offence, which killed no
    one; the act itself is reported as what was done (an arson, an attack)."""
    return tok.pos_ == "NOUN" and any(
        c.dep_ in {"amod", "compound"} and c.lemma_.lower() in {"attempt", "attempted"}
        for c in tok.children
    )


def _seizes_something(tok: Token) -> bool:
    """Whether what a seizing verb takes is a site, a place, arms or power: a seizure
    whose object the parse gives must take one ("seized the airport", "captured Bakhmut",
    "seized weapons", "took control of the city")."""
    done_to = _objects(tok)
    if not done_to:
        return True  # "the town was captured" with no parsed object: trust the verb
    return any(
        _site(o)
        or o.pos_ == "PROPN"
        or o.ent_type_ in {"GPE", "LOC", "FAC", "ORG"}
        or o.lemma_.lower() in SEIZED_ARMS | SEIZABLE
        for o in done_to
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


def _by_hazard(verb: Token) -> bool:
    """The verb's doer is a natural hazard, an illness or an accident ("the quake killed",
    "killed by the flood", "the disasters to have struck", "a crash that killed"), or what
    the dead were killed in is one ("12 people were killed in a stampede")."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if passive and any(
        p.lemma_.lower() in HAZARDS
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for p in c.children
        if p.dep_ == "pobj"
    ):
        return True
    return any(
        d.lemma_.lower() in HAZARDS
        or any(c.dep_ == "compound" and c.lemma_.lower() in HAZARDS for c in d.children)
        for d in _doers(verb)
    )  # "the flu bug of 1918 that killed 20,000,000": the bug is the flu


def _on_strike(tok: Token) -> bool:
    """ "Went on strike", "are on strike", "stayed on strike": a labour strike, whoever
    strikes (teachers, doctors, drivers)."""
    head = tok.head
    return (
        tok.lemma_.lower() == "strike"
        and head.lower_ == "on"
        and head.head.lemma_.lower() in {"go", "be", "remain", "stay"}
    )


def _stretch_of(tok: Token) -> bool:
    """A noun trigger measured by a stretch of time: "after eight months of fighting",
    "days of protests", "four months of fighting in Libya". It sums up a period, the
    background of the report, not one happening."""
    prep = tok.head
    if tok.pos_ != "NOUN" or prep.lower_ != "of" or prep.i == tok.i:
        return False
    span = prep.head
    return span.lemma_.lower() in DURATION_NOUNS and span.tag_ == "NNS"


def _standing(tok: Token) -> bool:
    """A measure said to be in force, not ordered: its noun the subject of "is in place",
    "remains (in force)", "is still ...", or what a time or a life passes "under" ("his
    reign under emergency rule"); "placed under a curfew" is the order itself."""
    noun = tok
    while noun.dep_ in {"compound", "amod", "pobj"} and noun.head.i != noun.i:
        if noun.dep_ == "pobj" and noun.head.lower_ != "of":
            break
        noun = noun.head if noun.dep_ != "pobj" else noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ in TIME_MARKING:
        return True  # "particularly after curfew": the hour the measure sets, as a time
    if noun.dep_ == "pobj" and noun.head.lower_ == "under":
        holder = noun.head.head
        return holder.pos_ == "NOUN" or holder.lemma_.lower() in STANDING_VERBS
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() == "have":
        return True  # "they were having curfews", "the city has a curfew"
    if noun.dep_ not in {"nsubj", "nsubjpass"} or verb.lemma_.lower() not in STANDING_VERBS:
        return False
    if verb.lemma_.lower() in {"remain", "stay"}:
        return True
    return any(c.lower_ in STILL for c in verb.children if c.dep_ == "advmod") or any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(g.lemma_.lower() in IN_FORCE for g in c.children)
        for c in verb.children
    )


def _defied_nearby(tok: Token) -> bool:
    """An order's noun just after a word of defying that is not its governing verb (the
    classifier reads "thousands defied the curfew" as a protest by that verb): "have
    defied orders for a curfew", "demos defying curfew" name the order, not a new one."""
    if _governing_verb(tok).lemma_.lower() in DEFYING:
        return False
    window = tok.doc[max(tok.sent.start, tok.i - 4) : tok.i]
    return any(t.lower_ in DEFYING_FORMS for t in window)


def _easing_awaited(tok: Token) -> bool:
    """An order named as what is yet to be lifted ("how long it would take to lift the
    state-of-emergency laws", "before the laws can be lifted"): neither a new order nor an
    easing done (an easing done, "lifted the curfew", is the classifier's)."""
    return any(
        a.lemma_.lower() in EASING
        and any(c.dep_ == "aux" and (c.lower_ == "to" or c.lower_ in MODALS) for c in a.children)
        for a in list(tok.ancestors)[:5]
    )


def _reports(kind: str, tok: Token) -> bool:
    """Whether a trigger reports a happening rather than mentioning a topic:
    a protest noun must be what a happening verb is about ("protests erupted",
    "joined the protest"); a weak reporting verb ("say") is a statement only
    when an institution or a named source says it."""
    lemma = tok.lemma_.lower()
    if _stretch_of(tok):
        return False
    if kind == "injure" and tok.pos_ == "NOUN" and tok.dep_ == "attr" and tok.head.lemma_ == "be":
        return False  # "the first days were torture for her", "it was an assault on reason"
    if kind == "emergency" and _defied_nearby(tok):
        return False  # "defied orders for a curfew": the crowd's defiance is the news
    if kind == "emergency" and _easing_awaited(tok):
        return False  # "to lift the 30-year-old state-of-emergency laws": no new order
    if kind == "emergency" and _standing(tok):
        return False  # "the emergency law is still in place": a standing state
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
    if kind == "clash" and tok.dep_ in {"compound", "amod"} and tok.head.lemma_.lower() in GEAR:
        return False  # "gunmen in combat fatigues", "riot gear": what they wore, no fight
    if kind == "protest" and lemma in {"block", "blockade", "barricade"}:
        # a road blocked by those who protest ("truck drivers blocked the highway"), not
        # by the forces that close it, a crowd guarding its street or a landslide
        doers = _words_of(_doers(tok))
        if not doers & BLOCKADERS or doers & (set(SECURITY) | ARMED_OR_POLITICAL):
            return False
    if kind in {"riot", "loot", "arson"} and tok.tag_ == "VBN" and tok.dep_ == "amod":
        return False  # "their damaged homes": a state described, no one's act
    if kind == "arrest" and any(
        c.dep_ in {"amod", "compound"} and c.lower_ in MEDICAL_ARRESTS for c in tok.children
    ):
        return False  # "suffered a cardiac arrest"
    if lemma == "attack" and any(
        c.dep_ in {"amod", "compound"} and c.lower_ in MEDICAL_ATTACKS for c in tok.children
    ):
        return False  # "collapsed with a suspected heart attack"
    if kind == "deployment" and lemma == "airlift" and not _armed_cargo(tok):
        return False  # "the MP was airlifted to hospital": a patient flown, no force
    if tok.dep_ == "csubj" and tok.tag_ == "VBG":
        return False  # "killing an innocent policeman is not Islamic": an act talked of
    if lemma == "storm" and tok.pos_ == "NOUN" and any(c.dep_ == "det" for c in tok.children):
        # "the storm damaged buildings": the weather ("the storming of" acts; a headline's
        # "students storm jail", tagged a noun, keeps its verb's sense)
        return False
    if tok.pos_ == "VERB" and _by_hazard(tok):
        # "the quake which killed 200,000", "disasters to have struck", "the floods
        # destroyed 1.6 million homes": no one's act
        return False
    if kind == "killing" and tok.pos_ == "VERB" and lemma == "kill":
        # "the Lakers killed the Celtics 110-89": a team or an organisation is beaten
        done_to = [c for c in tok.children if c.dep_ == "dobj"]
        if done_to and all(c.ent_type_ in {"ORG", "NORP"} and c.pos_ == "PROPN" for c in done_to):
            return False
    if kind == "overtake" and not _seizes_something(tok):
        return False  # "other injured people occupied all the available beds"
    if (
        kind == "arrest"
        and tok.i + 1 < len(tok.doc)
        and tok.nbor().lower_ in {"warrant", "warrants"}
    ):
        return False  # "issued an arrest warrant for the candidate": no one is held yet
    if kind == "arrest" and lemma in DETENTION_SITES and tok.pos_ == "NOUN":
        return False  # "students stormed the jail": a site, not an arrest
    if kind == "crowd_control":
        # "police used tear gas", "water cannons were fired"; not "armed with tear gas"
        return any(a.lemma_.lower() in FORCE_VERBS for a in list(tok.ancestors)[:4])
    if kind == "withdrawal" and tok.dep_ in {"amod", "compound"}:
        return False  # "chasing the retreating officers": who they were, not a withdrawal
    if kind == "withdrawal" and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in QUOTED_THINGS for c in tok.children
    ):
        return False  # "the price retreated 81 cents": a market moved, no force withdrew
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
    if kind == "protest" and _describes_who(tok):
        return False
    if kind == "protest" and lemma in {"protester", "protestor", "demonstrator"}:
        # protesters doing something ("demonstrators seized the airport")
        if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.pos_ == "VERB":
            # not a state ("protesters remain"), nor going away ("protesters and the
            # police are leaving Freedom Square": the gathering ends)
            return tok.head.lemma_.lower() not in STATE_VERBS | DISPERSING_VERBS
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
    if kind == "statement" and (
        _naming(tok) or _summons(tok) or _commentary(tok) or _public(tok) is False
    ):
        return False
    if kind == "statement" and lemma in SPEECH_NOUNS:
        return _gives_speech(tok)
    if kind == "statement" and tok.pos_ == "VERB" and _no_party_speaks(tok):
        return False
    if (
        kind == "statement"
        and tok.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lemma_ == "be" for c in tok.children)
    ):
        return False  # "they're calling for freedom", "what Mubarak is saying": ongoing talk
    if kind == "statement" and lemma not in STRONG_STATEMENT:
        subj = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
        return any(
            s.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
            or s.pos_ == "PROPN"  # a name the tagger mislabels ("Volker Perthes told")
            or s.lemma_.lower() in SPEAKER_NOUNS
            for s in subj
        ) or (bool(subj) and _public(tok) is True)  # "said the UN's envoy to Sudan"
    return True


def _gives_speech(tok: Token) -> bool:
    """A speech or an address given by a named speaker: its possessor ("Hosni Mubarak's
    speech Thursday"; one speech, not "his speeches") or, for the medium of a verb, the
    verb's subject ("In a speech to the nation, Mubarak indicated ..."); not one spoken
    of with no speaker ("freedom of speech", "that speech"), a place's ("the Cairo
    speech"), a thing's ("an email address"), nor one whose speaker is only a title ("the
    president's speech": which president, in a pile about two countries, the title cannot
    tell)."""
    if tok.tag_ == "NNS":
        return False  # "most of Mubarak's speeches": his habit, not one speech
    # its giver, not its day ("Thursday's speech by Hosni Mubarak")
    own = [c for c in tok.children if _owner(c)]
    by = [p for c in tok.children if c.lower_ == "by" for p in c.children if p.dep_ == "pobj"]
    if own or by:
        speakers = own[:1] or by
    elif tok.dep_ == "pobj" and tok.head.lower_ in SPEECH_MEDIUM:
        speakers = _speaker_tokens(tok)
    else:
        return False
    # a name the tagger gives no other kind ("the State of the Union address" is an event)
    return any(
        s.ent_type_ in {"PERSON", "ORG", "NORP"} or (s.pos_ == "PROPN" and not s.ent_type_)
        for s in speakers
    )


def _question(span: Span) -> bool:
    """A question reports nothing ("Did police open fire?", "Do you think ...?"), even
    when it ends inside quotation marks."""
    words = [t for t in span if not (t.is_space or t.is_quote or t.text in {")", "»"})]
    return bool(words) and words[-1].text == "?"


def _accused_of(tok: Token) -> bool:
    """A trigger inside what an accusation charges ("the RSF accused the army of
    attacking its bases", "blamed the rebels for the shelling"): the accusation is the
    news, the deed is its content, not a happening the report confirms."""
    for a in list(tok.ancestors)[:4]:
        if a.dep_ == "prep" and a.lower_ in {"of", "for"} and a.head.lemma_.lower() in ACCUSING:
            return True
    return False


def _no_party_speaks(cue: Token) -> bool:
    """A reporting verb with nobody or only the conversation's own voices as its speaker:
    a fragment ("Coming up: ... ask where it might all end"), or "I", "we", "you" talking
    in a transcript or a quotation ("I'm asking privately", "we call on ..." inside a
    quote, whose outside "..., the minister said" is the statement)."""
    speakers = _speaker_tokens(cue)
    if not speakers:
        return True
    return all(s.lower_ in CONVERSATION_PRONOUNS for s in speakers)
