"""Figures read the way news writing tells them, found on crises sitrep was not tuned on
(round 2 probes). The sentences are invented; each test fails if the reading it pins breaks:
what was counted, who claims it, as of when."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from spacy.language import Language

from sitrep.extract import context
from sitrep.records import Document, DocumentReading, Evidence
from sitrep.resolve.claims import reconcile
from sitrep.resolve.entities import resolve_entities
from test_figures_unseen import by_value, read
from test_figures_unseen import nlp as nlp  # the pipeline fixture, shared


def test_people_taken_away_are_detained(nlp: Language) -> None:
    figs = read(
        nlp,
        "Riot police broke up the rally in the capital. Police said 41 people were detained, "
        "while organisers said more than 70 had been taken away.",
        "2021-03-14",
    )
    organisers = by_value(figs, 70)
    assert organisers.measure == "detained"
    assert organisers.claimed_by == "organisers"
    assert by_value(figs, 41).measure == "detained"


def test_information_collected_by_the_institution_is_the_institutions(nlp: Language) -> None:
    figs = read(
        nlp,
        "The National Human Rights Commission monitored the demonstrations across the country."
        "\n\nAccording to information collected by the institution from hospitals and police "
        "stations, six people died and 210 were injured.",
        "2021-03-14",
    )
    assert by_value(figs, 210).claimed_by == "National Human Rights Commission"
    assert by_value(figs, 6).claimed_by == "National Human Rights Commission"


def test_a_spokesperson_speaks_for_the_body_named(nlp: Language) -> None:
    figs = read(
        nlp,
        "A spokesperson for the presidency said on Monday that 312 police officers had been "
        "hurt in the unrest.",
        "2021-03-15",
    )
    assert by_value(figs, 312).claimed_by == "presidency"


def test_a_list_under_an_as_of_heading_is_as_of_its_day(nlp: Language) -> None:
    figs = read(
        nlp,
        "Issued: 14 March 2021\n\nKEY FIGURES (northern province, as of 12 March)\n"
        "- More than 1,400 deaths reported by local authorities\n"
        "- 320 buildings completely destroyed\n\n"
        "OVERVIEW\nAt least 1,650 people have died, officials said.",
        "2021-03-14",
    )
    assert by_value(figs, 1400).as_of == "2021-03-12"
    assert by_value(figs, 320).as_of == "2021-03-12"
    assert by_value(figs, 1650).as_of == "2021-03-14"  # below the list: the report's day


def test_a_count_a_source_gives_is_as_of_the_report(nlp: Language) -> None:
    """ "Police said 41 people were detained" after a sentence on Friday's rally is the
    count the police give the report, not one stated on Friday; a count told as what
    happened ("Two protesters died.") stays on the day of the sentence before."""
    figs = read(
        nlp,
        "On Friday night, thousands of demonstrators marched on parliament. "
        "Police said 41 people were detained.\n\n"
        "On Friday night, thousands of demonstrators marched on parliament. "
        "Two protesters died.",
        "2021-03-14",
    )
    assert by_value(figs, 41).as_of == "2021-03-14"
    assert by_value(figs, 2).as_of == "2021-03-12"


def test_counts_reported_by_a_body_are_its(nlp: Language) -> None:
    figs = read(
        nlp,
        "KEY FIGURES (eastern region, as of 12 March)\n"
        "- More than 1,400 deaths and over 2,100 injuries reported by the Eastern Red Crescent",
        "2021-03-14",
    )
    assert by_value(figs, 1400).claimed_by == "Eastern Red Crescent"
    assert by_value(figs, 2100).claimed_by == "Eastern Red Crescent"


def test_the_hospital_is_the_hospital_named_before(nlp: Language) -> None:
    """ "The hospital says" after a hospital spokesperson spoke of the Mercy General
    Hospital is that hospital, not the description of its spokesperson; "the committee"
    is the committee named before, not the last organisation named."""
    figs = read(
        nlp,
        "A student died at the Mercy General Hospital after inhaling tear gas, a hospital "
        "spokesperson said. The hospital says 84 people have been treated since the morning."
        "\n\nThe National Salvation Committee paraded its leader past the barracks of the "
        "Presidential Guard. The committee also said it had arrested seven people.",
        "2021-03-14",
    )
    assert by_value(figs, 84).claimed_by == "Mercy General Hospital"
    assert by_value(figs, 7).claimed_by == "National Salvation Committee"


def test_a_part_of_them_is_the_group_its_words_name(nlp: Language) -> None:
    """ "among them 10 civilians, five of them children": the five are children, a part
    of the ten civilians, not ten civilians counted again."""
    figs = read(
        nlp,
        "The governor said at least 90 people had been killed in the shelling, among them "
        "12 civilians, five of them children.",
        "2021-03-14",
    )
    assert by_value(figs, 12).group == "civilians"
    assert by_value(figs, 5).group == "children"


def test_where_most_of_them_are_is_no_scope_of_the_count(nlp: Language) -> None:
    figs = read(
        nlp,
        "The health ministry reports 1,020 deaths and 2,310 injuries in Syria, most of them "
        "in Aleppo, Latakia and Hama.",
        "2021-03-14",
    )
    assert by_value(figs, 2310).place == "Syria"
    assert by_value(figs, 1020).place == "Syria"


def test_a_count_and_its_part_in_one_sentence_are_no_conflict() -> None:
    """ "at least 31 civilians, seven of them children": the sentence explains the part; a
    scope conflict between the two tells the analyst nothing."""
    sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "resolve"))
    import make

    text = "The group documented the deaths of at least 31 civilians, seven of them children."
    sent = Evidence("a", 0, len(text))
    figs = [
        replace(
            make.figure(
                "a",
                n,
                "killed",
                value,
                group=group,
                start=text.index(word),
                text=word,
                as_of="2023-04-17",
                qualifier=qualifier,
            ),
            sentence=sent,
        )
        for n, value, word, group, qualifier in (
            (1, 31, "31", "civilians", "at_least"),
            (2, 7, "seven", "children", "exact"),
        )
    ]
    docs = [make.doc("a", "A", published="2023-04-17", text=text)]
    ments = [make.ment("a", make.SUDAN.name, "GPE", place=make.SUDAN)]
    readings = [make.reading("a", ments, figs)]
    assert not reconcile(figs, resolve_entities(readings), docs).conflicts
    # told in two sentences, the same two counts are still set side by side
    figs = [replace(f, sentence=Evidence("a", f.start, f.end)) for f in figs]
    assert reconcile(figs, resolve_entities(readings), docs).conflicts


def test_another_countrys_soldiers_are_their_own_count(nlp: Language) -> None:
    """Six Russian peacekeepers killed are no rival of the 192 soldiers the host army lost."""
    text = (
        "Baku said 192 of its own soldiers had been killed in the offensive. Six Russian "
        "peacekeepers also died when their car was fired on near a village."
    )
    doc = nlp(context.set_context(nlp.make_doc(text), "t", "2021-03-14"))
    figs = list(context.get(doc, "figures"))
    assert by_value(figs, 6).group == "russian soldiers"
    reading = DocumentReading("t", tuple(context.get(doc, "entities")), (), tuple(figs))
    document = Document("t", text, "t", "t", "txt", published="2021-03-14")
    rec = reconcile(figs, resolve_entities([reading]), [document], [reading])
    assert not rec.conflicts


def test_a_part_told_with_a_copula_is_its_group(nlp: Language) -> None:
    figs = read(
        nlp,
        "The ombudsman said more than 400 were wounded, including 10 civilians, five of whom "
        "were children.",
        "2021-03-14",
    )
    assert by_value(figs, 10).group == "civilians"
    assert by_value(figs, 5).group == "children"


def test_a_count_in_thousands_is_no_number_of_days_back(nlp: Language) -> None:
    """ "up from 40,000 a night earlier": the time stage may take 40,000 for days back; the
    count beside it stands on the night the sentence names."""
    figs = read(
        nlp,
        "The minister said about 45,000 police officers had been deployed nationwide on "
        "Friday night, up from 40,000 a night earlier, when 875 people were detained.",
        "2023-07-01",
    )
    assert by_value(figs, 875).as_of == "2023-06-30"


def test_a_sectors_losses_are_its_own_count(nlp: Language) -> None:
    """ "the oil sector alone lost about $250 million" is a part of the losses the chambers
    estimate at $2.3 billion, not a rival estimate of them."""
    figs = read(
        nlp,
        "Business groups estimate losses at $1.8 billion, while the tourism industry alone "
        "lost about $300 million. Ecuador lost $700 million in exports.",
        "2019-10-20",
    )
    assert by_value(figs, 1_800_000_000).group == "losses (dollar)"
    assert by_value(figs, 300_000_000).group == "tourism industry losses (dollar)"
    assert by_value(figs, 700_000_000).group == "losses (dollar)"  # a country: the whole
