"""Whether a trigger word reports a happening at all: not the gear police carry, a fire
fought, a strike's stretch, a speech given or a mere mention of a topic (:func:`_reports`);
whether the sentence asserts it (negation, modality, questions) is :mod:`.mood`'s."""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.event_triggers import SECURITY
from sitrep.extract.events.attributes import (
    _anonymity,
    _commentary,
    _naming,
    _public,
    _quote_attribution,
    _summons,
)
from sitrep.extract.events.developments import GUARDS as DEVELOPMENT_GUARDS
from sitrep.extract.events.guard_words import (
    ARMED_OR_POLITICAL,
    ATTACK_NOUNS,
    BLOCKADERS,
    COLLAPSING,
    COLLECTIVE,
    CONTEST_VERBS,
    COUNTING,
    CROWD_CONTROL,
    DEFYING_FORMS,
    DETENTION_PLACE_HEADS,
    DETENTION_SITES,
    DISPERSING_VERBS,
    DRAWING,
    DURATION_NOUNS,
    FIGURATIVE_FIGHTS,
    FIRES,
    FIRING_VERBS,
    FORCE_VERBS,
    GEAR,
    IN_FORCE,
    INSTRUMENT_NOUNS,
    INTRANSITIVE_WITHDRAWALS,
    MEDICAL_ARRESTS,
    MEDICAL_ATTACKS,
    ONGOING,
    PASSING,
    PROTEST_VERBS,
    QUOTED_THINGS,
    REPORT_COUNTS,
    RIOT_UNITS,
    SCORE,
    SEIZABLE,
    STANDING_VERBS,
    STATE_VERBS,
    STILL,
    STRIKING_VERBS,
    STRONG_STATEMENT,
    SUFFERING,
    TIME_MARKING,
    UNREST_HOLDERS,
)
from sitrep.extract.events.mood import _reported_decision
from sitrep.extract.events.parse import _governing_verb
from sitrep.extract.events.sayings import (
    _SUBJECTS,
    _counts_public,
    _gives_speech,
    _headline_verb,
    _no_party_speaks,
    _person_goes,
    _speaking_subject,
)
from sitrep.extract.events.targets import _doers, _objects, _site, _words_of
from sitrep.extract.events.vocabulary import (
    CROWD_FORCE,
    DEFYING,
    EASING,
    HAZARDS,
    MILITARY_TARGETS,
    MODALS,
    PLACE_NOUNS,
    SEIZED_ARMS,
    SPEECH_NOUNS,
)


