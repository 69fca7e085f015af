"""Kinds of happening: what the typing rules ask of a trigger word and its sentence (who
acts, on whom, whether a crowd turns violent or a government falls)."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from sitrep.extract.event_triggers import (
    ARMED,
    NON_STATE,
    PROTESTER_VIOLENCE,
    SECURITY,
)
from sitrep.extract.events.kind_words import (
    ASSAULTERS,
    ASSAULTS,
    ATTACK_VERBS,
    ATTACK_WORDS,
    BLAST_FUELS,
    BLAST_NOUNS,
    BLAST_SITES,
    BOMBING_GATHERINGS,
    BURNED_SIGNS,
    CLAIMANTS,
    CLAIMED_DOERS,
    DAMS,
    DISPERSING,
    FAILING,
    FIGHTING_WORDS,
    FLIGHT_WORDS,
    HAZARD_HARMS,
    HELD_PEOPLE,
    HOLDERS,
    HURT_WORDS,
    LANDFALL,
    PEOPLE_HANDED,
    PLACES_ASSAULTED,
    PROPERTY_ATTACKS,
    PROTEST_SITES,
    SEAT_HOLDERS,
    SEATS,
    SECURITY_FORCES,
    STRIKE_TIME_MARKS,
    STRIKE_TIME_NOUNS,
    STRIKING,
    TWO_SIDED,
)
from sitrep.extract.events.parse import Hit, _governing_verb
from sitrep.extract.events.targets import (
    _objects,
    _site,
    _subjects,
    _words_of,
)
from sitrep.extract.events.vocabulary import (
    CROWD_DOERS,
    CROWD_FORCE,
    CROWDS,
    MILITARY_TARGETS,
    TELLING_VERBS,
)


def _crowd_violence(lem: set[str], security: bool) -> str:
    """Sitrep's type of a violent demonstration: a clash when the sentence has security
    forces use force on the crowd or the crowd fight them ("protesters threw stones at
    police, who fired tear gas"; "protests ended violently, with riot police using water
    cannons"), two sides fighting; a riot when only the crowd's violence is told
    ("protesters torched cars and stormed the city hall"). ACLED codes both as a violent
    demonstration, which the hit's sub-event type keeps."""
    return "clash" if security and lem & TWO_SIDED else "riot"


def _violence_told(span: Span, protest: Token | None) -> tuple[str, ...]:
    """The words of a crowd's violence the sentence tells (PROTESTER_VIOLENCE), less
    "violent" when it only qualifies the protest ("violent protests erupted across the
    country", "a wave of violent protests"): a word on the protest, no act. ACLED codes it a
    violent demonstration; annotators keep it a protest (ten of the eleven gold reports of
    one), a riot being told by what the crowd did (stones, torching, looting, storming)."""
    if protest is None or not all(
        t.dep_ == "amod" and t.head.lemma_.lower() == protest.lemma_.lower()
        for t in span
        if t.lemma_.lower() == "violent"
    ):
        return PROTESTER_VIOLENCE
    return tuple(w for w in PROTESTER_VIOLENCE if w != "violent")


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
    five soldiers"), told by the verb or by its noun ("launched their attack on the army
    and police units", "a raid on an army base"): ACLED keeps violence against civilians
    for the unarmed."""
    if tok.lemma_.lower() not in ATTACK_VERBS or tok.pos_ not in {"VERB", "NOUN"}:
        return False
    return any(
        t.lemma_.lower() in MILITARY_TARGETS or t.lower_ in MILITARY_TARGETS
        for o in _objects(tok)
        for t in o.subtree
    )


def _ambushes_flight(tok: Token, lem: set[str]) -> bool:
    """An ambush of people in flight ("people who tried to flee the hotel fell into an
    ambush", "civilians trying to escape were ambushed by militants", "their convoy was
    ambushed during an escape attempt"): violence against the fleeing, a killing (ACLED),
    not a fight, when the sentence names no armed men among them (see FLIGHT_WORDS)."""
    if tok.lemma_.lower() != "ambush":
        return False
    return bool(lem & FLIGHT_WORDS) and not lem & SECURITY_FORCES


def _claims(saying: Token, said: set[int]) -> bool:
    """An armed group's claim of its own men's act ("Islamic State said its fighters had
    carried out an attack on the town", "the group said in a statement that its militants
    killed 30 soldiers"): the speaker is a non-state armed group (CLAIMANTS) and what it
    says has the group's own men ("its fighters", "our mujahideen") as a doer."""
    if not _words_of(_subjects(saying)) & CLAIMANTS:
        return False
    doc = saying.doc
    return any(
        doc[i].dep_ == "poss"
        and doc[i].lower_ in {"its", "their", "our"}
        and doc[i].head.lemma_.lower() in CLAIMED_DOERS
        and doc[i].head.dep_ in {"nsubj", "nsubjpass", "agent", "pobj"}
        for i in said
    )


def _assaults_place(tok: Token) -> bool:
    """An armed group's assault on a town or a post of the state ("insurgents attacked
    the town", "militants hit the town with a three-pronged attack", "rebels launched an
    attack on the district capital", "gangs attacked police stations"): a fight for the
    place (see ASSAULTS). Who assaults is the verb's subject or agent, the subject of the
    verb a noun is the object of, or the noun's own modifier ("an insurgent attack")."""
    if tok.lemma_.lower() not in ASSAULTS:
        return False
    verb = tok if tok.pos_ == "VERB" else _governing_verb(tok)
    doers = [*_subjects(tok), *(_subjects(verb) if verb.i != tok.i else [])]
    doers += [c for c in tok.children if c.dep_ in {"compound", "amod", "poss"}]
    places = [*_objects(tok), *(_objects(verb) if verb.i != tok.i else [])]
    if not _words_of(doers) & ASSAULTERS:
        return False
    return any(
        p.lemma_.lower() in PLACES_ASSAULTED or (p.ent_type_ == "GPE" and p.pos_ == "PROPN")
        for p in places
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


def _circumstance_of(said: Token, trigger: Token) -> bool:
    """An order or a word by the forces in it told as a circumstance of the happening ("was
    shot dead after he drove off when two officers ordered him to stop", "officers who
    had ordered him to stop"): a detail of the shooting, no statement of its own."""
    verb = _governing_verb(said)
    speakers = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl":
        speakers.append(verb.head)  # "officers who had ordered him to stop"
    if not any(s.lemma_.lower() in SECURITY and s.pos_ == "NOUN" for s in speakers):
        return False  # a named or official speaker's words are news of their own
    t = verb
    for _ in range(6):
        if t.dep_ not in {"advcl", "relcl"} or t.head.i == t.i:
            return False
        t = t.head
        if t.i == trigger.i or t.i == _governing_verb(trigger).i:
            return True
        while t.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "prep", "appos", "advmod"} and (
            t.head.i != t.i
        ):
            t = t.head  # from the noun a relative clause describes up to its verb
        if t.i == trigger.i or t.i == _governing_verb(trigger).i:
            return True
    return False


def _hazard_strikes(tok: Token) -> bool:
    """A hazard told as striking ("a quake of magnitude 7.8 struck near Pazarcik", "the
    tsunami hit the coast"), not one named in passing ("killed by the quake", "the
    earthquakes of 6 February", "quake survivors") or as the time of something else with
    no day of its own ("she has not heard from her family since the earthquake hit")."""
    lemma = tok.lemma_.lower()
    if tok.dep_ == "compound" and tok.head.pos_ == "PROPN":
        tok = tok.head  # "Hurricane Ian lashed", "Storm Daniel made landfall": the name
    if lemma in DAMS:
        return _dam_fails(tok)
    if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.lemma_.lower() in STRIKING:
        return not _strike_as_time(tok.head)
    if tok.dep_ == "nsubj" and any(c.lemma_.lower() in LANDFALL for c in tok.head.children):
        return not _strike_as_time(tok.head)  # "Storm Daniel made landfall on Sunday"
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in HAZARD_HARMS:
        # "an earthquake killed more than 2,000 people on Friday" (a clause of its own)
        return tok.head.dep_ in {"ROOT", "conj", "ccomp"} and not _strike_as_time(tok.head)
    # "the quake that struck on Monday"; a clause the parser hangs on the noun
    return any(c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in STRIKING for c in tok.children)


def _dam_fails(tok: Token) -> bool:
    """A dam or levee that bursts, collapses or gives way ("the two dams above the city
    burst", "a second dam gave way", "the levee was breached"), not one that holds or is
    built; its subject or a verb it conjoins with ("the Abu Mansour dam, and a second dam,
    burst")."""
    t = tok
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head  # "the Abu Mansour dam and a second dam burst"
    if t.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = t.head
    if verb.lemma_.lower() == "give":
        way = verb.i + 1 < len(verb.doc) and verb.nbor(1).lower_ == "way"  # "gave way"
        return way and not _strike_as_time(verb)
    return verb.lemma_.lower() in FAILING and not _strike_as_time(verb)


def _strike_as_time(verb: Token) -> bool:
    """A striking verb in a clause that tells when something else happened ("since the
    earthquake hit", "when the quake struck", "the moment the earthquake struck") and
    names no day or hour of its own ("when the quake struck at 4:17 on Monday" dates it)."""
    if any(t.ent_type_ in {"DATE", "TIME"} for t in verb.subtree):
        return False
    if verb.dep_ == "advcl":
        return any(
            c.dep_ in {"mark", "advmod"} and c.lower_ in STRIKE_TIME_MARKS for c in verb.children
        )
    return verb.dep_ == "relcl" and verb.head.lemma_.lower() in STRIKE_TIME_NOUNS


def _hands_over_people(tok: Token) -> bool:
    """A handover of people ("he had been handed over to the border service", "handed
    the suspects over to police"): custody passed on, no territory."""
    done = [c for c in _governing_verb(tok).children if c.dep_ in {"dobj", "nsubjpass"}]
    return bool(done) and all(
        c.ent_type_ == "PERSON" or c.tag_ == "PRP" or c.lemma_.lower() in PEOPLE_HANDED
        for c in done
    )


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


def _storms_seat(tok: Token) -> bool:
    """A crowd storms the seat of an office holder ("stormed the official residence of
    President X", "Protesters storm prime minister's office", "stormed his house"): the
    seat taken, a seizure, where storming "government buildings" is a riot."""
    if tok.lemma_.lower() != "storm" or _words_of(_subjects(tok)) & set(SECURITY):
        return False
    for o in _objects(tok):
        if o.lemma_.lower() not in SEATS:
            continue
        owners = [c for c in o.children if c.dep_ in {"poss", "compound", "amod"}]
        owners += [
            p for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
        ]
        for owner in owners:
            if owner.tag_ == "PRP$" or owner.lower_ in {"presidential", "official"}:
                return True
            if any(
                t.lemma_.lower() in SEAT_HOLDERS or t.ent_type_ == "PERSON" for t in owner.subtree
            ):
                return True
    return False


def _same_site(storm: Token, arson: Token) -> bool:
    """Whether an arson in the storming's sentence burns what was stormed ("stormed the
    mayor's office and set it on fire"), not another site ("stormed the residence ... and
    later set fire to the private home of the prime minister")."""
    burned = _objects(arson)
    if not burned:
        return True
    stormed = {o.lemma_.lower() for o in _objects(storm)}
    return any(o.tag_ == "PRP" or o.lemma_.lower() in stormed for o in burned)


def _accidental_blast(tok: Token, span: Span) -> bool:
    """An explosion at a fuel depot, a gas tank or a factory told with no word of attack
    ("a fuel depot outside the city exploded as crowds queued for petrol"), or any blast
    told with no word of attack nor of fighting: a disaster, no fighting."""
    words = {t.lemma_.lower() for t in span}
    if words & ATTACK_WORDS:
        return False
    what = [*tok.subtree]
    if tok.pos_ == "VERB":
        what += [w for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"} for w in c.subtree]
    if any(t.lemma_.lower() in BLAST_SITES | BLAST_FUELS for t in what if t.i != tok.i):
        return True
    # "the massive explosion at the port", "the explosion of 2,750 tonnes of ammonium
    # nitrate": a site or a load that explodes by accident, with no word of fighting (a
    # bare "blast" with none, "evacuated after a blast", is as often a bomb's: CASE 2021)
    return (
        tok.lemma_.lower() in BLAST_NOUNS
        and not words & FIGHTING_WORDS
        and bool(words & (BLAST_SITES | BLAST_FUELS))
    )


def _bombing_kills(kind: str, tok: Token, span: Span, found: Iterable[str]) -> bool:
    """A bombing aimed at people, typed as the killing it is rather than as fighting: a
    suicide bombing ("suicide bombers detonated explosives outside the airport gate"), or a
    bomb or blast its sentence tells struck where people gather ("bomb blasts at three
    churches and three hotels"), when no fighting is told beside it ("explosions and
    gunfire near the square, fighting broke out": the clash)."""
    if kind == "suicide":
        return True
    if kind != "explosive" or "clash" in found:
        return False
    words = {t.lemma_.lower() for t in span} - {tok.lemma_.lower()}
    return bool(words & BOMBING_GATHERINGS)


def _attacks_protest_site(tok: Token) -> bool:
    """An attack on where protesters hold out ("supporters of the government attacked a
    protest camp", "men loyal to the government attacked the camp"): an attack on the
    protest, two sides (a clash), not on a building nor on bystanders."""
    if tok.lemma_.lower() != "attack" or tok.pos_ != "VERB":
        return False
    if _words_of(_subjects(tok)) & (set(ARMED) | set(NON_STATE)):
        return False  # "al-Shabab fighters attacked a military camp": fighting
    return any(
        o.lemma_.lower() in PROTEST_SITES
        and not any(t.lemma_.lower() in MILITARY_TARGETS | {"military", "army"} for t in o.subtree)
        for o in _objects(tok)
    )


def _sites_attacked(tok: Token) -> bool:
    """A passive attack on buildings with no attacker named ("their offices had also been
    attacked"): property attacked, no one hurt by the words."""
    if tok.lemma_.lower() != "attack" or tok.pos_ != "VERB":
        return False
    if any(c.dep_ == "agent" for c in tok.children):
        return False
    done = [c for c in tok.children if c.dep_ == "nsubjpass"]
    return bool(done) and all(_site(o) for o in done)
