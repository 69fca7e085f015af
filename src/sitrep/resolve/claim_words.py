"""Cues that tell a running total from an incident count, read on a figure's sentence.

An analyst quotes the running total ("the death toll has risen to more than 300", "at least
3,500 killed since March") as the crisis's figure, and an incident count ("17 killed on
Saturday", "two died in the blast") as one day's or one attack's share of it. The cues follow
wire style (AP, Reuters: "toll", "so far", "since", "bringing the total to") and ACLED's
distinction between event-level fatalities and cumulative totals. Kept apart from
:mod:`sitrep.resolve.claim_cues` and :mod:`sitrep.resolve.claim_figures`, which read them,
so they can be reviewed and extended without reading those.
"""

from __future__ import annotations

import re

from sitrep.extract.figures.magnitudes import MAGNITUDE_GROUP
from sitrep.extract.figures.votes import VOTES_AGAINST, VOTES_FOR

# Measures that count the people present at one moment (a crowd): they grow and shrink within
# a day, so counts of different days (or of the night and the next dawn's remnant) are a
# series, never one count revised; only counts of the same day can disagree.
CROWD_MEASURES = frozenset({"protesters"})
# People driven from their homes, in the words reports use for them ("300,000 people
# displaced", "left thousands homeless", "fled their homes", "forced from their homes"):
# one count, whichever the article uses (not refugees, who crossed a border, nor those
# evacuated, who were moved).
DRIVEN_OUT = re.compile(
    r"\b(?:displaced|homeless|(?:fled|lost|left|forced\s+(?:out\s+of|from))\s+(?:their\s+)?homes)\b",
    re.I,
)
# Groups of measure "other" that size one happening, not a running total: a quake's
# magnitude, a legislature's vote count. Two days' values are two happenings' (a series);
# only one day's disagree.
ONE_EVENT_GROUPS = frozenset({MAGNITUDE_GROUP, VOTES_FOR, VOTES_AGAINST})

_WEEKDAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# A running total: the toll, the total, a count since a start, a count that rose to, or a
# count as it stood by a time ("by Monday evening AFAD had confirmed 31,643 deaths").
TOTAL_CUES = re.compile(
    rf"\bby\s+(?:(?:late|early)\s+)?(?:{_WEEKDAYS}(?:'s)?(?:\s+(?:morning|afternoon|evening|"
    r"night))?|(?:this|that|the)\s+(?:morning|afternoon|evening|night|end\s+of)|midday|noon|"
    r"midnight|nightfall|dawn|\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m)|"
    r"\b(?:(?:death|casualty|injury|arrest)\s+tolls?|tolls?|totals?(?:ling|ed)?|in\s+total|in\s+all|"
    r"so\s+far|to\s+date|overall|cumulative(?:ly)?|since|tally|thus\s+far|until\s+now|"
    r"bring(?:s|ing)?\s+(?:the\s+)?(?:\w+\s+)?(?:toll|total|number)|brought\s+the|"
    r"(?:rose|risen|rises|rising|climbed|climbs|jumped|increased|mounted|swelled|reached|"
    r"surpassed|passed|topped|exceeded|stands|stood)\s+(?:to|at|past|above)?)\b",
    re.I,
)
# An incident count: one day's or one attack's figure ("on Saturday", "overnight", "in a blast").
INCIDENT_CUES = re.compile(
    rf"\b(?:(?:on|late|early|last)\s+{_WEEKDAYS}|{_WEEKDAYS}(?:'s)?\s+(?:night|morning|evening)|"
    rf"^\s*{_WEEKDAYS}(?=\s*,)|"  # a sentence opening on its day: "Friday, seven were killed"
    r"overnight|yesterday|last\s+night|this\s+morning|in\s+a\s+single\s+day|"
    # one period's count: "2,300 refugees crossed in 48 hours", "in the past 24 hours"
    r"(?:in|within|over)\s+(?:the\s+(?:past|last)\s+)?(?:\d+|a\s+few|two|three)\s+hours|"
    r"in\s+(?:a|an|the|one|\w+'s)\s+(?:[\w-]+\s+){0,2}(?:attack|blast|explosion|bombing|ambush|raid|strike|"
    r"shooting|crash|stampede|incident|clash|skirmish|firefight|gunfight|gun\s*battle|assault|"
    r"shelling))\b",
    re.I,
)
# One fight's count: "four rebels had been killed in the fighting and at least 20 were
# wounded", "died in the battle for the port". A fight may last weeks, so it is one only when
# told in the narrative past: a perfect between the number and the cue sums the fighting so
# far ("fewer than 2,000 service men and women have lost their lives in the fighting").
FIGHT_CUES = re.compile(
    r"\b(?:in|during)\s+(?:(?:a|the|this|that|one)\s+)?(?:[a-z]+\s+)?(?:fighting|battle)\b", re.I
)
# A count in a participle clause after a happening is that happening's: "a bakery had been
# hit by a shell, killing about 12 people and injuring at least 20", "a car bomb exploded,
# wounding three". It marks an incident only when no running total's cue is in the
# sentence ("the crackdown went on, killing 3,000 since March").
PARTICIPLE_CUES = re.compile(r"[,;]\s+(?:killing|injuring|wounding|leaving)\b", re.I)
PERFECT = re.compile(r"\b(?:have|has|'ve|'s\s+been)\b", re.I)

