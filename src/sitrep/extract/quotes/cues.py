"""Attribution cues: sentences, the reporting verb that governs a quotation, "according to",
and a speaker named just after the closing mark."""

from __future__ import annotations

import re

import numpy as np
from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from sitrep.extract.nlp import _wrapped
from sitrep.extract.quotes.names import Named, Speaker
from sitrep.extract.quotes.vocab import (
    AGE_AFTER_NAME,
    DOCUMENT_NOUNS,
    GO_ON_LEMMAS,
    REPORTING_LEMMAS,
)


def _in_relative_clause(tok: Token) -> bool:
    """A word of a relative clause describing someone ("who heads the delegation")."""
    t = tok
    for _ in range(4):
        if t.dep_ == "relcl":
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _line_break_tokens(doc: Doc) -> list[int]:
    """Indices of the tokens whose text holds a line break, found on the token arrays."""
    if not len(doc):
        return []
    orths = doc.to_array(ORTH)
    strings = doc.vocab.strings
    breaking = np.array([h for h in set(orths.tolist()) if "\n" in strings[h]], dtype=np.uint64)
    return np.flatnonzero(np.isin(orths, breaking)).tolist() if breaking.size else []


def sentences(doc: Doc) -> list[Span]:
    """spaCy's sentences, also cut at line breaks: a paragraph end always ends a
    sentence (the parser sometimes runs a quote-final paragraph into the next). A break
    of hard-wrapped text inside a sentence is not one (see :func:`nlp._wrapped`)."""
    out: list[Span] = []
    breaks = _line_break_tokens(doc)
    k = 0
    for sent in doc.sents:
        start = sent.start
        while k < len(breaks) and breaks[k] < sent.end:
            i = breaks[k]
            k += 1
            if i + 1 < sent.end and not _wrapped(doc[i], doc[i + 1]):
                if i + 1 > start:
                    out.append(doc[start : i + 1])
                start = i + 1
        if start < sent.end:
            out.append(doc[start : sent.end])
    return out


def according_to(span: Span) -> list[tuple[Token, Token]]:
    """Every "according to X" in ``span``, in order: the word "according" and X."""
    found = []
    for tok in span:
        if tok.lower_ == "according":
            for prep in tok.children:
                if prep.lower_ == "to":
                    objs = [c for c in prep.children if c.dep_ == "pobj"]
                    if objs:
                        found.append((tok, objs[0]))
    return found


def _according_to(sent: Span) -> Token | None:
    found = according_to(sent)
    return found[0][1] if found else None


def _inside(tok: Token, spans: list[tuple[int, int]]) -> bool:
    return any(s <= tok.idx < e for s, e in spans)


def _cue_by_tree(qtoks: list[Token], quoted: list[tuple[int, int]]) -> Token | None:
    """The first reporting verb above the quote in the dependency tree."""
    own = [(qtoks[0].idx, qtoks[-1].idx + 1)]
    for tok in qtoks:
        if not _inside(tok.head, own) or tok.head.i == tok.i:
            t = tok.head if tok.head.i != tok.i else None
            if t is not None and tok.dep_ == "ccomp" and t.i > tok.i and _goes_on(t, quoted):
                return t
            steps = 0
            while t is not None and steps < 8:
                if (
                    t.lemma_.lower() in REPORTING_LEMMAS
                    and t.pos_ in {"VERB", "AUX"}
                    and not _inside(t, quoted)
                ):
                    return _outer_cue(t, quoted)
                if t.head.i == t.i:
                    break
                t = t.head
                steps += 1
    return None


def _goes_on(verb: Token, quoted: list[tuple[int, int]]) -> bool:
    """A verb after the quotation that hangs on it as its clause, and that takes nothing
    else: '"...," Schüepp continued' (not "the shelling continued to ...", nor "the
    operation will continue 'until ...'"); or "read" with a document as what reads
    ('"...," read a statement released on Thursday', '"...," the banner read')."""
    if verb.pos_ != "VERB" or _inside(verb, quoted):
        return False
    if verb.lemma_.lower() == "read":  # '"...," the statement read' / 'read a statement'
        return any(
            c.dep_ in {"nsubj", "dobj"} and c.lemma_.lower() in DOCUMENT_NOUNS
            for c in verb.children
        )
    return verb.lemma_.lower() in GO_ON_LEMMAS and not any(
        c.dep_ in {"dobj", "xcomp", "prep"} for c in verb.children
    )


