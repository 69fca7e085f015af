"""Word lists the typing step reads (which kind of happening a trigger is in its
sentence): reviewable data, no logic."""

from __future__ import annotations

from sitrep.extract.event_triggers import SECURITY

# Triggers for leaving office (not taking it): with a head of government as who leaves,
# the government falls ("Prime Minister X resigned", "the president was ousted").
LEAVING = frozenset(
    {"resign", "resignation", "oust", "depose", "unseat", "step", "topple", "remove", "sack"}
)

# Of those, the verbs whose subject is who leaves ("the cabinet resigned"); the others' subject
# removes someone else ("the army ousted the government")
STEPPING_DOWN = frozenset({"resign", "resignation", "step", "quit"})

# Role words, as the document writes them before or beside a name, of who heads a
# government: a prime minister, premier, chancellor or (in presidential systems) president.
HEAD_OF_GOVERNMENT = frozenset({"premier", "chancellor", "president"})

# An attack on armed men or their gear, or their killing, is fighting (ACLED's battles, or
# remote violence from the air), not violence against civilians: "the coalition attacked
# air-defense and other military targets", "a raid hit a command-and-control centre",
# "militants killed five soldiers". Measured on CASE 2021 (ACLED-typed): 0.628 -> 0.640 for
# the attacks, 0.645 with killings; the four corpora unchanged. Police are left out: an
# attack on a police station is often a crowd's or a gunman's on the state, typed apart.
ATTACK_VERBS = frozenset("attack assault raid strike hit target bomb ambush kill shoot".split())

# An armed group's assault on a town or on a post of the state is a fight for the place,
# its defenders the other side (ACLED battles), not violence against civilians: "insurgents
# attacked the town", "a rebel attack on the district capital", "gangs attacked police
# stations". Who assaults (non-state armed men, as the sentence names them) and what (the
# place as a whole, a station, a prison; a village raid or a concert hall stay a killing).
# kinds._assaults_place.
ASSAULTS = frozenset("attack assault raid storm overrun hit".split())
ASSAULTERS = frozenset(
    """militant rebel insurgent jihadist fighter militia gunman gunmen separatist gang
    gangster islamist""".split()
)
PLACES_ASSAULTED = frozenset(
    """town city district capital station prison jail neighbourhood neighborhood suburb
    outskirts""".split()
)

# Words of people in flight: an ambush of those fleeing or evacuated is violence against
# them, no fight (kinds._ambushes_flight).
FLIGHT_WORDS = frozenset("flee escape evacuate evacuation evacuee refugee".split())

# An armed group's claim of its own men's act is the news of the day it is made, the act
# it claims told elsewhere (kinds._claims): who claims (a non-state armed group as the
# sentence names it: "Islamic State", "the jihadist group") and who did it ("its fighters").
CLAIMANTS = frozenset(
    """islamic isis isil daesh militant rebel insurgent jihadist militia taliban shabaab
    group""".split()
)
CLAIMED_DOERS = frozenset(
    """fighter militant soldier member man men mujahideen mujahid jihadist insurgent
    rebel""".split()
)

# Words that say the internet was cut, blocked, shut or restricted.
# Verbs that cut with "off" or "down" ("shut down", "cut off", "switched off")
PARTICLE_CUTS = frozenset("shut cut switch turn close knock block".split())

# Nouns of a service the climb to its cutting verb passes through ("restricted access to
# Instagram", "cut connections to the internet")
SERVICE_NOUNS = frozenset("access connection service connectivity platform app network".split())

CUT_WORDS = frozenset(
    """block cut shut restrict suspend disrupt deteriorate throttle ban black blackout
    shutdown outage down off disconnect hamper limit switch turn close disruption
    interruption""".split()
)

# Words that move a price: a rise, a hike, a cut, a reversal.
PRICE_MOVES = frozenset(
    """rise hike increase double spike soar jump raise reverse cut lift triple surge spiking
    soaring rising climb inflate scrap remove slash exasperate""".split()
)

# Security forces as one side of a fight with a crowd ("authority" and "regime" name who
# rules, not who is on the street).
SECURITY_FORCES = frozenset(SECURITY) - {"authority", "regime"}

# Words of force between a crowd and security forces: the police's crowd-control force or
# the crowd's fight against them. With security forces in the sentence, a violent
# demonstration is two sides fighting.
TWO_SIDED = frozenset(
    """disperse tear teargas baton cannon rubber stun pepper crackdown scuffle clash fight
    resist battle throw pelt attack beat charge""".split()
)

# People who were held, whose release is a happening: "those arrested were released".
HELD_PEOPLE = frozenset(
    """arrest detain detainee prisoner hostage captive inmate abductee arrestee""".split()
)

# Parts of speech a participle of holding describes: "those arrested", "people detained".
HOLDERS = frozenset({"NOUN", "PRON", "DET", "PROPN"})

# Words of being hurt: security forces hurt at a protest ("injuries to 10 police
# officers") make it a fight between the crowd and the police.
HURT_WORDS = frozenset("injury injure wound".split())

