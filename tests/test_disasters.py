"""A natural disaster on the timeline and in the report: the strike is typed as a natural
disaster (type "other", ACLED sub-event type "Natural disaster"), carries the toll of the
figures that count its dead as its fatalities, weighs as a killing does, and opens the
report's main events. Sentences are invented; the end-to-end test runs the Turkey probe."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

import test_events_unseen as unseen
from sitrep.records import ClaimGroup, Document, Event, EventReport, Evidence, FigureClaim
from sitrep.report.view import event_kind
from sitrep.resolve.events import salience
from sitrep.resolve.events.disasters import DISASTER, attach_tolls, hazard_words

full = unseen.full  # the spaCy pipeline, one per module
PROBE = Path(__file__).resolve().parent.parent / "probes" / "turkey-2023-earthquake" / "docs"


def subtypes(full: Language, text: str) -> list[tuple[str, str]]:
    return sorted(
        (m.type, m.acled_sub_event_type) for m in unseen.mentions(full, text, "2021-03-10")
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "A magnitude 7.1 earthquake struck the coast near Verona at 3:12 a.m. on Monday.",
        "Floods hit the northern districts of Verona on Sunday.",
        "A powerful cyclone battered the port of Verona on Tuesday night.",
        "A powerful earthquake killed more than 2,000 people near Verona on Friday night.",
        "Officials said the floods had destroyed 300 homes in Verona on Sunday.",
    ],
)
def test_a_hazard_striking_is_a_natural_disaster(full: Language, sentence: str) -> None:
    assert ("other", DISASTER) in subtypes(full, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # found on the held-out Libya floods probe of session 11
        "Storm Daniel made landfall on the north-east coast on Sunday afternoon.",
        "A second dam above the city gave way early on Monday.",
        "The levee was breached on Tuesday night.",
        "Hurricane Ian lashed the coast of Florida on Wednesday.",  # a storm by its name
        "Tropical Storm Ana swept across the coast on Monday.",
    ],
)
def test_a_storm_reaching_land_or_a_dam_giving_way_is_a_natural_disaster(
    full: Language, sentence: str
) -> None:
    assert ("other", DISASTER) in subtypes(full, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The dam held despite the rain.",
        "The government plans to build a new dam on the river.",
        "Protesters stormed the parliament building on Tuesday.",
    ],
)
def test_a_dam_that_holds_or_a_building_stormed_is_no_disaster(
    full: Language, sentence: str
) -> None:
    assert ("other", DISASTER) not in subtypes(full, sentence)


def test_a_collapse_stays_other(full: Language) -> None:
    text = "Dozens of buildings collapsed in the old town of Verona on Monday."
    assert ("other", DISASTER) not in subtypes(full, text)


@pytest.mark.parametrize(
    "sentence",
    [
        "She has not heard from her family since the earthquake hit.",
        "He was asleep in his flat when the quake struck.",
        "He described the moment the earthquake struck.",
        "Survivors of the 2010 quake that killed 200,000 people marched in Verona.",
    ],
)
def test_a_strike_told_as_the_time_of_something_else_is_no_disaster(
    full: Language, sentence: str
) -> None:
    assert ("other", DISASTER) not in subtypes(full, sentence)


def test_a_strike_in_a_time_clause_with_its_day_is_still_one(full: Language) -> None:
    text = "Thousands fled their homes when the quake struck at 4:17 a.m. on Monday."
    assert ("other", DISASTER) in subtypes(full, text)


def test_a_toll_of_the_quake_told_beside_another_count_is_no_killing(full: Language) -> None:
    text = (
        "As many as 20,000 people were killed and two million made homeless by the quake "
        "on 12 January."
    )
    assert "killing" not in [t for t, _ in subtypes(full, text)]


def test_hazard_words() -> None:
    assert hazard_words("Quake toll tops 7,000 as floods spread") == {"earthquake", "flood"}
    assert hazard_words("AFAD said 5,434 people had been killed") == frozenset()


def _doc(doc_id: str, text: str) -> Document:
    return Document(id=doc_id, text=text, content_hash=doc_id, source=doc_id, format="txt")


def _figure(fid: str, doc: Document, number: str, value: float) -> FigureClaim:
    start = doc.text.index(number)
    sentence = Evidence(doc.id, 0, len(doc.text))
    return FigureClaim(
        fid, doc.id, start, start + len(number), number, sentence, "killed", value, None,
        None, "exact", False, "all", None, None, None,
    )  # fmt: skip


def _event(eid: str, typ: str, sub: str, doc: Document, date: str = "2021-03-08") -> Event:
    report = EventReport(doc.id, 0, len(doc.text), doc.text, f"{eid}m")
    return Event(
        eid, typ, "Strategic developments", sub, date, 1, "Verona", None, (), doc.text,
        (report,), (doc.id,), 1, fatalities=1200 if typ == "statement" else None,
    )  # fmt: skip


def test_the_toll_of_the_groups_naming_the_hazard_is_the_disasters() -> None:
    strike = _doc("a", "A magnitude 7.1 earthquake struck near Verona on Monday.")
    toll = _doc("b", "The number of people killed by the earthquake rose to 1,200.")
    other = _doc("c", "In the war up north, 300 people have been killed.")
    figures = [_figure("b:F1", toll, "1,200", 1200), _figure("c:F1", other, "300", 300)]
    groups = [
        ClaimGroup("G1", "killed", "all", "Verona", ("b:F1",), 1200, 1200, "latest"),
        ClaimGroup("G2", "killed", "all", "North", ("c:F1",), 300, 300, "latest"),
    ]
    events = [
        _event("EV1", "other", DISASTER, strike),
        _event("EV2", "other", DISASTER, strike, "2021-03-09"),  # a later strike: none
        _event("EV3", "statement", "Other", toll),
    ]
    out = {e.id: e for e in attach_tolls(events, figures, groups, [strike, toll, other])}
    assert out["EV1"].fatalities == 1200
    assert out["EV1"].toll == (Evidence("b", toll.text.index("1,200"), toll.text.index(".")),)
    assert out["EV2"].fatalities is None  # the toll is counted once, on the earliest strike
    assert out["EV3"].fatalities is None  # the statement announces the disaster's toll
    # figures kept apart as another story's are no toll
    apart = attach_tolls(events, figures, groups, [strike, toll, other], apart=["b:F1"])
    assert apart[0].fatalities is None and apart[2].fatalities == 1200


def test_a_disaster_weighs_as_a_killing_and_its_toll_in_a_lead_counts() -> None:
    strike = _doc("a", "x" * 900 + " A magnitude 7.1 earthquake struck near Verona.")
    e = _event("EV1", "other", DISASTER, strike)
    e = Event(**{**{f: getattr(e, f) for f in e.__slots__}, "reports": (
        EventReport("a", 901, len(strike.text), strike.text[901:], "m"),)})  # fmt: skip
    plain = Event(**{**{f: getattr(e, f) for f in e.__slots__}, "acled_sub_event_type": "Other"})
    assert salience.score(e, {})[0] > salience.score(plain, {})[0]
    tolled = Event(**{**{f: getattr(e, f) for f in e.__slots__}, "toll": (Evidence("b", 40, 45),)})
    value, basis = salience.score(tolled, {})
    assert value > salience.score(e, {})[0] and "1 lead(s)" in basis


def test_event_kind_names_a_disaster() -> None:
    assert event_kind("other", DISASTER) == "natural disaster"
    assert event_kind("other", "Other") == "other"
    assert event_kind("state_of_emergency", "Other") == "state of emergency"


def test_the_quake_opens_the_turkey_report_with_its_toll(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from sitrep.cli import main
    from sitrep.report.summary import summarise
    from sitrep.report.view import build_view

    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(PROBE), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    import json

    data = json.loads((out / "sitrep.json").read_text(encoding="utf-8"))
    quake = [e for e in data["events"] if e["acled_sub_event_type"] == DISASTER and e["toll"]]
    assert len(quake) == 1 and quake[0]["fatalities"] >= 14000
    first = summarise(build_view(data)).main_events[0]
    assert first.kind == "natural disaster" and first.fatalities == quake[0]["fatalities"]
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "natural disaster in Pazarcik" in html
    assert f"{quake[0]['fatalities']:,} dead</strong>" in html


def test_a_flood_takes_its_toll_and_leads_the_report(tmp_path: Path) -> None:
    """An invented flood told by two outlets: the strike carries the toll the figures give
    and opens the main events; the officials' toll statement keeps no deaths of its own."""
    from sitrep.report.summary import summarise
    from sitrep.report.view import build_view

    one = (
        "Floods kill dozens in Verona province\n\n"
        "VERONA, March 8 - Floods hit the northern districts of Verona province on Sunday "
        "after three days of torrential rain, sweeping away bridges and homes.\n\n"
        "The death toll from the floods rose to 120 on Monday, the civil protection agency "
        "said, with 300 people injured.\n\n"
        "Rescuers pulled 40 people alive from collapsed houses in Borgo on Monday.\n"
    )
    two = (
        "Verona flood toll climbs to 120\n\n"
        "The number of people killed by the floods in Verona province climbed to 120, the "
        "civil protection agency said on Monday.\n\n"
        "The floods hit the region on Sunday, March 7, after days of heavy rain.\n"
    )
    data = unseen.run_docs(tmp_path, {"wire-a": one, "daily-b": two})
    floods = [e for e in data["events"] if e["acled_sub_event_type"] == DISASTER and e["toll"]]
    assert len(floods) == 1 and floods[0]["fatalities"] == 120
    statements = [e for e in data["events"] if e["type"] == "statement"]
    assert all(not e.get("fatalities") for e in statements)
    first = summarise(build_view(data)).main_events[0]
    assert first.kind == "natural disaster" and first.fatalities == 120


