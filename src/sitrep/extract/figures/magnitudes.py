"""The size of a natural hazard: an earthquake's magnitude.

A magnitude is a quantitative claim like a toll, and agencies disagree on it (a national
seismology service's 7.7 against the USGS's 7.8): "a magnitude 7.8 earthquake", "the first
quake, of magnitude 7.8", "a 5.9 magnitude aftershock", "measuring 7.8", and, in the sentence
after the quake's, "AFAD measured it at 7.6" or "the USGS put its magnitude at 7.5". It
counts no people, so its measure is "other" with the group MAGNITUDE_GROUP; resolution
compares magnitudes of one place (the epicentre) and day only (one quake's size, not a
running total: see sitrep.resolve.claim_words.ONE_EVENT_GROUPS).

The cues are plain data (sitrep.extract.figure_words); the check is the words right around
the number and a hazard word in its sentence or the one before it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitrep.extract.figure_words import (
    EPICENTRE_BEFORE,
    MAGNITUDE_AFTER,
    MAGNITUDE_BEFORE,
    MAGNITUDE_HIGHEST,
    MEASURING_VERBS,
    SEISMIC_WORDS,
)
from sitrep.extract.figures.places import PlaceRef
from sitrep.extract.figures.syntax import _lemma

MAGNITUDE_GROUP = "earthquake magnitude"
# How far before the number its cue is looked for (characters).
CUE_REACH = 40


def is_magnitude(span: Span, value: float | None) -> bool:
    """Whether the number ``span`` states a quake's magnitude: a number on the magnitude
    scale right after or before a magnitude cue, with a hazard word in its sentence or the
    sentence before it ("The USGS put its magnitude at 7.5", after "A second earthquake
    struck ...")."""
    if value is None or not 0 < value <= MAGNITUDE_HIGHEST:
        return False
    text = span.doc.text
    before = text[max(span.start_char - CUE_REACH, 0) : span.start_char]
    after = text[span.end_char : span.end_char + CUE_REACH]
    if not (MAGNITUDE_BEFORE.search(before) or MAGNITUDE_AFTER.match(after)):
        return False
    sent = span.sent
    previous = span.doc[sent.start - 1].sent if sent.start > 0 else None
    start = previous.start_char if previous is not None else sent.start_char
    return SEISMIC_WORDS.search(text, start, sent.end_char) is not None


def measured_by(anchor: Token) -> Token | None:
    """The subject of the measuring verb that governs the magnitude ("AFAD measured it at
    7.6", "The USGS put its magnitude at 7.5"): the agency whose reading it is."""
    for a in anchor.ancestors:
        if a.pos_ in {"VERB", "AUX"}:
            if _lemma(a) not in MEASURING_VERBS:
                return None
            return next((c for c in a.children if c.dep_ == "nsubj"), None)
    return None


def epicentre(span: Span, places: list[PlaceRef]) -> str | None:
    """The place a quake struck "near" (or was centred on) in the magnitude's sentence, else
    in the sentence before it: the quake's place, which tells one quake's magnitudes from
    another's ("near Pazarcik" at dawn, "near Elbistan" nine hours later)."""
    text = span.doc.text
    sent = span.sent
    previous = span.doc[sent.start - 1].sent if sent.start > 0 else None
    for scope in (sent, previous):
        if scope is None:
            continue
        for s, _e, name, _code in places:
            if scope.start_char <= s < scope.end_char and EPICENTRE_BEFORE.search(
                text, max(s - 30, scope.start_char), s
            ):
                return name
    return None
