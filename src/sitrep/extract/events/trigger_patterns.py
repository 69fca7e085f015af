"""The spaCy ``Matcher`` patterns that find a happening, by kind: reviewable data, no logic.
The words the patterns share (who armed men and security forces are, aircraft, artillery)
and what each kind maps to (``ACLED``) are in :mod:`sitrep.extract.event_triggers`."""

from __future__ import annotations

from sitrep.extract.event_triggers import (
    AIRCRAFT,
    ARTILLERY,
    NOUN_OR_VERB,
    SUMMONED,
    TARGETED,
    Pattern,
    _l,
    _w,
)

# What a state closes ("closed its airspace", "sealed the borders") and the verbs of closing
CLOSING = ("close", "shut", "seal")
CLOSABLE = (
    "airspace",
    "airport",
    "border",
    "frontier",
    "crossing",
    "bridge",
    "school",
    "university",
    "college",
    "mosque",
    "church",
    "embassy",
    "port",
    "seaport",
)

# kind -> patterns. A kind is a fine-grained trigger; KINDS maps it to sitrep's
# type and ACLED's (event type, sub-event type).
PATTERNS: dict[str, list[Pattern]] = {
    "suicide": [
        [
            _l("suicide"),
            _l("bomber", "bombing", "attack", "attacker", "vest", "car", "bomb", "blast"),
        ],
        [_l("blow", "blew"), _l("himself", "herself", "themselves"), _w("up")],
    ],
    "chemical": [
        [_l("chemical"), _l("weapon", "attack", "agent", "gas", "munition")],
        [_l("chlorine", "sarin", "mustard")],
        [_l("nerve"), _l("agent")],
        [_l("toxic", "poison", "poisonous"), _l("gas")],
    ],
    "sexual": [
        [_l("rape", "gang-rape", "molest")],
        [
            _l("sexual", "sexually"),
            _l("assault", "abuse", "violence", "assault", "harassment", "attack"),
        ],
    ],
    "airstrike": [
        [_l("airstrike", "airstrikes", "air-strike", *AIRCRAFT)],
        [_l("air", "aerial", "drone"), _l("strike", "raid", "attack", "bombardment", "bombing")],
        [_l("bomb", "bombard", "pound"), {"POS": "VERB"}],
    ],
    "grenade": [[_l("grenade")]],
    "shelling": [[_l("shelling", *ARTILLERY)]],
    "defuse": [
        [_l("defuse", "dismantle", "deactivate", "disarm", "neutralize", "neutralise")],
        [_l("bomb"), _l("disposal", "squad")],
        [
            _l("seize", "recover", "find", "discover", "confiscate", "unearth"),
            {"OP": "{0,4}"},
            _l(
                "weapon",
                "ammunition",
                "explosive",
                "ied",
                "cache",
                "arm",
                "bomb",
                "rifle",
                "mine",
                "grenade",
                "detonator",
            ),
        ],
    ],
    "explosive": [
        [_l("ied", "ieds", "landmine", "blast", "explosion", "explode", "detonate")],
        [
            _l("roadside", "car", "improvised", "explosive", "time", "remote"),
            _l("bomb", "device", "ied"),
        ],
        [_l("bomb"), _l("explode", "go", "blast", "detonate", "attack")],
    ],
    "abduct": [
        [_l("abduct", "kidnap", "abduction", "kidnapping", "hostage")],
        [_l("forcibly", "forced"), _l("disappear", "disappearance")],
    ],
    "regain": [
        [_l("recapture", "retake", "regain", "liberate", "reclaim")],
        [_l("take"), _w("back")],
    ],
    "overtake": [
        [_l("capture", "seize", "overrun", "occupy", "conquer")],
        [_l("take"), {"OP": "?"}, _l("control", "over")],
        # a place that "fell to" a force ("Goma has fallen to the M23", "the base fell to
        # the rebels"): guards keep it only with a place as what fell
        [{"LEMMA": "fall", "POS": "VERB"}, _w("to")],
    ],
    "handover": [[_l("hand", "cede", "surrender"), {"OP": "?"}, _w("over")], [_l("handover")]],
    "base": [
        [
            _l("establish", "set", "build", "open", "erect"),
            {"OP": "{0,3}"},
            _l("base", "headquarters", "outpost", "checkpoint", "camp", "position", "office"),
        ]
    ],
    # people set free: "those arrested two days ago were released today" (classify keeps
    # it only when who is freed was held: detainees, prisoners, hostages)
    "release": [[{"LEMMA": {"IN": ["release", "free"]}, "POS": "VERB"}]],
    "agreement": [
        [_l("agreement", "ceasefire", "cease-fire", "truce", "treaty", "deal", "armistice")],
        [{"LOWER": {"IN": ["accord", "accords"]}, "POS": "NOUN"}],
        [_l("prisoner", "hostage"), _l("exchange", "swap", "release")],
        [_l("release"), {"OP": "{0,3}"}, _l("prisoner", "detainee", "hostage")],
    ],
    "group_change": [
        [_l("defect", "merge", "split", "join", "rename", "disband", "dissolve")],
        [_l("pledge", "swear"), _l("allegiance")],
    ],
    "mob": [[_l("mob", "lynch", "vigilante", "lynching")]],
    "loot": [
        [
            _l(
                "loot",
                "vandalize",
                "vandalise",
                "ransack",
                "plunder",
                "raze",
                "demolish",
                "smash",
                "looting",
                "vandalism",
            )
        ],
        [
            _l("destroy", "damage"),
            {"OP": "{0,4}"},
            _l(
                "house",
                "home",
                "property",
                "shop",
                "store",
                "business",
                "vehicle",
                "car",
                "building",
                "office",
                "school",
                "mosque",
                "church",
                "temple",
                "atm",
            ),
        ],
    ],
    "arson": [
        [_l("torch", "arson", "ablaze", "firebomb", "burn", "burned-out", "burnt", "incinerate")],
        [_l("set", "put"), {"OP": "{0,6}"}, _l("fire", "ablaze", "alight")],
        [_l("set"), _w("on"), _l("fire")],
    ],
    # A government taken by force: "soldiers declared a coup", "the army seized power",
    # "the junta that overthrew the president", "a military takeover"
    "coup": [
        [_l("coup", "putsch")],
        [_l("seize", "take", "grab", "assume", "usurp"), {"OP": "?"}, _l("power")],
        [_l("overthrow")],
        [_l("military", "army"), _l("takeover")],
    ],
    # Strategic developments that are neither violence nor a decision of state.
    "topple": [
        [
            _l("topple", "tear", "pull", "bring", "knock", "deface", "behead"),
            {"OP": "{0,4}"},
            _l("statue", "monument", "bust", "memorial", "portrait", "effigy"),
        ]
    ],
    # a search by force: "police raided the offices of the main opposition party"
    "raid": [[{"LEMMA": {"IN": ["raid"]}, "POS": "VERB"}]],
    "alarm": [
        [_l("activate", "sound", "trigger", "set"), {"OP": "{0,4}"}, _l("alarm", "siren")],
        [_l("alarm", "siren"), _l("sound", "wail", "blare", "ring", "go")],
    ],
    "suspend": [
        [
            _l("suspend", "halt", "freeze", "close", "shut"),
            {"OP": "{0,4}"},
            _l(
                "bank",
                "institution",
                "flight",
                "airport",
                "border",
                "trading",
                "exchange",
                "school",
                "university",
                "railway",
                "train",
                "port",
                "operation",
                "service",
                # evt2: a state that stops paying ("suspending payments on its debt")
                "payment",
                "repayment",
                # a bloc that suspends a member ("to suspend the participation of X")
                "participation",
                "membership",
            ),
        ]
    ],
    "control": [[_w("in"), {"POS": "ADJ", "OP": "?"}, _l("control"), _w("of")]],
    "demand": [
        [
            _l("put", "issue", "present", "table", "make", "voice", "list"),
            {"OP": "{0,5}"},
            _l("demand", "grievance"),
        ],
        [_l("broaden", "widen", "expand"), {"OP": "{0,3}"}, _l("include", "demand", "grievance")],
    ],
    "protest": [
        [
            {
                "LEMMA": {
                    "IN": [
                        "protest",
                        "rally",
                        "demonstration",
                        "demonstrate",
                        "sit-in",
                        "picket",
                        "uprising",
                        "revolt",
                        "unrest",
                        "walkout",
                        "strike",
                        "march",
                        "vigil",
                        "boycott",
                        "protester",
                        "protestor",
                        "demonstrator",
                    ]
                },
                **NOUN_OR_VERB,
            }
        ],
        [_l("take"), _w("to"), _w("the"), _w("streets", "street")],
        # evt2: crowds in the streets, in anger or in joy ("thousands poured into the
        # streets to celebrate the takeover", "crowds celebrated in the streets")
        [_l("pour", "flood", "spill", "throng"), _w("into", "onto"), _w("the"), _w("streets")],
        [_l("celebrate", "rejoice", "dance"), _w("in", "on"), _w("the"), _w("streets")],
        [_l("hunger", "general"), _l("strike")],
        # a crowd broken up is a gathering, whatever the report calls it: "police used
        # tear gas to disperse crowds", "troops broke up a gathering"
        [
            _l("disperse", "scatter"),
            {"OP": "{0,3}"},
            _l("crowd", "gathering", "crowds", "protester", "demonstrator", "supporter", "them"),
        ],
        # a road blocked by those who protest: "truck drivers blocked the main highway",
        # "farmers blockaded the border crossing" (not by troops: guards._reports)
        [
            _l("block", "blockade", "barricade"),
            {"OP": "{0,3}"},
            _l(
                "road",
                "highway",
                "street",
                "bridge",
                "motorway",
                "route",
                "junction",
                "crossing",
                "railway",
                "intersection",
            ),
        ],
        # people who gather to make a demand: "hundreds of supporters gathered in the
        # capital to demand his release"
        [
            _l("gather", "assemble", "converge", "mass"),
            {"OP": "{0,8}"},
            _w("to"),
            _l("demand", "protest", "denounce", "condemn", "oppose", "voice", "express", "call"),
        ],
        [_l("break"), _w("up"), {"OP": "{0,3}"}, _l("crowd", "gathering")],
    ],
    "riot": [
        [_l("riot", "rioter", "rioting", "rampage", "storm", "stone-pelting")],
        [
            _l("throw", "hurl", "pelt"),
            {"OP": "{0,3}"},
            _l("stone", "rock", "brick", "bottle", "molotov", "petrol", "firecracker"),
        ],
    ],
    "clash": [
        [
            _l(
                "clash",
                "fight",
                "fighting",
                "battle",
                "skirmish",
                "gunfight",
                "firefight",
                "shootout",
                "ambush",
                "gunfire",
                "crossfire",
                "hostility",
                "combat",
            )
        ],
        [_l("exchange"), {"OP": "?"}, _l("fire", "gunfire", "shot")],
        # evt2: an offensive launched ("Azerbaijan launched an offensive", "mounted an
        # assault on the town"); not "since the offensive began" (a time named by it)
        [
            _l("launch", "mount"),
            {"OP": "{0,3}"},
            _l("offensive", "assault", "incursion", "invasion"),
        ],
        # a war's outbreak told later with its day: "since the conflict broke out on
        # Saturday" is the first day's fighting
        [_l("conflict", "war"), _l("break", "erupt"), {"OP": "?"}, _w("on")],
        # fighting heard by witnesses: "witnesses continued to hear machine guns"
        [_l("hear"), {"OP": "{0,3}"}, _l("gun", "gunshot", "artillery", "shelling")],
    ],
    # force used on a crowd: "riot police used tear gas and water cannons on the crowd"
    "crowd_control": [
        [_l("teargas")],
        [_l("tear"), _l("gas")],
        [_l("water"), _l("cannon")],
        [_l("rubber"), _l("bullet")],
        [_l("pepper"), _l("spray")],
    ],
    "killing": [
        [
            _l(
                "kill",
                "murder",
                "massacre",
                "assassinate",
                "behead",
                "execute",
                "slay",
                "stab",
                "shoot",
                "lynch",
                "slaughter",
                "killing",
                "murder",
            )
        ],
        [_l("open"), _l("fire")],
        # "gunmen fired rifles at protesters", "soldiers shot into the crowd"
        [_l("fire", "shoot"), {"OP": "{0,3}"}, _w("at", "into"), {"OP": "{0,3}"}, _l(*TARGETED)],
        [_l("die")],
    ],
    "injure": [[_l("injure", "wound", "beat", "assault", "attack", "torture")]],
    "arrest": [
        [_l("arrest", "detain", "detention", "apprehend", "imprison", "jail", "detainee")],
        [_l("take"), _w("into"), _l("custody")],
        [_l("round"), _w("up")],
    ],
    # charged or indicted ("the officer was charged with voluntary homicide"): a step of
    # the courts, no arrest (ACLED codes arrests, not charges); a baton charge is none, so
    # "with"/"over" must follow
    "charge": [[_l("charge", "indict"), _w("with", "over")]],
    # the funeral of someone the crisis killed: a happening of its own, where mourners
    # gather ("several hundred people attended Nahel's funeral")
    "funeral": [[_l("funeral", "burial")]],
    # a person of note leaving the country in the crisis, or arriving abroad ("the president
    # fled to the Maldives", "Rajapaksa left the air base", "Hasina landed at Hindon Air
    # Base", "arrived in Singapore on a flight from Male"): a happening of its own, typed
    # "other"; only when a named person goes (sayings._person_goes), not refugees, troops
    # or aid
    "flight": [
        [{"LEMMA": {"IN": ["flee", "escape", "leave"]}, "POS": "VERB"}],
        [{"LEMMA": "fly", "POS": "VERB"}, _w("to", "out")],
        [{"LEMMA": {"IN": ["arrive", "land"]}, "POS": "VERB"}, _w("in", "at")],
    ],
    # evt2 (session 10, round 2): happenings of a crisis that are neither violence nor a
    # decision of state, typed "other" (classify): a debt default ("the country defaulted on
    # its foreign debt", "was in default"); buildings that collapse and survivors brought
    # out alive after a disaster (guards._reports asks for a building)
    "default": [[_l("default"), _w("on")], [_w("in"), _w("default")]],
    "collapse": [[{"LEMMA": "collapse", "POS": "VERB"}]],
    "rescue": [
        [_l("pull", "bring", "dig", "rescue", "free"), {"OP": "{0,4}"}, _w("alive")],
    ],
    # a natural hazard that strikes: "a magnitude 7.8 earthquake struck at 4:17 a.m.",
    # "floods hit the north" (a noun only as the subject of a striking verb, so "stormed the
    # palace" or "a storm of protest" is no hazard: kinds._hazard_strikes)
    "hazard": [
        [
            _l(
                "earthquake",
                "quake",
                "tremor",
                "aftershock",
                "tsunami",
                "hurricane",
                "typhoon",
                "cyclone",
                "tornado",
                "landslide",
                "mudslide",
                "avalanche",
                "eruption",
                "flood",
                "flooding",
                "storm",
                "wildfire",
                "dam",
                "levee",
                "dyke",
                "dike",
            )
        ],
        # a storm by its name, which the tagger takes for a proper noun: "Hurricane Ian",
        # "Tropical Storm Ana", "Cyclone Freddy"
        [_w("hurricane", "typhoon", "cyclone", "storm")],
    ],
    # evother (session 17): the strategic developments of a crisis, each typed "other" with
    # a sub-event type of its own (guards in :mod:`.developments`, words in vocabulary)
    # a period of mourning declared: "declared three days of national mourning"
    "mourning": [[_w("mourning")]],
    # a court's step: "the court ordered him held", "appeared in court", "was sentenced"
    "court": [
        [
            {
                "LOWER": {"IN": ["court", "judge", "tribunal", "magistrate"]},
                "POS": {"IN": ["NOUN", "PROPN"]},
            }
        ],
        [{"LEMMA": {"IN": ["sentence", "convict", "acquit", "remand"]}, "POS": "VERB"}],
    ],
    # an inquiry opened: "prosecutors opened an investigation", "a probe was launched"
    "inquiry": [
        [
            _l("open", "launch", "start", "begin", "initiate", "order"),
            {"OP": "{0,4}"},
            _l("investigation", "inquiry", "probe"),
        ],
        [
            _l("investigation", "inquiry", "probe"),
            {"OP": "{0,4}"},
            _l("open", "launch", "start", "begin", "initiate", "order"),
        ],
    ],
    # what a state closes: "closed its airspace", "sealed the borders", "the airport was
    # closed", "schools remained shut"
    "closure": [
        [_l(*CLOSING), {"OP": "{0,4}"}, _l(*CLOSABLE)],
        [_l(*CLOSABLE), {"OP": "{0,5}"}, _l(*CLOSING)],
        # a town or a site shut: "Christchurch was placed under lockdown"
        [{"LEMMA": "lockdown", "POS": "NOUN"}],
    ],
    # sanctions imposed, a member state suspended by its bloc: "imposed sanctions on the
    # junta", "ECOWAS suspended Burkina Faso from all its bodies"
    "sanction": [
        [
            _l("impose", "slap", "announce", "adopt", "levy", "approve", "extend"),
            {"OP": "{0,4}"},
            _l("sanction"),
        ],
        [{"LEMMA": {"IN": ["sanction", "suspend"]}, "POS": "VERB"}],
    ],
    # a legislature's vote, an election held: "parliament passed the bill", "MPs voted on
    # the law", "the presidential election was held on Sunday"
    "vote": [
        [
            _l("pass", "approve", "adopt", "endorse", "reject"),
            {"OP": "{0,4}"},
            _l("bill", "law", "legislation", "amendment", "budget", "motion", "resolution"),
        ],
        [{"LEMMA": "vote", "POS": "VERB"}],
        [
            _l("election", "referendum", "runoff", "poll"),
            {"OP": "{0,3}"},
            _l("hold", "take"),
        ],
    ],
    # a meeting of a state body or a bloc: "ECOWAS held an extraordinary summit", "the UN
    # Human Rights Council convened a special session"
    "meeting": [
        [
            _l("hold", "convene", "chair", "host", "call"),
            {"OP": "{0,5}"},
            _l("summit", "session", "meeting", "talks"),
        ],
        [_l("summit", "session", "meeting", "talks"), {"OP": "{0,3}"}, _l("convene", "hold")],
    ],
    # people in numbers fleeing: "thousands fled their homes", "residents fled into the
    # forest" (a named person's flight abroad is the "flight" kind)
    "displacement": [
        [{"LEMMA": {"IN": ["flee", "escape"]}, "POS": "VERB"}],
        [{"LEMMA": "displace", "POS": "VERB"}],
    ],
    "deployment": [
        [_l("deploy", "deployment", "redeploy", "dispatch", "reinforcement", "airlift")],
        # summoning the army is deploying it: "called in the army", "summoned troops",
        # "the military has been ordered to restore order"
        [_l("call"), _w("in", "out"), {"OP": "{0,2}"}, _l(*SUMMONED)],
        [_l("summon"), {"OP": "{0,2}"}, _l(*SUMMONED)],
        [_l(*SUMMONED), {"OP": "{0,3}"}, _l("call", "summon"), _w("in", "out")],  # "was called in"
        [_l(*SUMMONED), {"OP": "{0,2}"}, _l("order"), _w("to")],
        [
            _l("send", "transfer", "push", "fly", "move", "station", "bring"),
            {"OP": "{0,4}"},
            _l(
                "troop",
                "soldier",
                "force",
                "peacekeeper",
                "paratrooper",
                "unit",
                "army",
                "contingent",
                "police",
            ),
        ],
        [
            _l("troop", "soldier", "force", "peacekeeper", "paratrooper", "contingent"),
            {"OP": "{0,4}"},
            _l(
                "arrive",
                "land",
                "enter",
                "reach",
                "pour",
                "roll",
                "fly",
                "send",
                "deploy",
                "transfer",
                "dispatch",
                "airlift",
                "patrol",  # "soldiers patrolled the city centre"
            ),
        ],
        # "soldiers have taken up positions outside City Hall"
        [
            _l("troop", "soldier", "force", "paratrooper", "contingent"),
            {"OP": "{0,4}"},
            _l("take"),
            _w("up"),
            {"OP": "?"},
            _l("position"),
        ],
    ],
    "withdrawal": [
        [_l("withdraw", "withdrawal", "retreat", "evacuate", "pullout")],
        # evother: an evacuation told by its noun ("initiated the evacuation of
        # non-essential personnel from Goma"): of civilians, "other" (classify)
        [{"LEMMA": "evacuation", "POS": "NOUN"}],
        [_l("pull"), _w("out", "back")],
    ],
    "emergency": [
        [_l("state"), _w("of"), _l("emergency", "siege")],
        [_l("martial"), _l("law")],
        [_l("curfew")],
        [_l("emergency"), _l("rule", "decree", "law")],
        # an emergency declared without "state of" ("Turkey declares emergency in 10
        # provinces", "declared a national emergency"); not an emergency meeting or session
        [_l("declare", "impose"), {"OP": "{0,3}"}, {"LEMMA": "emergency", "DEP": "dobj"}],
    ],
    "dismissal": [
        [
            _l(
                "sack",
                "dismiss",
                "fire",
                "oust",
                "remove",
                "replace",
                "relieve",
                "appoint",
                "name",
                "nominate",
                "depose",
                "resign",
                "resignation",
                "dismissal",
                "unseat",
            )
        ],
        [_l("step"), _w("down")],
        # taking office: "X was sworn in as president", "his swearing-in"
        [_l("swear"), _w("in")],
        # evt2: chosen for an office by a vote ("parliament chose Wickremesinghe as
        # president", "was elected as prime minister")
        [
            _l("elect", "choose", "select"),
            {"OP": "{0,4}"},
            _w("as"),
            {"OP": "?"},
            _l("president", "prime", "premier", "chancellor", "speaker", "leader"),
        ],
    ],
    "internet": [
        [
            _l(
                "internet",
                "web",
                "telecommunication",
                "telecommunications",
                "communication",
                "communications",
                "connectivity",
                "broadband",
                "telephone",
                "phone",
                "mobile",
                "whatsapp",
                "facebook",
                "twitter",
                "telegram",
                "messaging",
            )
        ],
        [_l("social"), _l("medium", "media")],
        # platforms by name, as the text capitalises them ("restricted access to Instagram")
        [_w("whatsapp", "instagram", "youtube", "tiktok", "facebook", "twitter", "telegram")],
    ],
    "price": [[_l("price", "cost", "tariff", "fare", "subsidy", "tax")]],
    "statement": [
        [
            {
                "LEMMA": {
                    "IN": [
                        "say",
                        "announce",
                        "declare",
                        "state",
                        "urge",
                        "appeal",
                        "condemn",
                        "warn",
                        "blame",
                        "invite",
                        "ask",
                        "claim",
                        "accuse",
                        "call",
                        "vow",
                        "pledge",
                        "promise",
                        "deny",
                        "insist",
                        "tell",
                        "authorize",
                        "authorise",
                        "order",
                        "threaten",
                        "disclose",
                        # evt2: a charge made in public ("had denounced fraud")
                        "denounce",
                        # a count made public ("the government counted 100,417
                        # arrivals", "the agency had confirmed 31,643 deaths")
                        "count",
                        "record",
                        "confirm",
                    ]
                },
                "POS": "VERB",
            }
        ],
        [_l("statement", "invitation", "appeal", "ultimatum", "announcement")],
        # a speech given ("Mubarak's speech Thursday", "in a televised address, the
        # president said"): a statement when a public speaker gives it (sayings._gives_speech)
        [{"LEMMA": {"IN": ["speech", "address"]}, "POS": "NOUN"}],
        # an authorisation: "the leader allowed the military and police to shoot at
        # protesters" (who allows must be a named or official speaker, as for "say")
        [{"LEMMA": {"IN": ["allow", "permit"]}, "POS": "VERB"}, {"OP": "{1,4}"}, _w("to")],
        # evt2: an offer made ("the UN and the Church offered on Wednesday to mediate")
        [{"LEMMA": "offer", "POS": "VERB"}, {"OP": "{0,3}"}, _w("to"), {"POS": "VERB"}],
    ],
}
