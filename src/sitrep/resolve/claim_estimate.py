"""A claim group's best current estimate, and its basis in words.

Why: an analyst needs one current range for a count, never an average of its claims: the
latest running totals of the widest scope. Not simply the latest figure: a day's incident
count, a city's part of the country's count, a count in words beside stated numbers, a
later count far below the earlier totals (one incident's, see ``_fallen``) and a live page's
superseded entries are kept as history; a narrower scope's later total above every total of
the wider one (``_outgrown``) shows the wider count is at least that large. The basis says
which figures the range rests on and why the others were not used.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
from collections.abc import Sequence

from sitrep.resolve.claim_describe import _describe
from sitrep.resolve.claim_figures import PEOPLE_MEASURES, _Claim
from sitrep.resolve.claim_pairs import _narrower
from sitrep.resolve.claim_roles import _scope_rank

SAME_TIME_DAYS = 1

# How far below an earlier total of its scope a later uncued count falls before it is read as
# one incident's count for the estimate (see _fallen)
FALLEN_RATIO = 10

# How far above every earlier number of its scope a later crowd in words may stand and still
# be the estimate: a crowd swells far faster than a toll grows (a first day's 20,000, the
# hundreds of thousands of the third week), but not without bound (see _grew_past)
CROWD_GROWTH_RATIO = FALLEN_RATIO**2


def _estimate(
    reps: Sequence[_Claim],
) -> tuple[float | None, float | None, str, tuple[_Claim, ...]]:
    """The best current estimate, with its basis in words: of the running totals (incident
    counts only when there is no total), those of the widest scope, and of them the latest
    (never simply the latest claim: "2 killed on Thursday" after "more than 300 killed since
    the protests began" is one day's count, "12 in Alexandria" a part of the country's)."""
    totals = [c for c in reps if not c.kind]
    pool = totals or list(reps)
    widest = max(_scope_rank(c) for c in pool)
    scoped = [c for c in pool if _scope_rank(c) == widest]
    fallen = _fallen(scoped) if totals else set()
    scoped = [c for c in scoped if id(c) not in fallen]
    # a live page's entries its later entry updated are history, not the day's range
    current = [c for c in scoped if c.role != "updated"]
    updated = len(scoped) - len(current) if current else 0
    scoped = current or scoped
    # a word ("millions", "dozens") is the estimate only when no claim of the scope states a
    # number, or when it is later than every number of the scope and above them all (the
    # count grew past them: "tens of thousands detained" a year after "10,000"): "thousands
    # arrested" after "10,000 arrested" does not replace the number, and a word on the day
    # of the stated tolls (a reader's comment) cannot outrank them; it stays listed
    numbered = [c for c in scoped if not (c.fig.vague or c.fig.value is None)]
    cap = CROWD_GROWTH_RATIO if pool[0].kind == "crowd" else FALLEN_RATIO
    grown = [c for c in scoped if c not in numbered and _grew_past(c, numbered, cap)]
    worded = len(scoped) - len(numbered) - len(grown) if numbered else 0
    scoped = [*numbered, *grown] if numbered else scoped
    dated = [c for c in scoped if c.day]
    if dated:
        latest = max(c.day for c in dated)  # type: ignore[type-var]
        recent = [c for c in dated if (latest - c.day).days <= SAME_TIME_DAYS]  # type: ignore[operator]
    else:
        latest, recent = None, list(scoped)
    # "numerous businesses" beside "about 400 businesses": the number is the estimate; the
    # vague claim stays listed, it does not widen the range to "10-999"
    earlier = len(scoped) - len(recent)
    recent = [c for c in recent if not (c.fig.vague or c.fig.value is None)] or recent
    # counts of people nest (protesters among everyone); a price in a city does not
    people = pool[0].fig.measure in PEOPLE_MEASURES
    outgrown = _outgrown(pool, scoped, recent, latest) if totals and people else []
    if outgrown:
        earlier += len(recent)
        latest = max(c.day for c in outgrown)  # type: ignore[type-var]
        recent = outgrown
    # "up to 2,000" beside "more than 1,000" states a ceiling, not a low end of 0
    floors = [c for c in recent if c.fig.qualifier != "up_to"] or recent
    lo_c = min(floors, key=lambda c: c.lo)
    hi_c = max(recent, key=lambda c: c.hi if math.isfinite(c.hi) else c.lo)
    high = hi_c.hi if math.isfinite(hi_c.hi) else hi_c.lo
    when = f"as of {latest.isoformat()}" if latest else "undated"
    what = "running total" if totals else f"{pool[0].kind} count"
    scope = "of a narrower scope above the widest's" if outgrown else "of the widest scope"
    if lo_c is hi_c:
        basis = f"latest {what} {scope} ({when}): {_describe(lo_c, 1)}"
    else:
        basis = (
            f"latest {what}s {scope} ({when}) range from {_describe(lo_c, 1)}"
            f" to {_describe(hi_c, 1)}"
        )
    if outgrown:
        basis += "; the wider count is at least as large, so its lower earlier figures are history"
    if earlier:
        basis += f"; {earlier} earlier figure(s) kept as history"
    if worded:
        basis += f"; {worded} figure(s) in words beside the stated numbers not used"
    if updated:
        basis += f"; {updated} earlier live-page entry(ies) the page updated kept as history"
    narrower = len(pool) - len(scoped) - len(fallen) - worded - len(outgrown) - updated
    if narrower:
        basis += f"; {narrower} figure(s) of a narrower place, group or measure not used"
    if fallen:
        basis += (
            f"; {len(fallen)} later count(s) far below an earlier total read as counts of one"
            " incident, not used"
        )
    incidents = len(reps) - len(totals) if totals else 0
    if incidents:
        basis += f"; {incidents} incident count(s) (one day or one attack) not used"
    return lo_c.lo, high, basis, (lo_c,) if lo_c is hi_c else (lo_c, hi_c)


def _grew_past(word: _Claim, numbered: Sequence[_Claim], cap: float = FALLEN_RATIO) -> bool:
    """A count in words stated after every number of its scope and wholly above them, but
    less than ``cap`` times the highest: a running total does not jump tenfold between
    reports any more than it falls tenfold (see _fallen), so "millions" in a reader's
    rhetoric after "2,000 killed" stays listed, not the estimate; a crowd may swell a
    hundredfold (CROWD_GROWTH_RATIO)."""
    top = max((n.nominal[1] for n in numbered), default=0.0)
    return (
        word.day is not None
        and word.lo < top * cap
        and all(n.day is not None and n.day < word.day and n.nominal[1] < word.lo for n in numbered)
    )


def _outgrown(
    pool: Sequence[_Claim],
    scoped: Sequence[_Claim],
    recent: Sequence[_Claim],
    latest: dt.date | None,
) -> list[_Claim]:
    """The latest running totals of a scope nested in the widest one ("over 400 protesters
    detained" within everyone detained, a city within its country) stated no earlier than the
    widest scope's latest totals and above all of them: the wider count is at least as large,
    so they, not the earlier, lower figures of the wider scope, are the current estimate.
    Counts in words, incident counts and shares their article explains do not qualify."""
    if latest is None:
        return []
    top = max(c.hi if math.isfinite(c.hi) else c.lo for c in recent)
    inside = {id(c) for c in scoped}
    found = [
        c
        for c in pool
        if id(c) not in inside
        and c.day is not None
        and c.day >= latest
        and not c.kind
        and not c.role
        and not (c.fig.vague or c.fig.value is None)
        and c.lo > top
        and any(_narrower(c, w) == -1 for w in recent)
    ]
    if not found:
        return []
    last = max(c.day for c in found)  # type: ignore[type-var]
    return [c for c in found if (last - c.day).days <= SAME_TIME_DAYS]  # type: ignore[operator]


def _fallen(scoped: Sequence[_Claim]) -> set[int]:
    """The claims read as running totals that fell far below the earlier totals of their scope.

    A running total does not shrink FALLEN_RATIO-fold: an uncued count that far below the
    median of the earlier totals ("six people were killed" months after "more than 1,000
    dead") counts one incident, not the whole; it stays in the group, it is not the estimate.
    The median, not the highest, sets the bar, so one misread number ("6,000,000 killed")
    does not push every later total aside; words ("millions") and fallen counts set none."""
    dated = sorted((c for c in scoped if c.day), key=lambda c: c.day)  # type: ignore[arg-type,return-value]
    out: set[int] = set()
    seen: list[float] = []  # the earlier days' stated totals, sorted
    today: list[float] = []
    day = None
    for c in dated:
        if c.day != day:
            for x in today:
                bisect.insort(seen, x)
            today, day = [], c.day
        bar = seen[len(seen) // 2] if seen else 0.0  # the upper median
        top = c.hi if math.isfinite(c.hi) else c.lo
        if bar and top * FALLEN_RATIO < bar:
            out.add(id(c))
        elif not (c.fig.vague or c.fig.value is None):
            today.append(c.fig.value if c.fig.value is not None else c.lo)
    return out
