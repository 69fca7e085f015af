"""Word lists the guards read (what is not a happening though a trigger word is there:
negations, metaphors, other stories, reports of reports): reviewable data, no logic."""

from __future__ import annotations

import re

from sitrep.extract.event_triggers import AIRCRAFT, ARTILLERY

DECISION_HIT_TYPES = frozenset(
    {
        "price_change",
        "government_dismissal",
        "appointment_dismissal",
        "state_of_emergency",
        "internet_shutdown",
    }
)

# Munitions for dispersing crowds: "stun grenades", "tear gas grenades" are police
# intervention, not a grenade attack.
CROWD_CONTROL = frozenset({"stun", "flash", "smoke", "tear", "gas", "teargas", "flashbang"})

PROTEST_VERBS = frozenset(
    """erupt begin spread rock continue break take turn hold stage join organize organise lead
    participate disperse quell crush suppress grow escalate sweep start occur spark trigger end
    resume gather march rally chant block converge demand storm clash fire shoot attack beat
    kill detain arrest mount call swell enter hit paralyse paralyze ban prevent""".split()
)

STRONG_STATEMENT = frozenset(
    """announce declare urge appeal condemn warn blame invite ask accuse call vow pledge
    promise authorize authorise order threaten statement invitation ultimatum
    announcement""".split()
)

SPEAKER_NOUNS = frozenset(
    """spokesman spokeswoman spokesperson ministry minister government president official
    office police army military embassy department commander leader organization
    organisation alliance""".split()
)

# Nouns that gather protests without being a happening verb: "a wave of protests rocked".
COLLECTIVE = frozenset("wave series spate round outbreak string day night week wave".split())

ONGOING = frozenset("ongoing underway continuing widespread peaceful violent".split())

# Verbs of being, saying, thinking and wanting: "protesters say", "protesters do mean
# business", "protesters fear reprisals" tell what protesters are or think, not a protest.
# Verbs of a crowd going away: protesters who "are leaving the square" protest no more.
DISPERSING_VERBS = frozenset("leave depart go disperse vacate abandon".split())

STATE_VERBS = frozenset(
    """be have say tell want believe seem appear mean know need hope fear think feel remain
    deserve like understand insist argue accuse blame""".split()
)

# Weapons and aircraft that name an air or artillery attack only when the sentence has them
# strike: "warplanes struck", "fired rockets", "hit by a missile", "a rocket attack". A
# missile on a launcher, a drone over the city or "the army's artillery" is no attack.
INSTRUMENT_NOUNS = frozenset(AIRCRAFT + ARTILLERY)

FIRING_VERBS = frozenset("fire launch drop shoot lob rain unleash use hurl".split())

STRIKING_VERBS = FIRING_VERBS | frozenset(
    """strike hit pound bomb bombard shell target attack land fall slam explode kill destroy
    damage wound injure raid blast hammer batter strafe crash smash level flatten pummel
    rock tear""".split()
)

ATTACK_NOUNS = frozenset(
    """strike attack fire barrage bombardment salvo raid bombing shelling assault blast
    round impact""".split()
)

# Who joins, merges with or splits from whom in ACLED's "change to group/activity".
ARMED_OR_POLITICAL = frozenset(
    """rebel militia army force soldier troop officer brigade battalion faction group
    opposition movement party insurgent fighter militant coalition alliance guerrilla
    unit commander police jihadist""".split()
)

# Words that make a battle or fight a figure of speech: "a legal battle", "an uphill fight"
# ("the battle against the rebels" is fought, so "against" is not one of them).
FIGURATIVE_FIGHTS = frozenset(
    "legal political court uphill diplomatic electoral custody public ratings".split()
)

# What fighters wear or carry: "combat fatigues", "battle dress", "riot gear" name no fight.
GEAR = frozenset(
    """fatigue fatigues uniform gear boots boot helmet helmets vest vests jacket dress clothing
    clothes trousers kit shield shields""".split()
)

DURATION_NOUNS = frozenset("hour day week month year decade".split())

# What a seizure can take besides sites, places and arms: "seized power", "took control
# of the situation" is not one. Nouns outside all of these ("occupied all the beds",
# "captured the moment") are no seizure.
SEIZABLE = frozenset(
    """power control territory land ground area zone position street square road highway
    city town village district region province neighbourhood neighborhood quarter
    hill field oilfield border crossing route corridor""".split()
)

# What markets quote: "the price retreated 81 cents", "shares fell back", "the pound
# withdrew from its high" move a market, not a force
QUOTED_THINGS = frozenset(
    """price prices cost oil crude gold share shares stock stocks index market markets bond
    bonds yield yields currency dollar euro pound yen rate rates barrel future futures""".split()
)

# A measure said to be in force ("the emergency law is still in place", "the curfew remains",
# "his reign under emergency rule"): a standing state referred to, not a new order.
STANDING_VERBS = frozenset("be remain stay live".split())

IN_FORCE = frozenset("place force effect".split())

STILL = frozenset({"still"})

# Prepositions that make a measure a time of day ("particularly after curfew")
TIME_MARKING = frozenset("after before past until till".split())

# What "riot" names when it modifies it: the force sent against a riot ("riot police",
# "riot gear", "a riot squad"), no riot of its own.
RIOT_UNITS = frozenset(
    """police policeman policemen officer cop unit squad troop force gear shield helmet
    van truck control""".split()
)

