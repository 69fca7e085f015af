"""Separating article text from page cruft in plain text saved from the web.

A web page saved as text keeps its chrome: navigation, section labels, photo
credits, author bios, share and donation prompts, and reader comments. The
cleaner never rewrites text; it classifies every line and returns contiguous
:class:`~sitrep.records.Segment` ranges (body | boilerplate | comments) that
cover the text exactly, so offsets computed on the body stay valid.

Method (after jusText, Pomikálek 2011, adapted to lines without markup):

1. Each line gets a context-free class from its own features: length, stopword
   density (spaCy's English stop list), whether it reads as a sentence, and
   whether it is made of web-interface vocabulary (share/subscribe/donate
   prompts, credits, breadcrumbs). Classes: good, neargood, short, bad.
2. Context smoothing as in jusText: short lines take their neighbours' class,
   near-good lines survive unless bad text surrounds them, and heading-like lines
   followed closely by good text are kept.
3. Page-structure rules jusText leaves out: a reader-comment thread (markers
   such as "Leave a Reply", "N Comments", "Reply to X", "3 months ago") turns the
   rest of the page into comments; an author bio ("X is a columnist ...") in the
   page's tail is boilerplate; a small good island cut off from the article
   by prompts in the tail is boilerplate; image alt text glued to the first
   word of a paragraph ("…re electionAs Americans…") is split off.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from sitrep.records import Segment

BODY, BOILERPLATE, COMMENTS = "body", "boilerplate", "comments"
GOOD, NEARGOOD, SHORT, BAD = "good", "neargood", "short", "bad"

# jusText's defaults (English), in characters and stopword share.
LENGTH_LOW = 70
LENGTH_HIGH = 200
STOPWORDS_LOW = 0.30
STOPWORDS_HIGH = 0.32
MAX_HEADING_DISTANCE = 200

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+(?:[.,]\d+)*")
# Sentence punctuation, then closing quotes or brackets (spaced apart in tokenised text: ". ''")
_SENTENCE_END = re.compile(r"[.!?…](?:\s?(?:[\"'”’)\]]|-RRB-))*$")

# Whole-line interface text: a line that *is* one of these (possibly with a
# few extra words) is chrome. Matched against the casefolded, whitespace-
# normalised line. These are the generic labels of CMS themes and plugins.
_UI_LINE = re.compile(
    r"^(?:"
    r"(?:share|tweet|email|e-mail|print|pin|save|copy link|whatsapp|facebook|twitter|"
    r"linkedin|reddit|telegram|flipboard|pinterest)(?: (?:this|on|via|it|article|story|post|link)\b.*)?"
    r"|(?:follow|connect with|like|join) us\b.*"
    r"|(?:click|tap) here\b.*|read (?:more|next|also|full story)\b.*|continue reading\b.*|see also\b.*"
    r"|(?:related|more|latest|top|recommended|popular|trending) (?:articles?|stories|posts|news|"
    r"coverage|content|topics|reads|videos?|from [\w ]+)\b.*|most (?:read|popular|viewed|shared)\b.*"
    r"|you (?:may|might) (?:also )?(?:like|enjoy|be interested)\b.*|(?:sponsored|advertisement|ad)\b.*"
    r"|skip to (?:main )?content\b.*|(?:sign|log) (?:up|in|out)\b.*|subscribe\b.*|donate\b.*"
    r"|(?:written|posted|published|edited|reviewed|photos?|video|words) by\s*:?\s*$"
    r"|about the authors?\b.*|(?:tags?|topics?|categories|category|filed under|keywords)\s*:.*"
    r"|(?:previous|next|prev|older|newer) (?:article|post|story|page)\b.*|back to top\b.*"
    r"|load more\b.*|show more\b.*|comments are (?:closed|disabled)\b.*"
    r"|(?:hi|hello)?,? ?what are you looking for\b.*|search(?: for)?\b\s*\.*$|type (?:and|to) (?:hit|press) enter\b.*"
    r"|(?:home|menu|close|open|search|login|register|account|newsletter|newsletters|podcasts?|"
    r"contact(?: us)?|about(?: us)?|privacy policy|cookie policy|terms(?: of (?:use|service))?|"
    r"all rights reserved|advertise(?: with us)?)\s*$"
    r")"
)

# Phrases that make a (not too long) line a prompt, notice or credit wherever
# they occur in it.
_UI_PHRASE = re.compile(
    r"(?:\bsubscribe to (?:our|the)\b.*\bnewsletter|\bsign up (?:for|to|today)\b|\bnewsletter\b"
    r"|\bdownload (?:the|our)\b.*\bapp\b|\bdonate (?:now|today)\b|\bsupport (?:us|our|independent)\b"
    r"|\bwe hope you(?:'|’)?ve enjoyed\b|\benjoy(?:ed)? (?:this|articles like)\b|\bsmall favou?r to ask\b"
    r"|\bimage credit\b|\bphoto credit\b|\bcredit\s*:|\bphoto\s*:|\bimage\s*:|\bpicture\s*:"
    r"|\b(?:photo|image|picture)s? (?:by|courtesy|via)\b|\bgetty images\b|\bshutterstock\b|\bfile photo\b"
    r"|\ball rights reserved\b|©|\bcopyright\b|\bthis (?:site|website) uses cookies\b|\bcookie settings\b"
    r"|\baccept (?:all )?cookies\b|\b(?:originally|first) (?:published|appeared)\b"
    r"|\b(?:reprinted|republished|reproduced) (?:here )?with (?:the )?permission\b"
    r"|\bshare (?:this|on)\b|\bfollow us on\b|\bclick here\b|\bread more\s*:"
    r"|\bcomments are (?:not )?(?:pre-?screened|moderated|reviewed)\b|\brules of conduct\b"
    r"|\bcommunity (?:guidelines|standards)\b|\bwill not be (?:displayed|published)\b"
    r"|\banything you post\b"
    r"|\bstay up to date with\b|\bfollow \w+ on (?:whatsapp|twitter|x|facebook|instagram|telegram"
    r"|google news|youtube|threads)\b)"
)
_UI_PHRASE_MAX = 300  # longer lines are article text even if they mention these words

# Reader-comment threads. Strong markers start a thread by themselves; weak ones
# (timestamps, Reply buttons) only when several follow in the page's tail.
_COMMENT_STRONG = re.compile(
    r"^(?:\d+\s+(?:comments?|responses?|replies|thoughts? on\b.*)"
    r"|(?:leave|post|add|write|submit) a (?:reply|comment|response)\b.*"
    r"|join the (?:discussion|conversation)\b.*|inline feedbacks?|notify of\b.*"
    r"|view (?:all )?(?:\d+ )?comments?\b.*|(?:show|load|hide|see) (?:all |more )?comments?\b.*"
    r"|(?:oldest|newest|most voted|best|top)(?: (?:first|most voted|newest|oldest|voted))+"
    r"|comments?\s*(?:\(\d+\))?|discussion|reader comments|what do you think\?"
    r"|you must be logged in to (?:post|leave) a comment\b.*|(?:log ?in|sign in) to (?:comment|reply)\b.*"
    r"|would love your thoughts, please comment\b.*)$"
)
_COMMENT_WEAK = re.compile(
    r"^(?:(?:\d+|a|an|one)\s+(?:second|sec|minute|min|hour|hr|day|week|month|year)s?\s+ago"
    r"|reply(?: to\b.*)?|report(?: comment)?|like|likes?\s*\d*|upvote|downvote|permalink"
    r"|(?:\d+\s+)?(?:likes?|replies|votes?))$"
)

# The footer under each reader comment on news and blog pages: when it was posted, then
# "|" and the page's buttons ("January 31, 2011 at 6:40 pm | Report abuse | Reply"); it
# follows its comment, and on pages saved as text the next comment runs on after it.
_COMMENT_FOOTER = re.compile(
    r"^(?:[a-z]+\.? \d{1,2} ?, ?(?:19|20)\d\d,? at |\d{1,2} [a-z]+ (?:19|20)\d\d,? at )?"
    r"\d{1,2}:\d{2} ?[ap]\.? ?m\.? ?\|"
)

_BYLINE = re.compile(
    r"(?:^|[\s–—-])(?i:by)\s+[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]*|van|von|de|al|bin|el)){0,3}\s*"
    r"(?:[,|–—-]\s*[A-Z][\w/ .&'-]{0,40})?$",
)
_CONTRIBUTOR = re.compile(
    r"\b(?:contributed (?:reporting|to this report)|reporting by|editing by|additional reporting)\b",
    re.I,
)

_BIO_START = re.compile(
    r"^(?:[A-Z][\w'’.-]+\s+){1,3}(?:is|was|has been|serves as|works as)\s+(?:a|an|the|one|currently)\b"
)
_BIO_ROLE = re.compile(
    r"\b(?:journalist|columnist|writer|reporter|correspondent|editor|contributor|author|analyst"
    r"|researcher|fellow|professor|historian|blogger|commentator|freelancer?|pen name|novelist"
    r"|producer|host|broadcaster|photographer|contributing)\b",
    re.I,
)
# A scraper's date prefix on the first line (" date 2024-07-16 Headline"): metadata, not
# text; the line is judged by what follows it.
_DATE_PREFIX = re.compile(
    r"^\s*(?:date|published|updated)\s*:?\s*(?:19|20)\d\d-\d\d-\d\d\b\s*", re.I
)
# A live blog's entry marker: a leading dash or bullet ("-- Nearly 2,100 ...") and/or the
# entry's time stamp in brackets ("(Update 2:49 p.m. Cairo, 7:49 a.m. ET)"; "-LRB-"/"-RRB-"
# in Penn-Treebank-tokenised text): layout, not text; the line is judged by what follows it.
_LIVE_PREFIX = re.compile(
    r"^(?:[-–—•*]{1,2}\s+)*"
    r"(?:(?:\(|-LRB-)\s*(?:update|updated|posted|new)\b[^()]{0,80}?\d{1,2}[:.]\d\d[^()]{0,80}?"
    r"(?:\)|-RRB-)\s*(?:[-–—•]{1,2}\s+)?)?",
    re.I,
)
# Photo and agency credits joined by "/" at the end of a caption ("... 15 April 2023.
# EFE/EPA/MOHND AWAD"); an embedded post's attribution ("— Name (@handle) April 18, 2023");
# a short "Published: Tue 23 Jul 2024, 6:11 PM" or "Name Published April 26, 2023 | 09:42 PM".
_CREDIT = re.compile(r"(?:^|\s)[A-Z]{2,}(?:[-/][A-Z]{2,})*/[A-Z][A-Z .'’-]+$")
_TIME_STAMP = re.compile(
    r"^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?$", re.I
)
_POST_CREDIT = re.compile(r"^[—–-]\s*[^()]{1,80}\(@\w+\)\s*[\w ,]{0,30}$")
_PUBLISHED_LINE = re.compile(
    r"\b(?:published|updated|posted|last updated)\s*:?\s*(?:on\s+)?"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)",
    re.I,
)
# A site's name as its address on a line of its own ("UrduPoint.com").
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info|news|co|tv|[a-z]{2})$")
# A run of Latin-1 symbols and letters left by a bad encoding at the start of a line.
_MOJIBAKE = re.compile(r"^[\u0080-\u00ff]{3,}\s+")
# Separator-built lines (breadcrumbs, menus): "World / Politics", "Home » News".
_SEPARATORS = re.compile(r"\s(?:/|»|›|>|\||•|·)\s")
# Alt text glued to a paragraph's first word: "...re electionAs Americans".
_GLUE = re.compile(r"(?<=[a-z]{2})(?=[A-Z][a-z]+\s)")


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


@dataclass(frozen=True, slots=True)
class _Piece:
    start: int
    end: int
    glued: bool = False  # alt text split off the front of a paragraph


def segment_text(text: str) -> tuple[Segment, ...]:
    """Classify every line of ``text`` as body, boilerplate or comments.

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


