"""The spaCy model date finding needs (NER, tags for tense, sentences), loaded once, lazily."""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language

from sitrep.extract.nlp import MODEL


@lru_cache(maxsize=1)
def _nlp() -> Language:
    """The pinned model with only what date finding needs: NER, tagger (tense), sentences.
    Without the attribute ruler (15% of the model's time): tenses are read from tags."""
    import spacy

    nlp = spacy.load(MODEL, exclude=["parser", "lemmatizer", "senter", "attribute_ruler"])
    nlp.add_pipe("sentencizer", first=True)
    return nlp
