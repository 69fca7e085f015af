"""Who claims a figure: "according to X", the subject of a reporting verb, a document's
author, a source named earlier."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from sitrep.extract.figure_words import (
    ADJUNCT_MARKS,
    ATTACK_NOUNS,
    BODY_NOUNS,
    CITING_VERBS,
    COLLECTIVE_SOURCES,
    COUNTRY_POSSESSORS,
    DEED_NOUNS,
    DESCRIPTOR_NOUNS,
    DOCUMENT_NOUNS,
    EVENT_LEMMAS,
    EVIDENTIAL_VERBS,
    FIGURE_NOUNS,
    GENERIC_BODIES,
    HEARSAY_ADVERBS,
    INSTITUTION_KINDS,
    MONTHS,
    PART_QUANTIFIERS,
    PERSON_NOUNS,
    PICTURE_CREDIT,
    PTB_BRACKETS,
    QUOTE_MARKS,
    REPORT_VERBS,
    SCENE_MARKS,
    STAFF_NOUNS,
    TOLL_NOUNS,
    VOICE_NOUNS,
    VOICED_BODIES,
)
from sitrep.extract.figures.syntax import (
    _PRONOUNS,
    _contrast_clause,
    _is_person,
    _lemma,
    _subject,
    _verbs_with_lemma,
)
from sitrep.extract.quotes import ROLE_LEMMAS, according_to
from sitrep.records import EntityMention


def _author(noun: Token) -> Token | None:
    """Who made a tally, report or statement: "compiled by AFP", "the ministry's report",
    "an AFP tally", "a statement from the army"."""
    for t in noun.subtree:
        if t.dep_ == "pobj" and t.head.lower_ == "by" and t.head.head.dep_ == "acl":
            return t  # "a tally of figures from hospitals compiled by AFP"
    for c in noun.children:
        if c.dep_ == "poss" and c.lower_ not in _PRONOUNS:
            return c
        if c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN" and c.i < noun.i:
            return c
        if c.dep_ == "compound" and c.i < noun.i and _lemma(c) in COLLECTIVE_SOURCES - {"agency"}:
            return c  # "police reports", "an army statement"
        if c.dep_ == "prep" and c.lower_ in {"from", "by"}:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and (
                obj.pos_ == "PROPN"
                or obj.ent_type_ in {"ORG", "PERSON"}
                or _lemma(obj) in BODY_NOUNS  # "updated figures from the ministry"
            ):
                return obj
    return None


def _apposed_person(subj: Token, entities: list[EntityMention]) -> str | None:
    """The person named in apposition to a role subject ("the Ombudsman, Levan Ioseliani,")
    when the subject is not a name itself."""
    if subj.pos_ == "PROPN" and subj.ent_type_ == "PERSON":
        return None
    for c in subj.children:
        if c.dep_ != "appos":
            continue
        for e in entities:
            if e.label == "PERSON" and e.start <= c.idx < e.end:
                return e.canonical
    return None


def _role_holder(subj: Token, entities: list[EntityMention]) -> str | None:
    """The person a singular role subject stands for ("the mayor of Derna said", "Derna
    mayor says") when the article names the holder with that role word right before the
    name ("Mayor Abdel-Moneim al-Ghaithi", "the city's mayor, X") or in apposition after it
    ("X, the city's mayor,"); the nearest such mention before the role, else the first after.
    The role's common-noun modifiers must be said there too ("health minister")."""
    role = _lemma(subj)
    if (
        role not in ROLE_LEMMAS
        or subj.tag_ in {"NNS", "NNPS"}
        or subj.ent_type_ == "PERSON"
        or any(c.lower_ in {"a", "an", "one", "another"} for c in subj.children)
    ):
        return None
    kinds = {
        c.lower_ for c in subj.children if c.dep_ in {"amod", "compound"} and c.pos_ != "PROPN"
    }
    text = subj.doc.text
    said_before = re.compile(rf"\b((?:[\w'-]+\s+){{0,2}}){role}\b,?\s*$", re.IGNORECASE)
    said_after = re.compile(rf"^,\s*((?:[\w'-]+\s+){{0,3}}){role}\b", re.IGNORECASE)
    before = after = None
    for e in entities:
        if e.label != "PERSON" or e.start <= subj.idx < e.end:
            continue
        m = said_before.search(text[max(e.start - 40, 0) : e.start]) or said_after.match(
            text[e.end : e.end + 50]
        )
        if m is None or not kinds <= set(m.group(1).lower().split()):
            continue
        if e.start < subj.idx:
            before = e
        elif after is None or e.start < after.start:
            after = e
    best = before or after
    return best.canonical if best is not None else None


def _source_text(subj: Token, entities: list[EntityMention]) -> str:
    """A source's name: the entity's canonical form if the subject is one, else its phrase."""
    doc = subj.doc
    short = _bracketed_acronym(subj, entities)
    if short is not None:  # "the U.N. Office for the Coordination of … (OCHA)"
        return short
    if _lemma(subj) in DOCUMENT_NOUNS:
        author = _author(subj)
        if author is not None:
            return _source_text(author, entities)
    named = _apposed_person(subj, entities)
    if named is not None:  # "Georgia's Ombudsman, Levan Ioseliani, shared …" -> the person
        return named
    named = _role_holder(subj, entities)
    if named is not None:  # "the mayor of Derna said" -> "Mayor Abdel-Moneim al-Ghaithi"
        return named
    if _lemma(subj) in DESCRIPTOR_NOUNS:  # "the AFP news agency" -> AFP
        for e in entities:
            if e.label == "ORG" and subj.left_edge.idx <= e.start and e.end <= subj.idx:
                return e.canonical
        named = subj.ent_type_ or any(e.start <= subj.idx < e.end for e in entities)
        name = None if named else _name_before(subj)
        if name is not None:  # "the Iran Human Rights (IHR) NGO", its name tagged no body
            return name  # (not "the World Health Organization", a name itself)
    people = [
        e
        for e in entities
        if e.label == "PERSON" and subj.left_edge.idx <= e.start < subj.idx + len(subj.text) + 1
    ]
    for e in entities:
        if e.start <= subj.idx < e.end and e.label in {"PERSON", "ORG", "NORP", "GPE"}:
            if e.label == "PERSON" or (e.end - e.start) >= len(subj.text):
                return e.canonical
    if people:
        return people[-1].canonical
    if _lemma(subj) in {
        "official",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "representative",
        "source",
        "officer",
    }:
        for c in subj.children:
            if c.dep_ == "prep" and c.lower_ in {"from", "of", "at", "for"}:
                for obj in c.children:
                    if obj.dep_ == "pobj" and (
                        obj.pos_ == "PROPN"
                        or obj.ent_type_ == "ORG"
                        or any(g.pos_ == "PROPN" for g in obj.subtree)
                        # a voice speaks for the body it names: "a spokesperson for the
                        # presidency" is the presidency's
                        or (_lemma(subj) in VOICE_NOUNS and obj.pos_ == "NOUN")
                    ):
                        return _source_text(obj, entities)
    body = _voiced_body(subj)
    if body is not None:  # "PTI spokespeople said", "a health ministry official confirmed"
        return body.text
    start, end = subj.left_edge.i, subj.i + 1
    for c in subj.rights:  # "officials from the office of the President"
        if (
            c.dep_ == "prep"
            and c.lower_ in {"from", "of", "at", "for", "in"}
            and not any(t.ent_type_ in {"DATE", "TIME"} for t in c.subtree)
        ):
            end = c.right_edge.i + 1
        elif (
            c.dep_ in {"acl"}
            and c.i == end
            and not any(t.like_num for t in c.subtree)
            and c.right_edge.i - c.i < 4
        ):
            end = c.right_edge.i + 1  # "images published online"
            break
        else:
            break
    while start < end and (
        doc[start].dep_ == "det" or doc[start].is_punct or doc[start].lower_ in PTB_BRACKETS
    ):
        start += 1
    # "the country's Health Ministry" -> "Health Ministry"
    if (
        start + 1 < end
        and doc[start + 1].dep_ == "case"
        and _lemma(doc[start]) in COUNTRY_POSSESSORS
    ):
        start += 2
    while end > start and (
        doc[end - 1].ent_type_ in {"DATE", "TIME"}
        or doc[end - 1].is_punct
        or doc[end - 1].lower_ in PTB_BRACKETS
    ):
        end -= 1
    return doc[start:end].text if end > start else subj.text


def _name_before(noun: Token) -> str | None:
    """The proper name a descriptor noun carries before it ("the Norway-based Iran Human
    Rights (IHR) NGO" -> "Iran Human Rights"): its nearest proper-noun modifier with the
    proper nouns compounded on it."""
    mods = [c for c in noun.lefts if c.dep_ in {"nmod", "compound"} and c.pos_ == "PROPN"]
    if not mods:
        return None
    head = mods[-1]
    first = head
    while first.i > 0 and (
        first.nbor(-1).dep_ == "compound"
        and first.nbor(-1).pos_ == "PROPN"
        and first.nbor(-1).head.i <= head.i
    ):
        first = first.nbor(-1)
    return noun.doc[first.i : head.i + 1].text


def _voiced_body(subj: Token) -> Span | None:
    """The body a voice or staff noun names before it speaks for: "PTI spokespeople" is the
    PTI's, "a health ministry official" the health ministry's, "Nagorno-Karabakh military
    officials" the Nagorno-Karabakh military's, "a police source" the police's. The words
    before the noun must end on a body ("ministry", "police", "army") or an organisation's
    name; "Afghan health officials" names none and stays as said."""
    if _lemma(subj) not in STAFF_NOUNS | {"spokespeople"} or subj.i == 0:
        return None
    last = subj.nbor(-1)
    if last.dep_ not in {"compound", "amod", "nmod"} or last.head != subj:
        return None
    if not (
        _lemma(last) in BODY_NOUNS | VOICED_BODIES
        or (last.pos_ == "PROPN" and last.ent_type_ in {"ORG", ""} and last.is_upper)
    ):
        return None
    first = subj.left_edge
    while first.i < last.i and (first.dep_ == "det" or first.is_punct):
        first = first.nbor(1)
    return subj.doc[first.i : last.i + 1]


def _bracketed_acronym(subj: Token, entities: list[EntityMention]) -> str | None:
    """The organisation a source's phrase is abbreviated to in brackets right after it
    ("the U.N. Office for the Coordination of Humanitarian Affairs (OCHA)"): the name the
    entity stage gave the acronym, whole where the phrase's own entity may be cut short."""
    doc, right = subj.doc, subj.right_edge
    at = right.i - 2 if right.text == ")" else right.i + 1  # brackets inside the phrase or not
    if at < 0 or at + 2 >= len(doc) or doc[at].text != "(" or doc[at + 2].text != ")":
        return None
    acronym = doc[at + 1]
    for e in entities:
        if e.label == "ORG" and e.start <= acronym.idx < e.end and acronym.is_upper:
            return e.canonical
    return None


def _according_to(sent: Span, anchor: Token) -> Token | None:
    found = according_to(sent)
    contrast = _contrast_clause(anchor)
    if contrast is not None:
        # "A, according to X, while B": the other clause's "according to X" is not B's; one
        # that opens the sentence ("According to X, A, while B") scopes all of it
        found = [(t, o) for t, o in found if t.i - sent.start <= 1 or contrast in [t, *t.ancestors]]
    # "more than 700 had been injured, according to the ministry; the union put the number
    # closer to 1,000": a semicolon closes the clause its "according to" speaks for
    text = sent.doc.text
    found = [
        (t, o)
        for t, o in found
        if t.i - sent.start <= 1 or ";" not in text[min(t.idx, anchor.idx) : max(t.idx, anchor.idx)]
    ]
    if not found:
        return None
    ancestors = set(a.i for a in anchor.ancestors)
    attached = [(t, o) for t, o in found if t.head.i in ancestors or t.head == anchor]
    pool = attached or found
    # the innermost (nearest preceding) attribution wins
    return min(pool, key=lambda p: (p[0].i > anchor.i, abs(anchor.i - p[0].i)))[1]


def unnamed_report(anchor: Token) -> bool:
    """The sentence gives the count to reports it names no author of ("According to latest
    reports, the death toll could be as high as 100"): the text says whose the count is
    not, so no issuer of the page takes it."""
    obj = _according_to(anchor.sent, anchor)
    return obj is not None and _anonymous_report(obj)


def _reporting_subject(anchor: Token) -> Token | None:
    """The subject of the reporting verb governing the number ("police said …")."""
    chain = []
    aside = False
    for a in [anchor, *anchor.ancestors]:
        chain.append(a)
        if a.dep_ == "relcl" and any(c.lower_ in {"where", "when"} for c in a.children):
            # ", where protesters seized …": the writer's background, not the quote; its own
            # reporting verb still speaks (", where police said 45 people were injured")
            aside = True
            break
        if a.dep_ == "advcl" and _lemma(a.head) in REPORT_VERBS and _adjunct(a):
            aside = True  # "…, the ombudsman said, as thousands marched": the writer's scene
            break
        if a.dep_ == "advcl" and a is not anchor and _scene(a) and _acts_in(anchor, a):
            # "Security forces shot dead 15 people as thousands took to the streets, medics
            # said": the crowd is the writer's scene inside the report, not the medics' count
            aside = True
            break
    else:
        root = anchor.sent.root
        if root not in chain:
            chain.append(root)
    # "Protesters numbered 10,000, organisers said, …": a parenthetical reporting clause
    for v in list(chain):
        for c in v.children:
            if c.dep_ == "parataxis" and _lemma(c) in REPORT_VERBS and c not in chain:
                chain.insert(chain.index(v) + 1, c)
            elif _trailing_report(c, v, anchor) and c not in chain:
                chain.insert(chain.index(v) + 1, c)
    for v in chain:
        if v.pos_ not in {"VERB", "AUX"} or _lemma(v) not in REPORT_VERBS:
            continue
        subj = _subject(v, anchor)
        if subj is not None and _reported_thing(subj):
            # a second subject the parse gave the verb: "…, most of them stabbed, Amnesty
            # International said"
            subj = next(
                (
                    c
                    for c in v.children
                    if c.dep_ == "nsubj" and c.i > subj.i and anchor not in c.subtree
                ),
                subj,
            )
        if subj is None or anchor in subj.subtree or _reported_thing(subj):
            continue
        if _claims_a_deed(v):
            continue  # "the violence has claimed at least four lives": a toll, no claim
        lem = _lemma(v)
        if not _puts_a_figure(v):
            continue
        if lem in EVIDENTIAL_VERBS and lem != "show" and _lemma(subj) not in FIGURE_NOUNS:
            continue
        return _relayed_speaker(v, anchor) or subj
    if aside:
        return None
    # a reporting verb the parser cut off: "… spokesman Saltanat Azirbek said, in a statement
    # …, that dozens …" — the nearest saying verb before the number in the same paragraph
    sent = anchor.sent
    for v in reversed(list(sent[: anchor.i - sent.start])):
        if "\n" in v.text_with_ws:
            break
        if v.pos_ == "VERB" and _lemma(v) in REPORT_VERBS - EVIDENTIAL_VERBS - {"put", "place"}:
            if _claims_a_deed(v):
                continue
            subj = _subject(v)
            if subj is None and v.i > sent.start:
                prev = v.nbor(-1)
                subj = prev if prev.pos_ in {"PROPN", "NOUN"} else None
            return None if subj is not None and _reported_thing(subj) else subj
    return None


def _trailing_report(verb: Token, head: Token, anchor: Token) -> bool:
    """A reporting clause after the count that the parser joined to the count's clause as a
    conjunct: "The death toll could be as high as 20, Eliana Revollar, head of the
    ombudsman's office, said in an interview": set off by a comma, no "and" or "but" before
    it; the same words as the parenthetical ", organisers said"."""
    if verb.dep_ != "conj" or verb.i < anchor.i or _lemma(verb) not in REPORT_VERBS:
        return False
    if verb.pos_ not in {"VERB", "AUX"} or any(
        t.dep_ == "cc" and t.head == head for t in verb.doc[anchor.i + 1 : verb.i]
    ):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.left_edge.i > 0 and subj.doc[subj.left_edge.i - 1].text == ","


def _relayed_speaker(verb: Token, anchor: Token) -> Token | None:
    """The speaker a trailing "…, the New York Times reported" relays: in "Afghan health
    officials said between 30 and 40 people were killed, the New York Times reported" the
    parser may hang the outlet's "reported" below "said" and the count below "reported";
    the words say the officials' count, which the outlet reported. Only "report" after the
    number, with a saying verb before the number that has a subject of its own, hung above
    "reported" or beside the count below it ("said" a clause of "reported" too)."""
    if _lemma(verb) != "report" or not anchor.i < verb.i:
        return None
    saying = [verb.head] if verb.dep_ in {"ccomp", "parataxis"} else []
    saying += [c for c in verb.children if c.dep_ in {"ccomp", "parataxis"}]
    for head in saying:
        if (
            head.i < anchor.i
            and head.pos_ in {"VERB", "AUX"}
            and _lemma(head) in REPORT_VERBS - EVIDENTIAL_VERBS
        ):
            inner = _subject(head, anchor)
            if inner is not None and inner.i < anchor.i and anchor not in inner.subtree:
                return None if _reported_thing(inner) else inner
    return None


def _puts_a_figure(verb: Token) -> bool:
    """ "put" or "place" reports a figure only with one: "put the toll at 26", not "put
    Bongo under house arrest"."""
    if _lemma(verb) not in {"put", "place"}:
        return True
    return any(
        (c.dep_ == "prep" and c.lower_ == "at") or (c.dep_ == "dobj" and _lemma(c) in TOLL_NOUNS)
        for c in verb.children
    )


def _counted(subj: Token) -> bool:
    """A subject a number counts is what was reported, no source: "the authorities said
    68 people had been confirmed dead and 105 were still missing"."""
    return any(c.dep_ == "nummod" and c.like_num for c in subj.children)


def _reported_thing(subj: Token) -> bool:
    """A subject that is what was reported, not who reports it: one a number counts ("at
    least one person was reported killed", "as many as three MPs announced …"), the subject
    of a passive report, a part of those counted ("Scores of civilians have been killed …,
    most of them stabbed, Amnesty said"), or the dead and hurt themselves ("the total
    fatalities count …")."""
    return (
        subj.dep_ == "nsubjpass"
        or (_lemma(subj) in PART_QUANTIFIERS and any(c.lower_ == "of" for c in subj.children))
        or (_lemma(subj) in EVENT_LEMMAS and _lemma(subj) not in {"body", "life"})
        or any(
            c.dep_ in {"nummod", "quantmod"}
            and c.like_num
            and c.ent_type_ not in {"DATE", "TIME"}
            and c.i < subj.i
            and not _day_of_month(c)
            for c in subj.children
        )
    )


def _day_of_month(t: Token) -> bool:
    """ "30" in "On 30 June Ruto said": a date's day, however the parse hangs it."""
    doc = t.doc
    near = [doc[i].lower_ for i in (t.i - 1, t.i + 1) if 0 <= i < len(doc)]
    return any(w.rstrip(".") in MONTHS for w in near)


def _cited(source: Token) -> Token | None:
    """Whom a relaying source cites by name: "…, BBC and Reuters reported, citing Russia's
    FSB", "according to the state agency TASS, citing the Federal Security Service", "the
    broadcaster, quoting the interior ministry, said": the one cited made the claim, the
    outlet passed it on. A participle of citing or quoting set on the relaying clause (the
    source's verb, the clause "according to" hangs from, or the source itself), after the
    source's own name; the cited must be named or a body ("citing local officials" or
    "citing reports" names no one: the outlet's claim stays)."""
    heads = {source.i, source.head.i}
    if source.head.lower_ == "to" and source.head.head.lower_ == "according":
        heads.add(source.head.head.head.i)  # the clause "according to" modifies
    for t in source.sent:
        if (
            t.i > source.i
            and t.tag_ == "VBG"
            and _lemma(t) in CITING_VERBS
            and t.dep_ in {"advcl", "acl", "xcomp", "conj"}
            and t.head.i in heads
        ):
            obj = next((c for c in t.children if c.dep_ == "dobj"), None)
            if obj is not None and (
                obj.pos_ == "PROPN"
                or obj.ent_type_ in {"ORG", "PERSON"}
                or _lemma(obj) in BODY_NOUNS
            ):
                return obj
    return None


def _claims_lives(verb: Token) -> bool:
    """ "claimed … lives": a toll taken, not a claim made; nor is "claimed responsibility"
    ("ISIS claimed responsibility after bombers struck the airport, killing dozens"): the
    deed is owned, its toll is not the claimant's count."""
    return _lemma(verb) == "claim" and any(
        c.dep_ == "dobj" and _lemma(c) in {"life"} | DEED_NOUNS for c in verb.children
    )


def _claims_a_deed(verb: Token) -> bool:
    """A toll taken or a deed owned (see _claims_lives), or an attack claimed ("The Islamic
    State group claimed a series of bombings that killed more than 320 people"): the toll is
    not the claimant's count, though the claimant stays a voice a later "they" may be."""
    return _claims_lives(verb) or (
        _lemma(verb) == "claim" and any(c.dep_ == "dobj" and _an_attack(c) for c in verb.children)
    )


def _an_attack(noun: Token) -> bool:
    """An attack owned as a deed: "claimed the bombings", "claimed a series of bombings that
    killed more than 320 people" (the toll is not the claimant's count)."""
    if _lemma(noun) in ATTACK_NOUNS:
        return True
    return any(
        p.dep_ == "prep" and p.lower_ == "of" and any(_lemma(o) in ATTACK_NOUNS for o in p.children)
        for p in noun.children
    )


def _anonymous_report(obj: Token) -> bool:
    """A report with no one behind it ("according to latest reports", "according to a news
    agency report"): a document noun with no author, no name in it and no body or people
    whose report it is ("police reports", "hospital records" keep theirs)."""
    if _lemma(obj) not in DOCUMENT_NOUNS - FIGURE_NOUNS or _author(obj) is not None:
        return False
    if any(
        t.pos_ == "PROPN" or t.ent_type_ in {"ORG", "PERSON", "NORP", "GPE"} for t in obj.subtree
    ):
        return False
    return not any(
        c.dep_ in {"compound", "nmod", "poss", "amod"}
        and (_is_person(c) or _lemma(c) in BODY_NOUNS | INSTITUTION_KINDS | COLLECTIVE_SOURCES)
        and not any(g.lower_ == "news" for g in c.children)  # "a news agency report": unnamed
        for c in obj.children
    )


def _adjunct(clause: Token) -> bool:
    """A clause set beside a report, not reported by it: opened by "as" or a contrast."""
    return any(c.dep_ == "mark" and c.lower_ in ADJUNCT_MARKS for c in clause.children)


def _scene(clause: Token) -> bool:
    """An adverbial clause that sets the scene of what is reported, opened by "as" ("as
    thousands of Sudanese took to the streets", "as scores of people looted shops"). Not
    "after": what a report says happened before ("AP reported the group's ranks were
    bolstered after the Taliban freed thousands of prisoners") is the report's."""
    return any(c.dep_ == "mark" and c.lower_ in SCENE_MARKS for c in clause.children)


def _acts_in(anchor: Token, clause: Token) -> bool:
    """The count is who acts in the clause: its subject ("as thousands took to the
    streets", "as scores of people looted"), not a toll the clause goes on to ("as
    demonstrations raged, taking the toll to 75")."""
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subj is not None and (anchor == subj or anchor.head == subj)


def _described_body(
    subj: Token, words: set[str], earlier: tuple[str, ...], orgs: frozenset[str]
) -> str | None:
    """A body told again by description, "the" and words before its noun ("the doctors
    union" after the Central Committee of Sudanese Doctors spoke, "the state-funded body"
    after the Kenya National Commission on Human Rights did): the last organisation named as
    a source that shares a word of the description, else, when the words only describe
    (adjectives) a body of no kind, the last organisation named as a source."""
    if subj.left_edge.lower_ != "the" or _lemma(subj) not in BODY_NOUNS:
        return None
    mods = [c for c in subj.lefts if c.dep_ != "det"]
    if not mods or any(c.dep_ not in {"amod", "compound"} for c in mods) or list(subj.rights):
        return None
    named = [name for name in earlier if name in orgs]
    if not named:
        return None
    kinds = words - {subj.lower_.rstrip("s")}
    sharing = [n for n in named if kinds & {w.lower().rstrip("s") for w in re.findall(r"\w+", n)}]
    if sharing:
        return sharing[-1]
    generic = _lemma(subj) in GENERIC_BODIES  # not "the interior ministry": a kind of its own
    return named[-1] if generic and all(c.dep_ == "amod" for c in mods) else None


def _hearsay(anchor: Token) -> bool:
    """The count's clause, or one it is told in, is said to be reported ("reportedly"), not
    a clause outside the relative clause on an attack that tells its toll ("the situation
    reportedly remains tense, almost a week after the attack that killed dozens")."""
    for v in [anchor, *anchor.ancestors]:
        if any(c.lower_ in HEARSAY_ADVERBS for c in v.children):
            return True
        if v.dep_ == "relcl" and _attack(v.head):
            return False
    return False


def _refers_back(
    subj: Token,
    text: str,
    earlier: tuple[str, ...],
    orgs: frozenset[str] = frozenset(),
    before: tuple[str, ...] = (),
) -> str:
    """'the committee' / "the doctors' committee" after 'the Central Committee of Sudan
    Doctors' is that committee: a definite description whose words all occur in the last
    named source; "the organization" or "the group" alone is the last organisation named as a
    source, or, when none was, the last organisation the text named before it (``before``,
    the organisations and facilities named before, in order: "The Ombudsman's Office
    monitored the protests. According to information collected by the institution, ...");
    "the hospital" or "the committee" alone is the last one named with that word ("died at
    the Colombo National Hospital, a hospital spokesperson said. The hospital says 84 people
    have been treated")."""
    alone = subj.left_edge.lower_ == "the" and subj.left_edge.i + 1 == subj.i
    body = alone and _lemma(subj) in BODY_NOUNS
    if subj.pos_ == "PROPN" or text in earlier:
        return text
    if not any(c.dep_ in {"det", "poss"} for c in subj.children):
        return text
    if body:
        named = [name for name in earlier if name in orgs]
        if named:
            return named[-1]
    words = {w.strip("'’s").lower().rstrip("s") for w in re.findall(r"[\w'’]+", text)}
    words -= {"the", "it"}
    told = _described_body(subj, words, earlier, orgs)
    if told is not None:
        return told
    described = None  # a source told by description ("hospital spokesperson"), no name
    for name in reversed(earlier):
        have = {w.lower().rstrip("s") for w in re.findall(r"\w+", name)}
        if words and all(w in have for w in words) and len(have) > len(words):
            if any(w[:1].isupper() for w in name.split()):
                return name
            described = described or name
    if alone and subj.pos_ == "NOUN":
        head = subj.lower_.rstrip("s")
        named = [name for name in before if head in {w.lower().rstrip("s") for w in name.split()}]
        if named:
            return named[-1]
    if subj.pos_ == "NOUN" and _lemma(subj) in STAFF_NOUNS:
        # "a hospital official" after the Colombo National Hospital was named: its staff
        kinds = {c.lower_ for c in subj.children if c.dep_ == "compound"} & INSTITUTION_KINDS
        named = [name for name in before if kinds & {w.lower() for w in name.split()}]
        if named:
            return named[-1]
    if described is not None:
        return described
    organisations = [name for name in before if name in orgs]
    if body and organisations and not any(name in orgs for name in earlier):
        return organisations[-1]
    return text


def _claimed_by(
    anchor: Token,
    entities: list[EntityMention],
    earlier: tuple[str, ...],
    frame: Token | None = None,
) -> str | None:
    """Who the sentence attributes the number to; None when the outlet asserts it."""
    orgs = frozenset(e.canonical for e in entities if e.label == "ORG")
    obj = _according_to(anchor.sent, anchor)
    if (
        obj is not None
        and _lemma(obj) in FIGURE_NOUNS
        and _author(obj) is None
        and any(_lemma(c) == "official" for c in obj.children)
    ):
        return "official figures"  # "according to the latest official count"
    if obj is not None and _anonymous_report(obj):
        obj = None  # "according to latest reports": no one named; a speaker may still be
    if obj is not None:
        author = _author(obj) if _lemma(obj) in DOCUMENT_NOUNS else None
        if author is not None:  # "according to information collected by the institution"
            obj = author
        obj = _cited(obj) or obj  # "according to the agency TASS, citing the FSB"
        return _refers_back(
            obj, _source_text(obj, entities), earlier, orgs, _named_before(obj, entities)
        )
    subj = None
    if frame is not None:  # "officials put the death toll at 26": whoever puts the toll
        head = frame.head
        for _ in range(4):  # "the number of dead" -> put
            if head.pos_ == "VERB" or head.head == head:
                break
            head = head.head
        if head.pos_ == "VERB" and _lemma(head) in REPORT_VERBS:
            subj = _subject(head, anchor)
            if subj is not None and _reported_thing(subj):
                subj = None  # "the total fatalities count … have surged to 154"
    subj = subj or _reporting_subject(anchor)
    if subj is not None and _attack_aside(anchor, subj):
        return None  # "… when the blast, which has left at least 100 dead, rocked the city"
    if subj is not None:
        subj = _cited(subj) or subj  # "BBC and Reuters reported, citing Russia's FSB"
        if _relative(subj):
            subj = _relative_antecedent(subj)
            if subj is None:
                return None  # "the disputed election, which gave Lukashenko 80 per cent"
        author = _first_person_author(subj, entities)
        if author is not None:
            return author
        if subj.lower_ in _PRONOUNS:
            people = frozenset(e.canonical for e in entities if e.label == "PERSON")
            return _named_subject(subj, entities) or _antecedent(subj, earlier, orgs, people)
        if _lemma(subj) in FIGURE_NOUNS and _author(subj) is None:
            official = any(_lemma(c) == "official" for c in subj.children)
            return "official figures" if official else None
        author = _author(subj) if _lemma(subj) in FIGURE_NOUNS else None
        if author is not None and author.pos_ == "NOUN":
            subj = author  # "updated figures from the ministry": the ministry named before
        return _refers_back(
            subj, _source_text(subj, entities), earlier, orgs, _named_before(subj, entities)
        )
    agent = _reporting_agent(anchor)
    if agent is not None:  # "2,000 deaths and 2,950 injuries reported by the civil defence"
        return _source_text(agent, entities)
    if frame is not None:
        toll = frame if _lemma(frame) in TOLL_NOUNS else frame.head.head
        if any(_lemma(c) == "official" for c in toll.children):
            return "official figures"  # "the official death toll stands at 225"
        author = _author(toll) if _lemma(toll) in DOCUMENT_NOUNS else None
        if author is not None:  # "The toll, compiled by AFP from official sources, stood at"
            return _source_text(author, entities)
    document = _in_document(anchor)
    if document is not None:
        return _source_text(document, entities)
    lead = _colon_source(anchor, entities)
    if lead is not None:
        return lead
    credit = _bracketed_source(anchor, entities)
    if credit is not None:
        return credit
    if _hearsay(anchor):
        return "unattributed reports"
    return _own_people_author(anchor, entities)


def _attack_aside(anchor: Token, subj: Token) -> bool:
    """The count is an attack's toll told in a relative clause on the attack ("the blast,
    which has left at least 100 dead", "the devastating blasts that killed 359 people") and
    the speaker is outside that clause: the writer's description of which attack, not what
    the speaker counted."""
    for a in anchor.ancestors:
        if a.dep_ == "relcl" and _attack(a.head):
            return subj not in a.subtree
        if a.dep_ in {"ccomp", "ROOT"}:
            return False
    return False


def _attack(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and _lemma(noun) in ATTACK_NOUNS


def _relative(subj: Token) -> bool:
    """A relative pronoun subject: "the Police, which only admitted …"."""
    return subj.lower_ in {"which", "who", "that"} and subj.head.dep_ == "relcl"


def _relative_antecedent(subj: Token) -> Token | None:
    """The speaker a relative pronoun subject stands for ("repressed by the Police, which only
    admitted the death of one person": the Police); None when it stands for no one who
    speaks ("the disputed election, which gave Lukashenko 80 per cent of the vote")."""
    noun = subj.head.head
    if noun.pos_ == "PROPN" or noun.ent_type_ in {"ORG", "PERSON", "NORP", "GPE"}:
        return noun
    if noun.pos_ == "NOUN" and (_lemma(noun) in BODY_NOUNS | VOICED_BODIES or _is_person(noun)):
        return noun
    return None


def _own_people_author(anchor: Token, entities: list[EntityMention]) -> str | None:
    """A count of "our" people that no one is said to report ("seven of our staff were
    injured", "12 of our volunteers"), in the statement of an organisation, quoted or
    not: the organisation the text names first, whose people they are."""
    of = next((c for c in anchor.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    held = [anchor.head, *(g for g in (of.children if of is not None else ()) if g.dep_ == "pobj")]
    if not any(
        _is_person(t) and any(c.dep_ == "poss" and c.lower_ == "our" for c in t.children)
        for t in held
    ):
        return None
    orgs = sorted((e for e in entities if e.label == "ORG"), key=lambda e: e.start)
    return orgs[0].canonical if orgs else None


def _first_person_author(subj: Token, entities: list[EntityMention]) -> str | None:
    """ "We" or "our volunteers" outside a quotation, in a statement an organisation issues
    ("The Colombo Civic Rights Forum condemns the raid ... Our volunteers have recorded at
    least 50 people injured"): the organisation the text names first, its author."""
    if not (
        subj.lower_ == "we" or any(c.dep_ == "poss" and c.lower_ == "our" for c in subj.children)
    ):
        return None
    if any(q in subj.sent.text for q in QUOTE_MARKS):
        return None  # a quoted speaker's "we" is the speaker's
    orgs = sorted((e for e in entities if e.label == "ORG"), key=lambda e: e.start)
    return orgs[0].canonical if orgs else None


def _reporting_agent(anchor: Token) -> Token | None:
    """Who a count's own participle says reported it: "40 arrests recorded by the police",
    "More than 2,000 deaths and over 2,950 injuries reported by the civil defence" (the
    participle after the last of joined counts is theirs all)."""
    noun = anchor.head if anchor.dep_ == "nummod" else anchor
    first = noun
    while first.dep_ == "conj":
        first = first.head
    for n in [first, *first.conjuncts]:
        for acl in n.children:
            if acl.dep_ != "acl" or _lemma(acl) not in REPORT_VERBS:
                continue
            for agent in acl.children:
                if agent.dep_ == "agent":
                    obj = next((g for g in agent.children if g.dep_ == "pobj"), None)
                    if obj is not None:
                        return obj
    return None


def _named_before(token: Token, entities: list[EntityMention]) -> tuple[str, ...]:
    """The organisations and facilities the text names before ``token``, in order (the
    entity stage tells a hospital or a camp as a location)."""
    named = sorted(
        (e for e in entities if e.label in {"ORG", "FAC", "LOC"} and e.end <= token.idx),
        key=lambda e: e.end,
    )
    return tuple(e.canonical for e in named)


def _antecedent(
    pronoun: Token,
    earlier: tuple[str, ...],
    orgs: frozenset[str],
    people: frozenset[str] = frozenset(),
) -> str | None:
    """The source named before that a pronoun subject refers to: the last one, except that
    "he" or "she" is no organisation nor a body of people ("My cousin was at the junction,
    he says at least 200 died", after "police said …", is not the police's figure)."""
    if not earlier:
        return None
    last = earlier[-1]
    word = last.split()[-1].lower()
    if pronoun.lower_ in {"he", "she"}:
        if last in orgs or word in COLLECTIVE_SOURCES or (word.endswith("s") and " " not in last):
            return None
    if pronoun.lower_ == "it":
        # "it said", after "one woman, Anahit, said": no person; the body named before her
        # ("…, the IHR NGO said … said IHR director Mahmood Amiry-Moghaddam … It said")
        bodies = [
            name
            for name in earlier
            if name in orgs and name not in people and name.split()[-1].lower() not in PERSON_NOUNS
        ]
        if last in people or word in PERSON_NOUNS:
            return bodies[-1] if bodies else None
    return last


# A clause's subject, or a name set before it ("Wael Ghonim, ..., he brought it up"), as the
# parser labels them
_TOPIC_DEPS = frozenset({"nsubj", "nsubjpass", "npadvmod", "dislocated"})


def _named_subject(pronoun: Token, entities: list[EntityMention]) -> str | None:
    """ "he" or "she" is the last person named as the subject of a clause in its own
    sentence or the one before ("Wael Ghonim, that Google executive, he brought it up. He
    said there were a thousand detained"): the centre of the text at that point, before any
    earlier source."""
    if pronoun.lower_ == "it":
        return _subject_body(pronoun, entities)
    if pronoun.lower_ not in {"he", "she"}:
        return None
    sent = pronoun.sent
    first = pronoun.doc[sent.start - 1].sent if sent.start > 0 else sent
    named = None
    for e in entities:
        if e.label != "PERSON" or not first.start_char <= e.start < pronoun.idx:
            continue
        span = pronoun.doc.char_span(e.start, e.end, alignment_mode="expand")
        if span is not None and span.root.dep_ in _TOPIC_DEPS:
            named = e.canonical
    return named


def _subject_body(pronoun: Token, entities: list[EntityMention]) -> str | None:
    """ "it" is the organisation or country named as a subject before it in its own
    sentence ("Baku began the operation hours after it said four officers were killed")."""
    sent = pronoun.sent
    named = None
    for e in entities:
        if e.label not in {"ORG", "GPE"} or not sent.start_char <= e.start < pronoun.idx:
            continue
        span = pronoun.doc.char_span(e.start, e.end, alignment_mode="expand")
        if span is None or span.root.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        verb, path = pronoun.head, []
        while verb != span.root.head and verb.head != verb:
            path.append(verb.dep_)
            verb = verb.head
        # the pronoun's clause hangs below the named subject's as an adverbial ("hours after
        # it said"), not as the report of what that clause says ("Khartoum accounted for
        # most casualties, it said")
        if verb == span.root.head and path and "parataxis" not in path and "ccomp" not in path:
            named = e.canonical
    return named


def _bracketed_source(anchor: Token, entities: list[EntityMention]) -> str | None:
    """A key-figure line that ends with its source in brackets, as situation reports list
    them: "3,958 deaths recorded (WHO, relayed by UN OCHA)", "9,000 people missing (UN
    OCHA)": the organisation the bracket opens with (the first one, who counted). Not an
    organisation's acronym after its name ("the Organization for Migration (IOM)"), nor a
    picture's credit ("(Photo by Carl Court/Getty Images)")."""
    text = anchor.doc.text
    end = text.find("\n", anchor.idx)
    line = text[anchor.idx : len(text) if end < 0 else end].rstrip().rstrip(".")
    if not line.endswith(")") or "(" not in line:
        return None
    opening = anchor.idx + line.rindex("(")
    closing = anchor.idx + len(line) - 1
    if opening <= anchor.idx + len(anchor.text):
        return None
    orgs = [e for e in entities if e.label == "ORG"]
    before = text[:opening].rstrip()
    if not before or any(e.start < len(before) <= e.end for e in orgs):
        return None  # "the International Organization for Migration (IOM)": its acronym
    credit = text[opening + 1 : closing].split(",")[0].strip()
    if PICTURE_CREDIT.search(credit):
        return None  # "(Photo by Carl Court/Getty Images)": a picture's credit
    start = opening + 1 + text[opening + 1 : closing].index(credit) if credit else -1
    named = [e for e in orgs if start <= e.start and e.end <= start + len(credit)]
    if not named or len(credit.split()) > 8:
        return None
    return credit if len(named) > 1 else named[0].canonical


def _colon_source(anchor: Token, entities: list[EntityMention]) -> str | None:
    """A headline or lead that opens with its source and a colon: "Interior Ministry: over
    400 protesters detained", "UN: 1,200 people displaced". The name must fill the words
    before the colon (a short lead-in, not a clause)."""
    sent = anchor.sent
    colon = next((t for t in sent if t.text == ":" and t.i < anchor.i), None)
    if colon is None:
        return None
    lead = [t for t in sent[: colon.i - sent.start] if not t.is_space]
    while lead and (lead[0].like_num or lead[0].is_punct or _CLOCK.match(lead[0].text)):
        lead = lead[1:]  # a live blog's time stamp: "08:05 - Interior ministry: …"
    if not lead or len(lead) > 8:
        return None
    named = _lead_phrase_source(lead, entities)
    if named is not None:
        return named
    if len(lead) > 6:
        return None
    for e in entities:
        if e.label in {"ORG", "PERSON"} and e.start <= lead[-1].idx < e.end:
            covered = [t for t in lead if e.start <= t.idx < e.end]
            if len(covered) >= len(lead) - 1:  # an adjective left out: "Georgian Interior Ministry"
                return e.canonical
    (only,) = lead if len(lead) == 1 else (None,)
    if (
        only is not None
        and only.is_upper
        and len(only) >= 3
        and only.ent_type_ not in {"GPE", "LOC", "NORP"}
        and not _clause_follows(colon)
    ):
        return only.text  # an acronym the model did not tag: "UNICEF: …"
    return None


_CLOCK = re.compile(r"\d{1,2}[:.h]\d{2}$")


def _clause_follows(colon: Token) -> bool:
    """A whole clause after the colon ("ANTAKYA: Rescue workers dug …"): the word before
    it is a dateline's place, not a headline's source ("UNICEF: 1,200 children displaced")."""
    return any(
        t.tag_ in {"VBD", "VBZ", "VBP"} and any(c.dep_ == "nsubj" for c in t.children)
        for t in colon.doc[colon.i + 1 : colon.sent.end]
    )


def _lead_phrase_source(lead: list[Token], entities: list[EntityMention]) -> str | None:
    """A lead before a colon that is one noun phrase naming a body ("Interior ministry:
    667 arrests") or a report with its author ("New figures from the ombudsman's office:
    seven dead, …"): that body or author."""
    inside = {t.i for t in lead}
    roots = [t for t in lead if t.head.i not in inside or t.head == t]
    if len(roots) != 1 or roots[0].pos_ not in {"NOUN", "PROPN"}:
        return None
    root = roots[0]
    if _lemma(root) in DOCUMENT_NOUNS:
        for c in root.children:
            if c.dep_ == "prep" and c.lower_ in {"from", "by"}:
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None and obj.pos_ in {"NOUN", "PROPN"}:
                    return _source_text(obj, entities)
        return None
    if _lemma(root) in BODY_NOUNS:
        for e in entities:
            if e.label == "ORG" and lead[0].idx <= e.start and e.end == root.idx + len(root):
                return e.canonical
        words = [t for t in lead if t.dep_ != "det"]
        return root.doc[words[0].i : words[-1].i + 1].text if words else None
    return None


def _in_document(anchor: Token) -> Token | None:
    """ "… passed the 2,500 mark in an AFP tally": a tally or report with an author, named in
    a prepositional phrase of the clause that holds the number."""
    for v in [anchor, *anchor.ancestors]:
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in {"in", "by"}:
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None and _lemma(obj) in DOCUMENT_NOUNS and _author(obj) is not None:
                    return obj
        if v.pos_ == "VERB":
            break
    return None


_SOURCE_VERBS = REPORT_VERBS - EVIDENTIAL_VERBS


def _sources_before(doc: Doc, entities: list[EntityMention]) -> dict[int, tuple[str, ...]]:
    """For each sentence start, the sources of reporting verbs before it, latest last (so that
    "They added …" and "the committee said …" resolve to a source named earlier)."""
    out: dict[int, tuple[str, ...]] = {}
    earlier: tuple[str, ...] = ()
    verbs = _verbs_with_lemma(doc, _SOURCE_VERBS)
    orgs = frozenset(e.canonical for e in entities if e.label == "ORG")
    k = 0
    for sent in doc.sents:
        out[sent.start] = earlier
        for t in sent:  # "…, according to the Central Committee of Sudan Doctors (CCSD)."
            if t.lower_ == "according":
                obj = next(
                    (
                        o
                        for to in t.children
                        if to.lower_ == "to"
                        for o in to.children
                        if o.dep_ == "pobj"
                    ),
                    None,
                )
                if obj is not None and (obj.pos_ == "PROPN" or obj.ent_type_ == "ORG"):
                    name = _source_text(obj, entities)
                    earlier = (*[e for e in earlier if e != name], name)
        while k < len(verbs) and verbs[k] < sent.end:
            verb = doc[verbs[k]]
            subj = _subject(verb)
            k += 1
            if (
                subj is not None
                and _puts_a_figure(verb)
                and not _claims_lives(verb)  # "ISIS claimed responsibility": no voice of counts
                and subj.lower_ not in _PRONOUNS
                # what was reported is no source ("heavy casualties were reported"); who was
                # quoted or cited is
                and (subj.dep_ != "nsubjpass" or subj.head.lemma_.lower() in {"quote", "cite"})
                and (
                    _is_person(subj)
                    or subj.pos_ == "PROPN"
                    or subj.ent_type_
                    or (any(c.dep_ in {"det", "poss"} for c in subj.children) and not _mute(subj))
                )
            ):
                name = _refers_back(subj, _source_text(subj, entities), earlier, orgs)
                earlier = (*[e for e in earlier if e != name], name)
    return out


def _mute(subj: Token) -> bool:
    """A plural common noun that names no speaker ("the pictures tell that story", "the
    images show"): no later "he said" or "they said" refers to it. Persons ("the doctors")
    and bodies ("the committees") are speakers."""
    return subj.tag_ == "NNS" and _lemma(subj) not in BODY_NOUNS


def _listed_sources(
    doc: Doc, entities: list[EntityMention], sources: dict[int, tuple[str, ...]], text: str
) -> dict[int, str]:
    """Figures listed after a source's colon ("The committee reviewed the toll, noting …:"
    followed by one short paragraph per figure) are that source's: sentence start (char)
    -> source, for each item paragraph up to the first paragraph that is not an item."""
    out: dict[int, str] = {}
    orgs = frozenset(e.canonical for e in entities if e.label == "ORG")
    pending: str | None = None
    for sent in doc.sents:
        if pending is not None:
            starts_paragraph = "\n" in text[max(0, sent.start_char - 2) : sent.start_char]
            if starts_paragraph and len(sent) <= 30 and any(t.like_num for t in sent):
                out[sent.start_char] = pending
                continue
            if sent.text.strip():
                pending = None
        if sent.text.rstrip().endswith(":"):
            subj = _subject(sent.root)
            earlier = sources.get(sent.start, ())
            if subj is not None and subj.lower_ in _PRONOUNS:
                pending = earlier[-1] if earlier else None
            elif subj is not None and (
                subj.pos_ == "PROPN"
                or subj.ent_type_
                or _is_person(subj)
                or _lemma(subj) in BODY_NOUNS
            ):
                pending = _refers_back(subj, _source_text(subj, entities), earlier, orgs)
    return out