# --- splitting ----------------------------------------------------------------


def _pieces(text: str) -> Iterable[_Piece]:
    """Non-blank line spans (trailing whitespace trimmed), alt-text prefixes split off;
    a paragraph hard-wrapped over several lines is one piece (see ``_continues``)."""
    pending: _Piece | None = None
    for piece in _line_pieces(text):
        if pending is not None and not piece.glued and _continues(text, pending, piece):
            pending = _Piece(pending.start, piece.end, pending.glued)
            continue
        if pending is not None:
            yield pending
        pending = piece
    if pending is not None:
        yield pending


def _continues(text: str, prev: _Piece, piece: _Piece) -> bool:
    """A line broken mid-sentence goes on in the next one: adjacent lines (no blank line
    between), the first ends without sentence punctuation, and the next starts in lower
    case or the first ends on a comma or a function word ("... reported that" / "despite
    ..."). Offsets are untouched: the piece spans both lines as they are in the text."""
    between = text[prev.end : piece.start]
    if between.count("\n") != 1:
        return False
    head, tail = text[prev.start : prev.end], text[piece.start : piece.end]
    if _SENTENCE_END.search(head) or len(head) < 30 or len(tail.split()) < 2:
        return False
    last = head.split()[-1]
    return (
        tail[:1].islower()
        or last.endswith((",", ";"))
        or last in STOP_WORDS  # a function word in lower case: "... reported that"
    )


