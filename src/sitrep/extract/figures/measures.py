"""What a number counts and the measure its clause gives it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitrep.extract.figure_words import (
    ACTOR_GROUPS,
    ADMIT_VERBS,
    AFFECTED_WORDS,
    AGE_WORDS,
    AGENT_VERBS,
    BURN_VERBS,
    BUSINESS_NOUNS,
    CARE_SETTINGS,
    CASE_NOUNS,
    CEILING_ADJECTIVES,
    CROSSING_VERBS,
    CROWD_CLAUSE_LEAST,
    CROWD_CLAUSE_VERBS,
    CROWD_NOUNS,
    CROWD_VERBS,
    DAMAGE_VERBS,
    DEPLOY_VERBS,
    DETENTION_PHRASALS,
    DISPLACED_NOUNS,
    DOCKET_NOUNS,
    DOCKET_VERBS,
    EVENT_LEMMAS,
    FORCE_COMPANY_WORDS,
    HARM_NOUNS,
    HEARSAY_VERBS,
    LIFE_TAKING_VERBS,
    MARK_NOUNS,
    MILITARY_UNITS,
    OTHER_NOUNS,
    OUTCOME_NOUNS,
    OUTCOME_VERBS,
    PARTITIVE_DETERMINERS,
    PEOPLE_OTHER,
    PEOPLE_OTHER_AGENTIVE,
    POLICE_NOUNS,
    PROTEST_HOLD_VERBS,
    PROTEST_LEMMAS,
    PROTESTER_NOUNS,
    QUALIFIER_NOUNS,
    REPORT_VERBS,
    RESULT_VERBS,
    SIZE_VERBS,
    STATE_ADJECTIVES,
    STATE_COMPLEMENTS,
    STATE_VERBS,
    STATUS_VERBS,
    TOLL_NOUNS,
    TOLL_VALUE_PREPOSITIONS,
    TROOP_NOUNS,
    TURNOUT_VERBS,
    UNDER_STATES,
    UNDERGO_VERBS,
    VEHICLE_NOUNS,
)
from sitrep.extract.figures.syntax import (
    _PRONOUNS,
    _crisis_sentence,
    _event_of,
    _headline_passive,
    _is_passive,
    _is_person,
    _lemma,
    _of_object,
    _own_modifiers,
    _own_number,
    _path_up,
)
from sitrep.extract.figures.votes import vote_count
from sitrep.extract.numbers import SCALES, VAGUE, parse_number
from sitrep.lexicon import AGE_LIMIT


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


def _own_participle(base: Token) -> str | None:
    """The measure a number's own participle or adjective gives, before any verb above it:
    "56 killed, hundreds injured" (gapping: "hundreds" hangs from "killed" but has its own
    "injured"), "with hundreds more wounded", "21 officers injured" after "left"."""
    if _lemma(base) in EVENT_LEMMAS or not (
        base.pos_ in {"NOUN", "PROPN", "NUM", "PRON"} and (_is_person(base) or _own_number(base))
    ):
        return None  # "25 fatalities": the noun says it
    for c in base.children:
        if (
            c.dep_ in {"acl", "amod"}
            and c.i > base.i
            and c.tag_ in {"VBN", "JJ"}
            and _lemma(c) in EVENT_LEMMAS
        ):
            return EVENT_LEMMAS[_lemma(c)]
    head = _bare_predicate(base)
    if head is not None and _lemma(head) in EVENT_LEMMAS:
        return EVENT_LEMMAS[_lemma(head)]  # "with hundreds more wounded"
    gapped = _gapped_participle(base)
    if gapped is not None:
        return gapped
    told = _hearsay_state(base)
    if told is not None and _lemma(told) in EVENT_LEMMAS:
        return EVENT_LEMMAS[_lemma(told)]  # "with 40 others feared dead"
    return None


def _gapped_participle(base: Token) -> str | None:
    """The participle right after a number the parse hung from the verb or adjective before
    it ("39 people have died and three hundred and sixty-one injured": the spelled-out
    number a conjunct of "died"; "11 are dead, 200 injured and more than 1,500 detained":
    1,500 a conjunct of "injured"): the number's own measure."""
    if base.dep_ != "conj" or base.head.pos_ not in {"VERB", "AUX", "ADJ"}:
        return None
    after = max(t.i for t in base.subtree) + 1
    if after >= len(base.doc):
        return None
    nxt = base.doc[after]
    if nxt.tag_ in {"VBN", "VBD", "JJ"} and _lemma(nxt) in EVENT_LEMMAS:
        return EVENT_LEMMAS[_lemma(nxt)]
    return None


