"""Word lists and parse relations the event steps read: reviewable data, no logic."""

from __future__ import annotations

import re

from sitrep.extract.timenorm.vocab import MONTH_PATTERN
from sitrep.lexicon import OFFICES
from sitrep.records import (
    STATE_DECISION_TYPES,
)

MODALS = frozenset(
    {"could", "would", "will", "might", "may", "should", "shall", "wo", "'d", "'ll", "can", "ca"}
    | {"must"}
)
IRREALIS_HEADS = frozenset(
    {
        "threaten",
        "plan",
        "want",
        "hope",
        "aim",
        "seek",
        "intend",
        "vow",
        "promise",
        "consider",
        "propose",
        "fear",
        "urge",
        "know",  # "Russia is known to send troops": a habit, not a happening
        "tend",
        "expect",
    }
)


# Nouns whose "of" names what may happen, not what did: "areas under threat of attack",
# "the risk of a crackdown", "fears of a massacre".
THREAT_NOUNS = frozenset("threat risk fear danger possibility prospect spectre specter".split())
# Verbs whose "from" names what is kept off, not what happened: "to protect civilians from
# government attack", "shielded the town from shelling".
PROTECTING = frozenset("protect shield defend save guard spare insulate".split())
# Verbs whose "against" names what is opposed, not done: "Gates warned against widening
# the operations to include a direct attack", "voted against sending troops".
OPPOSING = frozenset("warn caution advise argue vote lobby campaign rule decide".split())

# Verbs of waiting for a happening ("Egypt braced for a march of millions", "police
# prepared for further protests", "awaiting the verdict"): it has not happened yet.
ANTICIPATING = frozenset("brace prepare gear await anticipate".split())

# Adjectives whose infinitive is a possibility or a readiness, not a happening: "troops were
# ready to storm the building", "it is much harder to kill unarmed civilians than...".
# ("Able" and "quick" are left out: "police were quick to arrest them" says they did.)
# Verbs whose "that" clause is an aim, not a report: "to ensure that the protests are
# crushed", "guarantee that no one is arrested".
ENSURING = frozenset("ensure guarantee".split())

# Nouns whose infinitive is a power held, not used: "the right to dismiss parliament",
# "the authority to impose a curfew".
POWER_NOUNS = frozenset("right power authority mandate prerogative ability capacity".split())
# Nouns whose infinitive is an aim, not a deed: "a push to oust Mubarak", "a bid to storm".
AIM_NOUNS = frozenset("push bid effort".split())
# Nouns whose "of" names a duty, not a deed done: "continue their task of apprehending the
# leaders", "the mission of restoring order". mood._irrealis.
DUTY_NOUNS = frozenset("task mission duty job assignment mandate".split())

IRREALIS_ADJECTIVES = frozenset(
    """hard difficult easy impossible possible ready willing unwilling likely unlikely eager
    prepared reluctant unable due keen determined poised set""".split()
)


# Verbs whose complement is asked for, allowed or ordered, not (yet) done: in "he
# invited the alliance to send troops" the sending is the content of the invitation.
DIRECTIVE_HEADS = frozenset(
    """invite ask appeal urge call authorize authorise order allow permit request demand
    instruct plead beg""".split()
)
# Reporting words after which "would" reports a decision already taken: "the
# government announced it would reverse the price hike".
DECISION_REPORTS = frozenset(
    """announce announcement decide decision say declare confirm agree pledge promise""".split()
)
# Happenings that an authority performs by announcing them.
DECISION_TYPES = frozenset(
    {"price", "dismissal", "emergency", "internet", "mourning", "closure", "sanction"}
)
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "prep", "pobj", "acl", "oprd", "conj"})


# Words that, as subject or object, deny that anything happened: "no one was arrested".
NOBODY = frozenset({"nobody", "none", "nothing", "noone"})
# Links that keep a trigger inside one clause on the way up to the verb that asserts it:
# "played no role in fighting the protests" (pcomp, prep), "no arrests were made" (nsubjpass).
NP_LINKS = frozenset(
    {"pcomp", "prep", "pobj", "xcomp", "dobj", "compound", "amod", "nsubj", "nsubjpass", "attr"}
)


# Adverbs of frequency: the clause states a habit ("Russia has always blamed the West",
# "police often detain activists"), not one happening.
HABITUAL_ADVERBS = frozenset(
    """always often usually routinely frequently regularly habitually typically
    generally traditionally customarily invariably constantly""".split()
)


# Participles that count the dead and hurt ("17 dead and 748 injured police") rather
# than tell what someone did to them.
CASUALTY_WORDS = frozenset({"kill", "die", "injure", "wound"})


