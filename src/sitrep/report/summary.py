"""The summary at the top of the report: the crisis in the few lines an analyst would write.

When and where, the main events (ranked by :func:`sitrep.report.salience.event_weight`), the key
figures with the range of what is claimed and the conflicts among the claims, and how many
sources there are and which events rest on one. Every line is drawn from the view model and
links to its card and its evidence (document + span), so the summary says nothing the record
does not.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sitrep.report.salience import LINE_FAMILY, date_span_days
from sitrep.report.view import EventView, FigureView, GroupView, ReportView, value_range
from sitrep.resolve.events.items import _is_named

# How many main events and key figures the summary names
MAIN_EVENTS = 8
KEY_DAYS_SHOWN = 5  # the days the pile puts first (the export keeps more)
# ... a day no event is dated to among them when this many articles name it (the rest name
# it in passing)
KEY_DAY_NAMED = 2
KEY_FIGURES = 5
PER_MEASURE = 2  # lines of one measure (a national toll and a city's)
# Independent sources every line but a leading measure's first needs (a second city's toll,
# a rarer measure)
SECOND_SOURCES = 2
# Sources a figure needs for the line to name it as "most given" beside the best estimate (a
# value two outlets repeat is often one day's toll read without its cue)
MOST_GIVEN_SOURCES = 3
# A best estimate below this, resting on one source alone ("three men lined up against a
# wall, apparently detained", seen by one reporter), is a handful seen, not a tally an analyst
# quotes for the crisis: the group stays in the figures section, not among the key figures
SMALL_COUNT = 10
PLACES = 3
# Share of dated events (by their reports) the "when" line covers: the middle 90%, so a few
# stray dates do not stretch it
WINDOW = (0.05, 0.95)
# The pile's own countries hold at least this share of the leading country's share of the
# events' weight and figure claims (see focus_countries); events elsewhere count this much of
# their weight in the summary
FOCUS_RATIO = 0.5
OUTSIDE_FOCUS = 0.5
# A candidate main event repeats a line already chosen, and waits, when its reports are mostly
# sentences that line rests on (one sentence of one article read as two events: "X resigned
# and left the country" as a resignation and as an arrest), or when it is of the line's kind
# on the line's day with one of its named actors (a resignation read as a government
# dismissed and as a person leaving office)
REPEATED_REPORTS = 0.5
STATEMENT = "statement"
# An event the record dates only to a span of days ("over the past week", "between Tuesday
# and Friday", a protest told on several days) counts this much of its weight for a line:
# such a span is mostly the stretch a movement went on over, or a happening no report dates,
# and a line names what happened on a day, so it comes after the precisely dated happenings
# of comparable weight (it stays in the timeline). Egypt-50: "By Friday night, the
# protesters got what they were seeking" (6 to 11 Feb) and Ghonim's detention (8 to 11 Feb)
# took two of eight lines above the speech of 10 Feb and the clash of 28 Jan
SPANNED = 0.5
# Two days date a happening: "overnight 29-30 November", the night of a clash (counted at
# 0.75, Tbilisi's first two nights of clashes on Rustaveli Avenue lost their lines)
NIGHT_DAYS = 2
# Measures an analyst leads with, in this order; others follow by how often they are claimed
MEASURE_ORDER: tuple[str, ...] = (
    "killed",
    "injured",
    "wounded",
    "missing",
    "arrested",
    "detained",
    "displaced",
    "evacuated",
    "protesters",
)


# Of the grab-bag measure "other", the groups a key figure may name besides people counted by
# what befell them (MEASURE_ORDER): what the crisis cost. The rest ("10 provinces", "24,921
# buildings") stay in the figures section: a reader's first lines are people and money.
KEY_OTHER_GROUPS = frozenset({"damage", "losses", "cost"})


@dataclass(frozen=True, slots=True)
class PlaceLine:
    name: str
    events: int
    anchor: str  # the place's most salient event


@dataclass(frozen=True, slots=True)
class DayLine:
    """A key day: when, how many articles name it, and its weightiest event, if any."""

    date: str
    named_by: float
    event: EventView | None


@dataclass(frozen=True, slots=True)
class KeyFigure:
    """One claim group as a line: the best estimate the resolver chose (the latest running total
    of the widest scope) with its basis, then the running totals and the incident counts (one
    day's or one attack's) apart, each with its range, the figure most sources give and the
    latest. Every claim stays on the group's card below; none is dropped or averaged."""

    measure: str
    scope: str  # "civilians · Almaty"
    anchor: str  # the group's card
    claims: int
    sources: int
    range: str  # of the numbers claimed
    vague: tuple[str, ...]  # claims in words ("dozens"), beside the numbers
    quoted: FigureView  # the value given by the most sources (ties: the latest)
    quoted_sources: int
    latest: FigureView
    conflicts: tuple[tuple[str, str, str], ...]  # (anchor, kind, label)
    estimate: str = ""  # the group's best estimate ("16,000–20,000"); "" when not known
    basis: str = ""  # how the resolver chose it, in words
    best: tuple[FigureView, ...] = ()  # the claims the estimate rests on
    totals: int = 0  # running totals (and counts with no cue) among the claims
    totals_range: str = ""
    incidents: int = 0  # one day's or one attack's counts (and crowds, rates)
    incidents_range: str = ""
    incidents_label: str = ""  # what they are, in words ("crowd counts")
    # beside the estimate: the running total most sources give, when MOST_GIVEN_SOURCES do
    # and it is not the estimate's
    most_given: FigureView | None = None


