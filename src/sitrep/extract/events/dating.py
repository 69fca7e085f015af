"""Dating an event mention inside its document: the clause's time, the publication day for
the present tense, or the time the narrative is at."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from sitrep.extract.events.parse import Hit, _adjunct, _clause, _governing_verb, _since_clause
from sitrep.extract.events.vocabulary import (
    ADDING_VERBS,
    APART_UNIT_DAYS,
    BACKSTORY_DAYS,
    BOUND_PREPS,
    DAY_NAMES,
    DAY_TIMEX,
    DEMONSTRATIVES,
    DESCRIPTIVE_DEPS,
    DURATION_TIMEX,
    DURATION_UNIT_DAYS,
    MAX_EVENT_SPAN_DAYS,
    PAST_MODALS,
    RUNNING_TOTAL,
    STAMP,
    UP_TO_NOW,
    WEEKDAY,
    WRITTEN_DAY,
)
from sitrep.extract.events.whose_day import named_noun, names_another, said_on, since_when
from sitrep.extract.numbers import parse_number
from sitrep.extract.timenorm import value_span
from sitrep.records import (
    REFERENCE_BASIS,
    TimeExpression,
)

# A line longer than this is a paragraph on one line, not hard-wrapped prose; a text with
# at least this share of such lines is not hard-wrapped (a live page's entries, a page
# whose removed chrome left blank lines between its one-line paragraphs).
UNWRAPPED_LINE = 120
UNWRAPPED_SHARE = 0.2


def _paragraphs(text: str) -> list[int]:
    """Start offsets of the paragraphs: blank-line blocks for hard-wrapped prose (blank
    lines, and lines of a wrapping width), else lines (one paragraph per line: a live
    page's stamp, heading and entry are three, even when removed chrome left a blank line
    somewhere)."""
    blank = re.search(r"\n[ \t]*\n", text)
    lines = [n for line in text.split("\n") if (n := len(line.strip()))]
    long = sum(n > UNWRAPPED_LINE for n in lines)
    wrapped = blank is not None and long < UNWRAPPED_SHARE * len(lines)
    sep = re.compile(r"\n[ \t]*\n\s*") if wrapped else re.compile(r"\n\s*")
    return [0, *(m.end() for m in sep.finditer(text))]


def _paragraph_of(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset) - 1


def _span_days(value: str) -> int:
    """Days of a stated stretch ("2021-10-01/2022-01-05", from "over the past 15 months").
    A week, month or year ("in 2014", "a few years ago": 2017/2020) is a window the
    happening lies in, not a stretch, and counts 0."""
    a, _, b = value.partition("/")
    try:
        first, last = dt.date.fromisoformat(a[:10]), dt.date.fromisoformat((b or a)[:10])
    except ValueError:
        return 0
    return abs((last - first).days)


def _sentence_time(
    hit: Hit, times: list[TimeExpression], pub: dt.date | None = None
) -> TimeExpression | None:
    """The time expression that dates the hit: one inside its clause (the trigger's
    verb's subtree) first, else the first in the sentence (not for an adjunct, whose
    time the sentence does not give). A long stretch ("over the past year") dates a
    background, not the happening, so it does not count; nor does a time after the
    publication day for a happening told in the past: "troops threatened to storm Hama
    on Tuesday" was threatened before the report, "he said elections would be held in
    2013" was said before it."""
    # what a "when" clause on a day tells is that day's, however long the stretch the day
    # starts ("more than 35,000 killed since October 7, when gunmen attacked")
    when = [
        t
        for t in times
        if t.value
        and t.first
        and DAY_TIMEX.match(t.timex or "")
        and (_when_of(hit.trigger, t) or since_when(hit.trigger, t))
    ]
    if when:
        day = when[0].first[:10]  # type: ignore[index]
        return replace(when[0], value=day, first=day, last=day, precision="day")
    pool = [t for t in times if t.value and _span_days(t.value) <= MAX_EVENT_SPAN_DAYS]
    if hit.type == "statement" and hit.trigger.pos_ == "VERB":
        # what was said is not when: "officials say troops will storm Hama on Tuesday";
        # a time right after the verb is the saying's, wherever the parser hangs it ("said
        # on Sunday it had rebuffed...")
        said = hit.trigger
        right = said.nbor() if said.i + 1 < len(said.doc) else said
        right = right.nbor() if right.lower_ == "on" and right.i + 1 < len(said.doc) else right
        content = [
            (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
            for c in said.children
            # a clause said, with a verb of its own; not a verbless small clause ("declared
            # the ruling party the winner on Thursday": the declaring's day)
            if c.dep_ in {"ccomp", "xcomp"} and c.pos_ in {"VERB", "AUX"}
        ]
        pool = [
            t for t in pool if t.start == right.idx or not any(a <= t.start < b for a, b in content)
        ]
    if pub is not None and _told_in_past(hit.trigger):
        pool = [t for t in pool if (span := value_span(t.value)) is None or span[0] <= pub]
    pool = [t for t in pool if not _bound(hit.trigger.doc, t) and not names_another(hit.trigger, t)]
    # a page's date stamp run into the sentence dates it only when nothing else does
    pool = [t for t in pool if not _stamp(hit.trigger.doc, t)] or pool
    pool = [s for t in pool if (s := _since_stretch(hit.trigger.doc, t, pub)) is not None]
    sums = _running_sums(hit.trigger)
    # the "since" clause a total is counted from keeps its own time: in "raised the toll to
    # 64 killed since the demonstrations erupted on Tuesday" the outbreak is Tuesday's
    lo, hi = _clause(hit.trigger) if _since_clause(hit.trigger) else (0, 0)
    pool = [t for t in pool if lo <= t.start < hi or not any(a <= t.start < b for a, b in sums)]
    if not pool:
        return None
    if hit.type == "statement" and hit.trigger.pos_ == "VERB":
        # the saying's own day, before a day of what led up to it ("After more clashes on
        # Saturday, the night passed quietly, the authorities said on Sunday morning")
        own = [t for t in pool if said_on(hit.trigger, t)]
        if own:
            return own[0]
    when = [t for t in pool if _when_of(hit.trigger, t)]
    if when:
        return when[0]
    lo, hi = _clause(hit.trigger)
    rank = [(_assumed_day(t), _guessed_day(t, pool, hit.trigger.doc)) for t in pool]
    order = {id(t): r for t, r in zip(pool, rank, strict=True)}
    inside = sorted(
        (t for t in pool if lo <= t.start < hi),
        key=lambda t: (_describing(hit.trigger, t), *order[id(t)]),
    )
    if inside and _describing(hit.trigger, inside[0]):
        shared = _shared_time(hit.trigger, pool, lo)
        if shared is not None:
            return shared
    if inside or _adjunct(hit.trigger):
        return inside[0] if inside else None
    main = min(pool, key=lambda t: order[id(t)])
    shift = _days_apart(hit.trigger)
    if shift is not None:
        # "declared himself leader on Friday, two days after soldiers detained Bazoum"
        span = value_span(main.value)
        if not span or span[0] != span[1]:
            return None
        day = (span[0] - dt.timedelta(days=shift)).isoformat()
        return replace(main, value=day, first=day, last=day, precision="day")
    return main


def _days_apart(trigger: Token) -> int | None:
    """Days from the trigger's happening to the sentence's own, when its clause says how
    many ("a day after protesters stormed parliament" 1, "two days before the vote" -2;
    "hours after" 0); None when it does not."""
    verb = _governing_verb(trigger)
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head  # "... a day after protesters stormed parliament and 23 were killed"
    mark = next((c.lower_ for c in verb.children if c.dep_ == "mark"), None)
    if mark is None:
        # the parser may hang "after" on the stretch ("a day after more than a million
        # people took to the streets": "day" -> "after")
        mark = next(
            (
                g.lower_
                for c in verb.children
                if c.dep_ == "npadvmod"
                for g in c.children
                if g.dep_ == "prep" and g.lower_ in {"after", "before"}
            ),
            None,
        )
    if verb.dep_ != "advcl" or mark not in {"after", "before"}:
        return None
    for c in verb.children:
        unit = c.lemma_.lower()
        if c.dep_ != "npadvmod" or unit not in APART_UNIT_DAYS:
            continue
        count = next((g for g in c.children if g.dep_ in {"nummod", "det"}), None)
        if count is not None and count.lower_ in {"a", "an"}:
            n: float | None = 1.0  # "a day after"
        else:
            n = parse_number(count.text) if count is not None else None
        if n is None or n != int(n) or n > 31:
            return None
        days = int(n) * APART_UNIT_DAYS[unit]
        return days if mark == "after" else -days
    return None


def _describing(trigger: Token, t: TimeExpression) -> bool:
    """A time inside a description hung on a noun of the trigger's clause ("those
    arrested two days ago were released today"): it dates who is described, so a time of
    the clause's own ranks first."""
    span = trigger.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    verb = _governing_verb(trigger)
    for a in span.root.ancestors:
        if a.i == verb.i:
            return False
        if a.dep_ in DESCRIPTIVE_DEPS and a.head.pos_ in {"NOUN", "PRON", "PROPN", "DET"}:
            return True
    return False


def _shared_time(trigger: Token, pool: list[TimeExpression], lo: int) -> TimeExpression | None:
    """For a verb joined to an earlier one whose subject it shares, the earlier verb's
    own time when the joined verb's clause has only a description's ("Mubarak stepped
    down Friday and handed over power to the military, his rule ended by protests that
    began January 25": the handover is Friday's)."""
    verb = _governing_verb(trigger)
    if verb.i != trigger.i or verb.dep_ != "conj" or verb.head.pos_ not in {"VERB", "AUX"}:
        return None  # a noun's own description dates it ("protests that began January 25")
    first = verb.head.left_edge.idx
    own = [t for t in pool if first <= t.start < lo and not _describing(trigger, t)]
    return min(own, key=_assumed_day) if own else None


def _running_sums(tok: Token) -> list[tuple[int, int]]:
    """Character spans of the clauses in the trigger's sentence that add a count to a
    running total ("30 were killed, taking the toll to 75 in the past three days"): their
    time is the total's, not the happening's."""
    out = []
    for t in tok.sent:
        if t.lemma_.lower() not in ADDING_VERBS or t.i == _governing_verb(tok).i:
            continue
        if any(c.dep_ == "dobj" and c.lower_ in RUNNING_TOTAL for c in t.children):
            out.append((t.left_edge.idx, t.right_edge.idx + len(t.right_edge)))
    return out


def _assumed_day(t: TimeExpression) -> bool:
    """A clock time or part of the day with no day of its own ("at 6 p.m.", "that
    evening" read as the publication or the previous day) ranks after a time that names
    its day: in "at 6 p.m. local time on Tuesday" the day is Tuesday's."""
    return bool(
        t.timex
        and "T" in t.timex
        and t.anchor in {"publication", "previous"}
        and not DAY_NAMES.search(t.text)  # "the early hours of Monday morning" names it
    )


def _guessed_day(t: TimeExpression, pool: list[TimeExpression], doc: Doc) -> bool:
    """A weekday that names a noun's day ("the Easter Sunday attacks", "the Sunday attack"),
    read from the publication, ranks after a day the sentence writes out in full: told two
    weeks on, "the Easter Sunday attacks on 21 April" are of 21 April. A weekday that dates
    a verb keeps its day ("stepped down Friday ..., protests that began January 25")."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    return (
        span is not None
        and _weekday_only(t)
        and span.root.dep_ in {"compound", "nmod", "amod"}
        and span.root.head.pos_ in {"NOUN", "PROPN"}
        and any(WRITTEN_DAY.search(o.text) for o in pool)
    )


def _weekday_only(t: TimeExpression) -> bool:
    """A day named by its weekday alone ("Sunday night"), read from the publication."""
    digits = any(ch.isdigit() for ch in t.text)
    return t.anchor in {"publication", "previous"} and bool(WEEKDAY.search(t.text)) and not digits


def _bound(doc: Doc, t: TimeExpression) -> bool:
    """A time written as the bound of a stretch ("until 2028"): it dates no happening."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    return before.lower_ in BOUND_PREPS or (
        span.start >= 2 and before.lower_ == "the" and doc[span.start - 2].lower_ in BOUND_PREPS
    )


