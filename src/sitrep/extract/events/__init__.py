"""Sentences that report a happening, typed like ACLED (component ``sitrep_events_v1``).

Triggers are found by lemma (one-word triggers by dictionary lookup, multi-word
ones with spaCy's ``Matcher`` on short windows); what a trigger means then
depends on the parse around it: a "protest" sentence whose verbs also say
police dispersed or killed people is a protest with intervention or excessive
force; a "clash" between armed actors is a battle, between protesters and police
a clash that ACLED codes as a violent demonstration (the crowd's violence alone is a
riot), between party supporters mob violence. A trigger whose own verb is
negated, conditional or under a modal ("could", "will", "not") reports nothing,
nor does one inside what a directive asks for ("invited the alliance to send
troops"); "would" after an announcement of a decision ("announced it would
reverse the price hike") reports the decision. A sentence can hold several
events of different types; a statement (an announcement, appeal, invitation or
order) is reported beside them unless what it says is one of them ("police said
they arrested 40").

``classify_sentence`` exposes the classifier on an isolated span so it can be
measured on snippet datasets (scripts/eval_case.py).

The steps live in modules of their own: :mod:`.triggers` (finding trigger words),
:mod:`.mood` (whether the sentence asserts it: not denied, planned, asked or argued
against), :mod:`.guards` (whether the word reports a happening at all: gear, a tally, a
speech), :mod:`.tallies` (counted victims and running totals), :mod:`.kinds` (what the
typing rules ask of a word: who acts, on whom), :mod:`.coups`, :mod:`.classify` (typing),
:mod:`.targets` (the site done to), :mod:`.dating`, :mod:`.placing`, :mod:`.attributes`
(actors, speakers) and :mod:`.extract` (the pipeline component); the word lists they
read are in :mod:`.vocabulary`.
"""

from sitrep.extract.events.attributes import _speaker_phrase
from sitrep.extract.events.classify import classify_sentence
from sitrep.extract.events.extract import events_component, extract_events
from sitrep.extract.events.parse import Hit
from sitrep.extract.events.triggers import _doc_matches, _span_matches

__all__ = [
    "Hit",
    "_doc_matches",
    "_span_matches",
    "_speaker_phrase",
    "classify_sentence",
    "events_component",
    "extract_events",
]
