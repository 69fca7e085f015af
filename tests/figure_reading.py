"""Reading figure claims out of one invented sentence, for the figure tests of each session."""

from __future__ import annotations

from spacy.language import Language

from sitrep.extract import context
from sitrep.records import FigureClaim


def read_figures(nlp: Language, text: str, published: str) -> list[FigureClaim]:
    """The figure claims the pipeline reads in ``text`` published on ``published``."""
    doc = nlp(context.set_context(nlp.make_doc(text), "t", published))
    return context.get(doc, "figures")


# The day the session tests' invented sentences are read as published
PUBLISHED = "2024-05-10"


def read(nlp: Language, text: str, published: str = PUBLISHED) -> list[FigureClaim]:
    """:func:`read_figures` of a sentence published on ``PUBLISHED`` unless told."""
    return read_figures(nlp, text, published)


def one(figures: list[FigureClaim], value: float) -> FigureClaim:
    """The one figure of ``value`` (fails when there is none or more than one)."""
    (found,) = [f for f in figures if f.value == value]
    return found
