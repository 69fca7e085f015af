"""The entity extractor's vocabularies, patterns and thresholds: the words that make a name a
person's, an organisation's or a place's, and the page furniture that is none (data only).
"""

from __future__ import annotations

import re

# --- the model's labels ---------------------------------------------------------------------

# The model's labels kept as entities, and those that name a place.
KEPT_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP"})

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

# Model labels that are never kept as such but may become an ORG by context ("station Mir-24").
SOFT_LABELS = frozenset({"PRODUCT", "WORK_OF_ART"})

# --- words that are no names, and the edges of names ----------------------------------------

# Page furniture the model tends to label as an entity.
UI_WORDS = frozenset(
    "reply share comment comments login log sign subscribe newsletter menu search advertisement "
    "cookie cookies privacy terms home next previous print email facebook twitter instagram "
    "whatsapp linkedin telegram youtube tiktok read more related tags posted updated photo "
    "video copyright rights reserved skip content service use conduct rules policy "
    "published explainer factbox analysis live breaking exclusive".split()
)

# Online platforms: page furniture in a share bar ("Facebook Twitter WhatsApp"), but the
# companies and services a government blocks in running prose ("blocked access to WhatsApp
# and Instagram"), where they are organisations (rules.PLATFORM, spans.is_junk).
PLATFORM_NAMES = frozenset(
    "facebook twitter instagram whatsapp linkedin telegram youtube tiktok".split()
)
# Lower-case words a sentence needs around a platform's name to be prose, not a share bar.
PROSE_MIN_LOWER = 5

# Words of a built structure that make a name the model calls a facility (FAC) a place, not
# a body ("Abbey Gate", "Lekki Toll Gate", "Hotel Amarula", "Presidential Villa").
STRUCTURE_WORDS = frozenset("gate gates villa hotel bridge tower hall toll mall".split())

# Names of God in prayers and quotations ("In the name of Allah"): no person or place.
DIVINE_NAMES = frozenset({"allah", "god", "lord"})

# Small words a page's furniture strings together ("Terms of Service", "Rules of Conduct").
JOINERS = frozenset({"of", "and", "the", "to", "&"})

# Months and days, capitalised like names.
# Words that lead a date whose weekday or month stands right before a name: "on Monday
# Odinga said", "since June Ruto has ..." (entities.spans._dated).
DATE_LEADS = frozenset({"on", "last", "next", "this", "since", "until", "by"})
MONTHS_DAYS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
    "saturday sunday".split()
)

# Titles and honorifics stripped from the front of a person's name before linking.
TITLES = frozenset(
    "mr mr. mrs mrs. ms ms. dr dr. prof prof. sir president prime minister premier "
    "gen gen. general col col. colonel lt lt. captain capt capt. sen sen. senator rep rep. "
    "gov gov. governor mayor king queen prince princess sheikh ayatollah pope rev rev. "
    "chancellor secretary chairman chairwoman spokesman spokeswoman commander minister "
    "foreign interior defence defense deputy former acting".split()
)

# A possessive ending cut from a name ("Tokayev's").
POSSESSIVE = ("'s", "’s", "‘s", "`s")

# Brackets as Penn Treebank tokenised corpora write them ("Cairo , Egypt -LRB- CNN -RRB-"):
# punctuation at a name's edge, though the model reads them as words
PTB_BRACKETS = frozenset({"-LRB-", "-RRB-", "-LSB-", "-RSB-", "-LCB-", "-RCB-"})

# Tokens that separate names when written with spaces: "UrduPoint News / Sputnik - 26th
# April" is two credits and a date, which the model may label as one ORG.
SPACED_SEPARATORS = frozenset({"/", "-", "–", "—", "|"})

# Lower-case words inside hyphen-joined place names ("Clichy-sous-Bois", "Val-de-Marne",
# "Stratford-upon-Avon", "Ras al-Ain" is spaced and not one of these).
NAME_PARTICLES = frozenset(
    "sous sur en le la les de du des lès lez au aux à am an im ob upon on under in et".split()
)

# Function words an acronym skips ("Collective Security Treaty Organization" is "CSTO").
INITIALS_SKIP = frozenset({"of", "the", "and", "for", "in", "on", "de", "la", "&"})

# Capitals that name things, not organisations: fuels, measures, times, ranks, diseases, wars.
COMMON_ACRONYMS = frozenset(
    """LPG LNG CNG GDP GNP CPI VAT GMT UTC BST CET EST PST CEO CFO NCO MP MPS IDP IDPS POW POWS
    PM AM TV DNA HIV AIDS COVID SARS SUV ATM SMS GPS VPN PDF FAQ WWI WWII WWIII ICU RPG RPGS IED
    IEDS APC APCS AK UAV UAVS KM KG BBL""".split()
)