def _hearsay_state(base: Token) -> Token | None:
    """What is said to have befallen the counted, told in a participle of hearsay right after
    them: "with at least 11,000 others believed to be displaced", "dozens more feared dead"
    (the participle's complement, whatever verb the phrase hangs from)."""
    for c in base.children:
        if c.dep_ == "acl" and c.i > base.i and c.tag_ == "VBN" and _lemma(c) in HEARSAY_VERBS:
            return next(
                (g for g in c.children if g.dep_ in {"xcomp", "oprd", "acomp"} and g.i > c.i),
                None,
            )
    return None


def _bare_predicate(base: Token) -> Token | None:
    """The participle or adjective a number is the subject of, with no auxiliary: "with
    hundreds more wounded", "with more than 5,000 missing"."""
    head = base.head
    if (
        base.dep_ == "nsubj"
        and head.i > base.i
        and head.tag_ in {"VBN", "JJ"}
        and not any(c.dep_ in {"aux", "auxpass", "dobj"} for c in head.children)
        and head.dep_ != "ROOT"
    ):
        return head
    return None


def _own_state(base: Token) -> str | None:
    """The group a bare number's own state gives, told after a toll of another measure:
    "2,300 confirmed dead, with more than 5,000 missing" (the number is the subject of its own
    "missing", however the clause hangs from the toll's verb)."""
    head = _bare_predicate(base)
    if head is not None and _lemma(head) in STATE_COMPLEMENTS:
        return PEOPLE_OTHER[_lemma(head)]
    for c in base.children:  # "left thousands homeless", however the state is attached
        if c.dep_ in {"amod", "oprd", "acomp"} and c.i > base.i and _lemma(c) in STATE_COMPLEMENTS:
            return PEOPLE_OTHER[_lemma(c)]
    told = _hearsay_state(base)
    if told is not None and _lemma(told) in PEOPLE_OTHER:
        return PEOPLE_OTHER[_lemma(told)]  # "11,000 others believed to be displaced"
    for c in base.lefts:  # "some 40,000 internally displaced people"
        if c.dep_ in {"amod", "compound"} and c.lower_ in STATE_ADJECTIVES:
            return PEOPLE_OTHER[STATE_ADJECTIVES[c.lower_]]
    return None


def _and_more_befell(participle: Token) -> bool:
    """The participle is joined to what else befell the same people: "injured and made
    homeless", "killed or displaced" (see AFFECTED_WORDS)."""
    doc, i = participle.doc, participle.i
    if i + 1 >= len(doc) or doc[i + 1].lower_ not in {"and", "or"}:
        return False
    return any(_lemma(t) in AFFECTED_WORDS for t in doc[i + 2 : i + 5])


def _is_age(anchor: Token) -> bool:
    """The number is someone's age: "aged 69", "age 40", "at the age of 12"."""
    head = anchor.head
    if head.lower_ == "of" and anchor.dep_ == "pobj":
        head = head.head
    before = anchor.doc[anchor.i - 1] if anchor.i else None  # however it is attached
    return (
        (head is not anchor and head.lower_ in AGE_WORDS)
        or (before is not None and before.lower_ in AGE_WORDS)
        or _appositive_age(anchor)
    )


