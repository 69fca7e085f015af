"""What a state's decision is, read off the parse: a government dismissed or a leader leaving
office, an internet cut, a price moved, a decision undone; who leaves and who heads the
government."""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.events.attributes import (
    _doc_roles,
    _pronoun_resolver,
    _role_words,
)
from sitrep.extract.events.kind_words import (
    CLAIM_NOUNS,
    CUT_WORDS,
    HEAD_OF_GOVERNMENT,
    LEAVING,
    PARTICLE_CUTS,
    PRICE_MOVES,
    SERVICE_NOUNS,
    STEPPING_DOWN,
)
from sitrep.extract.events.parse import _governing_verb
from sitrep.extract.events.vocabulary import (
    OFFICE_HOLDERS,
)


def _internet_cut(tok: Token) -> bool:
    """'internet' whose governing verb says it was cut, blocked, shut or restricted."""
    t = tok
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head  # "access to Instagram and WhatsApp": the list's first item
    steps = 4
    while steps > 0:
        if _cuts(t) or any(_cuts(c) for c in t.children):
            return True
        if t.head.i == t.i or (t.pos_ == "VERB" and t.i != tok.i and t.lower_ != "including"):
            break  # the clause's verb cuts nothing: a verb further up is another clause's
        if t.lemma_.lower() not in SERVICE_NOUNS and t.lower_ != "including":
            steps -= 1  # "restricted access to Instagram": "access" is the service itself
        t = t.head
    return False


def _cuts(t: Token) -> bool:
    """A word of cutting; "off" and "down" only as a verb's particle ("shut down", "cut
    off"), not as a preposition ("organised off a Facebook page")."""
    lemma = t.lemma_.lower()
    if lemma in {"off", "down"}:
        # "shut down", "cut off", "connections are down"; not "organised off a Facebook
        # page" or "taken down from the Web site" (another verb's particle, a preposition)
        if t.dep_ == "prep":
            return False
        return t.dep_ != "prt" or t.head.lemma_.lower() in PARTICLE_CUTS
    return lemma in CUT_WORDS


def _undone(tok: Token, verbs: frozenset[str], nouns: frozenset[str]) -> bool:
    """Whether the words governing an order or a service undo it: "the curfew was
    relaxed", "a break in the curfew", "internet would be restored", "Nepal lifts social
    media ban" (a headline's verb parsed as a word of the noun)."""
    t = tok
    while t.dep_ in {"amod", "compound"} and t.head.i != t.i:
        t = t.head  # "social media ban": the noun the words name
    for _ in range(4):  # "lifted a ban on social media": the verb over the noun's noun
        lemma = t.lemma_.lower()
        if lemma in verbs or (lemma in nouns and t.pos_ == "NOUN"):
            return True
        if any(
            c.lemma_.lower() in verbs for c in t.children if c.dep_ in {"amod", "acl", "compound"}
        ):
            return True
        if t.head.i == t.i or (t.pos_ == "VERB" and t.i != tok.i):
            break  # the clause's verb undoes nothing: a verb further up is another clause's
        t = t.head
    return False


def _price_move(tok: Token) -> bool:
    near = [tok, tok.head, *tok.children, *tok.head.children, tok.head.head]
    return any(t.lemma_.lower() in PRICE_MOVES or t.lower_ in PRICE_MOVES for t in near)


GOVERNING = frozenset({"government", "cabinet", "parliament"})


