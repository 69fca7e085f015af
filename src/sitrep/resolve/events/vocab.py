"""Words that say nothing about which story a sentence belongs to: English stop words
(spaCy's list) and the verbs and nouns every news report uses to attribute and frame."""

from __future__ import annotations

import re

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


# Words of the speaker and the addressed: a sentence using them outside quotation marks is
# talk (a transcript's "Hala, I know that ..."), not a report, and describes no happening
# as well as a reporter's sentence does.
SPOKEN_WORDS = frozenset({"I", "I'm", "I've", "we", "We", "you", "You", "my", "our", "Our"})
# A run of this many upper-case words is a page's header or a transcript's banner
# ("THIS IS A RUSH TRANSCRIPT"), not a sentence
HEADER_CAPS_RUN = 3
# A relative clause about someone opening before a trigger with no comma closing it ("Mohamed
# Ahmed, 22, who spent last night watching Mubarak's speech"): the trigger is an aside
RELATIVE_OPENING = re.compile(r",\s+(?:who|whom|whose|which)\b[^,]*$")


# Happenings no one dies in: a toll told in the same sentence ("Death toll rises to 133; 11
# detained", "strikes killed 42 as ceasefire talks stalled in Cairo") is the attack's, never
# an arrest's, a decision's, talks' or an evacuation's fatalities.
DEATHLESS_TYPES = frozenset(
    """arrest government_dismissal appointment_dismissal state_of_emergency
    internet_shutdown price_change deployment withdrawal other""".split()
)


# --- evd2 (session 10, round 2) ----------------------------------------------------------
# Buildings of the seat of government: one seized with no town told ("crowds overran his
# residence", "protesters stormed the prime minister's office") is in the capital.
SEAT_SITES = frozenset(
    """residence palace house office offices parliament ministry secretariat presidency
    chancellery legislature assembly congress senate""".split()
)
