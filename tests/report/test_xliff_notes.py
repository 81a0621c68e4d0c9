"""Findings written back into XLIFF as notes: nothing else in the file may change."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from tests.fixtures.catbuild import xliff20_bytes
from qa.errors import InputError
from qa.io.catformats import read_xliff
from qa.model import Finding, Severity
from qa.report.xliff_notes import add_notes, note_text, write_xliff_with_notes

PAIRS = [
    ("长安君在现场聆听了讲话。", "Zhang Anjun listened to the speech on the spot."),
    ("总书记习近平强调。", "General Secretary Jinping stressed."),
    ("扎赉特旗。", ""),
]


def finding(pair_id: str, check_id: str = "M101", severity: Severity = Severity.MAJOR, **kw) -> Finding:
    values = dict(
        check_id=check_id,
        check="name-romanization",
        category="Locale convention/Name format",
        severity=severity,
        pair_id=pair_id,
        source="",
        target="",
        source_span="长安君",
        target_span="Zhang Anjun",
        message="长安君 is romanized as <Zhang Anjun> & not Chang'an Jun",
        suggestion="Chang'an Jun",
    )
    values.update(kw)
    return Finding(**values)


FINDINGS = [finding("u0001"), finding("u0001", "N201", Severity.MINOR, message="second note on one unit"), finding("u0003", "U001", Severity.CRITICAL, target_span="")]

# Hand-written like a CAT tool would: comments, CDATA, entities, single quotes, an existing note, CRLF-free.
CAT12 = """\ufeff<?xml version="1.0" encoding="UTF-8"?>
<!-- exported by SomeCAT 9.1 -->
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" version="1.2">
 <file original='report.docx' source-language='zh-CN' target-language='en-US' datatype='x-docx'>
  <header><sdl:ref-files/></header>
  <body>
   <group id="g1">
    <trans-unit id="a&amp;1" sdl:x='1'>
     <source>长安君在现场聆听了讲话。</source>
     <target>Zhang Anjun listened to the speech on the spot.</target>
     <note from="translator">checked &#x4e2d;</note>
    </trans-unit>
   </group>
   <!-- <trans-unit id="ghost"><source>不是</source></trans-unit> -->
   <trans-unit id="b"><source><![CDATA[总书记习近平<强调>。]]></source><target>General Secretary Jinping stressed.</target></trans-unit>
   <trans-unit id="c">
     <source>扎赉特旗。</source>
   </trans-unit>
  </body>
 </file>
</xliff>
"""

QA_NOTE_12 = re.compile(r'(?:\r?\n[ \t]*)?<(?:\w+:)?note from="qa"[^>]*>[^<]*</(?:\w+:)?note>')
QA_NOTES_20 = re.compile(r'<(\w+:)?notes>(?:\s*<(?:\w+:)?note category="qa"[^>]*>[^<]*</(?:\w+:)?note>)+\s*</(?:\w+:)?notes>(?:\r?\n[ \t]*)?')
QA_NOTE_20 = re.compile(r'(?:\r?\n[ \t]*)?<(?:\w+:)?note category="qa"[^>]*>[^<]*</(?:\w+:)?note>')


def strip_qa_notes(text: str) -> str:
    """Remove what the writer may insert, found independently of its own bookkeeping."""
    text = QA_NOTES_20.sub("", text)
    text = QA_NOTE_20.sub("", text)
    return QA_NOTE_12.sub("", text)


def open_with_translate_toolkit_12(data: bytes):
    from translate.storage import xliff

    return xliff.xlifffile.parsestring(data)


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_xliff12_notes_inserted_and_nothing_else_changes(newline, tmp_path):
    original = CAT12.replace("\n", newline).encode("utf-8")
    out = tmp_path / "out.xlf"
    result = write_xliff_with_notes(original, FINDINGS, out)
    written = out.read_bytes()
    assert result.placed == 3 and result.unplaced == ()
    assert written != original
    assert strip_qa_notes(written.decode("utf-8")).encode("utf-8") == original
    assert written.startswith(b"\xef\xbb\xbf<?xml")
    store = open_with_translate_toolkit_12(written)
    notes = {u.xmlelement.get("id"): u.getnotes(origin="qa") for u in store.units}
    assert "[M101 name-romanization] major" in notes["a&1"] and "second note on one unit" in notes["a&1"]
    assert "<Zhang Anjun> & not" in notes["a&1"]  # escaped in the file, intact once parsed
    assert notes["b"] == ""
    assert "[U001 name-romanization] critical" in notes["c"]
    assert "checked 中" in store.units[0].getnotes(origin="translator")
    # Our notes keep the file's line endings and the unit's child indentation.
    assert f"{newline}     <note from=\"qa\" priority=\"2\" annotates=\"target\">" in written.decode()


def test_xliff12_notes_are_schema_placed_after_source_and_target():
    written, _ = add_notes(CAT12.encode(), FINDINGS)
    root = etree.fromstring(written.lstrip(b"\xef\xbb\xbf"))
    ns = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
    unit = root.find(".//x:trans-unit[@id='c']", ns)
    assert [etree.QName(child).localname for child in unit] == ["source", "note"]
    assert unit.find("x:note", ns).get("priority") == "1"


def test_the_readers_pair_ids_are_the_files_own_and_point_to_the_right_units():
    doc = read_xliff(Path("cat.xlf"), CAT12.encode())
    assert [p.id for p in doc.pairs] == ["a&1", "b", "c"]  # what the translator sees in the CAT tool
    by_source = {p.source: p.id for p in doc.pairs}
    written, result = add_notes(CAT12.encode(), [finding(by_source["扎赉特旗。"])], {p.id: p.unit_id for p in doc.pairs})
    store = open_with_translate_toolkit_12(written)
    assert [bool(u.getnotes(origin="qa")) for u in store.units] == [False, False, True]


TWO_FILES_SAME_IDS = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
 <file original="a.docx" source-language="zh-CN" target-language="en-US" datatype="x-docx"><body>
  <trans-unit id="1"><source>第一章。</source><target>Chapter one.</target></trans-unit>
 </body></file>
 <file original="b.docx" source-language="zh-CN" target-language="en-US" datatype="x-docx"><body>
  <trans-unit id="1"><source>扎赉特旗。</source><target>Zhalaite.</target></trans-unit>
 </body></file>
</xliff>
"""


