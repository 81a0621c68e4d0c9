"""The audit's memory: one SQLite row per checked document, so a re-run does no work.

A row is keyed by the document's path, the SHA-256 of its bytes, the tool
version and a hash of everything else that shapes the result (the run
signature, glossary and accept-list contents, reference folder, formats).
Any change misses the cache and the document is checked again. WAL mode, so
a reader never blocks the writer; only the parent process writes.

The cache is only an optimisation, so it never costs an audit: a damaged
file is moved aside (`.corrupt-<time>`) and rebuilt with one line saying so;
a cache that cannot be opened or written (disk full, quota, permissions)
is turned off for the run with one warning, and the audit goes on to write
its reports: they are what the user asked for, and if the disk is really
full their writes fail next with a one-line error and exit 2. Only a file
that is not a database at all (a wrong --cache) stops the audit, untouched.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import Callable

from qa.errors import UsageError
from qa.io.files import shown
from qa.sqlite_store import is_corrupt, move_aside, open_store
from qa.workflows.audit.records import DocumentResult

NOT_A_DATABASE = "file is not a database"
SCHEMA = """
CREATE TABLE IF NOT EXISTS results (
    path TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    tool_version TEXT NOT NULL,
    config_hash TEXT NOT NULL,
    result TEXT NOT NULL,
    checked_at REAL NOT NULL,
    PRIMARY KEY (path, content_hash, tool_version, config_hash)
)
"""


def path_key(path: str) -> str:
    """The path as storable text: unchanged when it is UTF-8, its undecodable bytes as \\xNN otherwise."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


class AuditCache:
    """Results of checked documents, by content and configuration."""

    def __init__(self, path: Path, warn: Callable[[str], None]):
        self.path = Path(path)
        self.warn = warn
        self.db: sqlite3.Connection | None = None
        try:
            self.db = open_store(self.path, SCHEMA, "the audit cache", on_corrupt=self._rebuild,
                                 hint=" (give another --cache or delete it)")
            self.db.execute("PRAGMA synchronous=NORMAL")
        except UsageError as err:
            if NOT_A_DATABASE in str(err):  # someone else's file named as --cache: never touch it
                raise
            self.warn(f"qa: warning: {err}; going on without the cache")  # full disk, no permission
            self.db = None
        except sqlite3.Error as err:
            self._off(err, "opening")

    def _rebuild(self, path: Path) -> None:
        aside = move_aside(path)
        self.warn(f"qa: warning: the audit cache {shown(path)} was corrupt; moved to {shown(aside.name)}, "
                  "rebuilding it (every document is checked again)")

    def _off(self, err: BaseException, doing: str) -> None:
        """Stop using the cache for this run after a failure, with one line."""
        what = "corrupt" if is_corrupt(err) else (getattr(err, "strerror", None) or str(err))
        self.warn(f"qa: warning: the audit cache {shown(self.path)} failed while {doing} ({what}); "
                  "going on without it")
        if self.db is not None:
            try:
                self.db.close()
            except sqlite3.Error:
                pass
        self.db = None

    def get(self, path: str, content_hash: str, tool_version: str, config_hash: str) -> DocumentResult | None:
        if self.db is None:
            return None
        try:
            row = self.db.execute(
                "SELECT result FROM results WHERE path=? AND content_hash=? AND tool_version=? AND config_hash=?",
                (path_key(path), content_hash, tool_version, config_hash),
            ).fetchone()
            return DocumentResult.from_json(row[0]) if row else None
        except sqlite3.DatabaseError as err:
            self._off(err, "reading")
        except (ValueError, TypeError):  # a row from an older layout: check the document again
            pass
        return None

    def put(self, path: str, content_hash: str, tool_version: str, config_hash: str, result: DocumentResult) -> None:
        if self.db is None:
            return
        try:
            self._write((path_key(path), content_hash, tool_version, config_hash, result.to_json(), time.time()))
        except (sqlite3.Error, OSError) as err:  # disk full, quota, a damaged page: the audit goes on
            self._off(err, "writing")

    def _write(self, row: tuple) -> None:
        assert self.db is not None
        with self.db:  # one transaction: the row is there whole or not at all
            self.db.execute("DELETE FROM results WHERE path=?", (row[0],))  # older versions of this document
            self.db.execute("INSERT INTO results VALUES (?, ?, ?, ?, ?, ?)", row)

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None

    def __enter__(self) -> "AuditCache":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
