"""Derived data in the per-user cache: the same data as built, and a damaged or stale file is rebuilt, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from qa.lang import cache

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def cache_home(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "qa"


class Builder:
    """A build function that counts its calls."""

    def __init__(self, data) -> None:
        self.data, self.calls = data, 0

    def __call__(self):
        self.calls += 1
        return self.data


def _only_file(folder: Path, suffix: str = ".qac") -> Path:
    (path,) = folder.glob(f"*{suffix}")
    return path


def test_stored_data_is_built_once_then_loaded(cache_home):
    build = Builder({"长安": ["chang", "an"], "重庆": ["chong", "qing"]})
    assert cache.stored("words", "1.0-1", build) == build.data
    assert cache.stored("words", "1.0-1", build) == build.data
    assert build.calls == 1
    assert _only_file(cache_home).stat().st_mode & 0o077 == 0  # user-only


@pytest.mark.parametrize("damage", ["flip", "truncate", "empty", "garbage", "old marshal"])
def test_a_damaged_cache_file_is_rebuilt_and_rewritten(cache_home, damage):
    import marshal

    build = Builder({"word": list(range(50))})
    cache.stored("words", "1.0-1", build)
    path = _only_file(cache_home)
    blob = path.read_bytes()
    damaged = {
        "flip": blob[:-10] + bytes([blob[-10] ^ 0x55]) + blob[-9:],  # marshal would still decode this to other data
        "truncate": blob[: len(blob) // 2],
        "empty": b"",
        "garbage": os.urandom(len(blob)),
        "old marshal": marshal.dumps({"word": [1]}),  # what the cache held before it was checked
    }[damage]
    path.write_bytes(damaged)
    assert cache.stored("words", "1.0-1", build) == build.data
    assert build.calls == 2
    assert path.read_bytes() == blob  # rewritten whole


def test_data_of_the_wrong_shape_is_rebuilt(cache_home):
    cache.stored("words", "1.0-1", Builder(["a list, not the dict a newer format expects"]))
    build = Builder({"word": 1})
    assert cache.stored("words", "1.0-1", build, lambda data: isinstance(data, dict)) == {"word": 1}
    assert build.calls == 1


def test_a_new_source_version_is_a_new_file(cache_home):
    cache.stored("words", "1.0-1", Builder({"old": 1}))
    assert cache.stored("words", "2.0-1", Builder({"new": 2})) == {"new": 2}
    assert len(list(cache_home.glob("words-*.qac"))) == 2


def test_an_unusable_cache_dir_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    build = Builder({"word": 1})
    assert cache.stored("words", "1", build) == {"word": 1} and cache.stored("words", "1", build) == {"word": 1}
    assert build.calls == 2


def test_a_sharded_map_answers_as_the_dict_it_was_built_from(cache_home):
    data = {"中": 5, "中国": 9, "中国人": 2, "国": 4, "": 1, "a": 0, "ab": 7}
    _, first = cache.stored_sharded("freq", "1", lambda: (sum(data.values()), data))
    total, mapped = cache.stored_sharded("freq", "1", lambda: pytest.fail("rebuilt"))
    for m in (first, mapped):
        assert total == 28 and dict(m.items()) == data and len(m) == len(data)
        assert m["中国"] == 9 and m.get("中国人") == 2 and m.get("国家") is None and m.get("国家", 0) == 0
        assert "中国" in m and "国家" not in m and "x" not in m and 5 not in m
        with pytest.raises(KeyError):
            m["美国"]


def test_a_damaged_sharded_file_is_rebuilt(cache_home):
    data = {"中国": 9, "国": 4}
    cache.stored_sharded("freq", "1", lambda: (None, data))
    path = _only_file(cache_home, ".qas")
    path.write_bytes(path.read_bytes()[:-3])
    build = Builder((None, data))
    assert dict(cache.stored_sharded("freq", "1", build)[1].items()) == data and build.calls == 1


def test_a_damaged_group_found_in_use_rebuilds_the_map_and_the_file(cache_home):
    data = {"中国": 9, "国": 4, "国家": 3}
    cache.stored_sharded("freq", "1", lambda: (16, data))
    path = _only_file(cache_home, ".qas")
    whole = path.read_bytes()
    path.write_bytes(whole[:-2] + bytes([whole[-2] ^ 0x55]) + whole[-1:])  # inside the last group written
    build = Builder((16, data))
    total, mapped = cache.stored_sharded("freq", "1", build)
    assert build.calls == 0  # the header is whole: nothing is read until a lookup
    assert total == 16 and dict(mapped.items()) == data and mapped["国家"] == 3 and build.calls == 1
    assert path.read_bytes() == whole  # rewritten


def test_a_lookup_reads_and_checks_its_own_part_only(cache_home):
    """A group is a table of its parts: a damaged part is found (and the map rebuilt) only when it is asked for,
    so a lookup pays for its own part, not for every part under the same first character."""
    data = {"国": 4, "国家": 3, "国际": 7}
    cache.stored_sharded("freq", "1", lambda: (None, data))
    path = _only_file(cache_home, ".qas")
    whole = path.read_bytes()
    path.write_bytes(whole[:-2] + bytes([whole[-2] ^ 0x55]) + whole[-1:])  # inside the last part written
    build = Builder((None, data))
    _, mapped = cache.stored_sharded("freq", "1", build)
    assert mapped["国"] == 4 and mapped.get("国家") == 3 and build.calls == 0
    assert mapped["国际"] == 7 and build.calls == 1 and path.read_bytes() == whole


def test_arrays_come_back_equal_read_only_and_in_their_order(cache_home):
    arrays = {"table": np.arange(24, dtype=np.uint8).reshape(4, 6), "w": np.asfortranarray(np.random.rand(5, 3).astype(np.float32)),
              "eps:float": np.asarray(1e-6), "b.0": np.ones(7, dtype=np.float32)}
    cache.stored_arrays("weights", "1", lambda: arrays)
    loaded = cache.stored_arrays("weights", "1", lambda: pytest.fail("rebuilt"))
    for name, array in arrays.items():
        assert np.array_equal(loaded[name], array) and loaded[name].dtype == array.dtype
        assert not loaded[name].flags.writeable
    assert loaded["w"].flags.f_contiguous  # the layout a BLAS call sees is the original's


def test_truncated_arrays_are_rebuilt(cache_home):
    arrays = {"table": np.arange(1000, dtype=np.float32)}
    cache.stored_arrays("weights", "1", lambda: arrays)
    data = _only_file(cache_home, ".bin")
    data.write_bytes(data.read_bytes()[:100])
    build = Builder(arrays)
    assert np.array_equal(cache.stored_arrays("weights", "1", build)["table"], arrays["table"]) and build.calls == 1
    assert data.stat().st_size >= 4000


_LOOKUP = """
import json
from qa.lang import cedict
from qa.lang.segment import segment
print(json.dumps({"entries": [[e.simplified, e.pinyin, list(e.definitions)] for e in cedict.lookup("长安")],
                  "words": [w for w, _ in segment("长安君在现场聆听了讲话")]}))
