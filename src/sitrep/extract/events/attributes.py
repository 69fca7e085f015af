"""Attributes of an event mention: its actors, and who makes a statement (public or private
voice, named or described, at home or abroad)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from sitrep.extract import context
from sitrep.extract.events.parse import Hit, _governing_verb
from sitrep.extract.events.vocabulary import (
    ACTOR_NOUNS,
    ANONYMITY_WORDS,
    BLOC_WORDS,
    BRIEFED,
    CLOSING_QUOTES,
    COMMENTATORS,
    CONTINUING_SPEAKERS,
    GOVERNMENT_WORDS,
    LEADER_NOUNS,
    LEADING_VERBS,
    PHRASE_DEPS,
    PRESS_ROLES,
    PRIVATE_ROLES,
    PUBLIC_ROLES,
    QUOTE_END_PUNCT,
    ROLE_DEPS,
    SPEAKER_CLAUSES,
    STATEMENT_TIME_MARKS,
    TIME_ENTITIES,
)
from sitrep.lexicon import AGE_LIMIT, ORG_DESCRIPTORS
from sitrep.records import (
    EntityMention,
    Place,
    Quote,
)
from sitrep.resolve.names import state_body

if TYPE_CHECKING:
    from sitrep.extract.quotes import _Resolver


def _naming(tok: Token) -> bool:
    """A naming, not speech: "so-called help", "what he called a peacekeeping mission".
    The verb names a thing (an amod or an object predicate); nobody speaks."""
    if tok.lemma_.lower() != "call":
        return False
    if tok.dep_ in {"amod", "compound"} or any(c.lower_ == "so" for c in tok.children):
        return True
    return any(c.dep_ == "oprd" for c in tok.children)


def _summons(tok: Token) -> bool:
    """A summoning, not speech: "called in the army" (a deployment when the troops are
    named; nothing said when a cut-off text ends at "called in the")."""
    return tok.lemma_.lower() == "call" and any(
        c.dep_ in {"prep", "prt"} and c.lower_ == "in" for c in tok.children
    )


_COMMENTATORS_KEY = "sitrep.events.commentators"
_RESOLVER_KEY = "sitrep.events.resolver"


def _commentators(doc: Doc) -> frozenset[str]:
    """Lower-cased name words of people the text introduces as commentators
    ("Arkady Dubnov, a Central Asia expert"), so a later "Dubnov said" is known too.
    Memoised on the Doc (one scan per document, not one per statement)."""
    cached = doc.user_data.get(_COMMENTATORS_KEY)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    names: set[str] = set()
    for t in doc:
        if t.dep_ == "appos" and t.lemma_.lower() in COMMENTATORS and t.head.ent_type_ == "PERSON":
            names.update(w.lower_ for w in t.head.subtree if w.ent_type_ == "PERSON" and w.is_alpha)
    out = frozenset(names)
    doc.user_data[_COMMENTATORS_KEY] = out
    return out


def _commentary(tok: Token) -> bool:
    """A speech verb whose subject is an analyst or expert: an opinion, not an event."""
    subj = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subj:
        return False
    if any(
        s.lemma_.lower() in COMMENTATORS
        or any(c.dep_ == "appos" and c.lemma_.lower() in COMMENTATORS for c in s.children)
        for s in subj
    ):
        return True
    # a later bare surname is often mis-tagged (ORG), so any proper-noun subject counts
    names = [s for s in subj if s.pos_ == "PROPN" or s.ent_type_ == "PERSON"]
    return bool(names) and any(s.lower_ in _commentators(tok.doc) for s in names)


def _anonymity(tok: Token) -> bool:
    """A source's request not to be named ("an official, who asked not to be named,
    told AFP", "spoke on condition of anonymity"): how a source is kept unnamed, no
    statement of its own."""
    return any(
        t.lemma_.lower() in ANONYMITY_WORDS and t.i != tok.i
        for c in tok.children
        if c.dep_ in {"xcomp", "prep", "advcl"}
        for t in c.subtree
    )


def _quote_attribution(tok: Token) -> bool:
    """A reporting verb that only attributes the direct quotation before it ('"This is
    not crowd control," said X', '"The junta is trying ...," an AAPP spokesperson
    said'): what someone is quoted as saying, kept as a quote, not a statement that is the
    news. Between the closing quote and the verb stands only the speaker; a quotation
    attributed to "he" or "she" continues a statement the text has just reported (its
    speaker named there) and stays with it; an official's quoted words are the
    official's statement."""
    if tok.pos_ != "VERB":
        return False
    sent = tok.sent
    close = next(
        (
            t
            for t in reversed(sent[: tok.i - sent.start])
            if t.text in CLOSING_QUOTES
            and t.i > sent.start
            and (t.nbor(-1).text in QUOTE_END_PUNCT or t.nbor().text == ",")
        ),
        None,
    )
    if close is None:
        return False
    between = tok.doc[close.i + 1 : tok.i]
    clauses = {t.i for t in between if t.dep_ in SPEAKER_CLAUSES}
    if any(
        t.pos_ in {"VERB", "AUX"}
        and t.i not in clauses
        and not any(a.i in clauses for a in t.ancestors)
        for t in between
    ):
        return False  # '"...," the minister said after troops fired': another clause
    if any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children):
        return False  # '"...," he said, adding that ...': a report of its own follows
    speakers = _speaker_tokens(tok)
    if speakers and all(s.lower_ in CONTINUING_SPEAKERS for s in speakers):
        return False
    if any(t.lemma_.lower() in BRIEFED for c in tok.children for t in c.subtree):
        return False  # '"...," Perthes told reporters via teleconference': a briefing
    if _told_outlet(tok):
        return True  # '"We've got seven dead here," an official told AFP': an interview
    # an official quoted is the official's statement ('"We are urging against further
    # escalation," a government spokesman told reporters')
    return _public(tok) is not True


