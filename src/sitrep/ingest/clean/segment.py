"""The cleaner's entry points: every line classified (splitting, features, comment thread,
smoothing, page rules) and the kinds joined into contiguous segments that cover the text.
"""

from __future__ import annotations

import re

from sitrep.ingest.clean.features import _features
from sitrep.ingest.clean.lines import (
    BAD,
    BODY,
    BOILERPLATE,
    COMMENTS,
    CREDIT,
    GOOD,
    NEARGOOD,
    _Line,
)
from sitrep.ingest.clean.page import LABELLED as LABELLED_LINE
from sitrep.ingest.clean.page import (
    _captions,
    _credits,
    _drop_tail_bios,
    _drop_tail_islands,
    _head_names,
    _headline_pairs,
    _headline_runs,
    _keep_standfirst,
    _masthead,
    _restated,
    _stamps,
    _teasers,
    _title_copies,
    _twice_in_a_row,
)
from sitrep.ingest.clean.patterns import (
    FUNCTION_WORDS,
    HEADLINE_NOISE,
    SAID_COLON,
    SENTENCE_END,
    SEPARATORS,
)
from sitrep.ingest.clean.pieces import _pieces
from sitrep.ingest.clean.smoothing import _keep_prose_by_body, _smooth
from sitrep.ingest.clean.threads import _thread_span
from sitrep.records import Segment


def segment_text(text: str) -> tuple[Segment, ...]:
    """Classify every line of ``text`` as body, boilerplate, comments or credit.

    The segments are contiguous, ordered and cover ``text`` from 0 to
    ``len(text)``; blank lines join the segment before them. An empty text
    has no segments.
    """
    if not text:
        return ()
    pieces = list(_pieces(text))
    lines = [_features(text, p) for p in pieces]
    kinds = _classify(lines)
    return _to_segments(text, lines, kinds)


def line_kinds(text: str) -> list[tuple[str, str]]:
    """(line, kind) for every non-blank piece of ``text``: a debugging aid."""
    segs = segment_text(text)
    out: list[tuple[str, str]] = []
    for piece in _pieces(text):
        kind = next(s.kind for s in segs if s.start <= piece.start < s.end)
        out.append((text[piece.start : piece.end], kind))
    return out


def _classify(lines: list[_Line]) -> list[str]:
    """The kind of every line: body, boilerplate, comments or credit."""
    start, end = _thread_span(lines)
    outside = [i for i in range(len(lines)) if not start <= i < end]
    # Glued alt text and inert lines (template code, a lone dash) are cruft the reader does
    # not see as page layout: they take no part in smoothing.
    article = [i for i in outside if not lines[i].glued and not lines[i].inert]
    texts = [lines[i] for i in article]
    classes = _smooth(texts, [ln.cf_class for ln in texts])
    classes = _keep_standfirst(texts, classes)
    classes = _drop_tail_bios(texts, classes)
    classes = _drop_tail_islands(texts, classes)
    if GOOD not in classes:
        # Too little text for context to speak (a few sentences): keep the prose.
        classes = [
            GOOD
            if ln.cf_class == NEARGOOD or (ln.cf_class != BAD and ln.sentence and ln.words >= 6)
            else c
            for ln, c in zip(texts, classes, strict=False)
        ]
    classes = _keep_prose_by_body(texts, classes)
    kinds = [COMMENTS if start <= i < end else BOILERPLATE for i in range(len(lines))]
    for i, c in zip(article, classes, strict=False):
        kinds[i] = BODY if c == GOOD else BOILERPLATE
    # a headline said again: the later copy is furniture, but when the page's text hangs
    # under that copy (a date stamp between), the title is the article's: its first copy keeps it
    for i, j in _title_copies(lines):
        if kinds[j] == BODY and kinds[i] == BOILERPLATE:
            kinds[i] = BODY
    furniture = _restated(lines) + _teasers(lines) + _captions(lines) + _headline_runs(lines)
    furniture += _stamps(lines) + _headline_pairs(lines) + _twice_in_a_row(lines)
    for i in furniture:
        if kinds[i] == BODY:
            kinds[i] = BOILERPLATE
    # the page's headline, which the lead under it tells again
    headline = _headline_told(lines, kinds, set(furniture))
    if headline is not None:
        kinds[headline] = BODY
    # a sentence that introduces the quotation under it is the article's ("..., said:")
    for i in _introductions(lines, kinds):
        kinds[i] = BODY
    # a text cut off in the middle of a paragraph: its last words are the article's
    if _cut_paragraph(lines, kinds) and len(lines) - 1 not in furniture:
        kinds[-1] = BODY
    # the outlet's name over its menu, and a site's or a section's name over the text, are
    # read for names as a byline is
    for i in _credits(lines) + _masthead(lines) + _head_names(lines):
        if kinds[i] != COMMENTS:
            kinds[i] = CREDIT
    return kinds


