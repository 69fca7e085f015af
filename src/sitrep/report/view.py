"""Turn the export dict into the view model the report templates render.

Why a separate view model: the templates should only lay out data, never compute it, so the
static report and the live app (which renders the same templates over a filtered export) show
exactly the same thing. Everything here is plain data; escaping is the template's job
(autoescape), so strings from the articles pass through untouched.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sitrep.report.copies import canonical_docs, fold_copies, words
from sitrep.report.highlight import Block, Mark, blocks
from sitrep.report.mapdata import map_data
from sitrep.report.naming import doc_labels, named_by_label, report_title, title_from_text
from sitrep.report.salience import background, event_weight
from sitrep.resolve.events.disasters import DISASTER, main_hazards

QUALIFIER_WORDS: dict[str, str] = {
    "exact": "",
    "at_least": "at least ",
    "more_than": "more than ",
    "about": "about ",
    "up_to": "up to ",
    "vague": "",
}

CONFLICT_KINDS: dict[str, tuple[str, str]] = {
    "disagreement": (
        "True disagreement",
        "Sources give incompatible numbers for the same thing, place and time.",
    ),
    "growth": (
        "Count that grew",
        "The figures are successive counts over time; the later one supersedes the earlier.",
    ),
    "scope": (
        "Different scope",
        "The figures count different things (group, place or period), so they need not agree.",
    ),
}

_SAFE_URL = re.compile(r"^https?://", re.IGNORECASE)


def anchor(prefix: str, ident: object) -> str:
    """A stable HTML id for an item; ids with unusual characters get a short hash suffix."""
    raw = str(ident)
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", raw).strip("-")[:60] or "x"
    if slug != raw:
        slug += "-" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:6]
    return f"{prefix}-{slug}"


def number(value: float | int | None) -> str:
    """A count as people write it: 1,234 (decimals only when they matter)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "?"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def value_range(low: float | None, high: float | None) -> str:
    """A best estimate as a range (one number when low == high)."""
    if low is None and high is None:
        return "unknown"
    if low is None or high is None or low == high:
        return number(low if low is not None else high)
    return f"{number(low)}–{number(high)}"


# Measures that are no count of whole things: their ranges keep decimals ($2.30-2.39, 54.6%)
FRACTIONAL_MEASURES = frozenset({"price", "other"})


def estimate_range(low: float | None, high: float | None, *, whole: bool = False) -> str:
    """A group's best estimate: a range, or "up to N" when only ceilings ("as many as
    20,000") bound it (its low end of 0 is not a count anyone gave). With ``whole``, a count
    of people or things: the bounds an approximate count gives ("about 435" is 391.5-478.5)
    are whole numbers."""
    if whole:
        low, high = (None if v is None else float(round(v)) for v in (low, high))
    if low == 0 and high is not None and high > 0:
        return f"up to {number(high)}"
    return value_range(low, high)


def worded_estimate(estimate: str, best: Sequence[FigureView]) -> str:
    """An estimate that rests on claims in one same word ("hundreds of thousands") leads with
    that word, as an analyst quotes it: "hundreds of thousands (200,000–999,999)"."""
    said = {f.words.casefold() for f in best if f.value.startswith("vague") and f.words}
    if len(said) != 1 or any(not f.value.startswith("vague") for f in best):
        return estimate
    return f"{next(f.words for f in best if f.words)} ({estimate})"


def figure_value(f: dict[str, Any]) -> str:
    """A figure claim as words: "at least 164", "dozens (24–99)"."""
    q = f.get("qualifier") or "exact"
    if f.get("value") is not None:
        return QUALIFIER_WORDS.get(q, "") + number(f["value"])
    span = value_range(f.get("low"), f.get("high"))
    return (
        f"vague ({span})" if q == "vague" or f.get("vague") else QUALIFIER_WORDS.get(q, "") + span
    )


