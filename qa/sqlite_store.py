"""Opening the project's SQLite files (audit cache, corrections ledger) the same way.

WAL mode so readers never block the writer, a busy timeout so two editors or
processes wait for each other instead of failing, and a file that cannot be
used becomes one line for the user (exit 2), never a traceback.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import time
from pathlib import Path
from typing import Callable

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


# ---------------------------------------------------------------- corruption (issue 14, item 14)

# A damaged database (bad page, bad index) may be rebuilt; a file that is not a database at all
# (a wrong --cache) is never moved aside.
CORRUPT_MARKERS = ("malformed", "corrupt")


def move_aside(path: Path) -> Path:
    """Rename a damaged database and its WAL/SHM files to `<name>.corrupt-<UTC time>`; returns the new name.

    Nothing is deleted: the bad file stays for inspection or recovery (sqlite3 .recover).
    """
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    os.replace(path, target)
    return target


def _integrity_error(db: sqlite3.Connection) -> sqlite3.DatabaseError | None:
    """quick_check's complaint as an error (a few ms for a cache-sized file), or None when the file is sound."""
    try:
        rows = db.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as err:
        return err
    problems = [row[0] for row in rows if row and row[0] != "ok"]
    return sqlite3.DatabaseError("database disk image is malformed: " + "; ".join(problems[:3])) if problems else None


def open_store(path: Path, schema: str, what: str, *, on_corrupt: Callable[[Path], None] | None = None,
               autocommit: bool = False, hint: str = "") -> sqlite3.Connection:
    """`open_database` plus an integrity check, for files that may have been damaged by a crash or a bad disk.

    A corrupt file is handed to `on_corrupt` (which must move it away, e.g. with
    `move_aside`) and a fresh database is created in its place; without
    `on_corrupt` it is one UsageError naming the file (the caller's `hint`
    says how to recover): a ledger must never be replaced silently.
    """
    try:
        db = open_database(path, schema, what, autocommit=autocommit, hint=hint)
        problem = _integrity_error(db)
    except UsageError as err:
        if not (on_corrupt and any(m in str(err).lower() for m in CORRUPT_MARKERS)):
            raise
        problem, db = sqlite3.DatabaseError(str(err)), None
    if problem is None:
        return db
    if db is not None:
        db.close()
    if on_corrupt is None:
        raise UsageError(f"{path}: {what} is corrupt ({problem}){hint}")
    on_corrupt(path)
    return open_database(path, schema, what, autocommit=autocommit, hint=hint)