# --- places ---------------------------------------------------------------------------------

# Prepositions after which a capitalised name is usually a place ("in Aqtau", "near Kyiv").
LOCATIVE = ("in", "near", "at", "outside", "across", "around", "throughout", "to", "from", "into")

# Words of a settlement that name one with "of": "the town of Beni", "the city of Kidal".
SETTLEMENT_WORDS = ("city", "town", "village", "region", "district", "province")

# Words that end a way begun "from" a town ("from Stepanakert to the Hakari bridge"): a site
# after them is where the way leads, not a site of that town.
ROUTE_ENDS = frozenset({"to", "towards", "toward"})

# What follows a dateline's town in capitals ("GENEVA (Reuters) -", "QUITO, Oct 10").
DATELINE_ENDS = frozenset({"(", ",", "-", "–", "—", ":"})

# Nouns for a part of a town between its name and "in <town>" ("the Rampura area in Dhaka").
LOCALITY_NOUNS = frozenset(
    "area neighbourhood neighborhood quarter suburb district locality township section".split()
)

# Nouns of a site's ground after an organisation's name ("the Dhaka University campus",
# "the Parliament building"): the name is where something happened, a site.
SITE_PARTS = frozenset("campus building premises grounds gate gates compound".split())

# Site nouns of the buildings an organisation's name may stand for that the shared
# SITE_NOUNS leave out (a shopping mall, a plant): "Jabulani Mall", "Minsk Automobile Plant".
BUILDING_SITE_NOUNS = frozenset("mall plant factory".split())
# Words of a faith that make "<word> Church" a body of believers ("the Roman Catholic
# Church", "the Ethiopian Orthodox Church"), not one church building.
FAITH_WORDS = frozenset(
    """catholic orthodox anglican protestant evangelical methodist baptist lutheran
    presbyterian coptic pentecostal adventist episcopal apostolic reformed""".split()
)
# Heads of an organisation's name that make it a building wherever the text names it: a
# hotel, an airport or a plant is where things happen to it, not a body that speaks (a
# hospital, a university or an embassy does: "an official at X Hospital said", so those
# stay organisations unless the text puts a happening on their grounds, SITE_PREPS). A
# church named by its faith alone ("the Catholic Church") is the faithful (places.is_building).
BUILDING_NOUNS = frozenset(
    """hotel airport airfield mall plant factory stadium arena prison jail barracks camp
    base refinery cosmodrome church cathedral mosque synagogue""".split()
)

# Prepositions that put a happening at an organisation's seat ("outside Cairo University").
SITE_PREPS = frozenset("at on outside near inside within around".split())

# Lower-case heads that make the proper noun before them a public place ("Tahrir square").
PLACE_HEADS = frozenset(
    "square street avenue boulevard bridge stadium park market mosque palace intersection "
    "junction roundabout crossroads".split()
)

# --- organisations, and institutional actors written as common-noun phrases -----------------
# "the Kazakh government", "the Sudanese regime", "the Myanmar junta": one actor, the state's
# government; normalised to "Government of <Country>" (regime and junta are how crisis news
# names a government it does not call legitimate, not a second actor).

# Words that make a capitalised run an organisation, never a bare place ("Almaty Police").
ORG_HEADS = frozenset(
    "ministry party council bank university committee agency police army force forces service "
    "office department company corporation group organization organisation union court "
    "parliament assembly government administration commission fund institute association "
    "news times post radio tv television airlines airport movement front alliance forum "
    "network foundation society league coalition".split()
)

# "the Kazakh government", "the Sudanese regime", "the Myanmar junta": one actor, the state's
# government; normalised to "Government of <Country>" (regime and junta are how crisis news
# names a government it does not call legitimate, not a second actor).
GOVERNMENT_HEADS = frozenset({"government", "regime", "administration", "junta"})

# Armed and state bodies a country or city word can own ("Almaty police", "Russian troops").
INSTITUTION_HEADS = GOVERNMENT_HEADS | frozenset(
    "cabinet parliament military army navy police ministry forces troops service services "
    "militia presidency".split()
)

# Heads that need a country (not a city) and, for "service", a branch word before them.
COUNTRY_ONLY_HEADS = frozenset({"forces", "troops", "military", "army", "navy", "militia"})

NEEDS_BRANCH_HEADS = frozenset({"service", "services"})

# Lower-case words between the owner and the head ("Russian airborne troops").
BRANCH_WORDS = frozenset(
    "interior foreign defence defense health finance justice information home national state "
    "federal central military security intelligence airborne special armed riot border "
    "paramilitary naval air transitional interim caretaker emergency emergencies".split()
)

