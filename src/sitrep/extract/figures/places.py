"""Where a figure is scoped: the places of its clause, else the article's country."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from sitrep.extract.figure_words import (
    CAPITAL_PREPOSITIONS,
    CONTRAST_MARKS,
    PART_PRONOUNS,
    PART_SHARES,
    REPORT_VERBS,
)
from sitrep.extract.figures.syntax import _is_person, _lemma, _own_number, _predicate
from sitrep.records import EntityMention, Place

if TYPE_CHECKING:
    from sitrep.extract.gazetteer import Gazetteer

PlaceRef = tuple[int, int, str, str | None]  # start, end, name, country code
# The doc's user_data key of its place names' gazetteer features (city, admin1, country…)
_FEATURES = "sitrep.figures.place_features"


def _place_entities(doc: Doc, entities: list[EntityMention]) -> list[PlaceRef]:
    """(start, end, name, country code) of place mentions: the entity stage's, else spaCy's."""
    if entities:
        out = [
            (
                e.start,
                e.end,
                # an organisation's place is where it is ("Morocco's government" -> Morocco)
                e.place.name if e.label == "ORG" else e.canonical or e.text,
                e.place.country_code,
                e.place.feature,
            )
            for e in entities
            if e.place is not None and e.label != "NORP"  # "Russian-led forces" is no place
        ]
        doc.user_data[_FEATURES] = {name: feature for *_, name, _c, feature in out}
        return [ref[:4] for ref in out]
    gaz = _gazetteer()
    out = []
    for e in doc.ents:
        if e.label_ in {"GPE", "LOC"}:
            out.append((e.start_char, e.end_char, e.text, None))
        elif e.label_ in {"ORG", "PERSON", "NORP"} and gaz is not None and len(e) == 1:
            hits, how = gaz.lookup(e.text)  # the small model often calls a city an ORG
            if how == "exact" and any(gaz.places[i].population > 100_000 for i in hits):
                out.append((e.start_char, e.end_char, e.text, None))
    return out


def _excluded_subtrees(sent: Span) -> set[int]:
    """Token ids that name *examples* ("cities …, including Almaty and Karaganda") or where a
    share of the count is ("most of them in Aleppo"): neither is the scope of a count."""
    out: set[int] = set()
    for t in sent:
        if t.lower_ == "including" or (t.lower_ == "such" and t.nbor(1).lower_ == "as"):
            out.update(x.i for x in t.subtree)
        if (
            t.lower_ in PART_SHARES
            and t.i + 2 < sent.end
            and t.nbor(1).lower_ == "of"
            and t.nbor(2).lower_ in PART_PRONOUNS
        ):
            # "2,295 injuries, most of them in Aleppo, Latakia and Hama": where a part of
            # the count is, not its scope (the parser hangs the places anywhere)
            end = next((x.i for x in sent[t.i - sent.start :] if x.text == ";"), sent.end)
            out.update(range(t.i, end))
    return out


def _place(
    anchor: Token,
    counted: Token | None,
    places: list[PlaceRef],
    country: str | None,
    text: str,
    climb: bool = True,
) -> str | None:
    """The place the number's clause scopes it to (climbing to governing clauses when
    ``climb``), else the article's country. ``text`` is the doc's text."""
    sent = anchor.sent
    in_sent = [
        (s, e, n)
        for s, e, n, _ in places
        if sent.start_char <= s < sent.end_char
        # a "sentence" the segmenter ran across a paragraph break is two sentences
        and "\n" not in text[min(s, anchor.idx) : max(e, anchor.idx)]
    ]
    if not in_sent:
        return _the_capital(anchor, places, country) or country
    codes = Counter(code for *_, code in places if code)
    home = codes.most_common(1)[0][0] if codes else None
    abroad = {s for s, _e, _n, code in places if home and code and code != home}
    doc = anchor.doc
    excluded = _excluded_subtrees(sent)

    ends = {s: e for s, e, _n in in_sent}

    def tok_of(start: int) -> Token | None:
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def root_of(start: int) -> Token | None:  # the name's head word ("Africa" of "South Africa")
        span = doc.char_span(start, ends.get(start, start + 1), alignment_mode="expand")
        return span.root if span is not None and len(span) else None

    base = counted or anchor
    own = _own_place(anchor, counted, in_sent, excluded)
    if own is not None:
        return own
    if _in_the_country(base):  # "the United States has about 1,100 soldiers in the country"
        return country
    # climb clause by clause from the number; at each level take the places in the clause
    clause = _predicate(base) or sent.root
    seen: set[int] = set()
    considered: dict[str, None] = {}  # the sentence's places no filter below sets aside
    while True:
        best = None
        for s, _e, name in in_sent:
            t = tok_of(s)
            if t is None or t.i in excluded or t.i in seen:
                continue
            if t.head.lower_ == "from":
                continue  # origin: "troops from Russia", "141 miles from Almaty"
            if _people_from(root_of(s)):
                continue  # "two peacekeepers from South Africa": whence they come
            if s in abroad and _nationals(t):
                continue  # "13 US service members were killed" in Kabul: whose they are
            if _claimant(t, anchor):
                continue  # the source: "The US claims that 2,000 died" (in Fallujah)
            if s in abroad and _in_source(t, anchor):
                continue  # a source abroad: "according to the UN office in Geneva"
            if _number_owning(t) not in {None, base, anchor} or _bracketed_number(t):
                continue  # another item's place: "…: 12 in Aleppo, 7 in Idlib", "Kano (10)"
            if _may_stand_in(t, root_of(s), anchor, s in abroad):
                considered[name] = None
            if _in_clause(t, clause, anchor):
                depth = sum(1 for a in t.ancestors if a.i != clause.i and clause in a.ancestors)
                if best is None or depth < best[0]:
                    root = root_of(s) or t
                    # how deep the name's head word lies: "South Africa's riots" is one down
                    nest = sum(
                        1 for a in root.ancestors if a.i != clause.i and clause in a.ancestors
                    )
                    best = (depth, name, nest)
        if best is not None:
            others = [n for n in considered if n != best[1]]
            if (
                best[1] == country
                and others
                and climb
                and best[2] > 1  # "kills more than 2,000 in Morocco": the count's own place
                and not _WHOLE_COUNTRY.search(sent.text)
            ):
                # "bodies recovered in the streets of the city in eastern Congo following the
                # fighting to capture Goma": the town the sentence names, not its country
                return _town_of(anchor, country, others) or best[1]
            return best[1]
        if clause.dep_ == "relcl" and any(s <= clause.head.idx < e for s, e, _ in in_sent):
            return next(n for s, e, n in in_sent if s <= clause.head.idx < e)
        seen.update(t.i for t in clause.subtree)
        if clause.head == clause or not climb:
            break
        up = clause.head
        while up.head != up and up.pos_ not in {"VERB", "AUX"}:
            up = up.head
        if up == clause:
            break
        clause = up
    return (
        _the_capital(anchor, places, country)
        or (_town_of(anchor, country, [*considered]) if climb else None)
        or country
    )


def _town_of(anchor: Token, country: str | None, names: list[str]) -> str | None:
    """The one town or province of the article's country among the places of the count's
    sentence that ``_place`` set aside as outside the count's clause (``names``), when the
    clause itself names none or only the country: "Nine soldiers perished defending the city
    of Goma" (the town hangs in a clause of its own), "bodies recovered in the streets of the
    city in eastern Congo after the fighting to capture Goma". Two towns, or none, leave the
    count where the clause put it. (The paragraph's town, when the sentence names none, was
    tried and dropped: it is as often another count's place, "… 1,500 wounded were treated in
    Almaty", as the scene's.)"""
    if country is None:
        return None
    code = _country_code(country)
    features = anchor.doc.user_data.get(_FEATURES, {})

    def feature(name: str) -> str | None:
        return features.get(name) or _feature(name, code)

    specific = {n for n in names if n != country and feature(n) in _SPECIFIC}
    if len(specific) > 1:  # a town in its province: "Goma, North Kivu" is Goma
        specific = {n for n in specific if feature(n) == "city"}
    return specific.pop() if len(specific) == 1 else None


# Words by which a sentence counts over its whole country: "across Nigeria", "nationwide"
_WHOLE_COUNTRY = re.compile(
    r"\b(?:across|throughout|nationwide|nationally|countrywide|all over|around the country)\b",
    re.I,
)
# Features of a place more specific than its country
_SPECIFIC = frozenset(("city", "admin1", "admin2", "site", "airport"))


@lru_cache(maxsize=4096)
def _feature(name: str, code: str | None) -> str | None:
    """The gazetteer's feature for a place name (its hit in ``code``'s country first)."""
    gaz = _gazetteer()
    if gaz is None:
        return None
    hits, how = gaz.lookup(name)
    if how != "exact" or not hits:
        return None
    found = [gaz.places[i] for i in hits]
    if any(p.feature == "country" for p in found):
        return "country"
    home = [p for p in found if p.country_code == code] or found
    return home[0].feature


def _people_from(place: Token | None) -> bool:
    """The place is where people counted come from: "two MONUSCO peacekeepers from South
    Africa" (not where something happened: "died after falling from the San Roque bridge")."""
    return (
        place is not None
        and place.head.lower_ == "from"
        and place.head.head.pos_ == "NOUN"
        and _is_person(place.head.head)
    )


def _nationals(place: Token | None) -> bool:
    """The place names the counted people's country, before their noun: "Thirteen US
    service members", "13 U.S. troops", "two British nationals" (not where they were, when
    that country is not the article's: "12 Kenyan protesters" in a Kenyan story are there)."""
    return (
        place is not None
        and place.dep_ in {"compound", "nmod", "amod"}
        and place.head.pos_ == "NOUN"
        and place.head.i > place.i
        and _is_person(place.head)
    )


def _may_stand_in(place: Token, root: Token | None, anchor: Token, abroad: bool) -> bool:
    """A place of the count's sentence outside the count's clause may still stand for where
    the count is, when nothing ties it to something else: not abroad, not told in a clause of
    its own, not where the source is ("Iran Human Rights, a group based in Oslo, says"), not
    an item with its own number ("followed by Taroudant province with 452")."""
    if abroad or _told_apart(place, anchor):
        return False
    if root is not None and any(
        t.like_num for c in root.children if c.dep_ != "conj" for t in c.subtree
    ):
        return False
    return not any(
        a.dep_ == "nsubj" and _lemma(a.head) in REPORT_VERBS and anchor not in a.subtree
        for a in place.ancestors
    )


def _told_apart(place: Token, anchor: Token) -> bool:
    """The place is told in a clause of its own, with its own subject, that leaves the count
    out: "… at 26, but health officials put the number of dead in Almaty at 103", "the city,
    where most of the violence erupted" (a clause with no subject of its own, "defending the
    city of Goma", goes on with the count's)."""
    own = set(place.subtree)  # a list the parser hung on the place is not its clause's
    for a in place.ancestors:
        if a.pos_ not in {"VERB", "AUX"}:
            continue
        if anchor in a.subtree:
            return False
        if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in a.children):
            return True
        if any(t.like_num and t not in own for t in a.subtree):
            return True  # "…, followed by Taroudant province with 452": another item's
    return False


