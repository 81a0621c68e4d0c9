"""The ledger's tables and how a ledger written by an older qa is brought up to date.

The version lives in SQLite's `user_version`. The first ledgers (qa 0.1 before
the web service) have none (0) and are version 1. Opening an older ledger
migrates it in one `BEGIN IMMEDIATE` transaction, so every record is kept and
two processes opening it at once migrate it once: the second finds the new
version inside its own transaction and does nothing. A ledger from a newer qa
is refused rather than written in a form it does not expect.
"""

from __future__ import annotations

import sqlite3

from qa.errors import UsageError

SCHEMA_VERSION = 2

CORRECTIONS = """
CREATE TABLE corrections (
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
    reason TEXT NOT NULL DEFAULT '',
    verdict TEXT NOT NULL DEFAULT '',
    applied_to TEXT NOT NULL DEFAULT '',
    updated REAL NOT NULL DEFAULT 0,
    email TEXT NOT NULL DEFAULT '',
    duplicate_of INTEGER NOT NULL DEFAULT 0,
    editor TEXT NOT NULL DEFAULT '',
    page TEXT NOT NULL DEFAULT '',
    submission TEXT NOT NULL DEFAULT ''
)
"""

INDEXES = (
    "CREATE INDEX IF NOT EXISTS corrections_status ON corrections(status)",
    "CREATE INDEX IF NOT EXISTS corrections_place ON corrections(doc, pair_id)",
    # a reader's retry (the answer was lost, the server restarted) finds its first report instead of filing a second
    "CREATE UNIQUE INDEX IF NOT EXISTS corrections_submission ON corrections(submission) WHERE submission != ''",
)

# statements that take a ledger of version N to N + 1
MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        # `why` was the reason of a rejection; `reason` is the reason of any decision (reject, duplicate, accept)
        "ALTER TABLE corrections RENAME COLUMN why TO reason",
        "ALTER TABLE corrections ADD COLUMN email TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE corrections ADD COLUMN duplicate_of INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE corrections ADD COLUMN editor TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE corrections ADD COLUMN page TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE corrections ADD COLUMN submission TEXT NOT NULL DEFAULT ''",
    ),
}


def _state(db: sqlite3.Connection) -> tuple[int, bool]:
    """(version, whether the corrections table exists); a table without a version is version 1."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    exists = db.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='corrections'").fetchone() is not None
    return (version or (1 if exists else 0)), exists


def _upgrade(db: sqlite3.Connection, version: int, exists: bool) -> None:
    if not exists:
        db.execute(CORRECTIONS)
    else:
        for step in range(version, SCHEMA_VERSION):
            for statement in MIGRATIONS[step]:
                db.execute(statement)
    for statement in INDEXES:
        db.execute(statement)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def prepare(db: sqlite3.Connection, what: str) -> int:
    """Create or migrate the tables (autocommit connection); returns the version the ledger had (0: new)."""
    version, exists = _state(db)
    if version > SCHEMA_VERSION:
        raise UsageError(f"{what} has schema version {version}, newer than this qa understands ({SCHEMA_VERSION}); "
                         "upgrade qa to use it (qa left it untouched)")
    if version == SCHEMA_VERSION:
        return version
    db.execute("BEGIN IMMEDIATE")
    try:
        version, exists = _state(db)  # another process may have migrated it while we waited for the lock
        if version < SCHEMA_VERSION:
            _upgrade(db, version, exists)
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise
    return version if exists else 0
