"""The strategic developments of a crisis (ACLED's catch-all, sitrep's "other"): whether a
trigger of one reports it, not a figure of speech, a plan or a call for it.

A day of mourning is a period declared ("three days of national mourning"), not grief ("a
nation in mourning"); a court's step is a court doing something ("the court ordered him
held", "appeared in court", "was sentenced"), not a court as a building or a speaker; an
inquiry is one opened ("prosecutors opened an investigation"), not one called for; a
closure is of something a state closes (an airspace, a border, an airport, schools), not
a road a crowd blocks; sanctions are imposed, a state is suspended by its bloc; a vote is a
legislature's or an election held; a meeting is a state body's or a bloc's; a displacement
is people in numbers fleeing, not a named person's flight (the "flight" kind).
Plans, calls and threats ("called for a ceasefire", "threatened to impose sanctions") are
left to the mood step (:mod:`.mood`), as for every trigger."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from spacy.tokens import Token

from sitrep.extract.event_triggers import ACLED
from sitrep.extract.events.parse import Hit
from sitrep.extract.events.vocabulary import (
    AGREEING,
    AIMING,
    BALLOTS,
    BEFORE_COURT,
    CLOSED_THINGS,
    CLOSING,
    CONVENING,
    COURT_ACTS,
    COURT_BODIES,
    COURTS,
    DECISION_REPORTS,
    DISPLACED,
    EXCHANGED,
    HOLDING,
    IMPOSING,
    INQUIRIES,
    LAWS,
    LEGISLATORS,
    MAX_MOURNING_DAYS,
    MEETING_BODIES,
    MEETINGS,
    MOURNING_MARKS,
    MOURNING_PERIODS,
    MOURNING_UNIT_DAYS,
    NATIONAL_COURTS,
    NOT_AGREEING,
    OPENING,
    PASSING_LAWS,
    SANCTIONED,
    STATE_OF_BEING,
)
from sitrep.extract.numbers import parse_number

# the dependencies of what a verb is done to, and of a complement that says a state
_OBJECTS = frozenset({"dobj", "nsubjpass"})
_STATE_COMPLEMENTS = frozenset({"acomp", "oprd", "xcomp", "ccomp", "conj"})
_CLOSED_FORMS = frozenset({"closed", "shut", "sealed", "suspended", "halted"})


def _with_conjuncts(toks: list[Token]) -> list[Token]:
    """Words and the words coordinated with them ("the land and air borders", "schools
    and universities")."""
    return [*toks, *(c for t in toks for c in t.conjuncts)]


def _mourning_days(tok: Token) -> int | None:
    """How many days a mourning declared lasts, when its words count them ("three days of
    national mourning", "a week of mourning"): the period the event spans."""
    if not (tok.dep_ == "pobj" and tok.head.lower_ == "of"):
        return None
    period = tok.head.head
    unit = MOURNING_UNIT_DAYS.get(period.lemma_.lower())
    count = next((c for c in period.children if c.dep_ == "nummod"), None)
    if unit is None or count is None:
        return None
    n = parse_number(count.text)
    return int(n) * unit if n and 1 < n * unit <= MAX_MOURNING_DAYS else None


def mourning_span(hit: Hit, date: str | None) -> str | None:
    """The date of a mourning period that counts its days: its first day to its last
    ("declared three days of national mourning on Saturday": Saturday to Monday)."""
    if hit.acled_sub_event_type != ACLED["mourning"][1] or date is None or len(date) != 10:
        return date
    days = _mourning_days(hit.trigger)
    if days is None:
        return date
    first = dt.date.fromisoformat(date)
    return f"{date}/{(first + dt.timedelta(days=days - 1)).isoformat()}"


def _mourning(tok: Token) -> bool:
    """ "three days of national mourning", "a day of mourning", "a national mourning day"."""
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    if any(c.lower_ in MOURNING_MARKS for c in tok.children if c.dep_ in {"amod", "compound"}):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        return tok.head.head.lemma_.lower() in MOURNING_PERIODS
    return tok.dep_ == "compound" and tok.head.lemma_.lower() in MOURNING_PERIODS


def _court(tok: Token) -> bool:
    """A court's step: a court or judge doing what courts do ("the court ordered him held
    for two months", "a judge rejected his appeal"), a court hearing, someone brought before
    a court ("appeared in court"), or a sentence passed ("was sentenced to ten years")."""
    if tok.pos_ == "VERB":  # "sentenced", "convicted", "acquitted", "remanded"
        # not a list that counts people ("arrested, charged or sentenced since the coup"),
        # nor who is described ("the sentenced men")
        return tok.dep_ not in {"amod", "compound", "conj"} and not _running(tok)
    if tok.lower_.rstrip("s") not in COURTS:
        return False
    tok = _court_body(tok)
    if tok.dep_ == "nsubj" and tok.head.pos_ == "VERB":
        return tok.head.lemma_.lower() in COURT_ACTS
    if tok.dep_ == "compound" and tok.head.lemma_.lower() == "hearing":
        return True  # "at a court hearing in Naypyitaw"
    if not (tok.dep_ == "pobj" and tok.head.lower_ in {"in", "before"}):
        return False
    verb = tok.head.head
    # "he is to appear before the court on Friday": a date set, not a hearing held
    planned = verb.head.lemma_ == "be" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )
    return verb.lemma_.lower() in BEFORE_COURT and not planned


