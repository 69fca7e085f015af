"""What the text says of an entity beside its name: an organisation's descriptors in
apposition, a person's office and its country.
"""

from __future__ import annotations

from spacy.tokens import Span

from sitrep.extract.entities.vocabulary import NOT_IN_OFFICE
from sitrep.extract.gazetteer import Gazetteer
from sitrep.lexicon import (
    OFFICES,
    ORG_DESCRIPTORS,
)


def org_descriptors(span: Span) -> tuple[str, ...]:
    """What the text calls an organisation in apposition: "Hamas, the Islamist group",
    "the Russia-led alliance – the CSTO", "the CSTO, a military alliance comprised of...".
    Only organisation nouns count (not "a country", "a member")."""
    root = span.root
    heads = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        heads.append(root.head)
    doc = span.doc
    if (
        span.end + 2 < len(doc)
        and doc[span.end].text == ","
        and doc[span.end + 1].lower_
        in {
            "a",
            "an",
            "the",
        }
    ):
        # the parser often hangs "X, a military alliance" as two objects, not an apposition
        for tok in doc[span.end + 2 : span.end + 6]:
            if tok.pos_ == "NOUN" and tok.dep_ != "compound":
                heads.append(tok)
                break
            if tok.pos_ not in {"ADJ", "NOUN", "PROPN", "PUNCT", "VERB", "ADV"}:
                break
    found = {t.lemma_.lower() for t in heads} & ORG_DESCRIPTORS
    return tuple(sorted(found))


def person_roles(span: Span, gaz: Gazetteer) -> tuple[str, ...]:
    """ "KZ:president" for "Kazakh President Kassym-Jomart Tokayev" or "Kazakhstan's
    President ..."; nothing for a former office ("former Kazakhstan president") or an
    office without its country."""
    doc = span.doc
    i = span.start - 1
    if i < 0:
        return ()
    if doc[i].lower_ in OFFICES:
        office, i = OFFICES[doc[i].lower_], i - 1
    elif i >= 1 and doc[i].lower_ == "minister" and doc[i - 1].lower_ == "prime":
        office, i = "prime minister", i - 2
    else:
        return ()
    if i >= 1 and doc[i].tag_ == "POS":  # "Kazakhstan's President"
        i -= 1
    if i < 0 or doc[i].lower_ in NOT_IN_OFFICE:
        return ()
    place = gaz.demonym(doc[i].text)
    if place is None:
        hits, _ = gaz.lookup(doc[i].text)
        place = next((gaz.places[h] for h in hits if gaz.places[h].feature == "country"), None)
    if place is None or not place.country_code or place.feature != "country":
        return ()
    if i >= 1 and doc[i - 1].lower_ in NOT_IN_OFFICE:
        return ()
    return (f"{place.country_code}:{office}",)
