"""Claim reconciliation: group figures that count the same thing, then explain their differences.

Why: an analyst must see every count that disagrees, never an average. Two
figures that differ are explained, in order, by (1) being the same claim
repeated, (2) counting a narrower scope (a city inside the country, police
inside the security forces, "treated" vs "injured"), (3) a count that grew
over time, or else (4) a true disagreement. A part larger than its whole, or a
later count lower than an earlier one, cannot be explained away and is a
disagreement.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from sitrep.extract.figure_words import SHARE_GROUP
from sitrep.records import (
    ClaimGroup,
    Conflict,
    Document,
    DocumentReading,
    FigureApart,
    FigureClaim,
    Place,
)
from sitrep.resolve import names as nm
from sitrep.resolve.claim_country import CountryMentions, country_mentions, to_crisis_country
from sitrep.resolve.claim_entries import entry_rank, entry_starts
from sitrep.resolve.claim_roles import (
    _breakdowns,
    _nested_copies,
    _place_relation,
    _remainders,
    _roles,
    _scope_rank,
)
from sitrep.resolve.claim_scopes import (
    _Extent,
    _part_kinds,
    _same_scope_kinds,
    _whole_kinds,
)
from sitrep.resolve.claim_topic import apart_figures
from sitrep.resolve.claim_words import (
    CROWD_MEASURES,
    DRIVEN_OUT,
    FACILITY_SOURCE,
    FIGHT_CUES,
    HELD_AS_ALL,
    HELD_FAMILIES,
    INCIDENT_CUES,
    INCLUDED_AFTER,
    INCLUDED_BEFORE,
    ONE_EVENT_GROUPS,
    PARTICIPLE_CUES,
    PERFECT,
    RATE_CUES,
    STAGE_MEASURES,
    STATEMENT_AFTER,
    STATEMENT_BEFORE,
    STILL_HELD,
    TOTAL_CUES,
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
SAME_TIME_DAYS = 1
# How far below an earlier total of its scope a later uncued count falls before it is read as
# one incident's count for the estimate (see _fallen)
FALLEN_RATIO = 10
# How far above every earlier number of its scope a later crowd in words may stand and still
# be the estimate: a crowd swells far faster than a toll grows (a first day's 20,000, the
# hundreds of thousands of the third week), but not without bound (see _grew_past)
CROWD_GROWTH_RATIO = FALLEN_RATIO**2
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
# The high end below which a vague word counts a few ("several", 3-9; "a handful", 3-5),
# not an order of magnitude ("dozens", 24-99): see _a_few
A_FEW_BELOW = 12
# How far from a number its incident or running-total cue is looked for (characters).
CUE_REACH = 160
# How far from its number a part's "including" or "of them" is looked for (characters).
INCLUDED_REACH = 40
# How far after its number a rate's cue is looked for, within the number's clause.
RATE_REACH = 60


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
    """The interval a figure is read as when compared with another: "more than 200" ~ 200-300."""
    lo, hi = figure_range(f)
    if f.qualifier == "about" and f.value is not None and f.low is None and f.high is None:
        lo, hi = f.value * (1 - ABOUT_BAND), f.value * (1 + ABOUT_BAND)
    if math.isinf(hi):
        hi = max(lo * OPEN_END_FACTOR, lo + 1)
    if f.qualifier == "up_to" and f.value is not None:
        lo = f.value / OPEN_END_FACTOR
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
            if any(w in nm.plain(f.group or "") for w in HELD_AS_ALL):
                breadth = 3  # the protesters held are everyone held
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
            )
        )
    return _shared_kinds(out)


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


def _included(f: FigureClaim, text: str) -> bool:
    """Whether the figure's sentence counts it inside a larger count: "including 12 U.S.
    service members", "among them 12 marines", "120 cars, 33 of them police vehicles". Its
    sentence explains how it differs from that count, and it is no count of the whole."""
    before = text[max(f.sentence.start, f.start - INCLUDED_REACH) : f.start]
    after = text[f.end : min(f.sentence.end, f.end + INCLUDED_REACH)]
    return bool(INCLUDED_BEFORE.search(before) or INCLUDED_AFTER.match(after))


def _still_held(f: FigureClaim, text: str) -> bool:
    """Whether the figure's sentence counts those still held ("over 100 people are still
    detained", "2,211 remain in detention"): a count at one time that falls as detainees
    are released, not the number arrested, which only grows."""
    s = max(f.sentence.start, f.start - CUE_REACH, 0)
    e = min(f.sentence.end, f.end + CUE_REACH, len(text))
    return STILL_HELD.search(text, s, e) is not None


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


def count_kind(f: FigureClaim, text: str) -> str:
    """ "incident" for one day's or one attack's count ("17 killed on Saturday", "two died in
    the blast"), "" for a running total or a count with no cue ("the toll rose to 300",
    "3,500 killed since March"): the cue nearest the number in its sentence decides, a
    total's cue on a tie."""
    kind = _cue(f, text)
    return "" if kind == "total" else kind


