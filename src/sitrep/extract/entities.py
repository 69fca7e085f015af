"""Named entities with places geocoded (spaCy component ``sitrep_entities_v1``).

The small English model mislabels names it has not seen (a Kazakh town as PERSON, a city as
ORG, "Nur-Sultan" as PERSON "Nur") and labels page chrome ("Reply") as ORG. So no label is
trusted blindly: every entity span, and every capitalised proper-noun run the model missed, is
checked against the gazetteer in the document's geographic context before it becomes a place,
and junk is dropped. Demonyms ("Russian", "Kazakhs") stay NORP but carry their country as
``place`` so "Russian troops" locates an actor without calling the word a place.

Crisis news names its main actors with common-noun phrases the model never labels: "the Kazakh
government", "the government of Sudan", "Almaty police", "the office of the President",
"Russian airborne troops", "the Yabloko party", "state broadcaster MRTV". Matcher rules over
the parse add them as ORG (``_rule_matcher``), with a
normal form in ``canonical`` so that "Kazakh government", "Kazakhstani regime" and "government
of Kazakhstan" meet as "Government of Kazakhstan" across documents. Short forms are linked to
the full form used in the same document (surname -> full name, acronym -> expansion) in
``EntityMention.canonical``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from sitrep.extract import context
from sitrep.extract.gazetteer import (
    COMPASS_WORDS,
    DEMONYM_STEM_SUFFIXES,
    REGION_WORDS,
    SUBDIVISION_WORDS,
    Gazetteer,
    Resolution,
    comma_pairs,
    context_from,
    fold_key,
    geocode,
    haversine_km,
    load_gazetteer,
    norm_key,
    resolve_places,
    site_in,
)
from sitrep.extract.toponyms import adjectival
from sitrep.lexicon import (
    ADDRESS_VERBS,
    OFFICES,
    OFFICIAL_SITE_WORDS,
    ORG_DESCRIPTORS,
    SITE_NOUNS,
    STREET_NOUNS,
)
from sitrep.records import EntityMention, Evidence, Place
from sitrep.resolve.names import state_body

__all__ = ["EntityFinder", "find_entities", "link_canonical"]

KEPT_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Model labels that are never kept as such but may become an ORG by context ("station Mir-24").
SOFT_LABELS = frozenset({"PRODUCT", "WORK_OF_ART"})
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
    "video copyright rights reserved skip content service use conduct rules policy "
    "published explainer factbox analysis live breaking exclusive".split()
)
# Names of God in prayers and quotations ("In the name of Allah"): no person or place.
DIVINE_NAMES = frozenset({"allah", "god", "lord"})
# Small words a page's furniture strings together ("Terms of Service", "Rules of Conduct").
_JOINERS = frozenset({"of", "and", "the", "to", "&"})
MONTHS_DAYS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
    "saturday sunday".split()
)
# Prepositions after which a capitalised name is usually a place ("in Aqtau", "near Kyiv").
# Words of a settlement that name one with "of": "the town of Beni", "the city of Kidal"
SETTLEMENT_WORDS = ("city", "town", "village", "region", "district", "province")
LOCATIVE = ("in", "near", "at", "outside", "across", "around", "throughout", "to", "from", "into")
# Nouns of a site's ground after an organisation's name ("the Dhaka University campus",
# "the Parliament building"): the name is where something happened, a site.
SITE_PARTS = frozenset("campus building premises grounds gate gates compound".split())
# Prepositions that put a happening at an organisation's seat ("outside Cairo University").
SITE_PREPS = frozenset("at on outside near inside within around".split())
# Words that make a capitalised run an organisation, never a bare place ("Almaty Police").
ORG_HEADS = frozenset(
    "ministry party council bank university committee agency police army force forces service "
    "office department company corporation group organization organisation union court "
    "parliament assembly government administration commission fund institute association "
    "news times post radio tv television airlines airport movement front alliance forum "
    "network foundation society league coalition".split()
)
# --- institutional actors written as common-noun phrases ------------------------------------
# "the Kazakh government", "the Sudanese regime", "the Myanmar junta": one actor, the state's
# government; normalised to "Government of <Country>" (regime and junta are how crisis news
# names a government it does not call legitimate, not a second actor).
GOVERNMENT_HEADS = frozenset({"government", "regime", "administration", "junta"})
# Armed and state bodies a country or city word can own ("Almaty police", "Russian troops").
INSTITUTION_HEADS = GOVERNMENT_HEADS | frozenset(
    "cabinet parliament military army navy police ministry forces troops service services "
    "militia presidency".split()
)
# Heads that need a country (not a city) and, for "service", a branch word before them.
_COUNTRY_ONLY_HEADS = frozenset({"forces", "troops", "military", "army", "navy", "militia"})
_NEEDS_BRANCH_HEADS = frozenset({"service", "services"})
# Lower-case words between the owner and the head ("Russian airborne troops").
BRANCH_WORDS = frozenset(
    "interior foreign defence defense health finance justice information home national state "
    "federal central military security intelligence airborne special armed riot border "
    "paramilitary naval air transitional interim caretaker emergency emergencies".split()
)
# A trailing head that does not change the body ("Almaty police department").
_TRAILING_HEADS = ("department", "force", "forces", "service")
# Offices named after their holder ("the office of the President").
_OFFICE_HOLDERS = ("president", "prime", "chancellor", "governor", "mayor", "premier")
# Lower-case heads that make the proper noun before them a party ("the Yabloko party").
_PARTY_HEADS = ("party", "movement", "coalition")
# Lower-case heads that make the proper noun before them a public place ("Tahrir square").
PLACE_HEADS = frozenset(
    "square street avenue boulevard bridge stadium park market mosque palace intersection "
    "junction roundabout crossroads".split()
)
# Nouns whose appositive or following proper noun names a media outlet ("station Mir-24").
MEDIA_NOUNS = frozenset(
    "channel station broadcaster newspaper daily agency outlet network website tabloid "
    "magazine weekly".split()
)
# Appositive nouns that make a "person" an organisation ("Kazakhtelecom, the operator").
ORG_NOUNS = frozenset(
    "company firm operator provider agency broadcaster channel station newspaper group party "
    "organisation organization bank carrier airline corporation giant network outlet ministry "
    "union alliance producer manufacturer insurer miner website conglomerate utility "
    "militia movement".split()
)
# Appositive or preceding nouns that make an "organisation" a person ("leader, X Y").
PERSON_NOUNS = frozenset(
    "leader president premier minister spokesman spokeswoman spokesperson official commander "
    "general chief head director activist journalist analyst expert politician lawyer founder "
    "ruler dictator king queen prince ambassador envoy governor mayor senator candidate "
    "chairman chairwoman secretary successor predecessor opponent rival ally".split()
)
_MIN_POP_WITHOUT_CONTEXT = 100_000  # a new name outside the document's countries must be big
# Nouns for a part of a town between its name and "in <town>" ("the Rampura area in Dhaka").
LOCALITY_NOUNS = frozenset(
    "area neighbourhood neighborhood quarter suburb district locality township section".split()
)
_CAPITALS_TOWN_MIN = 6  # letters of a name in capitals that may be a dateline's town
INSIDE_TOWN_KM = 30.0  # a place written as inside a town and farther from it is another place


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int  # token indexes
    end: int
    label: str  # model label, or "" for a run the model missed
    locative: bool  # preceded by a place preposition
    canonical: str | None = None  # a normal form set by a rule ("Government of Kazakhstan")
    ruled: bool = False  # found by an institution/party/media/place rule: label is final
    owner: tuple[int, int] | None = None  # tokens of a place that owns it ("Almaty" police)


@dataclass(frozen=True, slots=True)
class _Sentences:
    """Sentence of every token, computed once: ``Span.sent`` rescans the whole Doc per call."""

    of_token: tuple[int, ...]
    bounds: tuple[tuple[int, int], ...]  # character offsets

    @classmethod
    def of(cls, doc: Doc) -> _Sentences:
        if not doc.has_annotation("SENT_START"):
            return cls((0,) * len(doc), ((0, len(doc.text)),))
        of_token = [0] * len(doc)
        bounds = []
        for k, sent in enumerate(doc.sents):
            of_token[sent.start : sent.end] = [k] * (sent.end - sent.start)
            bounds.append((sent.start_char, sent.end_char))
        return cls(tuple(of_token), tuple(bounds))

    def evidence(self, doc_id: str, token: int) -> Evidence:
        start, end = self.bounds[self.of_token[token]]
        return Evidence(doc_id, start, end)


# Brackets as Penn Treebank tokenised corpora write them ("Cairo , Egypt -LRB- CNN -RRB-"):
# punctuation at a name's edge, though the model reads them as words
PTB_BRACKETS = frozenset({"-LRB-", "-RRB-", "-LSB-", "-RSB-", "-LCB-", "-RCB-"})


def _edge_mark(tok: Token) -> bool:
    return tok.is_punct or tok.text in PTB_BRACKETS


def _trim(span: Span) -> Span:
    """Drop leading determiners/titles and a trailing possessive."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in ("the", "a", "an") or _edge_mark(doc[start])):
        start += 1
    opened = [i for i in range(start, end) if doc[i].text == "("]
    if opened and not any(doc[i].text == ")" for i in range(opened[-1], end)):
        end = opened[-1]  # "World Health Organization (WHO": the acronym is its own mention
    while end > start and (
        doc[end - 1].tag_ == "POS" or doc[end - 1].lower_ in _POSSESSIVE or _edge_mark(doc[end - 1])
    ):
        end -= 1
    while end > start + 1 and _percentage(doc, end - 1):
        end -= 1  # "gave Ali Bongo 64.27% of the votes": a share is no part of a name
    return doc[start:end]


