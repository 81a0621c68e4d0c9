"""Issue 14 items 2 and 3: CSVs for people are spreadsheet-safe, JSONL stays exact, terminals get no escapes."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.conftest import run_cli

DDE = "=cmd|' /C calc'!A0"
PAGE = (
    "source,target\n"
    f"今年建成5768个站。,\"{DDE} This year 5,786 stations were built.\"\n"
    "长沙举办读书节。,@SUM(1+1) Changsha held a reading festival.\n"
)


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "=HYPERLINK.csv").write_text(PAGE, encoding="utf-8")  # the file name itself is a formula
    return tmp_path


def test_check_csv_neutralises_formulas_and_jsonl_keeps_them(workdir):
    result = run_cli("check", "=HYPERLINK.csv", "-o", "out", "--format", "csv,jsonl")
    assert result.exit_code == 1, result.output
    rows = list(csv.DictReader(io.StringIO((workdir / "out" / "=HYPERLINK.csv").read_text(encoding="utf-8-sig"))))
    exact = [json.loads(line) for line in (workdir / "out" / "=HYPERLINK.jsonl").read_text(encoding="utf-8").splitlines()]
    assert rows and len(rows) == len(exact)
    for row, original in zip(rows, exact):
        assert original["doc"] == "=HYPERLINK" and row["doc"] == "'=HYPERLINK"
        for key, value in original.items():
            value = "" if value is None else str(value)  # line numbers: numbers in JSONL, text in CSV
            assert row[key] == ("'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value)
    assert any(original["target"].startswith(DDE) for original in exact)
    assert not any(cell[:1] in "=+-@" for row in rows for cell in row.values() if cell)


def test_compare_csv_neutralises_formulas(workdir):
    (workdir / "other.csv").write_text(PAGE.replace("5,786", "5,768"), encoding="utf-8")
    result = run_cli("compare", "=HYPERLINK.csv", "other.csv", "--csv", "scores.csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO((workdir / "scores.csv").read_text(encoding="utf-8"))))
    assert rows[0]["first"] == "'" + DDE + " This year 5,786 stations were built."
    assert rows[0]["other"] == "'" + DDE + " This year 5,768 stations were built."
    assert rows[1]["first"].startswith("'@SUM")
    assert float(rows[0]["chrf"]) < 100.0  # numbers stay numbers


def test_compare_prints_escape_sequences_escaped(workdir):
    osc = "\x1b]52;c;ZWNobyBwd25lZA==\x07"  # OSC 52: write to the clipboard
    title = "\x1b]0;owned\x07"
    (workdir / "a.csv").write_text(f"source,target\n长沙举办读书节。,Changsha held a {osc}festival.\n", encoding="utf-8")
    (workdir / "b.csv").write_text(f"source,target\n长沙举办读书节。,Changsha {title}held a party.\n", encoding="utf-8")
    result = run_cli("compare", "a.csv", "b.csv")
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "\\x1b]52;c;ZWNobyBwd25lZA==\\x07" in result.output and "\\x1b]0;owned\\x07" in result.output
