"""Figures and their conflicts as news writing tells them, found on the six probe corpora
(session 11). The sentences are invented; each test fails if the reading it pins breaks."""

from __future__ import annotations

from spacy.language import Language

from sitrep.extract.figures.magnitudes import MAGNITUDE_GROUP
from sitrep.resolve.claim_entries import entry_rank, entry_starts
from sitrep.resolve.claims import count_kind
from test_figures_unseen import _reconciled, by_value, read
from test_figures_unseen import nlp as nlp  # the pipeline fixture, shared

# --- a hazard's size ------------------------------------------------------------------------

QUAKES = (
    "A strong earthquake struck at dawn near Tarsus, in Mersin province, the national "
    "seismology service said. The USGS put its magnitude at 6.9; the service measured it at "
    "7.1. Hours later a second quake of magnitude 6.2 hit near Silifke, and the service said "
    "at least 40 people had been killed."
)


def test_magnitudes_are_figures_of_their_quake_and_agency(nlp: Language) -> None:
    figs = read(nlp, QUAKES, "2024-03-04")
    usgs, service, second = by_value(figs, 6.9), by_value(figs, 7.1), by_value(figs, 6.2)
    assert {usgs.group, service.group, second.group} == {MAGNITUDE_GROUP}
    assert usgs.measure == service.measure == second.measure == "other"
    assert usgs.claimed_by == "USGS"  # the agency that measured it, not the sentence before's
    assert "service" in (service.claimed_by or "")
    assert usgs.place == service.place == "Tarsus"  # the epicentre, told a sentence before
    assert second.place == "Silifke"
    assert by_value(figs, 40).measure == "killed"  # the toll is still read as a toll


def test_a_magnitude_needs_its_cue_and_a_hazard(nlp: Language) -> None:
    figs = read(
        nlp,
        "The index measured 7.5 points at the close. Inflation stood at 7.8 per cent in May.",
        "2024-03-04",
    )
    assert not any(f.group == MAGNITUDE_GROUP for f in figs)


def test_two_agencies_magnitudes_of_one_quake_disagree_two_quakes_do_not(nlp: Language) -> None:
    rec = _reconciled(nlp, QUAKES, "2024-03-04")
    (conflict,) = [c for c in rec.conflicts if "magnitude" in c.about]
    assert conflict.kind == "disagreement"
    assert len(conflict.figures) == 2  # the USGS's 6.9 and the service's 7.1, not the second
    assert "6.20" not in conflict.about


# --- the hurt taken into care -----------------------------------------------------------------


def test_people_admitted_to_hospital_are_injured(nlp: Language) -> None:
    figs = read(
        nlp,
        "At least 48 people, including two with gunshot wounds, were admitted to the city's "
        "main hospital on Saturday, a doctor said. Nine protesters were taken to hospital.",
        "2022-07-09",
    )
    assert by_value(figs, 48).measure == "injured"
    assert by_value(figs, 2).measure == "injured"
    assert by_value(figs, 9).measure == "injured"


def test_the_hospitals_admitted_beside_a_lower_police_count_disagree(nlp: Language) -> None:
    rec = _reconciled(
        nlp,
        "At least 48 people were admitted to the National Hospital in Colombo on Saturday, a "
        "hospital official said. Police said about 30 people had been injured in Sri Lanka.",
        "2022-07-09",
    )
    assert any(c.kind == "disagreement" and "Injured" in c.about for c in rec.conflicts)


# --- a running total told as of a time ------------------------------------------------------


def test_a_count_as_it_stood_by_a_day_is_a_running_total(nlp: Language) -> None:
    text = (
        "By Monday evening the agency had confirmed 31,643 deaths in the country. "
        "On Monday evening 12 people were killed in a landslide."
    )
    figs = read(nlp, text, "2023-02-14")
    kinds = {f.value: count_kind(f, text) for f in figs}
    assert kinds == {31643: "", 12: "incident"}


# --- a live page's entries ------------------------------------------------------------------

