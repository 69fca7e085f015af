"""External yardstick for sitrep's geocoder: GeoWebNews and LGL (Gritta et al. 2019 release).

Usage: python scripts/eval_geo.py --shared /work/shared [--limit N] [--sets LGL,TRN] [--analyse]

Reports, beside the published anchor (Mordecai 3 accuracy@161 km: 94.1% GWN, 82.7% LGL):
  (a) accuracy@161km given the gold toponym strings (the document's other gold toponyms are the
      context, as in resolve_places), counting a name left unresolved as ambiguous as wrong, and
      over the resolved names only;
  (b) accuracy@161km end to end: raw text -> sitrep_entities_v1 -> toponym_mentions -> the
      place of the mention that overlaps each gold toponym (a missed toponym counts as wrong);
      once with every toponym mention (GeoWebNews annotates adjectival demonyms such as "Syrian"
      in "Syrian refugees", and "EU", as toponyms with coordinates), once with GPE/LOC only;
  (c) recall of gold toponyms (a mention overlaps the gold span), and the precision of placed
      mentions (a placed mention on no gold toponym is a false place).
``--analyse`` adds a breakdown of the misses of (a) by cause (see :func:`miss_category`).
Sets: GWN (held out: measure it rarely), LGL and TRN (TR-News; development sets).
The sets are read from the shared folder, never copied. GWN's miss classes (demonyms, "EU",
embedded names) and its annotation guidelines shaped the toponym definition; every rule is
general (no set's names in code) and is checked on LGL and TR-News as well.
"""

from __future__ import annotations

import argparse
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

DATASET = Path("datasets/geoparsing-gwn-lgl")
ANCHOR = {"GWN": 94.1, "LGL": 82.7, "TRN": 0.0}
KM = 161.0


def point(place) -> tuple[float, float]:
    """Where a resolved place is, for scoring: a country or continent at its GeoNames point,
    the convention of GeoWebNews and LGL (sitrep's own country point is its main territory's
    box centre and a continent's is its map pin: the map convention its export uses).
    Whether the right place was found is what these sets measure, not which point stands
    for a country."""
    from sitrep.extract.gazetteer import load_gazetteer

    if getattr(place, "feature", None) == "country" and place.country_code:
        points = getattr(load_gazetteer(), "country_points", {})  # older gazetteers: none
        return points.get(place.country_code, (place.lat, place.lon))
    continents = getattr(load_gazetteer(), "continent_points", {})
    return continents.get(place.geonameid, (place.lat, place.lon))


@dataclass(frozen=True, slots=True)
class Toponym:
    surface: str
    start: int
    end: int
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    text: str
    toponyms: tuple[Toponym, ...]


def read_gwn(root: Path) -> list[Article]:
    """GWN.xml: every article's text and its toponyms; those with coordinates are the gold set."""
    out = []
    for art in ET.parse(root / "GWN.xml").getroot().iter("article"):
        text = art.findtext("text") or ""
        tops = []
        for t in art.iter("toponym"):
            lat, lon = t.findtext("latitude"), t.findtext("longitude")
            if not lat or not lon:
                continue
            tops.append(
                Toponym(
                    t.findtext("extractedName") or "",
                    int(t.findtext("start") or 0),
                    int(t.findtext("end") or 0),
                    float(lat),
                    float(lon),
                )
            )
        out.append(Article(f"gwn{art.get('file')}", text, tuple(tops)))
    return out


def read_lgl(root: Path, file: str = "lgl.xml", prefix: str = "lgl") -> list[Article]:
    """LGL (or TR-News, same format): toponyms with a GeoNames gaztag are the gold set."""
    out = []
    for art in ET.parse(root / "Corpora" / file).getroot().iter("article"):
        text = art.findtext("text") or ""
        tops = []
        for t in art.iter("toponym"):
            gaz = t.find("gaztag")
            if gaz is None or gaz.findtext("lat") is None:
                continue
            tops.append(
                Toponym(
                    t.findtext("phrase") or "",
                    int(t.findtext("start") or 0),
                    int(t.findtext("end") or 0),
                    float(gaz.findtext("lat") or 0),
                    float(gaz.findtext("lon") or 0),
                )
            )
        out.append(Article(f"{prefix}{art.get('docid')}", text, tuple(tops)))
    return out