def _line_pieces(text: str) -> Iterable[_Piece]:
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip()
        lead = len(body) - len(body.lstrip())
        start, end = pos + lead, pos + len(body)
        pos += len(raw)
        if start >= end:
            continue
        cut = _glue_point(text[start:end])
        if cut:
            yield _Piece(start, start + cut, glued=True)
            yield _Piece(start + cut, end)
        else:
            yield _Piece(start, end)


def _glue_point(line: str) -> int:
    """Where keyword-like alt text ends and a sentence begins, glued without a space.

    "Russia Russian Kazakhstan putin in moscow re electionAs Americans continue…"
    → the offset of "As". Only when the prefix has at least three words and no
    punctuation (it is a caption or keyword list, not prose), and the glued word
    is a common sentence opener (a stopword), so "iPhone" or "McDonald" never split.
    """
    if len(line) < LENGTH_LOW:
        return 0
    for match in _GLUE.finditer(line, 0, 160):
        prefix, rest = line[: match.start()], line[match.start() :]
        first = rest.split(maxsplit=1)[0]
        if (
            len(prefix.split()) >= 3
            and not re.search(r"[.,;:!?“”\"()]", prefix)
            and first.lower() in STOP_WORDS
            and _SENTENCE_END.search(rest)
        ):
            return match.start()
    return 0


