"""The quotation extractor's vocabularies: reporting verbs, the nouns that can speak or stand
for a speaker, titles and roles, quote marks, and the patterns the steps share."""

from __future__ import annotations

import re

# Reporting verbs, by lemma. "fear", "hope", "think" are left out on purpose:
# "Putin fears 'X'" inside "Ash said ..., adding that Putin fears 'X'" is Ash's
# quote, so the walk must go past such verbs to the reporting one.
REPORTING_LEMMAS: frozenset[str] = frozenset(
    """say tell add write warn describe call declare state share conclude claim insist
    explain note stress tweet post announce urge accuse blame deny admit argue ask vow
    pledge promise predict suggest report quote cite reply respond recall complain
    comment remark shout chant cry scream plead demand threaten brand label term dub
    characterize characterise refer condemn criticize criticise praise hail reiterate
    acknowledge confirm assert allege contend maintain observe emphasize emphasise
    appeal order dismiss mock ridicule lament question testify recount tout decry
    slam denounce urge caution reveal assess assure reassure remind inform""".split()
)


# Verbs that report only the quotation they take: '"...," Schüepp continued' (not "the
# fighting continued" beside a quotation, nor "she went on to say").
GO_ON_LEMMAS: frozenset[str] = frozenset({"continue"})


# Nouns whose referent may speak without a name ("officials said", "protesters chanted").
HUMAN_NOUNS: frozenset[str] = frozenset(
    """official protester protestor demonstrator witness eyewitness resident people
    activist crowd police policeman officer soldier spokesman spokeswoman spokesperson
    source analyst expert diplomat minister lawmaker authority villager student worker
    doctor lawyer journalist reporter leader commander militant rebel fighter survivor
    relative mother father woman man group organizer organiser consultant neighbour
    neighbor teacher farmer trader vendor driver shopkeeper engineer employee volunteer
    rescuer passenger mourner parent owner""".split()
) | frozenset(  # state bodies that issue statements: "the army command said … a 'deadly …'"
    "army military junta command government ministry presidency".split()
)


# Where an unnamed person works, which they speak for: "an anchor on Iran's state
# television", "a presenter at the state broadcaster".
AFFILIATION_PREPOSITIONS: frozenset[str] = frozenset({"on", "at", "for", "from", "with"})


# Outlets an unnamed person speaks for: "an anchor on state television".
MEDIA_NOUNS: frozenset[str] = frozenset(
    "television tv radio broadcaster channel newspaper agency outlet".split()
)


# Words for an unnamed speaker the text just introduced otherwise: "a Red Cross worker
# told EFE ... '...,' the source said".
SOURCE_NOUNS: frozenset[str] = frozenset({"source"})


# Role nouns that speak *for* someone: "a spokesman for Boris Johnson".
PROXY_NOUNS: frozenset[str] = frozenset(
    """spokesman spokeswoman spokesperson representative aide adviser advisor envoy
    official office press secretary ministry""".split()
)


# Who speaks in one person's name: "his spokesman says" tells that person's words.
VOICE_NOUNS: frozenset[str] = frozenset("spokesman spokeswoman spokesperson".split())


# Document nouns that stand for their author: "the CSTO statement said".
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    "statement report communique communiqué announcement note letter post message release "
    "tweet decree resolution order notification headline information".split()
)


# What a document's own phrase names its issuer by: "a statement from the ministry", "a
# report ... by a security consultant" ("released by X" is the passive's agent).
ISSUER_PREPOSITIONS: frozenset[str] = frozenset({"by", "from"})


# How far back "the statement" looks for its earlier mention (sentences), and over how many
# mentions it reads back to the one that says who issued it.
DOCUMENT_REACH = 3
DOCUMENT_CHAIN = 4


# Institutions that speak under a place's name: "the US embassy in Sudan said".
INSTITUTION_NOUNS: frozenset[str] = frozenset(
    """embassy consulate mission ministry government office agency department council
    committee commission court army military police presidency parliament""".split()
)


# Reporting verbs whose object is who was told, not who spoke: "..., Hawass told CNN".
LISTENER_VERBS: frozenset[str] = frozenset("tell inform assure brief remind ask urge warn".split())


PERSON_PRONOUNS: frozenset[str] = frozenset({"he", "she", "him", "her"})


# The subject of a relative clause stands for the noun the clause describes: "the United
# Nations, which termed the incident 'tragic'", "Jane Doe, who called it 'a disgrace'".
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"who", "which", "that"})


SUBJECT_DEPS: frozenset[str] = frozenset({"nsubj", "nsubjpass", "csubj"})


OPEN_MARKS = "“‘«"


CLOSE_MARKS = "”’»"


MIN_UNATTRIBUTED_WORDS = 6  # an unattributed quote shorter than this is a scare quote


_DOUBLE_QUOTE = re.compile('["“”«»]')


# What follows a closing mark when a speaker is named at once: '”, Ioseliani noted.'
_CUE_AFTER = re.compile(
    r"[,.]?\s+(?:[\w’'.-]+\s+){0,4}?(?:said|says|noted|notes|added|adds|stressed|told|wrote"
    r"|explained|stated|insisted|warned|declared|continued|concluded)\b"
)


# An armed force is not what "the organisation" or "the alliance" refers back to.
# What an institution issues: "the statement said" is the institution quoted before it.
STATEMENT_NOUNS = frozenset(
    ("statement", "communique", "communiqué", "release", "bulletin", "report")
)


# "the army": a country's army, named "… Armed Forces" or "… Army" (not a
# paramilitary "Rapid Support Forces" named beside it)
_NATIONAL_ARMY_NOUNS = frozenset(("army", "military"))


_NATIONAL_ARMY = re.compile(r"\b(?:army|armed\s+forces|military)\b", re.I)