@dataclass(frozen=True, slots=True)
class Summary:
    first: str | None  # the window most dated events fall in
    last: str | None
    published_first: str | None
    published_last: str | None
    places: tuple[PlaceLine, ...]
    main_events: tuple[EventView, ...]
    figures: tuple[KeyFigure, ...]
    documents: int  # distinct articles (copies not counted)
    copies: int
    outlets: tuple[tuple[str, int], ...]  # (outlet, articles), most first
    unknown_outlet: int  # articles with no outlet
    events: int
    single_source: int
    background: int
    key_days: tuple[DayLine, ...] = ()  # in date order


def _source(f: FigureView) -> str:
    """Who gave a claim, for counting independent sources: the outlet, else the article."""
    return f.outlet or f.doc


def _day(date: str | None) -> str:
    return (date or "").split("/")[0]


def _window(events: Iterable[EventView]) -> tuple[str | None, str | None]:
    days = sorted(_day(e.date) for e in events for _ in range(max(len(e.mentions), 1)) if e.date)
    if not days:
        return None, None
    lo = days[int(WINDOW[0] * (len(days) - 1))]
    hi = days[int(round(WINDOW[1] * (len(days) - 1)))]
    return lo, hi


def _measure_name(g: GroupView) -> str:
    """The measure a line names: a count of people outside the tally measures by what befell
    them ("other" of the group "evacuated", "displaced") by that, as MEASURE_ORDER lists it."""
    if g.measure == "other" and g.group in MEASURE_ORDER:
        return g.group
    return g.measure


def _measure_rank(g: GroupView) -> tuple[int, int, int]:
    """Leading measures first; within a measure, the group most sources give, then most claims."""
    name = _measure_name(g)
    order = MEASURE_ORDER.index(name) if name in MEASURE_ORDER else len(MEASURE_ORDER)
    return order, -len({_source(f) for f in g.figures}), -len(g.figures)


def _when(f: FigureView) -> str:
    return f.as_of or f.published or ""


def _precise(f: FigureView) -> bool:
    """The claim states numbers: one, or a range ("5,000 to 10,000"), not a word
    ("thousands"), which the view writes as "vague (2,000–9,999)"."""
    return f.low is not None and f.high is not None and not f.value.startswith("vague")


def _span(figures: Iterable[FigureView], reach: Iterable[FigureView] = ()) -> str:
    """The range of the numbers claimed (vague words count only when no claim gives a
    number); "" for no claim. A best estimate in words (``reach``) beyond the numbers
    stretches the range to its words: "60 to Thousands" for "another 60 were injured" and
    "Thousands of others injured", not "60" beside an estimate of thousands."""
    figures = list(figures)
    numbered = [f for f in figures if _precise(f)] or figures
    lows = [f.low for f in numbered if f.low is not None]
    highs = [f.high for f in numbered if f.high is not None]
    if not (lows and highs):
        return ""
    lo, hi = min(lows), max(highs)
    span = value_range(lo, hi)
    worded = [
        f
        for f in reach
        if f in figures and f not in numbered and f.low is not None and f.high is not None
    ]
    below = [f for f in worded if f.high < lo]  # type: ignore[operator]
    above = [f for f in worded if f.low > hi]  # type: ignore[operator]
    if below:
        span = f"{min(below, key=lambda f: f.low).words or 'fewer'} to {span}"
    if above:
        span = f"{span} to {max(above, key=lambda f: f.high).words or 'more'}"
    return span