# --- line features --------------------------------------------------------------


def _norm(line: str) -> str:
    return " ".join(line.replace("\u00a0", " ").split()).casefold()


def _features(text: str, piece: _Piece) -> _Line:
    line = " ".join(text[piece.start : piece.end].replace("\u00a0", " ").split())
    line = _DATE_PREFIX.sub("", line) or line
    if not _POST_CREDIT.match(line):  # an embedded post's "— Name (@handle)" is no entry
        line = _LIVE_PREFIX.sub("", line) or line
    tokens = _WORD.findall(line)
    words = len(tokens)
    stops = sum(1 for t in tokens if t.casefold().replace("’", "'") in STOP_WORDS)
    density = stops / words if words else 0.0
    norm = _norm(line)
    start = _MOJIBAKE.sub("", line)  # "¶¶Òõ¾«Æ· correspondents found ...": a bad encoding
    sentence = bool(start[:1].isupper() or start[:1] in "“\"‘'(`" or start != line) and bool(
        _SENTENCE_END.search(line)
    )
    capitals = sum(1 for t in tokens if t[:1].isupper())
    heading = (
        (3 if piece.start else 2) <= words <= 25  # a page's first line may be a short headline
        and len(line) <= 150
        and (line[:1].isupper() or line[:1].isdigit())
        and not line.rstrip("”\"’' ").endswith((".", ",", ";", ":"))
        and not _SEPARATORS.search(line)
        and (capitals >= 1 or density >= 0.2)
    )
    ui = (
        bool(_UI_LINE.match(norm))
        or (len(line) <= _UI_PHRASE_MAX and bool(_UI_PHRASE.search(norm)))
        or (len(line) <= _UI_PHRASE_MAX and bool(_CREDIT.search(line)))
        or bool(_POST_CREDIT.match(line))
        or bool(_TIME_STAMP.match(line))
        or bool(_DOMAIN.match(norm))
        or (words <= 14 and bool(_PUBLISHED_LINE.search(line)))
    )
    breadcrumb = bool(_SEPARATORS.search(line)) and words <= 8 and not _SENTENCE_END.search(line)
    byline = bool(_BYLINE.search(line)) and words <= 12 and not ui
    contributor = bool(_CONTRIBUTOR.search(line)) and words <= 25
    bio = bool(_BIO_START.match(line)) and bool(_BIO_ROLE.search(line[:200])) and len(line) <= 800

    if ui or breadcrumb or piece.glued:
        cf = BAD
    elif byline or contributor:
        cf = NEARGOOD
    elif len(line) < LENGTH_LOW:
        cf = NEARGOOD if sentence and words >= 5 and density >= 0.2 else SHORT
    elif heading:
        cf = SHORT  # a title or subheading: its context decides
    elif density >= STOPWORDS_HIGH:
        cf = GOOD if len(line) > LENGTH_HIGH else NEARGOOD
    elif density >= STOPWORDS_LOW:
        cf = NEARGOOD
    elif sentence and words >= 8:
        cf = SHORT  # dense with names and numbers, but prose: its neighbours decide
    else:
        cf = BAD
    return _Line(
        start=piece.start,
        end=piece.end,
        text=line,
        words=words,
        stop_density=density,
        sentence=sentence,
        heading=heading and not ui and not byline,
        cf_class=cf,
        bio=bio,
        glued=piece.glued,
        comment_strong=bool(_COMMENT_STRONG.match(norm)),
        comment_footer=bool(_COMMENT_FOOTER.match(norm)),
        comment_weak=bool(_COMMENT_WEAK.match(norm)),
    )


