"""A text's publication date inferred from what it reports: relative phrases anchored to
explicit dates, the latest reported date read as the day after (``NEWS_LAG``), moved by
weekdays and bounded by the page's stamps."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Span

from sitrep.extract.numbers import parse_number
from sitrep.ingest import elapsed
from sitrep.ingest.metadata import model
from sitrep.ingest.metadata.corpus import stamped_dates, written_dates
from sitrep.ingest.metadata.dates import (
    _context,
    _masked,
    _month_day,
    _not_a_happening,
    _past_tense,
)
from sitrep.ingest.metadata.stated import _stated
from sitrep.ingest.metadata.vocab import (
    _AFTER_ONSET,
    _AGO,
    _BEEN_ONSET,
    _BOUNDS,
    _DAY_BEFORE,
    _DAY_OF_ONSET,
    _DURATION,
    _FUTURE,
    _LAG_NOTE,
    _LAST_WEEK,
    _LAST_WEEK_ONSET,
    _MONTH_DAY,
    _NTH_DAY,
    _NUMBER_WORDS,
    _OF_DATE,
    _ONSET_AGO,
    _OPENER,
    _ORDINALS,
    _SINCE,
    _START,
    _START_BEFORE,
    _START_NOUNS,
    _WEEKDAYS,
    HEAD_CHARS,
    NEWS_LAG,
)
from sitrep.ingest.metadata.weekdays import _own_weekday, _weekdays_after
from sitrep.records import Segment

# how the day a text's weekdays are read from (``first_week``) is named in a basis
FIRST_WEEK = "the day the crisis began (from the other texts)"

# at most this many days after the latest date a text writes, the weekday its lead names
# is the report's day
LEAD_WEEKDAY_DAYS = 3


@dataclass(frozen=True, slots=True)
class _Mention:
    """A dated phrase in the article: the date it names and the words that name it."""

    date: dt.date
    phrase: str
    kind: str  # explicit | start (a date something began on) | page | anchored | weekday


def _published(
    text: str,
    segments: tuple[Segment, ...],
    lines: list[str],
    period: dt.date | None,
    onset: dt.date | None = None,
    first_week: dt.date | None = None,
    far_is_background: bool = False,
    landmarks: frozenset[dt.date] = frozenset(),
    eve: dt.date | None = None,
) -> tuple[str | None, str, float | None]:
    """The publication date, how it was found, and a confidence (0-1) in it.
    ``eve``: the day before ``first_week`` when the corpus's reports write it (what led to
    the crisis's decisive day: the mutinies before the coup), else None.
    ``landmarks``: the days a corpus of months names as its crisis's landmark (the day of
    the blowout, of the death): a text naming one recalls it, never reports that day.
    ``far_is_background``: ``period`` is the corpus's own agreement (no ``--period``), so
    a text whose dates all lie years from it is left undated rather than dated then."""
    found = _stated(lines, period, skip_far=far_is_background)
    if found:
        return found[0], found[1], 0.95
    masked = _masked(text, segments)
    # a deadline's or a plan's date ("dissolved by 1 January 2024") bounds nothing
    page_dates = [
        d
        for d in written_dates("\n".join(lines), happenings=True)
        if not (period and abs((d - period).days) > 183)
    ]
    weekday_named = any(w in masked.casefold() for w in _WEEKDAYS)
    relative = (first_week and weekday_named) or (
        onset
        and any(
            p.search(masked)
            for p in (
                _NTH_DAY,
                _AGO,
                _DURATION,
                _AFTER_ONSET,
                _LAST_WEEK_ONSET,
                _BEEN_ONSET,
                _DAY_OF_ONSET,
            )
        )
    )
    if not _MONTH_DAY.search(masked) and not page_dates and not relative:
        # every rule below needs a calendar date in the text (or the corpus's onset)
        return _no_date(weekday_named)
    doc = model._nlp()(masked)
    years = [
        int(y)
        for m in _MONTH_DAY.finditer(masked)
        for y in (m.group("y1"), m.group("y2"))
        if y and not _not_a_happening(masked, m, stamps=False)
    ]
    # the year of the document's own full dates nearest the corpus period: a historical
    # "September 11, 2001" must not set the year of every "on March 3" in a 2011 report, nor
    # a deadline's ("dissolved by 1 January 2024") the year of "on 28 September" in 2023
    year_hint = min(years, key=lambda y: abs(y - period.year)) if years and period else None
    if years and not period:
        year_hint = max(years)
    explicit: list[_Mention] = []
    anchored: list[_Mention] = []
    starts: list[dt.date] = []
    agos: list[tuple[int, str]] = []
    since_onset: list[tuple[int, str]] = []  # "eight days after the earthquake"
    offsets: list[tuple[int, str]] = []
    weekdays: list[tuple[int, str]] = []
    leads: list[tuple[elapsed.Elapsed, list[dt.date]]] = []  # "A week after ..., X is"
    before: list[dt.date] = []  # the dates the sentence before names
    last_week = ""  # a past-tense sentence's "last week", in its words
    openers: list[tuple[dt.date | int, str]] = []  # "On August 26, ...", "On Sunday, ..."
    # the weekday of the text's first past-tense sentence naming one, when no sentence
    # before it writes a date: the lead's news ("Amnesty said in a statement on Thursday")
    lead_weekday: tuple[int, str] | None = None
    dated_before = False
    for sent in doc.sents:
        words = {t.lower_ for t in sent}
        future = bool(words & _FUTURE)
        dated = [
            (
                d,
                m.group(0),
                _SINCE.search(sent.text[: m.start()]) is not None,
                m.start(),
            )
            for m in _MONTH_DAY.finditer(sent.text)
            if not _not_a_happening(sent.text, m, stamps=sent.start_char > HEAD_CHARS)
            and (d := _month_day(m, year_hint, period)) is not None
        ]
        ago = _AGO.search(sent.text)
        if ago and dated:  # "erupted a week ago on January 2"
            days = _ago_days(ago)
            date, phrase, _, _ = min(dated)
            anchored.append(
                _Mention(date + dt.timedelta(days=days), f"{ago.group(0)} … {phrase}", "anchored")
            )
        elif ago and words & (_START | _START_NOUNS):
            agos.append((_ago_days(ago), ago.group(0)))
        elif ago and _ONSET_AGO.search(sent.text):
            # "rescued since the earthquake 11 days ago": what set the crisis off, counted back
            since_onset.append((_ago_days(ago), ago.group(0)))
        elif (after := _AFTER_ONSET.search(sent.text)) and (
            named := [d for d, _, _, at in dated if at == _onset_date_at(sent.text, after)]
        ):
            # "more than a week after the earthquakes of 6 February": counted from the day
            # the phrase names
            anchored.append(
                _Mention(
                    named[0] + dt.timedelta(days=_ago_days(after)),
                    f"{after.group(0)} … {named[0]}",
                    "anchored",
                )
            )
        elif not dated and (after := _AFTER_ONSET.search(sent.text)):
            since_onset.append((_ago_days(after), after.group(0)))
        elif not dated and (last := _LAST_WEEK_ONSET.search(sent.text)):
            since_onset.append((7, last.group(0)))
        elif not dated and (told := _DAY_OF_ONSET.search(sent.text)):
            # "yesterday's explosion": the day after the onset; "today's attack": its day
            since_onset.append((1 if _DAY_BEFORE.search(told.group(0)) else 0, told.group(0)))
        elif not dated and (been := _BEEN_ONSET.search(sent.text)):
            since_onset.append((_ago_days(been), been.group(0)))  # "It's been nine days"
        elif lead := elapsed.elapsed(sent):
            # the lead's own date ("a week after the vote of 20 July"), else the sentence
            # before's for "later"; without either, resolved once the text's dates are known
            own = [d for d, _, _, _ in dated]
            leads.append((lead, own or (before if lead.anchor == "before" else [])))
        if dated:
            before = [d for d, _, _, _ in dated]
        if opener := _OPENER.match(sent.text):
            if opener.group("day") and _past_tense(sent):
                openers.append(
                    (_WEEKDAYS.index(opener.group("day").lower()), opener.group(0).strip())
                )
            elif dated and dated[0][3] == opener.end("on"):
                openers.append((dated[0][0], dated[0][1]))
        start = _start_date(sent, year_hint, period)
        if start is not None:
            starts.append(start)
        starts.extend(d for d, _, since, _ in dated if since)
        if not future:
            for match in _NTH_DAY.finditer(sent.text):
                offsets.append((_nth_days(match), match.group(0)))
            for match in _DURATION.finditer(sent.text):
                raw = match.group("n").lower()
                n = _NUMBER_WORDS.index(raw) + 2 if raw in _NUMBER_WORDS else int(raw)
                offsets.append(
                    (n * (7 if match.group("unit").lower() == "week" else 1), match.group(0))
                )
            # a date after a start verb ("began on 20 April", "that began with the April 20
            # explosion") is a start; one before it ("Thursday, July 15, Day 86 of the
            # spill that began ...") is the report's
            explicit.extend(
                _Mention(
                    d,
                    _context(sent, p),
                    "start" if since or _START_BEFORE.search(sent.text[:at]) else "explicit",
                )
                for d, p, since, at in dated
            )
            if not last_week and (said := _LAST_WEEK.search(sent.text)) and _past_tense(sent):
                last_week = _context(sent, said.group(0))
            if not dated and _past_tense(sent):
                named = [
                    (_WEEKDAYS.index(t.lower_), _context(sent, t.text))
                    for t in sent
                    if t.lower_ in _WEEKDAYS and t.ent_type_ == "DATE"
                ]
                if named and lead_weekday is None and not dated_before:
                    lead_weekday = named[0]
                weekdays.extend(named)
        dated_before = dated_before or bool(dated)
    # dates written in full in the page's other lines: a photo caption ("Dhaka, July 18,
    # 2024") bounds the report from below; a time stamp (a post's, an update's or a
    # comment's the cleaner kept: "February 3, 2011 at 11:27 pm") was written on the day
    # of the report or after it
    stamps = set(stamped_dates("\n".join(lines)))
    explicit.extend(
        _Mention(d, "a time stamp in the page's text", "page")
        if d in stamps
        else _Mention(d, "a date in the page's other text", "caption")
        for d in page_dates
    )
    if not explicit and first_week is not None and weekdays:
        # nothing dates the text but weekdays: read them in the crisis's first week
        explicit.append(_Mention(first_week, FIRST_WEEK, "start"))
    first = min(starts) if starts else onset
    counted = [(first, item) for item in agos + offsets]
    # what set the crisis off is the corpus's onset, whatever else the text says began
    counted += [(onset or first, item) for item in since_onset]
    for start, (days, phrase) in counted:
        if start is not None:
            anchored.append(
                _Mention(start + dt.timedelta(days=days), f"start {start} + '{phrase}'", "anchored")
            )
    if period is not None:
        # a text with dates near the corpus's period reports those: one years away is a
        # reference ("On May 1, 2001, investigators ...")
        near = [m for m in explicit if abs((m.date - period).days) <= 2 * 366]
        if far_is_background and explicit and not near:
            # the period is the texts' agreement: a text whose dates are all years from it
            # recalls the past ("Born: August 29, 1958") and gives no date of its own
            anchored = [m for m in anchored if abs((m.date - period).days) <= 2 * 366]
            if not anchored:
                return None, "no date: its only dates are years from the corpus's period", None
        explicit = near or explicit
    # the onset the text's weekdays are read from is no date it recalls
    recalled = [m for m in explicit if m.date in landmarks and m.phrase != FIRST_WEEK]
    explicit = [m for m in explicit if m.date not in landmarks or m.phrase == FIRST_WEEK]
    if recalled and not explicit and not anchored:
        day = recalled[0].date.isoformat()
        return None, f"no date: its only date is the corpus's landmark ({day})", None
    reported = [m for m in explicit if m.kind not in _BOUNDS]
    latest_reported = max((m.date for m in reported), default=None)
    anchored += _lead_dates(leads, reported, explicit, onset)
    if anchored:
        best = max(anchored, key=lambda m: m.date)
        if latest_reported is None or best.date >= latest_reported:
            basis = f"inferred: relative date anchored to an explicit one ('{best.phrase}')"
            return best.date.isoformat(), basis, 0.7
    if not explicit:
        return _no_date(bool(weekdays))
    latest = max(explicit, key=lambda m: (m.date, m.kind not in _BOUNDS))
    basis = f"inferred: latest reported date {latest.date.isoformat()} ('{latest.phrase}')"
    if latest.kind not in _BOUNDS and elapsed.recounts(lines):
        # an explainer recounts its story by calendar dates and names by weekday the days
        # of the week it is written in: a past-tense weekday other than the latest date's
        # fell after it, and the text came out after that
        later = _weekdays_after(latest.date, weekdays)
        if later:
            date, phrase = later
            return _news_lag(
                date,
                f"{basis}; an explainer: a past-tense weekday after it gives {date.isoformat()}"
                f" ('{phrase}')",
                0.5,
            )
        if last_week:
            # nor a weekday: what it tells as done "last week" is its latest date, and it
            # is written the week after
            after = latest.date + dt.timedelta(days=7)
            return (
                after.isoformat(),
                f"{basis}; an explainer telling it as '{last_week}': a week after it",
                0.5,
            )
    chronicle = _chronicle(openers, latest.date)
    if latest.kind not in _BOUNDS and chronicle is not None:
        # a chronicle ("On August 26, ... On August 28, ... On Sunday, ...") goes on by
        # weekday after its dates: each weekday opening a sentence is the next after the day
        # before it, and the text came out after the last
        date, phrase = chronicle
        return _news_lag(
            date, f"{basis}; a chronicle goes on after it to {date.isoformat()} ('{phrase}')", 0.5
        )
    if latest.kind not in _BOUNDS and lead_weekday is not None and first_week is not None:
        # the lead tells the news by its weekday and the text dates only what it recounts
        # further down ("Sri Lanka on Thursday night revised the death toll ... On April 22,
        # an estimated figure was released"): the report is of the lead's weekday, the
        # first such day after the latest date it writes, within the days a story runs
        # (further on, the weekday is as likely a later week's: Timeline17, 0 of 15 right),
        # in a corpus of days (``first_week``): over months the date may be background and
        # the neighbours place the text (``dating.redate_background``)
        wd, phrase = lead_weekday
        if 0 < (gap := (wd - latest.date.weekday()) % 7) <= LEAD_WEEKDAY_DAYS:
            date = latest.date + dt.timedelta(days=gap)
            return (
                date.isoformat(),
                f"{basis}; the lead's weekday after it gives {date.isoformat()} ('{phrase}')",
                0.5,
            )
    if latest.kind not in _BOUNDS:
        # a happening's date X: the report came out that day or in the two after it, as
        # the news cycle runs (Timeline17, 167 texts: X for 32, X+1 for 16, X+2 for 12,
        # X-1 for 3): the day after is the one within a day of all three. Its weekdays
        # ("said on Sunday") are the days before it as often as after (pushing past them
        # was right for 11 of 277 articles, staying for 110)
        return _news_lag(latest.date, basis, 0.6)
    if latest.kind == "page" and weekdays:
        # a time stamp on the page was written on the day of the report or after it (an
        # update, a comment): the weekdays the report names fall on or before it
        before = [
            (latest.date - dt.timedelta(days=(latest.date.weekday() - wd) % 7), phrase)
            for wd, phrase in weekdays
        ]
        date, phrase = max(before)
        if latest_reported is not None and latest_reported > date:
            date, phrase = latest_reported, "a later reported date"
        return (
            date.isoformat(),
            f"{basis}; a past-tense weekday on or before it gives {date.isoformat()} ('{phrase}')",
            0.45,
        )
    if latest.kind == "caption" and latest_reported is None:
        # a photo or an embedded post of the report's days is its latest happening: the
        # report came out after it as after any (``NEWS_LAG``), the weekdays it names
        # ("erupted Tuesday", "on Thursday") that day's or before it, never a week later
        return _news_lag(latest.date, f"{basis}; a caption's or post's date, the latest", 0.5)
    if latest.kind == "caption" and latest_reported is not None:
        # a photo taken on the day (or the day before) the report tells ("arrested at a
        # shopping mall in Soweto, Tuesday July 13, 2021"): the report came out that day or
        # after the day after its latest happening
        lagged = latest_reported + dt.timedelta(days=NEWS_LAG)
        date = max(latest.date, lagged)
        return (
            date.isoformat(),
            f"{basis}; a caption's date, after the latest reported date "
            f"{latest_reported.isoformat()}",
            0.5,
        )
    # the latest date is when something began ("began on January 2nd", "since July 1"):
    # the report is later: on the day its head says it follows ("Tuesday's events"), the
    # first such weekday after the start, or on a past-tense weekday it names after it
    own = _own_weekday(lines)
    if own is not None:
        wd, phrase = own
        date = latest.date + dt.timedelta(days=(wd - latest.date.weekday()) % 7 or 7)
        return (
            date.isoformat(),
            f"{basis}; the page follows the day it names ('{phrase}'), the first after it",
            0.5,
        )
    if (
        latest.phrase == FIRST_WEEK
        and weekdays
        and eve is not None
        and eve == latest.date - dt.timedelta(days=1)
        and all(wd == eve.weekday() for wd, _ in weekdays)
    ):
        # the crisis's eve: a crisis is dated by its decisive day (the coup's), yet what
        # led to it came the day before, a day the other reports write ("On Sunday,
        # mutinies were reported" beside a Monday's takeover and "on 23 January"): a
        # weekday-only text naming only that weekday tells the eve, and came out that day
        # or the next, not six days after the onset
        return (
            latest.date.isoformat(),
            f"{basis}; its only weekday ('{weekdays[0][1]}') is the eve of it ({eve.isoformat()}):"
            " read as the day after the eve",
            0.35,
        )
    later = _weekdays_after(latest.date, weekdays)
    if later:
        date, phrase = later
        return (
            date.isoformat(),
            f"{basis}; a past-tense weekday after it gives at least {date.isoformat()}"
            f" ('{phrase}')",
            0.35 if latest.phrase == FIRST_WEEK else 0.5,
        )
    # a start alone is no report's date: the report came some unknown time after it
    return (
        None,
        f"no date: the only dates are starts ({latest.date.isoformat()}, '{latest.phrase}')",
        None,
    )


def _chronicle(
    openers: list[tuple[dt.date | int, str]], latest: dt.date
) -> tuple[dt.date, str] | None:
    """The day a chronicle's last weekday falls on: sentences opening on their dates in the
    order of the calendar ("On August 26, ...", "On August 28, ..."), two at least, the
    latest the text's ``latest`` date, then sentences opening on a weekday ("On Sunday,
    ..."), each read as the first such weekday after the day before it; None for a text
    that is no such chronicle."""
    dates = [(k, d) for k, (d, _) in enumerate(openers) if isinstance(d, dt.date)]
    if len(dates) < 2 or dates[-1][1] != latest:
        return None
    if any(b < a for (_, a), (_, b) in zip(dates, dates[1:], strict=False)):
        return None
    day, phrase = latest, ""
    for wd, words in openers[dates[-1][0] + 1 :]:
        if isinstance(wd, int):
            day += dt.timedelta(days=(wd - day.weekday()) % 7 or 7)
            phrase = words
    return (day, phrase) if phrase else None


def _lead_dates(
    leads: list[tuple[elapsed.Elapsed, list[dt.date]]],
    reported: list[_Mention],
    explicit: list[_Mention],
    onset: dt.date | None,
) -> list[_Mention]:
    """The days the text's leads of elapsed time give (``elapsed``): the distance from the
    date beside the lead, else from the latest happening the text reports ("a week after
    <a clause>"), else from the earliest date it gives ("Within a fortnight,": the story's
    start), else from the corpus's onset."""
    happened = [m.date for m in explicit if m.kind != "page"]
    out = []
    for lead, dates in leads:
        if dates:
            anchor: dt.date | None = max(dates)
        elif lead.anchor == "after" and reported:
            anchor = max(m.date for m in reported)
        elif lead.anchor == "start" and happened:
            anchor = min(happened)
        else:
            anchor = onset
        if anchor is not None:
            when = anchor + dt.timedelta(days=lead.days)
            out.append(_Mention(when, f"{anchor} + '{lead.phrase}'", "anchored"))
    return out