"""


def test_the_real_dictionary_caches_survive_corruption(tmp_path):
    """In fresh interpreters: built, then every cache file damaged, then rebuilt with the same answers."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}

    def run() -> dict:
        done = subprocess.run([sys.executable, "-c", _LOOKUP], env=env, cwd=REPO, capture_output=True, text=True)
        assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
        return json.loads(done.stdout)

    first = run()
    assert first["entries"] and "长安" in first["words"]
    files = list((tmp_path / "qa").glob("*.qa[cs]"))
    assert {p.name.split("-")[0] for p in files} >= {"cedict", "jieba"}
    for path in files:
        blob = path.read_bytes()
        path.write_bytes(blob[: len(blob) // 3])
    assert run() == first


def test_the_old_map_is_closed_before_the_damaged_file_is_rewritten(cache_home, monkeypatch):
    from qa.lang import sharded

    # an open map keeps the file busy on Windows, so the rewrite would fail and every run rebuild
    data = {"中国": 9, "国": 4, "国家": 3}
    cache.stored_sharded("freq", "1", lambda: (16, data))
    path = _only_file(cache_home, ".qas")
    whole = path.read_bytes()
    path.write_bytes(whole[:-2] + bytes([whole[-2] ^ 0x55]) + whole[-1:])
    opened: dict = {}
    closed_at_build = []

    def build():
        closed_at_build.append(opened["groups"]._mapped.closed)
        return 16, data

    _, mapped = cache.stored_sharded("freq", "1", build)
    opened["groups"] = mapped._blobs
    closed_at_write = []
    real_write = sharded.write_bytes
    monkeypatch.setattr(sharded, "write_bytes", lambda *args: (closed_at_write.append(mapped._blobs._mapped.closed),
                                                               real_write(*args)))
    assert mapped["国家"] == 3 and dict(mapped.items()) == data
    # closed for the rewrite, but not before the build: a build that fails leaves a map that still answers
    assert closed_at_build == [False] and closed_at_write == [True] and path.read_bytes() == whole


def _damage_a_part(cache_home: Path, data: dict) -> Path:
    """The reviewer's input: a sharded file whose header is whole and whose last part is not."""
    cache.stored_sharded("freq", "1", lambda: (None, data))
    path = _only_file(cache_home, ".qas")
    raw = bytearray(path.read_bytes())
    raw[-3] ^= 0xFF
    path.write_bytes(bytes(raw))
    return path


def test_a_heal_whose_build_fails_once_leaves_a_map_that_heals_on_the_next_lookup(cache_home):
    # an interrupted build (MemoryError, missing data) used to leave the map closed: every later lookup
    # raised "mmap closed or invalid" instead of trying the heal again
    data = {"ab": 1, "ac": 2, "中国": 3}
    path = _damage_a_part(cache_home, data)
    calls = []

    def build():
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("interrupted build")
        return None, data

    _, mapped = cache.stored_sharded("freq", "1", build)
    answers = []
    for _ in range(2):
        try:
            answers.append({key: mapped.get(key) for key in data})
        except RuntimeError as err:
            answers.append(str(err))
    assert answers[0] == "interrupted build" and answers[1] == data and len(calls) == 2
    assert dict(cache.stored_sharded("freq", "1", build)[1].items()) == data and len(calls) == 2  # rewritten


def test_a_build_that_fails_under_the_lock_is_not_run_again_without_it(cache_home):
    from qa.errors import UsageError

    calls = []

    def build():
        calls.append(1)
        raise UsageError("no dictionary")

    with pytest.raises(UsageError, match="no dictionary"):
        cache.stored_sharded("freq", "1", build)
    assert len(calls) == 1


def test_a_cache_build_waits_for_another_builders_lock_briefly_only(cache_home, monkeypatch):
    # the lock's 120 s are for glossary writes; a cold table behind a stuck holder builds alone after a short wait
    import qa.locks
    from qa.lang import sharded

    timeouts = []
    real = qa.locks.FileLock
    monkeypatch.setattr(qa.locks, "FileLock", lambda path, timeout: (timeouts.append(timeout), real(path))[1])
    data = {"中国": 9}
    assert dict(cache.stored_sharded("freq", "1", lambda: (None, data))[1].items()) == data
    assert timeouts == [sharded.LOCK_WAIT_SECONDS] and 0 < sharded.LOCK_WAIT_SECONDS <= 30
    assert qa.locks.WAIT_SECONDS == 120  # the glossary's wait is unchanged


def test_a_lock_held_elsewhere_is_waited_for_as_long_as_asked(tmp_path, monkeypatch):
    from filelock import FileLock

    import qa.locks
    from qa.errors import UsageError

    monkeypatch.setattr(qa.locks, "WAIT_SECONDS", 0)  # were `wait` ignored, the lock would time out at once
    timeouts = []
    real = qa.locks.FileLock
    monkeypatch.setattr(qa.locks, "FileLock", lambda path, timeout: (timeouts.append(timeout), real(path, timeout))[1])
    glossary = tmp_path / "glossary.tsv"
    other = FileLock(str(tmp_path / ".glossary.tsv.lock"), thread_local=False)
    other.acquire()
    try:
        with pytest.raises(UsageError, match=r"glossary.tsv: another qa has been writing this glossary for 0.2 s"):
            with qa.locks.locked(glossary, "glossary", wait=0.2):
                pass
    finally:
        other.release()
    with qa.locks.locked(glossary, "glossary"):
        pass  # free again: had at once, with the default wait
    assert timeouts == [0.2, 0]


def test_a_run_that_waited_for_another_builder_reads_its_file(cache_home):
    # two processes on a cold cache (-j 2): the second waits for the first's lock, then reads what it wrote
    import threading
    import time

    from filelock import FileLock

    from qa.lang.sharded import _SHARDED, _write_sharded, shards

    data = {"中国": 9, "国": 4}
    path = cache.cache_path("freq", f"1-{_SHARDED}", ".qas")
    build = Builder((None, data))
    answers = []
    other = FileLock(str(path.with_name(f".{path.name}.lock")))
    other.acquire()
    waiting = threading.Thread(target=lambda: answers.append(dict(cache.stored_sharded("freq", "1", build)[1].items())))
    waiting.start()
    time.sleep(1.0)  # the other builder is still at work: without the lock this run builds too
    _write_sharded(path, None, shards(data))
    other.release()
    waiting.join(60)
    assert answers == [data] and build.calls == 0
