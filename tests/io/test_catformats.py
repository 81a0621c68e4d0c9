"""CAT-tool readers: XLIFF 1.2/2.0, TMX and PO through translate-toolkit."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fixtures.catbuild import po_bytes, tmx_bytes, xliff12_bytes, xliff20_bytes
from qa.errors import InputError
from qa.io import read_document
from qa.io.catformats import read_po, read_tmx, read_xliff, sniff_catformat, xliff_version
from qa.lang.traditional import detect_script, to_simplified

PAIRS = [
    ("2021年2月2日，中央政法委召开会议。", "On February 2, 2021, the committee held a meeting."),
    ("长安君在现场聆听了讲话。", "Chang'an Jun listened to the speech on the spot."),
    ("扎赉特旗的案件已经办结。", ""),
    ("会议强调了五大要求。", "The meeting stressed the Five Requirements."),
]
BUILD = {"xlf12": xliff12_bytes, "xlf20": xliff20_bytes, "tmx": tmx_bytes, "po": po_bytes}
SUFFIX = {"xlf12": ".xlf", "xlf20": ".xliff", "tmx": ".tmx", "po": ".po"}
READ = {"xlf12": read_xliff, "xlf20": read_xliff, "tmx": read_tmx, "po": read_po}
FMT = {"xlf12": "xliff", "xlf20": "xliff", "tmx": "tmx", "po": "po"}


@pytest.mark.parametrize("kind", sorted(BUILD))
def test_units_become_pairs_in_order_with_ids(kind, tmp_path):
    path = tmp_path / f"doc{SUFFIX[kind]}"
    path.write_bytes(BUILD[kind](PAIRS))
    doc = read_document(path)
    assert doc.fmt == FMT[kind]
    assert doc.prealigned and not doc.paragraphs
    assert [(p.source, p.target) for p in doc.pairs] == PAIRS
    own_ids = {"xlf12": "tu", "xlf20": "unit", "po": "para"}  # translate-toolkit's TMX writer gives no tuid
    assert [p.id for p in doc.pairs] == [f"{own_ids[kind]}{n}" if kind in own_ids else f"u000{n}" for n in range(1, 5)]
    assert [p.type for p in doc.pairs] == ["1-1", "1-1", "1-1", "1-1"]  # a unit pairs itself, translated or not
    assert all(p.score == 1.0 for p in doc.pairs)
    assert doc.source_lang == "zh-CN" and doc.target_lang == "en-US"
    assert dict(doc.meta)["script"] == "simplified"
    assert doc.id == "doc"


def test_unit_ids_are_the_files_own_ids():
    assert [p.unit_id for p in read_xliff(Path("a.xlf"), xliff12_bytes(PAIRS)).pairs] == ["tu1", "tu2", "tu3", "tu4"]
    assert [p.unit_id for p in read_xliff(Path("a.xlf"), xliff20_bytes(PAIRS)).pairs] == ["unit1", "unit2", "unit3", "unit4"]
    assert [p.unit_id for p in read_po(Path("a.po"), po_bytes(PAIRS)).pairs] == ["para1", "para2", "para3", "para4"]


def test_xliff_version_is_sniffed_from_the_version_attribute():
    assert xliff_version(xliff12_bytes(PAIRS)) == "1.2"
    assert xliff_version(xliff20_bytes(PAIRS)) == "2.0"
    assert dict(read_xliff(Path("a.xlf"), xliff20_bytes(PAIRS)).meta)["xliff_version"] == "2.0"
    assert sniff_catformat(xliff20_bytes(PAIRS)) == "xliff"
    assert sniff_catformat(tmx_bytes(PAIRS)) == "tmx"
    assert sniff_catformat(po_bytes(PAIRS)) == "po"
    assert sniff_catformat("第一段\n\nFirst paragraph\n".encode()) is None


XLIFF2_MULTI = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh" trgLang="en">
  <file id="f1">
    <unit id="intro">
      <segment id="s1"><source>第一句。</source><target>First sentence.</target></segment>
      <ignorable><source> </source></ignorable>
      <segment id="s2"><source>第二句有<ph id="1"/>标记。</source><target>Second <ph id="1"/>sentence.</target></segment>
    </unit>
    <unit id="next">
      <segment><source>第三句。</source><target>Third sentence.</target></segment>
    </unit>
  </file>
</xliff>
"""


