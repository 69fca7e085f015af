"""Show a copy once, under its group: what of a copied article repeats the article it copies.

A duplicate group keeps every copy (the store never drops a document), and extraction reads each
copy; the report lists a copy's claim, quote or sentence once, under the one it repeats, with the
copy's D-label beside it ("also in its copy D1").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any


def words(text: object) -> str:
    return " ".join(str(text or "").split())


def canonical_docs(docs: list[dict[str, Any]]) -> dict[str, str]:
    """``{doc id: the id of the document it copies}``, itself when it is no copy."""
    copy_of = {d["id"]: d.get("duplicate_of") for d in docs}
    out: dict[str, str] = {}
    for doc in copy_of:
        at, seen = doc, {doc}
        while copy_of.get(at) and copy_of[at] not in seen:
            at = copy_of[at]  # type: ignore[assignment]
            seen.add(at)
        out[doc] = at
    return out


def fold_copies(
    items: list[dict[str, Any]],
    canonical_of: dict[str, str],
    key: Callable[[dict[str, Any]], object],
    ident: Callable[[dict[str, Any]], str],
    labels: dict[str, str],
) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """Show a copy once, under its group: the items of a copied document that repeat an item
    of the document it copies. Returns ``alias`` (each repeat -> the item it repeats) and, per
    kept item, the D-labels of the copies that repeat it. A copy's item with no twin stays."""
    first: dict[tuple[object, object], str] = {}
    for it in items:
        doc = it.get("doc")
        if canonical_of.get(doc, doc) == doc:
            first.setdefault((doc, key(it)), ident(it))
    alias: dict[str, str] = {}
    copies: dict[str, list[str]] = defaultdict(list)
    for it in items:
        doc = it.get("doc")
        canon = canonical_of.get(doc, doc)
        if canon != doc and (kept := first.get((canon, key(it)))) is not None:
            alias[ident(it)] = kept
            copies[kept].append(labels.get(doc, str(doc)))
    return alias, {k: tuple(dict.fromkeys(v)) for k, v in copies.items()}
