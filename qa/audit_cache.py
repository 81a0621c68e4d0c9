"""The audit's memory: one SQLite row per checked document, so a re-run does no work.

A row is keyed by the document's path, the SHA-256 of its bytes, the tool
version and a hash of everything else that shapes the result (settings,
glossary and accept-list contents, selected checks, reference folder). Any
change to one of them misses the cache and the document is checked again.
The database runs in WAL mode so a reader (a second audit, a dashboard
script) never blocks the writer; only the parent process writes.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from qa.sqlite_store import open_database

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


class AuditCache:
    """Results of checked documents, by content and configuration."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.db = open_database(self.path, SCHEMA, "the audit cache", hint=" (give another --cache or delete it)")
        self.db.execute("PRAGMA synchronous=NORMAL")

    def get(self, path: str, content_hash: str, tool_version: str, config_hash: str) -> dict[str, Any] | None:
        row = self.db.execute(
            "SELECT result FROM results WHERE path=? AND content_hash=? AND tool_version=? AND config_hash=?",
            (path, content_hash, tool_version, config_hash),
        ).fetchone()
        return json.loads(row[0]) if row else None

    def put(self, path: str, content_hash: str, tool_version: str, config_hash: str, result: dict[str, Any]) -> None:
        with self.db:  # one transaction: the row is there whole or not at all
            self.db.execute("DELETE FROM results WHERE path=?", (path,))  # older versions of this document
            self.db.execute(
                "INSERT INTO results VALUES (?, ?, ?, ?, ?, ?)",
                (path, content_hash, tool_version, config_hash, json.dumps(result, ensure_ascii=False), time.time()),
            )

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "AuditCache":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
