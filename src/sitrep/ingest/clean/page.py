"""Page-structure rules jusText leaves out: credit lines, teasers of other stories and lone bylines,
headlines and teasers the page restates, the standfirst, captions (over a source line or known by
their credit), a page's date stamps, names over the text, two headlines in a row inside it,
author bios and small good islands in the page's tail.
"""

from __future__ import annotations

import re

from sitrep.ingest.clean.features import _norm
from sitrep.ingest.clean.lines import BAD, GOOD, NEARGOOD, _Line
from sitrep.ingest.clean.patterns import (
    CLOCK,
    COUNT_STAMP,
    CREDIT,
    CREDIT_BYLINE,
    CREDIT_CONTRIBUTED,
    CREDIT_CONTRIBUTORS,
    CREDIT_STATEMENT,
    CREDITED_BLURB,
    CREDITED_CAPTION,
    DATED_CAPTION,
    FULL_DATE,
    PHOTO_SOURCE,
    PICTURE_CREDIT,
    PLACE_DATE,
    POST_CREDIT,
    PURE_BYLINE,
    ROLE_CREDIT,
    SENTENCE_END,
    SEPARATORS,
    STAMP_WORDS,
    TEASER_CUE,
    TEASER_CUT,
    TEASER_LINE,
    WIRE_LINE,
    WORD,
)

BYLINE_WORDS = 16  # "By A B and C D | Thursday, 14 July 2022 - 10:40 pm"
CONTRIBUTOR_WORDS = 60
CONTRIBUTED_WORDS = 30  # "A and B of The Associated Press contributed to this report."


def _credits(lines: list[_Line]) -> list[int]:
    """Bylines, wire contributor lines ("By A and B", "(Reporting by A in X; Editing by
    B)"), a statement's signature ("Statement from Ms. A, Representative"), a photographer's
    credit ("Photography Jane Roe") and an agency's name alone ("Reuters"): no article text,
    wherever they stand, but the people and outlets they name are the corpus's."""
    return [
        i
        for i, ln in enumerate(lines)
        if (ln.words <= BYLINE_WORDS and CREDIT_BYLINE.match(ln.text))
        or (ln.words <= BYLINE_WORDS and CREDIT_STATEMENT.match(ln.text.strip()))
        or (ln.words <= CONTRIBUTOR_WORDS and CREDIT_CONTRIBUTORS.match(ln.text))
        or (ln.words <= CONTRIBUTED_WORDS and CREDIT_CONTRIBUTED.search(ln.text.strip()))
        or (ln.words <= BYLINE_WORDS and ROLE_CREDIT.match(ln.text))
        or WIRE_LINE.match(_norm(ln.text))
        or PICTURE_CREDIT.match(ln.text)
    ]


def _teasers(lines: list[_Line]) -> list[int]:
    """Other stories under a "Read more" or "Related" label, and a byline alone on its line
    ("By Jane Roe*"): page furniture, whatever their neighbours. Under the label's first
    headline, the run of other stories' cut-off excerpts ("GUWAHATI, Feb 22: The ongoing
    row over ...") and the headlines over them goes on until a line that is neither."""
    out = []
    for i, ln in enumerate(lines):
        if (PURE_BYLINE.match(ln.text) and ln.words <= 5) or TEASER_LINE.match(_norm(ln.text)):
            out.append(i)
        elif i and ln.heading and TEASER_CUE.match(_norm(lines[i - 1].text)):
            out.append(i)
            j = i + 1
            while j < len(lines) and (
                _cut(lines[j]) or (lines[j].heading and j + 1 < len(lines) and _cut(lines[j + 1]))
            ):  # excerpts, and headlines over excerpts: a subheading over the text is kept
                out.append(j)
                j += 1
    return out


def _cut(ln: _Line) -> bool:
    return bool(TEASER_CUT.search(ln.text)) and ln.words <= 60


LABELLED = re.compile(r"^[^:]{1,30}:\s")  # a list item's short label and colon
HEADLINE_RUN = 4  # a title and a subtitle, or a subheading, stand two at most


