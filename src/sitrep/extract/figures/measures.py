"""What a number counts and the measure its clause gives it.

:func:`_measure` tries the cues in order: a person's age (:mod:`.ages`), a rally's strength,
a vote, a register outside the tallies (:mod:`.registers`), the counted noun, what befell
the people counted told by a noun or the care they get (:mod:`.states`), the number's own
words (:mod:`.participles`), the verb that governs it, a toll it is the value of
(:mod:`.tolls`), and last what a crowd or a force is counted by (:mod:`.crowds`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitrep.extract.figure_words import (
    ACTOR_GROUPS,
    ADMIT_VERBS,
    AGENT_VERBS,
    BURN_VERBS,
    BUSINESS_NOUNS,
    CARE_NOUNS,
    CARE_SETTINGS,
    CARE_VISIT_NOUNS,
    CROSSING_VERBS,
    CROWD_VERBS,
    DAMAGE_VERBS,
    DEPLOY_VERBS,
    DETENTION_PHRASALS,
    DISPLACED_NOUNS,
    DISPLACING_VERBS,
    EVENT_LEMMAS,
    FREED_PHRASALS,
    HARM_DONE_TO,
    HARM_NOUNS,
    HEALTH_WORDS,
    HEARSAY_VERBS,
    LIFE_TAKING_VERBS,
    MARK_NOUNS,
    NEEDING_VERBS,
    OTHER_NOUNS,
    PARTITIVE_DETERMINERS,
    PASSIVE_STATES,
    PEOPLE_OTHER,
    PEOPLE_OTHER_AGENTIVE,
    PROTEST_LEMMAS,
    PROTESTER_NOUNS,
    QUALIFIER_NOUNS,
    RELIEF_NOUNS,
    RESULT_VERBS,
    SITE_NAMING_NOUNS,
    STATE_COMPLEMENTS,
    STATE_VERBS,
    TOLL_NOUNS,
    TREATMENT_NOUNS,
    TROOP_NOUNS,
    UNDER_STATES,
    UNDERGO_VERBS,
    VEHICLE_NOUNS,
)
from sitrep.extract.figures.ages import _is_age
from sitrep.extract.figures.crowds import (
    _crowd_estimate,
    _crowd_of,
    _crowd_sized,
    _demanding_crowd,
    _force_unit,
    _partitive,
    _policing,
    _protest_turnout,
    _size_holder,
    _strong_holder,
    _takes_part,
)
from sitrep.extract.figures.participles import _and_more_befell, _own_participle, _own_state
from sitrep.extract.figures.registers import _docket_register, _other_register
from sitrep.extract.figures.states import (
    cared_for,
    from_home,
    medical_care,
    nominal_state,
    state_noun,
    status_undone,
)
from sitrep.extract.figures.syntax import (
    _crisis_sentence,
    _event_of,
    _headline_passive,
    _is_passive,
    _is_person,
    _lemma,
    _of_object,
    _own_modifiers,
    _path_up,
)
from sitrep.extract.figures.tolls import _crowd_count, _toll_event, _toll_state
from sitrep.extract.figures.votes import vote_count
from sitrep.extract.numbers import SCALES, VAGUE


def _counted(span: Span, anchor: Token) -> Token | None:
    """The noun the number counts: "120 *cars*", "dozens of *attackers*", "100 *percent*"."""
    for t in span:  # "dozens of attackers": the of-object of the phrase's last word
        obj = _of_object(t)
        if obj is not None and not (span.start <= obj.i < span.end):
            if obj.lower_ in VAGUE or obj.lemma_ in SCALES:
                return _of_object(obj) or obj
            return obj
    head = anchor.head
    if _lemma(head) in MARK_NOUNS:
        return None  # "passed the 2,500 mark": the value of a toll, no thing counted
    if (
        anchor.dep_ in {"nummod", "quantmod", "amod", "nmod", "compound", "det", "npadvmod"}
        and head.pos_ in {"NOUN", "PROPN"}
        and head.i >= anchor.i
        and not (span.start <= head.i < span.end)
    ):
        for _ in range(2):  # "42 ministry employees": the number counts the phrase's head
            up = head.head
            if not (
                head.dep_ in {"compound", "nmod"}
                and up.pos_ == "NOUN"
                and up.i > head.i
                and _is_person(up)
                and not _is_person(head)
            ):
                break
            head = up
        return head
    if anchor.lower_ in QUALIFIER_NOUNS:
        return None  # "a minimum of 600 have been killed": the qualifier, nothing counted
    if (
        anchor.pos_ in {"NOUN", "PROPN"}
        and anchor.lower_ not in VAGUE
        and anchor.lemma_ not in SCALES
        and anchor.lemma_ != "dozen"
        and not anchor.like_num
    ):
        return anchor  # "$" or "percent" heading the phrase
    return None


def _measure(span: Span, anchor: Token, counted: Token | None) -> tuple[str | None, str]:
    """The measure of a (non-money) figure and why (the cue's source)."""
    base = counted or anchor
    if _is_age(anchor):
        return None, "age"  # "who has died aged 69"
    strong = _strong_holder(anchor)
    if strong is not None and (
        _lemma(strong) in PROTESTER_NOUNS or _lemma(strong) in PROTEST_LEMMAS
    ):
        return "protesters", "size"  # "the 200,000-strong rally", whatever verb governs it
    side = vote_count(span, anchor, counted)
    if side is not None:
        return "other", f"group:{side}"  # "approved the bill by 195 votes to 106"
    other = _other_register(base, counted) or _docket_register(counted)
    if other is not None:
        return "other", f"group:{other}"
    harm = _harm_to(span, counted)
    if harm is not None:
        return harm, "noun"  # "the deaths of four people and injuries to 15 others"
    if counted is not None and _lemma(counted) in EVENT_LEMMAS.keys() - {"life", "body"}:
        undone = status_undone(span, counted) if _is_person(counted) else None
        if undone is not None:
            return "other", undone  # "the release of 45 detainees": the released
        return EVENT_LEMMAS[_lemma(counted)], "noun"  # "25 fatalities and 300 injured"
    if (
        counted is not None
        and _lemma(counted) in CARE_VISIT_NOUNS
        and any(_lemma(t) in HEALTH_WORDS for t in span.sent)
    ):
        return "treated", "noun"  # "mobile clinics have provided 1,260 consultations"
    nominal = base.head.head if base.dep_ == "pobj" and base.head.lower_ == "of" else None
    if (
        nominal is not None
        and nominal.pos_ == "NOUN"
        and _lemma(nominal) in EVENT_LEMMAS.keys() - {"life"}  # "touch the lives of millions"
        and (counted is None or _is_person(counted))
    ):
        return EVENT_LEMMAS[_lemma(nominal)], "noun"  # "after the injury of 42 officers"
    if (
        nominal is not None
        and _lemma(nominal) == "life"
        and nominal.dep_ == "dobj"
        and _lemma(nominal.head) in LIFE_TAKING_VERBS
        and (counted is None or _is_person(counted))
    ):
        return "killed", "noun"  # "violence has taken the lives of at least seven people"
    state = (
        nominal_state(state_noun(span, base)) if counted is None or _is_person(counted) else None
    )
    if state is not None:
        return "other", state  # "the evacuation of 136,000 people"
    carer = base.head.head if base.dep_ == "pobj" and base.head.lower_ == "to" else None
    if (
        carer is not None
        and (
            (carer.pos_ == "NOUN" and medical_care(carer))
            or (
                carer.pos_ == "VERB"
                and any(c.dep_ == "dobj" and medical_care(c) for c in carer.children)
            )
        )
        and (counted is None or _is_person(counted))
    ):
        return "treated", "noun"  # "he had provided first aid to at least eight protesters"
    own = _own_participle(base)
    if own is not None:
        return own, "verb"
    state = _own_state(base) if counted is None or _is_person(counted) else None
    if state is not None:
        return "other", state  # "with more than 5,000 missing"
    # 1. the governing predicate ("12 officers died", "1,500 victims were treated")
    pred = None
    nouns_on_path = []
    for t in _path_up(base):
        if t.pos_ in {"VERB", "AUX"} and t is not base:
            pred = t
            break
        if t is not base and t.pos_ in {"NOUN", "PROPN"}:
            nouns_on_path.append(t)
    if pred is not None and pred.dep_ in {"aux", "auxpass"} and pred.head.pos_ == "VERB":
        pred = pred.head  # a misparsed auxiliary: "one officer remains hospitalized"
    pred = _past_reduced_relative(base, pred)
    if pred is not None and _lemma(pred) in HEARSAY_VERBS:
        # "the several thousand people reported to have been detained": what was reported
        told = next((c for c in pred.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        pred = told or pred
    if pred is not None:
        lem = _lemma(pred)
        subj_of_active = (
            any(t.dep_ in {"nsubj"} for t in _path_up(base) if t is not pred and t.head == pred)
            and not _is_passive(pred)
            and not _headline_passive(pred)
        )
        if lem in EVENT_LEMMAS and not (subj_of_active and lem in AGENT_VERBS):
            if counted is None or _is_person(counted) or _lemma(counted) in EVENT_LEMMAS:
                return EVENT_LEMMAS[lem], "verb"
        if lem in ACTOR_GROUPS and subj_of_active and (counted is None or _is_person(counted)):
            return "other", f"group:{ACTOR_GROUPS[lem]}"  # "scores of people looted shops"
        if lem in PEOPLE_OTHER and (counted is None or _is_person(counted)):
            if not (subj_of_active and lem in PEOPLE_OTHER_AGENTIVE):
                return "other", PEOPLE_OTHER[lem]  # "2.5 million people have fled"
        if (
            lem in {"claim", "lose", "take", "cost"}
            and counted is not None
            and _lemma(counted) == "life"
        ):
            return "killed", "verb"
        undergone = _undergone(pred) if subj_of_active else None
        if undergone is not None and (counted is None or _is_person(counted)):
            return undergone, "verb"  # "Eleven peacekeepers sustained injuries"
        cared = cared_for(base, pred) if counted is None or _is_person(counted) else None
        if cared is not None:
            return cared  # "144 people continue to receive treatment", "cleared for release"
        if (
            lem in PASSIVE_STATES
            and _is_passive(pred)
            and not subj_of_active
            and (counted is None or _is_person(counted))
        ):
            return "other", f"group:{PASSIVE_STATES[lem]}"  # "1.5 million people now trapped"
        if (
            lem == "lose"
            and (counted is None or _is_person(counted))
            and any(c.dep_ == "dobj" and _lemma(c) == "life" for c in pred.children)
        ):
            return "killed", "verb"  # "1,187 people had lost their lives"
        if (
            lem in RESULT_VERBS
            and _left_needing_care(pred)
            and (counted is None or _is_person(counted))
        ):
            return "injured", "verb"  # "left another 116 needing treatment": hurt, not dead
        if counted is None or _is_person(counted):
            for c in pred.children:
                # "were shot dead", "found dead", "beaten to death", "taken into custody",
                # "were among the dead"
                complement = {"acomp", "oprd", "xcomp", "advmod"}
                if lem in RESULT_VERBS:
                    complement = complement | {"advcl", "ccomp"}  # "left 21 officers injured"
                cue = (
                    c
                    if c.dep_ in complement
                    else (
                        next((g for g in c.children if g.dep_ == "pobj"), None)
                        if c.dep_ == "prep" and c.lower_ in {"to", "into", "among"}
                        else None
                    )
                )
                if c.dep_ == "prep" and c.lower_ == "under" and lem in STATE_VERBS:
                    pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if pobj is not None and _lemma(pobj) in UNDER_STATES:
                        return UNDER_STATES[_lemma(pobj)], "verb"  # "27 were under treatment"
                if c.dep_ == "prep" and c.lower_ in {"to", "into"} and lem in ADMIT_VERBS:
                    pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if pobj is not None and _lemma(pobj) in CARE_SETTINGS:
                        return "injured", "verb"  # "55 people were admitted to hospital"
                if c.dep_ == "prep" and c.lower_ == "in" and lem in STATE_VERBS:
                    pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if pobj is not None and _lemma(pobj) in CARE_SETTINGS:
                        return "treated", "verb"  # "two officers remain in intensive care"
                if (
                    cue is not None
                    and c.dep_ in {"acomp", "oprd", "xcomp"}
                    and _lemma(cue) in STATE_COMPLEMENTS
                ):
                    return "other", PEOPLE_OTHER[_lemma(cue)]  # "15 were still missing"
                if (
                    cue is not None
                    and _lemma(cue) in EVENT_LEMMAS
                    and (
                        c.dep_ in {"prep", "acomp"}  # "one officer remains hospitalised"
                        or EVENT_LEMMAS[_lemma(cue)] == "killed"
                        or lem in RESULT_VERBS
                    )
                ):
                    return EVENT_LEMMAS[_lemma(cue)], "verb"
                if c.dep_ in {"prt", "advmod"} and f"{lem} {c.lower_}" in DETENTION_PHRASALS:
                    return "detained", "verb"  # "rounded up", "taken away"
                if (
                    c.dep_ in {"acomp", "oprd", "advmod", "xcomp", "ccomp"}
                    and f"{lem} {c.lower_}" in FREED_PHRASALS
                ):
                    return "other", PEOPLE_OTHER["release"]  # "some 4,700 inmates walked free"
                if lem in DISPLACING_VERBS and from_home(c):
                    return "other", PEOPLE_OTHER["displace"]  # "forced 1.5 million from homes"
    # 2. the counted noun's and the number's own modifiers ("17 dead policemen", "26 dead")
    for t in (counted, anchor):
        if t is None:
            continue
        ev = _event_of(_own_modifiers(t))
        if ev and (counted is None or _is_person(counted)):
            return ev, "modifier"
    # "26 dead and 18 injured": a participle right after a bare number, however it is attached
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if (
        counted is None
        and nxt is not None
        and nxt.pos_ in {"ADJ", "VERB"}
        and _lemma(nxt) in EVENT_LEMMAS
    ):
        if _and_more_befell(nxt):
            return "other", "group:affected"  # "three million injured and made homeless"
        return EVENT_LEMMAS[_lemma(nxt)], "modifier"
    # 3. nouns on the path ("the bodies of 20 protesters") and the counted noun itself
    for t in [*([counted] if counted is not None else []), *nouns_on_path]:
        if counted is not None and t is not counted and not _is_person(counted):
            break
        lem = _lemma(t)
        if lem in EVENT_LEMMAS and lem != "life":
            return EVENT_LEMMAS[lem], "noun"
    # 4. a toll frame: "put the death toll at 26", "the number of dead ... at 103"
    if counted is None or _lemma(counted) in {"people", "person"}:
        frame = _toll_event(anchor, pred)
        if frame:
            return frame[0], "toll"
        state = _toll_state(anchor, pred)
        if state is not None:
            return "other", state  # "the number of people missing had reached 10,000"
        if _crowd_count(anchor, pred):
            return "protesters", "toll"  # "put the number of protesters at 240,000"
    # 5. crowd sizes, troops, vehicles, businesses, other crisis things
    lemmas_near = set()
    if pred is not None:
        lemmas_near.add(_lemma(pred))
    if pred is not None and _takes_part(pred):
        lemmas_near.add("participate")  # "100,000 people took part"
    if counted is not None:
        lemmas_near.update(_own_modifiers(counted))
        for c in counted.children:
            if c.dep_ in {"acl", "relcl"}:
                lemmas_near.add(_lemma(c))
        # a conjunct's verb: "buildings, stations and numerous businesses stormed by …"
        for c in counted.conjuncts:
            if c.head.pos_ == "VERB":
                lemmas_near.add(_lemma(c.head))
    if counted is None and anchor.dep_ == "pobj" and anchor.head.lower_ == "of":
        holder = anchor.head.head  # "a crowd of around 3,000", "a death toll of 50"
        lem = _lemma(holder)
        if lem in PROTESTER_NOUNS:
            return "protesters", "size"
        if lem in TROOP_NOUNS or lem in {"force", "contingent", "deployment"}:
            return "troops", "size"
        ev = _event_of([*_own_modifiers(holder), lem])
        if ev and lem in TOLL_NOUNS | {"toll"}:
            return ev, "noun"
    if counted is None and _crowd_estimate(anchor):
        return "protesters", "size"  # "organisers put the crowd at 15,000"
    if (
        counted is None
        and pred is not None
        and (_lemma(pred) in CROWD_VERBS or _takes_part(pred))
        and anchor.dep_ == "nsubj"
        and anchor.head == pred
        and not _is_passive(pred)
    ):
        return "protesters", "crowd"  # "thousands have been protesting for a week"
    if counted is None:
        holder = _size_holder(anchor, pred)
        if holder is not None and (
            _lemma(holder) in PROTESTER_NOUNS or _lemma(holder) in PROTEST_LEMMAS
        ):
            return "protesters", "size"
        if holder is not None and _lemma(holder) in TROOP_NOUNS:
            return "troops", "size"
        return None, ""
    lem = _lemma(counted)
    if lem in PROTESTER_NOUNS or counted.lower_ in PROTESTER_NOUNS:
        if _partitive(counted) and not _crowd_sized(span):
            return None, ""  # "several of the protesters said": a few of a crowd, not its size
        return "protesters", "noun"
    if lem in TROOP_NOUNS or counted.lower_ in TROOP_NOUNS or _force_unit(counted):
        # before the crowd's verbs: "joined by around 140 other British troops", "5,000
        # soldiers marched into the city" count soldiers, no crowd of protesters
        return "troops", "noun"
    if lemmas_near & DEPLOY_VERBS and _policing(counted):
        return "troops", "noun"  # "45,000 police officers were deployed nationwide"
    if lem in DISPLACED_NOUNS:
        return "other", f"group:{DISPLACED_NOUNS[lem]}"  # "2,300 refugees crossed the border"
    if _is_person(counted) and lemmas_near & CROWD_VERBS:
        return "protesters", "crowd"
    if _is_person(counted) and _crowd_of(counted):
        return "protesters", "size"  # "he spoke to a crowd of roughly 14,000 supporters"
    if _is_person(counted) and _protest_turnout(counted):
        return "protesters", "crowd"
    if _is_person(counted) and _crossed_over(counted):
        return "other", "group:displaced"  # "28,120 people had crossed from Karabakh"
    if _is_person(counted) and _demanding_crowd(span, counted):
        return "protesters", "crowd"
    if lem in VEHICLE_NOUNS and lemmas_near & BURN_VERBS:
        return "vehicles_burned", "noun"
    if lem in BUSINESS_NOUNS and lemmas_near & DAMAGE_VERBS:
        return "businesses_damaged", "noun"
    if (
        (lem in OTHER_NOUNS or lem in VEHICLE_NOUNS or lem in BUSINESS_NOUNS or lem in RELIEF_NOUNS)
        # a thing damaged is the crisis's ("some 50,000 homes had been damaged"), and so is
        # relief handed out ("2,600 hygiene kits distributed")
        and (_crisis_sentence(span.sent) or lemmas_near & DAMAGE_VERBS or lem in RELIEF_NOUNS)
        and not _named_set(counted, anchor)
        and not _attack_site(counted)
    ):
        return "other", "noun"
    return None, ""


def _undergone(pred: Token) -> str | None:
    """ "Eleven peacekeepers sustained injuries", "40 people suffered gunshot wounds", "nine
    officers received burns": the subject of a verb of undergoing whose object is a harm is
    counted as injured (a loss the subject "suffered" is counted as its object, not so)."""
    if _lemma(pred) not in UNDERGO_VERBS:
        return None
    for c in pred.children:
        if (
            c.dep_ == "dobj"
            and (HARM_NOUNS.get(_lemma(c)) or EVENT_LEMMAS.get(_lemma(c))) == "injured"
        ):
            return "injured"
    return None


def _attack_site(counted: Token) -> bool:
    """The places counted are where an attack named as a noun struck ("the attacks at two
    mosques", "bomb blasts at three churches", "strikes in several cities"): which attack,
    no tally of what it did (a verb's object is one: "fired on 19 villages")."""
    prep = counted.head
    return (
        counted.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.lower_ in {"at", "on", "in", "against"}
        and prep.head.pos_ == "NOUN"
        and _lemma(prep.head) in SITE_NAMING_NOUNS
    )


def _named_set(counted: Token, anchor: Token) -> bool:
    """The number names a set the reader knows, no count the sentence claims: a definite
    determiner or an owner before it ("deployed soldiers to the two regions", "the
    country's two most populous provinces", "its three main cities"). A clause on the noun
    says which of them the count is of, and the count is news ("the 46 villages assessed
    by our teams")."""
    if any(c.dep_ in {"acl", "relcl"} for c in counted.children):
        return False
    before = anchor.doc[anchor.i - 1] if anchor.i else None
    if before is not None and (
        before.lower_ in PARTITIVE_DETERMINERS or before.lower_ in {"'s", "’s", "his", "her"}
    ):
        return True  # however the owner is attached
    return any(
        c.i < anchor.i
        and ((c.dep_ == "det" and c.lower_ in PARTITIVE_DETERMINERS) or c.dep_ == "poss")
        for c in counted.children
    )


def _past_reduced_relative(base: Token, pred: Token | None) -> Token | None:
    """The clause's own verb when the parser made a participle right after the counted noun
    its head: in "More than 750 people linked to the unrest have been arrested" the
    participle ("linked", "accused", "involved") qualifies the people, and the verb joined
    to it with auxiliaries of its own ("have been arrested") says what befell them."""
    if (
        pred is None
        or pred.tag_ != "VBN"
        or pred.i != base.i + 1
        or base.dep_ not in {"nsubj", "nsubjpass"}
        or any(c.dep_ in {"aux", "auxpass"} for c in pred.children)
    ):
        return pred
    main = next(
        (
            c
            for c in pred.children
            # "linked … have been arrested" a conjunct; "detained last week were released"
            # a clause the parse hung from the participle
            if c.dep_ in {"conj", "ccomp"}
            and c.pos_ == "VERB"
            and c.i > pred.i
            and any(g.dep_ in {"aux", "auxpass"} for g in c.children)
        ),
        None,
    )
    return main or pred


def _crossed_over(counted: Token) -> bool:
    """People who crossed a border, entered or arrived in a country, or left one: "42,500
    people have now entered Armenia", "65,036 people had arrived in Armenia", "28,120
    people had crossed from Nagorno-Karabakh" (the people a crisis displaces)."""
    verb = counted.head
    if counted.dep_ not in {"nsubj", "nsubjpass"} or _lemma(verb) not in CROSSING_VERBS:
        return False
    places = [c for c in verb.children if c.dep_ == "dobj"] + [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in {"into", "in", "from", "to"}
        for g in c.children
        if g.dep_ == "pobj"
    ]
    # a named place (the tagger often misses the region: "Nagorno-Karabakh" as ORG)
    return any(
        p.ent_type_ in {"GPE", "LOC"} or (p.pos_ == "PROPN" and p.ent_type_ != "PERSON")
        for p in places
    )


def _left_needing_care(verb: Token) -> bool:
    """ "left 116 needing treatment", "left dozens requiring medical care": the people an
    attack left needing care were hurt."""
    return any(
        c.dep_ in {"xcomp", "ccomp", "advcl", "acl", "oprd"}
        and _lemma(c) in NEEDING_VERBS
        and any(g.dep_ == "dobj" and _lemma(g) in TREATMENT_NOUNS | CARE_NOUNS for g in c.children)
        for c in (*verb.children, *(g for k in verb.children for g in k.children))
    )


def _harm_to(span: Span, counted: Token | None) -> str | None:
    """The harm a noun right before "to" names for the people counted after it ("injuries to
    15 others", "wounds to three officers"), read off the words: the parse often hangs the
    "to" on an earlier noun of the sentence."""
    doc, at = span.doc, span.start
    if counted is None or not _is_person(counted) or at < 2 or doc[at - 1].lower_ != "to":
        return None
    noun = doc[at - 2]
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS":
        return None
    return EVENT_LEMMAS.get(_lemma(noun)) if _lemma(noun) in HARM_DONE_TO else None
