"""Issue 14 item 16: no command writes over a file it reads (checked by content hash, not by message only)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from qa.errors import UsageError
from qa.io.guard import refuse_overwriting
from tests.conftest import assert_one_line_error, run_cli

PAGE = (
    "source,target\n"
    "今年建成5768个站。,\"This year 5,786 stations were built.\"\n"
    "长沙举办读书节。,Changsha held a reading festival.\n"
)
GLOSSARY = "source\ttarget\tstatus\n长沙\tChangsha\tpreferred\n"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.csv").write_text(PAGE, encoding="utf-8")
    (tmp_path / "out").mkdir()
    return tmp_path


def test_check_report_would_replace_the_glossary(workdir):
    glossary = workdir / "out" / "page.csv"
    glossary.write_text(GLOSSARY.replace("\t", ","), encoding="utf-8")
    before = digest(glossary)
    assert_one_line_error(run_cli("check", "page.csv", "-o", "out", "--glossary", str(glossary)), "glossary", "page.csv")
    assert digest(glossary) == before


def test_check_report_would_replace_the_config(workdir):
    config = workdir / "out" / "page.html"
    config.write_text("[qa]\nfail-on = minor\n", encoding="utf-8")
    before = digest(config)
    assert_one_line_error(run_cli("check", "page.csv", "-o", "out", "--config", str(config)), "configuration")
    assert digest(config) == before


def test_a_hard_link_to_an_input_is_the_input(workdir):
    glossary = workdir / "terms.tsv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    os.link(glossary, workdir / "out" / "page.jsonl")
    before = digest(glossary)
    assert_one_line_error(run_cli("check", "page.csv", "-o", "out", "--glossary", "terms.tsv"), "glossary")
    assert digest(glossary) == before


def test_compare_csv_over_the_other_document(workdir):
    other = workdir / "other.csv"
    other.write_text(PAGE.replace("5,786", "5,768"), encoding="utf-8")
    before = digest(other)
    assert_one_line_error(run_cli("compare", "page.csv", "other.csv", "--csv", "other.csv"), "OTHER")
    assert digest(other) == before


def test_audit_outputs_over_the_reviewed_glossary(workdir):
    docs = workdir / "docs"
    docs.mkdir()
    (docs / "page.csv").write_text(PAGE, encoding="utf-8")
    glossary = workdir / "out" / "glossary.proposed.tsv"
    glossary.write_text(GLOSSARY, encoding="utf-8")
    before = digest(glossary)
    assert_one_line_error(run_cli("audit", "docs", "-o", "out", "--glossary", str(glossary), "-q", "-j", "1"), "glossary")
    assert digest(glossary) == before


def test_corrections_rule_into_the_document_itself(workdir, sample_page):
    page = workdir / "page.txt"
    page.write_bytes(sample_page.read_bytes())
    before = digest(page)
    ledger = str(workdir / "ledger.sqlite")
    assert run_cli("corrections", "--ledger", ledger, "add", "--doc", "page.txt", "--quote", "Zhang Anjun").exit_code == 0
    result = run_cli("corrections", "--ledger", ledger, "accept", "1", "--fix", "Chang'an Jun", "--rule", "--glossary", "page.txt")
    assert_one_line_error(result, "page.txt")
    assert digest(page) == before


def test_glossary_extract_and_align_refuse_their_inputs(workdir, sample_page):
    page = workdir / "page.txt"
    page.write_bytes(sample_page.read_bytes())
    before = digest(page)
    assert_one_line_error(run_cli("glossary", "extract", "page.txt", "-o", "page.txt"), "page.txt")
    (workdir / "al").mkdir()
    tsv = workdir / "al" / "page.tsv"
    os.symlink(page, tsv)  # the alignment would go through a link onto the document
    assert_one_line_error(run_cli("align", "page.txt", "-o", "al"), "page.txt")
    assert digest(page) == before


def test_guard_compares_resolved_paths_and_skips_missing_outputs(tmp_path):
    inp = tmp_path / "a.txt"
    inp.write_text("x")
    with pytest.raises(UsageError, match="would overwrite the glossary"):
        refuse_overwriting([tmp_path / "sub" / ".." / "a.txt"], [(inp, "the glossary")])
    refuse_overwriting([tmp_path / "new.csv", None], [inp, None])  # nothing in common: no error
