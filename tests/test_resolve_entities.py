"""Entity resolution across documents: variants merge, namesakes stay apart, it scales."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "resolve"))

import gold_inputs as gi  # noqa: E402
import make  # noqa: E402

from sitrep.evaluate.score import score_entities  # noqa: E402
from sitrep.records import Place  # noqa: E402
from sitrep.resolve import names as nm  # noqa: E402
from sitrep.resolve import resolve_all  # noqa: E402
from sitrep.resolve.entities import resolve_entities  # noqa: E402


@pytest.fixture(scope="module")
def gold_run():
    gold = gi.load_gold()
    docs = gi.documents(gold)
    readings, _ = gi.readings(gold, docs)
    return gold, docs, resolve_all(docs, gi.duplicate_groups(gold), readings)


def test_example_corpus_bcubed_and_geocoding(gold_run):
    gold, docs, res = gold_run
    pred = [
        {
            "canonical": e.canonical,
            "aliases": list(e.aliases),
            "lat": e.place.lat if e.place else None,
            "lon": e.place.lon if e.place else None,
        }
        for e in res.entities
    ]
    scores = score_entities(pred, gold["entities"], {d.id: d.text for d in docs})
    assert scores["bcubed_f1"] >= 0.93
    assert scores["bcubed_precision"] >= 0.98
    assert scores["geocoded_within_25km"] >= 0.95


def test_example_variants_are_one_entity(gold_run):
    _, _, res = gold_run
    tok = res.entity_for("Toqaev")
    assert tok is not None and tok is res.entity_for("Kassym-Jomart Tokayev")
    assert tok.canonical == "Kassym-Jomart Tokayev"
    assert res.entity_for("Nazarbaev") is res.entity_for("Nursultan Nazarbayev")
    assert res.entity_for("CTSO") is res.entity_for("Collective Security Treaty Organization")
    assert res.entity_for("Vishevsky") is res.entity_for("Boris Vishnevsky")
    assert res.entity_for("Taldyqorghan") is res.entity_for("Taldykorgan")
    assert res.entity_for("Tokayev") is not res.entity_for("Nursultan Nazarbayev")


def test_transliterations_typos_and_short_forms_across_documents():
    readings = [
        make.reading(
            "a",
            [
                make.ment("a", "Kassym-Jomart Tokayev"),
                make.ment("a", "Tokayev", canonical="Kassym-Jomart Tokayev"),
                make.ment("a", "Kassym-Jomart Tokayev"),
            ],
        ),
        make.reading(
            "b",
            [
                make.ment("b", "Qasym-Zhomart Toqaev"),
                make.ment("b", "Toqaev", canonical="Qasym-Zhomart Toqaev"),
            ],
        ),
        make.reading("c", [make.ment("c", "Mr. Tokayev")]),
        make.reading(
            "d",
            [
                make.ment("d", "Collective Security Treaty Organisation", "ORG"),
                make.ment("d", "CSTO", "ORG", canonical="Collective Security Treaty Organisation"),
            ],
        ),
        make.reading(
            "e",
            [
                make.ment("e", "CTSO", "ORG"),
                make.ment("e", "Collective Security Treaty Organization", "ORG"),
            ],
        ),
    ]
    idx = resolve_entities(readings)
    people = [e for e in idx.entities if e.type == "PERSON"]
    assert len(people) == 1
    assert people[0].canonical == "Kassym-Jomart Tokayev"
    assert {"Toqaev", "Mr. Tokayev", "Qasym-Zhomart Toqaev"} <= set(people[0].aliases)
    assert len(people[0].mentions) == 6
    orgs = [e for e in idx.entities if e.type == "ORG"]
    assert len(orgs) == 1 and "CTSO" in orgs[0].aliases
    assert orgs[0].canonical.startswith("Collective Security Treaty")


def test_namesakes_stay_apart():
    readings = [
        make.reading(
            "a",
            [make.ment("a", "Ahmed Hassan"), make.ment("a", "Hassan", canonical="Ahmed Hassan")],
        ),
        make.reading("b", [make.ment("b", "Ahmed Mohamed")]),
        make.reading("c", [make.ment("c", "Boris Johnson")]),
        make.reading("d", [make.ment("d", "Kim Johnson")]),
        make.reading("e", [make.ment("e", "Johnson")]),  # which Johnson? nothing says
        make.reading("f", [make.ment("f", "Kim Johnson"), make.ment("f", "Johnson")]),
    ]
    idx = resolve_entities(readings)
    assert idx.lookup("Ahmed Hassan") is not idx.lookup("Ahmed Mohamed")
    assert idx.lookup("Boris Johnson") is not idx.lookup("Kim Johnson")
    lone = [e for e in idx.entities if e.canonical == "Johnson"]
    assert len(lone) == 1 and len(lone[0].mentions) == 1  # doc e stays unresolved
    kim = idx.lookup("Kim Johnson")
    assert kim is not None and any(m.doc == "f" and m.end - m.start == 7 for m in kim.mentions)


def test_places_join_by_geonameid_and_homonyms_stay_apart():
    georgia_c = Place(614540, "Georgia", "GE", None, 42.0, 43.5, "country", 3_700_000, 3)
    georgia_s = Place(4197000, "Georgia", "US", "GA", 32.7, -83.5, "admin1", 10_000_000, 2)
    aktau = Place(610611, "Aktau", "KZ", "09", 43.65, 51.17, "city", 147_000, 1)
    readings = [
        make.reading(
            "a",
            [
                make.ment("a", "Aktau", "GPE", place=aktau),
                make.ment("a", "Georgia", "GPE", place=georgia_c),
            ],
        ),
        make.reading(
            "b",
            [
                make.ment("b", "Aqtau", "GPE", place=aktau),
                make.ment("b", "Georgia", "GPE", place=georgia_s),
            ],
        ),
        make.reading("c", [make.ment("c", "Aqtau", "LOC")]),
    ]
    idx = resolve_entities(readings)
    ak = [e for e in idx.entities if e.place == aktau]
    assert len(ak) == 1 and set(ak[0].aliases) == {"Aktau", "Aqtau"} and len(ak[0].mentions) == 3
    geo = [e for e in idx.entities if e.canonical == "Georgia"]
    assert len(geo) == 2 and {e.place.country_code for e in geo} == {"GE", "US"}


NAME = st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyz"), min_size=2, max_size=10)


@given(NAME, NAME)
@example("aa", "zqh")  # "zqh" -> "zkh" -> "zh" -> "j": folds until nothing changes
@settings(max_examples=60, deadline=None)
def test_fold_ignores_case_titles_and_transliteration_alternations(first, last):
    name = f"{first.capitalize()} {last.capitalize()}"
    assert nm.folded(name) == nm.folded(name.upper()) == nm.folded(f"Mr. {name}")
    if "h" not in last and "c" not in last:  # "qh"/"kh", "cq" are other alternations
        assert nm.folded(last.replace("k", "q")) == nm.folded(last.replace("q", "k"))
    assert nm.fold_token(nm.fold_token(last)) == nm.fold_token(last)


def _synthetic(n_mentions: int):
    """Mentions of n/5 distinct people across n/10 documents, with variant spellings."""
    import random

    rnd = random.Random(7)
    # about a hundred syllables, so names are as varied as real ones (blocks stay small)
    syll = [c + v for c in "bdfgklmnprstvzhjqwyc" for v in "aeiou"]
    people = [
        (
            rnd.choice(syll).capitalize() + rnd.choice(syll) + rnd.choice(syll),
            rnd.choice(syll).capitalize() + rnd.choice(syll) + rnd.choice(syll) + "ov",
        )
        for _ in range(max(1, n_mentions // 5))
    ]
    per_doc: dict[str, list] = {}
    for i in range(n_mentions):
        first, last = people[rnd.randrange(len(people))]
        d = f"d{rnd.randrange(max(1, n_mentions // 10))}"
        form = rnd.choice([f"{first} {last}", last, f"{first} {last.replace('k', 'q')}"])
        per_doc.setdefault(d, []).append(make.ment(d, form, start=i))
    return [make.reading(d, ms) for d, ms in per_doc.items()]


def test_blocking_bounds_the_comparisons(monkeypatch):
    """Blocking, never all pairs: each name is compared only inside its blocks (at most
    MAX_BLOCK names each, three keys a name), so the work is linear in the names, with
    that bound as the constant. Timings at two corpus sizes are `make bench`'s job."""
    from sitrep.resolve import entity_blocks as module

    calls = [0]
    real = module._person_compatible

    def counted(a, b):
        calls[0] += 1
        return real(a, b)

    monkeypatch.setattr(module, "_person_compatible", counted)
    readings = _synthetic(8000)
    names = {m.text for r in readings for m in r.entities}
    resolve_entities(readings)
    assert 0 < calls[0] <= module.MAX_BLOCK * 3 * len(names)
    assert calls[0] < len(names) ** 2 / 200  # all pairs would be len(names)**2 / 2


