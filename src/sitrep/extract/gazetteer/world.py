"""Reference tables of places news names that GeoNames' cities do not give: countries' other
names, continent and country points, unions of states, US state abbreviations, demonyms, and
the hand-listed seas, world regions and territories (:data:`WORLD_PLACES`).

A data module: reviewable tables, no logic. Points are atlas-level (good to ~100 km).
"""

from __future__ import annotations

from dataclasses import dataclass

# English shorthand and exonyms for countries that GeoNames' English country names do not cover.
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("US", "U.S.", "U.S.A.", "USA", "America", "United States of America", "the States"),
    # England, Scotland and Wales are GeoNames' first-level regions of GB, not the whole
    "GB": ("UK", "U.K.", "Britain", "Great Britain"),
    "RU": ("Russian Federation",),
    "KR": ("Korea", "Republic of Korea"),
    "KP": ("North Korea", "DPRK"),
    "CI": ("Ivory Coast", "Cote d'Ivoire"),
    # news agencies' style (Reuters, AP): "Congo" alone is the Democratic Republic of Congo;
    # the other is "Republic of Congo" or "Congo Republic"
    "CD": (
        "DR Congo",
        "DRC",
        "Democratic Republic of the Congo",
        "Democratic Republic of Congo",
        "Congo-Kinshasa",
        "Congo",
    ),
    "CG": ("Congo-Brazzaville", "Republic of the Congo", "Republic of Congo", "Congo Republic"),
    "MM": ("Burma",),
    "CZ": ("Czechia", "Czech Republic"),
    "NL": ("Holland",),
    "AE": ("UAE", "Emirates"),
    "SZ": ("Swaziland", "Eswatini"),
    "MK": ("Macedonia", "North Macedonia"),
    "TR": ("Turkey", "Turkiye"),
    "VA": ("Vatican", "Holy See"),
    "PS": ("Palestine", "Palestinian Territories"),
    "CV": ("Cape Verde", "Cabo Verde"),
    "TL": ("East Timor", "Timor-Leste"),
    "BA": ("Bosnia",),
    "VN": ("Viet Nam",),
}

# Names the data gives a country that news uses for another (see "CD" above)
COUNTRY_NAMES_NOT: dict[str, tuple[str, ...]] = {"CG": ("Congo",)}


@dataclass(frozen=True, slots=True)
class WorldPlace:
    """A non-city place: sea, world region or territory, with the adjectives news uses for it."""

    name: str
    lat: float
    lon: float
    kind: str  # sea | region | territory
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()  # "Central Asian" -> Central Asia
    country: str | None = None  # de jure country of a territory (context, not a claim)


# Where web maps (Google Maps) pin a continent, keyed by GeoNames' continent code: the map
# convention sitrep's country points follow too (the centre of the main territory's box, as
# in Google's country table). GeoNames' own continent points lie far from these (Europe's in
# southern Germany, 774 km away) and are kept as ``Gazetteer.continent_points``.
CONTINENT_POINTS: dict[str, tuple[float, float]] = {
    "AF": (8.7832, 34.5085),
    "AS": (34.0479, 100.6197),
    "EU": (54.526, 15.2551),
    "NA": (54.526, -105.2551),
    "SA": (-8.7832, -55.4915),
    "OC": (-22.7359, 140.0188),
    "AN": (-82.8628, 135.0),
}

# GeoNames' own representative points for the few big countries where countryinfo's ``latlng``
# lies more than 161 km from it (GeoWebNews/LGL gold uses GeoNames' point: US 39.76,-98.5, not
# restcountries' 38,-97). Kept as ``Gazetteer.country_points``, not as the record's point.
COUNTRY_POINTS: dict[str, tuple[float, float]] = {
    "US": (39.76, -98.5),
    "CA": (60.10867, -113.64258),
    "AU": (-25.0, 135.0),
    "IN": (22.0, 79.0),
    "JP": (35.68536, 139.75309),  # GeoNames 1861060 sits at Tokyo; countryinfo 36,138
    "LY": (28.0, 17.0),  # GeoNames 2215636; countryinfo 25,17
}

