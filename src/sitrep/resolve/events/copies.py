"""Reports of one happening in an article and in its copy count once.

Why: a syndicated copy may be reworded ("The premier appeared on the broadcaster ... to
condemn" becomes "The top made an appearance on the journalist ... to denounce"), so the
verbatim test (a sentence folded the same, :attr:`_Item.copy_key`) misses it, and each
reworded sentence became an event of its own. Duplicate detection already says which
documents are copies of which; a copy keeps its original's order of sentences, so a
report in the copy is the report of the original with the same type, date and place at
about the same place in the text. Such a report takes the original's copy key, and
merging then treats it as the verbatim copy it is.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from sitrep.records import Document
from sitrep.resolve.events.items import _Item

# How far apart (as a share of the text) a report and its original may sit in the two texts.
POSITION_TOLERANCE = 0.1


def _position(item: _Item, length: Mapping[str, int]) -> float:
    return item.m.start / max(length.get(item.m.doc, 1), 1)


def _speakers_fit(a: _Item, b: _Item) -> bool:
    """A reworded copy may lose its speaker's name ("the premier" becomes "the top"),
    never change it."""
    return a.speaker is None or b.speaker is None or a.speaker == b.speaker


def align_copies(
    items: Sequence[_Item], docs: Mapping[str, Document], canon: Mapping[str, str]
) -> list[_Item]:
    """The items with each report of a copy keyed as its original's report, where the
    original (the group's canonical article) has one of the same type, date and place
    and no other speaker: the one in the same order among them when both texts have as
    many, else the nearest in the text (within POSITION_TOLERANCE)."""
    if not canon:
        return list(items)
    length = {d: len(doc.text) for d, doc in docs.items()}
    groups: dict[tuple[str, str, object, object], list[int]] = defaultdict(list)
    for n, i in enumerate(items):
        groups[(i.m.doc, i.m.type, i.m.date, i.place_key)].append(n)
    out = list(items)
    for (doc, *key), copies in groups.items():
        original = canon.get(doc, doc)
        if original == doc:
            continue
        reports = sorted(groups.get((original, *key), ()), key=lambda n: items[n].m.start)
        if not reports:
            continue
        copies = sorted(copies, key=lambda n: items[n].m.start)
        for k, n in enumerate(copies):
            match: int | None = reports[k] if len(copies) == len(reports) else None
            if match is None:
                here = _position(items[n], length)
                gap, match = min((abs(_position(items[o], length) - here), o) for o in reports)
                if gap > POSITION_TOLERANCE:
                    continue
            if _speakers_fit(items[n], items[match]):
                out[n] = dataclasses.replace(items[n], copy_of=items[match].copy_key)
    return out


# Runs of this many words, in order, shared by two reports' sentences, covering at least
# COPIED_SHARE of the shorter one: one copies the other (wire copy in two outlets, a
# background paragraph repeated), whatever each made of its date ("overnight Friday" read
# as Friday or Saturday) or its dateline. A shared attribution ("the ministry said in a
# statement posted on its official channel") is a small share of each sentence.
SHARED_RUN_WORDS = 10
COPIED_SHARE = 0.5


def _runs(text_key: str) -> list[str]:
    words = text_key.split()
    n = SHARED_RUN_WORDS
    return list(dict.fromkeys(" ".join(words[k : k + n]) for k in range(len(words) - n + 1)))


def align_quoted(items: Sequence[_Item]) -> list[_Item]:
    """The items with each report whose sentence shares enough runs of SHARED_RUN_WORDS
    words with an earlier report of the same type in another document keyed as that
    report: merging then joins it to the same event as a verbatim copy. Runs are looked
    up in an index, so no pair of reports is compared."""
    first: dict[tuple[str, str], int] = {}  # (type, run) -> the first report with it
    size: list[int] = []  # each report's number of runs
    out = list(items)
    for n, item in enumerate(items):
        runs = _runs(item.text_key)
        size.append(len(runs))
        shared: Counter[int] = Counter(
            o
            for run in runs
            if (o := first.get((item.m.type, run))) is not None and items[o].m.doc != item.m.doc
        )
        best = max(shared, key=lambda o: (shared[o], -o), default=None)
        if (
            best is not None
            and shared[best] >= COPIED_SHARE * min(len(runs), size[best])
            and _speakers_fit(item, items[best])
            and item.copy_of is None
        ):
            out[n] = dataclasses.replace(item, copy_of=out[best].copy_key)
        for run in runs:
            first.setdefault((item.m.type, run), n)
    return out
