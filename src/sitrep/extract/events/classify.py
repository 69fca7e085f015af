"""Typing: the ACLED reading of a sentence's triggers, one hit per happening."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitrep.extract.event_triggers import (
    ACLED,
    CIVIL_GROUPS,
    GOV_FORCES,
    HAPPENING_PRIORITY,
    INTERVENTION,
    NON_STATE,
    PROTESTER_VIOLENCE,
    SECURITY,
)
from sitrep.extract.events.attributes import (
    _doc_roles,
    _pronoun_resolver,
    _role_words,
    _second_speaker,
)
from sitrep.extract.events.coups import _coup_kind
from sitrep.extract.events.guards import (
    _accused_of,
    _announces,
    _attempted,
    _crowd_control,
    _fights_fire,
    _frequency,
    _habitual,
    _irrealis,
    _less_lethal,
    _on_strike,
    _question,
    _reason_for,
    _reports,
    _riot_gear,
)
from sitrep.extract.events.parse import Hit, _adjunct, _governing_verb, _lemmas
from sitrep.extract.events.tallies import (
    _counted_noun,
    _damage_tally,
    _disclosed_toll,
    _tally,
)
from sitrep.extract.events.targets import (
    _evacuates_people,
    _objects,
    _one_victim,
    _per_target,
    _site,
    _subjects,
    _words_of,
)
from sitrep.extract.events.triggers import _span_matches
from sitrep.extract.events.vocabulary import (
    ARMED_ATTACKERS,
    ATTACK_VERBS,
    BURNED_SIGNS,
    CLAIM_NOUNS,
    CROWD_DOERS,
    CROWD_FORCE,
    CROWDS,
    CUSTODY,
    CUT_WORDS,
    DEFYING,
    DISPERSING,
    EASING,
    EASING_NOUNS,
    HEAD_OF_GOVERNMENT,
    HELD_PEOPLE,
    HOLDERS,
    HURT_WORDS,
    LEAVING,
    MILITARY_TARGETS,
    OFFICE_HOLDERS,
    PARTICLE_CUTS,
    PEOPLE_HANDED,
    PLACE_NOUNS,
    PRICE_MOVES,
    PROPERTY_ATTACKS,
    RESTORING,
    SECURITY_FORCES,
    SEIZED_ARMS,
    SERVICE_NOUNS,
    SPEECH_NOUNS,
    STEPPING_DOWN,
    TELLING_VERBS,
    TWO_SIDED,
)


def _crowd_violence(lem: set[str], security: bool) -> str:
    """Sitrep's type of a violent demonstration: a clash when the sentence has security
    forces use force on the crowd or the crowd fight them ("protesters threw stones at
    police, who fired tear gas"; "protests ended violently, with riot police using water
    cannons"), two sides fighting; a riot when only the crowd's violence is told
    ("protesters torched cars and stormed the city hall"). ACLED codes both as a violent
    demonstration, which the hit's sub-event type keeps."""
    return "clash" if security and lem & TWO_SIDED else "riot"


def _broken_up(lem: set[str]) -> str:
    """Sitrep's type of a protest security forces intervened in: a clash when they used
    force on the crowd (tear gas, water cannon, rubber bullets, batons) or dispersed it
    ("police forcibly dispersed the rally"), the crowd and the police then being two
    sides; a protest when they only detained or blocked it."""
    return "clash" if lem & (CROWD_FORCE | DISPERSING) else "protest"


def _security_hurt(span: Span) -> bool:
    """Security forces are hurt in the sentence: "injuries to 10 police officers", "two
    policemen were wounded"."""
    for t in span:
        if t.lemma_.lower() not in HURT_WORDS:
            continue
        hurt = (
            [*t.subtree]
            if t.pos_ == "NOUN"
            else [w for c in t.children if c.dep_ == "nsubjpass" for w in c.subtree]
        )
        if any(w.lemma_.lower() in SECURITY_FORCES for w in hurt):
            return True
    return False


def _crowd_suffers(span: Span) -> bool:
    """The sentence's violence is done to the crowd: every violent verb has protesters or
    demonstrators as its passive subject (or shares it, "pursued and violently attacked")."""
    violent = [t for t in span if t.lemma_.lower() in PROTESTER_VIOLENCE and t.pos_ == "VERB"]

    def patient(verb: Token) -> list[Token]:
        own = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if not own and verb.dep_ == "conj":
            return patient(verb.head)
        return own

    return bool(violent) and all(
        any(p.lemma_.lower() in CROWD_DOERS | {"protestor"} for p in patient(v)) for v in violent
    )


def _told_before(hit: Hit) -> bool:
    """A statement named as one the text has told of ("“...,” the statement said", "the
    announcement added"): a definite statement noun as the subject of a reporting verb."""
    tok = hit.trigger
    return (
        hit.type == "statement"
        and tok.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in tok.children)
        and tok.dep_ == "nsubj"
        and tok.head.lemma_.lower() in TELLING_VERBS
    )


