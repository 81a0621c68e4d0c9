"""What the engine does with the declarations: reference findings selected like any check, deferrals applied."""

from __future__ import annotations

import pytest

from qa.checks.engine import apply_deferrals
from qa.checks.registry import CheckSpec, check_set
from qa.config import Settings
from qa.model import Finding, Severity

from tests.conftest import BUNDLED_SAMPLE

PREMIER = "Premier Qiang stressed during his inspection of Zhongqing that rural revitalization is the foundation of common prosperity."
CHANGED = "Premier Li Qiang, inspecting Chongqing, said that rural revitalization underpins shared prosperity for all."


@pytest.fixture(scope="module")
def reference_run(tmp_path_factory):
    """The bundled sample, its R101 findings against a reference with one paragraph rewritten."""
    from qa.compare import reference_findings
    from qa.pipeline import load_alignment

    text = BUNDLED_SAMPLE.read_text(encoding="utf-8")
    assert PREMIER in text
    reference = tmp_path_factory.mktemp("refs") / "report.txt"
    reference.write_text(text.replace(PREMIER, CHANGED), encoding="utf-8")
    alignment = load_alignment(BUNDLED_SAMPLE)
    findings, _ = reference_findings(alignment, reference, 60.0)
    return alignment, findings


def _checked(reference_run, settings: Settings) -> list[tuple[str, str, str]]:
    from qa.checking import check_alignment
    from qa.selection import select_checks

    alignment, extra = reference_run
    specs = [s for s in select_checks(settings, check_set()) if s.id.startswith("R")]
    found = check_alignment(alignment, specs, settings=settings, extra_findings=extra).findings
    return [(f.check_id, f.severity.value, f.target[:13]) for f in found]


def test_reference_findings_are_made_by_the_registered_check(reference_run):
    _, findings = reference_run
    spec = check_set()["R101"]
    assert [(f.check_id, f.check, f.category, f.suggestion) for f in findings] == [
        ("R101", spec.name, spec.category, CHANGED)
    ]


def test_select_ignore_and_severity_overrides_apply_to_r101(reference_run):
    assert _checked(reference_run, Settings()) == [("R101", "neutral", "Premier Qiang")]
    assert _checked(reference_run, Settings(ignore=("R101",))) == []
    assert _checked(reference_run, Settings(select=("N",))) == []
    assert _checked(reference_run, Settings(severity_overrides=(("R1", Severity.MAJOR),))) == [
        ("R101", "major", "Premier Qiang")
    ]


def test_the_engine_never_runs_a_reference_check():
    from qa.checks.engine import run_checks
    from qa.model import Alignment, Document, Pair

    def explode(*args):
        raise AssertionError("the engine ran a reference-scope check")

    spec = CheckSpec("R901", "toy-reference", "Other/Diverges from reference", Severity.NEUTRAL, "reference", explode)
    alignment = Alignment(Document("t", "t"), (Pair("p1", "会议强调落实。", "The meeting stressed implementation."),))
    assert run_checks(alignment, [spec]) == []


def _finding(check_id: str, pair_id: str = "p1", span: str = "长安君") -> Finding:
    return Finding(check_id, check_id.lower(), "Terminology/Wrong term", Severity.MAJOR, pair_id, "长安君说", "Zhang Anjun said",
                   source_span=span)


def test_a_deferring_finding_gives_way_only_to_the_same_pair_and_source_span():
    specs = [check_set()["T201"], check_set()["M101"]]
    kept = apply_deferrals(
        [_finding("M101"), _finding("T201"), _finding("T201", pair_id="p2"), _finding("T201", span="君"), _finding("T201", span="")],
        specs,
    )
    assert [(f.check_id, f.pair_id, f.source_span) for f in kept] == [
        ("M101", "p1", "长安君"), ("T201", "p2", "长安君"), ("T201", "p1", "君"), ("T201", "p1", "")
    ]


def test_t201_defers_to_the_names_checks_by_declaration_not_by_import():
    import inspect

    from qa.checks import glossary_terms

    assert set(check_set()["T201"].defers_to) == {"M101", "M102", "M104", "M105"}
    assert "qa.checks.names" not in inspect.getsource(glossary_terms)
