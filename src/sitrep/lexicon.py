"""Words more than one stage must read alike: what a text calls an organisation or a leader.

Why here: extraction (entities, quotes, events) and resolution (described speakers) both
interpret these words; one list keeps them from drifting apart, and resolution can read it
without importing spaCy.
"""

from __future__ import annotations

__all__ = ["OFFICES", "ORG_DESCRIPTORS"]

# Head nouns that describe an organisation ("a military alliance", "the Islamist group"):
# what the text calls it in apposition here, and the definite description ("the ministry
# said") that quotes and events resolve to the organisation named before it.
ORG_DESCRIPTORS = frozenset(
    """alliance bloc organization organisation group movement party militia army force
    agency ministry department council committee union coalition faction front network
    company""".split()
)

# Offices a country's leader holds, as written before a name ("Kazakh President X",
# "British Prime Minister Y"); "leader" itself is what a text calls any of them.
OFFICES = {"president": "president", "premier": "prime minister", "chancellor": "chancellor"}
