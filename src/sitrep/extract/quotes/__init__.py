"""Direct quotations and who said them (spaCy component ``sitrep_quotes_v1``).

Quote marks are paired by character (straight and curly, with the news
convention that a quote left open at a paragraph end continues or closes
there); everything else uses the parse: the quote's governing reporting verb
(found by walking the dependency tree up from the quoted words, by lemma), the
verb's subject (or the controller of a non-finite verb, or "according to X"),
and a simple, principled coreference rule for pronoun subjects: the most recent
named person that was a speaker or a grammatical subject.

A quoted word or short phrase with no reporting verb and no attributable
speaker is a scare quote and is dropped; a short phrase attributed to someone
("what he called a 'peacekeeping' mission") is kept, as in the gold convention.

The package's modules follow the steps: ``vocab`` (word lists and patterns), ``spans``
(quotation marks paired), ``names`` (candidate speakers), ``cues`` (sentences and reporting
verbs), ``resolver`` (who the subject is), ``issuers`` (who issued a quoted document) and
``extract`` (quotes, and the component).
"""

from __future__ import annotations

from sitrep.extract.quotes.cues import _line_break_tokens, according_to, sentences
from sitrep.extract.quotes.extract import attribute_quoted_figures, extract_quotes, quotes_component
from sitrep.extract.quotes.names import Named, Speaker, _subject_tokens
from sitrep.extract.quotes.resolver import _Resolver
from sitrep.extract.quotes.spans import find_quote_spans, outside_quotes
from sitrep.extract.quotes.vocab import (
    CLOSE_MARKS,
    DOCUMENT_NOUNS,
    HUMAN_NOUNS,
    INSTITUTION_NOUNS,
    LISTENER_VERBS,
    MIN_UNATTRIBUTED_WORDS,
    OPEN_MARKS,
    PERSON_PRONOUNS,
    PROXY_NOUNS,
    REPORTING_LEMMAS,
    ROLE_LEMMAS,
    STATEMENT_NOUNS,
    SUBJECT_DEPS,
    TITLE_LEMMAS,
)

__all__ = [
    "CLOSE_MARKS",
    "DOCUMENT_NOUNS",
    "HUMAN_NOUNS",
    "INSTITUTION_NOUNS",
    "LISTENER_VERBS",
    "MIN_UNATTRIBUTED_WORDS",
    "Named",
    "OPEN_MARKS",
    "PERSON_PRONOUNS",
    "PROXY_NOUNS",
    "REPORTING_LEMMAS",
    "ROLE_LEMMAS",
    "STATEMENT_NOUNS",
    "SUBJECT_DEPS",
    "Speaker",
    "TITLE_LEMMAS",
    "_Resolver",
    "_line_break_tokens",
    "_subject_tokens",
    "according_to",
    "attribute_quoted_figures",
    "extract_quotes",
    "find_quote_spans",
    "outside_quotes",
    "quotes_component",
    "sentences",
]
