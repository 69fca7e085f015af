"""A live page's update stamps ("Update 3:09 a.m. Wednesday in Cairo"): the day each
stamp names, and the weekdays written under it read from that day."""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import replace

from sitrep.extract.events.vocabulary import DAY_TIMEX, UPDATE_STAMP, WEEKDAY, WEEKDAYS
from sitrep.records import TimeExpression


def _weekday(t: TimeExpression) -> int | None:
    """The weekday a time expression names by itself ("Tuesday night", "8:09 p.m. ET
    Tuesday"), resolved against the publication day; None for any other."""
    m = WEEKDAY.search(t.text)
    if m is None or t.anchor != "publication" or not t.first or t.first != t.last:
        return None
    return WEEKDAYS.index(m.group(1).lower())


def live_stamps(
    text: str, times: list[TimeExpression], pub: dt.date | None
) -> list[tuple[int, dt.date]]:
    """(offset, day) of a live page's update stamps, in text order: the day each stamp's
    weekday names, on or after the publication day (a page is updated after it appears,
    so "Update 3:09 a.m. Wednesday" on a page published on a Monday is two days on)."""
    if pub is None:
        return []
    out = []
    for t in times:
        wd = _weekday(t)
        if wd is not None and UPDATE_STAMP.search(text[max(0, t.start - 30) : t.start]):
            out.append((t.start, pub + dt.timedelta(days=(wd - pub.weekday()) % 7)))
    return out


def stamp_day(stamps: list[tuple[int, dt.date]], offset: int) -> dt.date | None:
    """The day of the last update stamp at or before ``offset`` (None above the first)."""
    k = bisect.bisect_right([s for s, _ in stamps], offset) - 1
    return stamps[k][1] if k >= 0 else None


def restamped(
    times: list[TimeExpression], stamps: list[tuple[int, dt.date]], pub: dt.date | None
) -> list[TimeExpression]:
    """A live page's weekdays read from the update they are written under: "Mubarak said
    Tuesday night" under a stamp of Wednesday is the day before it, not the Tuesday before
    the page's publication; a clock read on the day before it ("11:47 p.m.") moves with
    it. Weekdays the normaliser read forward (a plan) stay as read."""
    if not stamps or pub is None:
        return times
    out: list[TimeExpression] = []
    moved: tuple[str | None, str | None] = (None, None)  # the last day read: before, after
    for t in times:
        day = stamp_day(stamps, t.start)
        wd = _weekday(t)
        iso: str | None = None
        if t.anchor == "previous" and t.first and t.first == t.last and t.first == moved[0]:
            iso = moved[1]
        elif day is not None and wd is not None and dt.date.fromisoformat(t.first[:10]) <= pub:  # type: ignore[index]
            iso = (day - dt.timedelta(days=(day.weekday() - wd) % 7)).isoformat()
        if t.first and t.first == t.last:
            moved = (t.first, iso or t.first)
        if iso is None or iso == t.first:
            out.append(t)
            continue
        timex = iso + (t.timex or "")[10:] if t.timex and DAY_TIMEX.match(t.timex) else t.timex
        out.append(replace(t, value=iso, first=iso, last=iso, timex=timex))
    return out
