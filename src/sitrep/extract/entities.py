"""Named entities with places geocoded (spaCy component ``sitrep_entities_v1``).

The small English model mislabels names it has not seen (a Kazakh town as PERSON, a city as
ORG, "Nur-Sultan" as PERSON "Nur") and labels page chrome ("Reply") as ORG. So no label is
trusted blindly: every entity span, and every capitalised proper-noun run the model missed, is
checked against the gazetteer in the document's geographic context before it becomes a place,
and junk is dropped. Demonyms ("Russian", "Kazakhs") stay NORP but carry their country as
``place`` so "Russian troops" locates an actor without calling the word a place. Short forms
are linked to the full form used in the same document
(surname -> full name, acronym -> expansion) in ``EntityMention.canonical``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from sitrep.extract import context
from sitrep.extract.gazetteer import (
    REGION_WORDS,
    Gazetteer,
    Resolution,
    context_from,
    fold_key,
    geocode,
    load_gazetteer,
    norm_key,
    resolve_places,
)
from sitrep.records import EntityMention, Evidence, Place

__all__ = ["EntityFinder", "find_entities", "link_canonical"]

KEPT_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Titles and honorifics stripped from the front of a person's name before linking.
TITLES = frozenset(
    "mr mr. mrs mrs. ms ms. dr dr. prof prof. sir president prime minister premier "
    "gen gen. general col col. colonel lt lt. captain capt capt. sen sen. senator rep rep. "
    "gov gov. governor mayor king queen prince princess sheikh ayatollah pope rev rev. "
    "chancellor secretary chairman chairwoman spokesman spokeswoman commander minister "
    "foreign interior defence defense deputy former acting".split()
)
# Page furniture the model tends to label as an entity.
UI_WORDS = frozenset(
    "reply share comment comments login log sign subscribe newsletter menu search advertisement "
    "cookie cookies privacy terms home next previous print email facebook twitter instagram "
    "whatsapp linkedin telegram youtube tiktok read more related tags posted updated photo "
    "video copyright rights reserved skip content".split()
)
MONTHS_DAYS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
    "saturday sunday".split()
)
# Prepositions after which a capitalised name is usually a place ("in Aqtau", "near Kyiv").
LOCATIVE = ("in", "near", "at", "outside", "across", "around", "throughout", "to", "from", "into")
# Words that make a capitalised run an organisation, never a bare place ("Almaty Police").
ORG_HEADS = frozenset(
    "ministry party council bank university committee agency police army force forces service "
    "office department company corporation group organization organisation union court "
    "parliament assembly government administration commission fund institute association "
    "news times post radio tv television airlines airport".split()
)
_MIN_POP_WITHOUT_CONTEXT = 100_000  # a new name outside the document's countries must be big


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int  # token indexes
    end: int
    label: str  # model label, or "" for a run the model missed
    locative: bool  # preceded by a place preposition


def _trim(span: Span) -> Span:
    """Drop leading determiners/titles and a trailing possessive."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    return doc[start:end]


def _strip_titles(span: Span) -> Span:
    start = span.start
    doc = span.doc
    while start < span.end - 1 and doc[start].lower_ in TITLES:
        start += 1
        if start < span.end - 1 and doc[start].text == ".":
            start += 1
    return doc[start : span.end]


def _junk(span: Span) -> bool:
    text = span.text.strip()
    if "\n" in text:  # names do not cross line breaks; page furniture does
        return True
    if not text or not any(c.isalpha() for c in text):
        return True
    if len(span) == 1 and not text[0].isupper():
        return True
    words = {t.lower_ for t in span if t.is_alpha}
    if words and words <= (UI_WORDS | MONTHS_DAYS):
        return True
    if all(t.like_num or t.is_punct or t.lower_ in MONTHS_DAYS for t in span):
        return True
    return bool(len(text) < 2)


