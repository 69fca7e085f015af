"""Key figures over a long crisis: the line leads with the resolver's best estimate (the latest
running total of the widest scope), counts of one day or one incident stand apart from the
running totals, and no claim is dropped.

Seen on Timeline17 (Syria, BBC): 36 of 159 "killed" claims were one day's tolls ("2 killed on
Thursday"), repeated by many sources, beside running totals ("more than 16,000 since March");
the same shape holds on the example corpora (a day's arrests beside the total of arrests).
"""

from __future__ import annotations

import re
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "resolve"))

import make  # noqa: E402

from sitrep.records import to_dict  # noqa: E402
from sitrep.report.html import render_view  # noqa: E402
from sitrep.report.summary import key_figure, summarise  # noqa: E402
from sitrep.report.view import build_view  # noqa: E402
from sitrep.resolve.claims import reconcile  # noqa: E402
from sitrep.resolve.entities import resolve_entities  # noqa: E402

# one day's toll, given by four outlets; two running totals, the later the higher
DAY = "2 people were killed on Thursday in the clashes, activists said."
EARLY = "More than 3,000 people have been killed since the uprising began, the UN said."
LATE = "More than 5,000 people have been killed since the uprising began, the UN said."
TEXTS = {"a": DAY, "b": DAY, "c": DAY, "d": DAY, "e": EARLY, "f": LATE}
AS_OF = {"a": "2023-05-04", "b": "2023-05-04", "c": "2023-05-04", "d": "2023-05-11"}
AS_OF |= {"e": "2023-04-20", "f": "2023-05-01"}


def _export() -> dict:
    figs = []
    for d, text in TEXTS.items():
        number = "2" if text is DAY else ("3,000" if text is EARLY else "5,000")
        value = float(number.replace(",", ""))
        qualifier = "exact" if text is DAY else "more_than"
        start = text.index(number)
        figs.append(
            make.figure(
                d,
                1,
                "killed",
                value,
                start=start,
                text=number,
                as_of=AS_OF[d],
                qualifier=qualifier,
                claimed_by="activists" if text is DAY else "UN",
            )
        )
    docs = [make.doc(d, f"Outlet {d}", published=AS_OF[d], text=t) for d, t in TEXTS.items()]
    ments = [make.ment(d, make.SUDAN.name, "GPE", place=make.SUDAN) for d in TEXTS]
    readings = [
        make.reading(d, [m for m in ments if m.doc == d], [f for f in figs if f.doc == d])
        for d in TEXTS
    ]
    recon = reconcile(figs, resolve_entities(readings), docs)
    return {
        "documents": [to_dict(d) for d in docs],
        "figures": [to_dict(f) for f in figs],
        "claim_groups": [to_dict(g) for g in recon.groups],
        "conflicts": [to_dict(c) for c in recon.conflicts],
    }


def test_the_resolver_names_the_claims_its_estimate_rests_on_and_the_incident_counts() -> None:
    (g,) = _export()["claim_groups"]
    assert g["estimate_figures"] == ["f:F1"]
    assert sorted(fid for fid, kind in g["kinds"]) == ["a:F1", "b:F1", "c:F1", "d:F1"]
    assert {kind for _, kind in g["kinds"]} == {"incident"}


def test_the_key_figure_leads_with_the_latest_running_total_not_the_most_repeated_day() -> None:
    view = build_view(_export())
    (k,) = summarise(view).figures
    assert k.estimate == "5,000" and [f.doc for f in k.best] == ["f"]
    assert (k.totals, k.totals_range) == (2, "3,000–5,000")
    assert (k.incidents, k.incidents_range) == (4, "2")
    # most given and latest are read among the running totals, not the day's tolls
    assert k.quoted.value != "2" and k.latest.value == "more than 5,000"
    assert k.claims == 6 and k.range == "2–5,000"  # every claim is still counted
    (group,) = [g for _, gs in view.measures for g in gs]
    assert len(group.figures) == 6 and sum(1 for f in group.figures if f.kind) == 4
    html = render_view(view)
    summary = html.split('<ul class="key-figures">', 1)[1].split("</ul>", 1)[0]
    line = " ".join(re.sub(r"<[^>]+>", "", summary).split())
    assert line.startswith("Killed (all · Sudan): best estimate more than 5,000 per UN [D6]")
    assert "(the latest running total of the widest scope, as of 2023-05-01)" in line
    assert "2 running totals (3,000–5,000), 4 counts of one day or one incident (2)" in line
    assert "<strong>more than 5,000</strong>" in summary and "latest:" not in line
    # one source's total is not "most given"; the day's "2" that four give is not a total
    assert k.most_given is None and "most given" not in line


