"""Scoring an export against a gold annotation, as examples/SCHEMA.md describes.

Every function here reads plain dicts (the export and gold.json), so the scorer
is independent of how the export was produced and can score any system's
output written in the export contract.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from typing import Any

from unidecode import unidecode

from sitrep.extract.gazetteer import haversine_km

Span = tuple[int, int]


def prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> dict[str, float]:
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
        "predicted": n_pred,
        "gold": n_gold,
    }


# Titles that may lead a name ("President Tokayev" = "Tokayev"), folded.
LEADING_TITLES = re.compile(
    r"^(?:(?:the|mr|mrs|ms|dr|sir|president|prime minister|pm|vice president|"
    r"deputy prime minister|minister|foreign minister|interior minister|defence minister|"
    r"defense minister|chancellor|king|queen|prince|sheikh|general|gen|lieutenant general|"
    r"lt gen|major general|maj gen|brigadier general|brig gen|colonel|col|commander|"
    r"captain|capt|lieutenant|lt|sergeant|sgt|chief|judge|justice|senator|sen|"
    r"representative|rep|governor|gov|mayor|ambassador|secretary general|secretary|"
    r"speaker|archbishop|bishop|cardinal|pope|imam|ayatollah|rev|reverend|professor|prof|"
    r"opposition leader|leader|spokesman|spokeswoman|spokesperson)\s+)+"
)


def fold(name: str | None) -> str:
    """A name folded for comparison: ASCII, lower case, no punctuation, no leading title."""
    if not name:
        return ""
    s = unidecode(name).casefold()
    s = re.sub(r"[^\w\s]", " ", s)
    s = re.sub(r"\b(mr|mrs|ms|dr|the)\b", " ", s)
    s = " ".join(s.split())
    bare = LEADING_TITLES.sub("", s)
    return bare or s


class Aliases:
    """Maps any gold alias to its entity's canonical name, for variant-insensitive checks."""

    def __init__(self, entities: Iterable[dict[str, Any]]):
        self._canon: dict[str, str] = {}
        for ent in entities:
            canon = fold(ent["canonical"])
            for alias in [ent["canonical"], *ent.get("aliases", [])]:
                self._canon.setdefault(fold(alias), canon)

    def canonical(self, name: str | None) -> str:
        key = fold(name)
        return self._canon.get(key, key)

    def same(self, a: str | None, b: str | None) -> bool:
        if not a and not b:
            return True
        if not a or not b:
            return False
        ca, cb = self.canonical(a), self.canonical(b)
        if ca == cb:
            return True
        # "the Health Ministry" vs "Kazakhstan's Health Ministry": one contains the other
        return bool(ca and cb) and (ca in cb or cb in ca)


def find_spans(text: str, quote: str) -> list[Span]:
    """Every occurrence of ``quote`` in ``text`` (whitespace-tolerant)."""
    spans = []
    start = text.find(quote)
    while start != -1:
        spans.append((start, start + len(quote)))
        start = text.find(quote, start + 1)
    if not spans:
        pattern = r"\s+".join(re.escape(w) for w in quote.split())
        spans = [(m.start(), m.end()) for m in re.finditer(pattern, text)]
    return spans


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _evidence(item: dict[str, Any]) -> list[tuple[str, Span]]:
    out = [(e["doc"], (e["start"], e["end"])) for e in item.get("evidence") or []]
    if "start" in item and "end" in item and "doc" in item:
        out.append((item["doc"], (item["start"], item["end"])))
    return out


def _gold_spans(item: dict[str, Any], texts: dict[str, str]) -> list[Span]:
    return find_spans(texts.get(item["doc"], ""), item["quote"])


def _touches(pred: dict[str, Any], doc: str, spans: list[Span]) -> bool:
    return any(d == doc and overlaps(s, g) for d, s in _evidence(pred) for g in spans)


def _num(x: Any) -> float | None:
    return None if x is None else float(x)


