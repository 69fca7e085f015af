"""Whether a report fits an event being resolved: its place, actors, names, targets, kind
and dates, and the day-after reports (a statement the next day, another night of the
same unrest) that tell the same happening."""

from __future__ import annotations

import datetime as dt

from sitrep.records import (
    PERSON_TARGET_TYPES,
)
from sitrep.resolve import names as nm
from sitrep.resolve.events.cluster import (
    CARRIED_DATE_BASES,
    REMOTE_VIOLENCE,
    STATED_PLACE_BASES,
    _Cluster,
)
from sitrep.resolve.events.items import (
    _GENERAL,
    CLASH,
    LIST_BASIS,
    OTHER,
    PERSONAL_TYPES,
    SITE_TYPES,
    STATEMENT,
    STRIKE_TYPES,
    _contains,
    _is_named,
    _Item,
)
from sitrep.resolve.events.spans import (
    _dates_compatible,
    _Span,
    _two_nights,
)


def _places_fit(item: _Item, c: _Cluster) -> bool:
    """Same place, or a region/country report inside the event's town; never two towns.
    A statement placed only by its article (where the story is, not where the speaker
    spoke) fits its speaker's statement anywhere (_speaker_placed)."""
    if item.place_key is None or c.place_key is None or item.place_key == c.place_key:
        return True
    if c.type == STATEMENT and not (_speaker_placed(item) and _speaker_placed(c.seed)):
        return True
    if item.level < _GENERAL and c.level < _GENERAL:
        return False  # two different towns or sites
    a, b = item.m.place_ref, c.seed.m.place_ref
    if a is None or b is None:
        return False
    return _contains(a, b) or _contains(b, a)


def _speaker_placed(item: _Item) -> bool:
    """Whether a statement's place says where it was made: a town or site stated in its
    sentence, not carried over from the article ("Mubarak vowed to stay in office", in an
    article placed in London), nor a country, which is mostly what the statement is about
    ("Obama said it is not for the US to choose Egypt's leaders"). Measured on 50 CNN
    articles on Egypt 2011: 255 -> 251 statements; no change on the four corpora."""
    return item.m.place_basis in STATED_PLACE_BASES and item.level < _GENERAL


def _actors_fit(item: _Item, c: _Cluster, context: bool) -> bool:
    """Statements need the same speaker (a speakerless one joins only through its
    paragraph); other happenings must not name disjoint sets of actors."""
    if c.type == STATEMENT:
        if item.speaker is None:
            return context
        return c.speaker == item.speaker
    if c.type in PERSONAL_TYPES and bool(item.named) != bool(c.named):
        return False  # "the arrest of Karim Massimov" is not "5,800 people were arrested"
    if not item.named or not c.named:
        return True
    if _one_strike(item, c):
        return True
    return bool(item.named & c.named) or _names_agree(item, c)


def _one_strike(item: _Item, c: _Cluster) -> bool:
    """A deadly strike at one site or town on one day told by several reports: the names
    around it differ (who claimed it, who died, who tweeted about it) and it is still one
    happening ("a suicide bomber detonated explosives at the airport" beside "12 US soldiers
    were killed in the attack")."""
    return (
        c.type in STRIKE_TYPES
        and item.level < _GENERAL
        and c.level < _GENERAL
        and item.place_key is not None
        and item.place_key == c.place_key
        and item.span is not None
        and c.span is not None
        and item.span.days == 0
        and c.span.days == 0
        and item.span.first == c.span.first
    )


def _names_agree(item: _Item, c: _Cluster) -> bool:
    """A named actor of the report and one of the event that can be one person the entity
    stage left apart: a given name alone, or with an initial, and the full name ("Nahel",
    "Nahel M.", "Nahel Merzouk": news names a minor or a victim so)."""
    theirs = {nm.folded(a) for i in c.items for a in i.m.actors if _a_name(a)}
    return any(_given_name_of(nm.folded(a), b) for a in item.m.actors if _a_name(a) for b in theirs)


def _a_name(actor: str) -> bool:
    """A name every word of which is capitalised ("Nahel M."), not "Rangpur student"."""
    words = actor.split()
    return bool(words) and _is_named(actor) and all(w[:1].isupper() for w in words)


def _given_name_of(a: str, b: str) -> bool:
    """Two folded names whose first word is one given name and whose further words agree
    where both have them (an initial agrees with the word it begins)."""
    ta, tb = a.split(), b.split()
    if not ta or not tb or ta == tb or ta[0] != tb[0] or len(ta[0]) < 3:
        return False
    return all(
        x == y or (min(len(x), len(y)) == 1 and x[0] == y[0]) for x, y in zip(ta, tb, strict=False)
    )


