"""Words more than one stage must read alike: what a text calls an organisation or a leader.

Why here: extraction (entities, quotes, events) and resolution (described speakers) both
interpret these words; one list keeps them from drifting apart, and resolution can read it
without importing spaCy.
"""

from __future__ import annotations

__all__ = [
    "AGE_LIMIT",
    "MINISTRY_SUBJECTS",
    "OFFICES",
    "ORG_DESCRIPTORS",
    "PICTURE_WORDS",
    "SITE_NOUNS",
    "STATE_BODIES",
    "STATE_BODY_NAMES",
    "STREET_NOUNS",
    "WIRE_NAMES",
]

# Head nouns that describe an organisation ("a military alliance", "the Islamist group"):
# what the text calls it in apposition here, and the definite description ("the ministry
# said") that quotes and events resolve to the organisation named before it.
ORG_DESCRIPTORS = frozenset(
    """alliance bloc organization organisation group movement party militia army force
    agency ministry department council committee union coalition faction front network
    company""".split()
)

# Offices a country's leader holds, as written before a name ("Kazakh President X",
# "British Prime Minister Y"); "leader" itself is what a text calls any of them.
OFFICES = {"president": "president", "premier": "prime minister", "chancellor": "chancellor"}

# Bodies of a state that news writes many ways ("the interior ministry", "the Ministry of
# Internal Affairs", "the Interior Ministry of Georgia"): each phrase, lower case, maps to
# one normal name, which the extractor writes "<Body> of <Country>" when the text names
# the country and resolution joins a bare "<Body>" to when the corpus has one such body.
# A "<subject> ministry" not listed here is normalised as "Ministry of <Subject>".
MINISTRY_SUBJECTS = {
    "interior": "Internal Affairs",
    "the interior": "Internal Affairs",
    "internal affairs": "Internal Affairs",
    "home affairs": "Internal Affairs",
    "home": "Internal Affairs",
    "defence": "Defence",
    "defense": "Defence",
    "foreign": "Foreign Affairs",
    "foreign affairs": "Foreign Affairs",
    "external affairs": "Foreign Affairs",
}
STATE_BODIES = {
    "army": "Armed Forces",
    "military": "Armed Forces",
    "armed forces": "Armed Forces",
    "parliament": "Parliament",
}
# Normal names of state bodies, for resolution (which may not import the extractor).
STATE_BODY_NAMES = frozenset(
    {*STATE_BODIES.values(), *(f"Ministry of {s}" for s in MINISTRY_SUBJECTS.values())}
)

# Head nouns of a named landmark inside a town, where crowds gather and buildings are
# stormed: "Republic Square", "Gezi Park", "Evin Prison", "Zamzam camp" ("Maidan
# Nezalezhnosti" has no head noun and is not one). A "<Name> City" the gazetteer does not
# know as a town is a district of one ("Sadr City", "Sports City"). Streets and roads are
# left out of a document's sites: local news names them by the dozen in addresses and
# traffic reports, where a town point adds nothing and a wrong town adds a false place.
SITE_NOUNS = frozenset(
    """square plaza park stadium arena palace hospital university mosque church cathedral
    basilica chapel temple synagogue shrine market bazaar port harbour harbor station base
    barracks prison jail embassy consulate tower hotel headquarters cosmodrome spaceport refinery
    camp checkpoint compound museum memorial monument secretariat airport airfield city
    intersection junction roundabout crossroads""".split()
)
# Lower-case heads after a proper name that make it a facility where detainees are held,
# the wounded taken or troops based ("Evin prison", "Kasra hospital", "the Vozara detention
# centre", "Barbadillo detention facility"): a site, placed at its town like the others
# (extract.entities.sites.place_sites). Common noun phrases of news English for such places.
FACILITY_HEADS = frozenset(
    {
        "hospital",
        "prison",
        "jail",
        "barracks",
        "detention centre",
        "detention center",
        "detention facility",
        "detention camp",
        "correctional centre",
        "correctional center",
        "correctional facility",
        "military camp",
        "military base",
        "air base",
        "airbase",
        "army base",
        "refugee camp",
        "police station",
        "toll gate",
        "toll plaza",
    }
)

# Streets, which a crisis corpus names where marches pass ("Rustaveli Avenue"): placed only
# at the town the whole corpus is about (sitrep.resolve.sites.place_in_main_town).
STREET_NOUNS = frozenset("avenue street boulevard road highway bridge".split())

# Verbs whose object is someone spoken to ("ElBaradei told Anderson that ..."): a one-word
# town name there is a person addressed, as in a broadcast transcript, not a place.
ADDRESS_VERBS = frozenset("tell ask thank interview urge remind assure".split())
# Lower-case words that make "the <words> <site noun>" a landmark of the state, named by
# what it is rather than by a proper name: "the presidential palace", "the defence ministry
# compound", "the army headquarters", "the parliament building" is not one (no site noun).
OFFICIAL_SITE_WORDS = frozenset(
    """presidential royal defence defense interior ministry army military police
    parliament government intelligence republican""".split()
)

# A person's age in years is below this: a number set off after a person ("Narine, 41,",
# "two brothers, 16 and 21") is read as an age, not a count, only under it. The events stage
# (a speaker's age) and the figures stage (an appositive age) read the same bound.
AGE_LIMIT = 120

# The words a picture's credit or caption source opens with (a regular expression
# alternation): the cleaner drops "Photo: AP/Jane Roe" lines and "... Video: Reuters" blurbs,
# and figure attribution reads "(Photo by Jane Roe/Getty Images)" as no source of a count.
PICTURE_WORDS = r"photo(?:graph)?|image|picture"

# The news agencies (a regular expression alternation, lower case): the cleaner reads their
# name alone on a line as the page's source ("Reuters", "The Associated Press"), in capitals
# after a story's last sentence as its sign-off ("... a day of mourning. REUTERS") and in
# brackets closing a caption as its credit ("[AFP]"); the dating reads the page's stamp that
# names one before the date ("Reuters 23 Jan, 2022").
WIRE_NAMES = (
    r"(?:the )?associated press|ap|reuters|afp|agence france[- ]presse|anadolu(?: agency)?|aa"
    r"|xinhua|tass|ria novosti|sputnik|efe|dpa|ani|pti|ians|upi|bernama|kyodo|yonhap|irna|apa|ena"
)
