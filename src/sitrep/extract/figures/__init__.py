"""spaCy component ``sitrep_figures_v1``: quantitative claims about a crisis, with who claims them.

A number phrase is found with a token :class:`~spacy.matcher.Matcher` (qualifier + number
words/digits, vague amounts such as "dozens"), parsed by :mod:`sitrep.extract.numbers`, and
then *read through the dependency parse*:

* the **counted noun** (``nummod`` head, or ``of``-object: "dozens of attackers");
* the **event** it takes part in, from lemmas on the governing path and on the counted noun's
  own modifiers ("12 officers *died*", "17 *dead* policemen", "*claimed* 164 *lives*",
  "put the *death* toll at 26");
* the counted noun's **class** (people, troops, vehicles, businesses, places, buildings…).

A number with no crisis event and no crisis noun class is background (population, GDP, ages,
distances, durations, years) and is dropped — decided by the parse, not by word lists over
raw text. The claim's source comes from "according to X" or the subject of a reporting verb
that governs the number ("police said…", "officials put the toll at…"); the place from the
clause's place names (entities when the entity stage ran); the date from the sentence's time
expression, else the publication date.

The package's modules follow those steps: :mod:`.phrases` (finding number phrases),
:mod:`.measures` (what is counted and the measure, from :mod:`.ages`, :mod:`.registers`,
:mod:`.participles`, :mod:`.states`, :mod:`.tolls` and :mod:`.crowds`), :mod:`.groups` (who
is counted),
:mod:`.breakdowns` (parts, restatements, breakdown items), :mod:`.attribution` (who claims it:
:mod:`.speakers` finds the sentence's speaker, :mod:`.source_names` names it,
:mod:`.references` takes "he" or "the committee" back to a source named before,
:mod:`.line_sources` reads a lead's colon or a bracketed credit; :mod:`.issuers`: a
statement's own counts are its issuer's), :mod:`.places` and :mod:`.dating` (where and
when), :mod:`.prices` (money), :mod:`.refine` (what the sentence adds once the measure is
read: a passed mark, whose troops, a part's state, deaths from disease, a rival's place),
and :mod:`.reader` (the spaCy component: :mod:`.drafting` reads one phrase, :mod:`.background`
drops what counts nothing, :mod:`.continuations` carries a paragraph's place and source on).
Their vocabularies live in :mod:`sitrep.extract.figure_words`.
"""

from __future__ import annotations

from sitrep.extract.figure_words import REPORT_VERBS
from sitrep.extract.figures.phrases import _core_patterns, _holds_key, _phrase_spans, number_phrases
from sitrep.extract.figures.reader import FigureReader, make_figure_reader, read_figures
from sitrep.extract.figures.syntax import _verbs_with_lemma

__all__ = [
    "REPORT_VERBS",
    "FigureReader",
    "_core_patterns",
    "_holds_key",
    "_phrase_spans",
    "_verbs_with_lemma",
    "make_figure_reader",
    "number_phrases",
    "read_figures",
]
