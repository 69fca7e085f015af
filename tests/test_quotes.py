"""Quotes and their speakers (component sitrep_quotes_v1), on the real model."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from sitrep.extract import context
from sitrep.extract.nlp import _wrapped, load_pipeline
from sitrep.extract.quotes import (
    SUBJECT_DEPS,
    _line_break_tokens,
    _subject_tokens,
    attribute_quoted_figures,
    find_quote_spans,
    sentences,
)
from sitrep.records import Evidence, FigureClaim, Quote

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "kazakhstan-2022"
FIXTURES = ROOT / "tests" / "fixtures" / "quotes"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline(only=("sitrep_quotes_v1",))


@pytest.fixture(scope="module")
def nlp_named() -> Language:
    """With the entity stage before: names as the pipeline gives them to the quotes."""
    return load_pipeline(only=("sitrep_entities_v1", "sitrep_quotes_v1"))


def quotes(nlp: Language, text: str, doc_id: str = "t") -> list[Quote]:
    doc = nlp(context.set_context(nlp.make_doc(text), doc_id, None))
    return context.get(doc, "quotes")


def by_text(qs: list[Quote]) -> dict[str, str | None]:
    return {q.text: q.speaker for q in qs}


# ------------------------------------------------------------- quote marks


def test_straight_and_curly_marks() -> None:
    text = 'He said "stop now," and she said “go on.”'
    spans = [text[s:e] for s, e in find_quote_spans(text)]
    assert spans == ["stop now", "go on."]


def test_quote_open_at_paragraph_end_closes_there() -> None:
    text = "He said: “We will stay until the end.\n\nNext paragraph here."
    spans = [text[s:e] for s, e in find_quote_spans(text)]
    assert spans == ["We will stay until the end."]


def test_stray_mark_between_spaces_closes() -> None:
    text = "He added: “There is no doubt. “\nMore."
    assert [text[s:e] for s, e in find_quote_spans(text)] == ["There is no doubt."]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab ."“”\n,')), max_size=80))
def test_spans_are_ordered_inside_and_trimmed(text: str) -> None:
    spans = find_quote_spans(text)
    last = -1
    for s, e in spans:
        assert 0 <= s < e <= len(text)
        assert s >= last
        last = e
        assert not text[s].isspace() and not text[e - 1].isspace()
        assert any(c.isalnum() for c in text[s:e])


# ------------------------------------------------------------- speakers


def test_x_said_and_pronoun_he_added(nlp: Language) -> None:
    text = FIXTURES.joinpath("sudan.txt").read_text(encoding="utf-8")
    got = by_text(quotes(nlp, text))
    assert got["The armed forces will continue the democratic transition"].endswith("Burhan")
    assert got["We will hand over to an elected civilian government."].endswith("Burhan")


def test_scare_quote_dropped_attributed_chant_kept(nlp: Language) -> None:
    text = FIXTURES.joinpath("sudan.txt").read_text(encoding="utf-8")
    got = by_text(quotes(nlp, text))
    assert "road map" not in got  # scare quote: no reporting verb, no speaker
    assert "No to military rule" in got  # chanted by protesters


def test_spokesman_for_and_according_to(nlp: Language) -> None:
    text = FIXTURES.joinpath("sudan.txt").read_text(encoding="utf-8")
    got = by_text(quotes(nlp, text))
    assert got["a crime against the revolution"] == "spokesman for Abdalla Hamdok"
    assert got["opened fire on peaceful demonstrators"] == "Hamza Baloul"


def test_said_x_inverted_and_title(nlp: Language) -> None:
    text = (
        "Police fired tear gas in Lima on Thursday. “We will not leave the streets,” "
        "said Maria Quispe, a teacher from Cusco.\n\nPresident Dina Boluarte told "
        "reporters that the protests were “financed from abroad”."
    )
    got = by_text(quotes(nlp, text))
    assert got["We will not leave the streets"] == "Maria Quispe"
    assert got["financed from abroad"] == "Dina Boluarte"


def test_wrote_on_telegram_and_multi_sentence_quote(nlp: Language) -> None:
    text = (
        "Myanmar's junta leader Min Aung Hlaing spoke on Sunday. Activist Thinzar Shunlei Yi "
        "wrote on Telegram: “They cut the internet. They cannot cut our voices.”"
    )
    qs = quotes(nlp, text)
    assert len(qs) == 1
    assert qs[0].text == "They cut the internet. They cannot cut our voices."
    assert qs[0].speaker is not None and qs[0].speaker.endswith(
        "Shunlei Yi"
    )  # NER may drop "Thinzar"
    assert text[qs[0].start : qs[0].end] == qs[0].text  # evidence offsets are exact


def test_pronoun_resolves_to_last_named_subject(nlp: Language) -> None:
    text = (
        "Sri Lankan opposition leader Sajith Premadasa visited the camp on Friday. "
        "The government, he said, “has lost all legitimacy.”"
    )
    (q,) = quotes(nlp, text)
    assert q.speaker == "Sajith Premadasa"
    assert q.cue == "said"


def test_a_name_inside_a_quotation_is_no_antecedent_for_he(nlp: Language) -> None:
    # Syria 2011: Assad's cousin Ribal speaks of the president by his first name
    text = (
        "He should side with the uprising, Ribal al-Assad said. "
        "“What Bashar has to know is that he will be blamed for everything,” he added."
    )
    got = by_text(quotes(nlp, text))
    assert (
        got["What Bashar has to know is that he will be blamed for everything"] == "Ribal al-Assad"
    )


def test_who_was_told_is_not_who_spoke(nlp: Language) -> None:
    # Egypt 2011: the speaker, parsed as an apposition to the clause before, then "told CNN"
    text = (
        "Friday night, a group of “criminals” entered the Cairo Museum using a fire department"
        " staircase, Zahi Hawass, secretary-general of the Supreme Council of Antiquities,"
        " told CNN."
    )
    (q,) = quotes(nlp, text)
    assert q.speaker == "Zahi Hawass"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "As cheers erupted, Suleiman announced Mubarak's resignation and said the council"
            " will “run the affairs of the country.”",
            "Suleiman",
        ),
        (
            "President Barack Obama spoke with Mubarak after the address and told him he had a"
            " responsibility to “take concrete steps and actions” to deliver.",
            "Barack Obama",
        ),
    ],
)
def test_a_coordinated_cue_keeps_the_first_verbs_subject(
    nlp: Language, text: str, speaker: str
) -> None:
    (q,) = quotes(nlp, text)
    assert q.speaker == speaker


def test_a_quote_whose_page_lost_its_opening_mark(nlp: Language) -> None:
    # Georgia 2024 (Agenda.ge): the paragraphs of the ombudsman's words lost their opening
    # marks; each closes with its attribution
    text = (
        "Levan Ioseliani, the Public Defender of Georgia, on Saturday visited detainees.\n"
        "They received visible injuries mainly on the face. The face of one of the detainees"
        " is covered with bloody bruises”, Ioseliani noted.\n"
        "What I saw is cruelty that has no justification. I call on the police not to exceed"
        " their authority. Everyone must be held liable, everyone who executes arrests”, he"
        " stressed.\n"
        "The price is 5” wide, the vendor said.\n"
    )
    got = by_text(quotes(nlp, text))
    first = next(k for k in got if k.startswith("They received visible injuries"))
    second = next(k for k in got if k.startswith("What I saw is cruelty"))
    assert got[first] == got[second] == "Levan Ioseliani"
    assert not any("price" in k for k in got)  # a mark inside a line opens no quote


def test_an_institution_named_by_its_place_and_it_said(nlp: Language) -> None:
    text = (
        "In a travel warning, the British embassy in Lebanon said it had “no means to evacuate"
        " citizens from the south of the country” at present. “Do not travel to the border"
        " area under any circumstances,” it said."
    )
    speakers = set(by_text(quotes(nlp, text)).values())
    assert speakers == {"British embassy in Lebanon"}, speakers


def test_pronoun_lookup_stays_linear_on_a_long_page(nlp: Language) -> None:
    """Thousands of "he said" on one page: the pronoun memory is searched by bisection, so
    the page costs about what its paragraphs cost one by one (it was quadratic)."""
    import time

    para = "Opposition leader Ana Costa spoke in Lisbon on Friday. “We will return,” she said.\n"

    def seconds(n: int) -> float:
        t0 = time.perf_counter()
        found = quotes(nlp, para * n)
        assert len(found) == n and {q.speaker for q in found} == {"Ana Costa"}
        return time.perf_counter() - t0

    seconds(20)
    small, large = seconds(200), seconds(800)
    assert large < 8 * small, (small, large)  # x4 the text: well under x16 (quadratic)


# ------------------------------------------------------------- example corpus


def _corpus_quotes(
    nlp: Language,
) -> tuple[list[Quote], list[tuple[str, int, int, str]], dict[str, str]]:
    gold = json.loads((CORPUS / "gold.json").read_text(encoding="utf-8"))
    texts, pred = {}, []
    for d in gold["documents"]:
        text = (CORPUS / "docs" / f"{d['id']}.txt").read_text(encoding="utf-8")
        texts[d["id"]] = text
        pred += quotes(nlp, text, d["id"])
    spans = []
    for q in gold["quotes"]:
        i = texts[q["doc"]].find(q["quote"])
        spans.append((q["doc"], i, i + len(q["quote"]), q["speaker"]))
    alias = {
        a.lower(): e["canonical"] for e in gold["entities"] for a in [*e["aliases"], e["canonical"]]
    }
    return pred, spans, alias


def test_example_corpus_quotes_f1_and_speakers(nlp: Language) -> None:
    pred, gold, alias = _corpus_quotes(nlp)
    matched_p, matched_g, right = set(), set(), 0
    for i, p in enumerate(pred):
        for j, (doc, s, e, speaker) in enumerate(gold):
            if j not in matched_g and p.doc == doc and p.start < e and s < p.end:
                matched_p.add(i)
                matched_g.add(j)
                norm = lambda x: alias.get((x or "").lower(), (x or "").lower())  # noqa: E731
                right += norm(p.speaker) == norm(speaker)
                break
    precision, recall = len(matched_p) / len(pred), len(matched_g) / len(gold)
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 >= 0.93, (precision, recall)
    assert right / len(matched_g) >= 0.85


# ------------------------------------------------------------- scans on the token arrays


def _example_docs(nlp: Language) -> list:
    docs_dir = ROOT / "examples" / "kazakhstan-2022" / "docs"
    return [nlp(p.read_text(encoding="utf-8")) for p in sorted(docs_dir.glob("*.txt"))]


def test_array_scans_equal_token_scans(nlp: Language) -> None:
    for doc in _example_docs(nlp):
        subjects = [
            t.i
            for t in doc
            if t.dep_ in SUBJECT_DEPS or (t.dep_ == "appos" and t.head.dep_ in SUBJECT_DEPS)
        ]
        assert subjects and _subject_tokens(doc) == subjects
        breaks = [t.i for t in doc if "\n" in t.text]
        assert breaks and _line_break_tokens(doc) == breaks
        # sentences are cut at every line break that is not a sentence's last token, but
        # for a break of hard-wrapped text inside a sentence
        cuts = {s.end for s in sentences(doc)}
        kept = [i for i in breaks if i + 1 == len(doc) or not _wrapped(doc[i], doc[i + 1])]
        assert all(i + 1 in cuts for i in kept)


def test_text_without_quote_marks_has_no_quotes(nlp: Language) -> None:
    assert quotes(nlp, "Officials said 12 people were hurt. Police declined to comment.") == []


def test_tokenised_quote_marks_are_quotes() -> None:
    from sitrep.extract.quotes import find_quote_spans

    text = "`` We have n't used our real military power , '' a spokesman says ."
    (span,) = find_quote_spans(text)
    assert text[span[0] : span[1]].strip() == "We have n't used our real military power"


def test_a_figure_said_in_a_quotation_is_the_speakers_claim() -> None:
    # "'The deaths of 38 people have been reported so far,' he told reporters in Conakry."
    ev = Evidence("t", 0, 80)
    quote = Quote("t", 1, 49, "The deaths of 38 people …", ev, "Amara Diallo")
    inside = FigureClaim(
        "t:F1",
        "t",
        15,
        17,
        "38",
        ev,
        "killed",
        38,
        None,
        None,
        "exact",
        False,
        "all",
        None,
        None,
        None,
        (ev,),
    )
    outside = replace(inside, id="t:F2", start=60, end=62, claimed_by=None)
    named = replace(inside, id="t:F3", claimed_by="Health Ministry")
    got = attribute_quoted_figures([inside, outside, named], [quote])
    assert [f.claimed_by for f in got] == ["Amara Diallo", None, "Health Ministry"]


def test_curly_single_quotes_are_quotations() -> None:
    text = (
        "\u2018Rescue teams are still searching the rubble,\u2019 said the governor. "
        "The miners\u2019 union called it \u2018a crime\u2019 and didn\u2019t \u2018wait\u2019."
    )
    got = [text[s:e] for s, e in find_quote_spans(text)]
    assert got == ["Rescue teams are still searching the rubble", "a crime", "wait"]


@pytest.mark.parametrize(
    "text,speaker",
    [
        (
            "Marta Silva, the regional ombudsman, visited the prison on Monday.\n"
            "The Ombudsman said \u201cthe cells hold three times as many men as they should\u201d.",
            "Marta Silva",
        ),
        (
            "Prime Minister Ana Brnabic spoke on state television.\n"
            "The premier condemned the \u201cbarbaric attack on the police\u201d in Novi Sad.",
            "Ana Brnabic",
        ),
        (
            "Chancellor Olaf Scholz met the families on Monday.\n"
            "Scholz condemned the attack, urging both camps to \u201cput down their weapons "
            "and talk to each other at last\u201d.",
            "Olaf Scholz",
        ),
        (
            "Interior minister Joao Mendes gave the toll on Sunday.\n"
            "\u201cPolice are still counting the dead in the northern districts,\u201d said the "
            "interior minister.",
            "Joao Mendes",
        ),
    ],
)
def test_a_role_speaks_for_the_person_named_with_it(nlp: Language, text: str, speaker: str) -> None:
    (q,) = quotes(nlp, text)
    assert q.speaker == speaker


def test_a_name_in_quotes_is_no_quotation(nlp: Language) -> None:
    text = (
        "The commander, known as \u201cHemedti\u201d, posted on \u201cTwitter\u201d that "
        "his men were \u201cwinning the battle for the capital\u201d, the group said."
    )
    assert [q.text for q in quotes(nlp, text)] == ["winning the battle for the capital"]


def test_a_quotation_ending_on_a_name_is_that_persons(nlp: Language) -> None:
    text = (
        "Shops reopened in the old town on Monday.\n"
        '"I did not open my shop for a week, but today I had no choice," taxi driver '
        "Mohammed Karimi\n"
        "Traffic was light."
    )
    (q,) = quotes(nlp, text)
    assert q.speaker == "Mohammed Karimi"


def test_the_organisation_is_no_armed_force_named_after_it(nlp: Language) -> None:
    text = (
        "The African Union approved the deployment of the ATMIS Transition Force to the "
        "border region on Monday.\n\n"
        '"The mission will stay until the elections are held," the organisation said in a '
        "statement.\n"
    )
    got = by_text(quotes(nlp, text))
    assert got["The mission will stay until the elections are held"].endswith("African Union")


def test_he_added_after_a_finished_sentence_is_the_last_speaker(nlp: Language) -> None:
    (first, second) = quotes(
        nlp,
        '"We will not talk to a government that shoots at us," union leader Rosa Quispe '
        "told a crowd in the main square, where thousands were camped. He added: "
        '"The roads will stay closed."',
    )
    assert first.speaker == "Rosa Quispe"
    assert second.speaker == "Rosa Quispe"  # not lost by counting back past the name


def test_a_name_in_apposition_to_a_role_is_a_person(nlp: Language) -> None:
    (q,) = quotes(
        nlp,
        "Reading a joint statement after the talks, the UN's resident coordinator in the "
        "country, Arnaud Peral, said a new decree would be drafted. "
        '"With this agreement, the protests across the country come to an end," he said.',
    )
    assert q.speaker == "Arnaud Peral"


def test_a_speaker_described_by_a_relative_clause_is_the_later_he(nlp: Language) -> None:
    # the parse leaves "said" without a subject when a relative clause describes him
    text = (
        "Speaking by video link to reporters in Geneva, Martin Griffiths, who heads the UN aid "
        'office, said the number of people missing had reached 10,000. "We are counting the '
        'missing in thousands," he said.'
    )
    assert by_text(quotes(nlp, text))["We are counting the missing in thousands"] == (
        "Martin Griffiths"
    )


def test_a_second_verb_of_saying_shares_the_first_ones_speaker(nlp: Language) -> None:
    # "insisted" parsed as joined to what "said" reported: "people" would speak
    text = (
        "The numbers remain disputed. Later, the president said 19 people had died and "
        'insisted he had "no blood on my hands".'
    )
    assert by_text(quotes(nlp, text))["no blood on my hands"] == "president"


def test_the_military_that_speaks_is_the_army_named_before(nlp: Language) -> None:
    text = (
        "Fighting erupted on Saturday between the Sudanese army and a paramilitary force. "
        "The force accused the army of attacking its bases, while the military said the "
        'paramilitary force was "spreading lies" and declared it a "rebel" group.'
    )
    speakers = by_text(quotes(nlp, text))
    assert speakers["spreading lies"] == "Sudanese army"
    assert speakers["rebel"] == "Sudanese army"  # not the force, the subject of "was"


def test_a_time_before_an_institution_is_not_part_of_its_name(nlp: Language) -> None:
    text = (
        "Late on Sunday Morocco's interior ministry said it had accepted offers of aid after "
        '"a careful assessment of needs".'
    )
    (q,) = quotes(nlp, text)
    assert q.speaker == "Morocco's interior ministry"


def test_a_person_called_by_the_given_name_is_the_later_he(nlp_named: Language) -> None:
    # the tagger knows "Abiy Ahmed" but not the bare given name the text then uses
    text = (
        "Prime Minister Abiy Ahmed addressed the nation on Friday. Shops closed early. "
        "Buses stopped running at six. The streets were empty by nightfall.\n\n"
        "Abiy, who took office last year, ordered a curfew in the capital.\n\n"
        '"The curfew will protect the families of this city from the looters," he said.'
    )
    (q,) = quotes(nlp_named, text)
    assert q.speaker == "Abiy Ahmed"


def test_she_added_reaches_the_speaker_of_a_long_quotation_before(nlp: Language) -> None:
    text = (
        "Opposition leader Olga Petrenko spoke to supporters on Monday.\n\n"
        '"We will not give up. We will come back. The streets belong to us. Nobody can '
        'take them away. Not the police, not the courts," she said.\n\n'
        '"Stay at home tonight and keep your children close to you," she added.'
    )
    speakers = by_text(quotes(nlp, text))
    assert speakers["Stay at home tonight and keep your children close to you"] == ("Olga Petrenko")


def test_a_statement_quoted_paragraph_by_paragraph_is_its_signers(nlp: Language) -> None:
    text = (
        "GENEVA, 3 May 2024 - “The Red Cross is deeply worried by the fighting around the "
        "city and the hundreds of families now cut off from water and medicine.\n\n"
        "“Our teams are ready to deliver aid as soon as the roads are safe again.\n\n"
        "Statement by Mr. Pierre Dubois, Head of Delegation in Sudan\n"
    )
    assert {q.speaker for q in quotes(nlp, text)} == {"Pierre Dubois"}


def test_a_statement_under_a_headline_opening_on_its_issuer(nlp: Language) -> None:
    text = (
        "Oxfam alarmed by floods in the south, calls for urgent aid\n\n"
        "“Oxfam is alarmed by the scale of the floods that have hit the south of the "
        "country this week.\n\n"
        "“We are sending water and hygiene kits to the families who lost their homes.\n"
    )
    assert {q.speaker for q in quotes(nlp, text)} == {"Oxfam"}


def test_said_colon_speaks_the_quotation_paragraphs_below(nlp: Language) -> None:
    # the parse makes "the closure" the subject of "said"; the person stands between commas
    text = (
        "In response to the curfew, the mass arrests and a ‘temporary’ ban on rallies since the "
        "arrest of the former prime minister Ali Musa in Kenya, Jane Okafor, Oxfam’s Regional "
        "Director, said:\n\n"
        "“Thousands of people are now held without charge in crowded cells across the country.\n\n"
        "“We call on the authorities to release them at once and let lawyers see them.”\n"
    )
    assert {q.speaker for q in quotes(nlp, text)} == {"Jane Okafor"}


def test_a_quotation_credited_after_a_dash(nlp: Language) -> None:
    text = (
        "‘We will rebuild every school that was lost’ - Sipho Ndlovu-Mbeki\n\n"
        "At a meeting in the flooded town on Tuesday, Sipho Ndlovu-Mbeki, the education "
        "minister, spoke to parents.\n"
    )
    (q,) = quotes(nlp, text)
    assert q.speaker == "Sipho Ndlovu-Mbeki"


def test_the_politician_added_is_the_person_just_quoted(nlp: Language) -> None:
    text = (
        "Hundreds were detained overnight.\n"
        "“Our offices were raided and our files taken away,” Amina Diallo, a senior member "
        "of the opposition party, told reporters.\n"
        "“They came at night, without any warrant, and took our computers,” the politician added.\n"
    )
    speakers = by_text(quotes(nlp, text))
    assert speakers["They came at night, without any warrant, and took our computers"] == (
        "Amina Diallo"
    )


def test_the_commission_is_the_commission_named_before(nlp: Language) -> None:
    text = (
        "The National Human Rights Commission published its findings on Monday. It "
        "interviewed more than 200 witnesses in the region. Most of them had fled to "
        "the capital. Some had walked for days.\n"
        "The commission described the attacks as “a planned campaign against civilians”.\n"
    )
    (q,) = quotes(nlp, text)
    assert q.speaker == "The National Human Rights Commission"


def test_an_order_speaks_for_the_body_that_issued_it(nlp_named: Language) -> None:
    text = (
        "The Ministry of Defence approved the request on Tuesday.\n"
        "The order issued by the defence ministry stated: “Two battalions will be deployed "
        "to the northern districts until further notice.”\n"
    )
    (q,) = quotes(nlp_named, text)
    assert q.speaker == "Ministry of Defence"


def test_a_site_named_in_apposition_speaks(nlp: Language) -> None:
    text = 'The independent news site Meduza called the march "the biggest in a decade".'
    (q,) = quotes(nlp, text)
    assert q.speaker == "Meduza"


def test_an_office_speaks_for_the_person_who_holds_it(nlp_named: Language) -> None:
    text = (
        "The office of the United Nations High Commissioner for Refugees Filippo Grandi "
        "tweeted: “Those who fled must be allowed to return home in safety and dignity.”"
    )
    (q,) = quotes(nlp_named, text)
    assert q.speaker == "Filippo Grandi"


def test_a_next_sentence_announcing_a_thing_attributes_no_quotation(nlp: Language) -> None:
    text = (
        "Crowds filled the square again on Friday. “We will stay here until the whole "
        "government has gone.” Prime Minister Jan Novak announced his resignation hours later."
    )
    (q,) = quotes(nlp, text)
    assert q.speaker != "Jan Novak"


def test_a_thing_blamed_is_no_inverted_speaker(nlp: Language) -> None:
    text = (
        "President Idriss Bamba won a fourth term in the disputed vote.\n\n"
        "The president has promised to restore order and blamed the violence on "
        "“paid agitators from abroad”.\n"
    )
    (q,) = quotes(nlp, text)
    assert q.speaker == "Idriss Bamba"


def test_a_quoted_verb_is_said_by_the_named_subject_of_its_clause(nlp: Language) -> None:
    text = (
        "A statement was read out at the United Nations on Thursday.\n\n"
        "The statement said that Kofi Mensah “deeply regrets” the loss of life.\n"
    )
    (q,) = quotes(nlp, text)
    assert q.speaker == "Kofi Mensah"


# ------------------------------------------------------------- session 13: unseen pages


def test_quotation_goes_on_past_a_related_article_line(nlp_named: Language) -> None:
    text = (
        "Health workers were overwhelmed, Maria Lopez, the regional health director, said.\n"
        "“We have never seen so many wounded arrive in one night and we are running out of "
        "blood for them.\n"
        "READ ALSO: Mayor Pedro Alvarez says the market will reopen on Monday\n"
        "“We need the roads opened so the supplies can reach the hospital before the weekend.”\n"
    )
    got = by_text(quotes(nlp_named, text))
    assert all(s == "Maria Lopez" for s in got.values()), got


def test_it_said_after_a_body_named_as_subject(nlp_named: Language) -> None:
    text = (
        "The Kenyan Red Cross Society said on Monday that its teams had reached the town.\n\n"
        "“Our volunteers are working around the clock to give first aid to the injured "
        "families,” it said in a statement."
    )
    got = by_text(quotes(nlp_named, text))
    assert list(got.values()) == ["Kenyan Red Cross Society"], got


def test_it_in_a_clause_is_the_subject_of_its_sentence(nlp_named: Language) -> None:
    text = (
        "Interior Minister John Carter later signed an order sending troops to the border "
        "in what it called “a grave threat to our national security”."
    )
    got = by_text(quotes(nlp_named, text))
    assert list(got.values()) == ["John Carter"], got


def test_an_untagged_title_before_a_common_noun(nlp: Language) -> None:
    text = (
        "“Nobody has told the families where their sons are being held tonight,” the "
        "Harbour Courier newspaper wrote on Sunday."
    )
    got = by_text(quotes(nlp, text))
    assert list(got.values()) == ["Harbour Courier"], got


def test_an_account_speaks_for_its_owner(nlp: Language) -> None:
    text = (
        "The ministry’s official Twitter account said that the rebels had tried “in vain” "
        "to take the airport."
    )
    got = by_text(quotes(nlp, text))
    assert list(got.values()) == ["ministry"], got


def test_a_count_of_people_is_the_people(nlp: Language) -> None:
    text = (
        "Thousands of students chanting “The people want the fall of the government!” "
        "blocked the main road. Dozens of workers shouted “Pay us what you owe us today!” "
        "outside the ministry."
    )
    got = by_text(quotes(nlp, text))
    assert list(got.values()) == ["students", "workers"], got


def test_a_paragraph_reported_from_its_first_sentence(nlp_named: Language) -> None:
    text = (
        "The country has lost all patience with its rulers, said Anna Keller in the Daily "
        "Ledger. The port had been unsafe for years and everyone knew it. Officials shrugged "
        "when warned. “They were told again and again, and they chose to look away every "
        "single time.”\n"
    )
    got = by_text(quotes(nlp_named, text))
    assert list(got.values()) == ["Anna Keller"], got


def test_a_paragraph_introduced_by_said_colon_is_quoted(nlp_named: Language) -> None:
    text = (
        "Responding to the arrests, Jane Morrow, the group's regional director, said:\n\n"
        "The Human Rights League is calling on the authorities to free every detained "
        "journalist without delay.\n\n"
        "“Nobody should be held for doing their job. They must be released immediately.”\n"
    )
    got = by_text(quotes(nlp_named, text))
    assert list(got.values()) == ["Jane Morrow", "Jane Morrow"], got


def test_assured_reports_what_follows(nlp_named: Language) -> None:
    text = (
        "The Kremlin assured that President Vladimir Putin “has no plans to attend the "
        "summit this year”."
    )
    got = by_text(quotes(nlp_named, text))
    assert list(got.values()) == ["Kremlin"], got


def test_he_said_after_a_report_is_the_one_who_reported(nlp_named: Language) -> None:
    text = (
        "Marco Bellini, who leads the dockers' union, said the strike would go on until "
        "Paolo Conti resigned. “We will not go back to work while he is in charge,” he said."
    )
    got = by_text(quotes(nlp_named, text))
    assert list(got.values()) == ["Marco Bellini"], got


def test_his_spokesman_tells_his_words(nlp_named: Language) -> None:
    text = (
        "Secretary-General Antonio Guterres “deeply regrets” the decision, his spokesman "
        "said on Tuesday. Separately, the bloc's spokesman Peter Stano told reporters the "
        "vote was “a step backwards”."
    )
    got = by_text(quotes(nlp_named, text))
    assert got["deeply regrets"] == "Antonio Guterres", got
    assert got["a step backwards"] == "Peter Stano", got


def test_the_decree_says_is_who_signed_it(nlp_named: Language) -> None:
    text = (
        "On Friday the governor, Helen Ward, signed a decree closing every school in the "
        "province until further notice. “All classes are suspended from Monday,” the decree "
        "says."
    )
    got = by_text(quotes(nlp_named, text))
    assert list(got.values()) == ["Helen Ward"], got


def test_an_untagged_name_between_commas_before_said(nlp_named: Language) -> None:
    text = (
        "Speaking by telephone from Rome to reporters in Vienna, Oskar Lindqvar, who leads "
        "the relief mission, said the road had been cut. “We cannot reach the valley until "
        "the water goes down,” he said."
    )
    got = by_text(quotes(nlp_named, text))
    assert list(got.values()) == ["Oskar Lindqvar"], got


def test_guillemets_quote_and_a_guillemet_inside_a_word_does_not():
    """A French-style page or its translation quotes in guillemets, often with spaces inside
    them; a guillemet inside a word is mojibake ("¾«Æ"), no quotation mark."""
    text = (
        "The soldier heard « shots before dawn » in the camp. « An officer told me to leave, "
        "that a coup was under way », he says.\n¶¶Òõ¾«Æ· correspondents visited hospitals."
    )
    spans = [text[s:e] for s, e in find_quote_spans(text)]
    assert spans == [
        "shots before dawn",
        "An officer told me to leave, that a coup was under way",
    ]


def test_continued_after_a_quotation_reports_it(nlp_named: Language) -> None:
    """'"...," X continued' reports the quotation; 'the campaign will continue "until ..."'
    does not (the quotation is no clause of 'continue' there)."""
    text = (
        "“The camps are full and the rains are coming,” said Priya Raman, the agency's "
        "director for the region.\n\n“Families have nowhere else to go. We need tents now,” "
        "Raman continued.\n\nThe minister said the campaign will go on “until every gang "
        "has laid down its arms”, he said."
    )
    got = by_text(quotes(nlp_named, text))
    assert got["Families have nowhere else to go. We need tents now"] == "Priya Raman", got


def test_he_after_a_title_with_the_person_in_apposition(nlp_named: Language) -> None:
    """'The Red Cross president, Jane Doe, also reacted ... "...", he said': the person
    set beside the title subject is who 'he' reads back to."""
    text = (
        "The Secretary General of the Arctic Council, Henrik Solvang, also responded to the "
        "spill.\n“This damage will be felt along the whole coast for a generation”, he said "
        "in a post on his account."
    )
    got = by_text(quotes(nlp_named, text))
    assert list(got.values()) == ["Henrik Solvang"], got


def test_quoted_as_saying_is_who_said_it_not_who_quoted(nlp_named: Language) -> None:
    text = (
        "“We will not leave the square,” Tomas Reyes, a student leader, was quoted by the "
        "Associated Press as saying.\nThe ministry statement quoted its spokesman Omar Haddad "
        "as saying: “The roads to the north will reopen on Monday morning.”"
    )
    got = by_text(quotes(nlp_named, text))
    assert got["We will not leave the square"] == "Tomas Reyes", got
    assert got["The roads to the north will reopen on Monday morning."] == "Omar Haddad", got


def test_a_pull_quote_credited_after_a_dash_to_a_name_given_nowhere_else(
    nlp_named: Language,
) -> None:
    text = (
        "Floods: hundreds stranded in the delta\n\n"
        "‘The water came in the night and took everything we had’ - Maria Okafor\n\n"
        "Rescue teams reached the first villages on Tuesday."
    )
    got = by_text(quotes(nlp_named, text))
    assert got == {"The water came in the night and took everything we had": "Maria Okafor"}


def test_which_and_who_speak_for_the_named_body_they_describe(nlp_named: Language) -> None:
    text = (
        "The floods drew sympathy from neighbouring states and from the World Health "
        "Organization, which called the losses “heartbreaking” and sent two field teams."
    )
    got = by_text(quotes(nlp_named, text))
    assert got["heartbreaking"] == "World Health Organization", got


def test_a_document_speaks_for_who_issued_it_in_its_sentence(nlp_named: Language) -> None:
    """'X issued a statement calling ... "..."' is X's; '"...," read a statement' with no
    issuer is the body the sentence before had as its subject."""
    text = (
        "The Norwegian Refugee Council issued a statement calling the blockade “collective "
        "punishment” on Friday.\n\nThe International Rescue Committee has criticised the police "
        "response in strong terms this week.\n\n“The authorities must release every detained "
        "student and open an independent inquiry,” read a statement released on Monday."
    )
    got = by_text(quotes(nlp_named, text))
    assert got["collective punishment"] == "Norwegian Refugee Council", got
    assert (
        got["The authorities must release every detained student and open an independent inquiry"]
        == "International Rescue Committee"
    ), got


def test_unnamed_speakers_read_back_to_who_the_text_introduced(nlp_named: Language) -> None:
    """'the anchor said' after 'An anchor on the state radio suggested' speaks for the
    radio; 'He said:' after 'One driver in the port told reporters' is that driver."""
    text = (
        "One driver in the port told reporters he had waited three days. He said: “Nobody "
        "tells us when the gates will open again.”\n\nAn anchor on the national radio "
        "suggested the toll could reach 40, without saying where the figure came from.\n"
        "“Sadly, forty people lost their lives in the storm,” the anchor said."
    )
    got = by_text(quotes(nlp_named, text))
    assert got["Sadly, forty people lost their lives in the storm"] == "national radio", got
    assert got["Nobody tells us when the gates will open again."] == "driver", got


def test_a_body_called_by_a_generic_noun_is_the_body_last_named_as_a_subject(
    nlp_named: Language,
) -> None:
    text = (
        "The Malawi Human Rights Commission reported on Friday that twelve people had died "
        "in the protests, which were organised by Youth Forum activists.\n"
        "The figure is double the police count.\n"
        "“Our monitors recorded every death in the capital,” the independent body said.\n"
        "“The police fired live rounds,” the watchdog added."
    )
    got = by_text(quotes(nlp_named, text))
    assert got["Our monitors recorded every death in the capital"] == (
        "Malawi Human Rights Commission"
    )
    assert got["The police fired live rounds"] == "Malawi Human Rights Commission"


def test_a_headlines_quoted_words_take_the_speaker_the_body_names(nlp_named: Language) -> None:
    """A headline quotes a few words of what the body attributes in full, and names the
    speaker by a shorter title: the words take the body's speaker; a speakerless headline
    quotation the body repeats does too."""
    text = (
        "Ferry ban ‘utterly unjustified’; ‘We will not be silenced’: union leader\n"
        "Harbour workers walked out on Monday across the islands.\n"
        "“The ban on night crossings is utterly unjustified and hurts every family here,” "
        "union leader Maria Okafor told reporters in the port.\n"
        "“We will not be silenced by threats,” Okafor added."
    )
    got = by_text(quotes(nlp_named, text))
    assert got["utterly unjustified"] == "Maria Okafor", got
    assert got["We will not be silenced"] == "Maria Okafor", got


def test_the_statement_speaks_for_whoever_the_text_said_released_it(
    nlp_named: Language,
) -> None:
    """ "The statement" is read back, mention by mention, to the one that says who issued
    it, named or not ("a statement released by several unions")."""
    text = (
        "Three miners died in the strike on Monday, a joint statement released by several "
        "labour rights groups said.\n"
        "“The company has refused every offer of talks and the workers have had enough,” "
        "the statement said.\n"
        "It was signed by the leaders of four unions.\n"
        "According to the statement, ten more were hurt.\n"
        "The mine owners have not answered requests for comment.\n"
        "“We call on the government to open an inquiry into the deaths at once,” the "
        "statement said."
    )
    got = by_text(quotes(nlp_named, text))
    for said in (
        "The company has refused every offer of talks and the workers have had enough",
        "We call on the government to open an inquiry into the deaths at once",
    ):
        assert got[said] is not None and "labour rights groups" in got[said], got


def test_a_document_by_an_unnamed_author_speaks_for_its_author(nlp_named: Language) -> None:
    text = (
        "A report on the night's raids by a military analyst said “the drones came in "
        "three waves” before dawn."
    )
    got = by_text(quotes(nlp_named, text))
    assert got["the drones came in three waves"] == "military analyst", got


def test_words_written_in_a_document_are_its_issuers(nlp_named: Language) -> None:
    """Translated wire copy: "'...', it is written in the information" after "according to
    the information provided by the Ministry of Emergencies"."""
    text = (
        "According to the information provided by the Ministry of Emergencies on Tuesday, "
        "the floods have forced 4,000 people from their homes.\n\n"
        "“Rescue teams are working in all the flooded villages”, – it is written in the "
        "information."
    )
    (q,) = quotes(nlp_named, text)
    assert q.speaker is not None and "Ministry of Emergencies" in q.speaker, q