def safe_url(url: object) -> str | None:
    """Only http(s) URLs become links: javascript:, data: and the like are shown as text."""
    return url if isinstance(url, str) and _SAFE_URL.match(url.strip()) else None


@dataclass(frozen=True, slots=True)
class SourceLink:
    """A link from a fact to the highlighted span in the Documents section."""

    href: str
    doc_label: str
    doc_id: str
    anchor: str = ""  # the span's anchor (``href`` without "#"), placed by the pager


@dataclass(frozen=True, slots=True)
class DocView:
    id: str
    anchor: str
    label: str
    title: str | None  # as given, else from the text (``title_inferred``)
    outlet: str | None
    author: str | None
    url: str | None
    url_text: str | None
    published: str | None
    published_inferred: bool
    published_basis: str | None
    kind: str | None
    format: str | None
    duplicate_of: str | None
    duplicate_group: str | None
    canonical: bool
    text: str
    segments: tuple[dict[str, Any], ...]
    marks: tuple[Mark, ...]
    counts: dict[str, int]
    title_inferred: bool = False
    duplicate_of_label: str | None = None  # the D-label of the document this one copies
    duplicate_of_anchor: str | None = None
    copies: tuple[str, ...] = ()  # the D-labels of this document's copies
    file: str | None = None  # the file (or feed entry) it was read from

    def render_blocks(self) -> tuple[Block, ...]:
        """The text cut into highlighted pieces: built when the page is rendered, so a large
        report never holds every document's pieces at once."""
        return blocks(self.text, list(self.segments), list(self.marks))


@dataclass(frozen=True, slots=True)
class FigureView:
    id: str
    anchor: str
    measure: str
    value: str
    quote: str
    group: str | None
    place: str | None
    claimed_by: str | None
    as_of: str | None
    doc: str
    doc_label: str
    outlet: str | None
    published: str | None
    sources: tuple[SourceLink, ...]
    conflicts: tuple[tuple[str, str, str], ...]  # (anchor, kind, label)
    copies: tuple[str, ...] = ()  # D-labels of the copies of its document that repeat it
    low: float | None = None  # the claim as numbers (value, or its vague range)
    high: float | None = None
    words: str = ""  # the figure as the article writes it ("dozens")
    # "" for a running total (or a count with no cue), else what the resolver read it as:
    # "incident" (one day's or one attack's count), "crowd" or "rate"
    kind: str = ""

    @property
    def shown(self) -> str:
        """The value as a line quotes it: a vague claim in its own words ("dozens")."""
        return self.words if self.value.startswith("vague") and self.words else self.value


@dataclass(frozen=True, slots=True)
class GroupView:
    id: str
    anchor: str
    measure: str
    group: str | None
    place: str | None
    estimate: str
    basis: str
    figures: tuple[FigureView, ...]
    disputed: bool
    best: tuple[FigureView, ...] = ()  # the claims the estimate rests on (empty: not known)
    country: str | None = None  # ISO code of its place, when the gazetteer placed it


@dataclass(frozen=True, slots=True)
class ConflictView:
    id: str
    anchor: str
    kind: str
    kind_label: str
    explanation: str
    about: str
    measure: str
    figures: tuple[FigureView, ...]


@dataclass(frozen=True, slots=True)
class MentionView:
    doc: str
    doc_label: str
    outlet: str | None
    quote: str
    source: SourceLink | None
    copies: tuple[str, ...] = ()  # D-labels of the copies of its document that repeat it
    doc_anchor: str = ""  # the anchor of its document