def _most_given(figures: list[FigureView]) -> tuple[FigureView, int]:
    """The value the most sources give (a number before a vague word, then more sources,
    then the later), as its latest claim, and how many sources give it."""
    by_value: dict[str, list[FigureView]] = defaultdict(list)
    for f in figures:
        by_value[f.value].append(f)

    def support(fs: list[FigureView]) -> tuple[bool, int, str]:
        return _precise(fs[0]), len({_source(f) for f in fs}), max(_when(f) for f in fs)

    best = max(by_value.values(), key=support)
    return max(best, key=_when), support(best)[1]


# The counts that are not running totals, in words, by the resolver's kind (one, several)
KIND_WORDS = {
    "crowd": ("crowd count", "crowd counts"),
    "rate": ("rate (per day or week)", "rates (per day or week)"),
    "incident": ("count of one day or one incident", "counts of one day or one incident"),
}


def _kinds_label(figures: list[FigureView]) -> str:
    kinds = {f.kind for f in figures}
    kind = kinds.pop() if len(kinds) == 1 else "incident"
    one, several = KIND_WORDS.get(kind, KIND_WORDS["incident"])
    return one if len(figures) == 1 else several


def _handful(g: GroupView) -> bool:
    """Whether the group's best estimate is one source's count below SMALL_COUNT while other
    sources report the measure too (none of them giving it); a lone report's count, the only
    word on the measure, stays a key figure."""
    return _lone_handful(g) and len({_source(f) for f in g.figures}) > 1 and not _dwarfed(g)


def _lone_handful(g: GroupView) -> bool:
    """Whether the group's best estimate is one source's count below SMALL_COUNT."""
    highs = [f.high for f in g.best]
    return (
        bool(highs)
        and all(h is not None and h < SMALL_COUNT for h in highs)
        and len({_source(f) for f in g.best}) == 1
    )


def _dwarfed(g: GroupView) -> bool:
    """Whether the best estimate is one source's handful while other claims of the group
    count SMALL_COUNT or more (an attack's toll, "at least 170 killed", told as one
    incident's beside a later "5 or 6" killed elsewhere): the line shows the claims'
    range, not that handful as the best estimate."""
    return bool(g.best) and any(
        f.high is not None and f.high >= SMALL_COUNT for f in g.figures if f not in g.best
    )


def key_figure(g: GroupView) -> KeyFigure | None:
    """The line for one claim group; None when it holds no claim, or when its best estimate
    is one source's handful (see SMALL_COUNT).

    It leads with the group's best estimate (the resolver's: the latest running total of the
    widest scope, never simply the latest or the most repeated claim: on a long crisis many
    sources give one day's toll, "2 killed on Thursday", beside the running total). The
    figure most given and the latest are read among the running totals, the incident counts
    are counted and ranged apart."""
    if not g.figures or _handful(g):
        return None
    dropped = _lone_handful(g) and _dwarfed(g)  # the handful leads no line (_dwarfed)
    best = () if dropped else g.best
    totals = [f for f in g.figures if not f.kind]
    incidents = [f for f in g.figures if f.kind]
    # a handful dropped as the lead: what is most given is read among every claim
    pool = list(g.figures) if dropped else totals or list(g.figures)
    quoted, quoted_sources = _most_given(pool)
    # the latest number; vague words ("thousands") count only when no claim gives a number
    numbered = [f for f in pool if _precise(f)] or pool
    latest = max(numbered, key=lambda f: (_when(f), f.high or 0, f.id))
    vague = tuple(dict.fromkeys(f.words or f.value for f in g.figures if not _precise(f)))
    conflicts = tuple(dict.fromkeys(c for f in g.figures for c in f.conflicts))
    measure = _measure_name(g)
    return KeyFigure(
        measure=measure,
        scope=" · ".join(x for x in (g.group, g.place) if x and x != measure),
        anchor=g.anchor,
        claims=len(g.figures),
        sources=len({_source(f) for f in g.figures}),
        range=_span(g.figures, best) or g.estimate,
        vague=vague if any(_precise(f) for f in g.figures) else (),
        quoted=quoted,
        quoted_sources=quoted_sources,
        latest=latest,
        conflicts=conflicts,
        estimate=g.estimate if best else "",
        basis=g.basis,
        best=best,
        totals=len(totals),
        totals_range=_span(totals, best),
        incidents=len(incidents),
        incidents_range=_span(incidents, best),
        incidents_label=_kinds_label(incidents),
        most_given=quoted
        if quoted_sources >= MOST_GIVEN_SOURCES and quoted.value not in {f.value for f in best}
        else None,
    )


