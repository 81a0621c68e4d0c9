"""Off-by-default checks through the command line: A008 runs only when a selection names its exact id.

The document is a real pair of WMT19 newstest (read from ../shared, skipped
when absent) whose English lost its "also" (美国也拒绝 "The United States
refused"), written to a TSV in the test's folder.
"""

from __future__ import annotations

import json
import re

import pytest

from tests.conftest import assert_one_line_error, run_cli
from tests.corpora import WMT19_PAIRS, corpus_rows


@pytest.fixture
def page(tmp_path, monkeypatch):
    row = next(r for r in corpus_rows(WMT19_PAIRS) if r["line"] == "168")  # 美国也拒绝放松…
    assert "也" in row["source"] and " also " in row["target"]
    target = re.sub(r"\balso ", "", row["target"], count=1)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.tsv").write_text(f"source\ttarget\n{row['source']}\t{target}\n", encoding="utf-8")
    return "page.tsv"


def ran(*flags: str) -> tuple[int, list[str]]:
    """Exit code and the check ids of the findings of `qa check page.tsv` with `flags`."""
    result = run_cli("check", "page.tsv", "-o", "out", "--format", "jsonl", "--no-accept", "--exit-zero", *flags)
    rows = [json.loads(line) for line in open("out/page.jsonl", encoding="utf-8") if line.strip()]
    return result.exit_code, [r["check_id"] for r in rows]


def test_a_plain_run_and_a_prefix_leave_the_opt_in_check_off(page):
    assert ran("--isolated")[1] == []
    assert "A008" not in ran("--isolated", "--select", "A")[1]
    assert "A008" not in ran("--isolated", "--select", "A00")[1]


def test_its_exact_id_turns_it_on_alone_or_beside_others(page):
    assert ran("--isolated", "--select", "A008") == (0, ["A008"])
    assert ran("--isolated", "--select", "M,A,N,A008")[1] == ["A008"]


def test_ignoring_it_is_no_error_and_an_ignore_of_the_same_id_wins(page):
    assert ran("--isolated", "--ignore", "A008") == (0, [])
    assert ran("--isolated", "--select", "A008", "--ignore", "A008")[1] == []


def test_select_in_setup_cfg_and_pyproject_turns_it_on(page, tmp_path):
    (tmp_path / "setup.cfg").write_text("[qa]\nselect = A, A008\n", encoding="utf-8")
    assert ran()[1] == ["A008"]
    (tmp_path / "setup.cfg").unlink()
    (tmp_path / "pyproject.toml").write_text('[tool.qa]\nselect = ["A008"]\n', encoding="utf-8")
    assert ran()[1] == ["A008"]
    (tmp_path / "pyproject.toml").write_text('[tool.qa]\nselect = ["A"]\n', encoding="utf-8")
    assert ran()[1] == []


def test_the_run_signature_names_it_only_when_it_ran(page):
    run_cli("check", "page.tsv", "-o", "on", "--format", "html", "--isolated", "--exit-zero", "--select", "A,A008")
    run_cli("check", "page.tsv", "-o", "off", "--format", "html", "--isolated", "--exit-zero", "--select", "A")
    on, off = (open(f"{d}/page.html", encoding="utf-8").read() for d in ("on", "off"))
    assert re.search(r"A007,A008", on) and not re.search(r"A007,A008", off)


def test_an_unknown_id_beside_it_is_still_a_usage_error(page):
    assert_one_line_error(run_cli("check", "page.tsv", "-o", "out", "--select", "A008,A099"), "A099")


def test_qa_checks_marks_it_off_by_default():
    listing = run_cli("checks").output
    line = next(row for row in listing.splitlines() if row.startswith("A008"))
    assert "off by default (--extend-select A008)" in line
    assert not any("off by default" in row for row in listing.splitlines() if row.startswith("A007"))
    assert "Off by default" in run_cli("checks", "A008").output
    assert "Off by default" not in run_cli("checks", "A007").output


# --extend-select (as ruff's): adds to the selection instead of replacing it


def test_extend_select_adds_the_opt_in_check_to_the_default_set():
    from qa.checks.registry import all_checks
    from qa.config import Settings
    from qa.selection import select_checks

    every = all_checks(with_off_by_default=True)
    default = [s.id for s in select_checks(Settings(), every)]
    assert "A008" not in default
    assert [s.id for s in select_checks(Settings(extend_select=("A008",)), every)] == sorted([*default, "A008"])
    # added to a selection it keeps the selection: N and A008, nothing else
    assert {s.id[0] for s in select_checks(Settings(select=("N",), extend_select=("A008",)), every)} == {"N", "A"}
    # a prefix added does not turn it on either
    assert "A008" not in {s.id for s in select_checks(Settings(extend_select=("A",)), every)}


def test_extend_select_on_the_command_line_runs_it_with_the_default_set(page):
    assert ran("--isolated", "--extend-select", "A008") == (0, ["A008"])
    assert ran("--isolated", "--extend-select", "a008")[1] == ["A008"]  # codes are read in upper case
    run_cli("check", "page.tsv", "-o", "ext", "--format", "html", "--isolated", "--exit-zero", "--extend-select", "A008")
    html = open("ext/page.html", encoding="utf-8").read()
    assert re.search(r"A007,A008", html) and "N201" in html and "M101" in html  # the default checks ran too
    assert "(default)" in html and "A008" in html


def test_extend_select_in_setup_cfg_and_pyproject(page, tmp_path):
    (tmp_path / "setup.cfg").write_text("[qa]\nextend-select = A008\n", encoding="utf-8")
    assert ran()[1] == ["A008"]
    (tmp_path / "setup.cfg").write_text("[qa]\nselect = N\nextend-select = A008\n", encoding="utf-8")
    assert ran()[1] == ["A008"]
    assert ran("--select", "A")[1] == []  # a --select replaces the file's select and extend-select
    (tmp_path / "setup.cfg").write_text("[qa]\nignore = A\n", encoding="utf-8")
    assert ran("--extend-select", "A008")[1] == ["A008"]  # the longest code wins over the file's ignore
    (tmp_path / "setup.cfg").unlink()
    (tmp_path / "pyproject.toml").write_text('[tool.qa]\nextend-select = ["A008"]\n', encoding="utf-8")
    assert ran()[1] == ["A008"]


def test_an_unknown_code_in_extend_select_is_a_usage_error(page):
    assert_one_line_error(run_cli("check", "page.tsv", "-o", "out", "--extend-select", "A099"), "A099")