def _matcher(nlp_vocab: object) -> Matcher:
    matcher = Matcher(nlp_vocab)  # type: ignore[arg-type]
    proper = {"POS": "PROPN", "IS_TITLE": True}
    matcher.add(
        "PROPN_RUN",
        [
            [proper, {"ORTH": "-", "OP": "?", "SPACY": False}, {"POS": "PROPN", "OP": "*"}],
        ],
        greedy="LONGEST",
    )
    matcher.add(
        "LOCATIVE_NAME",
        [[{"LOWER": {"IN": list(LOCATIVE)}}, {"IS_TITLE": True, "OP": "+"}]],
        greedy="LONGEST",
    )
    return matcher


def _candidates(doc: Doc, matcher: Matcher) -> list[_Candidate]:
    """Model entities plus capitalised runs it missed; longer place-like runs win overlaps."""
    out: list[_Candidate] = []
    taken = [False] * len(doc)
    for ent in doc.ents:
        if ent.label_ in KEPT_LABELS or ent.label_ == "FAC":
            out.append(_Candidate(ent.start, ent.end, ent.label_, _locative(doc, ent.start)))
    for ent in doc.ents:
        for i in range(ent.start, ent.end):
            taken[i] = True
    for match_id, start, end in matcher(doc):
        if doc.vocab.strings[match_id] == "LOCATIVE_NAME":
            start += 1
        if end <= start or any(taken[start:end]):
            continue
        out.append(_Candidate(start, end, "", _locative(doc, start)))
    return out


def _locative(doc: Doc, start: int) -> bool:
    i = start - 1
    while i >= 0 and doc[i].lower_ in ("the", "city", "town", "village", "of", "region"):
        i -= 1
    return i >= 0 and doc[i].lower_ in LOCATIVE


def _hyphen_extension(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """ "Nur" + "-" + "Sultan": the model often cuts hyphenated names; rejoin them."""
    while (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].text[:1].isupper()
    ):
        end += 2
    return start, end


class EntityFinder:
    """Finds, types, geocodes and links the entities of one document."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer | None = None) -> None:
        self.matcher = _matcher(nlp.vocab)
        self.gazetteer = gazetteer

    def __call__(self, doc: Doc) -> Doc:
        context.put(doc, "entities", find_entities(doc, self.matcher, self.gazetteer))
        return doc


def _is_place(span: Span, cand: _Candidate, res: Resolution, doc_countries: frozenset[str]) -> bool:
    """Whether a span that the gazetteer knows should be read as that place.

    Exact matches of names the model calls a place are trusted; weaker evidence (a folded or
    fuzzy match, a label the model gave to a person or an organisation, a name the model did
    not label) needs support: the document's countries, a place preposition, or a big place.
    A small foreign town is never taken on the model's word alone ("Republic", Missouri).
    """
    place = res.place
    if place is None and not res.ambiguous:
        return False
    if any(t.lower_ in ORG_HEADS for t in span):
        return False
    demonym = _demonym(span)
    if demonym and (place is None or place.feature != "country"):
        return False
    in_context = place is not None and (
        place.country_code in doc_countries or place.feature in ("country", "region")
    )
    big = place is not None and place.population >= _MIN_POP_WITHOUT_CONTEXT
    supported = in_context or cand.locative
    label = cand.label
    if res.match == "fuzzy" and not cand.locative and not (label in PLACE_LABELS and in_context):
        return False
    if label in PLACE_LABELS:
        if res.match == "exact":
            return supported or big or place is None
        return in_context and not demonym
    if label == "PERSON":
        # A person's name that only looks like a town through folding/fuzziness stays a person.
        return res.match == "exact" and supported
    if label == "NORP":
        return res.match == "exact" and place is not None and place.feature == "country"
    if label == "ORG":
        return res.match in ("exact", "fold") and supported
    # a capitalised run the model did not label
    if res.match == "exact":
        return supported or big
    return in_context and res.match == "fold"


def _demonym(span: Span) -> bool:
    """A one-word adjective or plural people-name ("Kazakh", "Kazakhs"), not a place."""
    return len(span) == 1 and (
        span[0].tag_ in ("JJ", "NNPS", "NNS")
        or _country_prefix(span.text)
        or _country_prefix(span.text.removesuffix("s"))
    )


def _geo_name(span: Span) -> str:
    """The name to geocode: "Mangystau" in "the region of Mangystau" / "Almaty region" is the
    first-level region, not the town of that name."""
    doc = span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    before = doc[max(0, span.start - 2) : span.start]
    if after in REGION_WORDS or (
        len(before) == 2 and before[1].lower_ == "of" and before[0].lower_ in REGION_WORDS
    ):
        return f"{span.text} region"
    return span.text


def _country_prefix(text: str) -> bool:
    """ "Kazakh", "Uzbek", "Afghan": a word that begins a country's name is its demonym."""
    key = norm_key(text)
    return len(key) >= 4 and any(c.startswith(key) and c != key for c in _country_keys())


