"""Candidate spans cut to the name (articles, titles, possessives, brackets off), junk rejected,
sentence evidence, and the word tests every step shares (a place preposition, an acronym).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from sitrep.extract.entities.vocabulary import (
    DATE_LEADS,
    DIVINE_NAMES,
    INITIALS_SKIP,
    JOINERS,
    LOCATIVE,
    MONTHS_DAYS,
    PLATFORM_NAMES,
    POSSESSIVE,
    PROSE_MIN_LOWER,
    PTB_BRACKETS,
    SETTLEMENT_WORDS,
    TITLES,
    UI_WORDS,
)
from sitrep.extract.gazetteer import Gazetteer
from sitrep.records import Evidence


@dataclass(frozen=True, slots=True)
class Sentences:
    """Sentence of every token, computed once: ``Span.sent`` rescans the whole Doc per call."""

    of_token: tuple[int, ...]
    bounds: tuple[tuple[int, int], ...]  # character offsets

    @classmethod
    def of(cls, doc: Doc) -> Sentences:
        if not doc.has_annotation("SENT_START"):
            return cls((0,) * len(doc), ((0, len(doc.text)),))
        of_token = [0] * len(doc)
        bounds = []
        for k, sent in enumerate(doc.sents):
            of_token[sent.start : sent.end] = [k] * (sent.end - sent.start)
            bounds.append((sent.start_char, sent.end_char))
        return cls(tuple(of_token), tuple(bounds))

    def evidence(self, doc_id: str, token: int) -> Evidence:
        start, end = self.bounds[self.of_token[token]]
        return Evidence(doc_id, start, end)


def _edge_mark(tok: Token) -> bool:
    return tok.is_punct or tok.text in PTB_BRACKETS


def trim(span: Span) -> Span:
    """Drop leading determiners/titles and a trailing possessive."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in ("the", "a", "an") or _edge_mark(doc[start])):
        start += 1
    while start < end - 1 and _dated(doc, start):
        start += 1  # "On 30 June Ruto said": the date is no part of the name
    opened = [i for i in range(start, end) if doc[i].text == "("]
    if opened and not any(doc[i].text == ")" for i in range(opened[-1], end)):
        end = opened[-1]  # "World Health Organization (WHO": the acronym is its own mention
    while end > start and (
        doc[end - 1].tag_ == "POS" or doc[end - 1].lower_ in POSSESSIVE or _edge_mark(doc[end - 1])
    ):
        end -= 1
    while end > start + 1 and _percentage(doc, end - 1):
        end -= 1  # "gave Ali Bongo 64.27% of the votes": a share is no part of a name
    return doc[start:end]


def _dated(doc: Doc, i: int) -> bool:
    """A month or weekday that a date gives before a name: "30 June Ruto", "on Monday
    Odinga" (not "June Carter", whose given name it is)."""
    before = doc[i - 1] if i > 0 else None
    return (
        doc[i].lower_ in MONTHS_DAYS
        and before is not None
        and (before.like_num or before.lower_ in DATE_LEADS)
    )


def _percentage(doc: Doc, i: int) -> bool:
    """A number followed by "%" or "per cent"/"percent"."""
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    return doc[i].like_num and not doc[i].is_alpha and nxt in ("%", "per", "percent")


def strip_titles(span: Span) -> Span:
    start = span.start
    doc = span.doc
    while start < span.end - 1 and doc[start].lower_ in TITLES:
        start += 1
        if start < span.end - 1 and doc[start].text == ".":
            start += 1
    return doc[start : span.end]


def is_junk(span: Span) -> bool:
    text = span.text.strip()
    if "\n" in text:  # names do not cross line breaks; page furniture does
        return True
    if not text or not any(c.isalpha() for c in text):
        return True
    if len(span) == 1 and not text[0].isupper():
        return True
    words = {t.lower_ for t in span if t.is_alpha}
    if words and words <= PLATFORM_NAMES and in_prose(span):
        return False  # "blocked access to WhatsApp": the service, not a share button
    if words and words <= (UI_WORDS | MONTHS_DAYS | JOINERS) and words - JOINERS:
        return True
    if words and words <= DIVINE_NAMES:
        return True
    if words and words <= TITLES:  # "Secretary" of "Secretary of State X", tagged GPE
        return True
    if all(t.like_num or t.is_punct or t.lower_ in MONTHS_DAYS for t in span):
        return True
    return bool(len(text) < 2)


def in_prose(span: Span) -> bool:
    """Whether a span stands in a sentence of running prose (at least
    :data:`PROSE_MIN_LOWER` lower-case words), not in a line of page furniture."""
    return sum(t.is_lower and t.is_alpha for t in span.sent) >= PROSE_MIN_LOWER


def common_word_at_start(span: Span, gaz: Gazetteer) -> bool:
    """ "Protests are ongoing": a capitalised common noun or verb opening a sentence, which the
    model sometimes labels (NORP, ORG). Demonyms ("Kazakhs said") are kept, and so is a word
    that the document's other names carry ("Guterres condemned" after "Antonio Guterres")."""
    tok = span[0]
    return (
        len(span) == 1
        and tok.is_sent_start
        and tok.tag_ not in ("NNP", "NNPS")
        and tok.pos_ != "PROPN"
        and gaz.demonym(tok.text) is None
        and not any(
            len(ent) > 1 and any(t.text == tok.text for t in ent)
            for ent in span.doc.ents
            if ent.start != span.start
        )
    )


def is_locative(doc: Doc, start: int) -> bool:
    """A place preposition before the name ("in Beni", "near the city of Goma"), or a word
    of a settlement naming it ("attacked the town of Beni"): the name is a place's."""
    i = start - 1
    if start >= 2 and doc[i].lower_ == "capital" and doc[i - 1].lower_ in ("the", "its"):
        return True  # "the capital Stepanakert", "its capital Juba": the capital's name
    named = False
    while i >= 0 and doc[i].lower_ in ("the", "of", *SETTLEMENT_WORDS):
        if doc[i].lower_ in SETTLEMENT_WORDS and doc[i + 1].lower_ == "of":
            named = True
        i -= 1
    return named or (i >= 0 and doc[i].lower_ in LOCATIVE)


def initials_of(words: Sequence[str]) -> str:
    return "".join(
        w[0] for w in words if w and w.lower() not in INITIALS_SKIP and w[0].isalpha()
    ).upper()


def is_acronym(text: str) -> bool:
    letters = text.replace(".", "").replace("-", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()
