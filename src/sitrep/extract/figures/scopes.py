"""Counts of places that are another figure's scope, not claims of their own.

"At least 284 people have been killed and 2,323 injured in seven provinces", "98 people had
been detained on suspicion of looting in eight provinces", "toll tops 7,000 as Turkey imposes
emergency rule in 10 provinces": the number of provinces says where the sentence's count
was made, it is no quantity of the crisis by itself. A count of places standing alone ("protests
are ongoing in at least seventeen cities") is the spread of what happens, and stays a claim.

The place nouns are plain data (sitrep.extract.figure_words.PLACE_UNIT_NOUNS).
"""

from __future__ import annotations

import re

from sitrep.extract.figure_words import PLACE_UNIT_NOUNS
from sitrep.extract.figures.drafts import _Draft

# Measures that are no tally a count of places could scope: prices, the other counts (among
# them the counts of places themselves: "in at least seventeen cities, and dozens of towns"),
# and crowds: "demonstrations of hundreds of people in at least 13 cities" sizes each crowd,
# the cities are how far the protests spread, a claim of their own.
UNTALLIED_MEASURES = frozenset(("price", "other", "protesters"))

# The words before a count of places that make it a scope ("in seven provinces", "across
# the 10 hardest-hit provinces"): a preposition, maybe an article.
_SCOPE_BEFORE = re.compile(r"\b(?:in|across|throughout)\s+(?:the\s+|all\s+)?$", re.I)


def _counts_places(d: _Draft) -> bool:
    words = (d.group or "").split()
    return d.measure == "other" and bool(words) and words[-1] in PLACE_UNIT_NOUNS


def scope_counts(drafts: list[_Draft], text: str) -> set[int]:
    """The indices of the drafts that count the places ("in seven provinces") a tally of
    their sentence (the killed, the detained: not a price, not another count of places) was
    counted in."""
    tallied = {d.sentence for d in drafts if d.measure not in UNTALLIED_MEASURES}
    return {
        i
        for i, d in enumerate(drafts)
        if _counts_places(d)
        and d.sentence in tallied
        and _SCOPE_BEFORE.search(text, max(d.start - 20, 0), d.start) is not None
    }
