"""Name keys, place ids and distances: what every step of the gazetteer compares places by.

A name is indexed under a *normalised* key (case, diacritics, punctuation and hyphens
removed) and a *folded* key that also collapses romanisation variants (q->k, zh->j, -skiy->-sk,
a final vowel). Places GeoNames gives no id (regions, seas, sites) get a stable negative one.
"""

from __future__ import annotations

import hashlib
import math
import re
import zlib

from unidecode import unidecode

from sitrep.extract.gazetteer.vocabulary import ARTICLE_WORDS
from sitrep.extract.site_words import site_key
from sitrep.extract.translit import fold_letters
from sitrep.records import Place

_PUNCT_TO_SPACE: dict[int, str | None] = {
    c: (None if chr(c) in "'`" else " ") for c in range(128) if not chr(c).isalnum()
}
_NON_LATIN = re.compile(r"[^\x00-\u024f]")
_ENDINGS = ("skii", "skai", "skoe", "skaa", "sko", "ska")  # -skiy/-skaya/-skoye, after folding


def norm_key(name: str) -> str:
    """Case-, diacritic-, punctuation- and hyphen-insensitive key ("Nur-Sultan" -> "nur sultan")."""
    if not name.isascii():
        name = unidecode(name)
    text = " ".join(name.casefold().translate(_PUNCT_TO_SPACE).split())
    return text[4:] if text.startswith("the ") else text


def _fold_norm(key: str) -> str:
    text = fold_letters(key.replace(" ", ""))
    if text.endswith(_ENDINGS):
        text = text[: text.rindex("sk") + 2]
    if len(text) > 4 and text[-1] in "aeiou":
        # one final vowel (Karaganda/Karagandy): stripping them all made "Ocean" Oceania
        # and "Adam" Adamaoua
        text = text[:-1]
    return text


def fold_key(name: str) -> str:
    """A key that also merges romanisation variants ("Taldyqorghan" == "Taldykorgan")."""
    return _fold_norm(norm_key(name))


def core_key(key: str) -> str:
    """The folded key of a name key without a leading article ("el geneina" -> "genein"), so
    the spellings of one name with and without it, in several alphabets, share it."""
    first, _, rest = key.partition(" ")
    return _fold_norm(rest if first in ARTICLE_WORDS and len(rest) > 3 else key)


def other_name_key(geonameid: int, folded: str) -> int:
    """A town's other name (its id and the name's folded key) as one 64-bit number."""
    return _key_hash(f"{geonameid} {folded}")


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _typed_alternate(alt: str, primary: str) -> bool:
    """Keep Latin alternate names that look written (capitalised), drop IATA codes like 'NQZ'.

    Lower-case and non-Latin alternates are machine romanisations or other scripts; their
    unidecoded forms collide with English words, and English news does not use them.
    """
    if not alt or not alt[0].isupper() or _NON_LATIN.search(alt):
        return False
    return not (alt.isupper() and len(alt) <= 4 and alt != primary)


def local_id(*parts: str) -> int:
    """A stable negative id for a place that GeoNames' shipped data gives no geonameid (first-
    and second-level regions, seas, world regions, territories).

    Why: later stages join a place's mentions across documents by ``Place.geonameid``; a region
    without one would lose its record there. Negative, so it can never be taken for a real
    GeoNames id (48 bits of SHA-1 over the parts: no collision among ~10k such places).
    """
    digest = hashlib.sha1("\x1f".join(parts).encode()).digest()
    return -int.from_bytes(digest[:6], "big") - 1


def site_in(town: Place, name: str) -> Place:
    """A named site ("Freedom Square") at its town's point: feature "site", ACLED geo_precision
    1, as ACLED codes an event at a square or a prison; the same id for the same name and town
    in every document, and for its translations ("Tahrir Square" is "Liberation Square": see
    :func:`sitrep.extract.site_words.site_key`). A town's airport ("Kabul International
    Airport") is at its own point when the airport data has one for the town
    (sitrep.resolve.sites.town_airport)."""
    if name.split()[-1].casefold() in ("airport", "airfield"):
        from sitrep.resolve.sites import town_airport  # resolve imports this module

        airport = town_airport(town)
        if airport is not None:
            return airport
    return Place(
        local_id("site", str(town.geonameid), site_key(name)),
        name,
        town.country_code,
        town.admin1,
        town.lat,
        town.lon,
        "site",
        0,
        1,
        town.name,
    )


def _key_hash(key: str) -> int:
    """A stable 64-bit hash of a name key (Python's ``hash`` changes between processes)."""
    raw = key.encode()
    return (zlib.crc32(raw) << 32) | zlib.adler32(raw)