def _dismissal_kind(tok: Token) -> str | None:
    """government_dismissal when the government/cabinet is sacked or resigns;
    appointment_dismissal when a person is sacked, removed or appointed."""
    verb = _governing_verb(tok)
    roles = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass", "nsubj", "pobj"}]
    if verb.dep_ != "acl" or verb.head.dep_ == "ROOT":
        # "The officers named General X as leader", parsed as a noun phrase with no verb
        # ("named" a participle of "officers", X its predicate): X is who was named; not "a
        # man named John Smith was killed", where the participle describes the man
        roles += [c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "PROPN"]
    roles += [c for r in roles for c in r.children if c.dep_ in {"poss", "compound", "pobj"}]
    if (
        verb.dep_ == "relcl"
        and tok.lemma_.lower() not in LEAVING | STEPPING_DOWN
        and any(r.tag_ in {"WP", "WDT"} for r in roles)
    ):
        # "Wickremesinghe, who was appointed acting president this morning": the relative
        # pronoun stands for the one appointed; not a leaving told as who someone is
        # ("Nazarbayev, who stepped down as president in 2019")
        roles.append(verb.head)
    lem = {r.lemma_.lower() for r in roles}
    done = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if (
        tok.lemma_.lower() == "dismiss"
        and done
        and all(c.lemma_.lower() in CLAIM_NOUNS for c in done)
    ):
        # "dismissed the ombudsman's figures as propaganda": a rejection said, no one
        # removed from office
        return "statement"
    if tok.lemma_.lower() == "swear":
        # "he was sworn in", "X was sworn in as president": someone takes office; not
        # "witnesses were sworn in"
        sworn = [c for c in verb.children if c.dep_ in {"nsubjpass", "dobj"}]
        taken = any(
            c.lower_ in {"he", "she"} or c.ent_type_ == "PERSON" or c.pos_ == "PROPN" for c in sworn
        )
        return "appointment_dismissal" if taken or _left_post(tok) else None
    if tok.lemma_.lower() in {"fire"}:
        # "fired the minister": the person is who was fired; "Gaddafi's forces fired
        # rockets", "government forces fired a missile", "opened fire", "fired shots"
        # dismiss nobody
        done_to = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        if not any(
            c.ent_type_ == "PERSON" or c.lemma_.lower() in OFFICE_HOLDERS | GOVERNING
            for c in done_to
        ):
            return None
    # the government as who was dismissed, not as who appointed ("the government has
    # appointed a swine flu tsar"); a government resigning is a leaving verb's (below)
    leaving = tok.lemma_.lower() in STEPPING_DOWN  # the government is who resigned
    named = {
        r.lemma_.lower() for r in roles if leaving or (r.dep_ != "nsubj" and r.head.dep_ != "nsubj")
    }
    if named & GOVERNING:
        return "government_dismissal"
    if tok.lemma_.lower() in LEAVING and any(_heads_government(r) for r in _who_leaves(tok)):
        return "government_dismissal"
    if tok.lemma_.lower() in STEPPING_DOWN and not _left_post(tok):
        # "Former President X ... X sent his letter of resignation": the page, written after
        # he left, calls him former; the resignation is what made him so
        if any(_heads_government(r, written_after=True) for r in _who_leaves(tok)):
            return "government_dismissal"
    if leaving and any(_heads_government(r) for r in _left_post(tok)):
        # "Mahinda Rajapaksa resigned as prime minister"; not a description of someone
        # ("Nazarbayev, who stepped down as president in 2019, ...")
        if _governing_verb(tok).dep_ != "relcl":
            return "government_dismissal"
    if any(r.ent_type_ in {"PERSON", "ORG"} or r.pos_ == "PROPN" for r in roles) or (
        lem & OFFICE_HOLDERS
    ):
        return "appointment_dismissal"
    return None


def _left_post(tok: Token) -> list[Token]:
    """The post a leaving verb names with "as" ("resigned as prime minister")."""
    verb = _governing_verb(tok)
    return [
        p
        for c in (*tok.children, *verb.children)
        if c.dep_ == "prep" and c.lower_ == "as"
        for p in c.children
        if p.dep_ == "pobj"
    ]


def _who_leaves(tok: Token) -> list[Token]:
    """Who leaves office by a leaving trigger: the subject of "resigned", "stepped down"
    (or the owner of "her resignation"), the object of "ousted", "removed"."""
    verb = _governing_verb(tok)
    if tok.lemma_.lower() in {"resign", "resignation", "step"}:
        deps = {"nsubj", "poss"}
        pool = [*tok.children, *verb.children]
    else:
        deps = {"dobj", "nsubjpass"}
        pool = list(verb.children)
    return [c for c in pool if c.dep_ in deps]


def _heads_government(tok: Token, written_after: bool = False) -> bool:
    """Whether a name or noun is a head of government, by its own words ("the prime
    minister", "President X") or the roles the document gives the name elsewhere
    ("Prime Minister Jane Doe ... Doe resigned")."""
    if tok.lower_ in {"he", "she", "his", "her"}:
        # "the army chief announced her resignation": whose, by the quotes stage's
        # pronoun resolver (built once per document)
        found = _pronoun_resolver(tok.doc).pronoun(tok)
        span = tok.doc.char_span(found.start, found.end, alignment_mode="expand") if found else None
        if span is None or span[-1].lower_ in {"he", "she", "his", "her"}:
            return False
        return _heads_government(span[-1], written_after)
    words = _role_words(tok)
    if tok.pos_ == "PROPN":
        # written after the leaving, the page's other mentions may call the leaver "former"
        since = {"former", "ex"} if written_after else set()
        words |= _doc_roles(tok.doc).get(tok.lower_, frozenset()) - since
        head = tok.head if tok.dep_ == "compound" else tok
        words |= _role_words(head)
        for c in tok.children:
            if c.dep_ == "compound" and c.pos_ == "PROPN":
                words |= _doc_roles(tok.doc).get(c.lower_, frozenset()) - since
    if words & {"vice", "deputy", "former", "ex"}:
        return False
    return bool(words & HEAD_OF_GOVERNMENT) or {"prime", "minister"} <= words