# A weekday that dates the statement, not the count: "disclosed on Sunday that 147 people
# were killed", "the students on Saturday shared a list of 266 killed", "police said on
# Monday". The words are the reporting verbs of wire copy; the weekday sits between the verb
# and its clause or right before the verb. Such a cue is no incident cue.
STATEMENT_VERBS = (
    r"(?:said|says|told|tells|announced|announces|disclosed|discloses|reported|reports|"
    r"stated|states|confirmed|confirms|revealed|reveals|shared|shares|released|releases|"
    r"published|publishes|issued|issues|updated|updates|gave|gives|put|puts|raised|raises)"
)
STATEMENT_BEFORE = re.compile(rf"\b{STATEMENT_VERBS}\s+$", re.I)  # "disclosed |on Sunday|"
STATEMENT_AFTER = re.compile(rf"^\s*(?:that\b|{STATEMENT_VERBS}\b)", re.I)  # "|on Sunday| shared"

# An increment: the count added since the last report ("26 more fighters have been killed
# ..., bringing their death toll to 84", "another 15 are wounded", "a further 20 were
# arrested"), one period's count, a part of the total, whatever total its sentence brings.
INCREMENT_BEFORE = re.compile(r"\b(?:another|an\s+additional|a\s+further)\s+$", re.I)
INCREMENT_AFTER = re.compile(r"\s+more\b", re.I)  # matched right after the number

# A part its own sentence counts inside a larger count: "killing dozens, including 12 U.S.
# service members", "among them 12 marines" (the words right before the number, a qualifier
# between), "120 cars, 33 of them police vehicles" (right after it). The sentence explains
# how it differs from the larger count; it is compared with no other figure.
INCLUDED_BEFORE = re.compile(
    r"\b(?:(?:including|included|incl\.|among\s+(?:them|whom|those|the\s+dead|the\s+victims))\s+"
    # the last of a list the cue opens: "among them students, lawyers, artists and at least
    # 40 journalists", "including a nurse, two doctors and 12 patients" (items of a few
    # words, none a verb of the clause: "including a child, were killed and 120 wounded")
    r"(?:(?:(?!(?:was|were|is|are|has|have|had|been|be)\b)[\w'-]+\s*){1,4},\s*)*"
    r"(?:(?:(?!(?:was|were|is|are|has|have|had|been|be)\b)[\w'-]+\s*){1,4},?\s+and\s+)?"
    # "of whom"/"of them" opens no list: it names the part right after it ("of whom 12
    # were children"); after a count it is that count's part ("44 injured, nine of them
    # seriously, and 283 detained": the 283 are no part of the 44)
    r"|of\s+(?:whom|them)\s+)"
    r"(?:(?:at\s+least|some|about|around|approximately|more\s+than|"
    r"over|nearly|almost)\s+)?$",
    re.I,
)
INCLUDED_AFTER = re.compile(
    r"^(?:\s+[\w-]+){0,3}?\s+of\s+(?:them|whom)\b"
    # "at least 120 of the 5,000 people injured are in critical condition", "12 of the
    # wounded", "three of those arrested": a part of the count named after it
    r"|^\s+of\s+(?:the|its|their|those)\s+(?:(?:some|about|around|nearly|over|more\s+than)\s+)?"
    r"(?:\d[\d,.]*\b|(?:[\w-]+\s+){0,2}(?:dead|injured|wounded|killed|victims|casualties|"
    r"hurt|detained|arrested|detainees|missing)\b)",
    re.I,
)

# Measures that count a stage within their family (the treated among the injured): narrower
# than the family's own measure. The family's other measures are synonyms ("arrested" and
# "detained" are one count in news use), compared as the same scope.
STAGE_MEASURES = frozenset({"treated"})