def test_a_strike_told_again_waits_below_the_disasters_line() -> None:
    """The quake's line carries its toll; a report of the quake dated by the next day's
    article (same hazard, same town or only the country) waits; an aftershock, another
    town, or a second quake the same day is a line of its own."""
    import dataclasses

    from sitrep.report.summary import distinct_lines
    from test_summary_focus import _event as focus_event

    def strike(n: int, date: str, place: str, hazard: str, precision: int = 1, toll: int = 0):
        return dataclasses.replace(
            focus_event(n, "HT", place, 10.0 - n, 1.0),
            date=date, type="other", kind="natural disaster", hazards=frozenset({hazard}),
            geo_precision=precision, toll=toll,
        )  # fmt: skip

    quake = strike(1, "2010-01-12", "Port-au-Prince", "earthquake", toll=30)
    again = strike(2, "2010-01-13", "Port-au-Prince", "earthquake")
    country = strike(3, "2010-01-19", "Haiti", "earthquake", precision=3)
    aftershock = strike(4, "2010-01-20", "Port-au-Prince", "aftershock")
    elsewhere = strike(5, "2010-01-14", "Jacmel", "earthquake")
    second = strike(6, "2010-01-12", "Leogane", "earthquake")
    chosen = distinct_lines([quake, again, country, aftershock, elsewhere, second])
    assert [e.id for e in chosen] == ["EV1", "EV4", "EV5", "EV6"]
