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
   by prompts in the tail is boilerplate; a page's date stamp ("Reuters 23 Jan, 2022"), a
   caption known by its credit however long ("... [AFP]", "... PHOTO | AFP"), a site's or
   section's name over the text, a line said twice in a row (alt text over its caption), a
   cookie notice, a teaser's age ("2 hours ago") and two headlines in a row between paragraphs
   (other stories) are chrome wherever they stand; the page's headline under its chrome that
   the lead tells again is the article's, and
   the few words a saved text cuts off after a paragraph are body; image alt text glued to the first
   word of a paragraph ("…re electionAs Americans…") is split off; bylines and wire
   contributor lines ("(Reporting by A; Editing by B)") are set apart as ``credit``: not
   article text, but read for the people they name.

One module per step: :mod:`.pieces` splits the text into line pieces, :mod:`.features` gives
each its features and context-free class, :mod:`.threads` finds the comment thread,
:mod:`.smoothing` and :mod:`.page` apply context and page structure, :mod:`.segment` joins the
kinds into segments; :mod:`.patterns` is the vocabulary and :mod:`.lines` the records.
"""

from sitrep.ingest.clean.lines import BODY, BOILERPLATE, COMMENTS, CREDIT
from sitrep.ingest.clean.segment import line_kinds, segment_text

__all__ = ["BODY", "BOILERPLATE", "COMMENTS", "CREDIT", "line_kinds", "segment_text"]