# Words that make a count of victims a running total: "have been killed since the
# conflict broke out", "so far", "in total".
RUNNING_TOTAL = frozenset({"since", "so", "total", "altogether", "overall", "toll"})
# Verbs that add a count to a running total ("30 were killed, taking the toll to 75",
# "bringing the total to", "raising the death toll to"): the count is the day's new one.
ADDING_VERBS = frozenset({"take", "bring", "raise", "push", "lift", "put"})
# Verbs of telling: a place hung on one that governs a happening ("police sources told
# Anadolu in Dhaka that 30 were killed") is where it was told, not where it happened.
TELLING_VERBS = frozenset({"say", "tell", "report", "confirm", "add", "state"})


COUNT_WORDS = frozenset({"dozen", "hundred", "thousand", "score", "million"})


# What makes a coup one that failed: "a failed coup", "a foiled coup attempt", "the coup
# was thwarted"; it is a happening, not a government's fall.
FAILED_COUP = frozenset(
    "fail failed foil foiled thwart thwarted abort aborted attempt attempted bid".split()
)
# Words naming a coup before it happens or as a charge: "coup rumours", "accused of
# plotting a coup", "coup-proofing".
COUP_TALK = frozenset(
    """rumour rumor fear plot plotter threat risk talk allegation suspicion charge accuse
    accusation probability likelihood chance possibility prospect pursuit goal aim want
    demand seek urge""".split()
)
# Verbs whose "for" asks for a coup that has not happened ("calls for the overthrow"); "what
# Arce called a coup attempt" names one that did
CALLING_FOR = frozenset("call appeal press push clamour clamor".split())
# "Coup" as a feat, not a seizure of power: "his defection was a coup for the opposition",
# "a diplomatic coup"
FEAT_COUP = frozenset(
    "diplomatic propaganda publicity media intelligence major big huge real".split()
)
# Who takes power by force when "took power" is a coup, not a succession or an election won
MILITARY_RULERS = frozenset(
    """army military soldier troop officer junta general colonel guard putschist mutineer
    rebel""".split()
)


# Nouns for a person holding (or losing) a post: who a dismissal or appointment is about
# when no name is given ("relieved a longtime associate of his post").
OFFICE_HOLDERS = frozenset(
    """minister chief head governor commander official nephew director predecessor associate
    chairman president mayor general""".split()
)


# Verbs of making a figure public: "the government disclosed that 147 people were killed"
# reports the toll, the disclosure being the news.
DISCLOSING = frozenset("disclose reveal announce publish release".split())
# Entity kinds that never speak nor give a speech: "Friday promises to be a big day",
# "Wednesday's announcement by Britain's top diplomat", "Thursday's speech by Mubarak"
TIME_ENTITIES = frozenset({"DATE", "TIME"})
# Nouns of a speech given to an audience: a statement when a public speaker gives it
# ("Mubarak's speech Thursday", "in a televised address, the president ..."), not speech
# as a right ("freedom of speech") or an address one lives at (guards._gives_speech)
SPEECH_NOUNS = frozenset({"speech", "address"})
# Prepositions a speech is the medium of a verb by: "in a speech, Mubarak indicated"
SPEECH_MEDIUM = frozenset({"in", "during", "through"})
# Conjunctions of a time clause a second statement is told in, on the first's verb:
# "ElBaradei warned of unrest after Mubarak announced he would not step down"
STATEMENT_TIME_MARKS = frozenset("after when as before once".split())


# Outside voices whose words are analysis, not a party's act: an expert's view of a
# crisis is commentary (ACLED codes no event for it), unlike a ministry's statement.
# marks that close a direct quotation ('"We want the decree repealed," he said'); the
# single closing quote only counts right after a comma or stop, where it cannot be an
# apostrophe
CLOSING_QUOTES = frozenset({'"', "\u201d", "\u2019", "\u00bb", "'"})
# the punctuation a quotation ends with before its attribution
QUOTE_END_PUNCT = frozenset({",", ".", "?", "!"})
# speakers who continue a statement the text has just reported ("he said", "she told")
CONTINUING_SPEAKERS = frozenset({"he", "she", "they"})
# what a source asks for when it will not be named ("asked not to be named", "on
# condition of anonymity")
ANONYMITY_WORDS = frozenset({"name", "identify", "anonymity", "anonymous"})
# clauses that describe a speaker ("an official, who asked not to be named, told AFP")
SPEAKER_CLAUSES = frozenset({"relcl", "acl", "appos"})
# verbs of a speaker's relative clause that give a leader's role ("X, who heads the
# agency", "who leads the group")
LEADING_VERBS = frozenset({"head", "lead", "chair", "run", "direct", "command"})
# the audience of a briefing: what is told to them is said in public, not to one outlet
BRIEFED = frozenset({"reporter", "journalist", "press", "conference", "briefing", "parliament"})

