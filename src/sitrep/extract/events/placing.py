"""Placing an event mention inside its document: the clause's place, a list's country,
the unnamed capital, a local institution's place, the paragraph's or the document's."""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from sitrep.extract.events.parse import Hit, _adjunct, _clause, _governing_verb
from sitrep.extract.events.targets import _subjects
from sitrep.extract.events.vocabulary import (
    ACTOR_SUFFIXES,
    DATELINE_DASHES,
    DEPARTING,
    DESCRIPTIVE_DEPS,
    ENVOYS,
    EPITHET_RANKS,
    FLEEING,
    FRAME_PREPS,
    LANDMARK_PREPS,
    LIST_MIN,
    NATIONAL_TYPES,
    OFFICE_TYPES,
    PART_NOUNS,
    PLACE_NOUNS,
    QUANTIFIERS,
    SCOPE_NOUNS,
    SPEECH_MEDIUM,
    SPEECH_NOUNS,
    TELLING_VERBS,
    TOWN_NOUNS,
    WHERE_PREPS,
)
from sitrep.records import (
    STATE_DECISION_TYPES,
    EntityMention,
    Place,
)


def _locates(doc: Doc, text: str, start: int, end: int) -> bool:
    """Whether a place mention in the sentence says where the happening took place.

    Not when it is a dateline ("MOSCOW – ..."), glued to an actor by a hyphen
    ("Moscow-led troops"), an origin hung on a noun ("troops from Russia",
    "governments from Washington"), an envoy's post ("ambassador to Jordan") or the
    realm of an epithet ("Europe's last dictator", "Africa's biggest city"). ``text`` is
    ``doc.text``, which spaCy rebuilds on every access."""
    tail = text[end : end + 16]
    if tail.startswith("-") and tail[1:].split(" ", 1)[0].lower().strip(".,;") in ACTOR_SUFFIXES:
        return False
    name = text[start:end]
    lead = text[text.rfind("\n", 0, start) + 1 : start].strip()
    if name.isupper() and len(name) > 3 and _dateline_place(lead, tail):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return True
    head = span.root.head
    if span.root.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in ENVOYS:
        return False  # "Lebanon's ambassador to Jordan resigned": the post, not the place
    if span.root.dep_ == "poss" and any(
        c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in EPITHET_RANKS) for c in head.children
    ):
        return False  # "the re-election of Europe's last dictator": an epithet
    return not (
        span.root.dep_ == "pobj"
        and head.lower_ == "from"
        and (
            head.head.pos_ in {"NOUN", "PROPN", "PRON"}
            # the place of departure: "paratroopers flew from Moscow to Almaty"
            or head.head.lemma_.lower() in DEPARTING
        )
    )


def _dateline_place(lead: str, tail: str) -> bool:
    """A name in capitals opening its line before a dash ("MOSCOW – ..."), or one town of a
    slash-joined dateline ("KHARTOUM/CAIRO (Reuters) -"): where the report was filed."""
    towns = lead.split("/")
    if any(not t.strip() or not t.isupper() for t in towns[:-1]) or towns[-1].strip():
        return False  # something other than the dateline's towns before it
    if len(towns) > 1:
        return True  # the last of the dateline's towns ("KHARTOUM/CAIRO")
    return tail.lstrip()[:1] in DATELINE_DASHES or bool(re.match(r"/[A-Z][A-Z/ ]+[\s(,—–-]", tail))


def _document_country(
    places: list[EntityMention],
    reporting: list[tuple[int, int]] | None = None,
    landmarks: frozenset[int] = frozenset(),
) -> tuple[str, Place | None] | None:
    """The country the document is about: the one its resolved places lie in most
    often (a city counts for its country), as a country-precision place. Places in the
    sentences that report a happening (``reporting``: their character spans) decide
    when there are any: a story about a leader who fled abroad names the refuge often,
    but its killings and protests at home. A landmark that only says where another
    place lies ("Hindon Air Base near Delhi": ``landmarks``, their starts) is not a
    second place."""
    told = [p for p in places if p.place and p.place.country_code and p.start not in landmarks]
    if reporting:
        starts = [a for a, _ in reporting]
        inside = [p for p in told if _within(p.start, starts, reporting)]
        told = inside or told
    counts = Counter(p.place.country_code for p in told if p.place)
    if not counts:
        return None
    code = max(
        counts,
        key=lambda c: (
            counts[c],
            -min(p.start for p in told if p.place and p.place.country_code == c),
        ),
    )
    region = _story_region(told, code)
    if region is not None:
        return region
    for p in places:
        if p.place and p.place.country_code == code and p.place.feature == "country":
            return p.canonical, p.place
    return _country_ref(code)


