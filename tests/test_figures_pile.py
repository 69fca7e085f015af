"""Only the crisis's figures: on real news pages (short excerpts of Timeline17's Egypt 2011
CNN collection, tests/fixtures/egypt-pile), hypothetical tolls, years read as counts and
reader comments give no figure, and the report's key killed figure is the one the articles
lead with (Human Rights Watch's "more than 300"), not a number from another story."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from spacy.language import Language

from sitrep.cli import main
from sitrep.extract import context
from sitrep.extract.nlp import load_pipeline
from sitrep.ingest.clean import line_kinds, segment_text
from sitrep.records import Document, FigureClaim
from sitrep.report.summary import summarise
from sitrep.report.view import build_view

PILE = Path(__file__).parent / "fixtures" / "egypt-pile"
EXCERPTS = {
    json.loads(line)["id"]: json.loads(line)
    for line in (PILE / "figures.jsonl").read_text(encoding="utf-8").splitlines()
}


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _figures(nlp: Language, doc_id: str) -> list[FigureClaim]:
    """The figures of an excerpt as sitrep reads it: its body, after the cleaner."""
    row = EXCERPTS[doc_id]
    text = row["text"]
    segments = segment_text(text)
    body = Document(doc_id, text, "x", "x", "txt", segments=segments).body_text()
    doc = nlp(context.set_context(nlp.make_doc(body), doc_id, row["time"]))
    return context.get(doc, "figures")


def test_a_hypothetical_toll_is_no_figure_beside_the_real_one(nlp: Language) -> None:
    figs = _figures(nlp, "122h")
    assert [(f.measure, f.value, f.qualifier) for f in figs] == [("killed", 300, "more_than")]
    assert figs[0].claimed_by and "human rights watch" in figs[0].claimed_by.lower()


def test_an_estimate_a_source_gives_stays(nlp: Language) -> None:
    text = "As many as 300 people may have been killed, the rights group said on Friday."
    doc = nlp(context.set_context(nlp.make_doc(text), "x", "2011-02-11"))
    (fig,) = context.get(doc, "figures")
    assert (fig.measure, fig.value, fig.qualifier) == ("killed", 300, "up_to")
    text = "As many as 300 people may have been killed in the clashes on Friday."
    doc = nlp(context.set_context(nlp.make_doc(text), "x", "2011-02-11"))
    assert not context.get(doc, "figures")  # nobody claims it: a guess, not a figure


def test_a_year_is_not_a_count(nlp: Language) -> None:
    assert not [f for f in _figures(nlp, "205y") if f.measure == "killed"]


def test_reader_comments_give_no_figure(nlp: Language) -> None:
    figs = _figures(nlp, "36c")
    assert [(f.measure, f.value) for f in figs] == [("killed", 300)], figs


def test_a_share_s_base_is_not_a_count(nlp: Language) -> None:
    # Georgia 2024 (examples/georgia-2024-tbilisi-protests, agenda): 15 is whom the
    # ombudsman's staff met, not a count of the detained
    text = (
        "Ioseliani noted around two out of 15 detained persons claimed they were "
        "\u201cunder terrible physical pressure upon arrest\u201d."
    )
    doc = nlp(context.set_context(nlp.make_doc(text), "x", "2024-11-30"))
    assert not [f for f in context.get(doc, "figures") if f.value == 15]


def test_the_key_killed_figure_is_the_crisis_s(tmp_path: Path) -> None:
    pile = tmp_path / "pile.jsonl"
    pile.write_text(
        (PILE / "articles.jsonl").read_text(encoding="utf-8")
        + (PILE / "figures.jsonl").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(pile), "-o", str(out), "-j", "1", "-q"])
    assert result.exit_code == 0, result.output
    export = json.loads((out / "sitrep.json").read_text(encoding="utf-8"))
    values = {(f["doc"], f["value"]) for f in export["figures"]}
    assert ("36c", 16000) not in values and ("205y", 2001) not in values
    assert not [f for f in export["figures"] if f["doc"] == "122h" and f["value"] is None]
    killed = [k for k in summarise(build_view(export)).figures if k.measure == "killed"]
    assert killed, export["figures"]
    assert "Egypt" in killed[0].scope and killed[0].quoted.value == "more than 300", killed[0]


def test_an_old_episode_is_historical_though_the_sentence_opens_with_now(nlp: Language) -> None:
    # CNN, 31 January 2011 (Timeline17 page 149): another story on the page
    text = (
        "Now, the brutal regime is blamed for killing thousands of people, if not millions "
        "during the bloody rule in the late 1970s."
    )
    doc = nlp(context.set_context(nlp.make_doc(text), "x", "2011-01-31"))
    assert not context.get(doc, "figures")
    doc = nlp(context.set_context(nlp.make_doc("Now 20 people have been killed."), "y", None))
    assert [f.value for f in context.get(doc, "figures")] == [20]


def test_a_count_that_goes_on_from_the_one_before_keeps_its_source(nlp: Language) -> None:
    # examples/bangladesh-2024-quota-protests (Business Recorder, AFP, 18 July 2024)
    text = (
        "\u201cWe\u2019ve got seven dead here,\u201d an official at Uttara Crescent Hospital "
        "in the capital Dhaka, who asked not to be named for fear of reprisal, told AFP.\n\n"
        "Nearly 1,000 others had been treated at the hospital for injuries sustained during "
        "clashes."
    )
    doc = nlp(context.set_context(nlp.make_doc(text), "x", "2024-07-18"))
    figs = {f.value: f for f in context.get(doc, "figures")}
    assert figs[1000].claimed_by and figs[1000].claimed_by == figs[7].claimed_by, figs
    # a count that does not go on from it stays unattributed
    text = text.replace("Nearly 1,000 others", "Nearly 1,000 people")
    doc = nlp(context.set_context(nlp.make_doc(text), "x", "2024-07-18"))
    assert next(f for f in context.get(doc, "figures") if f.value == 1000).claimed_by is None


# A live blog's entries are article text: an entry opened by a dash ("-- Nearly 2,100 ...") or by
# its time stamp ("(Update 2:49 p.m. Cairo, 7:49 a.m. ET)", "-LRB- ... -RRB-" in
# Penn-Treebank-tokenised collections such as Timeline17) is judged by what follows the marker.
# Short excerpts of Timeline17's EgyptianProtest_cnn page 213 (CNN, 31 January 2011), tokenised
# as the collection gives them.
LIVE_BLOG = "\n".join(
    [
        "-LRB- Update 3:15 p.m. Cairo , 8:15 a.m. ET -RRB- A total of 219 Americans have departed"
        " Egypt on two flights , according to the U.S. State Department .",
        "-LRB- Update 2:49 p.m. Cairo , 7:49 a.m. ET -RRB- Police in Cairo detained six"
        " journalists for Al-Jazeera , the Arabic-language news network , and confiscated their"
        " equipment , a network official confirmed to CNN Monday .",
        "-- Nearly 2,100 escaped prisoners in Egypt have been arrested by security forces ,"
        " state-run Nile TV reported on Monday .",
        "-LRB- Update 2:04 p.m. Cairo , 7:04 a.m. ET -RRB- Protesters gathered in Cairo 's Tahrir"
        " Square said Monday that they were organizing a `` million man march '' around Cairo for"
        " Tuesday .",
        "`` There is no aggressive behavior from the army toward the peaceful assemblies , '' he"
        " said early Tuesday .",
        "Demonstrators also told CNN that they are organizing a march in Alexandria , but can not"
        " confirm when they will start .",
    ]
)


def test_live_blog_entries_are_body() -> None:
    kinds = line_kinds(LIVE_BLOG)
    assert [k for _, k in kinds] == ["body"] * 6, kinds


def test_an_embedded_post_s_credit_stays_chrome() -> None:
    # the dash of "— Name (@handle) date" is no live-blog entry marker
    text = (
        "The health agency said hospitals in the capital were running out of supplies and"
        " that several had closed after they came under fire during the week .\n"
        "— Tedros Adhanom Ghebreyesus (@DrTedros) April 18, 2023\n"
        "Doctors said the wounded were being treated in corridors and that fuel for the"
        " generators would last only a few more days , according to the union ."
    )
    kinds = dict(line_kinds(text))
    assert kinds["— Tedros Adhanom Ghebreyesus (@DrTedros) April 18, 2023"] == "boilerplate"


def test_a_comment_form_s_notices_are_chrome() -> None:
    # the notices under a page's comment form (Timeline17's CNN pages, tokenised), after the
    # article: boilerplate, and so is the other stories' feed below them
    text = "\n".join(
        [
            *LIVE_BLOG.splitlines()[:3],
            "-LRB- required , but will not be displayed -RRB- CNN welcomes a lively and courteous"
            " discussion as long as you follow the Rules of Conduct set forth in our Terms of"
            " Service .",
            "Comments are not pre-screened before they post .",
            "You agree that anything you post may be used , along with your name and profile"
            " picture , in accordance with our Privacy Policy .",
        ]
    )
    assert [k for _, k in line_kinds(text)] == ["body"] * 3 + ["boilerplate"] * 3