def _claimant(place: Token, anchor: Token) -> bool:
    """The place is the subject of a reporting verb ("The US claims that 2,000 died",
    "Egypt estimated 5,000 protesters"): who gives the figure, not where it counts."""
    return (
        place.dep_ == "nsubj" and _lemma(place.head) in REPORT_VERBS and anchor not in place.subtree
    )


def _in_source(place: Token, anchor: Token) -> bool:
    """The place names a body the figure's source is or belongs to ("the director of the
    Madina hospital said", "according to the UN mission in Somalia"): a modifier of a noun
    in the subject of a reporting verb or in what the figure is "according to" (not where
    the source is: "our sources in Egypt estimate …")."""
    if place.dep_ not in {"compound", "nmod", "poss"}:
        return False
    for a in [place, *place.ancestors]:
        if a.i == anchor.i or (a.pos_ in {"VERB", "AUX"} and a.lower_ != "according"):
            return False
        if a.dep_ == "nsubj" and _lemma(a.head) in REPORT_VERBS and anchor not in a.subtree:
            return True
        if a.dep_ == "pobj" and a.head.lower_ == "to" and a.head.head.lower_ == "according":
            return anchor not in a.subtree
    return False


def _own_place(
    anchor: Token, counted: Token | None, in_sent: list[tuple[int, int, str]], excluded: set[int]
) -> str | None:
    """A breakdown item's own place: "12 in Aleppo, 7 in Idlib and 3 in Hama"."""
    doc, base = anchor.doc, counted or anchor
    owned = []
    for s, _e, name in in_sent:
        span = doc.char_span(s, s + 1, alignment_mode="expand")
        t = span[0] if span is not None and len(span) else None
        if (
            t is not None
            and t.i not in excluded
            and t.head.lower_ in {"in", "at"}
            and _number_owning(t) in {base, anchor}
        ):
            owned.append((len(list(t.ancestors)), name))
    return min(owned)[1] if owned else None