def focus_countries(
    events: Iterable[EventView], groups: Iterable[GroupView] = ()
) -> frozenset[str]:
    """The countries the pile is about: its centre of gravity over its events and its figures.

    A country's share of the events' weight, each event counted by its relevance to the
    corpus's centre (resolve/events/relevance.py: the countries, names and words most articles
    share), averaged with its share of the figure claims placed in it; the leading country and
    every country holding at least FOCUS_RATIO of its share. A pile gathered on one crisis also
    carries news from elsewhere (the outlet's home country, other stories on the pages): those
    trail far behind, while a crisis across two countries keeps both.
    """
    events = list(events)
    weight: Counter[str] = Counter()
    for e in events:
        if e.country:
            weight[e.country] += e.weight * (1.0 if e.relevance is None else e.relevance)
    country_of = place_countries(events)
    claims: Counter[str] = Counter()
    for g in groups:
        if country := country_of.get(g.place or "") or g.country:
            claims[country] += len(g.figures)
    shares: Counter[str] = Counter()
    for counts in (weight, claims):
        total = sum(counts.values())
        for country, n in counts.items():
            shares[country] += n / total / (2 if weight and claims else 1)
    if not shares:
        return frozenset()
    top = max(shares.values())
    return frozenset(c for c, share in shares.items() if share >= FOCUS_RATIO * top)


def place_countries(events: Iterable[EventView]) -> dict[str, str]:
    """The country of every place named by an event (the view's figures name their places)."""
    return {e.place: e.country for e in events if e.place and e.country}


def summary_rank(e: EventView, focus: frozenset[str]) -> float:
    """An event's weight, halved when it happened outside the pile's countries, and again
    when the record dates it only to a span of more than a night's two days (SPANNED): a
    line names what happened on a day."""
    outside = OUTSIDE_FOCUS if focus and e.country and e.country not in focus else 1.0
    span = date_span_days(e.date)
    return e.weight * outside * (SPANNED if span is not None and span > NIGHT_DAYS else 1.0)


def _reports(e: EventView) -> set[tuple[str, str]]:
    return {(m.doc, " ".join(m.quote.split())) for m in e.mentions}


def _happening(e: EventView) -> set[tuple[str, str, str]]:
    """(day, kind, named actor) of an event dated to one day, one per named actor."""
    if not e.date or "/" in e.date:
        return set()
    kind = LINE_FAMILY.get(e.type, e.type)
    # a named actor, as the resolver tells one from a group word ("Protesters", "Police")
    return {(e.date, kind, a.casefold()) for a in e.actors if _is_named(a)}


def _announces(e: EventView, line: EventView) -> bool:
    """A statement that announces a chosen line's happening: on its day, by one of its
    named actors, told in one of its sentences ("Suleiman announced Mubarak's resignation"
    beside the resignation naming Suleiman): the announcement is how the decision was made,
    not another line."""
    if e.type != STATEMENT or line.type == STATEMENT or not _happening(e) or e.date != line.date:
        return False
    named = {a for _, _, a in _happening(e)}
    return bool(named & {a for _, _, a in _happening(line)} and _reports(e) & _reports(line))


def _strike_again(e: EventView, line: EventView) -> bool:
    """A natural disaster told again: a later strike of a chosen one's hazards, with no toll
    of its own, at its place or only in its country ("The magnitude 7 quake, which hit south
    of the capital, wrecked the palace", in the next day's article; "Haiti earthquake: not
    enough doctors"). A report dated by its publication looks back at the strike; another
    hazard (an aftershock), another town or the same day (a second quake) is another line."""
    return (
        bool(e.hazards and line.hazards and line.toll)
        and not e.toll
        and e.hazards <= line.hazards
        and (e.date or "") > (line.date or "")
        and (e.place == line.place or (e.geo_precision == 3 and e.country == line.country))
    )


def distinct_lines(ranked: Iterable[EventView], n: int = MAIN_EVENTS) -> list[EventView]:
    """The first ``n`` events that each tell something the lines before them do not (see
    REPEATED_REPORTS, :func:`_announces`, :func:`_strike_again`); an event that waits stays
    in the timeline."""
    chosen: list[EventView] = []
    seen: set[tuple[str, str]] = set()
    happenings: set[tuple[str, str, str]] = set()
    for e in ranked:
        if len(chosen) == n:
            break
        reports, happening = _reports(e), _happening(e)
        if (
            reports
            and len(reports & seen) > REPEATED_REPORTS * len(reports)
            or (happening & happenings)
            or any(_announces(e, line) or _strike_again(e, line) for line in chosen)
        ):
            # it waits, and what it rests on is a chosen line's: a third reading of the same
            # sentences ("Mubarak stepped down" as a dismissal, a person leaving office, a
            # withdrawal) waits too
            seen |= reports
            continue
        chosen.append(e)
        seen |= reports
        happenings |= happening
    return chosen