def _told_outlet(tok: Token) -> bool:
    """A quotation told to one named outlet ("told AFP", "told the Teleamazonas
    channel"): an interview's words, not a public statement."""
    return tok.lemma_.lower() == "tell" and any(
        t.pos_ == "PROPN" or t.ent_type_ == "ORG"
        for c in tok.children
        if c.dep_ in {"dobj", "dative"}
        for t in c.subtree
    )


_ROLES_KEY = "sitrep.events.roles"


def _role_words(tok: Token) -> set[str]:
    """Role nouns said of a name or noun in place: its own lemma, its compounds ("State
    Department spokesman Ned Price"), its appositions ("Mukhtar Umbetov, a human rights
    activist") and the noun it is in apposition to ("One participant, Adilzhan,")."""
    words = {tok.lemma_.lower()}
    for c in tok.children:
        if c.dep_ in ROLE_DEPS:
            words.add(c.lemma_.lower())
            words.update(g.lemma_.lower() for g in c.children if g.dep_ in {"compound", "amod"})
        elif c.dep_ == "relcl" and c.lemma_.lower() in LEADING_VERBS:
            words.add("head")  # "Raed al-Saleh, who heads the White Helmets"
    if tok.dep_ == "appos":
        words.add(tok.head.lemma_.lower())
    return words


def _doc_roles(doc: Doc) -> dict[str, frozenset[str]]:
    """Name word (lower case) -> the role nouns the document gives that person anywhere
    ("Boris Vishnevsky, a Russian opposition politician", "Kazakh President Tokayev"), so
    a later bare "Umbetov said" is known too. Memoised on the Doc."""
    cached = doc.user_data.get(_ROLES_KEY)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    roles: dict[str, set[str]] = {}
    for t in doc:
        if t.pos_ != "PROPN" or t.ent_type_ not in {"PERSON", "ORG", ""}:
            continue
        words = _role_words(t) - {t.lemma_.lower()}
        head = t.head if t.dep_ == "compound" else t
        words |= _role_words(head) - {head.lemma_.lower()}
        roles.setdefault(t.lower_, set()).update(w for w in words if w.isalpha())
    out = {k: frozenset(v) for k, v in roles.items()}
    doc.user_data[_ROLES_KEY] = out
    return out


