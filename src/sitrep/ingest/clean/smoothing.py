"""Context smoothing (jusText step 2): short lines take their neighbours' class, near-good lines
survive unless bad text surrounds them, heading-like lines followed closely by good text are
kept, and prose is kept by the body around it.
"""

from __future__ import annotations

from sitrep.ingest.clean.features import _norm
from sitrep.ingest.clean.lines import BAD, GOOD, MAX_HEADING_DISTANCE, NEARGOOD, SHORT, _Line
from sitrep.ingest.clean.page import _inline_credit
from sitrep.ingest.clean.patterns import (
    CREDIT_BYLINE,
    DATE_LED,
    DATE_ONLY,
    ENTRY_STAMP,
    PUBLISHED_LINE,
    PURE_BYLINE,
    YEAR,
)


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
    # Headings that ended up bad but lead into good text are kept, and so is the title a
    # publication date or a byline sits right under (the chrome between it and the text may
    # run long: share buttons, a photo caption)
    for i, ln in enumerate(lines):
        if (
            ln.heading
            and classes[i] == BAD
            and cf[i] != BAD
            and (_good_follows(lines, classes, i) or _signed_below(lines, i))
        ):
            classes[i] = GOOD
    return _keep_entry_stamps(lines, classes)


def _keep_entry_stamps(lines: list[_Line], classes: list[str]) -> list[str]:
    """A live blog's clock time or day on a line of its own belongs to the blog: it is
    body when the nearest line that is no such stamp, above or below, is body (the
    entry it heads, or the entries before it), whatever chrome stands on the other side."""
    stamps = {i for i, ln in enumerate(lines) if ENTRY_STAMP.match(_norm(ln.text))}
    out = list(classes)
    first = next((i for i, c in enumerate(classes) if c == GOOD), len(classes))
    for i in stamps:
        if i < first and DATE_ONLY.match(_norm(lines[i].text)) and YEAR.search(lines[i].text):
            continue  # a full date above the page's text is its clock or its date line

        near = []
        for step in (-1, 1):
            j = i + step
            while j in stamps:
                j += step
            if 0 <= j < len(lines):
                near.append(classes[j])
        if GOOD in near:
            out[i] = GOOD
    return out


def _signed_below(lines: list[_Line], i: int) -> bool:
    """The next line is a publication date, a date stamp or a byline ("Published 28 September
    2023 14:02", "11 August 2020, 04:23 | Radio Liberty", "By Lilit Hovsepyan", "From CNN's
    Ann Roe and Tom Doe"), or a subheading over one, and good text follows further down."""
    for j in (i + 1, i + 2):
        if j >= len(lines) or GOOD not in (ln.cf_class for ln in lines[j + 1 :]):
            return False
        nxt = lines[j].text
        if len(nxt.split()) <= 14 and bool(
            PUBLISHED_LINE.search(nxt)
            or PURE_BYLINE.match(nxt)
            # a stamp or an outlet's credit sits under a title of some words ("Sort by" is none)
            or (lines[i].words >= 4 and (CREDIT_BYLINE.match(nxt) or DATE_LED.match(_norm(nxt))))
        ):
            return True
        if not lines[j].heading:  # only a subheading may stand between
            return False
    return False


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