COMMENTATORS = frozenset(
    """expert analyst strategist researcher scholar professor economist commentator
    observer academic specialist columnist pundit""".split()
)


# Roles that make a speaker a party to the crisis whose word is itself an event: a
# government, an organisation, an official, a spokesperson, a leader, an institution.
PUBLIC_ROLES = frozenset(
    """government ministry minister president premier chancellor prime spokesman
    spokeswoman spokesperson official officer authority police army military commander
    general leader chairman chairwoman chair chief head governor mayor secretary ambassador
    embassy envoy diplomat office department agency council committee court parliament
    lawmaker legislator senator deputy party alliance organization organisation union bloc
    coalition kremlin junta regime prosecutor judge king queen prince monarch emir sultan
    administration cabinet presidency service force representative delegation commission
    bank company operator ministry spokesmen spokeswomen""".split()
)
# Roles whose words are evidence for other events, not events of their own: people met
# or quoted by the reporter, and outside voices (ACLED codes no event for either).
PRIVATE_ROLES = COMMENTATORS | frozenset(
    """witness eyewitness resident local villager inhabitant protester protestor
    demonstrator participant activist campaigner journalist reporter correspondent blogger
    student man woman person people neighbour neighbor relative survivor mother father son
    daughter brother sister wife husband friend driver shopkeeper worker doctor medic nurse
    teacher citizen bystander interviewee victim physician surgeon paramedic source""".split()
)
# The press as a speaker ("the AFP news agency says", "the newspaper reported"): a
# tally or account it gives is evidence for the happening it counts, not news of its own.
# State media speaking for a government ("state television said") are not among them.
PRESS_ROLES = frozenset({"news", "newspaper", "newswire", "tabloid"})
ROLE_DEPS = frozenset({"compound", "amod", "appos", "nmod"})


MILITARY_TARGETS = frozenset(
    """military army troop soldier force rebel fighter militant insurgent militia jihadist
    position base garrison barracks tank convoy command defense defence depot artillery
    launcher aircraft warship frigate jet helicopter drone outpost""".split()
)

# A killer that is itself many happenings: "a crackdown that has killed 3,000", "the war has
# killed thousands", "violence which has left 300 dead" count a running total, not one act.
CAMPAIGNS = frozenset(
    """crackdown war conflict violence fighting unrest uprising insurgency rebellion revolt
    revolution campaign crisis clashes attacks bombings raids strikes offensive siege
    bombardment shelling repression""".split()
)

# What strikes or kills without anyone doing it: a natural hazard, an illness, an accident.
# "the quake which killed 200,000", "the worst disasters to have struck", "a plane crash
# that killed 14", "those waters killed 2,000" are no killing and no strike by anyone (the
# toll stays a figure).
HAZARDS = frozenset(
    """earthquake quake tremor aftershock tsunami flood flooding storm hurricane typhoon
    cyclone tornado landslide mudslide avalanche drought famine heatwave wildfire eruption
    volcano lightning water disaster catastrophe epidemic pandemic outbreak disease virus flu
    influenza cholera illness cancer accident crash collision derailment stampede crush""".split()
)


# How far apart "N units after/before" puts two happenings, in days ("hours after" is the
# same day): dating._days_apart
APART_UNIT_DAYS = {"hour": 0, "day": 1, "week": 7}
# A stretch of days or weeks as TIMEX3 ("a week" P1W, "three days" P3D), and the days a unit
# holds: a happening run "for" it up to the report spans it (dating._running_for)
DURATION_TIMEX = re.compile(r"P(\d+)([DW])")
DURATION_UNIT_DAYS = {"D": 1, "W": 7}
# Adverbs that bring a stretch up to the report: "hitting the streets for a week now"
UP_TO_NOW = frozenset({"now", "still"})


ACCUSING = frozenset({"accuse", "blame"})