def _cue(f: FigureClaim, text: str) -> str:
    """count_kind's reading, with "total" for a running total's cue ("" for no cue). A
    weekday that dates the statement ("disclosed on Sunday that 147 ...") is no incident
    cue."""
    # the sentence, within CUE_REACH characters of the number (wire "sentences" of a whole
    # paragraph would cost a scan each)
    s = max(f.sentence.start, f.start - CUE_REACH, 0)
    e = min(f.sentence.end, f.end + CUE_REACH, len(text))
    sentence = text[s:e] if s < e else ""
    if not sentence:
        return ""
    at, end = f.start - s, f.end - s

    def nearest(cues: re.Pattern[str]) -> float:
        return min(
            (_gap(m, at, end) for m in cues.finditer(sentence) if not _statement_day(sentence, m)),
            default=math.inf,
        )

    # a rate closes the number's own clause: "40-70 people are being detained daily"
    clause = re.split(r"[.;:!?]|,\s", sentence[end:], maxsplit=1)[0]
    if RATE_CUES.search(clause[:RATE_REACH]):
        return "rate"
    fights = FIGHT_CUES.finditer(sentence)
    incident = min(
        [
            nearest(INCIDENT_CUES),
            *(_gap(m, at, end) for m in fights if not _perfect_between(sentence, m, at, end)),
        ]
    )
    total = nearest(TOTAL_CUES)
    if total == math.inf:
        incident = min(incident, nearest(PARTICIPLE_CUES))
    return "incident" if incident < total else "total" if total < math.inf else ""


def _gap(m: re.Match[str], at: int, end: int) -> float:
    """Characters between a cue and the number (at..end) in their sentence."""
    return max(m.start() - end, at - m.end(), 0)


def _perfect_between(sentence: str, m: re.Match[str], at: int, end: int) -> bool:
    """Whether a perfect stands between the number and a fight's cue: "2,000 ... have lost
    their lives in the fighting" is the fighting's sum so far, not one fight's count."""
    lo, hi = (end, m.start()) if m.start() >= end else (m.end(), at)
    return bool(PERFECT.search(sentence, min(lo, hi), max(lo, hi)))


def _statement_day(sentence: str, m: re.Match[str]) -> bool:
    """Whether a cue is the day of a statement: a reporting verb right before it ("said on
    Sunday") or right after it ("on Saturday shared a list", "on Sunday that")."""
    return bool(
        STATEMENT_BEFORE.search(sentence, 0, m.start())
        or STATEMENT_AFTER.match(sentence[m.end() : m.end() + 40])
    )


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


def _same_value(a: _Claim, b: _Claim) -> bool:
    return a.lo == b.lo and a.hi == b.hi


def _overlap(a: _Claim, b: _Claim) -> bool:
    (alo, ahi), (blo, bhi) = a.nominal, b.nominal
    return alo <= bhi and blo <= ahi


def _narrower(a: _Claim, b: _Claim) -> int:
    """-1 if a counts a narrower scope than b, 1 if b does, 0 if the same scope, 2 if unrelated:
    other places, or crossed scopes (a narrower place but a wider group or measure)."""
    rel = _place_relation(a, b)
    if rel == "disjoint":
        return 2
    signs = {-1 if rel == "a_in_b" else 1 if rel == "b_in_a" else 0}
    if a.breadth != b.breadth:
        signs.add(-1 if a.breadth < b.breadth else 1)
    if a.stage != b.stage:
        signs.add(-1 if a.stage else 1)
    signs.discard(0)
    if len(signs) > 1:
        return 2
    return signs.pop() if signs else 0


