"""A reader's voice glued into an article's text: the cues that tell a comment from reporting.

Why: pages keep their reader comments below the article, often with no marker the cleaner
can see ("Reply", a username line), so a commenter's "My family 8 were dependent upon me"
reads as body text and its number joins the crisis's counts. Reporting speaks of others in
the third person and quotes first-person speech inside quotation marks; an interview
transcript speaks in the first person too, but not in chat shorthand. A figure is a
reader's when its own sentence speaks in the first person singular outside quotation marks
and chat shorthand ("lol", "u") stands within a few lines of it.
"""

from __future__ import annotations

import re

from sitrep.extract.quotes import outside_quotes

# Chat shorthand no reporter or interviewee writes, as whole words: laughter in any case,
# the rest in lower case only ("U Thant", "SMH" the newspaper, "U.S." are no chat)
CHAT_WORDS = re.compile(
    r"(?<![\w'.])(?:(?i:lol|lmao|lmfao|rofl)|omg|smh|imho|btw|u|ur|plz)(?![\w'.])"
)
# The first person singular, outside quotation marks
FIRST_PERSON = re.compile(r"(?<![\w'])(?:I|me|my|mine|myself)(?![\w'])", re.I)
# How many lines either side of the figure's line the shorthand is looked for
CHAT_LINES = 12


def reader_voice(text: str, sent_start: int, sent_end: int) -> str | None:
    """Why the sentence at [sent_start, sent_end) is a reader's comment, or None."""
    sentence = outside_quotes(text[sent_start:sent_end])
    first = FIRST_PERSON.search(sentence)
    if first is None:
        return None
    lo = sent_start
    for _ in range(CHAT_LINES):
        lo = text.rfind("\n", 0, max(lo - 1, 0)) + 1
        if lo == 0:
            break
    hi = sent_end
    for _ in range(CHAT_LINES):
        nxt = text.find("\n", hi + 1)
        if nxt < 0:
            hi = len(text)
            break
        hi = nxt
    chat = CHAT_WORDS.search(outside_quotes(text[lo:hi]))
    if chat is None:
        return None
    return (
        f"its sentence speaks in the first person ({first.group()!r}) outside quotation marks"
        f" and chat shorthand ({chat.group()!r}) stands within {CHAT_LINES} lines: a reader's"
        " comment"
    )
