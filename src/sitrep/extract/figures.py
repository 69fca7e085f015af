"""spaCy component ``sitrep_figures_v1``: quantitative claims about a crisis, with who claims them.

A number phrase is found with a token :class:`~spacy.matcher.Matcher` (qualifier + number
words/digits, vague amounts such as "dozens"), parsed by :mod:`sitrep.extract.numbers`, and
then *read through the dependency parse*:

* the **counted noun** (``nummod`` head, or ``of``-object: "dozens of attackers");
* the **event** it takes part in, from lemmas on the governing path and on the counted noun's
  own modifiers ("12 officers *died*", "17 *dead* policemen", "*claimed* 164 *lives*",
  "put the *death* toll at 26");
* the counted noun's **class** (people, troops, vehicles, businesses, places, buildings…).

A number with no crisis event and no crisis noun class is background (population, GDP, ages,
distances, durations, years) and is dropped — decided by the parse, not by word lists over
raw text. The claim's source comes from "according to X" or the subject of a reporting verb
that governs the number ("police said…", "officials put the toll at…"); the place from the
clause's place names (entities when the entity stage ran); the date from the sentence's time
expression, else the publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np
from spacy.attrs import LEMMA, LIKE_NUM, LOWER, POS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.parts_of_speech import VERB
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from sitrep.extract import context
from sitrep.extract.numbers import QUALIFIERS, SCALES, TENS, UNITS, VAGUE, Quantity, parse_quantity
from sitrep.extract.timenorm import MONTHS as MONTH_NUMBERS  # names and abbreviations
from sitrep.extract.timex import matches_near
from sitrep.records import EntityMention, Evidence, FigureClaim

if TYPE_CHECKING:
    from sitrep.extract.gazetteer import Gazetteer

__all__ = ["FigureReader", "read_figures"]

from sitrep.extract.figure_words import (
    AGENT_VERBS,
    BODY_NOUNS,
    BURN_VERBS,
    BUSINESS_NOUNS,
    CARE_SETTINGS,
    CHANGE_VERBS,
    CIVILIAN_NOUNS,
    COUNTRY_POSSESSORS,
    CRISIS_LEMMAS,
    CROWD_VERBS,
    CURRENCIES,
    DAMAGE_VERBS,
    DESCRIPTOR_NOUNS,
    DOCUMENT_NOUNS,
    EVENT_LEMMAS,
    EVIDENTIAL_VERBS,
    FIGURE_NOUNS,
    GENERIC_PEOPLE,
    HEARSAY_ADVERBS,
    LEMMA_FIXES,
    MARK_NOUNS,
    MONTHS,
    MULTIPLIER_VERBS,
    OTHER_NOUNS,
    PEOPLE_MEASURES_READ,
    PEOPLE_OTHER,
    PEOPLE_OTHER_AGENTIVE,
    PER_UNITS,
    PERSON_NOUNS,
    POLICE_NOUNS,
    PRICE_NOUNS,
    PROTESTER_NOUNS,
    REPORT_VERBS,
    RESULT_VERBS,
    SIZE_VERBS,
    STATE_VERBS,
    SUBUNITS,
    TOLL_NOUNS,
    TROOP_NOUNS,
    VEHICLE_NOUNS,
    WEEKDAYS,
)

_PRONOUNS = frozenset(("he", "she", "they", "it", "we", "i", "you", "who", "which", "that"))


# ---------------------------------------------------------------------------------------------
# Finding number phrases


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
        [
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


def number_phrases(doc: Doc) -> list[tuple[Span, Quantity]]:
    """Number phrases of ``doc`` with their parsed quantity (dates, times, ordinals excluded)."""
    dates = _date_entities(doc)
    out = []
    for span in _phrase_spans(doc):
        span = _trim(span)
        if span is None:
            continue
        nxt = span.doc[span.end] if span.end < len(span.doc) else None
        if (
            nxt is not None
            and nxt.text in {"-", "–"}
            and span.end + 1 < len(span.doc)
            and span.doc[span.end + 1].is_alpha
        ):
            continue  # "two-time", "4-year-old", "five-storey": a compound adjective
        if _in_date(span, dates) or _calendar_number(span):
            continue
        parsed = _parse_span(span)
        if parsed is not None:
            out.append(parsed)
    return out


def _date_entities(doc: Doc) -> list[Span]:
    """The doc's ORDINAL, DATE and TIME entities (``doc.ents`` builds every span anew on
    each access, so it is read once per document)."""
    return [e for e in doc.ents if e.label_ in {"ORDINAL", "DATE", "TIME"}]


def _in_date(span: Span, dates: list[Span]) -> bool:
    """The phrase is part of a date or duration ("January 6", "three decades", "4 years old").

    The NER also tags bare counts as DATE ("between 20 and 30 protesters"), so a DATE entity
    only disqualifies the phrase when it holds a word that is not part of the number.
    ``dates`` are :func:`_date_entities` of the span's doc."""
    for ent in dates:
        if ent.label_ == "ORDINAL" and ent.start < span.end and span.start < ent.end:
            return True
        if ent.label_ in {"DATE", "TIME"} and ent.start < span.end and span.start < ent.end:
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
    q = parse_quantity(span.text)
    if q is None and len(span) > 1:  # a trailing word the pattern allowed but the parser refuses
        span = span[:-1]
        q = parse_quantity(span.text)
    return (span, q) if q is not None else None


# ---------------------------------------------------------------------------------------------
# Reading one phrase through the parse


def _anchor(span: Span) -> Token:
    """The phrase's syntactic head: the token whose head lies outside the phrase."""
    for t in reversed(span):
        if not (span.start <= t.head.i < span.end) or t.head == t:
            return t
    return span[-1]


def _of_object(tok: Token) -> Token | None:
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.pos_ in {"NOUN", "PROPN", "ADJ"}:
                    return obj
    return None


def _counted(span: Span, anchor: Token) -> Token | None:
    """The noun the number counts: "120 *cars*", "dozens of *attackers*", "100 *percent*"."""
    for t in span:  # "dozens of attackers": the of-object of the phrase's last word
        obj = _of_object(t)
        if obj is not None and not (span.start <= obj.i < span.end):
            if obj.lower_ in VAGUE or obj.lemma_ in SCALES:
                return _of_object(obj) or obj
            return obj
    head = anchor.head
    if _lemma(head) in MARK_NOUNS:
        return None  # "passed the 2,500 mark": the value of a toll, no thing counted
    if (
        anchor.dep_ in {"nummod", "quantmod", "amod", "nmod", "compound", "det", "npadvmod"}
        and head.pos_ in {"NOUN", "PROPN"}
        and head.i >= anchor.i
        and not (span.start <= head.i < span.end)
    ):
        for _ in range(2):  # "42 ministry employees": the number counts the phrase's head
            up = head.head
            if not (
                head.dep_ in {"compound", "nmod"}
                and up.pos_ == "NOUN"
                and up.i > head.i
                and _is_person(up)
                and not _is_person(head)
            ):
                break
            head = up
        return head
    if (
        anchor.pos_ in {"NOUN", "PROPN"}
        and anchor.lower_ not in VAGUE
        and anchor.lemma_ not in SCALES
        and anchor.lemma_ != "dozen"
        and not anchor.like_num
    ):
        return anchor  # "$" or "percent" heading the phrase
    return None


def _lemma(t: Token) -> str:
    return LEMMA_FIXES.get(t.lower_) or t.lemma_.lower()


def _is_person(t: Token | None) -> bool:
    if t is None:
        return False
    lem = _lemma(t)
    return (
        lem in PERSON_NOUNS
        or t.lower_ in PERSON_NOUNS
        or (t.ent_type_ in {"NORP", "PERSON"} and t.tag_ in {"NNPS", "NNS"})
        or (
            t.ent_type_ in {"NORP", "PERSON"}
            and t.pos_ == "PROPN"
            and t.text.endswith("s")
            and not t.text.endswith("ss")
        )
    )


def _own_number(t: Token) -> bool:
    return (
        any(c.dep_ in {"nummod", "quantmod"} or c.lower_ in VAGUE for c in t.children)
        or t.lower_ in VAGUE
        or t.like_num
    )


def _conjuncts(t: Token) -> list[Token]:
    """``t`` and the nouns joined to it that share its number ("17 dead policemen and
    soldiers"), stopping at a conjunct with a number of its own ("… and 748 injured police")."""
    out = [t]
    cur = t
    while True:
        nxt = [c for c in cur.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}]
        if not nxt or _own_number(nxt[0]):
            return out
        cur = nxt[0]
        out.append(cur)