def _running(verb: Token) -> bool:
    """A verb told of a stretch up to now ("have been sentenced since the coup"): a count."""
    return any(
        (c.dep_ == "prep" and c.lower_ == "since")
        or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children))
        for c in verb.children
    )


def _describes(tok: Token) -> bool:
    """A participle that says who a noun is ("countries sanctioning Georgian officials",
    "lawmakers voting on the bill"): a description, no happening told."""
    return tok.tag_ == "VBG" and tok.dep_ in {"acl", "amod"}


def _court_body(tok: Token) -> Token:
    """The words that act for a court: "a Supreme Court panel ordered", the panel."""
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in COURT_BODIES:
        return tok.head
    return tok


def national_court(hit: Hit) -> bool:
    """A court step of a court of the whole country ("Pakistan's Supreme Court ordered the
    release"), which sits in the capital."""
    if hit.acled_sub_event_type != COURT_SUB_EVENT:
        return False
    return any(
        c.lower_ in NATIONAL_COURTS for c in hit.trigger.children if c.dep_ in {"compound", "amod"}
    )


def _inquiry(tok: Token) -> bool:
    """An inquiry opened: the opening verb with the inquiry as its object ("prosecutors
    opened an investigation"), or the inquiry as what was opened ("an investigation had
    been launched", "the investigation announced into the killings")."""
    lemma = tok.lemma_.lower()
    if lemma in OPENING and tok.pos_ == "VERB":
        return any(
            o.lemma_.lower() in INQUIRIES
            for o in _with_conjuncts([c for c in tok.children if c.dep_ in _OBJECTS])
        )
    if lemma not in INQUIRIES:
        return False
    if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.lemma_.lower() in OPENING:
        return True
    return any(c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in OPENING for c in tok.children)


def _closure(tok: Token) -> bool:
    """Something a state closes, closed: "closed its airspace", "sealed the land and air
    borders", "the airport was closed", "schools remained shut"."""
    if tok.lemma_.lower() in CLOSING:
        if tok.pos_ != "VERB":
            return False  # "close to the border": near it
        return any(
            o.lemma_.lower() in CLOSED_THINGS
            for o in _with_conjuncts([c for c in tok.children if c.dep_ in _OBJECTS])
        )
    if tok.lemma_.lower() == "lockdown":
        # "was placed under lockdown", "went into lockdown", "imposed a lockdown"
        if tok.dep_ == "pobj" and tok.head.lower_ in {"under", "into", "in"}:
            return tok.head.head.pos_ == "VERB"
        return tok.dep_ == "dobj" and tok.head.lemma_.lower() in IMPOSING | {"order", "declare"}
    if tok.lemma_.lower() not in CLOSED_THINGS:
        return False
    head = tok.head
    if any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBZ", "VBP"} for c in head.children):
        return False  # "schools are closed in large parts of the country": a standing state
    if tok.dep_ in {"nsubj", "nsubjpass"} and head.lemma_.lower() in CLOSING:
        return head.pos_ == "VERB"  # "the airport was closed", "schools closed"
    if tok.dep_ in {"nsubj", "dobj"} and head.lemma_.lower() in STATE_OF_BEING:
        # "the airport remained closed", "kept the borders shut"
        return any(
            c.dep_ in _STATE_COMPLEMENTS and c.lower_ in _CLOSED_FORMS for c in head.children
        )
    return False


