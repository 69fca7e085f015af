"""Sources told again: a pronoun ("he said", "it said") or a description ("the committee",
"the organization", "a hospital official") resolved to a source named before it, and the
sources each sentence has before it to resolve against."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from sitrep.extract.figure_words import (
    BODY_NOUNS,
    COLLECTIVE_SOURCES,
    EVIDENTIAL_VERBS,
    GENERIC_BODIES,
    INSTITUTION_KINDS,
    PERSON_NOUNS,
    REPORT_VERBS,
    STAFF_NOUNS,
)
from sitrep.extract.figures.source_names import _source_text
from sitrep.extract.figures.speakers import _claims_lives, _puts_a_figure
from sitrep.extract.figures.syntax import _PRONOUNS, _is_person, _lemma, _subject, _verbs_with_lemma
from sitrep.records import EntityMention


def _described_body(
    subj: Token, words: set[str], earlier: tuple[str, ...], orgs: frozenset[str]
) -> str | None:
    """A body told again by description, "the" and words before its noun ("the doctors
    union" after the Central Committee of Sudanese Doctors spoke, "the state-funded body"
    after the Kenya National Commission on Human Rights did): the last organisation named as
    a source that shares a word of the description, else, when the words only describe
    (adjectives) a body of no kind, the last organisation named as a source."""
    if subj.left_edge.lower_ != "the" or _lemma(subj) not in BODY_NOUNS:
        return None
    mods = [c for c in subj.lefts if c.dep_ != "det"]
    if not mods or any(c.dep_ not in {"amod", "compound"} for c in mods) or list(subj.rights):
        return None
    named = [name for name in earlier if name in orgs]
    if not named:
        return None
    kinds = words - {subj.lower_.rstrip("s")}
    sharing = [n for n in named if kinds & {w.lower().rstrip("s") for w in re.findall(r"\w+", n)}]
    if sharing:
        return sharing[-1]
    generic = _lemma(subj) in GENERIC_BODIES  # not "the interior ministry": a kind of its own
    return named[-1] if generic and all(c.dep_ == "amod" for c in mods) else None


def _refers_back(
    subj: Token,
    text: str,
    earlier: tuple[str, ...],
    orgs: frozenset[str] = frozenset(),
    before: tuple[str, ...] = (),
) -> str:
    """'the committee' / "the doctors' committee" after 'the Central Committee of Sudan
    Doctors' is that committee: a definite description whose words all occur in the last
    named source; "the organization" or "the group" alone is the last organisation named as a
    source, or, when none was, the last organisation the text named before it (``before``,
    the organisations and facilities named before, in order: "The Ombudsman's Office
    monitored the protests. According to information collected by the institution, ...");
    "the hospital" or "the committee" alone is the last one named with that word ("died at
    the Colombo National Hospital, a hospital spokesperson said. The hospital says 84 people
    have been treated")."""
    alone = subj.left_edge.lower_ == "the" and subj.left_edge.i + 1 == subj.i
    body = alone and _lemma(subj) in BODY_NOUNS
    if subj.pos_ == "PROPN" or text in earlier:
        return text
    if not any(c.dep_ in {"det", "poss"} for c in subj.children):
        return text
    if body:
        named = [name for name in earlier if name in orgs]
        if named:
            return named[-1]
    words = {w.strip("'’s").lower().rstrip("s") for w in re.findall(r"[\w'’]+", text)}
    words -= {"the", "it"}
    told = _described_body(subj, words, earlier, orgs)
    if told is not None:
        return told
    described = None  # a source told by description ("hospital spokesperson"), no name
    for name in reversed(earlier):
        have = {w.lower().rstrip("s") for w in re.findall(r"\w+", name)}
        if words and all(w in have for w in words) and len(have) > len(words):
            if any(w[:1].isupper() for w in name.split()):
                return name
            described = described or name
    if alone and subj.pos_ == "NOUN":
        head = subj.lower_.rstrip("s")
        named = [name for name in before if head in {w.lower().rstrip("s") for w in name.split()}]
        if named:
            return named[-1]
    if subj.pos_ == "NOUN" and _lemma(subj) in STAFF_NOUNS:
        # "a hospital official" after the Colombo National Hospital was named: its staff
        kinds = {c.lower_ for c in subj.children if c.dep_ == "compound"} & INSTITUTION_KINDS
        named = [name for name in before if kinds & {w.lower() for w in name.split()}]
        if named:
            return named[-1]
    if described is not None:
        return described
    organisations = [name for name in before if name in orgs]
    if body and organisations and not any(name in orgs for name in earlier):
        return organisations[-1]
    return text


def _named_before(token: Token, entities: list[EntityMention]) -> tuple[str, ...]:
    """The organisations and facilities the text names before ``token``, in order (the
    entity stage tells a hospital or a camp as a location)."""
    named = sorted(
        (e for e in entities if e.label in {"ORG", "FAC", "LOC"} and e.end <= token.idx),
        key=lambda e: e.end,
    )
    return tuple(e.canonical for e in named)


def _antecedent(
    pronoun: Token,
    earlier: tuple[str, ...],
    orgs: frozenset[str],
    people: frozenset[str] = frozenset(),
) -> str | None:
    """The source named before that a pronoun subject refers to: the last one, except that
    "he" or "she" is no organisation nor a body of people ("My cousin was at the junction,
    he says at least 200 died", after "police said …", is not the police's figure)."""
    if not earlier:
        return None
    last = earlier[-1]
    word = last.split()[-1].lower()
    if pronoun.lower_ in {"he", "she"}:
        if last in orgs or word in COLLECTIVE_SOURCES or (word.endswith("s") and " " not in last):
            return None
    if pronoun.lower_ == "it":
        # "it said", after "one woman, Anahit, said": no person; the body named before her
        # ("…, the IHR NGO said … said IHR director Mahmood Amiry-Moghaddam … It said")
        bodies = [
            name
            for name in earlier
            if name in orgs and name not in people and name.split()[-1].lower() not in PERSON_NOUNS
        ]
        if last in people or word in PERSON_NOUNS:
            return bodies[-1] if bodies else None
    return last


# A clause's subject, or a name set before it ("Wael Ghonim, ..., he brought it up"), as the
# parser labels them
_TOPIC_DEPS = frozenset({"nsubj", "nsubjpass", "npadvmod", "dislocated"})


def _named_subject(pronoun: Token, entities: list[EntityMention]) -> str | None:
    """ "he" or "she" is the last person named as the subject of a clause in its own
    sentence or the one before ("Wael Ghonim, that Google executive, he brought it up. He
    said there were a thousand detained"): the centre of the text at that point, before any
    earlier source."""
    if pronoun.lower_ == "it":
        return _subject_body(pronoun, entities)
    if pronoun.lower_ not in {"he", "she"}:
        return None
    sent = pronoun.sent
    first = pronoun.doc[sent.start - 1].sent if sent.start > 0 else sent
    named = None
    for e in entities:
        if e.label != "PERSON" or not first.start_char <= e.start < pronoun.idx:
            continue
        span = pronoun.doc.char_span(e.start, e.end, alignment_mode="expand")
        if span is not None and span.root.dep_ in _TOPIC_DEPS:
            named = e.canonical
    return named


def _subject_body(pronoun: Token, entities: list[EntityMention]) -> str | None:
    """ "it" is the organisation or country named as a subject before it in its own
    sentence ("Baku began the operation hours after it said four officers were killed")."""
    sent = pronoun.sent
    named = None
    for e in entities:
        if e.label not in {"ORG", "GPE"} or not sent.start_char <= e.start < pronoun.idx:
            continue
        span = pronoun.doc.char_span(e.start, e.end, alignment_mode="expand")
        if span is None or span.root.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        verb, path = pronoun.head, []
        while verb != span.root.head and verb.head != verb:
            path.append(verb.dep_)
            verb = verb.head
        # the pronoun's clause hangs below the named subject's as an adverbial ("hours after
        # it said"), not as the report of what that clause says ("Khartoum accounted for
        # most casualties, it said")
        if verb == span.root.head and path and "parataxis" not in path and "ccomp" not in path:
            named = e.canonical
    return named


_SOURCE_VERBS = REPORT_VERBS - EVIDENTIAL_VERBS


def _sources_before(doc: Doc, entities: list[EntityMention]) -> dict[int, tuple[str, ...]]:
    """For each sentence start, the sources of reporting verbs before it, latest last (so that
    "They added …" and "the committee said …" resolve to a source named earlier)."""
    out: dict[int, tuple[str, ...]] = {}
    earlier: tuple[str, ...] = ()
    verbs = _verbs_with_lemma(doc, _SOURCE_VERBS)
    orgs = frozenset(e.canonical for e in entities if e.label == "ORG")
    k = 0
    for sent in doc.sents:
        out[sent.start] = earlier
        for t in sent:  # "…, according to the Central Committee of Sudan Doctors (CCSD)."
            if t.lower_ == "according":
                obj = next(
                    (
                        o
                        for to in t.children
                        if to.lower_ == "to"
                        for o in to.children
                        if o.dep_ == "pobj"
                    ),
                    None,
                )
                if obj is not None and (obj.pos_ == "PROPN" or obj.ent_type_ == "ORG"):
                    name = _source_text(obj, entities)
                    earlier = (*[e for e in earlier if e != name], name)
        while k < len(verbs) and verbs[k] < sent.end:
            verb = doc[verbs[k]]
            subj = _subject(verb)
            k += 1
            if (
                subj is not None
                and _puts_a_figure(verb)
                and not _claims_lives(verb)  # "ISIS claimed responsibility": no voice of counts
                and subj.lower_ not in _PRONOUNS
                # what was reported is no source ("heavy casualties were reported"); who was
                # quoted or cited is
                and (subj.dep_ != "nsubjpass" or subj.head.lemma_.lower() in {"quote", "cite"})
                and (
                    _is_person(subj)
                    or subj.pos_ == "PROPN"
                    or subj.ent_type_
                    or (any(c.dep_ in {"det", "poss"} for c in subj.children) and not _mute(subj))
                )
            ):
                name = _refers_back(subj, _source_text(subj, entities), earlier, orgs)
                earlier = (*[e for e in earlier if e != name], name)
    return out


def _mute(subj: Token) -> bool:
    """A plural common noun that names no speaker ("the pictures tell that story", "the
    images show"): no later "he said" or "they said" refers to it. Persons ("the doctors")
    and bodies ("the committees") are speakers."""
    return subj.tag_ == "NNS" and _lemma(subj) not in BODY_NOUNS


def _listed_sources(
    doc: Doc, entities: list[EntityMention], sources: dict[int, tuple[str, ...]], text: str
) -> dict[int, str]:
    """Figures listed after a source's colon ("The committee reviewed the toll, noting …:"
    followed by one short paragraph per figure) are that source's: sentence start (char)
    -> source, for each item paragraph up to the first paragraph that is not an item."""
    out: dict[int, str] = {}
    orgs = frozenset(e.canonical for e in entities if e.label == "ORG")
    pending: str | None = None
    for sent in doc.sents:
        if pending is not None:
            starts_paragraph = "\n" in text[max(0, sent.start_char - 2) : sent.start_char]
            if starts_paragraph and len(sent) <= 30 and any(t.like_num for t in sent):
                out[sent.start_char] = pending
                continue
            if sent.text.strip():
                pending = None
        if sent.text.rstrip().endswith(":"):
            subj = _subject(sent.root)
            earlier = sources.get(sent.start, ())
            if subj is not None and subj.lower_ in _PRONOUNS:
                pending = earlier[-1] if earlier else None
            elif subj is not None and (
                subj.pos_ == "PROPN"
                or subj.ent_type_
                or _is_person(subj)
                or _lemma(subj) in BODY_NOUNS
            ):
                pending = _refers_back(subj, _source_text(subj, entities), earlier, orgs)
    return out