# --- classification ---------------------------------------------------------------


def _classify(lines: list[_Line]) -> list[str]:
    """The kind of every line: body, boilerplate or comments."""
    start, end = _thread_span(lines)
    outside = [i for i in range(len(lines)) if not start <= i < end]
    # Glued alt text is in-line cruft, not page layout: it takes no part in smoothing.
    article = [i for i in outside if not lines[i].glued]
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
    for i in _restated(lines) + _teasers(lines):
        if kinds[i] == BODY:
            kinds[i] = BOILERPLATE
    return kinds


_TEASER_CUE = re.compile(
    r"^(?:read more|read also|also read|related(?: stories| articles| news)?|see also|"
    r"more (?:on this|from|stories)|recommended|you may also like|watch)\b.{0,20}$"
)
_PURE_BYLINE = re.compile(r"^by\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,3}\s*[*†,]?$", re.I)


def _teasers(lines: list[_Line]) -> list[int]:
    """Other stories' headlines under a "Read more" or "Related" label, and a byline alone
    on its line ("By Jane Roe*"): page furniture, whatever their neighbours."""
    out = []
    for i, ln in enumerate(lines):
        if _PURE_BYLINE.match(ln.text) and ln.words <= 5:
            out.append(i)
        elif i and ln.heading and _TEASER_CUE.match(_norm(lines[i - 1].text)):
            out.append(i)
    return out


HEAD_LINES = 30  # where pages put their headline, teaser and summary


def _restated(lines: list[_Line]) -> list[int]:
    """Lines near the top that the page says again: a headline repeated further down (the
    later copy is furniture), a teaser that is the first words of a longer paragraph below
    (the teaser is furniture). A paragraph repeated whole is left alone: which copy is the
    article's, the page does not say."""
    out = set()
    norms = [_norm(ln.text).rstrip(".…") for ln in lines]
    for i in range(min(HEAD_LINES, len(lines))):
        if lines[i].words < 4:
            continue
        for j in range(i + 1, len(lines)):
            if norms[i] == norms[j] and lines[i].heading and not lines[i].sentence:
                out.add(j)
            elif norms[i] != norms[j] and norms[i] in norms[j]:
                out.add(i)
    return sorted(out)