def _appositive_age(anchor: Token) -> bool:
    """A bare number set off by commas after a person is their age: "Nahel M., 17, was shot
    dead", "a protester, 26, died", "two men, 19 and 22, were killed"."""
    num = anchor
    while num.dep_ == "conj" and num.head.like_num:
        num = num.head  # "19 and 22": the 22 joins the 19
    if num.dep_ != "appos" or not num.like_num or not 0 < num.i < len(num.doc) - 1:
        return False
    doc, head = num.doc, num.head
    numbers = [t for t in num.subtree if t.pos_ == "NUM"]
    counts = [c for c in head.children if c.dep_ == "nummod"]
    if head.i > num.i or not (
        head.ent_type_ == "PERSON"
        or _is_person(head)
        # "two brothers, 16 and 21": as many numbers as the people counted
        or (len(counts) == 1 and parse_number(counts[0].text) == len(numbers))
        # "a student, 23": one person, so no count
        or (head.tag_ == "NN" and len(numbers) == 1 and _lemma(head) not in TOLL_NOUNS)
    ):
        return False
    end = max(t.i for t in num.subtree) + 1
    closed = end >= len(doc) or doc[end].text in {",", ")", ".", ";"}
    return (
        doc[num.i - 1].text == ","
        and closed
        and all(t.text.isdigit() and 0 < int(t.text) < AGE_LIMIT for t in numbers)
    )


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
    if counted is not None and _lemma(counted) in EVENT_LEMMAS.keys() - {"life", "body"}:
        return EVENT_LEMMAS[_lemma(counted)], "noun"  # "25 fatalities and 300 injured"
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
        if (
            lem == "lose"
            and (counted is None or _is_person(counted))
            and any(c.dep_ == "dobj" and _lemma(c) == "life" for c in pred.children)
        ):
            return "killed", "verb"  # "1,187 people had lost their lives"
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
        (lem in OTHER_NOUNS or lem in VEHICLE_NOUNS or lem in BUSINESS_NOUNS)
        and _crisis_sentence(span.sent)
        and not _named_set(counted, anchor)
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
            if c.dep_ == "conj"
            and c.pos_ == "VERB"
            and any(g.dep_ in {"aux", "auxpass"} for g in c.children)
        ),
        None,
    )
    return main or pred


def _force_unit(counted: Token) -> bool:
    """Units of a force: "two battalions", "ten companies of troops", "five army companies"."""
    lem = _lemma(counted)
    if lem in MILITARY_UNITS:
        return True
    if lem != "company":
        return False
    of = _of_object(counted)
    words = [c for c in counted.children if c.dep_ in {"compound", "amod"}]
    return any(
        _lemma(t) in FORCE_COMPANY_WORDS or t.lower_ in FORCE_COMPANY_WORDS
        for t in [*words, *([of] if of is not None else [])]
    )


def _crowd_estimate(anchor: Token) -> bool:
    """The number a crowd is put at: "organisers put the crowd at 15,000", "police
    estimated the turnout at 6,000"."""
    if anchor.dep_ != "pobj" or anchor.head.lower_ != "at":
        return False
    verb = anchor.head.head
    return any(c.dep_ == "dobj" and _lemma(c) in CROWD_NOUNS for c in verb.children)


def _crowd_of(counted: Token) -> bool:
    """People counted as what a crowd or rally is made of: "a crowd of 14,000 supporters",
    "a rally of some 5,000 people", "demonstrations of hundreds of people" (the people hang
    from the vague amount, the amount from the rally)."""
    of = counted.head
    if counted.dep_ != "pobj" or of.lower_ != "of":
        return False
    held = of.head
    if (held.lower_ in VAGUE or held.like_num) and held.dep_ == "pobj" and held.head.lower_ == "of":
        held = held.head.head
    return _lemma(held) in PROTESTER_NOUNS or _lemma(held) in PROTEST_LEMMAS


def _takes_part(verb: Token) -> bool:
    """ "take part" (in a protest), "take to the streets": the phrasal forms of joining a
    protest."""
    return _lemma(verb) == "take" and any(
        (c.dep_ == "dobj" and c.lower_ == "part")
        or (
            c.dep_ == "prep"
            and c.lower_ == "to"
            and any(g.dep_ == "pobj" and _lemma(g) == "street" for g in c.children)
        )
        for c in verb.children
    )


