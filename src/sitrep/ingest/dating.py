"""Publication dates across a corpus, as an analyst would work them out.

A single text rarely dates itself: a wire story says "on Thursday", a re-scraped page lost its
header, an opinion piece names the day the protests began. Read together, the corpus does
better: the dates its texts state agree on a period, its reports agree on the day the crisis
began, a copy shares its original's date, and a text that names only weekdays falls where its
weekdays meet the days the other reports give. This module does that reading, in order:

1. **the period**: the user's ``--period``, or one kept in the store from an earlier run, or
   the median of what each text says of its own date (a stated date with its year, else the
   latest date it writes in full): agreement across documents, so a reader comment's
   "January 6th 2021" or an article's "the September 11, 2001 attacks" never sets it. When
   no text writes a year, the year is the one in which the weekdays the texts give to
   dated happenings ("began on Sunday" beside "began on January 2") fall right; failing
   that, the most recent one, flagged as a guess;
2. **the onset**: the start date most texts give ("began on July 1", "since Nov. 28"), else
   the weekday they give it ("erupted on Saturday", "Tuesday's explosion") on the day a text
   writes in full on that weekday, or the last such weekday before the earliest dated text;
3. **each text's date** (``metadata.infer_published``) in the light of both; without
   ``--period``, a text whose dates all lie years from the period recalls the past and
   stays undated; in a corpus of months, the onset, the landmark day most texts name
   (a blowout's, a death's) and any day three texts name (a capping's, a verdict's) are
   recalled, never a report's own day;
4. **copies** take their original's date; **weekday-only texts** are placed among the other
   reports' dates (``metadata.date_from_corpus``; one whose lead counts days from the weekday
   it last named, "Eight days later", that many days after the day the reports give it); a
   text that gives a distinctive tally dated reports give takes their day; a page still
   undated takes the day of its first reader comment's time stamp (readers comment the day a
   story appears);
5. **neighbours**: a text still undated is placed among the dated texts that share its rare
   words (``neighbours``; an explainer's words are its whole story's and place none), at the
   day its first weekday gives there (as long after it as a sentence opening "Two weeks
   ago," says), with a low confidence (Timeline17: 48 of 225 within a day); one that
   names no day the day after most of them fall, with a lower one (21 of 156); in a corpus
   of months, a text dated by the latest date it reports that its datelined neighbours place
   3 to 21 days later reported a background date, and takes their day (Timeline17: 7
   gained, none lost).

Everything here is recomputed from the whole store after each ingest, so the result does
not depend on the order the texts arrived in, nor on a run that was interrupted.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sitrep.ingest import dedup, happenings, metadata, neighbours
from sitrep.ingest.clean import BODY, COMMENTS
from sitrep.ingest.tallies import SAME_SCOPE, running_totals
from sitrep.records import Document, Segment
from sitrep.store import Store

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
_SUDDEN = (
    r"(?:earthquake|quake|tsunami|explosions?|blasts?|attacks?|bombings?|coup|massacre|"
    r"shooting|crash|eruption|assault)"
)
_ONSET_WEEKDAY = re.compile(
    rf"\b(?:(?P<day>{_WEEKDAY})(?:\s+(?:night|morning|evening|afternoon))?['’]s"
    rf"|\bthe\s+(?P<the>{_WEEKDAY})(?:\s+(?:night|morning|evening|afternoon))?)"
    rf"\s+(?:[\w-]+\s+){{0,2}}?{_SUDDEN}\b",
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
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# Tallies of reports this many days apart or less are of one news cycle: a larger one
# says nothing of which came first (the morning's toll in one, a province's in another)
TALLY_SLACK_DAYS = 1
# A corpus whose texts date themselves within this many days covers one short crisis: a text
# that names only weekdays may be read in its first week.
SHORT_CRISIS_DAYS = 14
# ... and within this many, a corpus of weeks: the happenings its reports date are few, so a
# weekday's sentence that shares the words of a dated one tells the same happening
WEEKS_CRISIS_DAYS = 31


@dataclass(frozen=True, slots=True)
class Period:
    """A date inside the period a corpus covers, how it was found, and whether its year
    is a guess (no text writes one)."""

    date: dt.date | None
    basis: str
    guess: bool = False


@dataclass(frozen=True, slots=True)
class Dating:
    """What dating a store found: the period, the onset and the texts it dated."""

    period: Period
    onset: dt.date | None
    dated: int
    undated: int


def page_segments(doc: Document) -> tuple[Segment, ...]:
    """The document's segments with everything but reader comments read as body: the
    page's own text, captions and date lines included."""
    return tuple(Segment(s.start, s.end, BODY) if s.kind != COMMENTS else s for s in doc.segments)


