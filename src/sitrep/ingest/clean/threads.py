"""Reader-comment threads: where a page's comments start (a strong marker, a comment footer,
or a run of timestamp and Reply lines in the page's tail) and whether article text resumes.
"""

from __future__ import annotations

from sitrep.ingest.clean.lines import GOOD, _Line


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