@dataclass(frozen=True, slots=True)
class EventView:
    id: str
    anchor: str
    date: str | None
    type: str
    acled: str
    place: str | None
    lat: float | None
    lon: float | None
    actors: tuple[str, ...]
    description: str
    corroboration: int
    single_source: bool
    sources: tuple[str, ...]
    mentions: tuple[MentionView, ...]
    docs: frozenset[str]
    target: str | None = None  # the site it was done to ("prosecutor office")
    weight: float = 0.0  # rank in the summary (see salience.py)
    background: bool = False  # dated only vaguely (weeks or more): background, not news
    outlets: tuple[str, ...] = ()  # named outlets among its sources
    country: str | None = None  # ISO code of where it happened
    apart: str | None = None  # kept apart from the main timeline: off-topic | background
    relevance: float | None = None
    reports_total: int | None = None  # a page showing only its first reports: how many in all
    # what it is, in words: its type, or for the catch-all "other" the ACLED sub-event type
    # that says more ("natural disaster", "looting/property destruction")
    kind: str = ""
    fatalities: int | None = None  # the deaths it is credited with (a disaster's: its toll)
    # a disaster's toll: how many death counts its fatalities rest on (the report shows a
    # toll's dead; a killing's fatalities, the largest count its own sentences give, may be
    # a running total told beside it, so they are left to the figures section)
    toll: int = 0
    hazards: frozenset[str] = frozenset()  # a natural disaster's: what most reports name
    geo_precision: int | None = None  # ACLED's: 1 town, 2 region, 3 country


def event_kind(event_type: str | None, sub_event_type: str | None) -> str:
    """An event's kind in words: "state of emergency"; "other" named by its sub-event type
    when that says more ("Natural disaster" -> "natural disaster")."""
    if event_type in (None, "", "other") and sub_event_type and sub_event_type != "Other":
        return sub_event_type[:1].lower() + sub_event_type[1:]
    return (event_type or "other").replace("_", " ")


@dataclass(frozen=True, slots=True)
class QuoteView:
    anchor: str
    doc: str
    doc_label: str
    outlet: str | None
    speaker: str | None
    quote: str
    cue: str | None
    source: SourceLink | None
    copies: tuple[str, ...] = ()  # D-labels of the copies of its document that repeat it


@dataclass(frozen=True, slots=True)
class EntityView:
    id: str
    anchor: str
    canonical: str
    type: str
    aliases: tuple[str, ...]
    lat: float | None
    lon: float | None
    mentions: int
    source: SourceLink | None
    quotes: tuple[QuoteView, ...]


@dataclass(frozen=True, slots=True)
class ReportView:
    """Everything the templates render, in display order."""

    title: str
    subtitle: str | None
    measures: tuple[tuple[str, tuple[GroupView, ...]], ...]
    ungrouped: tuple[FigureView, ...]
    conflicts: tuple[ConflictView, ...]
    events: tuple[EventView, ...]  # dated news, by date
    undated_events: tuple[EventView, ...]
    people: tuple[EntityView, ...]
    places: tuple[EntityView, ...]
    unresolved_quotes: tuple[QuoteView, ...]
    documents: tuple[DocView, ...]
    map_data: dict[str, Any]
    counts: dict[str, int] = field(default_factory=dict)
    background_events: tuple[EventView, ...] = ()  # dated only vaguely (see salience.py)
    apart_events: tuple[EventView, ...] = ()  # off-topic or long before: not in the timeline
    # the days the pile puts first, best first: (date, articles naming it), see key_days
    key_days: tuple[tuple[str, float], ...] = ()


# The link of a span that is highlighted but not anchored (an entity's later mentions): counted,
# never rendered
_UNLINKED = SourceLink("", "", "", "")


def _date_key(date: str | None) -> tuple[int, str]:
    return (0, date) if date else (1, "")


def name_countries(entities: Iterable[dict[str, Any]]) -> dict[str, str]:
    """The country code of every name (canonical or alias) of a placed entity: "U.S.",
    "American military" -> US. A name two countries' entities share is left out."""
    seen: dict[str, set[str]] = defaultdict(set)
    for e in entities:
        code = (e.get("place") or {}).get("country_code")
        if code:
            for name in {e.get("canonical") or "", *(e.get("aliases") or ())}:
                seen[name].add(code)
    return {name: next(iter(codes)) for name, codes in seen.items() if name and len(codes) == 1}