# Nouns that name a building, site or facility (or a vehicle: "torched 120 cars") that a
# happening can be done to. Two arsons in one town on one day are two events when they
# burned two sites, so the site is kept as the mention's target.
SITE_NOUNS = frozenset(
    """building office residence palace house home headquarters hq branch premises
    parliament ministry court courthouse prison jail station airport port seaport harbour
    harbor terminal base barracks camp checkpoint outpost post school university college
    hospital clinic mosque church temple synagogue shrine cathedral monastery bank atm shop
    store supermarket market mall business restaurant hotel factory plant refinery depot
    warehouse mine pipeline bridge tower embassy consulate compound facility complex hall
    akimat city-hall townhall stadium studio channel broadcaster newspaper library museum
    monument statue headquarter car vehicle bus truck lorry van tram train ambulance
    dormitory hostel""".split()
)
# Heads that need their "of" phrase to say which site: "the regional branch of the
# ruling party" is a party branch, "the headquarters of the army" the army headquarters.
GENERIC_SITES = frozenset(
    "branch headquarters hq office building premises seat residence compound".split()
)
# Modifiers that do not tell one site from another ("the main government building",
# "the former presidential residence", "numerous businesses").
VAGUE_MODIFIERS = frozenset(
    """former main old new local large largest big biggest numerous several many other
    nearby entire whole key major own various some few central burned-out burnt-out
    historic only same""".split()
)
TARGET_DEPS = frozenset({"dobj", "nsubjpass"})
NOT_TARGETS = frozenset({"fire", "control", "blaze", "ablaze", "alight", "flame"})
RELATIVE_WORDS = frozenset({"which", "that", "who", "whom"})


# Which triggers of a sentence can name the site of each sitrep type, and whether one
# mention is made per site (a sentence listing burned sites reports one arson each).
TARGET_KINDS: dict[str, tuple[tuple[str, ...], bool]] = {
    "arson": (("arson",), True),
    "seizure": (("overtake", "regain"), True),
    "riot": (("riot", "loot"), False),
    "killing": (("injure",), False),
    "appointment_dismissal": (("dismissal",), True),  # the person removed or named
}


CROWDS = frozenset({"protester", "protestor", "demonstrator", "rioter", "crowd", "mob"})
# One person killed, as a text names them: their death is news of its own beside the clash
# it happened in ("a student has been killed as a clash broke out"); "opened fire" kills no
# "fire", and a policeman or soldier killed in a clash is the clash's toll.
VICTIM_NOUNS = frozenset(
    """student man woman boy girl child teenager youth protester protestor demonstrator
    journalist reporter photographer doctor nurse teacher worker activist leader resident
    civilian villager farmer driver passer-by bystander person""".split()
)
# People a trigger noun may name ("protesters", "soldiers"): a count of them is a crowd's or
# a force's size, not a tally of happenings.
PEOPLE_NOUNS = CROWDS | frozenset(
    """soldier troop police policeman officer guard paratrooper militant fighter rebel gunman
    civilian student worker people person""".split()
)
SEIZED_ARMS = frozenset(
    """weapon ammunition explosive arm drug cache firearm gun pistol rifle round cartridge
    magazine grenade bomb ied detonator narcotic cocaine heroin cannabis""".split()
)


EVACUATE = frozenset({"evacuate", "evacuation"})


ACTOR_NOUNS = frozenset(
    """protester protestor demonstrator police policeman officer troop soldier force army
    military government militant rebel insurgent gunman fighter militia peacekeeper paratrooper
    crowd rioter student worker resident villager civilian supporter activist authority regime
    guard terrorist mob people opposition journalist""".split()
)


# A place name glued to one of these by a hyphen modifies an actor, it does not
# locate the happening: "Moscow-led alliance", "Iran-backed militia".
ACTOR_SUFFIXES = frozenset(
    """led backed based born allied controlled run owned funded sponsored brokered
    friendly aligned made linked affiliated supported installed""".split()
)
DATELINE_DASHES = frozenset({"-", "–", "—", ","})
MAX_EVENT_SPAN_DAYS = 31  # "over the past 15 months" dates a background, not a happening
# A stretch ending this long before the report is the story's past ("in 1982"); a happening
# the next sentence points back to with a demonstrative ("That attack ...") took place then.
BACKSTORY_DAYS = 365
DEMONSTRATIVES = frozenset({"that", "this", "those", "these"})