def _to_segments(text: str, lines: list[_Line], kinds: list[str]) -> tuple[Segment, ...]:
    """Contiguous segments: each piece owns the text up to the next piece's start."""
    if not lines:
        return (Segment(0, len(text), BODY),)
    bounds: list[tuple[int, str]] = [(0, kinds[0])]
    bounds += [(ln.start, kind) for ln, kind in zip(lines[1:], kinds[1:], strict=False)]
    segments: list[Segment] = []
    for (start, kind), nxt in zip(bounds, [b[0] for b in bounds[1:]] + [len(text)], strict=False):
        if segments and segments[-1].kind == kind:
            segments[-1] = Segment(segments[-1].start, nxt, kind)
        else:
            segments.append(Segment(start, nxt, kind))
    return tuple(segments)


INTRODUCTION_WORDS = 12  # "X said:" is a sentence: a name, a role and a verb of saying


def _introductions(lines: list[_Line], kinds: list[str]) -> list[int]:
    """Lines that end by introducing a quotation ("Reacting to the arrests, Jane Roe, the
    group's deputy director, said:"), with the article's text right under them."""
    return [
        i
        for i in range(len(lines) - 1)
        if kinds[i] == BOILERPLATE
        and kinds[i + 1] == BODY
        and lines[i].words >= INTRODUCTION_WORDS
        and SAID_COLON.search(lines[i].text)
    ]


CUT_WORDS = 12  # a paragraph's first words, cut off where the saved text ends
ADDRESS = re.compile(r"@|www\.|https?://")  # an e-mail or web address: a contact line


def _cut_paragraph(lines: list[_Line], kinds: list[str]) -> bool:
    """The text's last line is the start of a paragraph the saved text cut off ("Despite the
    attac", "Lt. Gen. Jane Roe, known as"): a few words that end in no punctuation, right
    under a paragraph of the article's, opening as a paragraph does (a capital, a quote, a
    dash), and no chrome for what they are (a prompt, a credit, a label, an address)."""
    if len(lines) < 2 or kinds[-1] != BOILERPLATE or kinds[-2] != BODY:
        return False
    last, above = lines[-1], lines[-2]
    text = last.text.strip()
    return (
        above.sentence
        and last.cf_class != BAD
        and not last.inert
        and last.words <= CUT_WORDS
        and (text[:1].isupper() or text[:1] in "-–—“\"‘'")
        and not SENTENCE_END.search(text)
        and not text.endswith((":", ")", "]", "|"))
        and not LABELLED_LINE.match(text)
        and not ADDRESS.search(text)
    )


HEADLINE_WORDS = (4, 25)  # a headline's length in words
HEADLINE_SHARED = 3  # content words a headline shares with the lead that tells it again
HEADLINE_LEAD_LINES = 4  # where the lead stands under the headline (a standfirst, a credit)
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")


def _content_words(text: str) -> set[str]:
    return {w.casefold() for w in _CONTENT_WORD.findall(text)} - FUNCTION_WORDS


def _headline_told(lines: list[_Line], kinds: list[str], furniture: set[int]) -> int | None:
    """The page's headline that the smoothing lost (no text above it to vouch for it): above
    the article's text, under the page's chrome alone (a skip link, the site's name, a menu,
    wherever the page starts), a line of a title's length, no menu, stamp or credit in it, no
    furniture, and HEADLINE_SHARED of its words in one of the first two paragraphs under it
    ("'Looting Death Toll' from South Africa Riots Reaches 337" over "South Africa's 'looting
    death toll' ... reached 337 on Thursday")."""
    low, high = HEADLINE_WORDS
    for i, first in enumerate(lines):
        if kinds[i] != BOILERPLATE:
            return None  # the article's text (or a byline) stands above: no headline lost
        if i in furniture or SEPARATORS.search(first.text):  # a menu, a breadcrumb
            continue
        if not low <= first.words <= high or first.text.rstrip().endswith((".", ":")):
            continue
        if HEADLINE_NOISE.search(first.text):
            continue
        under = zip(lines[i + 1 : i + 1 + HEADLINE_LEAD_LINES], kinds[i + 1 :], strict=False)
        body = [ln for ln, k in under if k == BODY and ln.sentence]  # paragraphs, not titles
        words = _content_words(first.text)
        if any(len(words & _content_words(ln.text)) >= HEADLINE_SHARED for ln in body[:2]):
            return i
    return None
