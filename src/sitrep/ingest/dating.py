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

This module makes the final choice (``date_store``: which rules run, in which order, for a
corpus of days or of months); each step lives in a module of its own: ``written`` (the
days a text writes and the date it gives itself), ``period`` (1), ``onset`` (2),
``report_dates`` (4: copies, weekday-only texts, happenings, the first comment),
``tally_dates`` (4: shared tallies, running totals), ``neighbour_dates`` (5) and
``background_dates`` (5: the latest reported date undone). Their public names are
importable from here too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sitrep.ingest import metadata
from sitrep.ingest.background_dates import redate_background
from sitrep.ingest.neighbour_dates import date_by_neighbours
from sitrep.ingest.onset import (
    RECALLED_BY,
    SHORT_CRISIS_DAYS,
    _day_votes,
    _landmark,
    _named_days,
    _starts_on,
    corpus_onset,
)
from sitrep.ingest.period import SUPPORT_DAYS, Period, corpus_period
from sitrep.ingest.report_dates import (
    date_by_first_comment,
    date_by_happenings,
    date_copies,
    date_weekday_texts,
)
from sitrep.ingest.tally_dates import (
    SURE,
    TALLY_SLACK_DAYS,
    date_by_growing_tallies,
    date_by_shared_tallies,
    distinctive_numbers,
)
from sitrep.ingest.written import own_date, page_segments, readable
from sitrep.store import Store

# ... and within this many, a corpus of weeks: the happenings its reports date are few, so a
# weekday's sentence that shares the words of a dated one tells the same happening
WEEKS_CRISIS_DAYS = 31


@dataclass(frozen=True, slots=True)
class Dating:
    """What dating a store found: the period, the onset and the texts it dated."""

    period: Period
    onset: dt.date | None
    dated: int
    undated: int


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
    # the day before the onset, when a report writes it: the crisis's eve (``_published``)
    eve = (
        onset - dt.timedelta(days=1)
        if onset and _day_votes(documents, found.date)[onset - dt.timedelta(days=1)]
        else None
    )
    key = f"{found.date}|{onset}|{sorted(landmarks)}|{eve}"
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
            eve=eve,
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


__all__ = [
    "Dating",
    "Period",
    "RECALLED_BY",
    "SHORT_CRISIS_DAYS",
    "SUPPORT_DAYS",
    "SURE",
    "TALLY_SLACK_DAYS",
    "WEEKS_CRISIS_DAYS",
    "corpus_onset",
    "corpus_period",
    "date_by_first_comment",
    "date_by_growing_tallies",
    "date_by_happenings",
    "date_by_neighbours",
    "date_by_shared_tallies",
    "date_copies",
    "date_store",
    "date_weekday_texts",
    "distinctive_numbers",
    "own_date",
    "page_segments",
    "readable",
    "redate_background",
]
