"""After merging: a town's event folded into the event of the same happening at a site in
that town ("fighting broke out in Khartoum on Saturday" and "fighting began on Saturday
near the Sports City, south of Khartoum").

Why: merging never joins two towns or sites (their reports name different places), so a
happening told at its site by one outlet and in its town by another became two events.
ACLED codes a happening once, at the most specific place known: the site's event hosts
the town's, and keeps its town (Place.within) for maps and matching by town.
"""

from __future__ import annotations

from collections import defaultdict

from sitrep.resolve import names as nm
from sitrep.resolve.events.cluster import _better_span, _Cluster
from sitrep.resolve.events.continuing import _absorb, _window
from sitrep.resolve.events.fits import _kinds_fit
from sitrep.resolve.events.items import _GENERAL, SITE_TYPES, STATEMENT
from sitrep.resolve.events.spans import _dates_compatible

# Sites are told apart by what was done to them (items.SITE_TYPES: two arsons are two
# events); a statement is identified by its speaker, not its place.
UNFOLDED_TYPES = SITE_TYPES | {STATEMENT}


def _site_town(c: _Cluster) -> str | None:
    ref = c.seed.m.place_ref
    if ref is None or ref.feature != "site" or not ref.within:
        return None
    return nm.folded(ref.within)


def _town_name(c: _Cluster) -> str | None:
    ref = c.seed.m.place_ref
    if ref is None or ref.feature == "site" or c.level >= _GENERAL:
        return None
    return nm.folded(ref.name)


def _fold_town_into_site(clusters: list[_Cluster]) -> list[_Cluster]:
    """Fold each town event into the one event of its type at a site in that town on
    compatible dates, when there is exactly one such site event (two sites: the town's
    report could be either, it stays)."""
    sites: dict[tuple[str, str], list[_Cluster]] = defaultdict(list)  # by type and town
    for c in clusters:
        town = _site_town(c)
        if town is not None and c.type not in UNFOLDED_TYPES and c.span is not None:
            sites[(c.type, town)].append(c)
    out: list[_Cluster] = []
    for c in clusters:
        town = _town_name(c)
        window = _window(c)  # an undated report's: the week up to its publication
        fits = [
            s
            for s in (sites.get((c.type, town), ()) if town is not None else ())
            if window is not None
            and _dates_compatible(s.span, window)
            and _kinds_fit(c.seed, s)
            and not (s.named and c.named and not s.named & c.named)
        ]
        if len(fits) != 1:
            out.append(c)
            continue
        host = fits[0]
        _absorb(host, c)
        if c.span is not None and (host.span is None or _better_span(c.span, host.span)):
            host.span = c.span
    return out
