"""The map's data: one marker per located place, where the map opens, which markers are named.

Why the map opens on a region, not on every marker: a pile about one crisis also mentions far-off
places (a statement in Washington, a summit abroad); fitting them all zooms the map out to the
world, where no label fits. The map opens on the weightiest place and its surroundings; the far-off
markers stay on the map, a pan away.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sitrep.report.view import EventView

# The map names its weightiest places on the map itself (the rest in their popups), and
# opens on the region around the weightiest place (degrees either way)
MAP_LABELS = 8
LABEL_GAP_DEGREES = 0.5
LABEL_GAP_SHARE = 0.08  # of the opening view's span
FOCUS_DEGREES = 20.0


def map_data(events: list[EventView]) -> dict[str, Any]:
    """One marker per located place; its weight is the summed corroboration of its events."""
    spots: dict[tuple[float, float], dict[str, Any]] = {}
    for e in events:
        if e.lat is None or e.lon is None:
            continue
        key = (round(float(e.lat), 3), round(float(e.lon), 3))
        spot = spots.setdefault(
            key, {"lat": key[0], "lon": key[1], "places": [], "weight": 0, "events": []}
        )
        if e.place:
            spot["places"].append(e.place)
        spot["weight"] += max(e.corroboration, 1)
        spot["events"].append(
            {
                "anchor": e.anchor,
                "date": e.date or "undated",
                "type": e.type,
                "corroboration": e.corroboration,
                "place": e.place or "",
            }
        )
    for spot in spots.values():  # the name most of its events give first ("Almaty", not a square)
        counts = Counter(spot["places"])
        spot["places"] = sorted(counts, key=lambda p: (-counts[p], spot["places"].index(p)))
    ordered = sorted(spots.values(), key=lambda s: (-s["weight"], s["lat"], s["lon"]))
    focus = map_focus(ordered)
    # labels stay clear of each other at the zoom the map opens on: a gap that grows with it
    span = max(focus[1][0] - focus[0][0], focus[1][1] - focus[0][1]) if focus else 0.0
    gap = max(LABEL_GAP_DEGREES, LABEL_GAP_SHARE * span)
    named: list[dict[str, Any]] = []
    for spot in ordered:  # the weightiest, each clear of the labels already placed
        spot["label"] = len(named) < MAP_LABELS and all(
            max(abs(spot["lat"] - o["lat"]), abs(spot["lon"] - o["lon"])) >= gap for o in named
        )
        if spot["label"]:
            named.append(spot)
    return {"spots": ordered, "focus": focus}


def map_focus(spots: list[dict[str, Any]]) -> list[list[float]] | None:
    """The box the map opens on: the spots within ``FOCUS_DEGREES`` of the weightiest one, so
    a few far-off mentions (a statement abroad) do not zoom the map out to the world. None when
    nothing is placed. The other spots stay on the map, a pan away."""
    if not spots:
        return None
    top = max(spots, key=lambda s: s["weight"])
    near = [
        s
        for s in spots
        if abs(s["lat"] - top["lat"]) <= FOCUS_DEGREES
        and abs(s["lon"] - top["lon"]) <= FOCUS_DEGREES
    ]
    lats = [s["lat"] for s in near]
    lons = [s["lon"] for s in near]
    return [[min(lats), min(lons)], [max(lats), max(lons)]]