def _since_then(hit: Hit, last_day: str | None, pub: dt.date | None) -> str | None:
    """ "Georgian Dream has since announced ...": the happening lies between the last day
    the text told of and the report, a stretch no longer than a happening lasts."""
    verb = _governing_verb(hit.trigger)
    if pub is None or last_day is None or _now_tense(hit.trigger) != "perfect":
        return None
    if hit.type == "statement":
        return None  # what was said since is dated by its report
    if not any(c.lower_ == "since" and c.dep_ == "advmod" for c in verb.children):
        return None
    return _stretch_to(last_day, pub)


def _stretch_to(last_day: str | None, pub: dt.date) -> str | None:
    """From the last day the text told of to the report, when no longer than a happening
    lasts."""
    if last_day is None:
        return None
    try:
        first = dt.date.fromisoformat(last_day[:10])
    except ValueError:
        return None
    if not 0 < (pub - first).days <= MAX_EVENT_SPAN_DAYS:
        return None
    return f"{first.isoformat()}/{pub.isoformat()}"


def _stamp(doc: Doc, t: TimeExpression) -> bool:
    """A page's date stamp run into its first sentence (" date 2024-12-07 Police detained
    48 people overnight Friday ..."): the report's date, not the happening's."""
    text = doc.text[max(0, t.start - 40) : t.end]
    line = text[text.rfind("\n") + 1 :]
    return bool(STAMP.fullmatch(line))


