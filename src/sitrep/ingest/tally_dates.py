"""Texts dated by the tallies they give (step 4 of ``ingest.dating``).

Tallies are news of a day: an undated text that gives a distinctive tally dated reports
give ("224 people detained") was written the day they were. Running totals only grow
(``ingest.tallies``): a text dated no better than by its weekdays that gives a larger total
than a dated report ("more than 400 detained since ...") was written after it.
"""

from __future__ import annotations

import datetime as dt
import re

from sitrep.ingest import metadata
from sitrep.ingest.tallies import SAME_SCOPE, running_totals
from sitrep.store import Store

# Tallies of reports this many days apart or less are of one news cycle: a larger one
# says nothing of which came first (the morning's toll in one, a province's in another)
TALLY_SLACK_DAYS = 1


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