# Prepositions that hang an earlier or surrounding happening on the sentence's own:
# in "gunfire erupted in Almaty following the deployment of troops" the deployment
# is neither in Almaty nor (necessarily) on the day of the gunfire.
# "Over" and "against" name what people act about: "protests over a fuel price hike",
# "a march against the killings".
ADJUNCT_PREPS = frozenset(
    {"following", "after", "amid", "before", "since", "despite", "over", "against", "about"}
)
# Verbs of causing or stirring: what they are done "by", or what does them, is a cause
# the sentence refers back to ("protests sparked by a spike in fuel prices", "exasperated
# by the increase in the price of gas", "rising prices have compounded the misery").
CAUSE_VERBS = frozenset(
    """spark trigger cause fuel prompt provoke drive motivate spur anger outrage exasperate
    frustrate inflame ignite exacerbate compound fan stoke worsen aggravate precipitate
    incense enrage infuriate""".split()
)
# Heads of complex prepositions of cause: "in response to", "because of", "due to",
# "in the wake of", "as a result of", "in reaction to", "in protest at".
CAUSE_HEADS = frozenset("response because due owing wake result reaction protest".split())
# A date on a noun after one of these names that noun's day, not the sentence's: in
# "protesters marching against an October 25 coup" or "anger over the Sunday vote" the day
# is the coup's or the vote's ("after", "before" and "since" relate the two days, "amid"
# makes them one: their dates are read elsewhere).
NAMING_DAY_PREPS = frozenset({"against", "over", "about", "despite"})
# Dependencies of a date written on a noun: "the October 25 coup", "Friday's attack".
DAY_ON_NOUN_DEPS = frozenset({"nmod", "compound", "poss", "amod", "npadvmod"})
# Dependencies on the way from a time up to the verb of saying it dates: "said Sunday",
# "said on Sunday morning", "said in a statement on Thursday".
SAID_ON_DEPS = frozenset({"prep", "pobj", "npadvmod", "compound", "nmod", "tmod", "advmod"})
NP_INNER_PREPS = frozenset({"of", "in", "for", "on"})


# Prepositions that make a time the end of a stretch, not a day something happened:
# "suspended the talks until 2028", "detained till Monday".
BOUND_PREPS = frozenset({"until", "till", "til", "pending"})


# A government's decisions are national unless their own clause names a place:
# in "protests erupted in Mangystau over a fuel price hike" the hike is not in Mangystau.
NATIONAL_TYPES = STATE_DECISION_TYPES | {"appointment_dismissal", "statement"}
# ACLED sub-events that bind the parties wherever they fight (a ceasefire, a truce, a
# deal): the town the paragraph was in is not where they happen.
PARTIES_SUB_EVENTS = frozenset({"Agreement"})


# Nouns that name a kind of place: a place name in apposition to one still locates
# ("in Kazakhstan's largest city, Almaty").
PLACE_NOUNS = frozenset(
    """city town village capital region province district state country area square
    neighbourhood neighborhood suburb county municipality oblast governorate prefecture
    island port hub centre center street quarter camp""".split()
)
# Dependency arcs that hang a description on a noun: a place inside one describes
# that noun ("the CSTO, an alliance of republics along with Russia"), not the happening.
DESCRIPTIVE_DEPS = frozenset({"appos", "acl", "relcl"})
# Nouns of a part of a larger place: in "the Paris suburb of Nanterre", "the Kyiv suburb of
# Bucha", the place named before the noun only says where the part lies; the one after
# "of" is where the happening was.
PART_NOUNS = frozenset(
    """suburb outskirt district neighbourhood neighborhood town village township borough
    commune municipality enclave quarter""".split()
)
LIST_MIN = 3  # "in A, B and C": a list of this many places is a scope, not one event's place


SCOPE_NOUNS = frozenset({"country", "nation"})
# Prepositions that make "the capital" where a happening is ("fighting in the capital"),
# not money ("capital flight") or a title ("capital punishment").
# the prepositions of a place that opens a sentence as its scene ("In Andahuaylas, ...")
FRAME_PREPS = frozenset({"in", "at"})
WHERE_PREPS = frozenset(
    {"in", "into", "across", "around", "near", "outside", "throughout", "through", "to", "from"}
)


PAST_MODALS = frozenset({"could", "would"})


# Words that make a speaker phrase a government's voice ("a spokesman for British Prime
# Minister Boris Johnson", "France's foreign ministry", "US State Department spokesman"):
# such a statement happens where that government sits (ACLED places it with its actor).
# A commander, an alliance chairman or a party leader is not on the list: a commander
# speaks from the field, and an alliance speaks where it acts.
GOVERNMENT_WORDS = frozenset(
    {
        "government",
        "ministry",
        "minister",
        "department",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "embassy",
        "ambassador",
        "president",
        "premier",
        "chancellor",
        "kremlin",
        "secretary",
        "diplomat",
        "administration",
        "cabinet",
        "office",
        "presidency",
    }
)
# Words that make a speaker a body of several states or a movement: its statements are
# about where it acts, whatever its chairman's own nationality.
BLOC_WORDS = frozenset(
    {"alliance", "bloc", "organization", "organisation", "union", "coalition", "community"}
)
PHRASE_DEPS = frozenset({"compound", "pobj", "prep", "appos", "amod", "poss", "nmod", "case"})


LEADER_NOUNS = frozenset({"leader", *OFFICES})


# Words that undo a curfew or an emergency ("a break in the curfew", "the curfew was
# relaxed", "lifted the state of emergency") or bring a cut service back ("internet
# would be restored"): a happening of its own, not the order or the cut.
EASING = frozenset("relax relaxation ease easing lift lifting end".split())
EASING_NOUNS = frozenset({"break"})  # "a break in the curfew"; "broke the curfew" defies it
RESTORING = frozenset("restore restoration resume reconnect reopen lift unblock".split())