# The adjectives of the continents, keyed by GeoNames' continent code: "European leaders",
# "African migrants" name their continent as "Russian troops" name Russia.
CONTINENT_ADJECTIVES: dict[str, tuple[str, ...]] = {
    "AF": ("African",),
    "AS": ("Asian",),
    "EU": ("European",),
    "NA": ("North American",),
    "SA": ("South American",),
    "OC": ("Oceanian",),
    "AN": ("Antarctic",),
}

# Unions of states with a territory of their own ("EU countries", "outside the EU"): each name
# (and its short forms) -> the continent or world region (a WORLD_PLACES name) it covers. The
# geoparser reports them as toponyms of that territory (GeoWebNews places "EU" at Europe);
# sitrep's entities keep them ORG. Alliances and agencies with no territory are not listed.
TERRITORIAL_UNIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "European Union": ("Europe", ("EU", "E.U.")),
    "African Union": ("Africa", ()),
    "Association of Southeast Asian Nations": ("Southeast Asia", ("ASEAN",)),
    "Gulf Cooperation Council": ("Gulf states", ("GCC",)),
    "Economic Community of West African States": ("West Africa", ("ECOWAS",)),
    "Southern African Development Community": ("Southern Africa", ("SADC",)),
    "Mercosur": ("South America", ("Mercosul",)),
}

# GeoNames' points for first-level regions whose towns all hug one edge, so that the centre of
# their towns' box lies far from the region's centre (Canada's provinces, Australia's states:
# the towns are in the south / on the coast). Keyed by (country, GeoNames admin1 name).
ADMIN1_POINTS: dict[tuple[str, str], tuple[float, float]] = {
    ("CA", "Alberta"): (52.28333, -117.469),
    ("CA", "British Columbia"): (53.99983, -125.0032),
    ("CA", "Manitoba"): (55.00019, -97.00049),
    ("CA", "Ontario"): (49.25014, -84.49983),
    ("CA", "Quebec"): (52.00017, -71.99907),
    ("CA", "Saskatchewan"): (54.00007, -106.00099),
    ("CA", "Newfoundland and Labrador"): (52.0, -56.0),
    ("AU", "Queensland"): (-20.0, 145.0),
    ("AU", "Western Australia"): (-25.0, 122.0),
    ("AU", "Northern Territory"): (-20.0, 134.0),
    ("AU", "South Australia"): (-30.0, 135.0),
    ("AU", "New South Wales"): (-33.0, 146.0),
}

# Other names of first-level regions that GeoNames (as shipped) does not list: the English or
# former names news keeps using after a renaming or beside the official romanisation ("Karen
# State" for Kayin, "Arakan" for Rakhine, "Orissa" for Odisha), and the English forms of
# Arabic-named provinces ("North Kordofan" for Shamal Kurdufan). Keyed by (country, GeoNames
# admin1 name as the gazetteer names it); "State"/"Region" after them is read as usual.
ADMIN1_ALIASES: dict[tuple[str, str], tuple[str, ...]] = {
    ("MM", "Kayin"): ("Karen",),
    ("MM", "Rakhine"): ("Arakan",),
    ("MM", "Tanintharyi"): ("Tenasserim",),
    ("IN", "Odisha"): ("Orissa",),
    ("IN", "Uttarakhand"): ("Uttaranchal",),
    ("SD", "Al Jazirah"): ("Gezira", "Al Gezira", "Jazira"),
    ("SD", "Shamal Kurdufan"): ("North Kordofan",),
    ("SD", "Southern Kordofan"): ("South Kordofan",),
    ("SD", "Northern Darfur"): ("North Darfur",),
    ("SD", "Southern Darfur"): ("South Darfur",),
    ("SD", "Western Darfur"): ("West Darfur",),
    ("SD", "Eastern Darfur"): ("East Darfur",),
}