def _path_up(start: Token) -> Iterator[Token]:
    """Tokens from ``start`` up to (and including) its governing predicate."""
    t = start
    seen = 0
    while t.head != t and seen < 12:
        yield t
        if t.pos_ in {"VERB", "AUX"} and t is not start:
            return
        t = t.head
        seen += 1
    yield t


def _predicate(start: Token) -> Token | None:
    if start.pos_ in {"VERB", "AUX"}:
        return start
    for t in _path_up(start):
        if t.pos_ in {"VERB", "AUX"} and t is not start:
            return t
    return start if start.pos_ in {"VERB", "AUX"} else None


def _headline_passive(verb: Token) -> bool:
    """A bare past participle with no auxiliary and no object reads as a passive in
    headlines and captions: "56 civilians killed", "48 detained in crackdown"."""
    if any(c.dep_ in {"aux", "auxpass", "dobj"} for c in verb.children):
        return False
    # a participle the tagger read as a past tense: "Over 400 protesters detained, …"
    return verb.tag_ == "VBN" or (verb.tag_ == "VBD" and _lemma(verb) in AGENT_VERBS)


def _is_passive(verb: Token) -> bool:
    return (
        any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
        or verb.tag_ == "VBN"
        and verb.dep_ in {"acl", "amod"}
    )


def _event_of(lemmas: Iterable[str]) -> str | None:
    for lem in lemmas:
        if lem in EVENT_LEMMAS:
            return EVENT_LEMMAS[lem]
    return None


def _own_modifiers(t: Token) -> list[str]:
    out = []
    for c in t.children:
        if c.dep_ in {"amod", "acl", "relcl", "compound", "nmod"}:
            out.append(_lemma(c))
            if c.dep_ == "relcl":
                out.extend(_lemma(g) for g in c.children if g.dep_ in {"acomp", "dobj"})
    return out


def _own_participle(base: Token) -> str | None:
    """The measure a number's own participle or adjective gives, before any verb above it:
    "56 killed, hundreds injured" (gapping: "hundreds" hangs from "killed" but has its own
    "injured"), "with hundreds more wounded", "21 officers injured" after "left"."""
    if _lemma(base) in EVENT_LEMMAS or not (
        base.pos_ in {"NOUN", "PROPN", "NUM", "PRON"} and (_is_person(base) or _own_number(base))
    ):
        return None  # "25 fatalities": the noun says it
    for c in base.children:
        if (
            c.dep_ in {"acl", "amod"}
            and c.i > base.i
            and c.tag_ in {"VBN", "JJ"}
            and _lemma(c) in EVENT_LEMMAS
        ):
            return EVENT_LEMMAS[_lemma(c)]
    head = base.head
    if (
        base.dep_ == "nsubj"
        and head.i > base.i
        and head.tag_ in {"VBN", "JJ"}
        and _lemma(head) in EVENT_LEMMAS
        and not any(c.dep_ in {"aux", "auxpass", "dobj"} for c in head.children)
        and head.dep_ != "ROOT"
    ):
        return EVENT_LEMMAS[_lemma(head)]  # "with hundreds more wounded"
    return None


def _measure(span: Span, anchor: Token, counted: Token | None) -> tuple[str | None, str]:
    """The measure of a (non-money) figure and why (the cue's source)."""
    base = counted or anchor
    if counted is not None and _lemma(counted) in EVENT_LEMMAS.keys() - {"life", "body"}:
        return EVENT_LEMMAS[_lemma(counted)], "noun"  # "25 fatalities and 300 injured"
    nominal = base.head.head if base.dep_ == "pobj" and base.head.lower_ == "of" else None
    if (
        nominal is not None
        and nominal.pos_ == "NOUN"
        and _lemma(nominal) in EVENT_LEMMAS
        and (counted is None or _is_person(counted))
    ):
        return EVENT_LEMMAS[_lemma(nominal)], "noun"  # "after the injury of 42 officers"
    own = _own_participle(base)
    if own is not None:
        return own, "verb"
    # 1. the governing predicate ("12 officers died", "1,500 victims were treated")
    pred = None
    nouns_on_path = []
    for t in _path_up(base):
        if t.pos_ in {"VERB", "AUX"} and t is not base:
            pred = t
            break
        if t is not base and t.pos_ in {"NOUN", "PROPN"}:
            nouns_on_path.append(t)
    if pred is not None and pred.dep_ in {"aux", "auxpass"} and pred.head.pos_ == "VERB":
        pred = pred.head  # a misparsed auxiliary: "one officer remains hospitalized"
    if pred is not None:
        lem = _lemma(pred)
        subj_of_active = (
            any(t.dep_ in {"nsubj"} for t in _path_up(base) if t is not pred and t.head == pred)
            and not _is_passive(pred)
            and not _headline_passive(pred)
        )
        if lem in EVENT_LEMMAS and not (subj_of_active and lem in AGENT_VERBS):
            if counted is None or _is_person(counted) or _lemma(counted) in EVENT_LEMMAS:
                return EVENT_LEMMAS[lem], "verb"
        if lem in PEOPLE_OTHER and (counted is None or _is_person(counted)):
            if not (subj_of_active and lem in PEOPLE_OTHER_AGENTIVE):
                return "other", PEOPLE_OTHER[lem]  # "2.5 million people have fled"
        if (
            lem in {"claim", "lose", "take", "cost"}
            and counted is not None
            and _lemma(counted) == "life"
        ):
            return "killed", "verb"
        if counted is None or _is_person(counted):
            for c in pred.children:
                # "were shot dead", "found dead", "beaten to death", "taken into custody",
                # "were among the dead"
                complement = {"acomp", "oprd", "xcomp", "advmod"}
                if lem in RESULT_VERBS:
                    complement = complement | {"advcl", "ccomp"}  # "left 21 officers injured"
                cue = (
                    c
                    if c.dep_ in complement
                    else (
                        next((g for g in c.children if g.dep_ == "pobj"), None)
                        if c.dep_ == "prep" and c.lower_ in {"to", "into", "among"}
                        else None
                    )
                )
                if c.dep_ == "prep" and c.lower_ == "in" and lem in STATE_VERBS:
                    pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if pobj is not None and _lemma(pobj) in CARE_SETTINGS:
                        return "treated", "verb"  # "two officers remain in intensive care"
                if (
                    cue is not None
                    and _lemma(cue) in EVENT_LEMMAS
                    and (
                        c.dep_ in {"prep", "acomp"}  # "one officer remains hospitalised"
                        or EVENT_LEMMAS[_lemma(cue)] == "killed"
                        or lem in RESULT_VERBS
                    )
                ):
                    return EVENT_LEMMAS[_lemma(cue)], "verb"
                if c.dep_ == "prt" and c.lower_ == "up" and lem in {"round", "lock", "pick"}:
                    return "detained", "verb"  # "rounded up"
    # 2. the counted noun's and the number's own modifiers ("17 dead policemen", "26 dead")
    for t in (counted, anchor):
        if t is None:
            continue
        ev = _event_of(_own_modifiers(t))
        if ev and (counted is None or _is_person(counted)):
            return ev, "modifier"
    # "26 dead and 18 injured": a participle right after a bare number, however it is attached
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if (
        counted is None
        and nxt is not None
        and nxt.pos_ in {"ADJ", "VERB"}
        and _lemma(nxt) in EVENT_LEMMAS
    ):
        return EVENT_LEMMAS[_lemma(nxt)], "modifier"
    # 3. nouns on the path ("the bodies of 20 protesters") and the counted noun itself
    for t in [*([counted] if counted is not None else []), *nouns_on_path]:
        if counted is not None and t is not counted and not _is_person(counted):
            break
        lem = _lemma(t)
        if lem in EVENT_LEMMAS and lem != "life":
            return EVENT_LEMMAS[lem], "noun"
    # 4. a toll frame: "put the death toll at 26", "the number of dead ... at 103"
    if counted is None or _lemma(counted) in {"people", "person"}:
        frame = _toll_event(anchor, pred)
        if frame:
            return frame[0], "toll"
    # 5. crowd sizes, troops, vehicles, businesses, other crisis things
    lemmas_near = set()
    if pred is not None:
        lemmas_near.add(_lemma(pred))
    if counted is not None:
        lemmas_near.update(_own_modifiers(counted))
        for c in counted.children:
            if c.dep_ in {"acl", "relcl"}:
                lemmas_near.add(_lemma(c))
        # a conjunct's verb: "buildings, stations and numerous businesses stormed by …"
        for c in counted.conjuncts:
            if c.head.pos_ == "VERB":
                lemmas_near.add(_lemma(c.head))
    if counted is None and anchor.dep_ == "pobj" and anchor.head.lower_ == "of":
        holder = anchor.head.head  # "a crowd of around 3,000", "a death toll of 50"
        lem = _lemma(holder)
        if lem in PROTESTER_NOUNS:
            return "protesters", "size"
        if lem in TROOP_NOUNS or lem in {"force", "contingent", "deployment"}:
            return "troops", "size"
        ev = _event_of([*_own_modifiers(holder), lem])
        if ev and lem in TOLL_NOUNS | {"toll"}:
            return ev, "noun"
    if (
        counted is None
        and pred is not None
        and _lemma(pred) in CROWD_VERBS
        and anchor.dep_ == "nsubj"
        and anchor.head == pred
        and not _is_passive(pred)
    ):
        return "protesters", "crowd"  # "thousands have been protesting for a week"
    if counted is None:
        holder = _size_holder(anchor, pred)
        if holder is not None and _lemma(holder) in PROTESTER_NOUNS:
            return "protesters", "size"
        if holder is not None and _lemma(holder) in TROOP_NOUNS:
            return "troops", "size"
        return None, ""
    lem = _lemma(counted)
    if lem in PROTESTER_NOUNS or counted.lower_ in PROTESTER_NOUNS:
        return "protesters", "noun"
    if _is_person(counted) and lemmas_near & CROWD_VERBS:
        return "protesters", "crowd"
    if lem in TROOP_NOUNS or counted.lower_ in TROOP_NOUNS:
        return "troops", "noun"
    if lem in VEHICLE_NOUNS and lemmas_near & BURN_VERBS:
        return "vehicles_burned", "noun"
    if lem in BUSINESS_NOUNS and lemmas_near & DAMAGE_VERBS:
        return "businesses_damaged", "noun"
    if (lem in OTHER_NOUNS or lem in VEHICLE_NOUNS or lem in BUSINESS_NOUNS) and _crisis_sentence(
        span.sent
    ):
        return "other", "noun"
    return None, ""