# A trailing head that does not change the body ("Almaty police department").
TRAILING_HEADS = ("department", "force", "forces", "service")

# Offices named after their holder ("the office of the President").
OFFICE_HOLDERS = ("president", "prime", "chancellor", "governor", "mayor", "premier")

# Lower-case heads that make the proper noun before them a party ("the Yabloko party").
PARTY_HEADS = ("party", "movement", "coalition")

# Nouns whose appositive or following proper noun names a media outlet ("station Mir-24").
MEDIA_NOUNS = frozenset(
    "channel station broadcaster newspaper daily agency outlet network website tabloid "
    "magazine weekly".split()
)

# Appositive nouns that make a "person" an organisation ("Kazakhtelecom, the operator").
ORG_NOUNS = frozenset(
    "company firm operator provider agency broadcaster channel station newspaper group party "
    "organisation organization bank carrier airline corporation giant network outlet ministry "
    "union alliance producer manufacturer insurer miner website conglomerate utility "
    "militia movement".split()
)

# --- people ---------------------------------------------------------------------------------

# Appositive or preceding nouns that make an "organisation" a person ("leader, X Y").
PERSON_NOUNS = frozenset(
    "leader president premier minister spokesman spokeswoman spokesperson official commander "
    "general chief head director activist journalist analyst expert politician lawyer founder "
    "ruler dictator king queen prince ambassador envoy governor mayor senator candidate "
    "chairman chairwoman secretary successor predecessor opponent rival ally".split()
)

# Honorifics before a name, which only a person bears ("Mr Tokayev").
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr"})

# Words before an office that say its holder no longer holds it ("former president X").
NOT_IN_OFFICE = frozenset({"former", "ex", "then", "late", "acting"})

# What follows a vocative set off by commas: the sentence goes on with a clause ("...,
# Anderson, when clearly ...", "..., Anderson, I think ..."), not with a list's next name
VOCATIVE_NEXT = frozenset({"SCONJ", "ADV", "PRON", "AUX", "VERB", "PART"})

# --- other names of the same thing ----------------------------------------------------------

# What a report writes between a name and the other name of the same thing: "Stepanakert,
# known in Azerbaijan as Khankendi", "the SCD, widely known as the White Helmets".
ALSO_KNOWN = re.compile(
    r"^\s*,?\s*(?:(?:also|widely|locally|better|commonly|officially|formerly)\s+)?"
    r"(?:known|called)(?:\s+(?:in|by|to)\s+[\w'’ -]{1,30}?)?\s+as\s+(?:the\s+)?[\"“‘']?$"
)

OTHER_NAME_GAP = 60  # characters between a name and its other name at most

# --- thresholds -----------------------------------------------------------------------------

MIN_POP_WITHOUT_CONTEXT = 100_000  # a new name outside the document's countries must be big

CAPITALS_TOWN_MIN = 6  # letters of a name in capitals that may be a dateline's town

INSIDE_TOWN_KM = 30.0  # a place written as inside a town and farther from it is another place

# A one-word name that only a town this small bears needs the document's own region to be
# that town, or the model's place label after a place preposition ("in Laconia"): "Congress"
# (Arizona), "Faith" (North Carolina), "Jack" (Alabama) are words and given names far more
# often than hamlets a report names without their state.
HAMLET_MAX_POPULATION = 20_000

NEARBY_KM = 150.0  # "near": the document names another place this close

# A town this small that shares its name with a person the document names in full is
# the person ("Obama said", "Mubarak's regime"): the model tags such surnames GPE.
SURNAME_TOWN_MAX_POPULATION = 500_000

# --- seats of state named without their town ------------------------------------------------

# The buildings of a country's government, named by what they are ("State House", "Parliament
# Buildings"): without a town in the text they stand in the country's capital.
NATIONAL_SEATS = frozenset(
    {
        "state house",
        "parliament buildings",
        "parliament house",
        "government house",
        "presidential palace",
        "presidential residence",
        "government palace",
        "national palace",
    }
)
# A town's own seat ("City Hall"): without a town in the text, the town the document is about.
TOWN_SEATS = frozenset({"city hall", "town hall", "county hall"})

# Nouns of a town's administrative parts written after their name ("North Okkalapa township",
# "Pirganj upazila"): such a unit the gazetteer does not know is a place all the same, placed
# at the town its sentence names (besides the gazetteer's SUBDIVISION_WORDS).
UNIT_NOUNS = frozenset({"township", "district", "suburb", "neighbourhood", "neighborhood"})
