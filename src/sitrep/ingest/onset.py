"""The day a crisis began, as its reports give it (step 2 of ``ingest.dating``).

Reports count from the crisis's start: "the fifth day of protests", "eight days after the
quake", "Two weeks ago". The onset is the start date most texts give ("began on July 1",
"since Nov. 28"); else the weekday they give it ("erupted on Saturday", "Tuesday's
explosion"), on the day a text writes in full on that weekday or the last such weekday
before the earliest dated text; else the landmark day most texts name (an earthquake's, a
blowout's). In a corpus of months, that landmark and any day three texts name are what the
reports recall, never a report's own day (``_named_days``). A text that names the start by
the onset's weekday was written in the week after it (``_starts_on``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence

from sitrep.ingest import metadata
from sitrep.ingest.metadata.vocab import _SUDDEN_ONSET
from sitrep.ingest.written import (
    _as_written,
    _body,
    _in_period,
    _month_days,
    _stated_own,
    own_date,
    readable,
)
from sitrep.records import Document

_WEEKDAY = "|".join(metadata._WEEKDAYS)
_OPENING_NOUN = (
    r"(?:protests?|demonstrations?|rall(?:y|ies)|riots?|clash(?:es)?|unrest|violence|fighting)"
)
_START_VERB = r"(?:began|begun|started|erupted|broke\s+out|flared(?:\s+up)?|kicked\s+off|launched)"
# what began on a weekday: "erupted on Saturday", "killed since Friday", "Initial violent
# protests on Friday morning"
_START_WEEKDAY = re.compile(
    rf"\b(?:{_START_VERB}\s+(?:on\s+|last\s+)?|since\s+(?:last\s+)?"
    rf"|(?:first|initial)\s+(?:\w+\s+)?{_OPENING_NOUN}\s+(?:on\s+|last\s+))(?P<day>{_WEEKDAY})\b",
    re.IGNORECASE,
)
# a sudden happening named by the weekday it struck on: "Tuesday's explosion", "Friday’s
# deadly terrorist attack", "the Tuesday blast", "the Friday evening attack" (a day of
# protests or fighting recurs and names no start)
_SUDDEN = f"(?:{_SUDDEN_ONSET})"
_ONSET_WEEKDAY = re.compile(
    rf"\b(?:(?P<day>{_WEEKDAY})(?:\s+(?:night|morning|evening|afternoon))?['’]s"
    rf"|\bthe\s+(?P<the>{_WEEKDAY})(?:\s+(?:night|morning|evening|afternoon))?)"
    rf"\s+(?:[\w-]+\s+){{0,2}}?{_SUDDEN}\b",
    re.IGNORECASE,
)
# a state's power seized on a weekday: "on Monday, the military effectively took control",
# "soldiers seized power on Wednesday", "staged a coup on Sunday" (a coup starts its crisis
# as an eruption starts a protest's; "took control of the city" is fighting, not power)
_SEIZED = (
    r"(?:(?:seized|took|grabbed|taken)\s+(?:power|control)(?!\s+of\b)|took\s+over(?=\s+(?:on|in|at|after|before|early|late|overnight)\b|\s*[,.;])"
    r"|(?:staged|launched|mounted)\s+an?\s+(?:military\s+)?(?:coup|putsch|takeover))"
)
_SEIZED_WEEKDAY = re.compile(
    rf"\bon\s+(?P<day>{_WEEKDAY})\b[^.;!?]{{0,60}}?\b{_SEIZED}"
    rf"|\b{_SEIZED}[^.;!?]{{0,30}}?\bon\s+(?P<after>{_WEEKDAY})\b",
    re.IGNORECASE,
)
_START_DATE = re.compile(
    rf"\b(?:{_START_VERB}\s+(?:on\s+)?|since\s+(?:the\s+|an?\s+)?)$", re.IGNORECASE
)
# "on Tuesday, July 16", "Tuesday (16 July)", "July 16 (Tuesday)": a weekday given to a date
_WEEKDAY_DATE = re.compile(
    rf"\b(?P<day>{_WEEKDAY}),?\s*\(?\s*(?:the\s+)?$|^\s*\(?,?\s*(?P<after>{_WEEKDAY})\b",
    re.IGNORECASE,
)


# A corpus whose texts date themselves within this many days covers one short crisis: a text
# that names only weekdays may be read in its first week.
SHORT_CRISIS_DAYS = 14


def corpus_onset(
    documents: Sequence[Document],
    period: dt.date | None,
    own: Sequence[dt.date] | None = None,
) -> dt.date | None:
    """The day the crisis began, by the start dates the texts give ("began on July 1",
    "since Nov. 28"): the one most texts give, the earliest on a tie; None when no two
    texts agree and only one text gives any. ``own``: the dates the texts give themselves
    in the period (``own_date``), when the caller has them already."""
    votes: Counter[dt.date] = Counter()
    for doc in documents:
        body = _body(doc)
        seen = set()
        for md in _month_days(body):
            if _START_DATE.search(body[max(0, md.start - 40) : md.start]):
                when = _in_period(md, period)
                if when:
                    seen.add(when)
        votes.update(seen)
    best = max(votes.values(), default=0)
    if best >= 2 or (votes and len(documents) == 1):
        return min(d for d, n in votes.items() if n == best)
    # "fighting erupted on Saturday", "launched a campaign on Wednesday", "Tuesday's
    # explosion": the weekday the crisis began, which the texts name more than any other
    weekdays: Counter[int] = Counter()
    for doc in documents:
        # a photo caption names the happening it shows by its day too ("near the scene of
        # Tuesday's explosion")
        weekdays.update(
            {
                metadata._WEEKDAYS.index(m.group("day").lower())
                for m in _START_WEEKDAY.finditer(_body(doc))
            }
            | {
                metadata._WEEKDAYS.index((m.group("day") or m.group("the")).lower())
                for m in _ONSET_WEEKDAY.finditer(readable(doc))
            }
        )
    if own is None:
        own = [d for doc in documents if (d := own_date(doc, period)) is not None]
    if weekdays and own:
        weekday, n = weekdays.most_common(1)[0]
        # a date a page states (a dateline, a publisher's line) is surer than the latest
        # a text writes in full, which may be what set the crisis off ("triggered by
        # the imprisonment on July 7, 2021")
        stated = [d for doc in documents if (d := _stated_own(doc, period)) is not None]
        first = min(stated or own)
        # a day the texts write in full that falls on that weekday, in the fortnight up to
        # the earliest text's date, is that day ("On 4 November 2020, the prime minister
        # ordered ..." beside "military operations that were launched on Wednesday")
        named = _named_weekday(documents, period, weekday, first)
        if n >= 2:
            # else the last such weekday on or before the earliest date a text gives itself
            return named or first - dt.timedelta(days=(first.weekday() - weekday) % 7)
        # one text's weekday, borne out by another's date that no day the texts name
        # outnumbers (what began on a weekday in one text may be a side story: "a cut that
        # began on Saturday night" beside the coup's day, named twice)
        if named is not None:
            days = _day_votes(documents, period)
            if days[named] >= max(days.values()):
                return named
    return _landmark(documents, period, own)


def _day_votes(documents: Sequence[Document], period: dt.date | None) -> Counter[dt.date]:
    """How many texts write each day in full, in the year nearest ``period``."""
    votes: Counter[dt.date] = Counter()
    for doc in documents:
        votes.update({d for md in _month_days(_body(doc)) if (d := _in_period(md, period))})
    return votes


def _named_weekday(
    documents: Sequence[Document], period: dt.date | None, weekday: int, first: dt.date
) -> dt.date | None:
    """The day the texts write in full (in the year nearest ``period``) most often that
    falls on ``weekday`` within SHORT_CRISIS_DAYS on or before ``first``; the earliest on a
    tie; None when they write none."""
    votes: Counter[dt.date] = Counter()
    for doc in documents:
        votes.update(
            {
                d
                for md in _month_days(_body(doc))
                if (d := _in_period(md, period))
                and d.weekday() == weekday
                and 0 <= (first - d).days <= SHORT_CRISIS_DAYS
            }
        )
    if not votes:
        return None
    best = max(votes.values())
    return min(d for d, n in votes.items() if n == best)


def _starts_on(doc: Document, onset: dt.date | None) -> bool:
    """Whether the text names the crisis's start by the weekday ``onset`` falls on."""
    if onset is None:
        return False
    body = _body(doc)
    days = (
        {m.group("day") for m in _START_WEEKDAY.finditer(body)}
        | {m.group("day") or m.group("after") for m in _SEIZED_WEEKDAY.finditer(body)}
        | {m.group("day") or m.group("the") for m in _ONSET_WEEKDAY.finditer(readable(doc))}
    )
    return metadata._WEEKDAYS[onset.weekday()] in {d.lower() for d in days}


