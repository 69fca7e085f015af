"""The cleaner's vocabulary as regular expressions: web-interface lines and phrases (share,
subscribe, donate prompts, breadcrumbs), reader-comment markers and footers, bylines and
author bios, photo and agency credits, time stamps, scraper and live-blog prefixes, teaser
labels. Matched against casefolded, whitespace-normalised lines unless said otherwise.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from sitrep.lexicon import PICTURE_WORDS, WIRE_NAMES

# The news agencies (sitrep.lexicon): a page's source, a story's sign-off, a caption's credit.
WIRE = WIRE_NAMES
# A news agency's name alone on its line, the page's source ("Reuters", "The Associated Press",
# "(AFP)"). Matched against the casefolded line.
WIRE_LINE = re.compile(rf"^[(\[]?(?:{WIRE})[)\]]?$")
# A wire story's sign-off after its last sentence, in capitals ("... a day of mourning. REUTERS",
# "... on Monday. - AFP"): the line is a sentence for all that.
SIGN_OFF = re.compile(rf"(?<=[.!?”\"’])\s*(?:[-–—]\s*)?(?:{WIRE.upper()}|\((?i:{WIRE})\))\s*$")
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+(?:[.,]\d+)*")
# Sentence punctuation, then closing quotes or brackets (spaced apart in tokenised text: ". ''")
SENTENCE_END = re.compile(r"[.!?…](?:\s?(?:[\"'”’)\]]|-RRB-))*$")

# Whole-line interface text: a line that *is* one of these (possibly with a
# few extra words) is chrome. Matched against the casefolded, whitespace-
# normalised line. These are the generic labels of CMS themes and plugins.
UI_LINE = re.compile(
    r"^(?:"
    r"(?:share|tweet|email|e-mail|print|pin|save|copy link|whatsapp|facebook|twitter|"
    r"linkedin|reddit|telegram|flipboard|pinterest)(?: (?:this|on|via|it|article|story|post|link)\b.*)?"
    r"|(?:follow|connect with|like|join) us\b.*"
    r"|(?:click|tap) here\b.*|read (?:more|next|also|full story)\b.*|continue reading\b.*|see also\b.*"
    r"|(?:related|more|latest|top|recommended|popular|trending) (?:articles?|stories|posts|news|"
    r"coverage|content|topics|reads|videos?|from [\w ]+)\b.*|most (?:read|popular|viewed|shared)\b.*"
    r"|you (?:may|might) (?:also )?(?:like|enjoy|be interested)\b.*"
    r"|(?:sponsored|advertisement|ad)\b.*|(?:adverts?|ads)\s*$"
    # an ad slot's own buttons and notes ("Hide Ad", "Story continues below advertisement")
    r"|(?:hide|close|skip|remove|report(?: this)?) (?:ad|ads|advert|advertisement)\b.*"
    r"|(?:(?:the )?(?:story|article|text) continues|scroll (?:down )?to continue)\b.*"
    # a search box's label ("Global UNHCR search", "Site search")
    r"|(?:[\w.'’-]+ ){0,2}search"
    r"|skip to (?:main )?content\b.*|(?:sign|log) (?:up|in|out)\b.*|subscribe\b.*|donate\b.*"
    r"|(?:written|posted|published|edited|reviewed|photos?|video|words) by\s*:?\s*$"
    r"|about the authors?\b.*|(?:tags?|topics?|categories|category|filed under|keywords|more on)\s*:.*"
    r"|(?:previous|next|prev|older|newer) (?:article|post|story|page)\b.*|back to top\b.*"
    r"|load more\b.*|show more\b.*|show key events only|comments are (?:closed|disabled)\b.*"
    # a row of the article's buttons ("Comment on this story Comment Gift Article Share")
    r"|(?:(?:comment(?: on this (?:story|article))?|share(?: this)?|gift(?: this)?(?: article)?"
    r"|print|save|email|listen(?: to this article)?|bookmark|copy link)\s*[|•·]?\s*){2,}"
    r"|(?:hi|hello)?,? ?what are you looking for\b.*|search(?: for)?\b\s*\.*$|type (?:and|to) (?:hit|press) enter\b.*"
    r"|(?:home|menu|close|open|search|login|register|account|newsletter|newsletters|podcasts?|"
    r"contact(?: us)?|about(?: us)?|privacy policy|cookie policy|terms(?: of (?:use|service))?|"
    r"all rights reserved|advertise(?: with us)?)\s*$"
    # a teaser under its label ("Related: Who is X?"); a press release's end mark; the kind
    # of page as a label of its own ("ANALYSIS", "Press release No. 112"); a report's
    # distribution list; a staff credit ("Daily staff, with wire services")
    r"|(?:related|also read|read also|more on this)\s*:.*|[-–—#\s]*ends[-–—#\s]*$|#{3}$"
    r"|(?:analysis|explainer|opinion|commentary|editorial|statement|press statement"
    r"|(?:press|news|media) release|situation report|flash update)"
    r"(?:\s*(?:no\.?|n[o°º]|#)\s*\d+)?\s*$"
    r"|distribution\s*:.{0,80}$"
    r"|(?:[\w.'’-]+ ){0,4}staff(?: writers?| reporters?)?"
    r"(?:,? (?:and|with) (?:agencies|wire services|agency reports|wires))?$"
    r")"
)

# Phrases that make a (not too long) line a prompt, notice or credit wherever
# they occur in it.
UI_PHRASE = re.compile(
    r"(?:\bsubscribe to (?:our|the)\b.*\bnewsletter|\bsign up (?:for|to|today)\b|\bnewsletter\b"
    r"|\bdownload (?:the|our)\b.*\bapp\b|\bdonate (?:now|today)\b|\bsupport (?:us|our|independent)\b"
    r"|\bwe hope you(?:'|’)?ve enjoyed\b|\benjoy(?:ed)? (?:this|articles like)\b|\bsmall favou?r to ask\b"
    r"|\bimage credit\b|\bphoto credit\b|\bcredit\s*:|\bphoto\s*:|\bimage\s*:|\bpicture\s*:"
    r"|\b(?:photo|image|picture)s? (?:by|courtesy|via)\b|\bgetty images\b|\bshutterstock\b|\bfile photo\b"
    r"|\ball rights reserved\b|©|\bcopyright\b|\bthis (?:site|website) uses cookies\b|\bcookie settings\b"
    r"|\baccept (?:all )?cookies\b|\b(?:originally|first) (?:published|appeared)\b"
    r"|\b(?:reprinted|republished|reproduced) (?:here )?with (?:the )?permission\b"
    r"|\bshare (?:this|on)\b|\bfollow us on\b|\bclick here\b|\bread more\s*:"
    r"|\bcomments are (?:not )?(?:pre-?screened|moderated|reviewed)\b|\brules of conduct\b"
    r"|\bcommunity (?:guidelines|standards)\b|\bwill not be (?:displayed|published)\b"
    r"|\banything you post\b"
    r"|\bthat(?:'|’)?s all (?:from us|for (?:today|tonight|now)|we have)\b|\bthat is all (?:from us"
    r"|for (?:today|tonight|now))\b|\b(?:live )?coverage (?:has )?(?:now )?ended\b"
    r"|\bthis (?:live )?blog (?:has )?(?:now )?(?:ended|closed)\b"
    r"|\ball times (?:are |in )?(?:local\b|[\w ]{0,30}\btime\b|gmt|utc)"
    r"|\bfor (?:more|further) information\b.{0,80}\bcontact\b|\bmedia (?:requests|enquiries|inquiries)\b"
    r"|\btag and share\b"
    r"|\bthis (?:article|story|page|post|content) is (?:more than|over) (?:\d+|an?|one|two|three) \w+ old\b"
    r"|\bstay up to date with\b|\bfollow \w+ on (?:whatsapp|twitter|x|facebook|instagram|telegram"
    r"|google news|youtube|threads)\b"
    # a channel to join or follow, as the page bids the reader ("Join our Telegram channel ...",
    # "With X, follow the cup on WhatsApp"), not as a text tells of one
    r"|^\W*join\b.{0,40}\b(?:telegram|whatsapp) channel\b"
    r"|(?:^|,\s*)follow\b.{0,40}\bon (?:whatsapp|telegram)\b"
    # a paywall's or a player's notice ("You've reached your limit of free articles", "Stream
    # ... for free", "this feature is currently unavailable", a closing "Learn More")
    r"|\bpaywall\b|\bfree articles?\b|^\W*(?:stream|watch)\b.{0,40}\bfor free\b"
    r"|\blearn more\s*[›»>→]?$"
    r"|\bthis (?:feature|content|video|page|service) is (?:currently|temporarily) unavailable\b"
    r"|\b(?:live )?coverage\b.{0,80}\bhas moved\b"
    # a legal notice or disclaimer ("No part of this publication may be reproduced", "Blog
    # posts represent the views of their authors and not those of X", "Disclaimer: ...")
    r"|\bno part of this\b.{0,60}\bmay be reproduced\b"
    r"|\brepresents? the views? of\b.{0,80}\bnot (?:those|that) of\b"
    r"|^disclaimer\s*:"
    # an editor's note on the article itself ("Update: This post has been updated with ...",
    # "Editor's note: ...", "This story was corrected to ..."), not on the news it tells
    r"|^\W*editor(?:'|’)?s(?:'|’)? note\b"
    r"|\bthis (?:post|story|article|report|page|piece) (?:has been|was|is being|had been) "
    r"(?:updated|corrected|amended|edited|changed)\b)"
)
UI_PHRASE_MAX = 300  # longer lines are article text even if they mention these words

# A cookie notice, however long its small print ("We use cookies and other tracking technologies
# to improve your browsing experience ...", "By choosing I Accept, you consent to our use of
# cookies", "Necessary cookies are absolutely essential for the website to function"): the
# site speaks of its own cookies to the reader. Matched against the casefolded line.
COOKIE_NOTICE = re.compile(
    r"\b(?:we|this (?:site|website)|[\w.-]+ (?:media|\.com)) uses? cookies\b"
    r"|\b(?:our|the) use of cookies\b|\bcookies? (?:policy|preferences|settings|consent)\b"
    r"|\b(?:necessary|essential|functional|analytics|performance|advertising) cookies\b"
    r"|\baccept (?:all )?cookies\b"
)
COOKIE_NOTICE_MAX = 1000

# Reader-comment threads. Strong markers start a thread by themselves; weak ones
# (timestamps, Reply buttons) only when several follow in the page's tail.
COMMENT_STRONG = re.compile(
    r"^(?:\d+\s+(?:comments?|responses?|replies|thoughts? on\b.*)"
    r"|(?:leave|post|add|write|submit) a (?:reply|comment|response)\b.*"
    r"|join the (?:discussion|conversation)\b.*|inline feedbacks?|notify of\b.*"
    r"|view (?:all )?(?:\d+ )?comments?\b.*|(?:show|load|hide|see) (?:all |more )?comments?\b.*"
    r"|(?:oldest|newest|most voted|best|top)(?: (?:first|most voted|newest|oldest|voted))+"
    r"|comments?\s*(?:\(\d+\))?|discussion|readers?(?:['’]s?)? comments|your comments"
    r"|have your say|most (?:popular|recommended|liked) comments|what do you think\?"
    r"|you must be logged in to (?:post|leave) a comment\b.*|(?:log ?in|sign in) to (?:comment|reply)\b.*"
    r"|would love your thoughts, please comment\b.*)$"
)
COMMENT_WEAK = re.compile(
    r"^(?:(?:\d+|a|an|one)\s+(?:second|sec|minute|min|hour|hr|day|week|month|year)s?\s+ago"
    r"|reply(?: to\b.*)?|report(?: comment)?|like|likes?\s*\d*|upvote|downvote|permalink"
    r"|(?:\d+\s+)?(?:likes?|replies|votes?))$"
)

# The footer under each reader comment on news and blog pages: when it was posted, then
# "|" and the page's buttons ("January 31, 2011 at 6:40 pm | Report abuse | Reply"); it
# follows its comment, and on pages saved as text the next comment runs on after it.
COMMENT_FOOTER = re.compile(
    r"^(?:[a-z]+\.? \d{1,2} ?, ?(?:19|20)\d\d,? at |\d{1,2} [a-z]+ (?:19|20)\d\d,? at )?"
    r"\d{1,2}:\d{2} ?[ap]\.? ?m\.? ?\|"
)

BYLINE = re.compile(
    r"(?:^|[\s–—-])(?i:by)\s+[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]*|van|von|de|al|bin|el)){0,3}\s*"
    r"(?:[,|–—-]\s*[A-Z][\w/ .&'-]{0,40})?$",
)
CONTRIBUTOR = re.compile(
    r"\b(?:contributed (?:reporting|to this report)|reporting by|editing by|additional reporting)\b",
    re.I,
)

BIO_START = re.compile(
    r"^(?:[A-Z][\w'’.-]+\s+){1,3}(?:is|was|has been|serves as|works as)\s+(?:a|an|the|one|currently)\b"
)
BIO_ROLE = re.compile(
    r"\b(?:journalist|columnist|writer|reporter|correspondent|editor|contributor|author|analyst"
    r"|researcher|fellow|professor|historian|blogger|commentator|freelancer?|pen name|novelist"
    r"|producer|host|broadcaster|photographer|contributing)\b",
    re.I,
)
# A scraper's date prefix on the first line (" date 2024-07-16 Headline"): metadata, not
# text; the line is judged by what follows it.
DATE_PREFIX = re.compile(
    r"^\s*(?:date|published|updated)\s*:?\s*(?:19|20)\d\d-\d\d-\d\d\b\s*", re.I
)
# A live blog's entry marker: a leading dash or bullet ("-- Nearly 2,100 ...") and/or the
# entry's time stamp in brackets ("(Update 2:49 p.m. Cairo, 7:49 a.m. ET)"; "-LRB-"/"-RRB-"
# in Penn-Treebank-tokenised text): layout, not text; the line is judged by what follows it.
LIVE_PREFIX = re.compile(
    r"^(?:[-–—•*]{1,2}\s+)*"
    r"(?:(?:\(|-LRB-)\s*(?:update|updated|posted|new)\b[^()]{0,80}?\d{1,2}[:.]\d\d[^()]{0,80}?"
    r"(?:\)|-RRB-)\s*(?:[-–—•]{1,2}\s+)?)?",
    re.I,
)
# Photo and agency credits joined by "/" at the end of a caption ("... 15 April 2023.
# EFE/EPA/MOHND AWAD"); an embedded post's attribution ("— Name (@handle) April 18, 2023");
# a short "Published: Tue 23 Jul 2024, 6:11 PM" or "Name Published April 26, 2023 | 09:42 PM".
CREDIT = re.compile(r"(?:^|\s)[A-Z]{2,}(?:[-/][A-Z]{2,})*/[A-Z][A-Z .'’-]+$")
TIME_STAMP = re.compile(
    r"^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?$", re.I
)
# A live blog's entry marker on a line of its own: a clock time ("23:55", "6.40pm BST") or a
# day ("Saturday 12 October", "Oct. 12, 2019").
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
ENTRY_STAMP = re.compile(
    r"^(?:\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,4}t|gmt|utc|local(?: time)?)?"
    rf"|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})"
    r"(?:,?\s+(?:19|20)\d\d)?)$"
)
POST_CREDIT = re.compile(r"^[—–-]\s*[^()]{1,80}\(@\w+\)\s*[\w ,]{0,30}$")
PUBLISHED_LINE = re.compile(
    r"\b(?:published|updated|posted|last updated)\s*:?\s*(?:on\s+)?"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)",
    re.I,
)
# A site's name as its address on a line of its own ("UrduPoint.com").
DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info|news|co|tv|[a-z]{2})$")
# A run of Latin-1 symbols and letters left by a bad encoding at the start of a line.
MOJIBAKE = re.compile(r"^[\u0080-\u00ff]{3,}\s+")
# Separator-built lines (breadcrumbs, menus): "World / Politics", "Home » News".
SEPARATORS = re.compile(r"\s(?:/|»|›|>|\||•|·)\s")
# Alt text glued to a paragraph's first word: "...re electionAs Americans".
GLUE = re.compile(r"(?<=[a-z]{2})(?=[A-Z][a-z]+\s)")


_TEASER_LABEL = r"read more|read also|also read|related(?: stories| articles| news)?|see also|watch"
TEASER_CUE = re.compile(
    rf"^(?:{_TEASER_LABEL}|more (?:on this|from|stories)|recommended|you may also like)\b.{{0,20}}$"
)
# Another story's headline under its label on the same line ("READ: Lagos loses N234 million
# to tollgates closure", "ALSO READ | ...", "Related: ..."), a title of 3 to 25 words.
TEASER_LINE = re.compile(rf"^(?:{_TEASER_LABEL}|read)\s*[:|–—-]\s*\S+(?:\s+\S+){{2,24}}$")
# A sentence that introduces the quotation below it ("..., Amnesty International's Deputy
# Regional Director, said:"): the article's, whatever surrounds it.
SAID_COLON = re.compile(
    r"\b(?:said|says|added|stated|told\s+\w+(?:\s+\w+){0,3}|warned|declared|noted|wrote"
    r"|explained|according\s+to\s+\w+(?:\s+\w+){0,3})\s*:\s*$",
    re.IGNORECASE,
)
# What a headline never holds: a copyright, a credit's or a menu's separators, a year
HEADLINE_NOISE = re.compile(r"[©/|]|\b(?:19|20)\d\d\b")
# Words that say nothing of a story (what a headline and its lead share besides these tells
# that one retells the other): spaCy's stop words and the verbs of a report's attribution
FUNCTION_WORDS = frozenset(STOP_WORDS | {"said", "says"})
# An excerpt cut off by the page, not by the writer: a word, then an ellipsis at the line's end
# ("... University of Science...", "... ground assessments…").
TEASER_CUT = re.compile(r"[\w)”\"’'](?:\.\.\.|…)\s*$")
PURE_BYLINE = re.compile(r"^by\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,3}\s*[*†,]?$", re.I)

# Credit lines (matched against the line as written, not casefolded): a byline naming one to
# four people ("By Tom Roe and Ann Doe", "By Ann Doe | Thursday, 14 July 2022 - 10:40 pm",
# "By Ann Doe, Senior Correspondent"), and a wire story's contributor line ("(Reporting by A in
# X and B in Y; Writing by C; Editing by D)", "Additional reporting by E"). A day or month is
# no name: "By Sunday, the army had ..." is prose.
_NAME = (
    r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June"
    r"|July|August|September|October|November|December|Late|Early|Then|Now|Noon|Midnight)\b)"
    r"[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]*|van|von|de|da|du|al|bin|ibn|el|le|la)){0,3}"
)
# the outlet a live blog's entry credits its reporters to ("From CNN's Ann Roe and Tom Doe")
_OUTLET = r"(?:[A-Z][\w&.-]*)(?:\s+[A-Z][\w&.-]*){0,3}"
# "By Jane Roe", "From CNN's Ann Roe and Tom Doe", "- By JOHN DOE newsdesk@paper.com", "Posted
# by Jane Roe on May 5, 2031, 6:21 AM EST", "Written by Ann Doe, MS, RD on May 4, 2031"
CREDIT_BYLINE = re.compile(
    rf"^(?:[-–—•]\s*)?(?:By|BY|(?:Posted|Written|Reported|Words|Story|Text) (?i:by)"
    rf"|From\s+{_OUTLET}['’]s)\s+{_NAME}"
    rf"(?:\s*(?:,|\band\b|&)\s*{_NAME}){{0,5}}\s*[*†]?\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*)?"
    r"(?:,\s*[A-Z]{2,5}\.?){0,3}(?:\s+on\s+[A-Z0-9][^.!?]{0,40}(?:(?i:[ap])\.?(?i:m)\.?|\d)(?:\s+[A-Z]{2,4})?)?"
    r"(?:(?:[|–—]|\s-\s).{0,60}|,(?:\s+[A-Z][\w'’.-]*){1,5})?$"
)
_ROLE_BY = (
    r"(?i:(?:additional\s+|further\s+)?(?:reporting|writing|editing|compiled|research|"
    r"translation|translated|produced|photos?|graphics)(?:\s+and\s+[a-z]+)?\s+by)\s+"
)
_NAMED = rf"{_NAME}(?:\s+in\s+{_NAME})?"
_CREDITED = rf"{_ROLE_BY}{_NAMED}(?:\s*(?:,|\band\b|&)\s*{_NAMED}){{0,5}}"
# The signature of a press statement ("Statement from Ms. Jane Doe, UNICEF Representative",
# "Press statement by the Secretary-General"): who speaks in the paragraphs it quotes.
CREDIT_STATEMENT = re.compile(
    r"^(?:(?:Joint|Press)\s+)?[Ss]tatement\s+(?:from|by)\s+(?:the\s+)?[A-Z][^.!?]*(?:\.\s*[A-Z][^.!?]*)*$"
)
# A wire story's closing line on who else reported it, as a sentence ("Jane Roe in Paris
# contributed to this report.", "Information for this article was contributed by A and B of The
# Associated Press."): a credit. ("Tom Doe contributed reporting from Lagos." is left to the
# smoothing: the examples' gold keeps it as the article's last line.)
CREDIT_CONTRIBUTED = re.compile(
    r"\bcontributed to this (?:report|article|story)\.?$"
    r"|\b(?i:information|reporting|material) for this (?:article|report|story) was contributed by\b"
)
CREDIT_CONTRIBUTORS = re.compile(
    rf"^[(\[]?\s*{_CREDITED}(?:\s*[;,]\s*{_CREDITED}){{0,4}}\s*[.;]?\s*[)\]]?\.?$"
)


# A line of template code a page left unrendered ("{{^userSubscribed}} {{/userSubscribed}}",
# "<% if (x) %>"), or one identifier of the theme's ("spot_img", "td_module_wrap").
TEMPLATE = re.compile(
    r"^(?:\s*(?:\{\{.*?\}\}|\{%.*?%\}|<%.*?%>|\$\{.*?\}))+\s*$|^[a-z]+(?:_[a-z0-9]+)+$"
)
# A page's label and value on a line of its own: a press release's or report's head ("Date:
# 21 August 2020", "Location: Geneva", "Subject: Belarus", "Publication Date: 2020/08/05"),
# a gallery's "Source: Radio Free Europe". Matched against the casefolded line.
META_LINE = re.compile(
    # a video's length before its source ("01:01 - Source: CNN")
    r"^(?:\d{1,2}:\d\d\s*[-–—|]\s*)?"
    r"(?:(?:publication|release|issue|posting) date|date(?: published| posted| issued)?|dated"
    r"|subject|location|venue|sources?|ref(?:erence)?(?: no\.?)?|language|reading time|read time"
    r"|word count|duration|countr(?:y|ies)|regions?|themes?|index(?: number| no\.?)?)"
    r"\s*:\s*\S.{0,80}$"
)
# A photo's source or credit on a line of its own, under its caption ("Source: Radio Liberty",
# "Photo: AP/Jane Roe"). Matched against the casefolded line.
_PICTURE = PICTURE_WORDS
# A photographer's credit alone on its line ("Photography Jane Roe", "Photos by Jane Roe"), as
# written: a credit like a byline.
PICTURE_CREDIT = re.compile(
    rf"^(?i:photography|(?:{_PICTURE})s?)(?:\s+(?i:by))?(?:\s+[A-Z][\w'’.-]+){{1,4}}$"
)
PHOTO_SOURCE = re.compile(rf"^(?:source|{_PICTURE}|credit|pic)s?\s*:\s*[^.!?]{{1,80}}$")
# A blurb that ends with its medium's credit: a video's or a photo's caption, not the article's,
# however long. The credit is the medium or the word "credit" or "photographer", a colon, a bar
# or dots, and names ("... to protect their shops from looting. Video: Reuters", "... after
# gunfire was heard. PHOTO | AFP", "... Photographer: Jane Roe/Bloomberg via Getty Images",
# "... He didn't get it.Credit...Tom Doe/The Daily"), or names alone in square brackets after
# the last sentence ("... on June 30, 2024. [PCS, Standard]"). As written.
CREDITED_BLURB = re.compile(
    rf"[.!?”\"’)]\s*(?i:video|credit|photographer|{_PICTURE})s?\s*(?::|\||\.\.\.|…)\s*"
    r"[A-Z][\w/&.’' -]{0,59}[\w)]$"
    r"|[.!?]\s*\[[A-Z][\w.’'&-]*(?:(?:\s+|\s*[,/]\s*)[A-Z][\w.’'&-]*){0,4}\]$"
    # an agency's photo credit after the last sentence ("... burn hijab.. AP Photo")
    rf"|[.!?]\s*(?i:{WIRE})\s+(?i:(?:file\s+)?(?:photo|image|picture)s?)$"
)
# A spokesperson's or contact's line in a press release's head ("Spokesperson for the UN High
# Commissioner for Human Rights: Liz Throssell"): a role, a colon, a name (as written).
ROLE_CREDIT = re.compile(
    r"^(?i:spokes(?:person|man|woman)|(?:press|media|information) officer|author|writer|reporter"
    r"|editor|correspondent"
    r"|(?:media |press )?contact|photographer)\b[^:]{0,80}:\s*"
    r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}$"
)
# A photo caption: a place in the picture ("A policeman (R) throws ...", "Ministers (L to R)
# ..."), or a caption's own opening ("Screengrab of ...", "File photo of ..."). As written.
CAPTION = re.compile(
    r"(?<=[\w.,] )\((?:L|R|C|2nd [LR]|L to R|L-R|(?i:left|right|cent(?:re|er)|front|rear|from left"
    r"|second (?:left|right)))\)"
    r"|^(?i:screen ?grabs?|screen ?shots?|file (?:photo|image|picture)|representational (?:image|photo|picture)"
    r"|archive (?:photo|image|picture))\b"
)
# A caption known by its credit (as written): a caption's label glued to it ("media
# captionTanks ablaze ..."); the photographer's credit opening it ("Photo UNAMA/Jane Roe A view
# of ..."); a credit in brackets closing a line that
# is no sentence ("... in Niamey on July 26, 2023 [AFP]", "ISIS flag (DoD Photo/Released)",
# "(afp)"); a wire's credit closing it ("... Kremlin.ru/Handout via REUTERS").
CREDITED_CAPTION = re.compile(
    r"^(?i:(?:media|image|photo|video) caption)"
    rf"|^(?i:(?:{_PICTURE})s?)\s+[\w.-]+/[A-Z]"
    r"|(?:^|(?<![.!?”\"’])\s)[\[(]\s*"
    rf"(?i:[^\[\]()]{{0,30}}\b(?:(?:{_PICTURE})s?|getty|handout|released|file|{WIRE})\b"
    r"[^\[\]()]{0,30})[\])]$"
    rf"|\s(?i:via)\s+(?i:{WIRE})$"
)
# A news photo's caption closes on where and when it was taken, the year written out, and
# its credit if any ("Police cordon off a street near the mosque on March 15, 2019 in
# Christchurch, New Zealand.", "Protesters march in Santiago, Chile, October 24, 2019. /VCG
# Photo", "..., in Ganja, Azerbaijan, on Oct. 12, 2020. (AP Photo)"); a sentence of a report
# does not (none in Timeline17's 205,000 lines of articles or BBC News's 31,000). As written.
# A place's name as written: up to four capitalised words ("New Zealand"); a caption's
# place, up to three such names joined by commas ("Christchurch, New Zealand")
_PLACE_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
_PLACE = rf"{_PLACE_NAME}(?:,\s+{_PLACE_NAME}){{0,2}}"
_TAKEN_ON = (
    r"(?i:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    rf"(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}),?\s+(?:19|20)\d\d)"
)
DATED_CAPTION = re.compile(
    rf"(?:\b(?i:in|at|near|outside)\s+{_PLACE},?\s+(?i:on\s+)?{_TAKEN_ON}"
    rf"|\b(?i:on)\s+{_TAKEN_ON},?\s+(?i:in|at|near|outside)\s+{_PLACE}"
    rf"|,\s+{_PLACE},\s+{_TAKEN_ON})"
    r"\.?(?:\s*(?:[/|]\s*[^.]{1,40}|\([^()]{1,40}\)|\[[^\[\]]{1,40}\]))?\s*$"
)
# A date and a clock time with nothing else but a zone or the site's name ("12:31 p.m. ET,
# August 5, 2020", "Nov. 20, 2019 5:52 AM EST", "11 August 2020, 04:23 | Radio Free Europe"):
# a page's or comment's stamp. Matched against the casefolded line.
_CLOCK = r"\d{1,2}[:.]\d\d(?::\d\d)?\s*(?:[ap]\.?\s?m\.?)?(?:\s*[a-z]{1,3}t\b|\s*gmt|\s*utc)?"
_DAY = (
    r"(?:(?:mon|tue|tues|wed|wednes|thu|thurs|fri|sat|satur|sun)(?:day)?\.?,?\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)(?:,?\s*(?:19|20)\d\d)"
)
DATE_TIME = re.compile(
    rf"^(?:{_DAY},?\s*(?:at\s+|[-–—|]\s*)?{_CLOCK}|{_CLOCK},?\s*(?:[-–—|]\s*)?{_DAY})"
    r"\s*(?:[|–—-]\s*[^|]{0,60})?$"
)
# A date on a line of its own, with or without the day of the week ("Sunday, February 23, 2025",
# "23/02/2025"): no heading, whatever its capitals. Matched against the casefolded line.
DATE_ONLY = re.compile(rf"^(?:{_DAY}|\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{1,4}})\.?$")
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A date with its day, month and year written anywhere in a line ("October 13, 2020Updated",
# "Reuters 23 Jan, 2022", "2020-10-21 23:42"), and the words a page's stamp puts around a
# date: the clock and its zone, a label, a reading time. Matched against the casefolded line.
FULL_DATE = re.compile(rf"{_DAY}|\b\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{1,4}}\b")
STAMP_WORDS = re.compile(
    rf"{_DAY}|\b\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{1,4}}\b|{_CLOCK}|\b(?:[a-z]{{1,3}}t|gmt|utc)\b"
    r"|\b(?:(?:last )?updated?|published|posted|first published|at|on|\d+ min(?:ute)?s? read)\b"
    r"|\{\{.*?\}\}"
)
# A place and a date, a communiqué's or a press release's dateline ("Geneva, 30 June 2023"):
# the text's own line, unlike a page's stamp. Matched as written.
PLACE_DATE = re.compile(rf"^{_PLACE_NAME},\s*\S")
CLOCK = re.compile(_CLOCK)
# A teaser's or a post's age on a line of its own ("1 hour ago", "32M ago", "2 days ago at
# 07:47 am", "16 hours ago on World Blog"): a stamp, not text. Matched against the casefolded
# line.
AGE_STAMP = re.compile(
    r"^(?:\d+|an?|one)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?"
    r"|weeks?|mo|months?|y|yrs?|years?)\s+ago(?:\s*(?:at|on|in|[|•·–—-])\s*[^.!?]{0,30})?$"
)
# A page's count of reading time or of a live page's entries ("2 min read", "38 Posts").
COUNT_STAMP = re.compile(r"^(?:<\s*)?\d+\s*min(?:ute)?s?\.? read|^\d+ (?:posts|updates|entries)$")
# A list item's marker at a line's start ("- ", "• ", "* ", "1. ", "(a) ").
BULLET = re.compile(r"^\s*(?:[-–—•*▪►]|\d{1,2}[.)]|\([a-z0-9]{1,3}\))\s")
# A line that begins with a date: a page's stamp over the text, with a source after it.
DATE_LED = re.compile(rf"^(?:{_DAY}|{_CLOCK},?\s*{_DAY})\b")