def test_government_normal_form_and_seat_of_government_join():
    gov = "ORG"
    readings = [
        make.reading(
            "a", [make.ment("a", "Sudanese government", gov, canonical="Government of Sudan")]
        ),
        make.reading(
            "b", [make.ment("b", "government of Sudan", gov, canonical="Government of Sudan")]
        ),
        make.reading(
            "c", [make.ment("c", "Sudanese regime", gov, canonical="Government of Sudan")]
        ),
        make.reading(
            "d",
            [
                make.ment("d", "Kremlin", gov),
                make.ment("d", "Russian government", gov, canonical="Government of Russia"),
            ],
        ),
        make.reading(
            "e",
            [
                make.ment("e", "Khartoum police", gov),
                make.ment("e", "Khartoum police department", gov),
            ],
        ),
        make.reading("f", [make.ment("f", "Government of Chad", gov)]),
    ]
    idx = resolve_entities(readings)
    sudan = idx.lookup("Sudanese government")
    assert sudan is not None
    assert sudan is idx.lookup("Sudanese regime") is idx.lookup("government of Sudan")
    assert idx.lookup("Kremlin") is idx.lookup("Russian government")
    assert idx.lookup("Khartoum police") is idx.lookup("Khartoum police department")
    assert idx.lookup("Government of Chad") is not sudan  # another country's government
    assert idx.lookup("Kremlin") is not sudan


