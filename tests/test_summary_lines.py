"""The summary's main events: each line tells something the lines above it do not.

One sentence of one article is often read as two events ("X resigned and left the country"
as a resignation and as an arrest): the second reads the same report again and waits."""

from __future__ import annotations

import dataclasses

from sitrep.report.summary import MAIN_EVENTS, distinct_lines, summary_rank
from sitrep.report.view import EventView, MentionView
from test_summary_focus import _event as focus_event


def _event(n: int, weight: float, reports: list[tuple[str, str]]) -> EventView:
    mentions = tuple(MentionView(doc, f"D{doc}", None, quote, None) for doc, quote in reports)
    return dataclasses.replace(
        focus_event(n, "EG", "Cairo", weight, 1.0),
        mentions=mentions,
        docs=frozenset(d for d, _ in reports),
    )


RESIGNED = ("a", "The premier resigned and  left the country.")


def test_an_event_resting_on_the_sentences_of_a_line_above_waits():
    resignation = _event(1, 5.0, [RESIGNED, ("b", "The premier resigned.")])
    same = _event(2, 4.0, [("a", "The premier resigned and left the country.")])  # spacing
    curfew = _event(3, 3.0, [("a", "A curfew was imposed."), RESIGNED])  # half new: a line
    chosen = distinct_lines([resignation, same, curfew])
    assert [e.id for e in chosen] == ["EV1", "EV3"]


def test_the_summary_still_names_as_many_lines_as_there_are_distinct_events():
    events = [_event(n, 10.0 - n, [(str(n), f"Sentence {n}.")]) for n in range(12)]
    assert len(distinct_lines(events)) == MAIN_EVENTS
    assert [e.id for e in distinct_lines(events, 3)] == ["EV0", "EV1", "EV2"]


def test_one_happening_read_as_two_kinds_is_named_once():
    def kind(n: int, type_: str, actors: tuple[str, ...], date: str = "2011-02-11") -> EventView:
        e = _event(n, 10.0 - n, [(str(n), f"Report {n}.")])
        return dataclasses.replace(e, type=type_, actors=actors, date=date)

    resigned = kind(1, "government_dismissal", ("Hosni Mubarak", "protesters"))
    left_office = kind(2, "appointment_dismissal", ("Hosni Mubarak",))
    other_person = kind(3, "appointment_dismissal", ("Omar Suleiman",))
    day_before = kind(4, "appointment_dismissal", ("Hosni Mubarak",), "2011-02-10")
    crowd = kind(5, "government_dismissal", ("protesters",))  # no one named: not the same
    chosen = distinct_lines([resigned, left_office, other_person, day_before, crowd])
    assert [e.id for e in chosen] == ["EV1", "EV3", "EV4", "EV5"]


def test_a_third_reading_of_a_lines_sentences_waits_too():
    """ "Mubarak stepped down Friday" read as a dismissal (a line), as a person leaving
    office (waits: the same happening) and as a withdrawal naming no one: the withdrawal
    rests on the sentences of the one that waited, and waits too."""
    told = [("a", "Mubarak stepped down Friday."), ("b", "Mubarak resigned on Friday.")]

    def reading(n: int, type_: str, actors: tuple[str, ...], reports) -> EventView:
        e = _event(n, 10.0 - n, reports)
        return dataclasses.replace(e, type=type_, actors=actors, date="2011-02-11")

    dismissal = reading(1, "government_dismissal", ("Hosni Mubarak",), [("c", "He quit.")])
    left = reading(2, "appointment_dismissal", ("Hosni Mubarak",), told)
    withdrawal = reading(3, "withdrawal", (), told[:1])
    other = reading(4, "protest", (), [("d", "Crowds celebrated.")])
    chosen = distinct_lines([dismissal, left, withdrawal, other])
    assert [e.id for e in chosen] == ["EV1", "EV4"]


def test_a_happening_dated_to_a_day_outranks_a_stretch_of_days_of_like_weight():
    """A line names what happened on a day: "by Friday night the protesters got what they
    were seeking" (a span of six days) ranks below a clash of one day of somewhat lower
    weight; an overnight clash (two days) is dated well enough."""
    day = dataclasses.replace(_event(1, 4.0, []), date="2011-01-28")
    week = dataclasses.replace(_event(2, 5.0, []), date="2011-02-06/2011-02-11")
    night = dataclasses.replace(_event(3, 4.5, []), date="2024-11-29/2024-11-30")
    focus = frozenset({"EG"})
    ranks = {e.id: summary_rank(e, focus) for e in (day, week, night)}
    assert ranks["EV3"] > ranks["EV1"] > ranks["EV2"]
    assert ranks["EV1"] == 4.0 and ranks["EV3"] == 4.5


def test_the_announcement_of_a_lines_decision_is_that_line():
    """ "Suleiman announced Mubarak's resignation" (a statement of Suleiman's on the 11th,
    told in a sentence of the resignation naming him) is the resignation made known, not a
    line of its own; his statement of another day, or one in sentences of its own, is."""
    told = ("a", "Vice President Omar Suleiman announced Mubarak's resignation.")

    def event(n, type_, actors, reports, date="2011-02-11") -> EventView:
        e = _event(n, 10.0 - n, reports)
        return dataclasses.replace(e, type=type_, actors=actors, date=date)

    resigned = event(1, "government_dismissal", ("Hosni Mubarak", "Omar Suleiman"), [told])
    announced = event(2, "statement", ("Omar Suleiman",), [told, ("b", "Go home, he said.")])
    talks_said = ("d", "Suleiman said talks had begun.")
    talks = event(3, "statement", ("Omar Suleiman",), [told, talks_said], date="2011-01-31")
    other = event(4, "statement", ("Omar Suleiman",), [("c", "Suleiman spoke on TV.")])
    chosen = distinct_lines([resigned, announced, talks, other])
    assert [e.id for e in chosen] == ["EV1", "EV3", "EV4"]
