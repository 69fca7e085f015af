"""A foreign outlet's article, placed at home: the pile's country for the happenings its
article alone placed.

Why: an article's events that name no place of their own take the country its sentences
name most (``extract.events.document_place``). An outlet abroad writes about the crisis for
its readers at home ("the number of foreigners killed has risen to 40, including 11
Indians", in an Indian paper on Sri Lanka's bombings), so its article can come out placed
in its own country, and every unplaced happening in it with it: the Easter bombings "in
India". One document cannot tell; the pile can. A country in which the pile's sentences
place almost no happening (under FOREIGN_SHARE of the documents that state a place) is
not where its events happened when the article also names the pile's own country: the
events its article alone placed (``place_basis`` "document") take that country. A pile
about two countries (a war between them, a border clash) states places in both, and
nothing moves.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Mapping

from sitrep.records import Document, EventMention, Place
from sitrep.resolve.events.cluster import DOCUMENT_BASIS

STATED_BASIS = "sentence"  # EventMention.place_basis of a place its sentence states
# A country the pile's documents state as the place of a happening this rarely (a share of
# the documents stating any) is not one the pile is about
FOREIGN_SHARE = 0.15


def place_at_home(
    mentions: Iterable[EventMention], docs: Mapping[str, Document]
) -> list[EventMention]:
    """The mentions, those an article placed in a country foreign to the pile moved to the
    pile's own country when their article (``docs``: by id) names it."""
    ms = list(mentions)
    stated = Counter(
        code
        for _, code in {
            (m.doc, m.place_ref.country_code)
            for m in ms
            if m.place_basis == STATED_BASIS and m.place_ref and m.place_ref.country_code
        }
    )
    if not stated:
        return ms
    home, _ = stated.most_common(1)[0]
    documents = len({m.doc for m in ms if m.place_basis == STATED_BASIS})
    country = _country_place(ms, home)
    if country is None:
        return ms
    naming_home = {d for d in {m.doc for m in ms} if d in docs and country[0] in docs[d].text}
    out = []
    for m in ms:
        code = m.place_ref.country_code if m.place_ref else None
        if (
            m.place_basis == DOCUMENT_BASIS
            and code
            and code != home
            and stated[code] < FOREIGN_SHARE * documents
            and m.doc in naming_home
        ):
            m = dataclasses.replace(m, place=country[0], place_ref=country[1])
        out.append(m)
    return out


def _country_place(ms: list[EventMention], code: str) -> tuple[str, Place] | None:
    """The country-level place the mentions give ``code``, with its name."""
    for m in ms:
        ref = m.place_ref
        if ref is not None and ref.country_code == code and ref.feature == "country" and m.place:
            return m.place, ref
    return None