def _headline_runs(lines: list[_Line]) -> list[int]:
    """A run of four or more headlines with no paragraph between (menu labels may stand among
    them): a list of other stories, a menu of sections, however near the text it stands. A
    bulleted or labelled list ("- 3,958 deaths recorded", "Group A: Chad, Mali") and a run of
    exclamations or questions are the text's own and break the run."""
    out: list[int] = []
    run: list[int] = []
    for i, ln in enumerate(lines + [None]):  # type: ignore[list-item]
        if (
            ln is not None
            and not ln.bullet  # a list's items are the text's own
            and not ln.sentence
            and not LABELLED.match(ln.text)  # "Q: Favourite books?", "Path A: Iceland, Israel"
            and (ln.heading or ln.words <= 2)
        ):
            run.append(i)
            continue
        if sum(lines[k].heading for k in run) >= HEADLINE_RUN:
            out.extend(run)
        run = []
    return out


STAMP_WORDS_MAX = 12  # "January 28, 2025 11:46 am (EST)", "Oct 25, 2021 • 1 hour ago"
STAMP_OTHER_WORDS = 3  # the site's or the section's name beside it: "... 2021 Peace and Security"


def _stamps(lines: list[_Line]) -> list[int]:
    """A page's date stamp on a line of its own: a full date (day, month and year), with at
    most a clock, a zone, a label and a few words of the page's beside it ("February 02, 2025",
    "Reuters 23 Jan, 2022", "Update: 2020-10-21 23:42 GMT", "August 26, 2021 Peace and
    Security"), wherever it stands. A place before the date without a clock is a communiqué's
    dateline ("Geneva, 30 June 2023"): the text's own. A clock time alone is a live page's
    entry stamp, and the smoothing keeps it with its entry."""
    out = []
    for i, ln in enumerate(lines):
        if ln.words > STAMP_WORDS_MAX or ln.sentence:
            continue
        norm = _norm(ln.text)
        if COUNT_STAMP.match(norm):
            out.append(i)
            continue
        if not FULL_DATE.search(norm):
            continue
        if PLACE_DATE.match(ln.text) and not CLOCK.search(norm):
            continue
        rest = WORD.findall(STAMP_WORDS.sub(" ", norm))
        if len(rest) <= STAMP_OTHER_WORDS:
            out.append(i)
    return out


def _headline_pairs(lines: list[_Line]) -> list[int]:
    """Two or more headlines in a row between two paragraphs of the text: links to other
    stories (or a photo's alt text and caption), not the text's own subheadings, which stand
    one at a time over the paragraph they head. A list's items, questions and headings in
    capitals are the text's own. Lines of the same block that are no sentence either (a
    teaser run into the next link's title) go with them."""
    out: list[int] = []
    i = 1
    while i < len(lines) - 1:
        end = i
        while end < len(lines) and _other_headline(lines[end]):
            end += 1
        if end - i >= 2 and end < len(lines) and _paragraph(lines[end]):
            first = i
            while first > 0 and _block_line(lines[first - 1]):
                first -= 1
            if first > 0 and _paragraph(lines[first - 1]):
                out.extend(range(first, end))
        i = max(end, i + 1)
    return out


def _block_line(ln: _Line) -> bool:
    """A line of some words that is no sentence and no list item: one more link of a block
    of other stories' headlines."""
    return not ln.sentence and not ln.bullet and ln.words >= PAIR_WORDS and not ln.text.isupper()


PAIR_WORDS = 6  # a headline of another story, not a label or a name and its role


def _other_headline(ln: _Line) -> bool:
    """A headline's shape: a title of some words, no sentence, not in capitals (a section's
    heading), no list item."""
    return ln.heading and _block_line(ln)


def _paragraph(ln: _Line) -> bool:
    return ln.sentence and ln.words >= LEAD_WORDS


CAPTION_LINES = 3  # a gallery's title and caption over the photo's source
CAPTION_WORDS = 25