LIVE = (
    "Quake live: thousands feared dead\n\n"
    "23:40\nThe disaster agency now puts the death toll in Turkey at 2,921.\n\n"
    "19:20\nRescuers in Turkey say at least 733 people have been killed.\n\n"
    "09:15\nThe vice-president says at least 284 people have been killed in Turkey.\n"
)


def test_a_live_pages_later_entry_updates_its_earlier_toll(nlp: Language) -> None:
    rec = _reconciled(nlp, LIVE, "2023-02-06")
    assert not [c for c in rec.conflicts if c.kind == "disagreement"]
    (group,) = [g for g in rec.groups if g.measure == "killed"]
    assert len(group.figures) == 4  # the earlier entries stay in the group, as history
    assert group.low == group.high == 2921  # the latest entry's toll, not 284-2,921
    assert "entry" in group.basis


def test_the_same_counts_without_entry_stamps_still_disagree(nlp: Language) -> None:
    flat = "\n\n".join(line for line in LIVE.split("\n") if ":" not in line[:3])
    rec = _reconciled(nlp, flat, "2023-02-06")
    assert [c for c in rec.conflicts if c.kind == "disagreement"]


def test_entry_stamps_are_read_in_the_pages_time_order() -> None:
    text = "Live\n08:05 - Arrests overnight\nA\n11:10 - Tally revised\nB\n17:45\nC\n"
    starts, newest_first = entry_starts(text)
    assert len(starts) == 3 and not newest_first
    assert entry_rank(starts, newest_first, text.index("C")) == 2
    assert entry_rank(starts, newest_first, text.index("Live")) is None
    assert entry_starts("Live\n23:40\nA\n19:20\nB\n09:15\nC\n")[1]  # newest first
    assert entry_starts("The meeting ends at 10:30.\n")[0] == []  # no live page


# --- counts of places -----------------------------------------------------------------------


def test_a_count_of_places_a_toll_was_counted_in_is_its_scope(nlp: Language) -> None:
    figs = read(
        nlp,
        "The minister said at least 120 people had been killed and 900 injured in six "
        "provinces. Police said 40 people had been detained for looting across four regions. "
        "Protests are ongoing in at least twelve cities, and dozens of towns.",
        "2024-03-04",
    )
    values = {f.value for f in figs if f.measure == "other"}
    assert 6 not in values and 4 not in values  # the toll's and the detentions' scope
    assert 12 in values  # the spread of the protests, told by itself
    assert {by_value(figs, 120).measure, by_value(figs, 40).measure} == {"killed", "detained"}


# --- as of when -----------------------------------------------------------------------------


def test_a_figure_of_a_month_stands_at_the_months_end(nlp: Language) -> None:
    figs = read(
        nlp,
        "A month later, on May 19, the grace period on two bond coupons expired. Inflation "
        "reached 54.6 per cent in June, according to official figures. In July, 300 people "
        "were detained.",
        "2022-07-25",
    )
    assert by_value(figs, 54.6).as_of == "2022-06-30"  # not the sentence before's May 19
    assert by_value(figs, 300).as_of == "2022-07-25"  # the month it is written in: the report


# --- who claims it --------------------------------------------------------------------------


def test_figures_from_a_body_named_before_are_that_bodys(nlp: Language) -> None:
    figs = read(
        nlp,
        "The interior ministry says 667 people were arrested across the country.\n\n"
        "Updated figures from the ministry now give 875 arrests for the night, with some "
        "2,000 vehicles burned.",
        "2023-06-30",
    )
    assert by_value(figs, 875).claimed_by == "interior ministry"
    assert by_value(figs, 2000).claimed_by == "interior ministry"


def test_a_sentence_opening_on_its_count_goes_on_with_the_source_before(nlp: Language) -> None:
    figs = read(
        nlp,
        "Across the country, 719 people were arrested overnight, the interior ministry said. "
        "Forty-five police officers were injured.\n\n"
        "A reporter saw the square emptied. Twelve shops were looted, residents said.",
        "2023-06-30",
    )
    assert by_value(figs, 45).claimed_by == "interior ministry"
    assert by_value(figs, 12).claimed_by == "residents"  # its own source stays


# --- shares ---------------------------------------------------------------------------------


