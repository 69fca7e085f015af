"""Who claims a figure: the steps in order, from the sentence's own speaker (:mod:`.speakers`)
named as the text names it (:mod:`.source_names`, :mod:`.references`) to a line's layout
(:mod:`.line_sources`) and the page's own author."""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.figure_words import (
    DOCUMENT_NOUNS,
    FIGURE_NOUNS,
    QUOTE_MARKS,
    REPORT_VERBS,
    TOLL_NOUNS,
)
from sitrep.extract.figures.line_sources import _bracketed_source, _colon_source
from sitrep.extract.figures.references import (
    _antecedent,
    _named_before,
    _named_subject,
    _refers_back,
)
from sitrep.extract.figures.source_names import _author, _source_text
from sitrep.extract.figures.speakers import (
    _according_to,
    _anonymous_report,
    _attack_aside,
    _cited,
    _hearsay,
    _in_document,
    _relative,
    _relative_antecedent,
    _reported_thing,
    _reporting_agent,
    _reporting_subject,
)
from sitrep.extract.figures.syntax import _PRONOUNS, _is_person, _lemma, _subject
from sitrep.records import EntityMention


def _claimed_by(
    anchor: Token,
    entities: list[EntityMention],
    earlier: tuple[str, ...],
    frame: Token | None = None,
) -> str | None:
    """Who the sentence attributes the number to; None when the outlet asserts it."""
    orgs = frozenset(e.canonical for e in entities if e.label == "ORG")
    obj = _according_to(anchor.sent, anchor)
    if (
        obj is not None
        and _lemma(obj) in FIGURE_NOUNS
        and _author(obj) is None
        and any(_lemma(c) == "official" for c in obj.children)
    ):
        return "official figures"  # "according to the latest official count"
    if obj is not None and _anonymous_report(obj):
        obj = None  # "according to latest reports": no one named; a speaker may still be
    if obj is not None:
        author = _author(obj) if _lemma(obj) in DOCUMENT_NOUNS else None
        if author is not None:  # "according to information collected by the institution"
            obj = author
        obj = _cited(obj) or obj  # "according to the agency TASS, citing the FSB"
        return _refers_back(
            obj, _source_text(obj, entities), earlier, orgs, _named_before(obj, entities)
        )
    subj = None
    if frame is not None:  # "officials put the death toll at 26": whoever puts the toll
        head = frame.head
        for _ in range(4):  # "the number of dead" -> put
            if head.pos_ == "VERB" or head.head == head:
                break
            head = head.head
        if head.pos_ == "VERB" and _lemma(head) in REPORT_VERBS:
            subj = _subject(head, anchor)
            if subj is not None and _reported_thing(subj):
                subj = None  # "the total fatalities count … have surged to 154"
    subj = subj or _reporting_subject(anchor)
    if subj is not None and _attack_aside(anchor, subj):
        return None  # "… when the blast, which has left at least 100 dead, rocked the city"
    if subj is not None:
        subj = _cited(subj) or subj  # "BBC and Reuters reported, citing Russia's FSB"
        if _relative(subj):
            subj = _relative_antecedent(subj)
            if subj is None:
                return None  # "the disputed election, which gave Lukashenko 80 per cent"
        author = _first_person_author(subj, entities)
        if author is not None:
            return author
        if subj.lower_ in _PRONOUNS:
            people = frozenset(e.canonical for e in entities if e.label == "PERSON")
            return _named_subject(subj, entities) or _antecedent(subj, earlier, orgs, people)
        if _lemma(subj) in FIGURE_NOUNS and _author(subj) is None:
            official = any(_lemma(c) == "official" for c in subj.children)
            return "official figures" if official else None
        author = _author(subj) if _lemma(subj) in FIGURE_NOUNS else None
        if author is not None and author.pos_ == "NOUN":
            subj = author  # "updated figures from the ministry": the ministry named before
        return _refers_back(
            subj, _source_text(subj, entities), earlier, orgs, _named_before(subj, entities)
        )
    agent = _reporting_agent(anchor)
    if agent is not None:  # "2,000 deaths and 2,950 injuries reported by the civil defence"
        return _source_text(agent, entities)
    if frame is not None:
        toll = frame if _lemma(frame) in TOLL_NOUNS else frame.head.head
        if any(_lemma(c) == "official" for c in toll.children):
            return "official figures"  # "the official death toll stands at 225"
        author = _author(toll) if _lemma(toll) in DOCUMENT_NOUNS else None
        if author is not None:  # "The toll, compiled by AFP from official sources, stood at"
            return _source_text(author, entities)
    document = _in_document(anchor)
    if document is not None:
        return _source_text(document, entities)
    lead = _colon_source(anchor, entities)
    if lead is not None:
        return lead
    credit = _bracketed_source(anchor, entities)
    if credit is not None:
        return credit
    if _hearsay(anchor):
        return "unattributed reports"
    return _own_people_author(anchor, entities)


def _own_people_author(anchor: Token, entities: list[EntityMention]) -> str | None:
    """A count of "our" people that no one is said to report ("seven of our staff were
    injured", "12 of our volunteers"), in the statement of an organisation, quoted or
    not: the organisation the text names first, whose people they are."""
    of = next((c for c in anchor.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    held = [anchor.head, *(g for g in (of.children if of is not None else ()) if g.dep_ == "pobj")]
    if not any(
        _is_person(t) and any(c.dep_ == "poss" and c.lower_ == "our" for c in t.children)
        for t in held
    ):
        return None
    orgs = sorted((e for e in entities if e.label == "ORG"), key=lambda e: e.start)
    return orgs[0].canonical if orgs else None


def _first_person_author(subj: Token, entities: list[EntityMention]) -> str | None:
    """ "We" or "our volunteers" outside a quotation, in a statement an organisation issues
    ("The Colombo Civic Rights Forum condemns the raid ... Our volunteers have recorded at
    least 50 people injured"): the organisation the text names first, its author."""
    if not (
        subj.lower_ == "we" or any(c.dep_ == "poss" and c.lower_ == "our" for c in subj.children)
    ):
        return None
    if any(q in subj.sent.text for q in QUOTE_MARKS):
        return None  # a quoted speaker's "we" is the speaker's
    orgs = sorted((e for e in entities if e.label == "ORG"), key=lambda e: e.start)
    return orgs[0].canonical if orgs else None
