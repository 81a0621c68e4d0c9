"""Faults around an audit (issue 14 items 14, 15, 20): a corrupt cache, a full disk, half-written sets."""

from __future__ import annotations

import errno
import json
import sqlite3

import pytest

from tests.conftest import run_cli
from tests.workflows.conftest import audit_config, put_sample
from qa.errors import UsageError
from qa.report import manifest, write_reports
from qa.sqlite_store import open_store
from qa.workflows.audit import CACHE_NAME, MANIFEST_NAME, run_audit
from qa.workflows.audit.cache import AuditCache


def corrupt_pages(path) -> None:
    """Overwrite every page after the first with garbage, as a bad disk or a torn write would."""
    data = bytearray(path.read_bytes())
    assert len(data) >= 8192, len(data)
    data[4096:] = b"\xa5" * (len(data) - 4096)
    path.write_bytes(bytes(data))


def test_a_corrupt_cache_is_moved_aside_and_rebuilt_with_one_line(tmp_path):
    docs = tmp_path / "docs"
    put_sample(docs, "a.txt", "b.txt")
    out = tmp_path / "out"
    run_audit([docs], audit_config(out), jobs=1, progress=False)
    corrupt_pages(out / CACHE_NAME)
    with pytest.raises(sqlite3.DatabaseError, match="malformed"):  # what every later audit died of
        sqlite3.connect(out / CACHE_NAME).execute("SELECT * FROM results").fetchall()
    said: list[str] = []
    again = run_audit([docs], audit_config(out), jobs=1, progress=False, warn=said.append)
    assert len(again.ok) == 2 and again.checked == 2
    assert len(said) == 1 and "corrupt" in said[0] and "rebuilding" in said[0]
    aside = [p for p in out.glob(CACHE_NAME + ".corrupt-*") if not p.name.endswith(("-wal", "-shm"))]
    assert len(aside) == 1 and aside[0].read_bytes()[4096:4100] == b"\xa5" * 4  # kept, not deleted
    third = run_audit([docs], audit_config(out), jobs=1, progress=False, warn=said.append)
    assert third.cached == 2 and len(said) == 1  # the rebuilt cache works


def test_a_store_without_a_rebuild_is_one_error_naming_the_file(tmp_path):
    db = tmp_path / "ledger.sqlite"
    connection = sqlite3.connect(db)
    connection.execute("CREATE TABLE t (x TEXT)")
    connection.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 200)
    connection.commit()
    connection.close()
    corrupt_pages(db)
    with pytest.raises(UsageError, match="ledger.sqlite: the ledger is corrupt"):
        open_store(db, "CREATE TABLE IF NOT EXISTS t (x TEXT)", "the ledger")
    assert db.exists()  # never replaced silently