def test_bare_state_body_joins_the_corpus_ones_and_owners_keep_bodies_apart():
    org = "ORG"
    readings = [
        make.reading(
            "a", [make.ment("a", "Ethiopian army", org, canonical="Armed Forces of Ethiopia")]
        ),
        make.reading(
            "b", [make.ment("b", "Ethiopia's military", org, canonical="Armed Forces of Ethiopia")]
        ),
        make.reading(
            "c", [make.ment("c", "Ethiopian army", org, canonical="Armed Forces of Ethiopia")]
        ),
        make.reading(
            "d", [make.ment("d", "Eritrean army", org, canonical="Armed Forces of Eritrea")]
        ),
        make.reading("e", [make.ment("e", "Armed Forces", org)]),
        make.reading(
            "f",
            [
                make.ment("f", "Ministry of Health", org),
                make.ment("f", "Interior Ministry", org, canonical="Ministry of Internal Affairs"),
            ],
        ),
    ]
    idx = resolve_entities(readings)
    ethiopia = idx.lookup("Ethiopian army")
    assert ethiopia is not None and "Ethiopia's military" in ethiopia.aliases
    assert idx.lookup("Eritrean army") is not ethiopia  # different owners, alike spelling
    assert idx.lookup("Armed Forces") is ethiopia  # named in three reports, Eritrea's in one
    assert idx.lookup("Interior Ministry") is not ethiopia
    # the body is named as the texts write it, its normal name kept as an alias
    assert ethiopia.canonical == "Ethiopian army"
    assert "Armed Forces of Ethiopia" in ethiopia.aliases


def test_an_acronym_joins_the_expansion_most_reports_name():
    org = "ORG"
    readings = [
        make.reading("a", [make.ment("a", "African Union", org)]),
        make.reading("b", [make.ment("b", "African Union", org)]),
        make.reading("c", [make.ment("c", "Addis Update", org)]),
        make.reading("d", [make.ment("d", "AfricaUpdate News", org)]),  # AUN, not AU
        make.reading("e", [make.ment("e", "AU", org)]),
    ]
    idx = resolve_entities(readings)
    assert idx.lookup("AU") is idx.lookup("African Union")
    assert idx.lookup("AU") is not idx.lookup("Addis Update")