def _news_lag(day: dt.date, basis: str, confidence: float) -> tuple[str, str, float]:
    """The report came out the day after ``day`` (NEWS_LAG), as the news cycle runs."""
    return (day + dt.timedelta(days=NEWS_LAG)).isoformat(), f"{basis}; {_LAG_NOTE}", confidence


def _no_date(weekdays: bool) -> tuple[None, str, None]:
    return (
        None,
        "no date: the text names no calendar date" + (" (weekdays only)" if weekdays else ""),
        None,
    )


def _nth_days(match: re.Match[str]) -> int:
    """Days from the start to the report of "the Nth day/night/week" ("a fifth day" → 4,
    "the fourth night" → 4, "its second week" → 7)."""
    if match.group("count"):
        return int(match.group("count")) - 1
    raw = match.group("n").lower()
    n = _ORDINALS.index(raw) + 1 if raw in _ORDINALS else int(re.sub(r"\D", "", raw))
    unit = match.group("unit").lower()
    if unit == "night":
        return n  # the Nth night runs into the next day, when it is reported
    return (n - 1) * (7 if unit == "week" else 1)


def _start_date(sent: Span, year_hint: int | None, period: dt.date | None) -> dt.date | None:
    """The date in "began on January 2" / "erupted January 2": a start verb right before a date."""
    for tok in sent:
        if tok.lower_ not in _START | _START_NOUNS:
            continue
        window = sent.doc[tok.i + 1 : min(tok.i + 5, sent.end)].text
        match = _MONTH_DAY.match(window.removeprefix("on ").removeprefix("out on "))
        if match:
            return _month_day(match, year_hint, period)
    return None