def _the_capital(anchor: Token, places: list[PlaceRef], country: str | None) -> str | None:
    """ "hundreds of supporters gathered in the capital", "Twin car bombs kill at least 30 in
    Somali capital": the article's country's capital, when the number's sentence names the
    capital but not by name (a named one is a place of its own)."""
    if country is None:
        return None
    doc, sent = anchor.doc, anchor.sent
    capital = next(
        (
            t
            for t in sent
            if t.lower_ == "capital"
            and t.pos_ == "NOUN"
            # "in the capital", "in Somali capital" (however a headline run into the next line
            # is parsed)
            and any(doc[j].lower_ in CAPITAL_PREPOSITIONS for j in range(max(t.i - 3, 0), t.i))
            and not any(c.dep_ == "appos" for c in t.children)  # "the capital, Khartoum"
            # "in capital markets", "capital punishment": no city ("the capital city" is)
            and not (t.dep_ == "compound" and t.head.pos_ == "NOUN" and t.head.lower_ != "city")
        ),
        None,
    )
    if capital is None:
        return None
    code = next((c for _s, _e, name, c in places if name == country and c), None)
    owner = doc[capital.i - 1] if capital.i else None
    if owner is not None and owner.lower_ in {"'s", "’s"} and owner.i:
        owner = doc[owner.i - 1]  # "Somalia's capital"
    if owner is not None and owner.ent_type_ in {"NORP", "GPE"}:
        code = _country_code(owner.text) or code  # "the Jordanian capital": that country's
    return _capitals().get(code) if code else None