def _relation(a: _Claim, b: _Claim) -> str:
    """How the scopes of two figures of one group relate: "same" (compared over time),
    "a_part" or "b_part" (one counts within the other: a city in the country, police in
    the security forces, treated among injured, one incident within a running total), or
    "none" (not comparable: other places, or incidents of different kinds)."""
    if a.kind != b.kind and {"rate", "held"} & {a.kind, b.kind}:
        return "none"  # a rate is compared only with rates, those still held with their like
    if {"remainder", "updated", "included"} & {a.role, b.role}:
        # the unnamed rest of a breakdown, a live page's superseded entry, or a part its
        # sentence counts inside a larger count
        return "none"
    if a.corps and b.corps and a.corps != b.corps:
        return "none"  # the police's dead and the soldiers': two counts
    if "floating" in (a.role, b.role) and a.role != b.role:
        return "none"  # an undated count the series passed through
    if (a.role == "share" and _place_relation(a, b) == "a_in_b") or (
        b.role == "share" and _place_relation(a, b) == "b_in_a"
    ):
        return "none"  # a share its article explains
    if a.kind != b.kind:  # an incident count is a part of the running total
        place = _place_relation(a, b)
        incident_first = a.kind == "incident"
        if place == "disjoint" or place == ("b_in_a" if incident_first else "a_in_b"):
            return "none"  # a total for a place inside the incident's: not comparable
        whole, part = (b, a) if incident_first else (a, b)
        if (whole.stage and not part.stage) or whole.breadth < part.breadth:
            # one hospital's dead, or a village's ("90 of its 200 inhabitants were dead"),
            # are no total the whole attack's or quake's toll is a part of
            return "none"
        return "a_part" if incident_first else "b_part"
    rel = _narrower(a, b)
    return {2: "none", 0: "same", -1: "a_part", 1: "b_part"}[rel]


def _a_few(c: _Claim) -> bool:
    """Whether the figure is a word for a few ("several", "a few", "a handful", "a
    couple"): the handful a witness saw or a sentence mentions in passing ("several dead
    lay nearby", "journalists were targeted, with several injured"), which names no order
    of magnitude and so no count of the whole that another count could contradict, as
    "hundreds" against "thousands" does."""
    return c.fig.vague and c.hi < A_FEW_BELOW


def pair_kind(a: _Claim, b: _Claim) -> str | None:
    """How two figures of one group relate: None (agree), growth, scope or disagreement;
    a word for a few (see ``_a_few``) disagrees with nothing."""
    kind = _pair_kind(a, b)
    return None if kind == "disagreement" and (_a_few(a) or _a_few(b)) else kind


def _pair_kind(a: _Claim, b: _Claim) -> str | None:
    if _same_value(a, b) or _overlap(a, b):
        return None
    rel = _relation(a, b)
    if rel == "none":
        return None
    if rel != "same":
        part, whole = (a, b) if rel == "a_part" else (b, a)
        if part.nominal[0] > whole.nominal[1] and (
            whole.day is None or part.day is None or whole.day >= part.day
        ):
            return "disagreement"  # a part cannot exceed its whole
        if part.kind != whole.kind:
            return None  # an incident: the total's share
        if part.fig.measure in STAGE_MEASURES and whole.fig.measure not in STAGE_MEASURES:
            # the treated below the injured are among them; above an earlier count of the
            # injured, they tell it grew
            return "scope" if part.nominal[0] > whole.nominal[1] else None
        return "scope"
    if a.day and b.day and a.day != b.day:
        if a.kind == "crowd":
            return "growth"  # a crowd that grew or shrank: a series, either way
        if a.kind:
            return None  # two days' incidents: a series, not one count that changed
        early, late = (a, b) if a.day < b.day else (b, a)  # type: ignore[operator]
        if late.nominal[0] >= early.nominal[0] and late.nominal[1] >= early.nominal[1]:
            return "growth"
        return "disagreement"  # a later count below an earlier one
    return "disagreement"


