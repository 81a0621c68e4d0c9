"""Caches live in the user's own cache directory, created user-only; a file planted in /tmp is never read."""

from __future__ import annotations

import json
import marshal
import os
import stat
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
POISON = "长安君说"
PROBE = f"""
import json, tempfile
from qa.lang.segment import segment
from qa.lang.cache import user_cache_dir
print(json.dumps({{"words": [w for w, _ in segment({POISON!r})], "tmp": tempfile.gettempdir(),
                  "cache": str(user_cache_dir())}}))
"""


def _plant(shared: Path) -> None:
    """A jieba model that makes 长安君说 one word, where jieba's default cache file would be."""
    freq = {POISON[:k]: 10**9 for k in range(1, len(POISON) + 1)}
    (shared / "jieba.cache").write_bytes(marshal.dumps((freq, 10**9)))


def _run(tmp_path: Path) -> dict:
    shared, cache = tmp_path / "shared-tmp", tmp_path / "cache-home"
    shared.mkdir()
    _plant(shared)
    env = {**os.environ, "TMPDIR": str(shared), "XDG_CACHE_HOME": str(cache)}
    done = subprocess.run([sys.executable, "-c", PROBE], env=env, cwd=REPO, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_planted_jieba_cache_in_tmp_is_not_read(tmp_path):
    result = _run(tmp_path)
    assert result["tmp"] == str(tmp_path / "shared-tmp")  # the probe's /tmp is where the poison lies
    assert result["words"] != [POISON] and "".join(result["words"]) == POISON


def test_jieba_cache_is_written_user_only_under_the_user_cache_dir(tmp_path):
    result = _run(tmp_path)
    cache_dir = Path(result["cache"])
    assert cache_dir == tmp_path / "cache-home" / "qa"
    assert stat.S_IMODE(cache_dir.stat().st_mode) == 0o700
    (model,) = cache_dir.glob("jieba*.cache")
    assert stat.S_IMODE(model.stat().st_mode) & 0o077 == 0
    assert not (tmp_path / "shared-tmp" / "jieba.cache").read_bytes() == model.read_bytes()


def test_an_existing_loose_cache_dir_is_tightened(tmp_path, monkeypatch):
    from qa.lang.cache import ensure_cache_dir

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    (tmp_path / "qa").mkdir(mode=0o755)
    os.chmod(tmp_path / "qa", 0o755)
    assert ensure_cache_dir() == tmp_path / "qa"
    assert stat.S_IMODE((tmp_path / "qa").stat().st_mode) == 0o700
