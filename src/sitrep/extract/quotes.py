"""Direct quotations and who said them (spaCy component ``sitrep_quotes_v1``).

Quote marks are paired by character (straight and curly, with the news
convention that a quote left open at a paragraph end continues or closes
there); everything else uses the parse: the quote's governing reporting verb
(found by walking the dependency tree up from the quoted words, by lemma), the
verb's subject (or the controller of a non-finite verb, or "according to X"),
and a simple, principled coreference rule for pronoun subjects: the most recent
named person that was a speaker or a grammatical subject.

A quoted word or short phrase with no reporting verb and no attributable
speaker is a scare quote and is dropped; a short phrase attributed to someone
("what he called a 'peacekeeping' mission") is kept, as in the gold convention.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

import numpy as np
from spacy.attrs import DEP, HEAD, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sitrep.extract import context
from sitrep.extract.nlp import _wrapped
from sitrep.lexicon import OFFICES, ORG_DESCRIPTORS
from sitrep.records import Evidence, FigureClaim, Quote

# Reporting verbs, by lemma. "fear", "hope", "think" are left out on purpose:
# "Putin fears 'X'" inside "Ash said ..., adding that Putin fears 'X'" is Ash's
# quote, so the walk must go past such verbs to the reporting one.
REPORTING_LEMMAS: frozenset[str] = frozenset(
    """say tell add write warn describe call declare state share conclude claim insist
    explain note stress tweet post announce urge accuse blame deny admit argue ask vow
    pledge promise predict suggest report quote cite reply respond recall complain
    comment remark shout chant cry scream plead demand threaten brand label term dub
    characterize characterise refer condemn criticize criticise praise hail reiterate
    acknowledge confirm assert allege contend maintain observe emphasize emphasise
    appeal order dismiss mock ridicule lament question testify recount tout decry
    slam denounce urge caution""".split()
)

# Nouns whose referent may speak without a name ("officials said", "protesters chanted").
HUMAN_NOUNS: frozenset[str] = frozenset(
    """official protester protestor demonstrator witness eyewitness resident people
    activist crowd police policeman officer soldier spokesman spokeswoman spokesperson
    source analyst expert diplomat minister lawmaker authority villager student worker
    doctor lawyer journalist reporter leader commander militant rebel fighter survivor
    relative mother father woman man group organizer organiser""".split()
) | frozenset(  # state bodies that issue statements: "the army command said … a 'deadly …'"
    "army military junta command government ministry presidency".split()
)

# Role nouns that speak *for* someone: "a spokesman for Boris Johnson".
PROXY_NOUNS: frozenset[str] = frozenset(
    """spokesman spokeswoman spokesperson representative aide adviser advisor envoy
    official office press secretary ministry""".split()
)

# Document nouns that stand for their author: "the CSTO statement said".
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    "statement report communique communiqué announcement note letter post message release "
    "tweet decree resolution".split()
)


# Institutions that speak under a place's name: "the US embassy in Sudan said".
INSTITUTION_NOUNS: frozenset[str] = frozenset(
    """embassy consulate mission ministry government office agency department council
    committee commission court army military police presidency parliament""".split()
)

# Reporting verbs whose object is who was told, not who spoke: "..., Hawass told CNN".
LISTENER_VERBS: frozenset[str] = frozenset("tell inform assure brief remind ask urge warn".split())

PERSON_PRONOUNS: frozenset[str] = frozenset({"he", "she", "him", "her"})
SUBJECT_DEPS: frozenset[str] = frozenset({"nsubj", "nsubjpass", "csubj"})
OPEN_MARKS = "“‘«"
CLOSE_MARKS = "”’»"
MIN_UNATTRIBUTED_WORDS = 6  # an unattributed quote shorter than this is a scare quote


@dataclass(frozen=True, slots=True)
class Named:
    """A name found in the document: span, label and the document's full form."""

    start: int
    end: int
    label: str
    canonical: str


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a reporting verb is attributed to, and where that is in the text."""

    name: str
    start: int
    end: int
    named: bool  # a named entity (as opposed to "officials", "protesters")


# ---------------------------------------------------------------- quote marks


def _is_word(c: str) -> bool:
    return c.isalnum() or c in "$£€%"


_DOUBLE_QUOTE = re.compile('["“”]')


def find_quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quoted text (without the marks), in order.

    Double quotes only (straight or curly): single curly quotes double as
    apostrophes in English news and are not reliable delimiters. A mark's role
    comes from its context (a space before and a word after opens), falling back
    on its glyph; a quote still open at a paragraph end closes there.
    """
    # Tokenised corpora (Penn Treebank style) write quotes as `` and '': read them as
    # curly quotes, keeping every offset (same length).
    text = text.replace("`` ", "  \u201c").replace(" ''", "\u201d  ")
    marks: list[tuple[int, str]] = []
    for m in _DOUBLE_QUOTE.finditer(text):
        i, c = m.start(), m.group()
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        opens = (before.isspace() or before in "([{—–-:") and not after.isspace()
        closes = not before.isspace() and (after.isspace() or not _is_word(after))
        if opens and not closes:
            role = "open"
        elif closes and not opens:
            role = "close"
        elif before.isspace() and after.isspace():
            role = "toggle"  # a stray mark between spaces closes an open quote, if any
        else:
            role = "open" if c == "“" else "close" if c == "”" else "toggle"
        marks.append((i, role))
    spans: list[tuple[int, int]] = []
    start: int | None = None
    last = -1  # the last mark read
    for i, role in marks:
        if start is not None and "\n" in text[start:i]:
            # an open quote runs to the end of its paragraph (next quote reopens)
            end = text.index("\n", start)
            spans.append((start, end))
            start = None
        if role == "open" or (role == "toggle" and start is None):
            if role == "toggle" and (orphan := _orphan_close(text, i, last)) is not None:
                spans.append((orphan, i))
            else:
                start = i + 1
        elif start is not None:
            spans.append((start, i))
            start = None
        elif (orphan := _orphan_close(text, i, last)) is not None:
            spans.append((orphan, i))
        last = i
    if start is not None:
        end = text.find("\n", start)
        spans.append((start, len(text) if end < 0 else end))
    spans.extend(
        (s, e) for s, e in _single_quote_spans(text) if not any(a <= s < b for a, b in spans)
    )
    spans.sort()
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:"):
            e -= 1
        if e > s and any(c.isalnum() for c in text[s:e]):
            out.append((s, e))
    return out