def _staged(part: tuple, whole: tuple) -> bool:
    """Whether a scope key counts a stage ("treated") of the measure another counts."""
    return part[2] in STAGE_MEASURES and whole[2] not in STAGE_MEASURES


def _scope_key(c: _Claim) -> tuple:
    return (c.place_key, c.breadth, c.fig.measure, c.kind, c.role, c.corps)


# Place features a figure of another place can lie within (see claim_roles._place_relation)
_CONTAINING = frozenset({"country", "admin1"})


def _scope_pairs(keys: list[tuple], buckets: dict[tuple, list[_Claim]]) -> Iterable[tuple]:
    """The pairs of scope buckets whose places are not disjoint, each once: those of one
    place, and each bucket of a country, a region or no place with every other. Two towns
    are never related, so the pairs grow with the towns times the few wide places, not
    with the square of the towns (one long crisis names hundreds)."""
    by_place: dict[str, list[tuple]] = defaultdict(list)
    wide: list[tuple] = []
    for k in keys:
        c = buckets[k][0]
        by_place[c.place_key].append(k)
        if not c.place_key or (c.place is not None and c.place.feature in _CONTAINING):
            wide.append(k)
    for ks in by_place.values():
        for i, ka in enumerate(ks):
            for kb in ks[i + 1 :]:
                yield ka, kb
    order = {k: i for i, k in enumerate(keys)}
    wide_set = set(wide)
    for kw in wide:
        place = buckets[kw][0].place_key
        for k in keys:
            if buckets[k][0].place_key != place and (k not in wide_set or order[k] > order[kw]):
                yield (kw, k) if order[kw] < order[k] else (k, kw)


def _pair_kinds(reps: Sequence[_Claim], excluded: set[frozenset[int]]) -> dict[int, set[str]]:
    """For each figure (by ``id``), the kinds of the pairs it forms in its group, as
    ``pair_kind`` over every pair would give them: the disagreements read without the words
    for a few (``_a_few``), the other kinds with them."""
    every = _kinds_among(reps, excluded)
    if not any(_a_few(c) for c in reps):
        return every
    sure = _kinds_among([c for c in reps if not _a_few(c)], excluded)
    return {
        id(c): (every[id(c)] - {"disagreement"}) | (sure.get(id(c), set()) & {"disagreement"})
        for c in reps
    }


def _kinds_among(reps: Sequence[_Claim], excluded: set[frozenset[int]]) -> dict[int, set[str]]:
    """For each figure (by ``id``), the kinds of the pairs it forms in its group, as
    ``pair_kind`` over every pair would give them, in O(n log n) for n figures over a few
    scopes: the figures are bucketed by scope (place, breadth, measure, incident or total),
    the scopes related once per pair of buckets, and each figure is checked against the
    extents of the buckets of its own, wider and narrower scope. Figures in an ``excluded``
    pair (a total and its parts in one article) are checked pair by pair."""
    buckets: dict[tuple, list[_Claim]] = defaultdict(list)
    for c in reps:
        buckets[_scope_key(c)].append(c)
    keys = list(buckets)
    same: dict[tuple, list[tuple]] = {k: [k] for k in keys}
    wider: dict[tuple, list[tuple]] = defaultdict(list)
    narrower: dict[tuple, list[tuple]] = defaultdict(list)
    for ka, kb in _scope_pairs(keys, buckets):
        rel = _relation(buckets[ka][0], buckets[kb][0])
        if rel == "same":
            same[ka].append(kb)
            same[kb].append(ka)
        elif rel == "a_part":
            wider[ka].append(kb)
            narrower[kb].append(ka)
        elif rel == "b_part":
            wider[kb].append(ka)
            narrower[ka].append(kb)
    extents: dict[frozenset, _Extent] = {}

    def extent(ks: list[tuple]) -> _Extent:
        key = frozenset(ks)
        if key not in extents:
            extents[key] = _Extent.of(c for k in ks for c in buckets[k])
        return extents[key]

    paired = {i for pair in excluded for i in pair}
    out: dict[int, set[str]] = {}
    for k in keys:
        for c in buckets[k]:
            if id(c) in paired:
                continue
            if c.role == "updated":  # a live page's superseded entry: history, no pair
                out[id(c)] = set()
                continue
            kinds = _same_scope_kinds(c, extent(same[k]))
            for ks, kinds_of in ((wider[k], _part_kinds), (narrower[k], _whole_kinds)):
                # an incident below a running total is its share, not a difference of scope
                alike = [w for w in ks if w[3] == k[3]]
                unlike = [w for w in ks if w[3] != k[3]]
                # the treated below the injured are among them, not a difference of scope
                staged = [w for w in alike if _staged(k, w) or _staged(w, k)]
                alike = [w for w in alike if w not in staged]
                if staged:
                    kinds |= kinds_of(c, extent(staged), below=False)
                if alike:
                    kinds |= kinds_of(c, extent(alike))
                if unlike:
                    kinds |= kinds_of(c, extent(unlike)) & {"disagreement"}
            out[id(c)] = kinds
    for c in reps:  # a breakdown's total and parts: every pair but their own
        if id(c) in paired:
            out[id(c)] = {
                kind
                for d in reps
                if d is not c and frozenset((id(c), id(d))) not in excluded
                for kind in [_pair_kind(c, d)]
                if kind
            }
    return out