def _sanction(tok: Token) -> bool:
    """Sanctions imposed ("imposed sanctions on the junta", "the EU sanctioned 12
    officials"), or a member state suspended by its bloc ("ECOWAS suspended Burkina Faso
    from all its bodies": a country as what is suspended)."""
    lemma = tok.lemma_.lower()
    if _describes(tok):
        return False
    if lemma == "suspend":
        # a state by its name, suspended "from" its bloc's bodies when the tagger does not
        # know the name for a country's ("suspended Burkina Faso from all its activities")
        done_to = _with_conjuncts([c for c in tok.children if c.dep_ in _OBJECTS])
        bloc = any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children)
        return any(o.ent_type_ == "GPE" or (bloc and o.pos_ == "PROPN") for o in done_to)
    if lemma == "sanction":
        return tok.pos_ == "VERB" and any(
            o.lemma_.lower() in SANCTIONED or o.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
            for o in _with_conjuncts([c for c in tok.children if c.dep_ in _OBJECTS])
        )
    return tok.pos_ == "VERB" and any(
        c.dep_ in _OBJECTS and c.lemma_.lower() == "sanction" for c in tok.children
    )


def _vote(tok: Token) -> bool:
    """A legislature's vote ("parliament passed the finance bill", "MPs voted on the law")
    or an election held ("the presidential election was held on Sunday")."""
    lemma = tok.lemma_.lower()
    if _describes(tok):
        return False
    if lemma in BALLOTS:
        return tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.lemma_.lower() in HOLDING
    doers = [c for c in tok.children if c.dep_ in {"nsubj", "agent"}]
    doers += [g for c in doers if c.dep_ == "agent" for g in c.children]
    legislature = any(t.lower_ in LEGISLATORS or t.lemma_.lower() in LEGISLATORS for t in doers)
    if lemma == "vote":
        # "voted to remove the president": the vote is what it decides (a dismissal)
        decides = any(c.dep_ in {"xcomp", "ccomp"} for c in tok.children)
        return tok.pos_ == "VERB" and legislature and not decides
    if lemma in PASSING_LAWS and tok.pos_ == "VERB":
        laws = any(
            o.lemma_.lower() in LAWS
            for o in _with_conjuncts([c for c in tok.children if c.dep_ in _OBJECTS])
        )
        return laws and (legislature or any(c.dep_ == "nsubjpass" for c in tok.children))
    return False


def _meeting(tok: Token) -> bool:
    """A meeting of a state body or a bloc, held: "ECOWAS held an extraordinary summit",
    "the Security Council convened an emergency session", "a summit was held in Accra"."""
    lemma = tok.lemma_.lower()
    if lemma in MEETINGS:
        if not (tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.lemma_.lower() in CONVENING):
            return False
        agents = [t for c in tok.head.children if c.dep_ == "agent" for t in c.subtree]
        return _of_a_body(tok) or any(t.lower_ in MEETING_BODIES for t in agents)
    if tok.pos_ != "VERB" or lemma not in CONVENING | {"call"}:
        return False
    met = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in MEETINGS]
    doers = [t for c in tok.children if c.dep_ == "nsubj" for t in c.subtree]
    return bool(met) and (
        any(_of_a_body(m) for m in met)
        or any(t.lower_ in MEETING_BODIES or t.ent_type_ == "ORG" for t in doers)
    )


