"""The corrections ledger: a reader's report on the sample page from quote to erratum and glossary rule."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import assert_one_line_error, run_cli

from qa.workflows.corrections import Ledger, accept, add_report, apply, locate, reject, verify
from qa.errors import InputError, UsageError
from qa.model import Alignment, Document, Pair

REPO = Path(__file__).resolve().parents[2]
SAMPLE_PAGE = REPO.parent / "shared" / "samples" / "ten-key-points-2021.txt"


def _alignment() -> Alignment:
    pairs = (
        Pair("p0001", "长安君在现场聆听了讲话。", "Zhang Anjun listened to the speech on the spot."),
        Pair("p0002", "县长王小明作报告。", "County Head Wang Xiaoming  delivered the report."),
    )
    return Alignment(Document("d", "d.txt"), pairs)


def test_locate_exact_then_normalised_then_fuzzy():
    a = _alignment()
    assert locate(a, "Zhang Anjun").match == "exact"
    where = locate(a, "wang xiaoming delivered")
    assert where.match == "normalised" and where.matched == "Wang Xiaoming  delivered" and where.pair.id == "p0002"
    fuzzy = locate(a, "Zhang Anjunn listend")
    assert fuzzy.match.startswith("fuzzy") and fuzzy.matched == "Zhang Anjun listened" and fuzzy.pair.id == "p0001"
    assert locate(a, "长安君").side == "source"
    with pytest.raises(InputError):
        locate(a, "Beijing Olympic Games")


def test_two_writers_at_once_lose_no_record(tmp_path):
    ledger = tmp_path / "ledger.sqlite"
    Ledger(ledger).close()
    code = (
        "import sys\nfrom qa.workflows.corrections import Ledger\n"
        "l = Ledger(sys.argv[1])\n"
        "for i in range(40): l.insert(doc='d.txt', quote=f'{sys.argv[2]} {i}', reporter=sys.argv[2])\n"
    )
    procs = [subprocess.Popen([sys.executable, "-c", code, str(ledger), name]) for name in ("alice", "bob")]
    assert [p.wait(timeout=60) for p in procs] == [0, 0]
    with Ledger(ledger) as db:
        items = db.list()
    assert len(items) == 80 and len({i.id for i in items}) == 80
    assert {i.quote for i in items} == {f"{n} {i}" for n in ("alice", "bob") for i in range(40)}


def test_reject_needs_a_reason_and_rule_needs_a_term(tmp_path):
    with Ledger(tmp_path / "l.sqlite") as db:
        item = db.insert(doc="d.txt", quote="x", matched="x")
        with pytest.raises(UsageError):
            reject(db, item.id, "  ")
        with pytest.raises(UsageError):
            accept(db, item.id, "y", rule=True, glossary=tmp_path / "g.tsv")
        assert reject(db, item.id, "the translation is right").status == "rejected"
        with pytest.raises(UsageError):
            apply(db, out_dir=tmp_path)  # nothing accepted


@pytest.fixture(scope="module")
def checks():
    import importlib

    for module in ("qa.checks.names", "qa.checks.glossary_terms", "qa.checks.numbers"):
        importlib.import_module(module)


def test_reader_report_on_the_sample_page_end_to_end(tmp_path, checks, monkeypatch):
    if not SAMPLE_PAGE.exists():
        pytest.skip("../shared not present: sample page missing")
    import qa.glossary as glossary_mod
    monkeypatch.chdir(tmp_path)
    page = tmp_path / "page.txt"
    page.write_bytes(SAMPLE_PAGE.read_bytes())
    original = page.read_bytes()
    glossary = tmp_path / "glossary.tsv"
    with Ledger(tmp_path / ".qa" / "corrections.sqlite") as db:
        item = add_report(db, page, "Zhang Anjun", suggest="Chang'an Jun", reporter="A. Reader")
        assert "长安君" in item.source and item.line > 0
        verdict = verify(db, item.id)
        assert verdict["agrees"]
        agreeing = [f for f in verdict["findings"] if f["about_quote"]]
        assert any(f["category"] == "Accuracy/Mistranslation" and f["source_span"] == "长安君"
                   and "Chang'an" in f["suggestion"] for f in agreeing)
        accepted, added = accept(db, item.id, "Chang'an Jun", rule=True, glossary=glossary)
        assert accepted.term == "长安君"
        assert ("长安君", "Zhang Anjun", "forbidden") in {row[:3] for row in added}
        (done,) = apply(db, out=tmp_path / "out" / "page.txt")
        assert db.get(item.id).status == "applied"
    assert page.read_bytes() == original  # input untouched
    corrected = done.out.read_text(encoding="utf-8")
    assert "Chang'an Jun listened" in corrected and "Zhang Anjun" not in corrected
    assert corrected.replace("Chang'an Jun", "Zhang Anjun") == original.decode("utf-8")
    with open(done.erratum_csv, encoding="utf-8", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert (row["before"], row["after"], row["source term"], row["reporter"]) == ("Zhang Anjun", "Chang'an Jun", "长安君", "A. Reader")
    assert 0 < float(row["TER"]) < 20 and f"line {item.line}" in row["location"]
    assert "tok:tercom" in done.erratum_md.read_text(encoding="utf-8")

    # another document with the same error: the new glossary rule flags it in an audit
    from qa.workflows.audit import AuditConfig, registered_check_modules, run_audit
    from qa.config import load_settings

    lines = SAMPLE_PAGE.read_text(encoding="utf-8").splitlines()
    en = next(i for i, line in enumerate(lines) if line.startswith("Zhang Anjun"))
    zh = next(i for i in range(en + 1, len(lines)) if lines[i].startswith("长安君"))
    other = tmp_path / "archive" / "other.txt"
    other.parent.mkdir()
    county = (REPO / "samples" / "county-work-report.txt").read_text(encoding="utf-8")
    other.write_text(county + "\n\n" + lines[en] + "\n\n" + lines[zh] + "\n", encoding="utf-8")

    def audit(glossary_path):
        settings = load_settings(None, {"formats": ("csv",), "glossary": glossary_path})
        config = AuditConfig(settings=settings, outdir=str(tmp_path / f"reports-{bool(glossary_path)}"),
                             check_modules=registered_check_modules(), no_accept=True)
        run_audit([other.parent], config, jobs=1, progress=False)
        with open(Path(config.outdir) / "other.csv", encoding="utf-8", newline="") as handle:
            return [f for f in csv.DictReader(handle) if f["check_id"].startswith("T") and f["target_span"] == "Zhang Anjun"]

    assert audit(None) == []
    flagged = audit(glossary)
    assert flagged and any("forbidden" in (f["check"] + f["message"]).lower() for f in flagged)
    assert glossary_mod.load_glossary(glossary) is not None


def test_in_place_keeps_a_backup(tmp_path):
    doc = tmp_path / "d.txt"
    doc.write_text("Zhang Anjun listened.\n\n长安君听了。\n", encoding="utf-8")
    with Ledger(tmp_path / "l.sqlite") as db:
        item = db.insert(doc=str(doc), quote="Zhang Anjun", matched="Zhang Anjun", line=1, pair_id="p0001",
                         target="Zhang Anjun listened.")
        accept(db, item.id, "Chang'an Jun")
        (done,) = apply(db, in_place=True, out_dir=tmp_path / "errata")
    assert done.backup.read_text(encoding="utf-8").startswith("Zhang Anjun")
    assert doc.read_text(encoding="utf-8").startswith("Chang'an Jun listened.")
    assert done.erratum_md.parent == tmp_path / "errata"


# ---------------------------------------------------------------- the CLI's one-line errors

PAGE_CSV = (
    "source,target\n"
    "长安君在现场聆听了讲话。,Zhang Anjun listened to the speech on the spot.\n"
    "县长王小明作报告。,County Head Wang Xiaoming delivered the report.\n"
)


def test_a_ledger_that_is_not_a_database_is_a_one_line_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notadb.sqlite").write_bytes(b"this is not an SQLite database, just text " * 40)
    assert_one_line_error(run_cli("corrections", "--ledger", "notadb.sqlite", "list"), "notadb.sqlite", "corrections ledger")
    with pytest.raises(UsageError):
        Ledger(tmp_path / "notadb.sqlite")


def test_malformed_setup_cfg_is_a_one_line_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "setup.cfg").write_text("[qa]\nthis line has no equals sign\n", encoding="utf-8")
    assert_one_line_error(run_cli("corrections", "list"), "setup.cfg")


def test_ledger_location_comes_from_the_qa_section(tmp_path, monkeypatch):
    (tmp_path / "setup.cfg").write_text("[qa]\ncorrections-ledger = data/ledger.sqlite\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")  # relative to the cfg file, not the working directory
    result = run_cli("corrections", "list")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "data" / "ledger.sqlite").is_file() and not (tmp_path / "sub" / "data").exists()


def _reported(tmp_path: Path) -> Path:
    doc = tmp_path / "docs" / "page.csv"
    doc.parent.mkdir()
    doc.write_text(PAGE_CSV, encoding="utf-8")
    result = run_cli("corrections", "add", "--doc", str(doc), "--quote", "Zhang Anjun", "--suggest", "Chang'an Jun")
    assert result.exit_code == 0, result.output
    return doc


def test_apply_into_an_unwritable_place_is_a_one_line_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _reported(tmp_path)
    assert run_cli("corrections", "accept", "1", "--fix", "Chang'an Jun").exit_code == 0
    (tmp_path / "blocker").write_text("a file\n", encoding="utf-8")
    assert_one_line_error(run_cli("corrections", "apply", "--out", "blocker/x.txt"), "cannot write", "blocker")


def test_verify_reads_the_documents_own_settings_and_a_missing_glossary_is_an_input_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    doc = _reported(tmp_path)
    # the [qa] section beside the document, not the working directory's, names a glossary that is not there
    (doc.parent / "setup.cfg").write_text("[qa]\nglossary = terms.tsv\n", encoding="utf-8")
    assert_one_line_error(run_cli("corrections", "verify", "1"), "terms.tsv", "no such file")
    (doc.parent / "terms.tsv").write_text("source\ttarget\tstatus\n长安君\tZhang Anjun\tforbidden\n", encoding="utf-8")
    result = run_cli("corrections", "verify", "1")
    assert result.exit_code == 0, result.output
    assert "agrees: T202 forbidden-term-used" in result.output  # the glossary beside the document was used


def test_apply_keeps_the_documents_encoding_and_line_ends(tmp_path):
    page = tmp_path / "legacy.txt"
    text = "Zhang Anjun listened to the speech.\r\n\r\n长安君在现场聆听了讲话。\r\n"
    page.write_bytes(text.encode("gb18030"))
    ledger = str(tmp_path / "ledger.sqlite")
    assert run_cli("corrections", "--ledger", ledger, "add", "--doc", str(page), "--quote", "Zhang Anjun").exit_code == 0
    assert run_cli("corrections", "--ledger", ledger, "accept", "1", "--fix", "Chang'an Jun").exit_code == 0
    out = tmp_path / "out" / "legacy.txt"
    result = run_cli("corrections", "--ledger", ledger, "apply", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == text.replace("Zhang Anjun", "Chang'an Jun").encode("gb18030")
    assert page.read_bytes() == text.encode("gb18030")