def _story_region(told: list[EntityMention], code: str) -> tuple[str, Place | None] | None:
    """The region the story of a document is in, when its happenings are told there more
    often than in the country as a whole and than in any town ("Nagorno-Karabakh" named
    in most reporting sentences of a story about fighting there: its unplaced events are
    the region's, not Azerbaijan's)."""
    home = [p for p in told if p.place and p.place.country_code == code]
    regions = Counter(p.place.geonameid for p in home if p.place and p.place.feature == "region")
    if not regions:
        return None
    gid, n = regions.most_common(1)[0]
    country = sum(1 for p in home if p.place and p.place.feature == "country")
    towns = Counter(p.place.geonameid for p in home if p.place and p.place.precision == 1)
    if n < REGION_MIN or n <= country or n <= max(towns.values(), default=0):
        return None
    best = next(p for p in home if p.place and p.place.geonameid == gid)
    return best.canonical, best.place


REGION_MIN = 2  # reporting sentences that name a region before it is the story's place


def _country_ref(code: str) -> tuple[str, Place | None] | None:
    """A country's name and place from its code; None without gazetteer data."""
    try:
        from sitrep.extract.gazetteer import load_gazetteer

        ref = load_gazetteer().country(code)
    except Exception:  # noqa: BLE001 - no gazetteer data: the name alone is still useful
        ref = None
    return (ref.name, ref) if ref else None


def _office_country(
    hit: Hit,
    entities: list[EntityMention],
    country: tuple[str, Place | None] | None,
    offices: dict[str, frozenset[str]],
) -> tuple[str, Place | None] | None:
    """Where an office holder left office or a government fell, when the sentence gives
    the office holder's nation ("Egyptian President Hosni Mubarak stepped down", "Tunisia's
    prime minister resigned") and the document is about another country.

    Why: a page that strings several stories together (a news roundup, a live blog with
    other headlines) has a document country only one of its stories is about; a head of
    state resigns in his own country, whatever country the rest of the page is about."""
    if hit.type not in OFFICE_TYPES or country is None or country[1] is None:
        return None
    verb = _governing_verb(hit.trigger)
    who = [*_subjects(verb), *(c for c in hit.trigger.children if c.dep_ == "poss")]
    spans = [(w.left_edge.idx, w.right_edge.idx + len(w.right_edge)) for w in who]
    nations = [
        e
        for e in entities
        if e.label in {"NORP", "GPE"} and e.place is not None and e.place.country_code
    ]
    # the office holder's nation, else the one nation the sentence names ("Egyptians
    # embrace while celebrating President Hosni Mubarak's resignation")
    codes = {e.place.country_code for e in nations if any(a <= e.start < b for a, b in spans)}
    # the office the document gives the office holder ("Egyptian President Hosni Mubarak"
    # earlier, "Suleiman announced Mubarak's resignation" here)
    codes |= {
        code
        for e in entities
        if e.label == "PERSON" and any(a <= e.start < b for a, b in spans)
        for code in offices.get(e.canonical, ())
    }
    codes = codes or {e.place.country_code for e in nations}
    if len(codes) != 1 or country[1].country_code in codes:
        return None
    return _country_ref(next(iter(codes)))


def _office_countries(entities: list[EntityMention]) -> dict[str, frozenset[str]]:
    """Person (canonical name) -> the countries of the offices the document gives them
    ("Egyptian President Hosni Mubarak": EG)."""
    out: dict[str, set[str]] = {}
    for e in entities:
        for role in e.roles:
            code, _, _office = role.partition(":")
            if code:
                out.setdefault(e.canonical, set()).add(code)
    return {k: frozenset(v) for k, v in out.items()}