# First-level regions named by a compass point in French (Haiti's "Ouest", Burkina Faso's
# "Centre-Nord"), which English news writes in English ("the West department"). Any admin1
# whose GeoNames name is a key here is also found under the value.
ADMIN1_COMPASS_ENGLISH: dict[str, tuple[str, ...]] = {
    "Nord": ("North",),
    "Sud": ("South",),
    "Est": ("East",),
    "Ouest": ("West",),
    "Nord-Est": ("North-East", "Northeast"),
    "Nord-Ouest": ("North-West", "Northwest"),
    "Sud-Est": ("South-East", "Southeast"),
    "Sud-Ouest": ("South-West", "Southwest"),
    "Centre-Nord": ("Centre-North", "Center-North"),
    "Centre-Sud": ("Centre-South", "Center-South"),
    "Centre-Est": ("Centre-East", "Center-East"),
    "Centre-Ouest": ("Centre-West", "Center-West"),
}

# Abbreviations news writes after a town ("Athens, Ga.", "Kamloops, B.C."): AP style for US
# states, Canadian Press style for provinces. Keyed by the exact written form (with its
# periods: "Ind." is Indiana, "IND" is nothing); value: (country, admin1 name). US admin1 names
# are the full state names; postal codes ("GA") are accepted only after a comma (gazetteer).
STATE_ABBREVIATIONS: dict[str, tuple[str, str]] = {
    **{
        k: ("US", v)
        for k, v in {
            "Ala.": "Alabama",
            "Ariz.": "Arizona",
            "Ark.": "Arkansas",
            "Calif.": "California",
            "Cal.": "California",
            "Colo.": "Colorado",
            "Conn.": "Connecticut",
            "Del.": "Delaware",
            "Fla.": "Florida",
            "Ga.": "Georgia",
            "Ill.": "Illinois",
            "Ind.": "Indiana",
            "Kan.": "Kansas",
            "Kans.": "Kansas",
            "Ky.": "Kentucky",
            "La.": "Louisiana",
            "Md.": "Maryland",
            "Mass.": "Massachusetts",
            "Mich.": "Michigan",
            "Minn.": "Minnesota",
            "Miss.": "Mississippi",
            "Mo.": "Missouri",
            "Mont.": "Montana",
            "Neb.": "Nebraska",
            "Nebr.": "Nebraska",
            "Nev.": "Nevada",
            "N.H.": "New Hampshire",
            "N.J.": "New Jersey",
            "N.M.": "New Mexico",
            "N.Y.": "New York",
            "N.C.": "North Carolina",
            "N.D.": "North Dakota",
            "Okla.": "Oklahoma",
            "Ore.": "Oregon",
            "Pa.": "Pennsylvania",
            "Penn.": "Pennsylvania",
            "R.I.": "Rhode Island",
            "S.C.": "South Carolina",
            "S.D.": "South Dakota",
            "Tenn.": "Tennessee",
            "Tex.": "Texas",
            "Vt.": "Vermont",
            "Va.": "Virginia",
            "Wash.": "Washington",
            "W.Va.": "West Virginia",
            "W. Va.": "West Virginia",
            "Wis.": "Wisconsin",
            "Wisc.": "Wisconsin",
            "Wyo.": "Wyoming",
            "D.C.": "District of Columbia",
        }.items()
    },
    **{
        k: ("CA", v)
        for k, v in {
            "Alta.": "Alberta",
            "B.C.": "British Columbia",
            "Man.": "Manitoba",
            "N.B.": "New Brunswick",
            "Nfld.": "Newfoundland and Labrador",
            "N.S.": "Nova Scotia",
            "Ont.": "Ontario",
            "P.E.I.": "Prince Edward Island",
            "Que.": "Quebec",
            "Sask.": "Saskatchewan",
        }.items()
    },
}


