"""Opening the project's SQLite files (audit cache, corrections ledger) the same way.

WAL mode so readers never block the writer, a busy timeout so two editors or
processes wait for each other instead of failing, and a file that cannot be
used becomes one line for the user (exit 2), never a traceback.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from qa.errors import UsageError


def open_database(path: Path, schema: str, what: str, *, autocommit: bool = False, hint: str = "") -> sqlite3.Connection:
    """A connection to `path` with `schema` created; `what` names the file in errors."""
    db = None
    try:  # a file that is not a database fails only at the first statement, not at connect
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(path, timeout=30, isolation_level=None if autocommit else "")
        db.execute("PRAGMA busy_timeout=30000")
        db.execute("PRAGMA journal_mode=WAL")
        db.execute(schema)
        if not autocommit:
            db.commit()
    except (OSError, sqlite3.Error) as err:
        if db is not None:
            db.close()
        raise UsageError(f"{path}: cannot open {what}: {err}{hint}") from None
    return db
