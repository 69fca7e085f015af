"""The speaker resolver's memory of one document: where each person and body was named,
spoke or was quoted, and the lookups over it (the latest body named, the paragraph, the
quotation a position falls in, a person's full name from one word of it)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Token

from sitrep.extract.quotes.names import (
    Named,
    Speaker,
    _name_at,
    _not_person,
)
from sitrep.extract.quotes.vocab import (
    _ARMED,
    _NATIONAL_ARMY,
    _NATIONAL_ARMY_NOUNS,
    _SENTENCE_END,
    INSTITUTION_NOUNS,
    PERSON_PRONOUNS,
    SUBJECT_DEPS,
)


class _Memory:
    """Who the document named and quoted where: the lookups the resolver reads back through
    (:class:`sitrep.extract.quotes.resolver._Resolver` sets the memory up and fills it)."""

    def person_by_word(self, word: str) -> str | None:
        """The full name of the person the document names in full and then by one word
        of it: the family name ("Tokayev" for "Kassym-Jomart Tokayev"), else the given name
        as some cultures use it ("Abiy" for "Abiy Ahmed"); None for a word of no name, or
        one shared by two people."""
        if not word[:1].isupper():
            return None
        for k in (-1, 0):
            found = {p for p in self.people if len(p.split()) > 1 and p.split()[k] == word}
            if len(found) == 1:
                return found.pop()
            if found:
                return None
        return None

    def institution_before(self, tok: Token) -> Speaker | None:
        """What "it said" refers to: the last organisation quoted before ``tok`` within
        three sentences ("the US embassy said it had 'incomplete information' … 'Traveling
        in any convoy is at your own risk,' it said"), counted from the start of the
        quotation "it said" follows."""
        tok = self._counted_from(tok)
        floor = self.doc[max(tok.sent.start - 1, 0)].sent.start
        floor = self.doc[max(floor - 1, 0)].sent.start
        k = bisect_left(self.said_at, tok.idx) - 1
        if k >= 0 and self.said_at[k] >= self.doc[floor].idx:
            return self.said[k]
        return None

    def remember_institution(self, at: int, speaker: Speaker) -> None:
        if speaker.name in self.people:
            return
        k = bisect_right(self.said_at, at)
        self.said_at.insert(k, at)
        self.said.insert(k, speaker)

    def sentence_subject(self, it: Token) -> Speaker | None:
        """ "it" in a clause under its sentence's main one is what that sentence is about
        when a name is its subject: "Aden Duale published a notice deploying the army in what
        it called a 'security emergency'" (his notice), "The army did not respond but on
        Twitter it called the reports 'fake news'"."""
        root = it.sent.root
        if it.head.i == root.i or not any(self.in_quotation(t.idx) for t in it.head.subtree):
            return None  # only for words it is quoted as saying
        for c in root.children:
            if c.dep_ == "nsubj" and c.i < it.i and c.lower_ not in PERSON_PRONOUNS | {"it"}:
                found = self.name_of(c)
                if found is not None and found.named:
                    return found
                break
        # "..., a day after Azerbaijan launched what it called 'anti-terrorist measures'":
        # the named subject of the clause "what it called" is the object of
        verb = it.head
        if not any(c.lower_ == "what" for c in verb.children):
            return None
        up = verb.head
        while up.i != root.i and up.dep_ in {"ccomp", "dobj", "pobj", "prep"}:
            up = up.head
        for c in up.children:
            if c.dep_ == "nsubj" and c.i < it.i and (n := self.name_at(c)) is not None:
                if n.label in {"GPE", "ORG"} and c.idx + len(c) == n.end:
                    return Speaker(n.canonical, n.start, n.end, True)
        return None

    def institution(self, tok: Token) -> Speaker | None:
        """An institution named by its place: "the US embassy in Sudan" (the phrase without
        its article), when a place name modifies it or follows it with "in"/"of"."""
        if tok.lemma_.lower() not in INSTITUTION_NOUNS or tok.pos_ != "NOUN":
            return None
        placed = [
            c
            for c in tok.children
            if c.dep_ in {"compound", "amod", "nmod", "poss"}
            and c.i < tok.i
            and (_not_person(self.name_at(c)) or c.ent_type_ in {"GPE", "NORP"})
        ]
        end = tok
        for c in tok.rights:
            if c.dep_ == "prep" and c.lower_ in {"in", "of", "to"}:
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None and obj.ent_type_ in {"GPE", "NORP", "LOC"}:
                    end = obj.right_edge
                    placed.append(obj)
            break
        if not placed:
            return None
        # the phrase from its first word, less an article or a time the parse hung on it
        # ("Late on Sunday Morocco's interior ministry said")
        first = next(
            t
            for t in tok.subtree
            if t.dep_ not in {"det", "punct"} and t.ent_type_ not in {"DATE", "TIME"}
        )
        start, stop = first.idx, end.idx + len(end)
        return Speaker(self.text[start:stop].replace("\n", " "), start, stop, True)

    def name_at(self, tok: Token) -> Named | None:
        return _name_at(self.names, tok, self.starts)

    def sentence_index(self, tok: Token) -> int:
        """The index in ``self.sents`` of the sentence that holds ``tok``."""
        return max(bisect_right(self.sent_starts, tok.i) - 1, 0)

    def remember(self, at: int, speaker: Speaker, *, quoted: bool = False) -> None:
        """A named speaker or subject at char offset ``at``, for later pronouns;
        ``quoted``: the speaker of a quotation that opens there."""
        if quoted:
            self.quoted_at.add(at)
        k = bisect_right(self.salient_at, at)
        self.salient_at.insert(k, at)
        self.salient.insert(k, speaker)

    def _quotation_from(self, at: int) -> tuple[int, int] | None:
        """The last quotation that opens at or before ``at``."""
        k = bisect_right(self.quoted_starts, at) - 1
        return self.quoted[k] if k >= 0 else None

    def in_quotation(self, at: int) -> bool:
        span = self._quotation_from(at)
        return span is not None and at < span[1]

    def pronoun(self, tok: Token, *, speaking: bool = False) -> Speaker | None:
        """The latest named person that was a subject or speaker before ``tok``, up to three
        sentences back from the pronoun or, when it follows a quotation in its sentence
        ('"What I saw is cruelty ... .", he stressed'), from where the quotation began.
        ``speaking``: the pronoun says something, and a person who spoke in the sentence of
        that latest subject comes first ("Cherizier said they would fight until Henry
        resigned. '...,' he said" is Cherizier)."""
        tok = self._counted_from(tok)
        floor = self.doc[max(tok.sent.start - 1, 0)].sent.start
        floor = self.doc[max(floor - 1, 0)].sent.start  # up to three sentences back
        k = bisect_left(self.salient_at, tok.idx) - 1  # the latest before the pronoun
        if k < 0:
            return None
        at = self.salient_at[k]
        if at >= self.doc[floor].idx:
            if speaking and at not in self.spoke_at | self.quoted_at:
                k = self._teller_of_sentence(k)
            return self.salient[k]
        # or one quoted since the previous paragraph's start: a quotation's paragraphs go
        # on with "she added" however many sentences the one before quoted
        if at in self.quoted_at and at >= self.paragraph_before(tok.idx):
            return self.salient[k]
        return None

    def _teller_of_sentence(self, k: int) -> int:
        """The latest person remembered before ``self.salient_at[k]`` in its sentence who
        was the subject of a verb of saying (``k`` when none)."""
        at = self.salient_at[k]
        sent = self.doc.char_span(at, at + 1, alignment_mode="expand")
        if sent is None:
            return k
        begin = sent.sent.start_char
        for j in range(k - 1, -1, -1):
            if self.salient_at[j] < begin:
                break
            if self.salient_at[j] in self.spoke_at:
                return j
        return k

    def _counted_from(self, tok: Token) -> Token:
        """Where to count sentences back from for a pronoun: the start of the quotation it
        follows in its sentence ('"What I saw is cruelty ... .", he stressed'), else itself."""
        before = self._quotation_from(tok.idx)
        if before is not None and before[1] <= tok.idx:
            opening = self.doc.char_span(before[0], before[0] + 1, alignment_mode="expand")
            paragraph_end = self.text.find("\n", before[1])
            between = self.text[before[1] : tok.idx]
            if (
                opening is not None
                and (paragraph_end < 0 or paragraph_end > tok.idx)
                and not _SENTENCE_END.search(between)
            ):
                return opening[0]
        return tok

    def paragraph_before(self, at: int) -> int:
        """Where the paragraph before the one holding ``at`` begins (blank lines skipped)."""
        end = self.text.rfind("\n", 0, at)
        while end > 0 and self.text[end - 1].isspace():
            end -= 1
        return self.text.rfind("\n", 0, max(end, 0)) + 1

    def latest_org(
        self, before: int, after: int, noun: str = "", *, named_only: bool = False
    ) -> Named | None:
        """The organisation "the <noun>" refers back to: the latest one named in the window
        whose name has the noun ("the ministry" → "the Health Ministry"); for a generic noun
        ("the organisation", "the alliance") the latest that is no armed force."""
        window = self.names[bisect_left(self.starts, after) : bisect_left(self.starts, before)]
        orgs = [n for n in window if n.label == "ORG"]
        if not orgs:
            return None
        noun = noun.casefold()
        named = [n for n in orgs if noun and noun in n.canonical.casefold()]
        if named or named_only:
            return named[-1] if named else None
        if noun in _NATIONAL_ARMY_NOUNS:  # "the army said", after "the Sudanese army"
            armies = [n for n in orgs if _NATIONAL_ARMY.search(n.canonical)]
            return armies[-1] if armies else None
        unarmed = [n for n in orgs if not _ARMED.search(n.canonical)]
        return (unarmed or orgs)[-1]

    def latest_subject_org(self, before: int) -> Named | None:
        """The body "the watchdog" or "the state-funded body" refers back to: the latest
        organisation before ``before`` named as the subject of its clause ("the National
        Commission on Human Rights reported ..."), not one named in passing ("organised by
        Gen-Z activists"), and no armed force."""
        for n in reversed(self.names[: bisect_left(self.starts, before)]):
            if n.label != "ORG" or _ARMED.search(n.canonical):
                continue
            span = self.doc.char_span(n.start, n.end, alignment_mode="expand")
            if span is not None and span.root.dep_ in SUBJECT_DEPS:
                return n
        return None