def summarise(view: ReportView) -> Summary:
    """The summary of a view (the whole report, or the app's filtered page)."""
    news = [e for e in view.events if not e.background]
    first, last = _window(news or view.events)
    every = [*view.events, *view.background_events, *view.undated_events]
    groups = [g for _, gs in view.measures for g in gs if g.figures]
    focus = focus_countries(every, groups)
    ranked = sorted(every, key=lambda e: (-summary_rank(e, focus), e.date or "9999", e.id))
    main = sorted(distinct_lines(ranked), key=lambda e: (e.date or "9999", -e.weight))

    place_weight: Counter[str] = Counter()
    place_events: Counter[str] = Counter()
    place_top: dict[str, EventView] = {}
    for e in ranked:  # where: the places of the pile's own countries, then those of no country
        if e.place and not e.background and not (focus and e.country and e.country not in focus):
            own = not focus or e.country in focus  # a street, or a region around the pile
            place_weight[e.place] += e.weight * (1.0 if own else OUTSIDE_FOCUS)
            place_events[e.place] += 1
            place_top.setdefault(e.place, e)
    places = tuple(
        PlaceLine(p, place_events[p], place_top[p].anchor)
        for p, _ in place_weight.most_common(PLACES)
    )

    country_of = place_countries([*every, *view.apart_events])

    def outside(g: GroupView) -> bool:
        # the place's country by the events there, else by the gazetteer: another story's
        # toll on the page ("the floods killed 2,000" in America) is no crisis figure
        country = country_of.get(g.place or "") or g.country
        return bool(focus and country and country not in focus)

    # only the pile's own figures (those elsewhere stay in the figures section), leading
    # measures first, the best-sourced group of each first
    groups = sorted((g for g in groups if not outside(g)), key=_measure_rank)
    chosen: list[GroupView] = []
    per_measure: Counter[str] = Counter()
    for g in groups:
        name = _measure_name(g)
        if len(chosen) == KEY_FIGURES or per_measure[name] == PER_MEASURE or _handful(g):
            continue  # a handful one source saw waits in the figures section
        if name == "other" and not any(w in KEY_OTHER_GROUPS for w in (g.group or "").split()):
            continue  # provinces, buildings, vehicles: in the figures section
        lead = not per_measure[name] and name in MEASURE_ORDER
        if not lead and len({_source(f) for f in g.figures}) < SECOND_SOURCES:
            continue  # beyond a leading measure's first line, what one source alone says waits
        chosen.append(g)
        per_measure[name] += 1
    figures = tuple(k for g in chosen if (k := key_figure(g)))

    originals = [d for d in view.documents if not d.duplicate_of]
    outlets = Counter(d.outlet for d in originals if d.outlet)
    published = sorted(d.published for d in originals if d.published)
    return Summary(
        first=first,
        last=last,
        published_first=published[0] if published else None,
        published_last=published[-1] if published else None,
        places=places,
        main_events=tuple(main),
        figures=figures,
        documents=len(originals),
        copies=len(view.documents) - len(originals),
        outlets=tuple(outlets.most_common()),
        unknown_outlet=sum(1 for d in originals if not d.outlet),
        events=len(every),
        single_source=sum(1 for e in every if e.single_source),
        background=len(view.background_events),
        key_days=key_day_lines(view, ranked),
    )


def key_day_lines(view: ReportView, ranked: Iterable[EventView]) -> tuple[DayLine, ...]:
    """The first KEY_DAYS_SHOWN key days that have an event or are named by KEY_DAY_NAMED
    articles, in date order, each with its weightiest event (``ranked``: best first)."""
    top: dict[str, EventView] = {}
    for e in ranked:
        if e.date and "/" not in e.date:
            top.setdefault(e.date, e)
    shown = [(d, n) for d, n in view.key_days if d in top or n >= KEY_DAY_NAMED]
    return tuple(DayLine(d, named, top.get(d)) for d, named in sorted(shown[:KEY_DAYS_SHOWN]))
