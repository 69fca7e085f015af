"""Figures read into claims: what each counts, of whom, where, when and how widely, resolved
once for the comparisons that follow.

Why: two figures can be compared only once it is known what each counts. A figure's measure
is folded into its family ("treated" among the injured), its group into a side and a breadth
(the police within the security forces within everyone) and a corps, its place into a
gazetteer key and a country, its value into the interval it asserts and the narrower one it
is read as when compared ("more than 200" ~ 200-300), and its sentence's cues
(:mod:`sitrep.resolve.claim_cues`) into a kind: an incident, a crowd, a rate, those still
held, or a running total. A figure whose article names no place counts in the country of its
article's other figures (``_placed``). :mod:`sitrep.resolve.claim_pairs` relates the claims
and :mod:`sitrep.resolve.claims` groups and reconciles them.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from sitrep.records import Document, FigureClaim, Place
from sitrep.resolve import names as nm
from sitrep.resolve.claim_cues import _cue, _included, _still_held, _still_treated
from sitrep.resolve.claim_entries import entry_rank, entry_starts
from sitrep.resolve.claim_words import (
    CROWD_MEASURES,
    DRIVEN_OUT,
    FACILITY_SOURCE,
    HELD_AS_ALL,
    HELD_BY_SEX,
    HELD_FAMILIES,
    INCREMENT_BEFORE,
    ONE_EVENT_GROUPS,
    STAGE_MEASURES,
    TREATED_FAMILIES,
)
from sitrep.resolve.entities import EntityIndex

# Measures that count the same people at different stages; the first is the family name.
MEASURE_FAMILY: dict[str, str] = {
    "killed": "killed",
    "injured": "injured",
    "treated": "injured",
    "arrested": "arrested",
    "detained": "arrested",
}

# Families a medical facility counts (its wounded, its dead): see claim_words.FACILITY_SOURCE
FACILITY_FAMILIES = frozenset({"killed", "injured"})

# Words in a group label that mark armed state personnel.
_SECURITY_WORDS = (
    "security",
    "police",
    "soldier",
    "troop",
    "officer",
    "military",
    "army",
    "law enforcement",
    "guard",
    "servicem",
    "gendarm",
    "militar",
)

# The corps of armed state personnel, by word stems of a group label: two corps are two
# counts ("51 civilians, 11 police officers and seven soldiers were killed"), never one
# count that disagrees; a label naming no corps ("security forces") spans them.
_CORPS = (
    ("police", ("police", "policem", "gendarm", "riot officer")),
    ("military", ("soldier", "troop", "army", "military", "militar", "servicem", "marine")),
)

_ALL_WORDS = ("all", "unspecified", "total", "people", "person", "everyone", "overall")

# Labels that explicitly exclude the security forces ("people other than security forces").
_EXCLUDING_WORDS = ("other than", "non ", "excluding", "except")

# Measures that count people; other measures (prices, "other") only group with the same label.
PEOPLE_MEASURES = frozenset(
    {"killed", "injured", "treated", "arrested", "detained", "protesters", "troops"}
)

# How far above its figure an open-ended claim ("more than 200") is read when comparing
# claims: reporters round down to a figure near the count, they do not mean "any number above".
OPEN_END_FACTOR = 1.5

# How far either side of its value an approximate figure ("about 400", "some 350") is read
# when compared with another: a writer who rounds 350 writes "about 350", not "about 400"
# (figure_range keeps the wider 10% for the estimate).
ABOUT_BAND = 0.05


# A number in a figure's words, as a numeral or a word for one ("only one", "a single")
_A_NUMBER = re.compile(r"\d|\b(?:one|single|sole|lone|only)\b", re.I)


@dataclass(frozen=True, slots=True)
class _Claim:
    """One figure with what the reconciliation needs, resolved once."""

    fig: FigureClaim
    family: str
    side: str  # security | civil
    breadth: int  # 3 all, 2 family-wide, 1 a specific part
    place_key: str
    place: Place | None
    country: str
    lo: float
    hi: float  # math.inf for "at least"
    day: dt.date | None
    nominal: tuple[float, float]  # the interval the figure is read as when compared
    label: str  # the counted group's label (folded), part of the key for non-people measures
    # "incident" (one day's or one attack's count), "crowd" (the people present at one time),
    # "rate" (a count per day or week), "held" (those still held at one time, not all ever
    # arrested) or "" (a running total); counts of a kind other than "" on different days
    # are a series
    kind: str = ""
    # "share": a part its own article sets inside a same-day total of a wider place (that
    # total's share, compared with no figure of a wider place); "floating": an undated
    # total inside the range its scope's dated totals span (any day's count of the series,
    # compared with no dated figure); "remainder": the unnamed rest of a breakdown ("25 in
    # other provinces"), compared with nothing; "updated": a live page's running total a
    # later entry of the page raises (claim_entries), compared with nothing; "included": a
    # part its own sentence counts inside a larger count ("killing dozens, including 12
    # U.S. service members"), compared with nothing; "" otherwise
    role: str = ""
    # its own sentence marks it a running total ("so far", "the toll"): it takes no kind
    # from a restatement of the count elsewhere in its article
    total_cue: bool = False
    # it counts a stage of its measure: "treated", or the patients of one facility whose
    # staff give the count (claim_words.FACILITY_SOURCE): narrower than the measure itself
    stage: bool = False
    # the time rank of the live page's clock-stamped entry that holds it (claim_entries),
    # None outside a live page
    entry: int | None = None
    # the corps of a security group that names one ("police", "military"), else ""
    corps: str = ""
    # one person its sentence tells of, with no number ("the wife of the ambassador died"):
    # one victim among the toll, compared with nothing
    person: bool = False


def _group_side(label: str | None) -> tuple[str, int]:
    """Which side a counted group is on, and how broad it is."""
    s = " " + nm.plain(label or "") + " "
    if any(w in s for w in _EXCLUDING_WORDS):
        return "civil", 2
    if any(w in s for w in _SECURITY_WORDS):
        broad = "security" in s or ("police" in s and ("soldier" in s or "military" in s))
        return "security", 2 if broad else 1
    if not label or any(f" {w} " in s for w in _ALL_WORDS):
        return "civil", 3
    if "civilian" in s:
        return "civil", 2
    return "civil", 1 if any(w in s for w in ("minor", "child", "attacker", "journalist")) else 2


def _corps(label: str | None) -> str:
    """The one corps a security group's label names ("police officers" -> "police"), or ""
    for none or several ("police and soldiers", "security forces")."""
    s = nm.plain(label or "")
    named = {corps for corps, stems in _CORPS if any(w in s for w in stems)}
    return named.pop() if len(named) == 1 else ""


def figure_range(f: FigureClaim) -> tuple[float, float]:
    """The interval a figure asserts: "at least 164" -> [164, inf), "dozens" -> [24, 99]."""
    v = f.value
    if f.low is not None or f.high is not None:
        lo = f.low if f.low is not None else (v if v is not None else 0.0)
        hi = f.high if f.high is not None else (v if v is not None else math.inf)
        return float(lo), float(hi)
    if v is None:
        return 0.0, math.inf
    if f.qualifier in {"at_least", "more_than"}:
        return float(v), math.inf
    if f.qualifier == "up_to":
        return 0.0, float(v)
    if f.qualifier == "about":
        return float(v) * 0.9, float(v) * 1.1
    return float(v), float(v)


def nominal_range(f: FigureClaim) -> tuple[float, float]:
    """The interval a figure is read as when compared with another: "more than 200" ~ 200-300,
    "as many as 13" ~ 12.35-13. A ceiling ("as many as", "as high as", "up to") is the highest
    count a source gives, read near its number as an approximate one is: a floor read up to
    half as much again and a ceiling read as far down would tell "at least eight" and "as high
    as 13" of one day apart, two sources' counts as one."""
    lo, hi = figure_range(f)
    if f.qualifier == "about" and f.value is not None and f.low is None and f.high is None:
        lo, hi = f.value * (1 - ABOUT_BAND), f.value * (1 + ABOUT_BAND)
    if math.isinf(hi):
        hi = max(lo * OPEN_END_FACTOR, lo + 1)
    if f.qualifier == "up_to" and f.value is not None:
        lo = f.value * (1 - ABOUT_BAND)
    return lo, hi


