"""The documented round trip: `qa align page.txt`, edit the TSV, `qa check` it — same findings as the page.

The alignment TSV carries a `kind` column (furniture, unmatched) and its
sentence rows are joined back into their paragraphs, so checking the file an
editor corrected judges the same pairs as checking the page.
"""

from __future__ import annotations

import csv
import json
import shutil
from collections import Counter

import pytest
from click.testing import CliRunner

from qa.cli import main
from qa.errors import InputError
from qa.io import read_document


def _findings(jsonl_path):
    rows = [json.loads(line) for line in jsonl_path.read_text(encoding="utf-8").splitlines()]
    return Counter((r["check_id"], r["fingerprint"]) for r in rows)


def _run(*args):
    return CliRunner().invoke(main, [*args, "--isolated", "--format", "jsonl", "--exit-zero"])


@pytest.fixture(scope="module")
def round_trip(sample_page, tmp_path_factory):
    work = tmp_path_factory.mktemp("round-trip")
    page = work / sample_page.name
    shutil.copyfile(sample_page, page)
    aligned = CliRunner().invoke(main, ["align", str(page), "-o", str(work / "al")])
    assert aligned.exit_code == 0, aligned.output
    tsv = work / "al" / f"{page.stem}.tsv"
    assert _run("check", str(page), "-o", str(work / "page")).exit_code == 0
    return work, page, tsv


def test_checking_the_aligned_tsv_finds_what_checking_the_page_finds(round_trip):
    work, page, tsv = round_trip
    result = _run("check", str(tsv), "-o", str(work / "tsv"))
    assert result.exit_code == 0, result.output
    from_page = _findings(work / "page" / f"{page.stem}.jsonl")
    from_tsv = _findings(work / "tsv" / f"{page.stem}.jsonl")
    assert from_page and from_tsv == from_page
    assert "20 finding(s) in 75 pairs" in result.output  # the page's own count, not 24 in 210 sentence rows


def test_the_tsv_marks_furniture_and_unmatched_rows(round_trip):
    _, _, tsv = round_trip
    with tsv.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    kinds = {r["target"]: r["kind"] for r in rows if not r["source"]}
    assert kinds["Return to the Library"] == "furniture"
    assert kinds["FacebookTwitterLinkedInEmailPrintCopy Link"] == "furniture"
    assert next(v for k, v in kinds.items() if k.startswith("Summary of remarks")) == "unmatched"
    assert next(v for k, v in kinds.items() if k.startswith("陈一新 (Chen Yixin).")) == "furniture"  # the citation


def test_an_edit_in_the_tsv_changes_the_findings(round_trip):
    work, page, tsv = round_trip
    edited = work / "edited.tsv"
    text = tsv.read_text(encoding="utf-8")
    assert text.count("Zhang Anjun") == 1
    edited.write_text(text.replace("Zhang Anjun", "Chang'an Jun"), encoding="utf-8")
    assert _run("check", str(edited), "-o", str(work / "edited")).exit_code == 0
    before = _findings(work / "page" / f"{page.stem}.jsonl")
    after = _findings(work / "edited" / "edited.jsonl")
    assert [k for k in before if k[0] == "M101"] and not [k for k in after if k[0] == "M101"]
    assert [k for k in before if k not in after] == [k for k in before if k[0] == "M101"]  # only that one went
    # and once the page writes Chang'an, its "Changan Sword" is 长安 written two ways (M103); nothing else comes
    assert [k[0] for k in after if k not in before] in ([], ["M103"])


def test_sentence_rows_join_into_their_paragraph_in_order(tmp_path):
    path = tmp_path / "a.tsv"
    path.write_text(
        "pair_id\ttype\tscore\tsource\ttarget\tkind\n"
        "p0001\t0-1\t0.0\t\tPDF\tfurniture\n"
        "p0002.s01\t1-1\t0.9\t县长作报告。\tThe county head reported.\t\n"
        "p0002.s02\t1-0\t0.0\t会议闭幕。\t\tunmatched\n"
        "p0003\t1-1\t1.0\t三农\tthe three rural issues\t\n",
        encoding="utf-8",
    )
    pairs = read_document(path).pairs
    assert [(p.id, p.source, p.target, p.type, p.kind, p.source_line) for p in pairs] == [
        ("p0001", "", "PDF", "0-1", "furniture", 2),
        ("p0002", "县长作报告。会议闭幕。", "The county head reported.", "1-1", "", 3),
        ("p0003", "三农", "the three rural issues", "1-1", "", 5),
    ]


def test_an_unknown_kind_is_refused_with_its_row(tmp_path):
    path = tmp_path / "a.tsv"
    path.write_text("pair_id\ttype\tscore\tsource\ttarget\tkind\np0001\t0-1\t0.0\t\tPDF\tchrome\n", encoding="utf-8")
    with pytest.raises(InputError, match="row 2: kind 'chrome'"):
        read_document(path)