def _size_holder(anchor: Token, pred: Token | None) -> Token | None:
    """Whose size a bare number gives: "protesters who … reached at least 20,000"."""
    if pred is None or _lemma(pred) not in SIZE_VERBS:
        return None
    for c in pred.children:
        if c.dep_ in {"nsubj", "nsubjpass"}:
            if c.lower_ in _PRONOUNS and pred.dep_ == "relcl":
                return pred.head
            return c
    # a relative clause the parser lost: "protesters who, according to …, reached 20,000"
    sent = anchor.sent
    for t in reversed(list(sent[: pred.i - sent.start])):
        if t.lower_ in {"who", "which", "that"}:
            prev = t.nbor(-1) if t.i > sent.start else None
            while prev is not None and prev.is_punct and prev.i > sent.start:
                prev = prev.nbor(-1)
            return prev if prev is not None and prev.pos_ in {"NOUN", "PROPN"} else None
    return None


def _toll_event(anchor: Token, pred: Token | None) -> tuple[str, Token] | None:
    """The event of a toll noun the number is the value of ("death toll at 26")."""
    if anchor.dep_ == "nummod" and _lemma(anchor.head) in MARK_NOUNS:
        anchor = anchor.head  # "the number of arrests passed the 2,500 mark"
    if anchor.head.lower_ not in {"at", "to"} and anchor.dep_ not in {"attr", "dobj"}:
        return None
    sent = anchor.sent
    candidates = []
    if pred is not None:
        candidates.extend(c for c in pred.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"})
    # the nearest toll noun before the number in the sentence (parses of long tolls wander)
    candidates.extend(
        t
        for t in reversed(list(sent[: anchor.i - sent.start]))
        if _lemma(t) in TOLL_NOUNS or _lemma(t) in EVENT_LEMMAS
    )
    for t in candidates:
        lem = _lemma(t)
        if lem in EVENT_LEMMAS and lem not in {"life", "body"}:
            return EVENT_LEMMAS[lem], t
        if lem in TOLL_NOUNS:
            mods = _own_modifiers(t)
            obj = _of_object(t)
            if obj is not None:
                mods.append(_lemma(obj))
            ev = _event_of(mods)
            if ev:
                return ev, t
    return None


def _crisis_sentence(sent: Span) -> bool:
    return any(_lemma(t) in CRISIS_LEMMAS for t in sent)


# ---------------------------------------------------------------------------------------------
# Who is counted


def _person_group(t: Token) -> str:
    """Map a counted person noun (with its conjuncts and compounds) to a group label."""
    kinds = set()
    for c in _conjuncts(t):
        lem, mods = (
            _lemma(c),
            {_lemma(m) for m in c.children if m.dep_ in {"compound", "amod", "nmod"}},
        )
        if mods & {"security", "law", "enforcement"} or lem in {
            "serviceman",
            "servicemen",
            "guard",
            "personnel",
        }:
            kinds.add("security_forces")
        elif lem in POLICE_NOUNS or (lem == "officer" and "police" in mods):
            kinds.add("police")
        elif lem in TROOP_NOUNS:
            kinds.add("soldiers")
        elif lem in {"officer", "official", "force", "agent"}:
            kinds.add("security_forces")
        elif lem in CIVILIAN_NOUNS:
            kinds.add("civilians")
        elif lem in PROTESTER_NOUNS or c.lower_ in PROTESTER_NOUNS:
            kinds.add("protesters")
        elif lem in GENERIC_PEOPLE or c.ent_type_ == "NORP":
            kinds.add("all")
        else:
            kinds.add(c.lower_ if c.tag_ in {"NNS", "NNPS"} else c.lower_ + "s")
    if len(kinds) == 1:
        return kinds.pop()
    if kinds <= {"police", "soldiers", "security_forces"}:
        return "security_forces"
    return "all"


def _protester_group(counted: Token) -> str:
    """Crowds keep their stance: "anti-government protesters" and "pro-government
    demonstrators" are different groups; otherwise "protesters"."""
    mods = [t for t in counted.lefts if t.dep_ in {"amod", "compound", "punct"}]
    for t in mods:
        if t.lower_ in {"anti", "pro", "opposition"} or t.lower_.startswith(("anti-", "pro-")):
            text = counted.doc[t.i : counted.i].text.lower().replace(" - ", "-")
            return f"{text} protesters"
    return "protesters"


def _bare_group(anchor: Token, pred: Token | None) -> str:
    """Who a number without a counted noun counts: "among protesters there are 26 dead",
    "the death toll of civilians at 26", "protesters torched … and more than 200 were arrested"."""
    sent = anchor.sent
    # "among X" anywhere before the number in the clause
    for t in sent:
        if t.lower_ == "among" and t.i < anchor.i:
            for obj in t.children:
                if obj.dep_ == "pobj" and _is_person(obj):
                    return _person_group(obj)
    # toll frames: the nearest "of <people>" before the number, after the toll noun
    if anchor.head.lower_ in {"at", "to"}:
        for t in reversed(list(sent[: anchor.i - sent.start])):
            if t.dep_ == "pobj" and t.head.lower_ == "of" and _is_person(t):
                return _person_group(t)
            if _lemma(t) in TOLL_NOUNS:
                break
    # the subject of a conjoined clause: "protesters torched …, and more than 200 were arrested"
    if pred is not None and _is_passive(pred):
        verbs = [pred, *pred.conjuncts]
        head = pred
        while head.dep_ == "conj":
            head = head.head
            verbs.append(head)
        for v in verbs:
            for c in v.children:
                if c.dep_ == "nsubj" and _is_person(c) and c.i < anchor.i:
                    return _person_group(c)
            for c in v.children:
                if c.dep_ == "ccomp":
                    for s in c.children:
                        if s.dep_ == "nsubj" and _is_person(s) and s.i < anchor.i:
                            return _person_group(s)
    return "all"


def _thing_group(counted: Token) -> str:
    """The counted noun phrase without numbers and determiners ("police vehicles")."""
    words = []
    for t in counted.subtree:
        if t.i > counted.i:
            break
        if t.dep_ in {"compound", "amod"} and t.head == counted or t == counted:
            if not t.like_num and t.lower_ not in VAGUE:
                words.append(t.text)
    conj = [c.text for c in _conjuncts(counted)[1:]]
    return " ".join([*words, *(["and", *conj] if conj else [])]).lower().replace(" - ", "-")


# ---------------------------------------------------------------------------------------------
# Who claims it


def _author(noun: Token) -> Token | None:
    """Who made a tally, report or statement: "compiled by AFP", "the ministry's report",
    "an AFP tally", "a statement from the army"."""
    for t in noun.subtree:
        if t.dep_ == "pobj" and t.head.lower_ == "by" and t.head.head.dep_ == "acl":
            return t  # "a tally of figures from hospitals compiled by AFP"
    for c in noun.children:
        if c.dep_ == "poss" and c.lower_ not in _PRONOUNS:
            return c
        if c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN" and c.i < noun.i:
            return c
        if c.dep_ == "prep" and c.lower_ in {"from", "by"}:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and (obj.pos_ == "PROPN" or obj.ent_type_ in {"ORG", "PERSON"}):
                return obj
    return None


def _source_text(subj: Token, entities: list[EntityMention]) -> str:
    """A source's name: the entity's canonical form if the subject is one, else its phrase."""
    doc = subj.doc
    if _lemma(subj) in DOCUMENT_NOUNS:
        author = _author(subj)
        if author is not None:
            return _source_text(author, entities)
    if _lemma(subj) in DESCRIPTOR_NOUNS:  # "the AFP news agency" -> AFP
        for e in entities:
            if e.label == "ORG" and subj.left_edge.idx <= e.start and e.end <= subj.idx:
                return e.canonical
    people = [
        e
        for e in entities
        if e.label == "PERSON" and subj.left_edge.idx <= e.start < subj.idx + len(subj.text) + 1
    ]
    for e in entities:
        if e.start <= subj.idx < e.end and e.label in {"PERSON", "ORG", "NORP", "GPE"}:
            if e.label == "PERSON" or (e.end - e.start) >= len(subj.text):
                return e.canonical
    if people:
        return people[-1].canonical
    if _lemma(subj) in {
        "official",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "representative",
        "source",
        "officer",
    }:
        for c in subj.children:
            if c.dep_ == "prep" and c.lower_ in {"from", "of", "at", "for"}:
                for obj in c.children:
                    if obj.dep_ == "pobj" and (
                        obj.pos_ == "PROPN"
                        or obj.ent_type_ == "ORG"
                        or any(g.pos_ == "PROPN" for g in obj.subtree)
                    ):
                        return _source_text(obj, entities)
    start, end = subj.left_edge.i, subj.i + 1
    for c in subj.rights:  # "officials from the office of the President"
        if (
            c.dep_ == "prep"
            and c.lower_ in {"from", "of", "at", "for", "in"}
            and not any(t.ent_type_ in {"DATE", "TIME"} for t in c.subtree)
        ):
            end = c.right_edge.i + 1
        elif (
            c.dep_ in {"acl"}
            and c.i == end
            and not any(t.like_num for t in c.subtree)
            and c.right_edge.i - c.i < 4
        ):
            end = c.right_edge.i + 1  # "images published online"
            break
        else:
            break
    while start < end and (doc[start].dep_ == "det" or doc[start].is_punct):
        start += 1
    # "the country's Health Ministry" -> "Health Ministry"
    if (
        start + 1 < end
        and doc[start + 1].dep_ == "case"
        and _lemma(doc[start]) in COUNTRY_POSSESSORS
    ):
        start += 2
    while end > start and (doc[end - 1].ent_type_ in {"DATE", "TIME"} or doc[end - 1].is_punct):
        end -= 1
    return doc[start:end].text if end > start else subj.text


def _subject(verb: Token, anchor: Token | None = None) -> Token | None:
    """The verb's subject (one that does not hold the number itself, when ``anchor``)."""
    for c in verb.children:
        if c.dep_ in {"nsubj", "nsubjpass"} and (anchor is None or anchor not in c.subtree):
            return c
    return None


def _according_to(sent: Span, anchor: Token) -> Token | None:
    found = []
    for t in sent:
        if t.lower_ == "according":
            for to in t.children:
                if to.lower_ == "to":
                    objs = [o for o in to.children if o.dep_ == "pobj"]
                    if objs:
                        found.append((t, objs[0]))
    if not found:
        return None
    ancestors = set(a.i for a in anchor.ancestors)
    attached = [(t, o) for t, o in found if t.head.i in ancestors or t.head == anchor]
    pool = attached or found
    # the innermost (nearest preceding) attribution wins
    return min(pool, key=lambda p: (p[0].i > anchor.i, abs(anchor.i - p[0].i)))[1]


def _reporting_subject(anchor: Token) -> Token | None:
    """The subject of the reporting verb governing the number ("police said …")."""
    chain = []
    for a in [anchor, *anchor.ancestors]:
        chain.append(a)
        if a.dep_ == "relcl" and any(c.lower_ in {"where", "when"} for c in a.children):
            return None  # ", where protesters seized …": the writer's background, not the quote
    root = anchor.sent.root
    if root not in chain:
        chain.append(root)
    # "Protesters numbered 10,000, organisers said, …": a parenthetical reporting clause
    for v in list(chain):
        for c in v.children:
            if c.dep_ == "parataxis" and _lemma(c) in REPORT_VERBS and c not in chain:
                chain.insert(chain.index(v) + 1, c)
    for v in chain:
        if v.pos_ not in {"VERB", "AUX"} or _lemma(v) not in REPORT_VERBS:
            continue
        subj = _subject(v, anchor)
        if subj is None or anchor in subj.subtree:
            continue
        lem = _lemma(v)
        if lem in {"put", "place"} and not any(
            (c.dep_ == "prep" and c.lower_ == "at")
            or (c.dep_ == "dobj" and _lemma(c) in TOLL_NOUNS)
            for c in v.children
        ):
            continue
        if lem in EVIDENTIAL_VERBS and lem != "show" and _lemma(subj) not in FIGURE_NOUNS:
            continue
        return subj
    # a reporting verb the parser cut off: "… spokesman Saltanat Azirbek said, in a statement
    # …, that dozens …" — the nearest saying verb before the number in the same paragraph
    sent = anchor.sent
    for v in reversed(list(sent[: anchor.i - sent.start])):
        if "\n" in v.text_with_ws:
            break
        if v.pos_ == "VERB" and _lemma(v) in REPORT_VERBS - EVIDENTIAL_VERBS - {"put", "place"}:
            subj = _subject(v)
            if subj is None and v.i > sent.start:
                prev = v.nbor(-1)
                subj = prev if prev.pos_ in {"PROPN", "NOUN"} else None
            return subj
    return None


def _hearsay(anchor: Token) -> bool:
    for v in [anchor, *anchor.ancestors]:
        if any(c.lower_ in HEARSAY_ADVERBS for c in v.children):
            return True
    return False


def _refers_back(
    subj: Token, text: str, earlier: tuple[str, ...], orgs: frozenset[str] = frozenset()
) -> str:
    """'the committee' / "the doctors' committee" after 'the Central Committee of Sudan
    Doctors' is that committee: a definite description whose words all occur in the last
    named source; "the organization" or "the group" alone is the last organisation named."""
    if not earlier or subj.pos_ == "PROPN" or text in earlier:
        return text
    if not any(c.dep_ in {"det", "poss"} for c in subj.children):
        return text
    if (
        _lemma(subj) in BODY_NOUNS
        and subj.left_edge.lower_ == "the"
        and subj.left_edge.i + 1 == subj.i
    ):
        named = [name for name in earlier if name in orgs]
        if named:
            return named[-1]
    words = {w.strip("'’s").lower().rstrip("s") for w in re.findall(r"[\w'’]+", text)}
    words -= {"the", "it"}
    for name in reversed(earlier):
        have = {w.lower().rstrip("s") for w in re.findall(r"\w+", name)}
        if words and all(w in have for w in words) and len(have) > len(words):
            return name
    return text


def _claimed_by(
    anchor: Token,
    entities: list[EntityMention],
    earlier: tuple[str, ...],
    frame: Token | None = None,
) -> str | None:
    """Who the sentence attributes the number to; None when the outlet asserts it."""
    orgs = frozenset(e.canonical for e in entities if e.label == "ORG")
    obj = _according_to(anchor.sent, anchor)
    if obj is not None:
        return _refers_back(obj, _source_text(obj, entities), earlier, orgs)
    subj = None
    if frame is not None:  # "officials put the death toll at 26": whoever puts the toll
        head = frame.head
        for _ in range(4):  # "the number of dead" -> put
            if head.pos_ == "VERB" or head.head == head:
                break
            head = head.head
        if head.pos_ == "VERB" and _lemma(head) in REPORT_VERBS:
            subj = _subject(head, anchor)
    subj = subj or _reporting_subject(anchor)
    if subj is not None:
        if subj.lower_ in _PRONOUNS:
            return earlier[-1] if earlier else None
        if _lemma(subj) in FIGURE_NOUNS and _author(subj) is None:
            official = any(_lemma(c) == "official" for c in subj.children)
            return "official figures" if official else None
        return _refers_back(subj, _source_text(subj, entities), earlier, orgs)
    if frame is not None:
        toll = frame if _lemma(frame) in TOLL_NOUNS else frame.head.head
        if any(_lemma(c) == "official" for c in toll.children):
            return "official figures"  # "the official death toll stands at 225"
    document = _in_document(anchor)
    if document is not None:
        return _source_text(document, entities)
    lead = _colon_source(anchor, entities)
    if lead is not None:
        return lead
    if _hearsay(anchor):
        return "unattributed reports"
    return None


def _colon_source(anchor: Token, entities: list[EntityMention]) -> str | None:
    """A headline or lead that opens with its source and a colon: "Interior Ministry: over
    400 protesters detained", "UN: 1,200 people displaced". The name must fill the words
    before the colon (a short lead-in, not a clause)."""
    sent = anchor.sent
    colon = next((t for t in sent if t.text == ":" and t.i < anchor.i), None)
    if colon is None or colon.i - sent.start > 6:
        return None
    lead = [t for t in sent[: colon.i - sent.start] if not t.is_space]
    if not lead:
        return None
    for e in entities:
        if e.label in {"ORG", "PERSON"} and e.start <= lead[-1].idx < e.end:
            covered = [t for t in lead if e.start <= t.idx < e.end]
            if len(covered) >= len(lead) - 1:  # an adjective left out: "Georgian Interior Ministry"
                return e.canonical
    (only,) = lead if len(lead) == 1 else (None,)
    if (
        only is not None
        and only.is_upper
        and len(only) >= 3
        and only.ent_type_ not in {"GPE", "LOC", "NORP"}
    ):
        return only.text  # an acronym the model did not tag: "UNICEF: …"
    return None


def _in_document(anchor: Token) -> Token | None:
    """ "… passed the 2,500 mark in an AFP tally": a tally or report with an author, named in
    a prepositional phrase of the clause that holds the number."""
    for v in [anchor, *anchor.ancestors]:
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in {"in", "by"}:
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None and _lemma(obj) in DOCUMENT_NOUNS and _author(obj) is not None:
                    return obj
        if v.pos_ == "VERB":
            break
    return None


_SOURCE_VERBS = REPORT_VERBS - EVIDENTIAL_VERBS


def _verbs_with_lemma(doc: Doc, lemmas: Iterable[str]) -> list[int]:
    """Indices, in order, of the VERB tokens whose lower-cased lemma is in ``lemmas``: found
    on the token arrays, so a scan of the whole document creates no ``Token`` objects."""
    if not len(doc):
        return []
    arr = doc.to_array([POS, LEMMA])
    idx = np.flatnonzero(arr[:, 0] == VERB)
    if not idx.size:
        return []
    strings, wanted = doc.vocab.strings, frozenset(lemmas)
    lem = arr[idx, 1].tolist()
    keep = {h for h in set(lem) if strings[h].lower() in wanted}
    return [i for i, h in zip(idx.tolist(), lem, strict=True) if h in keep]


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
            subj = _subject(doc[verbs[k]])
            k += 1
            if (
                subj is not None
                and subj.lower_ not in _PRONOUNS
                and (
                    _is_person(subj)
                    or subj.pos_ == "PROPN"
                    or subj.ent_type_
                    or any(c.dep_ in {"det", "poss"} for c in subj.children)
                )
            ):
                name = _refers_back(subj, _source_text(subj, entities), earlier, orgs)
                earlier = (*[e for e in earlier if e != name], name)
    return out


# ---------------------------------------------------------------------------------------------
# Where and when


PlaceRef = tuple[int, int, str, str | None]  # start, end, name, country code


def _place_entities(doc: Doc, entities: list[EntityMention]) -> list[PlaceRef]:
    """(start, end, name, country code) of place mentions: the entity stage's, else spaCy's."""
    if entities:
        return [
            (e.start, e.end, e.canonical or e.text, e.place.country_code if e.place else None)
            for e in entities
            if e.place is not None and e.label != "NORP"  # "Russian-led forces" is no place
        ]
    gaz = _gazetteer()
    out = []
    for e in doc.ents:
        if e.label_ in {"GPE", "LOC"}:
            out.append((e.start_char, e.end_char, e.text, None))
        elif e.label_ in {"ORG", "PERSON", "NORP"} and gaz is not None and len(e) == 1:
            hits, how = gaz.lookup(e.text)  # the small model often calls a city an ORG
            if how == "exact" and any(gaz.places[i].population > 100_000 for i in hits):
                out.append((e.start_char, e.end_char, e.text, None))
    return out


def _excluded_subtrees(sent: Span) -> set[int]:
    """Token ids that name *examples* ("cities …, including Almaty and Karaganda"): a list of
    examples is not the scope of a count."""
    out: set[int] = set()
    for t in sent:
        if t.lower_ == "including" or (t.lower_ == "such" and t.nbor(1).lower_ == "as"):
            out.update(x.i for x in t.subtree)
    return out


def _place(
    anchor: Token,
    counted: Token | None,
    places: list[PlaceRef],
    country: str | None,
    text: str,
    climb: bool = True,
) -> str | None:
    """The place the number's clause scopes it to (climbing to governing clauses when
    ``climb``), else the article's country. ``text`` is the doc's text."""
    sent = anchor.sent
    in_sent = [
        (s, e, n)
        for s, e, n, _ in places
        if sent.start_char <= s < sent.end_char
        # a "sentence" the segmenter ran across a paragraph break is two sentences
        and "\n" not in text[min(s, anchor.idx) : max(e, anchor.idx)]
    ]
    if not in_sent:
        return country
    doc = anchor.doc
    excluded = _excluded_subtrees(sent)

    def tok_of(start: int) -> Token | None:
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    base = counted or anchor
    own = _own_place(anchor, counted, in_sent, excluded)
    if own is not None:
        return own
    # climb clause by clause from the number; at each level take the places in the clause
    clause = _predicate(base) or sent.root
    seen: set[int] = set()
    while True:
        best = None
        for s, _e, name in in_sent:
            t = tok_of(s)
            if t is None or t.i in excluded or t.i in seen:
                continue
            if t.head.lower_ == "from":
                continue  # origin: "troops from Russia", "141 miles from Almaty"
            if _number_owning(t) not in {None, base, anchor} or _bracketed_number(t):
                continue  # another item's place: "…: 12 in Aleppo, 7 in Idlib", "Kano (10)"
            if _in_clause(t, clause, anchor):
                depth = sum(1 for a in t.ancestors if a.i != clause.i and clause in a.ancestors)
                if best is None or depth < best[0]:
                    best = (depth, name)
        if best is not None:
            return best[1]
        if clause.dep_ == "relcl" and any(s <= clause.head.idx < e for s, e, _ in in_sent):
            return next(n for s, e, n in in_sent if s <= clause.head.idx < e)
        seen.update(t.i for t in clause.subtree)
        if clause.head == clause or not climb:
            break
        up = clause.head
        while up.head != up and up.pos_ not in {"VERB", "AUX"}:
            up = up.head
        if up == clause:
            break
        clause = up
    return country


def _own_place(
    anchor: Token, counted: Token | None, in_sent: list[tuple[int, int, str]], excluded: set[int]
) -> str | None:
    """A breakdown item's own place: "12 in Aleppo, 7 in Idlib and 3 in Hama"."""
    doc, base = anchor.doc, counted or anchor
    owned = []
    for s, _e, name in in_sent:
        span = doc.char_span(s, s + 1, alignment_mode="expand")
        t = span[0] if span is not None and len(span) else None
        if (
            t is not None
            and t.i not in excluded
            and t.head.lower_ in {"in", "at"}
            and _number_owning(t) in {base, anchor}
        ):
            owned.append((len(list(t.ancestors)), name))
    return min(owned)[1] if owned else None


def _bracketed_number(place: Token) -> bool:
    """The place name is followed by a number in brackets: "Kano (10)"."""
    doc, i = place.doc, place.i
    while i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I":
        i += 1  # the end of a multi-word name
    return (
        i + 3 < len(doc)
        and doc[i + 1].text == "("
        and doc[i + 2].like_num
        and doc[i + 3].text == ")"
    )


def _number_owning(place: Token) -> Token | None:
    """The number (or counted noun) whose own "in"/"at" phrase holds ``place``: the nearest
    ancestor, below the first verb, that is a number or has one ("12 in Aleppo", "40 people
    in Nairobi" when the parser hangs the place on the noun)."""
    for a in place.ancestors:
        if a.pos_ in {"VERB", "AUX"}:
            return None
        if a.like_num or (a.pos_ == "NOUN" and _own_number(a)):
            return a
    return None


def _in_clause(t: Token, clause: Token, anchor: Token) -> bool:
    """``t`` is in ``clause``'s subtree and not inside a nested clause that leaves out the
    number (a relative clause hanging off another noun, a subordinate clause)."""
    if t != clause and clause not in t.ancestors:
        return False
    for a in [t, *t.ancestors]:
        if a == clause:
            return True
        if (
            a.dep_ in {"relcl", "ccomp", "xcomp", "acl", "csubj"}
            and anchor not in a.subtree
            and a.head not in {anchor, anchor.head}
        ):
            return False
        if (
            a.dep_ == "conj"
            and a.pos_ in {"VERB", "AUX"}
            and anchor not in a.subtree
            and any(
                c.dep_ in {"nsubj", "nsubjpass"}
                and not _own_number(c)
                and not any(g.like_num for g in c.subtree)
                for c in a.children
            )
        ):
            return False  # "… at 26, but health officials put the toll in Almaty at 103"
    return True


def _country(doc: Doc, entities: list[EntityMention]) -> str | None:
    """The article's country: most mentioned country among place mentions (via the gazetteer
    when the entity stage did not run)."""
    counts: Counter[str] = Counter()
    names: dict[str, str] = {}
    if entities:
        for e in entities:
            if e.place is not None and e.place.country_code and e.label != "NORP":
                counts[e.place.country_code] += 1
                if e.place.feature == "country":
                    names.setdefault(e.place.country_code, e.canonical)
    else:
        gaz = _gazetteer()
        if gaz is None:
            return None
        for ent in doc.ents:
            if ent.label_ not in {"GPE", "LOC"}:
                continue
            hits, _ = gaz.lookup(ent.text)
            for i in hits[:1]:
                p = gaz.places[i]
                if p.country_code and (p.feature == "country" or ent.label_ == "GPE"):
                    counts[p.country_code] += 1
                    if p.feature == "country":
                        names.setdefault(p.country_code, p.name)
    if not counts:
        return None
    code = counts.most_common(1)[0][0]
    if code in names:
        return names[code]
    gaz = _gazetteer()
    place = gaz.country(code) if gaz is not None else None
    return place.name if place else None


@lru_cache(maxsize=1)
def _gazetteer() -> Gazetteer | None:
    """The shared gazetteer, loaded once per process (only needed when no entity stage ran)."""
    try:
        from sitrep.extract.gazetteer import load_gazetteer
    except ImportError:  # pragma: no cover - the gazetteer module ships with sitrep
        return None
    return load_gazetteer()


# "since Nov 28", "since the conflict broke out on Saturday": the start of a running total
_SINCE_BEFORE = re.compile(
    r"\bsince\s+(?:the\s+|an?\s+)?$|\bsince\b[^.;]{0,50}\b(?:began|begun|started|erupted|"
    r"broke\s+out|flared(?:\s+up)?)\s+(?:on\s+|last\s+)?$",
    re.I,
)


def _as_of(anchor: Token, times: list, published: dt.date | None, text: str) -> str | None:
    """The date of the sentence's nearest day-precise time expression, else publication."""
    sent = anchor.sent
    pub = published.isoformat() if published else None
    best = None
    if times:
        for t in times:
            if not (sent.start_char <= t.start < sent.end_char) or not t.value or t.flag:
                continue
            if t.anchor == "none" or _SINCE_BEFORE.search(text[max(0, t.start - 80) : t.start]):
                continue  # "since Nov 28" starts a running total, which is as of the report
            day = t.last if "/" in t.value else (t.first if t.precision == "day" else None)
            if day and (pub is None or day <= pub):
                dist = abs(t.start - anchor.idx)
                if best is None or dist < best[0]:
                    best = (dist, day)
    else:
        for ent in sent.ents:
            if ent.label_ != "DATE" or _SINCE_BEFORE.search(
                text[max(0, ent.start_char - 80) : ent.start_char]
            ):
                continue
            day = _explicit_day(ent.text, published)
            if day and (pub is None or day <= pub):
                dist = abs(ent.start_char - anchor.idx)
                if best is None or dist < best[0]:
                    best = (dist, day)
    if best is None and _narrative_past(anchor):
        prev = _previous_in_paragraph(sent, text)
        if prev is not None:
            days = [d for d in _days_in(prev, times, published) if pub is None or d[1] <= pub]
            if days:
                return days[-1][1]
    return best[1] if best else pub


def _days_in(sent: Span, times: list, published: dt.date | None) -> list[tuple[int, str]]:
    """(offset, day) of the day-precise time expressions of a sentence."""
    out = []
    if times:
        for t in times:
            if (
                sent.start_char <= t.start < sent.end_char
                and t.value
                and not t.flag
                and t.anchor != "none"
                and t.precision == "day"
                and "/" not in t.value
            ):
                out.append((t.start, t.first))
    else:
        for ent in sent.ents:
            if ent.label_ == "DATE" and (day := _explicit_day(ent.text, published)):
                out.append((ent.start_char, day))
    return sorted(out)


def _narrative_past(anchor: Token) -> bool:
    """A simple-past event ("30 people died", "dozens were wounded") continues the time of the
    sentence before; a perfect or present one ("have died", "there are") is as of publication."""
    pred = _predicate(anchor)
    if pred is None:
        return False
    auxes = [c for c in pred.children if c.dep_ in {"aux", "auxpass"}]
    if any(_lemma(a) in {"have", "will"} or a.tag_ in {"VBP", "VBZ", "MD"} for a in auxes):
        return False
    return pred.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes)


