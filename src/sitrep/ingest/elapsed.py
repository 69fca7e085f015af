"""How long after a happening a text is written, as its lead says it.

An explainer or analysis written days after the news often opens by saying how far it is
from what it recounts, in a clause whose main verb is in the present: "Exactly a week
after the president withdrew the decree, the country is counting the cost", "Eight days
later, the man who led them is president", "Within a fortnight, a state ... has all but
disappeared". The same words before a verb in the past ("A week after the vote, protesters
stormed parliament") tell a story and date nothing: only the present puts the writer there.

What the distance counts from depends on how the phrase names it:

- ``after``: "a week after <a clause>" counts from a happening the text recounts; without a
  date beside it, the latest the text reports (an explainer is timed from the last turn);
- ``before``: "Eight days later" counts from the time the sentence before it names;
- ``start``: "Within a fortnight", "A week on" count from the start of the story the text
  tells: the earliest date it reports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span

from sitrep.extract.numbers import parse_number

# the counts of hours a text gives a stretch of days by ("72 hours after the attack",
# "Forty-eight hours later,"): read as the whole days in them
HOURS_COUNT = r"twenty-four|thirty-six|forty-eight|seventy-two|ninety-six"
_COUNT = (
    r"(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    rf"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|{HOURS_COUNT})"
)
_QUALIFIER = (
    r"(?:(?P<exact>exactly|just|only|precisely)\s+|(?P<over>(?:just\s+)?(?:over|more\s+than))\s+"
    r"|(?P<under>nearly|almost|barely|less\s+than|within|inside)\s+)?"
)
# a distance in days at the head of a sentence (or after a short opening: "Now, eight days
# later,"), then what it counts from
ELAPSED = re.compile(
    rf"^(?:\W*\w+,\s+)?{_QUALIFIER}{_COUNT}\s+(?P<unit>day|week|fortnight|hour)s?"
    r"(?:\s+(?P<rel>after|since|later)\b|\s+(?P<on>on)(?=\s*,)|(?=\s*,))",
    re.IGNORECASE,
)
# the words that show the phrase's clause is over and the main clause begins
_PRESENT = frozenset({"VBZ", "VBP"})
# a cue a line must hold for the dating to read it (``metadata._DATE_CUE``)
CUE = r"(?:days?|weeks?|fortnight|hours?)\s+(?:later|on)|within\s+a\s+(?:week|fortnight)"


@dataclass(frozen=True, slots=True)
class Elapsed:
    """A lead's distance from what it counts from: ``days``, the words, and the anchor
    (``after``, ``before`` or ``start``: see the module's docstring)."""

    days: int
    phrase: str
    anchor: str


def elapsed(sent: Span) -> Elapsed | None:
    """The distance the sentence's lead gives, when its main clause is in the present
    (a present-tense verb after the phrase, outside quotes), else None."""
    text = sent.text.lstrip()
    match = ELAPSED.match(text)
    if match is None:
        return None
    rel = (match.group("rel") or "").lower()
    if rel in {"after", "since"}:
        anchor = "after"
    elif rel == "later":
        anchor = "before"
    else:
        anchor = "start"
    # the main clause: after the comma that ends the phrase's clause
    offset = len(sent.text) - len(text) + match.end()
    comma = sent.text.find(",", offset)
    if comma < 0:
        return None
    start = sent.start_char + comma
    quoted = False
    present = False
    for tok in sent:
        if tok.text in {'"', "“", "”"}:
            quoted = not quoted
        if tok.idx > start and not quoted and tok.tag_ in _PRESENT:
            present = True
            break
    if not present:
        return None
    return Elapsed(_days(match), match.group(0).strip(), anchor)


def _days(match: re.Match[str]) -> int:
    raw = match.group("n").lower()
    n = 1 if raw in {"a", "an"} else int(parse_number(raw) or 1)
    if match.group("unit").lower() == "hour":
        return (n - (1 if match.group("under") else 0)) // 24
    days = n * {"day": 1, "week": 7, "fortnight": 14}[match.group("unit").lower()]
    if match.group("over"):
        return days + 1
    if match.group("under") and days > 1:
        return days - 1
    return days


# A head line that labels the text an explainer, an analysis or an editorial ("Explainer: why
# ...", "Analysis | ...", "The Review | Analysis", "Q&A: ...", "What we know about ...",
# "Editorial: ..."). Questions
# alone are no label: a report asks them too, and a forum page is all questions.
_LABEL = re.compile(
    r"^(?:explainer|analysis|q\s*&\s*a|factbox|fact\s+box|what\s+we\s+know|editorial|opinion)\b"
    r"|[|:–—-]\s*(?:explainer|analysis|editorial|opinion)\s*$",
    re.IGNORECASE,
)
HEAD_LINES = 4  # the lines a label stands in: the title, a kicker, a byline


def recounts(lines: list[str]) -> bool:
    """Whether the text labels itself an explainer or an analysis: one that recounts a
    story after its events, so that its calendar dates tell the story and the weekdays it
    names are the days of the week it is written in."""
    return any(_LABEL.search(line.strip()) for line in lines[:HEAD_LINES])


__all__ = ["CUE", "ELAPSED", "HEAD_LINES", "HOURS_COUNT", "Elapsed", "elapsed", "recounts"]
