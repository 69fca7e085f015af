"""One report prepared for resolution: its date, place level, named actors, speaker,
paragraph and copy key, computed once."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sitrep.records import (
    PERSON_TARGET_TYPES,
    Document,
    Entity,
    EventMention,
    Place,
)
from sitrep.resolve import names as nm
from sitrep.resolve.entities import EntityIndex
from sitrep.resolve.events.spans import (
    MAX_NESTED_SPAN_DAYS,
    _mention_span,
    _out_of_scope,
    _published,
    _Span,
)

# Generic actor words: overlap on these alone says little about identity.
_GENERIC_ACTORS = frozenset(
    {
        "protesters",
        "protester",
        "demonstrators",
        "demonstrator",
        "police",
        "people",
        "security forces",
        "government",
        "authorities",
        "troops",
        "crowd",
        "forces",
        "officers",
        "civilians",
        "residents",
        "military",
        "soldiers",
        "mobs",
        "activists",
        "officials",
    }
)
STATEMENT = "statement"
CLASH = "clash"  # fighting: strikes from afar and fighting on the ground are two (fits)
_PLACE_TYPES = frozenset({"GPE", "LOC"})  # entity types of places
# Happenings to a person: a report naming who was arrested is that person's arrest,
# never a mass arrest whose reports name nobody.
PERSONAL_TYPES = frozenset({"arrest"})
# Deadly strikes: one at one site or town on one day is one happening whoever its reports name
STRIKE_TYPES = frozenset({"killing", "bombing", "attack"})
# Happenings defined by the site they were done to: two arsons or seizures in one town on
# one day are two events when they hit two sites. A riot storming several buildings is one.
SITE_TYPES = frozenset({"arson", "seizure"})
OTHER = "other"  # a grab-bag type: type and place alone do not identify its events
# Fighting told for a whole country is its war, over days: one event (_countrywide).
WAR_TYPES = frozenset({"clash"})
# Its reports on days this far apart are one war, however long it runs ("the war enters its
# second week" after a few days outlets did not report it); an undated one is of the war
# told this few days before its publication
WAR_GAP_DAYS = 7

# How much a mention's place says about where the event happened.
_STATED, _CARRIED, _GENERAL, _NOWHERE = 0, 1, 2, 3
# A report placed by a list of places ("in A, B and C"): it covers them all, so it is
# never one town's event.
LIST_BASIS = "list"
_BASIS_RANK = {"sentence": 0, None: 0, "paragraph": 1, "document": 2, LIST_BASIS: 2}
_AREA_FEATURES = frozenset({"country", "admin1", "region"})


def _contains(big: Place, small: Place) -> bool:
    """A country holds its cities and regions; a region (admin1) holds its cities."""
    if not big.country_code or big.country_code != small.country_code:
        return False
    if big.feature == "country":
        return small.feature != "country"
    return (
        big.feature in ("admin1", "region")
        and bool(big.admin1)
        and big.admin1 == small.admin1
        and small.feature not in _AREA_FEATURES
    )


def _countrywide(item: _Item) -> bool:
    """A report of fighting its sentence places in a whole country, over days or with no
    day of its own ("fighting in Sudan since the weekend", "fighting continues in Sudan
    for a fifth day", "amid fierce fighting in Sudan"): the country's war, not one of its
    towns' battles. A stated day or night ("clashes in Sudan overnight") is that day's
    battle told for the country; a sentence that names no place (the article's country
    carried over), a day's clash whose town went unsaid."""
    ref = item.m.place_ref
    span = item.span
    return (
        item.m.type in WAR_TYPES
        and item.m.place_basis in (None, "sentence")
        and ref is not None
        and ref.feature == "country"
        and (span is None or not span.precise or span.days >= MAX_NESTED_SPAN_DAYS)
    )


def _place_key(m: EventMention) -> object | None:
    if m.place_ref is not None and m.place_ref.geonameid is not None:
        return m.place_ref.geonameid
    return nm.folded(m.place) if m.place else None


def _place_level(m: EventMention) -> int:
    """Stated town/site, town carried over from the paragraph, region or country, none."""
    if m.place_ref is None and not m.place:
        return _NOWHERE
    basis = _BASIS_RANK.get(m.place_basis, 0)
    if basis == 2 or (m.place_ref is not None and m.place_ref.feature in _AREA_FEATURES):
        return _GENERAL
    return _CARRIED if basis == 1 else _STATED


def _is_named(actor: str) -> bool:
    """A proper name, not a generic group word ("protesters", "police")."""
    return actor[:1].isupper() and nm.folded(actor) not in _GENERIC_ACTORS


@dataclass(frozen=True, slots=True)
class _Item:
    """One mention with what resolution compares, computed once."""

    m: EventMention
    span: _Span | None
    named: frozenset[str]  # entity keys of named actors
    speaker: str | None  # a statement's named speaker
    level: int
    place_key: object | None
    para: int  # index of the paragraph (non-empty line) in its document
    pub: dt.date | None
    text_key: str  # the sentence folded, to recognise verbatim copies
    target: frozenset[str] = frozenset()  # words of the site it was done to, if any
    copy_of: tuple[object, ...] | None = None  # the original's key, for a reworded copy

    @property
    def copy_key(self) -> tuple[object, ...]:
        """A syndicated copy repeats the sentence, so it reads the same in every way (or
        it is the reworded copy of a report of its original: copies.align_copies)."""
        if self.copy_of is not None:
            return self.copy_of
        return (self.m.type, self.text_key, self.m.date, self.place_key, self.named, self.target)


def _target_words(m: EventMention) -> frozenset[str]:
    """The words of a mention's target: a site's as written ("mayor office": name folding
    would drop "mayor" as a title), a person's folded across spellings ("Nazarbaev")."""
    if not m.target:
        return frozenset()
    if m.type in PERSON_TARGET_TYPES:
        return frozenset(nm.folded(m.target).split())
    return frozenset(m.target.casefold().split())


def _paragraph_starts(doc: Document | None) -> list[int]:
    """Offsets where each non-empty line (a paragraph, in news text) begins."""
    if doc is None:
        return [0]
    starts, pos = [], 0
    for line in doc.text.splitlines(keepends=True):
        if line.strip():
            starts.append(pos)
        pos += len(line)
    return starts or [0]


def _is_dateline(text: str, speaker: str, index: EntityIndex) -> bool:
    """Whether the speaker is a place the sentence opens with, before a comma, as a
    dateline does ("Cairo, 4:05 p.m. ET"; not "Mubarak, who ruled for 30 years, said")."""
    head = text.lstrip()
    if not (head.startswith(speaker) and head[len(speaker) :].lstrip().startswith(",")):
        return False
    ent = index.lookup(speaker)
    return ent is not None and ent.type in _PLACE_TYPES


def _speaker_key(m: EventMention, named: list[str], index: EntityIndex) -> str | None:
    """A statement's speaker: the extraction's ``speaker`` (the reporting verb's subject,
    not whoever is asked or named), else, for readings made before it existed, the
    first named actor."""
    if m.type != STATEMENT:
        return None
    if m.speaker and _is_dateline(m.text, m.speaker, index):
        # "Cairo, 4:05 p.m. ET -- Egyptian President Hosni Mubarak said": the city the
        # report was filed from, not who spoke
        named = [a for a in named if a != index.key(m.speaker)]
        return named[0] if named else None
    if m.speaker:
        if _is_named(m.speaker):
            return index.key(m.speaker)
        # "spokesman for Boris Johnson": a spokesperson speaks for the one named
        _, sep, principal = m.speaker.partition(" for ")
        if sep and _is_named(principal):
            return index.key(principal)
        # "a Russian-led military alliance", "the Kazakh leader": the one organisation or
        # leader the corpus calls so
        ent = index.described_as(m.speaker) or state_body_entity(m.speaker, index)
        return ent.id if ent is not None else None
    return named[0] if named else None


def state_body_entity(description: str, index: EntityIndex) -> Entity | None:
    """The state body a speaker described by a common noun is ("the military", "the
    country's powerful military", "the interior ministry"): the body of that kind the
    corpus names with its country ("Armed Forces of Egypt"), when it names one only (two
    countries' armies: none). The military's statement of a day is then one statement
    however the articles call it ("Egypt's military announced", "the military said")."""
    words = [w for w in description.casefold().split() if w not in {"'s", "’s"}]
    body = next(
        (b for k in (2, 1) if len(words) >= k and (b := nm.state_body(" ".join(words[-k:])))),
        None,
    )
    if body is None:
        return None
    key = nm.folded(body)
    owned = [
        e
        for e in index.entities
        if e.type == "ORG" and (split := nm.body_owner(nm.folded(e.canonical))) and split[0] == key
    ]
    return owned[0] if len(owned) == 1 else index.lookup(body)


def _items(
    mentions: Iterable[EventMention], docs: dict[str, Document], index: EntityIndex
) -> list[_Item]:
    paras: dict[str, list[int]] = {}
    out = []
    for m in mentions:
        doc = docs.get(m.doc)
        pub = _published(doc)
        span = _mention_span(m)
        if _out_of_scope(span, pub):
            continue
        if m.doc not in paras:
            paras[m.doc] = _paragraph_starts(doc)
        named = [index.key(a) for a in m.actors if a and _is_named(a)]
        speaker = _speaker_key(m, named, index)
        if speaker is not None and speaker not in named:
            named.append(speaker)  # "a military alliance", attributed to the CSTO
        out.append(
            _Item(
                m=m,
                span=span,
                named=frozenset(named),
                speaker=speaker,
                level=_place_level(m),
                place_key=_place_key(m),
                para=bisect.bisect_right(paras[m.doc], m.start) - 1,
                pub=pub,
                text_key=" ".join(nm.folded(m.text).split()),
                target=_target_words(m),
            )
        )
    return out