def test_a_person_a_paragraph_is_labelled_with_is_its_he(nlp_named: Language) -> None:
    text = (
        "The storm left the coast without power. Also:\n"
        "- Emmanuel Macron: The president visited the shelters in Nice on Friday. “Nobody will be "
        "left alone tonight,” he said."
    )
    (q,) = quotes(nlp_named, text)
    assert q.speaker is not None and q.speaker.endswith("Macron"), q


def test_an_abbreviated_title_before_a_speaker_between_commas(nlp_named: Language) -> None:
    text = (
        "The navy has been searching the bay for the missing crew since Tuesday, Capt. "
        "Daniel Ferreira, a navy spokesman, said on Thursday.\n\n"
        "Two sailors were found alive, he said, adding that the divers would keep going "
        "“until every man is accounted for.”"
    )
    (q,) = quotes(nlp_named, text)
    assert q.speaker == "Daniel Ferreira", q


def test_a_named_document_inside_a_report_speaks_for_its_issuer(nlp_named: Language) -> None:
    """ "Reuters reported the Hamas statement also claims ...": the parse takes the
    statement for the object of "reported"; the words are the statement's."""
    text = (
        "Reuters reported the Hezbollah statement also claims its fighters “destroyed two "
        "tanks near the border village” overnight."
    )
    (q,) = quotes(nlp_named, text)
    assert q.speaker is not None and "Hezbollah" in q.speaker, q


