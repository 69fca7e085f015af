"""JSON in and out of the store and the exports, by orjson (several times the stdlib's speed).

The store keeps its records as JSON text; a large store's export spends most of its time
decoding and encoding them. ``loads`` falls back to the stdlib for the one thing orjson
refuses that the stdlib wrote (``NaN``/``Infinity`` tokens); ``dumps`` for what orjson cannot
encode (integers past 64 bits, lone surrogates): the same values either way, but for one
limit: ``loads`` reads an integer past 64 bits as the nearest float (no record holds one:
spans, counts and ids are small).
"""

from __future__ import annotations

import json
from typing import Any

import orjson

_OPTIONS = orjson.OPT_NON_STR_KEYS


def loads(data: str | bytes) -> Any:
    """The value of JSON text ``data``."""
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        return json.loads(data)


def dumps(value: Any) -> bytes:
    """``value`` as compact UTF-8 JSON (non-ASCII characters as themselves, keys in order)."""
    try:
        return orjson.dumps(value, option=_OPTIONS)
    except orjson.JSONEncodeError:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode(
            "utf-8", "surrogatepass"
        )
