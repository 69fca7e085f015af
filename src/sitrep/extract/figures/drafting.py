"""One number phrase read into a draft claim: whether it counts anything, then its measure,
group, place, source and date (a magnitude, a price or a share each its own way); and one
person killed, told by naming them."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Span, Token

from sitrep.extract.figure_words import (
    CURRENCIES,
    PEOPLE_OTHER,
    PRICE_NOUNS,
    PROJECTED_GROUPS,
    SUBUNITS,
)
from sitrep.extract.figures.attribution import _claimed_by
from sitrep.extract.figures.background import _background
from sitrep.extract.figures.breakdowns import (
    _bracketed_item,
    _earlier_value,
    _inherited,
    _listed_harm,
    _partitive_part,
    _restated,
)
from sitrep.extract.figures.crowds import _policing, _size_holder
from sitrep.extract.figures.dating import _as_of, _historical, day_before, part_day
from sitrep.extract.figures.drafts import _as_another, _Draft, _read_at
from sitrep.extract.figures.groups import (
    _bare_group,
    _person_group,
    _protester_group,
    _thing_group,
    _victims_in_sentence,
)
from sitrep.extract.figures.hedges import hypothetical, projected_ceiling, year_numeral, year_range
from sitrep.extract.figures.magnitudes import MAGNITUDE_GROUP, epicentre, is_magnitude, measured_by
from sitrep.extract.figures.measures import _counted, _measure
from sitrep.extract.figures.places import _excluded_subtrees, _own_place, _place, _the_capital
from sitrep.extract.figures.prices import (
    SHARE_BASE,
    _price_context,
    before_change,
    loss_group,
    percent_of,
    price_group,
)
from sitrep.extract.figures.refine import (
    _of_disease,
    _partitive_state,
    _passed,
    _rivalled_place,
    _troop_holder,
)
from sitrep.extract.figures.singles import PLAIN_PEOPLE
from sitrep.extract.figures.source_names import _source_text
from sitrep.extract.figures.syntax import _anchor, _is_person, _lemma, _of_object, _predicate
from sitrep.extract.figures.tolls import _toll_event
from sitrep.extract.numbers import Quantity
from sitrep.records import EntityMention


def _per_cent(counted: Token) -> bool:
    """ "54.6 per cent": the cent of a percent, no subunit of money (not 0.546)."""
    return counted.lower_ == "cent" and counted.i > 0 and counted.nbor(-1).lower_ == "per"


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
        return _read_at(
            doc_id,
            span,
            sent,
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
            measure, amount, group = "other", quantity, share
        else:
            measure = "price"
            amount, group = _priced(quantity, anchor, counted, price, inherited)
        return _read_at(
            doc_id,
            span,
            sent,
            measure,
            amount,
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
        if group == "all" and counted is None:
            group = inherited.group or group  # "11 civilians, nine in the north": civilians
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
    return _read_at(
        doc_id,
        span,
        sent,
        measure,
        quantity,
        group,
        place,
        claimed,
        as_of,
        anchor.i,
    )


def _priced(
    quantity: Quantity,
    anchor: Token,
    counted: Token | None,
    price: Token | None,
    inherited: _Draft | None,
) -> tuple[Quantity, str]:
    """A price's amount and group: a subunit counted in its unit ("22 cents" is 0.22), the
    qualifier of the price it restates ("around 100 tenge, or 22 cents"), and what is priced
    with the unit ("fuel price, tenge"; "(before)" for the price before a change)."""
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
    return q, group


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
    return _read_at(
        doc_id,
        span,
        sent,
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