def test_a_rivals_share_and_a_turnout_are_shares_of_their_own(nlp: Language) -> None:
    text = (
        "The commission said the incumbent won 61.2% of the vote, against 35.4% for his main "
        "challenger, a former minister. It gave a turnout of 48.9%."
    )
    figs = read(nlp, text, "2023-08-30")
    assert by_value(figs, 35.4).group == "share for his main challenger (percent)"
    assert by_value(figs, 48.9).group == "turnout (percent)"
    rec = _reconciled(nlp, text, "2023-08-30")
    assert not rec.conflicts  # the winner's and the rival's shares are two counts


# --- troops ---------------------------------------------------------------------------------


def test_a_foreign_powers_troops_are_its_own_count_stationed_where_they_are(
    nlp: Language,
) -> None:
    text = (
        "Around a dozen soldiers appeared on state television in Libreville to announce the "
        "takeover. France, the former colonial power, which keeps about 400 troops in Gabon, "
        "condemned the coup. Paris, which keeps some 350 soldiers at a base in the capital, "
        "said they would stay."
    )
    figs = read(nlp, text, "2023-08-30")
    assert by_value(figs, 400).group == "france troops"
    assert by_value(figs, 12).group == "soldiers"  # the junta's men, not France's
    rec = _reconciled(nlp, text, "2023-08-30")
    (group,) = [g for g in rec.groups if g.measure == "troops" and "400" in g.basis]
    assert by_value(figs, 12).id not in group.figures


def test_two_sources_approximations_disagree_when_their_narrow_bands_part(
    nlp: Language,
) -> None:
    text = (
        "France keeps about 400 troops in Gabon, the ministry said. Gabon's army said France "
        "keeps some 350 troops in Gabon. A third source put France's troops in Gabon at about "
        "380."
    )
    rec = _reconciled(nlp, text, "2023-08-30")
    (conflict,) = [c for c in rec.conflicts if c.kind == "disagreement"]
    assert "400" in conflict.about and "350" in conflict.about


def test_a_hospital_official_speaks_for_the_hospital_named(nlp: Language) -> None:
    figs = read(
        nlp,
        "At least 48 people were admitted to the Mercy General Hospital during the day, a "
        "hospital official told reporters. Kazakh health officials said 103 people had died.",
        "2022-07-09",
    )
    assert by_value(figs, 48).claimed_by == "Mercy General Hospital"
    assert by_value(figs, 103).claimed_by != "Mercy General Hospital"


# --- projections ----------------------------------------------------------------------------


def test_a_sources_projection_of_the_affected_is_its_estimate(nlp: Language) -> None:
    figs = read(
        nlp,
        "The World Health Organization warned that up to 23 million people could be "
        "affected, including 1.4 million children. Thousands could have been killed, a "
        "witness said. As many as 5,000 could be killed if the dam breaks.",
        "2023-02-07",
    )
    affected = by_value(figs, 23_000_000)
    assert affected.group == "affected" and affected.qualifier == "up_to"
    assert "World Health Organization" in (affected.claimed_by or "")
    assert not [f for f in figs if f.measure == "killed"]  # tolls under "could" stay unread


def test_an_according_to_speaks_for_its_clause_not_past_a_semicolon(nlp: Language) -> None:
    figs = read(
        nlp,
        "By the time the nights grew calm, more than 700 police officers had been injured, "
        "according to the interior ministry; the Alliance police union put the number of "
        "injured officers closer to 1,000.",
        "2023-07-04",
    )
    assert by_value(figs, 700).claimed_by == "interior ministry"
    assert by_value(figs, 1000).claimed_by == "Alliance police union"


def test_our_volunteers_in_a_statement_are_its_authors(nlp: Language) -> None:
    figs = read(
        nlp,
        "The Harbour Rights Network condemns the raid on the protest camp.\n"
        "Our volunteers have recorded at least 50 people injured.\n"
        '"We counted 12 arrests," said Ana Perez, a lawyer with the Bar Council.',
        "2022-07-22",
    )
    assert by_value(figs, 50).claimed_by == "Harbour Rights Network"
    assert by_value(figs, 12).claimed_by != "Harbour Rights Network"  # a quoted "we"