def _protest_turnout(counted: Token) -> bool:
    """People a protest drew, or who began, staged or held one: "the march drew about 6,000
    people", "thousands of people began a march on the capital"."""
    verb = counted.head
    for _ in range(3):  # "thousands of people began"
        if verb.pos_ == "VERB" or verb.head == verb:
            break
        verb = verb.head
    if verb.pos_ != "VERB":
        return False
    if counted.dep_ == "dobj" and _lemma(verb) in TURNOUT_VERBS:
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return subj is not None and _lemma(subj) in PROTEST_LEMMAS
    if any(c.dep_ == "nsubj" and counted in c.subtree for c in verb.children):
        return _lemma(verb) in PROTEST_HOLD_VERBS and any(
            c.dep_ == "dobj" and _lemma(c) in PROTEST_LEMMAS for c in verb.children
        )
    return False


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


def _policing(counted: Token) -> bool:
    """Police counted as a force: "police", "gendarmes", "police officers", "riot police"."""
    lem = _lemma(counted)
    if lem in POLICE_NOUNS or counted.lower_ in POLICE_NOUNS:
        return True
    return lem == "officer" and any(_lemma(c) in POLICE_NOUNS for c in counted.children)


def _partitive(counted: Token) -> bool:
    """The number counts some of a group already named ("several of *the* youth protesters
    who watched"): the of-object the number takes carries a definite determiner. A few of
    them are people of the crowd; "5,000 of the protesters camped" is still a crowd."""
    return (
        counted.dep_ == "pobj"
        and counted.head.lower_ == "of"
        and any(
            c.dep_ in {"det", "poss"} and c.lower_ in PARTITIVE_DETERMINERS
            for c in counted.children
        )
    )


def _demanding_crowd(span: Span, counted: Token) -> bool:
    """ "hundreds of thousands of Egyptians who are demanding change": people the number
    counts, with a clause of a crowd's cause on them, in the hundreds or more."""
    if counted.lower_ in _PRONOUNS:
        return False
    clause = {_lemma(c) for c in counted.children if c.dep_ in {"acl", "relcl"}}
    if not clause & CROWD_CLAUSE_VERBS:
        return False
    return _crowd_sized(span)


def _crowd_sized(span: Span) -> bool:
    """The number phrase states a count in the hundreds or more (CROWD_CLAUSE_LEAST)."""
    for t in span:
        scale = SCALES.get(t.lemma_.lower()) or SCALES.get(t.lower_.rstrip("s"))
        if scale and scale >= CROWD_CLAUSE_LEAST:
            return True
        digits = t.text.replace(",", "")
        if digits.isdigit() and int(digits) >= CROWD_CLAUSE_LEAST:
            return True
    return False


def _strong_holder(anchor: Token) -> Token | None:
    """The noun "N-strong" gives the size of: "the 200,000-strong rally"."""
    doc = anchor.doc
    if (
        anchor.i + 2 < len(doc)
        and doc[anchor.i + 1].text in {"-", "–"}
        and doc[anchor.i + 2].lower_ == "strong"
        and doc[anchor.i + 2].head.pos_ in {"NOUN", "PROPN"}
    ):
        return doc[anchor.i + 2].head
    return None


def _size_holder(anchor: Token, pred: Token | None) -> Token | None:
    """Whose size a bare number gives: "protesters who … reached at least 20,000", "the
    200,000-strong rally"."""
    strong = _strong_holder(anchor)
    if strong is not None:
        return strong
    if pred is None or _lemma(pred) not in SIZE_VERBS:
        return None
    for c in pred.children:
        if c.dep_ in {"nsubj", "nsubjpass"}:
            if c.lower_ in _PRONOUNS and pred.dep_ == "relcl":
                return pred.head
            return c
    # a relative clause the parser lost: "protesters who, according to …, reached 20,000"
    sent = anchor.sent
    for t in reversed(list(sent[: pred.i - sent.start])):
        if t.lower_ in {"who", "which", "that"}:
            prev = t.nbor(-1) if t.i > sent.start else None
            while prev is not None and prev.is_punct and prev.i > sent.start:
                prev = prev.nbor(-1)
            return prev if prev is not None and prev.pos_ in {"NOUN", "PROPN"} else None
    return None