# Modifiers that make "arrest" a medical event: "a cardiac arrest", "respiratory arrest".
MEDICAL_ARRESTS = frozenset("cardiac heart respiratory pulmonary circulatory".split())

# ... and attacks: "collapsed with a suspected heart attack", "a panic attack"
MEDICAL_ATTACKS = MEDICAL_ARRESTS | frozenset("panic asthma anxiety epileptic".split())

# A game's result: a winning verb with the score in its sentence ("the Blue Devils beat the
# Tar Heels, 79-73", "Al Ahly defeated Zamalek 2-1"): sport, not a beating
CONTEST_VERBS = frozenset("beat defeat edge rout thrash trounce outplay outscore".split())
SCORE = re.compile(r"(?<![\d/.:-])\d{1,3}\s?[-–]\s?\d{1,3}(?!\d|[/.:-]\d)")

# Their forms just before the order's noun, where the parser may miss the verb ("have
# defied orders for a curfew" read as "have" + "defied orders"; "demos defying curfew")
DEFYING_FORMS = frozenset(
    """defy defies defied defying violate violates violated violating flout flouts flouted
    flouting ignore ignores ignored ignoring breach breaches breached breaching brave braves
    braved braving""".split()
)

# Who blocks a road in protest: "truck drivers blocked the main highway", "farmers
# blockaded the border crossing" (guards._reports).
BLOCKADERS = frozenset(
    """protester protestor demonstrator driver trucker farmer worker miner student activist
    villager resident supporter striker teacher""".split()
)

# Verbs of using force on a crowd: tear gas or water cannon "used", "fired", "employed".
FORCE_VERBS = frozenset("use fire employ deploy lob spray shoot launch unleash turn".split())

# Who or what "explodes" in a figure of speech besides a place ("the streets exploded",
# "anger exploded"): unrest, no blast.
UNREST_HOLDERS = frozenset("street suburb banlieue anger fury rage tension crowd".split())

# A fire fought: "firefighters fought the blaze" is no clash.
FIRES = frozenset("fire blaze flame wildfire inferno".split())

# Nouns of places of detention: "stormed the jail" is no arrest.
# Verbs of withdrawing that take no object: "retreating forces" read as "retreating" with
# the object "forces" is the forces described (guards._reports).
INTRANSITIVE_WITHDRAWALS = frozenset("retreat".split())

# Verbs of harm undergone: "damage" a building "sustained" or "suffered" is harm, no one's
# riot (guards._suffered).
SUFFERING = frozenset("sustain suffer incur receive undergo".split())

DETENTION_SITES = frozenset("jail prison".split())

# The nouns a word of detention names a place with ("the detention centre", "a detention
# facility", "jail cells"): a building where people are held, not an arrest.
DETENTION_PLACE_HEADS = frozenset(
    "center centre facility camp cell block ward site complex building".split()
)

# The voices of a conversation (a transcript, an interview, a quotation): a statement made
# by "I", "we" or "you" is talk, the reporting verb outside it is the statement.
CONVERSATION_PRONOUNS = frozenset("i we you me us".split())

# Crowds that move past or through a line of troops go by them, they do not deploy them
# ("protesters pushed past troops and into the office"): guards._reports.
PASSING = frozenset({"past", "through", "beyond"})

# What collapses as a happening of a disaster: a building, a wall, a bridge (guards._reports);
# not talks, a ceasefire, a currency or a government.
COLLAPSING = frozenset(
    """building house home wall bridge roof tower block apartment castle mosque church
    hospital school structure floor storey story""".split()
)

# A gathering's size told by what it drew: "the white march drew about 6,000 people"
# (guards._reports, beside PROTEST_VERBS)
DRAWING = frozenset({"draw", "attract"})

# Nouns that count reports of happenings: "43 complaints of attacks against journalists",
# "cases of torture": a tally of reports, no one happening (guards._reports).
REPORT_COUNTS = frozenset("complaint report case allegation claim incident account".split())

# Verbs of making a count public: "the government counted 100,417 arrivals", "the agency
# had confirmed 31,643 deaths", "the rescuers had recorded 2,037 deaths": a statement when
# a speaker makes it and what it makes public is a number (sayings._counts_public); not
# "the proctor confirmed the identity", "the numbers were counted from hospitals".
COUNTING = frozenset("count record confirm".split())

# Where a person of note leaves from, besides a place noun ("left the Katunayake air base",
# "left the country"; guards._person_goes)
DEPARTURE_POINTS = frozenset("base airport airfield airbase".split())

# Subjects a flight is told of by (guards._person_goes): a name, which the tagger may
# label as a place ("Hasina landed at Hindon Air Base"), never an organisation or a people
NOT_PERSONS = frozenset({"ORG", "NORP", "FAC", "LOC", "CARDINAL", "DATE", "TIME"})


# Verbs that judge or own a deed already done: what a relative clause under their object
# tells ("claimed a series of bombings that killed more than 320 people", "condemned the
# raid that left 12 dead") happened before the claim, on a day the sentence does not give
JUDGING_LEMMAS = frozenset(
    "claim condemn blame denounce decry deplore investigate probe mourn commemorate".split()
)
