"""The entries of a live page: which clock-stamped entry a figure sits in, in time order.

A live blog tells one day in entries under clock stamps ("23:40", "08:05 - Tally revised
upwards", "18:20 BST"), newest first or oldest first. A running total of an early entry
("at least 284 killed", at 09:15) that a later entry of the same page raises ("AFAD now puts
the death toll at 2,921", at 23:40) is the page's own update, not a second source
disagreeing: resolution gives the earlier one the role "updated" (see claim_roles._roles),
and it stays in its group as history.

The time order is the page's: the stamps read down the page either fall (newest first) or
rise; most steps decide. Entries are ranked by position, so a page that runs past midnight
keeps its order.
"""

from __future__ import annotations

import bisect
import re

# A line that opens with a clock stamp and holds nothing else but a zone, a date, or a
# headline after a dash: "23:40", "18:20 BST", "20:46, 27.12.2024", "08:05 - Officer charged".
STAMP_LINE = re.compile(
    r"^[ \t]*([01]?\d|2[0-3])[:.]([0-5]\d)(?:[ \t]*(?:[A-Z]{2,4}|GMT[+-]\d{1,2}))?"
    r"[ \t]*(?:,[ \t]*[\d./-]+[ \t]*|[-\u2013\u2014][ \t]+[^\n]*)?$",
    re.M,
)
# A page needs this many stamped entries to be read as a live page.
LEAST_ENTRIES = 3


def entry_starts(text: str) -> tuple[list[int], bool]:
    """The offsets of a page's entry stamps, in page order, and whether the page runs
    newest first; no offsets when the page is no live page."""
    stamps = [
        (m.start(), int(m.group(1)) * 60 + int(m.group(2))) for m in STAMP_LINE.finditer(text)
    ]
    if len(stamps) < LEAST_ENTRIES:
        return [], False
    falls = sum(b[1] < a[1] for a, b in zip(stamps, stamps[1:], strict=False))
    rises = sum(b[1] > a[1] for a, b in zip(stamps, stamps[1:], strict=False))
    return [s for s, _ in stamps], falls > rises


def entry_rank(starts: list[int], newest_first: bool, offset: int) -> int | None:
    """The time rank of the entry that holds ``offset`` (higher is later), None when the
    offset lies before the first entry (the headline, the standfirst) or the page has none."""
    i = bisect.bisect_right(starts, offset) - 1
    if i < 0:
        return None
    return len(starts) - i if newest_first else i
