"""The Python API (`qa.check`, `qa.audit`): findings with locations, DataFrames, and the README example."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import sys

import pytest

import qa
from qa.model import REPORT_COLUMNS, finding_row
from tests.conftest import BUNDLED_SAMPLE, REPO, run_cli


@pytest.fixture(scope="module")
def result():
    return qa.check(BUNDLED_SAMPLE, isolated=True, accept=False)


def test_check_finds_the_seeded_errors_at_their_lines(result):
    lines = BUNDLED_SAMPLE.read_text(encoding="utf-8").splitlines()
    by_id = {f.check_id: f for f in result.findings}
    assert {"M101", "M102", "N201", "P501"} <= set(by_id)
    assert by_id["M101"].target_span == "Zhongqing" and by_id["M101"].suggestion == "Chongqing"
    for finding in result.findings:
        if finding.target_span and finding.target_line:
            assert finding.target_span in lines[finding.target_line - 1], finding


def test_to_pandas_is_one_row_per_finding_with_the_report_columns(result):
    frame = result.to_pandas()
    assert list(frame.columns) == list(REPORT_COLUMNS)
    assert len(frame) == len(result.findings)
    assert list(frame["check_id"]) == [f.check_id for f in result.findings]
    assert str(frame["source_line"].dtype) == "Int64"
    m101 = frame[frame["check_id"] == "M101"].iloc[0]
    assert m101["target_span"] == "Zhongqing" and m101["severity"] == "major"


def test_to_pandas_without_pandas_names_the_extra(result, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now raises ImportError
    with pytest.raises(ImportError, match=r"qa-zh-en\[pandas\]"):
        result.to_pandas()


def test_the_cli_is_a_caller_of_the_api(result, tmp_path):
    out = tmp_path / "out"
    run = run_cli("check", str(BUNDLED_SAMPLE), "-o", str(out), "--isolated", "--no-accept", "--format", "jsonl")
    assert run.exit_code == 1, run.stderr
    rows = [json.loads(line) for line in (out / f"{BUNDLED_SAMPLE.stem}.jsonl").read_text(encoding="utf-8").splitlines()]
    assert rows == [finding_row(f) for f in result.findings]


def test_import_is_lazy_and_every_public_name_resolves():
    probe = "import qa, sys; print(sorted(m for m in ('qa.model', 'qa.api', 'qa.checks', 'pandas') if m in sys.modules))"
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=REPO)
    assert loaded.stdout.strip() == "[]"
    for name in qa.__all__:
        assert getattr(qa, name) is not None, name
    assert qa.check.__module__ == "qa.api.document" and qa.audit.__module__ == "qa.api.archive"


def test_usage_errors_raise_qa_errors(tmp_path):
    with pytest.raises(qa.QAError, match="no such file"):
        qa.check(tmp_path / "missing.txt")
    with pytest.raises(qa.QAError, match="Z999"):
        qa.check(BUNDLED_SAMPLE, select="Z999", isolated=True)


def test_audit_writes_one_findings_table_for_the_archive(tmp_path):
    docs = tmp_path / "docs"
    shutil.copytree(REPO / "samples", docs)
    # a pair whose target a spreadsheet would run as a formula, with a wrong number in it
    (docs / "formula.tsv").write_text("source\ttarget\n长沙有3所学校。\t=HYPERLINK(\"x\") Changsha has 4 schools.\n",
                                      encoding="utf-8")
    audit = qa.audit([docs], tmp_path / "out", jobs=1, isolated=True, accept=False, formats="csv,xlsx")
    frame = audit.to_pandas()
    assert list(frame.columns) == list(qa.AUDIT_COLUMNS)
    assert len(frame) == sum(row.findings for row in audit.ok) > 0
    assert set(frame["document"]) == {r.stem for r in audit.ok if r.findings}
    text = (tmp_path / "out" / "findings.csv").read_text(encoding="utf-8-sig")
    table = list(csv.DictReader(io.StringIO(text)))
    assert len(table) == len(frame)
    formula = [r for r in table if r["document"] == "formula"]
    assert formula and all(r["target"].startswith("'=HYPERLINK") for r in formula)
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "out" / "findings.xlsx").active
    assert sheet.max_row == len(frame) + 1
    assert [c.value for c in sheet[1]] == list(qa.AUDIT_COLUMNS)


def test_readme_example_runs_on_the_bundled_sample(tmp_path):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Python API\n", 1)[1].split("\n## ", 1)[0]
    example = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    assert "to_pandas()" in example and "qa.audit(" in example
    shutil.copytree(REPO / "samples", tmp_path / "samples")
    run = subprocess.run([sys.executable, "-c", example], capture_output=True, text=True, cwd=tmp_path, timeout=600)
    assert run.returncode == 0, run.stderr
    assert "M101" in run.stdout and "county-work-report" in run.stdout
    assert (tmp_path / "reports" / "audit" / "findings.csv").is_file()
