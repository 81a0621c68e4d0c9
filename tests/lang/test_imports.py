"""The language and terminology layers import nothing from the layers built on them.

Every import statement of every module under qa/lang and qa/terminology is
read with `ast`, function-level imports included, so a lazy import cannot hide
an upward dependency.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

QA = Path(__file__).resolve().parents[2] / "qa"
LAYERS = ("lang", "terminology")
FORBIDDEN = ("qa.checks", "qa.workflows", "qa.commands", "qa.audit", "qa.corrections", "qa.cli", "qa.checking",
             "qa.pipeline", "qa.report")
# the language layer is the lowest: it does not reach up into terminology either
FORBIDDEN_FOR = {"lang": FORBIDDEN + ("qa.terminology",), "terminology": FORBIDDEN}


def imported_modules(source: str, module: str) -> set[str]:
    """Absolute names of every module `source` imports, anywhere in the file (relative imports resolved)."""
    found: set[str] = set()
    package = module.rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([base] if base else []))
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def modules(layer: str) -> list[Path]:
    return sorted((QA / layer).rglob("*.py"))


def _name(path: Path) -> str:
    return ".".join(path.relative_to(QA.parent).with_suffix("").parts)


@pytest.mark.parametrize("layer", LAYERS)
def test_layer_imports_nothing_above_it(layer):
    assert modules(layer), f"no modules under qa/{layer}"
    bad = []
    for path in modules(layer):
        for name in imported_modules(path.read_text(encoding="utf-8"), _name(path)):
            if any(name == f or name.startswith(f + ".") for f in FORBIDDEN_FOR[layer]):
                bad.append(f"{path.relative_to(QA.parent)} imports {name}")
    assert bad == []


def test_the_parser_sees_function_level_and_relative_imports():
    source = "def f():\n    from qa.checks.names import x\n    from ..checks import y\n"
    found = imported_modules(source, "qa.lang.numbers")
    assert "qa.checks.names" in found and "qa.checks" in found
