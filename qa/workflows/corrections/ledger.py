"""The ledger: one SQLite file holding every reader's report and what became of it.

SQLite in WAL mode; every change is one `BEGIN IMMEDIATE` transaction, so two
editors working at once never lose a record. The file is the only copy of the
readers' reports: when SQLite says it is damaged or the disk is full, the
ledger says which file and what to do, exits 2 and leaves the file exactly as
it was. It is never deleted, moved aside or recreated by qa.

Besides the reports, a small journal table records an in-place apply before
the document is replaced (see `apply.py`), so a run killed between replacing
the document and marking its corrections applied is finished, not repeated.
"""

from __future__ import annotations

import json
import os
import shlex
import sqlite3
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, Iterator

from qa.errors import QAError, UsageError
from qa.sqlite_store import is_corrupt, is_write_failure, open_database, sqlite_cause
from qa.workflows.corrections.schema import prepare

DEFAULT_LEDGER = Path(".qa") / "corrections.sqlite"
STATUSES = ("open", "accepted", "rejected", "applied", "duplicate")
# a new report joins the earliest report of the same place still waiting for a decision or its apply
GROUPING = ("open", "accepted")

# one row per correction whose document is about to be replaced: the plan as JSON (see apply.Plan)
JOURNAL = "CREATE TABLE IF NOT EXISTS apply_journal (correction_id INTEGER PRIMARY KEY, plan TEXT NOT NULL)"


@dataclass(frozen=True)
class Correction:
    """One reader's report as stored: the quote, where it was found, the editor's decision."""

    id: int
    created: str
    doc: str
    quote: str
    suggest: str = ""
    reporter: str = ""
    note: str = ""
    status: str = "open"
    pair_id: str = ""
    source: str = ""
    target: str = ""
    matched: str = ""  # the quote as it stands in the document
    side: str = "target"
    match: str = ""  # exact, normalised, fuzzy 0.86
    line: int = 0
    fix: str = ""
    term: str = ""  # source term the correction is about (from verify or --term)
    rule: int = 0
    reason: str = ""  # the editor's reason for the decision (why rejected, which duplicate)
    verdict: str = ""  # JSON of the last verify
    applied_to: str = ""
    updated: float = 0.0
    email: str = ""  # the reader's, only if given; never shown publicly
    duplicate_of: int = 0  # the report this one repeats (same quote, same place), 0 for none
    editor: str = ""  # who took the last decision
    page: str = ""  # the site's URL or id the reader reported from (the service), "" from the CLI
    submission: str = ""  # the reader's key for this report: sent again on a retry, it finds this report

    @property
    def why(self) -> str:
        """The reason of a rejection (the name before the ledger had reasons for every decision)."""
        return self.reason

    @property
    def verdict_data(self) -> dict[str, Any]:
        return json.loads(self.verdict) if self.verdict else {}

    @property
    def wrong(self) -> str:
        """The text the correction replaces: as found in the document, else as quoted."""
        return self.matched or self.quote


COLUMNS = tuple(f.name for f in fields(Correction))