def _when_of(trigger: Token, t: TimeExpression) -> bool:
    """The trigger tells what happened at the time: it sits in a "when" clause hung on
    the time ("over 300 dead since 15 July, when a student was killed by police")."""
    span = trigger.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    for a in (trigger, *trigger.ancestors):
        if a.head.i in range(span.start, span.end) and a.dep_ in {"relcl", "advcl", "acl"}:
            return any(c.lower_ == "when" for c in a.children)
        if a.i in range(span.start, span.end):
            return False
    return False


def _since_stretch(doc: Doc, t: TimeExpression, pub: dt.date | None) -> TimeExpression | None:
    """The time as it dates a happening. A time that starts a stretch running to the
    report ("protesting for more than a week since a Nov. 28 decision") is not that day's:
    the happening spans from that day to the report, when that is no longer than a
    happening lasts (what a "when" clause on the day tells is that day's: _sentence_time
    reads it first). A stretch with no first day ("rocked by unrest since an election at
    the end of October") or a longer one is a background: None."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or not any(
        a.lower_ == "since" and a.dep_ == "prep" for a in list(span.root.ancestors)[:4]
    ):
        return t
    if pub is None or not t.first or not DAY_TIMEX.match(t.timex or ""):
        return None  # "since the end of October", "since just over a week ago": no day
    try:
        first = dt.date.fromisoformat(t.first[:10])
    except ValueError:
        return None
    if not 0 <= (pub - first).days <= MAX_EVENT_SPAN_DAYS:
        return None
    return replace(t, value=f"{first.isoformat()}/{pub.isoformat()}", precision="day")


def _told_in_past(tok: Token) -> bool:
    """Whether the trigger's clause is told in the past or present perfect ("police
    arrested", "had marched", "have detained"), so the happening precedes the report."""
    verb = _governing_verb(tok)
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.tag_ == "MD" or a.lower_ == "to" for a in auxes):
        return False
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return True
    return verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes)