def test_a_generational_suffix_is_no_part_of_the_name():
    readings = [
        make.reading("a", [make.ment("a", "Rupert T. Halloway Jr.")]),
        make.reading("b", [make.ment("b", "Rupert Halloway")]),
    ]
    idx = resolve_entities(readings)
    assert idx.lookup("Rupert Halloway") is idx.lookup("Rupert T. Halloway Jr.")
    assert nm.name_tokens("Halloway Jr") == ("halloway", "jr")  # a surname alone keeps it


def test_an_organisation_owned_by_demonym_or_by_name_is_one():
    ruritania = Place(1, "Ruritania", "RU", None, 45.0, 20.0, "country", 5_000_000, 3)
    org = "ORG"
    readings = [
        make.reading("a", [make.ment("a", "Ruritanian", "NORP", place=ruritania)]),
        make.reading("a", [make.ment("a", "Ruritanian security forces", org, start=20)]),
        make.reading("b", [make.ment("b", "Ruritania's security forces", org)]),
        make.reading("c", [make.ment("c", "Ruritania's border guards", org)]),
    ]
    idx = resolve_entities(readings)
    forces = idx.lookup("Ruritanian security forces")
    assert forces is idx.lookup("Ruritania's security forces")
    assert forces is not idx.lookup("Ruritania's border guards")


def test_state_body_names():
    assert nm.state_body("ministry of the interior") == "Ministry of Internal Affairs"
    assert nm.state_body("defense ministry") == "Ministry of Defence"
    assert nm.state_body("military") == "Armed Forces"
    assert nm.state_body("new ministry") is None
    # an owner after the subject is no part of it: the caller reads "<body> of <country>"
    assert nm.state_body("ministry of health of chad") is None
    assert nm.body_owner(nm.folded("Ministry of Health of Chad")) == ("ministri of health", "chad")
    assert nm.is_state_body(nm.folded("Parliament"))


def test_a_tail_of_a_longer_name_joins_it_once():
    org = "ORG"
    readings = [
        make.reading("a", [make.ment("a", "Kenya Teachers Union", org)]),
        make.reading("b", [make.ment("b", "Teachers Union", org)]),
        make.reading("c", [make.ment("c", "Special Investigation Service", org)]),
        make.reading("d", [make.ment("d", "Investigation Service", org)]),
        # two longer names end alike, each in one report: the short one stays apart
        make.reading("e", [make.ment("e", "Scottish National Party", org)]),
        make.reading("f", [make.ment("f", "Welsh National Party", org)]),
        make.reading("g", [make.ment("g", "National Party", org)]),
    ]
    idx = resolve_entities(readings)
    assert idx.lookup("Teachers Union") is idx.lookup("Kenya Teachers Union")
    assert idx.lookup("Investigation Service") is idx.lookup("Special Investigation Service")
    assert idx.lookup("National Party") is not idx.lookup("Scottish National Party")
    assert idx.lookup("National Party") is not idx.lookup("Welsh National Party")


def test_a_middle_name_form_joins_the_full_name_only_when_the_corpus_writes_it():
    readings = [
        make.reading("a", [make.ment("a", "Barack Hussein Obama")]),
        make.reading("b", [make.ment("b", "Hussein Obama")]),
        make.reading("c", [make.ment("c", "Barack Obama")]),
    ]
    idx = resolve_entities(readings)
    assert idx.lookup("Hussein Obama") is idx.lookup("Barack Obama") is not None
    # without the full name nothing says that the two are one person
    idx = resolve_entities(readings[1:])
    assert idx.lookup("Hussein Obama") is not idx.lookup("Barack Obama")


def test_a_lone_surname_joins_the_person_the_corpus_is_about():
    """Egypt 2011 (Timeline17): reports name "Obama" alone; a reader's comment runs two names
    together ("Mubarak Obama"). The person named in three times as many documents wins; two
    people named about as often stay apart (test_namesakes_stay_apart)."""
    readings = [make.reading(d, [make.ment(d, "Barack Obama")]) for d in "abc"]
    readings += [
        make.reading("d", [make.ment("d", "Mubarak Obama")]),
        make.reading("e", [make.ment("e", "Obama")]),
    ]
    idx = resolve_entities(readings)
    assert idx.lookup("Obama") is idx.lookup("Barack Obama")
    assert idx.lookup("Mubarak Obama") is not idx.lookup("Barack Obama")


