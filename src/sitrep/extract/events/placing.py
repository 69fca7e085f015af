"""Placing an event mention inside its sentence: whether a place the sentence names says
where the happening is (not a dateline, a departure, an envoy's post), and which of the
sentence's places is the clause's. The document's own place is in
:mod:`sitrep.extract.events.document_place`; places a sentence implies without naming
a town (the unnamed capital, a nationwide list, a local institution) in
:mod:`sitrep.extract.events.implied_place`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from sitrep.extract.events.document_place import _journey_of_person
from sitrep.extract.events.parse import Hit, _adjunct, _clause, _governing_verb, _national
from sitrep.extract.events.vocabulary import (
    ACTOR_SUFFIXES,
    DATELINE_DASHES,
    DEPARTING,
    DESCRIPTIVE_DEPS,
    ENVOYS,
    EPITHET_RANKS,
    FRAME_PREPS,
    LIST_MIN,
    PART_NOUNS,
    PLACE_NOUNS,
    SPEECH_MEDIUM,
    SPEECH_NOUNS,
    TELLING_VERBS,
    WHERE_PREPS,
)
from sitrep.records import (
    EntityMention,
    Place,
    state_wide,
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


def _in_regions(root: Token, regions: dict[int, str]) -> bool:
    """One of two or more coordinated provinces of one country ("riots concentrated in the
    Gauteng and KwaZulu-Natal provinces", "troops deployed in KwaZulu-Natal and Gauteng"):
    the happening spans the provinces, so the pair is a scope like a longer list, and the
    country holds it. ``regions``: token index -> country code of the sentence's places
    that are first-level divisions of a country."""
    group = {root.i, *(c.i for c in root.conjuncts)}
    codes = {regions.get(i) for i in group}
    return len(group) >= 2 and len(codes) == 1 and None not in codes


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
    wide = _national(hit) or _adjunct(hit.trigger)
    verb = _governing_verb(hit.trigger)
    line = {verb.i, *(a.i for a in verb.ancestors)}
    # beyond the clause, a place of a clause the trigger's hangs on ("protesters gathered
    # in Tbilisi, and police detained ten"), not of a sibling's ("Saudi Arabia said it had
    # evacuated 157 Saudis, and Kuwait said its citizens had arrived in Jeddah")
    near = [p.mention for p in free if not p.listed and _on_line(_clause_verb(p.root), line)]
    inner = [p for p in own if lo <= p.start < hi]
    if state_wide(hit.type, hit.target):
        # a decision of state is the country's: a place of another verb's clause inside
        # its own ("declared a coup, hours after guards detained the president in the
        # palace") is that verb's
        inner = [p for p in inner if _clause_verb_of(p.start, hit) in (verb.i, hit.trigger.i)]
    framed = [] if _national(hit) else [p.mention for p in free if _frames(p)]
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
