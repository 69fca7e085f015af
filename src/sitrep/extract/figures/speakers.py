"""Who the sentence says gives a count: the object of "according to", the subject of a
reporting verb that governs the number ("police said …", "…, organisers said"), the one a
relaying outlet cites, the agent of "reported by", a tally named with its author; and the
clauses whose count is no one's claim (an attack's toll in an aside, a deed claimed)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitrep.extract.figure_words import (
    ADJUNCT_MARKS,
    ATTACK_NOUNS,
    BODY_NOUNS,
    CITING_VERBS,
    COLLECTIVE_SOURCES,
    DEED_NOUNS,
    DOCUMENT_NOUNS,
    EVENT_LEMMAS,
    EVIDENTIAL_VERBS,
    FIGURE_NOUNS,
    HEARSAY_ADVERBS,
    INSTITUTION_KINDS,
    MONTHS,
    PART_QUANTIFIERS,
    REPORT_VERBS,
    SCENE_MARKS,
    TOLL_NOUNS,
    VOICED_BODIES,
)
from sitrep.extract.figures.source_names import _author
from sitrep.extract.figures.syntax import _contrast_clause, _is_person, _lemma, _subject
from sitrep.extract.quotes import according_to


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