def _outer_cue(cue: Token, quoted: list[tuple[int, int]]) -> Token:
    """The reporting verb whose reported clause holds ``cue``: words quoted inside reported
    speech are the reporter's ("Zourabichvili … said that the government had declared
    'war' on its people": her word, not the government's), unless the reported clause
    names its own speaker."""
    while (
        cue.dep_ == "ccomp"
        and not any(
            c.dep_ in {"nsubj", "nsubjpass"} and (c.pos_ == "PROPN" or c.ent_type_)
            for c in cue.children
        )  # "Suleiman said that Mubarak asked him to start on 'reform'": the named one's
        and not any(_named_document(c) for c in cue.children if c.dep_ == "nsubj")
        and not _named_document(stranded_subject(cue))  # "the ISIS statement claims"
        and cue.head.i != cue.i
        and cue.head.lemma_.lower() in REPORTING_LEMMAS
        and cue.head.pos_ in {"VERB", "AUX"}
        and not _inside(cue.head, quoted)
    ):
        cue = cue.head
    return cue


def stranded_subject(verb: Token) -> Token | None:
    """The subject the parse took for the object of the verb before: "Reuters reported the
    ISIS press statement also claims ..." parsed with "statement" the object of "reported"
    and "claims" without a subject."""
    if verb.dep_ != "ccomp" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if obj is None or any(t.pos_ not in {"ADV", "PART"} for t in verb.doc[obj.i + 1 : verb.i]):
        return None
    return obj


def _named_document(tok: Token | None) -> bool:
    """A document named for its issuer ("the ISIS press statement")."""
    return (
        tok is not None
        and tok.lemma_.lower() in DOCUMENT_NOUNS
        and any(t.ent_type_ in {"ORG", "PERSON", "NORP", "GPE"} for t in tok.subtree if t.i < tok.i)
    )


def _cue_nearby(
    frame: list[Token], qstart: int, qend: int, quoted: list[tuple[int, int]]
) -> Token | None:
    """A reporting verb outside quotes in the quote's own sentences, nearest first."""
    cues = [
        t
        for t in frame
        if t.lemma_.lower() in REPORTING_LEMMAS and t.pos_ == "VERB" and not _inside(t, quoted)
    ]
    if not cues:
        return None
    return min(cues, key=lambda t: qstart - t.idx if t.idx < qstart else t.idx - qend)


def _trailing_name(names: list[Named], text: str, qe: int, first: int = 0) -> Speaker | None:
    """A quotation whose paragraph ends with a person's name and nothing else but the
    words that describe them, as captions and cut-off wire copy write it:
    '"… any choice," rickshaw driver Hanif'."""
    end = text.find("\n", qe)
    end = len(text) if end < 0 else end
    for k in range(first, len(names)):  # names[first:] start after the quote
        n = names[k]
        if n.start > end:
            break  # names are in order: none further on is in this paragraph
        n_end = n.start + len(text[n.start : n.end].rstrip())  # the model's span may take "\n"
        if n.label != "PERSON" or not (qe < n.start and n_end <= end):
            continue
        before, after = text[qe + 1 : n.start], text[n_end:end]
        described = re.fullmatch(r"[\s,\"”’'-]*(?:[a-z][\w-]*\s+){0,4}", before)
        if described and (not after.strip(" .\t\"”’'") or _cut_after_age(after, end, text)):
            return Speaker(n.canonical.strip(), n.start, n_end, True)
        return None
    return None


def _cut_after_age(after: str, end: int, text: str) -> bool:
    """A page cut off after the speaker's name and age, before the verb: '"...," Jane
    Doe, 25, ' at the text's end."""
    return not text[end:].strip() and AGE_AFTER_NAME.fullmatch(after) is not None


def _a_name(qtoks: list[Token]) -> bool:
    """Quoted words that are a name, not speech: one to three capitalised words with no
    verb and no closing punctuation (a nickname, a platform, an operation's name)."""
    words = [t for t in qtoks if t.is_alpha]
    return (
        0 < len(words) <= 3
        and all(t.text[:1].isupper() for t in words)
        and not any(t.pos_ in {"VERB", "AUX"} or t.text in {"!", "?", "."} for t in qtoks)
    )


def _quote_tokens(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _written_in(cue: Token) -> Token | None:
    """The document a passive verb of saying places the words in, as translated wire copy
    attributes them: "'...', it is written in the information", "it is said in the
    statement" (the document's issuer said them)."""
    if not any(c.dep_ == "auxpass" for c in cue.children):
        return None
    for prep in cue.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.lemma_.lower() in DOCUMENT_NOUNS:
                return obj
    return None


def _quoted_as_saying(cue: Token) -> Token | None:
    """Who "quote ... as saying" reports the words of, not who quoted them: "X was quoted
    by Reuters as saying" (the passive subject), "the statement quoted its director X as
    saying" (the object); the cue may be either verb."""
    verb = cue
    if cue.lemma_.lower() == "say" and cue.head.lower_ == "as" and cue.dep_ == "pcomp":
        verb = cue.head.head
    if verb.lemma_.lower() != "quote" or verb.pos_ != "VERB":
        return None
    if not any(
        c.lower_ == "as" and any(g.lemma_.lower() == "say" for g in c.children)
        for c in verb.children
    ):
        return None
    role = "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "dobj"
    return next((c for c in verb.children if c.dep_ == role), None)
