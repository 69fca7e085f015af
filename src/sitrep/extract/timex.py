"""Find time expressions in a parsed document and resolve them to dates.

Candidates come from the model's DATE/TIME entities plus a Matcher for the
expressions the small English model misses ("overnight", "the past day",
"earlier in the evening", bare weekdays). Each is trimmed of framing
prepositions, widened over meaning-bearing modifiers ("late on", "since"),
and normalised by :mod:`sitrep.extract.timenorm` against the publication date,
the tense of the verb it modifies (weekday and month resolution look back in
past-tense reports, forward after "will"), and the date of the event mentioned
just before ("two days earlier" chains).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable
from functools import lru_cache

import numpy as np
from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from sitrep.extract import context
from sitrep.extract.timenorm import (
    MONTHS,
    PARTS_OF_DAY,
    UNITS,
    WEEKDAYS,
    Anchor,
    Normalised,
    anchor_of,
    normalise,
)
from sitrep.records import Evidence, TimeExpression

# Words in front of a time expression that frame it without changing its date.
LEADING_TRIM = frozenset(
    {
        "on",
        "in",
        "at",
        "during",
        "by",
        "for",
        "over",
        "within",
        "throughout",
        "until",
        "till",
        "about",
        "around",
        "as",
        "of",
        "from",
        "into",
        "after",
        "before",
        "through",
    }
)
FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "would", "ll"})
# Verbs whose infinitive complement (or passive participle) points forward:
# "plans to meet on Monday", "is scheduled for Friday".
FUTURE_HEADS = frozenset(
    {
        "plan",
        "expect",
        "schedule",
        "set",
        "due",
        "intend",
        "aim",
        "prepare",
        "slate",
        "hope",
        "propose",
        "threaten",
        "vow",
        "pledge",
        "promise",
        "go",
    }
)
# Words on the way from a date to its verb that put the date ahead: "payable Dec. 7".
FUTURE_WORDS = frozenset({"payable", "due", "upcoming", "scheduled", "planned", "supposed"})
_AGE = re.compile(r"\b(year|month|week|day)s?[- ]old\b", re.I)
_UNIT_LEMMAS = sorted({*UNITS, "hour", "minute"} - {"centurie"})
_WEEKDAY_NAMES = sorted(n for n in WEEKDAYS if len(n) > 4)
_PARTS = sorted(PARTS_OF_DAY)
_NUMBER_WORDS = [
    "a",
    "an",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "few",
    "several",
    "couple",
]


def _patterns() -> list[list[dict[str, object]]]:
    """Token patterns for time expressions the small model does not tag."""
    number = [{"IS_DIGIT": True, "OP": "?"}, {"LOWER": {"IN": _NUMBER_WORDS}, "OP": "?"}]
    return [
        [{"LOWER": "overnight"}],
        [{"LOWER": {"IN": ["today", "yesterday", "tomorrow", "tonight"]}}],
        [{"LOWER": {"IN": _WEEKDAY_NAMES}}, {"LOWER": {"IN": _PARTS}, "OP": "?"}],
        [{"LOWER": {"IN": ["early", "late"]}}, {"LOWER": {"IN": _WEEKDAY_NAMES}}],
        [
            {"LOWER": {"IN": ["this", "that", "last", "tomorrow", "yesterday"]}},
            {"LOWER": {"IN": _PARTS}},
        ],
        [{"LOWER": "the"}, {"LOWER": "same"}, {"LOWER": {"IN": [*_PARTS, "day", "week"]}}],
        [
            {"LOWER": {"IN": ["earlier", "later"]}},
            {"LOWER": {"IN": ["in", "on", "that"]}},
            {"LOWER": "the", "OP": "?"},
            {"LOWER": {"IN": [*_PARTS, "day", "week", "month", "year"]}},
        ],
        [
            {"LOWER": "the"},
            {"LOWER": {"IN": ["next", "following", "previous", "preceding"]}},
            {"LOWER": {"IN": [*_PARTS, "day", "week", "month", "year"]}},
        ],
        [{"LOWER": "the"}, {"LOWER": "day"}, {"LOWER": {"IN": ["before", "after"]}}],
        [
            {"LOWER": "the", "OP": "?"},
            {"LOWER": {"IN": ["past", "last", "previous", "next", "coming"]}},
            *number,
            {"LEMMA": {"IN": _UNIT_LEMMAS}},
        ],
        [*number, {"LEMMA": {"IN": _UNIT_LEMMAS}}, {"LOWER": {"IN": ["ago", "earlier", "later"]}}],
        [{"LOWER": {"IN": ["now", "currently", "recently"]}}],
        [{"LOWER": "at"}, {"LOWER": "present"}],
    ]


# Every pattern holds a required token with one of these words (LOWER) or lemmas (LEMMA):
# the Matcher only needs to run near them (see :func:`matches_near`).
_KEY_WORDS = frozenset(
    {
        "overnight",
        "today",
        "yesterday",
        "tomorrow",
        "tonight",
        *_WEEKDAY_NAMES,
        *_PARTS,
        "same",
        "earlier",
        "later",
        "next",
        "following",
        "previous",
        "preceding",
        "day",
        "past",
        "last",
        "coming",
        "now",
        "currently",
        "recently",
        "present",
    }
)
_KEY_LEMMAS = frozenset(_UNIT_LEMMAS)


def _holds_key(pattern: list[dict[str, object]]) -> bool:
    """The pattern has a required token that can only match a key word or lemma."""
    for token in pattern:
        if "OP" in token or len(token) != 1:
            continue
        ((attr, value),) = token.items()
        values = set(value["IN"]) if isinstance(value, dict) else {value}  # type: ignore[index]
        if (attr == "LOWER" and values <= _KEY_WORDS) or (
            attr == "LEMMA" and values <= _KEY_LEMMAS
        ):
            return True
    return False


def _pattern_length(pattern: list[dict[str, object]]) -> int:
    if any(token.get("OP") in {"*", "+"} for token in pattern):
        raise ValueError("matches_near needs patterns of bounded length")
    return len(pattern)


@lru_cache(maxsize=8)
def _matcher(vocab: Vocab) -> Matcher:
    """One compiled Matcher per vocabulary (per loaded pipeline)."""
    patterns = _patterns()
    if not all(_holds_key(p) for p in patterns):
        raise ValueError("every time pattern needs a required key token (_KEY_WORDS/_KEY_LEMMAS)")
    matcher = Matcher(vocab)
    matcher.add("TIME", patterns)
    return matcher


@lru_cache(maxsize=1)
def _reach() -> int:
    return max(_pattern_length(p) for p in _patterns()) - 1


@lru_cache(maxsize=8)
def _key_hashes(vocab: Vocab) -> tuple[np.ndarray, np.ndarray]:
    words = np.array(sorted(vocab.strings[w] for w in _KEY_WORDS), dtype=np.uint64)
    lemmas = np.array(sorted(vocab.strings[w] for w in _KEY_LEMMAS), dtype=np.uint64)
    return words, lemmas


def _key_tokens(doc: Doc) -> list[int]:
    """Indices of the tokens with a key word or lemma, found on the token arrays."""
    if not len(doc):
        return []
    arr = doc.to_array([LOWER, LEMMA])
    words, lemmas = _key_hashes(doc.vocab)
    return np.flatnonzero(np.isin(arr[:, 0], words) | np.isin(arr[:, 1], lemmas)).tolist()


def matches_near(
    matcher: Matcher, doc: Doc, keys: Iterable[int], reach: int
) -> set[tuple[int, int]]:
    """(start, end) of every match of ``matcher`` in ``doc``, when every match must contain
    a token of ``keys`` (sorted indices) and no pattern is longer than ``reach + 1`` tokens.

    Why: the Matcher starts every pattern at every token, so its cost is patterns × tokens;
    a match that holds key ``k`` lies within ``k ± reach``, so running the Matcher over just
    those ranges (overlapping ones merged) finds exactly the matches of a whole-doc run.
    Patterns must not look at anything outside the matched tokens."""
    n = len(doc)
    windows: list[tuple[int, int]] = []
    for k in keys:
        start, end = max(0, k - reach), min(n, k + reach + 1)
        if windows and start < windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return {(a + s, a + e) for a, b in windows for _, s, e in matcher(doc[a:b])}


def _trim(span: Span) -> Span | None:
    """Drop framing prepositions and punctuation; keep "since", "late on" and the like."""
    doc = span.doc
    start, end = span.start, span.end
    has_span_word = any(t.lower_ in {"to", "until", "through", "and", "-", "–"} for t in span)
    while start < end and (
        doc[start].is_punct
        # the model sometimes starts a DATE at its verb: "razed decades ago"
        or (doc[start].pos_ in {"VERB", "AUX"} and doc[start].tag_ != "VBG")
        or (
            doc[start].lower_ in LEADING_TRIM
            and not (doc[start].lower_ in {"from", "between"} and has_span_word)
        )
    ):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in {"'s", "’s", "and"}):
        end -= 1
    # widen over modifiers that change the date: "late on January 4", "since Friday"
    while start > 0:
        prev = doc[start - 1]
        if (
            prev.lower_ in {"on", "in"}
            and start > 1
            and doc[start - 2].lower_ in {"early", "late", "earlier", "later"}
        ):
            start -= 2
        elif prev.lower_ in {"early", "late", "mid", "since"} or (
            prev.lower_ in {"earlier", "later"} and doc[start].lower_ in {"this", "that"}
        ):
            start -= 1
        else:
            break
    if start >= end:
        return None
    # the day of a month the model tags apart ("On [19] [September] Azerbaijan's army")
    if start > 0 and _DAY_NUMBER.fullmatch(doc[start - 1].text) and doc[start].lower_ in MONTHS:
        start -= 1
        # ... and the first day of a range of them ("of 3 to 13 October", "between 3 and 13")
        if (
            start > 1
            and doc[start - 1].lower_ in {"to", "-", "–", "and"}
            and _DAY_NUMBER.fullmatch(doc[start - 2].text)
        ):
            start -= 2
            if start > 0 and doc[start - 1].lower_ in {"between", "from"}:
                start -= 1
    return doc[start:end]


_DAY_NUMBER = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?")


def _is_age(span: Span) -> bool:
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    prev = doc[span.start - 1] if span.start > 0 else None
    return bool(
        _AGE.search(span.text)
        or (nxt is not None and nxt.lower_ in {"old", "-old"})
        or (prev is not None and prev.lower_ in {"aged", "age", "ages"})
    )


def _path_to_verb(span: Span) -> list[Token]:
    """The tokens from the expression's head up to the verb that governs it."""
    path = [span.root]
    for _ in range(8):
        tok = path[-1]
        if tok.pos_ in {"VERB", "AUX"} or tok.head is tok:
            break
        path.append(tok.head)
    return path


