"""The check set: built from the family list, validated, immutable, and the README's table agrees with it."""

from __future__ import annotations

import importlib
import pkgutil
import re
from dataclasses import replace

import pytest

import qa.checks
from qa.checks import CHECK_MODULES
from qa.checks.registry import CheckSet, CheckSpec, MQMCategory, build_check_set, check_set, declared_checks
from qa.model import Severity

from tests.conftest import REPO


def _toy(check_id: str = "Z901", name: str = "toy-check", category: str = "Fluency/Grammar", **kw) -> CheckSpec:
    return CheckSpec(check_id, name, category, Severity.MINOR, "pair", lambda pair, ctx: (), **kw)


def test_every_module_that_declares_checks_is_in_the_family_list():
    declaring = set()
    for info in pkgutil.iter_modules(qa.checks.__path__):
        module = importlib.import_module(f"qa.checks.{info.name}")
        if declared_checks(module):
            declaring.add(module.__name__)
    assert declaring, "no module under qa/checks declares a check"
    assert sorted(declaring - set(CHECK_MODULES)) == [], "declares checks but is missing from qa.checks.CHECK_MODULES"
    assert sorted(set(CHECK_MODULES) - declaring) == [], "listed in CHECK_MODULES but declares no check"


def test_the_check_set_holds_every_declared_check_once():
    declared = [spec.id for name in CHECK_MODULES for spec in declared_checks(importlib.import_module(name))]
    assert sorted(declared) == [spec.id for spec in check_set()]
    assert len(set(declared)) == len(declared)


def test_two_checks_with_one_id_fail():
    with pytest.raises(ValueError, match="duplicate check id Z901"):
        CheckSet.of([_toy("Z901", "first-check"), _toy("Z901", "second-check")])
    with pytest.raises(ValueError, match="duplicate check id P401"):  # a family listed twice
        build_check_set(["qa.checks.quotes", "qa.checks.quotes"])


@pytest.mark.parametrize(
    "spec, complaint",
    [
        (_toy("N21"), "like N201"),
        (_toy("n201"), "like N201"),
        (_toy("NN201"), "like N201"),
        (_toy(category="Accuracy/Typo"), "not an MQM category"),
        (_toy(category="accuracy/omission"), "not an MQM category"),
        (_toy(name="Toy Check"), "lowercase words"),
        (_toy(defers_to=("Z901",)), "cannot defer to itself"),
        (_toy(defers_to=("Q999",)), "defers to unknown check"),
        (_toy(requires=("thesaurus",)), "unknown resource"),
        (replace(_toy(), scope="sentence"), "scope"),
    ],
)
def test_a_bad_declaration_fails_the_whole_set(spec, complaint):
    with pytest.raises(ValueError, match=complaint):
        CheckSet.of([spec])


def test_a_good_declaration_passes_and_every_category_is_one_of_the_enum():
    assert [s.id for s in CheckSet.of([_toy(), _toy("Z902", "other-check", defers_to=("Z901",))])] == ["Z901", "Z902"]
    assert {s.category for s in check_set()} <= {c.value for c in MQMCategory}


def test_the_check_set_is_built_once_and_cannot_be_changed():
    checks = check_set()
    assert check_set() is checks
    with pytest.raises(TypeError):
        checks.by_id["Z901"] = _toy()  # type: ignore[index]
    assert "Z901" not in checks


def _readme_rows() -> dict[str, tuple[str, ...]]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    table = text.split("## Checks", 1)[1].split("\n## ", 1)[0]
    rows = {}
    for line in table.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if re.fullmatch(r"[A-Z][0-9]{3}", cells[0]):
            assert cells[0] not in rows, f"README lists {cells[0]} twice"
            rows[cells[0]] = tuple(cells[1:5])
    return rows


def test_every_readme_check_row_matches_the_check_set_and_the_other_way_round():
    rows = _readme_rows()
    registry = {s.id: (s.name, s.severity.value, s.category, s.title) for s in check_set()}
    assert sorted(rows) == sorted(registry)
    for check_id, row in rows.items():
        assert row == registry[check_id], check_id


def test_r101_is_a_check_like_the_others():
    from qa.config import Settings
    from qa.selection import select_checks

    spec = check_set()["R101"]
    assert (spec.name, spec.scope, spec.severity) == ("diverges-from-reference", "reference", Severity.NEUTRAL)
    assert "R101" in [s.id for s in select_checks(Settings(), check_set())]
    assert "R101" not in [s.id for s in select_checks(Settings(ignore=("R",)), check_set())]
    overridden = select_checks(Settings(select=("R101",), severity_overrides=(("R", Severity.MAJOR),)), check_set())
    assert [(s.id, s.severity) for s in overridden] == [("R101", Severity.MAJOR)]


def test_qa_checks_explains_r101_and_lists_it():
    from click.testing import CliRunner

    from qa.cli import main

    one = CliRunner().invoke(main, ["checks", "R101"])
    assert one.exit_code == 0 and "diverges-from-reference" in one.output and "qa audit --reference" in one.output
    listing = CliRunner().invoke(main, ["checks"])
    assert re.search(r"^R101\s+diverges-from-reference\s+neutral\s+Other/Diverges from reference", listing.output, re.M)