def _captions(lines: list[_Line]) -> list[int]:
    """The lines over a photo's source line ("Source: Radio Liberty", "Photo: AP"): a
    gallery's title and its caption, a few short lines that are no sentence, inside the
    article (above its first paragraph, a short line over a source is the headline)."""
    out = []
    first = next(
        (i for i, ln in enumerate(lines) if ln.cf_class in (GOOD, NEARGOOD) and ln.sentence),
        len(lines),
    )
    for k, ln in enumerate(lines):
        if CREDITED_CAPTION.search(ln.text) and ln.words <= CAPTION_WORDS_CREDITED:
            out.append(k)  # "... in Niamey on July 26, 2023 [AFP]", "Photo CITY/Jane Roe A ..."
            if k and _alt_text(lines[k - 1], ln):
                out.append(k - 1)
            continue
        if CREDITED_BLURB.search(ln.text.strip()) and ln.words <= CAPTION_BLURB_WORDS:
            out.append(k)  # "... to protect their shops from looting. Video: Reuters"
            continue
        if DATED_CAPTION.search(ln.text.strip()) and ln.words <= CAPTION_WORDS_CREDITED:
            out.append(k)  # "... near the mosque on March 15, 2019 in Christchurch, New Zealand."
            continue
        if not PHOTO_SOURCE.match(_norm(ln.text)):
            continue
        if k >= 2 and lines[k - 1].words and _norm(lines[k - 1].text) == _norm(lines[k - 2].text):
            # the photo's alt text and its caption, the same words twice over its credit:
            # a caption even when it is a sentence
            out.extend((k - 2, k - 1))
            continue
        i = k - 1
        while (
            i > first
            and k - i <= CAPTION_LINES
            and lines[i].words <= CAPTION_WORDS
            and not lines[i].sentence
            and not PHOTO_SOURCE.match(_norm(lines[i].text))
        ):
            out.append(i)
            i -= 1
    return out


CAPTION_WORDS_CREDITED = 60  # a caption's sentence or two and its credit
ALT_TEXT_WORDS = 2  # the words a photo's alt text and its caption open with alike


def _alt_text(above: _Line, caption: _Line) -> bool:
    """The line over a caption is the photo's alt text when it opens with the caption's first
    words and is no longer ("Supporters of President X gather in Niamey" over "Supporters of
    X gather ... on July 26, 2023 [AFP]")."""
    head = _norm(above.text).split()[:ALT_TEXT_WORDS]
    return (
        len(head) == ALT_TEXT_WORDS
        and head == _norm(caption.text).split()[:ALT_TEXT_WORDS]
        and above.words <= caption.words
    )


HEAD_LINES = 30  # where pages put their headline, teaser and summary
CAPTION_BLURB_WORDS = 80  # a video's blurb is a paragraph at most
MASTHEAD_WORDS = 5  # "The Maghreb Observer", "AfriNews Today", "NAIROBI INSIDER"


def _masthead(lines: list[_Line]) -> list[int]:
    """The page's first line when it is a name over the site's menu ("Tideline News" above
    "Live | Africa | Libya floods"): a few words, no sentence, right before a line of
    sections. A headline is longer; an organisation's name over its statement's title
    ("AFRICAN UNION" above "Peace and Security Council") has no menu under it."""
    if len(lines) < 2:
        return []
    first, menu = lines[0], lines[1]
    if (
        first.words <= MASTHEAD_WORDS
        and not first.sentence
        and not SEPARATORS.search(first.text)
        and len(SEPARATORS.findall(menu.text)) >= 1
        and not menu.sentence
    ):
        return [0]
    if _site_name(first.text) and menu.heading and menu.words > first.words + 2:
        return [0]  # "The Scotsman" over its story's headline
    return []


LEAD_WORDS = 12  # the article's first paragraph: a sentence of some length
NAME_WORDS = (2, 4)  # "Security Updates", "Democratic Republic Of Congo", "Human Rights Voices"


def _head_names(lines: list[_Line]) -> list[int]:
    """Above the article's first paragraph, a line that is a name and nothing else: the site's
    name, its section's or a topic's ("Human Rights Voices", "Security Updates", "Democratic
    Republic Of Congo"). A headline is longer or has a word in lower case; a line in capitals
    is a report's heading or a dateline ("SUMMARY", "WASHINGTON"), and one word may be a
    section heading ("Summary"): those are left to the smoothing."""
    first = next((i for i, ln in enumerate(lines) if _paragraph(ln)), len(lines))
    low, high = NAME_WORDS
    return (
        [
            i
            for i, ln in enumerate(lines[:first])
            if low <= ln.words <= high
            and _site_name(ln.text)
            and not ln.text.isupper()
            and ln.cf_class != BAD  # a label already known ("Location: Dhaka") stays chrome
            and ":" not in ln.text
        ]
        + [i for i, ln in enumerate(lines[:first]) if _name_and_section(ln.text)]
    )


SECTION_WORDS = 2  # "World desk", "Live updates", "Analysis"; a headline says more
_SPACED_DASH = re.compile(r"\s[-–—]\s")