def _explicit_day(text: str, published: dt.date | None) -> str | None:
    """A fallback when the time stage did not run: "on Monday", "January 2nd", "5 January"."""
    if published is None:
        return None
    words = re.findall(r"[a-z]+|\d+", text.lower())
    if any(w in {"last", "next", "past", "ago", "since", "later", "earlier"} for w in words):
        return None
    for w in words:
        if w in WEEKDAYS:
            back = (published.weekday() - WEEKDAYS.index(w)) % 7
            return (published - dt.timedelta(days=back)).isoformat()
        if w in MONTHS:
            nums = [int(x) for x in words if x.isdigit()]
            days = [n for n in nums if 1 <= n <= 31]
            years = [n for n in nums if n > 1900]
            if not days:
                return None
            year = years[0] if years else published.year
            try:
                day = dt.date(year, MONTHS.index(w) + 1, days[0])
            except ValueError:
                return None
            if not years and day > published:
                day = day.replace(year=year - 1)
            return day.isoformat()
    return None


# ---------------------------------------------------------------------------------------------
# Money and price changes


def _price_context(anchor: Token, counted: Token | None) -> Token | None:
    """The price noun a money/percent figure is a value or change of, if any."""
    for t in [anchor, *anchor.ancestors]:
        for c in ([t] if t.pos_ == "NOUN" else []) + [
            c for c in t.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"}
        ]:
            if _lemma(c) in PRICE_NOUNS and _is_commodity_price(c, anchor):
                return c
        if t.pos_ == "VERB":
            break
    for t in [anchor, *anchor.ancestors]:  # "to around 100 tenge, … a liter"
        for c in t.children:
            if c.dep_ in {"appos", "npadvmod", "prep"} and (
                _lemma(c) in PER_UNITS or any(_lemma(g) in PER_UNITS for g in c.children)
            ):
                if c.dep_ != "prep" or c.lower_ == "per":
                    return c
        if counted is not None and t == counted.head:
            break
    # the sentence changes a commodity's price: "doubled the cost of gas … to around 100 tenge"
    for t in anchor.sent:
        if (
            _lemma(t) in PRICE_NOUNS
            and t.head.pos_ == "VERB"
            and _lemma(t.head) in CHANGE_VERBS
            and _is_commodity_price(t, anchor)
        ):
            return t
    return None