def _fmt_num(x: float) -> str:
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,.2f}"


def describe_value(f: FigureClaim) -> str:
    """A figure in words as the article gives it ("at least 164", "dozens (24-99)")."""
    if f.vague or f.value is None:
        words = f.text.strip() or "an unspecified number"
        if f.low is not None and f.high is not None:
            return f"{words} ({_fmt_num(f.low)}-{_fmt_num(f.high)})"
        return words
    prefix = {
        "at_least": "at least ",
        "more_than": "more than ",
        "about": "about ",
        "up_to": "up to ",
    }
    return prefix.get(f.qualifier, "") + _fmt_num(f.value)


def _describe(c: _Claim, copies: int) -> str:
    f = c.fig
    bits = [describe_value(f)]
    if f.group:
        bits.append(f.group)
    if f.place:
        bits.append(f"in {f.place}")
    src = f.claimed_by or "unattributed"
    when = c.day.isoformat() if c.day else "undated"
    extra = f", {copies} reports" if copies > 1 else ""
    return f"{' '.join(bits)} ({src}, {when}, doc {f.doc}{extra})"


@dataclass(frozen=True, slots=True)
class Reconciliation:
    groups: tuple[ClaimGroup, ...]
    conflicts: tuple[Conflict, ...]
    # the figures kept out of the groups as not the crisis's (another story on the page,
    # a reader's comment), with why (see claim_topic); they stay figure claims
    apart: tuple[FigureApart, ...] = ()


def _group_key(c: _Claim) -> tuple[str, str, str, str]:
    if (c.fig.group or "").endswith(SHARE_GROUP):
        # a share is of what its sentence says ("43% of Americans support", "60% of
        # Americans oppose"): two sentences' shares are not one count to compare
        return (c.family, c.label, c.country, f"{c.label} {c.fig.doc}:{c.fig.sentence.start}")
    return (c.family, c.side if not c.label else c.label, c.country, c.label)


def _distinct(claims: Sequence[_Claim]) -> list[list[_Claim]]:
    """Repeats of one claim (same value, scope and source, or copies) collapse into one; an
    incident or crowd count repeats only on its own day (200 on Friday and 200 on Monday
    are two crowds)."""
    buckets: dict[tuple, list[_Claim]] = defaultdict(list)
    for c in claims:
        key = (c.lo, c.hi, c.place_key, c.breadth, c.fig.measure, nm.folded(c.fig.group or ""))
        key += (c.day if c.kind else None,)
        buckets[key].append(c)
    return sorted(_nested_copies(buckets), key=lambda b: (b[0].day or dt.date.max, b[0].lo))