def _landmarks(doc: Doc, places: list[EntityMention]) -> frozenset[int]:
    """Starts of the places that only say where another place named just before lies
    ("an air base near Delhi", "a camp outside Nyala"): one location, not two."""
    spans = [(p.start, p.end) for p in places]
    out = set()
    for p in places:
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is None or span.root.dep_ != "pobj":
            continue
        prep = span.root.head
        if prep.lower_ not in LANDMARK_PREPS or prep.head.i == prep.i:
            continue
        owner = prep.head
        if owner.lemma_.lower() in PLACE_NOUNS or any(a <= owner.idx < e for a, e in spans):
            out.add(p.start)
    return frozenset(out)


def _journey_of_person(place: Token) -> Token | None:
    """The verb of a person's journey the place is the end of ("Rajapaksa flew to Male",
    "he fled to the Maldives"): where that person went, not where the story's happenings
    are; None for any other place (troops flown to a city are deployed there)."""
    while place.dep_ == "conj" and place.head.pos_ in {"PROPN", "NOUN"}:
        place = place.head  # "flew to Male and Singapore"
    if place.dep_ == "conj" and place.head.lemma_.lower() in DEPARTING | FLEEING:
        verb = place.head  # "flew to Male and then Singapore", parsed as the verb's conjunct
    elif place.dep_ == "pobj" and place.head.lower_ == "to":
        verb = place.head.head
    else:
        return None
    if verb.lemma_.lower() not in DEPARTING | FLEEING:
        return None
    doers = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not doers and verb.dep_ == "conj":
        doers = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    personal = any(d.ent_type_ == "PERSON" or d.lower_ in {"he", "she"} for d in doers)
    return verb if personal else None


def _refuges(doc: Doc, places: list[EntityMention]) -> frozenset[int]:
    """Starts of the places a person travelled or fled to: a story about a leader who fled
    abroad names the refuge, but it is not the country the story is in."""
    out = set()
    for p in places:
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is not None and _journey_of_person(span.root) is not None:
            out.add(p.start)
    return frozenset(out)


def _within(pos: int, starts: list[int], spans: list[tuple[int, int]]) -> bool:
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


@dataclass(frozen=True, slots=True)
class _PlaceTok:
    """A place mention of the sentence with its head token in the parse."""

    mention: EntityMention
    root: Token
    listed: bool  # one item of a list of places


def _place_token(tok: Token, starts: set[int]) -> bool:
    return tok.idx in starts or tok.lemma_.lower() in PLACE_NOUNS


def _describes_other(place: Token, trigger: Token, place_idx: set[int]) -> bool:
    """Whether the place sits inside a description of something other than the
    happening: on its way up to the trigger's clause it passes an apposition, a
    participle or a relative clause hung on a noun that is not a place. A description
    of the trigger noun itself ("a protest held on Rustaveli Avenue", "clashes that broke
    out in the capital") says where the happening was."""
    above = {trigger.i, *(a.i for a in trigger.ancestors)}
    t = place
    for _ in range(12):
        if t.i in above or t.head.i == t.i:
            return False
        if t.dep_ in DESCRIPTIVE_DEPS and t.head.i == trigger.i:
            return False
        if t.dep_ in DESCRIPTIVE_DEPS and not _place_token(t.head, place_idx):
            return True
        if t.dep_ == "relcl" and t.head.lemma_.lower() in PLACE_NOUNS:
            # "the country, which lies along the Caucasus Mountains": where the place
            # is, not where the happening is (an apposition names it: "the city, Almaty")
            return True
        t = t.head
    return False