def _day(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.split("/")[-1][:10])
    except ValueError:
        return None


def _claims(
    figures: Iterable[FigureClaim], index: EntityIndex, docs: dict[str, Document]
) -> list[_Claim]:
    out = []
    pages: dict[str, tuple[list[int], bool]] = {}
    for f in figures:
        family = MEASURE_FAMILY.get(f.measure, f.measure)
        side, breadth = _group_side(f.group)
        if family in HELD_FAMILIES and side == "civil" and breadth == 2:
            plain = nm.plain(f.group or "")
            if any(w in plain for w in HELD_AS_ALL) or (
                plain.split() and set(plain.split()) <= HELD_BY_SEX
            ):
                breadth = 3  # the protesters held (or "24 men") are everyone held
        ent = index.lookup(f.place)
        place = ent.place if ent else None
        place_key = str(place.geonameid) if place and place.geonameid else nm.folded(f.place or "")
        country = (place.country_code or "") if place else nm.folded(f.place or "")
        lo, hi = figure_range(f)
        doc = docs.get(f.doc)
        day = _day(f.as_of) or _day(doc.published if doc else None)
        label = (
            _troops_of(f.group, index)
            # a country's soldiers killed or hurt are its count ("Six Russian peacekeepers
            # died"), not the host forces'
            if f.measure == "troops" or (f.group or "").endswith(" soldiers")
            else ""
            if f.measure in PEOPLE_MEASURES
            else _count_noun(nm.folded(_driven_out(f.group or "")))
        )
        cue = (
            "crowd"
            if f.measure in CROWD_MEASURES
            else "incident"
            if f.group in ONE_EVENT_GROUPS
            else _cue(f, doc.text if doc else "")
        )
        if family in HELD_FAMILIES and doc is not None and _still_held(f, doc.text):
            cue = "held"
        if family in TREATED_FAMILIES and doc is not None and _still_treated(f, doc.text):
            cue = "held"  # the injured still in hospital: a stock, as those still held are
        stage = f.measure in STAGE_MEASURES or (
            family in FACILITY_FAMILIES
            and doc is not None
            and FACILITY_SOURCE.search(doc.text, f.sentence.start, f.sentence.end) is not None
        )
        if f.doc not in pages:
            pages[f.doc] = entry_starts(doc.text) if doc is not None else ([], False)
        included = doc is not None and _included(f, doc.text)
        if included:
            breadth = min(breadth, 1)
        out.append(
            _Claim(
                f,
                family,
                side,
                breadth,
                place_key,
                place,
                country,
                lo,
                hi,
                day,
                nominal_range(f),
                label,
                "" if cue == "total" else cue,
                total_cue=cue == "total",
                stage=stage,
                entry=entry_rank(*pages[f.doc], f.start),
                corps=_corps(f.group) if side == "security" else "",
                role="included" if included else "",
                person=_a_person(f),
            )
        )
    return _first_addends(_shared_kinds(out), docs)