def _speaker_tokens(cue: Token) -> list[Token]:
    """The tokens that name who makes a statement: the reporting verb's subject (or its
    controller, a participle's main clause, an inverted "stated one protester"), or a
    statement noun's possessor / "by" phrase ("the CSTO's statement")."""
    if cue.pos_ in {"NOUN", "PROPN"}:
        for c in cue.children:
            if _owner(c):
                return [c]  # not "Wednesday's announcement by Britain's top diplomat"
            if c.dep_ == "prep" and c.lower_ in {"by", "from"}:
                return [p for p in c.children if p.dep_ == "pobj"]
    verb = _governing_verb(cue)
    for _ in range(4):
        subj = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"}]
        if subj and all(c.ent_type_ in TIME_ENTITIES for c in subj):
            return []  # "Friday promises to be yet another big day": a day speaks not
        subj = subj or [
            p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
        ]
        if not subj and verb.tag_ in {"VBD", "VBZ", "VBP"}:
            subj = [c for c in verb.rights if c.dep_ in {"dobj", "npadvmod", "attr"}]
        if subj:
            return subj
        if verb.dep_ == "xcomp":
            return [c for c in verb.head.children if c.dep_ in {"dobj", "iobj"}]
        if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"}:
            return [verb.head]
        if verb.dep_ not in {"advcl", "conj", "ccomp", "pcomp"} or verb.head.i == verb.i:
            break
        verb = verb.head
    return []


def _owner(tok: Token) -> bool:
    """A noun's possessor or compound that names who it is, not when ("Mubarak's speech",
    "the CSTO statement"; not "Wednesday's announcement", "Thursday's speech")."""
    return tok.dep_ in {"poss", "compound"} and tok.ent_type_ not in TIME_ENTITIES


def _named(tokens: list[Token]) -> set[str]:
    return {t.lower_ for t in tokens if t.pos_ == "PROPN" or t.ent_type_ in NAMED_SPEAKERS}


NAMED_SPEAKERS = frozenset({"PERSON", "ORG", "NORP"})


def _second_speaker(first: Token, cue: Token) -> bool:
    """A statement told in a time clause of a sentence's first statement, by another
    named speaker: "ElBaradei warned of unrest after Mubarak announced late Thursday he
    would not step down" holds ElBaradei's warning and Mubarak's announcement. Not a
    statement inside what the first says ("ElBaradei said protests would go on when
    Mubarak announced the cabinet": the clause is ElBaradei's)."""
    if cue.pos_ != "VERB" or cue.dep_ != "advcl" or cue.head.i != _governing_verb(first).i:
        return False  # not "told CNN after reports of Mubarak's impending announcement emerged"
    marks = {c.lower_ for c in cue.children if c.dep_ in {"mark", "advmod"}}
    if not marks & STATEMENT_TIME_MARKS:
        return False
    mine = _named(_speaker_tokens(cue))
    return bool(mine) and not mine & _named(_speaker_tokens(first))


def _to_me(verb: Token) -> bool:
    """The reporter is the listener: "Yernar told me", "Adilzhan shared with me"."""
    for c in verb.children:
        if c.dep_ in {"dobj", "dative", "iobj"} and c.lower_ == "me":
            return True
        if c.dep_ == "prep" and c.lower_ in {"with", "to"}:
            if any(p.lower_ == "me" for p in c.children):
                return True
    return False


def _first_name_only(tok: Token) -> bool:
    """A one-word name the document never gives in full or with a title ("Adilzhan",
    "Yernar"): a person met by the reporter, known by a first name. A surname of a
    fully named person ("Tokayev" after "Kassym-Jomart Tokayev") is not."""
    if tok.pos_ != "PROPN" or tok.ent_type_ not in {"PERSON", ""}:
        return False
    if any(c.dep_ == "compound" for c in tok.children):
        return False
    doc = tok.doc
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].lower_ == tok.lower_:
            return False
    for e in context.get(doc, "entities"):
        if e.label == "PERSON" and len(e.canonical.split()) > 1:
            if e.canonical.split()[-1].lower() == tok.lower_:
                return False
    return True


def _own_role(tok: Token) -> str:
    """The role noun closest to a speaker: the noun itself ("the physician said"), or the
    last common noun of the title before a name ("department physician Jane Doe")."""
    if tok.pos_ != "PROPN":
        return tok.lemma_.lower()
    title = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    return title[-1].lemma_.lower() if title else ""


def _pronoun_resolver(doc: Doc) -> _Resolver:
    """The quotes stage's speaker resolver for ``doc``, built once per document: it reads
    the whole document, and ``pronoun`` only reads it."""
    cached = doc.user_data.get(_RESOLVER_KEY)
    if cached is None:
        from sitrep.extract.quotes import _Resolver

        cached = doc.user_data[_RESOLVER_KEY] = _Resolver(doc)
    return cached  # type: ignore[no-any-return]


