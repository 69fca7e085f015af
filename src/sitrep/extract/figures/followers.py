"""A count that goes on from the one before it ("Nearly 1,000 others had been treated at
the hospital", "Another 25 were killed", "12 more died") is the same source's: an
unattributed figure of that form takes the source of the nearest attributed figure before
it, within :data:`FOLLOWER_REACH` characters (the paragraph before, in wire copy)."""

from __future__ import annotations

import re
from dataclasses import replace

from sitrep.extract.figures.drafts import _Draft

# "N others", "N more" after the number; "another N" before it
FOLLOWER_AFTER = re.compile(r"\s+(?:others|more)\b", re.I)
FOLLOWER_BEFORE = re.compile(r"\banother\s+$", re.I)
FOLLOWER_REACH = 600


def follower_sources(drafts: list[_Draft], text: str) -> list[_Draft]:
    """``drafts`` (in text order) with followers given their predecessor's source."""
    out: list[_Draft] = []
    last: _Draft | None = None
    for d in drafts:
        if (
            d.claimed_by is None
            and last is not None
            and d.start - last.end <= FOLLOWER_REACH
            and (
                FOLLOWER_AFTER.match(text, d.end)
                or FOLLOWER_BEFORE.search(text[max(d.start - 12, 0) : d.start])
            )
        ):
            d = replace(d, claimed_by=last.claimed_by)
        if d.claimed_by is not None:
            last = d
        out.append(d)
    return out