def test_disk_full_while_writing_the_cache_goes_on_without_it(tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    put_sample(docs, "a.txt", "b.txt")

    def full(self, row):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(AuditCache, "_write", full)
    said: list[str] = []
    result = run_audit([docs], audit_config(tmp_path / "out"), jobs=1, progress=False, warn=said.append)
    assert len(result.ok) == 2 and (tmp_path / "out" / "summary.csv").exists()
    assert len(said) == 1 and "No space left on device" in said[0] and "without it" in said[0]


def test_audit_manifest_tells_complete_mixed_and_interrupted_sets(tmp_path):
    docs = tmp_path / "docs"
    put_sample(docs, "a.txt", "b.txt")
    out = tmp_path / "out"
    result = run_audit([docs], audit_config(out), jobs=1, progress=False)
    marker = out / MANIFEST_NAME
    record = json.loads(marker.read_text(encoding="utf-8"))
    assert record["run"] == result.run_id and record["state"] == "complete"
    assert {"a.csv", "a.html", "b.csv", "b.html", "summary.csv", "index.html"} <= set(record["files"])
    assert manifest.read_state(marker).status == "complete"
    (out / "a.html").write_text("a report from another run", encoding="utf-8")
    state = manifest.read_state(marker)
    assert state.status == "mixed" and "a.html" in state.detail
    manifest.begin(marker, "killed-run", "qa audit")  # what a run killed after its first report leaves
    assert manifest.read_state(marker).status == "incomplete"
    again = run_audit([docs], audit_config(out), jobs=1, progress=False)
    assert again.checked == 1  # a.html no longer matches its cached row: checked again
    assert 'id="set-state"' in (out / "index.html").read_text(encoding="utf-8")
    assert manifest.read_state(marker).status == "complete"
    run_audit([docs], audit_config(out), jobs=1, progress=False)
    assert 'id="set-state"' not in (out / "index.html").read_text(encoding="utf-8")


def test_qa_check_warns_when_the_previous_set_was_left_half_written(tmp_path, monkeypatch):
    from tests.report_fixtures import ALIGNMENT, FINDINGS

    import qa.atomic

    out = tmp_path / "out"
    real = qa.atomic.atomic_write_bytes

    def full_at_html(path, data):
        if str(path).endswith(".html"):
            raise UsageError(f"cannot write {path}: No space left on device")
        return real(path, data)

    monkeypatch.setattr("qa.report.atomic_write_bytes", full_at_html)
    with pytest.raises(UsageError):
        write_reports(ALIGNMENT, FINDINGS, out, ("csv", "jsonl", "html"), stem="page")
    monkeypatch.setattr("qa.report.atomic_write_bytes", real)
    said: list[str] = []
    write_reports(ALIGNMENT, FINDINGS, out, ("csv", "jsonl", "html"), stem="page", warn=said.append)
    assert len(said) == 1 and "incomplete" in said[0] and "page" in said[0]
    said.clear()
    write_reports(ALIGNMENT, FINDINGS, out, ("csv", "jsonl", "html"), stem="page", warn=said.append)
    assert said == []


def test_qa_check_prints_the_warning_line(tmp_path, monkeypatch):
    from tests.conftest import BUNDLED_SAMPLE

    monkeypatch.chdir(tmp_path)
    (tmp_path / "out").mkdir()
    manifest.begin(tmp_path / "out" / ".page.qa-manifest.json", "killed", "qa check page")
    (tmp_path / "page.txt").write_bytes(BUNDLED_SAMPLE.read_bytes())
    result = run_cli("check", "page.txt", "-o", "out", "--select", "N")
    assert result.exit_code in (0, 1), result.output
    warnings = [line for line in result.stderr.splitlines() if "previous reports" in line]
    assert len(warnings) == 1 and warnings[0].startswith("qa: warning:") and "incomplete" in warnings[0]


def test_an_interrupted_audit_leaves_its_set_marked_incomplete(tmp_path, monkeypatch):
    import qa.workflows.audit.run as run_module
    from qa.workflows.audit.check import check_task

    docs = tmp_path / "docs"
    put_sample(docs, "a.txt", "b.txt")
    out = tmp_path / "out"
    run_audit([docs], audit_config(out), jobs=1, progress=False)
    assert manifest.read_state(out / MANIFEST_NAME).status == "complete"

    def killed_after_one(tasks, config, jobs, on_result):
        on_result(check_task(tasks[0], config))  # one report rewritten, then the kill
        raise KeyboardInterrupt

    monkeypatch.setattr(run_module, "run_local", killed_after_one)
    with pytest.raises(KeyboardInterrupt):
        run_audit([docs], audit_config(out, formats=("csv", "html", "jsonl")), jobs=1, force=True, progress=False)
    state = manifest.read_state(out / MANIFEST_NAME)
    assert state.status == "incomplete" and "did not finish" in state.detail


def test_a_cache_that_cannot_be_created_is_a_warning_and_the_audit_goes_on(tmp_path):
    docs = tmp_path / "docs"
    put_sample(docs, "a.txt")
    (tmp_path / "plain-file").write_text("x", encoding="utf-8")
    said: list[str] = []
    result = run_audit([docs], audit_config(tmp_path / "out"), jobs=1, progress=False, warn=said.append,
                       cache_path=tmp_path / "plain-file" / "cache.sqlite")
    assert len(result.ok) == 1 and (tmp_path / "out" / "summary.csv").exists()
    assert len(said) == 1 and "plain-file" in said[0] and "going on without the cache" in said[0]


def test_disk_full_for_every_report_is_exit_2_with_one_error_line(tmp_path, monkeypatch):
    import qa.atomic

    docs = tmp_path / "docs"
    put_sample(docs, "a.txt", "b.txt")

    def full(path, data):
        raise qa.atomic._cannot_write(path, OSError(errno.ENOSPC, "No space left on device"))

    monkeypatch.setattr("qa.report.atomic_write_bytes", full)
    monkeypatch.chdir(tmp_path)
    result = run_cli("audit", "docs", "-o", "out", "-q", "-j", "1", "--select", "N")
    assert result.exit_code == 2 and "Traceback" not in result.output
    final = [line for line in result.stderr.splitlines() if line.startswith("qa: error:")]
    assert len(final) == 1 and "No space left on device" in final[0], result.stderr


def test_a_fifo_named_on_the_command_line_is_an_error_row_not_a_hang(tmp_path, monkeypatch):
    import os

    monkeypatch.chdir(tmp_path)
    os.mkfifo(tmp_path / "page.txt")  # no writer: opening it for reading would block forever
    result = run_cli("audit", "page.txt", "-o", "out", "--quiet")
    assert result.exit_code == 2
    assert "page.txt: not a regular file" in result.stderr
    summary = (tmp_path / "out" / "summary.csv").read_text(encoding="utf-8")
    assert "not a regular file" in summary