def _public(cue: Token) -> bool | None:
    """Whether a statement's maker is a public actor (a government, organisation,
    official, spokesperson, leader, institution, or a named person the document gives an
    official role): True; a private or outside voice (a resident, eyewitness, protester,
    activist, analyst, journalist, a person known by first name only, anyone talking to
    the reporter: "told me"): False; None when the parse cannot tell (a pronoun nobody
    was named for, a bare country)."""
    speakers = _speaker_tokens(cue)
    if not speakers:
        return None
    doc = cue.doc
    roles: set[str] = set()
    names: list[Token] = []
    for s in speakers:
        if s.lower_ in {"he", "she"}:
            found = _pronoun_resolver(doc).pronoun(s)
            span = doc.char_span(found.start, found.end, alignment_mode="expand") if found else None
            if span is None:
                continue
            s = span[-1]
        roles |= _role_words(s)
        if s.pos_ == "PROPN" or s.ent_type_ == "PERSON":
            names.append(s)
            known = _doc_roles(doc)
            for w in [s, *(c for c in s.children if c.dep_ == "compound" and c.pos_ == "PROPN")]:
                roles |= known.get(w.lower_, frozenset())
    if any(_own_role(s) in PRIVATE_ROLES for s in speakers):
        return False  # "emergency department physician X": a doctor, whatever his ward
    if roles & PRESS_ROLES:
        return False  # "the AFP news agency says": an outlet's account, not an official's
    if roles & PUBLIC_ROLES:
        return True
    # a role said in words outranks the entity tagger (it often tags a surname ORG)
    if roles & PRIVATE_ROLES or _to_me(_governing_verb(cue)):
        return False
    if any(_aged(s) for s in speakers):
        return False  # "said Narine, 41, from Martakert": news gives a private voice's age
    if any(s.ent_type_ in {"ORG", "GPE", "NORP"} for s in speakers):
        return True
    if names and all(_first_name_only(n) for n in names):
        return False
    return None


def _aged(speaker: Token) -> bool:
    """A name followed by an age in apposition ("Narine, 41,", "Ali Hassan, 52,")."""
    return any(
        c.dep_ == "appos" and c.like_num and c.text.isdigit() and 0 < int(c.text) < AGE_LIMIT
        for c in speaker.children
    )


def _actors(hit: Hit, span: Span, names: list[tuple[int, int, str]]) -> tuple[str, ...]:
    verb = _governing_verb(hit.trigger)
    roles: list[Token] = []
    for t in (verb, hit.trigger):
        for c in t.children:
            if c.dep_ in {"nsubj", "nsubjpass", "dobj", "compound", "amod", "poss"}:
                roles.append(c)
            elif c.dep_ in {"agent", "prep"} and c.lower_ in {
                "by",
                "with",
                "between",
                "against",
                "on",
                "of",
                "from",
            }:
                roles.extend(p for p in c.children if p.dep_ == "pobj")
    roles += [c for r in list(roles) for c in r.children if c.dep_ == "conj"]
    out: list[str] = []
    for r in roles:
        name = next((n for s, e, n in names if s <= r.idx < e), None)
        if name is None and r.lemma_.lower() in ACTOR_NOUNS:
            mods = [
                c
                for c in r.lefts
                if c.dep_ in {"compound", "amod"}
                and (
                    c.ent_type_
                    or c.lower_ in {"security", "riot", "armed", "anti-government", "opposition"}
                )
            ]
            name = " ".join([m.text for m in mods] + [r.text])
        if name and name not in out:
            out.append(name)
    return tuple(out)


def _text_length(doc: Doc) -> int:
    """``len(doc.text)`` without joining the text (spaCy rebuilds it on every access)."""
    return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0


def _speaker_phrase(doc: Doc, start: int, end: int) -> Span | None:
    """The whole noun phrase a speaker's name sits in ("a spokesman for British Prime
    Minister Boris Johnson" around "Boris Johnson"), relative clauses left out."""
    if not 0 <= start < end <= _text_length(doc):  # a speaker span the quotes stage got backwards
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    for _ in range(6):
        if tok.dep_ not in PHRASE_DEPS or tok.head is tok:
            break
        tok = tok.head
    cut = [c for c in tok.children if c.dep_ in {"relcl", "acl"}]
    dropped = {t.i for c in cut for t in c.subtree}
    kept = [t.i for t in tok.subtree if t.i not in dropped]
    return doc[min(kept) : max(kept) + 1]