def _running_for(hit: Hit, times: list[TimeExpression], pub: dt.date | None) -> str | None:
    """A happening told as running up to the report for a stretch of days or weeks
    ("protesters hitting the streets for a week now", "have been demonstrating for two
    weeks"): that stretch, ending on the report's day. It is the movement's run, not one
    day's happening ("took to the streets for a seventh straight day" is the day's; "had
    protested for ten days in March" is told in the past)."""
    if pub is None or hit.type == "statement":
        return None
    verb = _governing_verb(hit.trigger)
    if _now_tense(hit.trigger) is None and not any(
        c.dep_ == "advmod" and c.lower_ in UP_TO_NOW for c in verb.children
    ):
        return None
    doc = verb.doc
    for t in times:
        m = DURATION_TIMEX.fullmatch(t.timex or "")
        span = doc.char_span(t.start, t.end, alignment_mode="expand") if m else None
        if m is None or span is None:
            continue
        prep = span.root.head
        if span.root.dep_ == "pobj" and prep.lower_ == "for" and prep.head.i == verb.i:
            days = int(m.group(1)) * DURATION_UNIT_DAYS[m.group(2)]
            first = pub - dt.timedelta(days=max(days - 1, 0))
            return f"{first.isoformat()}/{pub.isoformat()}" if days > 1 else pub.isoformat()
    return None