def test_ids_repeated_across_files_fall_back_to_positions_and_notes_land_on_the_second_unit():
    doc = read_xliff(Path("two.xlf"), TWO_FILES_SAME_IDS.encode())
    assert [(p.id, p.unit_id) for p in doc.pairs] == [("u0001", "1"), ("u0002", "1")]
    second = next(p.id for p in doc.pairs if p.source == "扎赉特旗。")
    written, result = add_notes(TWO_FILES_SAME_IDS.encode(), [finding(second)], {p.id: p.unit_id for p in doc.pairs})
    assert result.placed == 1
    store = open_with_translate_toolkit_12(written)
    assert [bool(u.getnotes(origin="qa")) for u in store.units] == [False, True]


def test_mapping_pair_ids_to_unit_ids_and_unplaced_findings():
    written, result = add_notes(
        CAT12.encode(), [finding("p0007"), finding("p0008"), finding("p0009")], unit_ids={"p0007": "b", "p0008": "a&1"}
    )
    assert result.placed == 2 and [f.pair_id for f in result.unplaced] == ["p0009"]
    store = open_with_translate_toolkit_12(written)
    assert [bool(u.getnotes(origin="qa")) for u in store.units] == [True, True, False]


def test_xliff20_notes_go_in_a_notes_element_before_the_segments(tmp_path):
    original = xliff20_bytes(PAIRS)
    out = tmp_path / "out.xlf"
    write_xliff_with_notes(original, FINDINGS, out)
    written = out.read_bytes()
    assert strip_qa_notes(written.decode()).encode() == original
    from translate.storage import xliff2

    store = xliff2.Xliff2File.parsestring(written)  # opens with translate-toolkit
    assert [u.source for u in store.units] == [zh for zh, _ in PAIRS]
    ns = "{urn:oasis:names:tc:xliff:document:2.0}"
    units = list(store.document.getroot().iter(f"{ns}unit"))
    children = [[etree.QName(c).localname for c in unit] for unit in units]
    assert children == [["notes", "segment"], ["segment"], ["notes", "segment"]]
    notes = [n.text for n in units[0].iter(f"{ns}note")]
    assert len(notes) == 2 and notes[0].startswith("[M101 name-romanization] major")
    assert units[2].find(f"{ns}notes/{ns}note").get("priority") == "1"


CAT20_WITH_NOTES = """<?xml version="1.0" encoding="UTF-8"?>
<x:xliff xmlns:x="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh" trgLang="en"><x:file id="f"><x:unit id="one"><x:notes><x:note>translator note</x:note></x:notes><x:segment><x:source>长安君。</x:source><x:target>Zhang Anjun.</x:target></x:segment></x:unit></x:file></x:xliff>"""


def test_xliff20_prefixed_one_line_file_with_existing_notes():
    written, result = add_notes(CAT20_WITH_NOTES.encode(), [finding("u0001")])
    text = written.decode()
    assert result.placed == 1
    assert "<x:note>translator note</x:note><x:note category=\"qa\"" in text
    assert strip_qa_notes(text) == CAT20_WITH_NOTES
    root = etree.fromstring(written)
    assert len(root.findall(".//{urn:oasis:names:tc:xliff:document:2.0}note")) == 2


def test_utf16_xliff_stays_utf16():
    original = CAT12.lstrip("\ufeff").replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")
    written, _ = add_notes(original, FINDINGS)
    assert written.startswith(b"\xff\xfe")
    assert strip_qa_notes(written.decode("utf-16")).encode("utf-16") == original
    assert open_with_translate_toolkit_12(written).units[0].getnotes(origin="qa")


def test_note_text_for_an_editor():
    text = note_text(finding("u0001"))
    assert text.startswith("[M101 name-romanization] major, Locale convention/Name format: ")
    assert "source: “长安君”" in text and "target: “Zhang Anjun”" in text and "suggestion: Chang'an Jun" in text


def test_control_characters_in_messages_do_not_break_the_xml():
    written, _ = add_notes(CAT12.encode(), [finding("u0002", message="bad\x0b\x00char")])
    assert "badchar" in open_with_translate_toolkit_12(written).units[1].getnotes(origin="qa")


def test_hostile_or_truncated_xliff_is_refused_and_nothing_written(tmp_path):
    out = tmp_path / "out.xlf"
    bomb = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><xliff version="1.2"/>'
    with pytest.raises(InputError, match="entities"):
        write_xliff_with_notes(bomb, FINDINGS, out)
    truncated = CAT12.encode()[: CAT12.encode().index(b"</trans-unit>")]
    with pytest.raises(InputError, match="never closed"):
        write_xliff_with_notes(truncated, FINDINGS, out)
    assert list(tmp_path.iterdir()) == []


def test_interrupted_write_leaves_the_old_report(tmp_path, monkeypatch):
    out = tmp_path / "out.xlf"
    out.write_bytes(b"previous report")
    import qa.atomic as atomic

    def boom(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "replace", boom)
    with pytest.raises(KeyboardInterrupt):
        write_xliff_with_notes(CAT12.encode(), FINDINGS, out)
    assert out.read_bytes() == b"previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["out.xlf"]
