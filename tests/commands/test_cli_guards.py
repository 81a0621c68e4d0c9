"""The CLI's top-level contract: MemoryError is one line and exit 2; check and audit share their options."""

from __future__ import annotations

import importlib

import click

from qa.cli import main
from tests.conftest import assert_one_line_error, run_cli

check_module = importlib.import_module("qa.api.document")


def test_memory_error_anywhere_is_one_line_exit_2(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.csv").write_text("source,target\n长沙举办读书节。,Changsha held a reading festival.\n", encoding="utf-8")

    def exhausted(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(check_module, "load_alignment", exhausted)
    assert_one_line_error(run_cli("check", "page.csv", "-o", "out"), "out of memory")


SHARED = ("--format", "--select", "--ignore", "--severity-overrides", "--fail-on", "--glossary",
          "--accept-file", "--no-accept", "--config", "--isolated")


def _options(command: click.Command) -> dict[str, click.Option]:
    return {opt: param for param in command.params if isinstance(param, click.Option) for opt in param.opts}


def test_check_and_audit_share_every_settings_option_with_one_help_text():
    check, audit = _options(main.commands["check"]), _options(main.commands["audit"])
    for name in SHARED:
        assert name in check and name in audit, name
        assert check[name].help == audit[name].help, name
        assert check[name].name == audit[name].name and check[name].is_flag == audit[name].is_flag, name


def test_python_dash_m_runs_the_command_line():
    """`python -m qa` and `python -m qa.cli` print what `qa checks M101` prints (they once printed nothing)."""
    import subprocess
    import sys

    for module in ("qa", "qa.cli"):
        done = subprocess.run([sys.executable, "-m", module, "checks", "M101"], capture_output=True, text=True,
                              timeout=120)
        assert done.returncode == 0, done.stderr
        assert "wrong-polyphone-reading" in done.stdout, module
