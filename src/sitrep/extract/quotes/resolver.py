"""The speaker resolver: a reporting verb's subject (or controller, or "according to X"),
and pronouns and descriptions read back to the most recent fitting named speaker."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from sitrep.extract.quotes.cues import (
    _in_relative_clause,
    _quoted_as_saying,
    _written_in,
    sentences,
    stranded_subject,
)
from sitrep.extract.quotes.issuers import issued_by, issuer_of
from sitrep.extract.quotes.memory import _Memory
from sitrep.extract.quotes.names import (
    Named,
    Speaker,
    _aged,
    _bare_definite,
    _counted,
    _described,
    _introduced,
    _is_person,
    _names,
    _nation_army,
    _own_role,
    _owner,
    _recurring,
    _root_tokens,
    _speechless,
    _subject_tokens,
    _the_role,
    _title_word,
    _untagged_between_commas,
    _untagged_title,
)
from sitrep.extract.quotes.spans import find_quote_spans
from sitrep.extract.quotes.vocab import (
    _NATIONAL_ARMY_NOUNS,
    ACCOUNT_NOUNS,
    AFFILIATION_PREPOSITIONS,
    DOCUMENT_NOUNS,
    GENERIC_BODY_NOUNS,
    HOLDER_NOUNS,
    HUMAN_NOUNS,
    INSTITUTION_NOUNS,
    LABEL_END,
    LABEL_LINE,
    LISTENER_VERBS,
    MEDIA_NOUNS,
    NAMED_BODY_NOUNS,
    PERSON_PRONOUNS,
    PROXY_NOUNS,
    QUANTITY_NOUNS,
    RELATIVE_PRONOUNS,
    REPORTING_LEMMAS,
    ROLE_LEMMAS,
    SOURCE_NOUNS,
    STATEMENT_NOUNS,
    VOICE_NOUNS,
)
from sitrep.lexicon import OFFICES, ORG_DESCRIPTORS


class _Resolver(_Memory):
    """Speaker resolution over one document (keeps the coreference memory)."""

    def __init__(self, doc: Doc, quoted: list[tuple[int, int]] | None = None) -> None:
        """``quoted``: the document's quotation spans, when the caller has read them
        (:func:`find_quote_spans`)."""
        self.doc = doc
        self.text = doc.text  # spaCy joins every token anew on each Doc.text access
        self.names = _recurring(doc, _names(doc))
        self.starts = [n.start for n in self.names]
        self.sents = sentences(doc)
        self.sent_starts = [s.start for s in self.sents]
        # named subjects and resolved speakers, for pronouns: char offsets (sorted) and who
        self.salient_at: list[int] = []
        self.salient: list[Speaker] = []
        self.quoted_at: set[int] = set()  # where the remembered quotations open
        self.spoke_at: set[int] = set()  # subjects of a verb of saying
        # organisations quoted, for "it said"
        self.people = frozenset(n.canonical for n in self.names if n.label == "PERSON")
        self.said_at: list[int] = []
        self.said: list[Speaker] = []
        # a subject inside a quotation is the quoted speaker's, not the narrator's: "'What
        # Bashar has to know is ...,' he added" is not Bashar speaking
        self.quoted = find_quote_spans(self.text) if quoted is None else quoted
        self.quoted_starts = [s for s, _ in self.quoted]
        for i in _subject_tokens(doc):
            tok = doc[i]
            if self.in_quotation(tok.idx):
                continue
            n = self.name_at(tok)
            if n is not None and _is_person(n, tok) and tok.idx + len(tok) == n.end:
                self.remember(tok.idx, Speaker(n.canonical, n.start, n.end, True))
                if tok.head.lemma_.lower() in REPORTING_LEMMAS:
                    self.spoke_at.add(tok.idx)
            elif (
                n is not None
                and n.label == "ORG"
                and tok.dep_ != "appos"
                and tok.idx + len(tok) == n.end
            ):
                # a body that is a sentence's subject, for a later "it said"
                self.remember_institution(tok.idx, Speaker(n.canonical, n.start, n.end, True))
            elif n is None and tok.lemma_.lower() in _NATIONAL_ARMY_NOUNS:
                army = _nation_army(tok)  # "The Nigerian army did not respond ... it called"
                if army is not None:
                    self.remember_institution(army.start, army)
            elif n is None and (body := self.institution(tok)) is not None:
                self.remember_institution(tok.idx, body)  # "the Russian mission to the UN"
            elif (
                n is None
                and tok.pos_ in {"NOUN", "PROPN"}
                and (apposed := self.apposed_person(tok))
            ):
                # "The UN High Commissioner for Refugees, Filippo Grandi, also reacted to
                # the attacks. '...,' he said": the person named beside the title
                self.remember(apposed.start, apposed)
                if tok.head.lemma_.lower() in REPORTING_LEMMAS:
                    self.spoke_at.add(apposed.start)
            elif n is None and tok.pos_ == "PROPN" and (full := self.person_by_word(tok.text)):
                # a person the tagger missed, by a name the text gave in full ("Abiy, who
                # won the prize, launched ..." after "Abiy Ahmed"), for a later "he said"
                self.remember(tok.idx, Speaker(full, tok.idx, tok.idx + len(tok), True))
        # a person a paragraph is labelled with ("- Biden: The president addressed ...
        # '...,' he said"), for a "he said" in it
        for m in LABEL_LINE.finditer(self.text):
            k = bisect_left(self.starts, m.end())
            if k < len(self.names) and self.names[k].start == m.end():
                n = self.names[k]
                if n.label == "PERSON" and LABEL_END.match(self.text, n.end):
                    self.remember(n.start, Speaker(n.canonical, n.start, n.end, True))
        # a speaker the parse left without a subject ("..., Tamer Ramadan, who heads the
        # delegation, said the number had reached 10,000"), for a later "he said"
        for i in _root_tokens(doc):
            tok = doc[i]
            if (
                tok.lemma_.lower() in REPORTING_LEMMAS
                and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)
                and not self.in_quotation(tok.idx)
                and (named := self.named_just_before(tok)) is not None
            ):
                self.remember(named.start, named)

    def name_of(self, tok: Token) -> Speaker | None:
        """The speaker a subject token stands for (entity, role, pronoun or group)."""
        if tok.lower_ in PERSON_PRONOUNS:
            return self.pronoun(
                tok, speaking=tok.head.lemma_.lower() in REPORTING_LEMMAS
            ) or self.unnamed_before(tok)
        if _bare_definite(tok) and (intro := self.introduced(tok)) is not None:
            return self.name_of(intro) or self.affiliation(intro)  # "the source said"
        if tok.lower_ == "it":
            return self.sentence_subject(tok) or self.institution_before(tok)
        if tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
            # "the United Nations, which termed it 'tragic'": a body or person by name (not
            # "young Kenyans who call themselves Gen Z")
            named = self.name_at(tok.head.head)
            if named is not None and named.label in {"ORG", "PERSON"}:
                return self.name_of(tok.head.head)
            return None
        if tok.lemma_.lower() in VOICE_NOUNS and tok.pos_ == "NOUN":
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            named = any(c.dep_ in {"appos", "compound"} for c in tok.children) or (
                tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ == "PROPN"
            )  # "his spokesman Dmitry Peskov told": the spokesman, by name
            if poss is not None and poss.lower_ in {"his", "her"} and not named:
                # "Guterres is shocked ..., his spokesperson said. ..., Stephane Dujarric, the
                # spokesperson, told": the spokesperson the text names next; else the one
                # he speaks for ("Guterres 'strongly condemns' ..., his spokesman says")
                return self.voice_named_next(tok) or self.pronoun(poss)
        if tok.lemma_.lower() in QUANTITY_NOUNS and (counted := _counted(tok)) is not None:
            return self.name_of(counted)  # "Thousands of protesters chanting"
        if tok.lemma_.lower() in ACCOUNT_NOUNS and tok.pos_ == "NOUN":
            owner = next((c for c in tok.subtree if c.i < tok.i and _owner(c)), None)
            if owner is not None and owner.lower_ not in {"its", "their"}:
                return self.name_of(owner)  # "the presidency's Twitter account said"
        if _aged(tok):  # "Aisha Bello, a teacher, fled. '…,' the 45-year-old said"
            return self.pronoun(tok)
        if _described(tok) and (named := self.pronoun(tok)) is not None:
            return named  # "'…,' the politician added"
        n = self.name_at(tok)
        if n is not None and n.label != "PERSON" and tok.idx + len(tok) == n.end:
            holder = self.role_holder(tok)  # "the Public Defender" tagged as an organisation
            if holder is not None:
                return holder
        if n is not None:
            return Speaker(n.canonical, n.start, n.end, True)
        if tok.pos_ not in {"NOUN", "PROPN"}:
            return None
        found = self.institution(tok) or self._name_in_subtree(tok) or self.role_holder(tok)
        if found is not None:
            return found
        if tok.pos_ == "NOUN" and (found := _untagged_title(tok)) is not None:
            return found
        the = any(c.lower_ == "the" for c in tok.lefts)
        if the and tok.lemma_.lower() in DOCUMENT_NOUNS and (issuer := issuer_of(self, tok)):
            return issuer  # "X signed a decree ... '...,' the decree says"
        if tok.lemma_.lower() in STATEMENT_NOUNS and (the or tok.dep_ == "dobj"):
            # "the MIA claimed … ‘…,’ the statement said"; "Amnesty rebuked ... '...,' read
            # a statement released on Thursday"
            return self.institution_before(tok)
        lemma = tok.lemma_.lower()
        definite = any(c.lower_ == "the" for c in tok.lefts)
        if definite and (lemma in ORG_DESCRIPTORS or lemma in NAMED_BODY_NOUNS):
            k = self.sentence_index(tok)
            org = self.latest_org(tok.idx, self.sents[max(k - 1, 0)].start_char, tok.lemma_)
            if org is None and lemma in NAMED_BODY_NOUNS:
                org = self.latest_org(tok.idx, 0, lemma, named_only=True)
            if org is not None:
                return Speaker(org.canonical, tok.idx, tok.idx + len(tok), True)
        if definite and lemma in GENERIC_BODY_NOUNS:
            org = self.latest_subject_org(tok.idx)
            if org is not None:
                return Speaker(org.canonical, tok.idx, tok.idx + len(tok), True)
        if (tok.pos_ == "PROPN" or tok.ent_type_ == "PERSON") and tok.text[:1].isupper():
            # an untagged proper-noun subject ("Azirbek urged"): the name, in its
            # document-wide full form when a longer name ends with it
            words = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [tok]
            start, end = words[0].idx, tok.idx + len(tok)
            full = next(
                (n.canonical for n in self.names if n.canonical.split()[-1] == tok.text),
                None,
            )
            full = full or self.person_by_word(tok.text) or self.text[start:end]
            return Speaker(full, start, end, True)
        if tok.lemma_.lower() in _NATIONAL_ARMY_NOUNS and any(c.lower_ == "the" for c in tok.lefts):
            army = self.national_army_before(tok)  # "the military said", after "the Sudanese army"
            if army is not None:
                return army
        if _the_role(tok) and (named := self.pronoun(tok)) is not None:
            return named  # "Ariel Henry has said he will resign. ... the prime minister said"
        if tok.lemma_.lower() in HUMAN_NOUNS or tok.lemma_.lower() in ROLE_LEMMAS:
            words = [c for c in tok.lefts if c.dep_ in {"amod", "compound", "nmod"}] + [tok]
            start, end = words[0].idx, tok.idx + len(tok)
            return Speaker(self.text[start:end], start, end, False)
        return self.affiliation(tok) if tok.pos_ == "NOUN" else None

    def affiliation(self, tok: Token) -> Speaker | None:
        """The body an unnamed person speaks for, as the sentence places them in it: "an
        anchor on Iran's state television", "a presenter for the state broadcaster"."""
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in AFFILIATION_PREPOSITIONS:
                continue
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None:
                continue
            n = self.name_at(obj)
            if n is not None and n.label == "ORG" and obj.idx + len(obj) == n.end:
                return Speaker(n.canonical, n.start, n.end, True)
            if obj.pos_ == "NOUN" and obj.lemma_.lower() in MEDIA_NOUNS | INSTITUTION_NOUNS:
                first = next(t for t in obj.subtree if t.dep_ not in {"det", "punct"})
                start, end = first.idx, obj.idx + len(obj)
                return Speaker(self.text[start:end], start, end, True)
        return None

    def introduced(self, tok: Token) -> Token | None:
        """The unnamed person a bare "the <noun>" reads back to: the subject the text
        introduced with "a"/"one" in its sentence or the two before, by the same noun ("An
        anchor on state television suggested ... '...,' the anchor said") or, for "the
        source", by any ("a Red Cross worker told EFE ... '...,' the source said")."""
        first = self.sents[max(self.sentence_index(tok) - 2, 0)].start
        lemma = tok.lemma_.lower()
        for t in reversed(self.doc[first : tok.i]):
            if _introduced(t) and not self.in_quotation(t.idx):
                if t.lemma_.lower() == lemma or lemma in SOURCE_NOUNS:
                    return t
        return None

    def unnamed_before(self, pronoun: Token) -> Speaker | None:
        """Who "he" or "she" is when no named person was a subject just before: a person
        the previous sentence or its own introduced with "a"/"one" ("One protester in
        Baghdad told Amnesty ... He said: '...'")."""
        first = self.sents[max(self.sentence_index(pronoun) - 1, 0)].start
        for t in reversed(self.doc[first : pronoun.i]):
            if (
                _introduced(t)
                and not self.in_quotation(t.idx)
                and (
                    t.lemma_.lower() in HUMAN_NOUNS
                    or t.head.lemma_.lower() in REPORTING_LEMMAS
                    or self.affiliation(t) is not None
                )
            ):
                words = [c for c in t.lefts if c.dep_ in {"amod", "compound"}] + [t]
                start, end = words[0].idx, t.idx + len(t)
                return self.name_of(t) or Speaker(self.text[start:end], start, end, False)
        return None

    def national_army_before(self, tok: Token) -> Speaker | None:
        """The country's army named by its nationality in the sentences before ("the
        Sudanese army"), which "the army" or "the military" then stands for."""
        first = self.sents[max(self.sentence_index(tok) - 4, 0)].start
        for t in reversed(self.doc[first : tok.i]):
            if t.lemma_.lower() in _NATIONAL_ARMY_NOUNS and (army := _nation_army(t)):
                return army
        return None

    def role_holder(self, tok: Token) -> Speaker | None:
        """The person a singular role stands for: "the Public Defender vowed" after
        "Levan Ioseliani, the Public Defender of Georgia"; "said the home minister" after
        "Home minister Asaduzzaman Khan". The person must be named with that role word
        right before the name or in an apposition after it; the nearest such mention
        before the role wins, else the first after it."""
        role = tok.lemma_.lower()
        if role not in ROLE_LEMMAS or tok.tag_ in {"NNS", "NNPS"}:
            return None
        before: Named | None = None
        after: Named | None = None
        for n in self.names:
            if n.label != "PERSON" or n.start <= tok.idx < n.end:
                continue
            span = self.doc.char_span(n.start, n.end, alignment_mode="expand")
            if span is None:
                continue
            near = [
                *self.doc[max(span.start - 4, 0) : span.start],
                *self.doc[span.end : span.end + 6],
            ]
            if span.end < len(self.doc) and self.doc[span.end].text != ",":
                near = near[: span.start - max(span.start - 4, 0)]  # no apposition after
            said = " ".join(t.lemma_.lower() for t in near)
            if f" {role} " not in f" {said} " and f" {OFFICES.get(role, role)} " not in f" {said} ":
                continue  # "the premier" is the person named "Prime Minister X"
            if n.start < tok.idx:
                before = n
            elif after is None:
                after = n
        best = before or after
        if best is None:
            return None
        return Speaker(best.canonical, tok.idx, tok.idx + len(tok), True)

    def voice_named_next(self, tok: Token) -> Speaker | None:
        """The person the text names as "the spokesperson" (the role ``tok`` is, no one
        else's: not "the bloc's spokesman") in its sentence or the next."""
        role = tok.lemma_.lower()
        k = self.sentence_index(tok)
        last = self.sents[min(k + 1, len(self.sents) - 1)].end_char
        for n in self.names:
            if n.label != "PERSON" or not tok.idx < n.start < last:
                continue
            span = self.doc.char_span(n.start, n.end, alignment_mode="expand")
            if span is None:
                continue
            near = [
                *self.doc[max(span.start - 3, 0) : span.start],
                *self.doc[span.end : span.end + 4],
            ]
            for t in near:
                if t.lemma_.lower() == role and t.i != tok.i and _own_role(t):
                    return Speaker(n.canonical, n.start, n.end, True)
        return None

    def _name_in_subtree(self, head: Token) -> Speaker | None:
        """A name attached to a common-noun subject: "a spokesman for X",
        "the CSTO statement", "one protester who introduced himself as X"."""
        lemma = head.lemma_.lower()
        if lemma in HOLDER_NOUNS:
            # "the office of the High Commissioner Jane Doe": the person it speaks for
            people = [
                n
                for t in head.subtree
                if t.i != head.i
                and (n := self.name_at(t)) is not None
                and n.label == "PERSON"
                and t.idx + len(t) == n.end
            ]
            if people:
                return Speaker(people[-1].canonical, people[-1].start, people[-1].end, True)
            for t in head.children:  # a full name the tagger missed: "..., Volker Turk"
                first = next((c for c in t.lefts if c.dep_ == "compound"), None)
                if (
                    t.dep_ == "appos"
                    and t.pos_ == "PROPN"
                    and self.name_at(t) is None
                    and first is not None
                    and all(w.pos_ == "PROPN" and w.text[:1].isupper() for w in (first, t))
                    and all(w.dep_ == "compound" for w in self.doc[first.i : t.i])
                ):
                    start, end = first.idx, t.idx + len(t)
                    return Speaker(self.text[start:end], start, end, True)
        if (apposed := self.apposed_person(head)) is not None:
            return apposed
        for tok in head.subtree:
            if tok.i == head.i or tok.dep_ == "punct":
                continue
            n = self.name_at(tok)
            if n is None or tok.idx + len(tok) != n.end:
                continue  # use the name's last (head) token only
            path = []
            t = tok
            while t.i != head.i and t.head.i != t.i:
                path.append(t.dep_)
                t = t.head
            if lemma in PROXY_NOUNS and "pobj" in path and n.label in {"PERSON", "ORG", "GPE"}:
                return Speaker(f"{head.text} for {n.canonical}", head.idx, n.end, True)
            if lemma in DOCUMENT_NOUNS and path[-1:] in (
                ["compound"],
                ["poss"],
                ["pobj"],
                ["nmod"],
            ):
                return Speaker(n.canonical, n.start, n.end, True)
            if (
                n.label in {"PERSON", "ORG"}
                and (lemma in HUMAN_NOUNS or lemma in PROXY_NOUNS or head.pos_ == "NOUN")
                and set(path) & {"appos", "relcl", "acl", "pobj", "compound", "oprd", "dobj"}
            ) or (n.label == "PERSON" and path[-1:] == ["appos"]):  # "Georgia's Ombudsman, X,"
                return Speaker(n.canonical, n.start, n.end, True)
            if path == ["appos"] and n.label in {"ORG", "GPE"} and head.pos_ == "NOUN":
                # "the news site Tut.by called ...": the name the noun is in apposition to
                return Speaker(n.canonical, n.start, n.end, True)
        if lemma in DOCUMENT_NOUNS:
            return issued_by(self, head)
        return None

    def apposed_person(self, head: Token) -> Speaker | None:
        """The person set in apposition to a common-noun or title subject, or, as parsed, to
        the body it speaks for: "A spokesperson for UNHCR, Olga Sarrado, said", "The UN High
        Commissioner for Refugees, Filippo Grandi, also reacted"."""
        for tok in head.subtree:
            n = self.name_at(tok) if tok.dep_ == "appos" else None
            if (
                n is not None
                and n.label == "PERSON"
                and tok.idx + len(tok) == n.end
                and tok.head.dep_ != "conj"
                and (tok.head.i == head.i or tok.head.head.head.i == head.i)
            ):
                return Speaker(n.canonical, n.start, n.end, True)
        return None

    def named_just_before(self, cue: Token) -> Speaker | None:
        """The person named between commas right before a cue, with only a description of
        him between ("..., Zahi Hawass, secretary-general of the council, told"): none when
        the cue follows no comma ("... announced Mubarak's resignation and said"), or a verb
        or the sentence's start comes first."""
        doc = cue.doc
        if cue.i == 0 or doc[cue.i - 1].text != ",":
            return None
        for t in reversed(doc[cue.sent.start : cue.i - 1]):
            if t.pos_ in {"VERB", "AUX"} and not _in_relative_clause(t):
                return None
            n = self.name_at(t)
            if n is None and (untagged := _untagged_between_commas(t)) is not None:
                return untagged  # "..., Tamer Ramadan, who heads the delegation, said"
            if n is None or n.label != "PERSON" or t.idx + len(t) != n.end:
                continue
            first = doc.char_span(n.start, n.end, alignment_mode="expand")
            after = doc[t.i + 1] if t.i + 1 < len(doc) else None
            k = first.start if first is not None else 0
            while k > cue.sent.start and _title_word(doc[k - 1]):
                k -= 1  # "..., Col. Omar Saranga, a Ministry of Defense spokesman, said"
            before = doc[k - 1] if first is not None and k > 0 else None
            if after is not None and after.text == "," and (before is None or before.text == ","):
                return Speaker(n.canonical, n.start, n.end, True)
            return None
        return None

    def speaker_of_cue(self, cue: Token) -> Speaker | None:
        """The subject of a reporting verb, its controller, or "according to X"."""
        quoted = _quoted_as_saying(cue)
        if quoted is not None:
            return self.name_of(quoted)
        written = _written_in(cue)
        if written is not None:
            return self.name_of(written)
        seen = 0
        verb = cue
        while seen < 4:
            seen += 1
            subj = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"}]
            if not subj and verb.i == cue.i and (stranded := stranded_subject(cue)) is not None:
                subj = [stranded]
            if not subj:
                subj = [
                    p
                    for c in verb.children
                    if c.dep_ == "agent"
                    for p in c.children
                    if p.dep_ == "pobj"
                ]
            if (
                not subj
                and verb.i == cue.i
                and verb.tag_ in {"VBD", "VBZ", "VBP"}
                and cue.lemma_.lower() not in LISTENER_VERBS
            ):
                # inverted attribution after the quote: "..., stated one protester"; not a
                # thing said of ("... and blamed the dissent on 'foreign-backed ...'")
                subj = [
                    c
                    for c in verb.rights
                    if c.dep_ in {"dobj", "npadvmod", "attr"} and not _speechless(c)
                ]
            if (
                not subj
                and verb.i == cue.i
                and cue.dep_ == "conj"
                and cue.head.dep_ == "ccomp"
                and cue.head.head.lemma_.lower() in REPORTING_LEMMAS
            ):
                # "Ruto said 19 people had died and insisted ...": the second verb of
                # saying parsed as joined to what the first said; it shares its subject
                verb = cue.head.head
                continue
            if not subj and verb.i == cue.i and cue.dep_ in {"conj", "ROOT"}:
                # "..., Zahi Hawass, secretary-general of the council, told CNN": the
                # speaker parsed as an apposition to the clause before
                named = self.named_just_before(cue)
                if named is not None:
                    return named
            if subj:
                # the narrator's subject, not one the parse hung on the verb from inside the
                # quotation ('"Everyone must be held liable ...", he stressed')
                outside = [t for t in subj if not self.in_quotation(t.idx)]
                first = (outside or subj)[0]
                if verb.i == cue.i and _speechless(first):
                    # "In response to the arrest of X, Rimmel Mohydin, a campaigner,
                    # said": the parse made "the arrest" the subject
                    named = self.named_just_before(cue)
                    if named is not None:
                        return named
                return self.name_of(first)
            if verb.dep_ == "xcomp":
                objs = [c for c in verb.head.children if c.dep_ in {"dobj", "iobj"}]
                if objs:
                    return self.name_of(objs[0])
            if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"}:
                return self.name_of(verb.head)
            if (
                verb.dep_ in {"advcl", "xcomp", "conj", "ccomp", "acl", "pcomp"}
                and verb.head.i != verb.i
            ):
                verb = verb.head
                continue
            break
        return None