def _country_code(word: str) -> str | None:
    """The country a demonym or a country's name names ("Jordanian", "Somalia")."""
    gaz = _gazetteer()
    if gaz is None:
        return None
    place = gaz.demonym(word)
    if place is None:
        hits, _ = gaz.lookup(word)
        place = next((gaz.places[i] for i in hits if gaz.places[i].feature == "country"), None)
    return place.country_code if place is not None else None


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """ISO2 -> the name of the country's capital (from the shared gazetteer)."""
    gaz = _gazetteer()
    if gaz is None:
        return {}
    best: dict[str, Place] = {}
    for i in gaz.capitals:  # namesakes of a capital share its flag: the most populous
        p = gaz.places[i]
        code = p.country_code or ""
        if code not in best or p.population > best[code].population:
            best[code] = p
    return {code: p.name for code, p in best.items()}


def _in_the_country(base: Token) -> bool:
    """The count has its own "in the country" ("about 1,100 soldiers in the country"): the
    article's country, whatever other places its clause names."""
    for c in base.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            for obj in c.children:
                if (
                    obj.dep_ == "pobj"
                    and obj.lower_ == "country"
                    and any(d.lower_ == "the" for d in obj.children)
                ):
                    return True
    return False


def _bracketed_number(place: Token) -> bool:
    """The place name is followed by a number in brackets: "Kano (10)"."""
    doc, i = place.doc, place.i
    while i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I":
        i += 1  # the end of a multi-word name
    return (
        i + 3 < len(doc)
        and doc[i + 1].text == "("
        and doc[i + 2].like_num
        and doc[i + 3].text == ")"
    )


