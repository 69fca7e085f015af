"""The pipeline step: typed, dated, placed event mentions of a document (component
``sitrep_events_v1``)."""

from __future__ import annotations

import bisect
import dataclasses

from spacy.language import Language
from spacy.tokens import Doc, Token

from sitrep.extract import context
from sitrep.extract.events.attributes import (
    _actors,
    _described_speaker,
    _quoted_speaker,
    _speaker_country,
    _speaker_phrase,
    _speaker_span,
)
from sitrep.extract.events.classify import _hits
from sitrep.extract.events.dating import (
    _backstory,
    _date_of,
    _main_clause,
    _Narrative,
    _narrative_past,
    _narrative_time,
    _paragraph_of,
    _paragraphs,
    _points_back,
)
from sitrep.extract.events.developments import mourning_span, national_court
from sitrep.extract.events.document_place import (
    _document_country,
    _landmarks,
    _office_countries,
    _office_country,
    _refuges,
)
from sitrep.extract.events.guard_words import JUDGING_LEMMAS
from sitrep.extract.events.implied_place import (
    _capital,
    _capital_place,
    _country_as_actor,
    _domestic,
    _institution_place,
    _list_scope,
    _owned,
    _stationed,
)
from sitrep.extract.events.kinds import _told_before
from sitrep.extract.events.live import live_stamps, restamped, stamp_day
from sitrep.extract.events.mood import (
    _irrealis,
)
from sitrep.extract.events.parse import Hit, _adjunct_head, _national
from sitrep.extract.events.placing import (
    _in_list,
    _in_range,
    _in_regions,
    _locates,
    _PlaceTok,
    _sentence_place,
)
from sitrep.extract.events.triggers import _doc_matches
from sitrep.extract.events.vocabulary import (
    COUNTRY_SUB_EVENTS,
    GROUND_KINDS,
    LIVE_ENTRY,
    MAX_EVENT_SPAN_DAYS,
    PARTIES_SUB_EVENTS,
)
from sitrep.extract.quotes import sentences
from sitrep.extract.timenorm import value_span
from sitrep.records import (
    REFERENCE_BASIS,
    EntityMention,
    EventMention,
    Place,
    TimeExpression,
)