# What follows a closing mark when a speaker is named at once: '”, Ioseliani noted.'
_CUE_AFTER = re.compile(
    r"[,.]?\s+(?:[\w’'.-]+\s+){0,4}?(?:said|says|noted|notes|added|adds|stressed|told|wrote"
    r"|explained|stated|insisted|warned|declared|continued|concluded)\b"
)


def _orphan_close(text: str, i: int, last: int) -> int | None:
    """Where a quote closed at ``i`` with no opening mark began: its paragraph's start,
    when no other mark stands in the paragraph before it and a reporting verb follows
    ('The face of one of the detainees is covered with bloody bruises”, Ioseliani noted':
    the page lost its opening mark). None otherwise."""
    para = text.rfind("\n", 0, i) + 1
    if last >= para or not _CUE_AFTER.match(text, i + 1):
        return None
    return para


def outside_quotes(text: str) -> str:
    """``text`` with what its quotation marks enclose (:func:`find_quote_spans`) blanked,
    offsets kept: the narrator's words, not the quoted speaker's."""
    chars = list(text)
    for s, e in find_quote_spans(text):
        chars[s:e] = " " * (e - s)
    return "".join(chars)


def _single_quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans between curly single quotes, as papers in the British style write every
    quotation ('Police are working to find out …,' said the minister). The same glyph
    is the apostrophe, so a mark opens only after a space or a line start and before a
    word, and closes only after a word or punctuation and before a space, punctuation
    or the line end, not inside a word ("don't") or after a plural's "s" before a
    lower-case word (the protesters' demands); both marks sit in one paragraph."""
    out: list[tuple[int, int]] = []
    start: int | None = None
    for m in re.finditer("[‘’]", text):
        i = m.start()
        before = text[i - 1] if i > 0 else "\n"
        after = text[i + 1] if i + 1 < len(text) else "\n"
        if start is not None and "\n" in text[start:i]:
            start = None
        if m.group() == "‘" and (before.isspace() or before in "([—–-") and _is_word(after):
            start = i + 1
            continue
        if start is None or m.group() != "’" or before.isspace() or _is_word(after):
            continue
        nxt = text[i + 1 : i + 3]
        if before in "sS" and after == " " and nxt[1:].islower():
            continue  # a plural possessive
        out.append((start, i))
        start = None
    return out


# ---------------------------------------------------------------- names


# An armed force is not what "the organisation" or "the alliance" refers back to.
# What an institution issues: "the statement said" is the institution quoted before it.
STATEMENT_NOUNS = frozenset(("statement", "communique", "communiqué", "release", "bulletin"))
# "the army": a country's army, named "… Armed Forces" or "… Army" (not a
# paramilitary "Rapid Support Forces" named beside it)
_NATIONAL_ARMY_NOUNS = frozenset(("army", "military"))
_NATIONAL_ARMY = re.compile(r"\b(?:army|armed\s+forces|military)\b", re.I)
_ARMED = re.compile(r"\b(?:forces?|army|troops|police|militia|brigade|guard)\b", re.I)


def _names(doc: Doc) -> list[Named]:
    """Named entities from ``sitrep_entities_v1``, else from the model's NER.

    Without the entity stage, a PERSON's full form is the longest PERSON name in
    the document that ends with the same word (Tokayev -> Kassym-Jomart Tokayev).
    """
    records = context.get(doc, "entities")
    if records:
        return sorted(
            (Named(r.start, r.end, r.label, r.canonical) for r in records), key=lambda n: n.start
        )
    ents = [e for e in doc.ents if e.label_ in {"PERSON", "ORG", "GPE", "NORP", "LOC"}]
    longest: dict[str, str] = {}
    for e in ents:
        if e.label_ == "PERSON":
            key = e[-1].text.lower()
            if len(e.text) > len(longest.get(key, "")):
                longest[key] = e.text
    named = [
        Named(
            e.start_char,
            e.end_char,
            e.label_,
            longest.get(e[-1].text.lower(), e.text) if e.label_ == "PERSON" else e.text,
        )
        for e in ents
    ]
    covered = {i for e in ents for i in range(e.start, e.end)}
    for tok in doc:  # acronyms the tagger missed ("a CSTO force") are organisations
        if tok.i not in covered and tok.pos_ == "PROPN" and tok.is_upper and len(tok) >= 3:
            named.append(Named(tok.idx, tok.idx + len(tok), "ORG", tok.text))
    return sorted(named, key=lambda n: n.start)


TITLE_LEMMAS: frozenset[str] = frozenset(
    """president minister premier leader chairman chairwoman chair spokesman spokeswoman
    general colonel commander king queen prince sheikh senator governor mayor secretary
    chief director ambassador envoy activist analyst expert mr mrs ms dr""".split()
)


# Singular roles one named person holds in a story ("the home minister", "the Public
# Defender", "the ombudsman"): titles plus offices that speak.
ROLE_LEMMAS: frozenset[str] = (
    TITLE_LEMMAS - {"mr", "mrs", "ms", "dr", "activist", "analyst", "expert"}
) | frozenset(
    """ombudsman defender spokesperson envoy coordinator commissioner prosecutor
    representative head""".split()
)


def _is_person(n: Named, tok: Token) -> bool:
    """A person name, or a name the tagger got wrong but a title vouches for
    ("President Kassym-Jomart Tokayev" tagged ORG), before it or in apposition after it
    ("Othman Abduljaleel, health minister in the eastern-based administration, said"), or
    a role the name is in apposition to ("the UN's resident coordinator, Arnaud Peral,")."""
    if n.label == "PERSON":
        return True
    if n.label == "ORG" and tok.dep_ == "appos" and tok.head.i < tok.i:
        if tok.head.lemma_.lower() in ROLE_LEMMAS:
            return True  # "the resident coordinator, Arnaud Peral," tagged ORG
    return n.label == "ORG" and any(
        (c.dep_ == "compound" and c.lemma_.lower().rstrip(".") in TITLE_LEMMAS)
        or (c.dep_ == "appos" and c.i > tok.i and c.lemma_.lower() in ROLE_LEMMAS)
        for c in tok.children
    )


# A sentence ends between a quotation and a pronoun: '"…," Vargas told a crowd. He added:'
_SENTENCE_END = re.compile(r"[.!?]\s")


def _aged(tok: Token) -> bool:
    """A subject that is a person's age ("the 45-year-old", "the 23-year-old student"): the
    person just named, as a pronoun would be."""
    if tok.lower_ == "old":
        year = next((c for c in tok.children if c.lower_ in {"year", "years"}), None)
    else:
        year = next(
            (
                c
                for c in tok.children
                if c.dep_ == "amod" and c.lower_ == "old"
                for y in c.children
                if y.lower_ in {"year", "years"}
            ),
            None,
        )
    return year is not None and any(c.lower_ == "the" for c in tok.subtree)


def _name_at(names: list[Named], token: Token, starts: list[int] | None = None) -> Named | None:
    """The first name (by start) that holds ``token``; ``starts`` (the names' sorted starts)
    finds it by bisection instead of a scan of every name."""
    if starts is None:
        return next((n for n in names if n.start <= token.idx < n.end), None)
    found = None
    i = bisect_right(starts, token.idx) - 1
    for _ in range(_OVERLAPPING_NAMES):  # names that start before and still hold the token
        if i < 0:
            break
        if names[i].end > token.idx:
            found = names[i]
        i -= 1
    return found


_OVERLAPPING_NAMES = 4  # how many names back one may still reach over a token


# ---------------------------------------------------------------- attribution


def _subject_tokens(doc: Doc) -> list[int]:
    """Indices of subjects and of appositions to subjects, found on the token arrays
    (a whole-document scan that creates no ``Token`` objects)."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    arr = doc.to_array([DEP, HEAD])
    deps = arr[:, 0]
    heads = np.arange(len(doc)) + arr[:, 1].astype(np.int64)  # HEAD: offset to the head
    subject = np.isin(deps, np.array([strings[d] for d in SUBJECT_DEPS], dtype=np.uint64))
    appos = (deps == np.uint64(strings["appos"])) & subject[heads]
    return np.flatnonzero(subject | appos).tolist()


class _Resolver:
    """Speaker resolution over one document (keeps the coreference memory)."""

    def __init__(self, doc: Doc, quoted: list[tuple[int, int]] | None = None) -> None:
        """``quoted``: the document's quotation spans, when the caller has read them
        (:func:`find_quote_spans`)."""
        self.doc = doc
        self.text = doc.text  # spaCy joins every token anew on each Doc.text access
        self.names = _names(doc)
        self.starts = [n.start for n in self.names]
        self.sents = sentences(doc)
        self.sent_starts = [s.start for s in self.sents]
        # named subjects and resolved speakers, for pronouns: char offsets (sorted) and who
        self.salient_at: list[int] = []
        self.salient: list[Speaker] = []
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
        # a speaker the parse left without a subject ("..., Tamer Ramadan, who heads the
        # delegation, said the number had reached 10,000"), for a later "he said"
        for tok in doc:
            if (
                tok.lemma_.lower() in REPORTING_LEMMAS
                and tok.dep_ == "ROOT"
                and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)
                and not self.in_quotation(tok.idx)
                and (named := self.named_just_before(tok)) is not None
            ):
                self.remember(named.start, named)

    def institution_before(self, tok: Token) -> Speaker | None:
        """What "it said" refers to: the last organisation quoted before ``tok`` within
        three sentences ("the US embassy said it had 'incomplete information' … 'Traveling
        in any convoy is at your own risk,' it said")."""
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
            and (self.name_at(c) or c.ent_type_ in {"GPE", "NORP"})
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
        first = next(t for t in tok.subtree if t.dep_ not in {"det", "punct"})
        start, stop = first.idx, end.idx + len(end)
        return Speaker(self.text[start:stop].replace("\n", " "), start, stop, True)

    def name_at(self, tok: Token) -> Named | None:
        return _name_at(self.names, tok, self.starts)

    def sentence_index(self, tok: Token) -> int:
        """The index in ``self.sents`` of the sentence that holds ``tok``."""
        return max(bisect_right(self.sent_starts, tok.i) - 1, 0)

    def remember(self, at: int, speaker: Speaker) -> None:
        """A named speaker or subject at char offset ``at``, for later pronouns."""
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

    def pronoun(self, tok: Token) -> Speaker | None:
        """The latest named person that was a subject or speaker before ``tok``, up to three
        sentences back from the pronoun or, when it follows a quotation in its sentence
        ('"What I saw is cruelty ... .", he stressed'), from where the quotation began."""
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
                tok = opening[0]  # count back from the quotation's start
        floor = self.doc[max(tok.sent.start - 1, 0)].sent.start
        floor = self.doc[max(floor - 1, 0)].sent.start  # up to three sentences back
        k = bisect_left(self.salient_at, tok.idx) - 1  # the latest before the pronoun
        if k >= 0 and self.salient_at[k] >= self.doc[floor].idx:
            return self.salient[k]
        return None

    def latest_org(self, before: int, after: int, noun: str = "") -> Named | None:
        """The organisation "the <noun>" refers back to: the latest one named in the window
        whose name has the noun ("the ministry" → "the Health Ministry"); for a generic noun
        ("the organisation", "the alliance") the latest that is no armed force."""
        window = self.names[bisect_left(self.starts, after) : bisect_left(self.starts, before)]
        orgs = [n for n in window if n.label == "ORG"]
        if not orgs:
            return None
        noun = noun.casefold()
        named = [n for n in orgs if noun and noun in n.canonical.casefold()]
        if named:
            return named[-1]
        if noun in _NATIONAL_ARMY_NOUNS:  # "the army said", after "the Sudanese army"
            armies = [n for n in orgs if _NATIONAL_ARMY.search(n.canonical)]
            return armies[-1] if armies else None
        unarmed = [n for n in orgs if not _ARMED.search(n.canonical)]
        return (unarmed or orgs)[-1]

    def name_of(self, tok: Token) -> Speaker | None:
        """The speaker a subject token stands for (entity, role, pronoun or group)."""
        if tok.lower_ in PERSON_PRONOUNS:
            return self.pronoun(tok)
        if tok.lower_ == "it":
            return self.institution_before(tok)
        if _aged(tok):  # "Aisha Bello, a teacher, fled. '…,' the 45-year-old said"
            return self.pronoun(tok)
        n = self.name_at(tok)
        if n is not None and n.label != "PERSON" and tok.idx + len(tok) == n.end:
            holder = self.role_holder(tok)  # "the Public Defender" tagged as an organisation
            if holder is not None:
                return holder
        if n is not None:
            return Speaker(n.canonical, n.start, n.end, True)
        if tok.pos_ not in {"NOUN", "PROPN"}:
            return None
        found = self._name_in_subtree(tok) or self.role_holder(tok) or self.institution(tok)
        if found is not None:
            return found
        if tok.lemma_.lower() in STATEMENT_NOUNS and any(c.lower_ == "the" for c in tok.lefts):
            return self.institution_before(tok)  # "the MIA claimed … ‘…,’ the statement said"
        if tok.lemma_.lower() in ORG_DESCRIPTORS and any(c.lower_ == "the" for c in tok.lefts):
            k = self.sentence_index(tok)
            org = self.latest_org(tok.idx, self.sents[max(k - 1, 0)].start_char, tok.lemma_)
            if org is not None:
                return Speaker(org.canonical, tok.idx, tok.idx + len(tok), True)
        if (tok.pos_ == "PROPN" or tok.ent_type_ == "PERSON") and tok.text[:1].isupper():
            # an untagged proper-noun subject ("Azirbek urged"): the name, in its
            # document-wide full form when a longer name ends with it
            words = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [tok]
            start, end = words[0].idx, tok.idx + len(tok)
            full = next(
                (n.canonical for n in self.names if n.canonical.split()[-1] == tok.text),
                self.text[start:end],
            )
            return Speaker(full, start, end, True)
        if tok.lemma_.lower() in _NATIONAL_ARMY_NOUNS and any(c.lower_ == "the" for c in tok.lefts):
            army = self.national_army_before(tok)  # "the military said", after "the Sudanese army"
            if army is not None:
                return army
        if tok.lemma_.lower() in HUMAN_NOUNS or tok.lemma_.lower() in ROLE_LEMMAS:
            words = [c for c in tok.lefts if c.dep_ in {"amod", "compound", "nmod"}] + [tok]
            start, end = words[0].idx, tok.idx + len(tok)
            return Speaker(self.text[start:end], start, end, False)
        return None

    def national_army_before(self, tok: Token) -> Speaker | None:
        """The country's army named by its nationality in the sentences before ("the
        Sudanese army"), which "the army" or "the military" then stands for."""
        first = self.sents[max(self.sentence_index(tok) - 4, 0)].start
        for t in reversed(self.doc[first : tok.i]):
            if t.lemma_.lower() not in _NATIONAL_ARMY_NOUNS:
                continue
            nation = [
                c for c in t.lefts if c.ent_type_ == "NORP" and c.dep_ in {"amod", "compound"}
            ]
            if nation:
                start, end = nation[0].idx, t.idx + len(t)
                return Speaker(self.text[start:end], start, end, False)
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

    def _name_in_subtree(self, head: Token) -> Speaker | None:
        """A name attached to a common-noun subject: "a spokesman for X",
        "the CSTO statement", "one protester who introduced himself as X"."""
        lemma = head.lemma_.lower()
        for tok in head.subtree:  # "A spokesperson for UNHCR, Olga Sarrado, said": the
            # person in apposition (to the subject or, as parsed, to the body it speaks for)
            n = self.name_at(tok) if tok.dep_ == "appos" else None
            if (
                n is not None
                and n.label == "PERSON"
                and tok.idx + len(tok) == n.end
                and tok.head.dep_ != "conj"
                and (tok.head.i == head.i or tok.head.head.head.i == head.i)
            ):
                return Speaker(n.canonical, n.start, n.end, True)
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
            if n is None or n.label != "PERSON" or t.idx + len(t) != n.end:
                continue
            first = doc.char_span(n.start, n.end, alignment_mode="expand")
            after = doc[t.i + 1] if t.i + 1 < len(doc) else None
            before = doc[first.start - 1] if first is not None and first.start > 0 else None
            if after is not None and after.text == "," and (before is None or before.text == ","):
                return Speaker(n.canonical, n.start, n.end, True)
            return None
        return None

    def speaker_of_cue(self, cue: Token) -> Speaker | None:
        """The subject of a reporting verb, its controller, or "according to X"."""
        seen = 0
        verb = cue
        while seen < 4:
            seen += 1
            subj = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"}]
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
                # inverted attribution after the quote: "..., stated one protester"
                subj = [c for c in verb.rights if c.dep_ in {"dobj", "npadvmod", "attr"}]
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
                return self.name_of((outside or subj)[0])
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


def _in_relative_clause(tok: Token) -> bool:
    """A word of a relative clause describing someone ("who heads the delegation")."""
    t = tok
    for _ in range(4):
        if t.dep_ == "relcl":
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _line_break_tokens(doc: Doc) -> list[int]:
    """Indices of the tokens whose text holds a line break, found on the token arrays."""
    if not len(doc):
        return []
    orths = doc.to_array(ORTH)
    strings = doc.vocab.strings
    breaking = np.array([h for h in set(orths.tolist()) if "\n" in strings[h]], dtype=np.uint64)
    return np.flatnonzero(np.isin(orths, breaking)).tolist() if breaking.size else []


def sentences(doc: Doc) -> list[Span]:
    """spaCy's sentences, also cut at line breaks: a paragraph end always ends a
    sentence (the parser sometimes runs a quote-final paragraph into the next). A break
    of hard-wrapped text inside a sentence is not one (see :func:`nlp._wrapped`)."""
    out: list[Span] = []
    breaks = _line_break_tokens(doc)
    k = 0
    for sent in doc.sents:
        start = sent.start
        while k < len(breaks) and breaks[k] < sent.end:
            i = breaks[k]
            k += 1
            if i + 1 < sent.end and not _wrapped(doc[i], doc[i + 1]):
                if i + 1 > start:
                    out.append(doc[start : i + 1])
                start = i + 1
        if start < sent.end:
            out.append(doc[start : sent.end])
    return out


def according_to(span: Span) -> list[tuple[Token, Token]]:
    """Every "according to X" in ``span``, in order: the word "according" and X."""
    found = []
    for tok in span:
        if tok.lower_ == "according":
            for prep in tok.children:
                if prep.lower_ == "to":
                    objs = [c for c in prep.children if c.dep_ == "pobj"]
                    if objs:
                        found.append((tok, objs[0]))
    return found


def _according_to(sent: Span) -> Token | None:
    found = according_to(sent)
    return found[0][1] if found else None


def _inside(tok: Token, spans: list[tuple[int, int]]) -> bool:
    return any(s <= tok.idx < e for s, e in spans)


def _cue_by_tree(qtoks: list[Token], quoted: list[tuple[int, int]]) -> Token | None:
    """The first reporting verb above the quote in the dependency tree."""
    own = [(qtoks[0].idx, qtoks[-1].idx + 1)]
    for tok in qtoks:
        if not _inside(tok.head, own) or tok.head.i == tok.i:
            t = tok.head if tok.head.i != tok.i else None
            steps = 0
            while t is not None and steps < 8:
                if (
                    t.lemma_.lower() in REPORTING_LEMMAS
                    and t.pos_ in {"VERB", "AUX"}
                    and not _inside(t, quoted)
                ):
                    return _outer_cue(t, quoted)
                if t.head.i == t.i:
                    break
                t = t.head
                steps += 1
    return None


def _outer_cue(cue: Token, quoted: list[tuple[int, int]]) -> Token:
    """The reporting verb whose reported clause holds ``cue``: words quoted inside reported
    speech are the reporter's ("Zourabichvili … said that the government had declared
    'war' on its people": her word, not the government's), unless the reported clause
    names its own speaker."""
    while (
        cue.dep_ == "ccomp"
        and not any(
            c.dep_ in {"nsubj", "nsubjpass"} and (c.pos_ == "PROPN" or c.ent_type_)
            for c in cue.children
        )  # "Suleiman said that Mubarak asked him to start on 'reform'": the named one's
        and cue.head.i != cue.i
        and cue.head.lemma_.lower() in REPORTING_LEMMAS
        and cue.head.pos_ in {"VERB", "AUX"}
        and not _inside(cue.head, quoted)
    ):
        cue = cue.head
    return cue


def _cue_nearby(
    frame: list[Token], qstart: int, qend: int, quoted: list[tuple[int, int]]
) -> Token | None:
    """A reporting verb outside quotes in the quote's own sentences, nearest first."""
    cues = [
        t
        for t in frame
        if t.lemma_.lower() in REPORTING_LEMMAS and t.pos_ == "VERB" and not _inside(t, quoted)
    ]
    if not cues:
        return None
    return min(cues, key=lambda t: qstart - t.idx if t.idx < qstart else t.idx - qend)


def _trailing_name(names: list[Named], text: str, qe: int, first: int = 0) -> Speaker | None:
    """A quotation whose paragraph ends with a person's name and nothing else but the
    words that describe them, as captions and cut-off wire copy write it:
    '"… any choice," rickshaw driver Hanif'."""
    end = text.find("\n", qe)
    end = len(text) if end < 0 else end
    for k in range(first, len(names)):  # names[first:] start after the quote
        n = names[k]
        if n.start > end:
            break  # names are in order: none further on is in this paragraph
        n_end = n.start + len(text[n.start : n.end].rstrip())  # the model's span may take "\n"
        if n.label != "PERSON" or not (qe < n.start and n_end <= end):
            continue
        before, after = text[qe + 1 : n.start], text[n_end:end]
        described = re.fullmatch(r"[\s,\"”’'-]*(?:[a-z][\w-]*\s+){0,4}", before)
        if described and not after.strip(" .\t\"”’'"):
            return Speaker(n.canonical.strip(), n.start, n_end, True)
        return None
    return None


def _a_name(qtoks: list[Token]) -> bool:
    """Quoted words that are a name, not speech: one to three capitalised words with no
    verb and no closing punctuation (a nickname, a platform, an operation's name)."""
    words = [t for t in qtoks if t.is_alpha]
    return (
        0 < len(words) <= 3
        and all(t.text[:1].isupper() for t in words)
        and not any(t.pos_ in {"VERB", "AUX"} or t.text in {"!", "?", "."} for t in qtoks)
    )


def _quote_tokens(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def extract_quotes(doc: Doc) -> list[Quote]:
    """All direct quotations in ``doc`` with their resolved speakers."""
    text = doc.text
    quoted = find_quote_spans(text)
    if not quoted:
        return []
    resolver = _Resolver(doc, quoted)
    doc_id = context.doc_id(doc)
    sents = resolver.sents
    found: list[tuple[int, int, Speaker | None, Token | None, int, int]] = []
    for qs, qe in quoted:
        qtoks = _quote_tokens(doc, qs, qe)
        if not qtoks:
            continue
        first_i = resolver.sentence_index(qtoks[0])
        last_i = resolver.sentence_index(qtoks[-1])
        s_first, s_last = sents[first_i], sents[last_i]
        # a quote opening a sentence after "He added:" belongs to that sentence's frame
        lo = first_i
        if first_i > 0 and qtoks[0].i <= s_first.start + 1:
            prev = sents[first_i - 1]
            if prev.text.rstrip().endswith((":", ",")) and "\n" not in text[prev.end_char : qs]:
                lo = first_i - 1
        frame = [t for k in range(lo, last_i + 1) for t in sents[k] if not (qs <= t.idx < qe)]
        cue = _cue_by_tree(qtoks, quoted)
        acc = _according_to(doc[sents[lo].start : sents[last_i].end])
        if cue is None and acc is not None and not (qs <= acc.idx < qe):
            cue = acc.head.head  # "according to X, police killed 'dozens'"
            speaker = resolver.name_of(acc)
        else:
            cue = cue or _cue_nearby(frame, qs, qe, quoted)
            speaker = resolver.speaker_of_cue(cue) if cue is not None else None
        words = sum(1 for t in qtoks if t.is_alpha)
        whole_sentence = not any(c.isalnum() for c in text[s_first.start_char : qs]) and not any(
            c.isalnum() for c in text[qe : s_last.end_char]
        )
        if speaker is None and whole_sentence:
            speaker, cue = _neighbour_speaker(resolver, sents, first_i, last_i, text, quoted, qe)
        if speaker is None:
            speaker = _trailing_name(resolver.names, text, qe, bisect_right(resolver.starts, qe))
        if speaker is None and words < MIN_UNATTRIBUTED_WORDS:
            continue  # scare quote
        if _a_name(qtoks):
            continue  # a name in quotes: 'known as "Hemedti"', 'on "Twitter"'
        if speaker is not None and speaker.named:
            resolver.remember(qs, speaker)
            resolver.remember_institution(qs, speaker)
        found.append((qs, qe, speaker, cue, sents[lo].start_char, sents[last_i].end_char))
    out = []
    for qs, qe, speaker, cue, ss, se in found:
        out.append(
            Quote(
                doc=doc_id,
                start=qs,
                end=qe,
                text=text[qs:qe],
                sentence=Evidence(doc_id, ss, se),
                speaker=speaker.name if speaker else None,
                speaker_start=speaker.start if speaker else None,
                speaker_end=speaker.end if speaker else None,
                cue=cue.text if cue is not None else None,
            )
        )
    return out


def _neighbour_speaker(
    resolver: _Resolver,
    sents: list[Span],
    first_i: int,
    last_i: int,
    text: str,
    quoted: list[tuple[int, int]],
    quote_end: int,
) -> tuple[Speaker | None, Token | None]:
    """Speaker of a free-standing quoted sentence: the attribution in the next
    sentence of the same paragraph, else the last reporting verb (within two
    sentences, at most one paragraph back)."""
    if last_i + 1 < len(sents):
        nxt = sents[last_i + 1]
        if "\n" not in text[quote_end : nxt.start_char]:
            for tok in nxt:
                if (
                    tok.lemma_.lower() in REPORTING_LEMMAS
                    and tok.pos_ == "VERB"
                    and not _inside(tok, quoted)
                ):
                    sp = resolver.speaker_of_cue(tok)
                    if sp is not None and sp.named:
                        return sp, tok
    paragraphs = 0
    for k in range(first_i - 1, max(first_i - 3, -1), -1):
        paragraphs += text[sents[k].end_char : sents[k + 1].start_char].count("\n\n") + (
            1 if text[sents[k].end_char : sents[k + 1].start_char].count("\n") == 1 else 0
        )
        if paragraphs > 1:
            break
        for tok in reversed(list(sents[k])):
            if tok.lemma_.lower() in REPORTING_LEMMAS and tok.pos_ == "VERB":
                sp = resolver.speaker_of_cue(tok)
                if sp is not None and sp.named:
                    return sp, tok
    return None, None


def attribute_quoted_figures(figures: list[FigureClaim], quotes: list[Quote]) -> list[FigureClaim]:
    """A figure said inside a quotation that its sentence leaves unattributed ("'The deaths
    of 147 people have been reported so far,' he told reporters") is the speaker's claim."""
    out = []
    for f in figures:
        q = next((q for q in quotes if q.speaker and q.start <= f.start and f.end <= q.end), None)
        out.append(replace(f, claimed_by=q.speaker) if q is not None and not f.claimed_by else f)
    return out


@Language.component("sitrep_quotes_v1")
def quotes_component(doc: Doc) -> Doc:
    """Store the document's quotes under ``"quotes"``; figures said inside a quotation and
    attributed to no one take its speaker."""
    quotes = extract_quotes(doc)
    context.put(doc, "quotes", quotes)
    figures = context.get(doc, "figures")
    if figures:
        context.put(doc, "figures", attribute_quoted_figures(figures, quotes))
    return doc
