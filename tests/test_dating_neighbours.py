"""A text that names only weekdays, placed by the dated texts that tell its story
(ingest.neighbours, dating.date_by_neighbours), through a real store. Every text is
invented: six stories of a months-long pipeline spill in an imaginary country."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from sitrep import pipeline
from sitrep.ingest import neighbours
from sitrep.store import Store

# (day, what the two dated reports of the story say): each story has its own rare words
STORIES = {
    "cofferdam": (
        dt.date(2019, 1, 14),
        "Engineers lowered a steel cofferdam over the ruptured Halvorsen pipeline near "
        "Kestrel Bay, and divers from the Marrow salvage crew checked the seal.",
    ),
    "hearing": (
        dt.date(2019, 2, 18),
        "Senator Odile Brannock grilled Veltra executives at a hearing in Port Sallow over "
        "the missing valve inspections and the falsified logbooks.",
    ),
    "beaches": (
        dt.date(2019, 3, 25),
        "Tar balls washed onto the beaches of Gull Spit and the Ferrow marshes, and "
        "volunteers with shovels filled sandbags along the dunes.",
    ),
    "fishery": (
        dt.date(2019, 4, 22),
        "The shrimp season in the Tamsin estuary was closed, and trawler captains in "
        "Harlow Cove demanded compensation from the fisheries board.",
    ),
    "relief": (
        dt.date(2019, 5, 27),
        "Drillers on the rig Osprey Nine began a relief well to intercept the Halvorsen "
        "line deep under the seabed, a job of many weeks.",
    ),
    "verdict": (
        dt.date(2019, 6, 24),
        "A tribunal in Wexmoor fined Veltra and barred two former managers, closing the "
        "inquiry into the spill's cause.",
    ),
}


def _dated(name: str, day: dt.date, body: str, n: int) -> str:
    return (
        f" date {day.isoformat()} Spill update {n}\n"
        f"{body}\nOfficials said work would continue through the month.\n"
    )


def _corpus(extra: dict[str, str]) -> dict[str, str]:
    files = {}
    for name, (day, body) in STORIES.items():
        files[f"{name}-1.txt"] = _dated(name, day, body, 1)
        files[f"{name}-2.txt"] = _dated(name, day + dt.timedelta(days=1), body, 2)
    return files | extra


def _ingest(tmp_path: Path, files: dict[str, str]) -> Store:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    store = Store(tmp_path / "s.db")
    pipeline.ingest(store, [folder])
    return store


def test_a_weekday_only_text_is_placed_among_the_reports_of_its_story(tmp_path: Path) -> None:
    files = _corpus(
        {
            # the cofferdam story (Monday 14 and Tuesday 15 January), told on a Tuesday
            "undated.txt": "Divers from the Marrow salvage crew said on Tuesday that the steel "
            "cofferdam over the ruptured Halvorsen pipeline near Kestrel Bay was holding.\n",
            # the hearing's words, but a date of its own: its date stands
            "stated.txt": " date 2019-03-05 Brannock presses Veltra\nSenator Odile Brannock "
            "said on Friday the falsified logbooks and missing valve inspections would "
            "be sent to prosecutors.\n",
            # the beaches' words, no weekday: placed where the beaches' reports fall
            "noday.txt": "Tar balls still wash onto the beaches of Gull Spit and the Ferrow "
            "marshes, and volunteers keep filling sandbags along the dunes.\n",
        }
    )
    with _ingest(tmp_path, files) as store:
        docs = {Path(d.source or "").name: d for d in store.documents()}
        undated = docs["undated.txt"]
        assert undated.published is not None
        when = dt.date.fromisoformat(undated.published)
        assert abs((when - dt.date(2019, 1, 15)).days) <= 1
        assert when.weekday() in (1, 2)  # its Tuesday, or the day after
        assert "neighbours" in (undated.published_basis or "")
        assert undated.published_confidence == neighbours.CONFIDENCE
        assert docs["stated.txt"].published == "2019-03-05"
        assert (docs["stated.txt"].published_basis or "").startswith("dateline")
        noday = docs["noday.txt"]
        assert noday.published is not None
        assert abs((dt.date.fromisoformat(noday.published) - dt.date(2019, 3, 25)).days) <= 1
        assert "it names no day" in (noday.published_basis or "")
        assert noday.published_confidence == neighbours.NO_DAY_CONFIDENCE


def test_a_text_sharing_no_rare_word_stays_undated(tmp_path: Path) -> None:
    files = _corpus(
        {"other.txt": "Residents of an inland town said on Wednesday the bakery reopened.\n"}
    )
    with _ingest(tmp_path, files) as store:
        other = next(d for d in store.documents() if (d.source or "").endswith("other.txt"))
        assert other.published is None


def test_a_text_naming_no_day_and_sharing_no_rare_word_stays_undated(tmp_path: Path) -> None:
    files = _corpus({"other.txt": "Residents of an inland town said the bakery reopened.\n"})
    with _ingest(tmp_path, files) as store:
        other = next(d for d in store.documents() if (d.source or "").endswith("other.txt"))
        assert other.published is None
        assert other.published_basis and "no date" in other.published_basis


_WORDS = st.text(alphabet="abcdefghij ,.\n'-0123456789ABC", max_size=200)


@settings(max_examples=100, deadline=None)
@given(_WORDS, _WORDS)
@example("B---", "")  # a letter and dashes: stripped, no word of four letters is left
def test_terms_are_lower_case_content_words_and_only_grow_with_more_text(a: str, b: str) -> None:
    first = neighbours.terms(a)
    assert first <= neighbours.terms(a + "\n" + b)
    for term in first:
        assert term == term.lower() and term.strip()
        assert all(len(w) >= 2 for w in term.split(" "))


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)), min_size=1, max_size=6),
    st.integers(0, 6),
)
def test_a_placed_day_fits_the_weekday_and_lies_near_a_neighbour(
    days: list[dt.date], weekday: int
) -> None:
    texts = [(f"d{i}", "Halvorsen cofferdam", day) for i, day in enumerate(days)]
    texts.append(("x", "The Halvorsen cofferdam held", None))  # the text being placed
    # undated texts enough that the shared words stay rare
    texts += [(f"u{i}", f"filler{chr(97 + i % 26)}", None) for i in range(4 * len(days) + 4)]
    near, each = neighbours.neighbourhood(texts)
    found = near.place(frozenset({"halvorsen cofferdam"}), weekday)
    assert found is not None
    reach = dt.timedelta(days=neighbours.REACH + neighbours.WINDOW)
    assert any(abs(found.date - day) <= reach for day in days)
    # on the weekday or the day after, unless neither falls within WINDOW days of the
    # peak (the peak itself stands then)
    fits = (found.date.weekday() - weekday) % 7 in (0, 1)
    peak = near.place(frozenset({"halvorsen cofferdam"}), None)
    assert peak is not None
    centre = peak.date - dt.timedelta(days=neighbours.NO_DAY_LAG)
    assert fits or found.date == centre
    assert abs(found.date - centre) <= dt.timedelta(days=neighbours.WINDOW)
    assert set(found.neighbours) <= {f"d{i}" for i in range(len(days))}
    assert each["d0"] >= {"cofferdam", "halvorsen", "halvorsen cofferdam"}


def test_copies_are_placed_once_and_share_the_day(tmp_path: Path) -> None:
    story = (
        "Divers from the Marrow salvage crew said on Tuesday that the steel cofferdam over "
        "the ruptured Halvorsen pipeline near Kestrel Bay was holding, and that the seal "
        "would be checked again before the weekend by the salvage crew's engineers.\n"
    )
    others = ["orchard", "library", "railway", "harbour", "museum", "bakery"]
    notices = {f"{w}.txt": f"The {w} committee met to plan its spring {w} fair.\n" for w in others}
    files = _corpus(
        notices | {"first.txt": story, "copy.txt": "Spill news\n" + story + "Source: Wire\n"}
    )
    with _ingest(tmp_path, files) as store:
        docs = {Path(d.source or "").name: d for d in store.documents()}
        groups = [g for g in store.duplicate_groups() if docs["first.txt"].id in g.members]
        assert groups and docs["copy.txt"].id in groups[0].members
        assert docs["first.txt"].published is not None
        assert docs["first.txt"].published == docs["copy.txt"].published
        bases = {docs[n].published_basis or "" for n in ("first.txt", "copy.txt")}
        assert any("neighbours" in b for b in bases) and any(b.startswith("a copy") for b in bases)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)), min_size=1, max_size=6))
def test_a_text_naming_no_day_is_placed_near_its_neighbours(days: list[dt.date]) -> None:
    texts = [(f"d{i}", "Halvorsen cofferdam", day) for i, day in enumerate(days)]
    texts.append(("x", "The Halvorsen cofferdam held", None))
    texts += [(f"u{i}", f"filler{chr(97 + i % 26)}", None) for i in range(4 * len(days) + 4)]
    near, _ = neighbours.neighbourhood(texts)
    found = near.place(frozenset({"halvorsen cofferdam"}), None)
    assert found is not None
    # the day after the votes peak: never outside the span of the neighbours' days and
    # the day after the last of them
    lag = dt.timedelta(days=neighbours.NO_DAY_LAG)
    assert min(days) + lag <= found.date <= max(days) + lag
    if len(set(days)) == 1:
        assert found.date == days[0] + lag


def _phrase_and_word(phrase_holders: int) -> neighbours.Placement | None:
    texts = [("d0", "Cofferdam news", dt.date(2019, 1, 14))]
    texts += [(f"p{i}", "Gull Spit", dt.date(2019, 3, 25)) for i in range(phrase_holders)]
    texts += [("x", "Cofferdam. Gull Spit", None)]
    texts += [(f"u{i}", f"filler{chr(97 + i)}", None) for i in range(12)]
    near, _ = neighbours.neighbourhood(texts)
    return near.place(frozenset({"cofferdam", "gull spit"}), None)


def test_phrases_shared_with_enough_dated_texts_decide_alone() -> None:
    found = _phrase_and_word(neighbours.PHRASE_TEXTS)
    lag = dt.timedelta(days=neighbours.NO_DAY_LAG)
    assert found is not None and found.date == dt.date(2019, 3, 25) + lag
    assert "d0" not in found.neighbours  # the word it shares with d0 had no vote


def test_with_a_phrase_few_dated_texts_share_its_words_vote_too() -> None:
    found = _phrase_and_word(neighbours.PHRASE_TEXTS - 1)
    assert found is not None and "d0" in found.neighbours


def test_a_background_date_weeks_before_its_story_gives_way_to_the_neighbours(
    tmp_path: Path,
) -> None:
    files = _corpus(
        {
            # the beaches story (Monday 25 and Tuesday 26 March), with an older date
            "background.txt": "Volunteers said on Tuesday that tar balls still wash onto the "
            "beaches of Gull Spit and the Ferrow marshes.\nVeltra first reported the leak on "
            "March 12.\n",
            # the fishery story (22 April), with a date months before it: another thread
            # of the crisis sharing its words, left as it is
            "older.txt": "Trawler captains in Harlow Cove said on Monday the Tamsin estuary "
            "stays closed.\nVeltra first reported the leak on January 2.\n",
        }
    )
    with _ingest(tmp_path, files) as store:
        docs = {Path(d.source or "").name: d for d in store.documents()}
        moved = docs["background.txt"]
        assert moved.published is not None
        assert abs((dt.date.fromisoformat(moved.published) - dt.date(2019, 3, 26)).days) <= 1
        assert "is background" in (moved.published_basis or "")
        assert moved.published_confidence == neighbours.CONFIDENCE
        kept = docs["older.txt"]
        assert kept.published == "2019-01-03"
        assert (kept.published_basis or "").startswith("inferred: latest reported date")
