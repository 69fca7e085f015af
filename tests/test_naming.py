"""How documents are named in the report and the app: one D-label style, titles from the text."""

from __future__ import annotations

from sitrep.report.naming import doc_labels, report_title, shorten, title_from_text
from sitrep.report.view import build_view


def test_d_numbers_are_the_users_file_numbers_when_every_file_has_one():
    ids = ["000_a1", "001_b2", "002_c3"]
    assert doc_labels(ids) == {"000_a1": "D0", "001_b2": "D1", "002_c3": "D2"}
    assert doc_labels(["7-flood", "12-curfew"]) == {"7-flood": "D7", "12-curfew": "D12"}


def test_otherwise_d_numbers_count_from_one():
    assert doc_labels(["reuters", "afp"]) == {"reuters": "D1", "afp": "D2"}
    # a number not every file carries, numbers used twice, dates opening the names
    assert doc_labels(["001_a", "notes"]) == {"001_a": "D1", "notes": "D2"}
    assert doc_labels(["1_a", "1_b"]) == {"1_a": "D1", "1_b": "D2"}
    assert doc_labels(["2019-03-15-a", "2019-03-16-b"])["2019-03-16-b"] == "D2"


def test_a_heading_line_is_the_title():
    text = "Skip to content\nFloodwaters cut off the river towns\nRescuers reached the town.\n"
    nav = len("Skip to content\n")
    segments = [
        {"kind": "boilerplate", "start": 0, "end": nav},
        {"kind": "body", "start": nav, "end": len(text)},
    ]
    assert title_from_text(text, segments) == "Floodwaters cut off the river towns"


def test_otherwise_the_first_sentence_shortened():
    text = (
        "Exclusive – By Maria Lindqvist\n"
        "This report was originally published by the Valley Courier and is reprinted "
        "with permission.\n"
        "Hundreds of families fled their homes in the delta on Monday after the embankment "
        "gave way under three days of rain, officials said. More rain is expected.\n"
    )
    title = title_from_text(text)
    assert title.startswith("Hundreds of families fled their homes in the delta on Monday")
    assert title.endswith("…") and len(title) <= 91
    assert "By Maria" not in title and "reprinted" not in title


def test_a_short_first_sentence_is_kept_whole_and_prose_with_by_is_no_byline():
    text = "Two protesters were killed by police in the port. The curfew holds.\n"
    assert title_from_text(text) == "Two protesters were killed by police in the port."
    assert title_from_text("   \n\n") is None


def test_shorten_cuts_at_a_word():
    assert shorten("one two three four", 9) == "one two…"
    assert shorten("short", 90) == "short"


def test_the_report_is_never_titled_situation_report_twice():
    assert report_title(None) == "Situation report"
    assert report_title("") == "Situation report"
    assert report_title("Delta floods 2031") == "Delta floods 2031 — situation report"
    assert report_title("Weekly situation report") == "Weekly situation report"


def test_cards_name_documents_by_d_label_and_untitled_ones_by_their_text():
    text = "Rescuers pulled eleven people from the collapsed market on Sunday. More are missing."
    export = {
        "corpus": None,
        "documents": [
            {"id": "001_x", "title": None, "text": text, "segments": [], "source": "in/001_x.txt"},
            {
                "id": "002_y",
                "title": "Market collapse",
                "text": text + " ",
                "segments": [],
                "duplicate_of": "001_x",
                "duplicate_group": "g1",
                "canonical": False,
            },
        ],
        "figures": [
            {
                "id": "002_y:F1",
                "doc": "002_y",
                "measure": "rescued",
                "value": 11,
                "quote": "eleven",
                "evidence": [{"doc": "002_y", "start": 19, "end": 25}],
            },
        ],
    }
    view = build_view(export)
    first, second = view.documents
    assert (first.label, second.label) == ("D1", "D2")
    assert first.title == "Rescuers pulled eleven people from the collapsed market on Sunday."
    assert first.title_inferred and not second.title_inferred
    assert second.duplicate_of_label == "D1" and first.file == "001_x.txt"
    assert first.copies == ("D2",) and second.copies == ()
    assert view.title == "Situation report"
    assert view.ungrouped[0].doc_label == "D2"
    # a part of the export keeps the whole export's labels
    part = {**export, "documents": export["documents"][1:]}
    assert build_view(part, {"001_x": "D1", "002_y": "D2"}).documents[0].label == "D2"


def test_the_rendered_report_uses_only_d_labels_for_documents():
    from sitrep.report.html import render_report

    text = "Rescuers pulled eleven people from the collapsed market on Sunday."
    export = {
        "corpus": "Delta floods",
        "documents": [
            {"id": "003_aa", "title": None, "text": text, "segments": []},
            {
                "id": "004_bb",
                "title": None,
                "text": text + " Again.",
                "segments": [],
                "duplicate_of": "003_aa",
                "duplicate_group": "g1",
                "canonical": False,
            },
        ],
    }
    html = render_report(export)
    assert "<h1>Delta floods — situation report</h1>" in html
    assert "Copy of <a" in html and ">D3</a>" in html and "(untitled)" not in html
    assert "copy of D3" in html and "Copies: D4" in html and "g1" not in html
    assert "copy of 003_aa" not in html and "id 003_aa" not in html.replace('title="id 003_aa"', "")


def test_a_dateline_or_date_stamp_opening_the_line_is_no_part_of_the_title():
    wire = "PORT LOUIS, May 2 (Reuters) - Floods cut the coast road on Friday, police said.\n"
    assert title_from_text(wire) == "Floods cut the coast road on Friday, police said."
    desk = "By the Wires Staff Little is known about the general. He rose in the army.\n"
    assert title_from_text(desk) == "Little is known about the general."
    assert title_from_text("MAROVIA: Soldiers fired on a crowd at the depot.") == (
        "Soldiers fired on a crowd at the depot."
    )
    stamped = "date 2031-05-02 Curfew lifted in the river towns\nResidents returned.\n"
    assert title_from_text(stamped) == "Curfew lifted in the river towns"
    assert title_from_text("UN: aid convoys halted at the border") == (
        "UN: aid convoys halted at the border"
    )
    assert title_from_text("Marovia burns\nThe fires spread overnight.") == "Marovia burns"


def test_the_resolvers_doc_references_become_d_labels():
    from sitrep.report.naming import named_by_label

    labels = {"003_ab": "D3", "wire.7": "D8"}
    text = "120 killed (police, 2031-05-02, doc 003_ab) vs 90 (doc wire.7, 2 reports); doc other"
    assert (
        named_by_label(text, labels)
        == "120 killed (police, 2031-05-02, D3) vs 90 (D8, 2 reports); doc other"
    )
