"""The tests' own layout: they test qa without bench/, and they mirror the package's folders.

Every import statement of every module under tests/ is read with `ast`,
function-level imports included (`importlib.import_module("bench…")` with a
literal name too), so a lazy import cannot hide a dependency on benchmark code.
"""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent
SHARED_MODULES = {"__init__.py", "conftest.py", "corpora.py", "report_fixtures.py", "test_layout.py"}


def bench_imports(source: str) -> list[str]:
    """Names starting with `bench` that `source` imports, by statement or by a literal import_module call."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and not node.level:
            found.append(node.module or "")
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in {
            "import_module", "__import__"} and node.args and isinstance(node.args[0], ast.Constant):
            found.append(str(node.args[0].value))
    return [name for name in found if name == "bench" or name.startswith("bench.")]


def test_bench_imports_are_recognised():
    source = "import bench\nfrom bench.detect import x\ndef f():\n    from bench import audit\n" \
             "importlib.import_module('bench.align')\nfrom benchmark import y\nfrom . import bench\n"
    assert bench_imports(source) == ["bench", "bench.detect", "bench", "bench.align"]


def test_no_test_module_imports_bench():
    offenders = {str(path.relative_to(TESTS)): names for path in sorted(TESTS.rglob("*.py"))
                 if (names := bench_imports(path.read_text(encoding="utf-8")))}
    assert offenders == {}


def test_test_modules_live_in_package_folders():
    """Test files sit in folders mirroring qa/ (tests/checks, tests/io, …), each a package so names stay unique."""
    flat = sorted(p.name for p in TESTS.glob("*.py") if p.name not in SHARED_MODULES)
    assert flat == []
    for path in TESTS.rglob("test_*.py"):
        assert (path.parent / "__init__.py").exists(), path.parent