def _is_commodity_price(noun: Token, anchor: Token) -> bool:
    """'the price of natural gas', 'fuel prices' – not 'an estimated cost of $37 billion'."""
    if _lemma(noun) == "inflation":
        return True
    mods = [c for c in noun.children if c.dep_ in {"compound", "amod", "poss"}]
    obj = _of_object(noun)
    if obj is not None and anchor not in obj.subtree:
        return True
    if any(not m.like_num and m.lower_ not in {"estimated", "total", "overall"} for m in mods):
        return True
    head = noun.head
    return head.pos_ == "VERB" and _lemma(head) in CHANGE_VERBS


def _commodity(price: Token) -> str:
    obj = _of_object(price)
    parts = [
        t.text
        for t in (obj.subtree if obj is not None else [])
        if t.dep_ in {"compound", "amod", "pobj"} or t == obj
    ]
    if not parts:
        parts = [m.text for m in price.children if m.dep_ == "compound"]
    if _lemma(price) == "inflation":
        return " ".join([*parts, "inflation"]).lower()
    return " ".join([*parts, "price"]).lower()


# ---------------------------------------------------------------------------------------------
# The component


@dataclass(frozen=True, slots=True)
class _Draft:
    start: int
    end: int
    text: str
    sentence: Evidence
    measure: str
    quantity: Quantity
    group: str | None
    place: str | None
    claimed_by: str | None
    as_of: str | None
    anchor: int  # token index, for "including" inheritance


