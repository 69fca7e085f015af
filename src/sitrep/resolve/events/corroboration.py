"""Independent sources: outlets, with copies of one article counted once."""

from __future__ import annotations

from sitrep.records import (
    Document,
)


def independent_sources(docs: dict[str, Document], canon: dict[str, str]) -> dict[str, str]:
    """The independent source of each document: its outlet when one is known, else its
    copy group (its duplicate group's canonical copy). Copies share one source: the outlet
    of the canonical copy, else of the first copy that names one, so a group whose copies
    name their outlet unevenly still counts once; one outlet's pages count once."""
    group_outlet: dict[str, str] = {}
    for doc_id in sorted(docs, key=lambda d: (canon.get(d, d) != d, d)):  # canonicals first
        outlet = " ".join((docs[doc_id].outlet or "").split())
        if outlet:
            group_outlet.setdefault(canon.get(doc_id, doc_id), outlet)
    return {d: group_outlet.get(canon.get(d, d), canon.get(d, d)) for d in docs}
