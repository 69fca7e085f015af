"""Floors of `sitrep evaluate` scores per corpus and for the mean, shared by the test
modules that guard a folder of annotated corpora (probes/, pages/)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from click.testing import CliRunner

from sitrep.cli import main
from test_quality import _value


def evaluate(folder: Path, corpora: Sequence[str]) -> dict[str, dict]:
    """The scores of each corpus of ``folder`` and their mean, as a user gets them."""
    result = CliRunner().invoke(main, ["evaluate", *(str(folder / c) for c in corpora), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def below(
    scores: dict[str, dict], corpora: Sequence[str], floors: Sequence[float], section: str, key: str
) -> dict[str, tuple[float, float]]:
    """The corpora (and the mean) whose score is below its floor: name -> (value, floor)."""
    named = dict(zip((*corpora, "mean"), floors, strict=True))
    return {
        corpus: (round(_value(scores[corpus], section, key), 4), floor)
        for corpus, floor in named.items()
        if _value(scores[corpus], section, key) < floor
    }