def _encloses(place: _PlaceTok, places: list[_PlaceTok]) -> bool:
    """A place that only says which town or area another place of the sentence lies in:
    the other hangs on it by "in" or a comma ("Vosloorus in eastern Johannesburg",
    "Yaba, Lagos"), or is named later inside the phrase it opens ("arrests at some areas
    in Johannesburg, including Vosloorus", "looting in Johannesburg malls in township
    areas in Soweto"). The narrower place is where the happening was; a wider one named
    after it ("Cairo, Egypt") is no part of it."""
    root = place.root
    owner = root.head.head if root.dep_ == "pobj" and root.head.lower_ in {"in", "at"} else None
    if root.dep_ == "compound" and root.head.pos_ in {"NOUN", "PROPN"}:
        owner = root.head
    for other in places:
        inner = other.root
        if inner.i == root.i or other.listed or _wider(other.mention, place.mention):
            continue
        if (
            (owner is not None and owner.i == inner.i)
            or (root.dep_ == "appos" and root.head.i == inner.i)
            # "including Vosloorus in eastern Johannesburg", "in" hung on "including"
            or (owner is not None and owner.dep_ == "prep" and inner.head.i == owner.i)
        ):
            return True  # "Vosloorus in eastern Johannesburg", "Yaba, Lagos"
        if (
            owner is not None
            and inner.i > root.i
            and owner.pos_ in {"NOUN", "PROPN"}
            and owner.lemma_.lower() not in PART_NOUNS  # "the Paris suburb of Nanterre"
            and _part_under(inner, owner)
            and not any(a.i == root.i for a in inner.ancestors)
        ):
            return True  # "areas in Johannesburg, including Vosloorus"
    return False


def _part_under(inner: Token, owner: Token) -> bool:
    """Whether a place hangs inside a noun's phrase as a part of it ("malls in township
    areas in Soweto", "areas ..., including Vosloorus"): not where the noun itself lies
    ("the Lekki toll plaza in Lagos"), nor one item of a coordination ("79 deaths in
    Gauteng province and 258 in KwaZulu-Natal": a second place beside the first)."""
    if inner.head.head.i == owner.i and inner.head.lower_ != "including":
        return False  # "the Lekki toll plaza in Lagos": where the noun itself lies
    t = inner
    for _ in range(12):
        if t.dep_ == "conj" or t.head.i == t.i:
            return False
        t = t.head
        if t.i == owner.i:
            return True
    return False


def _wider(inner: EntityMention, outer: EntityMention) -> bool:
    """Whether the place named second covers more than the first ("Cairo, Egypt")."""
    if inner.place is None or outer.place is None:
        return False  # an unresolved name next to a town is a part of it: a suburb
    return _extent(inner.place) > _extent(outer.place)


def _extent(place: Place) -> tuple[int, bool]:
    """How much ground a place covers: its precision, a site below its town."""
    return place.precision, place.feature != "site"


def _locates_part(place: Token, starts: set[int]) -> bool:
    """A place naming only the whereabouts of a part named after "of" ("the Paris suburb
    of Nanterre"): the part, not the place before it, is where the happening was."""
    head = place.head
    if place.dep_ not in ("compound", "nmod", "amod") or head.lemma_.lower() not in PART_NOUNS:
        return False
    return any(c.lower_ == "of" and any(g.idx in starts for g in c.children) for c in head.children)


def _in_breakdown(place: Token) -> bool:
    """A place of a count's part ("667 people were arrested across France, including 307
    in the Paris region"): the part of the toll told there, not where the happening was."""
    for t in place.ancestors:
        if t.lower_ == "including" and any(c.dep_ == "pobj" and c.like_num for c in t.children):
            return True
    return False


def _journey_verbs(trigger: Token) -> tuple[Token, ...]:
    """The trigger and its governing verb: a journey told by them is the happening."""
    return (trigger, _governing_verb(trigger))


def _where_told(place: Token, trigger: Token) -> bool:
    """A place hung on a verb of telling that governs the happening ("30 people were
    killed ..., police sources told Anadolu in Dhaka"): where it was told."""
    prep = place.head
    if place.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in WHERE_PREPS:
        return False
    verb = prep.head
    return verb.lemma_.lower() in TELLING_VERBS and verb in trigger.ancestors


