"""A damaged ledger or a full disk: one line naming the file, exit 2, the ledger left exactly as it was."""

from __future__ import annotations

import errno
import hashlib
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import assert_one_line_error, run_cli

from qa.errors import UsageError
from qa.workflows.corrections import Ledger
from qa.workflows.corrections import ledger as ledger_module

PAGE = "Zhang Anjun listened to the speech.\n\n长安君在现场聆听了讲话。\n"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damaged_ledger(path: Path) -> Path:
    """A ledger of 300 reports whose data pages (not its header or schema) are overwritten with junk."""
    with Ledger(path) as db:
        for i in range(300):
            db.insert(doc="d.txt", quote=f"quote {i}", note="a reader's long note " * 20)
    with sqlite3.connect(path) as raw:  # fold the WAL into the file so the damage is not undone
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 10 * page
    for n in range(3, len(data) // page - 1, 2):
        data[n * page : n * page + 200] = b"\xff" * 200
    path.write_bytes(bytes(data))
    for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        extra.unlink(missing_ok=True)
    return path


@pytest.mark.parametrize("command", [("list",), ("show", "150"), ("reject", "150", "--why", "right as it is")])
def test_a_damaged_ledger_is_named_with_how_to_recover_and_left_untouched(tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    ledger = damaged_ledger(tmp_path / "ledger.sqlite")
    before = _sha(ledger)
    line = assert_one_line_error(run_cli("corrections", "--ledger", str(ledger), *command), str(ledger), ".recover")
    assert "damaged" in line
    assert _sha(ledger) == before and ledger.exists()


def test_a_damaged_ledger_refuses_new_reports_without_replacing_the_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    ledger = damaged_ledger(tmp_path / "ledger.sqlite")
    doc = tmp_path / "page.txt"
    doc.write_text(PAGE, encoding="utf-8")
    before = _sha(ledger)
    result = run_cli("corrections", "--ledger", str(ledger), "add", "--doc", str(doc), "--quote", "Zhang Anjun")
    assert_one_line_error(result, str(ledger), ".recover")
    assert _sha(ledger) == before


class FullDisk:
    """A connection whose writes fail as SQLite fails on a full disk (reads go through)."""

    def __init__(self, db: sqlite3.Connection, error: Exception):
        self.db, self.error = db, error

    def execute(self, sql: str, *args):
        if sql.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            raise self.error
        return self.db.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self.db, name)


@pytest.mark.parametrize("error", [sqlite3.OperationalError("database or disk is full"),
                                   OSError(errno.ENOSPC, "No space left on device")])
def test_a_full_disk_while_recording_a_report_is_one_line_and_records_nothing(tmp_path, monkeypatch, error):
    monkeypatch.chdir(tmp_path)
    doc = tmp_path / "page.txt"
    doc.write_text(PAGE, encoding="utf-8")
    ledger = tmp_path / "ledger.sqlite"
    Ledger(ledger).close()
    real = ledger_module.open_database
    monkeypatch.setattr(ledger_module, "open_database", lambda *a, **k: FullDisk(real(*a, **k), error))
    result = run_cli("corrections", "--ledger", str(ledger), "add", "--doc", str(doc), "--quote", "Zhang Anjun")
    assert_one_line_error(result, str(ledger), "disk is full", "not recorded")
    monkeypatch.undo()
    with Ledger(ledger) as db:
        assert db.list() == []
    assert doc.read_text(encoding="utf-8") == PAGE


def test_other_errors_are_not_called_a_full_disk(tmp_path):
    with Ledger(tmp_path / "l.sqlite") as db:
        db.db = FullDisk(db.db, sqlite3.IntegrityError("NOT NULL constraint failed"))
        with pytest.raises(UsageError, match="failed: NOT NULL") as caught:
            db.insert(doc="d.txt", quote="q")
        assert "disk" not in str(caught.value)