_ARMED = re.compile(r"\b(?:forces?|army|troops|police|militia|brigade|guard)\b", re.I)


TITLE_LEMMAS: frozenset[str] = frozenset(
    """president minister premier leader chairman chairwoman chair spokesman spokeswoman
    general colonel commander king queen prince sheikh senator governor mayor secretary
    chief director ambassador envoy activist analyst expert mr mrs ms dr""".split()
)


# Titles as written before a name, abbreviated too ("Col. Omar Saranga", "Lt Gen Jane Doe").
TITLE_WORDS: frozenset[str] = TITLE_LEMMAS | frozenset(
    "col gen lt maj capt sgt cpl adm brig cmdr sen rep gov prof rev".split()
)


# Words that make one title with the role noun after them ("prime minister", "vice
# president"), unlike a body's name ("the army chief" is the army's).
TITLE_PARTS: frozenset[str] = frozenset("prime vice deputy".split())


# Singular roles one named person holds in a story ("the home minister", "the Public
# Defender", "the ombudsman"): titles plus offices that speak.
ROLE_LEMMAS: frozenset[str] = (
    TITLE_LEMMAS - {"mr", "mrs", "ms", "dr", "activist", "analyst", "expert"}
) | frozenset(
    """ombudsman defender spokesperson envoy coordinator commissioner prosecutor
    representative head""".split()
)


# A sentence ends between a quotation and a pronoun: '"…," Vargas told a crowd. He added:'
_SENTENCE_END = re.compile(r"[.!?]\s")


_OVERLAPPING_NAMES = 4  # how many names back one may still reach over a token


# The line that signs a press statement: "Statement from Ms. Jane Doe, Representative",
# "Press statement by the Red Cross" (the page quotes its paragraphs without a name).
STATEMENT_CREDIT = re.compile(
    r"^[ \t]*(?:joint\s+|press\s+)?statement\s+(?:from|by|of)\s+[^\n]{3,120}$", re.I | re.M
)


# A paragraph that ends introducing words ("..., Jane Doe, the director, said:") and the
# blank lines before the paragraph it introduces.
SAID_COLON = re.compile(
    r"\b(?:said|says|added|stated|declared|wrote|warned|told\s[^\n:]{1,40}):[ \t]*\n\s*"
)


# A credit after a quotation's closing mark: "'We need calm' - Jane Doe" (to the line end,
# or to a handle or date an embedded post adds: "— Jane Doe (@jdoe) May 1, 2023").
DASH_CREDIT = re.compile(
    r"[ \t]*[-–—][ \t]*([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})[ \t]*(?:\(|$)", re.M
)


# Words a text calls a person it has just named, for variety, as it would write "he":
# "'...,' the politician added" (only with "the", one person, after a named speaker).
PERSON_DESCRIPTIONS: frozenset[str] = frozenset(
    """politician lawmaker legislator campaigner activist diplomat envoy spokesman
    spokeswoman spokesperson lawyer doctor journalist reporter survivor witness veteran
    opposition""".split()
)


# Bodies "the <noun>" names again after the text named them in full, however far back:
# "the commission said" after "the Ethiopian Human Rights Commission (EHRC)".
NAMED_BODY_NOUNS: frozenset[str] = frozenset(
    """commission committee council agency ministry department court embassy consulate
    union alliance coalition organisation organization movement party front""".split()
)
# ... and the nouns a text calls a body by that are in no body's name ("the state-funded body
# said", "the watchdog added", after "the National Commission on Human Rights reported"):
# the latest body named before, however far back, that is no armed force.
GENERIC_BODY_NOUNS: frozenset[str] = frozenset("body watchdog regulator".split())


# A related-article link a page sets between a body's paragraphs ("READ: Governor says
# curfew may be lifted", "ALSO READ - ...", "Related: ..."): no paragraph of the story, so a
# quotation goes on past it and no attribution is read from it.
LINK_LINE = re.compile(
    r"[ \t]*(?:(?:also\s+)?(?:read|see|watch)(?:\s+(?:more|also))?|related(?:\s+\w+)?)"
    r"[ \t]*[:|>»–—-]",
    re.I,
)


# What speaks for the one person who holds it: "the office of the High Commissioner Jane
# Doe tweeted" is hers ("a spokesman for X" stays the spokesman's, see PROXY_NOUNS).
HOLDER_NOUNS: frozenset[str] = frozenset({"office"})


# Where a body or person posts, which speaks for its owner: "the presidency's official
# Twitter account said" is the presidency's (not Twitter's).
ACCOUNT_NOUNS: frozenset[str] = frozenset("account channel page feed handle profile".split())


# Nouns that count the people who speak: "Thousands of protesters chanting '...'" is the
# protesters' chant ("a group of students said": the students).
QUANTITY_NOUNS: frozenset[str] = frozenset(
    "thousand hundred dozen score million number handful group crowd band".split()
)


# Objects that are words said, so a verb with one still attributes a quotation next to it:
# "'...' He repeated the warning on Sunday."
SPEECH_NOUNS: frozenset[str] = frozenset(
    "word words remark remarks comment comments warning message statement".split()
)


# A paragraph labelled with a name, as a digest's items are ("- Biden: The president
# addressed ...", "• Guterres: ..."): where the name may open (after a bullet) and what ends it.
LABEL_LINE = re.compile(r"^[ \t]*(?:[-–—•*][ \t]*)?", re.M)
LABEL_END = re.compile(r"[ \t]*:[ \t]")


# A person's age set after the name between commas ("Jane Doe, 25, said"), where a page was
# cut before the verb.
AGE_AFTER_NAME = re.compile(r"[ \t]*,[ \t]*\d{1,3}[ \t]*,?[ \t]*")
