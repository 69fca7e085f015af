"""Name keys for cross-document matching: transliteration folding and phonetic codes.

Why: the same person or place reaches English news through different
romanisations (Tokayev/Toqaev, Taldykorgan/Taldyqorghan, Aleksandr/Alexander).
Raw string similarity scores true variants no higher than different names
(/work/shared/notes/libraries.md §9); folding the usual transliteration
alternations first lifts every true pair to near identity while real
non-matches stay apart. The keys here are pure functions, shared by entity,
event and claim resolution.
"""

from __future__ import annotations

import re
from functools import lru_cache

import jellyfish
from rapidfuzz.distance import JaroWinkler
from unidecode import unidecode

from sitrep.extract.translit import fold_letters
from sitrep.lexicon import MINISTRY_SUBJECTS, STATE_BODIES, STATE_BODY_NAMES

# Honorifics and office titles that precede a name but are not part of it.
TITLES: frozenset[str] = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "sir",
        "dame",
        "lord",
        "lady",
        "president",
        "pres",
        "prime",
        "minister",
        "pm",
        "general",
        "gen",
        "col",
        "colonel",
        "major",
        "maj",
        "capt",
        "captain",
        "lt",
        "sgt",
        "sen",
        "senator",
        "rep",
        "gov",
        "governor",
        "mayor",
        "king",
        "queen",
        "prince",
        "princess",
        "sheikh",
        "sheik",
        "imam",
        "rev",
        "reverend",
        "father",
        "pope",
        "chancellor",
        "ambassador",
        "judge",
        "justice",
        "commander",
        "marshal",
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chairman",
        "chairwoman",
        "leader",
        "former",
        "ex",
        "late",
        "acting",
        "deputy",
        "vice",
        "interim",
        "opposition",
    }
)
# Generational suffixes after a person's name, which reports write or drop ("Jr.").
NAME_SUFFIXES: frozenset[str] = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Generic head nouns an organisation's name may carry or drop ("Almaty police department").
ORG_HEADS: frozenset[str] = frozenset(
    {
        "department",
        "dept",
        "office",
        "service",
        "agency",
        "organization",
        "group",
        "party",
        "movement",
        "force",
        "forces",
        "inc",
        "ltd",
        "corp",
        "corporation",
        "company",
        "co",
    }
)
# Small words ignored when forming an acronym from an expansion.
ACRONYM_STOPWORDS: frozenset[str] = frozenset(
    {"of", "the", "and", "for", "in", "on", "to", "a", "an", "&"}
)

# Ordered rewrites that map common romanisation alternations onto one spelling.
_NONWORD = re.compile(r"[^\w\s-]+")


@lru_cache(maxsize=200_000)
def plain(name: str) -> str:
    """ASCII, case-folded, punctuation-free form ("Mr. Tokayev's" -> "mr tokayev")."""
    s = unidecode(name).casefold().replace("'s ", " ").removesuffix("'s")
    s = s.replace("'", "").replace("’", "")
    s = _NONWORD.sub(" ", s).replace("-", " ")
    return " ".join(s.split())


@lru_cache(maxsize=200_000)
def fold_token(token: str) -> str:
    """One token with transliteration alternations folded (Toqaev, Tokayev -> tokaev)."""
    return fold_letters(token)


def strip_titles(tokens: list[str]) -> list[str]:
    """Drop leading titles and a leading article ("the", "President", "Mr"), and a
    generational suffix after a name of two words or more ("Kenneth F. McKenzie Jr.")."""
    i = 0
    while i < len(tokens) - 1 and (tokens[i] in TITLES or tokens[i] == "the"):
        i += 1
    end = len(tokens)
    while end - i > 2 and tokens[end - 1] in NAME_SUFFIXES:
        end -= 1
    return tokens[i:end]


@lru_cache(maxsize=200_000)
def name_tokens(name: str) -> tuple[str, ...]:
    """Plain tokens of a name without titles.

    "President Kassym-Jomart Tokayev" -> (kassym, jomart, tokayev).
    """
    return tuple(strip_titles(plain(name).split()))


@lru_cache(maxsize=200_000)
def folded(name: str) -> str:
    """The full folded key of a name (titles removed)."""
    return " ".join(fold_token(t) for t in name_tokens(name))