def _percentage(doc: Doc, i: int) -> bool:
    """A number followed by "%" or "per cent"/"percent"."""
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    return doc[i].like_num and not doc[i].is_alpha and nxt in ("%", "per", "percent")


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
    if words and words <= (UI_WORDS | MONTHS_DAYS | _JOINERS) and words - _JOINERS:
        return True
    if words and words <= DIVINE_NAMES:
        return True
    if words and words <= TITLES:  # "Secretary" of "Secretary of State X", tagged GPE
        return True
    if all(t.like_num or t.is_punct or t.lower_ in MONTHS_DAYS for t in span):
        return True
    return bool(len(text) < 2)


def _common_word_at_start(span: Span, gaz: Gazetteer) -> bool:
    """ "Protests are ongoing": a capitalised common noun or verb opening a sentence, which the
    model sometimes labels (NORP, ORG). Demonyms ("Kazakhs said") are kept, and so is a word
    that the document's other names carry ("Guterres condemned" after "Antonio Guterres")."""
    tok = span[0]
    return (
        len(span) == 1
        and tok.is_sent_start
        and tok.tag_ not in ("NNP", "NNPS")
        and tok.pos_ != "PROPN"
        and gaz.demonym(tok.text) is None
        and not any(
            len(ent) > 1 and any(t.text == tok.text for t in ent)
            for ent in span.doc.ents
            if ent.start != span.start
        )
    )


def _matcher(nlp_vocab: object) -> Matcher:
    matcher = Matcher(nlp_vocab)  # type: ignore[arg-type]
    proper = {"POS": "PROPN", "IS_TITLE": True}
    matcher.add(
        "PROPN_RUN",
        [
            [proper, {"ORTH": "-", "OP": "?", "SPACY": False}, {"POS": "PROPN", "OP": "*"}],
            [{"POS": "PROPN", "SHAPE": {"REGEX": "^Xx+Xx"}}],  # "ExxonMobil", "PetroChina"
        ],
        greedy="LONGEST",
    )
    matcher.add(
        "LOCATIVE_NAME",
        [[{"LOWER": {"IN": list(LOCATIVE)}}, {"IS_TITLE": True, "OP": "+"}]],
        greedy="LONGEST",
    )
    return matcher


_RULES = frozenset(
    {
        "OWNED_INSTITUTION",
        "GOVERNMENT_OF",
        "OFFICE_OF",
        "PARTY",
        "PUBLIC_PLACE",
        "MEDIA_NAME",
        "OFFICIAL_SITE",
    }
)


def _rule_matcher(nlp_vocab: object, matcher: Matcher | None = None) -> Matcher:
    """Institutional actors, parties, outlets and public places written with common nouns
    (added to ``matcher`` when given: one pass over the Doc serves every pattern)."""
    matcher = matcher if matcher is not None else Matcher(nlp_vocab)  # type: ignore[arg-type]
    owner = {"IS_TITLE": True, "LOWER": {"NOT_IN": ["the", "a", "an"]}, "OP": "+"}
    branch = {"LOWER": {"IN": sorted(BRANCH_WORDS)}, "OP": "*"}
    matcher.add(
        "OWNED_INSTITUTION",  # "Kazakh government", "Sudan's army", "Almaty police department"
        [
            [
                owner,
                {"TAG": "POS", "OP": "?"},
                branch,
                {"LOWER": {"IN": sorted(INSTITUTION_HEADS)}},
                {"LOWER": {"IN": list(_TRAILING_HEADS)}, "OP": "?"},
            ]
        ],
        greedy="LONGEST",
    )
    matcher.add(
        "GOVERNMENT_OF",  # "the government of Kazakhstan"
        [
            [
                {"LOWER": {"IN": sorted(GOVERNMENT_HEADS)}},
                {"LOWER": "of"},
                {"LOWER": "the", "OP": "?"},
                {"IS_TITLE": True, "OP": "+"},
            ]
        ],
        greedy="LONGEST",
    )
    matcher.add(
        "OFFICE_OF",  # "the office of the President"
        [
            [
                {"LOWER": "office"},
                {"LOWER": "of"},
                {"LOWER": "the"},
                {"LOWER": {"IN": list(_OFFICE_HOLDERS)}},
                {"LOWER": "minister", "OP": "?"},
            ]
        ],
        greedy="LONGEST",
    )
    matcher.add(
        "PARTY",  # "the Yabloko party": the name before a lower-case head
        [
            [
                {"POS": "PROPN", "IS_TITLE": True, "OP": "+"},
                {"LOWER": {"IN": list(_PARTY_HEADS)}, "IS_LOWER": True},
            ]
        ],
        greedy="LONGEST",
    )
    matcher.add(
        "PUBLIC_PLACE",  # "Republic square", "Tahrir Square"
        [[{"POS": "PROPN", "IS_TITLE": True, "OP": "+"}, {"LOWER": {"IN": sorted(PLACE_HEADS)}}]],
        greedy="LONGEST",
    )
    matcher.add(
        "OFFICIAL_SITE",  # "the presidential palace", "the defence ministry compound"
        [
            [
                {"LOWER": "the"},
                {"LOWER": {"IN": sorted(OFFICIAL_SITE_WORDS)}, "IS_LOWER": True, "OP": "+"},
                {"LOWER": {"IN": sorted(SITE_NOUNS)}, "IS_LOWER": True},
            ]
        ],
        greedy="LONGEST",
    )
    matcher.add(
        "MEDIA_NAME",  # "television station Mir-24", "state broadcaster MRTV"
        [
            [
                {"LEMMA": {"IN": sorted(MEDIA_NOUNS)}, "IS_LOWER": True},
                {"POS": "PROPN", "IS_LOWER": False, "OP": "+"},
            ]
        ],
        greedy="LONGEST",
    )
    return matcher


def _candidates(
    doc: Doc, matcher: Matcher, matches: list[tuple[int, int, int]] | None = None
) -> list[_Candidate]:
    """Model entities plus capitalised runs it missed; longer place-like runs win overlaps."""
    out: list[_Candidate] = []
    taken = [False] * len(doc)
    # a photographer's credit first: where the model found the same name, the credit's
    # reading is the one kept
    for i, tok in enumerate(doc):
        end = _credit_name(doc, i) if tok.text[:1].isupper() else None
        if end is not None:
            out.append(_Candidate(i, end, "PERSON", False, None, True))
            taken[i:end] = [True] * (end - i)
    for ent in doc.ents:
        if ent.label_ in KEPT_LABELS or ent.label_ == "FAC" or ent.label_ in SOFT_LABELS:
            for start, end in _parts(ent):
                out.append(_Candidate(start, end, ent.label_, _locative(doc, start)))
            taken[ent.start : ent.end] = [True] * (ent.end - ent.start)
    for start, end in _datelines(doc):
        if not any(taken[start:end]):
            out.append(_Candidate(start, end, "GPE", True))
            taken[start:end] = [True] * (end - start)
    strings = doc.vocab.strings
    for match_id, start, end in matcher(doc) if matches is None else matches:
        if strings[match_id] not in ("PROPN_RUN", "LOCATIVE_NAME"):
            continue
        if strings[match_id] == "LOCATIVE_NAME":
            start += 1
        if strings[match_id] == "PROPN_RUN" and any(taken[start:end]):
            # the run's untaken tail after a model entity: a surname the model left out
            # ("General Brice Clotaire" + "Oligui Nguema"); see _merge_adjacent_persons
            start = max(i for i in range(start, end) if taken[i]) + 1
        if end <= start or any(taken[start:end]):
            continue
        out.append(_Candidate(start, end, "", _locative(doc, start)))
    for i in _bare_acronyms(doc, taken):
        out.append(_Candidate(i, i + 1, "", False))
    return out


# Capitals that name things, not organisations: fuels, measures, times, ranks, diseases, wars.
COMMON_ACRONYMS = frozenset(
    """LPG LNG CNG GDP GNP CPI VAT GMT UTC BST CET EST PST CEO CFO NCO MP MPS IDP IDPS POW POWS
    PM AM TV DNA HIV AIDS COVID SARS SUV ATM SMS GPS VPN PDF FAQ WWI WWII WWIII ICU RPG RPGS IED
    IEDS APC APCS AK UAV UAVS KM KG BBL""".split()
)


