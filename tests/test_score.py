"""The scorer: gold scored against itself is perfect, and each kind of error costs."""

from __future__ import annotations

import copy

import pytest

from sitrep.evaluate.score import (
    Aliases,
    dates_agree,
    find_spans,
    fold,
    groups_agree,
    max_matching,
    places_agree,
    score,
    score_entities,
    score_events,
)


def gold_as_export(gold: dict, texts: dict[str, str]) -> dict:
    export = copy.deepcopy(gold)
    for item in export["figures"] + export["quotes"]:
        start, end = find_spans(texts[item["doc"]], item["quote"])[0]
        item["evidence"] = [{"doc": item["doc"], "start": start, "end": end}]
    return export


def test_gold_against_itself_is_perfect(gold, texts):
    s = score(gold_as_export(gold, texts), gold, texts)
    assert s["figures"]["f1"] == 1.0
    assert s["figures"]["qualifier_accuracy"] == s["figures"]["claimed_by_accuracy"] == 1.0
    assert s["quotes"]["f1"] == 1.0 and s["quotes"]["speaker_accuracy"] == 1.0
    assert s["events"]["f1"] == 1.0 and s["events"]["mention_recall"] == 1.0
    assert s["entities"]["bcubed_f1"] == 1.0 and s["entities"]["geocoded_within_25km"] == 1.0
    assert s["conflicts"]["f1"] == 1.0
    assert s["documents"]["duplicates"]["f1"] == 1.0
    assert s["documents"]["published_within_1_day"] == 1.0
    assert s["documents"]["boilerplate_removed"] == s["documents"]["body_kept"] == 1.0


def test_empty_export_scores_zero_everywhere(gold, texts):
    s = score({}, gold, texts)
    for section in ("figures", "quotes", "events", "conflicts"):
        assert s[section]["f1"] == 0.0
    assert s["entities"]["bcubed_f1"] == 0.0


def test_wrong_values_and_merged_entities_cost(gold, texts):
    export = gold_as_export(gold, texts)
    for f in export["figures"][:10]:
        f["value"], f["low"], f["high"] = -1, None, None
    people = [e for e in export["entities"] if e["type"] == "PERSON"]
    merged = {
        "canonical": "everyone",
        "type": "PERSON",
        "aliases": [a for e in people for a in e["aliases"]],
    }
    export["entities"] = [e for e in export["entities"] if e["type"] != "PERSON"] + [merged]
    s = score(export, gold, texts)
    assert s["figures"]["recall"] == pytest.approx(1 - 10 / len(gold["figures"]), abs=0.01)
    assert s["entities"]["bcubed_precision"] < 0.85  # every person merged into one
    assert s["entities"]["bcubed_recall"] == 1.0


def test_claimed_by_compares_variants_through_aliases():
    aliases = Aliases(
        [{"canonical": "Kassym-Jomart Tokayev", "aliases": ["Toqaev", "Mr. Tokayev"]}]
    )
    assert aliases.same("Toqaev", "Kassym-Jomart Tokayev")
    assert aliases.same("Health Ministry", "Kazakhstan's Health Ministry")
    assert not aliases.same("police", None)
    assert fold("Mr. Tokayev") == "tokayev"


def test_dates_agree_on_the_first_day_or_inside_the_gold_span():
    """SCHEMA.md: the same first day, or the predicted day (or span) inside the gold span."""
    assert dates_agree("2022-01-05", "2022-01-05")
    assert not dates_agree("2022-01-05", "2022-01-06")
    assert dates_agree("2022-01-05/2022-01-08", "2022-01-05")  # same first day
    assert not dates_agree("2022-01-04/2022-01-06", "2022-01-05")  # overlap is not enough
    assert dates_agree("2022-01-06", "2022-01-05/2022-01-07")
    assert dates_agree("2022-01-06/2022-01-07", "2022-01-05/2022-01-07")
    assert not dates_agree("2022-01-06/2022-01-09", "2022-01-05/2022-01-07")
    assert not dates_agree(None, "2022-01-05")


def test_names_are_compared_without_a_leading_title():
    from sitrep.evaluate.score import fold

    assert fold("President Tokayev") == fold("Tokayev") == "tokayev"
    assert fold("Prime Minister Sheikh Hasina") == fold("Sheikh Hasina")
    assert fold("Lt. Gen. Mohamed Hamdan Dagalo") == fold("Mohamed Hamdan Dagalo")
    assert fold("President") == "president"  # a title alone stays a name