def _medium_of(tok: Token) -> Token | None:
    """The reporting verb a statement noun is the medium of ("the ministry said in a
    statement that police detained 48 people"): what the verb says is the statement's."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i == prep.i:
        return None
    verb = prep.head
    return verb if verb.lemma_.lower() in TELLING_VERBS else None


def _frees_the_held(tok: Token) -> bool:
    """A release of people who were held ("some of those arrested two days ago were
    released today", "police freed 40 detainees"): a happening of its own, not the
    arrest it ends."""
    freed = [c for c in tok.children if c.dep_ in {"nsubjpass", "dobj"}]
    if not any(c.dep_ == "dobj" for c in freed):
        # a passive whose subject the parser hangs elsewhere in the clause ("some of those
        # arrested, whose detention has expired, were released"); not "released a
        # statement on the arrests"
        freed = [tok]
    return any(
        t.lemma_.lower() in HELD_PEOPLE
        and (t.i == f.i or (t.dep_ in {"acl", "relcl", "amod"} and t.head.pos_ in HOLDERS))
        for f in freed
        for t in f.subtree
        if t.i != tok.i
    )


def _security_side(span: Span) -> bool:
    """Security forces are named as people in the sentence, not as the owner of a site
    ("protesters attacked the police station")."""
    return any(
        t.lemma_.lower() in SECURITY_FORCES
        and not (t.dep_ in {"compound", "amod"} and _site(t.head))
        for t in span
    )


def _attacks_property(tok: Token, crowd: bool) -> bool:
    """An attack verb done to a building or site ("attacked the police station",
    "stormed the party headquarters") by a crowd: by protesters or rioters, or in a
    sentence about a protest."""
    if tok.lemma_.lower() not in PROPERTY_ATTACKS or tok.pos_ != "VERB":
        return False
    objects = _objects(tok)
    if not objects or not all(_site(o) for o in objects):
        return False
    doers = _words_of(_subjects(tok))
    return crowd or bool(doers & (CROWDS | {"student", "supporter", "activist"}))


def _attacks_armed(tok: Token) -> bool:
    """An attack or a killing done to armed men or their gear ("attacked Libyan air-defense
    and other military targets", "attacked another command-and-control center", "killing
    five soldiers"): ACLED keeps violence against civilians for the unarmed."""
    if tok.lemma_.lower() not in ATTACK_VERBS or tok.pos_ != "VERB":
        return False
    return any(
        t.lemma_.lower() in MILITARY_TARGETS or t.lower_ in MILITARY_TARGETS
        for o in _objects(tok)
        for t in o.subtree
    )


def _near(tok: Token, lemmas: tuple[str, ...], span: Span) -> bool:
    """A lemma in the trigger's clause (its verb's subtree), else in the sentence."""
    verb = _governing_verb(tok)
    return any(t.lemma_.lower() in lemmas for t in verb.subtree) or any(
        t.lemma_.lower() in lemmas for t in span
    )


def _burns_symbols(tok: Token) -> bool:
    """What is burned is a sign, not property: a headscarf, a flag, an effigy, a tyre."""
    objects = _objects(tok)
    return bool(objects) and all(o.lemma_.lower() in BURNED_SIGNS for o in objects)


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
    roles += [c for r in roles for c in r.children if c.dep_ in {"poss", "compound", "pobj"}]
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


def _hands_over_people(tok: Token) -> bool:
    """A handover of people ("he had been handed over to the border service", "handed
    the suspects over to police"): custody passed on, no territory."""
    done = [c for c in _governing_verb(tok).children if c.dep_ in {"dobj", "nsubjpass"}]
    return bool(done) and all(
        c.ent_type_ == "PERSON" or c.tag_ == "PRP" or c.lemma_.lower() in PEOPLE_HANDED
        for c in done
    )


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


def _heads_government(tok: Token) -> bool:
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
        return _heads_government(span[-1])
    words = _role_words(tok)
    if tok.pos_ == "PROPN":
        words |= _doc_roles(tok.doc).get(tok.lower_, frozenset())
        head = tok.head if tok.dep_ == "compound" else tok
        words |= _role_words(head)
        for c in tok.children:
            if c.dep_ == "compound" and c.pos_ == "PROPN":
                words |= _doc_roles(tok.doc).get(c.lower_, frozenset())
    if words & {"vice", "deputy", "former", "ex"}:
        return False
    return bool(words & HEAD_OF_GOVERNMENT) or {"prime", "minister"} <= words


def _security_joins_protest(joins: list[Token]) -> Token | None:
    """Soldiers or police who join the protest: a defection (ACLED: change to
    group/activity), not a protest by security forces."""
    for tok in joins:
        if tok.lemma_.lower() != "join":
            continue
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        subj += [c for s in subj for c in s.conjuncts]
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        if any(s.lemma_.lower() in SECURITY for s in subj) and any(
            o.lemma_.lower() in {"protest", "protester", "demonstration", "demonstrator", "rally"}
            for o in objs
        ):
            return tok
    return None


def _hits(span: Span, matches: list[tuple[str, Token]] | None = None) -> list[Hit]:
    if _question(span):
        return []
    found: dict[str, list[Token]] = {}
    for kind, tok in _span_matches(span) if matches is None else matches:
        found.setdefault(kind, []).append(tok)
    # drop triggers in negated, modal or intended clauses, and mere mentions
    found = {
        k: [
            t
            for t in toks
            if not _irrealis(t, k)
            and not _frequency(t)
            and not (k in {"killing", "injure"} and (_tally(t) or _counted_noun(t)))
            and not (k in {"arson", "loot"} and _damage_tally(t))
            and not (k == "killing" and (_less_lethal(t) or _attempted(t)))
            # "burn dressings", "suffered burns": injuries, no fire set
            and not (k == "arson" and t.lower_ in {"burn", "burns"} and t.pos_ in {"NOUN", "ADJ"})
            and not (k == "grenade" and _crowd_control(t))
            and not (k == "clash" and _fights_fire(t))
            and not (k == "riot" and _riot_gear(t))
            and not (k != "statement" and _accused_of(t))
            and (k == "statement" or not _habitual(t, span))
            and _reports(k, t)
        ]
        for k, toks in found.items()
    }
    found = {k: v for k, v in found.items() if v}
    lem = _lemmas(span)
    if "riot" in lem and all(_riot_gear(t) for t in span if t.lemma_.lower() == "riot"):
        lem = lem - {"riot"}  # "riot police" fought no riot
    hits: list[Hit] = []

    def add(typ: str, acled: str, tok: Token) -> None:
        a, b = ACLED[acled]
        rank = HAPPENING_PRIORITY.index(acled) if acled in HAPPENING_PRIORITY else 99
        hits.append(Hit(typ, a, b, tok, rank))

    first = {k: v[0] for k, v in found.items()}
    for kind in ("suicide", "chemical", "airstrike", "grenade", "shelling", "explosive"):
        if kind in first:
            add("clash", kind, first[kind])
    if "sexual" in first:
        add("other", "sexual", first["sexual"])
    if "abduct" in first:
        add("other", "abduct", first["abduct"])
    if "defuse" in first and not ({"suicide", "explosive"} & found.keys() and "defuse" not in lem):
        add("seizure", "defuse", first["defuse"])

    protest = first.get("protest")
    if (
        protest is not None
        and protest.lemma_.lower() in {"strike", "march"}
        and protest.pos_ != "VERB"
        and not (lem & {"worker", "union", "protester", "general", "hunger"})
        and not _on_strike(protest)
    ):
        protest = None  # "air strike", "since March"
    riot = first.get("riot")
    stormers = {s.lemma_.lower() for s in _subjects(riot)} if riot is not None else set()
    if stormers & ARMED_ATTACKERS:
        # "gunmen stormed a hotel": armed men's attack on a site, no crowd's riot
        if "abduct" not in first:
            add("killing", "attack", riot)
        riot = None
    elif riot is not None and riot.lemma_.lower() != "riot" and stormers & set(SECURITY):
        # state forces that storm: a town they assault is fighting ("troops stormed Hama");
        # a building, a camp or a palace is no crowd's riot ("troops stormed the palace")
        if any(
            o.pos_ == "PROPN" or o.ent_type_ in {"GPE", "LOC"} or o.lemma_.lower() in PLACE_NOUNS
            for o in _objects(riot)
        ):
            add("clash", "armed_clash", riot)
        riot = None
    lethal = [t for k in ("killing",) for t in found.get(k, [])]
    if protest is not None or riot is not None:
        anchor = protest or riot
        assert anchor is not None
        excessive = False
        if (
            lethal
            and lem & set(SECURITY)
            and (lem & {"protester", "demonstrator", "protestor", "crowd", "protest"})
        ):
            add("killing", "excessive", lethal[0])
            excessive = True
        elif {"arson", "overtake"} & found.keys():
            pass  # the arson or seizure hit below carries "Violent demonstration"
        elif (
            riot is None
            and "clash" in first
            and lem & (set(CIVIL_GROUPS) - CROWDS - {"group"})
            and not (lem - {first["clash"].lemma_.lower()}) & set(PROTESTER_VIOLENCE)
        ):
            # protesters whose only violence is a clash with another side's supporters
            # ("students clashed with police and ruling party activists"): one
            # happening, the clash reported below, not a riot beside it
            pass
        elif riot is None and protest is not None and _security_hurt(span):
            # "a protest held on Rustaveli Avenue resulted in injuries to 10 police
            # officers": the crowd and the police fought, a violent demonstration
            add("clash", "violent_demo", anchor)
        elif riot is None and _crowd_suffers(span):
            # "protesters have been pursued and violently attacked": force used on the
            # crowd, the crowd and its attackers two sides, not the crowd's violence
            add("clash", "intervention", anchor)
        elif riot is not None or (
            lem & set(PROTESTER_VIOLENCE)
            and protest is not None
            and _near(protest, PROTESTER_VIOLENCE, span)
        ):
            add(_crowd_violence(lem, _security_side(span)), "violent_demo", riot or anchor)
        elif lem & set(INTERVENTION) and lem & (set(SECURITY) | {"disperse", "tear", "teargas"}):
            add(_broken_up(lem), "intervention", anchor)
        else:
            add("protest", "peaceful", anchor)
        # Police killing protesters is two of sitrep's types: the protest, and the killing
        # that broke it up. A protest that turned violent is one happening, the riot (or
        # the arson, the seizure): ACLED codes it once, as a violent demonstration.
        if excessive and protest is not None:
            a, b = ACLED["excessive"]
            hits.append(Hit("protest", a, b, protest, 98))  # the protest itself, as sitrep's type
    if "crowd_control" in first and not protest and not riot and "clash" not in first:
        # force used on a crowd with no protest word: the protest it broke up
        add(_broken_up(lem), "intervention", first["crowd_control"])
    if "mob" in first:
        add("riot", "mob", first["mob"])
    if "clash" in first:
        tok = first["clash"]
        if lem & set(CIVIL_GROUPS) and not lem & {
            "militant",
            "rebel",
            "army",
            "troop",
            "soldier",
            "insurgent",
            "gunman",
            "fighter",
            "militia",
        }:
            add("clash", "mob", tok)
        elif (
            protest is None
            and riot is None
            and not lem & {"protester", "protestor", "demonstrator", "rioter"}
            or lem & {"militant", "rebel", "army", "troop", "soldier"}
        ):
            add("clash", "armed_clash", tok)
        else:
            # protesters fighting police: two sides fight, a clash (ACLED's violent
            # demonstration)
            add("clash", "violent_demo", tok)
    if "regain" in first and lem & set(GOV_FORCES):
        add("seizure", "regain", first["regain"])
    elif "regain" in first and lem & set(NON_STATE):
        add("seizure", "overtake", first["regain"])
    if "overtake" in first and not (
        any(o.lemma_.lower() in {"power", "hostage"} for o in _objects(first["overtake"]))
        or any(t.i == first["overtake"].i for t in found.get("coup", []))
    ):  # "the army seized power", "military seizes power": a coup (above), no territory
        tok = first["overtake"]
        # who seized and what was seized, when the parse says so: protesters seizing an
        # airport is a violent demonstration, whatever "government buildings" or an
        # "armed" crowd elsewhere in the sentence suggest
        doers = {s.lemma_.lower() for s in _subjects(tok)}
        seized = {o.lemma_.lower() for o in _objects(tok)}
        if doers & CROWDS:
            add("seizure", "violent_demo", tok)
        elif seized and seized & SEIZED_ARMS:
            add("seizure", "defuse", tok)
        elif lem & set(NON_STATE) and not lem & {"army", "government"}:
            add("seizure", "overtake", tok)
        elif lem & {"army", "troop", "soldier", "government", "military"} and lem & {
            "town",
            "city",
            "village",
            "area",
            "territory",
            "district",
            "region",
            "province",
            "hill",
            "base",
        }:
            add("seizure", "regain", tok)
        elif lem & SEIZED_ARMS and not any(_site(o) for o in _objects(tok)):
            add("seizure", "defuse", tok)
        else:
            add("seizure", "violent_demo" if (protest or riot) is not None else "other", tok)
    if "handover" in first and _hands_over_people(first["handover"]):
        pass  # "he had been handed over to the state bodies": a person's custody, no land
    elif "handover" in first or (
        "withdrawal" in first
        and lem & {"town", "city", "territory", "area", "village", "region", "base"}
    ):
        add("withdrawal", "handover", first.get("handover") or first["withdrawal"])
    elif "withdrawal" in first:
        tok = first["withdrawal"]
        add("other" if _evacuates_people(tok) else "withdrawal", "other", tok)
    if "agreement" in first:
        add("other", "agreement", first["agreement"])
    if "base" in first:
        add("deployment", "base", first["base"])
    if "killing" in first and not any(
        h.acled_sub_event_type == ACLED["excessive"][1] for h in hits
    ):
        tok = first["killing"]
        fight = "clash" in first or lem & {"exchange", "gunfight", "firefight", "fight", "battle"}
        if fight and not _one_victim(tok):
            pass  # the clash already covers its toll; one person killed is news of its own
        elif _attacks_property(tok, protest is not None or riot is not None):
            # "protesters attacked the ruling party's headquarters": a violent
            # demonstration, not violence against people
            add("riot", "violent_demo", tok)
        elif _attacks_armed(tok) or (tok.dep_ in {"advcl", "conj"} and _attacks_armed(tok.head)):
            # "attacked military targets", "attacked security forces, killing two": fighting
            add("clash", "armed_clash", tok)
        else:
            add("killing", "attack", tok)
    elif "injure" in first and not hits:
        tok = first["injure"]
        crowd = protest is not None or riot is not None
        if _attacks_property(tok, crowd):
            add("riot", "violent_demo", tok)
        elif _attacks_armed(tok):
            add("clash", "armed_clash", tok)  # "attacked military targets": fighting
        else:
            add("killing", "attack", tok)
    charge = first.get("charge")
    # "charged with murder and placed in pre-trial detention": the custody a charge brings
    # is the charge's, a step of the courts; "arrested and charged" is an arrest
    arrests = [
        t for t in found.get("arrest", []) if charge is None or t.lemma_.lower() not in CUSTODY
    ]
    if arrests:
        add("arrest", "arrest", arrests[0])
    elif charge is not None:
        add("other", "other", charge)
    crowd = (protest or riot) is not None or bool(lem & CROWD_DOERS)
    if "arson" in first and _burns_symbols(first["arson"]):
        # "women burned their headscarves", "demonstrators burned tyres": a protest's act
        add("protest", "peaceful", protest or first["arson"])
    elif "arson" in first:
        add("arson", "violent_demo" if crowd else "loot", first["arson"])
    if "loot" in first and not ("arson" in first and crowd):
        # a crowd that "vandalized property ... and set some items on fire" made one
        # violent demonstration, which the arson hit carries; forces that demolish homes
        # destroy property, no crowd's riot (ACLED: looting/property destruction)
        doers = _words_of(_subjects(first["loot"]))
        if protest is None and riot is None and doers & set(SECURITY):
            add("other", "loot", first["loot"])
        else:
            add("riot", "violent_demo" if (protest or riot) is not None else "loot", first["loot"])
    for tok in found.get("release", []):
        if "agreement" not in first and _frees_the_held(tok):
            add("other", "other", tok)
            break
    if "group_change" in first and not hits:
        add("other", "group_change", first["group_change"])
    if "deployment" in first:
        add("deployment", "other", first["deployment"])
    if "emergency" in first:
        tok = first["emergency"]
        if _governing_verb(tok).lemma_.lower() in DEFYING and _reason_for(tok):
            pass  # "detained 27 people for breaking the curfew": the arrest's ground
        elif _governing_verb(tok).lemma_.lower() in DEFYING:
            # "thousands defied the curfew": a protest against the order, not the order
            if not {"protest", "riot"} & {h.type for h in hits}:
                add("protest", "peaceful", tok)
        elif _undone(tok, EASING, EASING_NOUNS):
            add("other", "other", tok)  # "an afternoon break in the curfew": an easing
        else:
            add("state_of_emergency", "other", tok)
    for tok in found.get("coup", []):
        kind = _coup_kind(tok)
        if kind is not None:
            add(kind, "other", tok)
            break
    for tok in found.get("dismissal", []):
        kind = _dismissal_kind(tok)
        if kind is not None:
            add(kind, "other", tok)
            break
    for tok in found.get("internet", []):
        if _undone(tok, RESTORING, frozenset()):
            add("other", "other", tok)  # "broadband internet would be restored"
            break
        if _internet_cut(tok):
            add("internet_shutdown", "other", tok)
            break
    for tok in found.get("price", []):
        if _price_move(tok):
            add("price_change", "other", tok)
            break
    if "raid" in first and not hits:
        tok = first["raid"]
        doers = _words_of(_subjects(tok))
        if doers & ARMED_ATTACKERS:
            add("killing", "attack", tok)  # "gunmen raided a village"
        elif doers & set(SECURITY):
            add("other", "other", tok)  # "police raided the opposition's offices"
        elif doers & CROWDS:
            add("riot", "violent_demo", tok)
    for kind in ("topple", "alarm", "suspend", "control", "demand", "funeral"):
        if kind in first and not (kind == "suspend" and "internet" in first):
            add("other", "other", first[kind])
    join = _security_joins_protest(found.get("group_change", []))
    if join is not None:
        # soldiers joining the protest: the defection is the news, the protest it joins
        # is reported elsewhere
        hits[:] = [h for h in hits if not (h.type == "protest" and h.trigger.head.i == join.i)]
        add("other", "group_change", join)
    tolls = [t for t in span if _disclosed_toll(t)]
    if tolls:
        # what a disclosed toll says the dead died in ("147 people were killed ... during
        # the protests") describes the toll, no happening of its own
        inside = {t.i for toll in tolls for t in toll.subtree}
        hits[:] = [h for h in hits if h.trigger.i not in inside]
    first_said: Token | None = None
    # a verb of saying before a speech it is said in ("said in a speech")
    for tok in sorted(found.get("statement", []), key=lambda t: t.lemma_.lower() in SPEECH_NOUNS):
        # A statement is its own event unless what it says is a happening reported
        # here ("police said protesters torched cars" reports the arson); an appeal,
        # invitation or order whose content is not (yet) done stands beside the
        # sentence's other happenings. A second is told in a time clause of the first
        # by another speaker ("X warned ... after Y announced ...").
        saying = _medium_of(tok) or tok
        said = {
            t.i
            for c in saying.children
            if c.dep_ in {"ccomp", "xcomp", "dobj", "prep", "attr", "oprd", "dative", "nsubjpass"}
            for t in c.subtree
        }
        # a happening referred to (a toll's clashes, a condemnation's attacks) does not
        # make the statement its report
        told = [h for h in hits if not _adjunct(h.trigger)]
        if any(h.trigger.i in said or _announces(tok, h) for h in told):
            continue
        if first_said is None:
            add("statement", "other", tok)
            first_said = tok
        elif _second_speaker(first_said, tok):
            add("statement", "other", tok)
            break
    # one hit per sitrep type (per speaker for statements), the most specific ACLED
    # reading first
    best: dict[tuple[str, int], Hit] = {}
    for h in sorted(hits, key=lambda h: h.rank):
        best.setdefault((h.type, h.trigger.i if h.type == "statement" else -1), h)
    # one trigger word is one happening: "protesters" cannot be both the riot and a protest
    by_trigger: dict[int, Hit] = {}
    for h in sorted(best.values(), key=lambda h: h.rank):
        by_trigger.setdefault(h.trigger.i, h)
    # of two as specific, what the sentence reports before what it refers to ("condemned
    # the coup in a statement": the statement)
    ranked = sorted(by_trigger.values(), key=lambda h: (h.rank, _adjunct(h.trigger)))
    return _per_target(ranked, found)


def classify_sentence(span: Span) -> tuple[str, str, str] | None:
    """(sitrep type, ACLED event type, ACLED sub-event type) of the span's most
    specific happening, or None when it reports none."""
    hits = _hits(span)
    if not hits:
        return None
    h = hits[0]
    return h.type, h.acled_event_type, h.acled_sub_event_type