def read_figures(doc: Doc) -> list[FigureClaim]:
    """All figure claims of a parsed ``doc`` (restatements merged)."""
    doc_id = context.doc_id(doc)
    entities = list(context.get(doc, "entities"))
    times = list(context.get(doc, "times"))
    published = context.published(doc)
    places = _place_entities(doc, entities)
    country = _country(doc, entities)
    sources = _sources_before(doc, entities)
    text = doc.text  # read once: Doc.text joins every token anew on each access
    drafts: list[_Draft] = []
    by_anchor: dict[int, _Draft] = {}
    for span, quantity in number_phrases(doc):
        draft = _draft(
            doc_id,
            span,
            quantity,
            entities,
            places,
            country,
            times,
            published,
            sources,
            by_anchor,
            text,
        )
        if draft is not None:
            drafts.append(draft)
            by_anchor[draft.anchor] = draft
    for span, _ in _multipliers(doc):
        anchor = span[0]
        price = next(
            c for c in anchor.children if c.dep_ in {"dobj", "nsubj"} and _lemma(c) in PRICE_NOUNS
        )
        q = Quantity(MULTIPLIER_VERBS[_lemma(anchor)], None, None, "about", False, "percent")
        drafts.append(
            _Draft(
                span.start_char,
                span.end_char,
                span.text,
                _sent_ev(doc_id, span.sent),
                "price",
                q,
                _commodity(price) + " increase, percent",
                _place(anchor, None, places, country, text, climb=False),
                None,
                _as_of(anchor, times, published, text),
                anchor.i,
            )
        )
    listed = _listed_sources(doc, entities, sources, text)
    drafts = [
        replace(d, claimed_by=listed[d.sentence.start])
        if d.claimed_by is None and d.sentence.start in listed
        else d
        for d in drafts
    ]
    drafts.sort(key=lambda d: d.start)
    return _merge(doc_id, drafts)


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


