"""Readers on real text: the interleaved sample page, encodings, tables, bad input."""

from __future__ import annotations


import pytest
from click.testing import CliRunner

from qa.cli import main
from qa.errors import InputError
from qa.io import read_document
from qa.io.decode import decode_bytes
from qa.io.script import classify
from qa.model import Lang
from tests.conftest import BUNDLED_SAMPLE


def _body_paragraphs(path):
    """English and Chinese paragraphs of the page as blank-line separated blocks."""
    return [b.strip() for b in path.read_text(encoding="utf-8").split("\n\n") if b.strip()]


def test_sample_page_pairs_every_english_paragraph_with_the_chinese_after_it(sample_page, sample_alignment):
    lines = sample_page.read_text(encoding="utf-8").split("\n")
    two_sided = [p for p in sample_alignment.pairs if p.type == "1-1"]
    assert len(two_sided) == 74  # 73 body paragraphs and the title
    for pair in two_sided:
        assert lines[pair.target_line - 1].strip() == pair.target
        assert lines[pair.source_line - 1].strip() == pair.source
        # English first, then its Chinese original two lines below (one blank line between).
        assert pair.source_line == pair.target_line + 2
        assert classify(pair.source) is Lang.ZH and classify(pair.target) is Lang.EN
    titles = [p for p in two_sided if p.target.startswith("This Year’s “Ten Key Points”")]
    assert titles and titles[0].source.startswith("推动政法工作高质量发展")


def test_sample_page_summary_and_furniture_are_one_sided(sample_alignment):
    one_sided = [p for p in sample_alignment.pairs if p.type != "1-1"]
    texts = {p.source or p.target: p for p in one_sided}
    summary = next(p for t, p in texts.items() if t.startswith("Summary of remarks"))
    assert summary.type == "0-1" and summary.kind == "unmatched"
    for chrome in ("Return to the Library", "PDF", "To top", "Cite This Page", "See an error? Drop us a line at"):
        assert texts[chrome].kind == "furniture", chrome
    citation = next(p for t, p in texts.items() if "CSIS Interpret" in t)
    assert citation.kind == "furniture"
    assert all(p.kind == "furniture" for p in one_sided if p is not summary)


def test_chinese_first_page_is_detected(sample_page, tmp_path):
    blocks = _body_paragraphs(sample_page)
    pairs = [(blocks[i], blocks[i + 1]) for i in range(11, 39, 2)]
    assert all(classify(en) is Lang.EN and classify(zh) is Lang.ZH for en, zh in pairs)
    swapped = "\n\n".join(f"{zh}\n\n{en}" for en, zh in pairs)
    path = tmp_path / "zh-first.txt"
    path.write_text("English-only introduction that has no original at all.\n\n" + swapped, encoding="utf-8")
    from qa.pipeline import load_alignment

    alignment = load_alignment(path)
    two_sided = [p for p in alignment.pairs if p.type == "1-1"]
    assert [(p.target, p.source) for p in two_sided] == pairs


@pytest.mark.parametrize(
    "encoding, bom",
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
     ("utf-16-le", b""), ("gb18030", b""), ("gbk", b"")],
)
def test_encodings_decode_to_the_same_text(encoding, bom):
    text = BUNDLED_SAMPLE.read_text(encoding="utf-8").replace("’", "'")  # GBK has no curly quote
    data = bom + text.replace("\n", "\r\n").encode(encoding)
    assert decode_bytes(data) == text


def test_mixed_line_endings_and_zero_width_characters(tmp_path):
    text = "He said hello.\r\n\r\n他说你好。\r\rShe left\u200b.\n\n她走了。\n"
    path = tmp_path / "mixed.txt"
    path.write_bytes(text.encode("utf-8"))
    doc = read_document(path)
    assert [p.text for p in doc.paragraphs] == ["He said hello.", "他说你好。", "She left.", "她走了。"]
    assert [p.line for p in doc.paragraphs] == [1, 3, 5, 7]


def test_script_classification_is_robust_to_glosses_and_latin_in_chinese():
    assert classify("The county built 12 digital villages (数字乡村) and three (三安) projects.") is Lang.EN
    assert classify("全县GDP增长6.5%,5G基站达到1200个。") is Lang.ZH
    assert classify("PDF") is Lang.EN
    assert classify("——") is Lang.OTHER


def test_hard_wrapped_paragraphs_are_joined(tmp_path):
    path = tmp_path / "wrapped.txt"
    path.write_text(
        "The county government held its annual plenary meeting on March 3 and\n"
        "reviewed the work of the past year.\n\n县政府3月3日召开年度全体会议,\n回顾过去一年的工作。\n",
        encoding="utf-8",
    )
    doc = read_document(path)
    assert [p.text for p in doc.paragraphs] == [
        "The county government held its annual plenary meeting on March 3 and reviewed the work of the past year.",
        "县政府3月3日召开年度全体会议,回顾过去一年的工作。",
    ]