def _number_owning(place: Token) -> Token | None:
    """The number (or counted noun) whose own "in"/"at" phrase holds ``place``: the nearest
    ancestor, below the first verb, that is a number or has one ("12 in Aleppo", "40 people
    in Nairobi" when the parser hangs the place on the noun)."""
    for a in place.ancestors:
        if a.pos_ in {"VERB", "AUX"}:
            return None
        if a.like_num or (a.pos_ == "NOUN" and _own_number(a)):
            return a
    return None


def _in_clause(t: Token, clause: Token, anchor: Token) -> bool:
    """``t`` is in ``clause``'s subtree and not inside a nested clause that leaves out the
    number (a relative clause hanging off another noun, a subordinate clause)."""
    if t != clause and clause not in t.ancestors:
        return False
    for a in [t, *t.ancestors]:
        if a == clause:
            return True
        if (
            a.dep_ in {"relcl", "ccomp", "xcomp", "acl", "csubj"}
            and anchor not in a.subtree
            and a.head not in {anchor, anchor.head}
        ):
            return False
        if (
            a.dep_ == "advcl"
            and anchor not in a.subtree
            and any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in a.children)
        ):
            return False  # "… in North Kivu, while Rwanda's government says …"
        if (
            a.dep_ == "conj"
            and a.pos_ in {"VERB", "AUX"}
            and anchor not in a.subtree
            and any(
                c.dep_ in {"nsubj", "nsubjpass"}
                and not _own_number(c)
                and not any(g.like_num for g in c.subtree)
                for c in a.children
            )
        ):
            return False  # "… at 26, but health officials put the toll in Almaty at 103"
    return True


def _country(doc: Doc, entities: list[EntityMention]) -> str | None:
    """The article's country: most mentioned country among place mentions (via the gazetteer
    when the entity stage did not run)."""
    counts: Counter[str] = Counter()
    names: dict[str, str] = {}
    if entities:
        for e in entities:
            if e.place is not None and e.place.country_code and e.label != "NORP":
                counts[e.place.country_code] += 1
                if e.place.feature == "country" and e.label != "ORG":
                    names.setdefault(e.place.country_code, e.canonical)
    else:
        gaz = _gazetteer()
        if gaz is None:
            return None
        for ent in doc.ents:
            if ent.label_ not in {"GPE", "LOC"}:
                continue
            hits, _ = gaz.lookup(ent.text)
            for i in hits[:1]:
                p = gaz.places[i]
                if p.country_code and (p.feature == "country" or ent.label_ == "GPE"):
                    counts[p.country_code] += 1
                    if p.feature == "country":
                        names.setdefault(p.country_code, p.name)
    if not counts:
        return None
    code = counts.most_common(1)[0][0]
    if code in names:
        return names[code]
    gaz = _gazetteer()
    place = gaz.country(code) if gaz is not None else None
    return place.name if place else None


@lru_cache(maxsize=1)
def _gazetteer() -> Gazetteer | None:
    """The shared gazetteer, loaded once per process (only needed when no entity stage ran)."""
    try:
        from sitrep.extract.gazetteer import load_gazetteer
    except ImportError:  # pragma: no cover - the gazetteer module ships with sitrep
        return None
    return load_gazetteer()