def test_a_site_and_its_translation_in_one_town_are_one_place():
    from sitrep.extract.gazetteer import site_in

    cairo = Place(360630, "Cairo", "EG", "11", 30.06, 31.25, "city", 7_734_614, 1)
    baghdad = Place(98182, "Baghdad", "IQ", "07", 33.34, 44.40, "city", 7_216_000, 1)
    names = [
        ("a", "Tahrir Square", cairo),
        ("b", "Liberation Square", cairo),
        ("c", "Midan Tahrir", cairo),
        ("d", "Martyrs Square", cairo),
        ("e", "Tahrir Square", baghdad),
    ]
    readings = [
        make.reading(d, [make.ment(d, n, "LOC", place=site_in(town, n))]) for d, n, town in names
    ]
    idx = resolve_entities(readings)
    tahrir = idx.lookup("Liberation Square")
    assert tahrir is not None and {"Tahrir Square", "Midan Tahrir"} <= set(tahrir.aliases)
    assert len(tahrir.mentions) == 3
    others = [e for e in idx.entities if e is not tahrir]
    assert {e.canonical for e in others} == {"Martyrs Square", "Tahrir Square"}
    assert {e.place.country_code for e in others} == {"EG", "IQ"}


def test_a_town_named_like_a_person_of_the_corpus_is_that_person():
    """Egypt 2011: "Obama" alone, which the model tags GPE and GeoNames has as a town in
    Japan, in reports that name Barack Obama and place nothing else in Japan."""
    obama_town = Place(1854979, "Obama", "JP", "22", 35.5, 135.75, "city", 29_000, 1)
    cairo = Place(360630, "Cairo", "EG", "11", 30.06, 31.25, "city", 7_734_614, 1)
    readings = [
        make.reading(d, [make.ment(d, "Barack Obama"), make.ment(d, "Cairo", "GPE", place=cairo)])
        for d in "ab"
    ]
    readings.append(make.reading("c", [make.ment("c", "Obama", "GPE", place=obama_town)]))
    idx = resolve_entities(readings)
    assert not [e for e in idx.entities if e.place == obama_town]
    assert idx.lookup("Obama") is idx.lookup("Barack Obama")
    # a corpus that places other things in Japan keeps the town
    readings.append(
        make.reading(
            "d",
            [
                make.ment(
                    "d",
                    "Kyoto",
                    "GPE",
                    place=cairo.__class__(
                        1857910, "Kyoto", "JP", "22", 35.02, 135.75, "city", 1_459_640, 1
                    ),
                )
            ],
        )
    )
    idx = resolve_entities(readings)
    assert [e for e in idx.entities if e.place == obama_town]


def test_a_name_in_capitals_is_not_the_canonical_form():
    # a transcript's speaker lines ("ANDERSON COOPER, CNN ANCHOR:") outnumber the prose's
    readings = [
        make.reading("a", [make.ment("a", "ANDERSON COOPER") for _ in range(3)]),
        make.reading("b", [make.ment("b", "Anderson Cooper")]),
    ]
    (person,) = [e for e in resolve_entities(readings).entities if e.type == "PERSON"]
    assert person.canonical == "Anderson Cooper"


def test_a_town_spelled_as_one_word_or_hyphenated_is_one_place():
    readings = [
        make.reading("a", [make.ment("a", "Dar-Kalem", "LOC")]),
        make.reading("b", [make.ment("b", "Darkalem", "GPE")]),
        make.reading("c", [make.ment("c", "Dar Kalem", "GPE")]),
    ]
    idx = resolve_entities(readings)
    place = idx.lookup("Darkalem")
    assert place is not None and place is idx.lookup("Dar-Kalem") is idx.lookup("Dar Kalem")


def test_two_names_that_only_share_letters_stay_two_places():
    readings = [
        make.reading("a", [make.ment("a", "New Port", "GPE")]),
        make.reading("b", [make.ment("b", "Newton", "GPE")]),
    ]
    idx = resolve_entities(readings)
    assert idx.lookup("New Port") is not idx.lookup("Newton")