# A count one medical facility gives of its own patients or bodies ("Dr. X at the Y Clinic
# said 60 were injured", "an official at Z Hospital: we've got seven dead here", "hospital
# officials said"): a stage of its measure, like "treated", never the place's toll, since
# the wounded of a city reach many wards. Only the source names the facility: "60 injured
# were taken to hospital" is no facility's count.
_FACILITY = r"(?:hospital|clinic|infirmary|morgue|mortuary|medical\s+(?:centre|center|complex))s?"
_STAFF = (
    r"(?:dr\.?|doctors?|physicians?|surgeons?|nurses?|medics?|officials?|staff|directors?|"
    r"heads?|spokes(?:man|woman|person))"
)
FACILITY_SOURCE = re.compile(
    rf"\b{_STAFF}\s+(?:[\w'-]+\s+|,\s*){{0,5}}(?:at|of|from)\s+(?:the\s+|a\s+)?"
    rf"(?:[\w'-]+\s+){{0,4}}{_FACILITY}\b"
    rf"|\b{_FACILITY}\s+(?:officials?|doctors?|staff|sources?|directors?|authorities|"
    r"spokes(?:man|woman|person))\b"
    rf"|\baccording\s+to\s+(?:the\s+|a\s+)?(?:[\w'-]+\s+){{0,4}}{_FACILITY}\b"
    # the source's own facilities: "Medical City Healthcare said its hospitals were treating"
    rf"|\b(?:its|their)\s+(?:[\w'-]+\s+){{0,2}}{_FACILITY}\s+(?:were|are|had|have)\b"
    rf"|\b(?:the|a)\s+(?:[\w'-]+\s+){{0,4}}{_FACILITY}\s+(?:said|says|reported|reports|recorded)\b",
    re.I,
)

# A rate: a count per day, night or week ("40-70 people are being detained daily"). It is
# neither a total nor one day's count, so it is compared only with rates. "daily" and its
# kin count only when they close the clause ("detained daily during the protests"), not
# when they modify a noun ("daily protests").
RATE_CUES = re.compile(
    # a span is no rate: "died during a week of protests", "in a day", "for a month"
    r"\b(?:(?<!\bin\s)(?<!during\s)(?<!within\s)(?<!\bover\s)(?<!\bfor\s)(?<!after\s)"
    r"(?:a|per|each|every)\s+(?:single\s+)?(?:day|night|week|month|hour)(?!\s+of\b)|"
    r"(?:daily|nightly|weekly|monthly)(?=\s*(?:[,.;:)]|$|\s(?:during|in|at|on|across|since|"
    r"and|or|by|from|over|throughout|for|as|amid|while)\b)))",
    re.I,
)

# Those still held at one time, a count that falls as detainees are released ("over 100
# people are still detained", "2,211 remain in detention"), unlike the number arrested,
# which only grows: compared only with its like.
STILL_HELD = re.compile(
    r"\b(?:still|remain(?:s|ed|ing)?)\s+(?:being\s+)?(?:detained|held|imprisoned|jailed|"
    r"locked\s+up|behind\s+bars|in\s+(?:detention|custody|jail|prison))\b",
    re.I,
)

# The injured still in hospital at one time, a count that falls as they are discharged
# ("40 remain in hospital", "12 are still being treated", "the casualty number at hospitals
# has been reduced to 149"), unlike the number hurt, which only grows: a stock, compared
# only with its like, as those still held are.
STILL_TREATED = re.compile(
    r"\b(?:still|remain(?:s|ed|ing)?|currently)\s+(?:being\s+)?(?:in\s+(?:the\s+)?hospitals?|"
    r"hospitali[sz]ed|treated|receiving\s+treatment|under\s+treatment)\b"
    r"|\bhospitals?\s+(?:has|have|had)\s+(?:been\s+)?(?:reduced|fallen|dropped|come\s+down)\s+to\b",
    re.I,
)
TREATED_FAMILIES = frozenset({"injured"})

# Families that count people the authorities hold: those arrested in a crackdown are the
# protesters, so "400 protesters detained" and "224 people detained" count one scope (for
# tolls, "civilians" is narrower than everyone, who include the security forces).
HELD_FAMILIES = frozenset({"arrested"})
# The groups that name the whole of those held (word stems, matched in the folded label): the
# crowd, people in general, or the holding itself ("over 200 arrests"). Others held are a
# part of them ("70 people, 40 of them students, were arrested": the students are a part,
# never a disagreement with the 70).
HELD_AS_ALL = (
    "arrest",
    "detain",
    "detention",
    "protest",
    "activist",
    "demonstrat",
    "rioter",
    "participant",
    "individual",
    "person",
    "citizen",
    "resident",
    "civilian",
    # those held named by what they are held for: "11 suspects have been apprehended,
    # including four gunmen" (the gunmen are a part)
    "suspect",
)
# Those held named only by their sex ("police have arrested 24 men"): whole words of a label
# that names no narrower group of the held than everyone ("gunmen", "policemen" are parts).
HELD_BY_SEX = frozenset({"man", "men", "woman", "women"})
