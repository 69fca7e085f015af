"""The cleaner's records and kinds: a line piece's span and its features (:class:`_Line`), the
segment kinds (body, boilerplate, comments, credit), jusText's line classes and its thresholds.
"""

from __future__ import annotations

from dataclasses import dataclass

BODY, BOILERPLATE, COMMENTS = "body", "boilerplate", "comments"
# A byline or a wire story's contributor line ("By A and B", "(Reporting by A; Editing by B)"):
# no article text, but it names people, so the reader reads it (see Document.read_text).
CREDIT = "credit"
GOOD, NEARGOOD, SHORT, BAD = "good", "neargood", "short", "bad"

# jusText's defaults (English), in characters and stopword share.
LENGTH_LOW = 70
LENGTH_HIGH = 200
STOPWORDS_LOW = 0.30
STOPWORDS_HIGH = 0.32
MAX_HEADING_DISTANCE = 200


@dataclass(frozen=True, slots=True)
class _Line:
    """A non-blank piece of a line: its span in the text and what it looks like."""

    start: int
    end: int
    text: str
    words: int
    stop_density: float
    sentence: bool  # starts like a sentence and ends with sentence punctuation
    heading: bool  # short, no final full stop, capitalised: a title or subheading
    cf_class: str  # context-free class
    bio: bool
    glued: bool
    comment_strong: bool
    comment_weak: bool
    comment_footer: bool = False  # "January 31, 2011 at 6:40 pm | Report abuse"
    inert: bool = False  # no text a reader sees: unrendered template code, a lone dash
    bullet: bool = False  # a list item ("- 3,958 deaths recorded", "• Schools closed")


@dataclass(frozen=True, slots=True)
class _Piece:
    start: int
    end: int
    glued: bool = False  # alt text split off the front of a paragraph