def _estimate(
    reps: Sequence[_Claim],
) -> tuple[float | None, float | None, str, tuple[_Claim, ...]]:
    """The best current estimate, with its basis in words: of the running totals (incident
    counts only when there is no total), those of the widest scope, and of them the latest
    (never simply the latest claim: "2 killed on Thursday" after "more than 300 killed since
    the protests began" is one day's count, "12 in Alexandria" a part of the country's)."""
    totals = [c for c in reps if not c.kind]
    pool = totals or list(reps)
    widest = max(_scope_rank(c) for c in pool)
    scoped = [c for c in pool if _scope_rank(c) == widest]
    fallen = _fallen(scoped) if totals else set()
    scoped = [c for c in scoped if id(c) not in fallen]
    # a live page's entries its later entry updated are history, not the day's range
    current = [c for c in scoped if c.role != "updated"]
    updated = len(scoped) - len(current) if current else 0
    scoped = current or scoped
    # a word ("millions", "dozens") is the estimate only when no claim of the scope states a
    # number, or when it is later than every number of the scope and above them all (the
    # count grew past them: "tens of thousands detained" a year after "10,000"): "thousands
    # arrested" after "10,000 arrested" does not replace the number, and a word on the day
    # of the stated tolls (a reader's comment) cannot outrank them; it stays listed
    numbered = [c for c in scoped if not (c.fig.vague or c.fig.value is None)]
    cap = CROWD_GROWTH_RATIO if pool[0].kind == "crowd" else FALLEN_RATIO
    grown = [c for c in scoped if c not in numbered and _grew_past(c, numbered, cap)]
    worded = len(scoped) - len(numbered) - len(grown) if numbered else 0
    scoped = [*numbered, *grown] if numbered else scoped
    dated = [c for c in scoped if c.day]
    if dated:
        latest = max(c.day for c in dated)  # type: ignore[type-var]
        recent = [c for c in dated if (latest - c.day).days <= SAME_TIME_DAYS]  # type: ignore[operator]
    else:
        latest, recent = None, list(scoped)
    # "numerous businesses" beside "about 400 businesses": the number is the estimate; the
    # vague claim stays listed, it does not widen the range to "10-999"
    earlier = len(scoped) - len(recent)
    recent = [c for c in recent if not (c.fig.vague or c.fig.value is None)] or recent
    # counts of people nest (protesters among everyone); a price in a city does not
    people = pool[0].fig.measure in PEOPLE_MEASURES
    outgrown = _outgrown(pool, scoped, recent, latest) if totals and people else []
    if outgrown:
        earlier += len(recent)
        latest = max(c.day for c in outgrown)  # type: ignore[type-var]
        recent = outgrown
    # "up to 2,000" beside "more than 1,000" states a ceiling, not a low end of 0
    floors = [c for c in recent if c.fig.qualifier != "up_to"] or recent
    lo_c = min(floors, key=lambda c: c.lo)
    hi_c = max(recent, key=lambda c: c.hi if math.isfinite(c.hi) else c.lo)
    high = hi_c.hi if math.isfinite(hi_c.hi) else hi_c.lo
    when = f"as of {latest.isoformat()}" if latest else "undated"
    what = "running total" if totals else f"{pool[0].kind} count"
    scope = "of a narrower scope above the widest's" if outgrown else "of the widest scope"
    if lo_c is hi_c:
        basis = f"latest {what} {scope} ({when}): {_describe(lo_c, 1)}"
    else:
        basis = (
            f"latest {what}s {scope} ({when}) range from {_describe(lo_c, 1)}"
            f" to {_describe(hi_c, 1)}"
        )
    if outgrown:
        basis += "; the wider count is at least as large, so its lower earlier figures are history"
    if earlier:
        basis += f"; {earlier} earlier figure(s) kept as history"
    if worded:
        basis += f"; {worded} figure(s) in words beside the stated numbers not used"
    if updated:
        basis += f"; {updated} earlier live-page entry(ies) the page updated kept as history"
    narrower = len(pool) - len(scoped) - len(fallen) - worded - len(outgrown) - updated
    if narrower:
        basis += f"; {narrower} figure(s) of a narrower place, group or measure not used"
    if fallen:
        basis += (
            f"; {len(fallen)} later count(s) far below an earlier total read as counts of one"
            " incident, not used"
        )
    incidents = len(reps) - len(totals) if totals else 0
    if incidents:
        basis += f"; {incidents} incident count(s) (one day or one attack) not used"
    return lo_c.lo, high, basis, (lo_c,) if lo_c is hi_c else (lo_c, hi_c)


