"""The core records that flow through sitrep's pipeline.

Every fact carries its evidence: a document id and character offsets into the
document text *as ingested* (``Document.text``). Records are frozen, slotted
dataclasses; they are plain data so they can cross process boundaries and be
stored and exported without a translation layer.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Evidence:
    """A character span in one document's ingested text."""

    doc: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"doc": self.doc, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Segment:
    """A range of a document's text classified by the cleaner.

    ``kind`` is ``"body"`` for article text and, for removed text, the reason:
    ``"boilerplate"`` (navigation, credits, bios, prompts), ``"comments"`` (reader
    comments) or ``"credit"`` (a byline or a wire story's "(Reporting by ...)" line: not
    article text, but read for the people it names). Removed text is kept, never deleted.
    """

    start: int
    end: int
    kind: str


@dataclass(frozen=True, slots=True)
class Document:
    """One ingested article."""

    id: str
    text: str
    content_hash: str
    source: str  # the path (and member/line) it was read from
    format: str  # txt | html | jsonl | rss | warc
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    published: str | None = None  # YYYY-MM-DD
    published_basis: str | None = None  # "metadata", or how it was inferred
    published_inferred: bool = False
    kind: str = "report"  # report | opinion | analysis | reprint
    published_confidence: float | None = None  # of an inferred date, 0-1
    segments: tuple[Segment, ...] = ()
    raw: str | None = None  # the original markup, for HTML/WARC/RSS input

    @property
    def body_segments(self) -> tuple[Segment, ...]:
        return tuple(s for s in self.segments if s.kind == "body") or (
            Segment(0, len(self.text), "body"),
        )

    def read_text(self) -> str:
        """The text the extractors read: the body and the credit lines (bylines name the
        reporters); every other character a space, so offsets point into ``text``."""
        if not any(s.kind == "credit" for s in self.segments):
            return self.body_text()
        chars = [c if c == "\n" else " " for c in self.text]
        for seg in self.segments:
            if seg.kind in ("body", "credit"):
                chars[seg.start : seg.end] = self.text[seg.start : seg.end]
        return "".join(chars)

    def body_text(self) -> str:
        """The text with every non-body character replaced by a space.

        The result has exactly the length of ``text``, so offsets computed on
        it point into the ingested text; newlines are kept so sentence and
        line boundaries survive.
        """
        if not self.segments:
            return self.text
        chars = [c if c == "\n" else " " for c in self.text]
        for seg in self.body_segments:
            chars[seg.start : seg.end] = self.text[seg.start : seg.end]
        return "".join(chars)


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    """Documents that are copies of one article; ``canonical`` is the one kept."""

    id: str
    canonical: str
    members: tuple[str, ...]
    reason: str  # why the canonical member was chosen
    similarity: dict[str, float] = field(default_factory=dict)  # member -> containment


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer record a place mention resolved to."""

    geonameid: int | None
    name: str
    country_code: str | None
    admin1: str | None
    lat: float
    lon: float
    feature: str  # city | admin1 | admin2 | country | region | site | airport
    population: int = 0
    precision: int = 1  # ACLED geo_precision: 1 town, 2 region, 3 country
    within: str | None = None  # a site's town ("Tbilisi" for Rustaveli Avenue)


@dataclass(frozen=True, slots=True)
class EntityMention:
    """A name in one document: a person, organisation, group or place."""

    doc: str
    start: int
    end: int
    text: str
    label: str  # PERSON | ORG | GPE | LOC | NORP
    sentence: Evidence
    canonical: str  # the full form within the document (Tokayev -> Kassym-Jomart Tokayev)
    place: Place | None = None
    ambiguous: bool = False  # a place name with several plausible records
    candidates: int = 0
    # what the text calls an organisation in apposition ("the CSTO, a military alliance"):
    # head nouns that let a later "the alliance announced" be attributed to it
    descriptors: tuple[str, ...] = ()
    # the office the text gives a person with its country ("Kazakh President X" ->
    # "KZ:president"), so that "the Kazakh leader said" can be attributed to X
    roles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A time expression normalised to calendar dates."""

    doc: str
    start: int
    end: int
    text: str
    sentence: Evidence
    value: str | None  # ISO: YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY, or "A/B" for a span
    precision: str | None  # day | week | month | year
    first: str | None  # first day covered, YYYY-MM-DD
    last: str | None  # last day covered, YYYY-MM-DD
    anchor: str  # absolute | publication | previous | none
    flag: str | None = None  # e.g. "impossible date"
    timex: str | None = None  # TimeML TIMEX3 value (P3D, PRESENT_REF, 2022-01-05TEV, ...)