def test_xliff2_segments_of_one_unit_get_sub_ids():
    doc = read_xliff(Path("m.xlf"), XLIFF2_MULTI.encode())
    assert [(p.id, p.unit_id) for p in doc.pairs] == [("intro.s01", "intro"), ("intro.s02", "intro"), ("next", "next")]
    assert doc.pairs[1].source == "第二句有标记。"
    assert doc.pairs[1].target == "Second sentence."


XLIFF12_GROUPS = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
  <file original="a.docx" source-language="zh-CN" target-language="en-GB" datatype="x-docx">
    <body>
      <group id="g1">
        <trans-unit id="7"><source>第一段<g id="1">加粗</g>。</source><target>First <g id="1">bold</g>.</target></trans-unit>
      </group>
      <!-- <trans-unit id="commented"><source>不算</source></trans-unit> -->
      <trans-unit id="8"><source>第二段。</source><target>Second.</target></trans-unit>
    </body>
  </file>
</xliff>
"""


def test_xliff12_units_inside_groups_and_inline_tags():
    doc = read_xliff(Path("g.xlf"), XLIFF12_GROUPS.encode())
    assert [(p.id, p.unit_id, p.source, p.target) for p in doc.pairs] == [
        ("7", "7", "第一段加粗。", "First bold."),
        ("8", "8", "第二段。", "Second."),
    ]
    assert doc.target_lang == "en-GB"


@pytest.mark.parametrize(
    "kind,src,tgt",
    [("xlf12", "en", "fr"), ("xlf20", "de-DE", "en-US"), ("po", "zh-CN", "fr"), ("xlf12", "zh-CN", "ja")],
)
def test_other_language_pairs_are_refused(kind, src, tgt):
    data = BUILD[kind](PAIRS, src=src, tgt=tgt)
    with pytest.raises(InputError, match=r"zh → en"):
        READ[kind](Path("x" + SUFFIX[kind]), data)


def test_tmx_without_chinese_or_english_is_refused():
    data = tmx_bytes([("Bonjour", "Hallo")], src="fr", tgt="de")
    with pytest.raises(InputError, match=r"languages found: de, fr"):
        read_tmx(Path("x.tmx"), data)


def test_po_without_language_headers_is_judged_by_its_script():
    from translate.storage import pypo

    store = pypo.pofile()
    unit = store.addsourceunit("你好，世界。")
    unit.target = "Hello, world."
    doc = read_po(Path("x.po"), bytes(store))
    assert doc.source_lang == "zh" and [(p.source, p.target) for p in doc.pairs] == [("你好，世界。", "Hello, world.")]
    store = pypo.pofile()
    store.addsourceunit("Hello").target = "Bonjour"
    with pytest.raises(InputError, match=r"en \(guessed\)"):
        read_po(Path("y.po"), bytes(store))


TRADITIONAL = [("長安君在現場聆聽了講話，扎賚特旗的幹部也參加了會議。", "Chang'an Jun listened to the speech.")]


def test_traditional_chinese_is_kept_as_written_and_flagged():
    doc = read_xliff(Path("t.xlf"), xliff12_bytes(TRADITIONAL, src="zh"))
    assert dict(doc.meta)["script"] == "traditional"
    assert doc.pairs[0].source == TRADITIONAL[0][0]
    assert to_simplified(doc.pairs[0].source) == "长安君在现场聆听了讲话，扎赉特旗的干部也参加了会议。"


def test_script_from_language_tag_and_from_characters():
    assert detect_script(["政法工作"], "zh-Hant") == "traditional"
    assert detect_script(["政法工作"], "zh-TW") == "traditional"
    assert detect_script(["長安君與扎賚特旗"], "zh") == "traditional"
    assert detect_script(["长安君与扎赉特旗"], "zh") == "simplified"
    assert to_simplified("Only English 123") == "Only English 123"


@pytest.mark.parametrize(
    "name,data,reason",
    [
        ("broken.xlf", b"<xliff version='1.2'><file><body><trans-unit id='1'><source>\xe4\xbd\xa0", "not a readable XLIFF"),
        ("empty.xlf", XLIFF12_GROUPS.encode().replace(b"<trans-unit", b"<x-unit").replace(b"</trans-unit", b"</x-unit"), "no translation units"),
        ("wrong-root.xlf", b"<?xml version='1.0'?><html><body>hi</body></html>", "not a readable XLIFF"),
        ("bad.tmx", b"<tmx version='1.4'><header/><body><tu><tuv xml:lang='zh'><seg>\xff\xfe</seg></tuv></tu></body></tmx>", "TMX"),
        ("bad.po", b'msgid "a\nmsgstr "b"\n\x00\x01', "PO"),
    ],
)
def test_broken_files_give_one_line_input_errors(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError, match=reason) as info:
        read_document(path)
    assert "\n" not in str(info.value)


# --------------------------------------------------------------------------- end to end: same findings in every format

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SAMPLE = SHARED / "samples" / "ten-key-points-2021.txt"
FORMAT_FILES = {"xliff12.xlf": xliff12_bytes, "xliff20.xlf": xliff20_bytes, "sample.tmx": tmx_bytes, "sample.po": po_bytes}


def sample_pairs(path: Path) -> list[tuple[str, str]]:
    """(Chinese, English): each English paragraph of the page with the Chinese paragraph right after it."""
    from qa.model import Lang

    paragraphs = [p for p in read_document(path).paragraphs if not p.furniture]
    return [(zh.text, en.text) for en, zh in zip(paragraphs, paragraphs[1:]) if en.lang is Lang.EN and zh.lang is Lang.ZH]


def run_qa_check(path: Path, outdir: Path) -> list[dict]:
    """`qa check` as a user runs it (in-process so the sentence encoder loads once per session)."""
    import importlib
    import json

    from click.testing import CliRunner

    from qa.checks import CHECK_MODULES
    from qa.cli import main

    for module in CHECK_MODULES:
        importlib.import_module(module if module.startswith("qa.") else f"qa.checks.{module}")
    result = CliRunner().invoke(main, ["check", str(path), "-o", str(outdir), "--format", "jsonl", "--no-accept"])
    assert result.exit_code in (0, 1), result.output
    report = outdir / f"{path.stem}.jsonl"
    return [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines() if line.strip()]


def finding_keys(rows: list[dict]) -> list[tuple[str, str, str]]:
    return sorted((r["check_id"], r["source_span"], r["target_span"]) for r in rows)


@pytest.fixture(scope="module")
def e2e(tmp_path_factory):
    if not SAMPLE.exists():
        pytest.skip("../shared not present: the sample page is needed for the end-to-end comparison")
    from qa.checks import CHECK_MODULES

    if not CHECK_MODULES:
        pytest.skip("no check families registered yet (qa.checks.CHECK_MODULES is empty)")
    folder = tmp_path_factory.mktemp("e2e")
    pairs = sample_pairs(SAMPLE)
    results = {"plain": run_qa_check(SAMPLE, folder / "plain")}
    for name, build in FORMAT_FILES.items():
        path = folder / name
        path.write_bytes(build(pairs))
        results[name] = run_qa_check(path, folder / name.replace(".", "-"))
    return pairs, results, folder


def test_sample_pairs_are_the_pages_paragraph_pairs(sample_page):
    pairs = sample_pairs(sample_page)
    assert len(pairs) > 60
    assert any("长安君" in zh and "Zhang Anjun" in en for zh, en in pairs)
    assert all(zh and en for zh, en in pairs)


@pytest.mark.parametrize("name", sorted(FORMAT_FILES))
def test_cat_versions_give_the_plain_text_findings(e2e, name):
    pairs, results, _ = e2e
    in_pairs = set(pairs)
    # The page also has furniture and one-language paragraphs the CAT files do not carry; compare on shared pairs.
    plain = [r for r in results["plain"] if (r["source"], r["target"]) in in_pairs]
    assert plain, "the plain-text run found nothing on the paired paragraphs: the comparison would prove nothing"
    assert finding_keys(results[name]) == finding_keys(plain)


def test_findings_written_back_into_the_xliff_open_with_translate_toolkit(e2e):
    from translate.storage import xliff

    from qa.report.xliff_notes import write_xliff_with_notes
    from qa.model import Finding, Severity

    pairs, results, folder = e2e
    original = (folder / "xliff12.xlf").read_bytes()
    rows = results["xliff12.xlf"]
    findings = [
        Finding(
            check_id=r["check_id"], check=r["check"], category=r["category"], severity=Severity.parse(r["severity"]),
            pair_id=r["pair_id"], source=r["source"], target=r["target"], source_span=r["source_span"],
            target_span=r["target_span"], message=r["message"], suggestion=r["suggestion"], doc=r["doc"],
        )
        for r in rows
    ]
    out = folder / "with-notes.xlf"
    result = write_xliff_with_notes(original, findings, out)
    assert result.placed == len(findings) and not result.unplaced
    store = xliff.xlifffile.parsestring(out.read_bytes())
    notes = {u.source: u.getnotes(origin="qa") for u in store.units}
    for row in rows:
        assert f"[{row['check_id']} " in notes[row["source"]]
    assert sum(note.count("\n") + 1 for note in notes.values() if note) == len(findings)


OMEGAT_TMX = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx11.dtd">
<tmx version="1.1">
  <header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext"
          creationtoolversion="4.3.2" segtype="sentence" srclang="ZH-CN"/>
  <body>
    <tu><tuv lang="ZH-CN"><seg>\xe4\xbb\x8a\xe5\xb9\xb4\xe5\x85\xa8\xe5\x8e\xbf\xe4\xba\xba\xe5\x8f\xa3\xe5\xa2\x9e\xe9\x95\xbf\xe4\xba\x863%\xe3\x80\x82</seg></tuv>
        <tuv lang="EN-US"><seg>This year the county's population grew by 3 percent.</seg></tuv></tu>
  </body>
</tmx>
"""


