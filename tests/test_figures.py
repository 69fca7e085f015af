"""Tests of the figure-claim component ``sitrep_figures_v1`` (sitrep.extract.figures).

Real model, real example corpus: the gold figures of examples/kazakhstan-2022 are scored with
the project's scorer, and sentences written for other crises check that the rules are general.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from sitrep.evaluate.oracle import oracle_documents
from sitrep.evaluate.score import Aliases, score_figures
from sitrep.extract import context, figures
from sitrep.extract.nlp import load_pipeline
from sitrep.extract.numbers import QUALIFIERS
from sitrep.records import Document, FigureClaim, to_dict

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "kazakhstan-2022"
FIXTURES = Path(__file__).parent / "fixtures" / "figures"


@pytest.fixture(scope="module")
def nlp() -> Language:
    """The full pipeline (entities and times feed places and dates)."""
    return load_pipeline()


@pytest.fixture(scope="module")
def bare() -> Language:
    """The model plus this component only: it must still work when earlier stages did not run."""
    return load_pipeline(only=("sitrep_figures_v1",))


def read(
    nlp: Language, text: str, published: str | None = "2023-04-20", doc_id: str = "t"
) -> list[FigureClaim]:
    doc = nlp(context.set_context(nlp.make_doc(text), doc_id, published))
    return context.get(doc, "figures")


def only(figures: list[FigureClaim], measure: str) -> FigureClaim:
    found = [f for f in figures if f.measure == measure]
    assert len(found) == 1, figures
    return found[0]


# ---------------------------------------------------------------------------------------------
# The example corpus against its gold annotation


def _gold_documents() -> tuple[list[Document], dict]:
    docs, _, gold = oracle_documents(CORPUS)
    return docs, gold


def _score(nlp: Language) -> dict:
    docs, gold = _gold_documents()
    pred = []
    for d in docs:
        for f in read(nlp, d.body_text(), d.published, d.id):
            item = to_dict(f)
            item["evidence"] = [e.to_dict() for e in f.evidence]
            pred.append(item)
    texts = {d.id: d.text for d in docs}
    return score_figures(pred, gold["figures"], texts, Aliases(gold["entities"]))[0]


def test_example_corpus_against_gold(nlp: Language) -> None:
    s = _score(nlp)
    # measured 2026-11-25: F1 0.99, qualifier 1.0, claimed_by 0.95, as_of 0.93, place 0.92,
    # group 0.64 (the gold's descriptive groups, e.g. "cities with ongoing protests", are not
    # reachable by a general rule)
    assert s["f1"] >= 0.95, s
    assert s["qualifier_accuracy"] >= 0.95, s
    assert s["claimed_by_accuracy"] >= 0.88, s
    assert s["as_of_accuracy"] >= 0.85, s
    assert s["place_accuracy"] >= 0.85, s
    assert s["group_accuracy"] >= 0.60, s


def test_example_corpus_without_earlier_stages(bare: Language) -> None:
    s = _score(bare)
    assert s["f1"] >= 0.95, s
    assert s["qualifier_accuracy"] >= 0.95, s
    assert s["claimed_by_accuracy"] >= 0.85, s
    assert s["as_of_accuracy"] >= 0.85, s
    assert s["place_accuracy"] >= 0.75, s


# ---------------------------------------------------------------------------------------------
# Sentences from other crises


def test_deaths_and_injuries_with_source(nlp: Language) -> None:
    figs = read(
        nlp,
        "At least 12 people were killed and 40 injured when police opened fire on "
        "protesters in Khartoum, the doctors' committee said.",
    )
    killed, injured = only(figs, "killed"), only(figs, "injured")
    assert (killed.value, killed.qualifier, killed.vague) == (12, "at_least", False)
    assert (injured.value, injured.qualifier) == (40, "exact")
    for f in (killed, injured):
        assert f.claimed_by == "doctors' committee"
        assert f.group == "protesters"  # the people fired on
        assert f.place == "Khartoum"


@pytest.mark.parametrize(
    "text,expected",
    [
        # headline gapping: each number takes its own participle, not the first verb's
        (
            "At least 40 villagers killed, dozens injured in raid on Borno market",
            {("killed", 40), ("injured", None)},
        ),
        (
            "The storm of protest left 9 dead, 70 hurt and 450 arrested.",
            {("killed", 9), ("injured", 70), ("arrested", 450)},
        ),
        # an absolute "with" clause after a passive
        (
            "Eleven miners were killed in the blast in Soma, with dozens more wounded.",
            {("killed", 11), ("injured", None)},
        ),
        # "leave" with an object complement
        ("The riot in Lyon left 14 gendarmes injured.", {("injured", 14)}),
        # a noun that names the outcome wins over the participle beside it
        (
            "Gaziantep bore the brunt, with 31 fatalities and more than 200 injured.",
            {("killed", 31), ("injured", 200)},
        ),
        # hospital register: predicative state and "others"
        ("Two firefighters remain hospitalised with burns.", {("treated", 2)}),
        ("Some 600 others were treated at field clinics in Aleppo.", {("treated", 600)}),
        ("Three of the protesters are in intensive care in Lima.", {("treated", 3)}),
        # nominalisations: the event noun the counted people hang from
        ("The killing of over 80 pilgrims sparked riots in Karbala.", {("killed", 80)}),
        (
            "Police made 60 arrests after the injury of 12 municipal employees in Quito.",
            {("arrested", 60), ("injured", 12)},
        ),
        # a toll that passes a mark
        ("The death toll in Haiti has passed the 1,000 mark.", {("killed", 1000)}),
        # a bare crowd as the subject of a protest verb
        ("Thousands have been marching in Belgrade for a month.", {("protesters", None)}),
        # a headline participle the tagger reads as a past tense
        (
            "Police: over 300 miners detained, 20 officers injured in Potosi",
            {("detained", 300), ("injured", 20)},
        ),
        # "one of the detainees" is a person; "one of the officers died" a count
        ("The hands of one of the detainees were bound, a lawyer in Dhaka said.", set()),
        ("One of the officers died in hospital in Goma.", {("killed", 1)}),
        # court register: what a court did to the people counted, measure other
        (
            "Twelve men were sentenced in Minsk and 40 were fined.",
            {("other", 12), ("other", 40)},
        ),
        # court outcomes received or issued, and case files for the people counted
        (
            "In Yerevan, 22 received administrative detention and 9 were issued warnings.",
            {("other", 22), ("other", 9)},
        ),
        ("Cases for 57 individuals have been concluded in Almaty.", {("other", 57)}),
        # a status noun as the object of another act counts those the act reached
        ("The ombudsman said she had visited 80 detainees in Minsk.", {("other", 80)}),
        # "in addition to N": more of what the figure before it counts
        (
            "At least 14 people were killed on Friday in Lagos, in addition to nine earlier"
            " in the week.",
            {("killed", 14), ("killed", 9)},
        ),
        # "the first two", "the other five": parts of the count just given
        (
            "“We have nine dead here,” a doctor in Kano said. “The first two were students."
            " The other seven had gunshot wounds.”",
            {("killed", 9), ("killed", 2), ("killed", 7)},
        ),
        (
            "Police arrested 30 people in Lima. The first two were released on bail.",
            {("arrested", 30), ("other", 2)},
        ),
        # "the lives of millions" touched is no death toll; "the bodies of 20" is
        ("One video can touch the lives of millions in Cairo.", set()),
        ("Police found the bodies of 20 protesters in Cairo.", {("killed", 20)}),
        # a thousands separator the scrape spaced out
        ("Roughly 2, 500 others were treated in Goma.", {("treated", 2500)}),
        # "half a dozen" is six, not "a dozen" (Libya 2011, CNN)
        ("Half a dozen protesters were killed in Misrata.", {("killed", 6)}),
        ("Police arrested a dozen protesters in Lima.", {("arrested", 12)}),
    ],
)
def test_each_number_takes_its_own_measure(nlp: Language, text: str, expected: set) -> None:
    got = {(f.measure, f.value) for f in read(nlp, text)}
    assert got == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "At least 22 people were killed: 12 in Aleppo, 7 in Idlib and 3 in Hama.",
            {(22, "Syria"), (12, "Aleppo"), (7, "Idlib"), (3, "Hama")},
        ),
        (
            "Police arrested 40 people in Nairobi, 25 in Mombasa and 10 in Kisumu.",
            {(40, "Nairobi"), (25, "Mombasa"), (10, "Kisumu")},
        ),
        (
            "The toll stood at 31 dead: Lagos (12), Abuja (9) and Kano (10).",
            {(31, "Nigeria"), (12, "Lagos"), (9, "Abuja"), (10, "Kano")},
        ),
    ],
)
def test_breakdowns_give_one_figure_per_item_with_its_place(
    nlp: Language, text: str, expected: set
) -> None:
    figs = read(nlp, text)
    assert {(f.value, f.place) for f in figs} == expected
    assert len({f.measure for f in figs}) == 1


def test_a_restatement_in_another_sentence_is_its_own_claim(nlp: Language) -> None:
    figs = read(
        nlp,
        "Nine killed in Dakar protests\n"
        "Nine people were killed in Dakar on Friday, the Red Cross said.",
    )
    nine = [f for f in figs if f.measure == "killed" and f.value == 9]
    assert len(nine) == 2 and nine[0].sentence != nine[1].sentence


def test_according_to_and_toll_frames(nlp: Language) -> None:
    f = only(
        read(
            nlp,
            "The death toll from the clashes in Nairobi has risen to 23, according to "
            "the Kenya Red Cross.",
        ),
        "killed",
    )
    assert f.value == 23 and f.claimed_by == "Kenya Red Cross" and f.place == "Nairobi"
    f = only(read(nlp, "Health officials put the number of injured at 1,200."), "injured")
    assert f.value == 1200 and f.claimed_by == "Health officials"


@pytest.mark.parametrize(
    "text,source",
    [
        # the author of a tally, report or statement, not the document
        (
            "At least 14 people died in Lagos, according to a count of hospital records "
            "compiled by Reuters.",
            "Reuters",
        ),
        ("The Reuters news agency says the death toll has reached 40.", "Reuters"),
        ("The death toll passed the 600 mark in a Reuters tally on Monday.", "Reuters"),
        ("According to the Red Cross's latest bulletin, 31 people were killed.", "Red Cross"),
        ("The Kenya Human Rights Commission shared a list of 57 people killed.", None),
        # a headline that opens with its source and a colon; a lead-in that is no source
        ("UNICEF: 14 children killed in Beira floods", "UNICEF"),
        ("The toll was grim: 12 people were killed in Beira.", ""),
    ],
)
def test_a_document_is_claimed_by_its_author(nlp: Language, text: str, source: str | None) -> None:
    (f,) = read(nlp, text)
    if source is None:  # the named body that shares the list (the model's span varies)
        assert f.claimed_by and "Human Rights Commission" in f.claimed_by
    elif not source:
        assert f.claimed_by is None
    else:
        assert f.claimed_by == source


def test_the_organization_and_listed_figures_refer_back(nlp: Language) -> None:
    figs = read(
        nlp,
        "Clashes left 12 civilians dead, according to the Nepal Medical Association (NMA).\n\n"
        "At least 80 people were injured, the organization said.\n\n"
        "The Emergency Committee gave the toll by district on Sunday:\n\n"
        "In Kathmandu, 9 civilians were killed.\n\n"
        "Another 3 were killed in other districts.\n\n"
        "Elsewhere, the fighting went on.\n\n"
        "In Pokhara, 4 people were killed.",
    )
    by = {f.value: f.claimed_by for f in figs}
    assert by[80] == by[12] and "Nepal Medical Association" in by[12]
    assert by[9] == by[3] == "Emergency Committee"
    assert by.get(4) is None


def test_arrests_detentions_and_groups(nlp: Language) -> None:
    f = only(
        read(
            nlp,
            "Security forces arrested more than 300 demonstrators in Tehran on Monday, "
            "state media reported.",
        ),
        "arrested",
    )
    assert (f.value, f.qualifier, f.group) == (300, "more_than", "protesters")
    assert f.claimed_by == "state media" and f.as_of == "2023-04-17"  # the Monday before
    f = only(read(nlp, "Hundreds were detained overnight, the interior ministry said."), "detained")
    assert (f.low, f.high, f.vague, f.qualifier) == (200, 999, True, "vague")
    figs = read(nlp, "Two soldiers and three police officers died in an ambush near Bamako.")
    assert sorted((f.value, f.group) for f in figs) == [(2, "soldiers"), (3, "police")]


def test_crowds_troops_vehicles_businesses(nlp: Language) -> None:
    f = only(read(nlp, "Tens of thousands of people marched through central Yangon."), "protesters")
    assert (f.low, f.high) == (20000, 99999) and f.claimed_by is None
    figs = read(nlp, "Rioters torched 15 buses and looted dozens of shops in Dakar, police said.")
    assert only(figs, "vehicles_burned").value == 15
    shops = only(figs, "businesses_damaged")
    assert (shops.low, shops.high) == (24, 99) and shops.claimed_by == "police"
    f = only(
        read(
            nlp,
            "The government deployed some 5,000 troops to the region, the defence minister said.",
        ),
        "troops",
    )
    assert (f.value, f.qualifier, f.claimed_by) == (5000, "about", "defence minister")
    f = only(
        read(nlp, "The crowd of around 3,000 chanted slogans outside parliament."), "protesters"
    )
    assert (f.value, f.qualifier) == (3000, "about")


def test_ranges_word_numbers_and_complements(nlp: Language) -> None:
    f = only(
        read(nlp, "Between 20 and 30 protesters were wounded, a hospital source told AFP."),
        "injured",
    )
    assert (f.low, f.high, f.value) == (20, 30, None)
    f = only(read(nlp, "Four people were shot dead in Lagos."), "killed")
    assert f.value == 4
    f = only(
        read(
            nlp,
            "Nearly two dozen journalists have been detained, the Committee to "
            "Protect Journalists said.",
        ),
        "detained",
    )
    assert (f.value, f.qualifier, f.group) == (24, "about", "journalists")


def test_rival_claims_keep_their_sources(nlp: Language) -> None:
    figs = read(
        nlp,
        "Protesters numbered about 10,000, organisers said, while police put the figure at 3,000.",
    )
    assert sorted((f.measure, f.value, f.claimed_by) for f in figs) == [
        ("protesters", 3000, "police"),
        ("protesters", 10000, "organisers"),
    ]
    figs = read(
        nlp,
        "The official death toll stands at 225, but activists say the real figure is "
        "more than 500.",
    )
    assert sorted((f.value, f.qualifier, f.claimed_by) for f in figs if f.measure == "killed") == [
        (225, "exact", "official figures"),
        (500, "more_than", "activists"),
    ]


def test_phrasal_and_prepositional_events(nlp: Language) -> None:
    f = only(read(nlp, "Dozens of demonstrators were rounded up in Mandalay."), "detained")
    assert (f.low, f.high, f.group) == (24, 99, "protesters")
    f = only(read(nlp, "Three journalists were among the dead."), "killed")
    assert (f.value, f.group) == (3, "journalists")
    f = only(read(nlp, "Over 50 people were taken into custody."), "detained")
    assert (f.value, f.qualifier) == (50, "more_than")
    f = only(read(nlp, "The UN says 2.5 million people have fled the fighting."), "other")
    assert (f.value, f.group, f.claimed_by) == (2_500_000, "displaced", "UN")
    f = only(read(nlp, "More than 500 Americans have been evacuated from Egypt."), "other")
    assert (f.value, f.group) == (500, "evacuated")  # flown out, not displaced


def test_an_age_is_no_count(nlp: Language) -> None:
    # Iraq 2005 (The Guardian, Timeline17): an obituary on the page
    figs = read(nlp, "Psychiatrist M Scott Peck, who has died aged 69, made millions with a book.")
    assert figs == []
    figs = read(nlp, "Three people, including a boy aged 12, were killed.")
    assert [(f.measure, f.value) for f in figs] == [("killed", 3)]
    assert read(nlp, "The boy died at the age of 12.") == []
    text = "Psychiatrist M Scott Peck , who has died aged 69 , made millions with a book . "
    assert read(nlp, text) == []  # Timeline17's tokenised text parses it otherwise


def test_the_claimant_is_no_place(nlp: Language) -> None:
    # Iraq 2005 (The Guardian, Timeline17): Fallujah's dead, not the United States'
    text = "Fighting went on in Fallujah, in Iraq. The US claims that 2,000 died, most of them men."
    f = only(read(nlp, text), "killed")
    assert (f.value, f.place, f.claimed_by) == (2000, "Iraq", "US")


def test_what_was_reported_is_no_source(nlp: Language) -> None:
    # Syria 2012 (BBC, Timeline17): "He said" is not "heavy casualties"
    text = (
        "In Aleppo, heavy casualties were reported from a shooting at a funeral. "
        "He said that about a million people had been displaced inside Syria."
    )
    f = only(read(nlp, text), "other")
    assert (f.value, f.claimed_by) == (1_000_000, None)


def test_one_soldier_is_a_person_not_a_deployment(nlp: Language) -> None:
    # Egypt 2011 (CNN, Timeline17)
    text = "Demonstrators cheered, and one soldier was hoisted onto protesters' shoulders."
    assert [f for f in read(nlp, text) if f.measure == "troops"] == []
    f = only(read(nlp, "The army deployed 3,000 soldiers to the capital."), "troops")
    assert f.value == 3000
    # Iraq 2005 (The Guardian): soldiers at a ceremony are no crowd of protesters
    text = "Pte Beharry was joined at the ceremony by around 140 other British troops."
    assert [f.measure for f in read(nlp, text)] == ["troops"]


def test_injured_and_made_homeless_are_the_affected(nlp: Language) -> None:
    # Haiti 2010 (BBC): not three million injured
    text = "Donations will help the estimated three million injured and made homeless by the quake."
    f = only(read(nlp, text), "other")
    assert (f.value, f.group) == (3_000_000, "affected")
    figs = read(nlp, "26 dead and 18 injured in the clashes.")
    assert sorted((f.measure, f.value) for f in figs) == [("injured", 18), ("killed", 26)]


def test_parts_inherit_the_whole(nlp: Language) -> None:
    figs = read(nlp, "Activists said security forces killed 41 people, among them 5 children.")
    assert sorted((f.value, f.group) for f in figs if f.measure == "killed") == [
        (5, "children"),
        (41, "all"),
    ]
    assert {f.claimed_by for f in figs} == {"Activists"}


def test_prices(nlp: Language) -> None:
    figs = read(nlp, "Fuel prices rose by 40 percent overnight, to 650 naira a litre.")
    assert sorted(f.value for f in figs if f.measure == "price") == [40, 650]
    figs = read(nlp, "The government doubled the price of bread.")
    assert only(figs, "price").value == 100


@pytest.mark.parametrize(
    "text",
    [
        "The country has a population of 45 million and its GDP grew 3 percent last year.",
        "He was 34 years old and lived 20 kilometres from the capital.",
        "In 2011, 16 people were killed in Zhanaozen.",
        "The project will cost an estimated $37 billion over three decades.",
        "Putin has at least three reasons to intervene.",
        "One protester said he had been beaten.",
        "The former two-time prime minister was arrested on Friday.",
        # days and years the NER leaves out of its dates
        "Syrian forces kill protesters AMMAN | Fri Jun 10, 2011 11:51 pm IST AMMAN (Reuters)",
        "The mastermind of the September 11, 2001 attacks was killed.",
    ],
)
def test_background_numbers_are_not_claims(nlp: Language, text: str) -> None:
    assert read(nlp, text) == []


# ---------------------------------------------------------------------------------------------
# A whole article: evidence, ids, restatements, sources named earlier


def test_article_evidence_and_restatements(nlp: Language) -> None:
    text = (FIXTURES / "sudan_protest.txt").read_text(encoding="utf-8")
    figs = read(nlp, text, "2022-01-14", "sd")
    assert [f.id for f in figs] == [f"sd:F{i}" for i in range(1, len(figs) + 1)]
    for f in figs:
        assert text[f.start : f.end] == f.text
        assert f.sentence.start <= f.start < f.end <= f.sentence.end
        assert f.sentence in f.evidence and all(e.doc == "sd" for e in f.evidence)
    nine = [f for f in figs if f.measure == "killed" and f.value == 9]
    # "at least nine" said twice: two claims, each with its own sentence, same source
    assert len(nine) == 2 and all(f.evidence == (f.sentence,) for f in nine)
    assert {f.claimed_by for f in nine} == {"Central Committee of Sudan Doctors"}
    # "opened fire … on Thursday, killing at least nine": the toll told as the act's result
    # stands as of the report (session 15, the pages' gold); "at least nine people were
    # killed on Thursday" keeps its day
    assert [f.as_of for f in nine] == ["2022-01-14", "2022-01-13"]
    wounded = (
        only(figs, "injured")
        if len([f for f in figs if f.measure == "injured"]) == 1
        else next(f for f in figs if f.measure == "injured" and f.value == 140)
    )
    assert wounded.claimed_by == "Central Committee of Sudan Doctors"  # "The committee said"
    total = next(f for f in figs if f.value == 79)
    assert total.claimed_by == "Central Committee of Sudan Doctors"  # "…, it added."
    police = next(f for f in figs if f.value == 39)
    assert (police.measure, police.group, police.claimed_by) == (
        "injured",
        "security_forces",
        "Police",
    )
    assert not any(f.value in {44_000_000, 100} for f in figs)  # population, 2019 history
    assert {f.place for f in figs} <= {"Khartoum", "Sudan", "Omdurman"}


# ---------------------------------------------------------------------------------------------
# The fast number-phrase finder finds exactly what the crossed patterns found


@pytest.fixture(scope="module")
def crossed(nlp: Language) -> Matcher:
    """The reference: every qualifier crossed with every core in one greedy Matcher (how the
    patterns were first written; >1,100 patterns, the slowest step of the pipeline)."""
    matcher = Matcher(nlp.vocab)
    quals = [q.split() for q in QUALIFIERS if q != "or so"]
    patterns = []
    for core in figures._core_patterns():
        patterns.append(core)
        patterns.extend([{"LOWER": w} for w in q] + core for q in quals)
    matcher.add("NUMBER", patterns, greedy="LONGEST")
    return matcher


def _reference(crossed: Matcher, doc: Doc) -> list[tuple[int, int]]:
    return sorted((s.start, s.end) for s in filter_spans(crossed(doc, as_spans=True)))


def _fast(doc: Doc) -> list[tuple[int, int]]:
    return sorted((s.start, s.end) for s in figures._phrase_spans(doc))


def test_phrase_spans_match_crossed_patterns_on_examples(nlp: Language, crossed: Matcher) -> None:
    total = 0
    for path in sorted((CORPUS / "docs").glob("*.txt")):
        doc = nlp.make_doc(path.read_text(encoding="utf-8"))
        expected = _reference(crossed, doc)
        assert _fast(doc) == expected, path.name
        total += len(expected)
    assert total > 50  # the example articles are full of figures


_WORDS = [
    *"at least more than no fewer less not a an of some up to as many much over nearly".split(),
    *"about around almost only just under well estimated in excess upwards between and".split(),
    *"one two twelve twenty hundred thousand million dozen dozens tens hundreds".split(),
    *"thousands millions several few handful couple scores numerous minimum most".split(),
    *"people were killed police said the , . - – % percent per cent $ £ us$ or so".split(),
    "12",
    "1,500",
    "3.5",
    "2022",
    "40",
    "7",
    "19m",
    "100,000",
]


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=40))
def test_phrase_spans_match_crossed_patterns(
    nlp: Language, crossed: Matcher, words: list[str]
) -> None:
    doc = Doc(nlp.vocab, words=words)
    assert _fast(doc) == _reference(crossed, doc)


def test_every_core_pattern_needs_a_key_token() -> None:
    assert all(figures._holds_key(core) for core in figures._core_patterns())
    assert not figures._holds_key([{"LOWER": "the", "OP": "?"}, {"LOWER": "people"}])


def test_verbs_with_lemma_is_a_token_scan(nlp: Language) -> None:
    text = sorted((CORPUS / "docs").glob("*.txt"))[0].read_text(encoding="utf-8")
    doc = nlp(text)
    wanted = figures.REPORT_VERBS
    naive = [t.i for t in doc if t.pos_ == "VERB" and t.lemma_.lower() in wanted]
    assert naive and figures._verbs_with_lemma(doc, wanted) == naive


def test_vocabularies_are_well_formed() -> None:
    """The figure reader's word lists (sitrep.extract.figure_words) load, are lower-case
    lemmas, and map only to measures of the gold schema."""
    from sitrep.extract import figure_words as fw

    measures = {"killed", "injured", "arrested", "detained", "treated", "protesters", "troops"}
    assert set(fw.EVENT_LEMMAS.values()) <= measures
    assert fw.PEOPLE_MEASURES_READ <= measures
    assert fw.PEOPLE_OTHER_AGENTIVE <= set(fw.PEOPLE_OTHER)
    for name in dir(fw):
        table = getattr(fw, name)
        if name.isupper() and isinstance(table, frozenset | dict | tuple):
            words = list(table)
            assert words and all(isinstance(w, str) and w == w.lower() for w in words), name


def test_a_running_total_since_a_start_is_as_of_the_report(nlp: Language) -> None:
    """ "since the fighting broke out on Saturday" dates the start of the count, not the
    count: the tally is as of the report."""
    f = only(
        read(
            nlp,
            "At least 185 people have been killed since the fighting broke out on Saturday, "
            "the health ministry said.",
        ),
        "killed",
    )
    assert f.value == 185 and f.as_of == "2023-04-20"
    f = only(
        read(nlp, "More than 900 protesters have been detained since April 3, police said."),
        "detained",
    )
    assert f.as_of == "2023-04-20"


def test_a_continuing_sentence_keeps_the_source_and_an_apposed_person_is_the_source(
    nlp: Language,
) -> None:
    text = (
        "The Interior Ministry reported that cases for 120 people were sent to court in Minsk."
        " Of these, 45 were fined and 30 received administrative detention.\n"
        "Belarus's ombudsman, Anna Petrova, said she had visited 64 detainees in Minsk."
    )
    figs = read(nlp, text)
    by_value = {f.value: f.claimed_by for f in figs}
    assert by_value[45] == by_value[30] == by_value[120] and by_value[45], by_value
    assert by_value[64] == "Anna Petrova", by_value


def test_treebank_brackets_are_no_source(nlp: Language) -> None:
    """Timeline17 writes brackets as -LRB- / -RRB-: never part of a source's name."""
    text = (
        "To that end , the protesters have endured more than two weeks of brutality , hundreds"
        " of deaths at the hands of snipers and police -LRB- our sources in Tunisia estimate"
        " at least 90 deaths , but the precise number can not be determined because hospitals"
        " are forbidden to give out names -RRB- , as well as limited food ."
    )
    fig = next(f for f in read(nlp, text, published="2011-01-20") if f.value == 90)
    assert "LRB" not in (fig.claimed_by or ""), fig


