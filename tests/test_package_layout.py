"""The quotation extractor and the metadata reader are packages of their steps: every name
other modules and tests import from them still imports from the package, and no module of
either is over the project's limit of about 600 lines."""

from __future__ import annotations

import ast
import importlib
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MAX_LINES = 600

IMPORTED = {
    "sitrep.extract.quotes": (
        "SUBJECT_DEPS _Resolver _line_break_tokens _subject_tokens according_to"
        " attribute_quoted_figures extract_quotes find_quote_spans outside_quotes"
        " quotes_component sentences"
    ),
    "sitrep.ingest.metadata": (
        "InferredMetadata NEWS_LAG _DATE_CUE _MONTH_DAY _WEEKDAYS _head_stamp _not_a_happening"
        " date_from_corpus dated_sentences first_weekday infer_metadata infer_published"
        " month_number named_weekdays recounts reported_dates stamped_dates stated_date"
        " written_dates"
    ),
}


@pytest.mark.parametrize("package", sorted(IMPORTED))
def test_the_names_other_modules_import_are_kept(package: str) -> None:
    module = importlib.import_module(package)
    missing = [name for name in IMPORTED[package].split() if not hasattr(module, name)]
    assert not missing, f"{package} lost {missing}"


@pytest.mark.parametrize("package", ["extract/quotes", "ingest/metadata"])
def test_no_module_of_the_package_is_oversized(package: str) -> None:
    folder = ROOT / "src" / "sitrep" / package
    modules = sorted(folder.glob("*.py"))
    assert len(modules) >= 6, "the package is split into its steps"
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in modules}
    assert max(sizes.values()) <= MAX_LINES, sizes


def _constants(tree: ast.Module) -> list[str]:
    """The upper-case names a module's top level assigns ("HARM_NOUNS", "_WEEKDAYS")."""
    names = []
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AnnAssign):
            targets = [node.target]
        names += [t.id for t in targets if isinstance(t, ast.Name) and t.id.lstrip("_").isupper()]
    return names


def test_no_module_defines_a_constant_twice() -> None:
    """A vocabulary defined twice in one data module shadows the first silently (a second
    HARM_NOUNS once turned a dict into a set and moved scores far from the rule it served)."""
    twice = {
        f"{path.relative_to(ROOT)}: {name}"
        for path in sorted((ROOT / "src" / "sitrep").rglob("*.py"))
        for name, n in Counter(_constants(ast.parse(path.read_text(encoding="utf-8")))).items()
        if n > 1
    }
    assert not twice, sorted(twice)
