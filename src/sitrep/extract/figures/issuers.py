"""Who issues a statement: the voice of a press release, a situation report or a briefing.

Why: an organisation's own release states its counts in its own voice ("Eleven peacekeepers
sustained injuries", "At least 50 people were injured") with no "said" to attribute them:
the release is the claim. A page is such a statement when a line at its top says so ("Press
release", "Situation Report No. 3", "The following statement was issued …") or when one
named voice is the subject of sentence after sentence in the present ("The Secretary-General
is deeply concerned … The Secretary-General expresses … The Secretary-General reminds …"),
as news reporting, which tells what its voices said, is not. The issuer is the named subject
of the first body sentence that speaks in that present ("Iran Human Rights has confirmed
…", "The Forum condemns …"), not one a report quotes ("the Red Crescent said …").
A heading that names the speaker ("Comment by UN Human Rights Office spokesperson on
France") makes the page that body's statement, its "we" the body's.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span, Token

from sitrep.extract.figures.source_names import _source_text
from sitrep.records import EntityMention

# A line near a page's top that says the page is a statement of its issuer's
STATEMENT_LABEL = re.compile(
    r"(?:^\W*|\|\s*)(?:press (?:release|statement)|statement|situation report|daily briefing)\b"
    r"|\bthe following statement was issued\b",
    re.I,
)
# How many of a page's first non-empty lines may hold that label
LABEL_LINES = 6
# How many sentences one voice must open as subject to make a page its statement
VOICE_SENTENCES = 3
# How many of a page's first sentences are searched for the issuer
ISSUER_SENTENCES = 4


# A page's heading that names who speaks in it: "Comment by UN Human Rights Office
# spokesperson on France", "Statement by the Secretary-General"; the name runs up to a role
# word or the topic's "on"
AUTHOR_LABEL = re.compile(
    r"^\W*(?:comment|statement|remarks|briefing notes?)\s+(?:by|from)\s+(?:the\s+)?(.+?)"
    r"(?:\s+(?:spokesperson|spokesman|spokeswoman|representative|director|chief|head)\b|"
    r"\s+on\s+|\s*[,:(]|\s*$)",
    re.I,
)


def statement_issuer(doc: Doc, entities: list[EntityMention]) -> str | None:
    """The issuer of ``doc`` when it is a statement in its issuer's own voice, else None."""
    named = _labelled_author(doc, entities)
    if named is not None:
        return named
    subjects: list[Token] = []
    for sent in doc.sents:
        subj = next((t for t in sent.root.children if t.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None and _named(subj, entities):
            subjects.append(subj)
    if not subjects:
        return None
    # a statement's voice speaks in the present ("The Secretary-General expresses …"); a
    # report's subjects in the past ("Ruto said …", "Moreno announced …")
    voices = Counter(_key(s) for s in subjects if _present(s.head))
    labelled = any(
        STATEMENT_LABEL.search(line)
        for line in [ln for ln in doc.text.splitlines() if ln.strip()][:LABEL_LINES]
    )
    limit = _sentence_index_limit(doc)
    first = next((s for s in subjects if s.sent.start < limit and _speaks_now(s.head)), None)
    if first is None:
        return None
    name = _source_text(first, entities)
    if (
        not labelled
        and not _self_published(first, name, entities)
        and (voices[_key(first)] < VOICE_SENTENCES or first.sent != _opening(doc))
    ):
        return None  # an unlabelled statement opens in its voice
    # "The Ombudsman's Office" read as "Office": the subject's whole name
    phrase = first.doc[first.left_edge.i : first.i + 1].text
    phrase = phrase[4:] if phrase.lower().startswith("the ") else phrase
    return phrase if len(name.split()) == 1 and len(phrase.split()) > 1 and name in phrase else name


def _opening(doc: Doc) -> Span | None:
    """The page's first sentence of prose: a verb, more than a few words, and a full stop (a
    headline's present, "Rajapaksa flees to Maldives", is no statement's voice)."""
    return next(
        (s for s in doc.sents if len(s) > 5 and s.root.pos_ in {"VERB", "AUX"} and _full_stop(s)),
        None,
    )


def _sentence_index_limit(doc: Doc) -> int:
    """The token index after the page's first ISSUER_SENTENCES sentences of prose."""
    seen = 0
    for sent in doc.sents:
        # a headline or a caption line ("Iraq: authorities must rein in security forces")
        # ends without a full stop: no sentence of prose
        if len(sent) > 5 and sent.root.pos_ in {"VERB", "AUX"} and _full_stop(sent):
            seen += 1
            if seen == ISSUER_SENTENCES:
                return sent.end
    return len(doc)


def _full_stop(sent: Span) -> bool:
    return sent.text.rstrip()[-1:] in ".!?"


def _named(subj: Token, entities: list[EntityMention]) -> bool:
    """The subject names an organisation or a person (or an office: "The Secretary-General")."""
    if subj.pos_ == "PROPN" and subj.ent_type_ not in {"GPE", "NORP", "DATE", "LOC"}:
        return True
    return any(e.label in {"ORG", "PERSON"} and e.start <= subj.idx < e.end for e in entities)


def _present(verb: Token) -> bool:
    """The verb, or its auxiliary, is in the present third person: "expresses", "is
    concerned", "has confirmed" (not "said", "had said", "will visit")."""
    return verb.tag_ == "VBZ" or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBZ" for c in verb.children
    )


def _speaks_now(verb: Token) -> bool:
    """The voice speaks in the present ("expresses", "has called") or dates its saying "today"
    ("…, Amnesty International said today"), as a release does of itself; a report names
    the day ("said on Tuesday")."""
    return _present(verb) or any(
        c.lower_ == "today" and c.dep_ in {"npadvmod", "advmod"} for c in verb.children
    )


def _self_published(subj: Token, name: str, entities: list[EntityMention]) -> bool:
    """An organisation's own page: the organisation that opens the text speaking now is the
    one the page's top lines carry as their site ("Amnesty International UK", "UNHCR -
    Clashes in …"), or it dates its saying "today" (a release's "…, Human Rights Watch said
    today")."""
    organisation = subj.ent_type_ == "ORG" or any(
        e.label == "ORG" and e.start <= subj.idx < e.end for e in entities
    )
    if not organisation:
        return False
    if not _present(subj.head):
        return True  # "said today"
    # the name as the text writes it, as the entity stage settled it, or any other way the
    # text writes that entity ("UNHCR, the UN Refugee Agency, is working …"), as the site
    # writes it (not a dateline's capitals: "AMIZMIZ - A day after …")
    text = subj.doc.text
    written = {name, re.sub(r"^[Tt]he\s+", "", subj.doc[subj.left_edge.i : subj.i + 1].text)}
    written |= {text[e.start : e.end] for e in entities if e.canonical == name}
    names = "|".join(re.escape(n) for n in sorted(written, key=len, reverse=True))
    site = re.compile(r"\W*(?:" + names + r")(?:\s+\w+)?\s*(?:$|[-|–—]\s)")
    top = [ln for ln in text.splitlines() if ln.strip()][:LABEL_LINES]
    return any(site.match(line.strip()) for line in top)


def _key(subj: Token) -> str:
    return subj.lower_


def _labelled_author(doc: Doc, entities: list[EntityMention]) -> str | None:
    """The body a heading line at the page's top names as the speaker ("Comment by UN Human
    Rights Office spokesperson on France"): a statement in that body's voice, its "we" the
    body's. The organisation the model tagged in the name, else the name's capitalised
    words."""
    text = doc.text
    at = 0
    seen = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            seen += 1
            m = AUTHOR_LABEL.match(line)
            if m is not None:
                start, end = at + m.start(1), at + m.end(1)
                orgs = [e for e in entities if e.label == "ORG" and start <= e.start < end]
                if orgs:
                    return orgs[0].canonical
                words = m.group(1).split()
                if words and all(w[:1].isupper() for w in words) and len(words) <= 6:
                    return m.group(1)
                return None
            if seen >= LABEL_LINES:
                return None
        at += len(line)
    return None