def _now_tense(tok: Token) -> str | None:
    """ "present" or "perfect" when the trigger's clause is told in the present
    ("protests are ongoing", "troops are being flown in") or present perfect
    ("protests have spread"); None for the past ("police arrested", "had marched")."""
    verb = _governing_verb(tok)
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    tags = [a.tag_ for a in auxes] + [verb.tag_]
    if any(t in {"VBD", "MD"} for t in tags):
        return None
    if any(a.lemma_ == "have" and a.tag_ in {"VBP", "VBZ"} for a in auxes):
        return "perfect"
    if any(t in {"VBP", "VBZ"} for t in tags):
        return "present"
    return None


def _narrative_past(sent: Span) -> bool:
    """The sentence goes on telling the story in the simple past ("police fired",
    "cars were torched", "police said protesters torched cars"), so it keeps the time
    the narrative is at. Present, perfect, pluperfect ("had ruled since 2019"), modal
    and verbless sentences step out of the narrative."""
    root = sent.root
    if root.pos_ not in {"VERB", "AUX"} or root.lemma_ == "be":
        return False  # a copula describes ("another sign was the arrest"), it does not narrate
    auxes = [c for c in root.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.lemma_ == "have" or a.tag_ in {"VBP", "VBZ"} for a in auxes):
        return False
    if any(a.tag_ == "MD" for a in auxes):  # "could not verify", "would" of reported plans
        return all(a.lower_ in PAST_MODALS for a in auxes if a.tag_ == "MD")
    return root.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes)


def _main_clause(tok: Token) -> bool:
    """Whether a token belongs to its sentence's main story rather than to a
    description hung on a noun ("Nazarbayev, who stepped down in 2019, ...")."""
    t = tok
    for _ in range(12):
        if t.head.i == t.i:
            return True
        if t.dep_ in DESCRIPTIVE_DEPS:
            return False
        t = t.head
    return True


def _narrative_time(
    doc: Doc, in_times: list[TimeExpression], pub: dt.date | None
) -> TimeExpression | None | bool:
    """The time a sentence moves the narrative to: its first main-clause time that is
    resolved, not flagged and not after publication (a plan is not the narrative's
    time). ``False`` when that time is a long stretch ("in 2019", "over the past year"):
    the text has left the day-by-day story, so nothing after it inherits a day.
    ``False`` too for a time cue that cannot be resolved ("after three days", "minutes
    before the troops arrived"): the story moved to a time sitrep does not know.
    ``None`` when the sentence states no time of its own."""
    for t in in_times:
        tok = doc.char_span(t.start, t.end, alignment_mode="expand")
        if tok is None or not _main_clause(tok.root) or t.timex == "PRESENT_REF":
            continue  # "now" dates the present, not the story told in the past
        if named_noun(doc, t) is not None:
            continue  # "marching against an October 25 coup": the coup's day
        if not t.value or t.flag or t.anchor == "none" or not t.first:
            return False  # a new time cue sitrep cannot place ("after three days")
        if (bounds := _bounds(t)) is None:
            continue
        first, last = bounds
        if pub is not None and first > pub + dt.timedelta(days=1):
            continue
        return t if (last - first).days <= MAX_EVENT_SPAN_DAYS else False
    return None