def _of_a_body(meeting: Token) -> bool:
    """The meeting's own words name a state body or a bloc ("an ECOWAS summit", "a cabinet
    meeting", "a session of the UN Human Rights Council"), or call it a summit."""
    if meeting.lemma_.lower() == "summit":
        return True
    return any(t.lower_ in MEETING_BODIES for t in meeting.subtree if t.i != meeting.i)


def _displacement(tok: Token) -> bool:
    """People in numbers fleeing or driven out: "thousands fled their homes", "residents
    fled into the forests", "3,000 villagers fled across the river", "were displaced"."""
    if tok.pos_ != "VERB" or tok.dep_ in {"amod", "compound"}:
        return False
    who = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not who and tok.dep_ in {"relcl", "acl"}:
        who = [tok.head]  # "residents who fled the fighting", "people displaced by"
    return any(
        t.lemma_.lower() in DISPLACED or t.like_num
        for w in _with_conjuncts(who)
        for t in (w, *(c for c in w.children if c.dep_ in {"nummod", "prep", "pobj", "amod"}))
    )


def _agreed(tok: Token) -> bool:
    """An agreement told as one, not the verb "deal" ("an inability to deal with the
    insurgency"), not one only respected, overseen or proposed ("his call to respect the
    ceasefire agreement", "propose an agreement"), not one aimed at ("would try to reach an
    agreement", "the initiative to reach an agreement"). Peace talks, a deal's terms and a
    treaty left are ACLED's agreements still."""
    if tok.lemma_.lower() in EXCHANGED:
        return True  # "a prisoner exchange", "the release of 80 prisoners"
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    noun = tok
    for _ in range(4):  # "the ceasefire agreement", "a number of temporary ceasefires"
        if noun.dep_ == "compound" and noun.head.i != noun.i:
            noun = noun.head
        elif noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head
        else:
            break
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    if head.i == noun.i:
        return True
    if head.lemma_.lower() in NOT_AGREEING:
        return False
    aim = head.head if head.dep_ in {"xcomp", "acl", "advcl"} else None
    aimed = aim is not None and aim.lemma_.lower() in AIMING
    return not (head.lemma_.lower() in AGREEING and aimed)


GUARDS: dict[str, Callable[[Token], bool]] = {
    "agreement": _agreed,
    "mourning": _mourning,
    "court": _court,
    "inquiry": _inquiry,
    "closure": _closure,
    "sanction": _sanction,
    "vote": _vote,
    "meeting": _meeting,
    "displacement": _displacement,
}
COURT_SUB_EVENT = ACLED["court"][1]
# developments a state decides by declaring them
DECLARED_SUB_EVENTS = frozenset(ACLED[k][1] for k in ("mourning", "closure", "sanction"))
# The kinds this module adds, in the order a sentence's one "other" happening is chosen
# among them (the agreement kind, guarded here, is typed by classify as before).
DEVELOPMENTS = tuple(k for k in GUARDS if k != "agreement")


def _declared(saying: Token, hits: list[Hit]) -> bool:
    """A verb of announcing a decision that holds a development it decides ("declared
    Tuesday a national day of mourning", "announced the closure of the border"): the
    decision is the news, no statement beside it."""
    if saying.lemma_.lower() not in DECISION_REPORTS:
        return False
    inside = {t.i for t in saying.subtree}
    return any(
        h.acled_sub_event_type in DECLARED_SUB_EVENTS and h.trigger.i in inside for h in hits
    )


def _counted_since(hit: Hit) -> bool:
    """People counted as fled since a day ("40,000 people have fled since the war erupted
    on Saturday"): a running count, the speaker's, who stays a statement beside it."""
    return hit.acled_sub_event_type == ACLED["displacement"][1] and _running(hit.trigger)


def _acted_by_court(saying: Token, hits: list[Hit]) -> bool:
    """A court's verb that is also a verb of saying ("the court ordered the men held"):
    the court's step is the news, no statement beside it."""
    return any(
        h.acled_sub_event_type == COURT_SUB_EVENT
        and (body := _court_body(h.trigger)).dep_ == "nsubj"
        and body.head.i == saying.i
        for h in hits
    )
