"""Numbers on a news page that are not the crisis's figures: hypothetical tolls and years
written as numerals (reader comments never reach extraction: the cleaner sets them apart,
sitrep.ingest.clean).

* A **hypothetical** toll ("thousands of people could have been killed", "would have
  died", "could be killed") is what did not happen; "may have been killed" is an estimate
  only when a source gives it ("as many as 300 may have been killed, the group said"), and
  "would be deployed" in reported speech is a plan, kept.
* A toll under **whether** ("whether the body count is 350,000 or 6,000,000 does not change
  the crime"): an alternative weighed, not a count claimed.
* A **year** the parse reads as a count ("the 2001 killing of an intern"), or a span of
  years read as a range ("during 1973 - 2011").

The vocabularies are plain data below; the checks are a few lines each.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitrep.extract.figure_words import CEILING_ADJECTIVES
from sitrep.extract.figures.syntax import _lemma, _predicate

# Modals of what did not or has not happened: a toll under them is hypothetical.
COUNTERFACTUAL_MODALS = frozenset(("could", "would", "should", "might", "may"))
# Modals of a mere possibility even without "have" ("up to 5,000 could be deployed").
POSSIBILITY_MODALS = frozenset(("could", "might", "may"))
# Modals that also give a source's estimate ("as many as 300 may have died, HRW said").
ESTIMATE_MODALS = frozenset(("may", "might"))
# Verbs a toll grows by: under "could" or "may" without "have" they tell a source's projection
# of how high it may go ("deaths could reach 20,000", "the toll may rise to 300"), a ceiling.
TOLL_RISE_VERBS = frozenset(("reach", "hit", "rise", "climb", "top", "exceed", "surpass"))
# Clause markers under which a number is an alternative weighed, not a count claimed.
ALTERNATIVE_MARKERS = frozenset(("whether",))
# Words before a year numeral that make it a date, not a count ("the 2001 killing").
YEAR_DETERMINERS = frozenset(
    ("the", "a", "this", "that", "its", "his", "her", "their", "our", "since", "in")
)


def hypothetical(anchor: Token, attributed: bool, projection: bool = False) -> bool:
    """The number's verb is under a modal of what did not happen ("could have been
    killed", "would be killed"), or an unattributed "may have", or the number sits in a
    "whether" clause: not a claimed count."""
    verb = _predicate(anchor)
    if verb is None:
        return False
    if any(c.dep_ == "mark" and c.lower_ in ALTERNATIVE_MARKERS for c in verb.children):
        return True
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    modal = next((a.lower_ for a in auxes if a.tag_ == "MD"), None)
    perfect = any(a.lower_ in {"have", "'ve"} for a in auxes)
    if modal not in COUNTERFACTUAL_MODALS or not (perfect or modal in POSSIBILITY_MODALS):
        return False  # "2,000 troops would be deployed, the ministry said": a plan reported
    if _lemma(verb) in TOLL_RISE_VERBS and not perfect:
        return False  # "Libya flood deaths could reach 20,000": a projected ceiling (up_to)
    if not perfect and _ceiling_comparison(verb):
        return False  # "the toll could be as high as 100 with 4,000 wounded": an estimate
    if projection and attributed and not perfect:
        return False  # "up to 23 million people could be affected, the WHO warned": its estimate
    return modal not in ESTIMATE_MODALS or not attributed


def _ceiling_comparison(verb: Token) -> bool:
    """A copula compared to a ceiling: "could be as high as 100" (a source's estimate)."""
    return _lemma(verb) == "be" and any(
        c.dep_ == "acomp"
        and c.lower_ in CEILING_ADJECTIVES
        and any(g.lower_ == "as" for g in c.children)
        for c in verb.children
    )


def projected_ceiling(anchor: Token) -> bool:
    """The number is how high a toll could go: "deaths could reach 20,000" (up_to)."""
    verb = _predicate(anchor)
    if verb is None or _lemma(verb) not in TOLL_RISE_VERBS:
        return False
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return any(a.tag_ == "MD" and a.lower_ in POSSIBILITY_MODALS for a in auxes) and not any(
        a.lower_ in {"have", "'ve"} for a in auxes
    )


def _year(x: float | None) -> bool:
    return x is not None and 1900 <= x <= 2100 and float(x).is_integer()


def year_range(span: Span, low: float | None, high: float | None) -> bool:
    """A span of years the matcher read as a range of a count: "during 1973 - 2011". The
    caller asks it only of a number with no counted noun ("1900 to 2100 people" is a count);
    a count's range in thousands is written with separators ("1,900-2,100")."""
    return _year(low) and _year(high) and "," not in span.text


def year_numeral(span: Span, value: float | None) -> bool:
    """A year the parse took for a count: "the 2001 killing", "since 2004"."""
    return (
        value is not None
        and 1900 <= value <= 2100
        and float(value).is_integer()
        and "," not in span.text
        and span.start > 0
        and span.doc[span.start - 1].lower_ in YEAR_DETERMINERS
    )