def test_a_crowd_that_first_day_is_as_of_the_day_an_earlier_sentence_named(nlp: Language) -> None:
    # a later article retells the first day: the crowd is January 25's, not the report's
    text = (
        "A Facebook page sprung up , calling for protests on January 25 .\n"
        "Word spread on the streets of Cairo that there would be demonstrations .\n"
        "As many as 20,000 protesters spilled into the streets in an unprecedented display"
        " of anti-government rage that first day .\n"
    )
    f = only(read(nlp, text, "2011-02-11"), "protesters")
    assert f.value == 20000 and f.as_of == "2011-01-25", f


def test_people_demanding_change_are_a_crowd(nlp: Language) -> None:
    text = (
        "The military must choose between the regime and the hundreds of thousands of"
        " Egyptians who are demanding genuine change .\n"
    )
    f = only(read(nlp, text, "2011-02-11"), "protesters")
    assert (f.low, f.high) == (200_000, 999_999), f


@pytest.mark.parametrize(
    "text",
    [
        "The journalists feared for her life , and several of them demanded to see her .\n",
        "Three journalists who demanded to see her were held .\n",
        "But several of the youth protesters who watched the address said they were upset .\n",
    ],
)
def test_a_few_people_demanding_something_or_a_few_of_a_crowd_are_no_crowd(
    nlp: Language, text: str
) -> None:
    assert not [f for f in read(nlp, text) if f.measure == "protesters"]


def test_thousands_of_the_protesters_are_still_a_crowd(nlp: Language) -> None:
    f = only(read(nlp, "Some 5,000 of the protesters camped in the square .\n"), "protesters")
    assert f.value == 5000, f


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Sudan 2023 (WHO): a share of what the sentence names
        (
            "Tedros said 61% of medical facilities are closed in Khartoum.",
            (61.0, "medical facilities (percent)"),
        ),
        # Bangladesh 2024: the quota is the share; a share of a share names its base once
        (
            "Students protested against the 56 percent quota system in public jobs.",
            (56.0, "quota system (percent)"),
        ),
        (
            "Some 30 percent of the 56 percent quota in public jobs is reserved.",
            (30.0, "share of quota (percent)"),
        ),
        # a rate of the markets and a way of speaking are no shares of anything named
        ("German 10-year bond yields have dropped below 1.8 percent.", None),
        ("We're not exactly 100 percent sure where he is.", None),
    ],
)
def test_a_share_is_a_figure_of_what_it_is_a_share_of(
    nlp: Language, sentence: str, expected: tuple[float, str] | None
) -> None:
    shares = [(f.value, f.group) for f in read(nlp, sentence) if f.measure == "other"]
    assert shares == ([expected] if expected else [])
