"""Delimited tables: quotation marks that are text, CSV quoting that is quoting, long cells, formula cells."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa.errors import InputError
from qa.glossary import load_glossary
from qa.io.delimited import read_rows, render_people_csv, spreadsheet_safe
from qa.pipeline import load_alignment
from tests.conftest import SHARED

WMT19 = SHARED / "dev-corpora" / "wmt19-newstest-zhen" / "pairs.tsv"
NTREX = SHARED / "dev-corpora" / "ntrex128-zhen" / "pairs.tsv"


def test_wmt19_news_tsv_reads_every_pair_with_its_quotes():
    if not WMT19.exists():
        pytest.skip("../shared/dev-corpora/wmt19-newstest-zhen is not present next to the repository")
    alignment = load_alignment(WMT19)
    assert len(alignment.pairs) == 2000
    quoted = [p for p in alignment.pairs if p.target.startswith('"Our cereal business')]
    assert len(quoted) == 1
    assert quoted[0].target.endswith("Nobuhiro Yabe said.")
    assert quoted[0].source_line == 67


@pytest.mark.parametrize("corpus, opening", [
    (WMT19, '"Where can we take a taxi?'),  # parsed as CSV: one row of two cells, one holding a tab
    (NTREX, '"Even though we\'re playing for nothing'),  # parsed as CSV: one row of five cells
])
def test_an_excerpt_whose_quotes_open_on_one_line_and_close_on_the_next_keeps_every_row(corpus, opening):
    """A news row opens a quotation it does not close and the next row's English ends with one: read
    as CSV, the rows between became one pair (a lost record). Read literally, each line is a full row."""
    if not corpus.exists():
        pytest.skip(f"{corpus.parent.name} is not present in ../shared/dev-corpora next to the repository")
    lines = corpus.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.split("\t")[-1].startswith(opening))
    excerpt = lines[at : at + 2]
    assert read_rows("\n".join(excerpt) + "\n", "\t") == [line.split("\t") for line in excerpt]


def test_a_short_row_inside_a_false_quotation_is_kept():
    """The review's ragged.tsv: WMT19's taxi question, a row left untranslated, then the row whose English
    closes the quotation. Read as CSV, both later rows became the first row's target."""
    if not WMT19.exists():
        pytest.skip("../shared/dev-corpora/wmt19-newstest-zhen is not present next to the repository")
    lines = WMT19.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.split("\t")[-1].startswith('"Where can we take a taxi?'))
    excerpt = [lines[0], lines[at], "9999\t这一句还没有翻译", lines[at + 1]]
    assert read_rows("\n".join(excerpt) + "\n", "\t") == [line.split("\t") for line in excerpt]


def test_a_cell_opening_with_a_quotation_mark_does_not_swallow_rows(tmp_path: Path):
    table = tmp_path / "pairs.tsv"
    table.write_text(
        "source\ttarget\n"
        "“我们会赢。”他说。\t\"We will win,\" he said.\n"
        "她笑了。\tShe laughed.\n"
        "天黑了。\t\"It is dark\n",
        encoding="utf-8",
    )
    pairs = load_alignment(table).pairs
    assert [p.target for p in pairs] == ['"We will win," he said.', "She laughed.", '"It is dark']


def test_a_fully_quoted_cell_keeps_its_quotation_marks(tmp_path: Path):
    table = tmp_path / "pairs.tsv"
    table.write_text("source\ttarget\n“对比再明确不过了。”\t\"The contrast could not be clearer.\"\n", encoding="utf-8")
    assert load_alignment(table).pairs[0].target == '"The contrast could not be clearer."'


def test_a_tsv_quoted_the_csv_way_is_unquoted():
    text = 'source\ttarget\n他说“好”。\t"He said ""fine""."\n两行。\t"Two\nlines."\n'
    assert read_rows(text, "\t") == [["source", "target"], ["他说“好”。", 'He said "fine".'], ["两行。", "Two\nlines."]]


def test_cells_longer_than_csvs_default_limit_are_read(tmp_path: Path):
    long_en = "word " * 40_000  # 200 KB
    table = tmp_path / "pairs.csv"
    table.write_text(f'source,target\n长句。,"{long_en}"\n', encoding="utf-8")
    assert load_alignment(table).pairs[0].target == long_en
    glossary = tmp_path / "glossary.tsv"
    glossary.write_text(f"source\ttarget\tnote\n长安君\tChang'an Jun\t{'n' * 200_000}\n", encoding="utf-8")
    assert len(load_glossary(glossary).entries[0].note) == 200_000


def test_a_repeated_pair_id_is_refused_with_the_rows_named(tmp_path: Path):
    table = tmp_path / "page.tsv"
    table.write_text("pair_id\tsource\ttarget\np0001\t一。\tOne.\np0001\t二。\tTwo.\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"row 3: pair_id 'p0001' repeats row 2"):
        load_alignment(table)


def test_a_row_sharing_the_id_its_sentence_rows_join_under_is_refused(tmp_path: Path):
    """The review's dupid.tsv (issue 19): p1 and p1.s1, joined as a second p1. The checks tell pairs
    apart by id, so the table is refused, naming both rows."""
    table = tmp_path / "dupid.tsv"
    table.write_text("pair_id\tsource\ttarget\np1\t党的领导。\tThe leadership of the Party.\n"
                     "p1.s1\t党的建设。\tThe building of the party.\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"rows 2 and 3 are both pair 'p1'"):
        load_alignment(table)


def test_sentence_rows_joined_under_a_new_id_are_read():
    table = "pair_id\tsource\ttarget\np1\t党的领导。\tThe leadership of the Party.\np2.s1\t党的建设。\tBuilding.\n"
    from qa.io.table import read_pairs_table

    assert [p.id for p in read_pairs_table(table, "page.tsv", ".tsv")] == ["p1", "p2"]


def test_broken_csv_quoting_is_an_input_error_with_the_line():
    with pytest.raises(InputError, match="line 2"):
        read_rows('source,target\n一,"One" he said\n', ",", "pairs.csv")


@pytest.mark.parametrize("cell", ["=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_formula_cells_are_neutralised(cell: str):
    assert spreadsheet_safe(cell) == "'" + cell


def test_plain_cells_are_left_alone():
    assert spreadsheet_safe("Zhang Anjun") == "Zhang Anjun"
    assert spreadsheet_safe(None) == ""
    assert render_people_csv(["a", "b"], [{"a": "=1", "b": "ok"}]) == "a,b\n'=1,ok\n"