# Force used on a crowd ("fired tear gas", "water cannon", "rubber bullets", "baton
# charge"): a protest broken up with it is a clash between the crowd and the police in
# sitrep's types, though ACLED's sub-event type stays "Protest with intervention".
CROWD_FORCE = frozenset("tear teargas cannon rubber baton stun pepper pellet".split())
# Who makes a violent demonstration of an arson or a looting: "protesters set fire to".
CROWD_DOERS = frozenset({"protester", "demonstrator", "rioter", "crowd"})

# Verbs of defying an order: crowds who "defied the curfew" protest; they impose nothing.
DEFYING = frozenset("defy violate flout break ignore breach challenge brave".split())

# Armed men who storm or raid a site: "gunmen stormed a hotel" is an attack, not a crowd's
# riot (ACLED: violence against civilians).
ARMED_ATTACKERS = frozenset(
    """gunman gunmen attacker assailant militant terrorist jihadist insurgent fighter
    bomber""".split()
)


# Verbs of condemning whose object is a happening told as the content of a statement
# ("the WHO condemns attacks on health care", "Guterres condemned the fighting"): the
# condemnation is the news; the happening is referred to, not reported.
CONDEMNING = frozenset("condemn denounce deplore decry criticise criticize lament".split())
# Verbs of taking a side on a happening ("the army command backed the coup", "welcomed the
# ceasefire", "opposed the deployment"): the stance is the news, the happening is referred to.
SIDING = frozenset("back support endorse welcome oppose reject".split())
# Verbs of denying: what a denial's object or clause names ("denied any involvement in the
# attack", "denied that troops had fired") is no happening it reports.
DENYING = frozenset({"deny"})
# Prepositions by which a sentence names a happening it is about, with "the" or "this"
# ("claimed responsibility for the attack", "was briefed on the attack", "an inquiry into
# the shooting", "who was behind the bombing"): a happening told elsewhere, referred to.
REFERRING_PREPS = frozenset({"for", "on", "into", "behind"})
# Counts of the dead or hurt: the happening a count is "in", "from" or "of" ("the death toll
# in the concert attack", "casualties from the bombing") is referred to, not told.
TOLL_NOUNS = frozenset("toll tally casualty".split())
# Counts of happenings: "the number of arrests passed 2,500" is a tally, not an arrest ("a
# number of soldiers entered the square" counts people: they stay the sentence's).
COUNT_NOUNS = frozenset("number count".split())
# Happenings a story has one of: "the coup" refers back to the one it told, unless its
# own words date it ("the July 26 coup").
TOLD_ONCE = frozenset("coup putsch takeover".split())
# Prepositions that hang a happening on a count of victims ("died in the clashes").
TALLY_PREPS = frozenset({"in", "during", "amid"})

# Verbs of perceiving: "gunfire could be heard" tells what was heard, not a possibility.
PERCEIVING = frozenset("hear see feel smell".split())
# Words that count a plural ("several government buildings"): sites counted, not a kind.
QUANTIFIERS = frozenset("several many few numerous various multiple".split())
# Towns the happening spread over, unnamed: "in other Belarusian cities", "in several
# Andean cities", "other major towns and cities also saw rallies" (implied_place._many_towns).
TOWN_NOUNS = frozenset("city town village region province".split())
# Words of the custody a charge brings ("charged ... and placed in pre-trial detention",
# "remanded in custody", "jailed pending trial"): the charge's, no arrest of its own.
CUSTODY = frozenset("detention custody jail imprison".split())


# Verbs of travelling: the place they go "from" is where the travellers left, not where the
# happening is ("troops flew from Moscow to Almaty"). An evacuation is not one of them: it
# happens where people are taken from.
DEPARTING = frozenset("fly travel depart leave arrive come sail drive head return".split())
# Verbs of fleeing: where someone fled to is a refuge, not where the story happens.
FLEEING = frozenset("flee escape".split())
# Envoys: the country one is sent "to" is their post, not where the happening is
# ("Lebanon's ambassador to Jordan resigned"). placing._locates.
ENVOYS = frozenset("ambassador envoy consul emissary representative delegate".split())
# Ranks that make a place's possessive an epithet ("Europe's last dictator", "the
# country's only airport" with JJS superlatives as "Africa's biggest city"): the realm of a
# comparison, not where the happening is. placing._locates.
EPITHET_RANKS = frozenset("last only first".split())


