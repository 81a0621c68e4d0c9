"""Exit codes a CI gate relies on: unknown check codes are usage errors, --exit-zero reports without failing."""

from __future__ import annotations

import pytest

from tests.conftest import BUNDLED_SAMPLE, assert_one_line_error, run_cli


@pytest.fixture
def page(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.txt").write_bytes(BUNDLED_SAMPLE.read_bytes())  # seeded errors: exit 1 by default
    return "page.txt"


@pytest.mark.parametrize("flag", ["--select", "--ignore"])
def test_an_unknown_code_is_a_usage_error_not_a_silent_pass(page, flag):
    line = assert_one_line_error(run_cli("check", page, "-o", "out", flag, "N,X901"), "X901")
    assert "qa checks" in line
    assert_one_line_error(run_cli("audit", page, "-o", "out2", "-q", flag, "Q"), "Q")


def test_an_unknown_code_in_the_configuration_is_refused_too(page, tmp_path):
    (tmp_path / "setup.cfg").write_text("[qa]\nignore = N9\n", encoding="utf-8")
    assert_one_line_error(run_cli("check", page, "-o", "out"), "N9")


def test_exit_zero_reports_findings_and_exits_0(page, tmp_path):
    assert run_cli("check", page, "-o", "out").exit_code == 1
    result = run_cli("check", page, "-o", "out", "--exit-zero")
    assert result.exit_code == 0
    assert "--exit-zero" in result.stderr and (tmp_path / "out" / "page.csv").exists()
    assert run_cli("audit", page, "-o", "out3", "-q", "--exit-zero").exit_code == 0


def test_exit_zero_does_not_hide_a_usage_error(page):
    assert_one_line_error(run_cli("check", page, "-o", "out", "--exit-zero", "--select", "Z"), "Z")


def test_a_check_ended_without_teardown_keeps_its_output_reports_and_status(page, tmp_path):
    """`qa check` as its own process skips Python's teardown: stdout, stderr, the reports and the code are whole."""
    import json
    import subprocess
    import sys

    script = ("import atexit, sys; atexit.register(lambda: print('exit handler ran', file=sys.stderr)); "
              "from qa.cli import main; main()")
    done = subprocess.run([sys.executable, "-c", script, "check", page, "-o", "out", "--format", "jsonl,csv"],
                          capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 1
    lines = [json.loads(line) for line in (tmp_path / "out" / "page.jsonl").read_text(encoding="utf-8").splitlines()]
    assert f"page: {len(lines)} finding(s)" in done.stdout and done.stdout.rstrip().endswith("page.csv")
    assert ": exit 1" in done.stderr and "exit handler ran" in done.stderr


def test_a_check_run_inside_a_process_leaves_its_collector_on(page, monkeypatch):
    """The collector is off while `qa check` runs (a short-lived command) and on again for a caller's process."""
    import gc

    from qa.checks import engine

    seen = []
    real = engine.run_checks
    monkeypatch.setattr(engine, "run_checks", lambda *a, **k: seen.append(gc.isenabled()) or real(*a, **k))
    assert gc.isenabled()
    assert run_cli("check", page, "-o", "out", "--exit-zero").exit_code == 0
    assert seen == [False] and gc.isenabled()