def readable(doc: Document) -> str:
    """The text without reader comments (same length; comments blanked)."""
    if not doc.segments:
        return doc.text
    return dataclasses.replace(doc, segments=page_segments(doc)).body_text()


def _body(doc: Document) -> str:
    return doc.body_text()


def own_date(
    doc: Document, period: dt.date | None = None, far_is_background: bool = False
) -> dt.date | None:
    """What a text says of its own date: a stated date, else the latest date it writes in
    full in its body, else in its captions and other page text (never in comments).
    Without ``period`` only dates with their year count; with it, a yearless dateline
    ("Khartoum, April 16 (EFE)") is read in the period."""
    stated = _stated_own(doc, period, far_is_background)
    if stated:
        return stated
    for text in (_body(doc), readable(doc)):
        written = [d for d in metadata.written_dates(text) if d <= dt.date.today()]
        if written:
            return max(written)
    return None


def corpus_period(documents: Sequence[Document]) -> Period:
    """A date inside the period the corpus covers (see the module's docstring)."""
    own = sorted(d for doc in documents if (d := own_date(doc)) is not None)
    if own:
        kept = _supported(own, documents)
        middle = kept[len(kept) // 2]
        left = (
            f" ({len(own) - len(kept)} far from the days the other texts write left out)"
            if len(kept) < len(own)
            else ""
        )
        return Period(
            middle,
            f"the median of the dates {len(own)} of {len(documents)} texts give themselves{left}",
        )
    year, basis, guess = _year_from_weekdays(documents)
    days = sorted((m.month, m.day) for doc in documents for m in _month_days(_body(doc)))
    month, day = days[len(days) // 2] if days else (dt.date.today().month, 15)
    when = _safe_date(year, month, day)
    if guess and when > dt.date.today():
        when = _safe_date(year - 1, month, day)
        basis = f"no text writes a year: read as the most recent {when.year}"
    return Period(when, basis, guess)


# Days either side of a text's own date within which the days the other texts write count
# for it (:func:`_supported`): a crisis's reports write the days of its weeks.
SUPPORT_DAYS = 45


def _supported(own: list[dt.date], documents: Sequence[Document]) -> list[dt.date]:
    """The texts' own dates less the lone ones: a date half a year or more (``CLOCK_DAYS``)
    from every other text's own date that no other text writes a day near (within
    SUPPORT_DAYS; a day with its year as written, one without in that date's year). A
    page's clock ("Sunday, February 23, 2025" over a 2023 story: the day it was scraped) is
    one text's date nothing else bears out; with two dates to choose from, the median alone
    would take the later one. A corpus of months keeps every date that others stand near."""
    if (own[-1] - own[0]).days < metadata.CLOCK_DAYS:
        return own
    written = [[(md.year, md.month, md.day) for md in _month_days(_body(doc))] for doc in documents]

    def written_near(when: dt.date) -> int:
        near = 0
        for days in written:
            for year, month, day in days:
                if abs((_safe_date(year or when.year, month, day) - when).days) <= SUPPORT_DAYS:
                    near += 1
                    break
        return near

    apart = [
        k
        for k, d in enumerate(own)
        if not any(abs((d - o).days) < metadata.CLOCK_DAYS for j, o in enumerate(own) if j != k)
    ]
    if not apart:
        return own
    near = [written_near(d) for d in own]
    lone = {k for k in apart if near[k] <= 1 < max(n for j, n in enumerate(near) if j != k)}
    kept = [d for k, d in enumerate(own) if k not in lone]
    return kept or own


def _safe_date(year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return dt.date(year, month, 28)


@dataclass(frozen=True, slots=True)
class _MonthDay:
    month: int
    day: int
    start: int
    end: int
    year: int | None = None


def _month_days(text: str) -> list[_MonthDay]:
    out = []
    for m in metadata._MONTH_DAY.finditer(text):
        month = metadata.month_number(m.group("m1") or m.group("m2"))
        day = int(m.group("d1") or m.group("d2"))
        year = m.group("y1") or m.group("y2")
        if 1 <= day <= 31:
            out.append(_MonthDay(month, day, m.start(), m.end(), int(year) if year else None))
    return out


def _year_from_weekdays(documents: Sequence[Document]) -> tuple[int, str, bool]:
    """The year for a corpus that writes none: the one in which the weekdays its texts give
    to dated happenings fall right. Candidates run from the latest past year the texts name
    ("in power since 2019") to this year."""
    today = dt.date.today()
    named = [int(y) for doc in documents for y in _YEAR.findall(_body(doc)) if int(y) <= today.year]
    low = max(named, default=today.year - 10)
    links: set[tuple[int, int, int]] = set()  # (weekday, month, day) the corpus ties together
    start_days: set[int] = set()
    start_dates: set[tuple[int, int]] = set()
    for doc in documents:
        body = _body(doc)
        start_days |= {
            metadata._WEEKDAYS.index(m.group("day").lower()) for m in _START_WEEKDAY.finditer(body)
        }
        for md in _month_days(body):
            before = body[max(0, md.start - 40) : md.start]
            after = body[md.end : md.end + 15]
            if _START_DATE.search(before):
                start_dates.add((md.month, md.day))
            tie = _WEEKDAY_DATE.search(before[-15:]) or _WEEKDAY_DATE.search(after)
            if tie:
                day = (tie.group("day") or tie.group("after")).lower()
                links.add((metadata._WEEKDAYS.index(day), md.month, md.day))
    links |= {(w, m, d) for w in start_days for m, d in start_dates}
    scores: Counter[int] = Counter()
    for year in range(low, today.year + 1):
        for weekday, month, day in links:
            try:
                scores[year] += dt.date(year, month, day).weekday() == weekday
            except ValueError:
                continue
    if scores and max(scores.values()) > 0:
        best = max(scores.values())
        year = max(y for y, n in scores.items() if n == best)
        return (
            year,
            f"no text writes a year: {year} is the year since {low} in which the weekdays the "
            f"texts give to dated happenings fall right ({best} of {len(links)})",
            False,
        )
    return today.year, "no text writes a year: read as the most recent one", True


_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\d.,])\d{3,}(?![\d.,])")


def distinctive_numbers(text: str) -> set[str]:
    """The numbers in ``text`` that can identify a tally: three digits or more, not a year,
    not a round hundred ("224", "1,350"; not "2024", "200", "5,000")."""
    out = set()
    for match in _NUMBER.finditer(text):
        value = int(match.group(0).replace(",", ""))
        if value % 100 == 0 or 1900 <= value <= 2100:
            continue
        out.add(str(value))
    return out


def _stated_own(
    doc: Document, period: dt.date | None, far_is_background: bool = False
) -> dt.date | None:
    """The date a text states for itself (given, or on a dateline or publisher's line)."""
    if doc.published and not doc.published_inferred:
        return dt.date.fromisoformat(doc.published[:10])
    return metadata.stated_date(doc.text, doc.segments, period, far_is_background)


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
    days = {m.group("day") for m in _START_WEEKDAY.finditer(_body(doc))} | {
        m.group("day") or m.group("the") for m in _ONSET_WEEKDAY.finditer(readable(doc))
    }
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


def _as_written(md: _MonthDay, period: dt.date | None) -> dt.date | None:
    """A month and day in the year written with them, else in the year nearest ``period``."""
    if md.year is None:
        return _in_period(md, period)
    try:
        return dt.date(md.year, md.month, md.day)
    except ValueError:
        return None


def _in_period(md: _MonthDay, period: dt.date | None) -> dt.date | None:
    """A month and day read in the year that puts them nearest ``period``."""
    base = period or dt.date.today()
    options = []
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            options.append(dt.date(year, md.month, md.day))
        except ValueError:
            continue
    return min(options, key=lambda d: abs((d - base).days), default=None)


def date_store(store: Store, period: dt.date | None = None) -> Dating:
    """Date every text in ``store`` that came without a publication date, in the order the
    module's docstring gives. ``period`` is the user's; it is kept in the store for later
    runs."""
    if period is not None:
        store.set_meta("period_user", period.isoformat())
    elif store.meta("period_user"):
        period = dt.date.fromisoformat(store.meta("period_user") or "")
    documents = store.documents()
    found = (
        Period(period, "given by the user (--period)")
        if period is not None
        else corpus_period(documents)
    )
    far = period is None and not found.guess
    own = [d for doc in documents if (d := own_date(doc, found.date, far)) is not None]
    onset = corpus_onset(documents, found.date, own)
    # weekdays alone are read in the crisis's first week only in a corpus of days, not months
    short = not own or (max(own) - min(own)).days <= SHORT_CRISIS_DAYS
    weekday_onset = onset if own and short else None
    # in a corpus of months, the day most texts name (the blowout's, the death's) is what
    # they recall; in one of days it is as likely the day a report was written
    landmarks = (
        frozenset()
        if short
        else frozenset(d for d in (onset, _landmark(documents, found.date, own)) if d)
        | _named_days(documents, found.date)
    )
    key = f"{found.date}|{onset}|{sorted(landmarks)}"
    redo = store.meta("dating_key") != key
    for doc in documents:
        if doc.published and not doc.published_inferred:
            continue
        if not redo and doc.published_basis:
            continue  # dated (or found undatable) under the same period and onset
        when, basis, confidence = metadata.infer_published(
            doc.text,
            doc.segments,
            period=found.date,
            onset=onset,
            # a text naming the crisis's start by the onset's weekday ("operations launched
            # on Wednesday", "Tuesday's explosion") was written in the week after it, in a
            # corpus of months too
            weekday_onset=weekday_onset or (onset if _starts_on(doc, onset) else None),
            # a period the texts agree on (not the user's, not a guess) makes dates years
            # from it background; a user's --period never overrules a year a text states
            far_is_background=far,
            landmarks=landmarks,
        )
        store.update_published(doc.id, when, basis, confidence)
    store.set_meta("period", found.date.isoformat() if found.date else None)
    store.set_meta("period_basis", found.basis)
    store.set_meta("period_guess", "1" if found.guess else None)
    store.set_meta("dating_key", key)
    date_copies(store)
    date_weekday_texts(store)
    if not own or (max(own) - min(own)).days <= WEEKS_CRISIS_DAYS:
        # over months the same words recur on many days (Timeline17: 6 gained, 6 lost)
        date_by_happenings(store, landmarks | {onset} if onset else landmarks)
    date_by_shared_tallies(store)
    if short:
        # running totals of one short crisis; over months a total of another scope (the
        # world's against one country's) is as likely as a later one (Timeline17: 0 of 8)
        date_by_growing_tallies(store)
    date_copies(store)
    date_by_first_comment(store, found.date)
    date_by_neighbours(store)
    if not short:
        # in a crisis of days a date days before a report is its news, not background
        redate_background(store)
    date_copies(store, last=True)
    dated = sum(d.published is not None for d in store.documents())
    return Dating(found, onset, dated, len(documents) - dated)


def date_copies(store: Store, *, last: bool = False) -> list[str]:
    """A copy takes the date of its group's best-dated member, unless its own is as sure,
    or that member is a later version of it (``dedup.updates``) and this is not the
    ``last`` resort."""
    documents = {d.id: d for d in store.documents()}
    out = []
    for group in store.duplicate_groups():
        dated = sorted(
            (documents[m] for m in group.members if m in documents and documents[m].published),
            key=lambda d: (d.published_inferred, -(d.published_confidence or 0), d.id),
        )
        if not dated:
            continue
        source = dated[0]
        strength = source.published_confidence or (0.9 if not source.published_inferred else 0.5)
        for member in group.members:
            doc = documents.get(member)
            if doc is None or member == source.id:
                continue
            if doc.published and (
                not doc.published_inferred or (doc.published_confidence or 0) >= strength
            ):
                continue  # its own date is as good as its original's
            if (doc.published or not last) and dedup.updates(source.body_text(), doc.body_text()):
                # an update of the story (new paragraphs on its top) is later than the
                # original: the original's date is its own, the update's only a last resort
                continue
            store.update_published(
                member,
                source.published,
                f"a copy of {source.id}, dated {source.published} ({source.published_basis})",
                strength,
            )
            out.append(member)
    return out


def date_weekday_texts(store: Store) -> list[str]:
    """Date the articles that name only weekdays from the dates the other reports give
    (see ``metadata.date_from_corpus``); returns the ids it dated."""
    documents = store.documents()
    dated = [d for d in documents if d.published]
    if not dated or len(dated) == len(documents):
        return []
    corpus: Counter[dt.date] = Counter()
    for d in dated:
        # the dates a report gives anywhere but in its comments: captions date too
        published = dt.date.fromisoformat(d.published[:10])  # type: ignore[index]
        corpus.update(metadata.reported_dates(d.text, page_segments(d), published))
    out = []
    for d in documents:
        if d.published:
            continue
        when, basis = metadata.date_from_corpus(d.text, d.segments, corpus)
        if when:
            store.update_published(d.id, when, basis, 0.4)
            out.append(d.id)
    return out


def date_by_happenings(store: Store, recalled: frozenset[dt.date] = frozenset()) -> list[str]:
    """A text still undated that names weekdays, one of whose sentences tells a happening a
    dated report dates on that weekday (``happenings.anchor``), is of the first weekday it
    names on or after that date (confidence 0.3). The ``recalled`` days (the crisis's onset,
    its landmarks) are every text's memory, never such a happening. Returns the ids it
    dated."""
    documents = store.documents()
    undated = [d for d in documents if not d.published]
    if not undated or len(undated) == len(documents):
        return []
    dated = [
        item
        for d in documents
        if d.published
        for item in metadata.dated_sentences(
            d.text, page_segments(d), dt.date.fromisoformat(d.published[:10])
        )
        if item[0] not in recalled
    ]
    texts = [happenings.words(d.body_text()) for d in documents]
    out = []
    for d in undated:
        first = metadata.first_weekday(d.text, d.segments)
        found = happenings.anchor(metadata.named_weekdays(d.text, d.segments), dated, texts)
        if found is None or first is None:
            continue
        when = found.date + dt.timedelta(days=(first - found.date.weekday()) % 7)
        day = metadata._WEEKDAYS[found.weekday].title()
        store.update_published(
            d.id,
            when.isoformat(),
            f"inferred from the corpus: its {day} is {found.date.isoformat()}, the day a"
            f" dated report gives a sentence sharing its words ({', '.join(found.shared)}); on"
            f" its first weekday, {metadata._WEEKDAYS[first].title()}, from then",
            0.3,
        )
        out.append(d.id)
    return out


def date_by_first_comment(store: Store, period: dt.date | None = None) -> list[str]:
    """A page still undated after every other rule, whose reader comments carry time
    stamps ("January 31, 2011 at 12:26 pm | Reply"), was published on or shortly before
    its first comment: readers comment on the day a story appears. The earliest stamp
    (within half a year of ``period``) dates it, with a low confidence. Comments never set
    the corpus period nor outrank any date the report gives itself."""
    out = []
    for d in store.documents():
        if d.published:
            continue
        stamps = [
            when
            for s in d.segments
            if s.kind == COMMENTS
            for when in metadata.stamped_dates(d.text[s.start : s.end])
            if period is None or abs((when - period).days) <= 183
        ]
        if not stamps:
            continue
        first = min(stamps)
        store.update_published(
            d.id,
            first.isoformat(),
            f"inferred from the reader comments: the earliest is stamped {first.isoformat()}",
            0.3,
        )
        out.append(d.id)
    return out


def date_by_neighbours(store: Store) -> list[str]:
    """A text still undated after every other rule is placed by the dated texts that share
    its rare words (``neighbours.Neighbourhood.place``): at the day its first weekday gives
    near theirs (confidence 0.2), or, when it names no day, the day after most of them fall
    (confidence 0.1). Never a text any other rule dated."""
    documents = store.documents()
    if all(d.published for d in documents):
        return []
    # an explainer's words are the whole story's, not its day's: it places no other text
    near, texts = _neighbourhood(
        documents, lambda d: bool(d.published) and not metadata.recounts(d.text, d.segments)
    )
    # copies are placed once, by their first member: ``date_copies`` gives the others its
    # day, so the copy a group keeps (``dedup.choose_canonical``) is chosen as before
    group_of = {m: g.id for g in store.duplicate_groups() for m in g.members}
    placed: set[str] = set()
    out = []
    for d in documents:
        if d.published or not near.days or group_of.get(d.id) in placed:
            continue
        weekday = metadata.first_weekday(d.text, d.segments)
        # a text that opens a sentence on how long ago its story was ("Two weeks ago, an
        # attack on the town ...") is written that long after its neighbours' day
        ago = metadata.told_ago(d.text, d.segments)
        found = near.place(texts[d.id], weekday, ago[0] if ago else 0)
        if found is None:
            continue
        if d.id in group_of:
            placed.add(group_of[d.id])
        basis = (
            "inferred from its neighbours: the dated texts sharing its rare words"
            f" ({_named(near, found)})" + (f", '{ago[1]}' after their day" if ago else "")
        )
        store.update_published(
            d.id,
            found.date.isoformat(),
            f"{basis} and its first weekday, {metadata._WEEKDAYS[weekday].title()}"
            if weekday is not None
            else f"{basis}, where most of them fall (it names no day: a guess)",
            neighbours.CONFIDENCE if weekday is not None else neighbours.NO_DAY_CONFIDENCE,
        )
        out.append(d.id)
    return out


def redate_background(store: Store) -> list[str]:
    """A text dated by the latest date it reports (``metadata``: "died April 22") that names
    a weekday, whose datelined neighbours (the texts with a stated date sharing its rare
    words) place it ``neighbours.BACKGROUND_DAYS`` later, reported a background date: it
    takes the day its neighbours and its first weekday give (``date_by_neighbours``), with
    that rule's confidence. Returns the ids it moved."""
    documents = store.documents()
    # the texts dated by the latest date they report that name a weekday: only they can move
    # (the neighbourhood reads every text, so it is built only when one can)
    candidates = {
        d.id: weekday
        for d in documents
        if d.published
        and (d.published_basis or "").startswith(_LATEST_REPORTED)
        # weekdays read from the crisis's first day date the week after it, no background
        and metadata.FIRST_WEEK not in (d.published_basis or "")
        and (weekday := metadata.first_weekday(d.text, d.segments)) is not None
    }
    if not candidates:
        return []
    near, texts = _neighbourhood(
        documents,
        lambda d: (
            bool(d.published)
            and (not d.published_inferred or (d.published_basis or "").startswith("dateline"))
        ),
    )
    low, high = neighbours.BACKGROUND_DAYS
    out = []
    for d in documents:
        weekday = candidates.get(d.id)
        if weekday is None or not near.days:
            continue
        found = near.place(texts[d.id], weekday)
        current = dt.date.fromisoformat((d.published or "")[:10])  # a candidate is dated
        if found is None or not low <= (found.date - current).days <= high:
            continue
        store.update_published(
            d.id,
            found.date.isoformat(),
            f"inferred from its neighbours: its latest reported date {current.isoformat()} "
            f"is background, the datelined texts sharing its rare words"
            f" ({_named(near, found)}) and its first weekday,"
            f" {metadata._WEEKDAYS[weekday].title()}, give the day",
            neighbours.CONFIDENCE,
        )
        out.append(d.id)
    return out


def _neighbourhood(
    documents: Sequence[Document], dated: Callable[[Document], bool]
) -> tuple[neighbours.Neighbourhood, dict[str, frozenset[str]]]:
    """The corpus's neighbourhood (``neighbours.neighbourhood``) over the documents' body
    texts, with the days of those ``dated`` accepts as the dated texts."""
    return neighbours.neighbourhood(
        [
            (d.id, d.body_text(), dt.date.fromisoformat(d.published[:10]) if dated(d) else None)
            for d in documents
        ]
    )


def _named(near: neighbours.Neighbourhood, found: neighbours.Placement) -> str:
    """The neighbours that placed a text, with their days, for its basis."""
    return ", ".join(f"{i} ({near.days[i].isoformat()})" for i in found.neighbours)


# how ``metadata.infer_published`` names a date read off the latest date a text reports
_LATEST_REPORTED = "inferred: latest reported date"


def date_by_shared_tallies(store: Store) -> list[str]:
    """An undated text that gives a distinctive tally ("224 people detained") which dated
    reports give too, all within a day of each other, was most likely written that day:
    tallies are announced on a day and reported by every outlet that day. Distinctive: at
    least three digits, not a year, not a round hundred."""
    documents = store.documents()
    seen: dict[str, list[tuple[dt.date, str]]] = {}
    for d in documents:
        if d.published:
            for number in distinctive_numbers(d.body_text()):
                seen.setdefault(number, []).append((dt.date.fromisoformat(d.published[:10]), d.id))
    out = []
    for d in documents:
        if d.published:
            continue
        weekday = metadata.first_weekday(d.text, d.segments)
        for number in sorted(distinctive_numbers(d.body_text())):
            days = sorted(seen.get(number, []))
            if days and (days[-1][0] - days[0][0]).days <= 1:
                when, source = days[0]
                if weekday is not None and (when.weekday() - weekday) % 7 > 1:
                    # a report is of the day of the first weekday it names, or the day after
                    # (Timeline17: 78%); one that names another was written on another day
                    continue
                store.update_published(
                    d.id,
                    when.isoformat(),
                    f"inferred from the corpus: it gives the tally {number}, as {source} "
                    f"(dated {when.isoformat()}) does",
                    0.3,
                )
                out.append(d.id)
                break
    return out


# a date this sure (a stated date, one anchored to an explicit one, the latest reported
# date) is not moved by the running totals other reports give
SURE = 0.6


def date_by_growing_tallies(store: Store) -> list[str]:
    """Running totals only grow: a report giving a larger one ("more than 400 detained
    since ...") than a dated report ("300 people had been arrested since ...") was written
    after it. A text dated no better than by its weekdays (or not at all) that falls before
    such a report is moved to the first day from that report's on which the first weekday
    it names falls (or to that report's day when it names none); never past a dated report
    giving a larger total of the same kind."""
    documents = store.documents()
    totals = {d.id: running_totals(d.body_text()) for d in documents}
    sure = [
        (d, dt.date.fromisoformat(d.published[:10]))
        for d in documents
        if d.published and (not d.published_inferred or (d.published_confidence or 0) >= SURE)
    ]
    out = []
    for doc in documents:
        if doc.published and (
            not doc.published_inferred or (doc.published_confidence or 0) >= SURE
        ):
            continue
        lower: tuple[dt.date, str, str] | None = None
        upper: dt.date | None = None
        for kind, tally in totals[doc.id].items():
            for other, when in sure:
                theirs = totals[other.id].get(kind)
                if theirs is None or other.id == doc.id:
                    continue
                if max(theirs.value, tally.value) > SAME_SCOPE * min(theirs.value, tally.value):
                    continue  # not the same count
                if theirs.value < tally.value and (lower is None or when > lower[0]):
                    lower = (
                        when,
                        other.id,
                        f"'{tally.phrase}' after {other.id}'s '{theirs.phrase}'",
                    )
                elif theirs.value > tally.value and (upper is None or when < upper):
                    upper = when
        if lower is None:
            continue
        current = dt.date.fromisoformat(doc.published[:10]) if doc.published else None
        if current is not None and current >= lower[0] - dt.timedelta(days=TALLY_SLACK_DAYS):
            continue  # a day apart, two reports of one news cycle: either may be first
        weekday = metadata.first_weekday(doc.text, doc.segments)
        when = lower[0]
        if weekday is not None:
            when += dt.timedelta(days=(weekday - when.weekday()) % 7)
        if upper is not None and when > upper:
            continue  # the totals disagree: leave the text as it was
        store.update_published(
            doc.id,
            when.isoformat(),
            f"inferred from the corpus: running totals grow, {lower[2]} "
            f"(dated {lower[0].isoformat()})"
            + (
                f", on the first {metadata._WEEKDAYS[weekday].title()} from then"
                if weekday is not None
                else ""
            ),
            0.35,
        )
        out.append(doc.id)
    return out


__all__ = [
    "Dating",
    "Period",
    "corpus_onset",
    "corpus_period",
    "date_by_growing_tallies",
    "date_by_happenings",
    "date_by_neighbours",
    "date_copies",
    "date_store",
    "date_weekday_texts",
    "redate_background",
]
