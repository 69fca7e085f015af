"""Claims, groups and conflicts in words: a figure as its article gives it, with its source,
day and document, and the label and place a group is shown under.

Why: an estimate or a conflict is checked by reading the figures it rests on, so each is
told as its article states it ("at least 164", "dozens (24-99)"), never as the interval it
was read as, with who claims it, when, and in which document.
"""

from __future__ import annotations

from collections.abc import Sequence

from sitrep.records import FigureClaim
from sitrep.resolve import names as nm
from sitrep.resolve.claim_figures import _Claim

_KIND_WORDS = {
    "growth": "the count grew over time",
    "crowd": "the crowd grew or shrank over time (counts of different days are a series)",
    "scope": "the figures count different scopes (place, group or measure)",
    "disagreement": "sources disagree and the difference is not explained by time or scope",
}


def _fmt_num(x: float) -> str:
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,.2f}"


def describe_value(f: FigureClaim) -> str:
    """A figure in words as the article gives it ("at least 164", "dozens (24-99)")."""
    if f.vague or f.value is None:
        words = f.text.strip() or "an unspecified number"
        if f.low is not None and f.high is not None:
            return f"{words} ({_fmt_num(f.low)}-{_fmt_num(f.high)})"
        return words
    prefix = {
        "at_least": "at least ",
        "more_than": "more than ",
        "about": "about ",
        "up_to": "up to ",
    }
    return prefix.get(f.qualifier, "") + _fmt_num(f.value)


def _describe(c: _Claim, copies: int) -> str:
    f = c.fig
    bits = [describe_value(f)]
    if f.group:
        bits.append(f.group)
    if f.place:
        bits.append(f"in {f.place}")
    src = f.claimed_by or "unattributed"
    when = c.day.isoformat() if c.day else "undated"
    extra = f", {copies} reports" if copies > 1 else ""
    return f"{' '.join(bits)} ({src}, {when}, doc {f.doc}{extra})"


def _broadest_place(reps: Sequence[_Claim]) -> str | None:
    best = max(reps, key=lambda c: c.place.precision if c.place else 2)
    return best.fig.place


def _side_label(side: str, reps: Sequence[_Claim]) -> str:
    if reps and reps[0].label:
        return reps[0].fig.group or "all"
    if side == "security":
        return "security forces"
    labels = {nm.plain(c.fig.group or "all") for c in reps}
    return "all / civilians" if len(labels) > 1 else next(iter(labels))