def _targets_fit(item: _Item, c: _Cluster) -> bool:
    """Two sites burned or seized in one town on one day are two happenings ("the
    prosecutor's office", "the presidential residence"); the same site told more or less
    fully ("the residence", "the former presidential residence") is one. So with people
    (records.PERSON_TARGET_TYPES): two dismissals by one leader on one day are two events
    when they remove two people. A report naming no target fits any."""
    if c.type not in SITE_TYPES | PERSON_TARGET_TYPES or not item.target or not c.targets:
        return True
    return any(t <= item.target or item.target <= t for t in c.targets)


def _kinds_fit(item: _Item, c: _Cluster) -> bool:
    """ "Other" gathers unlike happenings (a bank's suspension, soldiers joining the
    protests, a toppled statue): within it, only reports of one ACLED sub-event type are
    one happening. Strikes from afar and fighting on the ground in one town on one day
    are two; a bombing of people and the killing other reports tell there that day are
    one (both killings)."""
    if c.type == OTHER:
        return c.seed.m.acled_sub_event_type == item.m.acled_sub_event_type
    if c.type != CLASH or item.span is None or item.level >= _GENERAL or c.level >= _GENERAL:
        return True  # no fighting, or no day or no town of its own: it may be either
    # an air strike or shelling in a town on a day is not the fighting on the ground there
    # ("the army launched airstrikes against RSF bases", "fighting broke out in
    # Khartoum"): ACLED codes remote violence as an event type of its own
    remote = item.m.acled_event_type == REMOTE_VIOLENCE
    return remote == (c.seed.m.acled_event_type == REMOTE_VIOLENCE)


def _day_after(late: _Item, early: _Span | None) -> bool:
    """A report whose date its sentence does not state (the article's publication, its
    paragraph's: "Mubarak said", in the next morning's article) is of that day or the one
    before: ``early`` is that day before. Egypt pile: statements 235 -> 231."""
    return (
        late.m.date_basis in CARRIED_DATE_BASES
        and late.span is not None
        and early is not None
        and early.days == 0
        and late.span.days == 0
        and early.first == late.span.first - dt.timedelta(days=1)
    )


def _next_day_statement(item: _Item, c: _Cluster) -> bool:
    """One speaker's statement reported on the day it was made and, dated by publication,
    on the next: "Mubarak vowed on Thursday" and Friday's "Mubarak said". Only for a
    named speaker, whose statements are told apart by day."""
    if c.type != STATEMENT or item.speaker is None or c.speaker != item.speaker:
        return False
    if _day_after(item, c.span):
        return True
    # the event so far is dated only by the publication of the report that began it (its
    # span is that report's unless a more precise one joined); the report is the day before
    return c.span == c.seed.span and _day_after(c.seed, item.span)


def _stem(word: str) -> str:
    """A trigger word without its inflection ("detaining", "detained" -> "detain")."""
    w = word.casefold()
    for suffix in ("ing", "ed", "es", "s"):
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


def _next_day_report(item: _Item, c: _Cluster) -> bool:
    """One happening told by the same word (any inflection) on its day and, dated by
    publication, in the next day's report or headline (Wednesday's "soldiers declared a coup late on
    Wednesday" and the headline "soldiers declare coup", published Thursday)."""
    if c.type == STATEMENT or _stem(item.m.trigger) != _stem(c.seed.m.trigger):
        return False
    return _day_after(item, c.span) or (c.span == c.seed.span and _day_after(c.seed, item.span))


def _dates_fit(item: _Item, c: _Cluster) -> bool:
    if item.span is None:  # undated: the happening cannot postdate the report
        return c.span is None or item.pub is None or c.span.first <= item.pub
    if _next_day_statement(item, c) or _next_day_report(item, c):
        return True
    if (
        c.span is not None
        and (item.m.place_basis == LIST_BASIS) != (c.seed.m.place_basis == LIST_BASIS)
        and c.level >= _GENERAL
    ):
        # a country-wide report ("protests spread across the country on Tuesday") is
        # a day of the country-wide stretch another report tells ("protests have
        # rocked the country over the past week")
        s = c.span
        return (
            item.span.first >= s.first
            and item.span.last <= s.last
            or (s.first >= item.span.first and s.last <= item.span.last)
        )
    return _dates_compatible(item.span, c.span) and not _another_night(item, c)


def _another_night(item: _Item, c: _Cluster) -> bool:
    """A stated night ("1,311 arrested overnight") and an event that already holds a
    report of another stated night: a day that lies in both ("875 detained on Friday")
    does not make the two nights one happening."""
    s = item.span
    return s is not None and any(_two_nights(s, i.span) for i in c.items if i.span is not None)