@lru_cache(maxsize=1)
def _country_keys() -> tuple[str, ...]:
    gaz = load_gazetteer()
    return tuple(gaz.primary[i] for i in gaz.country_index.values())


def find_entities(
    doc: Doc, matcher: Matcher, gazetteer: Gazetteer | None = None
) -> list[EntityMention]:
    """The component's work on one Doc (separate from the class so tests can call it)."""
    gaz = gazetteer or load_gazetteer()
    doc_id = context.doc_id(doc)
    spans: list[tuple[Span, _Candidate]] = []
    seen: set[tuple[int, int]] = set()
    for cand in _candidates(doc, matcher):
        start, end = _hyphen_extension(doc, cand.start, cand.end)
        span = _trim(doc[start:end])
        if len(span) == 0 or _junk(span) or (span.start, span.end) in seen:
            continue
        seen.add((span.start, span.end))
        spans.append((span, cand))
    # Overlaps: keep the longest (the hyphen-joined "Nur-Sultan" over the model's "Nur").
    spans.sort(key=lambda sc: (sc[0].start, -(sc[0].end - sc[0].start)))
    kept: list[tuple[Span, _Candidate]] = []
    last_end = -1
    for span, cand in spans:
        if span.start >= last_end:
            kept.append((span, cand))
            last_end = span.end
    # Geocode every name that could be a place, the whole document together.
    kept = _merge_adjacent_persons(doc, kept)
    geo_idx = list(range(len(kept)))
    resolutions = resolve_places(
        [_geo_name(kept[k][0]) for k in geo_idx],
        trusted=[kept[k][1].label in PLACE_LABELS or kept[k][1].locative for k in geo_idx],
        gazetteer=gaz,
    )
    by_span: dict[int, Resolution] = dict(zip(geo_idx, resolutions, strict=True))
    countries = frozenset(
        r.place.country_code
        for k, r in by_span.items()
        if r.place is not None
        and r.place.country_code
        and r.match == "exact"
        and (kept[k][1].label in PLACE_LABELS or r.place.feature == "country")
    )
    mentions: list[EntityMention] = []
    for k, (span, cand) in enumerate(kept):
        res = by_span.get(k)
        label = cand.label
        place: Place | None = None
        ambiguous = False
        n_cand = 0
        if res is not None and _is_place(span, cand, res, countries):
            label = "GPE" if res.place is None or res.place.feature != "region" else "LOC"
            if cand.label == "LOC" or cand.label == "FAC":
                label = "LOC"
            place, ambiguous, n_cand = res.place, res.ambiguous, res.candidates
        elif label == "FAC" or label == "":
            continue
        elif (label in PLACE_LABELS and _demonym(span)) or (
            len(span) == 1
            and (_country_prefix(span.text) or _country_prefix(span.text.removesuffix("s")))
        ):
            label = "NORP"
        elif label in PLACE_LABELS and res is not None:
            ambiguous, n_cand = res.ambiguous, res.candidates
        if label not in KEPT_LABELS:
            continue
        if label == "NORP" and place is None:
            # "Russian", "Kazakhs", "Central Asian": the people or adjective of a country or
            # region; the label stays NORP, the place says which country (ACLED precision 3).
            place = gaz.demonym(span.text)
            ambiguous, n_cand = False, int(place is not None)
        sent = span.sent
        mentions.append(
            EntityMention(
                doc=doc_id,
                start=span.start_char,
                end=span.end_char,
                text=span.text,
                label=label,
                sentence=Evidence(doc_id, sent.start_char, sent.end_char),
                canonical=span.text,
                place=place,
                ambiguous=ambiguous,
                candidates=n_cand,
            )
        )
    mentions = _add_acronym_mentions(doc, doc_id, mentions)
    return link_canonical(doc, mentions)


