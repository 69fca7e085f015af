"""Trigger vocabularies for event extraction, as data: the words and spaCy ``Matcher``
patterns' shared words (the patterns themselves, kind -> patterns, are in
:mod:`sitrep.extract.events.trigger_patterns`), the ACLED (event type,
sub-event type) each kind maps to (``ACLED``), and the word lists the typing rules of
:mod:`sitrep.extract.events` read (who the security forces, civil groups and armed
actors are; what intervention, lethal force and protester violence are; which reading
wins when a sentence holds several). Review and extend them here, not in the rules.
"""

from __future__ import annotations

Pattern = list[dict[str, object]]


def _l(*lemmas: str) -> dict[str, object]:
    return {"LEMMA": {"IN": list(lemmas)}}


def _w(*words: str) -> dict[str, object]:
    return {"LOWER": {"IN": list(words)}}


NOUN_OR_VERB = {"POS": {"IN": ["NOUN", "VERB"]}}
ARMED = (
    "troop",
    "soldier",
    "force",
    "army",
    "military",
    "militant",
    "rebel",
    "insurgent",
    "gunman",
    "fighter",
    "militia",
    "jihadist",
    "paratrooper",
    "peacekeeper",
    "police",
    "policeman",
    "unit",
    "contingent",
    "terrorist",
    "commando",
    "guard",
)
NON_STATE = (
    "militant",
    "rebel",
    "insurgent",
    "jihadist",
    "fighter",
    "militia",
    "terrorist",
    "isis",
    "taliban",
    "group",
    "gunman",
    "separatist",
    "shabaab",
    "maoist",
)
GOV_FORCES = ("army", "troop", "soldier", "government", "military", "force", "regime", "police")

# Forces a government summons or orders out ("called in the army"): a deployment.
# People fired at: "fired at protesters", "shot into the crowd".
TARGETED = ("protester", "demonstrator", "crowd", "civilian", "people", "resident", "student")
SUMMONED = ("army", "military", "troop", "soldier", "guard", "paratrooper")
# The weapons and aircraft whose names trigger an air or artillery attack (when they strike:
# see _strikes).
AIRCRAFT = ("warplane", "airplane", "bomber", "drone", "jet", "helicopter", "gunship", "aircraft")
ARTILLERY = ("shell", "artillery", "mortar", "rocket", "missile", "howitzer", "katyusha", "grad")

# ACLED sub-event types by kind, and sitrep's type.
ACLED: dict[str, tuple[str, str]] = {
    "peaceful": ("Protests", "Peaceful protest"),
    "intervention": ("Protests", "Protest with intervention"),
    "excessive": ("Protests", "Excessive force against protesters"),
    "violent_demo": ("Riots", "Violent demonstration"),
    "mob": ("Riots", "Mob violence"),
    "armed_clash": ("Battles", "Armed clash"),
    "regain": ("Battles", "Government regains territory"),
    "overtake": ("Battles", "Non-state actor overtakes territory"),
    "attack": ("Violence against civilians", "Attack"),
    "sexual": ("Violence against civilians", "Sexual violence"),
    "abduct": ("Violence against civilians", "Abduction/forced disappearance"),
    "airstrike": ("Explosions/Remote violence", "Air/drone strike"),
    "shelling": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "grenade": ("Explosions/Remote violence", "Grenade"),
    "suicide": ("Explosions/Remote violence", "Suicide bomb"),
    "explosive": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "chemical": ("Explosions/Remote violence", "Chemical weapon"),
    "arrest": ("Strategic developments", "Arrests"),
    "group_change": ("Strategic developments", "Change to group/activity"),
    "loot": ("Strategic developments", "Looting/property destruction"),
    "base": ("Strategic developments", "Headquarters or base established"),
    "agreement": ("Strategic developments", "Agreement"),
    "defuse": ("Strategic developments", "Disrupted weapons use"),
    "handover": ("Strategic developments", "Non-violent transfer of territory"),
    # a natural hazard striking (a quake, a flood, a storm): no ACLED event, kept under its
    # catch-all event type so tools built for ACLED's types still read it, its sub-event
    # type saying what it is
    "disaster": ("Strategic developments", "Natural disaster"),
    # evother (session 17): strategic developments ACLED codes "Other", each named by a
    # sub-event type of its own so that two told for one day and place stay two events
    # (the report names an "other" event by it)
    "mourning": ("Strategic developments", "Day of mourning"),
    "court": ("Strategic developments", "Court proceedings"),
    "inquiry": ("Strategic developments", "Investigation"),
    "closure": ("Strategic developments", "Closure"),
    "sanction": ("Strategic developments", "Sanctions"),
    "vote": ("Strategic developments", "Vote"),
    "meeting": ("Strategic developments", "Meeting"),
    "displacement": ("Strategic developments", "Displacement"),
    "other": ("Strategic developments", "Other"),
}

SECURITY = (
    "police",
    "policeman",
    "officer",
    "security",
    "troop",
    "soldier",
    "army",
    "military",
    "force",
    "guard",
    "authority",
    "regime",
    "gendarme",
    "paratrooper",
)
CIVIL_GROUPS = (
    "supporter",
    "activist",
    "faction",
    "student",
    "villager",
    "worker",
    "member",
    "follower",
    "cadre",
    "party",
    "resident",
    "youth",
    "group",
    "crowd",
    "mob",
    "local",
)
INTERVENTION = (
    "disperse",
    "tear",
    "teargas",
    "baton",
    "cannon",
    "rubber",
    "charge",
    "arrest",
    "detain",
    "stun",
    "pepper",
    "break",
    "crackdown",
    "prevent",
    "block",
    "scuffle",
    "push",
)
PROTESTER_VIOLENCE = (
    "stone",
    "vandalize",
    "vandalise",
    "torch",
    "burn",
    "clash",
    "riot",
    "storm",
    "loot",
    "smash",
    "throw",
    "molotov",
    "damage",
    "attack",
    "violent",
    "pelt",
    "brick",
    "ransack",
)
HAPPENING_PRIORITY = (
    "suicide",
    "chemical",
    "sexual",
    "airstrike",
    "grenade",
    "shelling",
    "defuse",
    "explosive",
    "abduct",
    "excessive",
    "intervention",
    "violent_demo",
    "mob",
    "regain",
    "overtake",
    "handover",
    "agreement",
    "base",
    "armed_clash",
    "attack",
    "arrest",
    "loot",
    "group_change",
    "peaceful",
    "disaster",
    "mourning",
    "court",
    "inquiry",
    "sanction",
    "closure",
    "vote",
    "meeting",
    "displacement",
    "other",
)