# Short ethnic or colloquial demonyms countryinfo lacks (it has "Kazakhstani", not "Kazakh").
EXTRA_DEMONYMS: dict[str, str] = {
    "Kazakh": "KZ",
    "Uzbek": "UZ",
    "Kyrgyz": "KG",
    "Kyrgyzstani": "KG",
    "Tajik": "TJ",
    "Tajikistani": "TJ",
    "Turkmen": "TM",
    "Azeri": "AZ",
    "Afghan": "AF",
    "English": "GB",
    "Scottish": "GB",
    "Welsh": "GB",
    "Briton": "GB",
    "Brit": "GB",
    "Scot": "GB",
    "Northern Irish": "GB",
    "Argentine": "AR",
    "Argentinian": "AR",
    "Saudi": "SA",
    "Ecuadorian": "EC",
    "Slovenian": "SI",
    "Belarussian": "BY",
    "Cape Verdean": "CV",
    "Kosovar": "XK",
    "Kosovan": "XK",
    "Serb": "RS",
    "Croat": "HR",
    "Pole": "PL",
    "Turk": "TR",
    "Swede": "SE",
    "Dane": "DK",
    "Finn": "FI",
    "Spaniard": "ES",
    "Dutchman": "NL",
    "Congolese": "CD",
    "Dominican": "DO",
    "Indian": "IN",
    "French": "FR",
    "American": "US",
    "Chinese": "CN",
    "Norwegian": "NO",
    "Malian": "ML",
    "Nigerien": "NE",
    "Burkinabe": "BF",
    "Sahrawi": "EH",
    "Myanmar": "MM",
    "Lao": "LA",
    "Vietnamese": "VN",
    "Emirati": "AE",
    "Israeli": "IL",
    "Palestinian": "PS",
    "Iranian": "IR",
    "Persian": "IR",
    "Syrian": "SY",
    "Yemeni": "YE",
    "Sudanese": "SD",
    "Somali": "SO",
    "Haitian": "HT",
    "Venezuelan": "VE",
    "Nicaraguan": "NI",
}