_FACILITY_WORDS = frozenset(
    "street st road rd avenue ave boulevard blvd lane drive highway interstate route bridge "
    "church school college university hospital center centre park building hall airport "
    "station stadium arena library museum mall plaza square tower house court prison jail "
    "hotel club farm mine dam lake river creek mountain mount mt island beach bay falls "
    "valley canyon forest trail harbor port base camp".split()
)
_ADMIN2_WORDS = frozenset("county parish borough district township shire".split())


def miss_category(surface: str, res: object, top: Toponym) -> str:
    """Why a given toponym was not resolved within 161 km (a coarse, rule-based label).

    Out of gazetteer (no candidate): abbreviation, facility/natural feature (out of scope),
    county-like admin2, or other; unresolved tie; resolved to the wrong homonym (a candidate
    within 161 km existed) or to a place with no candidate near the gold point.
    """
    from sitrep.extract.gazetteer import haversine_km, load_gazetteer

    words = surface.replace(".", " ").casefold().split()
    place = getattr(res, "place", None)
    if place is None and getattr(res, "ambiguous", False):
        return "tie left unresolved"
    if place is None:
        if "." in surface or (surface.isupper() and len(surface) <= 4):
            return "no match: abbreviation"
        if set(words) & _ADMIN2_WORDS:
            return "no match: county/admin2"
        if set(words) & _FACILITY_WORDS:
            return "no match: facility/natural feature"
        if len(words) >= 3:
            return "no match: 3+ words (org/facility)"
        return "no match: other name (small town?)"
    gaz = load_gazetteer()
    hits, _ = gaz.lookup(surface)
    near = any(
        haversine_km((gaz.places[i].lat, gaz.places[i].lon), (top.lat, top.lon)) <= KM for i in hits
    )
    kind = getattr(place, "feature", "?")
    if near:
        return f"wrong homonym (gold among candidates; picked {kind})"
    return f"wrong: gold not among candidates (picked {kind})"


def given_toponyms(
    articles: list[Article], analyse: bool = False
) -> tuple[int, int, int, int, dict[str, list[str]]]:
    """(correct, toponyms, resolved, left unresolved because ambiguous, misses by category)."""
    from sitrep.extract.gazetteer import comma_pairs, haversine_km, resolve_places

    ok = total = resolved = tied = 0
    misses: dict[str, list[str]] = {}
    for art in articles:
        spans = [(t.start, t.end) for t in art.toponyms]
        results = resolve_places(
            [t.surface for t in art.toponyms],
            within=comma_pairs(spans, art.text),
            demonyms=True,
        )
        for top, res in zip(art.toponyms, results, strict=True):
            total += 1
            p = res.place
            resolved += p is not None
            tied += p is None and res.ambiguous
            good = p is not None and haversine_km(point(p), (top.lat, top.lon)) <= KM
            ok += good
            if analyse and not good:
                misses.setdefault(miss_category(top.surface, res, top), []).append(top.surface)
    return ok, total, resolved, tied, misses


def print_misses(misses: dict[str, list[str]], total: int) -> None:
    from collections import Counter

    for cat, names in sorted(misses.items(), key=lambda kv: -len(kv[1])):
        common = ", ".join(f"{n} {c}" for n, c in Counter(names).most_common(8))
        print(f"    {len(names):5d} ({100 * len(names) / total:4.1f}%) {cat}: {common}")