def test_tmx_1_1_lang_attributes_are_read_like_xml_lang(tmp_path):
    """OmegaT writes <tuv lang="ZH-CN"> (TMX 1.1), not xml:lang: such a file is read, not refused."""
    path = tmp_path / "project-omegat.tmx"
    path.write_bytes(OMEGAT_TMX)
    doc = read_document(path)
    assert [(p.source, p.target) for p in doc.pairs] == [
        ("今年全县人口增长了3%。", "This year the county's population grew by 3 percent.")
    ]


def test_a_japanese_source_is_refused_not_checked_as_chinese(tmp_path):
    """Kanji look like hanzi: a Japanese file must be refused, or every check would report nonsense."""
    path = tmp_path / "ja.tsv"
    path.write_text("source\ttarget\n今日は良い天気ですね。私たちは公園に行きました。\tThe weather is nice today. We went to the park.\n"
                    "東京都は新しい計画を発表しました。\tTokyo announced a new plan.\n", encoding="utf-8")
    with pytest.raises(InputError, match="looks Japanese"):
        read_document(path)
    data = tmx_bytes([("今日は良い天気ですね。私たちは公園に行きました。", "The weather is nice today.")], src="zh", tgt="en")
    tmx = tmp_path / "mislabelled.tmx"
    tmx.write_bytes(data)
    with pytest.raises(InputError, match="looks Japanese"):
        read_document(tmx)


def test_chinese_quoting_a_japanese_name_is_still_chinese(tmp_path):
    path = tmp_path / "zh.tsv"
    path.write_text("source\ttarget\n丰田公司（トヨタ）今年在华销量增长了百分之五，达到一百九十万辆，创下历史新高。\t"
                    "Toyota's sales in China rose five percent this year to a record 1.9 million vehicles.\n", encoding="utf-8")
    assert len(read_document(path).pairs) == 1


@pytest.mark.parametrize("kind", sorted(BUILD))
def test_an_untranslated_unit_is_an_empty_target_not_an_omission(kind, tmp_path):
    from qa.checking import check_alignment
    from qa.checks.registry import all_checks
    from qa.pipeline import load_alignment

    path = tmp_path / f"doc{SUFFIX[kind]}"
    path.write_bytes(BUILD[kind](PAIRS))
    findings = check_alignment(load_alignment(path), all_checks(), None, None).findings
    untranslated = [p.id for p in read_document(path).pairs if not p.target.strip()]
    assert untranslated and sorted(f.pair_id for f in findings if f.check_id == "U101") == untranslated
    assert not [f for f in findings if f.check_id == "A001"]
