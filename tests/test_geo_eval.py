"""scripts/eval_geo.py on a tiny GeoWebNews-format file written here (the real sets live outside
the repository): the toponym figure counts adjectival demonyms and embedded places, the GPE/LOC
figure does not, and both see the same gold."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "eval_geo.py"
TEXT = "Syrian refugees reached Berlin on Monday, the Washington Post reported."
# (surface, lat, lon): GeoNames-style points, as the set's gold gives them
GOLD = (("Syrian", 35.0, 38.0), ("Berlin", 52.52, 13.41), ("Washington", 38.9, -77.04))


@pytest.fixture(scope="module")
def eval_geo():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("eval_geo", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("eval_geo", module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _write_gwn(root: Path) -> None:
    tops = "".join(
        f"<toponym><extractedName>{name}</extractedName><start>{TEXT.index(name)}</start>"
        f"<end>{TEXT.index(name) + len(name)}</end><latitude>{lat}</latitude>"
        f"<longitude>{lon}</longitude></toponym>"
        for name, lat, lon in GOLD
    )
    root.joinpath("GWN.xml").write_text(
        f'<articles><article file="0"><text>{TEXT}</text><toponyms>{tops}</toponyms>'
        "</article></articles>",
        encoding="utf-8",
    )


def test_toponym_figure_counts_demonyms_and_embedded_places(eval_geo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _write_gwn(tmp_path)
    articles = eval_geo.read_gwn(tmp_path)
    assert [t.surface for t in articles[0].toponyms] == [g[0] for g in GOLD]
    counts = eval_geo.end_to_end(articles)
    ok, total, found, placed, on_gold = counts["toponyms"]
    assert (ok, total) == (3, 3)
    assert placed == on_gold == 3  # no false place
    ok_gpe, _, found_gpe, _, _ = counts["GPE/LOC"]
    assert ok_gpe == 1 and found_gpe == 1  # Berlin only: the demonym and the newspaper are not