def test_a_store_without_the_estimate_s_claims_keeps_the_old_line() -> None:
    export = _export()
    for g in export["claim_groups"]:
        del g["estimate_figures"], g["kinds"]
    (g,) = [g for _, gs in build_view(export).measures for g in gs]
    k = key_figure(g)
    assert k is not None and k.estimate == "" and k.incidents == 0
    assert k.quoted.value == "2" and k.quoted_sources == 4  # what the old line said


def _group(texts: dict[str, tuple[str, str, float, str]]):
    """One claim group from {doc: (sentence, number as written, value, day)}."""
    figs, docs = [], []
    for d, (text, number, value, day) in texts.items():
        figs.append(
            make.figure(d, 1, "killed", value, start=text.index(number), text=number, as_of=day)
        )
        docs.append(make.doc(d, f"Outlet {d}", published=day, text=text))
    ments = [make.ment(d, make.SUDAN.name, "GPE", place=make.SUDAN) for d in texts]
    readings = [
        make.reading(d, [m for m in ments if m.doc == d], [f for f in figs if f.doc == d])
        for d in texts
    ]
    (g,) = reconcile(figs, resolve_entities(readings), docs).groups
    return g


THOUSAND = ("The unrest has left 1,000 people dead, the UN said.", "1,000", 1000, "2023-03-10")


def test_a_later_count_far_below_the_totals_is_not_the_estimate() -> None:
    g = _group(
        {
            "a": THOUSAND,
            "b": ("Six people were killed near the border town.", "Six", 6, "2023-07-16"),
        }
    )
    assert (g.low, g.high) == (1000, 1000) and g.estimate_figures == ("a:F1",)
    assert "far below an earlier total" in g.basis and set(g.figures) == {"a:F1", "b:F1"}
    # a later total that grew (or fell less than tenfold) is the estimate
    g = _group(
        {
            "a": THOUSAND,
            "b": ("The toll now stands at 800 people killed.", "800", 800, "2023-07-16"),
        }
    )
    assert g.estimate_figures == ("b:F1",)


def test_one_misread_number_does_not_push_the_later_totals_aside() -> None:
    dead = "In all, {} people have been killed, activists said."
    g = _group(
        {
            "a": (dead.format("5,000"), "5,000", 5000, "2023-03-01"),
            "b": (dead.format("5,400"), "5,400", 5400, "2023-03-02"),
            "c": (dead.format("6,000,000"), "6,000,000", 6e6, "2023-03-02"),
            "d": (dead.format("16,000"), "16,000", 16000, "2023-08-10"),
        }
    )
    assert g.estimate_figures == ("d:F1",) and len(g.figures) == 4


def test_an_estimate_in_words_leads_with_the_words_the_articles_use() -> None:
    # "as many as 20,000" the first day, "hundreds of thousands" weeks later: the line quotes
    # the words, with the range they are read as
    first = make.figure("a", 1, "protesters", 20000, qualifier="up_to", group="protesters")
    later = make.figure(
        "b", 1, "protesters", None, qualifier="vague", group="protesters", low=2e5, high=999999
    )
    figs = [
        replace(first, as_of="2011-01-25"),
        replace(later, as_of="2011-02-11", text="hundreds of thousands", vague=True),
    ]
    docs = [make.doc(f.doc, f.doc, published=f.as_of) for f in figs]
    readings = [
        make.reading(f.doc, [make.ment(f.doc, "Sudan", "GPE", place=make.SUDAN)], [f]) for f in figs
    ]
    rec = reconcile(figs, resolve_entities(readings), docs)
    export = {
        "documents": [to_dict(d) for d in docs],
        "figures": [to_dict(f) for f in figs],
        "claim_groups": [to_dict(g) for g in rec.groups],
    }
    (g,) = [g for _, gs in build_view(export).measures for g in gs]
    assert g.estimate == "hundreds of thousands (200,000–999,999)", (g.estimate, g.basis)