def _past_passive(verb: Token) -> bool:
    """A passive told in the past: "was expected", "were scheduled"."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children
    )


def reads_past(span: Span) -> bool | None:
    """The tense of the clause a time expression sits in: past, future, or unknown.

    False on future marking: "will"/"would", "is going to", "plans to", a
    forward-looking participle or adjective on the way to the verb ("a summit set
    for April", "payable Dec. 7"), a headline infinitive ("Troops to arrive
    Friday"). None for an infinitive under any other verb ("decided to admit
    them in March": after the deciding, before or after the report) and for
    present tense or no verb. True when the verb or its auxiliary is past tense.
    The normaliser reads None as "weekdays look back, months take the nearest".
    """
    path = _path_to_verb(span)
    if any(t.lemma_ in FUTURE_HEADS or t.lower_ in FUTURE_WORDS for t in path[1:]):
        return False
    verb = path[-1]
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.lower_ in FUTURE_AUX for a in auxes):
        return False
    if any(a.lower_ == "to" for a in auxes) or verb.dep_ == "xcomp":
        head = verb.head
        if head is verb:
            return False
        if head.lemma_ in FUTURE_HEADS:
            # "was expected to take effect on Tuesday": a plan told in the past may have
            # come due before the report, so weekdays look back as for an unknown tense
            return None if _past_passive(head) else False
        return None
    tenses = {t for tok in (verb, *auxes) for t in tok.morph.get("Tense")}
    if "Past" in tenses or verb.tag_ == "VBD":
        return True
    return None


def candidates(doc: Doc) -> list[Span]:
    """Spans that may be time expressions, trimmed, longest first on overlap."""
    spans: list[Span] = [e for e in doc.ents if e.label_ in {"DATE", "TIME"}]
    matches = matches_near(_matcher(doc.vocab), doc, _key_tokens(doc), _reach())
    spans += [doc[s:e] for s, e in sorted(matches)]
    trimmed = [
        _with_stamp_clock(t)
        for s in spans
        if (t := _trim(s)) is not None and not _is_age(t) and not _zoned_clock(t)
    ]
    return _join_clock_and_date(sorted(filter_spans(trimmed), key=lambda s: s.start))


_CLOCK = re.compile(r"\d{1,2}:\d{2}")


def _with_stamp_clock(span: Span) -> Span:
    """A wire stamp with a two-digit year ("17 January 12 01:10 GMT") keeps its clock and
    zone: without them "12" reads as the day ("January 12"), with them as the year."""
    doc = span.doc
    end = span.end
    if (
        len(span) >= 2
        and re.fullmatch(r"\d\d", span[-1].text)
        and span[-2].lower_ in MONTHS
        and end < len(doc)
        and _CLOCK.fullmatch(doc[end].text)
    ):
        end += 1
        if end < len(doc) and doc[end].lower_ in TIME_ZONES:
            end += 1
        return doc[span.start : end]
    return span


TIME_ZONES = frozenset("gmt utc est edt cet cest bst pst pdt msk eat cat wat hrs".split())


def _zoned_clock(span: Span) -> bool:
    """A four-digit number followed by a time zone ("1600 GMT", "0900 hrs") is a clock
    in 24-hour notation, not a year."""
    if len(span) != 1 or not span[0].like_num or span.end >= len(span.doc):
        return False
    return span.doc[span.end].lower_ in TIME_ZONES


def _join_clock_and_date(spans: list[Span]) -> list[Span]:
    """One expression for "3 p.m. on Wednesday" / "5 p.m. EST, Nov. 6" (the model splits them)."""
    out: list[Span] = []
    for span in spans:
        if out:
            last = out[-1]
            gap = span.doc[last.end : span.start]
            if (
                len(gap) <= 2
                and all(t.lower_ in {",", "on", "of"} for t in gap)
                and (
                    last.label_ == "TIME"
                    or span.label_ == "TIME"
                    or any(t.lower_ in {"a.m.", "p.m.", "am", "pm"} for t in last)
                )
            ):
                out[-1] = span.doc[last.start : span.end]
                continue
        out.append(span)
    return out


def _sentence(span: Span, doc_id: str) -> Evidence:
    doc = span.doc
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        sent = span.sent
        return Evidence(doc_id, sent.start_char, sent.end_char)
    return Evidence(doc_id, span.start_char, span.end_char)


def _reference_guess(spans: list[Span]) -> dt.date | None:
    """Without a publication date, the latest fully dated mention stands in for it."""
    probe = dt.date(2000, 1, 1)
    dated = [
        n.first
        for s in spans
        if (n := normalise(s.text, probe))
        and n.anchor == "absolute"
        and n.precision == "day"
        and n.first
    ]
    return max(dated) if dated else None


def find_times(doc: Doc, reference: dt.date | None = None) -> list[TimeExpression]:
    """Every time expression in ``doc`` with its calendar reading and evidence."""
    doc_id = context.doc_id(doc)
    spans = candidates(doc)
    ref = reference or context.published(doc)
    inferred = False
    if ref is None:
        ref = _reference_guess(spans)
        inferred = ref is not None
    out: list[TimeExpression] = []
    previous: Anchor | None = None  # the latest dated expression, and the latest day
    for span in spans:
        norm: Normalised | None = None
        if ref is not None:
            norm = normalise(span.text, ref, previous=previous, past=reads_past(span))
        if norm is not None and inferred and norm.anchor != "absolute" and norm.value:
            norm = dataclasses.replace(norm, flag=norm.flag or "reference inferred")
        if norm is None:
            if ref is not None:
                continue  # not a time expression after all ("44", "80486", "the night of")
            norm = Normalised(None, None, None, None, "none")
        out.append(
            TimeExpression(
                doc=doc_id,
                start=span.start_char,
                end=span.end_char,
                text=span.text,
                sentence=_sentence(span, doc_id),
                value=norm.value,
                precision=norm.precision,
                first=norm.first.isoformat() if norm.first else None,
                last=norm.last.isoformat() if norm.last else None,
                anchor=norm.anchor,
                flag=norm.flag,
                timex=norm.timex,
            )
        )
        previous = _next_anchor(previous, norm, span)
    return out


_COUNTED = frozenset({"ago", "earlier", "later", "before", "after"})


def _next_anchor(previous: Anchor | None, norm: Normalised, span: Span) -> Anchor | None:
    """The narrative anchor after reading ``norm``: a single day becomes both the
    anchor and the day; a week, month, quarter or year the text names ("in 2019",
    "the third quarter", "last month") becomes the anchor and keeps the last day
    (TimeML anchors "a year earlier" on the latest dated expression). A period
    counted from something else ("a year ago", "a year earlier") does not: in
    "up from a year ago ... the year-earlier quarter" both name the same period."""
    day = previous.day if previous else None
    if norm.precision == "day" and norm.first is not None and norm.first == norm.last:
        return Anchor(norm.first, norm.first, "D", norm.first)
    if span[-1].lower_ in _COUNTED or span[-1].lower_.endswith("-earlier"):
        return previous
    return anchor_of(norm, day) or previous


@Language.component("sitrep_times_v1")
def times_component(doc: Doc) -> Doc:
    """spaCy component: store ``find_times(doc)`` under "times" in the doc context."""
    context.put(doc, "times", find_times(doc))
    return doc
