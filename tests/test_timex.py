"""Time expressions: the pure normaliser (table + properties) and the spaCy component."""

from __future__ import annotations

import calendar
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from sitrep.extract import context, timex
from sitrep.extract.timenorm import Normalised, normalise
from sitrep.records import TimeExpression

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "kazakhstan-2022" / "docs"
FIXTURES = ROOT / "tests" / "fixtures" / "timex"
REF = dt.date(2022, 1, 7)  # a Friday
PREV = dt.date(2022, 1, 2)  # the event "just mentioned"

# expression, previous?, past, expected value, precision, anchor
TABLE: list[tuple[str, bool, bool | None, str | None, str | None, str]] = [
    ("on Sunday", False, True, "2022-01-02", "day", "publication"),
    ("Wednesday evening", False, True, "2022-01-05", "day", "publication"),
    ("Friday", False, True, "2022-01-07", "day", "publication"),  # same day as the report
    ("last Friday", False, True, "2021-12-31", "day", "publication"),
    ("on Monday", False, False, "2022-01-10", "day", "publication"),  # "will ... on Monday"
    ("four days ago", False, True, "2022-01-03", "day", "publication"),
    ("4 days ago", False, True, "2022-01-03", "day", "publication"),
    ("a week ago on January 2", False, True, "2022-01-02", "day", "publication"),
    ("overnight", False, True, "2022-01-06/2022-01-07", "day", "publication"),
    ("late on January 4", False, True, "2022-01-04", "day", "publication"),
    ("the past day", False, True, "2022-01-06/2022-01-07", "day", "publication"),
    ("last week", False, True, "2021-W52", "week", "publication"),
    ("next week", False, False, "2022-W02", "week", "publication"),
    ("since Sunday", False, True, "2022-01-02/2022-01-07", "day", "publication"),
    ("since Friday", False, True, "2021-12-31/2022-01-07", "day", "publication"),
    ("earlier this month", False, True, "2022-01", "month", "publication"),
    ("in December", False, True, "2021-12", "month", "publication"),
    ("in March", False, False, "2022-03", "month", "publication"),
    ("two days earlier", True, True, "2021-12-31", "day", "previous"),
    ("four days later", True, True, "2022-01-06", "day", "previous"),
    ("the next day", True, True, "2022-01-03", "day", "previous"),
    ("the day before", True, True, "2022-01-01", "day", "previous"),
    ("earlier in the evening", True, True, "2022-01-02", "day", "previous"),
    ("two days earlier", False, True, "2022-01-05", "day", "publication"),  # no previous event
    ("today", False, True, "2022-01-07", "day", "publication"),
    ("yesterday", False, True, "2022-01-06", "day", "publication"),
    ("on January 6", False, True, "2022-01-06", "day", "publication"),
    ("January 6", False, False, "2022-01-06", "day", "publication"),
    ("December 28", False, True, "2021-12-28", "day", "publication"),
    ("March 22, 2013", False, True, "2013-03-22", "day", "absolute"),
    ("22 March 2013", False, True, "2013-03-22", "day", "absolute"),
    ("Jan. 6, 2022", False, True, "2022-01-06", "day", "absolute"),
    ("January 2022", False, True, "2022-01", "month", "absolute"),
    ("2021", False, True, "2021", "year", "absolute"),
    ("in 2019", False, True, "2019", "year", "absolute"),
    ("the 1990s", False, True, "1990/1999", "year", "absolute"),
    ("the '90s", False, True, "1990/1999", "year", "absolute"),
    ("last year", False, True, "2021", "year", "publication"),
    ("June last year", False, True, "2021-06", "month", "publication"),
    ("this year", False, True, "2022", "year", "publication"),
    ("from January 2 to January 5", False, True, "2022-01-02/2022-01-05", "day", "publication"),
    ("January 2-5", False, True, "2022-01-02/2022-01-05", "day", "publication"),
    ("between 2019 and 2021", False, True, "2019/2021", "year", "absolute"),
    ("the next morning", True, True, "2022-01-03", "day", "previous"),
    ("the early hours of Thursday morning", True, True, "2022-01-06", "day", "publication"),
    ("the week of January 3", False, True, "2022-W01", "week", "publication"),
    ("Feb. 10", False, None, "2022-02-10", "day", "publication"),  # no tense: the nearest
    ("for three days", False, True, None, None, "none"),
    ("72 hours", False, True, None, None, "none"),
]


