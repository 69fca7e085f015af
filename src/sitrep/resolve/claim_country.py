"""A figure the article's country only placed, counted in the crisis's country instead.

A figure whose sentence names no place takes the country its article mentions most. An
op-ed on Washington's policy or a feature on the fighting seen from abroad mentions the
foreign capital about as often as the crisis's country, and so "hundreds of deaths at the
hands of pro-Mubarak snipers" (a column on the U.S. response to Egypt's uprising) or "the US
claims that 2,000 died, most of them fighters" (Fallujah, in an article on American policy;
the claimant is no place) were counted in the U.S. Across the corpus the crisis's country is
known: the country most of its figures are placed in. When the article names that country
nearly as often as its own (at least CLOSE_SHARE as often) or the figure's sentence names it
(if only as the origin: "evacuated in flights from Egypt"), and the sentence names no place of
the article's country, the figure counts in the crisis's country. A figure whose
sentence names its country, or an article about another country that mentions the crisis in
passing, keeps its place. Only the claim group reads the new place: the figure keeps the
place its reading gave it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from sitrep.records import DocumentReading, Place
from sitrep.resolve import names as nm

if TYPE_CHECKING:
    from sitrep.resolve.claim_figures import _Claim

# The crisis's country replaces the article's when the article names it at least this share
# as often as its own country (Egypt-50 doc 171: 17 and 17; Iraq-50: 9 of 11, 8 of 8, 17 of 22)
CLOSE_SHARE = 0.5


# Each article's place mentions: (start, country code, name), in order
CountryMentions = dict[str, list[tuple[int, str, str]]]


def country_mentions(readings: Sequence[DocumentReading]) -> CountryMentions:
    """The place mentions of each reading that name a country (nationalities aside)."""
    return {
        r.doc: [
            (m.start, m.place.country_code, m.canonical or m.text)
            for m in r.entities
            if m.place is not None and m.place.country_code and m.label != "NORP"
        ]
        for r in readings
    }


def country_mentions_stored(rows: Iterable[tuple[str, list[dict]]]) -> CountryMentions:
    """The same from stored entity mentions, (doc, decoded JSON) pairs: an upload reads the
    readings' entities alone for the documents whose figures it groups again."""
    out: CountryMentions = {}
    for doc, entities in rows:
        out[doc] = [
            (m["start"], m["place"]["country_code"], m.get("canonical") or m["text"])
            for m in entities
            if m.get("place") and m["place"].get("country_code") and m.get("label") != "NORP"
        ]
    return out


def to_crisis_country(claims: list[_Claim], mentioned: CountryMentions) -> list[_Claim]:
    """``claims`` with those the article's country only placed moved to the crisis's country
    (the module docstring says when); ``mentioned``: :func:`country_mentions`."""
    corpus = Counter(c.country for c in claims if c.place is not None and c.country)
    if not corpus or not mentioned:
        return claims
    crisis = corpus.most_common(1)[0][0]
    home = next(
        (c for c in claims if c.country == crisis and c.place and c.place.feature == "country"),
        None,
    )
    if home is None or home.place is None:
        return claims
    mentions = {doc: Counter(code for _, code, _ in found) for doc, found in mentioned.items()}
    out = []
    for c in claims:
        counts = mentions.get(c.fig.doc) or Counter()
        if not (
            c.country
            and c.country != crisis
            and (c.place is None or c.place.feature == "country")
            and counts
        ):
            out.append(c)
            continue
        in_sentence = [
            (code, name)
            for s, code, name in mentioned.get(c.fig.doc, ())
            if c.fig.sentence.start <= s < c.fig.sentence.end
        ]
        # the claimant is no place ("The US claims that 2,000 died")
        own = any(
            code == c.country and name.casefold() not in (c.fig.claimed_by or "").casefold()
            for code, name in in_sentence
        )
        # the crisis's country named in the sentence, if only as the origin ("about 1,600
        # Americans have been evacuated in flights from Egypt"), or named in the article
        # nearly as often as its own
        top = counts.most_common(1)[0][0] == c.country
        close = top and counts[crisis] >= CLOSE_SHARE * counts[c.country]
        if not own and (close or any(code == crisis for code, _ in in_sentence)):
            c = _moved(c, home.place, home.fig.place or home.place.name, crisis)
        out.append(c)
    return out


def _moved(c: _Claim, place: Place, name: str, country: str) -> _Claim:
    key = str(place.geonameid) if place.geonameid else nm.folded(name)
    return replace(c, fig=replace(c.fig, place=name), place=place, place_key=key, country=country)
