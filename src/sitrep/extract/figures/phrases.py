"""Finding number phrases: a token Matcher near number words, qualifiers added, dates left out."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

import numpy as np
from spacy.attrs import LIKE_NUM, LOWER
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from sitrep.extract.figure_words import COUNT_FOLLOWERS, PART_PRONOUNS
from sitrep.extract.numbers import (
    FRACTION_DENOMINATORS,
    FRACTION_NUMERATORS,
    QUALIFIERS,
    SCALES,
    TENS,
    UNITS,
    VAGUE,
    Quantity,
    parse_number,
    parse_quantity,
)
from sitrep.extract.timenorm import MONTHS as MONTH_NUMBERS  # names and abbreviations
from sitrep.extract.timex import matches_near

_NUMBER_WORDS = frozenset(UNITS) | frozenset(TENS) | frozenset(SCALES) | {"dozen"}


# Every core holds a LIKE_NUM token, a number word or a content word of a vague amount
# ("dozens", "few", "handful"): the Matcher only needs to run near such "key" tokens.
_VAGUE_KEYS = frozenset(w for p in VAGUE for w in p.split() if w not in {"a", "an", "of"})


_KEY_WORDS = _NUMBER_WORDS | _VAGUE_KEYS


def _core_patterns() -> list[list[dict]]:
    """Token patterns for the *core* of a number phrase: [currency] number [percent] | vague.

    No qualifier is folded in: crossing the ~40 qualifiers with every core gave >1,100
    patterns, and the Matcher tries every pattern at every token (it was the costliest step
    of the whole pipeline). :func:`_qualified` adds the qualifiers afterwards with a lookup
    on the preceding tokens, which yields exactly the spans the crossed patterns matched."""
    num_words = sorted(_NUMBER_WORDS)
    num = {"LIKE_NUM": True}
    numw = {"LOWER": {"IN": num_words}}
    cores: list[list[dict]] = [
        [
            {"LOWER": {"IN": ["$", "€", "£", "us$"]}, "OP": "?"},
            num,
            {"OP": "?", **numw},
            {"OP": "?", **numw},
            {"LOWER": {"IN": ["percent", "%", "per"]}, "OP": "?"},
            {"LOWER": "cent", "OP": "?"},
        ],
        [numw, {"ORTH": {"IN": ["-", "and"]}}, numw, {"OP": "?", **numw}],
        # "six hundred and twenty-seven", "two thousand and five"
        [
            num,
            {"LOWER": {"IN": ["hundred", "thousand"]}},
            {"LOWER": "and"},
            numw,
            {"ORTH": "-", "OP": "?"},
            {"OP": "?", **numw},
        ],
        [
            {"LOWER": "half", "OP": "?"},  # "half a dozen towns" is six (see _parse_span)
            {"LOWER": {"IN": ["a", "an"]}},
            {"LOWER": {"IN": ["dozen", "hundred", "thousand", "million"]}},
        ],
        [
            {"LOWER": "between"},
            num,
            {"OP": "?", **numw},
            {"LOWER": "and"},
            num,
            {"OP": "?", **numw},
        ],
        [num, {"ORTH": {"IN": ["-", "–", "—", "to"]}}, num, {"OP": "?", **numw}],
        # an estimate between two neighbours: "in 16 or 17 vehicles", "5 or 6 people dead"
        [num, {"LOWER": "or"}, num],
        # a share written as a fraction, kept only before "of" (number_phrases): "two-thirds
        # of those deaths", "three quarters of them"
        [
            {"LOWER": {"IN": sorted(FRACTION_NUMERATORS)}},
            {"ORTH": "-", "OP": "?"},
            {"LOWER": {"IN": sorted(FRACTION_DENOMINATORS)}},
        ],
        # a thousands separator the scrape spaced out: "1, 000" (kept only when it reads
        # as one number, see :func:`_spaced_thousands`)
        [{"SHAPE": {"IN": ["d", "dd", "ddd"]}}, {"ORTH": ","}, num],
    ]
    vague = sorted(VAGUE, key=len, reverse=True)
    for phrase in vague:
        cores.append([{"LOWER": w} for w in phrase.split()])
    return cores


def _holds_key(pattern: list[dict]) -> bool:
    """The pattern has a required token that only a key token (:func:`_key_tokens`) matches."""
    for token in pattern:
        if "OP" in token or len(token) != 1:
            continue
        ((attr, value),) = token.items()
        values = set(value["IN"]) if isinstance(value, dict) else {value}
        if (attr == "LIKE_NUM" and value is True) or (attr == "LOWER" and values <= _KEY_WORDS):
            return True
    return False


@lru_cache(maxsize=4)
def _matcher(vocab: object) -> tuple[Matcher, int]:
    """The core Matcher (all matches, no greedy filter: the longest-match choice is made once
    the qualified spans are known) and how far a core reaches from its key token."""
    cores = _core_patterns()
    if not all(_holds_key(core) for core in cores):
        raise ValueError("every number pattern needs a required key token (_key_tokens)")
    if any(token.get("OP") in {"*", "+"} for core in cores for token in core):
        raise ValueError("matches_near needs number patterns of bounded length")
    matcher = Matcher(vocab)  # type: ignore[arg-type]
    matcher.add("NUMBER", cores)
    return matcher, max(len(core) for core in cores) - 1


@lru_cache(maxsize=4)
def _key_hashes(vocab: object) -> np.ndarray:
    strings = vocab.strings  # type: ignore[attr-defined]
    return np.array(sorted(strings[w] for w in _KEY_WORDS), dtype=np.uint64)


def _key_tokens(doc: Doc) -> list[int]:
    """Indices of the tokens every core must hold one of (LIKE_NUM, a number word, a word of
    a vague amount), found on the token arrays: most of a news text has no number at all."""
    if not len(doc):
        return []
    arr = doc.to_array([LIKE_NUM, LOWER])
    return np.flatnonzero((arr[:, 0] != 0) | np.isin(arr[:, 1], _key_hashes(doc.vocab))).tolist()


# Qualifier word sequences that may precede a core ("at least", "more than", "nearly").
_QUALIFIER_TOKENS: frozenset[tuple[str, ...]] = frozenset(
    tuple(q.split()) for q in QUALIFIERS if q not in {"or so"}
)


_QUALIFIER_LENGTHS: tuple[int, ...] = tuple(sorted({len(q) for q in _QUALIFIER_TOKENS}))


def _qualified(doc: Doc, cores: Iterable[tuple[int, int]]) -> set[tuple[int, int]]:
    """Every (start, end) of a core, alone and with each qualifier written right before it."""
    out: set[tuple[int, int]] = set()
    for start, end in cores:
        out.add((start, end))
        for n in _QUALIFIER_LENGTHS:
            if n <= start and tuple(t.lower_ for t in doc[start - n : start]) in _QUALIFIER_TOKENS:
                out.add((start - n, end))
    return out


def _phrase_spans(doc: Doc) -> list[Span]:
    """The longest non-overlapping number phrases, [qualifier] + core (as a single Matcher
    with every qualifier-core pattern and ``greedy="LONGEST"`` would choose them)."""
    matcher, reach = _matcher(doc.vocab)
    cores = matches_near(matcher, doc, _key_tokens(doc), reach)
    return filter_spans([doc[s:e] for s, e in _qualified(doc, cores)])


def _after_ordinal(span: Span) -> Span:
    """ "the first two": the count after an ordinal the phrase began with."""
    start = span.start
    while start < span.end - 1 and span.doc[start].ent_type_ == "ORDINAL":
        start += 1
    return span.doc[start : span.end]


def _spaced_thousands(span: Span) -> list[Span]:
    """A phrase over a comma is one number only when the comma separates thousands ("1,
    000"); else it is two ("has risen to 11, nine in Azerbaijan": a total and its part)."""
    comma = next((t.i for t in span if t.text == ","), None)
    if comma is None or _SPACED.search(span.doc[comma - 1 : comma + 2].text):
        return [span]
    after = span.doc[comma + 1 : span.end]
    before = span.doc[span.start : comma]
    return [before, *_spaced_thousands(after)] if any(t.like_num for t in after) else [before]


def _falling_range(span: Span) -> list[Span]:
    """A range is low to high: "11 – nine in Azerbaijan" is a total and its first part
    after a dash, two numbers."""
    dash = next(
        (
            t.i
            for t in span
            if t.text in _DASHES and t.i > span.start and t.whitespace_ and t.nbor(-1).whitespace_
        ),
        None,
    )  # spaced: "forty-nine" is one number
    if dash is None or dash + 1 >= span.end:
        return [span]
    low = parse_number(span.doc[dash - 1].text)
    high = parse_number(span.doc[dash + 1 : span.end].text)
    if low is None or high is None or high >= low:
        return [span]
    return [span.doc[span.start : dash], span.doc[dash + 1 : span.end]]


_DASHES = frozenset(("-", "–", "—"))


_SPACED = re.compile(r"^\d{1,3}, \d{3}$")
# A date written in digits, year first or last ("2023-05-09", "09/05/2023", "9.5.2023")
_NUMERIC_DATE = re.compile(
    r"(?<![\d,.])(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{4})(?![\d,])"
)


def number_phrases(doc: Doc) -> list[tuple[Span, Quantity]]:
    """Number phrases of ``doc`` with their parsed quantity (dates, times, ordinals excluded)."""
    dates = _date_entities(doc)
    numeric = [m.span() for m in _NUMERIC_DATE.finditer(doc.text)]
    out = []
    pieces = (
        p
        for span in _phrase_spans(doc)
        for part in _spaced_thousands(_after_ordinal(span))
        for p in _falling_range(part)
    )
    for piece in pieces:
        span = _trim(piece)
        if span is None:
            continue
        if any(s < span.end_char and span.start_char < e for s, e in numeric):
            continue  # "date 2022-12-17", "17/12/2022": a date written in digits
        nxt = span.doc[span.end] if span.end < len(span.doc) else None
        if (
            nxt is not None
            and nxt.text in {"-", "–"}
            and not (span[-1].whitespace_ and nxt.whitespace_)  # "11 – nine": a pause
            and span.end + 1 < len(span.doc)
            and span.doc[span.end + 1].is_alpha
            and span.doc[span.end + 1].lower_ != "strong"  # "a 200,000-strong rally": a size
        ):
            continue  # "two-time", "4-year-old", "five-storey": a compound adjective
        fraction = span[-1].lower_ in FRACTION_DENOMINATORS
        if fraction and (span.end >= len(span.doc) or span.doc[span.end].lower_ != "of"):
            continue  # "two thirds" with no "of": no share of anything named
        if not fraction and (_in_date(span, dates) or _calendar_number(span)):
            continue
        if _share_of_a_count(span):
            continue
        parsed = _parse_span(span)
        if parsed is not None:
            out.append(parsed)
    return out


def _share_of_a_count(span: Span) -> bool:
    """ "80 wounded, a large number of them seriously": a number told only as large, of
    people already counted, is a share of that count, no count of its own."""
    doc, end = span.doc, span.end
    return (
        span[-1].lower_ == "number"
        and end + 1 < len(doc)
        and doc[end].lower_ == "of"
        and doc[end + 1].lower_ in PART_PRONOUNS
    )


def _date_entities(doc: Doc) -> list[Span]:
    """The doc's ORDINAL, DATE and TIME entities (``doc.ents`` builds every span anew on
    each access, so it is read once per document)."""
    return [_clause_cut(e) for e in doc.ents if e.label_ in {"ORDINAL", "DATE", "TIME"}]


def _clause_cut(ent: Span) -> Span:
    """A date the NER ran on into the clause it dates: "on 30th June 2024 that nineteen (19)
    people lost their lives" tagged "30th June 2024 that nineteen (19)"; the date ends before
    the clause's "that"."""
    cut = next((t.i for t in ent if t.dep_ == "mark" and t.i > ent.start), None)
    if cut is None:
        return ent
    return Span(ent.doc, ent.start, cut, label=ent.label_)


def _in_date(span: Span, dates: list[Span]) -> bool:
    """The phrase is part of a date or duration ("January 6", "three decades", "4 years old").

    The NER also tags bare counts as DATE ("between 20 and 30 protesters"), so a DATE entity
    only disqualifies the phrase when it holds a word that is not part of the number.
    ``dates`` are :func:`_date_entities` of the span's doc."""
    after = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
    for ent in dates:
        if ent.label_ == "ORDINAL" and ent.start < span.end and span.start < ent.end:
            shared = [t for t in span if ent.start <= t.i < ent.end]
            if not all(t.is_digit or t.lower_ in _NUMBER_WORDS for t in shared):
                return True  # "the third", "21st"; not "two" in "the first two"
        if ent.label_ in {"DATE", "TIME"} and ent.start < span.end and span.start < ent.end:
            if ent.start == span.start and after in COUNT_FOLLOWERS:
                continue  # "nine earlier in the week" read as a time: a count all the same
            extra = [
                t
                for t in ent
                if not (span.start <= t.i < span.end)
                and t.is_alpha
                and t.lower_ not in {"the", "and", "about", "some", "around"}
            ]
            if extra:
                return True
    return False


YEAR_PREPOSITIONS = frozenset({"in", "since", "until", "till", "from", "before", "after", "during"})


def _calendar_number(span: Span) -> bool:
    """A day of the month or a year the NER left out of its DATE ("Fri Jun 10, 2011 11:51
    pm" in a wire headline, "the September 11, 2001 attacks"): a day right after a month
    name, or a four-digit year (written without a thousands separator) after a month and
    day or after "in", "since", "until"..."""
    if len(span) != 1 or not span[0].is_digit:
        return False
    tok = span[0]
    before = [t for t in span.doc[max(0, tok.i - 3) : tok.i] if t.text not in {",", "."}]
    prev = before[-1].lower_.rstrip(".") if before else ""
    value = int(tok.text)
    if prev in MONTH_NUMBERS and 1 <= value <= 31:
        return True
    if len(tok.text) == 4 and 1900 <= value <= 2099:
        if prev in YEAR_PREPOSITIONS:
            return True
        return (
            len(before) >= 2
            and before[-1].is_digit
            and before[-2].lower_.rstrip(".") in MONTH_NUMBERS
        )
    return False


def _trim(span: Span) -> Span | None:
    """Drop a trailing "per"/"and"/"-" that the greedy pattern swallowed."""
    start, end = span.start, span.end
    while end > start and span.doc[end - 1].lower_ in {"per", "and", "-", "–", "—", "to", "of"}:
        end -= 1
    return span.doc[start:end] if end > start else None


def _parse_span(span: Span) -> tuple[Span, Quantity] | None:
    if len(span) == 3 and span[0].lower_ == "half":  # "half a dozen": half of "a dozen"
        q = parse_quantity(span[1:].text)
        if q is None or q.value is None:
            return None
        qualifier = "about" if q.qualifier == "exact" else q.qualifier  # a round number
        return span, replace(q, value=q.value / 2, qualifier=qualifier)
    q = parse_quantity(span.text)
    if q is None and len(span) > 1:  # a trailing word the pattern allowed but the parser refuses
        span = span[:-1]
        q = parse_quantity(span.text)
    return (span, q) if q is not None else None
