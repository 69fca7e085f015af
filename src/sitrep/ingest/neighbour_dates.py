"""Texts placed among the dated texts that share their rare words (step 5 of ``ingest.dating``).

A text still undated after every other rule is read as an analyst would read a clipping
without a date: beside the dated reports telling the same story (``neighbours``), on the
day its first weekday gives there (as long after it as a sentence opening "Two weeks ago,"
says), with a low confidence (Timeline17: 48 of 225 within a day); one that names no day
the day after most of them fall, with a lower one (21 of 156). An explainer's words are its
whole story's: it places no other text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from sitrep.ingest import metadata, neighbours
from sitrep.records import Document
from sitrep.store import Store


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