def _speaker_country(
    phrase: Span | None,
    entities: list[EntityMention],
    country: tuple[str, Place | None] | None,
) -> tuple[str, Place | None] | None:
    """A foreign government's statement is placed in its own country.

    Why: a report about one country quotes other governments' reactions; ACLED codes a
    statement where its actor is. The speaker phrase must read as a government voice
    (a government word, no bloc word) and name a country (a demonym, a country or a
    placed organisation) other than the one the document is about."""
    if phrase is None or country is None or country[1] is None:
        return None
    lemmas = {t.lemma_.lower() for t in phrase} | {t.lower_ for t in phrase}
    if not lemmas & GOVERNMENT_WORDS or lemmas & BLOC_WORDS:
        return None
    s0, s1 = phrase.start_char, phrase.end_char
    codes = [
        e.place.country_code
        for e in entities
        if s0 <= e.start < s1
        and e.label in {"NORP", "GPE", "ORG"}
        and e.place is not None
        and e.place.country_code
    ]
    if not codes or len(set(codes)) > 1 or codes[0] == country[1].country_code:
        return None
    try:
        from sitrep.extract.gazetteer import load_gazetteer

        ref = load_gazetteer().country(codes[0])
    except Exception:  # noqa: BLE001 - no gazetteer data: keep the document's place
        return None
    return (ref.name, ref) if ref else None


def _quoted_speaker(hit: Hit, quotes: list[Quote]) -> tuple[str, int, int] | None:
    """The speaker the quotes stage gives a quotation that holds the trigger ("'We are
    urging restraint,' a spokesman for X said": the cue is inside the quote)."""
    i = hit.trigger.idx
    for q in quotes:
        if q.start <= i < q.end and q.speaker and q.speaker_start is not None:
            return q.speaker, q.speaker_start, q.speaker_end or q.speaker_start
    return None


def _speaker_span(hit: Hit, doc: Doc) -> tuple[str, int, int] | None:
    """Who makes a statement, and where it is named: the subject of the reporting verb (or
    its controller, "prompted Tokayev to ask the CSTO"; a participle's main clause,
    "Calling them terrorists, he said"; a pronoun resolved to the latest named person), as
    the quotes stage attributes quotations, by the document's one resolver. Who is asked or
    named is not the speaker."""
    who = _pronoun_resolver(doc)
    cue = hit.trigger
    if cue.pos_ in {"NOUN", "PROPN"}:
        for c in cue.children:
            # its owner, not its day ("Wednesday's announcement by Britain's top diplomat")
            if _owner(c) or (c.dep_ == "prep" and c.lower_ in {"by", "from"}):
                tok = next((p for p in c.children if p.dep_ == "pobj"), c)
                found = who.name_of(tok)
                if found is not None and found.named:
                    return str(found.name), found.start, found.end
        cue = _governing_verb(cue)
    found = who.speaker_of_cue(cue)
    if found is not None and found.named:
        return str(found.name), found.start, found.end
    return None


def _described_speaker(hit: Hit) -> str | None:
    """A speaker a statement describes but does not name, as written with a lower-case
    article: an organisation ("A Russian-led military alliance announced ...", which
    resolution attributes to the one organisation the corpus describes so: "the CSTO, a
    military alliance") or a country's leader ("the Kazakh leader claimed", attributed to
    the person the corpus titles "Kazakh President")."""
    verb = _governing_verb(hit.trigger)
    root = verb.sent.root
    # the trigger's own clause, else the main clause ("Explaining his motives to call for
    # intervention, the Kazakh leader claimed ...")
    subjects = [c for v in dict.fromkeys((verb, root)) for c in v.children if c.dep_ == "nsubj"]
    for c in subjects:
        if c.pos_ != "NOUN":
            continue
        lemma = c.lemma_.lower()
        words = [t for t in c.subtree if t.i <= c.i]
        if not words or words[0].lower_ not in {"a", "an", "the"}:
            return None
        if lemma in LEADER_NOUNS:
            # only with its country: "the Kazakh leader", not "the leader"
            if not any(t.pos_ in {"PROPN", "ADJ"} and t.text[:1].isupper() for t in words[1:-1]):
                return None
        elif lemma not in ORG_DESCRIPTORS and state_body(lemma) is None:
            return None  # a state body is one too: "the military announced Monday .."
        phrase = c.doc.text[words[0].idx : c.idx + len(c)]
        return phrase[0].lower() + phrase[1:]
    return None