@pytest.mark.parametrize(("expr", "with_prev", "past", "value", "precision", "anchor"), TABLE)
def test_table(
    expr: str,
    with_prev: bool,
    past: bool | None,
    value: str | None,
    precision: str | None,
    anchor: str,
) -> None:
    n = normalise(expr, REF, previous=PREV if with_prev else None, past=past)
    assert n is not None, expr
    assert (n.value, n.precision, n.anchor) == (value, precision, anchor), expr
    assert n.flag is None


def test_first_last_bound_the_period() -> None:
    n = normalise("earlier this month", REF)
    assert n is not None and (n.first, n.last) == (dt.date(2022, 1, 1), REF)
    week = normalise("last week", REF)
    assert week is not None and (week.first, week.last) == (
        dt.date(2021, 12, 27),
        dt.date(2022, 1, 2),
    )


def test_timex_values_for_scoring() -> None:
    assert normalise("for three days", REF).timex == "P3D"  # type: ignore[union-attr]
    assert normalise("72 hours", REF).timex == "PT72H"  # type: ignore[union-attr]
    assert normalise("Wednesday evening", REF).timex == "2022-01-05TEV"  # type: ignore[union-attr]
    assert normalise("the 1990s", REF).timex == "199"  # type: ignore[union-attr]


def test_impossible_date_is_flagged_not_shifted() -> None:
    n = normalise("June 31st", REF)
    assert n is not None
    assert n.flag == "impossible date"
    assert n.value == "2021-06" and n.precision == "month"


def test_unknown_text_is_none() -> None:
    assert normalise("the protesters", REF) is None
    assert normalise("", REF) is None
    assert normalise("late", REF) is None
    assert normalise("1.5 million", REF) is None


# ------------------------------------------------------------------ properties

dates = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31))
NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


@given(reference=dates, weekday=st.sampled_from(list(calendar.day_name)))
def test_bare_weekday_in_past_report_is_within_the_week_before(
    reference: dt.date, weekday: str
) -> None:
    n = normalise(f"on {weekday}", reference, past=True)
    assert n is not None and n.first is not None
    assert 0 <= (reference - n.first).days <= 6
    assert calendar.day_name[n.first.weekday()] == weekday


@given(reference=dates, weekday=st.sampled_from(list(calendar.day_name)))
def test_last_weekday_is_strictly_before(reference: dt.date, weekday: str) -> None:
    n = normalise(f"last {weekday}", reference)
    assert n is not None and n.first is not None
    assert 1 <= (reference - n.first).days <= 7
    assert calendar.day_name[n.first.weekday()] == weekday


@given(reference=dates, weekday=st.sampled_from(list(calendar.day_name)))
def test_future_weekday_looks_forward(reference: dt.date, weekday: str) -> None:
    n = normalise(weekday, reference, past=False)
    assert n is not None and n.first is not None
    assert 0 <= (n.first - reference).days <= 6


@given(reference=dates, n=st.integers(min_value=1, max_value=400), words=st.booleans())
def test_n_days_ago(reference: dt.date, n: int, words: bool) -> None:
    number = NUMBER_WORDS[n - 1] if words and n <= 10 else str(n)
    r = normalise(f"{number} days ago", reference)
    assert r is not None
    assert r.first == reference - dt.timedelta(days=n) and r.precision == "day"


@given(
    day=dates,
    reference=dates,
    fmt=st.sampled_from(["%B %d, %Y", "%d %B %Y", "%Y-%m-%d", "%b. %d, %Y", "%A, %B %d, %Y"]),
    past=st.sampled_from([True, False, None]),
)
def test_explicit_dates_resolve_to_themselves(
    day: dt.date, reference: dt.date, fmt: str, past: bool | None
) -> None:
    n = normalise(day.strftime(fmt), reference, past=past)
    assert n is not None
    assert (n.value, n.anchor, n.flag) == (day.isoformat(), "absolute", None)


