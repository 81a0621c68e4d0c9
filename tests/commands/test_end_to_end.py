"""`qa` as an editor runs it: the real sample page, the bundled samples, CAT output formats."""

from __future__ import annotations

import csv
import json

import pytest
from click.testing import CliRunner

from qa.cli import main
from qa.model import REPORT_COLUMNS
from tests.conftest import BUNDLED_SAMPLE


@pytest.fixture(scope="module")
def sample_run(sample_page, tmp_path_factory):
    out = tmp_path_factory.mktemp("reports")
    result = CliRunner().invoke(main, ["check", str(sample_page), "-o", str(out), "--no-accept"])
    rows = [json.loads(line) for line in (out / f"{sample_page.stem}.jsonl").read_text(encoding="utf-8").splitlines()]
    return result, out, rows


def test_sample_page_writes_three_reports_and_fails_the_gate(sample_run, sample_page):
    result, out, rows = sample_run
    assert result.exit_code == 1, result.output
    for suffix in ("csv", "jsonl", "html"):
        assert (out / f"{sample_page.stem}.{suffix}").stat().st_size > 0
    with open(out / f"{sample_page.stem}.csv", encoding="utf-8-sig", newline="") as handle:
        table = list(csv.DictReader(handle))
    assert tuple(table[0].keys()) == REPORT_COLUMNS
    assert len(table) == len(rows)


def test_sample_page_real_errors_are_reported(sample_run):
    _, out, rows = sample_run
    by_check = {}
    for row in rows:
        by_check.setdefault(row["check_id"], []).append(row)
    assert [r["target_span"] for r in by_check["P501"]] == ["light We promoted"]
    assert by_check["G301"][0]["target_span"] == "中国政法网络学" and "中国政法网络学院" in by_check["G301"][0]["suggestion"]
    (polyphone,) = by_check["M101"]
    assert (polyphone["source_span"], polyphone["target_span"], polyphone["suggestion"]) == ("长安君", "Zhang Anjun", "Chang'an Jun")
    assert polyphone["category"] == "Accuracy/Mistranslation" and polyphone["severity"] == "major"
    dropped = by_check["M102"]
    assert {r["suggestion"] for r in dropped} == {"General Secretary Xi Jinping"}
    assert all(r["category"] == "Accuracy/Omission" for r in dropped)
    (variants,) = by_check["M103"]
    assert "Jalaid Banner" in variants["message"] and "Zhalaite Banner" in variants["message"]
    assert variants["category"].startswith("Terminology")


def test_sample_page_correct_numbers_and_names_are_quiet(sample_run):
    _, _, rows = sample_run
    assert not [r for r in rows if r["check_id"].startswith("N")]
    flagged = " ".join(r["target_span"] for r in rows if r["check_id"].startswith(("M", "T", "S")))
    for correct in ("Chen Yixin", "Guo Shengkun", "Sun Xiaoguo", "Wuhan", "Rencheng", "Huaihua"):
        assert correct not in flagged


def test_sample_page_html_report_lists_the_findings(sample_run, sample_page):
    _, out, rows = sample_run
    html = (out / f"{sample_page.stem}.html").read_text(encoding="utf-8")
    assert html.count('class="finding') >= len(rows)
    assert "Zhang Anjun" in html and "Chang&#39;an Jun" in html