def _storable(value: Any) -> Any:
    """A file name that is not UTF-8 (surrogate-escaped bytes, as unzipped from Windows) is stored as its bytes:
    SQLite text must be UTF-8, and the name must come back exactly to open the file again."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return value.encode("utf-8", "surrogateescape")
    return value


def _readable(value: Any) -> Any:
    return value.decode("utf-8", "surrogateescape") if isinstance(value, bytes) else value


def damaged(path: Path, why: object) -> UsageError:
    """The ledger is the only copy of the reports: say how to recover them, never recreate the file."""
    why = " ".join(str(why).replace("*** in database main ***", "").split())
    return UsageError(
        f"{path}: the corrections ledger is damaged ({why}); qa left it untouched. Recover its records with "
        f"`sqlite3 {shlex.quote(str(path))} \".recover\" | sqlite3 recovered.sqlite` "
        "(if that sqlite3 cannot .recover, `.dump` keeps the readable rows; change its last line ROLLBACK to COMMIT) "
        "and run again with --ledger recovered.sqlite"
    )


def ledger_failure(path: Path, err: BaseException) -> QAError | None:
    """The one-line error for a damaged ledger or a full disk; None for other failures."""
    if is_corrupt(err):
        return damaged(path, err)
    if is_write_failure(err):
        return UsageError(f"{path}: cannot write the corrections ledger ({err}): the disk is full, a file-size "
                          "limit was reached or the disk failed; this change was not recorded")
    return None


_WRITERS: dict[str, threading.Lock] = {}
_WRITERS_LOCK = threading.Lock()


def _writers(path: Path) -> threading.Lock:
    """The lock this process's writers of the ledger at `path` take before SQLite's."""
    key = os.path.realpath(path)
    with _WRITERS_LOCK:
        return _WRITERS.setdefault(key, threading.Lock())


class Ledger:
    """The corrections database; safe for several processes at once."""

    def __init__(self, path: str | Path = DEFAULT_LEDGER):
        self.path = Path(path)
        try:
            # autocommit: every write takes the lock itself (BEGIN IMMEDIATE) so no record is lost between editors
            self.db = open_database(self.path, JOURNAL, "the corrections ledger", autocommit=True)
        except UsageError as err:
            raise (ledger_failure(self.path, sqlite_cause(err)) or err) from None
        with self._guard():
            # every page read once (milliseconds for a ledger): a damaged file is refused before any write,
            # not when a later query happens to reach the bad page
            problems = [row[0] for row in self.db.execute("PRAGMA quick_check(1)")]
            if problems != ["ok"]:
                self.db.close()
                raise damaged(self.path, problems[0])
            try:
                self.migrated_from = prepare(self.db, f"{self.path}: the corrections ledger")
            except UsageError:
                self.db.close()
                raise

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Ledger":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _guard(self) -> Iterator[None]:
        """SQLite and disk errors as one line naming the ledger; anything else unchanged."""
        try:
            yield
        except (sqlite3.Error, OSError) as err:
            failure = ledger_failure(self.path, err)
            if failure is None and isinstance(err, sqlite3.Error):
                failure = UsageError(f"{self.path}: the corrections ledger failed: {err}")
            if failure is None:
                raise
            raise failure from None

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, the write lock taken at the start: no lost update between editors.

        Threads of one process (the web service's) queue on a lock of their own first: SQLite makes a
        waiting writer sleep and poll, which under fifty concurrent readers' reports costs more than the writes.
        """
        with _writers(self.path), self._guard():
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
                self.db.execute("COMMIT")
            except BaseException:
                if self.db.in_transaction:
                    try:
                        self.db.execute("ROLLBACK")
                    except sqlite3.Error:
                        pass  # SQLite already rolled back (disk full); the original error says why
                raise

    @staticmethod
    def _values(values: dict[str, Any]) -> dict[str, Any]:
        values = {k: _storable(v) for k, v in values.items() if k in COLUMNS and k != "id"}
        values["updated"] = time.time()
        return values

    def insert(self, **values: Any) -> Correction:
        values = self._values(values)
        values.setdefault("created", time.strftime("%Y-%m-%d %H:%M:%S"))
        names, marks = ", ".join(values), ", ".join("?" for _ in values)
        with self.transaction() as db:
            cursor = db.execute(f"INSERT INTO corrections ({names}) VALUES ({marks})", tuple(values.values()))
        return self.get(cursor.lastrowid)

    def insert_grouped(self, **values: Any) -> Correction:
        """Insert a report; one of the same place (document, pair, quoted text) still waiting joins it as a duplicate.

        The look-up and the insert are one transaction: two readers reporting
        the same typo at the same moment still make one group, not two.
        """
        values = self._values(values)
        values.setdefault("created", time.strftime("%Y-%m-%d %H:%M:%S"))
        with self.transaction() as db:
            if values.get("submission"):
                known = db.execute("SELECT id FROM corrections WHERE submission=?", (values["submission"],)).fetchone()
                if known:
                    return self.get(known[0])
            first = db.execute(
                "SELECT id FROM corrections WHERE doc=? AND pair_id=? AND lower(matched)=lower(?) AND duplicate_of=0 "
                f"AND status IN ({', '.join('?' for _ in GROUPING)}) ORDER BY id LIMIT 1",
                (values.get("doc", ""), values.get("pair_id", ""), values.get("matched", ""), *GROUPING),
            ).fetchone()
            if first and values.get("pair_id"):
                values.update(duplicate_of=first[0], status="duplicate", reason=f"same quote as #{first[0]}")
            names, marks = ", ".join(values), ", ".join("?" for _ in values)
            cursor = db.execute(f"INSERT INTO corrections ({names}) VALUES ({marks})", tuple(values.values()))
        return self.get(cursor.lastrowid)

    def duplicates(self, correction_id: int) -> list[Correction]:
        """The reports grouped under this one, oldest first."""
        with self._guard():
            rows = self.db.execute(f"SELECT {', '.join(COLUMNS)} FROM corrections WHERE duplicate_of=? ORDER BY id",
                                   (correction_id,)).fetchall()
        return [Correction(*map(_readable, row)) for row in rows]

    def update(self, correction_id: int, **values: Any) -> Correction:
        values = self._values(values)
        assignments = ", ".join(f"{k}=?" for k in values)
        with self.transaction() as db:
            db.execute(f"UPDATE corrections SET {assignments} WHERE id=?", (*values.values(), correction_id))
        return self.get(correction_id)

    def get(self, correction_id: int) -> Correction:
        with self._guard():
            row = self.db.execute(f"SELECT {', '.join(COLUMNS)} FROM corrections WHERE id=?", (correction_id,)).fetchone()
        if row is None:
            raise UsageError(f"no correction #{correction_id} in {self.path}")
        return Correction(*map(_readable, row))

    def list(self, status: str | None = None) -> list[Correction]:
        query = f"SELECT {', '.join(COLUMNS)} FROM corrections"
        with self._guard():
            if status:
                rows = self.db.execute(query + " WHERE status=? ORDER BY id", (status,)).fetchall()
            else:
                rows = self.db.execute(query + " ORDER BY id").fetchall()
        return [Correction(*map(_readable, row)) for row in rows]

    # ------------------------------------------------------------ the apply journal

    def journal(self, ids: list[int]) -> dict[int, str]:
        """The journalled plans (JSON) of these corrections: an apply was under way for them."""
        marks = ", ".join("?" for _ in ids)
        with self._guard():
            rows = self.db.execute(f"SELECT correction_id, plan FROM apply_journal WHERE correction_id IN ({marks})", ids)
            return dict(rows.fetchall())

    def write_journal(self, ids: list[int], plan: str) -> None:
        """Record, before the document is replaced, what the replacement will be."""
        with self.transaction() as db:
            db.executemany("INSERT OR REPLACE INTO apply_journal VALUES (?, ?)", [(i, plan) for i in ids])

    def clear_journal(self, ids: list[int]) -> None:
        with self.transaction() as db:
            db.executemany("DELETE FROM apply_journal WHERE correction_id=?", [(i,) for i in ids])

    def mark_applied(self, ids: list[int], target: str) -> None:
        """The corrections are in `target`: status applied and journal cleared in one transaction."""
        now = time.time()
        with self.transaction() as db:
            db.executemany("UPDATE corrections SET status='applied', applied_to=?, updated=? WHERE id=?",
                           [(_storable(target), now, i) for i in ids])
            db.executemany("DELETE FROM apply_journal WHERE correction_id=?", [(i,) for i in ids])
