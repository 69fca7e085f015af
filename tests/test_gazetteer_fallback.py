"""Places the main gazetteer index does not settle: small towns of the document's country
hidden behind a big namesake abroad, first-level regions under their other names, and the
compass parts of a country."""

from __future__ import annotations

from sitrep.extract.gazetteer import GeoContext, geocode, haversine_km, resolve_places

SUSAH_LY = (32.897, 21.966)  # the Libyan port, 7,000 people (GeoNames: Sūsah)


def test_small_home_town_beats_a_big_namesake_abroad() -> None:
    # "Susa" is also an alternate name of Sousse (Tunisia, 220,000 people) in the main index;
    # in a report on Libya it is the Libyan town, which only the small-towns index holds.
    res = geocode("Susa", GeoContext(countries=("LY",)))
    assert res.place is not None and res.place.country_code == "LY"
    assert haversine_km((res.place.lat, res.place.lon), SUSAH_LY) < 5


def test_small_home_town_in_a_document_about_its_country() -> None:
    names = ["Libya", "Derna", "Benghazi", "Tobruk", "Susa"]
    susa = resolve_places(names)[-1]
    assert susa.place is not None and susa.place.country_code == "LY"


def test_big_namesake_abroad_stays_when_home_has_no_town_of_the_name() -> None:
    # a report on Kazakhstan naming Paris or Moscow means the capitals
    ctx = GeoContext(countries=("KZ",))
    for name, cc in (("Paris", "FR"), ("Moscow", "RU"), ("London", "GB")):
        res = geocode(name, ctx)
        assert res.place is not None and res.place.country_code == cc, name


def test_without_context_the_big_town_stays() -> None:
    res = geocode("Susa", None)
    assert res.place is not None and res.place.country_code != "LY"


def test_small_town_near_the_documents_other_places() -> None:
    # the main index offers only "Rogers Park" (Chicago) through an alternate name; a local
    # paper naming Knoxville and Kingsport means the Tennessee town of 4,000 people
    res = resolve_places(["Knoxville", "Kingsport", "Rogersville"])[-1]
    assert res.place is not None and (res.place.country_code, res.place.admin1) == ("US", "TN")
    assert haversine_km((res.place.lat, res.place.lon), (36.407, -83.005)) < 5


def test_small_town_in_the_documents_region() -> None:
    res = geocode("Rogersville", GeoContext(countries=("US",), admin1=frozenset({("US", "TN")})))
    assert res.place is not None and res.place.admin1 == "TN"


def test_first_level_region_under_its_other_name() -> None:
    # GeoNames calls Myanmar's Karen State "Kayin" and India's Orissa "Odisha"
    for name, cc, official in (
        ("Karen State", "MM", "Kayin"),
        ("Arakan", "MM", "Rakhine"),
        ("Orissa", "IN", "Odisha"),
        ("North Kordofan", "SD", "Shamal Kurdufan"),
    ):
        res = geocode(name)
        assert res.place is not None and res.place.feature == "admin1", name
        assert (res.place.country_code, res.place.name) == (cc, official), name


def test_other_name_of_a_region_does_not_take_its_towns_name() -> None:
    # "Sagaing" alone stays the town (the region is named after it)
    res = geocode("Sagaing")
    assert res.place is not None and res.place.feature == "city"


def test_hall_named_after_its_town_is_a_site_at_the_town() -> None:
    res = geocode("Yangon City Hall", GeoContext(countries=("MM",)))
    assert res.place is not None and res.place.feature == "site"
    assert res.place.name == "Yangon City Hall" and res.place.country_code == "MM"
    assert haversine_km((res.place.lat, res.place.lon), (16.80, 96.16)) < 10
    # no town opens the name: nothing to place it by
    assert geocode("City Hall").place is None


def test_small_towns_vote_for_their_region() -> None:
    # Avondale Estates (3,000 people, small-towns index only) says which Decatur is meant
    names = ["Decatur", "Avondale Estates", "Decatur", "Avondale Estates", "DeKalb County"]
    results = resolve_places(names)
    assert all(r.place is not None for r in results)
    assert {(r.place.country_code, r.place.admin1) for r in results if r.place} == {("US", "GA")}


def test_a_compass_named_region_in_english_is_found_in_its_country() -> None:
    # GeoNames names Haiti's departments in French ("Ouest"); English news writes "the West
    # department"
    names = ["Port-au-Prince", "Haiti", "West", "Croix-des-Bouquets"]
    west = resolve_places(names)[2]
    assert west.place is not None and (west.place.country_code, west.place.name) == ("HT", "Ouest")


def test_a_bare_compass_point_names_no_region_abroad() -> None:
    # GeoNames' "West" is Cameroon's and Iceland's: neither, in a text about another country
    res = geocode("West", GeoContext(countries=("KE",)))
    assert res.place is None
    res = geocode("West", GeoContext(countries=("CM",)))
    assert res.place is not None and res.place.country_code == "CM"
