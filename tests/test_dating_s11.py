"""Publication dates of texts written days after the news they recount (ingest.elapsed and
the rules in ingest.metadata and ingest.dating that use it), through the real spaCy model
and real stores. Every text is invented, about crises that are not in the example corpora."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sitrep.ingest.clean import segment_text
from sitrep.ingest.metadata import infer_published
from test_dating import _ingest

PERIOD = dt.date(2021, 5, 10)


def _published(text: str, **kw) -> tuple[str | None, str, float | None]:
    return infer_published(text, segment_text(text), period=PERIOD, **kw)


# --- leads that say how long after the news the text is written -------------------------

EXPLAINER = (
    "Explainer: what the water deal means for the valley\n\n"
    "{lead} the region is counting the cost of the unrest.\n\n"
    "On May 2 farmers blocked the main highway after the tariff rose by half. "
    "Police cleared the road on May 4 and detained 40 people. "
    "The agreement of May 9 restored the old tariff while a commission writes a new one.\n"
)


def test_a_week_after_a_clause_counts_from_the_latest_happening() -> None:
    lead = "Exactly a week after the governor withdrew the tariff,"
    when, basis, _ = _published(EXPLAINER.format(lead=lead))
    assert when == "2021-05-16", basis  # 9 May + 7
    assert "Exactly a week after" in basis


def test_within_a_fortnight_counts_from_the_story_start() -> None:
    when, basis, _ = _published(EXPLAINER.format(lead="Within a fortnight,"))
    assert when == "2021-05-15", basis  # 2 May + (14 - 1): "within" is less than the count


def test_a_lead_told_in_the_past_dates_nothing() -> None:
    # a story's step, not the writer's distance from it: the latest date, plus the usual lag
    lead = "A week after the governor withdrew the tariff, farmers returned home and"
    when, basis, _ = _published(EXPLAINER.format(lead=lead).replace(" the region is", " the"))
    assert when == "2021-05-10", basis


def test_days_later_counts_from_the_sentence_before() -> None:
    text = (
        "Analysis: the valley after the blockade\n\n"
        "The farmers' union called the blockade off on May 3, after police detained 40 "
        "of its members.\n\n"
        "Ten days later, the union's leader is in talks with the governor, and the "
        "highway is open. The tariff rose on April 28.\n"
    )
    when, basis, _ = _published(text)
    assert when == "2021-05-13", basis


# --- an explainer's weekdays are the days of the week it is written in ------------------

RECAP = (
    "{title}\n\n"
    "What happened?\n"
    "Farmers blocked the main highway on 6 May after the tariff rose by half. On the night "
    "of 8 May, police cleared the road and detained 40 people.\n\n"
    "What now?\n"
    "The governor met the farmers' union on Tuesday and promised a commission. A fund for "
    "the detained was closed on Monday.\n"
)


def test_an_explainers_weekdays_fall_after_its_calendar_dates() -> None:
    # 8 May 2021 is a Saturday: the Tuesday after it is 11 May, and the text came out after
    when, basis, _ = _published(RECAP.format(title="Explainer: why the valley rose up"))
    assert when == "2021-05-12", basis
    assert "explainer" in basis


def test_a_reports_weekdays_stay_where_they_were() -> None:
    # a news report's "on Tuesday" is as often before its latest date as after it
    when, basis, _ = _published(RECAP.format(title="Farmers clear the valley highway"))
    assert when == "2021-05-09", basis


# --- a lead counted from a weekday the other reports date --------------------------------


def _days(tmp_path: Path, files: dict[str, str]) -> dict[str, str | None]:
    return {d.id: d.published for d in _ingest(tmp_path, files).documents()}


WIRE = (
    "PORT LOMAR, May 5 (Wire) - Soldiers seized the state broadcaster in Port Lomar on "
    "Wednesday and declared the election void, hours after the electoral board named "
    "President Ardan Velo the winner.\n\nThe officers said the board had rigged the count.\n"
)
LOCAL = (
    "Port Lomar Daily\nPublished 5 May 2021 18:20\n\n"
    "The army took power in Port Lomar on Wednesday after the electoral board declared "
    "President Ardan Velo re-elected. Gunfire was heard near the palace.\n"
)
ANALYSIS = (
    "Analysis | Why the army ended the Velo era\n\n"
    "When the electoral board proclaimed Ardan Velo re-elected in the small hours of last "
    "Wednesday, the result stood for barely an hour. Before dawn, officers were on "
    "television declaring the vote void.\n\n"
    "Eight days later, the colonel who led them is interim president, and the borders "
    "are open again.\n"
)


def test_days_later_counts_from_the_weekday_the_other_reports_date(tmp_path: Path) -> None:
    days = _days(tmp_path, {"wire.txt": WIRE, "local.txt": LOCAL, "analysis.txt": ANALYSIS})
    assert days["wire"] == "2021-05-05" and days["local"] == "2021-05-05"
    # the Wednesday the reports give (5 May 2021), eight days on: Thursday 13 May
    assert days["analysis"] == "2021-05-13"


# --- a weekday placed by the happening a dated report dates -----------------------------

REPORTS = {
    "wire.txt": (
        "MARROW, July 10 (Wire) - Protesters stormed the governor's palace in Marrow on "
        "Saturday, three months after the fuel protests began on April 2. The governor "
        "fled the city, and the speaker said the assembly would choose his successor.\n"
    ),
    "gazette.txt": (
        "Marrow Gazette\nPublished 15 July 2021 09:00\n\n"
        "The assembly is due to meet on Saturday, and the speaker said a vote would take "
        "place on July 21. Police lifted the curfew in Marrow on Thursday morning.\n"
    ),
    "analysis.txt": (
        "How the fuel protests brought down a governor\nFirst published 28 July 2021 10:00\n\n"
        "On July 21, the assembly chose Dorin Vasko as governor with 61 votes. Within "
        "hours of his swearing-in, troops cleared the protest camp in Liberty Square.\n"
    ),
}
STATEMENT = (
    "Marrow: halt the crackdown on peaceful protesters\n\n"
    "The Marrow Rights Forum condemns the violent raid on the peaceful protest camp in "
    "Liberty Square in the early hours of Friday. Soldiers tore down tents and beat "
    "protesters with batons.\n\n"
    "The raid came only hours after Governor Dorin Vasko was sworn in on Thursday, "
    "following the vote in the assembly on Wednesday.\n"
)


def test_a_weekday_is_the_day_a_dated_report_gives_its_happening(tmp_path: Path) -> None:
    # the reports' dates span months (2 April to 28 July): too spread to place the
    # statement's weekdays by count; its Wednesday's vote is the one dated 21 July 2021
    days = _days(tmp_path, REPORTS | {"statement.txt": STATEMENT})
    assert days["analysis"] == "2021-07-28"
    assert days["statement"] == "2021-07-23"  # its first weekday, Friday, from then


# --- a day of a month the model tags apart ----------------------------------------------


def test_a_day_before_its_month_is_read_with_it() -> None:
    from sitrep.extract import context
    from sitrep.extract.nlp import load_pipeline

    nlp = load_pipeline()
    text = (
        "On 19 September Azerbaijan's army launched what Baku called local measures. "
        "Artillery and drones struck positions across the region. A ceasefire took effect "
        "the next day."
    )
    doc = nlp(context.set_context(nlp.make_doc(text), "x", "2023-10-02"))
    times = {t.text: t.value for t in context.get(doc, "times")}
    # the model tags "19" a number and "September" alone a date: the month alone would date
    # the offensive and the ceasefire 'September'
    assert times == {"19 September": "2023-09-19", "the next day": "2023-09-20"}
    dates = {m.trigger: m.date for m in context.get(doc, "events")}
    assert dates.get("drones") == "2023-09-19" and dates.get("ceasefire") == "2023-09-20"


def test_a_range_of_days_in_one_month_is_read_whole() -> None:
    from sitrep.extract.timenorm import normalise

    ref = dt.date(2019, 10, 14)
    for expr in ("3 to 13 October 2019", "between 3 and 13 October 2019", "from 3 to 13 October"):
        found = normalise(expr, ref)
        assert found is not None and found.value == "2019-10-03/2019-10-13", expr


# --- a live page that names the day it follows --------------------------------------------

KENYA = Path(__file__).resolve().parent.parent / "probes" / "kenya-2024-finance-bill-protests"


def test_a_live_page_that_names_the_day_it_follows_is_that_days(tmp_path: Path) -> None:
    # "Tuesday's events in Nairobi, as they unfolded": the story began on Tuesday 18 June
    # 2024 (the first march); the page follows the Tuesday after it, not the Thursday (20
    # June) its entries name in passing
    files = {p.name: p.read_text(encoding="utf-8") for p in (KENYA / "docs").glob("*.txt")}
    assert _days(tmp_path, files)["meridian-live"] == "2024-06-25"


def test_a_situation_reports_issue_line_in_digits_is_its_date() -> None:
    text = (
        "ATLAS RELIEF ALLIANCE\nSituation Report No. 3: Earthquake\n"
        "Issued: 12/09/2023, 20:00 (local time)\nDistribution: partners, donors, media\n\n"
        "1. SITUATION OVERVIEW\nThe earthquake that struck on the night of 8 to 9 September "
        "continues to cause severe needs in the mountain provinces.\n"
    )
    published, basis, _ = _published(text)
    assert published == "2023-09-12", basis