def _add_acronym_mentions(
    doc: Doc, doc_id: str, mentions: list[EntityMention]
) -> list[EntityMention]:
    """The model rarely labels "(CSTO)" after its expansion, nor later bare uses: add them."""
    defined = _defined_acronyms(doc, mentions)
    if not defined:
        return mentions
    covered = [False] * (len(doc.text) + 1)
    for m in mentions:
        covered[m.start : m.end] = [True] * (m.end - m.start)
    mentions = [
        *mentions,
        *(
            m
            for m in _expansion_mentions(doc, doc_id, defined)
            if not any(covered[m.start : m.end])
        ),
    ]
    for m in mentions:
        covered[m.start : m.end] = [True] * (m.end - m.start)
    extra = [
        EntityMention(
            doc_id,
            t.idx,
            t.idx + len(t.text),
            t.text,
            "ORG",
            Evidence(doc_id, t.sent.start_char, t.sent.end_char),
            t.text,
        )
        for t in doc
        if t.text.replace(".", "") in defined and not covered[t.idx]
    ]
    return sorted([*mentions, *extra], key=lambda m: m.start)


def _merge_adjacent_persons(
    doc: Doc, spans: list[tuple[Span, _Candidate]]
) -> list[tuple[Span, _Candidate]]:
    """ "Qasym-Zhomart" + "Toqaev": the model splits unfamiliar full names; rejoin them."""
    out: list[tuple[Span, _Candidate]] = []
    for span, cand in spans:
        if out:
            prev, pcand = out[-1]
            between = doc.text[prev.end_char : span.start_char]
            if (
                pcand.label == "PERSON"
                and cand.label == "PERSON"
                and between == " "
                and span.sent.start == prev.sent.start
            ):
                out[-1] = (doc[prev.start : span.end], pcand)
                continue
        out.append((span, cand))
    return out


def _initials(words: Sequence[str]) -> str:
    skip = {"of", "the", "and", "for", "in", "on", "de", "la", "&"}
    return "".join(w[0] for w in words if w and w.lower() not in skip and w[0].isalpha()).upper()