def _name_and_section(text: str) -> bool:
    """The site's name and its section's, joined by a dash as a menu joins them with a bar
    ("The Northern Courier - World desk", "THE DAILY REVIEW - Analysis"): a name (a few
    capitalised words, or words in capitals), then a label of a few words, no digits, no
    byline ("Weekly Exclusive - By Ann Roe" names its writer)."""
    parts = _SPACED_DASH.split(text.strip(), maxsplit=1)
    if len(parts) != 2:
        return False
    name, section = (part.strip() for part in parts)
    return (
        (_site_name(name) or (name.isupper() and len(name.split()) <= MASTHEAD_WORDS))
        and 1 <= len(section.split()) <= SECTION_WORDS
        and not any(ch.isdigit() for ch in section)
        and not section.lower().startswith("by ")
        and not SENTENCE_END.search(section)
        and not section.endswith(":")
    )


def _site_name(text: str) -> bool:
    """A name and nothing else: a few capitalised words, no digits, no verb a headline
    would have in lower case ("The Scotsman", "Arkansas Democrat-Gazette", "The Week (US)";
    not "Hasina flees")."""
    words = text.split()
    return (
        0 < len(words) <= MASTHEAD_WORDS
        and not any(ch.isdigit() for ch in text)
        and not text.rstrip().endswith((".", "!", "?", ":"))
        and all(w.strip("()[],")[:1].isupper() for w in words if w.strip("()[],"))
    )


TWICE_WORDS = 4  # a title, a caption: a few words at least


def _twice_in_a_row(lines: list[_Line]) -> list[int]:
    """A line said twice in a row, word for word: a photo's alt text and its caption, a title
    and its copy in the page's head. A text does not repeat itself line after line; both
    copies are furniture."""
    norms = [_norm(ln.text).translate(_QUOTES) for ln in lines]
    out: list[int] = []
    for i in range(len(lines) - 1):
        if lines[i].words >= TWICE_WORDS and norms[i] == norms[i + 1]:
            out.extend((i, i + 1))
    return sorted(set(out))


def _restated(lines: list[_Line]) -> list[int]:
    """Lines near the top that the page says again: a headline repeated further down (the
    later copy is furniture), a teaser that is the first words of a longer paragraph below
    (the teaser is furniture), and the headline with the site's name or a breadcrumb joined
    to it ("UNHCR - Floods force ...", "Home Editorial Editorial: ...": that copy is
    furniture). A paragraph repeated whole is left alone: which copy is the article's, the
    page does not say."""
    out = {j for _, j in _title_copies(lines)}
    norms = [_norm(ln.text).translate(_QUOTES).rstrip(".…") for ln in lines]
    for i in range(min(HEAD_LINES, len(lines))):
        if lines[i].words < 4:
            continue
        for j in range(i + 1, len(lines)):
            if norms[i] == norms[j]:
                continue
            if norms[i] in norms[j]:
                out.add(j if lines[i].heading and _titled(norms[j], norms[i]) else i)
            elif j < HEAD_LINES and lines[j].heading and _titled(norms[i], norms[j]):
                out.add(i)
    return sorted(out)


def _title_copies(lines: list[_Line]) -> list[tuple[int, int]]:
    """(first, later) copies of a headline near the top said again further down."""
    norms = [_norm(ln.text).translate(_QUOTES).rstrip(".…") for ln in lines]
    return [
        (i, j)
        for i in range(min(HEAD_LINES, len(lines)))
        if lines[i].words >= 4 and lines[i].heading and not lines[i].sentence
        for j in range(i + 1, len(lines))
        if norms[i] == norms[j]
    ]


_QUOTES = str.maketrans("‘’“”", "''\"\"")
SITE_WORDS = 4  # "UNHCR", "Home Editorial", "The Daily Star"


def _titled(longer: str, title: str) -> bool:
    """``longer`` is ``title`` with a few words joined before or after it: a site's name or
    a breadcrumb ("unhcr - ...", "... | the daily star", "home editorial ...")."""
    if longer.endswith(title):
        extra = longer[: -len(title)]
    elif longer.startswith(title):
        extra = longer[len(title) :]
    else:
        return False
    extra = extra.strip(" -–—|:·•»")
    return bool(extra) and len(extra.split()) <= SITE_WORDS and not SENTENCE_END.search(extra)


def _inline_credit(line: str) -> bool:
    return bool(POST_CREDIT.match(line) or CREDIT.search(line))


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
