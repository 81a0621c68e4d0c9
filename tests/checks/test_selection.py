"""Selection of checks: prefix match, longest prefix wins, overrides applied once."""

from __future__ import annotations

import pytest

from qa.checks.registry import CheckSpec
from qa.config import Settings
from qa.model import Finding, Severity
from qa.selection import apply_severity_overrides, is_selected, select_checks, unmatched_prefixes


def spec(check_id: str, severity: Severity = Severity.MAJOR) -> CheckSpec:
    return CheckSpec(check_id, f"toy-{check_id.lower()}", "Accuracy/Mistranslation", severity, "pair", lambda p, c: ())


SPECS = [spec(i) for i in ("N101", "N201", "N202", "P101", "P504", "T301")]


def ids(settings: Settings) -> list[str]:
    return [s.id for s in select_checks(settings, SPECS)]


@pytest.mark.parametrize(
    "select, ignore, expected",
    [
        ((), (), ["N101", "N201", "N202", "P101", "P504", "T301"]),
        (("N",), (), ["N101", "N201", "N202"]),
        (("N",), ("N2",), ["N101"]),
        (("N", "N201"), ("N2",), ["N101", "N201"]),  # the longer select re-enables one check
        ((), ("P", "T301"), ["N101", "N201", "N202"]),
        (("P5",), ("P",), ["P504"]),  # longer select beats shorter ignore
        (("N2",), ("N2",), []),  # a tie is ignored
    ],
)
def test_longest_prefix_wins(select, ignore, expected):
    assert ids(Settings(select=select, ignore=ignore)) == expected


def test_is_selected_matches_prefixes_not_substrings():
    assert not is_selected("N201", ("2",), ())
    assert not is_selected("N201", ("N3",), ())
    assert is_selected("N201", ("N20",), ("N",))


def test_severity_override_longest_prefix_applies_to_specs_and_findings():
    settings = Settings(severity_overrides=(("N", Severity.MINOR), ("N201", Severity.CRITICAL)))
    chosen = {s.id: s.severity for s in select_checks(settings, SPECS)}
    assert chosen["N101"] is Severity.MINOR and chosen["N202"] is Severity.MINOR
    assert chosen["N201"] is Severity.CRITICAL
    assert chosen["P101"] is Severity.MAJOR
    # a check that raised one problem's severity itself is still overruled by the editor's override
    raised = Finding("N202", "toy", "Accuracy/Mistranslation", Severity.CRITICAL, "p1", "三", "four")
    other = Finding("P101", "toy", "Fluency/Punctuation", Severity.MAJOR, "p1", "三", "four")
    after = apply_severity_overrides([raised, other], settings)
    assert [f.severity for f in after] == [Severity.MINOR, Severity.MAJOR]


def test_unmatched_prefixes_name_typos():
    settings = Settings(select=("N", "X"), ignore=("P9",))
    assert unmatched_prefixes(settings, SPECS) == ["X", "P9"]