def _bare_acronyms(doc: Doc, taken: list[bool]) -> Iterator[int]:
    """Acronyms of three to six capitals inside a sentence of mixed case that the model left
    unlabelled ("elite RAID and GIGN units"): organisations' letters. Not a line's first word
    (a dateline's town) nor a word of a line in capitals (a headline shouted)."""
    for i, tok in enumerate(doc):
        if taken[i] or not (tok.is_alpha and tok.is_upper and 3 <= len(tok) <= 6):
            continue
        if tok.text in COMMON_ACRONYMS:
            continue
        if tok.pos_ not in ("PROPN", "NOUN", "ADJ") or i == 0 or "\n" in doc[i - 1].text_with_ws:
            continue
        line = tok.sent
        if sum(t.is_lower for t in line) < 3:
            continue
        yield i


# Tokens that separate names when written with spaces: "UrduPoint News / Sputnik - 26th
# April" is two credits and a date, which the model may label as one ORG.
_SPACED_SEPARATORS = frozenset({"/", "-", "–", "—", "|"})


def _parts(ent: Span) -> list[tuple[int, int]]:
    """The token ranges of a model entity split at spaced separators and at line breaks,
    without whitespace at its ends (the model may run a name on over a blank line:
    "Western Province\n   \n")."""
    doc = ent.doc
    cuts = [
        i
        for i in range(ent.start, ent.end)
        if (doc[i].is_space and ("\n" in doc[i].text or i in (ent.start, ent.end - 1)))
        or (
            ent.start < i < ent.end - 1
            and doc[i].text in _SPACED_SEPARATORS
            and (doc[i].whitespace_ or doc[i - 1].whitespace_)
        )
    ]
    bounds = [ent.start - 1, *cuts, ent.end]
    return [(a + 1, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a + 1]


_DATELINE_ENDS = frozenset({"(", ",", "-", "–", "—", ":"})


def _datelines(doc: Doc) -> Iterator[tuple[int, int]]:
    """Wire datelines: a place in capitals opening a line, before "(Agency)", ", May 3",
    a dash or the line's end ("GENEVA (Reuters) -", "WASHINGTON\n"). The model often leaves
    a word in capitals unlabelled; the gazetteer still decides whether it is a place."""
    for i in range(len(doc)):
        if i > 0 and not doc[i - 1].is_space and "\n" not in doc[i - 1].text:
            continue
        end = i
        while end < len(doc) and end - i < 3 and doc[end].is_alpha and doc[end].is_upper:
            end += 1
        if end == i or len(doc[i:end].text) < 4 or doc[i].lower_ in UI_WORDS:
            continue
        if end == len(doc) or doc[end].is_space or doc[end].text in _DATELINE_ENDS:
            yield i, end


def _locative(doc: Doc, start: int) -> bool:
    """A place preposition before the name ("in Beni", "near the city of Goma"), or a word
    of a settlement naming it ("attacked the town of Beni"): the name is a place's."""
    i = start - 1
    named = False
    while i >= 0 and doc[i].lower_ in ("the", "of", *SETTLEMENT_WORDS):
        if doc[i].lower_ in SETTLEMENT_WORDS and doc[i + 1].lower_ == "of":
            named = True
        i -= 1
    return named or (i >= 0 and doc[i].lower_ in LOCATIVE)


# Lower-case words inside hyphen-joined place names ("Clichy-sous-Bois", "Val-de-Marne",
# "Stratford-upon-Avon", "Ras al-Ain" is spaced and not one of these).
NAME_PARTICLES = frozenset(
    "sous sur en le la les de du des lès lez aux am an im ob upon on under in et".split()
)


def _particle_link(doc: Doc, hyphen: int, step: int) -> bool:
    """ "-sous-" at ``hyphen`` (the hyphen next to the name), then a capitalised word: one
    name ("Clichy-sous-Bois"), written without spaces."""
    particle, other, word = hyphen + step, hyphen + 2 * step, hyphen + 3 * step
    if not 0 <= min(word, hyphen) or max(word, hyphen) >= len(doc):
        return False
    joined = doc[min(word, hyphen) : max(word, hyphen) + 1]
    return (
        doc[hyphen].text == "-"
        and doc[particle].lower_ in NAME_PARTICLES
        and doc[particle].text.islower()
        and doc[other].text == "-"
        and doc[word].text[:1].isupper()
        and not any(t.whitespace_ for t in joined[:-1])
    )


def _joined_extension(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """ "Nur" + "-" + "Sultan", "RFE" + "/" + "RL": the model often cuts names joined by a
    hyphen or slash without spaces; rejoin them (both directions for the slash, and for a
    place name joined by a particle: "Clichy" + "-sous-" + "Bois")."""
    while not doc[end - 1].whitespace_ and _particle_link(doc, end, 1):
        end += 4
    while start >= 4 and not doc[start - 1].whitespace_ and _particle_link(doc, start - 1, -1):
        start -= 4
    while (
        end + 1 < len(doc)
        and doc[end].text in ("-", "/")
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].text[:1].isupper()
        and not (doc[end].text == "/" and _credit_split(doc, end))
    ):
        end += 2
    while (
        start >= 2
        and doc[start - 1].text == "/"
        and not doc[start - 2].whitespace_
        and not doc[start - 1].whitespace_
        and doc[start - 2].text[:1].isupper()
        and not _credit_split(doc, start - 1)
    ):
        start -= 2
    return start, end


def _credit_split(doc: Doc, slash: int) -> bool:
    """A slash between two credits, not inside one name: "EFE/EPA" where the model found two
    entities, or an agency before a photographer's name in capitals ("EPA-EFE/JOHN SMITH").
    "RFE/RL" and "Radio Free Europe/Radio Liberty" are one entity to the model."""
    left, right = doc[slash - 1], doc[slash + 1]
    if left.ent_type_ and right.ent_iob_ == "B":
        return True
    return _credit_name(doc, slash + 1) is not None


def _credit_name(doc: Doc, start: int) -> int | None:
    """The end of a photographer's name in capitals after a credit's slash, running to the
    end of the line ("EFE/EPA/MOHAMED ALI"): two or three all-capital words."""
    if start < 1 or doc[start - 1].text != "/":
        return None
    end = start
    while end < len(doc) and doc[end].is_alpha and doc[end].is_upper and len(doc[end]) > 1:
        end += 1
        if not doc[end - 1].whitespace_ or "\n" in doc[end - 1].whitespace_:
            break
    if not 2 <= end - start <= 3:
        return None
    line_end = end >= len(doc) or doc[end].is_space or "\n" in doc[end - 1].whitespace_
    return end if line_end else None


class EntityFinder:
    """Finds, types, geocodes and links the entities of one document."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer | None = None) -> None:
        self.matcher = _rule_matcher(nlp.vocab, _matcher(nlp.vocab))
        self.gazetteer = gazetteer

    def __call__(self, doc: Doc) -> Doc:
        context.put(doc, "entities", find_entities(doc, self.matcher, self.gazetteer))
        return doc


def _is_place(
    span: Span, cand: _Candidate, res: Resolution, doc_countries: frozenset[str], gaz: Gazetteer
) -> bool:
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
    if len(span) == 1 and span[0].lower_ in COMPASS_WORDS and not cand.locative:
        return False  # "West said", "Central won": a bare compass word is a place after "in"
    demonym = _demonym(span)
    if demonym and (place is None or place.feature != "country"):
        return False
    in_context = place is not None and (
        place.country_code in doc_countries or place.feature in ("country", "region")
    )
    big = place is not None and place.population >= _MIN_POP_WITHOUT_CONTEXT
    supported = in_context or cand.locative
    label = cand.label
    if label not in PLACE_LABELS and place is not None and not cand.locative:
        if (
            _acronym(span.text)
            and place.feature not in ("country", "admin1")
            and not _dateline_town(span, place)
        ):
            return False  # "BA", "UF": an organisation's letters, not Bath or Ufa
        if (
            len(span) == 1
            and place.feature == "city"
            and fold_key(span.text) != fold_key(place.name)
        ):
            # a word the model gave a person or a company that matches a town only by an
            # alternate name: "Welch" is no "Welsh", "Webster" no "Webster Groves"
            return False
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
        if res.match != "exact" or place is None:
            return False
        # "in Omdurman" labelled NORP: a word that is no people's name and follows a place
        # preposition is the place; so is a town of the document's country named as a
        # proper noun ("the Katunayake air base").
        proper = all(t.tag_ == "NNP" for t in span)
        return place.feature == "country" or (
            gaz.demonym(span.text) is None
            and (cand.locative or (in_context and proper and place.feature == "city"))
        )
    if label == "ORG":
        return res.match in ("exact", "fold") and supported
    # a capitalised run the model did not label
    if res.match == "exact":
        return supported or big
    return in_context and res.match == "fold"


def _dateline_town(span: Span, place: Place) -> bool:
    """ "RALEIGH, N.C. (AP) -": a town's name in capitals opening a line, before a comma, is
    the dateline's town (the model often calls it an organisation)."""
    doc = span.doc
    opens_line = span.start == 0 or "\n" in doc[span.start - 1].text_with_ws
    return (
        opens_line
        and place.feature == "city"
        and len(span.text) >= _CAPITALS_TOWN_MIN
        and span.end < len(doc)
        and doc[span.end].text in (",", "-", "–", "—")
    )


def _demonym(span: Span) -> bool:
    """A one-word adjective or plural people-name ("Kazakh", "Kazakhs"), not a place."""
    return len(span) == 1 and (
        span[0].tag_ in ("JJ", "NNPS", "NNS")
        or _country_prefix(span.text)
        or _country_prefix(span.text.removesuffix("s"))
    )


def _people_adjective(span: Span, label: str, gaz: Gazetteer) -> bool:
    """ "the Slovak architect", "Azerbaijani soldiers": a people's adjective before the noun it
    modifies, which the model took for a person's name."""
    return (
        label == "PERSON"
        and len(span) == 1
        and adjectival(span[0])
        and gaz.demonym(span.text) is not None
        and gaz.lookup(span.text)[1] != "exact"  # "Georgia", "Jordan": names of their own
    )


def _geo_name(span: Span) -> str:
    """The name to geocode: "Mangystau" in "the region of Mangystau" / "Almaty region" is the
    first-level region, not the town of that name."""
    doc = span.doc
    if span[-1].lower_ in REGION_WORDS and len(span) > 1:
        return span.text
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    before = doc[max(0, span.start - 2) : span.start]
    if (
        after in REGION_WORDS
        or (len(before) == 2 and before[1].lower_ == "of" and before[0].lower_ in REGION_WORDS)
    ) and not _country_name(span.text):
        return f"{span.text} region"  # but "a US state", "U.S. District Court": the country
    if after in SUBDIVISION_WORDS and span[-1].lower_ not in SUBDIVISION_WORDS:
        return f"{span.text} {after}"  # "Pirganj upazila": the unit, read by the gazetteer
    return span.text


def _country_name(text: str) -> bool:
    gaz = load_gazetteer()
    hits, match = gaz.lookup(text)
    return match == "exact" and any(gaz.places[i].feature == "country" for i in hits)


def _country_prefix(text: str) -> bool:
    """ "Kazakh", "Uzbek", "Afghan": the people's name a country's name is made of."""
    return norm_key(text) in _country_prefixes()


@lru_cache(maxsize=1)
def _country_prefixes() -> frozenset[str]:
    """Every people's name a country's name is made of ("Kazakh" of Kazakhstan, "Afghan" of
    Afghanistan): one set lookup per word. Not any first word or letters of a country's name
    ("Central", "Democratic", "Green")."""
    gaz = load_gazetteer()
    keys = (gaz.primary[i] for i in gaz.country_index.values())
    return frozenset(
        k[: -len(end)]
        for k in keys
        for end in DEMONYM_STEM_SUFFIXES
        if k.endswith(end) and len(k) - len(end) >= 4
    )


def _owner_place(text: str, gaz: Gazetteer, countries_only: bool) -> Place | None:
    """The country or place a modifier names: a demonym ("Kazakh", "Kazakhstani"), a country
    ("Sudan"), or, unless ``countries_only``, a town or region ("Almaty")."""
    place = gaz.demonym(text)
    if place is not None and place.feature == "country":
        return place
    idx, match = gaz.lookup(text)
    if match != "exact" or not idx:
        return None
    places = [gaz.places[i] for i in idx]
    countries = [p for p in places if p.feature == "country"]
    if countries:
        return countries[0]
    if countries_only:
        return None
    return max(places, key=lambda p: p.population)


def _rule_candidates(
    doc: Doc, matches: Iterable[tuple[int, int, int]], gaz: Gazetteer
) -> list[_Candidate]:
    """Institutions, parties, outlets and public places the model does not label."""
    out: list[_Candidate] = []
    strings = doc.vocab.strings
    for match_id, start, end in matches:
        rule = strings[match_id]
        if rule not in _RULES:
            continue
        span = doc[start:end]
        if "\n" in span.text:
            continue
        if rule == "OWNED_INSTITUTION":
            cand = _owned_institution(span, gaz)
        elif rule == "GOVERNMENT_OF":
            cand = _government_of(span, gaz)
        elif rule == "OFFICE_OF":
            cand = _Candidate(start, end, "ORG", False, span.text, True)
        elif rule == "PARTY":
            name = doc[start : end - 1]
            ok = gaz.demonym(name.text) is None and not gaz.lookup(name.text)[0]
            cand = _Candidate(start, end - 1, "ORG", False, None, True) if ok else None
        elif rule == "OFFICIAL_SITE":  # the landmark without its article
            cand = _Candidate(start + 1, end, "LOC", _locative(doc, start), None, True)
        elif rule == "PUBLIC_PLACE":
            cand = _Candidate(start, end, "LOC", _locative(doc, start), None, True)
        else:  # MEDIA_NAME: the proper noun after the media noun
            name = doc[start + 1 : end]
            ok = gaz.demonym(name.text) is None and not any(t.ent_type_ == "PERSON" for t in name)
            cand = _Candidate(start + 1, end, "ORG", False, None, True) if ok else None
        if cand is not None:
            out.append(cand)
    return out


def _owned_institution(span: Span, gaz: Gazetteer) -> _Candidate | None:
    doc = span.doc
    i = span.start
    stop = INSTITUTION_HEADS | BRANCH_WORDS
    while i < span.end and doc[i].is_title and doc[i].lower_ not in stop:
        i += 1
    owner = doc[span.start : i]
    if len(owner) == 0 or len(owner) > 3:
        return None
    end = span.end
    if doc[end - 1].lower_ == "ministry" and end + 1 < len(doc) and doc[end].lower_ == "of":
        # "Myanmar's Ministry of Home Affairs": the ministry's subject is part of its name
        stop_at = end + 1
        while stop_at < len(doc) and (
            doc[stop_at].is_title or (doc[stop_at].lower_ == "and" and stop_at > end + 1)
        ):
            stop_at += 1
        if stop_at > end + 1 and doc[stop_at - 1].lower_ != "and":
            end = stop_at
    span = doc[span.start : end]
    rest = doc[i:end]
    words = [t.lower_ for t in rest if t.tag_ != "POS"]
    heads = [w for w in words if w in INSTITUTION_HEADS]
    if not heads:
        return None
    head = heads[0]
    if head in _NEEDS_BRANCH_HEADS and not any(w in BRANCH_WORDS for w in words):
        return None
    place = _owner_place(owner.text, gaz, countries_only=head in _COUNTRY_ONLY_HEADS)
    if place is None:
        return None
    if (
        head in GOVERNMENT_HEADS
        and place.feature == "city"
        and place.population < (_MIN_POP_WITHOUT_CONTEXT)
    ):
        return None  # "the Obama administration", "the Mubarak regime": a leader's, not a town's
    # Owned by a place named as such (not a demonym): the place stays visible to later stages.
    named = gaz.demonym(owner.text) is None
    owner_span = (owner.start, owner.end) if named else None
    body = state_body(" ".join(words)) if place.feature == "country" else None
    if head in GOVERNMENT_HEADS and place.feature == "country" and words[-1] == head:
        canonical = f"Government of {place.name}"
    elif body is not None:  # "Sudanese army", "Sudan's armed forces": one normal name
        canonical = f"{body} of {place.name}"
    else:
        canonical = " ".join(
            [owner.text, *("forces" if w == "troops" else w for w in words)]
        ).replace(" 's", "'s")
    return _Candidate(span.start, span.end, "ORG", False, canonical, True, owner_span)


_POSSESSIVE = ("'s", "’s", "‘s", "`s")


def _state_body_name(text: str, gaz: Gazetteer) -> str | None:
    """The normal name of a state body the model labelled ORG: "Interior Ministry" ->
    "Ministry of Internal Affairs", "Georgia's Ministry of Internal Affairs" and "Ministry
    of Internal Affairs of Georgia" -> "Ministry of Internal Affairs of Georgia" (the
    country named by a demonym, a country's name, or its possessive, before or after)."""
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    body = state_body(" ".join(words))
    if body is not None:
        return body
    for k in range(1, min(4, len(words))):  # "<Owner>('s) <body>"
        owner = " ".join(words[:k])
        for mark in _POSSESSIVE:
            owner = owner.removesuffix(mark)
        body = state_body(" ".join(words[k:]))
        if body is not None and owner[:1].isupper():
            place = _owner_place(owner, gaz, countries_only=True)
            return f"{body} of {place.name}" if place is not None else None
    for k in range(len(words) - 2, 0, -1):  # "<body> of (the) <Country>"
        if words[k].lower() != "of":
            continue
        body = state_body(" ".join(words[:k]))
        owner = " ".join(w for w in words[k + 1 :] if w.lower() != "the")
        if body is not None and owner[:1].isupper():
            place = _owner_place(owner, gaz, countries_only=True)
            return f"{body} of {place.name}" if place is not None else None
    return None


def _government_of(span: Span, gaz: Gazetteer) -> _Candidate | None:
    doc = span.doc
    head = span[0].lower_
    first = span.start + 2 + (doc[span.start + 2].lower_ == "the")
    for end in range(span.end, first, -1):  # the longest run that names a country
        place = _owner_place(doc[first:end].text, gaz, countries_only=True)
        if place is not None and place.feature == "country":
            canonical = f"Government of {place.name}" if head in GOVERNMENT_HEADS else None
            return _Candidate(span.start, end, "ORG", False, canonical, True, (first, end))
    return None


def find_entities(
    doc: Doc,
    matcher: Matcher,
    gazetteer: Gazetteer | None = None,
    rules: Matcher | None = None,
) -> list[EntityMention]:
    """The component's work on one Doc (separate from the class so tests can call it)."""
    gaz = gazetteer or load_gazetteer()
    doc_id = context.doc_id(doc)
    sents = _Sentences.of(doc)
    spans: list[tuple[Span, _Candidate]] = []
    seen: set[tuple[int, int]] = set()
    matches = matcher(doc)
    if rules is not None:  # separate rule matcher (tests); the component passes one for both
        matches = [*matches, *rules(doc)]
    ruled = _rule_candidates(doc, matches, gaz)
    for cand in [*ruled, *_candidates(doc, matcher, matches)]:
        start, end = (
            (cand.start, cand.end) if cand.ruled else _joined_extension(doc, cand.start, cand.end)
        )
        span = _trim(doc[start:end])
        if len(span) == 0 or _junk(span) or (span.start, span.end) in seen:
            continue
        if not cand.ruled and cand.label and _common_word_at_start(span, gaz):
            continue
        while cand.label == "PERSON" and len(span) > 1 and span[-1].lower_ in UI_WORDS:
            span = span[:-1]  # a byline's "Jane Doe Published April 2": no name ends so
        seen.add((span.start, span.end))
        spans.append((span, cand))
    # Overlaps: rules first, then the longest (the hyphen-joined "Nur-Sultan" over "Nur").
    spans.sort(key=lambda sc: (sc[0].start, not sc[1].ruled, -(sc[0].end - sc[0].start)))
    kept: list[tuple[Span, _Candidate]] = []
    last_end = -1
    for span, cand in spans:
        if span.start >= last_end:
            kept.append((span, cand))
            last_end = span.end
        elif cand.ruled and kept and not kept[-1][1].ruled and span.end > last_end:
            kept[-1] = (span, cand)  # "Almaty police" beats the model's "Almaty" (ORG)
            last_end = span.end
    kept = _merge_adjacent_persons(doc, kept, sents)
    kept = _split_place_from_person(doc, kept, gaz)
    kept = _relabel_by_syntax(doc, kept, gaz)
    # Geocode every name that could be a place, the whole document together.
    # A ruled organisation is geocoded by its owner's name ("Almaty" of "Almaty police").
    geo_idx = [
        k
        for k, (_, c) in enumerate(kept)
        if not (c.ruled and c.label in ("ORG", "PERSON")) or c.owner
    ]
    geo_spans = [_geo_span(doc, *kept[k]) for k in geo_idx]
    # "Paris, Texas": a name right before ", <place>" lies inside that place
    within = comma_pairs([(sp.start_char, sp.end_char) for sp in geo_spans], doc.text)
    resolutions = resolve_places(
        [_geo_name(span) for span in geo_spans],
        trusted=[kept[k][1].label in PLACE_LABELS or kept[k][1].locative for k in geo_idx],
        gazetteer=gaz,
        fuzzy=[kept[k][1].label in PLACE_LABELS for k in geo_idx],  # _is_place's only taker
        within=within,
    )
    by_span: dict[int, Resolution] = dict(zip(geo_idx, resolutions, strict=True))
    contained = {geo_idx[i] for i, j in enumerate(within) if j is not None}
    nearby = _Nearby.of(
        r.place
        for k, r in by_span.items()
        if r.place is not None
        and r.match == "exact"
        and not r.ambiguous
        and kept[k][1].label in PLACE_LABELS
    )
    countries = frozenset(
        r.place.country_code
        for k, r in by_span.items()
        if r.place is not None
        and r.place.country_code
        and r.match == "exact"
        and (kept[k][1].label in PLACE_LABELS or r.place.feature == "country")
    )
    mentions: list[EntityMention] = []
    sites: set[int] = set()  # start offsets of unplaced names that _site_name accepts
    for k, (span, cand) in enumerate(kept):
        res = by_span.get(k)
        label = cand.label
        place: Place | None = None
        ambiguous = False
        n_cand = 0
        if cand.ruled:
            if res is not None and res.match == "exact" and not res.ambiguous:
                place = res.place  # the owner's place; a public place has no record of its own
        elif (
            res is not None
            and _is_place(span, cand, res, countries, gaz)
            and (
                k in contained
                or (cand.locative and cand.label in PLACE_LABELS)
                or not _lone_hamlet(span, res.place)
                or nearby.supports(res.place)
            )
        ):
            label = "GPE" if res.place is None or res.place.feature != "region" else "LOC"
            if cand.label == "LOC" or cand.label == "FAC":
                label = "LOC"
            place, ambiguous, n_cand = res.place, res.ambiguous, res.candidates
            span = _with_region_word(span, place)
        elif (label in PLACE_LABELS or (label == "ORG" and _seat(span))) and _site_name(span):
            label = "LOC"  # "Republic Square": placed at its town by _place_sites
        elif (
            label in ("", "ORG", "GPE", "LOC")
            and span.end < len(doc)
            and doc[span.end].lower_ in SUBDIVISION_WORDS
            and all(t.is_title for t in span)
        ):
            # "Pirganj upazila" where the gazetteer has no such town: a place all the same
            label, span = "GPE", doc[span.start : span.end + 1]
        elif label == "" and _site_name(span):
            label = "LOC"  # a run the model missed, named as a site ("at Rokeya University")
        elif label == "" and len(span) > 1 and span[-1].lower_ in ORG_HEADS:
            label = "ORG"  # "the Kisii Teachers Union": the head says what it is
        elif label == "" and len(span) == 1 and _acronym(span.text) and not (res and res.place):
            label = "ORG"  # "RAID and GIGN units": letters no gazetteer place has
        elif label == "FAC" or label == "" or label in SOFT_LABELS:
            continue
        elif (
            (label in PLACE_LABELS and _demonym(span))
            or (
                len(span) == 1
                and (_country_prefix(span.text) or _country_prefix(span.text.removesuffix("s")))
            )
            or _people_adjective(span, label, gaz)
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
        if place is None and (
            (label == "LOC" and _site_name(span)) or (label in PLACE_LABELS and _street(span))
        ):
            sites.add(span.start_char)
        mentions.append(
            EntityMention(
                doc=doc_id,
                start=span.start_char,
                end=span.end_char,
                text=span.text,
                label=label,
                sentence=sents.evidence(doc_id, span.start),
                canonical=cand.canonical
                or (label == "ORG" and _state_body_name(span.text, gaz))
                or span.text,
                place=place,
                ambiguous=ambiguous,
                candidates=n_cand,
                descriptors=_descriptors(span) if label == "ORG" else (),
                roles=_roles(span, gaz) if label == "PERSON" else (),
            )
        )
    mentions = _inside_towns(doc, mentions)
    mentions = _embedded_places(doc, mentions, gaz, sents, doc_id)
    mentions = _place_sites(doc.text, mentions, sites)
    defined = _defined_acronyms(doc)
    mentions = _add_acronym_mentions(doc, doc_id, mentions, sents, defined)
    return _other_names(doc.text, link_canonical(doc, mentions, defined))


# What a report writes between a name and the other name of the same thing: "Stepanakert,
# known in Azerbaijan as Khankendi", "the SCD, widely known as the White Helmets".
ALSO_KNOWN = re.compile(
    r"^\s*,?\s*(?:(?:also|widely|locally|better|commonly|officially|formerly)\s+)?"
    r"(?:known|called)(?:\s+(?:in|by|to)\s+[\w'’ -]{1,30}?)?\s+as\s+(?:the\s+)?[\"“‘']?$"
)
OTHER_NAME_GAP = 60  # characters between the two names at most


def _other_names(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """A name followed by another name of the same thing ("Jindires (Jandaris)", "X, known
    in Y as Z") links the second to the first: it takes the first's canonical form, and the
    one the gazetteer placed lends the other its label and place (the model may call an
    unfamiliar town a person). An acronym in brackets is left to the acronym rules."""
    out = list(mentions)
    order = sorted(range(len(out)), key=lambda k: out[k].start)
    # the next name, or the one after a name inside the gap ("known in Azerbaijan as")
    pairs = [(a, b) for k, a in enumerate(order) for b in order[k + 1 : k + 3]]
    for a, b in pairs:
        first, second = out[a], out[b]
        gap = text[first.end : second.start]
        if len(gap) > OTHER_NAME_GAP or first.label == "NORP" or second.label == "NORP":
            continue
        bracketed = gap.strip() == "(" and text[second.end : second.end + 1] == ")"
        letters = bracketed and (second.text.isupper() or _acronym(second.text))
        if not (ALSO_KNOWN.match(gap) or (bracketed and not letters)):
            continue
        # a town the model took for a person: the placed name lends its label and place
        if first.label == "PERSON" and first.place is None and second.place is not None:
            first = replace(first, label=second.label, place=second.place)
        elif second.label == "PERSON" and second.place is None and first.place is not None:
            second = replace(second, label=first.label, place=first.place)
        if first.label != second.label:
            continue
        out[a], out[b] = first, replace(second, canonical=first.canonical)
    return out


# SITE_NOUNS (sitrep.lexicon): the head nouns of a named landmark inside a town.


def _site_name(span: Span) -> bool:
    """A named site: a proper name ending in a site noun ("Republic Square", "Evin Prison").
    A bare site noun ("the Square") or a generic phrase ("the main square") is no name."""
    words = [t for t in span if not t.is_punct and t.lower_ not in ("the", "a", "an")]
    if len(words) < 2 or words[-1].lower_ not in SITE_NOUNS:
        return False
    if all(t.lower_ in OFFICIAL_SITE_WORDS for t in words[:-1]):
        return True  # "presidential palace": a landmark of the state, named by what it is
    if any(t.lower_ in ("national", "state") for t in words[:-1]):
        return False  # "Zion National Park", "a State Resort Park": an area, not in a town
    return any(t.text[:1].isupper() for t in words[:-1])


def _seat(span: Span) -> bool:
    """An organisation's name used for its grounds: "on the Dhaka University campus",
    "protested outside Cairo University". Not its staff's employer ("an official at
    Uttara Crescent Hospital" speaks for the hospital): the preposition hangs on a verb."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in SITE_PARTS:
        return True
    i = span.start - 1
    while i >= 0 and doc[i].lower_ in ("the", "a"):
        i -= 1
    return i >= 0 and doc[i].lower_ in SITE_PREPS and doc[i].head.pos_ in ("VERB", "AUX")


# A one-word name that only a town this small bears needs the document's own region to be
# that town, or the model's place label after a place preposition ("in Laconia"): "Congress"
# (Arizona), "Faith" (North Carolina), "Jack" (Alabama) are words and given names far more
# often than hamlets a report names without their state.
HAMLET_MAX_POPULATION = 20_000
NEARBY_KM = 150.0  # "near": the document names another place this close


def _lone_hamlet(span: Span, place: Place | None) -> bool:
    return (
        place is not None
        and place.feature == "city"
        and place.population < HAMLET_MAX_POPULATION
        and len([t for t in span if not t.is_punct]) == 1
    )


@dataclass(frozen=True, slots=True)
class _Nearby:
    """The places a document names with confidence: what makes a small town its own."""

    places: tuple[Place, ...]

    @classmethod
    def of(cls, places: Iterable[Place | None]) -> _Nearby:
        return cls(tuple(p for p in places if p is not None))

    def supports(self, p: Place | None) -> bool:
        """Whether another named place is near ``p`` or is its first-level region."""
        if p is None:
            return False
        for q in self.places:
            if q.geonameid == p.geonameid or q.feature == "country":
                continue
            if q.feature == "admin1" and (q.country_code, q.admin1) == (p.country_code, p.admin1):
                return True
            if q.feature != "admin1" and haversine_km((p.lat, p.lon), (q.lat, q.lon)) <= NEARBY_KM:
                return True
        return False


def _town_after(doc: Doc, m: EntityMention, by_start: dict[int, EntityMention]) -> Place | None:
    """The town a place name is written inside of: "<name> [area] in [the] <town>"."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return None
    k = span.end
    if k < len(doc) and doc[k].lower_ in LOCALITY_NOUNS:
        k += 1
    if k + 1 >= len(doc) or doc[k].lower_ != "in":
        return None
    k += 1 + (doc[k + 1].lower_ == "the")
    town = by_start.get(doc[k].idx) if k < len(doc) else None
    if town is None or town.label not in ("GPE", "LOC") or town.ambiguous or town.place is None:
        return None
    return town.place if town.place.feature == "city" else None


def _inside_towns(doc: Doc, mentions: list[EntityMention]) -> list[EntityMention]:
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
        town = _town_after(doc, m, by_start) if m.label in ("GPE", "LOC") else None
        p = m.place
        if town is not None and (
            p is None or haversine_km((p.lat, p.lon), (town.lat, town.lon)) > INSIDE_TOWN_KM
        ):
            m = replace(m, place=site_in(town, m.canonical), ambiguous=False, candidates=1)
        out.append(m)
    return out


def _street(span: Span) -> bool:
    """A named street ("Royal Street", "Hampton Avenue"), placed at its town like a site."""
    words = [t for t in span if not t.is_punct]
    return (
        len(words) >= 2
        and words[-1].lower_ in STREET_NOUNS
        and all(t.text[:1].isupper() for t in words[:-1])
    )


def _embedded_places(
    doc: Doc, mentions: list[EntityMention], gaz: Gazetteer, sents: _Sentences, doc_id: str
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
        if m.label != "ORG" or _acronym(m.text):
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
    return p.population >= _MIN_POP_WITHOUT_CONTEXT or any(
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
            k == 1 and _country_name(head.text)  # "US Justice Department", "U.S. Army"
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


def _place_sites(text: str, mentions: list[EntityMention], sites: set[int]) -> list[EntityMention]:
    """Place each named site (the mentions starting at ``sites``, which :func:`_site_name`
    accepted) at its town, as ACLED codes an event at a square or a prison
    (the town's point, geo_precision 1): the town its own name begins with when the
    document names that town ("Cairo Stadium"), else the town named in the same sentence,
    else the nearest town named before it in the same paragraph when that is the town the
    document names most ("... the centre of Almaty. ... on the Republic square"), else the
    town of the wire dateline the report is filed under ("QUITO, Oct 10 (Reuters) -").
    Otherwise the site stays unplaced: "analysts in London" two sentences before
    "Independence Square" do not make it London's, and a town from another paragraph may be
    another story's.

    Why: sites are where crowds gather and buildings burn, and no offline gazetteer lists
    them; their town is the best point the text itself supports.
    """
    towns = [m for m in mentions if m.place is not None and m.place.feature == "city"]
    if not towns:
        return mentions
    counts = Counter(t.place.geonameid for t in towns if t.place is not None).most_common(2)
    dominant = counts[0][0] if len(counts) == 1 or counts[0][1] > counts[1][1] else None
    filed = next((t for t in towns if _dateline_mention(text, t)), None)
    out: list[EntityMention] = []
    for m in mentions:
        if m.start not in sites:
            out.append(m)
            continue
        para_start = text.rfind("\n", 0, m.start) + 1
        own = fold_key(m.canonical.rsplit(" ", 1)[0])  # "Cairo" of "Cairo Stadium"
        close = [t for t in towns if own in (fold_key(t.text), fold_key(t.canonical))] or [
            t for t in towns if m.sentence.start <= t.start and t.end <= m.sentence.end
        ]
        earlier = [t for t in towns if para_start <= t.start and t.end <= m.start]
        town = min(close or earlier, key=lambda t: abs(t.start - m.start), default=None)
        if town is not None and not close and town.place is not None:
            # earlier in the paragraph: only the town the document is about (named twice+)
            town = town if town.place.geonameid == dominant and counts[0][1] > 1 else None
        if town is None and not close and filed is not None and filed.start < m.start:
            town = filed
        if town is None or town.place is None:
            out.append(m)
            continue
        out.append(replace(m, place=site_in(town.place, m.canonical), candidates=1))
    return out


def _dateline_mention(text: str, m: EntityMention) -> bool:
    """A town in capitals opening a line and followed by a comma or "(Agency)": the wire
    dateline ("QUITO, Oct 10 (Reuters) -")."""
    line_start = text.rfind("\n", 0, m.start) + 1
    after = text[m.end : m.end + 2]
    opens = not text[line_start : m.start].strip()
    return opens and m.text.isupper() and len(m.text) >= 3 and (after[:1] == "," or after == " (")


def _descriptors(span: Span) -> tuple[str, ...]:
    """What the text calls an organisation in apposition: "Hamas, the Islamist group",
    "the Russia-led alliance – the CSTO", "the CSTO, a military alliance comprised of...".
    Only organisation nouns count (not "a country", "a member")."""
    root = span.root
    heads = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        heads.append(root.head)
    doc = span.doc
    if (
        span.end + 2 < len(doc)
        and doc[span.end].text == ","
        and doc[span.end + 1].lower_
        in {
            "a",
            "an",
            "the",
        }
    ):
        # the parser often hangs "X, a military alliance" as two objects, not an apposition
        for tok in doc[span.end + 2 : span.end + 6]:
            if tok.pos_ == "NOUN" and tok.dep_ != "compound":
                heads.append(tok)
                break
            if tok.pos_ not in {"ADJ", "NOUN", "PROPN", "PUNCT", "VERB", "ADV"}:
                break
    found = {t.lemma_.lower() for t in heads} & ORG_DESCRIPTORS
    return tuple(sorted(found))


NOT_IN_OFFICE = frozenset({"former", "ex", "then", "late", "acting"})  # "former president X"


def _roles(span: Span, gaz: Gazetteer) -> tuple[str, ...]:
    """ "KZ:president" for "Kazakh President Kassym-Jomart Tokayev" or "Kazakhstan's
    President ..."; nothing for a former office ("former Kazakhstan president") or an
    office without its country."""
    doc = span.doc
    i = span.start - 1
    if i < 0:
        return ()
    if doc[i].lower_ in OFFICES:
        office, i = OFFICES[doc[i].lower_], i - 1
    elif i >= 1 and doc[i].lower_ == "minister" and doc[i - 1].lower_ == "prime":
        office, i = "prime minister", i - 2
    else:
        return ()
    if i >= 1 and doc[i].tag_ == "POS":  # "Kazakhstan's President"
        i -= 1
    if i < 0 or doc[i].lower_ in NOT_IN_OFFICE:
        return ()
    place = gaz.demonym(doc[i].text)
    if place is None:
        hits, _ = gaz.lookup(doc[i].text)
        place = next((gaz.places[h] for h in hits if gaz.places[h].feature == "country"), None)
    if place is None or not place.country_code or place.feature != "country":
        return ()
    if i >= 1 and doc[i - 1].lower_ in NOT_IN_OFFICE:
        return ()
    return (f"{place.country_code}:{office}",)


def _geo_span(doc: Doc, span: Span, cand: _Candidate) -> Span:
    return doc[cand.owner[0] : cand.owner[1]] if cand.ruled and cand.owner else span


def _with_region_word(span: Span, place: Place | None) -> Span:
    """ "Almaty region", "Pirganj upazila": a name read as a region or a second-level unit
    keeps the word that says so."""
    doc = span.doc
    if (
        place is not None
        and span.end < len(doc)
        and (
            (place.feature == "admin1" and doc[span.end].lower_ in REGION_WORDS)
            or doc[span.end].lower_ in SUBDIVISION_WORDS
        )
    ):
        return doc[span.start : span.end + 1]
    return span


def _relabel_by_syntax(
    doc: Doc, spans: list[tuple[Span, _Candidate]], gaz: Gazetteer
) -> list[tuple[Span, _Candidate]]:
    """Labels from the sentence, not the name alone.

    * a name the model missed that repeats a person's surname, or an organisation's name, used
      elsewhere in the document takes that label ("Azirbek urged ..." after "Saltanat Azirbek");
    * a missed or PRODUCT-labelled name coordinated with an organisation is one too ("ExxonMobil
      and Chevron", "Mir-24 and Tass");
    * a "person" in apposition to a company noun is an organisation ("Kazakhtelecom, the
      operator"), and an all-capitals "person" is an acronym ("RFE/RL");
    * an "organisation" in apposition to, or right after, a person noun or title is a person
      ("leader, Kassym-Jomart Tokayev").
    """
    surnames: set[str] = set()
    org_names: set[str] = set()
    for span, cand in spans:
        if cand.label == "PERSON" and len(span) > 1:
            surnames.add(span[-1].text)
        elif cand.label == "ORG" and not cand.ruled:
            org_names.add(span.text)
    ent_label = {k: label for k, label in _token_labels(spans).items()}
    out: list[tuple[Span, _Candidate]] = []
    for span, cand in spans:
        label = cand.label
        if cand.ruled:
            out.append((span, cand))
            continue
        if label in ("", *SOFT_LABELS):
            if label == "" and len(span) == 1 and span.text in surnames:
                label = "PERSON"
            elif span.text in org_names or _coordinated_with(span, ent_label, "ORG"):
                label = "ORG"
            elif span.root.dep_ == "appos" and span.root.head.lemma_.lower() in MEDIA_NOUNS:
                label = "ORG"
        elif label == "PERSON":
            if all(t.is_upper and len(t.text) <= 6 for t in span if t.is_alpha):
                label = "ORG"
            elif _apposition_lemma(span) in ORG_NOUNS:
                label = "ORG"
        elif label in ("ORG", "GPE", "NORP") and _person_by_context(span, gaz):
            label = "PERSON"
        out.append((span, cand if label == cand.label else replace(cand, label=label)))
    return out


def _token_labels(spans: list[tuple[Span, _Candidate]]) -> dict[int, str]:
    labels: dict[int, str] = {}
    for span, cand in spans:
        for i in range(span.start, span.end):
            labels[i] = cand.label
    return labels


def _coordinated_with(span: Span, labels: dict[int, str], label: str) -> bool:
    root = span.root
    if root.dep_ == "conj" and labels.get(root.head.i) == label:
        return True
    return any(c.dep_ == "conj" and labels.get(c.i) == label for c in root.children)


def _apposition_lemma(span: Span) -> str:
    root = span.root
    for child in root.children:
        if child.dep_ == "appos":
            return child.lemma_.lower()
    return ""


def _person_by_context(span: Span, gaz: Gazetteer) -> bool:
    if len(span) < 2 or any(t.lower_ in ORG_HEADS for t in span) or _acronym(span.text):
        return False
    if gaz.demonym(span.text) is not None or gaz.lookup(span.text)[0]:
        return False
    if not all(t.is_title for t in span if t.is_alpha):
        return False
    root = span.root
    if root.dep_ == "appos":  # "its government and leader, X Y": the head or its conjunct
        heads = {root.head.lemma_.lower(), *(c.lemma_.lower() for c in root.head.conjuncts)}
        if heads & PERSON_NOUNS:
            return True
    prev: Token | None = span.doc[span.start - 1] if span.start > 0 else None
    return prev is not None and prev.lower_ in PERSON_NOUNS | {"mr", "mrs", "ms", "dr"}


def _add_acronym_mentions(
    doc: Doc,
    doc_id: str,
    mentions: list[EntityMention],
    sents: _Sentences,
    defined: dict[str, str],
) -> list[EntityMention]:
    """The model rarely labels "(CSTO)" after its expansion, nor later bare uses: add them."""
    if not defined:
        return mentions
    covered = [False] * (len(doc.text) + 1)
    for m in mentions:
        covered[m.start : m.end] = [True] * (m.end - m.start)
    mentions = [
        *mentions,
        *(
            m
            for m in _expansion_mentions(doc, doc_id, defined, sents)
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
            sents.evidence(doc_id, t.i),
            t.text,
        )
        for t in doc
        if t.text.replace(".", "") in defined and not covered[t.idx]
    ]
    return sorted([*mentions, *extra], key=lambda m: m.start)


def _merge_adjacent_persons(
    doc: Doc, spans: list[tuple[Span, _Candidate]], sents: _Sentences
) -> list[tuple[Span, _Candidate]]:
    """ "Qasym-Zhomart" + "Toqaev": the model splits unfamiliar full names; rejoin them. So
    with a run of proper nouns it left unlabelled right after a person ("General Brice
    Clotaire" + "Oligui Nguema")."""
    out: list[tuple[Span, _Candidate]] = []
    text = doc.text
    for span, cand in spans:
        if out:
            prev, pcand = out[-1]
            surname = cand.label == "" and all(t.tag_ == "NNP" and t.is_title for t in span)
            if (
                pcand.label == "PERSON"
                and (cand.label == "PERSON" or surname)
                and text[prev.end_char : span.start_char] == " "
                and sents.of_token[span.start] == sents.of_token[prev.start]
            ):
                out[-1] = (doc[prev.start : span.end], pcand)
                continue
        out.append((span, cand))
    return out


def _split_place_from_person(
    doc: Doc, spans: list[tuple[Span, _Candidate]], gaz: Gazetteer
) -> list[tuple[Span, _Candidate]]:
    """ "clash in Alexandria Mubarak's position": a place and a surname run together, which the
    model reads as one person. A "person" after a place preposition whose first word is a
    country, a region or a city of 100,000 people, and whose other words are the name of a
    person the document names with another given name ("Hosni Mubarak"), is the place and
    that person. "in Jordan Peterson's book" stays whole unless the document names another
    Peterson."""
    given: dict[str, set[str]] = {}
    for span, cand in spans:
        if cand.label == "PERSON" and len(span) >= 2:
            given.setdefault(fold_key(span[-1].text), set()).add(fold_key(span[0].text))
    out: list[tuple[Span, _Candidate]] = []
    for span, cand in spans:
        if cand.label == "PERSON" and len(span) >= 2 and _locative(doc, span.start):
            others = given.get(fold_key(span[-1].text), set()) - {fold_key(span[0].text)}
            head = doc[span.start : span.start + 1]
            if others and _big_place(head.text, gaz):
                rest = doc[span.start + 1 : span.end]
                out.append((head, replace(cand, end=head.end, label="GPE", locative=True)))
                out.append((rest, replace(cand, start=rest.start, locative=False)))
                continue
        out.append((span, cand))
    return out


def _big_place(name: str, gaz: Gazetteer) -> bool:
    """A country, a first-level region or a city of 100,000 people known by exactly this name."""
    hits, match = gaz.lookup(name)
    places = [gaz.places[i] for i in hits] if match == "exact" else []
    return any(
        p.feature in ("country", "admin1")
        or (p.feature == "city" and p.population >= _MIN_POP_WITHOUT_CONTEXT)
        for p in places
    )


def _initials(words: Sequence[str]) -> str:
    skip = {"of", "the", "and", "for", "in", "on", "de", "la", "&"}
    return "".join(w[0] for w in words if w and w.lower() not in skip and w[0].isalpha()).upper()


def _acronym(text: str) -> bool:
    letters = text.replace(".", "").replace("-", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


def _defined_acronyms(doc: Doc, mentions: Iterable[EntityMention] = ()) -> dict[str, str]:
    """Acronyms the text defines: "Expansion (ACR)".

    The expansion is the capitalised words just before the brackets whose initials spell the
    acronym (function words skipped). An acronym of another language ("National Security
    Committee (KNB)", "Revolutionary Armed Forces of Colombia (FARC)") has other initials: it
    is taken when the whole capitalised name before the brackets ends in an organisation head.
    """
    del mentions  # the definition is read from the tokens: the model often misses "(ACR)"
    out: dict[str, str] = {}
    if "(" not in doc.text:
        return out
    open_id = doc.vocab.strings["("]  # token scan in numpy: Python Token objects are slow
    brackets = [int(i) + 1 for i in (doc.to_array("ORTH") == open_id).nonzero()[0]]
    for i in brackets:
        if i + 1 >= len(doc):
            continue
        t = doc[i]
        if not (doc[t.i + 1].text == ")" and _acronym(t.text)):
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
            continue
        name = _title_run_before(doc, t.i - 1)
        if name is not None and len(name) >= 2 and name[-1].lower_ in ORG_HEADS:
            out.setdefault(acr, name.text)
    return out


def _title_run_before(doc: Doc, end: int) -> Span | None:
    """The capitalised name ending just before token ``end`` ("of"/"the" allowed inside)."""
    j = end - 1
    while j >= 0 and (doc[j].is_title or (j < end - 1 and doc[j].lower_ in ("of", "and", "for"))):
        j -= 1
    start = j + 1
    while start < end and not doc[start].is_title:
        start += 1
    if start >= end or doc[start].lower_ in ("the", "a", "an"):
        start += int(start < end and doc[start].lower_ in ("the", "a", "an"))
    return doc[start:end] if start < end else None


def _expansion_mentions(
    doc: Doc, doc_id: str, defined: dict[str, str], sents: _Sentences
) -> list[EntityMention]:
    out = []
    text = doc.text  # Doc.text is rebuilt on every access
    for t in doc[1:-1]:
        acr = t.text.replace(".", "")
        if acr in defined and doc[t.i - 1].text == "(":
            end = doc[t.i - 1].idx
            while end > 0 and text[end - 1].isspace():
                end -= 1
            start = end - len(defined[acr])
            if text[start:end] == defined[acr]:
                out.append(
                    EntityMention(
                        doc_id,
                        start,
                        end,
                        defined[acr],
                        "ORG",
                        sents.evidence(doc_id, t.i),
                        defined[acr],
                    )
                )
    return out


def link_canonical(
    doc: Doc, mentions: list[EntityMention], defined: dict[str, str] | None = None
) -> list[EntityMention]:
    """Set ``canonical`` to the full form used in the document.

    * a person's surname (or "Mr. Surname") -> the longest PERSON name ending with it;
    * an acronym -> its expansion, when the text defines it ("Expansion (ACR)") or an ORG in the
      document has exactly those initials;
    * a rule's normal form ("Government of Kazakhstan") is kept;
    * places and everything else keep their own (trimmed) text.
    """
    mentions = _relabel_persons(doc, mentions)
    persons: Counter[str] = Counter()
    person_names: dict[int, str] = {}
    for k, m in enumerate(mentions):
        if m.label == "PERSON":
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            name = _strip_titles(span).text if span is not None else m.text
            person_names[k] = name
            if len(name.split()) >= 2:
                persons[name] += 1
    by_last: dict[str, list[str]] = {}
    for name in persons:
        by_last.setdefault(fold_key(name.split()[-1]), []).append(name)
    orgs = {m.text for m in mentions if m.label == "ORG" and not _acronym(m.text)}
    acronyms = dict(defined) if defined is not None else _defined_acronyms(doc, mentions)
    by_initials: dict[str, set[str]] = {}
    for name in orgs:
        initials = _initials(name.split())
        if len(initials) >= 2 and _acronym(initials):
            by_initials.setdefault(initials, set()).add(name)
    for initials, names in by_initials.items():
        if len(names) == 1:  # "UN" is not both "United Nations" and "UrduPoint News"
            acronyms.setdefault(initials, names.pop())
    out: list[EntityMention] = []
    for k, m in enumerate(mentions):
        canonical = m.canonical if m.canonical != m.text else m.text
        if m.label == "PERSON":
            name = person_names[k]
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
        out.append(m if canonical == m.canonical else replace(m, canonical=canonical))
    return out


def _person_like(m: EntityMention) -> bool:
    words = m.text.split()
    return (
        m.place is None
        and m.label in ("ORG", "NORP", "GPE")
        and m.canonical == m.text
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
    for a person elsewhere in the document is a person too, and so is a one-word non-place name
    that is the given name of a person the document names in full."""
    surnames: set[str] = set()
    full_names: set[str] = set()  # surnames of people named in full ("Hillary Clinton")
    given: set[str] = set()  # their given names ("Faith" of "Faith Margaret")
    for m in mentions:
        if m.label == "PERSON":
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            words = (_strip_titles(span).text if span is not None else m.text).split()
            if words:
                surnames.add(fold_key(words[-1]))
            if len(words) >= 2:
                full_names.add(fold_key(words[-1]))
                given.add(fold_key(words[0]))
    out = []
    for m in mentions:
        if _person_like(m) and (
            fold_key(m.text.split()[-1]) in surnames
            or (" " not in m.text.strip() and fold_key(m.text) in given)
        ):
            # a surname, or alone the given name of a person named in full ("Gotabhaya
            # arrives in Singapore" above "Gotabhaya Rajapaksa")
            m = replace(m, label="PERSON")
        elif _surname_as_town(m) and (
            fold_key(m.text) in full_names
            or (fold_key(m.text) in given and _given_name_hamlet(doc, m))
            or _addressed(doc, m)
        ):
            m = replace(m, label="PERSON", place=None, ambiguous=False, candidates=0)
        out.append(m)
    return out


# What follows a vocative set off by commas: the sentence goes on with a clause ("...,
# Anderson, when clearly ...", "..., Anderson, I think ..."), not with a list's next name
VOCATIVE_NEXT = frozenset({"SCONJ", "ADV", "PRON", "AUX", "VERB", "PART"})

# A town this small that shares its name with a person the document names in full is
# the person ("Obama said", "Mubarak's regime"): the model tags such surnames GPE.
SURNAME_TOWN_MAX_POPULATION = 500_000


def _given_name_hamlet(doc: Doc, m: EntityMention) -> bool:
    """A hamlet named like the given name of a person in the document ("baby Faith" beside
    "Faith Margaret") is the person, unless a place preposition introduces it ("in Faith")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return (
        m.place is not None
        and m.place.population < HAMLET_MAX_POPULATION
        and span is not None
        and not _locative(doc, span.start)
    )


def _addressed(doc: Doc, m: EntityMention) -> bool:
    """A name the sentence speaks to, which only a person is: the object of a verb of
    telling ("ElBaradei told Anderson that ..."), or a vocative after a common word
    ("Kafr Nabl, Idlib." and "Rockingham, Northamptonshire." name a town and its city or
    county) closing a sentence ("... see the way forward, Anderson.") or set off by commas
    inside it before a clause ("see the way forward, Anderson, when clearly ...": not after
    a noun, as "the capital, Cairo, where ..." names the capital)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN"):
        return False  # "told Springfield residents": the name modifies who is told
    if root.dep_ in ("dobj", "dative") and root.head.lemma_ in ADDRESS_VERBS:
        return True
    before = span.start - 1
    if not (
        before >= 1
        and doc[before].text in (",", "--", "\u2014")
        and doc[before - 1].text[:1].islower()  # "Rockingham, Northamptonshire." is a place
        and not doc[before - 1].ent_type_
    ):
        return False
    if after is None or after.text in (".", "?", "!"):
        return True
    clause = doc[span.end + 1] if span.end + 1 < len(doc) else None
    return (
        after.text == ","
        and clause is not None
        and clause.pos_ in VOCATIVE_NEXT
        and doc[before - 1].pos_ not in ("NOUN", "PROPN", "NUM")
    )


def _surname_as_town(m: EntityMention) -> bool:
    p = m.place
    return (
        m.label in ("GPE", "LOC")
        and p is not None
        and len(m.text.split()) == 1
        and p.feature not in ("country", "admin1", "admin2", "region")
        and (p.population or 0) < SURNAME_TOWN_MAX_POPULATION
    )


@Language.factory("sitrep_entities_v1")
def make_entity_finder(nlp: Language, name: str) -> EntityFinder:
    """Registered factory: the pinned model's NER checked and geocoded against GeoNames."""
    return EntityFinder(nlp)


__all__ += ["make_entity_finder", "geocode", "norm_key", "context_from"]
