"""Finding trigger words: one-word triggers by lemma lookup, multi-word ones with spaCy's
``Matcher`` on short windows (patterns in :mod:`sitrep.extract.event_triggers`)."""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from sitrep.extract.event_triggers import Pattern
from sitrep.extract.events.parse import _matcher
from sitrep.extract.events.trigger_patterns import PATTERNS


def _span_matches(span: Span) -> list[tuple[str, Token]]:
    """(kind, first token) of every trigger in an isolated span."""
    strings = span.doc.vocab.strings
    found = [(strings[m], span[s]) for m, s, _e in _matcher(span.doc.vocab)(span)]
    trig = _triggers(span.doc.vocab)
    # the Matcher reads the tagger's part of speech: add what _pos reads otherwise
    misread = [
        (kind, tok)
        for tok in span
        if _pos(tok) != tok.pos_
        for kind in _single_kinds(trig, tok)
        if (kind, tok) not in found
    ]
    return sorted([*found, *misread], key=lambda kt: kt[1].i) if misread else found


def _op_width(op: object) -> int:
    """The most tokens a pattern token can consume ("?" 1, "{a,b}" b; "*"/"+" unbounded)."""
    if op in (None, "!", "1"):
        return 1
    if op == "?":
        return 1
    if isinstance(op, str) and op.startswith("{"):
        high = op.strip("{}").split(",")[-1]
        return int(high) if high else 10_000
    return 10_000


def _single(pattern: Pattern) -> bool:
    """A one-token pattern on lemma, lower-case form and part of speech only."""
    return len(pattern) == 1 and set(pattern[0]) <= {"LEMMA", "LOWER", "POS"}


def _values(spec: object) -> list[str]:
    if isinstance(spec, dict):
        return [str(v) for v in spec.get("IN", [])]
    return [str(spec)] if spec else []


@dataclass(frozen=True, slots=True)
class _Triggers:
    """The trigger patterns split for speed.

    Why: the Matcher tests every pattern at every token it is given; most triggers
    are one word, and news sentences rarely hold a trigger. One-word triggers are
    looked up by lemma / lower-case form (a dict probe per candidate token); only the
    multi-word patterns go to a Matcher, on short windows that start at a token that
    can begin one of them (found with one vectorised pass over the token columns)."""

    by_lemma: dict[str, tuple[tuple[str, frozenset[str] | None], ...]]
    by_lower: dict[str, tuple[tuple[str, frozenset[str] | None], ...]]
    lemmas: frozenset[int]  # hashes of every first-token lemma
    lowers: frozenset[int]
    multi_lemmas: frozenset[str]  # first tokens of multi-word patterns
    multi_lowers: frozenset[str]
    width: int  # the longest multi-word trigger, in tokens


@functools.lru_cache(maxsize=4)
def _triggers(vocab: Vocab) -> _Triggers:
    by_lemma: dict[str, list[tuple[str, frozenset[str] | None]]] = {}
    by_lower: dict[str, list[tuple[str, frozenset[str] | None]]] = {}
    multi_lemmas: set[str] = set()
    multi_lowers: set[str] = set()
    width = 1
    for kind, patterns in PATTERNS.items():
        for pattern in patterns:
            first = pattern[0]
            if _single(pattern):
                pos = first.get("POS")
                allowed = frozenset(_values(pos)) if pos else None
                for v in _values(first.get("LEMMA")):
                    by_lemma.setdefault(v, []).append((kind, allowed))
                for v in _values(first.get("LOWER")):
                    by_lower.setdefault(v, []).append((kind, allowed))
                continue
            multi_lemmas.update(_values(first.get("LEMMA")))
            multi_lowers.update(_values(first.get("LOWER")))
            width = max(width, sum(_op_width(t.get("OP")) for t in pattern))
    lemmas = {vocab.strings.add(v) for v in [*by_lemma, *multi_lemmas]}
    lowers = {vocab.strings.add(v) for v in [*by_lower, *multi_lowers]}
    return _Triggers(
        {k: tuple(v) for k, v in by_lemma.items()},
        {k: tuple(v) for k, v in by_lower.items()},
        frozenset(lemmas),
        frozenset(lowers),
        frozenset(multi_lemmas),
        frozenset(multi_lowers),
        width,
    )


def _single_kinds(trig: _Triggers, tok: Token) -> list[str]:
    """The kinds of the one-word triggers the token is."""
    return [
        kind
        for kind, allowed in (
            *trig.by_lemma.get(tok.lemma_, ()),
            *trig.by_lower.get(tok.lower_, ()),
        )
        if allowed is None or _pos(tok) in allowed
    ]


def _pos(tok: Token) -> str:
    """The token's part of speech, a lower-case word the tagger calls a proper noun read
    as the common noun it is ("Thursday's white march drew 6,000 people": "march" taken
    for the month)."""
    return "NOUN" if tok.pos_ == "PROPN" and tok.is_lower else tok.pos_


@functools.lru_cache(maxsize=4)
def _multi_matcher(vocab: Vocab) -> Matcher:
    matcher = Matcher(vocab)
    for kind, patterns in PATTERNS.items():
        multi = [p for p in patterns if not _single(p)]
        if multi:
            matcher.add(kind, multi)
    return matcher


def _doc_matches(doc: Doc, sents: list[Span]) -> dict[int, list[tuple[str, Token]]]:
    """Triggers of the whole document, bucketed by sentence index, in token order.

    Finds exactly what the Matcher finds sentence by sentence (tests check it): a
    multi-word trigger is confined to its sentence, as a trigger is one clause's."""
    if not len(doc):
        return {}
    trig = _triggers(doc.vocab)
    cols = doc.to_array([LEMMA, LOWER])
    mask = numpy.isin(cols[:, 0], numpy.fromiter(trig.lemmas, dtype=cols.dtype)) | numpy.isin(
        cols[:, 1], numpy.fromiter(trig.lowers, dtype=cols.dtype)
    )
    candidates = numpy.flatnonzero(mask).tolist()
    if not candidates:
        return {}
    starts = [s.start for s in sents]
    found: dict[int, set[tuple[int, str]]] = {}
    windows: list[tuple[int, int, int]] = []  # (sentence index, start, end)
    for i in candidates:
        si = bisect.bisect_right(starts, i) - 1
        if si < 0 or i >= sents[si].end:
            continue
        tok = doc[i]
        lemma, lower = tok.lemma_, tok.lower_
        for kind in _single_kinds(trig, tok):
            found.setdefault(si, set()).add((i, kind))
        if lemma in trig.multi_lemmas or lower in trig.multi_lowers:
            end = min(i + trig.width, sents[si].end)
            if windows and windows[-1][0] == si and i <= windows[-1][2]:
                windows[-1] = (si, windows[-1][1], max(windows[-1][2], end))
            else:
                windows.append((si, i, end))
    if windows:
        matcher = _multi_matcher(doc.vocab)
        strings = doc.vocab.strings
        for si, a, b in windows:
            for match_id, start, _end in matcher(doc[a:b]):
                found.setdefault(si, set()).add((a + start, strings[match_id]))
    return {si: [(kind, doc[i]) for i, kind in sorted(hits)] for si, hits in found.items()}
