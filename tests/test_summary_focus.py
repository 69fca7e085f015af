"""The summary's key figures are the pile's own: its countries chosen from its events (each by
its relevance to the corpus's centre) and its figures, and a line beyond a leading measure's
first is one more than one source gives. The shape is that of Timeline17's Egypt 2011 CNN pile:
most events and claims in Egypt, a share of the pages' events in the United States (the
outlet's home news), and on the same pages another story's deaths (babies strangled by monitor
cords) claimed in several articles."""

from __future__ import annotations

from dataclasses import replace

from sitrep.report.summary import focus_countries, summarise
from sitrep.report.view import EventView, FigureView, GroupView, ReportView


def _event(n: int, country: str, place: str, weight: float, relevance: float) -> EventView:
    return EventView(
        id=f"EV{n}",
        anchor=f"ev-EV{n}",
        date="2011-01-31",
        type="protest",
        acled="",
        place=place,
        lat=None,
        lon=None,
        actors=(),
        description="",
        corroboration=1,
        single_source=True,
        sources=(),
        mentions=(),
        docs=frozenset(),
        weight=weight,
        country=country,
        relevance=relevance,
    )


def _figure(n: int, doc: str, measure: str, value: float, place: str) -> FigureView:
    return FigureView(
        id=f"{doc}:F{n}",
        anchor=f"fig-{doc}-{n}",
        measure=measure,
        value=f"{value:,.0f}",
        quote="",
        group="all",
        place=place,
        claimed_by=None,
        as_of="2011-01-31",
        doc=doc,
        doc_label=doc,
        outlet=None,
        published="2011-01-31",
        sources=(),
        conflicts=(),
        low=value,
        high=value,
    )


def _group(n: int, measure: str, place: str, claims: list[tuple[str, float]]) -> GroupView:
    return GroupView(
        id=f"G{n}",
        anchor=f"grp-G{n}",
        measure=measure,
        group="all",
        place=place,
        estimate="",
        basis="",
        figures=tuple(
            _figure(i, doc, measure, value, place) for i, (doc, value) in enumerate(claims)
        ),
        disputed=False,
    )


# Egypt: 55% of the events' weight, fully relevant; the U.S.: 45% of it, but events the corpus's
# centre scores low (relevance 0.3); figures: 9 claims in Egypt, 4 in the U.S.
EVENTS = [
    *(_event(i, "EG", "Cairo", 5.5, 1.0) for i in range(10)),
    *(_event(10 + i, "US", "U.S.", 4.5, 0.3) for i in range(10)),
]
GROUPS = [
    _group(1, "killed", "Cairo", [("a", 300), ("b", 300), ("c", 150), ("d", 125)]),
    _group(2, "killed", "U.S.", [("e", 2), ("f", 7), ("g", 2), ("h", 7)]),
    _group(3, "arrested", "Cairo", [("b", 2100), ("i", 2100)]),
    _group(4, "injured", "Cairo", [("a", 60)]),
    _group(5, "killed", "Alexandria", [("c", 36)]),  # one source: not a key line
    # people counted by what befell them ("other"), by MEASURE_ORDER's name for it: a
    # measure's first line, one source will do
    replace(_group(6, "other", "Cairo", [("j", 500)]), group="evacuated"),
    _group(7, "checkpoints", "Cairo", [("j", 6)]),  # a rarer measure, one source: not a key line
]


def _view(events: list[EventView], groups: list[GroupView]) -> ReportView:
    measures: dict[str, list[GroupView]] = {}
    for g in groups:
        measures.setdefault(g.measure, []).append(g)
    return ReportView(
        title="t",
        subtitle=None,
        measures=tuple((m, tuple(gs)) for m, gs in measures.items()),
        ungrouped=(),
        conflicts=(),
        events=tuple(events),
        undated_events=(),
        people=(),
        places=(),
        unresolved_quotes=(),
        documents=(),
        map_data={},
    )