def test_a_less_specific_group_agrees_but_a_different_one_does_not():
    assert groups_agree("cities", "cities with ongoing protests")
    assert groups_agree("police", "police")
    assert groups_agree("all", "all (unspecified)")
    assert not groups_agree("all", "protesters")
    assert not groups_agree("cities with ongoing protests", "cities")
    assert not groups_agree("police", "security forces")


def test_matching_is_maximal_not_first_come():
    # pred 0 fits gold 0 and 1, pred 1 fits only gold 0: a greedy pass would match one pair
    fits = {(0, 0), (0, 1), (1, 0)}
    assert max_matching(2, 2, lambda i, j: (i, j) in fits) == {0: 1, 1: 0}


def test_a_wide_event_matches_no_day_inside_it():
    """A week-long prediction does not start on either gold day, nor lies inside it."""
    aliases = Aliases([])
    gold = [
        {"type": "protest", "date": "2023-01-02", "place": "Lima", "mentions": [{"doc": "a"}]},
        {"type": "protest", "date": "2023-01-03", "place": "Lima", "mentions": [{"doc": "b"}]},
    ]
    pred = [
        {"type": "protest", "date": "2023-01-01/2023-01-07", "place": "Lima", "mentions": []},
        {"type": "protest", "date": "2023-01-02", "place": "Lima", "mentions": [{"doc": "a"}]},
    ]
    s = score_events(pred, gold, aliases)
    assert s["precision"] == s["recall"] == 0.5 and s["mention_recall"] == 1.0


def test_a_gold_place_note_in_parentheses_names_the_same_place():
    aliases = Aliases([{"canonical": "Almaty", "aliases": ["Alma-Ata"]}])
    assert places_agree("Almaty", "Almaty (prosecutor's office)", aliases)
    assert places_agree("Alma-Ata", "Almaty (prosecutor's office)", aliases)
    assert places_agree("Almaty", "Almaty", aliases)
    assert not places_agree("Almaty", "Almaty International Airport", aliases)
    assert not places_agree("Aktau", "Almaty (airport)", aliases)


def test_a_gold_site_written_with_its_town_after_a_comma_is_the_site():
    aliases = Aliases([{"canonical": "Republic Square (Almaty)", "aliases": ["Republic square"]}])
    assert places_agree("Republic square", "Republic Square, Almaty", aliases)
    assert places_agree("Republic Square (Almaty)", "Republic Square, Almaty", aliases)
    assert not places_agree("Almaty", "Republic Square, Almaty", aliases)
    assert not places_agree("Independence Square", "Republic Square, Almaty", aliases)


def test_an_event_at_a_site_matches_the_gold_town_with_a_note():
    aliases = Aliases([])
    gold = [
        {
            "type": "seizure",
            "date": "2022-01-05",
            "place": "Taldykorgan (local airport)",
            "mentions": [{"doc": "a"}],
        },
    ]
    pred = [
        {
            "type": "seizure",
            "date": "2022-01-05",
            "place": "Taldykorgan Airport",
            "town": "Taldykorgan",
            "mentions": [{"doc": "a"}],
        },
    ]
    assert score_events(pred, gold, aliases)["f1"] == 1.0
    pred[0]["town"] = "Almaty"
    assert score_events(pred, gold, aliases)["f1"] == 0.0


def test_a_place_is_scored_by_its_canonical_name_first_whatever_the_hash_seed() -> None:
    # gold "Parliament Buildings" (alias "Parliament") and two predicted entities, one per
    # name: the canonical name decides, not the order a set of names happens to have
    texts = {"d": "Crowds reached Parliament Buildings. Parliament voted on Tuesday."}
    gold = [
        {
            "canonical": "Parliament Buildings",
            "aliases": ["Parliament", "Parliament Buildings"],
            "lat": -1.29,
            "lon": 36.82,
        }
    ]
    pred = [
        {"canonical": "Parliament of Kenya", "aliases": ["Parliament"], "lat": 0.18, "lon": 37.9},
        {"canonical": "Parliament Buildings", "aliases": [], "lat": -1.28, "lon": 36.82},
    ]
    assert score_entities(pred, gold, texts)["geocoded_within_25km"] == 1.0
