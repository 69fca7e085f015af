"""The figure reader's vocabularies: lemma classes of closed-class news vocabulary that
:mod:`sitrep.extract.figures` matches on spaCy lemmas, kept apart from the code that reads
the parse so they can be reviewed (and extended for a new register) without reading it.

Sources: the measures follow the gold schema (examples/SCHEMA.md); the event, people,
vehicle, business and damage classes ACLED's codebook (fatalities, arrests, property
destruction) and the tallies of wire and hospital reporting; courts and hospital states
the registers of court and hospital bulletins; reporting verbs and document nouns news
attribution style (AP, Reuters).
"""

from __future__ import annotations

import re

from sitrep.lexicon import PICTURE_WORDS

EVENT_LEMMAS: dict[str, str] = {
    **dict.fromkeys(
        (
            "kill",
            "killing",
            "die",
            "dead",
            "death",
            "slay",
            "murder",
            "perish",
            "liquidate",
            "massacre",
            "execute",
            "behead",
            "decapitate",
            "lynch",
            "fatality",
            "body",
            "corpse",
            "deceased",
            "life",
            "martyr",
            "shoot dead",
        ),
        "killed",
    ),
    **dict.fromkeys(("injure", "wound", "hurt", "maim", "injury", "injured", "wounded"), "injured"),
    **dict.fromkeys(
        (
            "treat",
            "hospitalise",
            "hospitalize",
            "hospitalisation",
            "hospitalization",
            "hospitalized",
            "hospitalised",
        ),
        "treated",
    ),
    **dict.fromkeys(("arrest", "jail", "imprison", "apprehend", "arrested"), "arrested"),
    **dict.fromkeys(("detain", "detention", "detainee", "custody", "detained"), "detained"),
}
# People counted by what befell them that has no measure of its own: the group says what.
PEOPLE_OTHER: dict[str, str] = {
    **dict.fromkeys(("flee", "displace", "uproot"), "displaced"),
    # an evacuation is its own count: mostly foreigners flown out by their own governments
    # ("More than 500 Americans have been evacuated from Egypt"), who are no displacement of
    # the crisis's population; the people a flood or a front moves are told as displaced too
    "evacuate": "evacuated",
    **dict.fromkeys(("disappear", "vanish", "missing", "unaccounted"), "missing"),
    # disaster and aid-agency tallies (OCHA, IFRC): "some 300,000 people had been affected",
    # "18,000 families were left homeless", "15 people are still missing under the rubble"
    "affect": "affected",
    "rescue": "rescued",
    "need": "in need of aid",  # "9 million people need humanitarian assistance" (OCHA)
    "homeless": "homeless",
    **dict.fromkeys(("abduct", "kidnap"), "abducted"),
    # people hiding from an attack where it caught them ("thousands are thought to be hiding
    # in the bush"); "trap" is left out: its active subject traps the counted ("police
    # trapped hundreds of students"), a deed, no tally of those held
    "hide": "hiding",
    # courts (ACLED notes and court reporting): what a court did to the people counted
    **{
        "charge": "charged",
        "indict": "charged",
        "fine": "fined",
        "convict": "convicted",
        "sentence": "sentenced",
        "remand": "remanded",
        "acquit": "acquitted",
        "release": "released",
        "free": "released",
    },
}
# Groups a source may project ("up to 23 million people could be affected, the WHO said",
# "2 million could be displaced"): an agency's estimate of those a disaster reaches, kept
# under "could" when a source gives it (a toll under "could" stays hypothetical).
PROJECTED_GROUPS = frozenset(("affected", "displaced", "in need of aid", "homeless"))
# People named by their displacement, counted as such wherever they are ("More than 1 million
# Congolese refugees are living in neighbouring countries", "2,300 refugees crossed the
# border"): the group they are counted in (UNHCR, IOM registers).
DISPLACED_NOUNS: dict[str, str] = {
    "refugee": "refugees",
    "arrival": "displaced",  # "Armenia's government counted 100,417 arrivals"
    "evacuee": "evacuated",
    "idp": "displaced",
    # the people an attack or a disaster left alive, counted as they reach safety ("more
    # than 1,000 survivors reached the port")
    "survivor": "survivors",
}
# A tally told with what else befell the same people counts them all, the affected (OCHA's
# "killed, injured or made homeless"): "the estimated three million injured and made
# homeless" is no count of the injured.
AFFECTED_WORDS = frozenset(("homeless", "displace", "affect", "evacuate", "uproot"))
# Words whose number is a person's age, never a count ("who has died aged 69", "at the age
# of 12", "a man, age 40"): the issue's "ages are never crisis figures".
AGE_WORDS = frozenset(("aged", "age"))
# Verbs in PEOPLE_OTHER whose active subject is the agent, not the people counted.
PEOPLE_OTHER_AGENTIVE = frozenset(PEOPLE_OTHER) - {
    "flee",
    "hide",
    "uproot",
    "disappear",
    "vanish",
    "missing",
    "unaccounted",
    "homeless",
    "need",
}
# What befell people told as the complement of a verb ("15 people were still missing", "left
# 18,000 families homeless", "forced 2,000 to flee").
STATE_COMPLEMENTS = frozenset(("missing", "unaccounted", "homeless", "displace", "flee"))
# The same states told before the people they befell ("40,000 internally displaced people",
# "2,000 missing persons", "300 stranded migrants"): word as written -> PEOPLE_OTHER's key.
STATE_ADJECTIVES: dict[str, str] = {
    "displaced": "displace",
    "uprooted": "uproot",
    "evacuated": "evacuate",
    "missing": "missing",
    "homeless": "homeless",
}
# What befell people told as a noun the count hangs from by "of" ("the evacuation of 136,000
# people", "the release of 79 detainees", "the whereabouts of eight people"): the noun ->
# PEOPLE_OTHER's key (OCHA and rights-group reporting).
NOMINAL_STATES: dict[str, str] = {
    "evacuation": "evacuate",
    "displacement": "displace",
    "release": "release",
    "rescue": "rescue",
    "abduction": "abduct",
    "kidnapping": "kidnap",
    "disappearance": "disappear",
    "whereabouts": "missing",
}
# Verbs that ask for such a thing, which has not happened ("demanded the release of 30
# activists", "called for the evacuation of 2,000 people"): no count of those it befell.
DEMAND_VERBS = frozenset(("demand", "call", "urge", "seek", "ask", "press", "plead", "appeal"))
# Verbs that drive people out of where they live ("forced 1.5 million people from their
# homes", "300,000 people had been driven from their homes"): the people are displaced when
# the verb names the home they left (IDMC's and OCHA's wording).
DISPLACING_VERBS = frozenset(("force", "drive", "chase", "push", "expel", "evict", "flush"))
HOME_NOUNS = frozenset(("home", "house", "village", "land", "homeland"))
# States the people counted are left in, told by a passive verb or its participle only ("1.5
# million people are trapped in the city", "hundreds of passengers stranded at the border");
# the active subject traps or strands the people and is none of them, and the active verb's
# object is counted by what the clause is about ("police trapped hundreds of students").
PASSIVE_STATES: dict[str, str] = {"trap": "trapped", "strand": "stranded"}
# A verb and its complement that set people free ("some 4,700 inmates walked free", "20
# prisoners were set free"): the released.
FREED_PHRASALS = frozenset(("walk free", "go free", "set free"))
# Care the people counted get, told as a noun (hospital and health-ministry bulletins: "144
# people continue to receive treatment", "19 victims turned for medical help", "provided
# first aid to eight protesters"): treatment always; care, aid, help and attention only when
# a word before them makes them medical ("humanitarian aid to 250,000 people" is no care).
TREATMENT_NOUNS = frozenset(("treatment",))
CARE_NOUNS = frozenset(("care", "aid", "help", "attention", "assistance"))
MEDICAL_MODIFIERS = frozenset(("medical", "first", "outpatient", "inpatient", "hospital"))
# Verbs by which the people counted get such care ("receive treatment", "needed medical
# attention"), and verbs that go on with the one after them ("continue to receive").
CARE_VERBS = frozenset(("receive", "get", "undergo", "need", "require", "seek", "obtain"))
CONTINUING_VERBS = frozenset(("continue", "keep"))
# Care counted by the visits it took, in a health team's sentence (IFRC, MSF and health
# cluster updates: "mobile clinics have provided 1,260 consultations"): the treated.
CARE_VISIT_NOUNS = frozenset(("consultation",))
HEALTH_WORDS = frozenset(
    ("clinic", "health", "medical", "hospital", "doctor", "patient", "medic", "paramedic")
)
# Measures that count people, whose totals a bracketed breakdown can split by place.
PEOPLE_MEASURES_READ = frozenset(
    ("killed", "injured", "treated", "arrested", "detained", "protesters", "troops")
)
# Verbs whose object a count is above: "the death toll passes 2,000", "topped 100".
PASSING_VERBS = frozenset(("pass", "top", "exceed", "surpass", "cross"))
# Nouns a toll passes or reaches: "the death toll passed the 1,000 mark".
MARK_NOUNS = frozenset(("mark", "threshold", "milestone"))
# Where the treated are: "remain in hospital", "are in intensive care" (hospital bulletins).
# Verbs of taking the hurt into care: "55 people were admitted to hospital" counts the
# injured a hospital received (a hospital's own "treated" stays the narrower stage).
ADMIT_VERBS = frozenset(("admit", "rush", "take", "bring", "carry", "airlift", "evacuate"))
CARE_SETTINGS = frozenset(("hospital", "care", "icu", "ward", "clinic", "infirmary"))
STATE_VERBS = frozenset(("be", "remain", "stay", "lie"))
# States people are held "under" ("27 others were under treatment", "five men remain under
# arrest"): the measure of the people counted.
UNDER_STATES = {
    "treatment": "treated",
    "arrest": "arrested",
    "detention": "detained",
    "custody": "detained",
}
# Verbs by which the people counted undergo what their object names ("Eleven peacekeepers
# sustained injuries", "40 people suffered gunshot wounds", "nine officers received burns"):
# the object's measure is theirs, as the subject of "injured" would be.
UNDERGO_VERBS = frozenset(("sustain", "suffer", "receive", "incur"))
# Harm nouns not in EVENT_LEMMAS that an undergoing verb takes: "suffered burns".
HARM_NOUNS: dict[str, str] = {"burn": "injured", "fracture": "injured", "trauma": "injured"}
# Verbs whose object "the lives of" people counts the dead: "violence has taken the lives of
# at least seven people", "claimed the lives of 45"
LIFE_TAKING_VERBS = frozenset(("claim", "take", "cost"))
# Verbs whose object complement is what befell the object ("left 21 officers injured").
RESULT_VERBS = frozenset(("leave",))
# Nouns of a harm done "to" people ("injuries to 15 others")
HARM_DONE_TO = frozenset(("injury", "wound"))
# What the people an attack left were left doing ("left 116 needing treatment"): hurt
NEEDING_VERBS = frozenset(("need", "require"))
# Verbs of harm whose participle tells an act's toll: "opened fire, killing 60 and wounding
# 145" (dating._result_toll)
HARM_VERBS = frozenset(("kill", "wound", "injure", "hurt", "maim"))
# Phrasal verbs of an arrest told without its word: a verb and its particle ("300 were rounded
# up", "organisers said more than 60 had been taken away", "dozens were hauled off").
DETENTION_PHRASALS = frozenset(
    (
        "round up",
        "lock up",
        "pick up",
        "take away",
        "haul away",
        "lead away",
        "drag away",
        "haul off",
        "cart off",
    )
)
# Verbs whose *subject* is the agent, not the victim ("50 protesters killed two officers").
AGENT_VERBS = frozenset(
    (
        "kill",
        "slay",
        "murder",
        "liquidate",
        "massacre",
        "execute",
        "injure",
        "wound",
        "hurt",
        "maim",
        "treat",
        "hospitalise",
        "hospitalize",
        "arrest",
        "jail",
        "imprison",
        "apprehend",
        "detain",
        "behead",
        "lynch",
    )
)
CROWD_VERBS = frozenset(
    (
        "protest",
        "rally",
        "march",
        "gather",
        "demonstrate",
        "storm",
        "join",
        "fill",
        "populate",
        "flood",
        "pour",
        "throng",
        "chant",
        "clash",
        "block",
        "occupy",
        "converge",
        "assemble",
        "participate",
        "riot",
        "swarm",
        "descend",
    )
)
# Verbs of a crowd's cause in a clause on the people counted ("hundreds of thousands of
# Egyptians who are demanding change"): a crowd only when it numbers in the hundreds or more
# ("several of them demanded to see her" is a few journalists, not a crowd)
CROWD_CLAUSE_VERBS = frozenset(("demand",))
CROWD_CLAUSE_LEAST = 100
# Determiners of a group already named: a number "of" it counts some of it ("several of the
# protesters said"), not the crowd's size
PARTITIVE_DETERMINERS = frozenset(("the", "these", "those", "their", "our", "its"))
PROTESTER_NOUNS = frozenset(
    (
        "protester",
        "protestor",
        "demonstrator",
        "marcher",
        "rioter",
        "participant",
        "crowd",
        "demonstrators",
        "protesters",
    )
)
# Words of a protest: a crowd in their sentence is the protest's (figures.groups)
PROTEST_LEMMAS = frozenset(
    """protest protester protestor demonstration demonstrator demonstrate rally march
    marcher riot rioter unrest uprising sit-in""".split()
)
# Verbs of people crossing into a country or out of a region, counted as displaced when the
# place is named ("42,500 people have now entered Armenia from Nagorno-Karabakh")
CROSSING_VERBS = frozenset(("cross", "enter", "arrive", "flee"))
# A crowd's size put at a number ("organisers put the crowd at 15,000"), the people a
# protest drew ("the march drew about 6,000 people"), and what people do to a protest they
# make ("thousands began a march on the capital", "hundreds staged a sit-in")
CROWD_NOUNS = frozenset(("crowd", "turnout", "attendance"))
TURNOUT_VERBS = frozenset(("draw", "attract", "bring"))
# ... and those who attended one ("1.03 million people attended the march"), not a match
PROTEST_HOLD_VERBS = frozenset(("begin", "start", "stage", "hold", "launch", "lead", "attend"))
TROOP_NOUNS = frozenset(
    (
        "troop",
        "soldier",
        "paratrooper",
        "peacekeeper",
        "serviceman",
        "servicemen",
        "marine",
        "commando",
        "reservist",
        "conscript",
        "mercenary",
        "troops",
        "soldiers",
    )
)
# People counted by what they did in the unrest, the subjects of its acts: "scores of people
# looted food and appliances" (looters, measure "other").
ACTOR_GROUPS = {"loot": "looters", "plunder": "looters", "ransack": "looters"}
# Units of a force, counted as troops are (the value counts units, not soldiers): "two
# battalions were sent", "ten companies of troops"; a company only with its force named
# ("companies of troops", "army companies"), else it is a business.
MILITARY_UNITS = frozenset(("battalion", "platoon", "regiment", "brigade", "squadron"))
FORCE_COMPANY_WORDS = frozenset(("troop", "soldier", "army", "police", "paramilitary", "ranger"))
# Verbs whose subject is the country whose troops the object counts ("the United States has
# about 1,100 soldiers in the country", "Russia deployed 3,000 troops").
# Verbs that send a force somewhere: police counted with one are a deployment, measured as
# troops are ("about 45,000 police officers and gendarmes had been deployed nationwide")
DEPLOY_VERBS = frozenset(("deploy", "station", "dispatch", "mobilise", "mobilize", "send"))
TROOP_HOLD_VERBS = frozenset(("have", "keep", "maintain", "deploy", "station", "send", "base"))
POLICE_NOUNS = frozenset(
    ("police", "policeman", "policemen", "policewoman", "cop", "constable", "gendarme")
)
SECURITY_NOUNS = frozenset(
    (
        "guard",
        "guardsman",
        "servicemen",
        "serviceman",
        "personnel",
        "official",
        "officer",
        "force",
        "agent",
    )
)
CIVILIAN_NOUNS = frozenset(
    ("civilian", "bystander", "resident", "passer", "passerby", "noncombatant")
)
GENERIC_PEOPLE = frozenset(
    (
        "people",
        "person",
        "victim",
        "individual",
        "casualty",
        "one",
        "human",
        "citizen",
        "protestors",
        "other",  # "nearly 1,000 others had been treated"
        "others",
    )
)
PERSON_NOUNS = (
    PROTESTER_NOUNS
    | TROOP_NOUNS
    | POLICE_NOUNS
    | CIVILIAN_NOUNS
    | GENERIC_PEOPLE
    | frozenset(
        (
            "attacker",
            "militant",
            "gunman",
            "bandit",
            "terrorist",
            "child",
            "minor",
            "kid",
            "woman",
            "man",
            "student",
            "worker",
            "journalist",
            "reporter",
            "activist",
            "supporter",
            "opponent",
            "prisoner",
            "member",
            "farmer",
            "miner",
            "teacher",
            "doctor",
            "nurse",
            "lawyer",
            "blogger",
            "teenager",
            "youth",
            "fighter",
            "rebel",
            "insurgent",
            "looter",
            "detainee",
            "migrant",
            "refugee",
            "official",
            "officer",
            "guard",
            "agent",
            "leader",
            "employee",
            "staff",  # "seven of our staff were injured"
            "colleague",
            "servicemen",
            "serviceman",
            "personnel",
            "pensioner",
            "villager",
            "inhabitant",
            # people named by what they were doing or are (hospital and disaster bulletins)
            "firefighter",
            "rescuer",
            "paramedic",
            "medic",
            "patient",
            "passenger",
            "driver",
            "pilgrim",
            "worshipper",
            "tourist",
            "foreigner",
            "expatriate",
            "expat",
            "spectator",
            "fan",
            "pupil",
            "girl",
            "boy",
            "infant",
            "baby",
            "survivor",
            # displacement and aid registers count households ("18,000 families were left
            # homeless")
            "family",
            "household",
            # people named by what the police and the courts hold them for or did to them
            # ("166 suspects had been arrested", "12 inmates escaped")
            "suspect",
            "accused",
            "defendant",
            "convict",
            "inmate",
            "criminal",
            "offender",
            "perpetrator",
            "assailant",
            "hostage",
            "captive",
            "kidnapper",
            "robber",
            "thief",
            "gangster",
            "arsonist",
            # people named by what they were doing where it befell them
            "shopper",
            "customer",
            "motorist",
            "pedestrian",
            "commuter",
            "mourner",
            "voter",
            "trader",
            "vendor",
            "shopkeeper",
            "evacuee",
        )
    )
)
VEHICLE_NOUNS = frozenset(
    (
        "vehicle",
        "car",
        "bus",
        "truck",
        "lorry",
        "van",
        "tank",
        "carrier",
        "apc",
        "minibus",
        "ambulance",
        "motorcycle",
        "tram",
        "train",
        "taxi",
        "jeep",
        "cars",
    )
)
BUSINESS_NOUNS = frozenset(
    (
        "business",
        "shop",
        "store",
        "bank",
        "restaurant",
        "enterprise",
        "outlet",
        "kiosk",
        "supermarket",
        "market",
        "mall",
        "pharmacy",
        "atm",
        "branch",
        "cafe",
        "company",
        "factory",
        "warehouse",
        "businesses",
    )
)
DAMAGE_VERBS = frozenset(
    (
        "burn",
        "torch",
        "set",
        "destroy",
        "damage",
        "smash",
        "overturn",
        "loot",
        "vandalize",
        "vandalise",
        "ransack",
        "raid",
        "attack",
        "storm",
        "rob",
        "plunder",
        "wreck",
        "ruin",
        "gut",
        "seize",
        "fire",
        "blow",
    )
)
BURN_VERBS = frozenset(
    (
        "burn",
        "torch",
        "set",
        "destroy",
        "damage",
        "smash",
        "overturn",
        "fire",
        "wreck",
        "blow",
        "vandalize",
        "vandalise",
        "loot",
        "attack",
        # what fire left of them: "dozens of charred buses", "burnt-out cars"
        "char",
        "charred",
        "burnt",
        "gut",
        "gutted",
        "incinerate",
    )
)
OTHER_NOUNS = frozenset(
    (
        "city",
        "town",
        "village",
        "settlement",
        "district",
        "province",
        "region",
        "neighbourhood",
        "neighborhood",
        "square",
        "site",
        "location",
        "building",
        "facility",
        "checkpoint",
        "station",
        "office",
        "institution",
        "residence",
        "airport",
        "school",
        "hospital",
        "church",
        "mosque",
        "home",
        "house",
        "time",
        "weapon",
        "gun",
        "rifle",
        "grenade",
        "round",
        "bullet",
        "shell",
        "rocket",
        "missile",
        "explosion",
        "blast",
        "shot",
        "gunshot",
        "roadblock",
        "barricade",
        "camp",
        "tent",
        "border",
        "crossing",
        "vehicle",
        "car",
        "bus",
        "truck",
        "tank",
        "carrier",
        "apc",
        "aircraft",
        "plane",
        "helicopter",
        "drone",
        "flight",
        "ambulance",
        "morgue",
        "protest",
        "demonstration",
        "rally",
        "clash",
        "incident",
        "attack",
        "raid",
        "strike",
        "fire",
        "arrest warrant",
        "case",
        "warrant",
    )
)
# Relief items handed out (OCHA, IFRC and aid-agency updates: "2,600 hygiene kits and 900
# blankets distributed", "1,850 family tents"): counted for the crisis wherever they are told,
# as no one counts them outside one.
RELIEF_NOUNS = frozenset(("kit", "blanket", "tent", "tarpaulin", "mattress", "parcel"))
CRISIS_LEMMAS = frozenset(
    (
        "protest",
        "protester",
        "demonstration",
        "demonstrator",
        "rally",
        "riot",
        "unrest",
        "clash",
        "violence",
        "storm",
        "seize",
        "burn",
        "fire",
        "attack",
        "ambush",
        "shoot",
        "kill",
        "loot",
        "deploy",
        "control",
        "troop",
        "police",
        "army",
        "military",
        "arrest",
        "detain",
        "alarm",
        "siren",
        "emergency",
        "curfew",
        # the acts named as nouns, whose lemma the tagger leaves as written ("dozens of
        # incidents of looting")
        "looting",
        "rioting",
        "shooting",
        "killing",
        "arson",
        "vandalism",
        "stampede",
        "uprising",
        "revolt",
        "rebel",
        "crackdown",
        "blockade",
        "siege",
        "explode",
        "explosion",
        "bomb",
        "uprising",
        "gunfire",
        "torch",
        "enter",
        "occupy",
        "capture",
        "overrun",
        "block",
        "raid",
        "strike",
        "barricade",
        "defense",
        "defence",
        "tank",
        "soldier",
        # disasters (EM-DAT, ReliefWeb): what a quake, flood or storm did
        "earthquake",
        "quake",
        "aftershock",
        "flood",
        "flooding",
        "landslide",
        "cyclone",
        "hurricane",
        "typhoon",
        "tsunami",
        "collapse",
        "destroy",
        "rubble",
        "blast",
    )
)
# One-off attacks and blasts whose toll is counted on after the day that names them ("the
# Easter Sunday bombings killed 321"): the day names the attack, the toll stands as of the
# report (dating._names_attack)
ATTACK_NOUNS = frozenset(
    (
        "attack",
        "blast",
        "bombing",
        "bomb",
        "explosion",
        "shooting",
        "massacre",
        "airstrike",
        "ambush",
        "earthquake",
        "quake",
        # "the Oct. 25 coup", "the March 24 raid on Palma": which event, not the count's day
        "coup",
        "raid",
        "assault",
    )
)
# Verbs of the start of what a running total counts, in a clause of its own ("attacks that
# began in 2015 have claimed 2,000 lives"): their date is no date of the count
# (figures.dating._onset_bound)
ONSET_VERBS = frozenset(("begin", "start", "erupt"))
# Nouns of an attack whose "at", "on" or "in" names the sites it struck ("the attacks at two
# mosques", "strikes in several cities"): the sites say which attack, no tally
SITE_NAMING_NOUNS = ATTACK_NOUNS | {"strike", "shootings", "attacks"}
TOLL_NOUNS = frozenset(("toll", "total", "number", "count", "tally", "figure", "that"))
# The prepositions that give a toll its value: "put the toll at 26", "rose to 7,200", "rose
# above 7,200", "climbed past 300"
TOLL_VALUE_PREPOSITIONS = frozenset(("at", "to", "above", "past", "beyond", "over"))
# The adjectives of a ceiling a toll is compared to: "the toll could be as high as 100"
CEILING_ADJECTIVES = frozenset(("high", "many", "much"))
# Words of a part of those counted ("most of them"): a subject that is no source
PART_QUANTIFIERS = frozenset(("most", "many", "some", "all", "none", "few", "several", "half"))
# Nouns of a qualifier phrase a number hangs from: "a minimum of 600", "a maximum of 40"
QUALIFIER_NOUNS = frozenset(("minimum", "maximum"))
# Verbs of what was said of the counted, whose own verb tells what befell them: "people
# reported to have been detained", "hundreds believed to have died"
HEARSAY_VERBS = frozenset(("report", "believe", "think", "fear", "say", "understand"))
SIZE_VERBS = frozenset(
    (
        "reach",
        "number",
        "total",
        "swell",
        "grow",
        "exceed",
        "top",
        "be",
        "hit",
        "stand",
        "count",
        "surpass",
        "climb",
        "rise",
        "pass",
    )
)
REPORT_VERBS = frozenset(
    (
        "say",
        "tell",
        "report",
        "state",
        "add",
        "announce",
        "claim",
        "confirm",
        "estimate",
        "allege",
        "declare",
        "note",
        "write",
        "tweet",
        "post",
        "insist",
        "indicate",
        "warn",
        "reveal",
        "acknowledge",
        "admit",
        "disclose",
        "publish",
        "broadcast",
        "record",
        "count",
        "document",
        "cite",
        "quote",
        "learn",  # "Al Jazeera also learned that the toll has risen to 11": the outlet's
        "show",
        "put",
        "place",
        "peg",  # "police have pegged the number at 240,000"
        "release",
        "suggest",
        "include",
        "give",
        "register",
        "list",
        "testify",
        "assert",
        "stress",
        "verify",  # "AAPP has verified that 261 people have been killed"
        "share",  # "shared a list of 266 people killed"
        "denounce",  # "The doctors' union denounced that 14 citizens died"
    )
)
EVIDENTIAL_VERBS = frozenset(("show", "suggest", "indicate", "include"))
# How a relaying outlet names whom it passes a claim on from: "…, Reuters reported, citing
# the health ministry", "the broadcaster, quoting police, said"
CITING_VERBS = frozenset(("cite", "quote"))
# What a group "claims" when it owns an attack, not a count: "claimed responsibility",
# "claimed credit for the bombings"
DEED_NOUNS = frozenset(("responsibility", "credit", "authorship"))
FIGURE_NOUNS = frozenset(
    ("number", "figure", "statistic", "data", "toll", "count", "tally", "estimate", "record")
)
# Things that carry figures and have an author: "a tally compiled by AFP", "the ministry's
# latest report", "an AFP tally", "a statement from the army".
# "according to information collected by the institution" is the institution's.
DOCUMENT_NOUNS = FIGURE_NOUNS | frozenset(
    (
        "report",
        "statement",
        "list",
        "bulletin",
        "survey",
        "release",
        "communique",
        "update",
        "information",
    )
)
# "three of them in critical condition", "40 of whom students": the part of a count
PART_PRONOUNS = frozenset(("them", "whom", "those", "these"))
# A share of a count told by "of them" ("most of them in Aleppo", "many of whom in Hama")
PART_SHARES = frozenset(("most", "many", "some", "half", "majority", "several", "all"))
# How many words after "of them" a part's state is read from ("in critical condition")
PARTITIVE_STATE_WORDS = 5
# Deaths from disease, hunger or cold are a toll of their own (WHO, OCHA health bulletins:
# "1,200 suspected cholera cases and 12 deaths in the camps"), never the violence's.
DISEASE_WORDS = frozenset(
    (
        "cholera",
        "measles",
        "malaria",
        "dengue",
        "ebola",
        "mpox",
        "covid",
        "covid-19",
        "diphtheria",
        "typhoid",
        "meningitis",
        "disease",
        "illness",
        "outbreak",
        "epidemic",
        "pandemic",
        "coronavirus",
        "virus",
        "infection",
        "hunger",
        "starvation",
        "malnutrition",
        "famine",
        "dehydration",
        "hypothermia",
    )
)
# How near the number a disease word makes its deaths the disease's (tokens either side)
DISEASE_REACH = 6
# Sources that are bodies, not one person: "he" or "she" never refers back to them.
COLLECTIVE_SOURCES = frozenset(
    (
        "police",
        "army",
        "military",
        "government",
        "authorities",
        "junta",
        "ministry",
        "office",
        "service",
        "agency",
        "mission",
        "committee",
        "media",
        "television",
        "witnesses",
        "officials",
        "residents",
    )
)
# Nouns that refer back to the organisation last named: "…, the organization said".
BODY_NOUNS = frozenset(
    (
        "organization",
        "organisation",
        "group",
        "body",
        "agency",
        "committee",
        "union",
        "association",
        "movement",
        "network",
        "coalition",
        "alliance",
        "platform",
        "ministry",
        "institution",
    )
)
# Body nouns that tell no kind of body: described only by adjectives ("the state-funded
# body"), they are the organisation last named as a source (attribution._described_body)
GENERIC_BODIES = frozenset(("body", "organisation", "organization", "group", "institution"))
# Bodies a voice or staff noun speaks for when set before it ("a police source", "army
# spokesman", "Karabakh military officials"): the body's claim (attribution._voiced_body)
VOICED_BODIES = frozenset(
    ("police", "army", "military", "government", "junta", "ministry", "office", "presidency")
)
# People who speak for a body they name ("a spokesperson for the presidency"): its voice.
VOICE_NOUNS = frozenset(("spokesman", "spokeswoman", "spokesperson", "representative"))
# Who speaks for an institution told by its kind ("a hospital official", "a prison
# spokesman"): the institution of that kind named before (attribution._refers_back).
STAFF_NOUNS = VOICE_NOUNS | {"official", "source", "doctor", "director", "administrator"}
INSTITUTION_KINDS = frozenset(
    ("hospital", "clinic", "morgue", "prison", "jail", "camp", "university", "school", "airport")
)
# Nouns that describe a named outlet or body beside it: "the AFP news agency".
DESCRIPTOR_NOUNS = frozenset(
    ("agency", "outlet", "newspaper", "broadcaster", "channel", "network", "daily", "website")
    # "the Norway-based Iran Human Rights (IHR) NGO", "the Syrian Observatory monitoring group"
    + ("ngo", "group", "organisation", "organization", "charity", "watchdog", "monitor")
)
# "in the capital", "across the capital": the country's capital scopes the count
CAPITAL_PREPOSITIONS = frozenset(("in", "across", "around", "throughout", "inside"))
# Words that open a clause set against the one before it ("…, according to the ministry,
# while the United States has about 1,100 soldiers in the country"; "…, but the army said 8
# died"): an attribution of the other clause is not the contrasted clause's.
CONTRAST_MARKS = frozenset(("while", "whereas", "but"))
# Words that open a clause beside a reporting verb that is no part of what was reported
# ("five died, the ombudsman said on Thursday, as thousands marched"; "Turkey declares
# emergency as quake deaths top 7,000"): its figures are the writer's
ADJUNCT_MARKS = CONTRAST_MARKS | {"as"}
# The marks of a clause that sets a report's scene, whose counts are the writer's ("…, as
# thousands took to the streets, medics said"): attribution._scene
SCENE_MARKS = frozenset(("as",))
HEARSAY_ADVERBS = frozenset(("reportedly", "purportedly", "allegedly", "supposedly"))
PRICE_NOUNS = frozenset(("price", "cost", "tariff", "fare", "fee", "inflation", "rate", "rent"))
# A share that is no price ("61% of medical facilities", "the 56 percent quota") is a figure
# of the measure "other", its group what it is a share of with this after it
SHARE_GROUP = "(percent)"
CHANGE_VERBS = frozenset(
    (
        "increase",
        "raise",
        "hike",
        "rise",
        "jump",
        "soar",
        "cut",
        "lower",
        "reduce",
        "double",
        "triple",
        "climb",
        "spike",
        "surge",
        "lift",
        "quadruple",
        "halve",
        "go",
        "push",
        "drive",
        "fall",
        "drop",
        "inflate",
    )
)
# What a sum of money the crisis cost is named by ("estimated the damage at 650 million
# euros", "lost about $250 million"), and the group such a figure takes
LOSS_WORDS = {"damage": "damage", "loss": "losses", "lose": "losses"}
# Words that open a clause whose verb may be left out ("the price of diesel rose by 123
# percent, and gasoline by about 30 percent"): its noun is what the number is the price of
GAP_COORDINATORS = frozenset(("and", "while", "whereas", "but"))
MULTIPLIER_VERBS: dict[str, float] = {"double": 100.0, "triple": 200.0, "quadruple": 300.0}
PER_UNITS = frozenset(
    (
        "liter",
        "litre",
        "gallon",
        "kilogram",
        "kilo",
        "kg",
        "loaf",
        "barrel",
        "ton",
        "tonne",
        "unit",
        "kwh",
        "kilowatt",
        "ride",
        "trip",
        "bag",
        "cubic",
        "pound",
        "dozen",
        "cylinder",
        "bottle",
        "tank",
    )
)
CURRENCIES = frozenset(
    (
        "dollar",
        "cent",
        "tenge",
        "ruble",
        "rouble",
        "euro",
        "pound",
        "pence",
        "penny",
        "yuan",
        "rupee",
        "naira",
        "birr",
        "lira",
        "dinar",
        "riyal",
        "peso",
        "shilling",
        "kwacha",
        "cedi",
        "rand",
        "won",
        "yen",
        "dirham",
        "som",
        "manat",
        "lari",
        "dram",
        "hryvnia",
        "kyat",
        "taka",
        "afghani",
        "franc",
        "leone",
        "bolivar",
        "real",
        "rial",
        "kopeck",
        "kopek",
        "cents",
        "$",
        "€",
        "£",
        "usd",
        "eur",
    )
)
SUBUNITS = frozenset(("cent", "cents", "penny", "pence", "kopeck", "kopek"))
COUNTRY_POSSESSORS = frozenset(("country", "nation", "state", "republic", "city", "region"))
# What a place's people are counted as "of" ("the nation of 18 million", "a town of 5,000"):
# how many live there, no count of what befell them
POPULATED_PLACES = COUNTRY_POSSESSORS | {"town", "island", "province"}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
# Forms the model's lemmatiser gets wrong, by lower-case form ("fined" -> "fin").
LEMMA_FIXES: dict[str, str] = {"fined": "fine", "missing": "missing", "unaccounted": "unaccounted"}
# A number in such a phrase counts what the figure before it counts: a part ("120 cars,
# including 33 police vehicles"), or more of the same ("25 killed on Thursday, in addition
# to seven earlier in the week", "besides 12 arrested").
PART_PREPOSITIONS = frozenset(("including", "among", "besides", "plus"))
ADDITION_NOUNS = frozenset(("addition",))
# "up from 40,000 the night before", "down from 1,311": the same count's earlier value
CHANGE_ADVERBS = frozenset(("up", "down"))
# Courts and custody (court bulletins, ACLED notes): what was given to the people counted
# ("34 received administrative detention", "4 were issued warnings"); the outcome names the
# group, the measure is "other".
OUTCOME_VERBS = frozenset(("receive", "get", "issue", "give", "hand", "serve"))
OUTCOME_NOUNS = frozenset(
    (
        "detention",
        "sentence",
        "fine",
        "warning",
        "term",
        "penalty",
        "imprisonment",
        "probation",
        "ban",
        "reprimand",
        "caution",
    )
)
# Case files opened or decided for the people counted ("cases for 74 individuals have been
# concluded", "case materials for 98 people were sent to court").
CASE_NOUNS = frozenset(("case", "proceeding", "material", "file", "trial", "hearing", "lawsuit"))
# The police's own register of a crisis: cases and dockets opened, filed or laid ("42 cases
# of murder had been opened", "87 inquest dockets opened", "police opened 132 cases of
# arson"), counted with what they are of. A disease's cases are registered or confirmed,
# never opened.
DOCKET_NOUNS = frozenset(("case", "docket"))
DOCKET_VERBS = frozenset(("open", "file", "lay"))
# Verbs that keep a status noun's count ("police hold 200 detainees", "the list includes 40
# prisoners"); any other verb counts the people its action reached ("visited 156 detainees",
# "released 50 detainees"), which is no longer a count of detentions.
STATUS_VERBS = frozenset(
    (
        "hold",
        "keep",
        "have",
        "count",
        "number",
        "include",
        "report",
        "register",
        "record",
        "be",
        "remain",
        "total",
        "reach",
        "exceed",
        "put",
        "estimate",
        "confirm",
        "list",
        "name",
        "identify",
        "add",
        "take",
    )
)
# A bracket that credits a picture, not a source of the figures beside it: "(Photo by Carl
# Court/Getty Images)", "(AP Photo/Eranga Jayawardena)", "(Image: Reuters)"
PICTURE_CREDIT = re.compile(rf"\b(?:(?:{PICTURE_WORDS})s?|pic|video|footage)\b", re.I)
# A sentence that opens by going on with the figures of the sentence before ("Of these,
# 36 were fined", "Among them, 12 children", "Of those, …"): its figures are that source's.
CONTINUATION = re.compile(r"\s*(?:of|among|from)\s+(?:these|them|those|whom|this\s+number)\b", re.I)
# Words that follow a count, never a time unit: the model reads "nine earlier in the week"
# or "two more on Friday" as a time expression, but the number counts people or things; so
# does a date the count is stated at, opened by its own preposition ("the toll stood at 19
# as of Tuesday", "rose to 30 by Friday", "26 since Friday": the model tags "19 as of
# Tuesday" as one date).
COUNT_FOLLOWERS = frozenset(
    ("earlier", "later", "more", "others", "other", "previously", "as", "by", "since")
)
# Ordering words of a part of a count just given ("the first two", "the other five",
# "the remaining three were treated").
PART_ORDERS = frozenset(
    ("first", "other", "remaining", "last", "second", "next", "latter", "former", "rest")
)
# Brackets as Penn Treebank-tokenised corpora write them ("-LRB- CNN -RRB-"): punctuation.
PTB_BRACKETS = frozenset(("-lrb-", "-rrb-", "-lsb-", "-rsb-", "-lcb-", "-rcb-"))
# A hazard's size (sitrep.extract.figures.magnitudes): the words right before a magnitude
# ("a magnitude 7.8", "of magnitude 7.5", "measuring 7.8", "measured it at 7.6", "put its
# magnitude at 7.5", "registered 6.1"), right after it ("a 6.4-magnitude quake", "7.8 on the
# Richter scale", "7.8 Mw"), a hazard word in its sentence or the one before, and the top of
# the scale (no quake on record reached 10).
MAGNITUDE_BEFORE = re.compile(
    r"(?:\bmagnitude(?:\s+of)?|\bmeasuring|\bmeasured(?:\s+it)?\s+at|\bregistering|"
    r"\bregistered(?:\s+(?:it\s+)?at)?|\bput\s+(?:its|the)\s+magnitude\s+at|"
    r"\brated(?:\s+it)?\s+at)\s*$",
    re.I,
)
MAGNITUDE_AFTER = re.compile(
    r"\s*[-\u2010\u2011\u2013]?\s*(?:magnitude\b|on\s+the\s+richter\b|mw\b)", re.I
)
SEISMIC_WORDS = re.compile(
    r"\b(?:earthquakes?|quakes?|tremors?|aftershocks?|temblors?|seismic|seismolog\w*|richter)\b",
    re.I,
)
MAGNITUDE_HIGHEST = 10.0
# The verbs of an agency's reading of a magnitude ("AFAD measured it at 7.6", "the USGS put
# its magnitude at 7.5") and the words before a quake's place ("struck near Pazarcik",
# "its epicentre in Elbistan", "centred on Al Haouz").
MEASURING_VERBS = frozenset(("measure", "put", "register", "rate", "record", "estimate", "give"))
EPICENTRE_BEFORE = re.compile(
    r"(?:\bnear|\bepicent(?:re|er)\s+(?:was\s+)?(?:near|in|at)|\bcent(?:red|ered)\s+(?:near|in|on))"
    r"\s+(?:the\s+(?:town|city|village|district)\s+of\s+)?$",
    re.I,
)
# The places a count of places counts ("in seven provinces"): see
# sitrep.extract.figures.scopes. Plurals, as the group reads them.
PLACE_UNIT_NOUNS = frozenset(
    (
        "provinces",
        "regions",
        "cities",
        "towns",
        "districts",
        "villages",
        "states",
        "counties",
        "oblasts",
        "governorates",
        "municipalities",
        "departments",
        "prefectures",
    )
)
# Quotation marks: a first person inside them is the quoted speaker, not the text's author.
QUOTE_MARKS = ('"', "\u201c", "\u201d", "\u00ab", "\u00bb")
# A legislature's vote ("MPs approved the bill by 195 votes to 106"): the words that make a
# sentence's vote count a figure of the crisis, and the sides of a vote a bare number takes.
LEGISLATURE_WORDS = frozenset(
    (
        "parliament",
        "mp",
        "lawmaker",
        "legislator",
        "legislature",
        "deputy",
        "senator",
        "senate",
        "assembly",
        "congress",
        "reading",
    )
)
VOTE_NOUNS = frozenset(("vote",))
VOTE_SIDES = ("in favour", "in favor", "against")
FOR_SIDES = frozenset(("in favour", "in favor"))