def _a_person(f: FigureClaim) -> bool:
    """Whether the figure is one person its sentence tells of, with no number ("the wife of
    the Dutch ambassador succumbed to her injuries", "a resident was shot dead", "an
    Internal Security Forces member was killed"): one victim among the toll, not a count
    of anyone; "one man died" is a count and stays compared."""
    return f.value == 1 and f.qualifier == "exact" and not _A_NUMBER.search(f.text or "")


def _driven_out(group: str) -> str:
    """The label of people driven from their homes, however it is worded ("300,000 people
    displaced", "left thousands homeless", "fled their homes"): one count, "displaced"."""
    return "displaced" if DRIVEN_OUT.search(group) else group


def _count_noun(label: str) -> str:
    """A counted group's folded label with its words in the singular: a count of one takes
    the singular noun ("only one explosion occurred" beside "at least two explosions"), so
    the number of the noun is no part of what is counted."""
    return " ".join(
        w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
        for w in label.split()
    )


def _troops_of(group: str | None, index: EntityIndex) -> str:
    """Whose troops a group counts, when its first words name a country ("french troops",
    "united states soldiers"): "troops of FR". Two countries' troops are two counts, never
    one count that disagrees ("1,500 French troops are stationed in Niger, while the United
    States has about 1,100 soldiers in the country")."""
    words = (group or "").split()
    for n in (2, 1):
        ent = index.lookup(" ".join(words[:n])) if len(words) > n else None
        code = ent.place.country_code if ent is not None and ent.place is not None else None
        if code:
            return f"troops of {code}"
    return ""