def _thread_span(lines: list[_Line]) -> tuple[int, int]:
    """[start, end) line indices of a reader-comment thread ((n, n) if none).

    A strong marker ("Leave a Reply", "12 Comments", "Inline Feedbacks") starts it;
    so does a comment footer ("January 31, 2011 at 6:40 pm | Report abuse"), at the
    comment above it; otherwise three or more timestamp/Reply lines in the second half
    of the page's text start it at the first of them (with the commenter's name line above).
    The thread runs to the end unless article text clearly resumes: at least four
    good paragraphs and 1,000 characters after the thread's last marker.
    """
    n = len(lines)
    total = sum(len(ln.text) for ln in lines) or 1
    good_total = sum(len(ln.text) for ln in lines if ln.cf_class == GOOD) or 1
    seen = good_seen = 0
    # footers and timestamp/Reply lines from this line on
    footers = sum(ln.comment_footer for ln in lines)
    weak = sum(ln.comment_weak for ln in lines)
    start = n
    for i, ln in enumerate(lines):
        if (
            ln.comment_footer
            and seen  # text above it: not a page's head
            and (seen >= 0.3 * total or footers >= 3)  # or a thread longer than the text
        ):
            start = max(0, i - 1)  # the first comment is the line above its footer
            break
        if ln.comment_strong and (
            good_seen >= 0.3 * good_total or any(x.comment_weak for x in lines[i + 1 : i + 6])
        ):
            start = i
            break
        if ln.cf_class == GOOD:
            good_seen += len(ln.text)
        if ln.comment_weak and seen > total / 2 and weak >= 3:
            start = i
            if i > 0 and lines[i - 1].words <= 4 and not lines[i - 1].sentence:
                start = i - 1
            break
        seen += len(ln.text)
        footers -= ln.comment_footer
        weak -= ln.comment_weak
    if start == n:
        return n, n
    last_marker = max(
        i
        for i in range(start, n)
        if lines[i].comment_strong or lines[i].comment_weak or lines[i].comment_footer
    )
    tail = lines[last_marker + 2 :]  # the comment right after the last marker stays a comment
    if (
        sum(1 for ln in tail if ln.cf_class == GOOD) >= 4
        and sum(len(ln.text) for ln in tail) >= 1000
    ):
        return start, last_marker + 2
    return start, n


def _neighbour(
    classes: list[str], i: int, step: int, ignore_neargood: bool, skip: frozenset[int] = frozenset()
) -> str:
    """The class of the nearest line before (step -1) or after (+1) that speaks; ``skip``
    holds inline credits, which sit inside the text without breaking it."""
    j = i + step
    while 0 <= j < len(classes):
        c = classes[j]
        if j not in skip and c != SHORT and not (ignore_neargood and c == NEARGOOD):
            return c
        j += step
    return BAD


def _smooth(lines: list[_Line], classes: list[str]) -> list[str]:
    """jusText's context-sensitive revision of the context-free classes."""
    classes = _promote_neargood_runs(lines, list(classes))
    cf = list(classes)
    skip = frozenset(i for i, ln in enumerate(lines) if _inline_credit(ln.text))
    # Headings followed closely by good text are near-good.
    for i, ln in enumerate(lines):
        if ln.heading and classes[i] == SHORT and _good_follows(lines, cf, i):
            classes[i] = NEARGOOD
    # Short lines take their neighbours' class.
    revised = list(classes)
    for i, c in enumerate(classes):
        if c != SHORT:
            continue
        prev, nxt = _neighbour(classes, i, -1, True, skip), _neighbour(classes, i, 1, True, skip)
        if prev == GOOD and nxt == GOOD:
            revised[i] = GOOD
        elif prev == BAD and nxt == BAD:
            revised[i] = BAD
        elif (prev == BAD and _neighbour(classes, i, -1, False, skip) == NEARGOOD) or (
            nxt == BAD and _neighbour(classes, i, 1, False, skip) == NEARGOOD
        ):
            revised[i] = GOOD
        else:
            revised[i] = BAD
    classes = revised
    # Near-good lines survive unless bad text surrounds them.
    revised = list(classes)
    for i, c in enumerate(classes):
        if c != NEARGOOD:
            continue
        prev, nxt = _neighbour(classes, i, -1, True, skip), _neighbour(classes, i, 1, True, skip)
        revised[i] = BAD if (prev, nxt) == (BAD, BAD) else GOOD
    classes = revised
    # Headings that ended up bad but lead into good text are kept.
    for i, ln in enumerate(lines):
        if ln.heading and classes[i] == BAD and cf[i] != BAD and _good_follows(lines, classes, i):
            classes[i] = GOOD
    return classes