def _landmark(
    documents: Sequence[Document], period: dt.date | None, own: Sequence[dt.date]
) -> dt.date | None:
    """When no text says when the crisis began: the date most texts name, if three texts
    or more do, twice as many as name any other date, and it is no later than the middle
    of the dates the texts give themselves (the day of an earthquake, of a blowout): what
    "eight days after the quake" counts from."""
    votes = _day_votes(documents, period)
    ranked = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or not own:
        return None
    when, n = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if n < 3 or n < 2 * runner_up or when > sorted(own)[len(own) // 2]:
        return None
    return when


# in a corpus of months, a day this many texts name is one they recall (the day the well
# was capped, the day of a verdict), not the day any of them was written (Timeline17: a
# report dated by such a day was right for 2 of 49)
RECALLED_BY = 3


def _named_days(documents: Sequence[Document], period: dt.date | None) -> frozenset[dt.date]:
    """The days ``RECALLED_BY`` texts or more name in their bodies, in the year they write
    ("died on 25 June 2009", recalled in a corpus of years) or, without one, the year
    nearest ``period``."""
    votes: Counter[dt.date] = Counter()
    for doc in documents:
        votes.update({d for md in _month_days(_body(doc)) if (d := _as_written(md, period))})
    return frozenset(d for d, n in votes.items() if n >= RECALLED_BY)
