"""Line features and the context-free class (jusText step 1): length, stopword density (spaCy's
English stop list), whether the line reads as a sentence or a heading, and whether it is made
of web-interface vocabulary, credits, bylines or comment markers.
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS

from sitrep.ingest.clean.lines import (
    BAD,
    GOOD,
    LENGTH_HIGH,
    LENGTH_LOW,
    NEARGOOD,
    SHORT,
    STOPWORDS_HIGH,
    STOPWORDS_LOW,
    _Line,
    _Piece,
)
from sitrep.ingest.clean.patterns import (
    AGE_STAMP,
    BIO_ROLE,
    BIO_START,
    BULLET,
    BYLINE,
    CAPTION,
    COMMENT_FOOTER,
    COMMENT_STRONG,
    COMMENT_WEAK,
    CONTRIBUTOR,
    COOKIE_NOTICE,
    COOKIE_NOTICE_MAX,
    CREDIT,
    DATE_ONLY,
    DATE_PREFIX,
    DATE_TIME,
    DOMAIN,
    LIVE_PREFIX,
    META_LINE,
    MOJIBAKE,
    POST_CREDIT,
    PUBLISHED_LINE,
    SENTENCE_END,
    SEPARATORS,
    SIGN_OFF,
    TEMPLATE,
    TIME_STAMP,
    UI_LINE,
    UI_PHRASE,
    UI_PHRASE_MAX,
    WORD,
)


def _norm(line: str) -> str:
    return " ".join(line.replace("\u00a0", " ").split()).casefold()


def _features(text: str, piece: _Piece) -> _Line:
    line = " ".join(text[piece.start : piece.end].replace("\u00a0", " ").split())
    bullet = bool(BULLET.match(line))
    line = DATE_PREFIX.sub("", line) or line
    if not POST_CREDIT.match(line):  # an embedded post's "— Name (@handle)" is no entry
        line = LIVE_PREFIX.sub("", line) or line
    tokens = WORD.findall(line)
    words = len(tokens)
    stops = sum(1 for t in tokens if t.casefold().replace("’", "'") in STOP_WORDS)
    density = stops / words if words else 0.0
    norm = _norm(line)
    start = MOJIBAKE.sub("", line)  # "¶¶Òõ¾«Æ· correspondents found ...": a bad encoding
    sentence = bool(start[:1].isupper() or start[:1] in "“\"‘'(`" or start != line) and bool(
        SENTENCE_END.search(SIGN_OFF.sub("", line))
    )
    capitals = sum(1 for t in tokens if t[:1].isupper())
    heading = (
        (3 if piece.start else 2) <= words <= 25  # a page's first line may be a short headline
        and len(line) <= 150
        and (line[:1].isupper() or line[:1].isdigit())
        and not line.rstrip("”\"’' ").endswith((".", ",", ";", ":"))
        and not SEPARATORS.search(line)
        and (capitals >= 1 or density >= 0.2)
        and not DATE_ONLY.match(norm)  # a site's clock or a page's date, not a title
    )
    inert = words == 0 or bool(TEMPLATE.match(norm))  # a dash, a row of stars, template code
    ui = (
        bool(UI_LINE.match(norm))
        or (len(line) <= UI_PHRASE_MAX and bool(UI_PHRASE.search(norm)))
        or (len(line) <= COOKIE_NOTICE_MAX and bool(COOKIE_NOTICE.search(norm)))
        or (len(line) <= UI_PHRASE_MAX and bool(CREDIT.search(line)))
        or bool(POST_CREDIT.match(line))
        or bool(TIME_STAMP.match(line))
        or bool(DOMAIN.match(norm))
        or (words <= 14 and bool(PUBLISHED_LINE.search(line)))
        or inert
        or (words <= 14 and bool(META_LINE.match(norm)))
        or (len(line) <= UI_PHRASE_MAX and bool(CAPTION.search(line)))
        or bool(DATE_TIME.match(norm))
        or bool(AGE_STAMP.match(norm))
    )
    breadcrumb = bool(SEPARATORS.search(line)) and words <= 8 and not SENTENCE_END.search(line)
    byline = bool(BYLINE.search(line)) and words <= 12 and not ui
    contributor = bool(CONTRIBUTOR.search(line)) and words <= 25
    bio = bool(BIO_START.match(line)) and bool(BIO_ROLE.search(line[:200])) and len(line) <= 800

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
        comment_strong=bool(COMMENT_STRONG.match(norm)),
        comment_footer=bool(COMMENT_FOOTER.match(norm)),
        inert=inert,
        bullet=bullet,
        comment_weak=bool(COMMENT_WEAK.match(norm)),
    )