def _exploded_in_anger(tok: Token) -> bool:
    """A place or a people that "exploded" ("why France's suburbs exploded", "the city
    exploded in anger"): unrest told as a figure of speech, no blast."""
    if tok.lemma_.lower() != "explode":
        return False
    doers = [c for c in tok.children if c.dep_ == "nsubj"]
    return any(
        d.lemma_.lower() in PLACE_NOUNS | UNREST_HOLDERS or d.ent_type_ in {"GPE", "LOC", "NORP"}
        for d in doers
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


def _a_place_fell(tok: Token) -> bool:
    """Whether what "fell to" someone is a place or a site ("Goma has fallen to the M23",
    "the city fell to the rebels", "the base fell"), not a number or a price."""
    return any(
        s.ent_type_ in {"GPE", "LOC", "FAC"} or _site(s) or s.lemma_.lower() in PLACE_NOUNS
        for s in tok.children
        if s.dep_ in {"nsubj", "nsubjpass"}
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
    if passive and not any(c.dep_ == "agent" for c in verb.children):
        # the agent hung on a verb the killing shares it with ("200,000 people were killed
        # and two million made homeless by the quake")
        by = [p for t in verb.subtree if t.dep_ == "agent" for p in t.children]
        if any(p.dep_ == "pobj" and p.lemma_.lower() in HAZARDS for p in by):
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
        and any(
            c.dep_ == "aux"
            and (c.lower_ == "to" or c.lower_ in MODALS)
            # "the military announced that the curfew would be lifted Saturday": an easing
            # decided, told as the announcement's content (evother)
            and not _reported_decision(a, c, "emergency")
            for c in a.children
        )
        for a in list(tok.ancestors)[:5]
    )


def _reports(kind: str, tok: Token) -> bool:
    """Whether a trigger reports a happening rather than mentioning a topic:
    a protest noun must be what a happening verb is about ("protests erupted",
    "joined the protest"); a weak reporting verb ("say") is a statement only
    when an institution or a named source says it."""
    lemma = tok.lemma_.lower()
    if kind == "mourning":
        return DEVELOPMENT_GUARDS[kind](tok)  # "three days of mourning": a period declared
    if _stretch_of(tok):
        return False
    if kind in DEVELOPMENT_GUARDS and not DEVELOPMENT_GUARDS[kind](tok):
        return False  # a development told (a court's step, an inquiry opened, a closure)
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
        # "their damaged homes": a state described, no one's act; not a verb the parser
        # read as one after "and" ("rioters burned cars and looted shops")
        if not (tok.i > 0 and tok.nbor(-1).lower_ == "and" and tok.head.dep_ == "conj"):
            return False
    if kind == "arrest" and any(
        c.dep_ in {"amod", "compound"} and c.lower_ in MEDICAL_ARRESTS for c in tok.children
    ):
        return False  # "suffered a cardiac arrest"
    if lemma == "attack" and any(
        c.dep_ in {"amod", "compound"} and c.lower_ in MEDICAL_ATTACKS for c in tok.children
    ):
        return False  # "collapsed with a suspected heart attack"
    if lemma in CONTEST_VERBS and SCORE.search(tok.sent.text):
        return False  # "the Blue Devils beat the Tar Heels, 79-73": a game's result
    if (
        tok.tag_ == "NNS"
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and tok.head.head.lemma_.lower() in REPORT_COUNTS
    ):
        return False  # "received 43 complaints of attacks against journalists": a tally
    if kind == "collapse":
        # "dozens of buildings have collapsed": a building falls; not "talks collapsed"
        return any(
            t.lemma_.lower() in COLLAPSING
            for c in tok.children
            if c.dep_ == "nsubj"
            for t in c.subtree  # "dozens of buildings", "parts of the walls"
        )
    if kind == "deployment" and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ in PASSING:
        return False  # "protesters pushed past troops": a crowd going by, no force sent
    if kind == "deployment" and lemma == "airlift" and not _armed_cargo(tok):
        return False  # "the MP was airlifted to hospital": a patient flown, no force
    if tok.dep_ == "csubj" and tok.tag_ == "VBG":
        return False  # "killing an innocent policeman is not Islamic": an act talked of
    if (
        kind == "riot"
        and lemma == "storm"
        and tok.pos_ in {"NOUN", "PROPN"}
        and not _headline_verb(tok)
    ):
        # "the storm damaged buildings", "Storm Daniel made landfall", "Tropical Storm Ana":
        # the weather ("the storming of" acts; a headline's "Students Storm Jail", tagged
        # a noun, keeps its verb's sense)
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
    if kind == "overtake" and lemma == "fall" and not _a_place_fell(tok):
        return False  # "prices fell to a record low", "the toll fell to 30"
    if kind == "overtake" and lemma != "fall" and not _seizes_something(tok):
        return False  # "other injured people occupied all the available beds"
    if (
        kind == "arrest"
        and tok.i + 1 < len(tok.doc)
        and tok.nbor().lower_ in {"warrant", "warrants"}
    ):
        return False  # "issued an arrest warrant for the candidate": no one is held yet
    if kind == "arrest" and lemma in DETENTION_SITES and tok.pos_ == "NOUN":
        return False  # "students stormed the jail": a site, not an arrest
    if (
        kind == "arrest"
        and tok.dep_ in {"compound", "amod"}
        and tok.head.lemma_.lower() in DETENTION_PLACE_HEADS
    ):
        return False  # "gathered near the detention centre": a building, not an arrest
    if kind == "crowd_control":
        # "police used tear gas", "water cannons were fired"; not "armed with tear gas"
        return any(a.lemma_.lower() in FORCE_VERBS for a in list(tok.ancestors)[:4])
    if kind == "withdrawal" and tok.dep_ in {"amod", "compound"}:
        return False  # "chasing the retreating officers": who they were, not a withdrawal
    if (
        kind == "withdrawal"
        and lemma in INTRANSITIVE_WITHDRAWALS
        and tok.tag_ == "VBG"
        and any(c.dep_ == "dobj" for c in tok.children)
    ):
        # "the collusion of retreating local security forces": a verb that takes no
        # object read with one is the participle describing them, not a withdrawal
        return False
    if kind == "withdrawal" and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in QUOTED_THINGS for c in tok.children
    ):
        return False  # "the price retreated 81 cents": a market moved, no force withdrew
    if lemma == "damage" and tok.pos_ == "NOUN" and _suffered(tok):
        return False  # "the damage the building sustained in the blast": harm, no riot
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
        return t.lemma_.lower() in PROTEST_VERBS | DRAWING or any(
            c.lemma_.lower() in PROTEST_VERBS and c.dep_ in {"acl", "relcl"} for c in tok.children
        )
    if kind == "statement" and (
        _naming(tok)
        or _summons(tok)
        or _commentary(tok)
        or _quote_attribution(tok)
        or _anonymity(tok)
        or _public(tok) is False
    ):
        return False
    if kind == "statement" and lemma in SPEECH_NOUNS:
        return _gives_speech(tok)
    if kind == "statement" and lemma in COUNTING:
        return _counts_public(tok)
    if kind == "flight":
        return _person_goes(tok)
    if kind == "agreement" and lemma == "accord" and any(c.lower_ == "own" for c in tok.children):
        return False  # "left the town of their own accord": of their will, no accord signed
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
        return _speaking_subject(tok, _SUBJECTS) or (
            bool(subj) and _public(tok) is True  # "said the UN's envoy to Sudan"
        )
    return True


SUFFERED_WINDOW = 5  # "the damage [the historical building] sustained": its clause is near


def _suffered(tok: Token) -> bool:
    """A noun of harm told as suffered ("the damage the building sustained", "suffered
    heavy damage"): its verb (the head, or a clause on it a few words on, however the
    parser hangs it) is one of suffering."""
    verbs = [tok.head] + [t for t in tok.subtree if 0 < t.i - tok.i <= SUFFERED_WINDOW]
    return any(v.lemma_.lower() in SUFFERING and v.pos_ == "VERB" for v in verbs)