def _in_list(root: Token, is_place: set[int]) -> bool:
    """One item of a coordinated list of ``LIST_MIN`` or more names of which at least
    two are places ("including Almaty, Karaganda, Kokshetau and Zhanaozen"): the list
    says how far something reaches, not where one happening took place."""
    group = {root.i, *(c.i for c in root.conjuncts)}
    if root.dep_ == "appos":  # "..., and far-western Zhanaozen" parsed as an apposition
        group |= {root.head.i, *(c.i for c in root.head.conjuncts)}
    return len(group) >= LIST_MIN and len(group & is_place) >= 2


def _in_range(root: Token, is_place: set[int]) -> bool:
    """One end of a range of places hung on a noun ("looted shops from Marseille to
    Lille"): the range says how far the happenings reached, not where one was. A motion
    ("troops moved from Khartoum to Port Sudan") hangs "from" on its verb and keeps its
    destination."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in {"from", "to"}:
        return False
    # the other end may be a name the entity stage did not place ("from Marseille")
    ends = [t for t in root.sent if t.dep_ == "pobj" and (t.i in is_place or t.pos_ == "PROPN")]
    froms = [t for t in ends if t.head.lower_ == "from" and t.head.head.pos_ in {"NOUN", "PROPN"}]
    tos = [t for t in ends if t.head.lower_ == "to"]
    return any(0 < b.head.i - a.i <= 2 and root in (a, b) for a in froms for b in tos)


def _where_place(hit: Hit, places: list[_PlaceTok]) -> _PlaceTok | None:
    """The place a "where" clause holding the trigger hangs on ("Oral, where dozens
    were detained"): the happening is there, even when the place is a list item."""
    verb = _governing_verb(hit.trigger)
    where = next((c for c in verb.children if c.lower_ == "where"), None)
    if verb.dep_ != "relcl" or where is None:
        return None
    # the parser hangs the clause on a list's first item; "where" follows the last
    heads = {verb.head.i, *(c.i for c in verb.head.conjuncts)}
    before = [p for p in places if p.root.i in heads and p.root.i < where.i]
    return max(before, key=lambda p: p.root.i) if before else None


def _sentence_place(
    hit: Hit, places: list[_PlaceTok], bare: list[tuple[int, str, None]]
) -> tuple[str, Place | None] | None:
    """The most specific place in the hit's own clause (the trigger's verb's
    subtree); else, except for national decisions, the most specific in the
    sentence. Places inside a description of an actor and items of a list of places
    do not count. ``bare`` are unresolved spaCy places, used when no entity stage ran."""
    where = _where_place(hit, places)
    if where is not None:
        return where.mention.canonical, where.mention.place
    idx = {p.root.i for p in places}
    starts = {p.root.idx for p in places}
    free = [
        p
        for p in places
        if not _describes_other(p.root, hit.trigger, starts | idx)
        and not _locates_part(p.root, starts)
        and not _in_breakdown(p.root)
        and not _encloses(p, places)
        and _journey_of_person(p.root) in (None, *_journey_verbs(hit.trigger))
        and not (hit.type != "statement" and _where_told(p.root, hit.trigger) and not _frames(p))
    ]
    own = [p.mention for p in free if not p.listed]
    if _speech_spoken_of(hit):
        # "watching Mubarak's speech in a London restaurant": where it was watched; only
        # a place the speech itself is given in ("Mubarak's speech in Cairo") is its own
        own = [
            p.mention
            for p in free
            if not p.listed and p.root.dep_ == "pobj" and p.root.head.head.i == hit.trigger.i
        ]
        if not own:
            return None
        best = min(own, key=lambda p: (p.place.precision if p.place else 9, p.start))
        return best.canonical, best.place
    lo, hi = _clause(hit.trigger)
    wide = hit.type in NATIONAL_TYPES or _adjunct(hit.trigger)
    verb = _governing_verb(hit.trigger)
    line = {verb.i, *(a.i for a in verb.ancestors)}
    # beyond the clause, a place of a clause the trigger's hangs on ("protesters gathered
    # in Tbilisi, and police detained ten"), not of a sibling's ("Saudi Arabia said it had
    # evacuated 157 Saudis, and Kuwait said its citizens had arrived in Jeddah")
    near = [p.mention for p in free if not p.listed and _on_line(_clause_verb(p.root), line)]
    inner = [p for p in own if lo <= p.start < hi]
    if hit.type in STATE_DECISION_TYPES:
        # a decision of state is the country's: a place of another verb's clause inside
        # its own ("declared a coup, hours after guards detained the president in the
        # palace") is that verb's
        inner = [p for p in inner if _clause_verb_of(p.start, hit) in (verb.i, hit.trigger.i)]
    framed = [] if hit.type in NATIONAL_TYPES else [p.mention for p in free if _frames(p)]
    for pool in (inner, [] if wide else near, framed):
        if pool:
            best = min(pool, key=lambda p: (p.place.precision if p.place else 9, p.start))
            return best.canonical, best.place
    inside = [b for b in bare if lo <= b[0] < hi] or ([] if wide else bare)
    return (inside[0][1], None) if inside else None


def _frames(place: _PlaceTok) -> bool:
    """A place that opens the sentence as its scene, set off by a comma ("In Andahuaylas,
    two people were reported dead ... after clashes with demonstrators"): it places every
    happening the sentence tells, those in its adjuncts too."""
    prep, sent = place.root.head, place.root.sent
    if place.listed or prep.i != sent.start or prep.lower_ not in FRAME_PREPS:
        return False
    end = place.root.right_edge.i + 1
    return end < sent.end and place.root.doc[end].text == ","


def _speech_spoken_of(hit: Hit) -> bool:
    """A speech named as what a sentence tells of ("watching Mubarak's speech in a London
    restaurant", "Obama reacts to Mubarak's speech"), not as the medium of its speaker's
    verb ("In a speech in Cairo, Mubarak said"): the sentence's places are its own verb's,
    only those inside the noun phrase ("Mubarak's speech in Cairo") are the speech's."""
    tok = hit.trigger
    return (
        hit.type == "statement"
        and tok.pos_ == "NOUN"
        and tok.lemma_.lower() in SPEECH_NOUNS
        and not (tok.dep_ == "pobj" and tok.head.lower_ in SPEECH_MEDIUM)
    )


def _on_line(verb: Token, line: set[int]) -> bool:
    """A clause on the trigger's line of clauses, or one that sets its scene ("While life
    appears to be getting back to normal in Almaty, burned-out buildings bore witness")."""
    return verb.i in line or any(
        a.dep_ == "advcl" and a.head.i in line for a in (verb, *verb.ancestors)
    )


def _clause_verb_of(start: int, hit: Hit) -> int:
    """The index of the verb of the clause the place starting at ``start`` is in (the
    trigger's own when it hangs on the trigger noun)."""
    span = hit.trigger.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return -1
    tok = span.root
    if any(a.i == hit.trigger.i for a in tok.ancestors) and hit.trigger.pos_ == "NOUN":
        return hit.trigger.i
    return _clause_verb(tok).i


def _clause_verb(tok: Token) -> Token:
    """The verb of the clause a token is in: its first verb ancestor, else the root."""
    return next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), tok.sent.root)


