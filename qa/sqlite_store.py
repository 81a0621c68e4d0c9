"""Opening the project's SQLite files (audit cache, corrections ledger) the same way.

WAL mode so readers never block the writer, a busy timeout so two editors or
processes wait for each other instead of failing, and a file that cannot be
used becomes one line for the user (exit 2), never a traceback.
"""

from __future__ import annotations

import errno
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


# ---------------------------------------------------------------- failures after opening

_CORRUPT = ("malformed", "not a database", "disk image", "database corrupt")
_FULL = ("database or disk is full", "disk i/o error")


def is_corrupt(err: BaseException) -> bool:
    """True when SQLite says the file itself is damaged (a page or the header), not busy or full."""
    return isinstance(err, sqlite3.DatabaseError) and any(m in str(err).lower() for m in _CORRUPT)


def is_write_failure(err: BaseException) -> bool:
    """True for a full disk or a file-size limit: ENOSPC/EFBIG from the OS, SQLITE_FULL or IOERR from SQLite."""
    if isinstance(err, OSError):
        return err.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)
    return isinstance(err, sqlite3.OperationalError) and any(m in str(err).lower() for m in _FULL)


def sqlite_cause(err: BaseException) -> BaseException:
    """The SQLite or OS error behind `err` (open_database raises a UsageError from None, keeping it as context)."""
    seen = err
    while seen is not None and not isinstance(seen, (sqlite3.Error, OSError)):
        seen = seen.__context__
    return seen if seen is not None else err
