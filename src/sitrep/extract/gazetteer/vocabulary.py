"""The words the gazetteer reads around place names: region and unit words ("Almaty region",
"Pirganj upazila"), polity words ("Republic of"), compass words ("Eastern Ghouta"), range and
water words, and the generic words of GeoNames' region names. A data module: no logic.
"""

from __future__ import annotations

# Words that name a first-level region after a place name ("Almaty region", "Oblast of Kharkiv").
REGION_WORDS = ("region", "province", "oblast", "governorate", "state", "prefecture", "district")
# Words after the name of a second-level unit ("Pirganj upazila", "Kisumu County", "Kotayk
# raion"): when the gazetteer has no record of the whole name, the unit is read as the
# region or town it is named after (its seat), which is where ACLED puts it.
SUBDIVISION_WORDS = (
    "county",
    "upazila",
    "upazilla",
    "municipality",
    "tehsil",
    "taluk",
    "raion",
    "rayon",
    "subdistrict",
    "commune",
    "lga",
)

# Words before "of" in a state's formal name ("Republic of Kazakhstan" is Kazakhstan).
POLITY_WORDS = frozenset(
    "republic kingdom state federation emirate principality sultanate commonwealth "
    "grand duchy".split()
)


# What follows a people's name in its country's name ("Kazakh" + "stan", "Afghan" + "istan").
DEMONYM_STEM_SUFFIXES = frozenset({"stan", "istan"})


RANGE_WORDS = ("mountains", "range", "highlands")
WATER_WORDS = frozenset({"sea", "ocean", "gulf"})


# A compass word before a place names a part of it ("West Wales", "South Florida", "Eastern
# Ghouta", "Northern Kenya"): read as the place itself when the whole has no record.
COMPASS_WORDS = frozenset(
    """north south east west northern southern eastern western central northeast northwest
    southeast southwest northeastern northwestern southeastern southwestern upper lower""".split()
)


# Generic words in GeoNames admin1 names; the rest is the name news uses ("Almaty Oblysy" ->
# "Almaty", "Muhafazat Halab" -> "Halab"). Transliterated generics come from the admin1 names of
# the former Soviet Union, the Arab world, Central Asia and Latin America.
ADMIN1_GENERIC = frozenset(
    "oblast oblysy oblasi oblys viloyati viloyat wiloyati province provincia provincie "
    "region regiao region de departamento department departement governorate muhafazat "
    "state estado county prefecture territory krai kray okrug district division "
    "respublikasi respublika republic autonomous of de del la the".split()
)
# Words marking an admin1 that is one city ("Almaty Qalasy", "Moskva city", "Kyiv City").
CITY_ADMIN1_WORDS = frozenset("qalasy shahri city gorod municipality capital".split())


# Last words of second-level region names that English news writes in full ("Laurel County",
# "Rapides Parish"); only admin2 names ending so are indexed (others collide with towns).
ADMIN2_WORDS = frozenset("county parish borough".split())


# Last words of a building named after its town ("Yangon City Hall", "Leeds Town Hall"): when
# the gazetteer has no record of the whole name, it is at the point of the town it opens with.
# (Squares, stadiums and the like are placed by the entity step's sites, see _place_sites.)
TOWN_SITE_WORDS = frozenset({"hall"})


# The Arabic article as romanised before a town's name ("El Geneina", "Al-Geneina", "Ad
# Damazin"): GeoNames lists a name with and without it, and both spell the same name.
ARTICLE_WORDS = ("al", "el", "ad", "an", "ar", "as", "ash", "at", "az")