def _unnamed_capital(hit: Hit) -> bool:
    """The hit's clause places it in "the capital" or "the country's capital" without
    naming it ("fighting spread to other areas in the capital")."""
    lo, hi = _clause(hit.trigger)
    for t in hit.trigger.sent:
        if not lo <= t.idx < hi or t.lemma_.lower() != "capital" or t.pos_ != "NOUN":
            continue
        if t.dep_ != "pobj" or t.head.lower_ not in WHERE_PREPS:
            continue
        if any(c.dep_ in {"appos", "compound"} or c.pos_ == "PROPN" for c in t.children):
            continue  # "the capital, Khartoum", "the capital Dhaka": the name places it
        owner = [c for c in t.children if c.dep_ == "poss"]
        if any(o.lemma_.lower() not in SCOPE_NOUNS | {"its", "their"} for o in owner):
            continue  # "Kenya's capital": another country's, or named
        if any(
            c.dep_ == "amod" and c.pos_ in {"ADJ", "PROPN"} and c.text[:1].isupper()
            for c in t.children
        ):
            continue  # "the Ethiopian capital": a demonym names whose
        return True
    return False


@functools.lru_cache(maxsize=64)
def _capital(code: str) -> Place | None:
    """The capital city of a country, from the gazetteer."""
    try:
        from sitrep.extract.gazetteer import load_gazetteer

        gaz = load_gazetteer()
    except Exception:  # noqa: BLE001 - no gazetteer data: no capital either
        return None
    found = [
        gaz.places[i]
        for i in gaz.capitals
        if gaz.places[i].country_code == code and gaz.places[i].feature == "city"
    ]
    return max(found, key=lambda p: p.population) if found else None


