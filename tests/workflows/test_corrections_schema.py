"""The ledger's schema version: a ledger written before the web service is migrated on first open, every record kept."""

from __future__ import annotations

import sqlite3
from multiprocessing import get_context
from pathlib import Path

import pytest

from tests.conftest import BUNDLED_SAMPLE, assert_one_line_error, run_cli

from qa.workflows.corrections import SCHEMA_VERSION, Ledger, add_report, reject

# The table exactly as qa created it before schema versions (qa/workflows/corrections/ledger.py at cc89b1b),
# written out here so the test does not depend on the code it tests.
OLD_SCHEMA = """
CREATE TABLE IF NOT EXISTS corrections (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created TEXT NOT NULL,
    doc TEXT NOT NULL,
    quote TEXT NOT NULL,
    suggest TEXT NOT NULL DEFAULT '',
    reporter TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open',
    pair_id TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    target TEXT NOT NULL DEFAULT '',
    matched TEXT NOT NULL DEFAULT '',
    side TEXT NOT NULL DEFAULT 'target',
    match TEXT NOT NULL DEFAULT '',
    line INTEGER NOT NULL DEFAULT 0,
    fix TEXT NOT NULL DEFAULT '',
    term TEXT NOT NULL DEFAULT '',
    rule INTEGER NOT NULL DEFAULT 0,
    why TEXT NOT NULL DEFAULT '',
    verdict TEXT NOT NULL DEFAULT '',
    applied_to TEXT NOT NULL DEFAULT '',
    updated REAL NOT NULL DEFAULT 0
)
"""
OLD_JOURNAL = "CREATE TABLE IF NOT EXISTS apply_journal (correction_id INTEGER PRIMARY KEY, plan TEXT NOT NULL)"
OLD_ROWS = [
    # (doc, quote, suggest, reporter, status, why, fix)
    ("/site/a.txt", "Zhang Anjun", "Chang'an Jun", "Li Wei", "open", "", ""),
    ("/site/a.txt", "county government", "County Government", "", "rejected", "house style is lower case", ""),
    ("/site/b.txt", "7.5 percent", "7.3 percent", "reader@example.org", "accepted", "", "7.3 percent"),
    ("/site/b.txt", "Premier Li", "Premier Li Qiang", "", "applied", "", "Premier Li Qiang"),
]


def old_ledger(path: Path) -> Path:
    """A ledger as the code before this change wrote it: WAL mode, no user_version, four reports."""
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute(OLD_SCHEMA)
        db.execute(OLD_JOURNAL)
        db.executemany(
            "INSERT INTO corrections (created, doc, quote, suggest, reporter, status, why, fix, pair_id, line, updated) "
            "VALUES ('2026-01-02 03:04:05', ?, ?, ?, ?, ?, ?, ?, 'p0004', 12, 1.5)", OLD_ROWS)
    db.close()
    return path


def test_an_old_ledger_is_migrated_on_first_open_keeping_every_record(tmp_path):
    path = old_ledger(tmp_path / "old.sqlite")
    with Ledger(path) as ledger:
        assert ledger.migrated_from == 1
        items = ledger.list()
    assert [(i.doc, i.quote, i.suggest, i.reporter, i.status, i.reason, i.fix) for i in items] == OLD_ROWS
    assert all((i.created, i.pair_id, i.line, i.updated) == ("2026-01-02 03:04:05", "p0004", 12, 1.5) for i in items)
    assert all((i.email, i.duplicate_of, i.editor, i.page, i.submission) == ("", 0, "", "", "") for i in items)
    assert items[1].why == "house style is lower case"  # the old name still reads the reason
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        columns = {row[1] for row in db.execute("PRAGMA table_info(corrections)")}
    db.close()
    assert {"email", "duplicate_of", "editor", "reason", "page", "submission"} <= columns and "why" not in columns
    with Ledger(path) as again:  # the second open finds it current and changes nothing
        assert again.migrated_from == SCHEMA_VERSION and len(again.list()) == 4


def test_a_migrated_ledger_takes_new_fields_and_the_cli_reads_it(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = old_ledger(tmp_path / "old.sqlite")
    doc = tmp_path / "page.txt"
    doc.write_bytes(BUNDLED_SAMPLE.read_bytes())
    with Ledger(path) as ledger:
        item = add_report(ledger, doc, "county government", "County Government", email="r@example.org", page="/news/1")
        rejected = reject(ledger, 1, "the name is right", editor="ed")
    assert (item.id, item.email, item.page) == (5, "r@example.org", "/news/1")
    assert (rejected.reason, rejected.editor, rejected.status) == ("the name is right", "ed", "rejected")
    shown = run_cli("corrections", "--ledger", str(path), "show", "2")
    assert shown.exit_code == 0 and "rejected because: house style is lower case" in shown.stdout


def _open(path: str) -> int:
    with Ledger(path) as ledger:
        return ledger.migrated_from


def test_two_processes_opening_an_old_ledger_migrate_it_once(tmp_path):
    path = old_ledger(tmp_path / "old.sqlite")
    with get_context("spawn").Pool(2) as pool:
        seen = sorted(pool.map(_open, [str(path)] * 2))
    assert seen[0] == 1 and seen[1] in (1, SCHEMA_VERSION)  # one migrated; the other waited, then found it current
    with Ledger(path) as ledger:
        assert len(ledger.list()) == 4


def test_a_ledger_from_a_newer_qa_is_refused_untouched(tmp_path):
    path = old_ledger(tmp_path / "new.sqlite")
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version = 99")
    db.close()
    before = path.read_bytes()
    assert_one_line_error(run_cli("corrections", "--ledger", str(path), "list"), "schema version 99", "upgrade qa")
    assert path.read_bytes() == before


@pytest.mark.parametrize("status, grouped", [("open", True), ("accepted", True), ("rejected", False)])
def test_a_second_report_of_the_same_quote_joins_the_first_while_it_waits(tmp_path, status, grouped):
    doc = tmp_path / "page.txt"
    doc.write_bytes(BUNDLED_SAMPLE.read_bytes())
    with Ledger(tmp_path / "l.sqlite") as ledger:
        first = add_report(ledger, doc, "county government", "County Government")
        ledger.update(first.id, status=status)
        again = add_report(ledger, doc, "County government", "County Government!")  # case differs: same place
        other = add_report(ledger, doc, "Wang Xiaoming", "Wang Xiaoming (王小明)")
        assert other.duplicate_of == 0 and other.status == "open"
        if grouped:
            assert (again.duplicate_of, again.status) == (first.id, "duplicate")
            assert [d.id for d in ledger.duplicates(first.id)] == [again.id]
        else:  # a report after a rejection deserves a fresh look
            assert (again.duplicate_of, again.status) == (0, "open")


def test_a_retried_submission_finds_its_first_report(tmp_path):
    doc = tmp_path / "page.txt"
    doc.write_bytes(BUNDLED_SAMPLE.read_bytes())
    with Ledger(tmp_path / "l.sqlite") as ledger:
        first = add_report(ledger, doc, "county government", "County Government", submission="key-123456")
        second = add_report(ledger, doc, "county government", "County Government", submission="key-123456")
        assert second.id == first.id and len(ledger.list()) == 1