def test_a_handful_one_source_saw_is_no_key_figure() -> None:
    # Libya 2011 (CNN, Timeline17): the only "detained" claims are a reporter's three men
    # lined up against a wall and four journalists held; no tally of arrests exists
    seen = (
        "A CNN journalist saw security forces lining up three men who had apparently been"
        " detained against a wall."
    )
    journalists = (
        "GlobalPost said pro-Gadhafi forces detained one of its freelancers and three other"
        " journalists."
    )
    figs = [
        make.figure("a", 1, "killed", 1000, qualifier="more_than", as_of="2011-03-10"),
        make.figure("b", 1, "arrested", 3, as_of="2011-07-18", start=seen.index("three")),
        make.figure(
            "c",
            1,
            "arrested",
            3,
            group="journalists",
            as_of="2011-04-07",
            start=journalists.index("three"),
        ),
    ]
    docs = [
        make.doc("a", "Outlet a", published="2011-03-10", text="More than 1,000 were killed."),
        make.doc("b", "Outlet b", published="2011-07-18", text=seen),
        make.doc("c", "Outlet c", published="2011-04-07", text=journalists),
    ]
    readings = [
        make.reading(d.id, [make.ment(d.id, "Sudan", "GPE", place=make.SUDAN)], [f])
        for d, f in zip(docs, figs, strict=True)
    ]
    rec = reconcile(figs, resolve_entities(readings), docs)
    export = {
        "documents": [to_dict(d) for d in docs],
        "figures": [to_dict(f) for f in figs],
        "claim_groups": [to_dict(g) for g in rec.groups],
    }
    view = build_view(export)
    assert [k.measure for k in summarise(view).figures] == ["killed"]
    held = [g for _, gs in view.measures for g in gs if g.measure == "arrested"]
    assert len(held) == 1 and key_figure(held[0]) is None  # still in the figures section
    # the only word on a measure, from one source, stays a key figure
    alone = [g for g in held[0].figures if g.doc == "b"]
    assert key_figure(replace(held[0], figures=tuple(alone))) is not None


def test_a_handful_dwarfed_by_an_attacks_toll_leads_no_line_but_hides_none() -> None:
    # Kabul 2021: "the bombing killed 170" (one attack's toll, an incident count) beside a
    # later "five were killed" by one source: the line shows the claims' range, not the
    # handful as the best estimate, and not nothing at all
    texts = {
        "a": ("The bombing at the gate on Thursday killed 170 people.", "170", 170, "2021-08-27"),
        "b": ("The suicide bombing on Thursday killed 95 people.", "95", 95, "2021-08-26"),
        "c": ("In all, five people have been killed, witnesses said.", "five", 5, "2021-08-30"),
    }
    figs, docs = [], []
    for d, (text, number, value, day) in texts.items():
        figs.append(
            make.figure(d, 1, "killed", value, start=text.index(number), text=number, as_of=day)
        )
        docs.append(make.doc(d, f"Outlet {d}", published=day, text=text))
    readings = [
        make.reading(d, [make.ment(d, "Sudan", "GPE", place=make.SUDAN)], [f])
        for d, f in zip(texts, figs, strict=True)
    ]
    rec = reconcile(figs, resolve_entities(readings), docs)
    export = {
        "documents": [to_dict(d) for d in docs],
        "figures": [to_dict(f) for f in figs],
        "claim_groups": [to_dict(g) for g in rec.groups],
    }
    # as the resolver read Kabul's: the attack's tolls as incident counts, the later
    # handful as the latest running total
    (group,) = export["claim_groups"]
    ids = {f.doc: f.id for f in figs}
    group |= {"estimate_figures": [ids["c"]], "low": 5.0, "high": 5.0}
    group["kinds"] = [[ids["a"], "incident"], [ids["b"], "incident"]]
    (g,) = [g for _, gs in build_view(export).measures for g in gs]
    assert [f.high for f in g.best] == [5.0]
    k = key_figure(g)
    assert k is not None and k.estimate == "" and not k.best
    assert "170" in k.range and k.claims == 3