def _capital_place(
    hit: Hit, country: tuple[str, Place | None] | None
) -> tuple[str, Place | None] | None:
    """The document country's capital for a hit its clause places in "the capital"."""
    home = country[1] if country else None
    if home is None or not home.country_code or not _unnamed_capital(hit):
        return None
    city = _capital(home.country_code)
    return (city.name, city) if city is not None else None


def _nationwide(hit: Hit) -> bool:
    """The clause says the happening covers the whole country ("protests spread
    across the country", "nationwide strikes", "throughout the nation")."""
    lo, hi = _clause(hit.trigger)
    for t in hit.trigger.sent:
        if not lo <= t.idx < hi:
            continue
        if t.lower_ in {"nationwide", "countrywide"}:
            return True
        if (
            t.lemma_.lower() in SCOPE_NOUNS
            and t.dep_ == "pobj"
            and t.head.lower_ in {"across", "throughout", "around", "over"}
        ):
            return True
    return False


def _many_towns(hit: Hit) -> bool:
    """The clause places the happening in several towns it does not name ("similar
    demonstrations were held in other Belarusian cities", "mobilizations have been
    widespread in several Andean cities", "other major towns and cities also saw rallies"):
    the country's, not the town the paragraph was in."""
    lo, hi = _clause(hit.trigger)
    verb = _governing_verb(hit.trigger)
    for t in hit.trigger.sent:
        if not lo <= t.idx < hi or t.tag_ != "NNS" or t.lemma_.lower() not in TOWN_NOUNS:
            continue
        if not any(c.lower_ == "other" or c.lower_ in QUANTIFIERS for c in t.children):
            continue
        head = t.head.head if t.dep_ == "conj" else t  # "other towns and cities"
        if head.dep_ == "pobj" and head.head.lower_ in WHERE_PREPS:
            return True
        if head.dep_ in {"nsubj", "nsubjpass"} and head.head.i == verb.i:
            return True
    return False


def _list_scope(
    hit: Hit, places: list[_PlaceTok], country: tuple[str, Place | None] | None
) -> tuple[str, Place | None] | None:
    """The area a nationwide clause or a list of places in the hit's sentence spans
    ("protests spread across the country", "protests in A, B and C"): the country. A
    national decision only when it says it is nationwide ("declared a nationwide state of
    emergency and imposed a curfew in the Western Province": the country's, not the
    province's); a list of places it names is where it applies."""
    if _nationwide(hit) or (hit.type not in NATIONAL_TYPES and _many_towns(hit)):
        return country
    if hit.type in NATIONAL_TYPES:
        return None
    listed = [p.mention.place for p in places if p.listed and p.mention.place is not None]
    if not listed:
        return None
    codes = {p.country_code for p in listed}
    if len(codes) != 1 or None in codes:
        return None
    home = country[1] if country else None
    if home is not None and home.country_code in codes:
        return country
    try:
        from sitrep.extract.gazetteer import load_gazetteer

        ref = load_gazetteer().country(next(iter(codes)))
    except Exception:  # noqa: BLE001 - no gazetteer data: no area either
        return None
    return (ref.name, ref) if ref else None


def _owned(entities: list[EntityMention]) -> list[EntityMention]:
    """Organisations that belong to a place ("Almaty police", "the Mosul health
    directorate"), with that place: the entity stage's, or else the place the same
    document gives the organisation's leading name (the stage leaves an ambiguous
    "Almaty" in "Almaty police" unresolved, but the article's "Almaty" is the city)."""
    known: dict[str, Place] = {}
    for e in entities:
        if e.label in {"GPE", "LOC"} and e.place is not None:
            known.setdefault(e.text, e.place)
    out = []
    for e in entities:
        if e.label != "ORG":
            continue
        place = e.place
        words = e.text.split()
        for n in range(len(words) - 1, 0, -1):
            if place is not None:
                break
            place = known.get(" ".join(words[:n]))
        if place is not None:
            out.append(dataclasses.replace(e, place=place) if e.place is None else e)
    return sorted(out, key=lambda e: e.start)


