"""After merging: continuing happenings (deployments, waves of protest or arrest)
folded into one, protests folded into the riot they became, country-wide tolls dropped."""

from __future__ import annotations

from collections import defaultdict

from sitrep.resolve import names as nm
from sitrep.resolve.entities import EntityIndex
from sitrep.resolve.events.cluster import _Cluster
from sitrep.resolve.events.items import (
    _GENERAL,
    _GENERIC_ACTORS,
    WAR_GAP_DAYS,
    WAR_TYPES,
    _is_named,
)
from sitrep.resolve.events.merging import _reported_by
from sitrep.resolve.events.spans import MAX_NESTED_SPAN_DAYS, _Span, _two_nights

# sent", "troops are being transferred", "troops finished deploying") tell one
# deployment, which ACLED codes once for the country, not one per day of reporting.
CONTINUING_TYPES = frozenset({"deployment"})
CONTINUING_GAP_DAYS = 3
# Protests told for a whole country ("protests spread across the country", "protests are
# ongoing in at least seventeen cities") on days close together are one wave of protest,
# however many reports tell it; a town's protest stays the town's own event. So are
# arrests told for a whole country on close days ("hundreds detained", "more than 1,000
# have been detained since Sunday"): one campaign of arrests, not one per report.
WAVE_TYPES = frozenset({"protest", "arrest", "clash"})
WAVE_DAYS = 10  # the longest a wave runs; an undated report's week-long window fits in it
# A report that states the run itself ("more than 400 protesters have been detained since
# November 28", published eleven days on) counts the days other reports tell: it is the
# wave's tally, however long, up to a month (a year's tally is a timeline of its own).
TALLY_DAYS = 31


def _country_of(c: _Cluster) -> str | None:
    ref = c.seed.m.place_ref
    return ref.country_code if ref is not None and ref.feature == "country" else None


def _window(c: _Cluster) -> _Span | None:
    return c.span or _reported_by(c)


def _in_country(c: _Cluster) -> str | None:
    ref = c.seed.m.place_ref
    return ref.country_code if ref is not None else None


def _continues(a: _Cluster, b: _Cluster, index: EntityIndex) -> bool:
    """Same continuing type, the host ``a`` told at the level of a country and ``b``
    in that country (a force seen in one of its towns is the force sent into it), no
    disjoint named actors, and dates no more than a few days apart (an undated report's
    week before publication counts as its date)."""
    if a.type != b.type or _country_of(a) is None:
        return False
    if a.type in CONTINUING_TYPES:
        if _country_of(a) != _in_country(b):
            return False
    elif a.type not in WAVE_TYPES or _country_of(a) != _country_of(b):
        return False
    elif a.type in WAR_TYPES and not (a.war and b.war):
        return False
    wa, wb = _actor_words(a, index), _actor_words(b, index)
    if wa and wb and not wa & wb:  # "Russian airborne forces" and "Russian forces" agree
        return False
    sa, sb = _window(a), _window(b)
    if sa is None or sb is None:
        return False
    gap = max((sb.first - sa.last).days, (sa.first - sb.last).days)
    if a.type == "arrest" and _other_night(a, b, sb):
        return False  # "1,311 arrested overnight", the next morning "719 overnight"
    if a.type in WAR_TYPES:
        return gap <= WAR_GAP_DAYS  # a war goes on between the days outlets report it
    if (
        a.type in WAVE_TYPES
        and (max(sa.last, sb.last) - min(sa.first, sb.first)).days > WAVE_DAYS
        and not (_tally_of(sa, sb) or _tally_of(sb, sa))
    ):
        return False  # days of protest are a wave; months of it are many (a timeline)
    return gap <= CONTINUING_GAP_DAYS


def _other_night(host: _Cluster, c: _Cluster, span: _Span) -> bool:
    """Whether a night's arrests ``c`` (its window ``span``) are of another night than the
    host's or than any night a report the host already holds states: a wave that took in
    one night's count ("667 arrested overnight") and grew wider with a tally does not take
    the next night's ("1,311 arrested overnight")."""
    own = _window(host)
    if own is not None and _two_nights(own, span):
        return True
    mine = [i.span for i in c.items if i.span is not None] or [span]
    return any(_two_nights(i.span, s) for i in host.items if i.span is not None for s in mine)