def _toll_event(anchor: Token, pred: Token | None) -> tuple[str, Token] | None:
    """The event of a toll noun the number is the value of ("death toll at 26")."""
    if anchor.dep_ == "nummod" and _lemma(anchor.head) in MARK_NOUNS:
        anchor = anchor.head  # "the number of arrests passed the 2,500 mark"
    if anchor.dep_ == "prep" and anchor.lower_ in TOLL_VALUE_PREPOSITIONS:
        # "rose above 7,200": the phrase's head is its preposition; the value is its object
        anchor = next((c for c in anchor.children if c.dep_ == "pobj"), anchor)
    if (
        anchor.dep_ == "nummod"
        and _lemma(anchor.head) in {"people", "person"}
        and anchor.head.head.lower_ in TOLL_VALUE_PREPOSITIONS
    ):
        anchor = anchor.head  # "the toll climbed to at least 158 people": the value's noun
    if not (
        anchor.head.lower_ in TOLL_VALUE_PREPOSITIONS
        or anchor.dep_ in {"attr", "dobj", "acomp"}  # "the death toll was 100"
        or _as_high_as(anchor) is not None
    ):
        return None
    sent = anchor.sent
    candidates = []
    if pred is not None:
        candidates.extend(c for c in pred.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"})
    # the nearest toll noun before the number in the sentence (parses of long tolls wander)
    # (not one inside a relative clause the number is not in: "Peck, who has died aged 69,
    # made millions")
    candidates.extend(
        t
        for t in reversed(list(sent[: anchor.i - sent.start]))
        if (_lemma(t) in TOLL_NOUNS or _lemma(t) in EVENT_LEMMAS)
        and not any(a.dep_ == "relcl" and anchor not in a.subtree for a in [t, *t.ancestors])
    )
    bare = None  # "a rebel spokesman put the toll at 40": the toll the number is the value of
    for t in candidates:
        lem = _lemma(t)
        if lem in EVENT_LEMMAS and lem not in {"life", "body"}:
            return EVENT_LEMMAS[lem], bare or t
        if lem in TOLL_NOUNS:
            mods = _own_modifiers(t)
            obj = _of_object(t)
            if obj is not None:
                mods.append(_lemma(obj))
            ev = _event_of(mods)
            if ev:
                return ev, t
            told = _told_of(obj) if obj is not None and _is_person(obj) else None
            if told is not None:  # "the number of people who have died … stands at 26"
                return EVENT_LEMMAS[_lemma(told)], told
            if bare is None and lem == "toll" and _governs_value(t, anchor):
                bare = t
    if bare is not None:
        return "killed", bare  # "Officials put the toll at 5,300": a toll alone is the dead
    return None


def _told_of(people: Token) -> Token | None:
    """The participle or relative clause that says what befell the people a count noun is
    of: "the number of people who have died", "the number of people arrested"."""
    return next(
        (
            c
            for c in people.children
            if c.dep_ in {"acl", "relcl", "amod"} and _lemma(c) in EVENT_LEMMAS
        ),
        None,
    )


def _as_high_as(anchor: Token) -> Token | None:
    """The verb whose complement compares the number to a ceiling ("the toll could be as
    high as 100"), read off the words, which parses of the phrase scatter."""
    doc = anchor.doc
    if anchor.i < 3:
        return None
    before = doc[anchor.i - 3 : anchor.i]
    if before[0].lower_ != "as" or before[2].lower_ != "as":
        return None
    adjective = before[1]
    if adjective.lower_ not in CEILING_ADJECTIVES or adjective.head.pos_ not in {"VERB", "AUX"}:
        return None
    return adjective.head


def _governs_value(toll: Token, anchor: Token) -> bool:
    """The toll noun hangs from the verb that gives the number: "put the toll at 40" (the
    preposition's verb), "the toll could hit 20,000" (the verb's object)."""
    if anchor.dep_ in {"dobj", "attr", "acomp"} and toll.dep_ in {"nsubj", "nsubjpass"}:
        return toll.head.i == anchor.head.i
    verb = _as_high_as(anchor)
    if verb is not None:
        return toll.head.i == verb.i
    return toll.head.i == anchor.head.head.i


def _toll_state(anchor: Token, pred: Token | None) -> str | None:
    """The group of a count noun whose people are told by their state ("the number of people
    missing had reached 10,000", "the count of the missing rose to 300")."""
    if (
        pred is None
        or anchor.dep_ not in {"attr", "dobj"}
        and (anchor.head.lower_ not in TOLL_VALUE_PREPOSITIONS)
    ):
        return None
    for noun in (c for c in pred.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}):
        if _lemma(noun) not in TOLL_NOUNS:
            continue
        of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
        objs = [g for p in of for g in p.children if g.dep_ in {"pobj", "pcomp"}]
        cues = [*objs, *(c for o in objs for c in o.children if c.dep_ in {"acl", "amod"})]
        state = next((_lemma(c) for c in cues if _lemma(c) in STATE_COMPLEMENTS), None)
        if state is not None:
            return PEOPLE_OTHER[state]
    return None


