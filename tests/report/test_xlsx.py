"""The Excel findings table: same columns as the CSV, usable by an editor, atomic."""

from __future__ import annotations

import hashlib

import pytest
from openpyxl import load_workbook

from qa.model import REPORT_COLUMNS, Finding, Severity
from qa.report.xlsx import write_xlsx

FINDINGS = [
    Finding(
        check_id="M101",
        check="name-romanization",
        category="Locale convention/Name format",
        severity=Severity.MAJOR,
        pair_id="p0007",
        source="长安君在现场聆听了讲话，为大家带来“五大要求”“十大亮点”“十大重点”等要点。",
        target="Zhang Anjun listened to the speech on the spot and reported on the “Five Requirements,” “Ten Highlights,” and other highlights.",
        source_span="长安君",
        target_span="Zhang Anjun",
        message="长安君 is romanized as Zhang Anjun",
        suggestion="Chang'an Jun",
        doc="ten-key-points",
        source_line=27,
        target_line=25,
    ),
    Finding(
        check_id="U001",
        check="formula-like",
        category="Accuracy/Untranslated",
        severity=Severity.MINOR,
        pair_id="p0008",
        source="=1+1",
        target="=HYPERLINK(\"http://example.com\",\"click\")",
        source_span="",
        target_span="@SUM(A1:A2)",
        message="line one\nline two\x07 with a bell",
        doc="ten-key-points",
    ),
]


@pytest.fixture(scope="module")
def sheet(tmp_path_factory):
    out = tmp_path_factory.mktemp("xlsx") / "report.xlsx"
    write_xlsx(FINDINGS, out)
    return load_workbook(out).active


def test_columns_are_the_csv_columns_and_rows_keep_chinese(sheet):
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == REPORT_COLUMNS
    assert rows[0] == (
        "doc", "pair_id", "check_id", "check", "category", "severity",
        "source", "target", "source_span", "target_span", "message", "suggestion",
        "source_line", "target_line", "unit_id", "fingerprint",
    )  # written out, not taken from the writer's own column list
    first = dict(zip(REPORT_COLUMNS, rows[1]))
    assert first == {
        "doc": "ten-key-points",
        "pair_id": "p0007",
        "check_id": "M101",
        "check": "name-romanization",
        "category": "Locale convention/Name format",
        "severity": "major",
        "source": "长安君在现场聆听了讲话，为大家带来“五大要求”“十大亮点”“十大重点”等要点。",
        "target": "Zhang Anjun listened to the speech on the spot and reported on the “Five Requirements,” "
        "“Ten Highlights,” and other highlights.",
        "source_span": "长安君",
        "target_span": "Zhang Anjun",
        "message": "长安君 is romanized as Zhang Anjun",
        "suggestion": "Chang'an Jun",
        "source_line": 27,  # a number in the sheet, not text
        "target_line": 25,
        "unit_id": None,
        # check id, source, spans as documented in qa/accept.py, hashed here rather than by the writer
        "fingerprint": hashlib.sha256("\x1f".join(("M101", first["source"], "长安君", "Zhang Anjun")).encode()).hexdigest()[:16],
    }
    assert len(rows) == 3


def test_cells_are_text_never_formulas(sheet):
    second = dict(zip(REPORT_COLUMNS, [c.value for c in sheet[3]]))
    assert second["source"] == "=1+1"
    assert second["target"].startswith("=HYPERLINK(")
    assert all(c.data_type == "s" for c in sheet[3] if c.value is not None)
    assert second["source_span"] is None  # openpyxl reads an empty string back as None
    assert second["message"] == "line one\nline two with a bell"  # control character dropped, newline kept


def test_header_frozen_filter_widths_and_wrap(sheet):
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:P3"
    widths = {col: sheet.column_dimensions[col].width for col in "ABCDEFGHIJKL"}
    assert widths["G"] == 60  # long Chinese source capped
    assert 8 <= widths["C"] < 15  # check ids are short
    assert widths["I"] >= 8 and widths["I"] < widths["G"]
    assert sheet["G2"].alignment.wrap_text
    assert sheet["A1"].font.bold


def test_empty_findings_still_give_a_header_only_sheet(tmp_path):
    out = tmp_path / "empty.xlsx"
    write_xlsx([], out)
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows == [REPORT_COLUMNS]


def test_interrupted_write_leaves_no_partial_file(tmp_path, monkeypatch):
    import qa.atomic as atomic

    out = tmp_path / "report.xlsx"

    def boom(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(atomic.os, "replace", boom)
    from qa.errors import UsageError

    with pytest.raises(UsageError, match="disk full"):  # one line for the user, exit 2
        write_xlsx(FINDINGS, out)
    assert list(tmp_path.iterdir()) == []


def test_dde_payload_stays_a_string_cell_in_the_xlsx(tmp_path):
    """The classic CSV-injection payload is kept verbatim as text in Excel, never as a formula (issue 14 item 2)."""
    payload = "=cmd|' /C calc'!A0"
    finding = Finding(
        check_id="U001", check="untranslated", category="Accuracy/Untranslated", severity=Severity.MINOR,
        pair_id="p0001", source=payload, target="+" + payload, message="-2+3", suggestion="@SUM(A1)", doc="d",
    )
    out = tmp_path / "dde.xlsx"
    write_xlsx([finding], out)
    cells = {c.column_letter: c for c in load_workbook(out).active[2]}
    assert cells["G"].value == payload and cells["G"].data_type == "s"
    assert cells["H"].value == "+" + payload and cells["H"].data_type == "s"
    assert cells["K"].value == "-2+3" and cells["L"].value == "@SUM(A1)"
    formulas = load_workbook(out, data_only=False).active
    assert not any(c.data_type == "f" for row in formulas.iter_rows() for c in row)