def _tally_of(stretch: _Span, other: _Span) -> bool:
    """Whether ``stretch`` is a stated run of days (TALLY_DAYS at most) holding ``other``:
    its days, or for an undated report (the imprecise week up to its publication) its
    publication."""
    if not (stretch.precise and MAX_NESTED_SPAN_DAYS < stretch.days <= TALLY_DAYS):
        return False
    return stretch.first <= other.last <= stretch.last and (
        not other.precise or stretch.first <= other.first
    )


# Violence told only for a whole country over days ("over the past week, dozens were
# killed in clashes"; "the official numbers include 17 dead") is a tally of events
# reported elsewhere, not a happening with a place and a day (ACLED codes none).
TOLL_TYPES = frozenset({"killing", "riot", "clash"})
TOLL_MIN_DAYS = 3


def _aggregate_toll(c: _Cluster) -> bool:
    if c.type not in TOLL_TYPES or c.level < _GENERAL or _country_of(c) is None:
        return False
    if any(i.span is not None and i.span.days == 0 for i in c.items):
        return False  # some report gives it a day
    # an undated report is not a toll: it may be a happening whose place went unsaid
    return c.span is not None and c.span.precise and c.span.days >= TOLL_MIN_DAYS


def _absorb(host: _Cluster, c: _Cluster) -> None:
    """Move every report of ``c`` into ``host`` (its span is the caller's business)."""
    host.war = host.war or c.war
    host.words |= c.words
    for item in c.items:
        host.items.append(item)
        host.named |= item.named
        if item.target and item.target not in host.targets:
            host.targets.append(item.target)
    host.sources |= c.sources
    for doc, paras in c.paras.items():
        host.paras.setdefault(doc, set()).update(paras)


def _fold_into_riots(clusters: list[_Cluster]) -> list[_Cluster]:
    """A demonstration that turns violent in a town on a day is one riot there (ACLED
    codes the location-day once, as the most violent form): fold a town's protest into
    the riot of the same town and day. Country-wide protests stay: they span many
    towns where no riot happened."""
    riots: dict[object, list[_Cluster]] = defaultdict(list)  # by town: no all-pairs scan
    for c in clusters:
        if c.type == "riot" and c.level < _GENERAL and c.span:
            riots[c.place_key].append(c)
    out: list[_Cluster] = []
    for c in clusters:
        host = None
        if c.type == "protest" and c.level < _GENERAL and c.span is not None:
            host = next(
                (
                    h
                    for h in riots.get(c.place_key, ())
                    if h.span is not None
                    and h.span.first <= c.span.last
                    and c.span.first <= h.span.last
                    and (c.span.days <= MAX_NESTED_SPAN_DAYS or c.span == h.span)
                ),
                None,
            )
        if host is None:
            out.append(c)
        else:
            _absorb(host, c)
    return out


def _actor_words(c: _Cluster, index: EntityIndex) -> set[str]:
    """The words of a cluster's named forces: generic force words and people left out
    (the leader who orders a deployment is not the force: "Putin deployed paratroopers"
    and "CSTO troops arrived" tell one deployment)."""
    generic = {nm.folded(w) for g in (*_GENERIC_ACTORS, "airborne the") for w in g.split()}
    names = {
        a
        for i in c.items
        for a in i.m.actors
        if a and _is_named(a) and getattr(index.lookup(a), "type", None) != "PERSON"
    }
    return {w for a in names for w in nm.folded(a).split() if w not in generic}


def _merge_continuing(clusters: list[_Cluster], index: EntityIndex) -> list[_Cluster]:
    """Fold the clusters of a continuing happening into the earliest country-level one,
    which then spans from the first to the last stated day and keeps the country as
    its place."""
    out: list[_Cluster] = []
    hosts: dict[tuple[str, str], list[_Cluster]] = defaultdict(list)  # by type and country
    # country-level events first, so that they host the reports from their towns
    for c in sorted(clusters, key=lambda c: _country_of(c) is None):
        country = _in_country(c)
        host = None
        if country is not None and c.type in CONTINUING_TYPES | WAVE_TYPES:
            pool = hosts.get((c.type, country), ())
            host = next((h for h in pool if _continues(h, c, index)), None)
        if host is None:
            out.append(c)
            if (own := _country_of(c)) is not None:
                hosts[(c.type, own)].append(c)
            continue
        spans = [s for s in (host.span, c.span) if s is not None]
        _absorb(host, c)
        if spans:
            first = min(s.first for s in spans)
            last = max(s.last for s in spans)
            host.span = _Span(first, last, precise=all(s.precise for s in spans))
    return out