def test_bundled_sample_seeded_errors(tmp_path):
    result = CliRunner().invoke(main, ["check", str(BUNDLED_SAMPLE), "-o", str(tmp_path), "--no-accept"])
    assert result.exit_code == 1, result.output
    rows = [json.loads(line) for line in (tmp_path / f"{BUNDLED_SAMPLE.stem}.jsonl").read_text(encoding="utf-8").splitlines()]
    found = {(r["check_id"], r["target_span"]) for r in rows}
    assert ("N201", "35 billion") in found  # 3.5亿 is 350 million
    assert ("M101", "Zhongqing") in found  # 重庆 is Chongqing
    assert ("M102", "Premier Qiang") in found  # 李强: surname dropped
    assert ("G301", "数字乡") in found
    assert ("U103", "乡村治理") in found
    assert any(c == "T101" and s == "rural vitalization" for c, s in found)
    omitted = [r["source_span"] for r in rows if r["check_id"] == "A004"]
    assert omitted == ["他们将重点考察智慧农业园区。"]  # the last paragraph's last sentence is not translated
    assert not [r for r in rows if r["check_id"] == "N201" and r["target_span"] in ("20 million", "5,768", "6.5 percent")]


def test_xliff_input_gets_findings_as_notes_and_a_spreadsheet(tmp_path):
    from openpyxl import load_workbook
    from translate.storage import xliff

    from tests.fixtures.catbuild import xliff12_bytes

    pairs = [
        ("李强总理在重庆考察时强调,乡村振兴是共同富裕的基础。", "Premier Qiang stressed during his inspection of Zhongqing that rural revitalization is the foundation of common prosperity."),
        ("全县投入农村公路建设资金2000万元。", "The county invested 20 million yuan in rural roads."),
    ]
    source = tmp_path / "job.xlf"
    source.write_bytes(xliff12_bytes(pairs))
    original = source.read_bytes()
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["check", str(source), "-o", str(out), "--format", "xliff,xlsx", "--no-accept"])
    assert result.exit_code == 1, result.output
    assert source.read_bytes() == original
    store = xliff.xlifffile.parsefile(str(out / "job.xlf"))
    notes = " ".join(unit.getnotes() for unit in store.units)
    assert "M101" in notes and "M102" in notes and "Chongqing" in notes
    sheet = load_workbook(out / "job.xlsx").active
    assert tuple(cell.value for cell in sheet[1]) == REPORT_COLUMNS
    assert sheet.freeze_panes == "A2"
    assert {row[2] for row in sheet.iter_rows(min_row=2, values_only=True)} >= {"M101", "M102"}


def test_xliff_format_needs_xliff_input(tmp_path):
    result = CliRunner().invoke(main, ["check", str(BUNDLED_SAMPLE), "-o", str(tmp_path), "--format", "xliff"])
    assert result.exit_code == 2 and "XLIFF input" in result.output


def test_glossary_extract_proposes_renderings_across_documents(tmp_path):
    out = tmp_path / "glossary.tsv"
    samples = sorted(BUNDLED_SAMPLE.parent.glob("*.txt"))
    result = CliRunner().invoke(main, ["glossary", "extract", *map(str, samples), "-o", str(out)])
    assert result.exit_code == 0, result.output
    with open(out, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t"))
    assert rows[0][:2] == ["source", "target"]
    proposed = {row[0]: row[1] for row in rows[1:]}
    assert proposed.get("王小明") == "Wang Xiaoming"


def test_traditional_script_is_checked_through_simplified_and_reported_as_written(tmp_path):
    page = tmp_path / "traditional.txt"
    page.write_text(
        "Zhang Anjun listened to the speech and said the county will invest 20 million yuan.\n\n"
        "長安君在現場聆聽了講話，並說全縣將投入2000萬元。\n\n"
        "He visited Zhongqing.\n\n他訪問了重慶。\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["check", str(page), "-o", str(tmp_path / "out"), "--no-accept"])
    assert result.exit_code == 1, result.output
    rows = [json.loads(line) for line in (tmp_path / "out" / "traditional.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {(r["check_id"], r["source_span"], r["suggestion"]) for r in rows} == {
        ("M101", "長安君", "Chang'an Jun"),  # 长 read zhǎng: found through the simplified form
        ("M101", "重慶", "Chongqing"),
    }
    assert all(r["source"].startswith(("長安君", "他訪問")) for r in rows)  # 2000萬 = 20 million: no number finding
