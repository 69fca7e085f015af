"""Words of landmark names in the languages crisis news transliterates, with their English.

Why: a report names the square where crowds gather by its own name ("Tahrir Square", "Midan
Tahrir", "Maidan") or by its translation ("Liberation Square", "Independence Square"); both
are one place. :func:`site_key` reduces a site's name to its bag of English words, so that
sites of one town whose names translate to the same words share one record
(sitrep.extract.gazetteer.site_in). Only whole words are mapped; a name with any word not
listed keeps that word as it is, so "Tahrir Square" and "Martyrs Square" stay two places.

The table holds the generic words of squares, streets and buildings and the few abstract
nouns that name squares across the Arab world, Iran, Turkey, the Caucasus, Central Asia and
the former Soviet Union (liberation, freedom, independence, martyrs, revolution, republic,
victory, unity). Transliterations vary, so each common spelling is listed.
"""

from __future__ import annotations

from unidecode import unidecode

__all__ = ["SITE_TAILS", "SITE_WORDS", "site_key"]

# The last word of a landmark's name that reports often drop once the landmark is known
# ("Galle Face Green" -> "Galle Face", "Tahrir Square" -> "Tahrir"): the bare name is the
# same site. "city" is no such word: "Gaza" and "Gaza City" are two places.
SITE_TAILS = frozenset(
    """square plaza park green gardens garden common maidan meydan avenue boulevard street
    road bridge market bazaar stadium roundabout""".split()
)

SITE_WORDS: dict[str, str] = {
    # square, street, building
    "midan": "square",
    "maidan": "square",
    "maydan": "square",
    "meydan": "square",
    "meydani": "square",
    "maydoni": "square",
    "sahat": "square",
    "saha": "square",
    "sahet": "square",
    "ploshchad": "square",
    "ploshcha": "square",
    "plac": "square",
    "placa": "square",
    "plaza": "square",
    "piazza": "square",
    "moedani": "square",
    "alany": "square",
    "alangy": "square",
    "shari": "street",
    "sharia": "street",
    "shar'": "street",
    "ulitsa": "street",
    "vulytsia": "street",
    "qasr": "palace",
    "kasr": "palace",
    "saray": "palace",
    "sarayi": "palace",
    "masjid": "mosque",
    "jami": "mosque",
    "jamia": "mosque",
    "souk": "market",
    "suq": "market",
    "bazar": "market",
    "bazaar": "market",
    "jisr": "bridge",
    "kopru": "bridge",
    # what squares are named for
    "tahrir": "liberation",
    "tahreer": "liberation",
    "hurriya": "freedom",
    "hurriyah": "freedom",
    "horreya": "freedom",
    "horriya": "freedom",
    "azadi": "freedom",
    "azadliq": "freedom",
    "ozgurluk": "freedom",
    "svobody": "freedom",
    "svobodi": "freedom",
    "tavisuplebis": "freedom",
    "istiqlal": "independence",
    "istiklal": "independence",
    "nezalezhnosti": "independence",
    "nezavisimosti": "independence",
    "tauelsizdik": "independence",
    "shuhada": "martyrs",
    "shohada": "martyrs",
    "shuhadaa": "martyrs",
    "thawra": "revolution",
    "enghelab": "revolution",
    "inqilab": "revolution",
    "revolyutsii": "revolution",
    "jumhuriya": "republic",
    "jumhuriyah": "republic",
    "jumhuriyya": "republic",
    "cumhuriyet": "republic",
    "respublika": "republic",
    "respubliki": "republic",
    "nasr": "victory",
    "pobedy": "victory",
    "peremohy": "victory",
    "wahda": "unity",
    "wehda": "unity",
    "birlik": "unity",
}

# Arabic articles written before a word ("al-Tahrir", "el Tahrir", "ash-Shuhada").
_ARTICLES = frozenset("al el ad ed ar er as es ash esh at et az ez an en".split())
_ENGLISH_PLURALS = {"martyr": "martyrs"}


def site_key(name: str) -> str:
    """The name's words in English, sorted, without articles or punctuation: "Midan Tahrir",
    "Tahrir Square", "al-Tahrir Square" and "Liberation Square" all give "liberation square".
    """
    text = unidecode(name).casefold().replace("'s", " ").replace("’s", " ")
    words = "".join(c if c.isalnum() else " " for c in text).split()
    out = []
    for w in words:
        if w in _ARTICLES or w == "the":
            continue
        w = SITE_WORDS.get(w, w)
        out.append(_ENGLISH_PLURALS.get(w, w))
    return " ".join(sorted(out))