def _value_agrees(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    pv, gv = _num(pred.get("value")), _num(gold.get("value"))
    if pv is not None and gv is not None and math.isclose(pv, gv):
        return True
    plo = _num(pred.get("low")) if pred.get("low") is not None else pv
    phi = _num(pred.get("high")) if pred.get("high") is not None else pv
    glo = _num(gold.get("low")) if gold.get("low") is not None else gv
    ghi = _num(gold.get("high")) if gold.get("high") is not None else gv
    if None in (plo, phi, glo, ghi):
        return False
    return plo <= ghi and glo <= phi  # type: ignore[operator]


def max_matching(
    n_pred: int,
    n_gold: int,
    compatible: Callable[[int, int], bool],
    weight: Callable[[int, int], float] | None = None,
) -> dict[int, int]:
    """A one-to-one matching (pred index -> gold index) of compatible pairs with the most
    pairs and, among those, the most ``weight`` (each weight below 1), so that no
    prediction takes a gold item another prediction alone could match."""
    if not n_pred or not n_gold:
        return {}
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    gain = np.zeros((n_pred, n_gold))
    for i in range(n_pred):
        for j in range(n_gold):
            if compatible(i, j):
                gain[i, j] = 1.0 + (0.5 * weight(i, j) if weight else 0.0)
    rows, cols = linear_sum_assignment(gain, maximize=True)
    return {int(i): int(j) for i, j in zip(rows, cols, strict=True) if gain[i, j] > 0}


def match_figures(pred: list[dict], gold: list[dict], texts: dict[str, str]) -> dict[int, int]:
    """Pred index -> gold index, one to one (a maximum matching)."""
    gold_spans = [_gold_spans(g, texts) for g in gold]

    def compatible(i: int, j: int) -> bool:
        p, g = pred[i], gold[j]
        return (
            p.get("doc") == g["doc"]
            and p.get("measure") == g["measure"]
            and _touches(p, g["doc"], gold_spans[j])
            and _value_agrees(p, g)
        )

    return max_matching(len(pred), len(gold), compatible)


def _group_key(group: str | None) -> str:
    return fold((group or "").split("(")[0]) or "all"


def groups_agree(pred: str | None, gold: str | None) -> bool:
    """Same group, or the prediction names it less specifically: every word of the
    predicted group occurs in the gold description ("cities" vs "cities with
    ongoing protests"; "all" vs "all wounded"), never the other way round."""
    p, g = _group_key(pred), _group_key(gold)
    if p == g:
        return True
    words = set(fold(gold).split())
    return bool(p) and set(p.split()) <= words


def figure_checks(aliases: Aliases) -> dict[str, Callable[[dict, dict], bool]]:
    """Whether a matched figure's attribute agrees with the gold one's, by attribute."""
    return {
        "qualifier": lambda p, g: p.get("qualifier") == g["qualifier"],
        "group": lambda p, g: groups_agree(p.get("group"), g["group"]),
        "place": lambda p, g: aliases.same(p.get("place"), g["place"]),
        "claimed_by": lambda p, g: aliases.same(p.get("claimed_by"), g["claimed_by"]),
        "as_of": lambda p, g: p.get("as_of") == g["as_of"],
    }


def score_figures(
    pred: list[dict], gold: list[dict], texts: dict[str, str], aliases: Aliases
) -> tuple[dict[str, Any], dict[int, int]]:
    pairs = match_figures(pred, gold, texts)
    out: dict[str, Any] = prf(len(pairs), len(pred), len(pairs), len(gold))
    for name, check in figure_checks(aliases).items():
        hits = sum(check(pred[i], gold[j]) for i, j in pairs.items())
        out[f"{name}_accuracy"] = round(hits / len(pairs), 4) if pairs else 0.0
    return out, pairs


def score_quotes(
    pred: list[dict], gold: list[dict], texts: dict[str, str], aliases: Aliases
) -> dict[str, Any]:
    gold_spans = [_gold_spans(g, texts) for g in gold]
    pairs = max_matching(
        len(pred),
        len(gold),
        lambda i, j: (
            pred[i].get("doc") == gold[j]["doc"]
            and _touches(pred[i], gold[j]["doc"], gold_spans[j])
        ),
    )
    matched_pred = len(pairs)
    speaker_hits = sum(
        aliases.same(pred[i].get("speaker"), gold[j]["speaker"]) for i, j in pairs.items()
    )
    out = prf(matched_pred, len(pred), matched_pred, len(gold))
    out["speaker_accuracy"] = round(speaker_hits / matched_pred, 4) if matched_pred else 0.0
    return out


def _dates(value: str | None) -> tuple[str, str] | None:
    if not value:
        return None
    a, _, b = value.partition("/")
    return a, b or a


def dates_agree(pred: str | None, gold: str | None) -> bool:
    p, g = _dates(pred), _dates(gold)
    if p is None or g is None:
        return False
    # The same first day, or the predicted day (or span) inside the gold span.
    return p[0] == g[0] or (g[0] <= p[0] and p[1] <= g[1])


def places_agree(pred: str | None, gold: str | None, aliases: Aliases) -> bool:
    """The same place entity. A parenthetical in the gold is an annotator's note on the
    site ("Almaty (prosecutor's office)", "Taldykorgan (local airport)"): the entity is
    the name before it, as with groups. So is a site written with its town after a comma
    ("Republic Square, Almaty"): the entity is the site."""
    if aliases.canonical(pred) == aliases.canonical(gold):
        return True
    text = gold or ""
    heads = {text.split("(")[0].strip(), text.split(",")[0].strip()} - {"", text}
    return any(aliases.canonical(pred) == aliases.canonical(h) for h in heads)


def match_events(pred: list[dict], gold: list[dict], aliases: Aliases) -> dict[int, int]:
    """Predicted event index -> gold event index: type, date and place must agree; among
    those, the pairing that shares the most documents."""

    def compatible(i: int, j: int) -> bool:
        p, g = pred[i], gold[j]
        return (
            p.get("type") == g["type"]
            and dates_agree(p.get("date"), g["date"])
            and (
                places_agree(p.get("place"), g["place"], aliases)
                or places_agree(p.get("town"), g["place"], aliases)  # a site in the town
            )
        )

    def shared_docs(i: int, j: int) -> float:
        gold_docs = {m["doc"] for m in gold[j]["mentions"]}
        pred_docs = {m["doc"] for m in pred[i].get("mentions", [])}
        return len(gold_docs & pred_docs) / max(1, len(gold_docs))

    return max_matching(len(pred), len(gold), compatible, shared_docs)


def score_events(pred: list[dict], gold: list[dict], aliases: Aliases) -> dict[str, Any]:
    pairs = match_events(pred, gold, aliases)
    mention_hits = mention_total = 0
    for i, j in pairs.items():
        gold_docs = {m["doc"] for m in gold[j]["mentions"]}
        pred_docs = {m["doc"] for m in pred[i].get("mentions", [])}
        mention_hits += len(gold_docs & pred_docs)
        mention_total += len(gold_docs)
    matched_pred = len(pairs)
    out = prf(matched_pred, len(pred), matched_pred, len(gold))
    out["mention_recall"] = round(mention_hits / mention_total, 4) if mention_total else 0.0
    return out


def score_entities(pred: list[dict], gold: list[dict], texts: dict[str, str]) -> dict[str, Any]:
    corpus = "\n".join(texts.values())
    present = fold(corpus)
    gold_cluster: dict[str, int] = {}
    for j, ent in enumerate(gold):
        for alias in {ent["canonical"], *ent.get("aliases", [])}:
            key = fold(alias)
            if key and f" {key} " in f" {present} ":
                gold_cluster.setdefault(key, j)
    pred_cluster: dict[str, int] = {}
    for i, ent in enumerate(pred):
        for alias in {ent.get("canonical", ""), *ent.get("aliases", [])}:
            key = fold(alias)
            if key in gold_cluster:
                pred_cluster.setdefault(key, i)
    # B-cubed over the gold names; a name the export never mentions adds nothing
    # to recall and is left out of precision (it was not predicted at all).
    names = list(gold_cluster)
    found = [n for n in names if n in pred_cluster]
    precision = recall = 0.0
    for n in found:
        g_same = {m for m in names if gold_cluster[m] == gold_cluster[n]}
        p_same = {m for m in found if pred_cluster[m] == pred_cluster[n]}
        both = len(g_same & p_same)
        precision += both / len(p_same)
        recall += both / len(g_same)
    p = precision / len(found) if found else 0.0
    r = recall / len(names) if names else 0.0
    out: dict[str, Any] = {
        "bcubed_precision": round(p, 4),
        "bcubed_recall": round(r, 4),
        "bcubed_f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
        "names": len(names),
        "names_found": round(len(found) / len(names), 4) if names else 0.0,
    }
    by_alias: dict[str, dict] = {}
    for ent in pred:
        if ent.get("lat") is None:
            continue
        for alias in {ent.get("canonical", ""), *ent.get("aliases", [])}:
            by_alias.setdefault(fold(alias), ent)
    places = [
        e
        for e in gold
        if e.get("lat") is not None
        and any(f" {fold(a)} " in f" {present} " for a in {e["canonical"], *e.get("aliases", [])})
    ]
    hits = 0
    local = local_hits = 0  # gold places the export resolved below country level
    for ent in places:
        cand = next(
            (
                by_alias[k]
                # canonical first, then the aliases as listed: the first name the export
                # knows decides (a set's order would change with the interpreter's hash seed)
                for a in dict.fromkeys((ent["canonical"], *ent.get("aliases", [])))
                if (k := fold(a)) in by_alias
            ),
            None,
        )
        if cand is None:
            continue
        near = haversine_km((ent["lat"], ent["lon"]), (cand["lat"], cand["lon"])) <= 25
        hits += near
        if ((cand.get("place") or {}).get("precision") or 3) < 3:
            local += 1
            local_hits += near
    out["geocoded_within_25km"] = round(hits / len(places), 4) if places else 0.0
    out["places"] = len(places)
    # Country and continent points are conventions (bounding-box centre, GeoNames point,
    # capital...), so the figure over towns and regions says more about the geocoder.
    out["towns_regions_within_25km"] = round(local_hits / local, 4) if local else 0.0
    out["towns_regions"] = local
    return out


def score_conflicts(
    pred: list[dict],
    gold: list[dict],
    pred_figs: list[dict],
    fig_pairs: dict[int, int],
    gold_figs: list[dict],
) -> dict[str, Any]:
    pred_index = {f.get("id"): i for i, f in enumerate(pred_figs)}
    gold_id = {j: g["id"] for j, g in enumerate(gold_figs)}
    matched_gold: set[int] = set()
    matched_pred = 0
    for c in pred:
        gold_ids = [
            gold_id[fig_pairs[pred_index[f]]]
            for f in c.get("figures", [])
            if f in pred_index and pred_index[f] in fig_pairs
        ]
        hit = False
        for k, g in enumerate(gold):
            if len(set(gold_ids) & set(g["figures"])) >= 2:
                matched_gold.add(k)
                hit = True
        matched_pred += hit
    return prf(matched_pred, len(pred), len(matched_gold), len(gold))


def score_documents(pred: list[dict], gold: list[dict], texts: dict[str, str]) -> dict[str, Any]:
    def pairs(docs: list[dict]) -> set[frozenset[str]]:
        return {frozenset((d["id"], d["duplicate_of"])) for d in docs if d.get("duplicate_of")}

    pp, gp = pairs(pred), pairs(gold)
    out: dict[str, Any] = {"duplicates": prf(len(pp & gp), len(pp), len(pp & gp), len(gp))}
    by_id = {d["id"]: d for d in pred}
    dated = removed = boiler = kept = body = 0
    for g in gold:
        p = by_id.get(g["id"])
        if p and p.get("published") and g.get("published"):
            from datetime import date

            gap = abs(date.fromisoformat(p["published"][:10]) - date.fromisoformat(g["published"]))
            dated += gap.days <= 1
        text = texts.get(g["id"], "")
        gold_boiler = {line.strip() for line in g.get("boilerplate_lines", [])}
        pred_removed = {line.strip() for line in (p or {}).get("boilerplate_lines", [])}
        for line in text.splitlines():
            s = line.strip()
            if not s:
                continue
            if s in gold_boiler:
                boiler += 1
                removed += s in pred_removed
            else:
                body += 1
                kept += s not in pred_removed
    out["published_within_1_day"] = round(dated / len(gold), 4) if gold else 0.0
    out["published_within_1_day_count"] = dated
    out["boilerplate_removed"] = round(removed / boiler, 4) if boiler else 1.0
    out["body_kept"] = round(kept / body, 4) if body else 1.0
    return out


def score(export: dict[str, Any], gold: dict[str, Any], texts: dict[str, str]) -> dict[str, Any]:
    """Per-section scores of ``export`` against ``gold``.

    Sections absent from the export score 0: they are never hidden.
    """
    aliases = Aliases(gold.get("entities", []))
    pred_figs = export.get("figures", [])
    figures, pairs = score_figures(pred_figs, gold.get("figures", []), texts, aliases)
    return {
        "documents": score_documents(export.get("documents", []), gold["documents"], texts),
        "figures": figures,
        "quotes": score_quotes(export.get("quotes", []), gold.get("quotes", []), texts, aliases),
        "events": score_events(export.get("events", []), gold.get("events", []), aliases),
        "entities": score_entities(export.get("entities", []), gold.get("entities", []), texts),
        "conflicts": score_conflicts(
            export.get("conflicts", []),
            gold.get("conflicts", []),
            pred_figs,
            pairs,
            gold.get("figures", []),
        ),
    }


def mean_scores(results: list[dict[str, Any]]) -> dict[str, Any]:
    """The mean of several corpora's scores, key by key (numbers only; counts are summed)."""
    counts = {"predicted", "gold", "names", "places", "towns_regions"}

    def merge(values: list[Any], key: str = "") -> Any:
        if all(isinstance(v, dict) for v in values):
            keys = [k for k in values[0] if all(k in v for v in values)]
            return {k: merge([v[k] for v in values], k) for k in keys}
        if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
            if key in counts or key.endswith("_count"):
                return sum(values)
            return round(sum(values) / len(values), 4)
        return values[0]

    return merge(results)
