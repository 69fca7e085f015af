"""What a paragraph carries on from the sentence before: a toll told again with no place of
its own counts where the paragraph's earlier toll does; a sentence that goes on with the
figures of the one before ("Of these, 36 were fined") is the same source's."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from sitrep.extract.figure_words import CONTINUATION
from sitrep.extract.figures.drafts import _Draft
from sitrep.extract.figures.syntax import _previous_in_paragraph

# Measures counted as one tally of people, whose place a paragraph tells once
_PLACE_FAMILY = frozenset(("killed", "injured"))


# Words by which a sentence counts the whole country, naming no place: "Across the country,
# at least 39 people were killed", "the toll since the protests began"
_NATIONWIDE = re.compile(r"\b(?:country|nationwide|nationally|since)\b", re.I)


def _continued_places(
    drafts: list[_Draft], places: list, country: str | None, text: str
) -> list[_Draft]:
    """A toll told again further on in the paragraph with no place of its own ("… the blast
    at the port of Beirut wounded 4,000 … At least 120 of the 5,000 people injured are in
    critical condition") counts where the paragraph's earlier toll of that measure does, not
    the whole country."""
    out: list[_Draft] = []
    told: dict[tuple[str, int], str] = {}
    for d in drafts:
        if d.measure not in _PLACE_FAMILY or country is None:
            out.append(d)
            continue
        key = (d.measure, text.rfind("\n", 0, d.start))
        named = any(d.sentence.start <= s < d.sentence.end for s, _, _, _ in places) or bool(
            _NATIONWIDE.search(text, d.sentence.start, d.sentence.end)
        )
        if d.place == country and not named and key in told:
            d = replace(d, place=told[key])
        elif d.place and d.place != country:
            told[key] = d.place
        out.append(d)
    return out


def _opens_sentence(d: _Draft, text: str) -> bool:
    """A sentence that opens on its count ("Forty-five police officers were injured.") goes
    on with the tally of the sentence before it."""
    return not text[d.sentence.start : d.start].strip()


def _continued_sources(doc: Doc, drafts: list[_Draft], text: str) -> list[_Draft]:
    """A sentence that goes on with the figures of the one before it in the paragraph ("The
    MIA reported that cases for 98 individuals went to court. Of these, 36 were fined …")
    is the same source's: its unattributed figures take that sentence's source."""
    by_sentence: dict[int, list[_Draft]] = {}
    for d in drafts:
        by_sentence.setdefault(d.sentence.start, []).append(d)
    out = []
    for d in drafts:
        if d.claimed_by is None and (
            CONTINUATION.match(text, d.sentence.start) or _opens_sentence(d, text)
        ):
            prev = _previous_in_paragraph(doc[d.anchor].sent, text)
            before = by_sentence.get(prev.start_char, []) if prev is not None else []
            sources = {p.claimed_by for p in before}
            if len(sources) == 1 and None not in sources:
                d = replace(d, claimed_by=sources.pop())
        out.append(d)
    return out
