"""Which figures belong to the crisis: another story's numbers on the page are not its figures.

Why: a news page carries other stories beside the crisis (a product recall, a flood
abroad, another country's protests) and their numbers, placed in the page's country when
their sentence names no place of its own, would join the crisis's claim groups, move its key
figures and make false disagreements. Nothing says what the crisis is but the corpus, so a
figure is judged as an event is (:mod:`sitrep.resolve.events.relevance`): the places and
named actors its sentence and the sentences either side state, their words, and its
article's share, against the corpus's centre of gravity, with the same weights and the
same threshold; each figure is scored as a one-report event of that window. One rule of its
own: a figure whose place the page lent it (its window does not state it) while its window
states places in another country only, in words few of the crisis's sentences use, is that
other story's ("seven babies died" beside a company in another country).

A figure its sentence sets in years before its report's (:mod:`sitrep.resolve.claim_past`:
"the killing of at least 50 people during demonstrations in 2019 and 2020") is background.
Figures read in text the cleaner set apart (reader comments, boilerplate), in a reader's
voice it did not see (:mod:`sitrep.resolve.claim_voice`), or in a teaser of another story
that opens several unrelated articles (:mod:`sitrep.resolve.claim_furniture`), are never
the crisis's figures, whatever their words.

Nothing is dropped: the off-topic figures stay figure claims, with the reason; they only
stay out of the claim groups, the estimates and the conflicts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from sitrep.records import (
    Document,
    DocumentReading,
    Event,
    EventReport,
    FigureApart,
    FigureClaim,
)
from sitrep.resolve.claim_furniture import first_line, furniture
from sitrep.resolve.claim_past import BACKGROUND, past_count
from sitrep.resolve.claim_voice import reader_voice
from sitrep.resolve.entities import EntityIndex
from sitrep.resolve.events import relevance

OFF_TOPIC = relevance.OFF_TOPIC
NOT_BODY = "not-body"  # read in a segment the cleaner set apart (reader comments, boilerplate)
# Labels of names that are actors (places are judged as the figure's place)
_ACTOR_LABELS = frozenset({"PERSON", "ORG", "NORP"})
# A figure whose place the page lent it while its sentence states places abroad is another
# story's when its words are below this share of a typical figure sentence's (a sentence in
# the crisis's own words that names a place abroad is still the crisis's)
LENT_WORDS = 0.5


def _outside_body(f: FigureClaim, doc: Document | None) -> str | None:
    """The kind of the cleaner's segment the figure lies in, when it is not body text."""
    if doc is None:
        return None
    for s in doc.segments:
        if s.start <= f.start < s.end and s.kind != "body":
            return s.kind
    return None