def extract_events(doc: Doc) -> list[EventMention]:
    """Typed event mentions, one per (sentence, sitrep type).

    Where: a place a "where" clause holding the trigger hangs on; else the most
    specific place that locates the happening in its sentence (not a dateline, not
    inside an actor's description, not an item of a list of places); else the place
    of a local institution that reports it; else the place of the paragraph's
    previous event; else the country the document is about.

    When: the time expression in the trigger's clause; else, for a present-tense
    sentence, the publication date; else the time the narrative is at: the last
    date stated in the paragraph, or carried over from earlier paragraphs while
    every sentence since goes on in the simple past with no new time; else, for a
    present perfect, the publication date; else none (resolution then treats it
    as "shortly before publication")."""
    doc_id = context.doc_id(doc)
    entities = context.get(doc, "entities")
    times = context.get(doc, "times")
    quotes = context.get(doc, "quotes") or []
    pub = context.published(doc)
    full = doc.text  # spaCy rebuilds doc.text on every access: read it once
    if entities:
        names = [(e.start, e.end, e.canonical) for e in entities]
        places = [e for e in entities if e.label in {"GPE", "LOC"}]
        orgs = _owned(entities)
        bare: list[tuple[int, str, None]] = []
    else:
        ents = [e for e in doc.ents if e.label_ in {"PERSON", "ORG", "NORP", "GPE", "LOC"}]
        names = [(e.start_char, e.end_char, e.text) for e in ents]
        places, orgs = [], []
        bare = [(e.start_char, e.text, None) for e in ents if e.label_ in {"GPE", "LOC"}]
    located = sorted(
        (p for p in places if _locates(doc, full, p.start, p.end)), key=lambda p: p.start
    )
    # a country that acts or speaks: where a statement is made, not where a happening is
    actor_starts = {p.start for p in located if _country_as_actor(doc, p)}
    located_starts = [p.start for p in located]
    org_starts = [o.start for o in orgs]
    times = sorted(times, key=lambda t: t.start)
    stamps = live_stamps(full, times, pub)
    times = restamped(times, stamps, pub)
    time_starts = [t.start for t in times]
    sents = sentences(doc)
    matches = _doc_matches(doc, sents)
    reporting = [
        (sents[k].start_char, sents[k].end_char)
        for k in sorted(matches)
        # told as happening: not "there have been no protests", "would not negotiate"
        if any(kind in GROUND_KINDS and not _irrealis(tok, kind) for kind, tok in matches[k])
    ]
    # a country that acts or speaks ("France condemned the coup") is not where the story is
    country = _document_country(
        located,
        reporting,
        _landmarks(doc, located) | _refuges(doc, located) | frozenset(actor_starts),
    )
    if country is None and entities:
        # no place names a country: the nationality words do ("the Georgian Ministry of
        # Internal Affairs", "the Georgian parliament building")
        found = _document_country([e for e in entities if e.label == "NORP"], reporting)
        country = (found[1].name, found[1]) if found and found[1] is not None else None
    offices = _office_countries(entities or [])
    towns = {  # a site's town by its name, for the story that leaves the site
        name: (p.canonical, p.place)
        for p in places
        if p.place is not None and p.place.feature == "city"
        for name in (p.place.name, p.canonical)
    }
    starts = _paragraphs(full)
    last_para = -1
    para_place: tuple[str, Place | None] | None = None
    narrative: _Narrative | None = None
    last_day: str | None = None  # the last day the text told of
    flowing = False  # the last sentence went on with the narrative (dated or simple past)
    backstory = None  # the long past stretch the last sentence went back to ("in 1982")
    out: list[EventMention] = []
    for k, sent in enumerate(sents):
        s0, s1 = sent.start_char, sent.end_char
        if not any(t.is_alpha or t.like_num for t in sent):
            continue  # a blank, a bullet or a dash: no sentence, the narrative goes on
        para = _paragraph_of(starts, s0)
        past = _narrative_past(sent)
        if para != last_para:
            last_para = para
            if not (flowing and past) or LIVE_ENTRY.match(full, starts[para]):
                # the story goes on in the simple past: its place and time hold (not into
                # a live page's next entry)
                narrative, para_place = None, None
            elif para_place is not None and para_place[1] is not None:
                if para_place[1].feature == "site":
                    # a new paragraph may leave the square, not its town
                    para_place = towns.get(para_place[1].within or "")
        in_times = times[bisect.bisect_left(time_starts, s0) : bisect.bisect_left(time_starts, s1)]
        own_time = _narrative_time(doc, in_times, pub)
        hits = _hits(sent, matches[k]) if k in matches else []
        first_dated: tuple[str, str | None] | None = None
        if hits:
            text = full[s0:s1].rstrip()
            s1 = s0 + len(text)
            in_places = [
                _PlaceTok(p, span.root, False)
                for p in located[
                    bisect.bisect_left(located_starts, s0) : bisect.bisect_left(located_starts, s1)
                ]
                if (span := doc.char_span(p.start, p.end, alignment_mode="expand")) is not None
            ]
            is_place = {p.root.i for p in in_places}
            regions = {
                p.root.i: p.mention.place.country_code
                for p in in_places
                if p.mention.place is not None
                and p.mention.place.feature == "admin1"
                and p.mention.place.country_code
            }
            in_places = [
                _PlaceTok(
                    p.mention,
                    p.root,
                    _in_list(p.root, is_place)
                    or _in_range(p.root, is_place)
                    or _in_regions(p.root, regions),
                )
                for p in in_places
            ]
            in_orgs = orgs[bisect.bisect_left(org_starts, s0) : bisect.bisect_left(org_starts, s1)]
            gpe = [b for b in bare if s0 <= b[0] < s1]
            in_ents = [e for e in entities or [] if s0 <= e.start < s1]
            described = _described_times(doc, in_times)
            sentence_place: tuple[str, Place | None] | None = None
            sentence_kind: str | None = None  # the type of the hit that placed it
            if any(m.type == "statement" for m in out):
                # "..., the statement said": the statement the document told of before
                hits = [h for h in hits if not _told_before(h)]
            for h in hits:
                own = [
                    p
                    for p in in_places
                    if p.mention.start not in actor_starts
                    or (h.type == "statement" and not _stationed(p, in_places))
                ]
                where = _sentence_place(h, own, gpe)
                basis = "sentence" if where else None
                if where is None and (where := _list_scope(h, own, country)):
                    basis = "list"
                if where is None and (where := _capital_place(h, country)):
                    basis = "sentence"
                if where is None and not _national(h) and in_orgs:
                    where = _institution_place(h, doc, in_orgs, country)
                    basis = "sentence" if where else None
                if (
                    where is None
                    and not _national(h)
                    and h.acled_sub_event_type not in PARTIES_SUB_EVENTS
                    and para_place is not None
                ):
                    where, basis = para_place, "paragraph"
                if where is None and (where := _office_country(h, in_ents, country, offices)):
                    basis = "sentence"
                if where is None and country is not None:
                    where, basis = country, "document"
                if (
                    h.acled_sub_event_type in COUNTRY_SUB_EVENTS
                    and where is not None
                    and where[1] is not None
                    and country is not None
                    and country[1] is not None
                    and where[1].country_code == country[1].country_code
                ):
                    # a day of national mourning is the country's, wherever it was declared
                    where = country
                if (
                    national_court(h)
                    and where is not None
                    and where[1] is not None
                    and where[1].feature == "country"
                    and (seat := _capital(where[1].country_code or "")) is not None
                ):
                    # "Pakistan's Supreme Court ordered the release": the capital's court
                    where = (seat.name, seat)
                place, place_ref = where if where else (None, None)
                if basis == "sentence" and where is not None and sentence_place is None:
                    if not any(
                        (p.listed or p.mention.start in actor_starts)
                        and p.mention.place == where[1]
                        for p in in_places
                    ):
                        # a list's item is not the paragraph's place, nor a country that
                        # speaks ("Azerbaijan's defence ministry said")
                        sentence_place, sentence_kind = where, h.type
                date, precision, dbasis = _date_of(
                    h,
                    in_times,
                    None if own_time is False else narrative,
                    para,
                    past,
                    stamp_day(stamps, s0) or pub,
                    last_day,
                )
                date = mourning_span(h, date)  # "three days of mourning": its days
                if date is None and backstory is not None and _points_back(h.trigger):
                    # "... in 1982 to crush an uprising. That attack killed thousands"
                    date, precision, dbasis = backstory.value, backstory.precision, "paragraph"
                if (
                    dbasis == "sentence"
                    and first_dated is None
                    and date is not None
                    and not (described and _main_clause(h.trigger) and _long(date))
                ):
                    # a long stretch that only describes someone ("Rajapaksa, who took
                    # office in 2019, fled the country") does not move the story's time
                    first_dated = (date, precision)
                speaker = None
                if h.type == "statement":
                    said = _speaker_span(h, doc) or _quoted_speaker(h, quotes)
                    if said is not None:
                        speaker = said[0]
                        abroad = _speaker_country(
                            _speaker_phrase(doc, said[1], said[2]), entities or [], country
                        )
                        if abroad is not None:
                            place, place_ref = abroad
                            basis = "speaker"
                    else:
                        speaker = _described_speaker(h)
                actors = _actors(h, sent, names)
                if speaker is not None:
                    actors = (speaker, *(a for a in actors if a != speaker))
                also = _second_town(where, own) if basis == "sentence" else None
                out.append(
                    EventMention(
                        id=f"{doc_id}:E{len(out) + 1}",
                        doc=doc_id,
                        start=s0,
                        end=s1,
                        text=text,
                        type=h.type,
                        acled_event_type=h.acled_event_type,
                        acled_sub_event_type=h.acled_sub_event_type,
                        trigger=h.trigger.text,
                        actors=actors,
                        place=place,
                        place_ref=place_ref,
                        date=date,
                        date_precision=precision,
                        place_basis=basis,
                        date_basis=_referred(h, dbasis),
                        speaker=speaker,
                        target=h.target,
                    )
                )
                if also is not None:
                    # "gunfire at barracks in the towns of Kaya and Ouahigouya": a happening
                    # at each town
                    out.append(
                        dataclasses.replace(
                            out[-1],
                            id=f"{doc_id}:E{len(out) + 1}",
                            place=also.canonical,
                            place_ref=also.place,
                        )
                    )
            if sentence_place is not None and _domestic(sentence_place, country):
                para_place = sentence_place
            elif sentence_place is not None and sentence_kind != "statement":
                # a happening abroad ("protesters blocked streets in Yerevan"): the
                # paragraph's story is there now, not in the town it told of before
                para_place = sentence_place
        backstory = _backstory(doc, in_times, pub) if own_time is False else None
        if own_time is False:
            narrative, first_dated = None, None  # a long stretch: no day to carry on
        elif own_time is not None:
            first_dated = first_dated or (own_time.value or "", own_time.precision)
        if first_dated is not None:
            narrative = _Narrative(first_dated[0], first_dated[1], para)
            told = value_span(first_dated[0])
            if told is not None:
                last_day = told[0].isoformat()
        flowing = first_dated is not None or (past and own_time is not False)
    return _headlines_dated(out, full, starts)