@given(
    year=st.integers(min_value=1950, max_value=2090),
    month=st.integers(1, 12),
    extra=st.integers(1, 3),
)
def test_invalid_day_of_month_is_flagged(year: int, month: int, extra: int) -> None:
    day = calendar.monthrange(year, month)[1] + extra
    if day > 31:
        return
    n = normalise(f"{calendar.month_name[month]} {day}, {year}", REF)
    assert n is not None and n.flag == "impossible date"
    assert n.value == f"{year:04d}-{month:02d}"


@given(reference=dates, month=st.integers(1, 12))
def test_month_alone_in_past_report_is_the_latest_not_after(reference: dt.date, month: int) -> None:
    n = normalise(f"in {calendar.month_name[month]}", reference, past=True)
    assert n is not None and n.first is not None
    assert n.first <= reference and (reference - n.first).days < 366
    assert n.first.month == month


@settings(max_examples=300)
@given(text=st.text(max_size=40), reference=dates)
def test_never_raises(text: str, reference: dt.date) -> None:
    n = normalise(text, reference, previous=reference)
    assert n is None or isinstance(n, Normalised)


# ------------------------------------------------------------------ the component


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from sitrep.extract.nlp import load_pipeline

    return load_pipeline(only=("sitrep_times_v1",))


def _times(nlp, text: str, published: str | None, doc_id: str = "d") -> list[TimeExpression]:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    context.set_context(doc, doc_id, published)
    doc = nlp(doc)
    times = context.get(doc, "times")
    for t in times:  # evidence points into the text
        assert text[t.start : t.end] == t.text
        assert t.doc == doc_id
        assert text[t.sentence.start : t.sentence.end].find(t.text) >= 0
    return times