def _grew_past(word: _Claim, numbered: Sequence[_Claim], cap: float = FALLEN_RATIO) -> bool:
    """A count in words stated after every number of its scope and wholly above them, but
    less than ``cap`` times the highest: a running total does not jump tenfold between
    reports any more than it falls tenfold (see _fallen), so "millions" in a reader's
    rhetoric after "2,000 killed" stays listed, not the estimate; a crowd may swell a
    hundredfold (CROWD_GROWTH_RATIO)."""
    top = max((n.nominal[1] for n in numbered), default=0.0)
    return (
        word.day is not None
        and word.lo < top * cap
        and all(n.day is not None and n.day < word.day and n.nominal[1] < word.lo for n in numbered)
    )


def _outgrown(
    pool: Sequence[_Claim],
    scoped: Sequence[_Claim],
    recent: Sequence[_Claim],
    latest: dt.date | None,
) -> list[_Claim]:
    """The latest running totals of a scope nested in the widest one ("over 400 protesters
    detained" within everyone detained, a city within its country) stated no earlier than the
    widest scope's latest totals and above all of them: the wider count is at least as large,
    so they, not the earlier, lower figures of the wider scope, are the current estimate.
    Counts in words, incident counts and shares their article explains do not qualify."""
    if latest is None:
        return []
    top = max(c.hi if math.isfinite(c.hi) else c.lo for c in recent)
    inside = {id(c) for c in scoped}
    found = [
        c
        for c in pool
        if id(c) not in inside
        and c.day is not None
        and c.day >= latest
        and not c.kind
        and not c.role
        and not (c.fig.vague or c.fig.value is None)
        and c.lo > top
        and any(_narrower(c, w) == -1 for w in recent)
    ]
    if not found:
        return []
    last = max(c.day for c in found)  # type: ignore[type-var]
    return [c for c in found if (last - c.day).days <= SAME_TIME_DAYS]  # type: ignore[operator]


