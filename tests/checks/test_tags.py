"""D101: tags and placeholders of a CAT unit carried over once each, on sentences of the sample page."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from qa.checks.tags import placeholders
from qa.io.catformats import read_tmx, read_xliff
from tests.conftest import check_pair

SOURCE = "全国试点办召开{0}次全国试点办主任会议、%s试点工作交流会。"
TARGET = "The National Pilot Office held {0} meetings of its directors and %s pilot work exchanges."


def found(source, target, **fields):
    return [(f.source_span, f.target_span) for f in check_pair(source, target, ("D101",), **fields)]


def test_placeholders_carried_over_in_any_order_are_fine():
    assert found(SOURCE, TARGET) == []
    assert found("%1$s向%2$s致辞。", "%2$s was addressed by %1$s.") == []


def test_a_missing_placeholder_and_a_doubled_one():
    assert found(SOURCE, "The National Pilot Office held {0} meetings of its directors and pilot work exchanges.") == [("%s", "")]
    assert found(SOURCE, "The office held {0} meetings, {0} of them, and %s exchanges.") == [("", "{0}")]
    assert found("召开会议。", "The meeting {name} was held.") == [("", "{name}")]  # added


def test_percent_signs_dollars_and_angle_brackets_of_prose_are_no_placeholders():
    assert placeholders("国内生产总值增长5.2%，其中50%的增量来自消费。") == []
    assert placeholders("GDP grew by 5.2%, and 50% of the increase came from consumption; it cost $100.") == []
    assert placeholders("《人民日报》报道 a < b > c") == []
    assert placeholders("共有{0}个文件，%(count)d个已完成，$user的<b>重要</b>文件") == ["{0}", "%(count)d", "$user", "<b>", "</b>"]


def test_a_lost_placeholder_with_digits_is_one_finding_d101s_not_also_a_lost_number():
    target = "The National Pilot Office held meetings of its directors and %s pilot work exchanges."
    findings = check_pair(SOURCE, target, ("D101", "N202", "N201"))
    assert [(f.check_id, f.source_span) for f in findings] == [("D101", "{0}")]
    lost_figure = check_pair("召开{0}次会议，共3天。", "{0} meetings were held.", ("D101", "N202"))
    assert [(f.check_id, f.source_span) for f in lost_figure] == [("N202", "3")]  # a real figure still counts


def test_inline_codes_from_the_reader_are_compared():
    codes = ('<g id="1">', '<x id="2"/>')
    assert found("点击这里下载文件", "Click here to download the file", inline_tags=(codes, codes)) == []
    assert found("点击这里下载文件", "Click here to download the file", inline_tags=(codes, codes[:1])) == [('<x id="2"/>', "")]
    doubled = (codes, (*codes, '<x id="2"/>'))
    assert found("点击这里下载文件", "Click here to download the file", inline_tags=doubled) == [("", '<x id="2"/>')]


def test_an_empty_target_is_u101s_business():
    assert found(SOURCE, "") == []


XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file source-language="zh-CN" target-language="en" datatype="plaintext" original="a"><body>
<trans-unit id="u1"><source>长安君在<g id="1">现场</g>聆听了讲话。<x id="2"/></source><target>Chang'an Jun listened to the speech <g id="1">on the spot</g>.</target></trans-unit>
<trans-unit id="u2"><source>会议强调了<bpt id="1">&lt;b&gt;</bpt>五大要求<ept id="1">&lt;/b&gt;</ept>。</source><target>The meeting stressed the <bpt id="1">&lt;b&gt;</bpt>Five Requirements<ept id="1">&lt;/b&gt;</ept><ept id="1">&lt;/b&gt;</ept>.</target></trans-unit>
<trans-unit id="u3"><source>扎赉特旗的案件已经办结。</source><target/></trans-unit>
</body></file></xliff>
"""

TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="zh-CN" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/>
<body><tu tuid="7"><tuv xml:lang="zh-CN"><seg>会议<ph x="1">&lt;br/&gt;</ph>强调了五大要求。</seg></tuv>
<tuv xml:lang="en"><seg>The meeting stressed the Five Requirements.</seg></tuv></tu></body></tmx>
"""


def test_the_readers_keep_inline_codes_apart_from_the_text():
    pairs = read_xliff(Path("a.xlf"), XLIFF.encode()).pairs
    assert pairs[0].source == "长安君在现场聆听了讲话。"
    assert pairs[0].inline_tags == (('<g id="1">', '<x id="2"/>'), ('<g id="1">',))
    assert pairs[1].inline_tags == (('<bpt id="1">', '<ept id="1">'), ('<bpt id="1">', '<ept id="1">', '<ept id="1">'))
    assert read_tmx(Path("a.tmx"), TMX.encode()).pairs[0].inline_tags == (('<ph id="1">',), ())


def test_qa_check_of_an_xliff_reports_tags_by_the_files_unit_ids_and_the_empty_target(tmp_path):
    from qa.cli import main

    path = tmp_path / "job.xlf"
    path.write_text(XLIFF, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(path), "-o", str(tmp_path / "out"), "--isolated", "--select", "D,U"])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.startswith(str(path))]
    assert lines == [
        f"{path}:u1: D101 [major] <x id=\"2\"/> → Put <x id=\"2\"/> in the translation where the source has it.",
        f"{path}:u2: D101 [major] '<ept id=\"1\">' → Remove the extra <ept id=\"1\">.",
        f"{path}:u3: U101 [major] 扎赉特旗的案件已经办结。",
    ]
    csv_text = (tmp_path / "out" / "job.csv").read_text(encoding="utf-8")
    assert "u0001" not in csv_text and ",u1," in csv_text


@pytest.mark.parametrize("fmt", ["xlf12", "xlf20", "tmx", "po"])
def test_an_untranslated_unit_is_u101_in_every_cat_format(fmt, tmp_path):
    from qa.cli import main
    from tests.fixtures.catbuild import po_bytes, tmx_bytes, xliff12_bytes, xliff20_bytes

    build = {"xlf12": (xliff12_bytes, ".xlf"), "xlf20": (xliff20_bytes, ".xlf"), "tmx": (tmx_bytes, ".tmx"), "po": (po_bytes, ".po")}
    make, suffix = build[fmt]
    path = tmp_path / f"job{suffix}"
    path.write_bytes(make([("长安君在现场聆听了讲话。", "Chang'an Jun listened to the speech."), ("扎赉特旗的案件已经办结。", "")]))
    result = CliRunner().invoke(main, ["check", str(path), "-o", str(tmp_path / "out"), "--isolated", "--select", "U101"])
    assert result.exit_code == 1, result.output
    assert "U101 [major] 扎赉特旗的案件已经办结。" in result.output