def _doc(prefix: str) -> str:
    return next(CORPUS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def _value(times: list[TimeExpression], text: str) -> list[str | None]:
    return [t.value for t in times if t.text.lower() == text.lower()]


def test_example_004_four_days_ago(nlp) -> None:  # type: ignore[no-untyped-def]
    times = _times(nlp, _doc("004"), "2022-01-06", "004")
    assert _value(times, "four days ago") == ["2022-01-02"]
    assert set(_value(times, "January 6")) == {"2022-01-06"}
    assert _value(times, "overnight")[0] == "2022-01-05/2022-01-06"
    assert _value(times, "since late on January 4") == ["2022-01-04/2022-01-06"]
    assert _value(times, "the past day") == ["2022-01-05/2022-01-06"]


def test_example_003_weekdays(nlp) -> None:  # type: ignore[no-untyped-def]
    times = _times(nlp, _doc("003"), "2022-01-05", "003")
    assert set(_value(times, "Sunday")) == {"2022-01-02"}
    assert set(_value(times, "Tuesday")) == {"2022-01-04"}
    on_tuesday = [
        t for t in times if t.text == "Tuesday" and "On Tuesday" in _doc("003")[t.start - 3 : t.end]
    ]
    assert on_tuesday and on_tuesday[0].value == "2022-01-04"
    assert _value(times, "Wednesday evening") == ["2022-01-05"]
    later = [t for t in times if t.text == "Four days later"]
    assert later and later[0].value == "2022-01-06" and later[0].anchor == "previous"
    assert _value(times, "earlier in the evening") == ["2022-01-05"]


def test_fixture_story_chains_tense_and_skips_ages(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (FIXTURES / "story.txt").read_text(encoding="utf-8")
    times = _times(nlp, text, "2022-03-09")  # a Wednesday
    by_text = {t.text: t for t in times}
    assert by_text["Saturday"].value == "2022-03-05"
    assert by_text["March 2"].value == "2022-03-02"
    assert by_text["Two days later"].value == "2022-03-04"
    assert by_text["Two days later"].anchor == "previous"
    assert by_text["Monday"].value == "2022-03-14"  # "will be lifted on Monday"
    assert by_text["since Thursday"].value == "2022-03-03/2022-03-09"
    assert by_text["the past day"].value == "2022-03-08/2022-03-09"
    assert by_text["overnight"].value == "2022-03-08/2022-03-09"
    assert by_text["three days"].value is None and by_text["three days"].timex == "P3D"
    assert not any("year-old" in t.text or t.text == "67" for t in times)


def test_without_publication_date_the_latest_full_date_stands_in(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "On January 3, 2022, protests spread. Two days earlier, prices doubled on Saturday."
    times = _times(nlp, text, None)
    by_text = {t.text: t for t in times}
    assert by_text["January 3, 2022"].value == "2022-01-03"
    assert by_text["Two days earlier"].value == "2022-01-01"


VOCAB = sorted(
    {
        *["on", "in", "the", "of", "since", "from", "to", "between", "and", "-", ",", "/"],
        *["last", "next", "this", "that", "past", "previous", "following", "same", "every"],
        *["early", "late", "mid", "earlier", "later", "ago", "before", "after", "end"],
        *["day", "days", "week", "weeks", "month", "years", "decade", "hours", "weekend"],
        *["quarter", "century", "morning", "evening", "night", "overnight", "today", "now"],
        *["January", "May", "Dec.", "Sunday", "Wednesday", "spring", "1990s", "'90s", "2021"],
        *["a", "two", "few", "half", "first", "3", "31st", "12", "1/2", "1.5", "p.m.", "15:30"],
    }
)


@settings(max_examples=400)
@given(
    words=st.lists(st.sampled_from(VOCAB), min_size=1, max_size=6),
    reference=dates,
    past=st.sampled_from([True, False, None]),
    with_prev=st.booleans(),
)
def test_never_raises_on_time_vocabulary(
    words: list[str], reference: dt.date, past: bool | None, with_prev: bool
) -> None:
    n = normalise(" ".join(words), reference, previous=reference if with_prev else None, past=past)
    if n is not None and n.first is not None:
        assert n.last is not None and n.first <= n.last


# ------------------------------------------------------------------ matching near key tokens

# (word, lemma) pairs: time words, their inflections and filler, for generated documents.
_TIME_WORDS = [
    *((w, w) for w in "the same day week month year next following previous past last".split()),
    *((w, w) for w in "coming earlier later in on that this ago now currently recently".split()),
    *((w, w) for w in "at present overnight today yesterday tomorrow tonight early late".split()),
    *((w, w) for w in "monday friday morning evening night afternoon before after".split()),
    *((w, w) for w in "a an one two three few several couple police said , .".split()),
    ("days", "day"),
    ("weeks", "week"),
    ("hours", "hour"),
    ("minutes", "minute"),
    ("months", "month"),
    ("years", "year"),
    ("3", "3"),
    ("12", "12"),
    ("were", "be"),
]
# Whole expressions, so that the longest patterns (a key at one end only) are exercised.
_PHRASES = [
    [(w, w) for w in "the past 3 days".split()[:3]] + [("days", "day")],
    [(w, w) for w in "the last".split()] + [("12", "12"), ("two", "two"), ("hours", "hour")],
    [("3", "3"), ("few", "few"), ("weeks", "week"), ("ago", "ago")],
    [(w, w) for w in "earlier in the morning".split()],
    [(w, w) for w in "later that night".split()],
    [(w, w) for w in "the same week".split()],
    [(w, w) for w in "the day after".split()],
]


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.one_of(st.sampled_from(_TIME_WORDS).map(lambda p: [p]), st.sampled_from(_PHRASES)),
        min_size=1,
        max_size=20,
    ).map(lambda parts: [p for part in parts for p in part])
)
def test_matches_near_equals_whole_doc_matcher(nlp, pairs: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    doc = Doc(nlp.vocab, words=[w for w, _ in pairs], lemmas=[lem for _, lem in pairs])
    matcher = timex._matcher(doc.vocab)
    whole = {(s, e) for _, s, e in matcher(doc)}
    assert timex.matches_near(matcher, doc, timex._key_tokens(doc), timex._reach()) == whole


def test_time_patterns_need_a_key_token() -> None:
    assert all(timex._holds_key(p) for p in timex._patterns())
    assert not timex._holds_key([{"LOWER": "the", "OP": "?"}, {"IS_DIGIT": True}])


def test_candidates_on_examples_equal_whole_doc_matcher(nlp) -> None:  # type: ignore[no-untyped-def]
    total = 0
    for path in sorted(CORPUS.glob("*.txt")):
        doc = nlp(path.read_text(encoding="utf-8"))
        matcher = timex._matcher(doc.vocab)
        whole = {(s, e) for _, s, e in matcher(doc)}
        assert timex.matches_near(matcher, doc, timex._key_tokens(doc), timex._reach()) == whole
        total += len(whole)
    assert total > 20


def test_expressions_beyond_the_calendar_are_not_dates():
    from sitrep.extract.timenorm import normalise

    ref = dt.date(2022, 1, 7)
    assert normalise("2026 years ago", ref) is None
    assert normalise("300 centuries ago", ref) is None
    far = normalise("in 9,000 years", ref, past=False)
    assert far is None or far.value is None


# ------------------------------------------------ vague past, weekend "last week", anchors

from sitrep.extract.timenorm import Anchor, week_of  # noqa: E402

SUNDAY = dt.date(2022, 1, 9)


@pytest.mark.parametrize(
    ("expr", "value"),
    [
        ("a few years ago", "2017/2020"),
        ("several years ago", "2013/2019"),
        ("years ago", "2012/2020"),
        ("some years ago", "2012/2020"),
        ("decades ago", "1922/2002"),
    ],
)
def test_vague_past_years_are_past_ref_with_a_range_well_before(expr: str, value: str) -> None:
    """TempEval: "several years ago" is DATE PAST_REF; sitrep adds the years it may mean,
    all before the report, so an event dated by it reads as background."""
    n = normalise(expr, SUNDAY)
    assert n is not None
    assert (n.value, n.precision, n.timex, n.flag) == (value, "year", "PAST_REF", "vague")
    assert n.first is not None and n.last is not None
    assert n.last < SUNDAY - dt.timedelta(days=365)


@pytest.mark.parametrize(
    ("expr", "value"),
    [("a decade ago", "2012"), ("two decades ago", "2002"), ("A decade ago", "2012")],
)
def test_decades_ago_are_the_year(expr: str, value: str) -> None:
    """TimeBank gives "a decade ago" the year ten years back (1989 in a 1999 report)."""
    n = normalise(expr, SUNDAY)
    assert n is not None and (n.value, n.precision, n.timex) == (value, "year", value)


def test_in_recent_years_is_past_ref_up_to_the_report() -> None:
    """TimeBank: "in recent years" is DATE PAST_REF in 4 of 6 cases (PXY in 2)."""
    n = normalise("in recent years", SUNDAY)
    assert n is not None and n.timex == "PAST_REF" and n.flag == "vague"
    assert n.last == SUNDAY and n.first is not None and n.first.year == 2017
    recent_weeks = normalise("in recent weeks", SUNDAY)
    assert recent_weeks is not None and recent_weeks.timex == "PXW"  # TimeBank: a duration


def test_vague_days_ago_give_a_short_range() -> None:
    n = normalise("a few days ago", REF)
    assert n is not None and n.timex == "PAST_REF"
    assert (n.first, n.last) == (dt.date(2022, 1, 2), dt.date(2022, 1, 5))
    earlier = normalise("several years earlier", REF, previous=PREV)  # not from the report
    assert earlier is not None and earlier.value is None and earlier.timex == "PAST_REF"


@given(
    reference=dates,
    word=st.sampled_from(["a few", "several", "many", "some", ""]),
    unit=st.sampled_from(["days", "weeks", "months", "years", "decades"]),
)
def test_vague_ago_is_always_before_the_reference(reference: dt.date, word: str, unit: str) -> None:
    n = normalise(f"{word} {unit} ago".strip(), reference)
    assert n is not None and n.timex == "PAST_REF" and n.flag == "vague"
    assert n.first is not None and n.last is not None
    assert n.first <= n.last < reference
    if unit in {"years", "decades"}:
        assert n.last.year < reference.year and n.precision == "year"


def test_last_week_on_a_weekend_keeps_the_timex_and_covers_both_weeks() -> None:
    """TimeBank (4 weekend reports): 3 give "last week" the previous ISO week, 1 the
    current one. The TIMEX3 value keeps the majority; the range covers both weeks."""
    n = normalise("Last week", SUNDAY)
    assert n is not None
    assert n.timex == "2021-W52" and n.precision == "week"
    assert (n.first, n.last) == (dt.date(2021, 12, 27), dt.date(2022, 1, 8))
    assert n.value == "2021-12-27/2022-01-08"
    weekday = normalise("last week", REF)  # a Friday: the previous ISO week only
    assert weekday is not None and weekday.value == weekday.timex == "2021-W52"


@given(reference=dates)
def test_last_week_property(reference: dt.date) -> None:
    n = normalise("last week", reference)
    assert n is not None and n.first is not None and n.last is not None
    previous_week, monday, sunday = week_of(reference - dt.timedelta(days=7))
    assert n.timex == previous_week and n.first == monday
    if reference.weekday() >= 5:  # the working week just ended is inside the range
        this_monday = reference - dt.timedelta(days=reference.weekday())
        assert n.first < this_monday and n.last == reference - dt.timedelta(days=1)
        assert n.last >= this_monday + dt.timedelta(days=4)
    else:
        assert n.value == previous_week and n.last == sunday


Q3 = Anchor(dt.date(1989, 7, 1), dt.date(1989, 9, 30), "Q", dt.date(1989, 8, 12))
Y2019 = Anchor(dt.date(2019, 1, 1), dt.date(2019, 12, 31), "Y", dt.date(2022, 1, 5))
MARCH = Anchor(dt.date(2020, 3, 1), dt.date(2020, 3, 31), "MO", None)


@pytest.mark.parametrize(
    ("expr", "anchor", "timex"),
    [
        ("a year earlier", Q3, "1988-Q3"),  # TimeBank wsj_0124 and a dozen more
        ("that year", Y2019, "2019"),
        ("the following year", Y2019, "2020"),
        ("the following month", MARCH, "2020-04"),
        ("a year later", MARCH, "2021-03"),
        ("two days later", Q3, "1989-08-14"),  # the last day lies inside the quarter
        ("two days later", Y2019, "2019"),  # the last day is outside 2019: stay in 2019
        ("the day before", MARCH, "2020-03"),
    ],
)
def test_narrative_anchor_is_the_latest_dated_expression(
    expr: str, anchor: Anchor, timex: str
) -> None:
    n = normalise(expr, dt.date(2022, 1, 9), previous=anchor)
    assert n is not None and n.timex == timex and n.anchor == "previous"


def test_ago_is_counted_from_the_report_whatever_the_anchor() -> None:
    n = normalise("a year ago", dt.date(1989, 10, 26), previous=Q3)
    assert n is not None and n.value == "1988" and n.anchor == "publication"


@given(
    reference=dates,
    previous=dates,
    expr=st.sampled_from(
        [
            "two days earlier",
            "the next day",
            "the day before",
            "a week later",
            "that evening",
            "a year earlier",
            "the following month",
            "3 p.m.",
            "that day",
        ]
    ),
)
def test_a_day_anchor_reads_like_a_date(reference: dt.date, previous: dt.date, expr: str) -> None:
    """Passing a date or the equivalent day Anchor gives the same reading."""
    as_date = normalise(expr, reference, previous=previous)
    as_anchor = normalise(expr, reference, previous=Anchor(previous, previous, "D", previous))
    assert as_date == as_anchor


def test_fixture_background_story(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (FIXTURES / "background.txt").read_text(encoding="utf-8")
    times = _times(nlp, text, "2022-01-09")  # a Sunday
    by_text = {t.text: t for t in times}
    assert by_text["decades ago"].timex == "PAST_REF"  # not "jailed decades ago"
    assert by_text["A decade ago"].value == "2012"
    assert by_text["Two days later"].value == "2019"  # anchored on "in 2019"
    assert by_text["Two days later"].anchor == "previous"
    assert by_text["recent years"].timex == "PAST_REF"
    assert by_text["a few years ago"].value == "2017/2020"
    assert by_text["A year earlier"].timex == "2020-Q3"  # the third quarter of 2021, less one
    assert by_text["Last week"].value == "2021-12-27/2022-01-08"
    assert not any(t.text == "6 months" for t in times)  # an age, "ages 6 months"


def test_example_002_weekend_last_week_and_vague_past(nlp) -> None:  # type: ignore[no-untyped-def]
    """002 is published on Sunday 2022-01-09; Tokayev sacked Nazarbayev on Wed 01-05."""
    times = _times(nlp, _doc("002"), "2022-01-09", "002")
    last_week = [t for t in times if t.text == "Last week"]
    assert last_week and last_week[0].timex == "2021-W52"
    assert last_week[0].first is not None and last_week[0].last is not None
    assert last_week[0].first <= "2022-01-05" <= last_week[0].last
    vague = [t for t in times if t.text == "a few years ago"]
    assert vague and vague[0].timex == "PAST_REF" and vague[0].last is not None
    assert vague[0].last < "2021-01-01"


def test_example_000_two_days_earlier_follows_the_previous_date(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Two days earlier" comes after "on Thursday" (01-06): TimeML anchors it there.
    (The gold event date 01-05 counts from "Friday", which the text names only after it.)"""
    times = _times(nlp, _doc("000"), "2022-01-08", "000")
    earlier = [t for t in times if t.text == "Two days earlier"]
    assert earlier and earlier[0].value == "2022-01-04" and earlier[0].anchor == "previous"


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2022-01-05", dt.date(2022, 1, 5), dt.date(2022, 1, 5)),
        ("2022-W01", dt.date(2022, 1, 3), dt.date(2022, 1, 9)),
        ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("2022", dt.date(2022, 1, 1), dt.date(2022, 12, 31)),
        ("2022-01-02/2022-01-05", dt.date(2022, 1, 2), dt.date(2022, 1, 5)),
        ("2021-12/2022-W02", dt.date(2021, 12, 1), dt.date(2022, 1, 16)),
    ],
)
def test_value_span_reads_days_weeks_months_years_and_intervals(
    value: str, first: dt.date, last: dt.date
) -> None:
    from sitrep.extract.timenorm import value_span

    assert value_span(value) == (first, last)


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_value_span_contains_the_day_in_every_coarser_value(day: dt.date) -> None:
    from sitrep.extract.timenorm import value_span

    year, week, _ = day.isocalendar()
    for value in (
        day.isoformat(),
        f"{year}-W{week:02d}",
        f"{day.year}-{day.month:02d}",
        str(day.year),
    ):
        span = value_span(value)
        assert span is not None and span[0] <= day <= span[1], value
    assert value_span("P3D") is None and value_span("") is None


def test_a_count_of_nights_is_no_day() -> None:
    # "the fourth night in a row": which night depends on when the protests began
    ref = dt.date(2024, 12, 2)
    for expr in ("the fourth night", "the fourth night in a row", "a third night"):
        n = normalise(expr, ref)
        assert n is None or n.value is None, expr
    # a part of the day named with "that" is still the day under discussion
    that = normalise("that night", ref)
    assert that is not None and that.value == "2024-12-02"


def test_a_zoned_24_hour_clock_is_no_year(nlp_times: object = None) -> None:
    from sitrep.extract.nlp import load_pipeline

    nlp = load_pipeline(only=("sitrep_times_v1",))
    text = "The truce was to take effect at 6 p.m. local time (1600 GMT) on Tuesday."
    doc = nlp(context.set_context(nlp.make_doc(text), "t", "2023-04-19"))
    assert all(t.text != "1600" for t in context.get(doc, "times"))