# The sentence's neighbours are read with it (one before, one after, within its paragraph
# and this many characters): a figure's sentence alone is often too short to tell its story
# ("another 60 were injured")
REACH = 600
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def _window(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of a sentence with the sentence before and the one after it, within its
    paragraph and within REACH characters either side."""
    lo, hi = max(0, start - REACH), min(len(text), end + REACH)
    breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(text, lo, start)]
    floor = breaks[-1] if breaks else lo
    starts = [m.end() for m in _SENTENCE_END.finditer(text, floor, start) if m.end() < start - 1]
    s = starts[-1] if starts else floor
    after = _PARAGRAPH_BREAK.search(text, end, hi)
    ceiling = after.start() if after else hi
    e = ceiling
    for m in _SENTENCE_END.finditer(text, end, ceiling):
        if text[end : m.start()].strip():  # the end of the next sentence, not this one's
            e = m.start()
            break
    return s, e


def _as_event(
    f: FigureClaim, doc: Document | None, reading: DocumentReading | None, index: EntityIndex
) -> Event:
    """The figure as a one-report event of its sentence and its neighbours: the places and
    names they state, and their words (what relevance scores). A place the window does not
    state was lent by the page, so it is no evidence of the figure's story."""
    text = doc.text if doc is not None else ""
    s, e = _window(text, f.sentence.start, f.sentence.end) if text else (0, 0)
    words = text[s:e] if text else f.text
    mentions = [m for m in (reading.entities if reading else ()) if s <= m.start < e]
    actors = tuple(
        dict.fromkeys(m.canonical or m.text for m in mentions if m.label in _ACTOR_LABELS)
    )
    places = [m for m in mentions if m.place is not None and m.place.country_code]
    ent = index.lookup(f.place)
    country = ent.place.country_code if ent and ent.place else None
    own = next((m for m in places if m.place is not None and m.place.country_code == country), None)
    stated = own or (places[0] if places else None)
    report = EventReport(f.doc, s, e, words, f.id, doc.outlet if doc else None)
    return Event(
        id=f.id,
        type=f.measure,
        acled_event_type="",
        acled_sub_event_type="",
        date=None,
        time_precision=1,
        place=stated.text if stated else None,
        place_ref=stated.place if stated else None,
        actors=actors,
        description=words,
        reports=(report,),
        sources=(),
        corroboration=1,
    )


def apart_figures(
    figures: Iterable[FigureClaim],
    documents: Sequence[Document],
    readings: Sequence[DocumentReading],
    index: EntityIndex,
    about: str | None = None,
) -> dict[str, FigureApart]:
    """The figures (by id) that are not the crisis's, with why: those read outside the body
    text, and those whose sentence scores below relevance's off-topic threshold."""
    figures = list(figures)
    docs = {d.id: d for d in documents}
    by_doc = {r.doc: r for r in readings}
    out: dict[str, FigureApart] = {}
    pending: list[tuple[FigureClaim, Event, set[str]]] = []
    teasers = furniture(documents)
    for f in figures:
        doc = docs.get(f.doc)
        kind = _outside_body(f, doc)
        if kind is not None:
            why = f"read in {kind}, not in the article's body"
            out[f.id] = FigureApart(f.id, NOT_BODY, None, why)
            continue
        if doc is not None and f.doc in teasers and f.start < first_line(doc.text)[1]:
            why = (
                f"read in the first line, which opens {teasers[f.doc]} different articles word"
                " for word (a teaser of another story, page furniture)"
            )
            out[f.id] = FigureApart(f.id, NOT_BODY, None, why)
            continue
        voice = reader_voice(doc.text, f.sentence.start, f.sentence.end) if doc else None
        if voice is not None:  # a comment the cleaner did not see
            out[f.id] = FigureApart(f.id, NOT_BODY, None, voice)
            continue
        past = _past(f, doc)
        if past is not None:  # the count of years before the crisis (claim_past)
            out[f.id] = FigureApart(f.id, BACKGROUND, None, past)
            continue
        e = _as_event(f, doc, by_doc.get(f.doc), index)
        pending.append((f, e, relevance._event_words(e)))
    if not pending or not readings:
        return out  # no readings: nothing to weigh the sentences against
    centre = relevance.corpus_centre(documents, readings, index, about)
    # the share of the corpus's words in each window (typical_words plays no part in it)
    share_of = [relevance._words_share(e, centre, ws) for _, e, ws in pending]
    shares = sorted(w for w in share_of if w is not None)
    if shares:
        q = min(len(shares) - 1, int(len(shares) * relevance.TYPICAL_WORDS_QUANTILE))
        centre = replace(centre, typical_words=shares[q])
    for (f, e, ws), share in zip(pending, share_of, strict=True):
        value, basis = relevance.score(e, centre, index, ws)
        words = share or 0.0
        lent = _lent_place(f, e, index)
        if lent is not None and words < LENT_WORDS * centre.typical_words:
            out[f.id] = FigureApart(f.id, OFF_TOPIC, value, f"{lent}; {basis}")
            continue
        if value < relevance.OFF_TOPIC_BELOW:
            out[f.id] = FigureApart(f.id, OFF_TOPIC, value, basis)
    return out


def _past(f: FigureClaim, doc: Document | None) -> str | None:
    """Why the figure counts years before its report's (``claim_past``), if it does."""
    if doc is None or not doc.published or not doc.published[:4].isdigit():
        return None
    s = f.sentence
    sentence = doc.text[s.start : s.end]
    at = (max(f.start - s.start, 0), max(f.end - s.start, 0))
    return past_count(sentence, at, int(doc.published[:4]))


def _lent_place(f: FigureClaim, e: Event, index: EntityIndex) -> str | None:
    """Why a figure's place is the page's, not its story's, if it is: its sentence and
    neighbours do not state it, and the places they do state all lie in other countries
    ("babies strangled by monitor cords" beside a company in another country, on a page
    whose country is the crisis's)."""
    ent = index.lookup(f.place)
    country = ent.place.country_code if ent and ent.place else None
    text = e.reports[0].text.casefold() if e.reports else ""
    if not country or not f.place or f.place.casefold() in text or e.place_ref is None:
        return None
    if e.place_ref.country_code == country:
        return None
    return (
        f"its place ({f.place}) is not stated near it; the places stated there"
        f" ({e.place}) lie in another country"
    )