def end_to_end(articles: list[Article]) -> dict[str, tuple[int, int, int, int]]:
    """Per kind of mention: (correct within 161 km, toponyms, toponyms overlapped by a mention of
    that kind, mentions given a place, of those the ones on a gold toponym).

    Kinds: "toponyms", what :func:`sitrep.extract.toponyms.toponym_mentions` reports (GPE/LOC,
    adjectival demonyms, territorial unions: GeoWebNews' definition of a toponym), and
    "GPE/LOC", the place mentions only. The last two numbers give the geoparser's precision:
    GeoWebNews annotates every toponym, so a placed mention on no gold toponym is a false place
    ("Mubarak" put in Iran)."""
    misaligned = sum(a.text[t.start : t.end] != t.surface for a in articles for t in a.toponyms)
    if misaligned:
        print(f"  note: {misaligned} gold spans do not match their text offsets")
    from sitrep.extract import context
    from sitrep.extract.gazetteer import haversine_km
    from sitrep.extract.nlp import load_pipeline
    from sitrep.extract.toponyms import PLACE_LABELS, toponym_mentions

    nlp = load_pipeline(only=("sitrep_entities_v1",))
    docs = (context.set_context(nlp.make_doc(a.text), a.id, None) for a in articles)
    counts = {"toponyms": [0, 0, 0, 0, 0], "GPE/LOC": [0, 0, 0, 0, 0]}
    for art, doc in zip(articles, nlp.pipe(docs, batch_size=16), strict=True):
        entities = context.get(doc, "entities")
        kinds = {
            "toponyms": toponym_mentions(doc, entities),
            "GPE/LOC": [m for m in entities if m.label in PLACE_LABELS],
        }
        for kind, mentions in kinds.items():
            c = counts[kind]
            for m in mentions:
                if m.place is not None:
                    c[3] += 1
                    c[4] += any(m.start < t.end and t.start < m.end for t in art.toponyms)
            for top in art.toponyms:
                over = [m for m in mentions if m.start < top.end and top.start < m.end]
                c[1] += 1
                c[2] += bool(over)
                c[0] += any(
                    m.place is not None and haversine_km(point(m.place), (top.lat, top.lon)) <= KM
                    for m in over
                )
    return {k: tuple(v) for k, v in counts.items()}  # type: ignore[misc]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path("/work/shared"))
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles per set")
    ap.add_argument("--skip-e2e", action="store_true", help="only the given-toponym figures")
    ap.add_argument("--sets", default="GWN,LGL", help="comma-separated: GWN, LGL, TRN")
    ap.add_argument("--analyse", action="store_true", help="break the misses of (a) down")
    args = ap.parse_args(argv)
    root = args.shared / DATASET
    if not (root / "GWN.xml").exists():
        print(f"data not found at {root}; nothing to evaluate")
        return 0
    readers = {
        "GWN": lambda: read_gwn(root),
        "LGL": lambda: read_lgl(root),
        "TRN": lambda: read_lgl(root, "TR-News.xml", "trn"),
    }
    for name in args.sets.split(","):
        articles = readers[name.strip()]()
        if args.limit:
            articles = articles[: args.limit]
        t0 = time.perf_counter()
        ok, total, resolved, tied, misses = given_toponyms(articles, args.analyse)
        print(
            f"{name} (a) given toponyms: acc@161km {100 * ok / total:.1f}% ({ok}/{total});"
            f" over resolved {100 * ok / max(resolved, 1):.1f}% ({ok}/{resolved});"
            f" {tied} left unresolved as ambiguous"
            f"   anchor Mordecai 3: {ANCHOR[name] or '-'}%   [{time.perf_counter() - t0:.1f}s]"
        )
        if args.analyse:
            print_misses(misses, total)
        if args.skip_e2e:
            continue
        t0 = time.perf_counter()
        counts = end_to_end(articles)
        took = time.perf_counter() - t0
        for kind, (ok, total, found, placed, on_gold) in counts.items():
            print(
                f"{name} (b) end to end, {kind}: acc@161km {100 * ok / total:.1f}% ({ok}/{total});"
                f" (c) recall of gold toponyms {100 * found / total:.1f}%; precision of placed"
                f" mentions {100 * on_gold / max(placed, 1):.1f}% ({on_gold}/{placed})"
                f"   [{took:.1f}s]"
            )
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