@dataclass(frozen=True, slots=True)
class FigureClaim:
    """A quantitative claim about the crisis, with who makes it."""

    id: str
    doc: str
    start: int  # the number phrase
    end: int
    text: str
    sentence: Evidence
    measure: str
    value: float | None
    low: float | None
    high: float | None
    qualifier: str  # exact | at_least | more_than | about | up_to | vague
    vague: bool
    group: str | None
    place: str | None
    claimed_by: str | None
    as_of: str | None
    evidence: tuple[Evidence, ...] = ()  # every span stating it (restatements included)


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation and the named entity who said it."""

    doc: str
    start: int  # the quoted words, without the quote marks
    end: int
    text: str
    sentence: Evidence
    speaker: str | None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None  # the reporting verb


# EventMention.date_basis of a sentence that refers back to a happening told elsewhere
# ("following the deployment", "condemned Friday's attack"): its date, when it has one, is
# the one the sentence gives the happening; the resolver attaches it to an event, never
# makes one of it.
REFERENCE_BASIS = "reference"
# Event types whose EventMention.target is the person it was done to (the one dismissed),
# not a site: resolution compares such targets across spellings of the name.
PERSON_TARGET_TYPES = frozenset({"appointment_dismissal"})
# Decisions a state takes for the whole country: extraction places them at country level,
# resolution keeps one of each per country at a time.
STATE_DECISION_TYPES = frozenset(
    {"price_change", "government_dismissal", "state_of_emergency", "internet_shutdown"}
)
# EventMention.target of a coup, a seizure of the state's power (annotators type a coup
# "seizure", as they type territory taken): no site. Like a decision of state it is the
# whole country's, placed and resolved as one (extraction and resolution ask state_wide).
SEIZED_POWER = "state power"


def state_wide(type_: str, target: str | None) -> bool:
    """A decision of state, or the state's power seized: the whole country's happening."""
    return type_ in STATE_DECISION_TYPES or target == SEIZED_POWER


@dataclass(frozen=True, slots=True)
class EventMention:
    """A sentence that reports a happening, typed like ACLED."""

    id: str
    doc: str
    start: int  # the sentence
    end: int
    text: str
    type: str
    acled_event_type: str
    acled_sub_event_type: str
    trigger: str
    actors: tuple[str, ...] = ()
    place: str | None = None
    place_ref: Place | None = None
    date: str | None = None  # YYYY-MM-DD or A/B
    date_precision: str | None = None
    place_basis: str | None = None  # where the place came from: sentence | paragraph | document
    # sentence | paragraph | publication (a present-tense "now") | reference (a happening
    # the sentence refers back to: "following the deployment", "condemned Friday's attack")
    date_basis: str | None = None
    speaker: str | None = None  # a statement's maker (the reporting verb's subject), when named
    # what the happening was done to, when it is a site or a thing ("the prosecutor's
    # office", "the airport"): two arsons in one town on one day are two events
    target: str | None = None


@dataclass(frozen=True, slots=True)
class DocumentReading:
    """Everything extracted from one document."""

    doc: str
    entities: tuple[EntityMention, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    figures: tuple[FigureClaim, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[EventMention, ...] = ()
    errors: tuple[str, ...] = ()  # components that failed on this document, and why


@dataclass(frozen=True, slots=True)
class Entity:
    """One real person, organisation or place, resolved across documents."""

    id: str
    canonical: str
    type: str  # PERSON | ORG | GPE | LOC | NORP
    aliases: tuple[str, ...]
    mentions: tuple[Evidence, ...]
    place: Place | None = None


@dataclass(frozen=True, slots=True)
class EventReport:
    """One report of an event: the sentence in one document."""

    doc: str
    start: int
    end: int
    text: str
    mention_id: str
    outlet: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """A real-world happening with every report of it."""

    id: str
    type: str
    acled_event_type: str
    acled_sub_event_type: str
    date: str | None  # YYYY-MM-DD or A/B
    time_precision: int  # ACLED: 1 day, 2 week, 3 month
    place: str | None
    place_ref: Place | None
    actors: tuple[str, ...]
    description: str
    reports: tuple[EventReport, ...]
    sources: tuple[str, ...]  # independent outlets (copies of one article count once)
    corroboration: int  # number of independent sources
    fatalities: int | None = None
    target: str | None = None  # the site or thing it was done to ("prosecutor office")
    # the town a site-level place is in ("Almaty" for its airport); for a country-level event
    # of a corpus whose town events are all in one city, that city (inferred, not stated)
    town: str | None = None
    # how the town was found: "site" or "airport" (stated: the place named is in it), or
    # inferred for a country-level event: "corpus_city" (every town event of the corpus in
    # that country is in one city), "capital" (a government's statement or fall, at its
    # seat) or "document_city" (every town event of the documents reporting it is in one
    # city of that country; a statement's too). An inferred town never changes the place
    # or its geo_precision (3, country).
    town_basis: str | None = None
    # how much it belongs to the crisis the corpus is about (0-1), and the signals behind it
    relevance: float | None = None
    relevance_basis: str | None = None
    # why it is kept apart from the main timeline: "off-topic" | "background" | None
    apart: str | None = None
    # its rank weight on the main timeline: corroboration, relevance and weight, and why
    salience: float | None = None
    salience_basis: str | None = None
    # a natural disaster's toll: the spans of the death counts its fatalities rest on (the
    # figure claims that count its dead, which stay claims with their conflicts)
    toll: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class KeyDay:
    """A day the pile puts first: the salience of the events dated to it and the separate
    articles that name it other than on their own day (resolve/events/salience.key_days)."""

    date: str  # YYYY-MM-DD
    score: float  # a share of the top day's signals (1.25 at most)
    named_by: float  # articles naming the day, each counted less the further down it does


@dataclass(frozen=True, slots=True)
class FigureApart:
    """A figure kept out of the crisis's claim groups, estimates and conflicts, and why: it
    is another story's on the page, or was read outside the article's body (a reader's
    comment). It stays a figure claim, exported with this mark."""

    figure: str  # FigureClaim id
    why: str  # "off-topic" | "not body" (resolve/claim_topic.py)
    relevance: float | None  # the crisis-topic score of its sentence, when judged by it
    basis: str  # the signals behind it, in words


@dataclass(frozen=True, slots=True)
class ClaimGroup:
    """Figure claims that measure the same thing, and the best current estimate."""

    id: str
    measure: str
    group: str | None
    place: str | None
    figures: tuple[str, ...]  # FigureClaim ids
    low: float | None
    high: float | None
    basis: str  # how the estimate was chosen, in words
    # the claims the estimate rests on (with the copies that repeat them)
    estimate_figures: tuple[str, ...] = ()
    # (figure id, kind) of the claims that are not running totals: "incident" (one day's or
    # one attack's count), "crowd" (the people present at one time) or "rate" (per day)
    kinds: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Conflict:
    """Figure claims that do not agree, and how they differ."""

    id: str
    about: str
    kind: str  # disagreement | growth | scope
    figures: tuple[str, ...]  # FigureClaim ids
    measure: str


def to_dict(record: Any) -> Any:
    """A JSON-ready dict of any record (recursively)."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, (list, tuple)):
        return [to_dict(r) for r in record]
    if isinstance(record, dict):
        return {k: to_dict(v) for k, v in record.items()}
    return record