def _bounds(t: TimeExpression) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a resolved time (None when its days are no dates)."""
    try:
        return (
            dt.date.fromisoformat((t.first or "")[:10]),
            dt.date.fromisoformat((t.last or t.first or "")[:10]),
        )
    except ValueError:
        return None


def _backstory(
    doc: Doc, in_times: list[TimeExpression], pub: dt.date | None
) -> TimeExpression | None:
    """The long stretch well before the report a sentence moves the story back to ("sent
    troops into Hama in 1982 to crush an uprising"): what the next sentence tells of it
    by pointing back ("That attack killed thousands") happened then, not on the day of
    the report. None when the sentence's time is no such stretch."""
    if pub is None:
        return None
    for t in in_times:
        tok = doc.char_span(t.start, t.end, alignment_mode="expand")
        if tok is None or not _main_clause(tok.root) or not t.value or t.flag or not t.first:
            continue
        if (bounds := _bounds(t)) is None:
            continue
        first, last = bounds
        long = (last - first).days > MAX_EVENT_SPAN_DAYS
        return t if long and last < pub - dt.timedelta(days=BACKSTORY_DAYS) else None
    return None


def _points_back(trigger: Token) -> bool:
    """The happening is named by a demonstrative that points to what the sentence before
    told: "That attack killed thousands", "this crackdown left 300 dead"."""
    named = [c for c in trigger.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    if trigger.pos_ == "NOUN":
        named.append(trigger)
    return any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for t in named for c in t.children)


@dataclass(frozen=True, slots=True)
class _Narrative:
    """The time the text is narrating at a point of the document."""

    date: str
    precision: str | None
    para: int  # the paragraph that set it


def _date_of(
    hit: Hit,
    in_times: list[TimeExpression],
    narrative: _Narrative | None,
    para: int,
    past: bool,
    pub: dt.date | None,
    last_day: str | None = None,
) -> tuple[str | None, str | None, str | None]:
    """(date, precision, basis) of a hit; see :func:`extract_events`. ``last_day`` is
    the last day the text told of before the hit's sentence."""
    when = _sentence_time(hit, in_times, pub)
    # a stretch up to the report ("for a week now"), unless a day dates it ("for more
    # than a week since a Nov. 28 decision")
    running = None if when and when.timex != "PRESENT_REF" else _running_for(hit, in_times, pub)
    if running is not None:
        return running, "day", "sentence"
    if when is not None:
        return when.value, when.precision, "sentence"
    since = _since_then(hit, last_day, pub)
    if since is not None:
        return since, "day", "paragraph"
    if _adjunct(hit.trigger):
        # "following the deployment", "concerned about the clashes": a happening told
        # elsewhere, some time before; the resolver attaches it there, or leaves it out
        return None, None, REFERENCE_BASIS
    tense = _now_tense(hit.trigger)
    if tense == "present" and pub is not None:
        return pub.isoformat(), "day", "publication"
    # within its paragraph the narrative's time holds; carried from an earlier one it
    # holds only for a clause told in the past ("they have since fled" is "by now")
    if narrative is not None and (narrative.para == para or (past and tense is None)):
        return narrative.date, narrative.precision, "paragraph"
    if tense == "perfect" and pub is not None:
        # the present perfect runs up to the report: from the last time the text told of
        # ("the crackdown has been severe; security forces have employed rubber bullets")
        since = None if hit.type == "statement" else _stretch_to(last_day, pub)
        return (since, "day", "paragraph") if since else (pub.isoformat(), "day", "publication")
    return None, None, None
