"""`qa check` over several inputs in one process, `-` for stdin, and --output-format json/github."""

from __future__ import annotations

import json
import re
import shutil

import pytest

from tests.conftest import BUNDLED_SAMPLE, assert_one_line_error, run_cli

XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file source-language="zh-CN" target-language="en" datatype="plaintext" original="a"><body>
<trans-unit id="u1"><source>长安君在现场聆听了讲话。</source><target>Zhang Anjun listened to the speech on the spot.</target></trans-unit>
<trans-unit id="u2"><source>扎赉特旗的案件已经办结。</source><target></target></trans-unit>
</body></file></xliff>
"""
LOCATED = re.compile(r"^(?P<file>.+?):(?P<where>[^:\s]+): (?P<code>[A-Z]\d{3}) \[\w+\] ")


@pytest.fixture(scope="module")
def inputs(sample_page, tmp_path_factory):
    work = tmp_path_factory.mktemp("many")
    page = work / sample_page.name
    shutil.copyfile(sample_page, page)
    county = work / BUNDLED_SAMPLE.name
    shutil.copyfile(BUNDLED_SAMPLE, county)
    job = work / "job.xlf"
    job.write_text(XLIFF, encoding="utf-8")
    return work, page, county, job


@pytest.fixture(scope="module")
def many(inputs):
    work, page, county, job = inputs
    english_only = work / "english.txt"
    english_only.write_text("Only English here.\n\nAnd more English.\n", encoding="utf-8")
    result = run_cli("check", str(page), str(county), str(job), str(english_only), "-o", str(work / "out"), "--isolated")
    return work, result


def test_several_inputs_in_one_call_each_get_their_reports_and_their_block_of_lines(inputs, many):
    work, page, county, job = inputs
    _, result = many
    for stem in (page.stem, county.stem, job.stem):
        assert {p.name for p in (work / "out").glob(f"{stem}.*")} == {f"{stem}.csv", f"{stem}.jsonl", f"{stem}.html"}
    lines = result.stdout.splitlines()
    files = [m.group("file") for m in map(LOCATED.match, lines) if m]
    # grouped by file, in the order given: every line of one file before any line of the next
    assert files == sorted(files, key=[str(page), str(county), str(job)].index)
    assert set(files) == {str(page), str(county), str(job)}
    summaries = [line for line in lines if " finding(s) in " in line]
    assert [s.split(":")[0] for s in summaries] == [page.stem, county.stem, job.stem]
    assert summaries[0].startswith(f"{page.stem}: 20 finding(s) in 75 pairs")  # the same as checking it alone
    assert f"{job}:u1: M101 [major] 长安君 'Zhang Anjun' → Chang'an Jun" in lines  # the unit's own id, not u0001
    assert f"{job}:u2: U101 [major] 扎赉特旗的案件已经办结。" in lines


def test_an_unreadable_input_is_one_error_line_the_others_are_still_checked_and_exit_is_2(many):
    _, result = many
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("qa: error:")]
    assert len(errors) == 1 and "english.txt: only English text found" in errors[0]
    assert "1 input(s) could not be read: exit 2" in result.stderr


def test_exit_status_is_the_worst_over_the_inputs(inputs, tmp_path):
    work, page, county, job = inputs
    clean = run_cli("check", str(job), "-o", str(tmp_path), "--isolated", "--select", "P504")
    assert clean.exit_code == 0, clean.output
    mixed = run_cli("check", str(job), str(county), "-o", str(tmp_path), "--isolated", "--select", "U101")
    assert mixed.exit_code == 1  # the XLIFF's empty target fails the gate though the county page passes
    assert "1 finding(s) at or above major: exit 1" in mixed.stderr


def test_target_and_alignment_pair_with_one_input_only(inputs, tmp_path):
    _, page, county, _ = inputs
    assert_one_line_error(run_cli("check", str(page), str(county), "--target", str(county), "-o", str(tmp_path)),
                          "--target pairs with one INPUT; got 2")
    assert_one_line_error(run_cli("check", str(page), str(county), "--alignment", str(county), "-o", str(tmp_path)),
                          "--alignment pairs with one INPUT")
    assert not any(tmp_path.iterdir())


def test_two_inputs_that_would_write_the_same_reports_are_refused(inputs, tmp_path):
    work, page, _, _ = inputs
    other = tmp_path / "copy" / page.name
    other.parent.mkdir()
    shutil.copyfile(page, other)
    assert_one_line_error(run_cli("check", str(page), str(other), "-o", str(tmp_path / "out")), "would write the same reports")
    assert not (tmp_path / "out").exists()


def _stdin(data: bytes, *args: str):
    from click.testing import CliRunner

    from qa.cli import main

    return CliRunner().invoke(main, ["check", "-", *args], input=data)


def test_dash_reads_a_page_from_stdin_and_names_it_stdin(inputs, tmp_path):
    _, page, _, _ = inputs
    result = _stdin(page.read_bytes(), "-o", str(tmp_path), "--isolated", "--exit-zero")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert "<stdin>:27: M101 [major] 长安君 'Zhang Anjun' → Chang'an Jun" in lines
    assert any(line.startswith("<stdin>: 20 finding(s) in 75 pairs") for line in lines)
    assert sorted(p.name for p in tmp_path.glob("stdin.*")) == ["stdin.csv", "stdin.html", "stdin.jsonl"]


def test_dash_reads_a_tsv_from_stdin(tmp_path):
    tsv = "source\ttarget\n长安君在现场聆听了讲话。\tZhang Anjun listened to the speech on the spot.\n"
    result = _stdin(tsv.encode(), "-o", str(tmp_path), "--isolated", "--select", "M101")
    assert result.exit_code == 1
    assert "<stdin>:2: M101 [major] 长安君 'Zhang Anjun' → Chang'an Jun" in result.stdout.splitlines()


def test_stdin_refuses_cat_files_empty_input_and_a_target(tmp_path):
    assert_one_line_error(_stdin(XLIFF.encode(), "-o", str(tmp_path), "--isolated"), "<stdin>: XLIFF, TMX and PO files are read from a file")
    assert_one_line_error(_stdin(b"  \n", "-o", str(tmp_path), "--isolated"), "<stdin>: empty input")
    assert_one_line_error(_stdin(b"x", "--target", str(BUNDLED_SAMPLE), "-o", str(tmp_path), "--isolated"),
                          "--target needs the Chinese in a file")


def test_json_output_is_one_list_of_findings_with_file_and_line(inputs, tmp_path):
    _, page, _, job = inputs
    result = run_cli("check", str(page), str(job), "-o", str(tmp_path), "--isolated", "--output-format", "json")
    records = json.loads(result.stdout)  # stdout is the JSON alone: summaries go to stderr
    assert " finding(s) in " in result.stderr
    m101 = [r for r in records if r["check_id"] == "M101"]
    assert {(r["file"], r["line"], r["unit_id"]) for r in m101} == {(str(page), 27, None), (str(job), None, "u1")}
    jsonl = [json.loads(line) for line in (tmp_path / f"{page.stem}.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(r["fingerprint"] for r in records if r["file"] == str(page)) == sorted(r["fingerprint"] for r in jsonl)


def test_github_output_is_one_annotation_per_finding_by_severity(inputs, tmp_path):
    _, page, _, job = inputs
    result = run_cli("check", str(page), str(job), "-o", str(tmp_path), "--isolated", "--output-format", "github")
    annotations = [line for line in result.stdout.splitlines() if line.startswith("::")]
    assert len(annotations) == 20 + 2
    assert (f"::error file={page},line=27,title=M101 wrong-polyphone-reading [major]::"
            in "\n".join(annotations))
    assert any(a.startswith(f"::warning file={page},line=135,title=P501 ") for a in annotations)  # minor
    assert any(a.startswith(f"::notice file={page},line=8,title=A002 ") for a in annotations)  # neutral
    # a CAT unit has no line: the annotation names the unit
    assert any(a.startswith(f"::error file={job},title=U101 ") and "::unit u2: " in a for a in annotations)