def _acronym(text: str) -> bool:
    letters = text.replace(".", "").replace("-", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


def _defined_acronyms(doc: Doc, mentions: Iterable[EntityMention] = ()) -> dict[str, str]:
    """Acronyms the text defines: "Expansion (ACR)", the expansion being the capitalised words
    just before the brackets whose initials spell the acronym (function words skipped)."""
    del mentions  # the definition is read from the tokens: the model often misses "(ACR)"
    out: dict[str, str] = {}
    for t in doc[1:-1]:
        if not (doc[t.i - 1].text == "(" and doc[t.i + 1].text == ")" and _acronym(t.text)):
            continue
        acr = t.text.replace(".", "")
        words: list[Span] = []
        j = t.i - 2
        while j >= 0 and len(_initials([w.text for w in words])) < len(acr):
            tok = doc[j]
            if (
                tok.is_title
                or tok.is_upper
                or (words and tok.lower_ in ("of", "the", "and", "for"))
            ):
                words.insert(0, doc[j : j + 1])
                j -= 1
            elif tok.text == "-" and words:
                j -= 1
            else:
                break
        if words and _initials([w.text for w in words]) == acr:
            out[acr] = doc[words[0].start : t.i - 1].text
    return out


def _expansion_mentions(doc: Doc, doc_id: str, defined: dict[str, str]) -> list[EntityMention]:
    out = []
    for t in doc[1:-1]:
        acr = t.text.replace(".", "")
        if doc[t.i - 1].text == "(" and acr in defined:
            end = doc[t.i - 1].idx
            while end > 0 and doc.text[end - 1].isspace():
                end -= 1
            start = end - len(defined[acr])
            if doc.text[start:end] == defined[acr]:
                out.append(
                    EntityMention(
                        doc_id,
                        start,
                        end,
                        defined[acr],
                        "ORG",
                        Evidence(doc_id, t.sent.start_char, t.sent.end_char),
                        defined[acr],
                    )
                )
    return out


def link_canonical(doc: Doc, mentions: list[EntityMention]) -> list[EntityMention]:
    """Set ``canonical`` to the full form used in the document.

    * a person's surname (or "Mr. Surname") -> the longest PERSON name ending with it;
    * an acronym -> its expansion, when the text defines it ("Expansion (ACR)") or an ORG in the
      document has exactly those initials;
    * places and everything else keep their own (trimmed) text.
    """
    mentions = _relabel_persons(doc, mentions)
    persons: Counter[str] = Counter()
    for m in mentions:
        if m.label == "PERSON":
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                name = _strip_titles(span).text
                if len(name.split()) >= 2:
                    persons[name] += 1
    by_last: dict[str, list[str]] = {}
    for name in persons:
        by_last.setdefault(fold_key(name.split()[-1]), []).append(name)
    orgs = {m.text for m in mentions if m.label == "ORG" and not _acronym(m.text)}
    acronyms = _defined_acronyms(doc, mentions)
    for name in orgs:
        initials = _initials(name.split())
        if len(initials) >= 2 and _acronym(initials):
            acronyms.setdefault(initials, name)
    out: list[EntityMention] = []
    for m in mentions:
        canonical = m.text
        if m.label == "PERSON":
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            name = _strip_titles(span).text if span is not None else m.text
            canonical = name
            if len(name.split()) == 1:
                full = by_last.get(fold_key(name), [])
                if full:
                    canonical = max(full, key=lambda f: (persons[f], len(f)))
            elif len(name.split()) >= 2:
                full = [f for f in by_last.get(fold_key(name.split()[-1]), []) if f.endswith(name)]
                if full:
                    canonical = max(full, key=lambda f: (len(f), persons[f]))
        elif _acronym(m.text) and m.text.replace(".", "") in acronyms:
            canonical = acronyms[m.text.replace(".", "")]
        out.append(
            EntityMention(
                m.doc,
                m.start,
                m.end,
                m.text,
                m.label,
                m.sentence,
                canonical,
                m.place,
                m.ambiguous,
                m.candidates,
            )
        )
    return out


def _person_like(m: EntityMention) -> bool:
    words = m.text.split()
    return (
        m.place is None
        and m.label in ("ORG", "NORP", "GPE")
        and bool(words)
        and not _acronym(m.text)
        and all(w[:1].isupper() for w in words)
        and not any(w.lower().strip(".,") in ORG_HEADS for w in words)
        and not _country_prefix(m.text)
        and not _country_prefix(m.text.removesuffix("s"))
    )


def _relabel_persons(doc: Doc, mentions: list[EntityMention]) -> list[EntityMention]:
    """Make labels agree within a document: the model may call "Kassym-Jomart Tokayev" an ORG
    but "Tokayev" a PERSON, or a surname NORP. A non-place name whose last word is a surname used
    for a person elsewhere in the document is a person too."""
    surnames: set[str] = set()
    for m in mentions:
        if m.label == "PERSON":
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            words = (_strip_titles(span).text if span is not None else m.text).split()
            if words:
                surnames.add(fold_key(words[-1]))
    return [
        _relabel(m, "PERSON") if _person_like(m) and fold_key(m.text.split()[-1]) in surnames else m
        for m in mentions
    ]


def _relabel(m: EntityMention, label: str) -> EntityMention:
    return EntityMention(
        m.doc,
        m.start,
        m.end,
        m.text,
        label,
        m.sentence,
        m.canonical,
        m.place,
        m.ambiguous,
        m.candidates,
    )


@Language.factory("sitrep_entities_v1")
def make_entity_finder(nlp: Language, name: str) -> EntityFinder:
    """Registered factory: the pinned model's NER checked and geocoded against GeoNames."""
    return EntityFinder(nlp)


__all__ += ["make_entity_finder", "geocode", "norm_key", "context_from"]