def _institution_place(
    hit: Hit, doc: Doc, orgs: list[EntityMention], country: tuple[str, Place | None] | None
) -> tuple[str, Place | None] | None:
    """The place of a local institution that reports or does the happening ("Almaty
    police said protesters torched cars", "according to the Mosul health directorate"):
    it speaks about its own place. A foreign one (a "U.S. military" statement) does
    not locate what it reports."""
    verb = _governing_verb(hit.trigger)
    chain = {verb.i, *(a.i for a in verb.ancestors)}
    for org in orgs:
        if org.place is None or not _domestic((org.canonical, org.place), country):
            continue
        span = doc.char_span(org.start, org.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if root.dep_ in {"nsubj", "nsubjpass"} and root.head.i in chain:
            return org.place.name, org.place
        if (
            root.dep_ == "pobj"
            and root.head.lower_ == "to"
            and root.head.head.lower_ in {"according"}
        ):
            return org.place.name, org.place
    return None


def _stationed(owner: _PlaceTok, places: list[_PlaceTok]) -> bool:
    """Whether the organisation a country owns is placed by another place of the
    sentence: "the US embassy in Sudan said" speaks from Sudan, not the US."""
    org = owner.root.head
    if owner.root.dep_ not in {"compound", "poss", "amod"}:
        return False
    return any(
        p.root.dep_ == "pobj" and p.root.head.lower_ in {"in", "at"} and p.root.head.head.i == org.i
        for p in places
        if p is not owner
    )


def _domestic(where: tuple[str, Place | None], country: tuple[str, Place | None] | None) -> bool:
    """Whether a place lies in the document's country. A foreign place ("Russia sent
    troops", "said in Moscow") tells where a foreign actor is, so it is not carried
    to the paragraph's next sentences."""
    ref = where[1]
    home = country[1] if country else None
    if ref is None or home is None or not ref.country_code or not home.country_code:
        return True
    return ref.country_code == home.country_code


PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})  # spaCy's labels of a place's name


def _country_as_actor(doc: Doc, mention: EntityMention) -> bool:
    """A country named as who acts or speaks, not where: the subject of a verb ("Jordan
    said it had started evacuating", "Russia sent troops") or the owner of an
    organisation ("the US embassy in Sudan said", "Georgia's Interior Ministry"). ACLED
    places such a happening where it takes place; the statement of a foreign government
    is placed in its country by :func:`_speaker_country`, not here."""
    if mention.place is None:
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if mention.place.feature != "country":
        return _capital_as_actor(root, mention.place)
    if root.dep_ == "nsubj" and root.head.pos_ in {"VERB", "AUX"}:
        return root.head.lemma_ != "be"
    # the tagger reads a capitalised head as a name ("Azerbaijan's defence ministry"): an
    # organisation or a person a country owns acts for it; a place it owns is a place
    return (
        root.dep_ in {"compound", "poss"}
        and (
            root.head.pos_ == "NOUN"
            or (root.head.pos_ == "PROPN" and root.head.ent_type_ not in PLACE_LABELS)
        )
        and root.head.lemma_.lower() not in PLACE_NOUNS
    )


def _capital_as_actor(root: Token, place: Place) -> bool:
    """A national capital named as the government that acts on something or speaks
    ("Baku began the operation", "Washington imposed sanctions", "Moscow said"): the
    subject of a verb with an object or a clause of its own. Not a city where something
    happens to it ("Khartoum shook", "Kyiv was shelled")."""
    if place.feature != "city" or not place.country_code or root.dep_ != "nsubj":
        return False
    capital = _capital(place.country_code)
    if capital is None or capital.geonameid != place.geonameid:
        return False
    verb = root.head
    return verb.pos_ == "VERB" and any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in verb.children)