# Breaking a crowd up ("police dispersed the rally", "broke up the demonstration"): the
# dispersal is force used on it, a clash as crowd-control weapons are.
DISPERSING = frozenset({"disperse"})

# Attack verbs that, done to a building or site by a crowd, are a violent demonstration.
PROPERTY_ATTACKS = frozenset("attack storm raid ransack".split())

# What a crowd burns as a sign, not as property: "women burned their headscarves",
# "protesters burned tyres", "burned an effigy of the president".
BURNED_SIGNS = frozenset(
    """headscarf scarf hijab veil flag effigy tyre tire portrait picture photo photograph
    poster banner placard""".split()
)

# What is said, which a speaker may dismiss or reject ("dismissed the figures as
# propaganda", "dismissed those claims"): a rejection, no dismissal from office.
CLAIM_NOUNS = frozenset(
    """figure toll claim report allegation accusation charge criticism concern
    call demand idea suggestion speculation rumour rumor statement account estimate""".split()
)

# People handed over ("handed the suspects over to police"): custody, no territory.
PEOPLE_HANDED = frozenset(
    "suspect prisoner detainee captive hostage body remains man woman leader minister".split()
)

# Verbs of a hazard striking: "the quake struck", "a tsunami hit the coast".
STRIKING = frozenset(
    """strike hit jolt rock shake devastate flatten sweep batter ravage lash pound tear
    inundate swamp submerge engulf""".split()
)

# A storm reaching the coast: "Storm Daniel made landfall on Sunday" (the object of "make")
LANDFALL = frozenset({"landfall"})

# Works that fail and flood what lies below ("the two dams burst", "a dam gave way", "the
# levee was breached"): the disaster's strike when they do
DAMS = frozenset("dam levee dyke dike embankment reservoir".split())

FAILING = frozenset("burst collapse breach fail break give".split())

# Verbs of what a hazard did, that report its strike only in a clause of their own: "an
# earthquake killed more than 2,000 people in Morocco on Friday", "floods destroyed 300
# homes"; "survivors of the 2010 quake that killed 200,000" looks back at one
HAZARD_HARMS = frozenset("kill destroy bury wreck level".split())

# A strike told as the time of something else ("since the earthquake hit", "when the quake
# struck", "the moment the earthquake struck"), with no day of its own: a time the sentence
# names, looking back at the disaster, not the disaster reported (kinds._hazard_strikes)
STRIKE_TIME_MARKS = frozenset("since when after before until once as while".split())

STRIKE_TIME_NOUNS = frozenset("moment time day night hour minute second".split())

# The seat of an office holder a crowd storms: storming "the official residence of the
# president", "the prime minister's office" takes the seat (a seizure), unlike a rampage
# through "government buildings" (a riot). kinds._storms_seat.
SEATS = frozenset("residence house palace office secretariat compound mansion".split())

SEAT_HOLDERS = frozenset(
    "president prime minister premier chancellor governor mayor king emir".split()
)

# What blows up by accident: a fuel depot, a gas tank, a factory; an explosion there with no
# attack word in the sentence is a disaster ("other"), no fighting. kinds._accidental_blast.
BLAST_SITES = frozenset(
    """depot tank tanker pipeline plant factory refinery warehouse cylinder boiler station
    storage reactor port harbour harbor dock silo""".split()
)

BLAST_FUELS = frozenset(
    "fuel gas petrol gasoline diesel oil chemical firework fireworks nitrate ammonium".split()
)

ATTACK_WORDS = frozenset(
    """attack bomb bomber drone missile rocket shell shelling strike airstrike grenade mine
    landmine ied suicide militant terrorist sabotage target""".split()
)

# A blast told among words of fighting ("explosions and gunfire near the square") belongs to
# the fighting; one told with none of these nor of attack ("the massive explosion at the
# port", "the Beirut explosion") is a disaster ("other"). kinds._accidental_blast.
FIGHTING_WORDS = frozenset(
    """gunfire gunshot gun gunman shooting shoot shootout fighting fight clash battle combat
    firefight crossfire bullet weapon device detonate detonator explosive war offensive
    soldier troop army rebel insurgent jihadist""".split()
)

# The words that name a blast itself, not a weapon ("explosion", not "bomb").
BLAST_NOUNS = frozenset("blast explosion explode".split())

# A bombing is a killing (violence against people), not fighting, when it is a suicide
# bombing or when its sentence names the people or gathering places it struck ("bomb
# blasts at three churches and three hotels", "a blast tore through the crowd"); one among
# words of fighting stays the fighting's. kinds._bombing_kills.
BOMBING_GATHERINGS = frozenset(
    """church cathedral mosque temple shrine synagogue hotel market bazaar school concert
    crowd worshipper congregation guest shopper civilian mourner pilgrim wedding
    funeral""".split()
)

# Where protesters hold out: a camp or site attacked is an attack on the protest, a clash of
# two sides (kinds._attacks_protest_site).
PROTEST_SITES = frozenset("camp encampment sit-in tent site".split())