def test_the_pile_s_countries_come_from_its_events_by_relevance_and_its_figures() -> None:
    assert focus_countries(EVENTS, GROUPS) == {"EG"}
    # by raw event weight alone the outlet's home country would be the pile's too
    unscored = [
        _event(i, e.country or "", e.place or "", e.weight, 1.0) for i, e in enumerate(EVENTS)
    ]
    assert focus_countries(unscored) == {"EG", "US"}
    # a crisis across two countries keeps both
    both = [*EVENTS[:10], *(_event(30 + i, "SD", "Khartoum", 5.0, 1.0) for i in range(10))]
    assert focus_countries(both) == {"EG", "SD"}


def test_key_figures_are_the_pile_s_own_and_well_sourced() -> None:
    lines = [(k.measure, k.scope, k.quoted.value) for k in summarise(_view(EVENTS, GROUPS)).figures]
    # the U.S. toll (another story) and Alexandria's single claim stay in the figures section
    assert lines == [
        ("killed", "all · Cairo", "300"),
        ("injured", "all · Cairo", "60"),
        ("arrested", "all · Cairo", "2,100"),
        ("evacuated", "Cairo", "500"),
    ]


def test_where_names_the_pile_s_own_places() -> None:
    elsewhere = [_event(40 + i, "US", "Washington", 3.0, 0.3) for i in range(3)]
    region = [_event(50 + i, "", "Middle East", 9.0, 1.0) for i in range(2)]
    places = summarise(_view([*EVENTS, *elsewhere, *region], GROUPS)).places
    # a region of no country counts half (a street may have none); another country not at all
    assert [p.name for p in places] == ["Cairo", "Middle East"]


def test_a_stated_range_is_numbers_not_words() -> None:
    from dataclasses import replace

    from sitrep.report.summary import key_figure

    g = _group(8, "protesters", "Cairo", [("a", 20000), ("b", 5000), ("c", 5000), ("d", 3000)])
    ranged = replace(g.figures[1], value="5,000–10,000", low=5000.0, high=10000.0)
    ranged2 = replace(g.figures[2], value="5,000–10,000", low=5000.0, high=10000.0)
    words = replace(g.figures[3], value="vague (2,000–9,999)", low=2000.0, high=9999.0)
    k = key_figure(replace(g, figures=(g.figures[0], ranged, ranged2, words)))
    assert k is not None
    assert (k.range, k.quoted.value, k.quoted_sources) == ("5,000–20,000", "5,000–10,000", 2)
    assert k.vague == ("vague (2,000–9,999)",)


def test_words_beyond_the_numbers_reach_the_range() -> None:
    # Egypt 2011: "another 60 were injured" (a clinic) and "Thousands of others injured":
    # the range is not "60" beside an estimate of thousands
    from dataclasses import replace

    from sitrep.report.summary import key_figure

    g = _group(9, "injured", "Egypt", [("a", 60), ("b", 3000)])
    words = replace(
        g.figures[1], value="vague (2,000–9,999)", low=2000.0, high=9999.0, words="Thousands"
    )
    k = key_figure(replace(g, figures=(g.figures[0], words), best=(words,)))
    assert k is not None
    assert (k.range, k.totals_range) == ("60 to Thousands", "60 to Thousands")
    # words that are not the estimate stay beside the numbers, in the words list
    k = key_figure(replace(g, figures=(g.figures[0], words), best=(g.figures[0],)))
    assert k is not None and (k.range, k.vague) == ("60", ("Thousands",))


def test_counts_of_places_or_buildings_are_no_key_figure_but_money_lost_is() -> None:
    """'10 provinces' under a state of emergency, told by four sources, is in the figures
    section; what the crisis cost is a key line."""
    provinces = _group(8, "other", "Cairo", [("a", 10), ("b", 10), ("c", 10), ("d", 10)])
    provinces = replace(provinces, group="provinces")
    damage = _group(9, "other", "Cairo", [("a", 650), ("b", 650)])
    damage = replace(damage, group="damage EUR")
    lines = {k.scope for k in summarise(_view(EVENTS, [*GROUPS, provinces, damage])).figures}
    assert not any("provinces" in s for s in lines)
    assert any("damage" in s for s in lines)


def test_an_approximate_count_s_range_is_whole_numbers_a_price_s_is_not() -> None:
    from sitrep.report.view import estimate_range

    assert estimate_range(391.5, 478.5, whole=True) == "392–478"
    assert estimate_range(10.8, 13.2, whole=True) == "11–13"
    assert estimate_range(2.3, 2.39) == "2.3–2.39"
