"""`qa align` of many documents in one call (--pairs LIST, a folder of NAME.zh/NAME.en): the same files as one call each."""

from __future__ import annotations

import shutil

import pytest

from tests.conftest import assert_one_line_error, run_cli


@pytest.fixture(scope="module")
def chapters(mac_dev):
    return [(mac_dev / "zh" / c, mac_dev / "en" / c) for c in ("001", "004")]


def _separately(chapters, out, *options):
    for zh, en in chapters:
        result = run_cli("align", str(zh), "--target", str(en), "-o", str(out), *options)
        assert result.exit_code == 0, result.output


def _files(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("options", [("--one-per-line",), ("--one-per-line", "--format", "beads")])
def test_a_pairs_list_writes_what_separate_calls_write(tmp_path, chapters, options):
    listing = tmp_path / "pairs.tsv"
    listing.write_text("# chapter pairs\n\n" + "".join(f"{zh}\t{en}\n" for zh, en in chapters), encoding="utf-8")
    together = run_cli("align", "--pairs", str(listing), "-o", str(tmp_path / "together"), *options)
    assert together.exit_code == 0, together.output
    assert len(together.stdout.splitlines()) == 2  # one summary line per document
    _separately(chapters, tmp_path / "apart", *options)
    assert _files(tmp_path / "together") == _files(tmp_path / "apart")
    assert len(_files(tmp_path / "together")) == 2


def test_a_folder_aligns_each_name_zh_with_its_name_en(tmp_path, chapters):
    folder = tmp_path / "book"
    folder.mkdir()
    for zh, en in chapters:
        shutil.copy(zh, folder / f"ch{zh.name}.zh")
        shutil.copy(en, folder / f"ch{zh.name}.en")
    (folder / "notes.txt").write_text("not a pair", encoding="utf-8")
    result = run_cli("align", str(folder), "--one-per-line", "-o", str(tmp_path / "together"))
    assert result.exit_code == 0, result.output
    assert sorted(_files(tmp_path / "together")) == ["ch001.tsv", "ch004.tsv"]
    _separately([(folder / "ch001.zh", folder / "ch001.en")], tmp_path / "apart", "--one-per-line")
    assert (tmp_path / "together" / "ch001.tsv").read_bytes() == (tmp_path / "apart" / "ch001.tsv").read_bytes()


def test_relative_paths_in_a_list_are_read_from_the_list_folder(tmp_path, chapters):
    (zh, en) = chapters[0]
    shutil.copy(zh, tmp_path / "a.zh")
    shutil.copy(en, tmp_path / "a.en")
    (tmp_path / "pairs.tsv").write_text("a.zh\ta.en\n", encoding="utf-8")
    result = run_cli("align", "--pairs", str(tmp_path / "pairs.tsv"), "--one-per-line", "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output and (tmp_path / "out" / "a.tsv").exists()


def test_bad_lists_and_folders_are_one_line_errors_before_anything_is_written(tmp_path, chapters):
    (zh, en) = chapters[0]
    out = tmp_path / "out"
    listing = tmp_path / "pairs.tsv"
    listing.write_text(f"{zh}\t{en}\n{zh}\n", encoding="utf-8")
    assert_one_line_error(run_cli("align", "--pairs", str(listing), "-o", str(out)), "pairs.tsv:2")
    listing.write_text(f"{zh}\t{en}\n{zh}\t{tmp_path / 'missing.en'}\n", encoding="utf-8")
    assert_one_line_error(run_cli("align", "--pairs", str(listing), "-o", str(out)), "missing.en")
    listing.write_text(f"{zh}\t{en}\n{zh}\t{en}\n", encoding="utf-8")  # both would write 001.tsv
    assert_one_line_error(run_cli("align", "--pairs", str(listing), "-o", str(out)), "001.tsv")
    listing.write_text("# nothing\n", encoding="utf-8")
    assert_one_line_error(run_cli("align", "--pairs", str(listing), "-o", str(out)), "no pairs")
    assert_one_line_error(run_cli("align", str(zh), "--pairs", str(listing), "-o", str(out)), "--pairs")
    assert_one_line_error(run_cli("align", "-o", str(out)), "--pairs")
    lonely = tmp_path / "lonely"
    lonely.mkdir()
    (lonely / "x.zh").write_text("一\n", encoding="utf-8")
    assert_one_line_error(run_cli("align", str(lonely), "-o", str(out)), "x.en")
    assert not out.exists()
