"""`qa compare`: a second English version scored pair by pair with chrF and TER."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from qa.commands.compare import compare
from qa.compare import compare_files

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "county-work-report.txt"
OLD = "Premier Qiang stressed during his inspection of Zhongqing"
NEW = "Premier Li Qiang said, while inspecting Chongqing,"


def test_bilingual_revision_is_matched_by_source_and_the_changed_pair_ranks_first(tmp_path):
    revised = tmp_path / "revised.txt"
    revised.write_text(SAMPLE.read_text(encoding="utf-8").replace(OLD, NEW), encoding="utf-8")
    result = compare_files(SAMPLE, revised)
    assert result.method == "source"
    worst = result.most_different(1)[0]
    assert worst.first.startswith(OLD) and worst.other.startswith(NEW)
    assert worst.chrf < 80 and worst.ter > 10
    assert all(r.chrf == 100 and r.ter == 0 for r in result.rows if r is not worst)
    assert "nc:6" in result.chrf_signature and "tok:tercom" in result.ter_signature


def test_english_only_version_is_aligned_to_the_chinese(tmp_path):
    paragraphs = [p for p in SAMPLE.read_text(encoding="utf-8").split("\n\n")
                  if p.strip() and not any("\u4e00" <= c <= "\u9fff" for c in p)]
    other = tmp_path / "mt.txt"
    other.write_text("\n\n".join(p.replace(OLD, NEW) for p in paragraphs), encoding="utf-8")
    result = compare_files(SAMPLE, other)
    assert result.method == "aligned"
    by_start = {r.first[:20]: r for r in result.rows}
    assert by_start[OLD[:20]].other.startswith(NEW)
    unchanged = [r for r in result.rows if r.first.startswith("On March 3")]
    assert unchanged and unchanged[0].chrf == 100


def test_cli_prints_signatures_and_writes_csv(tmp_path):
    revised = tmp_path / "revised.txt"
    revised.write_text(SAMPLE.read_text(encoding="utf-8").replace(OLD, NEW), encoding="utf-8")
    out = CliRunner().invoke(compare, [str(SAMPLE), str(revised), "--csv", str(tmp_path / "s.csv")])
    assert out.exit_code == 0, out.output
    assert "version:2." in out.output and "1 pair(s) differ" in out.output
    assert NEW in out.output
    assert (tmp_path / "s.csv").read_text(encoding="utf-8").count("\n") > 5
