"""A natural disaster's toll: the death counts of the figures, attached to the strike.

Why: news of a quake, a flood or a storm tells the strike once and its toll again and again
as it rises ("the number of people killed by Monday's earthquakes rose to 14,014"). Those
counts are figure claims, grouped and set against each other by the claims' reconciliation
(resolve/claims.py); the strike itself is an event no sentence counts deaths in. A killing's
fatalities are the counts its own sentences give (output.py); a disaster's are the best
estimate of the claim group that counts its dead: of the death groups in which a figure's
sentence names the hazard the strike's reports name ("quake", "flood"), the one most figures
count in (a side count, "UN staff killed in the quake", is part of it, never added to it),
its low end when a range (the conservative reading, as ACLED codes conflicting reports).
The figures stay claims, with their conflicts; the event keeps their spans (``Event.toll``)
as the evidence its fatalities rest on. The toll goes to the strike most sources report (then
the earliest) that names the hazard: a second quake the same day, an aftershock, a look back
at the strike misdated by its report, is told within the same count. It is counted once,
never summed across strikes or scopes. A statement that gives a count of it
("AFAD said 5,434 people had been killed") announces the disaster's toll: its deaths are the
disaster's, not the statement's.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from sitrep.extract.event_triggers import ACLED
from sitrep.extract.events.vocabulary import HAZARDS
from sitrep.records import ClaimGroup, Document, Event, Evidence, FigureClaim

DISASTER = ACLED["disaster"][1]  # the sub-event type of a natural hazard striking
DEATHS = "killed"
STATEMENT = "statement"
_WORD = re.compile(r"[a-z]+")


# Words of one hazard: a quake, an earthquake and a tremor are one ("an aftershock" is a
# strike of its own)
HAZARD_FAMILY: dict[str, str] = {
    "quake": "earthquake",
    "tremor": "earthquake",
    "flooding": "flood",
    "mudslide": "landslide",
    "catastrophe": "disaster",
}


def hazard_words(text: str) -> frozenset[str]:
    """The hazards a text names ("Quake toll tops 7,000" -> {"earthquake"}), plurals
    singular, each as its family's word (HAZARD_FAMILY)."""
    words = {w for w in _WORD.findall(text.casefold())}
    words |= {w[:-1] for w in words if w.endswith("s")}
    return frozenset(HAZARD_FAMILY.get(w, w) for w in words & HAZARDS)


def main_hazards(texts: Iterable[str]) -> frozenset[str]:
    """The hazards most of the texts name (a strike's reports: "the quake struck ..." in
    most, "the catastrophe" or "the disease that followed" in one)."""
    counts = Counter(h for t in texts for h in hazard_words(t))
    top = max(counts.values(), default=0)
    return frozenset(h for h, n in counts.items() if n == top)


def is_disaster(e: Event) -> bool:
    return e.acled_sub_event_type == DISASTER and not e.apart


def attach_tolls(
    events: Sequence[Event],
    figures: Iterable[FigureClaim],
    groups: Iterable[ClaimGroup],
    documents: Iterable[Document],
    apart: Iterable[str] = (),
) -> tuple[Event, ...]:
    """The events, each natural disaster with the fatalities and toll spans of the death
    groups that name its hazard (figures kept apart as another story's left out)."""
    strikes = sorted(
        (e for e in events if is_disaster(e)),
        key=lambda e: (-e.corroboration, -len(e.reports), e.date or "9999", e.id),
    )
    if not strikes:
        return tuple(events)
    texts = {d.id: d.text for d in documents}
    left_out = set(apart)
    by_id: Mapping[str, FigureClaim] = {f.id: f for f in figures}
    named: list[tuple[ClaimGroup, frozenset[str], list[FigureClaim]]] = []
    for g in groups:
        if g.measure != DEATHS:
            continue
        fs = [by_id[i] for i in g.figures if i in by_id and i not in left_out]
        words = frozenset().union(
            *(hazard_words(texts.get(f.doc, "")[f.sentence.start : f.sentence.end]) for f in fs)
        )
        if fs and words:
            named.append((g, words, fs))
    tolls: dict[str, tuple[int, tuple[Evidence, ...]]] = {}
    taken: set[str] = set()
    for e in strikes:
        own = frozenset().union(*(hazard_words(r.text) for r in e.reports))
        mine = [(g, fs) for g, words, fs in named if g.id not in taken and words & own]
        counted = [(g, fs) for g, fs in mine if _estimate(g) is not None]
        if not counted:
            continue
        taken |= {g.id for g, _ in mine}
        # the main count of its dead: the group most figures count in
        main = max(counted, key=lambda gfs: (len(gfs[1]), _estimate(gfs[0]) or 0.0))[0]
        spans = tuple(
            sorted({Evidence(f.doc, f.start, f.end) for _, fs in mine for f in fs},
                   key=lambda s: (s.doc, s.start))
        )  # fmt: skip
        tolls[e.id] = (int(_estimate(main) or 0), spans)
    toll_spans = {s for _, spans in tolls.values() for s in spans}
    return tuple(
        dataclasses.replace(e, fatalities=tolls[e.id][0], toll=tolls[e.id][1])
        if e.id in tolls
        else dataclasses.replace(e, fatalities=None)
        if e.type == STATEMENT and e.fatalities and _tells(e, toll_spans)
        else e
        for e in events
    )


def _estimate(g: ClaimGroup) -> float | None:
    """A group's best estimate, its low end when a range (the conservative reading)."""
    return g.low if g.low is not None else g.high


def _tells(e: Event, counted: Iterable[Evidence]) -> bool:
    """Whether one of the event's reports states a count of a disaster's toll."""
    return any(
        s.doc == r.doc and r.start <= s.start and s.end <= r.end for r in e.reports for s in counted
    )
