"""A legislature's vote counts: "approved the bill by 195 votes to 106", "195 in favour, 106
against", "chose him as president with 134 votes, against 82". A tally of votes is a figure
of the crisis when the sentence is about a legislature's vote (parliament, MPs, a reading of
a bill); an election's margin in the background ("won by fewer than 6,000 votes") is not."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitrep.extract.figure_words import FOR_SIDES, LEGISLATURE_WORDS, VOTE_NOUNS, VOTE_SIDES
from sitrep.extract.figures.syntax import _lemma

VOTES_FOR = "votes for"
VOTES_AGAINST = "votes against"


def vote_count(span: Span, anchor: Token, counted: Token | None) -> str | None:
    """The side of a legislature's vote the number counts ("votes for" the motion or
    winner, "votes against"), or None. The two sides are two groups: never one disagreement."""
    sent = span.sent
    if not any(_lemma(t) in LEGISLATURE_WORDS for t in sent):
        return None
    if counted is not None:
        return VOTES_FOR if _lemma(counted) in VOTE_NOUNS and anchor.dep_ == "nummod" else None
    doc = span.doc
    before = doc[span.start - 2 : span.start] if span.start >= 2 else None
    if before is not None and before[1].lower_ in {"to", "against"}:
        if _lemma(before[0]) in VOTE_NOUNS or (
            before[0].text == "," and span.start >= 3 and _lemma(doc[span.start - 3]) in VOTE_NOUNS
        ):
            return VOTES_AGAINST  # "by 195 votes to 106", "with 134 votes, against 82"
    words = [t.lower_ for t in doc[span.end : span.end + 2]]
    said = {" ".join(words[:1]), " ".join(words)}
    side = next((s for s in VOTE_SIDES if s in said), None)
    if side is None:
        return None
    return VOTES_FOR if side in FOR_SIDES else VOTES_AGAINST  # "195 in favour, 106 against"