# Trigger kinds of happenings on the ground (not what someone says or decides): the
# places of the sentences holding one say which country a document's story is in.
GROUND_KINDS = frozenset(
    """abduct airstrike arrest arson chemical clash crowd_control deployment explosive
    grenade injure killing loot mob overtake protest riot sexual shelling suicide""".split()
)
# Prepositions by which a place says where another lies ("an air base near Delhi").
LANDMARK_PREPS = frozenset({"near", "outside"})

# Leaving office: where an office holder resigned or a government fell is the office's
# country, whatever country the rest of the page is about.
OFFICE_TYPES = frozenset({"government_dismissal", "appointment_dismissal"})

# Words that name a day in a time expression ("Monday morning", "15 April at dawn"): a
# clock time or part of the day with one of them has a day of its own.
DAY_NAMES = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug"
    r"|sep|oct|nov|dec)[a-z]*\.?\b",
    re.IGNORECASE,
)
# A TIMEX3 value that names a day ("2024-11-28", "2024-11-28TNI"), not a week, a month or
# a duration ("2023-W16" of "a week ago").
# A live page's update stamp ("(Update 3:09 a.m. Wednesday in Cairo, 8:09 p.m. ET Tuesday)"):
# the weekday the paragraphs below it were written on, read on or after the page's
# publication day (a page is updated after it first appears).
# A live page's entry: a paragraph that opens with the clock time it was posted ("11:10 -
# Tally revised upwards", "9.45am: ..."). Each entry is a story of its own: the place
# and time of the one before do not carry into it.
LIVE_ENTRY = re.compile(r"(?:\d{1,2}[:.]\d{2}|\d{1,2}\s*[ap]\.?m\.?)(?:\s*[ap]\.?m\.?)?\s*[-–—:|]")
UPDATE_STAMP = re.compile(r"\bupdated?\b[^\n()]{0,20}$", re.IGNORECASE)
WEEKDAY = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
WEEKDAYS = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")
DAY_TIMEX = re.compile(r"\d{4}-\d{2}-\d{2}")
# A day written out with its month ("21 April 2019", "April 21st", "Dec. 12"): it outranks a
# weekday read from the publication (dating._guessed_day).
WRITTEN_DAY = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_PATTERN})\b"
    rf"|\b(?:{MONTH_PATTERN})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b",
    re.I,
)
# A page's date stamp at the head of a line: " date 2024-12-07", "Published: 2024-07-16".
STAMP = re.compile(
    r"\s*(?:(?:date|dated|published|updated|posted)\s*:?\s*)?\d{4}-\d{2}-\d{2}", re.IGNORECASE
)


# --- evt2 (session 10, round 2): event typing on unseen crises -------------------------------
# What a suspicion charges is no happening the report confirms: "98 people were detained on
# suspicion of looting", "suspected of arson" (mood._accused_of, beside ACCUSING).
SUSPECTING = frozenset({"suspect", "suspicion"})