def _phrase(noun: Token) -> str:
    """A noun with its adjectives and compounds: "administrative detention"."""
    words = [c for c in noun.lefts if c.dep_ in {"amod", "compound"} and not c.like_num]
    return " ".join(t.text for t in [*words, noun]).lower()


def _docket_register(counted: Token | None) -> str | None:
    """The group of police cases or dockets the number counts, with what they are of and
    what was done to them: "42 cases of murder had been opened" (murder cases opened),
    "87 inquest dockets opened", "police opened 132 cases of arson"."""
    if counted is None or _lemma(counted) not in DOCKET_NOUNS:
        return None
    verb = counted.head
    if (
        verb.pos_ != "VERB"
        or _lemma(verb) not in DOCKET_VERBS
        or counted.dep_
        not in {
            "dobj",
            "nsubj",
            "nsubjpass",
        }
    ):
        return None
    of = _of_object(counted)
    kind = _phrase(of) if of is not None else _phrase(counted).rsplit(" ", 1)[0]
    noun = counted.text.lower()
    done = verb.text.lower() if verb.tag_ in {"VBN", "VBD"} else verb.lemma_.lower()
    return " ".join(w for w in (kind if kind != noun else "", noun, done) if w)


def _other_register(base: Token, counted: Token | None) -> str | None:
    """The group of people counted by what a court or an official did to them, a register
    outside the tally measures (measure "other"): "34 received administrative detention"
    (the outcome), "cases for 74 individuals have been concluded" (the cases and what
    became of them), "visited 156 detainees" (those the action reached)."""
    if counted is not None and not _is_person(counted) and _lemma(counted) not in EVENT_LEMMAS:
        return None
    pred = base.head
    if base.dep_ in {"nsubj", "nsubjpass"} and _lemma(pred) in OUTCOME_VERBS:
        outcome = next(
            (c for c in pred.children if c.dep_ == "dobj" and _lemma(c) in OUTCOME_NOUNS), None
        )
        if outcome is not None:  # "34 received administrative detention"
            return _phrase(outcome)
    if base.dep_ == "pobj" and base.head.lower_ == "for":
        case = base.head.head
        if case.pos_ == "NOUN" and (
            _lemma(case) in CASE_NOUNS
            or any(c.dep_ == "compound" and _lemma(c) in CASE_NOUNS for c in case.children)
        ):
            verb = case.head if case.head.pos_ == "VERB" else None
            done = f" {verb.text.lower()}" if verb is not None and verb.tag_ == "VBN" else ""
            return _phrase(case) + done  # "administrative cases concluded"
    if (
        counted is not None
        and counted.dep_ == "dobj"
        and counted.head.pos_ == "VERB"
        and _lemma(counted) in EVENT_LEMMAS
        and _is_person(counted)  # a status noun ("detainees"), not an act ("made 60 arrests")
    ):
        verb = _lemma(counted.head)
        if not (
            verb in EVENT_LEMMAS
            or verb in PEOPLE_OTHER
            or verb in STATUS_VERBS
            or verb in REPORT_VERBS
        ):  # "visited 156 detainees"
            return f"{counted.text.lower()} {counted.head.text.lower()}"
    return None