def _keep_prose_by_body(lines: list[_Line], classes: list[str]) -> list[str]:
    """Prose beside article text is article text, whatever its stopwords: a lead dense with
    numbers and names ("Police detained 48 people overnight Friday after ..."), a line a
    text collector cut off mid-sentence at the end of the page. Chrome is rarely a
    sentence of eight words or more; the lines judged bad for what they are (prompts,
    credits) stay bad."""
    out = list(classes)
    changed = True
    while changed:  # article text spreads through runs of such lines, either way
        changed = False
        for i, ln in enumerate(lines):
            if out[i] == GOOD or ln.cf_class == BAD or ln.bio:
                continue
            prose = ln.sentence and ln.words >= 8
            cut = i == len(lines) - 1 and ln.words >= 6 and ln.stop_density >= 0.2
            near = [out[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
            if (prose or cut) and GOOD in near:
                out[i] = GOOD
                changed = True
    return out


def _promote_neargood_runs(lines: list[_Line], classes: list[str]) -> list[str]:
    """Three or more near-good paragraphs in a row (short lines between them allowed)
    are article text written in short paragraphs, as tabloids and wires do; jusText
    would lose a whole such article when no paragraph reaches the "good" length."""
    out = list(classes)
    run: list[int] = []
    for i in range(len(classes) + 1):
        c = classes[i] if i < len(classes) else BAD
        if c == NEARGOOD:
            run.append(i)
        elif c != SHORT or i == len(classes):
            if len(run) >= 3 and sum(len(lines[k].text) for k in run) >= 300:
                for k in run:
                    out[k] = GOOD
            run = []
    return out


def _good_follows(lines: list[_Line], classes: list[str], i: int) -> bool:
    distance = 0
    for j in range(i + 1, len(lines)):
        if distance > MAX_HEADING_DISTANCE:
            return False
        if classes[j] == GOOD:
            return True
        distance += len(lines[j].text)
    return False


def _inline_credit(line: str) -> bool:
    return bool(_POST_CREDIT.match(line) or _CREDIT.search(line))


def _keep_standfirst(lines: list[_Line], classes: list[str]) -> list[str]:
    """Above the first paragraph of the article, a sentence of eight words or more is its
    standfirst (or lead), and the headline just above it is the article's too: page chrome
    up there is menus, labels and prompts, not prose."""
    out = list(classes)
    first = next((i for i, c in enumerate(out) if c == GOOD), len(out))
    for i in range(first):
        ln = lines[i]
        if ln.cf_class != BAD and ln.sentence and ln.words >= 8 and not ln.bio:
            out[i] = GOOD
            if i > 0 and lines[i - 1].heading and lines[i - 1].cf_class != BAD:
                out[i - 1] = GOOD
    return out


def _drop_tail_bios(lines: list[_Line], classes: list[str]) -> list[str]:
    """An author bio ("X is a columnist …") in the page's tail is boilerplate.

    The tail is where less than a quarter of the article's good text remains.
    """
    good = [len(ln.text) if c == GOOD else 0 for ln, c in zip(lines, classes, strict=False)]
    total = sum(good) or 1
    after = total
    out = list(classes)
    for i, ln in enumerate(lines):
        after -= good[i]
        if ln.bio and after <= total / 4:
            out[i] = BAD
    return out


def _drop_tail_islands(lines: list[_Line], classes: list[str]) -> list[str]:
    """Good text after the article, cut off from it by two or more bad lines, is boilerplate.

    Donation appeals and promos read like prose; what gives them away is that
    they sit after the article's end, behind bios and prompts, and are much
    smaller than the article.
    """
    out = list(classes)
    runs: list[tuple[int, int]] = []  # [first, last] indices of body runs, split by >=2 bad lines
    bad_gap = 0
    for i, c in enumerate(classes):
        if c == GOOD:
            if runs and bad_gap < 2:
                runs[-1] = (runs[-1][0], i)
            else:
                runs.append((i, i))
            bad_gap = 0
        elif not _inline_credit(lines[i].text):  # a caption credit is no break in the text
            bad_gap += 1
    if len(runs) < 2:
        return out
    sizes = [
        sum(len(lines[k].text) for k in range(a, b + 1) if classes[k] == GOOD) for a, b in runs
    ]
    main = max(range(len(runs)), key=lambda k: sizes[k])
    for k in range(main + 1, len(runs)):
        if sizes[k] * 3 < sum(sizes[:k]):
            a, b = runs[k]
            for j in range(a, b + 1):
                out[j] = BAD
        else:
            break
    return out


# --- output -----------------------------------------------------------------------


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