def build_view(export: dict[str, Any], labels: dict[str, str] | None = None) -> ReportView:
    """The view model of one export (see docs/CONTRACT.md and examples/SCHEMA.md for its shape).

    ``labels`` are the documents' D-labels when ``export`` is a part of a larger one (the app's
    filtered pages keep the whole store's labels); by default they are made from its documents.
    """
    docs = list(export.get("documents") or [])
    labels = {**doc_labels([d["id"] for d in docs]), **(labels or {})}
    doc_by_id = {d["id"]: d for d in docs}
    marks: dict[str, list[Mark]] = defaultdict(list)

    def link(
        kind: str,
        target: str,
        label: str,
        evidence: list[dict[str, Any]] | None,
        tag: str = "",
        anchored: int | None = None,
    ) -> tuple[SourceLink, ...]:
        """Register highlight marks for a fact's evidence; return links to them. Only the
        first ``anchored`` spans (all by default) get an anchor to link to: an entity's
        hundreds of mentions are highlighted, but only its first is linked from its card."""
        out: list[SourceLink] = []
        for n, ev in enumerate(evidence or []):
            doc, start, end = ev.get("doc"), ev.get("start"), ev.get("end")
            if doc not in doc_by_id or start is None or end is None:
                continue
            held = anchored is None or len(out) < anchored
            src = f"src-{target}-{tag}{n}" if held else ""
            marks[doc].append(Mark(int(start), int(end), kind, target, src, label))
            out.append(SourceLink(f"#{src}", labels[doc], doc, src) if held else _UNLINKED)
        return tuple(out)

    # Conflicts first, so figures know which conflicts they are part of.
    canonical_of = canonical_docs(docs)
    raw_figures = list(export.get("figures") or [])
    alias, figure_copies = fold_copies(
        raw_figures,
        canonical_of,
        lambda f: (f.get("measure"), figure_value(f), words(f.get("quote"))),
        lambda f: str(f["id"]),
        labels,
    )

    def members(ids: list[str] | None) -> list[str]:
        """Figure ids with copies' repeats replaced by the claim they repeat, once each."""
        return list(dict.fromkeys(alias.get(fid, fid) for fid in ids or ()))

    # Conflicts first, so figures know which conflicts they are part of.
    conflicts_raw = list(export.get("conflicts") or []) + list(export.get("series") or [])
    figure_conflicts: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for c in conflicts_raw:
        kind = c.get("kind") or "disagreement"
        label = CONFLICT_KINDS.get(kind, (kind, ""))[0]
        for fid in members(c.get("figures")):
            figure_conflicts[fid].append((anchor("conflict", c.get("id")), kind, label))

    figures: dict[str, FigureView] = {}
    for f in raw_figures:
        if f["id"] in alias:
            continue
        fa = anchor("fig", f["id"])
        doc = doc_by_id.get(f.get("doc"), {})
        value = figure_value(f)
        figures[f["id"]] = FigureView(
            id=f["id"],
            anchor=fa,
            measure=f.get("measure") or "other",
            value=value,
            quote=f.get("quote") or "",
            group=f.get("group"),
            place=f.get("place"),
            claimed_by=f.get("claimed_by"),
            as_of=f.get("as_of"),
            doc=f.get("doc") or "",
            doc_label=labels.get(f.get("doc"), "?"),
            outlet=doc.get("outlet"),
            published=doc.get("published"),
            sources=link("figure", fa, f"figure: {f.get('measure')} {value}", f.get("evidence")),
            conflicts=tuple(dict.fromkeys(figure_conflicts.get(f["id"], ()))),
            copies=figure_copies.get(f["id"], ()),
            low=_number_or_none(f["value"] if f.get("value") is not None else f.get("low")),
            high=_number_or_none(f["value"] if f.get("value") is not None else f.get("high")),
            words=" ".join(str(f.get("text") or "").split()),
        )

    grouped: set[str] = set()
    by_measure: dict[str, list[GroupView]] = defaultdict(list)
    country_of = name_countries(export.get("entities") or ())
    for g in export.get("claim_groups") or []:
        kinds = {alias.get(fid, fid): kind for fid, kind in g.get("kinds") or ()}
        claims = tuple(
            replace(figures[fid], kind=kinds[fid]) if kinds.get(fid) else figures[fid]
            for fid in members(g.get("figures"))
            if fid in figures
        )
        chosen = set(members(g.get("estimate_figures")))
        grouped.update(m.id for m in claims)
        claims = tuple(sorted(claims, key=lambda m: (m.as_of or m.published or "", m.id)))
        best = tuple(m for m in claims if m.id in chosen)
        by_measure[g.get("measure") or "other"].append(
            GroupView(
                id=str(g.get("id")),
                anchor=anchor("group", g.get("id")),
                measure=g.get("measure") or "other",
                group=g.get("group"),
                place=g.get("place"),
                estimate=worded_estimate(
                    estimate_range(
                        g.get("low"),
                        g.get("high"),
                        whole=(g.get("measure") or "other") not in FRACTIONAL_MEASURES,
                    ),
                    best,
                ),
                basis=named_by_label(g.get("basis") or "", labels),
                figures=claims,
                disputed=any(m.conflicts for m in claims),
                best=best,
                country=country_of.get(g.get("place") or ""),
            )
        )
    measures = tuple(
        (m, tuple(sorted(gs, key=lambda g: -len(g.figures))))
        for m, gs in sorted(by_measure.items())
    )
    ungrouped = tuple(f for fid, f in figures.items() if fid not in grouped)

    conflicts = tuple(
        ConflictView(
            id=str(c.get("id")),
            anchor=anchor("conflict", c.get("id")),
            kind=c.get("kind") or "disagreement",
            kind_label=CONFLICT_KINDS.get(c.get("kind") or "", (c.get("kind") or "Conflict", ""))[
                0
            ],
            explanation=CONFLICT_KINDS.get(c.get("kind") or "", ("", ""))[1],
            about=named_by_label(c.get("about") or "", labels),
            measure=c.get("measure") or "",
            figures=tuple(figures[fid] for fid in members(c.get("figures")) if fid in figures),
        )
        for c in conflicts_raw
    )

    events: list[EventView] = []
    for e in sorted(
        export.get("events") or [], key=lambda e: (_date_key(e.get("date")), str(e.get("id")))
    ):
        ea = anchor("ev", e["id"])
        mentions: list[MentionView] = []
        raw_mentions = list(e.get("mentions") or [])
        repeats, mention_copies = fold_copies(
            [{**m, "n": str(n)} for n, m in enumerate(raw_mentions)],
            canonical_of,
            lambda m: words(m.get("quote")),
            lambda m: m["n"],
            labels,
        )
        for n, m in enumerate(raw_mentions):
            if str(n) in repeats:
                continue
            src: tuple[SourceLink, ...] = ()
            if m.get("start") is not None and m.get("end") is not None:
                src = link(
                    "event",
                    ea,
                    f"event: {e.get('type')} {e.get('date') or ''}",
                    [{"doc": m.get("doc"), "start": m["start"], "end": m["end"]}],
                    tag=f"m{n}-",
                )
            mentions.append(
                MentionView(
                    doc=m.get("doc") or "",
                    doc_label=labels.get(m.get("doc"), "?"),
                    outlet=doc_by_id.get(m.get("doc"), {}).get("outlet"),
                    quote=m.get("quote") or "",
                    source=src[0] if src else None,
                    copies=mention_copies.get(str(n), ()),
                    doc_anchor=anchor("doc", m.get("doc") or ""),
                )
            )
        corroboration = int(e.get("corroboration") or len({m.doc for m in mentions}) or 0)
        events.append(
            EventView(
                id=str(e["id"]),
                anchor=ea,
                date=e.get("date"),
                type=e.get("type") or "other",
                acled=" / ".join(
                    x for x in (e.get("acled_event_type"), e.get("acled_sub_event_type")) if x
                ),
                place=e.get("place"),
                lat=e.get("lat"),
                lon=e.get("lon"),
                actors=tuple(e.get("actors") or ()),
                description=e.get("description") or "",
                corroboration=corroboration,
                single_source=bool(e.get("single_source", corroboration <= 1)),
                # a source is an outlet, or (outlet unknown) a copy group named by its document
                sources=tuple(
                    f"{labels[s]} (outlet unknown)" if s in labels else s
                    for s in e.get("sources") or ()
                ),
                mentions=tuple(mentions),
                docs=frozenset(m.doc for m in mentions),
                target=e.get("target"),
                weight=event_weight(e),
                country=e.get("country"),
                background=background(e),
                outlets=tuple(
                    sorted({o for m in mentions if (o := doc_by_id.get(m.doc, {}).get("outlet"))})
                ),
                apart=e.get("apart"),
                relevance=e.get("relevance"),
                reports_total=e.get("reports_total"),
                kind=event_kind(e.get("type"), e.get("acled_sub_event_type")),
                fatalities=e.get("fatalities"),
                toll=len(e.get("toll") or ()),
                hazards=main_hazards(m.quote for m in mentions)
                if e.get("acled_sub_event_type") == DISASTER
                else frozenset(),
                geo_precision=e.get("geo_precision"),
            )
        )

    quotes: list[QuoteView] = []
    raw_quotes = list(export.get("quotes") or [])
    repeats, quote_copies = fold_copies(
        [{**q, "n": str(n)} for n, q in enumerate(raw_quotes)],
        canonical_of,
        lambda q: (q.get("speaker"), words(q.get("quote"))),
        lambda q: q["n"],
        labels,
    )
    for n, q in enumerate(raw_quotes):
        if str(n) in repeats:
            continue
        # named by where it stands in its document, so every page that shows it (a page of
        # the app's list, the document's own page) gives it the same anchor
        at = q.get("start")
        qa = anchor("quote", f"{q.get('doc')}-{at}" if at is not None else f"{q.get('doc')}-n{n}")
        src = link(
            "quote", qa, f"quote: {q.get('speaker') or 'unknown speaker'}", q.get("evidence")
        )
        quotes.append(
            QuoteView(
                anchor=qa,
                doc=q.get("doc") or "",
                doc_label=labels.get(q.get("doc"), "?"),
                outlet=doc_by_id.get(q.get("doc"), {}).get("outlet"),
                speaker=q.get("speaker"),
                quote=q.get("quote") or "",
                cue=q.get("cue"),
                source=src[0] if src else None,
                copies=quote_copies.get(str(n), ()),
            )
        )

    entities = list(export.get("entities") or [])
    alias_owner: dict[str, str] = {}
    for e in entities:
        for name in [e.get("canonical"), *(e.get("aliases") or [])]:
            if name:
                alias_owner.setdefault(name.casefold(), str(e.get("id") or e.get("canonical")))
    quotes_by_entity: dict[str, list[QuoteView]] = defaultdict(list)
    unresolved: list[QuoteView] = []
    for q in quotes:
        owner = alias_owner.get((q.speaker or "").casefold())
        (quotes_by_entity[owner] if owner else unresolved).append(q)

    people: list[EntityView] = []
    places: list[EntityView] = []
    for e in entities:
        key = str(e.get("id") or e.get("canonical"))
        ent_anchor = anchor("ent", key)
        src = link(
            "entity",
            ent_anchor,
            f"{e.get('type')}: {e.get('canonical')}",
            e.get("evidence"),
            anchored=1,
        )
        view = EntityView(
            id=key,
            anchor=ent_anchor,
            canonical=e.get("canonical") or "",
            type=e.get("type") or "",
            aliases=tuple(a for a in e.get("aliases") or () if a != e.get("canonical")),
            lat=e.get("lat"),
            lon=e.get("lon"),
            # all its mentions where the caller counted them (a page of the app links only
            # the first on the page); else the ones linked here
            mentions=int(e.get("mention_count") or len(src)),
            source=src[0] if src else None,
            quotes=tuple(quotes_by_entity.get(key, ())),
        )
        (places if view.type in ("GPE", "LOC") else people).append(view)
    people.sort(key=lambda v: (-len(v.quotes), -v.mentions, v.canonical))
    places.sort(key=lambda v: (-v.mentions, v.canonical))

    copies: dict[str, list[str]] = defaultdict(list)
    for d in docs:
        if d.get("duplicate_of"):
            copies[d["duplicate_of"]].append(labels[d["id"]])
    doc_views: list[DocView] = []
    for d in docs:
        text = d.get("text") or ""
        counts: dict[str, int] = defaultdict(int)
        for m in marks[d["id"]]:
            counts[m.kind] += 1
        title = (
            d.get("title")
            or d.get("title_from_text")  # read once by a caller that keeps it (the app)
            or title_from_text(text, d.get("segments") or ())
        )
        doc_views.append(
            DocView(
                id=d["id"],
                anchor=anchor("doc", d["id"]),
                label=labels[d["id"]],
                title=title,
                outlet=d.get("outlet"),
                author=d.get("author"),
                url=safe_url(d.get("url")),
                url_text=d.get("url"),
                published=d.get("published"),
                published_inferred=bool(d.get("published_inferred")),
                published_basis=d.get("published_basis"),
                kind=d.get("kind"),
                format=d.get("format"),
                duplicate_of=d.get("duplicate_of"),
                duplicate_group=d.get("duplicate_group"),
                canonical=bool(d.get("canonical", d.get("duplicate_of") is None)),
                text=text,
                segments=tuple(d.get("segments") or ()),
                marks=tuple(marks[d["id"]]),
                counts=dict(counts),
                title_inferred=bool(title) and not d.get("title"),
                duplicate_of_label=labels.get(d.get("duplicate_of") or ""),
                duplicate_of_anchor=anchor("doc", d["duplicate_of"])
                if d.get("duplicate_of")
                else None,
                file=_file_name(d.get("source")),
                copies=tuple(copies.get(d["id"], ())),
            )
        )

    return ReportView(
        title=report_title(export.get("corpus")),
        subtitle=export.get("event"),
        measures=measures,
        ungrouped=ungrouped,
        conflicts=conflicts,
        events=tuple(e for e in events if e.date and not e.background and not e.apart),
        undated_events=tuple(e for e in events if not e.date and not e.apart),
        background_events=tuple(e for e in events if e.date and e.background and not e.apart),
        apart_events=tuple(e for e in events if e.apart),
        people=tuple(people),
        places=tuple(places),
        unresolved_quotes=tuple(unresolved),
        documents=tuple(doc_views),
        map_data=map_data(events),
        key_days=tuple(
            (d["date"], float(d.get("named_by") or 0.0))
            for d in export.get("key_days") or ()
            if isinstance(d, dict) and isinstance(d.get("date"), str)
        ),
        counts={
            "documents": len(docs),
            "events": len(events),
            "figures": len(figures),
            "conflicts": len(conflicts),
            "entities": len(entities),
            "quotes": len(quotes),
        },
    )


def _number_or_none(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _file_name(source: object) -> str | None:
    """The last part of a source path or URL ("docs/002_ab.txt" -> "002_ab.txt")."""
    if not isinstance(source, str) or not source:
        return None
    return re.split(r"[\\/]", source.rstrip("/\\"))[-1] or source
