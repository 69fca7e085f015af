"""Whether a saying is the news: an announcement or a decision's maker, a speaker who is a
party, a speech given, a count made public, a headline's verb; and who the subject of a
saying is."""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.events.attributes import (
    _owner,
    _speaker_tokens,
)
from sitrep.extract.events.guard_words import (
    CONVERSATION_PRONOUNS,
    DECISION_HIT_TYPES,
    DEPARTURE_POINTS,
    NOT_PERSONS,
    SPEAKER_NOUNS,
)
from sitrep.extract.events.parse import Hit, _governing_verb
from sitrep.extract.events.vocabulary import (
    DECISION_REPORTS,
    PLACE_NOUNS,
    SPEECH_MEDIUM,
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


def _made_by(statement: Token, hit: Hit) -> bool:
    """Whether a saying describes the decision it makes, hung on its noun ("an indefinite
    curfew, declared early Thursday by the prime minister", "a curfew ordered on Sunday",
    "a state of emergency which authorizes the police to ..."): the decision is the event,
    the saying how it was made or what it does, no statement of its own."""
    if hit.type not in DECISION_HIT_TYPES:
        return False
    if statement.dep_ in {"acl", "relcl"}:
        own = {t.i for t in statement.subtree}
        return statement.head.i in {t.i for t in hit.trigger.subtree if t.i not in own}
    # the parser often hangs a participle after a comma on the main verb (and may tag it a
    # past tense; its "by" agent tells): one with no subject of its own right after the
    # decision's noun describes it
    passive = statement.tag_ == "VBN" or any(c.dep_ == "agent" for c in statement.children)
    return (
        passive
        and statement.dep_ == "advcl"
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in statement.children)
        and 0 < statement.i - hit.trigger.i <= 2
    )


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


_ACTIVE_SUBJECT = frozenset({"nsubj"})


def _speaking_subject(tok: Token, deps: frozenset[str] = _ACTIVE_SUBJECT) -> bool:
    """Whether the verb's subject (of the dependency labels ``deps``) is one that speaks
    in public: a name, an institution or a speaker noun ("the ministry", "police")."""
    return any(
        s.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
        or s.pos_ == "PROPN"  # a name the tagger mislabels ("Volker Perthes told")
        or s.lemma_.lower() in SPEAKER_NOUNS
        for s in tok.children
        if s.dep_ in deps
    )


def _person_goes(tok: Token) -> bool:
    """A named person who flees, leaves or arrives ("Rajapaksa arrived in Singapore",
    "Hasina flees", "Hasina resigned and left the country"): the verb's subject (or that
    of the verb it is joined to) is a name. Not people in numbers ("65,036 people had
    arrived"), a force ("Russian forces landed"), nor a person told by a pronoun or a
    noun ("they fled through the back garden", "who arrived to observe"); a place left
    must be one ("left the air base", not "left 300 people dead")."""
    verb = tok.head if tok.dep_ == "conj" and not _has_subject(tok) else tok
    if not any(
        s.ent_type_ == "PERSON" or (s.pos_ == "PROPN" and s.ent_type_ not in NOT_PERSONS)
        for s in verb.children
        if s.dep_ == "nsubj"
    ):
        return False
    if tok.lemma_.lower() != "leave":
        return True
    return any(
        c.dep_ == "dobj"
        and (
            c.ent_type_ in {"GPE", "LOC", "FAC"}
            or c.lemma_.lower() in PLACE_NOUNS | DEPARTURE_POINTS
        )
        for c in tok.children
    )


def _has_subject(tok: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)


def _counts_public(tok: Token) -> bool:
    """A count made public by a speaker ("the government counted 100,417 arrivals", "AFAD
    had confirmed 31,643 deaths"): the verb's object is a number of things and its
    subject a speaker. Not a fact confirmed ("confirmed the identity of the student"),
    nor a count done by no one named ("the numbers were counted from hospitals")."""
    counted = [c for c in tok.children if c.dep_ == "dobj"]
    return _speaking_subject(tok) and any(
        o.like_num or any(c.dep_ == "nummod" and c.like_num for c in o.children) for o in counted
    )


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


def _no_party_speaks(cue: Token) -> bool:
    """A reporting verb with nobody or only the conversation's own voices as its speaker:
    a fragment ("Coming up: ... ask where it might all end"), or "I", "we", "you" talking
    in a transcript or a quotation ("I'm asking privately", "we call on ..." inside a
    quote, whose outside "..., the minister said" is the statement)."""
    speakers = _speaker_tokens(cue)
    if not speakers:
        return True
    return all(s.lower_ in CONVERSATION_PRONOUNS for s in speakers)


def _headline_verb(tok: Token) -> bool:
    """A word tagged a noun that a headline uses as its verb: right after a plural noun,
    its subject ("Protesters Storm Parliament", "students storm jail")."""
    return tok.i > tok.sent.start and tok.nbor(-1).tag_ in {"NNS", "NNPS"}