def phonetic(token: str) -> str:
    """A phonetic code of a folded token (metaphone), used only as a blocking key."""
    return jellyfish.metaphone(token) if token else ""


def similarity(a: str, b: str) -> float:
    """Jaro-Winkler similarity of two folded strings."""
    return JaroWinkler.normalized_similarity(a, b)


_INNER_VOWELS = re.compile(r"(?<=.)[aeiou]+")


def skeleton(token: str) -> str:
    """A folded token without its inner vowels ("vikremesinge", "vikramasinge" -> "vkrmsng"):
    romanisations of South Asian and Arabic names differ mostly in the vowels they write
    (Wickremesinghe / Wickramasinghe, Rajapaksa / Rajapakse)."""
    return _INNER_VOWELS.sub("", token)


def is_acronym(text: str) -> bool:
    """An all-capitals token of 2-8 letters (dots allowed): CSTO, U.N., KNB."""
    s = text.replace(".", "").strip()
    return 2 <= len(s) <= 8 and s.isalpha() and s.isupper()


def acronym_of(name: str) -> str | None:
    """The initials of an expansion's words ("Collective Security Treaty Organization" -> CSTO)."""
    words = [w for w in re.split(r"[\s-]+", unidecode(name)) if w]
    words = [w for w in words if w.casefold() not in ACRONYM_STOPWORDS]
    if len(words) < 2:
        return None
    # A word with capitals inside gives each of them ("UrduPoint News" -> UPN, not UN).
    return "".join(
        "".join(c for c in w if c.isupper())
        if not w.isupper() and any(c.isupper() for c in w[1:])
        else w[0]
        for w in words
    ).upper()


def transposition_typo(a: str, b: str) -> bool:
    """Two acronyms that differ by one swap of neighbouring letters (CSTO/CTSO)."""
    if len(a) != len(b) or len(a) < 4 or a == b or sorted(a) != sorted(b):
        return False
    return jellyfish.damerau_levenshtein_distance(a, b) == 1


_MINISTRY = re.compile(
    r"^(?:(?P<pre>[a-z]+(?: [a-z]+)?) ministry"
    r"|ministry (?:of|for) (?P<post>[a-z]+(?: [a-z]+){0,2}))$"
)


_MINISTRY_KEY = "ministri of "  # folded("Ministry of ...")


def state_body(phrase: str) -> str | None:
    """The normal name of a state body written as a common-noun phrase, or None.

    "interior ministry", "Ministry of the Interior", "ministry of internal affairs" ->
    "Ministry of Internal Affairs"; "health ministry" -> "Ministry of Health"; "army",
    "military", "armed forces" -> "Armed Forces" (see sitrep.lexicon.STATE_BODIES)."""
    p = " ".join(phrase.casefold().split())
    if p in STATE_BODIES:
        return STATE_BODIES[p]
    m = _MINISTRY.match(p)
    if m is None:
        return None
    subject = m["pre"] or m["post"]
    if " of " in f" {subject} ":
        return None  # "ministry of health of kenya": the owner is read by the caller
    if subject not in MINISTRY_SUBJECTS:
        subject = subject.removeprefix("the ")
    if subject in ("the", "state", "new", "former"):
        return None
    return "Ministry of " + MINISTRY_SUBJECTS.get(
        subject, subject.title().replace(" And ", " and ")
    )


def body_owner(key: str) -> tuple[str, str] | None:
    """A folded "<state body> of <owner>" key split in two: ("armed forces", "sudan") of
    "armed forces of sudan", ("ministri of helth", "sudan") of "ministri of helth of sudan"."""
    if key.startswith(_MINISTRY_KEY):
        body, sep, owner = key.rpartition(" of ")
        return (body, owner) if sep and len(body) > len(_MINISTRY_KEY) else None
    for body in _folded_bodies():
        if key.startswith(body + " of "):
            return body, key[len(body) + 4 :]
    return None


def is_state_body(key: str) -> bool:
    """A folded bare state body ("ministri of helth", "armed forces"), owner unnamed."""
    if key.startswith(_MINISTRY_KEY):
        return " of " not in key[len(_MINISTRY_KEY) :]
    return key in _folded_bodies()


@lru_cache(maxsize=1)
def _folded_bodies() -> tuple[str, ...]:
    return tuple(sorted({folded(b) for b in STATE_BODY_NAMES}, key=len, reverse=True))
