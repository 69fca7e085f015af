"""Places after geocoding: a place written inside a town, the place inside an organisation's
name, and a named site (a square, a prison) placed at its town.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc, Span

from sitrep.extract.entities.places import is_country_name
from sitrep.extract.entities.spans import Sentences, is_acronym
from sitrep.extract.entities.vocabulary import (
    INSIDE_TOWN_KM,
    LOCALITY_NOUNS,
    MIN_POP_WITHOUT_CONTEXT,
    ROUTE_ENDS,
)
from sitrep.extract.gazetteer import (
    COMPASS_WORDS,
    Gazetteer,
    context_from,
    fold_key,
    geocode,
    haversine_km,
    norm_key,
    site_in,
)
from sitrep.records import EntityMention, Place


def _town_after(
    doc: Doc, m: EntityMention, by_start: dict[int, EntityMention]
) -> tuple[Place | None, bool]:
    """The town a place name is written inside of: "<name> [area] in [the] [eastern]
    <town>", "<name>[,] on the outskirts of <town>", "<name>, a district of <town>",
    "<name>, another <town> neighbourhood", and for a name the gazetteer lacks, "<name>,
    <town>" closing the phrase ("St Anthony's Church in Kochchikade, Colombo"); and
    whether the words say so loosely (a compass point or the outskirts: "Atarib in western
    Aleppo" may mean Aleppo's province; a bare comma may join two places of a list)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return None, False
    k = span.end
    if k < len(doc) and doc[k].lower_ in LOCALITY_NOUNS:
        k += 1
    comma = k < len(doc) and doc[k].text == ","
    k += comma
    words = [t.lower_ for t in doc[k : k + 4]]
    loose = words == ["on", "the", "outskirts", "of"]
    if loose:
        k += 4
    elif words[:1] == ["in"] and not comma:
        k += 1
    elif comma and words[:1] in (["a"], ["an"], ["another"]):
        return _town_of_apposition(doc, k + 1, by_start), False
    elif comma and m.place is None and not _listed(doc, span.start, k):
        return _town(by_start.get(doc[k].idx) if k < len(doc) else None), True
    else:
        return None, False
    while k < len(doc) and (doc[k].lower_ == "the" or doc[k].lower_ in COMPASS_WORDS):
        loose = loose or doc[k].lower_ in COMPASS_WORDS  # "in eastern Johannesburg"
        k += 1
    return _town(by_start.get(doc[k].idx) if k < len(doc) else None), loose


def _town(m: EntityMention | None) -> Place | None:
    """The town a mention is, when it is one without doubt."""
    if m is None or m.label not in ("GPE", "LOC") or m.ambiguous or m.place is None:
        return None
    return m.place if m.place.feature == "city" else None


def _town_of_apposition(doc: Doc, k: int, by_start: dict[int, EntityMention]) -> Place | None:
    """The town of an apposition from token ``k`` on (after "a", "an", "another"): "another
    <town> neighbourhood", "a [poor] district of <town>", "a suburb in <town>"."""
    if k >= len(doc):
        return None
    named = by_start.get(doc[k].idx)
    if named is not None:  # "another Lagos neighbourhood"
        after = doc.char_span(named.start, named.end, alignment_mode="expand")
        if after is not None and after.end < len(doc) and doc[after.end].lower_ in LOCALITY_NOUNS:
            return _town(named)
        return None
    if k + 1 < len(doc) and doc[k].lower_ not in LOCALITY_NOUNS and doc[k].is_lower:
        k += 1  # one word before the noun: "a poor district of"
    if k + 2 < len(doc) and doc[k].lower_ in LOCALITY_NOUNS and doc[k + 1].lower_ in ("of", "in"):
        return _town(by_start.get(doc[k + 2].idx))
    return None


def _listed(doc: Doc, start: int, k: int) -> bool:
    """Whether the name before the comma at ``k - 1`` and the name at ``k`` are two items of
    a list ("Basra, Najaf and Diwaniya", "Quetta, Faisalabad, Chakdara"): a comma or a
    conjunction before the first, or another item after the second."""
    before = doc[start - 1].lower_ if start > 0 else ""
    if before in (",", "and", "or"):
        return True
    j = k
    while j < len(doc) and doc[j].is_title:
        j += 1
    nxt = [t for t in doc[j : j + 2]]
    if nxt and nxt[0].lower_ in ("and", "or", "&"):
        return True
    return len(nxt) == 2 and nxt[0].text == "," and (nxt[1].is_title or nxt[1].lower_ == "and")


def inside_towns(doc: Doc, mentions: list[EntityMention]) -> list[EntityMention]:
    """A place the text puts inside a town ("the Rampura area in Dhaka", "Pirganj upazila in
    Rangpur") that the gazetteer does not place within :data:`INSIDE_TOWN_KM` of that town
    (no record, or a namesake elsewhere: Rampura in India) is at the town's point, as a site
    of it (ACLED geo_precision 1, the town's point).

    Why: neighbourhoods, sub-districts and villages are where crisis news happens and no
    offline gazetteer lists most of them; the sentence itself says which town they are in,
    which beats any namesake the gazetteer offers."""
    by_start = {m.start: m for m in mentions}
    out = []
    for m in mentions:
        town, loose = _town_after(doc, m, by_start) if m.label in ("GPE", "LOC") else (None, False)
        p = m.place
        if town is not None and (
            p is None
            # said loosely, a namesake the gazetteer knows stands
            or (not loose and haversine_km((p.lat, p.lon), (town.lat, town.lon)) > INSIDE_TOWN_KM)
        ):
            m = replace(m, place=site_in(town, m.canonical), ambiguous=False, candidates=1)
        out.append(m)
    return out


def embedded_places(
    doc: Doc, mentions: list[EntityMention], gaz: Gazetteer, sents: Sentences, doc_id: str
) -> list[EntityMention]:
    """The place named inside an organisation's name is a place mention of its own (and a
    people's name opening it, "the Kazakhstani regime", a NORP mention of that country):
    "Gainesville" in "Gainesville Police Department", "Georgia" in "University of Georgia",
    "Kenya" in "the Kenya Red Cross". The name is its first words before the rest, or its
    last words after "of"; it counts when the gazetteer knows it exactly and without a rival
    and the document supports it (see :func:`_supported`).

    Why: geoparsing sets annotate such places (GeoWebNews' embedded toponyms, LGL's local
    institutions), and they say where an organisation acts."""
    placed = [m.place for m in mentions if m.place is not None and m.label in ("GPE", "LOC")]
    ctx = context_from(placed, gaz)
    taken = {(m.start, m.end) for m in mentions}
    out = list(mentions)
    for m in mentions:
        if m.label != "ORG" or is_acronym(m.text):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or len(span) < 2:
            continue
        found_end = -1
        ofs = any(t.lower_ == "of" for t in span)
        for sub in _place_parts(span):
            if (sub.start_char, sub.end_char) in taken or sub.start_char < found_end:
                continue
            label, people = "GPE", gaz.demonym(sub.text)
            if people is not None:  # "Kazakhstani" of "the Kazakhstani regime": its people
                if len(sub) > 1 or people.feature != "country" or sub.start != span.start:
                    continue
                label, p, n = "NORP", people, 1
            else:
                res = geocode(sub.text, ctx, fuzzy=False, gazetteer=gaz)
                p, n = res.place, res.candidates
                if p is None or res.match != "exact" or len(p.name) < 3:
                    continue
                if res.ambiguous and not any(q.geonameid == p.geonameid for q in placed):
                    continue  # a guess between namesakes stands on the same town named again
                if not _supported(p, sub.text, placed):
                    continue
                closing = sub.end == span.end and sub.start > span.start and not ofs
                if closing and not any(q.geonameid == p.geonameid for q in placed):
                    continue  # "Real Madrid", "Kitten Surprise": a closing name needs the place
            taken.add((sub.start_char, sub.end_char))
            found_end = sub.end_char
            out.append(
                EntityMention(
                    doc=doc_id,
                    start=sub.start_char,
                    end=sub.end_char,
                    text=sub.text,
                    label=label,
                    sentence=sents.evidence(doc_id, sub.start),
                    canonical=sub.text,
                    place=p,
                    candidates=n,
                )
            )
    return sorted(out, key=lambda x: (x.start, -x.end))


def _supported(p: Place, name: str, placed: list[Place]) -> bool:
    """Whether a place read inside an organisation's name is borne out: a country the
    document names as a place elsewhere too; a region
    by its own name; a town of 100,000 people or one whose region or town the document
    names as a place elsewhere ("Section" of "Section 8 Housing" is no town in Alabama)."""
    if p.feature == "country":
        return any(q.geonameid == p.geonameid for q in placed)
    if p.feature == "admin1":
        return norm_key(p.name) == norm_key(name)
    if p.feature != "city":
        return False
    return p.population >= MIN_POP_WITHOUT_CONTEXT or any(
        q.geonameid == p.geonameid
        or (q.feature == "admin1" and (q.country_code, q.admin1) == (p.country_code, p.admin1))
        for q in placed
    )


def _place_parts(span: Span) -> list[Span]:
    """Where a place may sit inside an organisation's name: its leading proper nouns before
    a word that is not one ("Gainesville" Police Department), its proper nouns after a
    final "of" (University of "Georgia"), else its closing proper nouns (Air "Zimbabwe")."""
    doc = span.doc
    out = []
    for k in range(min(3, len(span) - 1), 0, -1):  # longest first: "New York" Police
        head = doc[span.start : span.start + k]
        if all(t.is_title and t.pos_ in ("PROPN", "ADJ") for t in head) or (
            k == 1 and is_country_name(head.text)  # "US Justice Department", "U.S. Army"
        ):
            out.append(head)
    ofs = [t.i for t in span if t.lower_ == "of"]
    if ofs and ofs[-1] + 1 < span.end:
        tail = doc[ofs[-1] + 1 : span.end]
        if tail[0].lower_ == "the":
            tail = doc[tail.start + 1 : span.end]
        if len(tail) and all(t.is_title for t in tail):
            out.append(tail)
    elif not ofs:  # its closing proper nouns: "Air Zimbabwe", "HSBC Malta", "Baseball Toronto"
        for k in range(min(2, len(span) - 1), 0, -1):
            tail = doc[span.end - k : span.end]
            if all(t.is_title and t.pos_ == "PROPN" for t in tail):
                out.append(tail)
    return out


def place_sites(
    text: str,
    mentions: list[EntityMention],
    sites: set[int],
    seats: dict[int, str] | None = None,
    gaz: Gazetteer | None = None,
) -> list[EntityMention]:
    """Place each named site (the mentions starting at ``sites``, which :func:`is_site_name`
    accepted) at its town, as ACLED codes an event at a square or a prison
    (the town's point, geo_precision 1): the town its own name begins with when the
    document names that town ("Cairo Stadium"), else the town named in the same sentence,
    else the nearest town named before it in the same paragraph when that is the town the
    document names most ("... the centre of Almaty. ... on the Republic square"), else the
    town of the wire dateline the report is filed under ("QUITO, Oct 10 (Reuters) -").
    Otherwise the site stays unplaced: "analysts in London" two sentences before
    "Independence Square" do not make it London's, and a town from another paragraph may be
    another story's. A town's part (``seats``: start -> "part", "North Okkalapa
    township") takes only a town of its own sentence. A seat of state ("national" or
    "town") is the exception: "State House" named without its town is in the capital of
    the country the document names most, "City Hall" in the town the document names most.

    Why: sites are where crowds gather and buildings burn, and no offline gazetteer lists
    them; their town is the best point the text itself supports.
    """
    seats = seats or {}
    towns = [m for m in mentions if m.place is not None and m.place.feature == "city"]
    capital = _capital(mentions, gaz) if seats and gaz is not None else None
    if not towns and capital is None:
        return mentions
    counts = Counter(t.place.geonameid for t in towns if t.place is not None).most_common(2)
    dominant = (
        counts[0][0] if len(counts) == 1 or (counts and counts[0][1] > counts[1][1]) else None
    )
    filed = next((t for t in towns if _dateline_mention(text, t)), None)
    out: list[EntityMention] = []
    for m in mentions:
        if m.start not in sites:
            out.append(m)
            continue
        para_start = text.rfind("\n", 0, m.start) + 1
        close = [t for t in towns if _opens_name(m.canonical, t)] or [
            t
            for t in towns
            if m.sentence.start <= t.start and t.end <= m.sentence.end and not _set_out(text, t, m)
        ]
        earlier = [
            t
            for t in towns
            if para_start <= t.start and t.end <= m.start and not _set_out(text, t, m)
        ]
        if seats.get(m.start) == "part" and not close:
            out.append(m)  # a town's part: only the town its own sentence names
            continue
        town = min(close or earlier, key=lambda t: abs(t.start - m.start), default=None)
        if town is not None and not close and town.place is not None:
            # earlier in the paragraph: only the town the document is about (named twice+)
            town = town if town.place.geonameid == dominant and counts[0][1] > 1 else None
        if town is None and not close and filed is not None and filed.start < m.start:
            town = filed
        seat = _seat_town(seats.get(m.start), towns, dominant, capital)
        if town is None and seat is not None:
            out.append(replace(m, place=site_in(seat, m.canonical), candidates=1))
            continue
        if town is None or town.place is None:
            out.append(m)
            continue
        out.append(replace(m, place=site_in(town.place, m.canonical), candidates=1))
    return out


def _set_out(text: str, town: EntityMention, site: EntityMention) -> bool:
    """Whether the sentence goes from the town to a site named as a structure ("the road from
    Stepanakert to the Hakari bridge", "drove from Goma towards the Rubaya mines"): a way's
    start, not the town the site stands in ("from St. Albans to Kanawha City" may name the
    same neighbourhood's two ends)."""
    before = text[max(0, town.start - 6) : town.start].split()
    between = [w.casefold() for w in text[town.end : site.start].split()]
    return (
        bool(before)
        and before[-1].casefold() == "from"
        and len(between) == 2
        and between[0] in ROUTE_ENDS
        and between[1] == "the"
    )


def _opens_name(site: str, town: EntityMention) -> bool:
    """Whether the site's name begins with the town's ("Cairo" of "Cairo Stadium", "Minsk"
    of "Minsk Wheel Tractor Plant")."""
    words = site.split()
    heads = {fold_key(" ".join(words[:k])) for k in range(1, len(words))}
    return fold_key(town.text) in heads or fold_key(town.canonical) in heads


def _seat_town(
    kind: str | None, towns: list[EntityMention], dominant: int | None, capital: Place | None
) -> Place | None:
    """Where a seat of state named without its town stands: the capital for the state's,
    the document's most-named town for a town's own."""
    if kind == "national":
        return capital
    if kind == "town" and dominant is not None:
        return next((t.place for t in towns if t.place and t.place.geonameid == dominant), None)
    return None


def _capital(mentions: list[EntityMention], gaz: Gazetteer) -> Place | None:
    """The capital of the country the document's places lie in most (a clear majority)."""
    counts = Counter(
        m.place.country_code
        for m in mentions
        if m.label in ("GPE", "LOC") and m.place is not None and m.place.country_code
    ).most_common(2)
    if not counts or (len(counts) == 2 and counts[0][1] == counts[1][1]):
        return None
    code = counts[0][0]
    caps = [gaz.places[i] for i in gaz.capitals if gaz.places[i].country_code == code]
    return max(caps, key=lambda p: p.population, default=None)


def _dateline_mention(text: str, m: EntityMention) -> bool:
    """A town in capitals opening a line and followed by a comma or "(Agency)": the wire
    dateline ("QUITO, Oct 10 (Reuters) -")."""
    line_start = text.rfind("\n", 0, m.start) + 1
    after = text[m.end : m.end + 2]
    opens = not text[line_start : m.start].strip()
    return opens and m.text.isupper() and len(m.text) >= 3 and (after[:1] == "," or after == " (")
