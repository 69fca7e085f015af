"""Relevance and salience: a pile of real news pages carries other stories next to the
crisis; they are kept, scored and listed apart, and the main timeline leads with the
crisis, its days ranked by corroboration.

The pile is short excerpts of 13 CNN pages of Timeline17's Egypt 2011 collection
(tests/fixtures/egypt-pile): seven on the uprising, six with the other stories the pages
carried (a celebrity in rehab, inter-Korean talks, a protest in Luton and the Stockholm
bomber, a football match, a death in the West Bank, a basketball score)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep.cli import main
from sitrep.records import Event, EventReport, Place
from sitrep.report.summary import summarise
from sitrep.report.view import build_view
from sitrep.resolve.events import relevance, salience
from sitrep.store import Store

PILE = Path(__file__).parent / "fixtures" / "egypt-pile" / "articles.jsonl"
# The documents of the pile that tell other stories, and words only those stories use.
OTHER_STORIES = {"149", "62", "195", "141", "244"}
OTHER_WORDS = ("Sheen", "Korea", "Luton", "Stockholm", "Asian Cup", "Rahmah", "Duke", "Tar Heels")


@pytest.fixture(scope="module")
def pile_dir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("pile")
    result = CliRunner().invoke(main, ["run", str(PILE), "-o", str(out), "-j", "1", "-q"])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def pile(pile_dir: Path) -> tuple[Event, ...]:
    out = pile_dir
    with Store(out / "sitrep.db") as store:
        events = store.resolution().events
        rows = store.conn.execute("SELECT relevance, apart, salience FROM events").fetchall()
    assert rows and all(r["relevance"] is not None for r in rows)  # the columns are saved
    exported = json.loads((out / "sitrep.json").read_text())["events"]
    assert all("relevance" in e and "apart" in e for e in exported)
    html = (out / "report.html").read_text()
    head, _, apart = html.partition('id="apart"')
    assert "Korea" in apart and "Korea" not in head.partition('id="timeline"')[2]
    return events


def _main_timeline(events: tuple[Event, ...]) -> list[Event]:
    return sorted((e for e in events if not e.apart), key=lambda e: -(e.salience or 0))


def _tells_other_story(e: Event) -> bool:
    return all(r.doc in OTHER_STORIES for r in e.reports) or any(
        w in r.text for r in e.reports for w in OTHER_WORDS
    )


def test_the_main_timeline_opens_with_the_crisis(pile):
    top = _main_timeline(pile)[:20]
    assert len(top) == 20
    assert not [e.description for e in top if _tells_other_story(e)]


def test_other_stories_are_kept_apart_with_their_score(pile):
    apart = [e for e in pile if e.apart]
    assert apart and all(e.relevance is not None and e.relevance_basis for e in apart)
    assert all(e.salience == 0 for e in apart)
    stories = {w for e in apart for r in e.reports for w in OTHER_WORDS if w in r.text}
    assert {"Korea", "Luton", "Asian Cup"} <= stories


def test_mubaraks_resignation_is_dated_the_day_it_happened(pile):
    resigned = [
        e
        for e in pile
        if e.type in ("government_dismissal", "appointment_dismissal")
        and any("stepped down" in r.text or "resignation" in r.text for r in e.reports)
        and any(r.doc in {"241", "119", "8"} for r in e.reports)
    ]
    assert resigned and all(e.date == "2011-02-11" for e in resigned), [
        (e.type, e.date, e.description) for e in resigned
    ]
    assert not any(e.apart for e in resigned)


def test_the_summary_names_the_resignation_once_on_its_day(pile_dir):
    export = json.loads((pile_dir / "sitrep.json").read_text())
    main_events = summarise(build_view(export)).main_events
    lines = [(e.date, e.type, e.description) for e in main_events]
    resigned = [
        e.date
        for e in main_events
        if e.type in ("government_dismissal", "appointment_dismissal")
        and any("stepped down" in m.quote or "resign" in m.quote for m in e.mentions)
    ]
    assert resigned == ["2011-02-11"], lines
    assert not [d for _, _, d in lines if any(w in d for w in OTHER_WORDS)], lines


# -- the rules on records built by hand ---------------------------------------------------


def _place(name: str, country: str) -> Place:
    return Place(1, name, country, None, 0.0, 0.0, "city")


def _event(n: int, text: str, place: Place | None, date: str, docs: tuple[str, ...]) -> Event:
    return Event(
        id=f"EV{n}",
        type="protest",
        acled_event_type="Protests",
        acled_sub_event_type="Peaceful protest",
        date=date,
        time_precision=1,
        place=place.name if place else None,
        place_ref=place,
        actors=(),
        description=text,
        reports=tuple(EventReport(d, 0, len(text), text, f"m{n}{d}") for d in docs),
        sources=docs,
        corroboration=len(docs),
    )


def test_an_event_at_a_place_and_in_words_the_corpus_rarely_has_is_off_topic():
    home, away = _place("Harbour Town", "AA"), _place("Far City", "BB")
    centre = relevance.CorpusCentre(
        countries={"AA": 1.0, "BB": 0.05},
        actors={},
        words=dict.fromkeys(relevance.content_words("protesters marched square"), 0.9),
        period=None,
        typical_words=0.9,
    )
    index = _Index()
    on = _event(1, "Protesters marched in Harbour Town.", home, "2020-01-02", ("a",))
    off = _event(2, "Fishermen gathered in Far City.", away, "2020-01-02", ("b",))
    half = _event(3, "Protesters marched in Far City.", away, "2020-01-02", ("b",))
    assert relevance.score(on, centre, index)[0] > 0.7
    value, basis = relevance.score(off, centre, index)
    assert value < relevance.OFF_TOPIC_BELOW and "place 0.05" in basis
    # the corpus's words in a far place: between the two (a protest abroad may be news)
    assert value < relevance.score(half, centre, index)[0] < relevance.score(on, centre, index)[0]


def test_an_event_long_before_the_period_is_background():
    import datetime as dt

    centre = relevance.CorpusCentre({}, {}, {}, (dt.date(2020, 3, 1), dt.date(2020, 3, 30)))
    old = _event(1, "A march.", None, "2019-10-01", ("a",))
    assert relevance.apart(old, 0.9, centre) == relevance.BACKGROUND
    assert relevance.apart(_event(2, "A march.", None, "2020-03-05", ("a",)), 0.9, centre) is None


def test_copies_count_once_and_outlets_count_more_than_articles():
    one_outlet = _event(1, "x", None, "2020-01-02", ("a", "b"))
    copies = {"b": "a"}  # b is a copy of a
    two_articles = salience.score(one_outlet, {})[0]
    one_article = salience.score(one_outlet, copies)[0]
    assert one_article < two_articles
    three_outlets = _event(2, "x", None, "2020-01-02", ("a", "b", "c"))
    assert salience.score(three_outlets, {})[0] > two_articles


def test_days_rank_by_the_salience_of_their_events():
    evs = salience.score_events(
        [
            _event(1, "x", None, "2020-01-02", ("a",)),
            _event(2, "x", None, "2020-01-03", ("a", "b", "c")),
            _event(3, "x", None, "2020-01-03/2020-01-09", ("a", "b", "c", "d")),  # a span
        ],
        {},
    )
    days = [d.isoformat() for d, _ in salience.rank_days(evs)]
    assert days == ["2020-01-03", "2020-01-02"]


class _Index:
    """The one method relevance asks of an entity index."""

    def key(self, name: str | None) -> str:
        return (name or "").casefold()


def test_a_day_later_articles_keep_naming_ranks_high_and_copies_name_it_once():
    import datetime as dt

    from sitrep.records import Document, DocumentReading, Evidence, TimeExpression

    def doc(i: str, published: str) -> Document:
        return Document(id=i, text="x", content_hash=i, source=i, format="txt", published=published)

    def naming(i: str, day: str) -> DocumentReading:
        t = TimeExpression(i, 0, 1, "x", Evidence(i, 0, 1), day, "day", day, day, "absolute")
        return DocumentReading(doc=i, times=(t,))

    docs = [doc("a", "2020-01-05"), doc("b", "2020-01-06"), doc("c", "2020-01-06")]
    reads = [naming("a", "2020-01-02"), naming("b", "2020-01-02"), naming("c", "2020-01-02")]
    reads.append(naming("b", "2020-01-06"))  # its own publication day: not counted
    named = salience.named_days(reads, docs, {"c": "b"})  # c is a copy of b
    assert named == {dt.date(2020, 1, 2): 2}
    evs = salience.score_events([_event(1, "x", None, "2020-01-03", ("a", "b"))], {})
    days = [d.isoformat() for d, _ in salience.rank_days(evs, named)]
    assert days == ["2020-01-02", "2020-01-03"]


def test_key_days_are_the_ranked_days_of_the_piles_weeks_and_not_an_archive_photos():
    from sitrep.records import DocumentReading, Evidence, TimeExpression

    def naming(i: str, *days: str) -> DocumentReading:
        return DocumentReading(
            doc=i,
            times=tuple(
                TimeExpression(i, 0, 1, "x", Evidence(i, 0, 1), d, "day", d, d, "absolute")
                for d in days
            ),
        )

    docs = [_doc("a", "2021-09-06"), _doc("b", "2021-09-08"), _doc("c", "2021-09-08")]
    # two articles go back to the coup; one caption dates an archive photo six years back
    reads = [naming("a", "2021-09-05", "2015-09-07"), naming("b", "2021-09-05", "2021-08-20")]
    days = salience.key_days([], reads, docs, {})
    assert [d.date for d in days] == ["2021-09-05", "2021-08-20"]  # a month back at most
    assert days[0].named_by == 2 and days[0].score > days[1].score
    assert salience.key_days([], reads, docs, {}, k=1) == days[:1]
    assert salience.key_days([], reads, [], {}) == ()  # no article dated: no window


def _doc(i: str, published: str, text: str = "x"):
    from sitrep.records import Document

    return Document(id=i, text=text, content_hash=i, source=i, format="txt", published=published)


def test_an_article_naming_a_day_in_its_lead_counts_more_than_one_naming_it_at_the_end():
    import datetime as dt

    from sitrep.records import DocumentReading, Evidence, TimeExpression

    text = "On 2 January the army took the town. " + "More background. " * 20

    def naming(i: str, at: int) -> DocumentReading:
        d = "2020-01-02"
        t = TimeExpression(i, at, at + 1, "x", Evidence(i, at, at + 1), d, "day", d, d, "absolute")
        return DocumentReading(doc=i, times=(t, t) if at else (t,))

    docs = [_doc("lead", "2020-01-05", text), _doc("end", "2020-01-05", text)]
    named = salience.named_days([naming("lead", 0), naming("end", len(text) - 2)], docs, {})
    assert 1.4 < named[dt.date(2020, 1, 2)] < 1.6  # 1 for the lead, about a half for the end


def _reported(n: int, kind: str, reports: list[tuple[str, int, str]]) -> Event:
    """An event of ``kind`` reported by (document, offset, sentence) each."""
    return Event(
        id=f"EV{n}",
        type=kind,
        acled_event_type="",
        acled_sub_event_type="",
        date="2020-01-02",
        time_precision=1,
        place=None,
        place_ref=None,
        actors=(),
        description=reports[0][2],
        reports=tuple(EventReport(d, s, s + len(t), t, f"m{n}{d}") for d, s, t in reports),
        sources=tuple(dict.fromkeys(d for d, _, _ in reports)),
        corroboration=len({d for d, _, _ in reports}),
    )


def test_what_article_leads_report_outranks_what_they_mention_further_down():
    deep = salience.LEAD_CHARS + 2000
    lead = _reported(1, "protest", [("a", 0, "Crowds marched."), ("b", 40, "Thousands marched.")])
    aside = _reported(2, "protest", [("a", deep, "Crowds marched."), ("b", deep, "They marched.")])
    assert salience.leads(lead, {}) == 2 and salience.leads(aside, {}) == 0
    assert salience.score(lead, {})[0] > salience.score(aside, {})[0]
    assert "2 lead(s)" in salience.score(lead, {})[1]
    # copies count once, and one teaser repeated word for word atop several pages once
    assert salience.leads(lead, {"b": "a"}) == 1
    teaser = _reported(3, "protest", [(d, 0, "Man charged in teen's death .") for d in "abc"])
    assert salience.leads(teaser, {}) == 1


def test_a_statement_in_the_lead_is_the_news_not_commentary():
    said = "The president said he would not seek another term."
    pledge = _reported(1, "statement", [("a", 0, said)])
    remark = _reported(2, "statement", [("a", salience.LEAD_CHARS + 500, said)])
    protest = _reported(3, "protest", [("a", salience.LEAD_CHARS + 500, "Crowds marched.")])
    assert "weight 1.00" in salience.score(pledge, {})[1]
    assert salience.score(remark, {})[0] < salience.score(protest, {})[0]


def test_other_stories_figures_are_exported_marked_and_counted_in_no_group(pile_dir):
    """The pile's Luton crowd and Korea's dead stay figure claims in the export, marked
    apart with why; no claim group or conflict counts them; the crisis's figures carry
    no mark."""
    export = json.loads((pile_dir / "sitrep.json").read_text())
    apart = [f for f in export["figures"] if f["apart"]]
    assert {w for f in apart for w in ("Luton", "Korea") if w in f["quote"]} == {"Luton", "Korea"}
    assert all(f["apart"] == "off-topic" and f["apart_basis"] for f in apart)
    counted = {i for g in export["claim_groups"] for i in g["figures"]}
    counted |= {i for c in export["conflicts"] for i in c["figures"]}
    assert counted and not counted & {f["id"] for f in apart}
    kept = [f for f in export["figures"] if "Aswan" in f["quote"]]
    assert kept and not any(f["apart"] for f in kept)


def test_a_government_falling_told_once_outweighs_a_well_told_days_deaths_and_arrests():
    """A head of government resigning is the turning point of any crisis: one outlet's
    report of it leads the main timeline over a day's deaths told as often, or arrests two
    outlets tell."""
    fell = _reported(1, "government_dismissal", [("a", 0, "The prime minister resigned.")])
    toll = _reported(2, "killing", [("b", 0, "Police killed 200 protesters.")])
    arrests = _reported(3, "arrest", [(d, 0, "Police detained 200 people.") for d in "ab"])
    toll = dataclasses.replace(toll, fatalities=200)
    assert salience.score(fell, {})[0] > salience.score(toll, {})[0]
    assert salience.score(fell, {})[0] > salience.score(arrests, {})[0]