def _second_town(
    where: tuple[str, Place | None] | None, places: list[_PlaceTok]
) -> EntityMention | None:
    """The other town of a pair of towns the sentence places the happening in ("in the
    towns of Kaya and Ouahigouya", "protests in Lima and Arequipa"): the place coordinated
    with the one chosen, both towns of one country. A longer list is a scope
    (:func:`_in_list`), not a happening at each."""
    if where is None or where[1] is None or where[1].feature != "city":
        return None
    chosen = next((p for p in places if p.mention.place == where[1] and not p.listed), None)
    if chosen is None:
        return None
    if chosen.root.head.lower_ == "between":
        return None  # "fighting on the road between Kaya and Ouahigouya": one happening
    group = {c.i for c in chosen.root.conjuncts}
    pair = [p for p in places if p.root.i in group]
    if len(group) != 1 or len(pair) != 1 or pair[0].listed:
        return None
    other = pair[0].mention.place
    if other is None or other.feature != "city" or other.country_code != where[1].country_code:
        return None
    return pair[0].mention


def _referred(hit: Hit, basis: str | None) -> str | None:
    """The date basis of a happening the sentence names as one already told, the cause,
    object or setting of its own news ("condemned Friday's attack", "claimed
    responsibility for the attack", "after this week's clashes"): the day the sentence
    gives it is kept, but the report is a reference (``REFERENCE_BASIS``), which the
    resolver attaches to the event it refers to and never makes an event of its own. A
    happening named without an article ("after clashes between the army and the rebels")
    may be news: it keeps its basis; so does a statement ("protests broke out after the
    government's announcement on Thursday"): a decision told as what set the crisis off is
    often told nowhere else."""
    if basis == "sentence" and hit.type != "statement" and _deed_judged(hit.trigger):
        return REFERENCE_BASIS
    if (
        basis != "sentence"
        or hit.type == "statement"
        or (head := _adjunct_head(hit.trigger)) is None
    ):
        return basis
    told = any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in head.children
    )
    return REFERENCE_BASIS if told else basis


DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _deed_judged(trigger: Token) -> bool:
    """Whether the trigger is a relative clause on a noun that a judging verb takes as its
    object (through "a series of", "responsibility for"), not the sentence's own news."""
    if trigger.dep_ != "relcl":
        return False
    tok = trigger.head
    while tok.dep_ in {"pobj", "prep", "dobj", "compound", "conj", "appos"} and tok.head is not tok:
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in JUDGING_LEMMAS:
            return True
        tok = tok.head
    return False


def _headlines_dated(out: list[EventMention], full: str, starts: list[int]) -> list[EventMention]:
    """A headline tells the happening its article's lead tells: a headline's mention
    dated only by the publication ("Ecuador declares emergency", published the Sunday
    after) takes the day of the first mention of its type the article dates in a
    sentence ("Moreno declared a state of emergency on Thursday"). The headline is the
    text's first line when it is short and has no full stop."""
    end = starts[1] if len(starts) > 1 else len(full)
    title = full[:end].strip()
    if not title or "\n" in title or len(title) > HEADLINE_CHARS or title.endswith("."):
        return out
    for k, m in enumerate(out):
        if m.start >= end or m.date_basis != "publication":
            continue
        lead = next(
            (b for b in out if b.start >= end and b.type == m.type and b.date_basis == "sentence"),
            None,
        )
        if lead is not None and lead.date is not None:
            out[k] = dataclasses.replace(
                m, date=lead.date, date_precision=lead.date_precision, date_basis="paragraph"
            )
    return out


HEADLINE_CHARS = 160  # a title line is no longer than this


def _described_times(doc: Doc, times: list[TimeExpression]) -> bool:
    """Whether the sentence has times and every one is in a description hung on a noun
    ("Rajapaksa, who took office in 2019, fled the country")."""
    spans = [doc.char_span(t.start, t.end, alignment_mode="expand") for t in times]
    return bool(spans) and all(s is not None and not _main_clause(s.root) for s in spans)


def _long(value: str) -> bool:
    """A time longer than a happening lasts ("in 2019")."""
    span = value_span(value)
    return span is not None and (span[1] - span[0]).days > MAX_EVENT_SPAN_DAYS


@Language.component("sitrep_events_v1")
def events_component(doc: Doc) -> Doc:
    """Store the document's event mentions under ``"events"``."""
    context.put(doc, "events", extract_events(doc))
    return doc