def test_a_spokesperson_the_text_names_next_is_the_speaker(nlp_named: Language) -> None:
    text = (
        "The secretary-general Maria Lopez is deeply saddened by the “senseless violence” "
        "in the capital, her spokesperson said on Monday.\n\n"
        "Lopez “urges all sides to show restraint,” John Abara, the spokesperson for the "
        "secretary-general, told reporters."
    )
    got = by_text(quotes(nlp_named, text))
    assert got["senseless violence"] == "John Abara", got


def test_a_role_with_the_is_the_person_just_named(nlp_named: Language) -> None:
    text = (
        "Prime Minister Anna Berg has said she will step down. In a video message, the "
        "prime minister said: “The cabinet will resign as soon as a new coalition is formed.”"
    )
    (q,) = quotes(nlp_named, text)
    assert q.speaker == "Anna Berg", q
    text = (
        "Student leader Omar Farid extended the strike on Tuesday. Curfews stayed in place "
        "after the army chief said the city was “under control” again."
    )
    (q,) = quotes(nlp_named, text)
    assert q.speaker == "army chief", q  # another's role, not the person just named


def test_a_statements_words_relayed_of_a_named_person_are_his(nlp_named: Language) -> None:
    text = (
        "A statement issued by Tom Reyes, the deputy spokesman, said on Wednesday that the "
        "talks had failed. The statement said that Guterres “deeply regrets” the failure."
    )
    got = by_text(quotes(nlp_named, text))
    assert got["deeply regrets"] == "Guterres", got


def test_a_page_cut_after_the_speakers_name_and_age(nlp_named: Language) -> None:
    text = (
        "Thousands marched through the city centre on Sunday.\n\n"
        '"We will keep coming back every weekend until they listen," Laura Mendes, 31, '
    )
    (q,) = quotes(nlp_named, text)
    assert q.speaker == "Laura Mendes", q


def test_what_it_called_is_the_country_that_did_it(nlp_named: Language) -> None:
    text = 'Turkey launched what it called "a limited security operation" in the region.'
    (q,) = quotes(nlp_named, text)
    assert q.speaker == "Turkey", q


def test_a_claim_set_above_its_check_is_the_one_the_next_paragraph_names(
    nlp_named: Language,
) -> None:
    """A fact-check quotes a claim as a paragraph of its own, then says who made it."""
    text = (
        "Here is what we checked.\n\n"
        "“Unemployment has fallen by half since we took office.”\n\n"
        "In a radio interview on Monday, Finance Minister Carla Duarte claimed that "
        "unemployment had halved in three years.\n"
    )
    (q,) = quotes(nlp_named, text)
    assert q.speaker == "Carla Duarte", q