def _onset_date_at(text: str, after: re.Match[str]) -> int | None:
    """Where the date the onset of "N days after the <onset> of <date>" names starts in
    ``text``, if the phrase names one."""
    of = _OF_DATE.match(text, after.end())
    return of.end() if of else None


def told_ago(text: str, segments: tuple[Segment, ...]) -> tuple[int, str] | None:
    """How long before it is written a text tells its story, when a sentence opens on it
    ("Two weeks ago, an attack on the town ...", "One week ago, the rebels claimed ..."):
    the days and the words; None when none does."""
    for line in _masked(text, segments).splitlines():
        for sentence in re.split(r"(?<=[.!?])\s+", line.strip()):
            match = _AGO.match(sentence)
            if match and sentence[match.end() : match.end() + 1] == ",":
                return _ago_days(match), match.group(0)
    return None


def _ago_days(match: re.Match[str]) -> int:
    raw = match.group("n").lower()
    words = {"a": 1, "an": 1, "a couple of": 2, "several": 3}
    n = int(words[raw] if raw in words else parse_number(raw) or 3)
    unit = match.group("unit").lower()
    if unit == "hour":
        # "72 hours after the attack", "48 hours ago": the whole days in it ("nearly 72
        # hours" is two and a bit; "more than 48 hours" no more than a day's hours over)
        return (n - (1 if match.group("under") else 0)) // 24
    # "just over a week ago": more than the count says, by at least a day; "nearly": less
    days = n * {"day": 1, "week": 7, "fortnight": 14}[unit]
    return days + (1 if match.group("over") else -1 if match.group("under") and days > 1 else 0)
