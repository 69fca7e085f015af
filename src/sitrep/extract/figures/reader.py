"""The component: every figure claim of a parsed document. Each number phrase is read into a
draft (:mod:`.drafting`), sources listed or issued on the page are given to the drafts that
have none, a paragraph carries its place and source on (:mod:`.continuations`), and the
drafts are merged into claims."""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc

from sitrep.extract import context
from sitrep.extract.figure_words import MULTIPLIER_VERBS, PRICE_NOUNS
from sitrep.extract.figures.continuations import _continued_places, _continued_sources
from sitrep.extract.figures.dating import _as_of, restated_days
from sitrep.extract.figures.drafting import _draft, _single
from sitrep.extract.figures.drafts import _Draft, _read_at
from sitrep.extract.figures.followers import follower_sources
from sitrep.extract.figures.issuers import statement_issuer
from sitrep.extract.figures.phrases import number_phrases
from sitrep.extract.figures.places import _country, _place, _place_entities
from sitrep.extract.figures.prices import _commodity, _multipliers, multiplier_qualifier
from sitrep.extract.figures.references import _listed_sources, _sources_before
from sitrep.extract.figures.scopes import scope_counts
from sitrep.extract.figures.singles import single_deaths
from sitrep.extract.figures.speakers import unnamed_report
from sitrep.extract.figures.syntax import _lemma
from sitrep.extract.numbers import Quantity
from sitrep.records import FigureClaim


def read_figures(doc: Doc) -> list[FigureClaim]:
    """All figure claims of a parsed ``doc`` (restatements merged)."""
    doc_id = context.doc_id(doc)
    entities = list(context.get(doc, "entities"))
    times = list(context.get(doc, "times"))
    published = context.published(doc)
    places = _place_entities(doc, entities)
    country = _country(doc, entities)
    sources = _sources_before(doc, entities)
    text = doc.text  # read once: Doc.text joins every token anew on each access
    drafts: list[_Draft] = []
    by_anchor: dict[int, _Draft] = {}
    for span, quantity in number_phrases(doc):
        draft = _draft(
            doc_id,
            span,
            quantity,
            entities,
            places,
            country,
            times,
            published,
            sources,
            by_anchor,
            text,
        )
        if draft is not None:
            drafts.append(draft)
            by_anchor[draft.anchor] = draft
    for span, _ in _multipliers(doc):
        anchor = span[0]
        price = next(
            c for c in anchor.children if c.dep_ in {"dobj", "nsubj"} and _lemma(c) in PRICE_NOUNS
        )
        qualifier = multiplier_qualifier(anchor)
        q = Quantity(MULTIPLIER_VERBS[_lemma(anchor)], None, None, qualifier, False, "percent")
        drafts.append(
            _read_at(
                doc_id,
                span,
                span.sent,
                "price",
                q,
                _commodity(price) + " increase, percent",
                _place(anchor, None, places, country, text, climb=False),
                None,
                _as_of(anchor, times, published, text),
                anchor.i,
            )
        )
    read = {d.anchor for d in drafts} | {
        t.i for d in drafts for t in doc[d.anchor].head.subtree if doc[d.anchor].dep_ == "nummod"
    }
    for victim, verb in single_deaths(doc, read):
        draft = _single(doc_id, victim, verb, entities, places, country, times, published, sources)
        if draft is not None:
            drafts.append(draft)
    listed = _listed_sources(doc, entities, sources, text)
    drafts = [
        replace(d, claimed_by=listed[d.sentence.start])
        if d.claimed_by is None and d.sentence.start in listed
        else d
        for d in drafts
    ]
    if any(d.claimed_by is None for d in drafts):
        issuer = statement_issuer(doc, entities)
        if issuer is not None:  # a release's own counts: "Eleven peacekeepers sustained …"
            drafts = [
                replace(d, claimed_by=issuer)
                if d.claimed_by is None and not unnamed_report(doc[d.anchor])
                else d
                for d in drafts
            ]
    drafts.sort(key=lambda d: d.start)
    drafts = restated_days(drafts, times, published)
    drafts = _continued_places(drafts, places, country, text)
    scopes = scope_counts(drafts, text)
    drafts = [d for i, d in enumerate(drafts) if i not in scopes]
    return _merge(doc_id, follower_sources(_continued_sources(doc, drafts, text), text))


def _merge(doc_id: str, drafts: list[_Draft]) -> list[FigureClaim]:
    """One claim per (sentence, measure, amount, source, group): a number read twice in one
    sentence adds evidence. The same figure stated again in another sentence (a headline and
    its lead, a summary paragraph) is a claim of its own: each statement is evidence an
    analyst may quote, and resolution groups the repeats. A restatement that leaves the
    group unspecified ("all") joins the specific one."""
    out: list[FigureClaim] = []
    for d in drafts:
        q = d.quantity
        ev = d.sentence
        same = next(
            (
                i
                for i, c in enumerate(out)
                if (c.sentence, c.measure, c.value, c.low, c.high, c.claimed_by)
                == (ev, d.measure, q.value, q.low, q.high, d.claimed_by)
                and (c.group == d.group or "all" in {c.group, d.group})
            ),
            None,
        )
        if same is not None:
            old = out[same]
            group = old.group if old.group != "all" else d.group
            if ev not in old.evidence:
                out[same] = replace(old, group=group, evidence=(*old.evidence, ev))
            continue
        out.append(
            FigureClaim(
                id=f"{doc_id}:F{len(out) + 1}",
                doc=doc_id,
                start=d.start,
                end=d.end,
                text=d.text,
                sentence=ev,
                measure=d.measure,
                value=q.value,
                low=q.low,
                high=q.high,
                qualifier=q.qualifier,
                vague=q.vague,
                group=d.group,
                place=d.place,
                claimed_by=d.claimed_by,
                as_of=d.as_of,
                evidence=(ev,),
            )
        )
    return out


@dataclass(frozen=True, slots=True)
class FigureReader:
    """The pipeline component: stores ``read_figures(doc)`` under "figures"."""

    def __call__(self, doc: Doc) -> Doc:
        context.put(doc, "figures", read_figures(doc))
        return doc


@Language.factory("sitrep_figures_v1")
def make_figure_reader(nlp: Language, name: str) -> FigureReader:
    return FigureReader()
