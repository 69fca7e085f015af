"""Texts dated by the dates the other reports give (step 4 of ``ingest.dating``).

A text that names only weekdays ("on Thursday") dates itself through the corpus: a copy
takes its original's date; a weekday-only text falls where its weekdays meet the days the
other reports give (``metadata.date_from_corpus``), or, in a corpus of weeks, on the day a
dated report gives a happening one of its sentences tells (``happenings.anchor``). A page
still undated takes the day of its first reader comment's time stamp: readers comment the
day a story appears.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from sitrep.ingest import dedup, happenings, metadata
from sitrep.ingest.clean import COMMENTS
from sitrep.ingest.written import page_segments
from sitrep.store import Store


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