def test_an_alignment_tsv_keeps_its_one_sided_beads(tmp_path):
    path = tmp_path / "page.tsv"
    path.write_text("pair_id\ttype\tscore\tsource\ttarget\np0001\t1-0\t0.0\t三农\t\np0002\t0-1\t0.0\t\tPDF\n", encoding="utf-8")
    assert [(p.type, p.kind) for p in read_document(path).pairs] == [("1-0", "unmatched"), ("0-1", "unmatched")]


def test_table_of_pairs_is_kept_as_is(tmp_path):
    path = tmp_path / "pairs.csv"
    path.write_text('source,target\n县长王小明作报告。,"County Head Wang Xiaoming, reported."\n三农,\n', encoding="utf-8")
    doc = read_document(path)
    assert [(p.source, p.target, p.type) for p in doc.pairs] == [
        ("县长王小明作报告。", "County Head Wang Xiaoming, reported.", "1-1"),
        ("三农", "", "1-1"),  # an untranslated row: U101 reports it, not the aligner's A001
    ]


def test_two_column_table_without_header_in_either_order(tmp_path):
    rows = [("县长王小明作报告。", "County Head Wang Xiaoming reported."), ("全县投入资金2000万元。", "The county invested 20 million yuan.")]
    zh_first = tmp_path / "zh-first.tsv"
    zh_first.write_text("".join(f"{z}\t{e}\n" for z, e in rows), encoding="utf-8")
    en_first = tmp_path / "en-first.tsv"
    en_first.write_text("".join(f"{e}\t{z}\n" for z, e in rows), encoding="utf-8")
    for path in (zh_first, en_first):
        doc = read_document(path)
        assert [(p.source, p.target, p.source_line) for p in doc.pairs] == [(z, e, k) for k, (z, e) in enumerate(rows, 1)]
    # a trailing delimiter and a Chinese cell with Latin letters and digits in it
    mixed = tmp_path / "mixed.tsv"
    mixed.write_text("2023年GDP增长5.2%。\tGDP grew by 5.2% in 2023.\t\n", encoding="utf-8")
    assert [(p.source, p.target) for p in read_document(mixed).pairs] == [("2023年GDP增长5.2%。", "GDP grew by 5.2% in 2023.")]
    # a first row that is neither a header nor a Chinese/English pair is still refused, with the reason
    odd = tmp_path / "odd.tsv"
    odd.write_text("a\tb\nc\td\n", encoding="utf-8")
    with pytest.raises(InputError, match="header row must name a source and a target column"):
        read_document(odd)


def test_alignment_tsv_round_trips_through_qa_align(tmp_path):
    runner = CliRunner()
    result = runner.invoke(main, ["align", str(BUNDLED_SAMPLE), "-o", str(tmp_path), "--level", "paragraph"])
    assert result.exit_code == 0, result.output
    written = tmp_path / f"{BUNDLED_SAMPLE.stem}.tsv"
    header = written.read_text(encoding="utf-8").split("\n", 1)[0]
    assert header == "pair_id\ttype\tscore\tsource\ttarget\tkind"
    again = read_document(written)
    from qa.pipeline import load_alignment

    original = load_alignment(BUNDLED_SAMPLE)
    assert [(p.id, p.source, p.target, p.type) for p in again.pairs] == [
        (p.id, p.source, p.target, p.type) for p in original.pairs
    ]


def _run(args):
    return CliRunner().invoke(main, args)


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"\n\n  \n", "empty"),
        ("binary.txt", bytes(range(256)) * 8, "binary"),
        ("english.txt", b"Only English here.\n\nAnd more English.\n", "only English"),
        ("chinese.txt", "只有中文。\n\n还是中文。\n".encode(), "only Chinese"),
        ("report.docx", b"PK\x03\x04 not really", "unsupported file type"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    before = sorted(tmp_path.iterdir())
    result = _run(["align", str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output
    assert sorted(tmp_path.iterdir()) == before  # nothing written next to the input
    assert path.read_bytes() == content


def test_mismatched_pair_of_files_is_refused(tmp_path):
    zh = tmp_path / "a.txt"
    en = tmp_path / "b.txt"
    zh.write_text("This should have been Chinese.\n", encoding="utf-8")
    en.write_text("This is English.\n", encoding="utf-8")
    result = _run(["align", str(zh), "--target", str(en), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2 and "expected the Chinese source" in result.output
    result = _run(["align", str(en), "--target", str(en), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2


def test_missing_file_and_folder_inputs(tmp_path):
    assert _run(["align", str(tmp_path / "nope.txt")]).exit_code == 2
    assert "folder" in _run(["align", str(tmp_path)]).output


@pytest.mark.parametrize("encoding, bom", [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b""), ("gb18030", b"")])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_text_format_writes_back_byte_for_byte(encoding, bom, newline):
    from qa.io.decode import decode_with_format

    text = BUNDLED_SAMPLE.read_text(encoding="utf-8").replace("’", "'")
    data = bom + text.replace("\n", newline).encode(encoding)
    decoded, fmt = decode_with_format(data)
    assert decoded == text
    assert fmt.encode(decoded) == data
