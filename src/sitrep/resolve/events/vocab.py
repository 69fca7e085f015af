"""Words that say nothing about which story a sentence belongs to: English stop words
(spaCy's list) and the verbs and nouns every news report uses to attribute and frame."""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS as _SPACY_STOP_WORDS

NEWS_WORDS = frozenset(
    {
        "said", "says", "told", "tells", "added", "according", "reported", "reports",
        "report", "reporting", "news", "statement", "official", "officials", "spokesman",
        "spokeswoman", "source", "sources", "asked", "called", "believe", "think",
        "year", "years", "day", "days", "week", "weeks", "month", "months", "time", "today",
        "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "january", "february", "march", "april", "june", "july", "august",
        "september", "october", "november", "december", "people", "including", "like",
        "new", "just", "going", "want", "know", "way", "thing", "things", "lot",
    }
)  # fmt: skip
STOP_WORDS = frozenset(_SPACY_STOP_WORDS) | NEWS_WORDS
