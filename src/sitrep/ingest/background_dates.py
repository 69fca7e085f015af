"""The latest-reported-date rule undone where the neighbours say it reported background.

``metadata.infer_published`` dates a text with no stated date by the latest date it reports
("died April 22"). In a corpus of months that date is often background: a text so dated
that names a weekday, whose datelined neighbours (``neighbour_dates``) place it 3 to 21
days later, takes the day they and its first weekday give (Timeline17: 7 gained, none lost).
"""

from __future__ import annotations

import datetime as dt

from sitrep.ingest import metadata, neighbours
from sitrep.ingest.neighbour_dates import _named, _neighbourhood
from sitrep.store import Store

# how ``metadata.infer_published`` names a date read off the latest date a text reports
_LATEST_REPORTED = "inferred: latest reported date"


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
