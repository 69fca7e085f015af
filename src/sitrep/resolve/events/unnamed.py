"""After merging: a statement whose speaker goes unnamed in its sentence ("It warned that
these figures were recorded within hospitals only", "WHO expects a drastic increase")
folded into the named speaker's statement its article tells next to it.

Why: merging identifies a statement by its speaker, and a statement with no named
speaker never joins another (it could be anyone's). In news text the sentence before or
after names who speaks ("The Central Committee of Sudan Doctors said ..."; "It warned
..."): that statement is the same one, told on. Only within one article, only the one
named statement within CONTEXT_PARAGRAPHS on either side, only on compatible dates.
"""

from __future__ import annotations

from collections import defaultdict

from sitrep.resolve.events.cluster import CONTEXT_PARAGRAPHS, _Cluster
from sitrep.resolve.events.continuing import _absorb, _window
from sitrep.resolve.events.items import _GENERAL, STATEMENT
from sitrep.resolve.events.spans import _dates_compatible


def _unnamed_in_one_article(c: _Cluster) -> str | None:
    """The article of a statement event with no named speaker told by one article only."""
    if c.type != STATEMENT or c.speaker is not None or len(c.paras) != 1:
        return None
    return next(iter(c.paras))


def _fold_unnamed_statements(clusters: list[_Cluster]) -> list[_Cluster]:
    named: dict[str, list[_Cluster]] = defaultdict(list)  # by article
    for c in clusters:
        if c.type == STATEMENT and c.speaker is not None:
            for doc in c.paras:
                named[doc].append(c)
    out: list[_Cluster] = []
    for c in clusters:
        doc = _unnamed_in_one_article(c)
        window = _window(c)
        hosts = [
            h
            for h in (named.get(doc, ()) if doc is not None else ())
            if any(abs(p - q) <= CONTEXT_PARAGRAPHS for p in c.paras[doc] for q in h.paras[doc])
            and _dates_compatible(_window(h), window)
            and not _elsewhere(c, h)
        ]
        if len(hosts) != 1:
            out.append(c)
            continue
        _absorb(hosts[0], c)
    return out


def _elsewhere(c: _Cluster, host: _Cluster) -> bool:
    """A statement its sentence places in a town other than the named statement's place
    ("In our own province, the governor's office said 1,187 people had died" beside the
    national agency's toll): a local voice's own statement, not the national one told on."""
    return c.level < _GENERAL and c.place_key is not None and c.place_key != host.place_key
