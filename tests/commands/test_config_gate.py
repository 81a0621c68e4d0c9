"""Issue 14 item 5: a setup.cfg planted next to submitted documents cannot silently turn the gate off."""

from __future__ import annotations

import json

import pytest

from tests.conftest import assert_one_line_error, run_cli

PAGE = (
    "source,target\n"
    "今年建成5768个站。,\"This year 5,786 stations were built.\"\n"  # a wrong number: N-family finding
    "长沙举办读书节。,Changsha held a reading festival.\n"
)
ALL_OFF = "[qa]\nignore = A, D, G, M, N, P, S, T, U\n"  # the attack as filed: every family a document check has


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    docs = tmp_path / "submitted"
    docs.mkdir()
    (docs / "page.csv").write_text(PAGE, encoding="utf-8")
    return tmp_path


def findings(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_a_config_that_switches_every_check_off_is_a_usage_error(workdir):
    (workdir / "submitted" / "setup.cfg").write_text(ALL_OFF, encoding="utf-8")
    line = assert_one_line_error(run_cli("check", "submitted/page.csv", "-o", "out"), "setup.cfg", "every check off")
    assert "--isolated" in line
    assert not (workdir / "out").exists()
    assert_one_line_error(run_cli("audit", "submitted", "-o", "out2", "-q", "-j", "1"), "every check off")


def test_isolated_ignores_the_planted_config(workdir):
    (workdir / "submitted" / "setup.cfg").write_text(ALL_OFF, encoding="utf-8")
    result = run_cli("check", "submitted/page.csv", "-o", "out", "--format", "jsonl", "--isolated")
    assert result.exit_code == 1, result.output  # the wrong number is major
    assert "configuration" not in result.stderr
    assert any(f["check_id"].startswith("N") for f in findings(workdir / "out" / "page.jsonl"))


def test_isolated_and_config_together_are_refused(workdir):
    (workdir / "qa.cfg").write_text("[qa]\nfail-on = minor\n", encoding="utf-8")
    assert_one_line_error(run_cli("check", "submitted/page.csv", "--isolated", "--config", "qa.cfg"), "--isolated")


def test_the_configuration_used_is_announced_on_stderr(workdir):
    (workdir / "submitted" / "setup.cfg").write_text("[qa]\nignore = P, S\nfail-on = critical\n", encoding="utf-8")
    result = run_cli("check", "submitted/page.csv", "-o", "out", "--format", "jsonl")
    assert result.exit_code == 0
    [line] = [l for l in result.stderr.splitlines() if "configuration" in l]
    assert "submitted/setup.cfg" in line and "ignore P,S" in line and "fail-on critical" in line
    assert "configuration" not in result.stdout  # reports and pipelines read stdout


def test_select_on_the_command_line_re_enables_what_the_config_ignores(workdir):
    (workdir / "submitted" / "setup.cfg").write_text("[qa]\nignore = N, P5\n", encoding="utf-8")
    run_cli("check", "submitted/page.csv", "-o", "before", "--format", "jsonl")
    assert not any(f["check_id"].startswith("N") for f in findings(workdir / "before" / "page.jsonl"))
    result = run_cli("check", "submitted/page.csv", "-o", "after", "--format", "jsonl", "--select", "N")
    assert result.exit_code == 1, result.output
    ids = {f["check_id"] for f in findings(workdir / "after" / "page.jsonl")}
    assert ids and all(i.startswith("N") for i in ids)


def test_select_given_explicitly_may_select_nothing(workdir):
    """`--select` is the user's explicit word: selecting only an empty set is allowed (0 findings, exit 0)."""
    result = run_cli("check", "submitted/page.csv", "-o", "out", "--format", "jsonl", "--select", "N", "--ignore", "N")
    assert result.exit_code == 0 and findings(workdir / "out" / "page.jsonl") == []