def _first_addends(claims: list[_Claim], docs: dict[str, Document]) -> list[_Claim]:
    """A count its sentence adds another to is the first of the sum's parts: "166 suspects
    had been arrested in KwaZulu-Natal and another 323 detained in Gauteng", "12 died on
    Monday and a further eight on Tuesday". Like the increment after it (see claim_cues),
    it counts one place's or one period's share (an incident), no total of the scope."""
    by_sentence: dict[tuple, list[_Claim]] = defaultdict(list)
    for c in claims:
        by_sentence[(c.fig.doc, c.fig.sentence.start, c.family)].append(c)
    first: set[int] = set()
    for (doc_id, start, _), same in by_sentence.items():
        doc = docs.get(doc_id)
        if doc is None or len(same) < 2:
            continue
        for later in same:
            if not INCREMENT_BEFORE.search(doc.text, start, later.fig.start):
                continue
            first.update(id(c) for c in same if c.fig.end <= later.fig.start)
    return [
        replace(c, kind="incident")
        if id(c) in first and not c.kind and not c.total_cue and not c.role
        else c
        for c in claims
    ]


def _shared_kinds(claims: list[_Claim]) -> list[_Claim]:
    """A count an article states twice is one count: the headline's "48 detained" is the
    lead's "detained 48 people overnight", an incident, though the headline has no cue."""
    kinds: dict[tuple, str] = {}
    for c in claims:
        if c.kind and c.fig.value is not None:
            kinds.setdefault((c.fig.doc, c.family, c.lo, c.hi), c.kind)
    return [
        replace(c, kind=kinds.get((c.fig.doc, c.family, c.lo, c.hi), c.kind))
        if not c.kind and not c.total_cue and c.fig.value is not None
        else c
        for c in claims
    ]


def _placed(claims: list[_Claim]) -> list[_Claim]:
    """A figure whose article names no place for it counts in the country its article's
    other figures are placed in, else in the country most figures of the corpus are placed
    in: "10 police officers were injured" in a report from Tbilisi is a Georgian count, to
    be compared with the others. Its place stays unknown (the broadest scope)."""
    by_doc: dict[str, Counter[str]] = defaultdict(Counter)
    corpus: Counter[str] = Counter()
    for c in claims:
        if c.country and c.place is not None:
            by_doc[c.fig.doc][c.country] += 1
            corpus[c.country] += 1
    out = []
    for c in claims:
        if c.country:
            out.append(c)
            continue
        votes = by_doc.get(c.fig.doc) or corpus
        out.append(replace(c, country=votes.most_common(1)[0][0]) if votes else c)
    return out