def _multipliers(doc: Doc) -> Iterator[tuple[Span, None]]:
    """ "doubled the cost of gas": a price change with no number written."""
    for i in _verbs_with_lemma(doc, MULTIPLIER_VERBS):
        if any(c.dep_ in {"dobj", "nsubj"} and _lemma(c) in PRICE_NOUNS for c in doc[i].children):
            yield doc[i : i + 1], None


def _sent_ev(doc_id: str, sent: Span) -> Evidence:
    return Evidence(doc_id, sent.start_char, sent.end_char)


def _draft(
    doc_id: str,
    span: Span,
    quantity: Quantity,
    entities: list[EntityMention],
    places: list,
    country: str | None,
    times: list,
    published: dt.date | None,
    sources: dict[int, tuple[str, ...]],
    by_anchor: dict[int, _Draft],
    text: str,
) -> _Draft | None:
    anchor = _anchor(span)
    counted = _counted(span, anchor)
    sent = span.sent
    money = (
        quantity.unit is not None
        or any(t.ent_type_ == "MONEY" for t in span)
        or (counted is not None and _lemma(counted) in CURRENCIES | {"percent", "%"})
    )
    inherited = _inherited(anchor, counted, by_anchor)
    if _background(span, quantity, counted) or _historical(sent, times, published):
        return None
    if money:
        price = _price_context(anchor, counted)
        if price is None and not (inherited and inherited.measure == "price"):
            return None
        value, low, high = quantity.value, quantity.low, quantity.high
        if counted is not None and _lemma(counted) in SUBUNITS and value is not None:
            value = round(value / 100, 4)
        qualifier = quantity.qualifier
        if inherited is not None and inherited.measure == "price" and qualifier == "exact":
            qualifier = inherited.quantity.qualifier  # "around 100 tenge, or 22 cents"
        q = replace(quantity, value=value, low=low, high=high, qualifier=qualifier)
        unit = (
            "percent"
            if quantity.unit == "percent"
            or (counted is not None and _lemma(counted) in {"percent", "%"})
            else (counted.text.lower() if counted is not None else quantity.unit)
        )
        group = (
            _commodity(price)
            if price is not None and _lemma(price) in PRICE_NOUNS
            else inherited.group.split(",")[0]
            if inherited and inherited.group
            else "price"
        ) + f", {unit}"
        return _Draft(
            span.start_char,
            span.end_char,
            span.text,
            _sent_ev(doc_id, sent),
            "price",
            q,
            group,
            _place(anchor, counted, places, country, text, climb=False),
            _claimed_by(anchor, entities, sources.get(sent.start, ())),
            _as_of(anchor, times, published, text),
            anchor.i,
        )
    item = _bracketed_item(span, by_anchor, places) if counted is None else None
    if item is not None:  # "31 dead: Lagos (12), Abuja (9) and Kano (10)"
        total, where = item
        return _as_another(total, span, quantity, place=where)
    measure, why = _measure(span, anchor, counted)
    if (
        why == "noun"
        and span.text.lower() == "one"
        and counted is not None
        and counted.i > span.end
        and any(c.dep_ in {"det", "poss"} for c in counted.children)
    ):
        return None  # "the face of one of the detainees": a person, not a count
    restated = _restated(anchor, counted, by_anchor) if measure is None else None
    if restated is not None:  # "… while police put the figure at 3,000": a rival claim
        claimed = _claimed_by(anchor, entities, sources.get(sent.start, ()))
        return _as_another(restated, span, quantity, claimed_by=claimed)
    if measure in {None, "other"} and inherited is not None:
        measure = inherited.measure  # "torched 120 cars, including 33 police vehicles"
    if measure is None:
        return None
    if measure == "protesters" and quantity.value is not None and quantity.value < 2:
        return None  # "one protester said": a person, not a crowd size
    if counted is not None and measure == "troops":
        group = _thing_group(counted)
    elif counted is not None and _is_person(counted):
        group = _protester_group(counted) if measure == "protesters" else _person_group(counted)
        if group == "all" and measure in {"killed", "injured"}:
            group = _victims_in_sentence(anchor, text) or group
    elif counted is not None and measure in {"killed", "injured", "treated"}:
        obj = _of_object(counted)  # "the bodies of protesters"
        group = _person_group(obj) if obj is not None and _is_person(obj) else "all"
    elif counted is None:
        pred = _predicate(anchor)
        holder = _size_holder(anchor, pred) if measure in {"protesters", "troops"} else None
        group = (
            "protesters"
            if measure == "protesters"
            else (_thing_group(holder) if holder is not None else _bare_group(anchor, pred))
        )
        if group == "all" and measure in {"killed", "injured"}:
            group = _victims_in_sentence(anchor, text) or group
    else:
        group = _thing_group(counted)
    if measure == "other" and why in PEOPLE_OTHER.values():
        group = why if group == "all" else f"{why} {group}"
    if inherited is not None and measure == inherited.measure:
        claimed, place, as_of = inherited.claimed_by, inherited.place, inherited.as_of
        in_sent = [(s, e, n) for s, e, n, _ in places if sent.start_char <= s < sent.end_char]
        place = _own_place(anchor, counted, in_sent, _excluded_subtrees(sent)) or place
    else:
        frame = _toll_event(anchor, _predicate(anchor)) if why == "toll" else None
        claimed = _claimed_by(
            anchor, entities, sources.get(sent.start, ()), frame[1] if frame else None
        )
        place = _place(anchor, counted, places, country, text)
        as_of = _as_of(anchor, times, published, text)
    return _Draft(
        span.start_char,
        span.end_char,
        span.text,
        _sent_ev(doc_id, sent),
        measure,
        quantity,
        group,
        place,
        claimed,
        as_of,
        anchor.i,
    )