def from_dict(cls: type[Any], data: Any) -> Any:
    """Rebuild a record of type ``cls`` from :func:`to_dict`'s output."""
    return _decoder(cls)(data)


def _identity(value: Any) -> Any:
    return value


@functools.cache
def _decoder(tp: Any) -> Callable[[Any], Any]:
    """A function that rebuilds a value of type ``tp`` from plain data.

    The type hints of each record class are read once and compiled into a converter per
    field: reading them again for every object (``typing.get_type_hints``) made loading
    a large store's records take minutes.
    """
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _decoder(args[0]) if len(args) == 1 else _identity
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            item = _decoder(args[0])
            if item is _identity:
                return lambda v: None if v is None else tuple(v)
            return lambda v: None if v is None else tuple(item(x) for x in v)
        items = [_decoder(a) for a in args]
        return lambda v: None if v is None else tuple(f(x) for f, x in zip(items, v, strict=False))
    if dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        fields = {f.name: _decoder(hints[f.name]) for f in dataclasses.fields(tp)}
        plain = {name for name, f in fields.items() if f is _identity}

        def build(value: Any) -> Any:
            if value is None:
                return None
            return tp(
                **{
                    k: (v if k in plain or v is None else fields[k](v))
                    for k, v in value.items()
                    if k in fields
                }
            )

        return build
    return _identity
