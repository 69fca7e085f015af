"""The component: every figure claim of a parsed document."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sitrep.extract import context
from sitrep.extract.figure_words import (
    CONTINUATION,
    CURRENCIES,
    EVENT_LEMMAS,
    MULTIPLIER_VERBS,
    PARTITIVE_DETERMINERS,
    PEOPLE_OTHER,
    POPULATED_PLACES,
    PRICE_NOUNS,
    PROJECTED_GROUPS,
    SUBUNITS,
)
from sitrep.extract.figures.attribution import _claimed_by
from sitrep.extract.figures.breakdowns import (
    _bracketed_item,
    _earlier_value,
    _inherited,
    _listed_harm,
    _partitive_part,
    _restated,
)
from sitrep.extract.figures.crowds import _policing, _size_holder
from sitrep.extract.figures.dating import _as_of, _historical, day_before, part_day, restated_days
from sitrep.extract.figures.drafts import _as_another, _Draft, _sent_ev
from sitrep.extract.figures.followers import follower_sources
from sitrep.extract.figures.groups import (
    _bare_group,
    _person_group,
    _protester_group,
    _thing_group,
    _victims_in_sentence,
)
from sitrep.extract.figures.hedges import hypothetical, projected_ceiling, year_numeral, year_range
from sitrep.extract.figures.issuers import statement_issuer
from sitrep.extract.figures.magnitudes import MAGNITUDE_GROUP, epicentre, is_magnitude, measured_by
from sitrep.extract.figures.measures import _counted, _measure
from sitrep.extract.figures.phrases import number_phrases
from sitrep.extract.figures.places import (
    _country,
    _excluded_subtrees,
    _own_place,
    _place,
    _place_entities,
    _the_capital,
)
from sitrep.extract.figures.prices import (
    SHARE_BASE,
    _commodity,
    _multipliers,
    _price_context,
    before_change,
    loss_group,
    multiplier_qualifier,
    percent_of,
    price_group,
)
from sitrep.extract.figures.references import _listed_sources, _sources_before
from sitrep.extract.figures.refine import (
    _of_disease,
    _partitive_state,
    _passed,
    _rivalled_place,
    _troop_holder,
)
from sitrep.extract.figures.scopes import scope_counts
from sitrep.extract.figures.singles import PLAIN_PEOPLE, single_deaths
from sitrep.extract.figures.source_names import _source_text
from sitrep.extract.figures.speakers import unnamed_report
from sitrep.extract.figures.syntax import (
    _anchor,
    _is_person,
    _lemma,
    _of_object,
    _predicate,
    _previous_in_paragraph,
)
from sitrep.extract.figures.tolls import _toll_event
from sitrep.extract.numbers import Quantity
from sitrep.records import EntityMention, FigureClaim


def read_figures(doc: Doc) -> list[FigureClaim]:
    """All figure claims of a parsed ``doc`` (restatements merged)."""
    doc_id = context.doc_id(doc)
    entities = list(context.get(doc, "entities"))
    times = list(context.get(doc, "times"))
    published = context.published(doc)
    places = _place_entities(doc, entities)
    country = _country(doc, entities)
    sources = _sources_before(doc, entities)
    text = doc.text  # read once: Doc.text joins every token anew on each access
    drafts: list[_Draft] = []
    by_anchor: dict[int, _Draft] = {}
    for span, quantity in number_phrases(doc):
        draft = _draft(
            doc_id,
            span,
            quantity,
            entities,
            places,
            country,
            times,
            published,
            sources,
            by_anchor,
            text,
        )
        if draft is not None:
            drafts.append(draft)
            by_anchor[draft.anchor] = draft
    for span, _ in _multipliers(doc):
        anchor = span[0]
        price = next(
            c for c in anchor.children if c.dep_ in {"dobj", "nsubj"} and _lemma(c) in PRICE_NOUNS
        )
        qualifier = multiplier_qualifier(anchor)
        q = Quantity(MULTIPLIER_VERBS[_lemma(anchor)], None, None, qualifier, False, "percent")
        drafts.append(
            _Draft(
                span.start_char,
                span.end_char,
                span.text,
                _sent_ev(doc_id, span.sent),
                "price",
                q,
                _commodity(price) + " increase, percent",
                _place(anchor, None, places, country, text, climb=False),
                None,
                _as_of(anchor, times, published, text),
                anchor.i,
            )
        )
    read = {d.anchor for d in drafts} | {
        t.i for d in drafts for t in doc[d.anchor].head.subtree if doc[d.anchor].dep_ == "nummod"
    }
    for victim, verb in single_deaths(doc, read):
        draft = _single(doc_id, victim, verb, entities, places, country, times, published, sources)
        if draft is not None:
            drafts.append(draft)
    listed = _listed_sources(doc, entities, sources, text)
    drafts = [
        replace(d, claimed_by=listed[d.sentence.start])
        if d.claimed_by is None and d.sentence.start in listed
        else d
        for d in drafts
    ]
    if any(d.claimed_by is None for d in drafts):
        issuer = statement_issuer(doc, entities)
        if issuer is not None:  # a release's own counts: "Eleven peacekeepers sustained …"
            drafts = [
                replace(d, claimed_by=issuer)
                if d.claimed_by is None and not unnamed_report(doc[d.anchor])
                else d
                for d in drafts
            ]
    drafts.sort(key=lambda d: d.start)
    drafts = restated_days(drafts, times, published)
    drafts = _continued_places(drafts, places, country, text)
    scopes = scope_counts(drafts, text)
    drafts = [d for i, d in enumerate(drafts) if i not in scopes]
    return _merge(doc_id, follower_sources(_continued_sources(doc, drafts, text), text))


# Measures counted as one tally of people, whose place a paragraph tells once
_PLACE_FAMILY = frozenset(("killed", "injured"))
# Words by which a sentence counts the whole country, naming no place: "Across the country,
# at least 39 people were killed", "the toll since the protests began"
_NATIONWIDE = re.compile(r"\b(?:country|nationwide|nationally|since)\b", re.I)


def _continued_places(
    drafts: list[_Draft], places: list, country: str | None, text: str
) -> list[_Draft]:
    """A toll told again further on in the paragraph with no place of its own ("… the blast
    at the port of Beirut wounded 4,000 … At least 120 of the 5,000 people injured are in
    critical condition") counts where the paragraph's earlier toll of that measure does, not
    the whole country."""
    out: list[_Draft] = []
    told: dict[tuple[str, int], str] = {}
    for d in drafts:
        if d.measure not in _PLACE_FAMILY or country is None:
            out.append(d)
            continue
        key = (d.measure, text.rfind("\n", 0, d.start))
        named = any(d.sentence.start <= s < d.sentence.end for s, _, _, _ in places) or bool(
            _NATIONWIDE.search(text, d.sentence.start, d.sentence.end)
        )
        if d.place == country and not named and key in told:
            d = replace(d, place=told[key])
        elif d.place and d.place != country:
            told[key] = d.place
        out.append(d)
    return out


def _per_cent(counted: Token) -> bool:
    """ "54.6 per cent": the cent of a percent, no subunit of money (not 0.546)."""
    return counted.lower_ == "cent" and counted.i > 0 and counted.nbor(-1).lower_ == "per"


def _opens_sentence(d: _Draft, text: str) -> bool:
    """A sentence that opens on its count ("Forty-five police officers were injured.") goes
    on with the tally of the sentence before it."""
    return not text[d.sentence.start : d.start].strip()


def _continued_sources(doc: Doc, drafts: list[_Draft], text: str) -> list[_Draft]:
    """A sentence that goes on with the figures of the one before it in the paragraph ("The
    MIA reported that cases for 98 individuals went to court. Of these, 36 were fined …")
    is the same source's: its unattributed figures take that sentence's source."""
    by_sentence: dict[int, list[_Draft]] = {}
    for d in drafts:
        by_sentence.setdefault(d.sentence.start, []).append(d)
    out = []
    for d in drafts:
        if d.claimed_by is None and (
            CONTINUATION.match(text, d.sentence.start) or _opens_sentence(d, text)
        ):
            prev = _previous_in_paragraph(doc[d.anchor].sent, text)
            before = by_sentence.get(prev.start_char, []) if prev is not None else []
            sources = {p.claimed_by for p in before}
            if len(sources) == 1 and None not in sources:
                d = replace(d, claimed_by=sources.pop())
        out.append(d)
    return out


def _draft(
    doc_id: str,
    span: Span,
    quantity: Quantity,
    entities: list[EntityMention],
    places: list,
    country: str | None,
    times: list,
    published: dt.date | None,
    sources: dict[int, tuple[str, ...]],
    by_anchor: dict[int, _Draft],
    text: str,
) -> _Draft | None:
    anchor = _anchor(span)
    counted = _counted(span, anchor)
    sent = span.sent
    money = (
        quantity.unit is not None
        or any(t.ent_type_ == "MONEY" for t in span)
        or (counted is not None and _lemma(counted) in CURRENCIES | {"percent", "%"})
    )
    inherited = _inherited(anchor, counted, by_anchor) or _partitive_part(
        anchor, counted, by_anchor
    )
    if (
        _background(span, quantity, counted)
        or _historical(sent, times, published, anchor)
        or year_numeral(span, quantity.value)
        or (counted is None and year_range(span, quantity.low, quantity.high))
    ):
        return None
    if not money and is_magnitude(span, quantity.value):
        agency = measured_by(anchor)
        return _Draft(
            span.start_char,
            span.end_char,
            span.text,
            _sent_ev(doc_id, sent),
            "other",
            quantity,
            MAGNITUDE_GROUP,
            epicentre(span, places) or _place(anchor, counted, places, country, text),
            _source_text(agency, entities)
            if agency is not None
            else _claimed_by(anchor, entities, sources.get(sent.start, ())),
            # a size stated as of the report (the quake's own day is its event's date)
            published.isoformat() if published else _as_of(anchor, times, published, text),
            anchor.i,
        )
    if money:
        price = _price_context(anchor, counted)
        if price is None and not (inherited and inherited.measure == "price"):
            share = percent_of(span, counted) or loss_group(anchor, counted, quantity.unit)
            if share is None or share == SHARE_BASE:
                return None
            # a share ("61% of medical facilities are closed", "the 56 percent quota"): a
            # quantitative claim like any other, of what it is a share of
            return _Draft(
                span.start_char,
                span.end_char,
                span.text,
                _sent_ev(doc_id, sent),
                "other",
                quantity,
                share,
                _place(anchor, counted, places, country, text, climb=False),
                _claimed_by(anchor, entities, sources.get(sent.start, ())),
                _as_of(anchor, times, published, text),
                anchor.i,
            )
        value, low, high = quantity.value, quantity.low, quantity.high
        if (
            counted is not None
            and _lemma(counted) in SUBUNITS
            and value is not None
            and not _per_cent(counted)
        ):
            value = round(value / 100, 4)
        qualifier = quantity.qualifier
        if inherited is not None and inherited.measure == "price" and qualifier == "exact":
            qualifier = inherited.quantity.qualifier  # "around 100 tenge, or 22 cents"
        q = replace(quantity, value=value, low=low, high=high, qualifier=qualifier)
        unit = (
            "percent"
            if quantity.unit == "percent"
            or (counted is not None and (_lemma(counted) in {"percent", "%"} or _per_cent(counted)))
            else (counted.text.lower() if counted is not None else quantity.unit)
        )
        group = (
            price_group(anchor, price)
            if price is not None and _lemma(price) in PRICE_NOUNS
            else inherited.group.split(",")[0]
            if inherited and inherited.group
            else "price"
        ) + f", {unit}{' (before)' if before_change(anchor) else ''}"
        return _Draft(
            span.start_char,
            span.end_char,
            span.text,
            _sent_ev(doc_id, sent),
            "price",
            q,
            group,
            _place(anchor, counted, places, country, text, climb=False),
            _claimed_by(anchor, entities, sources.get(sent.start, ())),
            _as_of(anchor, times, published, text),
            anchor.i,
        )
    item = _bracketed_item(span, by_anchor, places) if counted is None else None
    if item is not None:  # "31 dead: Lagos (12), Abuja (9) and Kano (10)"
        total, where = item
        return _as_another(total, span, quantity, place=where)
    measure, why = _measure(span, anchor, counted)
    if measure in {None, "troops", "protesters"} and why in {"noun", ""}:
        listed = _listed_harm(anchor, counted, by_anchor)
        if listed is not None:  # "…, three Malawian soldiers, and one Uruguayan peacekeeper"
            measure, why = listed, "verb"
    if why == "age":
        return None  # "including a boy aged 12": a person's age, no count nor part of one
    if (
        why == "noun"
        and span.text.lower() == "one"
        and counted is not None
        and counted.i > span.end
        and any(c.dep_ in {"det", "poss"} for c in counted.children)
    ):
        return None  # "the face of one of the detainees": a person, not a count
    restated = _restated(anchor, counted, by_anchor) if measure is None else None
    if restated is not None:  # "… while police put the figure at 3,000": a rival claim
        claimed = _claimed_by(anchor, entities, sources.get(sent.start, ()))
        return _as_another(restated, span, quantity, claimed_by=claimed)
    told = why in PEOPLE_OTHER.values() or why.startswith("group:")  # "were released"
    if (measure is None or (measure == "other" and not told)) and inherited is not None:
        measure = inherited.measure  # "torched 120 cars, including 33 police vehicles"
    if measure is None:
        return None
    if (
        (measure in {"protesters", "troops"} or why.startswith("group:"))
        and quantity.value is not None
        and quantity.value < 2
    ):
        return None  # "one protester said", "one soldier shrugged": a person, not a count
    if counted is not None and measure == "troops" and _policing(counted):
        group = _person_group(counted)  # "45,000 police officers and gendarmes": police
    elif counted is not None and measure == "troops":
        group = _thing_group(counted)
        holder = _troop_holder(counted)
        if holder is not None:  # "the United States has about 1,100 soldiers in the country"
            group = f"{holder} {group}"
    elif counted is not None and _is_person(counted):
        group = _protester_group(counted) if measure == "protesters" else _person_group(counted)
        if group == "all" and measure in {"killed", "injured"}:
            group = _victims_in_sentence(anchor, text) or group
    elif counted is not None and measure in {"killed", "injured", "treated"}:
        obj = _of_object(counted)  # "the bodies of protesters"
        group = _person_group(obj) if obj is not None and _is_person(obj) else "all"
    elif counted is None:
        pred = _predicate(anchor)
        holder = _size_holder(anchor, pred) if measure in {"protesters", "troops"} else None
        group = (
            "protesters"
            if measure == "protesters"
            else (_thing_group(holder) if holder is not None else _bare_group(anchor, pred))
        )
        if group == "all" and measure in {"killed", "injured"}:
            group = _victims_in_sentence(anchor, text) or group
    else:
        group = _thing_group(counted)
    if why.startswith("group:"):
        group = why.removeprefix("group:")
    if group == "all" and counted is None:
        group = _another_of(span, by_anchor) or group
    if measure == "other" and why in PEOPLE_OTHER.values():
        group = why if group == "all" else f"{why} {group}"
    if inherited is not None and measure == inherited.measure:
        claimed, place, as_of = inherited.claimed_by, inherited.place, inherited.as_of
        as_of = part_day(anchor, times, published) or as_of  # "including 38 on Tuesday"
        if _earlier_value(counted or anchor, anchor, by_anchor) is not None:
            # "719 arrested, down from 1,311 the previous night": not the later one's day
            as_of = day_before(as_of, text, span.end_char) or _as_of(anchor, times, published, text)
        in_sent = [(s, e, n) for s, e, n, _ in places if sent.start_char <= s < sent.end_char]
        place = _own_place(anchor, counted, in_sent, _excluded_subtrees(sent)) or place
    else:
        frame = _toll_event(anchor, _predicate(anchor)) if why == "toll" else None
        claimed = _claimed_by(
            anchor, entities, sources.get(sent.start, ()), frame[1] if frame else None
        )
        place = _place(anchor, counted, places, country, text)
        as_of = _as_of(anchor, times, published, text)
    state = _partitive_state(anchor, by_anchor) if group == "all" or inherited else None
    if state is not None:  # "nine victims, three of them in critical condition"
        group = state
    if measure == "killed" and _of_disease(anchor):
        measure, group = "other", "deaths from disease"  # "cholera cases and 12 deaths"
    if measure == "troops" and place and place != country and group.startswith(f"{place.lower()} "):
        # the holder's troops stationed in the article's country ("France, which keeps some
        # 350 soldiers at Camp de Gaulle in the capital"): not a count in the holder's land
        place = _the_capital(anchor, places, country) or country
    if place == country and inherited is None:
        place = _rivalled_place(anchor, measure, places, by_anchor) or place
    # a source's projection of those a disaster reaches is its estimate, not a toll
    projection = measure == "other" and group in PROJECTED_GROUPS
    if measure != "price" and hypothetical(anchor, claimed is not None, projection):
        return None  # "thousands could have been killed": what did not happen
    if quantity.qualifier == "exact" and projected_ceiling(anchor):
        quantity = replace(quantity, qualifier="up_to")  # "deaths could reach 20,000"
    elif quantity.qualifier == "exact" and _passed(anchor):
        quantity = replace(quantity, qualifier="more_than")  # "death toll passes 2,000"
    return _Draft(
        span.start_char,
        span.end_char,
        span.text,
        _sent_ev(doc_id, sent),
        measure,
        quantity,
        group,
        place,
        claimed,
        as_of,
        anchor.i,
    )


def _single(
    doc_id: str,
    victim: Token,
    verb: Token,
    entities: list[EntityMention],
    places: list,
    country: str | None,
    times: list,
    published: dt.date | None,
    sources: dict[int, tuple[str, ...]],
) -> _Draft | None:
    """One person killed, told by naming them ("A 26-year-old protester died")."""
    sent, text = victim.sent, victim.doc.text
    claimed = _claimed_by(victim, entities, sources.get(sent.start, ()))
    if _historical(sent, times, published, victim) or hypothetical(victim, claimed is not None):
        return None
    span = victim.doc[victim.left_edge.i : victim.i + 1]
    group = _person_group(victim) if _is_person(victim) else "all"
    if group == f"{victim.lower_}s" and _lemma(victim) in PLAIN_PEOPLE:
        group = "all"  # "a man", "a person": no group of its own, only its noun made plural
    return _Draft(
        span.start_char,
        span.end_char,
        span.text,
        _sent_ev(doc_id, sent),
        "killed",
        Quantity(1.0, None, None, "exact", False, None),
        group,
        _place(verb, victim, places, country, text),
        claimed,
        _as_of(verb, times, published, text),
        victim.i,
    )


def _another_of(span: Span, by_anchor: dict[int, _Draft]) -> str | None:
    """The group a bare "another N" or "N more" counts more of: the figure before it in the
    sentence ("166 suspects had been arrested ... and another 323 have been detained")."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if before != "another" and after != "more":
        return None
    sent = span.sent
    earlier = [
        d
        for i, d in by_anchor.items()
        if i < span.start and sent.start_char <= d.start < sent.end_char
    ]
    last = max(earlier, key=lambda d: d.anchor) if earlier else None
    return last.group if last is not None and last.group != "all" else None


def _background(span: Span, quantity: Quantity, counted: Token | None) -> bool:
    """Years, ages and the like that the matcher can still catch."""
    v = quantity.value
    if v is not None and counted is None and 1900 <= v <= 2100 and "," not in span.text:
        return True
    if span.text.lower() in {"one", "a"} and counted is None:
        return True
    before = span.doc[max(span.start - 2, 0) : span.start].text.lower()
    if before == "out of":
        return True  # "two out of 15 detained persons": the base of a share
    if _population(span):
        return True  # "the nation of 18 million": how many live there
    # "90 of its 200 inhabitants were dead", "12 of the 40 passengers": the whole the count
    # before it is a part of (the village's people), no count of what befell them
    three = span.doc[max(span.start - 3, 0) : span.start]
    return (
        len(three) == 3
        and three[0].like_num
        and three[1].lower_ == "of"
        and three[2].lower_ in PARTITIVE_DETERMINERS
        and not _toll_told(span)
    )


def _population(span: Span) -> bool:
    """A place's people, told as the place "of" a number: "the nation of 18 million", "a
    city of five million people" (no count of anything that befell them)."""
    at = span.start - 1
    if at < 1 or span.doc[at].lower_ != "of":
        return False
    owner = span.doc[at - 1]
    return owner.lemma_.lower() in POPULATED_PLACES


def _toll_told(span: Span) -> bool:
    """The whole of a share is itself a toll when its own participle says what befell it:
    "120 of the 5,000 people injured are in critical condition" (5,000 injured)."""
    doc = span.doc
    after = doc[span.end : min(span.end + 2, len(doc))]
    for t in after:
        if t.pos_ in {"VERB", "ADJ"} and t.tag_ in {"VBN", "JJ"} and _lemma(t) in EVENT_LEMMAS:
            return True
        if t.pos_ not in {"NOUN", "PROPN"}:
            break
    return False


def _merge(doc_id: str, drafts: list[_Draft]) -> list[FigureClaim]:
    """One claim per (sentence, measure, amount, source, group): a number read twice in one
    sentence adds evidence. The same figure stated again in another sentence (a headline and
    its lead, a summary paragraph) is a claim of its own: each statement is evidence an
    analyst may quote, and resolution groups the repeats. A restatement that leaves the
    group unspecified ("all") joins the specific one."""
    out: list[FigureClaim] = []
    for d in drafts:
        q = d.quantity
        ev = d.sentence
        same = next(
            (
                i
                for i, c in enumerate(out)
                if (c.sentence, c.measure, c.value, c.low, c.high, c.claimed_by)
                == (ev, d.measure, q.value, q.low, q.high, d.claimed_by)
                and (c.group == d.group or "all" in {c.group, d.group})
            ),
            None,
        )
        if same is not None:
            old = out[same]
            group = old.group if old.group != "all" else d.group
            if ev not in old.evidence:
                out[same] = replace(old, group=group, evidence=(*old.evidence, ev))
            continue
        out.append(
            FigureClaim(
                id=f"{doc_id}:F{len(out) + 1}",
                doc=doc_id,
                start=d.start,
                end=d.end,
                text=d.text,
                sentence=ev,
                measure=d.measure,
                value=q.value,
                low=q.low,
                high=q.high,
                qualifier=q.qualifier,
                vague=q.vague,
                group=d.group,
                place=d.place,
                claimed_by=d.claimed_by,
                as_of=d.as_of,
                evidence=(ev,),
            )
        )
    return out


@dataclass(frozen=True, slots=True)
class FigureReader:
    """The pipeline component: stores ``read_figures(doc)`` under "figures"."""

    def __call__(self, doc: Doc) -> Doc:
        context.put(doc, "figures", read_figures(doc))
        return doc


@Language.factory("sitrep_figures_v1")
def make_figure_reader(nlp: Language, name: str) -> FigureReader:
    return FigureReader()
