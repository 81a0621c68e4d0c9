"""Findings printed one per line, flake8-style, pointing at the line of the input that holds the text."""

from __future__ import annotations

import re

from tests.conftest import run_cli

LOCATED = re.compile(r"^(?P<path>.+?):(?P<where>[^:\s]+): (?P<code>[A-Z]\d{3}) \[(?P<severity>\w+)\] (?P<what>.*)$")


def _located(stdout: str) -> list[re.Match]:
    return [m for m in map(LOCATED.match, stdout.splitlines()) if m]


def test_each_finding_names_the_line_that_holds_its_text(sample_page, tmp_path):
    result = run_cli("check", str(sample_page), "-o", str(tmp_path), "--isolated")
    lines = _located(result.stdout)
    assert len(lines) == 20  # the sample page's findings (8, 10 consistency slips: issue 17, 2 lost qualifiers: issue 18), each on its own line
    page = sample_page.read_text(encoding="utf-8").splitlines()
    for m in lines:
        assert m.group("path") == str(sample_page)
        span = re.search(r"'(.+?)(?:…)?'", m.group("what"))
        if span:  # the target text quoted on the line stands on that line of the page
            assert span.group(1) in page[int(m.group("where")) - 1], m.group(0)
    wrong_reading = [m for m in lines if m.group("code") == "M101"]
    assert [m.group("what") for m in wrong_reading] == ["长安君 'Zhang Anjun' → Chang'an Jun"]
    assert "Zhang Anjun" in page[int(wrong_reading[0].group("where")) - 1]


def test_two_files_point_at_the_translation_for_target_text(tmp_path):
    zh, en = tmp_path / "zh.txt", tmp_path / "en.txt"
    zh.write_text("全县新建5768个站。\n\n长沙举办读书节。\n", encoding="utf-8")
    en.write_text("The county built 5,786 new stations.\n\nChangsha held a reading festival.\n", encoding="utf-8")
    lines = _located(run_cli("check", str(zh), "--target", str(en), "-o", str(tmp_path / "out"), "--isolated").stdout)
    numbers = [m for m in lines if m.group("code").startswith("N")]
    assert numbers and all(m.group("path") in (str(zh), str(en)) for m in numbers)
    assert any(m.group("path") == str(en) and m.group("where") == "1" for m in numbers)


def test_quiet_keeps_only_the_summary(sample_page, tmp_path):
    result = run_cli("check", str(sample_page), "-o", str(tmp_path), "--isolated", "-q")
    assert not _located(result.stdout)
    assert "20 finding(s)" in result.stdout


def test_the_html_report_shows_each_pairs_input_lines(sample_page, tmp_path):
    import re as _re

    run_cli("check", str(sample_page), "-o", str(tmp_path), "--isolated", "-q", "--format", "html")
    html = (tmp_path / f"{sample_page.stem}.html").read_text(encoding="utf-8")
    page = sample_page.read_text(encoding="utf-8").splitlines()
    zhang = next(k for k, line in enumerate(page, 1) if "Zhang Anjun" in line)
    row = html[html.index("Zhang Anjun") - 3000 : html.index("Zhang Anjun")]
    assert _re.search(rf"line&nbsp;\d+/{zhang}\b|line&nbsp;{zhang}/\d+", row)


def test_the_html_report_shows_each_findings_input_lines_and_unit_id(sample_page, tmp_path):
    import html as html_lib

    run_cli("check", str(sample_page), "-o", str(tmp_path), "--isolated", "-q", "--format", "html,jsonl")
    page_html = (tmp_path / f"{sample_page.stem}.html").read_text(encoding="utf-8")
    items = re.findall(r'<li class="finding[^>]*data-check="(\w+)".*?</li>', page_html, re.S)
    wheres = dict(re.findall(r'data-check="(\w+)".*?<div class="f-where">([^<]*)</div>', page_html, re.S))
    assert len(items) == 20 and len(wheres) == len(set(items))
    page = sample_page.read_text(encoding="utf-8").splitlines()
    source_line, target_line = (int(n) for n in re.fullmatch(r"source line (\d+) · target line (\d+)", wheres["M101"]).groups())
    assert "长安君" in page[source_line - 1] and "Zhang Anjun" in page[target_line - 1]

    xliff = tmp_path / "job.xlf"
    xliff.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
        '<file source-language="zh-CN" target-language="en" datatype="plaintext" original="a"><body>'
        '<trans-unit id="u1"><source>长安君在现场聆听了讲话。</source><target>Zhang Anjun listened.</target></trans-unit>'
        "</body></file></xliff>", encoding="utf-8")
    run_cli("check", str(xliff), "-o", str(tmp_path), "--isolated", "-q", "--format", "html", "--select", "M101")
    job_html = html_lib.unescape((tmp_path / "job.html").read_text(encoding="utf-8"))
    assert '<div class="f-where">unit u1</div>' in job_html and "u0001" not in job_html


def test_a_list_option_given_twice_means_both_lists(sample_page, tmp_path):
    """`--format html --format jsonl` writes both reports and `--select M --select T105` runs both families,
    as ruff's list options do; click alone kept the last value and dropped the first without a word."""
    result = run_cli("check", str(sample_page), "-o", str(tmp_path), "--isolated", "--no-accept",
                     "--format", "html", "--format", "jsonl", "--select", "M", "--select", "T105")
    assert (tmp_path / f"{sample_page.stem}.html").exists() and (tmp_path / f"{sample_page.stem}.jsonl").exists()
    codes = {m.group("code") for m in _located(result.stdout)}
    assert "M101" in codes and "T105" in codes and all(c.startswith("M") or c == "T105" for c in codes)