def _as_another(draft: _Draft, span: Span, quantity: Quantity, **changes: Any) -> _Draft:
    """``draft``'s reading for another number phrase (a rival claim, a breakdown item)."""
    return replace(
        draft,
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        quantity=quantity,
        anchor=_anchor(span).i,
        **changes,
    )


def _bracketed_item(
    span: Span, by_anchor: dict[int, _Draft], places: list[PlaceRef]
) -> tuple[_Draft, str] | None:
    """A number alone in brackets after a place, in a sentence that gave a count before
    it, is that count's part for the place: "31 dead: Lagos (12), Abuja (9)"."""
    doc = span.doc
    if span.start < 2 or span.end >= len(doc):
        return None
    if doc[span.start - 1].text != "(" or doc[span.end].text != ")":
        return None
    before = doc[span.start - 2]
    where = next((n for s, e, n, _ in places if s <= before.idx < e), None)
    if where is None:
        return None
    sent = span.sent
    totals = [
        d
        for i, d in by_anchor.items()
        if sent.start <= i < span.start and d.measure in PEOPLE_MEASURES_READ
    ]
    return (max(totals, key=lambda d: d.anchor), where) if totals else None


def _victims_in_sentence(anchor: Token, text: str) -> str | None:
    """'police opened fire on protesters …, killing at least one person': the people killed
    are the ones fired on (in this sentence or the one before it in the paragraph)."""
    prev = _previous_in_paragraph(anchor.sent, text)
    for sent in (anchor.sent, prev) if prev is not None else (anchor.sent,):
        for t in sent:
            if (
                t.dep_ == "pobj"
                and t.head.lower_ in {"on", "at"}
                and _lemma(t.head.head) in {"fire", "open", "shoot"}
            ):
                target = _of_object(t) if (t.lower_ in VAGUE or t.like_num) else t
                if target is not None and _is_person(target):
                    return _person_group(target)
    return None


def _previous_in_paragraph(sent: Span, text: str) -> Span | None:
    """The sentence before ``sent`` when no line break separates them (``text``: the doc's)."""
    if sent.start == 0:
        return None
    prev = sent.doc[sent.start - 1].sent
    if not prev.text.strip():
        return None
    gap = text[prev.start_char + len(prev.text.rstrip()) : sent.start_char]
    return None if "\n" in gap else prev


def _restated(anchor: Token, counted: Token | None, by_anchor: dict[int, _Draft]) -> _Draft | None:
    """ "Organisers said 10,000 marched, while police put the figure at 3,000": a bare
    figure/number/estimate noun given a value restates the quantity counted before it in
    the sentence (a rival claim about the same thing)."""
    if counted is not None or anchor.head.lower_ not in {"at", "to"}:
        return None
    verb = anchor.head.head
    nouns = [c for c in verb.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"}]
    if not any(
        _lemma(n) in {"figure", "number", "estimate", "count", "total", "tally"}
        and not _event_of(_own_modifiers(n))
        for n in nouns
    ):
        return None
    before = [
        d
        for i, d in by_anchor.items()
        if i < anchor.i and d.sentence.start <= anchor.idx < d.sentence.end
    ]
    return max(before, key=lambda d: d.anchor) if before else None


def _inherited(anchor: Token, counted: Token | None, by_anchor: dict[int, _Draft]) -> _Draft | None:
    """The figure this one is a part or restatement of: "120 cars, including 33 police
    vehicles", "103, including several minors", "100 tenge, or 22 cents"."""
    base = counted or anchor
    t = base
    for _ in range(6):
        if t.head == t:
            return None
        if t.dep_ == "pobj" and t.head.lower_ in {"including", "among"}:
            head = t.head.head
            for cand_i in (head.i, *[c.i for c in head.children]):
                if cand_i in by_anchor:
                    return by_anchor[cand_i]
            # the figure whose clause the "including" hangs from (wandering parses)
            before = [
                d
                for i, d in by_anchor.items()
                if i < anchor.i and d.sentence.start <= anchor.idx < d.sentence.end
            ]
            return max(before, key=lambda d: d.anchor) if before else None
        if t.dep_ in {"conj", "appos"} and t.head.i in by_anchor:
            return by_anchor[t.head.i]
        if t.dep_ in {"conj", "appos"}:
            for c in t.head.children:
                if c.i in by_anchor and by_anchor[c.i].measure == "price":
                    return by_anchor[c.i]
        t = t.head
    return None


def _historical(sent: Span, times: list, published: dt.date | None) -> bool:
    """The sentence is about an earlier episode ("In 2011, 16 people were killed"): all its
    dated expressions end more than a year before publication."""
    if published is None:
        return False
    limit = (published - dt.timedelta(days=366)).isoformat()
    lasts = []
    if times:
        lasts = [
            t.last
            for t in times
            if sent.start_char <= t.start < sent.end_char and t.last and not t.flag
        ]
    else:
        for ent in sent.ents:
            if ent.label_ == "DATE":
                years = [int(y) for y in re.findall(r"\b(1[89]\d\d|2\d\d\d)\b", ent.text)]
                lasts.extend(f"{y}-12-31" for y in years)
    return bool(lasts) and all(last < limit for last in lasts)


def _background(span: Span, quantity: Quantity, counted: Token | None) -> bool:
    """Years, ages and the like that the matcher can still catch."""
    v = quantity.value
    if v is not None and counted is None and 1900 <= v <= 2100 and "," not in span.text:
        return True
    if span.text.lower() in {"one", "a"} and counted is None:
        return True

    return False


def _merge(doc_id: str, drafts: list[_Draft]) -> list[FigureClaim]:
    """One claim per (sentence, measure, amount, source, group): a number read twice in one
    sentence adds evidence. The same figure stated again in another sentence (a headline and
    its lead, a summary paragraph) is a claim of its own: each statement is evidence an
    analyst may quote, and resolution groups the repeats. A restatement that leaves the
    group unspecified ("all") joins the specific one."""
    out: list[FigureClaim] = []
    for d in drafts:
        q = d.quantity
        ev = d.sentence
        same = next(
            (
                i
                for i, c in enumerate(out)
                if (c.sentence, c.measure, c.value, c.low, c.high, c.claimed_by)
                == (ev, d.measure, q.value, q.low, q.high, d.claimed_by)
                and (c.group == d.group or "all" in {c.group, d.group})
            ),
            None,
        )
        if same is not None:
            old = out[same]
            group = old.group if old.group != "all" else d.group
            if ev not in old.evidence:
                out[same] = replace(old, group=group, evidence=(*old.evidence, ev))
            continue
        out.append(
            FigureClaim(
                id=f"{doc_id}:F{len(out) + 1}",
                doc=doc_id,
                start=d.start,
                end=d.end,
                text=d.text,
                sentence=ev,
                measure=d.measure,
                value=q.value,
                low=q.low,
                high=q.high,
                qualifier=q.qualifier,
                vague=q.vague,
                group=d.group,
                place=d.place,
                claimed_by=d.claimed_by,
                as_of=d.as_of,
                evidence=(ev,),
            )
        )
    return out


@dataclass(frozen=True, slots=True)
class FigureReader:
    """The pipeline component: stores ``read_figures(doc)`` under "figures"."""

    def __call__(self, doc: Doc) -> Doc:
        context.put(doc, "figures", read_figures(doc))
        return doc


@Language.factory("sitrep_figures_v1")
def make_figure_reader(nlp: Language, name: str) -> FigureReader:
    return FigureReader()