# --- evother (session 17): a crisis's strategic developments, typed "other" -------------------
# What ACLED's "strategic developments" keep track of beside the violence: a day of mourning,
# a court's step, an inquiry opened, a closure, sanctions, a vote, a summit, people fleeing.
# Each kind is its own sub-event type (event_triggers.ACLED), so two of them told for one day
# and one place stay two events (resolve: fits._kinds_fit).
# A period of mourning declared ("three days of national mourning", "a day of mourning",
# "declared Tuesday a national mourning day"), not grief ("a nation in mourning").
MOURNING_PERIODS = frozenset("day days period week weeks".split())
MOURNING_MARKS = frozenset("national official state".split())
# the days a unit of a mourning period holds ("three days", "a week"), and the longest
# period read as one event's span
MOURNING_UNIT_DAYS = {"day": 1, "week": 7}
MAX_MOURNING_DAYS = 31
# Courts, and what a court does as the subject of its verb ("the court ordered him held",
# "a judge rejected his appeal", "the Supreme Court ruled the arrest illegal"); its saying
# ("the court said") stays a statement.
COURTS = frozenset("court judge tribunal magistrate".split())
COURT_ACTS = frozenset(
    """order rule reject dismiss remand sentence convict acquit grant deny uphold suspend
    overturn quash annul decline refuse extend free release jail hear approve declare
    convene""".split()
)
# Bodies of a court that act for it: "a Supreme Court panel ordered ...".
COURT_BODIES = frozenset("panel bench chamber".split())
# Courts of the whole country, which sit in its capital: "Pakistan's Supreme Court ordered
# the release", "the High Court declined to suspend the deployment" (a court named by its
# town, "the Islamabad High Court", is placed by the name).
NATIONAL_COURTS = frozenset("supreme constitutional high".split())
# Verbs of a person brought before a court ("appeared in court", "was brought before a
# judge"): a hearing.
BEFORE_COURT = frozenset("appear bring arraign".split())
# Verbs of opening an inquiry ("opened an investigation", "an inquiry was launched"); a
# call for one ("demanded an inquiry") is a statement, not an inquiry.
# ("announced an investigation" stays the announcement: a statement)
OPENING = frozenset("open launch start begin initiate order".split())
INQUIRIES = frozenset("investigation inquiry probe".split())
# What a state closes in a crisis, and the verbs that close it ("closed its airspace",
# "the airport was closed", "sealed the borders", "schools were shut"); a road or a street
# closed by a crowd is a blockade (the protest's), not listed.
CLOSED_THINGS = frozenset(
    """airspace airport border frontier crossing bridge school university college mosque
    church embassy port seaport""".split()
)
CLOSING = frozenset("close shut seal suspend halt".split())
# States a closure is in: "the airport remained closed", "schools stayed shut".
STATE_OF_BEING = frozenset("remain stay be keep".split())
# Who sanctions punish ("sanctioned the junta", "sanctioning Georgian officials"); "sanctioning
# the deployment" authorises it.
SANCTIONED = frozenset(
    """junta official leader individual person company entity general minister member
    regime government commander""".split()
)
# Sanctions and the bloc's suspension of a member state ("ECOWAS suspended Burkina Faso
# from all its bodies").
IMPOSING = frozenset("impose slap announce adopt levy approve extend".split())
# Legislatures and their votes ("parliament passed the bill", "MPs voted on the law",
# "lawmakers approved the budget"); an election or a referendum held.
LEGISLATORS = frozenset(
    """parliament mp mps lawmaker legislator deputy senator senate congress assembly
    legislature house chamber committee""".split()
)
LAWS = frozenset("bill law legislation amendment budget motion resolution".split())
PASSING_LAWS = frozenset("pass approve adopt endorse reject".split())
BALLOTS = frozenset("election referendum runoff poll".split())
HOLDING = frozenset("hold take".split())
# Meetings of a state body or a bloc ("an extraordinary summit", "a special session",
# "emergency talks"): held, convened, chaired.
MEETINGS = frozenset("summit session meeting talks".split())
CONVENING = frozenset("hold convene chair host meet open".split())
# Bodies whose meeting is a development of the crisis: a state's, a bloc's, an
# international organisation's (not a family's or a club's).
# A leader meeting someone ("held a meeting with his security chiefs") is left out.
MEETING_BODIES = frozenset(
    """council cabinet summit bloc union community ecowas un nations parliament assembly
    committee""".split()
)
# Who flees as a displacement (not a named person's flight abroad, sayings._person_goes):
# people in numbers ("thousands fled", "residents fled their homes", "about 3,000 villagers
# fled across the river").
DISPLACED = frozenset(
    """people resident civilian family villager inhabitant refugee population thousand
    hundred dozen million household child woman""".split()
)
# Developments of the whole country, placed at its level as a decision of state is (unless
# their own sentence names a place: "the prosecutor in Creteil opened an investigation"): a
# day of national mourning is declared for the nation, an inquiry into a crisis is the
# state's, not the town of the paragraph before.
NATIONAL_SUB_EVENTS = frozenset({"Day of mourning", "Investigation"})
# Of those, the ones the whole country keeps wherever the sentence says they were decided
# ("the Presidential Council in Tripoli declared three days of national mourning": Libya's)
COUNTRY_SUB_EVENTS = frozenset({"Day of mourning"})
# What an agreement (a ceasefire, a truce, a deal) is told by when it is made or in force:
# "agreed to a ceasefire", "signed a deal", "a truce brokered by Russia", "the ceasefire took
# effect", "a ceasefire announced over the weekend", "the truce broke down", "despite the
# truce"; not one respected, overseen, proposed or called for ("called to respect the
# ceasefire agreement", "propose an agreement"), nor the verb "deal" ("to deal with").
AGREEING = frozenset(
    """reach sign agree broker mediate announce declare conclude strike seal negotiate accept
    introduce take come enter go begin start hold break collapse shatter expire extend
    implement""".split()
)
# What is done to an agreement that is no agreement made: "called to respect the ceasefire
# agreement", "a body to oversee the ceasefire", "proposed an agreement".
NOT_AGREEING = frozenset(
    """respect honour honor observe oversee monitor propose call urge demand want""".split()
)
# Words of an aim over the making of one: "would try to reach an agreement", "the initiative
# to reach an agreement".
AIMING = frozenset("try seek hope aim work initiative effort push bid attempt plan".split())
# The agreement kind's words that name a release of prisoners or an exchange of them.
EXCHANGED = frozenset({"prisoner", "hostage", "release"})
