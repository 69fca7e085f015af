"""When a figure was stated (as_of) and whether its sentence is about an earlier episode."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from spacy.tokens import Span, Token

from sitrep.extract.figure_words import (
    ATTACK_NOUNS,
    CONTRAST_MARKS,
    HARM_VERBS,
    MONTHS,
    ONSET_VERBS,
    REPORT_VERBS,
    RESULT_VERBS,
    TOLL_NOUNS,
    WEEKDAYS,
)
from sitrep.extract.figures.syntax import (
    _contrast_clause,
    _lemma,
    _path_up,
    _predicate,
    _previous_in_paragraph,
)

# "since Nov 28", "since the conflict broke out on Saturday": the start of a running total
_SINCE_BEFORE = re.compile(
    r"\bsince\s+(?:the\s+|an?\s+)?$|\bsince\b[^.;]{0,50}\b(?:began|begun|started|erupted|"
    r"broke\s+out|flared(?:\s+up)?|struck|hit|made\s+landfall)\s+(?:on\s+|last\s+)?$",
    re.I,
)
# So is any day the "since" clause goes on to give before a break ("since news of her death
# emerged on September 16", "since the violence erupted over the weekend", "since the
# protests erupted in the capital and the south on Tuesday"); not one a comma sets apart
# ("since the protests began, including 38 on Tuesday") nor the day a count stands at
# ("arrested since the coup as of Tuesday")
_SINCE_CLAUSE = re.compile(r"\bsince\s[^,;:.!?()\[\]\n–—\"“”]{0,100}$", re.I)
_STANDS_AT = re.compile(r"\b(?:as\s+(?:of|at)|by|until|till|through)\s+$", re.I)


def _since_start(doc, text: str, offset: int, anchor: Token | None = None) -> bool:
    """Whether the time expression at ``offset`` is the start a running total counts from,
    or the day of what began it: it follows a "since" with no break between, and the parse
    sets neither it in the clause the "since" phrase hangs from nor the count (``anchor``)
    in the "since" clause ("the first convoy since the disaster entered on 9 February with
    six trucks": the day the convoy entered)."""
    before = text[max(0, offset - 110) : offset]
    if _SINCE_BEFORE.search(text, max(0, offset - 80), offset):
        return True
    m = _SINCE_CLAUSE.search(before)
    if m is None or _STANDS_AT.search(before):
        return False
    at = doc.char_span(offset, offset + 1, alignment_mode="expand")
    start = offset - len(before) + m.start()
    word = doc.char_span(start, start + 5, alignment_mode="expand")
    if not at or not word:
        return True
    token, since = at[0], word[0]
    clause = since.head if since.dep_ == "mark" else since
    if anchor is not None and anchor in clause.subtree:
        return False
    if token in since.subtree:
        return True
    owner = since.head.head if since.dep_ == "mark" else since.head
    while owner.pos_ not in {"VERB", "AUX"} and owner.head != owner:
        owner = owner.head
    verb = next((t for t in token.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    return verb is None or not (verb == owner or verb in owner.ancestors)


# A day the sentence refers back to ("that first day", "on that day", "the same night"): the
# day an earlier sentence named, not the publication's ("As many as 20,000 protesters
# spilled into the streets that first day", in a later article retelling January 25)
_DAY_BACK = re.compile(
    r"\b(?:that|the\s+same|that\s+same|the\s+first|that\s+first|that\s+very)\s+"
    r"(?:day|night|morning|afternoon|evening)\b"
    # "Hours later, as many as 200,000 protesters assembled": the day just told
    r"|\b(?:hours|minutes|moments)\s+later\b",
    re.I,
)
# How many sentences back the day referred to is looked for
DAY_BACK_SENTENCES = 4


def _as_of(anchor: Token, times: list, published: dt.date | None, text: str) -> str | None:
    """The date of the sentence's nearest day-precise time expression, else publication."""
    sent = anchor.sent
    pub = published.isoformat() if published else None
    best = None
    month: tuple[int, str] | None = None  # the nearest month-precise time, by its last day
    named = _event_naming(anchor) + _contrasted_elsewhere(anchor)
    result = _result_toll(anchor)
    if times:
        for t in times:
            if not (sent.start_char <= t.start < sent.end_char) or not t.value or t.flag:
                continue
            if _COUNT_LEAD.match(t.text):
                continue  # "up from 40,000 a night earlier": a count read as days back
            if _STAMP.search(text, max(0, t.start - 12), t.end) and t.text[:1].isdigit():
                continue  # " date 2022-12-17 Clashes … left eight dead": the page's stamp
            if _POSSESSIVE.match(text, t.end) or any(s <= t.start < e for s, e in named):
                continue  # "Friday's earthquake": which event, not when the count stands
            if _dates_a_part(anchor, t.start):
                continue  # "56 have died in two weeks, including 38 on Tuesday": the part's day
            if _names_attack(anchor.doc, t.start, anchor):
                continue  # "the attacks on 21 April that claimed 250 lives": which attack
            if result and not _reported_on(anchor.doc, t.start, anchor):
                continue  # "opened fire on Friday night, killing over 60": the attack's day
            if t.anchor == "none" or _since_start(anchor.doc, text, t.start, anchor):
                continue  # "since Nov 28" starts a running total, which is as of the report
            day = t.last if "/" in t.value else (t.first if t.precision == "day" else None)
            if day and (pub is None or day <= pub):
                dist = abs(t.start - anchor.idx)
                if best is None or dist < best[0]:
                    best = (dist, day)
            elif (
                t.precision in {"month", "year"}
                and t.last
                and (pub is None or t.first <= pub)
                and _in_clause_of(anchor, t.start)
            ):
                # "Inflation reached 54.6 per cent in June": as of the month's end (or the
                # report, in the month it is written in), not a day of the sentence before;
                # "militants killed over 2,000 people last year": as of the year's end
                end = min(t.last, pub) if pub else t.last
                dist = abs(t.start - anchor.idx)
                if month is None or dist < month[0]:
                    month = (dist, end)
    else:
        for ent in sent.ents:
            if ent.label_ != "DATE" or _SINCE_BEFORE.search(
                text[max(0, ent.start_char - 80) : ent.start_char]
            ):
                continue
            day = _explicit_day(ent.text, published)
            if day and (pub is None or day <= pub):
                dist = abs(ent.start_char - anchor.idx)
                if best is None or dist < best[0]:
                    best = (dist, day)
    if best is None and month is not None:
        return month[1]
    if best is None:
        day = _heading_day(anchor.idx, times, published, text)
        if day is not None:
            return day
    if best is None and _DAY_BACK.search(sent.text):
        day = _day_referred(sent, times, published)
        if day is not None:
            return day
    if best is None and _narrative_past(anchor) and not _attack_toll(anchor) and not result:
        prev = _previous_in_paragraph(sent, text)
        if prev is not None:
            days = [d for d in _days_in(prev, times, published) if pub is None or d[1] <= pub]
            if days:
                return days[-1][1]
    return best[1] if best else pub


# Words that open a part of a count told beside it ("including 38 on Tuesday")
_PART_WORDS = frozenset({"including", "among"})


def _dates_a_part(anchor: Token, offset: int) -> bool:
    """Whether the time expression at ``offset`` dates a part the sentence breaks the count
    into, not the count ("At least 56 people have died during two weeks of protests,
    including 38 on Tuesday"): it lies in an "including" phrase the count is not in."""
    at = anchor.doc.char_span(offset, offset + 1, alignment_mode="expand")
    if not at:
        return False
    return any(
        a.lower_ in _PART_WORDS and a.dep_ == "prep" and anchor not in a.subtree
        for a in at[0].ancestors
    )


def part_day(anchor: Token, times: list, published: dt.date | None) -> str | None:
    """The day a part's own phrase gives it ("including 38 on Tuesday"), which the total it
    is a part of does not share; None when its phrase gives none."""
    part = next((a for a in anchor.ancestors if a.lower_ in _PART_WORDS and a.dep_ == "prep"), None)
    if part is None:
        return None
    lo, hi = part.left_edge.idx, part.right_edge.idx + len(part.right_edge)
    pub = published.isoformat() if published else None
    for t in times:
        if lo <= t.start < hi and t.value and not t.flag and t.precision == "day" and t.first:
            if "/" not in t.value and (pub is None or t.first <= pub):
                return t.first
    return None


# Counts of people whose one value, told twice, is one count
_RESTATED_MEASURES = frozenset(
    ("killed", "injured", "arrested", "detained", "treated", "protesters", "troops")
)


def restated_days(drafts: list, times: list, published: dt.date | None) -> list:
    """A count told again in a sentence that gives no day (a headline, a lead, a later
    paragraph: "with at least four of his supporters killed", "Four of Khan's supporters
    were killed in Quetta, …") stands when the text's dated telling of the same count does
    ("At least four people died … Tuesday"): the same measure and value, dated by one day
    only, before the report's. A sentence with a day keeps its reading ("opened fire on
    Thursday, killing at least nine": the act's day, the toll as of the report)."""
    if published is None:
        return drafts
    pub = published.isoformat()
    dayless = {  # no day but the report's own (a dateline's: "Islamabad, 10 May (EFE).-")
        d.sentence
        for d in drafts
        if not any(
            d.sentence.start <= t.start < d.sentence.end
            and t.value
            and t.precision == "day"
            and t.first != pub
            for t in times
        )
    }
    days: dict[tuple[str, float], set[str]] = {}
    for d in drafts:
        if d.measure in _RESTATED_MEASURES and d.quantity.value is not None and d.as_of:
            if d.as_of < pub:
                days.setdefault((d.measure, d.quantity.value), set()).add(d.as_of)
    out = []
    for d in drafts:
        told = days.get((d.measure, d.quantity.value), set())
        if d.as_of == pub and len(told) == 1 and d.sentence in dayless:
            d = replace(d, as_of=next(iter(told)))
        out.append(d)
    return out


def _names_attack(doc, offset: int, anchor: Token) -> bool:
    """Whether the time expression at ``offset`` dates an attack the sentence names, not the
    count ("Easter Sunday bomb blasts that killed 290 people", "the attacks on 21 April that
    claimed more than 250 lives", "a wave of bombings on Easter Sunday killed 321"): a day
    set on an attack noun (as its compound or by a preposition) names which attack; its
    toll is counted as of the report. Not a day of the count's own phrase, nor of an attack
    the count's clause is set in ("were killed in the Oct. 7 attack")."""
    sent = anchor.sent
    token = next((t for t in sent if t.idx == offset), None)
    if token is None or token in anchor.head.subtree and anchor.dep_ == "nummod":
        return False
    # "Easter Sunday suicide bomb blasts": the day stands before the attack noun it names
    after = token
    while after.i + 1 < sent.end and after.nbor(1).ent_type_ in {"DATE", "TIME"}:
        after = after.nbor(1)
    for t in sent[after.i + 1 - sent.start : after.i + 5 - sent.start]:
        if t.pos_ not in {"NOUN", "PROPN", "ADJ"}:
            break
        if _attack(t):
            return not _counted_in(t, anchor)
    # "the attacks on 21 April", "a wave of bombings on Easter Sunday": the day hangs from it
    t = token
    for _ in range(4):
        if t.dep_ not in {"pobj", "compound", "nummod", "prep", "npadvmod", "nmod"}:
            return False
        t = t.head
        if t.pos_ == "NOUN":
            return not _counted_in(t, anchor) and (
                _attack(t)
                or any(
                    _attack(o)
                    for c in t.children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for o in c.children
                )
            )
        if t.pos_ in {"VERB", "AUX"}:
            return False
    return False


def _attack(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and _lemma(noun) in ATTACK_NOUNS


def _counted_in(noun: Token, anchor: Token) -> bool:
    """The count's own clause sets it in the attack ("1,400 people were killed in the Oct. 7
    attack"): the attack's own count, of its day; not a toll the attack took as its deed."""
    return noun.dep_ == "pobj" and noun.head.head == _predicate(anchor)


def _result_toll(anchor: Token) -> bool:
    """The count is told as what an act resulted in: a participle after it ("gunmen opened
    fire on Friday night, killing over 60 people and injuring 145") or the object of "leave"
    ("the blast, which left more than 200 dead"). Such a toll is counted on after the act:
    the days of the act's clause date the act, the toll stands as of the report, or of the
    day its source gave it ("…, health authorities confirmed on Friday")."""
    pred = _predicate(anchor)
    if pred is None:
        return False
    if _lemma(pred) in RESULT_VERBS:
        return True
    first = pred
    while first.dep_ == "conj" and first.head.tag_ == "VBG":
        first = first.head  # "killing 60 and injuring 145": the second participle too
    return (
        first.tag_ == "VBG"
        and first.dep_ in {"advcl", "xcomp"}
        and _lemma(pred) in HARM_VERBS
        and first.i > first.head.i
    )


def _reported_on(doc, offset: int, anchor: Token) -> bool:
    """Whether the time expression at ``offset`` dates a verb of reporting ("confirmed on
    Friday", "said on Monday") or the toll's own words ("leaving at least 212 killed in
    clashes between July 16 and July 27"), not the act."""
    sent = anchor.sent
    token = next((t for t in sent if t.idx == offset), None)
    if token is None:
        return False
    own = set()
    for a in [anchor, *anchor.ancestors]:
        own.add(a.i)
        if a.tag_ == "VBG" or _lemma(a) in RESULT_VERBS:
            break
    for t in _path_up(token):
        if t.pos_ in {"VERB", "AUX"} and t is not token:
            return _lemma(t) in REPORT_VERBS or t.i in own or t in anchor.subtree
    return False


def _attack_toll(anchor: Token) -> bool:
    """The count is an attack's toll told as its subject's deed ("The bombing killed at least
    170 people"): the day an earlier sentence gave is the attack's, not the count's."""
    pred = _predicate(anchor)
    if pred is None:
        return False
    subj = next((c for c in pred.children if c.dep_ == "nsubj"), None)
    return subj is not None and _lemma(subj) in ATTACK_NOUNS


def _in_clause_of(anchor: Token, offset: int) -> bool:
    """Whether the word at ``offset`` lies in the clause of the number's predicate ("reached
    54.6 per cent in June"), not in a clause beside it ("unlike in Niger in July")."""
    pred = _predicate(anchor)
    if pred is None:
        return False
    return any(t.idx <= offset < t.idx + len(t) for t in pred.subtree if not _clause(t, pred))


def _clause(t: Token, pred: Token) -> bool:
    """Whether ``t`` sits in a clause of its own below ``pred`` (a verb between them)."""
    return any(a.pos_ in {"VERB", "AUX"} and a.dep_ != "aux" for a in _between(t, pred))


def _between(t: Token, pred: Token) -> list[Token]:
    out = []
    for a in t.ancestors:
        if a.i == pred.i:
            return out
        out.append(a)
    return out


# A list item ("- 550 buildings destroyed", "• 2,000 deaths") under a heading that dates the
# list ("KEY FIGURES (north-west Syria, as of 10 February)", "Casualties as at 5 March:"):
# situation reports and live blogs' key-point boxes.
_BULLET = re.compile(r"[ \t]*(?:[-–—•*▪·]|\d{1,2}[.)])[ \t]+")
_AS_OF = re.compile(r"\bas\s+(?:of|at)\s+", re.I)
# How many list items a heading's date reaches over
HEADING_ITEMS = 20


def _heading_day(offset: int, times: list, published: dt.date | None, text: str) -> str | None:
    """The day of the "as of" heading of the list the figure at ``offset`` is an item of."""
    start = text.rfind("\n", 0, offset) + 1
    if not _BULLET.match(text, start):
        return None
    for _ in range(HEADING_ITEMS):
        if start == 0:
            return None
        start = text.rfind("\n", 0, start - 1) + 1
        end = text.find("\n", start)
        line = text[start : end if end >= 0 else len(text)]
        if not line.strip():
            return None  # a blank line ends the list before any heading
        if _BULLET.match(line):
            continue
        cue = _AS_OF.search(line)
        if cue is None:
            return None
        pub = published.isoformat() if published else None
        at = start + cue.end()
        if times:
            for t in times:
                if t.start == at and t.value and t.precision == "day" and t.first:
                    return t.first if pub is None or t.first <= pub else None
            return None
        day = _explicit_day(line[cue.end() :], published)
        return day
    return None


# A page's date stamp glued to its first sentence (" date 2022-12-17 Clashes between …"):
# when the page was dated, not when its count stands
_STAMP = re.compile(r"(?:^|\n)\s*date:?\s+\d{4}-\d{2}-\d{2}\b", re.I)

# A time expression that opens with a count written in thousands ("40,000 a night earlier")
# took the count for its number of days: no date
_COUNT_LEAD = re.compile(r"\d{1,3}(?:,\d{3})+\b")


# A day in the possessive names the event it owns ("the toll from Friday's earthquake has
# risen to 2,862", "121 died in Saturday's bombings"), not the day a count stands at.
_POSSESSIVE = re.compile(r"['’]s?\b")


def _event_naming(anchor: Token) -> list[tuple[int, int]]:
    """Character spans of a toll's own subject when the number is the value the toll reaches
    ("The number of people killed in two attacks on Saturday has risen to 100, the president
    said on Sunday"): its days date the attacks, not the count."""
    if anchor.dep_ != "pobj" or anchor.head.lower_ not in {"to", "at"}:
        return []
    verb = anchor.head.head
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or _lemma(subj) not in TOLL_NOUNS:
        return []
    left, right = subj.left_edge, subj.right_edge
    return [(left.idx, right.idx + len(right.text))]


def _contrasted_elsewhere(anchor: Token) -> list[tuple[int, int]]:
    """Character spans of the clauses set against the number's ("The Gaza health ministry
    said 2,750 had been killed, while Israel says 1,400 were killed in the Oct. 7 attack"):
    their days are the other claim's."""
    own = _contrast_clause(anchor)
    out = []
    for t in anchor.sent:
        if (
            t.dep_ == "advcl"
            and t != own
            and anchor not in t.subtree
            and any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in t.children)
        ):
            left, right = t.left_edge, t.right_edge
            out.append((left.idx, right.idx + len(right.text)))
    return out


# "up from 40,000 the night before", "down from 1,311 the previous night", "a day earlier"
_DAY_BEFORE = re.compile(
    r"\s*(?:the\s+(?:night|day|evening)\s+before|the\s+previous\s+(?:night|day|evening)|"
    r"an?\s+(?:night|day|evening)\s+earlier|the\s+(?:night|day)\s+earlier)\b",
    re.I,
)


def day_before(as_of: str | None, text: str, end: int) -> str | None:
    """The day of a count's earlier value told as the day before its later one ("45,000
    deployed on Friday night, up from 40,000 the night before"): one day before ``as_of``;
    None when the words after the value (from ``end``) name no such day."""
    if as_of is None or not _DAY_BEFORE.match(text, end):
        return None
    return (dt.date.fromisoformat(as_of) - dt.timedelta(days=1)).isoformat()


def _day_referred(sent: Span, times: list, published: dt.date | None) -> str | None:
    """The latest day-precise date of the DAY_BACK_SENTENCES sentences before ``sent``."""
    pub = published.isoformat() if published else None
    for _ in range(DAY_BACK_SENTENCES):
        if sent.start == 0:
            return None
        sent = sent.doc[sent.start - 1].sent
        days = [d for _, d in _days_in(sent, times, published) if pub is None or d <= pub]
        if days:
            return days[-1]
    return None


def _days_in(sent: Span, times: list, published: dt.date | None) -> list[tuple[int, str]]:
    """(offset, day) of the day-precise time expressions of a sentence (not the start of a
    running total)."""
    out = []
    text = sent.doc.text
    if times:
        for t in times:
            if (
                sent.start_char <= t.start < sent.end_char
                and t.value
                and not t.flag
                and t.anchor != "none"
                and t.precision == "day"
                and not _COUNT_LEAD.match(t.text)
                and "/" not in t.value
                # "since the unrest began on Oct. 3": a running total's start, not the day
                # the sentence tells of
                and not _since_start(sent.doc, text, t.start)
            ):
                out.append((t.start, t.first))
    else:
        for ent in sent.ents:
            if ent.label_ == "DATE" and (day := _explicit_day(ent.text, published)):
                out.append((ent.start_char, day))
    return sorted(out)


def _narrative_past(anchor: Token) -> bool:
    """A simple-past event ("30 people died", "dozens were wounded") continues the time of the
    sentence before; a perfect or present one ("have died", "there are") is as of publication."""
    pred = _predicate(anchor)
    if pred is None:
        return False
    if pred.dep_ == "ccomp" and _lemma(pred.head) in REPORT_VERBS:
        return False  # "Police said 34 people were detained": the count the report gives
    auxes = [c for c in pred.children if c.dep_ in {"aux", "auxpass"}]
    if any(_lemma(a) in {"have", "will"} or a.tag_ in {"VBP", "VBZ", "MD"} for a in auxes):
        return False
    return pred.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes)


def _explicit_day(text: str, published: dt.date | None) -> str | None:
    """A fallback when the time stage did not run: "on Monday", "January 2nd", "5 January"."""
    if published is None:
        return None
    words = re.findall(r"[a-z]+|\d+", text.lower())
    if any(w in {"last", "next", "past", "ago", "since", "later", "earlier"} for w in words):
        return None
    for w in words:
        if w in WEEKDAYS:
            back = (published.weekday() - WEEKDAYS.index(w)) % 7
            return (published - dt.timedelta(days=back)).isoformat()
        if w in MONTHS:
            nums = [int(x) for x in words if x.isdigit()]
            days = [n for n in nums if 1 <= n <= 31]
            years = [n for n in nums if n > 1900]
            if not days:
                return None
            year = years[0] if years else published.year
            try:
                day = dt.date(year, MONTHS.index(w) + 1, days[0])
            except ValueError:
                return None
            if not years and day > published:
                day = day.replace(year=year - 1)
            return day.isoformat()
    return None


def _historical(
    sent: Span, times: list, published: dt.date | None, anchor: Token | None = None
) -> bool:
    """The sentence is about an earlier episode ("In 2011, 16 people were killed"): all its
    dated expressions end more than a year before publication. A date after "since" is the
    start of what is measured from it, no date of the episode told ("212 people killed amid
    the worst unrest since the end of apartheid in 1994"); nor is one the present is compared
    with ("M23, backed by 4,000 Rwandan troops, is stronger than in 2012")."""
    if published is None:
        return False
    limit = (published - dt.timedelta(days=366)).isoformat()
    lasts = []
    if times:
        lasts = [
            t.last
            for t in times
            if sent.start_char <= t.start < sent.end_char
            and t.last
            and not t.flag
            and t.timex != "PRESENT_REF"  # "Now, the regime is blamed for … in the 1970s"
            and not _since_bound(sent, t.start)
            and not _onset_bound(sent, t.start, anchor)
            and not _compared_bound(sent, t.start, anchor)
        ]
    else:
        for ent in sent.ents:
            if ent.label_ == "DATE":
                years = [int(y) for y in re.findall(r"\b(1[89]\d\d|2\d\d\d)\b", ent.text)]
                lasts.extend(f"{y}-12-31" for y in years)
    return bool(lasts) and all(last < limit for last in lasts)


def _since_bound(sent: Span, start: int) -> bool:
    """The time expression at character ``start`` hangs from a "since" of the sentence."""
    token = next((t for t in sent if t.idx <= start < t.idx + len(t.text)), None)
    return token is not None and any(
        a.lower_ == "since" and a.dep_ in {"prep", "mark"} for a in token.ancestors
    )


def _onset_bound(sent: Span, start: int, anchor: Token | None) -> bool:
    """The time expression at character ``start`` tells when what the count is of began, in
    a clause of its own ("Militant attacks that began in 2015 have claimed more than 2,000
    lives", "the insurgency, which started in 2017, has displaced 670,000"): the start of what
    is measured, as after "since"."""
    token = next((t for t in sent if t.idx <= start < t.idx + len(t.text)), None)
    return (
        token is not None
        and anchor is not None
        and any(
            a.pos_ == "VERB" and _lemma(a) in ONSET_VERBS and anchor not in a.subtree
            for a in token.ancestors
        )
    )


def _compared_bound(sent: Span, start: int, anchor: Token | None) -> bool:
    """The time expression at character ``start`` is what the sentence compares the count's
    present with: it hangs from a "than" ("stronger than in 2012") or a "compared with/to"
    that leaves the count out (not "longer than the unrest of November 2019, in which
    hundreds were killed", whose count is the compared episode's)."""
    token = next((t for t in sent if t.idx <= start < t.idx + len(t.text)), None)
    return (
        token is not None
        and anchor is not None
        and any(
            (
                (a.lower_ == "than" and a.dep_ in {"prep", "mark"})
                or (a.lower_ in {"compared", "unlike"} and a.dep_ in {"prep", "advcl", "mark"})
            )
            and anchor not in a.subtree
            for a in token.ancestors
        )
    )