def _fallen(scoped: Sequence[_Claim]) -> set[int]:
    """The claims read as running totals that fell far below the earlier totals of their scope.

    A running total does not shrink FALLEN_RATIO-fold: an uncued count that far below the
    median of the earlier totals ("six people were killed" months after "more than 1,000
    dead") counts one incident, not the whole; it stays in the group, it is not the estimate.
    The median, not the highest, sets the bar, so one misread number ("6,000,000 killed")
    does not push every later total aside; words ("millions") and fallen counts set none."""
    dated = sorted((c for c in scoped if c.day), key=lambda c: c.day)  # type: ignore[arg-type,return-value]
    out: set[int] = set()
    seen: list[float] = []  # the earlier days' stated totals, sorted
    today: list[float] = []
    day = None
    for c in dated:
        if c.day != day:
            for x in today:
                bisect.insort(seen, x)
            today, day = [], c.day
        bar = seen[len(seen) // 2] if seen else 0.0  # the upper median
        top = c.hi if math.isfinite(c.hi) else c.lo
        if bar and top * FALLEN_RATIO < bar:
            out.add(id(c))
        elif not (c.fig.vague or c.fig.value is None):
            today.append(c.fig.value if c.fig.value is not None else c.lo)
    return out


_KIND_WORDS = {
    "growth": "the count grew over time",
    "crowd": "the crowd grew or shrank over time (counts of different days are a series)",
    "scope": "the figures count different scopes (place, group or measure)",
    "disagreement": "sources disagree and the difference is not explained by time or scope",
}


def reconcile(
    figures: Iterable[FigureClaim],
    index: EntityIndex,
    documents: Sequence[Document],
    readings: Sequence[DocumentReading] = (),
    about: str | None = None,
    kept_apart: Mapping[str, FigureApart] | None = None,
    mentioned: CountryMentions | None = None,
) -> Reconciliation:
    """Claim groups with a best current estimate, and the conflicts an analyst should see;
    figures that are not the crisis's (read outside the body text, or, given the
    ``readings``, in a sentence of another story) are kept apart from both, as are those
    ``kept_apart`` names (judged so by an earlier, whole-corpus resolution). The countries
    the articles name (``mentioned``, read from the ``readings`` when not given) decide
    which figures count in the crisis's country (:mod:`sitrep.resolve.claim_country`)."""
    docs = {d.id: d for d in documents}
    figures = list(figures)
    apart = apart_figures(figures, documents, readings, index, about)
    ids = {f.id for f in figures}
    for a in (kept_apart or {}).values():
        if a.figure in ids:
            apart.setdefault(a.figure, a)
    claims = _placed(_claims((f for f in figures if f.id not in apart), index, docs))
    claims = to_crisis_country(
        claims, country_mentions(readings) if mentioned is None else mentioned
    )
    grouped: dict[tuple[str, str, str, str], list[_Claim]] = defaultdict(list)
    for c in claims:
        grouped[_group_key(c)].append(c)
    groups: list[ClaimGroup] = []
    conflicts: list[Conflict] = []
    for key in sorted(grouped):
        members = grouped[key]
        distinct = _distinct(members)
        reps = _roles([b[0] for b in distinct])
        copies = {id(r): b for r, b in zip(reps, distinct, strict=True)}
        low, high, basis, chosen = _estimate(reps)
        gid = f"G{len(groups) + 1}"
        place = _broadest_place(reps)
        groups.append(
            ClaimGroup(
                gid,
                key[0],
                _side_label(key[1], reps),
                place,
                tuple(c.fig.id for c in members),
                low,
                high,
                basis,
                estimate_figures=tuple(f.fig.id for c in chosen for f in copies[id(c)]),
                kinds=tuple((c.fig.id, c.kind) for c in members if c.kind),
            )
        )
        breakdowns = _breakdowns(reps)
        remainders = _remainders(reps, breakdowns)
        if remainders:
            swapped = [replace(c, role="remainder") if id(c) in remainders else c for c in reps]
            copies = {id(n): copies[id(o)] for o, n in zip(reps, swapped, strict=True)}
            reps = swapped
        kinds = _pair_kinds(reps, breakdowns)
        by_kind: dict[str, list[_Claim]] = defaultdict(list)
        for c in reps:
            for kind in kinds[id(c)]:
                by_kind[kind].append(c)
        for kind in ("disagreement", "growth", "scope"):
            involved = sorted(by_kind.get(kind, []), key=lambda c: (c.day or dt.date.max, c.lo))
            if len(involved) < 2:
                continue
            if kind == "scope" and all(c.fig.vague or c.fig.value is None for c in involved):
                continue  # words of different scopes ("scores", "thousands"): no count differs
            if kind == "scope" and len({(c.fig.doc, c.fig.sentence.start) for c in involved}) == 1:
                continue  # one sentence tells a count and its part ("25 civilians, five of
                # them children"): the article explains the difference itself
            fig_ids = tuple(f.fig.id for c in involved for f in copies[id(c)])
            joiner = " -> " if kind == "growth" else " vs "
            parts = joiner.join(_describe(c, len(copies[id(c)])) for c in involved)
            words = _KIND_WORDS["crowd" if kind == "growth" and involved[0].kind else kind]
            about = (
                f"{key[0].replace('_', ' ').capitalize()} ({_side_label(key[1], reps)}"
                f"{', ' + place if place else ''}): {parts}. {words.capitalize()}."
            )
            conflicts.append(Conflict(f"C{len(conflicts) + 1}", about, kind, fig_ids, key[0]))
    return Reconciliation(tuple(groups), tuple(conflicts), tuple(apart.values()))


def _broadest_place(reps: Sequence[_Claim]) -> str | None:
    best = max(reps, key=lambda c: c.place.precision if c.place else 2)
    return best.fig.place


def _side_label(side: str, reps: Sequence[_Claim]) -> str:
    if reps and reps[0].label:
        return reps[0].fig.group or "all"
    if side == "security":
        return "security forces"
    labels = {nm.plain(c.fig.group or "all") for c in reps}
    return "all / civilians" if len(labels) > 1 else next(iter(labels))
