"""Reports: fixed columns, escaped HTML, Chinese intact, written atomically."""

from __future__ import annotations

import csv
import json
import re

import pytest

from tests.report_fixtures import ALIGNMENT, FINDINGS  # noqa: E402

from qa.config import Settings  # noqa: E402
from qa.errors import UsageError  # noqa: E402
from qa.model import REPORT_COLUMNS, Alignment, Document  # noqa: E402
from qa.report import write_reports  # noqa: E402
from qa import __version__  # noqa: E402
from qa.report.summary import signature_line, summarize  # noqa: E402


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    outdir = tmp_path_factory.mktemp("reports")
    paths = write_reports(ALIGNMENT, FINDINGS, outdir, ["csv", "jsonl", "html"], Settings(), extra_summary={"stale acceptances": "1 <b>x</b>"})
    return {p.suffix[1:]: p for p in paths}


def test_three_files_named_after_the_input_stem(reports):
    assert sorted(reports) == ["csv", "html", "jsonl"]
    assert {p.name for p in reports.values()} == {"toy-doc.csv", "toy-doc.jsonl", "toy-doc.html"}


def test_csv_columns_in_order_and_chinese_intact(reports):
    raw = reports["csv"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: spreadsheets open the file as UTF-8
    with open(reports["csv"], encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == REPORT_COLUMNS
    assert len(rows) == 1 + len(FINDINGS)
    first = dict(zip(rows[0], rows[1]))
    assert first["source"] == "今年全省共建成5768个村级服务站。"
    assert first["target_span"] == "5,786" and first["severity"] == "major"
    # a comma and quotes inside a cell survive the round trip
    assert dict(zip(rows[0], rows[2]))["source"] == "会议强调,要把“三个务必”落到实处。"


def test_jsonl_one_object_per_finding_with_keys_in_order(reports):
    lines = reports["jsonl"].read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(FINDINGS)
    objects = [json.loads(line) for line in lines]
    assert all(tuple(o) == REPORT_COLUMNS for o in objects)
    assert "长沙市" in lines[3]  # not \u-escaped
    assert objects[4]["check_id"] == "A101" and objects[4]["target"] == ""


def test_html_escapes_document_text_and_is_self_contained(reports):
    html = reports["html"].read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;bold&lt;/b&gt;" in html and "<b>bold</b>" not in html
    assert "<b>x</b>" not in html  # summary notes are escaped too
    assert html.count("<script>") == 1  # only the report's own inline script
    for remote in ("http://", "https://", "<link"):
        assert remote not in html, remote
    # no element loads anything (the accept-list lines in data-line say src="…" as text, which loads nothing)
    assert not re.search(r"<(?:script|img|iframe|audio|video|source|embed|object|input)\b[^>]*\s(?:src|data)\s*=", html)


def test_html_summary_marks_and_furniture(reports):
    html = reports["html"].read_text(encoding="utf-8")
    assert '<mark class="sev-major" data-f="f3"' in html and ">festival We</mark>" in html
    assert '<mark class="sev-major" data-f="f0"' in html and ">5768</mark>" in html  # source side too
    assert 'id="pair-p0001" data-pair="p0001"' in html and "dim" in html.split('id="pair-p0001"')[0].rsplit("<div", 1)[1]
    assert "1000 × (10·critical + 5·major + 1·minor + 0·neutral)" in html
    assert "Run signature" in html and "qa 0." in html


def test_score_per_thousand_source_characters():
    summary = summarize(ALIGNMENT, FINDINGS, Settings(), checks=["N201", "P301"])
    assert summary.source_chars == 87  # non-blank characters of the fixture's source text, furniture left out
    assert summary.penalty_points == 10 + 5 + 5 + 1 + 1
    assert summary.penalty_per_1000 == 252.87  # 1000 × 22 / 87
    assert summary.by_severity == {"critical": 1, "major": 2, "minor": 2, "neutral": 0}
    assert summary.by_category["Fluency/Punctuation"] == 2
    assert summary.signature["checks"] == "N201,P301"
    assert signature_line(summary.signature).startswith("checks:N201,P301|glossary:(none)|config:(none)|")
    assert signature_line(summary.signature).endswith(f"|version:{__version__}")


def test_failure_mid_write_leaves_no_partial_file_and_keeps_the_old_report(tmp_path, monkeypatch):
    import qa.atomic as atomic

    old = tmp_path / "toy-doc.csv"
    old.write_text("previous report\n", encoding="utf-8")

    def disk_full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", disk_full)
    with pytest.raises(UsageError, match="No space left"):
        write_reports(ALIGNMENT, FINDINGS, tmp_path, ["csv", "html"], Settings())
    assert old.read_text(encoding="utf-8") == "previous report\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["toy-doc.csv"]  # no temp files, no html


def test_render_error_writes_nothing(tmp_path, monkeypatch):
    import qa.report.html as html_mod

    def broken(*args, **kwargs):
        raise RuntimeError("template bug")

    monkeypatch.setattr(html_mod, "render_html", broken)
    with pytest.raises(RuntimeError):
        write_reports(ALIGNMENT, FINDINGS, tmp_path / "out", ["csv", "jsonl", "html"], Settings())
    assert not (tmp_path / "out").exists()  # csv was rendered but nothing is written before all succeed


def test_refuses_to_overwrite_the_input(tmp_path):
    source = tmp_path / "page.csv"
    source.write_text("source,target\n一,one\n", encoding="utf-8")
    alignment = Alignment(Document(id="page", path=str(source)), ALIGNMENT.pairs)
    with pytest.raises(UsageError, match="over the input"):
        write_reports(alignment, FINDINGS, tmp_path, ["csv"], Settings())
    assert source.read_text(encoding="utf-8") == "source,target\n一,one\n"