# Approximate centre points (lat, lon) from general atlas knowledge, rounded; each entry says
# what it is. Kinds: "sea" (oceans, seas, gulfs), "region" (continental and world regions news
# uses), "territory" (disputed or breakaway areas and well-known sub-national conflict regions
# that are not a single GeoNames admin1).
WORLD_PLACES: tuple[WorldPlace, ...] = (
    # Oceans and major seas
    WorldPlace("Atlantic Ocean", 14.6, -28.7, "sea", ("Atlantic",)),  # mid-Atlantic
    WorldPlace("Pacific Ocean", 0.0, -160.0, "sea", ("Pacific",)),  # central Pacific
    WorldPlace("Indian Ocean", -20.0, 80.0, "sea"),  # central Indian Ocean
    WorldPlace("Arctic Ocean", 85.0, 0.0, "sea", ("Arctic",), ("Arctic",)),  # near the pole
    WorldPlace("Southern Ocean", -60.0, 90.0, "sea"),  # ring around Antarctica
    WorldPlace("Mediterranean Sea", 35.0, 18.0, "sea", ("Mediterranean",), ("Mediterranean",)),
    WorldPlace("Black Sea", 43.4, 34.3, "sea"),  # between Ukraine and Turkey
    WorldPlace("Caspian Sea", 41.7, 50.6, "sea", ("Caspian",)),  # mid-Caspian
    WorldPlace("Red Sea", 20.3, 38.5, "sea"),  # between Sudan/Eritrea and Saudi Arabia
    WorldPlace("Baltic Sea", 58.5, 19.9, "sea"),
    WorldPlace("North Sea", 56.0, 3.0, "sea"),
    WorldPlace("Aegean Sea", 39.0, 25.0, "sea", ("Aegean",)),
    WorldPlace("Adriatic Sea", 43.0, 15.0, "sea", ("Adriatic",)),
    WorldPlace("Sea of Azov", 46.0, 36.5, "sea"),
    WorldPlace("Arabian Sea", 15.0, 65.0, "sea"),
    WorldPlace("Persian Gulf", 26.9, 51.5, "sea", ("Arabian Gulf",)),
    WorldPlace("Gulf of Aden", 12.5, 48.0, "sea"),
    WorldPlace("Gulf of Oman", 24.5, 58.5, "sea"),
    WorldPlace("Strait of Hormuz", 26.6, 56.3, "sea"),
    WorldPlace("Gulf of Guinea", 2.0, 4.0, "sea"),
    WorldPlace("Gulf of Mexico", 25.0, -90.0, "sea"),
    WorldPlace("Caribbean Sea", 15.0, -75.0, "sea"),
    WorldPlace("South China Sea", 12.0, 113.0, "sea"),
    WorldPlace("East China Sea", 29.0, 125.0, "sea"),
    WorldPlace("Sea of Japan", 40.0, 135.0, "sea", ("East Sea",)),
    WorldPlace("Yellow Sea", 35.0, 123.0, "sea"),
    WorldPlace("Taiwan Strait", 24.5, 119.5, "sea"),
    WorldPlace("Bay of Bengal", 15.0, 88.0, "sea"),
    WorldPlace("English Channel", 50.2, -1.0, "sea"),
    WorldPlace("Lake Chad", 13.0, 14.5, "sea"),  # the lake and its basin (Boko Haram reports)
    WorldPlace("Lake Victoria", -1.0, 33.0, "sea"),
    WorldPlace("Aral Sea", 45.0, 59.5, "sea"),
    # World and continental regions
    WorldPlace("Central Asia", 43.0, 68.0, "region", (), ("Central Asian",)),
    WorldPlace("South Asia", 22.0, 79.0, "region", (), ("South Asian",)),
    WorldPlace("Southeast Asia", 10.0, 106.0, "region", ("South-East Asia",), ("Southeast Asian",)),
    WorldPlace("East Asia", 35.0, 115.0, "region", (), ("East Asian",)),
    WorldPlace("Middle East", 29.0, 42.0, "region", ("Mideast",), ("Middle Eastern",)),
    WorldPlace("Near East", 33.0, 38.0, "region"),
    WorldPlace("Levant", 33.5, 36.5, "region", (), ("Levantine",)),
    WorldPlace("Gulf states", 25.0, 51.0, "region", ("Gulf region",)),  # Arabian peninsula coast
    WorldPlace("Arabian Peninsula", 23.0, 46.0, "region"),
    WorldPlace("Caucasus", 42.5, 44.5, "region", ("Caucasus region",), ("Caucasian",)),
    WorldPlace("South Caucasus", 41.0, 45.0, "region", ("Transcaucasia",)),
    WorldPlace("North Caucasus", 43.5, 44.5, "region"),  # Russia's republics north of the range
    WorldPlace("Balkans", 43.0, 20.0, "region", ("Western Balkans",), ("Balkan",)),
    WorldPlace("Eastern Europe", 50.0, 30.0, "region", (), ("Eastern European",)),
    WorldPlace("Western Europe", 48.0, 5.0, "region", (), ("Western European",)),
    WorldPlace("Central Europe", 49.5, 16.0, "region", (), ("Central European",)),
    WorldPlace("Northern Europe", 60.0, 15.0, "region", ("Scandinavia", "Nordic countries")),
    WorldPlace("Baltic states", 56.5, 24.5, "region", ("Baltics",)),
    WorldPlace("North Africa", 27.0, 10.0, "region", (), ("North African",)),
    WorldPlace("Maghreb", 31.0, 2.0, "region", (), ("Maghrebi",)),
    WorldPlace("West Africa", 12.0, -3.0, "region", (), ("West African",)),
    WorldPlace("East Africa", 2.0, 37.0, "region", (), ("East African",)),
    WorldPlace("Central Africa", 2.0, 20.0, "region", (), ("Central African",)),
    WorldPlace("Southern Africa", -22.0, 25.0, "region"),
    WorldPlace("Sub-Saharan Africa", 0.0, 20.0, "region", (), ("Sub-Saharan",)),
    WorldPlace("Sahel", 15.0, 5.0, "region", ("Sahel region",), ("Sahelian",)),
    WorldPlace("Horn of Africa", 8.0, 45.0, "region"),
    WorldPlace("Great Lakes region", -2.0, 29.5, "region"),  # African Great Lakes conflict zone
    WorldPlace("Latin America", -8.0, -60.0, "region", (), ("Latin American",)),
    WorldPlace("Central America", 14.0, -87.0, "region", (), ("Central American",)),
    WorldPlace("Caribbean", 18.0, -72.0, "region", (), ("Caribbean",)),
    WorldPlace("Andes", -15.0, -70.0, "region", (), ("Andean",)),
    WorldPlace("Amazon", -4.0, -62.0, "region", ("Amazon rainforest", "Amazonia"), ("Amazonian",)),
    WorldPlace("Korean Peninsula", 37.5, 127.5, "region", (), ("Korean",)),  # either Korea
    WorldPlace("Indochina", 15.0, 104.0, "region"),
    WorldPlace("Sinai", 29.5, 33.8, "region", ("Sinai Peninsula",)),
    WorldPlace("Siberia", 62.0, 100.0, "region", (), ("Siberian",)),
    WorldPlace("Himalayas", 28.5, 84.0, "region", (), ("Himalayan",)),
    WorldPlace("Sahara", 23.0, 13.0, "region", ("Sahara Desert",), ("Saharan",)),
    # Disputed, breakaway or occupied territories and conflict regions spanning admin units
    WorldPlace("Abkhazia", 43.0, 41.0, "territory", (), ("Abkhaz", "Abkhazian"), "GE"),
    WorldPlace("South Ossetia", 42.3, 44.0, "territory", (), ("South Ossetian",), "GE"),
    WorldPlace(
        "Transnistria", 46.85, 29.6, "territory", ("Pridnestrovie",), ("Transnistrian",), "MD"
    ),
    WorldPlace("Nagorno-Karabakh", 39.8, 46.75, "territory", ("Karabakh", "Artsakh"), (), "AZ"),
    WorldPlace("Crimea", 45.3, 34.4, "territory", ("Crimean Peninsula",), ("Crimean",), "UA"),
    WorldPlace("Donbas", 48.0, 38.5, "territory", ("Donbass",), (), "UA"),
    WorldPlace("Gaza Strip", 31.4, 34.35, "territory", ("Gaza",), ("Gazan",), "PS"),
    WorldPlace("West Bank", 31.95, 35.25, "territory", (), (), "PS"),
    WorldPlace("Golan Heights", 33.0, 35.75, "territory", ("Golan",), (), "SY"),
    WorldPlace("Kashmir", 34.5, 75.5, "territory", (), ("Kashmiri",), "IN"),
    WorldPlace("Northern Cyprus", 35.25, 33.5, "territory", (), (), "CY"),
    WorldPlace("Somaliland", 9.5, 46.0, "territory", (), ("Somalilander",), "SO"),
    WorldPlace("Puntland", 8.5, 49.0, "territory", (), (), "SO"),
    WorldPlace(
        "Kurdistan",
        36.5,
        44.0,
        "territory",
        ("Kurdistan Region", "Iraqi Kurdistan"),
        ("Kurdish",),
        "IQ",
    ),
    WorldPlace("Rojava", 36.5, 40.5, "territory", (), (), "SY"),  # Kurdish-held north-east Syria
    WorldPlace("Darfur", 13.5, 24.0, "territory", (), ("Darfuri",), "SD"),
    WorldPlace("Tibet", 31.5, 88.0, "territory", (), ("Tibetan",), "CN"),
    WorldPlace("Xinjiang", 41.5, 85.0, "territory", (), (), "CN"),
    WorldPlace("Chechnya", 43.4, 45.7, "territory", (), ("Chechen",), "RU"),
    WorldPlace(
        "Balochistan", 28.5, 65.0, "territory", ("Baluchistan",), ("Baloch", "Baluch"), "PK"
    ),
    WorldPlace("Mindanao", 7.5, 125.0, "territory", (), (), "PH"),
    WorldPlace("Western Sahara", 24.5, -13.0, "territory", (), (), "EH"),
    WorldPlace("Ambazonia", 5.5, 9.8, "territory", (), (), "CM"),  # Cameroon's anglophone west
    WorldPlace("Cabinda", -5.0, 12.3, "territory", (), (), "AO"),
    WorldPlace("Liptako-Gourma", 14.5, 0.5, "territory", (), (), "ML"),  # Mali-Burkina-Niger border
)
