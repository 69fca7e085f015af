"""Canonical forms: a surname linked to the full name, an acronym to its expansion (defined in
the text or spelled by an organisation's initials), and a name to its other name
("Jindires (Jandaris)", "X, known in Y as Z").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc, Span

from sitrep.extract.entities.labels import relabel_persons
from sitrep.extract.entities.spans import Sentences, initials_of, is_acronym, strip_titles
from sitrep.extract.entities.vocabulary import ALSO_KNOWN, ORG_HEADS, OTHER_NAME_GAP
from sitrep.extract.gazetteer import fold_key
from sitrep.records import EntityMention


def defined_acronyms(doc: Doc, mentions: Iterable[EntityMention] = ()) -> dict[str, str]:
    """Acronyms the text defines: "Expansion (ACR)".

    The expansion is the capitalised words just before the brackets whose initials spell the
    acronym (function words skipped). An acronym of another language ("National Security
    Committee (KNB)", "Revolutionary Armed Forces of Colombia (FARC)") has other initials: it
    is taken when the whole capitalised name before the brackets ends in an organisation head.
    """
    del mentions  # the definition is read from the tokens: the model often misses "(ACR)"
    out: dict[str, str] = {}
    if "(" not in doc.text:
        return out
    open_id = doc.vocab.strings["("]  # token scan in numpy: Python Token objects are slow
    brackets = [int(i) + 1 for i in (doc.to_array("ORTH") == open_id).nonzero()[0]]
    for i in brackets:
        if i + 1 >= len(doc):
            continue
        t = doc[i]
        if not (doc[t.i + 1].text == ")" and is_acronym(t.text)):
            continue
        acr = t.text.replace(".", "")
        words: list[Span] = []
        j = t.i - 2
        while j >= 0 and len(initials_of([w.text for w in words])) < len(acr):
            tok = doc[j]
            if (
                tok.is_title
                or tok.is_upper
                or (words and tok.lower_ in ("of", "the", "and", "for"))
            ):
                words.insert(0, doc[j : j + 1])
                j -= 1
            elif tok.text == "-" and words:
                j -= 1
            else:
                break
        if words and initials_of([w.text for w in words]) == acr:
            out[acr] = doc[words[0].start : t.i - 1].text
            continue
        name = _title_run_before(doc, t.i - 1)
        if name is not None and len(name) >= 2 and name[-1].lower_ in ORG_HEADS:
            out.setdefault(acr, name.text)
    return out


def _title_run_before(doc: Doc, end: int) -> Span | None:
    """The capitalised name ending just before token ``end`` ("of"/"the" allowed inside)."""
    j = end - 1
    while j >= 0 and (doc[j].is_title or (j < end - 1 and doc[j].lower_ in ("of", "and", "for"))):
        j -= 1
    start = j + 1
    while start < end and not doc[start].is_title:
        start += 1
    if start >= end or doc[start].lower_ in ("the", "a", "an"):
        start += int(start < end and doc[start].lower_ in ("the", "a", "an"))
    return doc[start:end] if start < end else None


def _expansion_mentions(
    doc: Doc, doc_id: str, defined: dict[str, str], sents: Sentences
) -> list[EntityMention]:
    out = []
    text = doc.text  # Doc.text is rebuilt on every access
    for t in doc[1:-1]:
        acr = t.text.replace(".", "")
        if acr in defined and doc[t.i - 1].text == "(":
            end = doc[t.i - 1].idx
            while end > 0 and text[end - 1].isspace():
                end -= 1
            start = end - len(defined[acr])
            if text[start:end] == defined[acr]:
                out.append(
                    EntityMention(
                        doc_id,
                        start,
                        end,
                        defined[acr],
                        "ORG",
                        sents.evidence(doc_id, t.i),
                        defined[acr],
                    )
                )
    return out


def add_acronym_mentions(
    doc: Doc,
    doc_id: str,
    mentions: list[EntityMention],
    sents: Sentences,
    defined: dict[str, str],
) -> list[EntityMention]:
    """The model rarely labels "(CSTO)" after its expansion, nor later bare uses: add them."""
    if not defined:
        return mentions
    covered = [False] * (len(doc.text) + 1)
    for m in mentions:
        covered[m.start : m.end] = [True] * (m.end - m.start)
    mentions = [
        *mentions,
        *(
            m
            for m in _expansion_mentions(doc, doc_id, defined, sents)
            if not any(covered[m.start : m.end])
        ),
    ]
    for m in mentions:
        covered[m.start : m.end] = [True] * (m.end - m.start)
    extra = [
        EntityMention(
            doc_id,
            t.idx,
            t.idx + len(t.text),
            t.text,
            "ORG",
            sents.evidence(doc_id, t.i),
            t.text,
        )
        for t in doc
        if t.text.replace(".", "") in defined and not covered[t.idx]
    ]
    return sorted([*mentions, *extra], key=lambda m: m.start)


def link_canonical(
    doc: Doc, mentions: list[EntityMention], defined: dict[str, str] | None = None
) -> list[EntityMention]:
    """Set ``canonical`` to the full form used in the document.

    * a person's surname (or "Mr. Surname") -> the longest PERSON name ending with it;
    * an acronym -> its expansion, when the text defines it ("Expansion (ACR)") or an ORG in the
      document has exactly those initials;
    * a rule's normal form ("Government of Kazakhstan") is kept;
    * places and everything else keep their own (trimmed) text.
    """
    mentions = relabel_persons(doc, mentions)
    persons: Counter[str] = Counter()
    person_names: dict[int, str] = {}
    for k, m in enumerate(mentions):
        if m.label == "PERSON":
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            name = strip_titles(span).text if span is not None else m.text
            person_names[k] = name
            if len(name.split()) >= 2:
                persons[name] += 1
    by_last: dict[str, list[str]] = {}
    for name in persons:
        by_last.setdefault(fold_key(name.split()[-1]), []).append(name)
    orgs = {m.text for m in mentions if m.label == "ORG" and not is_acronym(m.text)}
    acronyms = dict(defined) if defined is not None else defined_acronyms(doc, mentions)
    by_initials: dict[str, set[str]] = {}
    for name in orgs:
        initials = initials_of(name.split())
        if len(initials) >= 2 and is_acronym(initials):
            by_initials.setdefault(initials, set()).add(name)
    for initials, names in by_initials.items():
        if len(names) == 1:  # "UN" is not both "United Nations" and "UrduPoint News"
            acronyms.setdefault(initials, names.pop())
    out: list[EntityMention] = []
    for k, m in enumerate(mentions):
        canonical = m.canonical if m.canonical != m.text else m.text
        if m.label == "PERSON":
            name = person_names[k]
            canonical = name
            if len(name.split()) == 1:
                full = by_last.get(fold_key(name), [])
                if full:
                    canonical = max(full, key=lambda f: (persons[f], len(f)))
            elif len(name.split()) >= 2:
                full = [f for f in by_last.get(fold_key(name.split()[-1]), []) if f.endswith(name)]
                if full:
                    canonical = max(full, key=lambda f: (len(f), persons[f]))
        elif is_acronym(m.text) and m.text.replace(".", "") in acronyms:
            canonical = acronyms[m.text.replace(".", "")]
        out.append(m if canonical == m.canonical else replace(m, canonical=canonical))
    return out


def other_names(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """A name followed by another name of the same thing ("Jindires (Jandaris)", "X, known
    in Y as Z") links the second to the first: it takes the first's canonical form, and the
    one the gazetteer placed lends the other its label and place (the model may call an
    unfamiliar town a person). An acronym in brackets is left to the acronym rules."""
    out = list(mentions)
    order = sorted(range(len(out)), key=lambda k: out[k].start)
    # the next name, or the one after a name inside the gap ("known in Azerbaijan as")
    pairs = [(a, b) for k, a in enumerate(order) for b in order[k + 1 : k + 3]]
    for a, b in pairs:
        first, second = out[a], out[b]
        gap = text[first.end : second.start]
        if len(gap) > OTHER_NAME_GAP or first.label == "NORP" or second.label == "NORP":
            continue
        bracketed = gap.strip() == "(" and text[second.end : second.end + 1] == ")"
        letters = bracketed and (second.text.isupper() or is_acronym(second.text))
        if not (ALSO_KNOWN.match(gap) or (bracketed and not letters)):
            continue
        # a town the model took for a person: the placed name lends its label and place
        if first.label == "PERSON" and first.place is None and second.place is not None:
            first = replace(first, label=second.label, place=second.place)
        elif second.label == "PERSON" and second.place is None and first.place is not None:
            second = replace(second, label=first.label, place=first.place)
        if first.label != second.label:
            continue
        out[a], out[b] = first, replace(second, canonical=first.canonical)
    return out
