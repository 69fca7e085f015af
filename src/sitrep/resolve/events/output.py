"""From a merged cluster to the Event record: place, date, description, actors and
fatalities, each from the reports that state them."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from sitrep.extract.quotes import outside_quotes
from sitrep.records import (
    REFERENCE_BASIS,
    Document,
    Event,
    EventMention,
    EventReport,
    FigureClaim,
    Place,
)
from sitrep.resolve.entities import EntityIndex
from sitrep.resolve.events.cluster import _Cluster
from sitrep.resolve.events.continuing import CONTINUING_TYPES, WAVE_TYPES, _country_of, _tally_of
from sitrep.resolve.events.items import _STATED, _Item, state_body_entity
from sitrep.resolve.events.merging import _reported_on
from sitrep.resolve.events.spans import _date_value, _precision, _Span
from sitrep.resolve.events.vocab import (
    DEATHLESS_TYPES,
    HEADER_CAPS_RUN,
    RELATIVE_OPENING,
    SPOKEN_WORDS,
)
from sitrep.resolve.sites import is_airport, names_town_airport, town_airport

DESCRIPTION_CHARS = 220
DESCRIPTION_EARLY = 0.4  # a trigger in this first share of a sentence is its main news


def _cluster_place(c: _Cluster, source: dict[str, str]) -> tuple[str | None, Place | None]:
    """The event's place: the most specific level any report gives; among reports at
    that level, the place most independent sources state (then the most specific)."""
    placed = [i for i in c.items if i.place_key is not None]
    if not placed:
        return None, None
    if c.type in CONTINUING_TYPES and _country_of(c) is not None:
        return c.seed.m.place, c.seed.m.place_ref  # a force sent into a country
    best = (
        min(i.level for i in placed if i.span is not None)
        if any(i.span is not None for i in placed)
        else min(i.level for i in placed)
    )
    votes: dict[object, set[str]] = defaultdict(set)
    first: dict[object, _Item] = {}
    for i in placed:
        if i.level == best:
            votes[i.place_key].add(source.get(i.m.doc, i.m.doc))
            first.setdefault(i.place_key, i)
    key = min(
        votes,
        key=lambda k: (
            -len(votes[k]),
            first[k].m.place_ref.precision if first[k].m.place_ref else 9,
            first[k] is not c.seed,
        ),
    )
    return first[key].m.place, first[key].m.place_ref


def _talk(text: str) -> bool:
    """A sentence that is talk or a banner, not a report: a question, a page's or
    transcript's upper-case header, or the speaker's "I"/"we"/"you" outside quotation
    marks ("Hala, I know that U.S. officials are relieved")."""
    if text.rstrip().endswith("?"):
        return True
    run = 0
    for word in text.split():
        run = run + 1 if len(word) > 1 and word.isalpha() and word.isupper() else 0
        if run >= HEADER_CAPS_RUN:
            return True
    return any(w.strip(",.;:!-") in SPOKEN_WORDS for w in outside_quotes(text).split())


def _description(c: _Cluster, per_sentence: Counter[tuple[str, int]]) -> str:
    """The report that best states this happening, trimmed at a word boundary (never
    invented). Points for a stated date, a stated place and a trigger in the first part
    of the sentence (where news puts its main clause: "On January 5, Toqaev sacked the
    government", not "dissatisfied with the announcement that the government would be
    sacked, protesters ..."), less one for every other happening the sentence reports,
    one for talk or a banner (:func:`_talk`) and one for a trigger inside a relative
    clause about someone ("Mohamed Ahmed, 22, who spent last night watching Mubarak's
    speech in a London restaurant, explained ..."); then the most actors."""

    def score(i: _Item) -> tuple[int, int, int, int]:
        m = i.m
        stated = (m.date_basis in (None, "sentence") and bool(m.date)) + (i.level == _STATED)
        at = m.text.find(m.trigger)
        early = 0 <= at <= DESCRIPTION_EARLY * len(m.text)
        aside = at > 0 and RELATIVE_OPENING.search(m.text[:at]) is not None
        return (
            stated + early - (per_sentence[(m.doc, m.start)] - 1) - _talk(m.text) - aside,
            len(m.actors),
            -abs(len(m.text.split()) - 30),
            -m.start,
        )

    # a sentence that only refers back to the happening ("exasperated by the increase in
    # the price of gas") does not describe it when one that reports it exists
    pool = [i for i in c.items if i.m.date_basis != REFERENCE_BASIS] or c.items
    text = " ".join(max(pool, key=score).m.text.split())
    if len(text) <= DESCRIPTION_CHARS:
        return text
    cut = text[:DESCRIPTION_CHARS].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + " …"


def _fatalities(ms: Sequence[EventMention], killed: dict[str, list[FigureClaim]]) -> int | None:
    best: float | None = None
    for m in ms:
        for f in killed.get(m.doc, ()):
            spans = f.evidence or (f.sentence,)
            if any(e.doc == m.doc and e.start < m.end and m.start < e.end for e in spans) or (
                f.start < m.end and m.start < f.end
            ):
                v = f.value if f.value is not None else f.low
                if v is not None and (best is None or v > best):
                    best = v
    return int(best) if best is not None else None


def _display(name: str | None, index: EntityIndex) -> str | None:
    """A name as its resolved entity's canonical form, so variants read as one; a
    description the corpus attributes to one organisation ("a military alliance") or state
    body ("the military") as that organisation's name."""
    ent = index.lookup(name)
    if ent is None and name and name.split()[0].lower() in {"a", "an", "the"}:
        ent = index.described_as(name) or state_body_entity(name, index)
    return ent.canonical if ent else name


def _display_place(name: str | None, index: EntityIndex) -> str | None:
    """A place name as its place entity's canonical form; a person or organisation that
    shares the name ("Mubarak") never renames a place."""
    ent = index.lookup(name)
    return ent.canonical if ent is not None and ent.type in ("GPE", "LOC") else name


def _site_of(name: str | None, index: EntityIndex) -> Place | None:
    """The site a place name is in the entity index, placed in its town there (a square
    that no sentence placed is put in the town the corpus is about:
    sitrep.resolve.sites.place_in_main_town)."""
    ent = index.lookup(name)
    if ent is None or ent.type != "LOC" or ent.place is None:
        return None
    return ent.place if ent.place.feature == "site" and ent.place.within else None


def _at_airport(ms: Sequence[EventMention], target: str | None, place: Place) -> bool:
    """Whether the event is at its town's airport: its site is the airport ("seized the
    airport"), or a sentence that places it in the town names the town's airport ("rockets
    were launched at Kabul airport")."""
    return is_airport(target) or any(
        m.place_basis == "sentence" and m.place_ref == place and names_town_airport(m.text, m.place)
        for m in ms
    )


def _to_event(
    c: _Cluster,
    n: int,
    docs: dict[str, Document],
    source_of: dict[str, str],
    killed: dict[str, list[FigureClaim]],
    index: EntityIndex,
    per_sentence: Counter[tuple[str, int]],
) -> Event:
    ms = [i.m for i in c.items]
    source = {m.doc: source_of.get(m.doc, m.doc) for m in ms}
    place_name, place_ref = _cluster_place(c, source)
    target, town, town_basis = _target(c), None, None
    if place_ref is not None and _at_airport(ms, target, place_ref):
        airport = town_airport(place_ref)
        if airport is not None:
            town, town_basis = _display_place(place_name, index), "airport"
            place_name, place_ref = airport.name, airport
    elif place_ref is not None and place_ref.feature == "site" and place_ref.within:
        # an event on a square is in its town
        town, town_basis = _display_place(place_ref.within, index), "site"
    elif place_ref is None and (site := _site_of(place_name, index)) is not None:
        # a square no report placed, which the corpus's main town holds
        place_ref, town, town_basis = site, _display_place(site.within, index), "site"
    elif c.town is not None:
        # inferred: the corpus's one city, or the capital
        town, town_basis = _display_place(c.town, index), c.town_basis
    reports = tuple(
        EventReport(
            m.doc, m.start, m.end, m.text, m.id, docs[m.doc].outlet if m.doc in docs else None
        )
        for m in sorted(ms, key=lambda m: (m.doc, m.start))
    )
    sources = tuple(sorted(set(source.values())))
    actors = Counter(_display(a, index) for m in ms for a in m.actors if a)
    subs = Counter((m.acled_event_type, m.acled_sub_event_type) for m in ms)
    acled, sub = subs.most_common(1)[0][0]
    span = _stated_run(c) or c.span or _reported_on(c)
    return Event(
        id=f"EV{n + 1}",
        type=c.type,
        acled_event_type=acled,
        acled_sub_event_type=sub,
        date=_date_value(span),
        time_precision=_precision(span),
        place=_display_place(place_name, index),
        place_ref=place_ref,
        actors=tuple(a for a, _ in actors.most_common()),
        description=_description(c, per_sentence),
        reports=reports,
        sources=sources,
        corroboration=len(sources),
        fatalities=None if c.type in DEATHLESS_TYPES else _fatalities(ms, killed),
        target=target,
        town=town,
        town_basis=town_basis,
    )


def _stated_run(c: _Cluster) -> _Span | None:
    """The run of days a country's wave states of itself ("With Egyptian protesters
    hitting the streets for a week now"), when it holds every dated report of the wave:
    the wave is that run, not the narrowest day one of its reports gives (which dated the
    week's protests to the last two days they were reported on)."""
    if c.type not in WAVE_TYPES or _country_of(c) is None or c.span is None:
        return None
    dated = [i.span for i in c.items if i.span is not None]
    runs = [s for s in dated if all(_tally_of(s, o) for o in dated if o is not s)]
    return max(runs, key=lambda s: (s.days, s.first)) if runs else None


def _target(c: _Cluster) -> str | None:
    """The site as its fullest report names it ("former presidential residence")."""
    named = [i.m.target for i in c.items if i.m.target]
    return max(named, key=lambda t: (len(t.split()), t)) if named else None
