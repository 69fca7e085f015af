"""Typing: the ACLED reading of a sentence's triggers, one hit per happening."""

from __future__ import annotations

import dataclasses

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
    _second_speaker,
)
from sitrep.extract.events.coups import _coup_kind
from sitrep.extract.events.decisions import (
    _dismissal_kind,
    _internet_cut,
    _price_move,
    _undone,
)
from sitrep.extract.events.developments import (
    DEVELOPMENTS,
    _acted_by_court,
    _counted_since,
    _declared,
)
from sitrep.extract.events.guards import (
    _crowd_control,
    _exploded_in_anger,
    _fights_fire,
    _less_lethal,
    _on_strike,
    _reason_for,
    _reports,
    _riot_gear,
)
from sitrep.extract.events.kinds import (
    _accidental_blast,
    _ambushes_flight,
    _assaults_place,
    _attacks_armed,
    _attacks_property,
    _attacks_protest_site,
    _bombing_kills,
    _broken_up,
    _burns_symbols,
    _circumstance_of,
    _claims,
    _crowd_suffers,
    _crowd_violence,
    _frees_the_held,
    _hands_over_people,
    _hazard_strikes,
    _medium_of,
    _near,
    _same_site,
    _security_hurt,
    _security_joins_protest,
    _security_side,
    _sites_attacked,
    _storms_seat,
    _violence_told,
)
from sitrep.extract.events.mood import (
    _accused_of,
    _attempted,
    _frequency,
    _habitual,
    _irrealis,
    _question,
)
from sitrep.extract.events.parse import Hit, _adjunct, _governing_verb, _lemmas, _since_clause
from sitrep.extract.events.sayings import (
    _announces,
    _made_by,
)
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
    CROWD_DOERS,
    CROWD_FORCE,
    CROWDS,
    CUSTODY,
    DEFYING,
    DENYING,
    EASING,
    EASING_NOUNS,
    PLACE_NOUNS,
    RESTORING,
    SEIZED_ARMS,
    SPEECH_NOUNS,
)
from sitrep.records import SEIZED_POWER


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
            and not (k == "explosive" and _exploded_in_anger(t))
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
    # a bombing of people is a killing (ACLED keeps it remote violence), and the sentence's
    # other words of it ("suicide bombers detonated explosives") tell the same bombing
    bombing = any(_bombing_kills(k, first[k], span, found) for k in BOMBINGS if k in first)
    for kind in ("suicide", "chemical", "airstrike", "grenade", "shelling", "explosive"):
        if kind == "explosive" and kind in first and _accidental_blast(first[kind], span):
            add("other", "other", first[kind])  # a fuel depot that blew up: a disaster
        elif kind in first:
            add("killing" if bombing and kind in BOMBINGS else "clash", kind, first[kind])
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
        # "Thursday's white march drew about 6,000 people": a march named, not the month
        and not (protest.lower_ in {"march", "marches"} and protest.i > protest.sent.start)
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
    seat = riot if riot is not None and _storms_seat(riot) else None
    if protest is not None or riot is not None:
        anchor = protest or riot
        assert anchor is not None
        excessive = False
        # one person who died (a count that died is a toll): "a protester died after ..."
        died = [
            t
            for t in span
            if t.lemma_.lower() == "die"
            and t.pos_ == "VERB"
            and not _irrealis(t, "killing")
            and any(c.dep_ == "nsubj" and c.tag_ in {"NN", "NNP"} for c in t.children)
        ]
        if (
            lethal
            and lem & set(SECURITY)
            and (lem & {"protester", "demonstrator", "protestor", "crowd", "protest"})
        ):
            add("killing", "excessive", lethal[0])
            excessive = True
        elif died and lem & CROWD_FORCE:
            # "a protester died after inhaling tear gas": the death is the news, a killing
            # by the force used on the crowd
            add("killing", "excessive", died[0])
        elif seat is not None:
            # "protesters stormed the official residence of the president": the seat
            # taken; an arson of the same building is the arson below, of another
            # ("... and later set fire to the prime minister's home") a happening beside
            if not ("arson" in first and _same_site(seat, first["arson"])):
                add("seizure", "violent_demo", seat)
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
            acts = _violence_told(span, protest)
            told = riot is not None or (lem & set(acts) and _near(protest, acts, span))
            # "violent protests erupted": ACLED's violent demonstration, the annotators'
            # protest (no act of the crowd told)
            kind = _crowd_violence(lem, _security_side(span)) if told else "protest"
            add(kind, "violent_demo", riot or anchor)
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
        if _ambushes_flight(tok, lem):
            add("killing", "attack", tok)
        elif lem & set(CIVIL_GROUPS) and not lem & {
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
    camp = next((t for t in found.get("injure", []) if _attacks_protest_site(t)), None)
    if camp is not None:
        # "men loyal to the government attacked the camp, and ... nine were killed": an
        # attack on the protest, two sides, its dead the clash's toll
        add("clash", "mob", camp)
    # the dead of the camp's attack are the clash's toll; one person killed is news of its own
    camp_toll = camp is not None and not ("killing" in first and _one_victim(first["killing"]))
    if (
        "killing" in first
        and not camp_toll
        and not any(h.acled_sub_event_type == ACLED["excessive"][1] for h in hits)
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
        elif _assaults_place(tok):
            add("clash", "armed_clash", tok)  # "insurgents attacked the town": its fight
        else:
            add("killing", "attack", tok)
    elif "injure" in first and not hits:
        tok = first["injure"]
        if _attacks_property(tok, protest is not None or riot is not None):
            add("riot", "violent_demo", tok)
        elif _attacks_armed(tok):
            add("clash", "armed_clash", tok)  # "attacked military targets": fighting
        elif _assaults_place(tok):
            add("clash", "armed_clash", tok)  # "insurgents attacked the town": its fight
        elif _sites_attacked(tok):
            # "their offices had also been attacked": property attacked by no one named,
            # no violence against people (ACLED: property destruction)
            add("other", "loot", tok)
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
    looters = _words_of(_subjects(first["loot"])) if "loot" in first else set()
    # "rioters burned cars and looted shops", "a supermarket was looted and a tram set on
    # fire": a night of rioting, one riot, not an arson beside it (protesters who burn and
    # vandalise in a protest made the protest's violent turn, the arson below)
    rampage = (
        "arson" in first and "loot" in first and protest is None and not looters & set(SECURITY)
    )
    if rampage:
        add("riot", "violent_demo" if crowd else "loot", first["loot"])
    elif "arson" in first and _burns_symbols(first["arson"]):
        # "women burned their headscarves", "demonstrators burned tyres": a protest's act
        add("protest", "peaceful", protest or first["arson"])
    elif "arson" in first:
        add("arson", "violent_demo" if crowd else "loot", first["arson"])
    if "loot" in first and not rampage and not ("arson" in first and crowd):
        # a crowd that "vandalized property ... and set some items on fire" made one
        # violent demonstration, which the arson hit carries; forces that demolish homes
        # destroy property, no crowd's riot (ACLED: looting/property destruction)
        doers = _words_of(_subjects(first["loot"]))
        if protest is None and riot is None and doers & set(SECURITY):
            add("other", "loot", first["loot"])
        else:
            add("riot", "violent_demo" if (protest or riot) is not None else "loot", first["loot"])
    if "injure" in first and "killing" not in first and not hits:
        # an attack on people told by its wounded alone; "rammed a burning car into the
        # mayor's house, injuring his wife and child" is the arson's harm, no attack beside it
        add("killing", "attack", first["injure"])
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
            if kind == "seizure":  # the state's power, no site
                hits[-1] = dataclasses.replace(hits[-1], target=SEIZED_POWER)
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
    for kind in ("collapse", "rescue"):
        if kind in first and not hits:
            add("other", "other", first[kind])  # a building's collapse, a rescue
    for tok in found.get("hazard", []):
        if _hazard_strikes(tok):
            add("other", "disaster", tok)  # the disaster itself; its toll stays a figure
            break
    for kind in ("topple", "alarm", "suspend", "control", "demand", "funeral", "default", "flight"):
        if kind in first and not (kind == "suspend" and "internet" in first):
            add("other", "other", first[kind])
    for kind in DEVELOPMENTS:
        if kind in first:  # a crisis's strategic development (developments.py)
            add("other", kind, first[kind])
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
        # a happening referred to (a toll's clashes, a condemnation's attacks, the outbreak
        # a running total is counted from) does not make the statement its report
        told = [
            h
            for h in hits
            if not (_adjunct(h.trigger) or _since_clause(h.trigger) or _counted_since(h))
        ]
        if saying.lemma_.lower() in DENYING and saying.pos_ == "VERB" and said:
            # "Kyiv denied any involvement in the attack", "the government denied that the
            # army had seized power": the denial is the news; what it denies is told
            # elsewhere, or did not happen (not what a time clause of it tells: "... after
            # gunfire erupted at the barracks")
            hits[:] = [h for h in hits if h.trigger.i not in said or _told_aside(h.trigger, tok)]
            add("statement", "other", tok)
            first_said = first_said or tok
            continue
        if _claims(saying, said):
            # "Islamic State said its fighters had carried out an attack on the town": the
            # claim is the news, what it claims the attack told elsewhere
            hits[:] = [h for h in hits if h.trigger.i not in said]
            add("statement", "other", tok)
            first_said = first_said or tok
            continue
        if any(h.trigger.i in said or _announces(tok, h) or _made_by(saying, h) for h in told):
            continue
        if any(_circumstance_of(tok, h.trigger) for h in told if h.type != "statement"):
            continue
        if _crowd_says(tok, hits):
            continue
        if _acted_by_court(saying, hits) or _declared(saying, hits):
            continue  # "the court ordered him held": the court's step, no statement
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


def _told_aside(trigger: Token, saying: Token) -> bool:
    """The trigger is in an adverbial or relative clause inside what is said, told as a
    fact beside it, not the saying's own object or clause ("denied that the army had
    seized power after gunfire erupted", "denied any role in the attack on the crowd
    that had gathered")."""
    for a in (trigger, *trigger.ancestors):
        if a.i == saying.i:
            return False
        if a.dep_ in {"advcl", "relcl"}:
            return True
    return False


def _crowd_says(tok: Token, hits: list[Hit]) -> bool:
    """A saying that goes with a protest as what its crowd says ("hundreds of protesters
    blocked streets, accusing the prime minister of abandoning them", "thousands rallied,
    demanding his resignation"): the protest's message, no statement of its own."""
    return (
        tok.tag_ == "VBG"
        and tok.dep_ in {"advcl", "xcomp"}
        and any(h.type in CROWD_TYPES and _governing_verb(h.trigger).i == tok.head.i for h in hits)
    )


CROWD_TYPES = frozenset({"protest", "riot"})  # happenings a crowd makes
BOMBINGS = frozenset({"suicide", "explosive"})  # kinds that name a bomb set off among people


def classify_sentence(span: Span) -> tuple[str, str, str] | None:
    """(sitrep type, ACLED event type, ACLED sub-event type) of the span's most
    specific happening, or None when it reports none."""
    hits = _hits(span)
    if not hits:
        return None
    h = hits[0]
    return h.type, h.acled_event_type, h.acled_sub_event_type
