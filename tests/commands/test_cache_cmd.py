"""`qa cache dir|info|clear`: what the folder holds, what is stale, and clearing it never breaks a run."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

from qa.lang import cache
from qa.lang.sharded import stored_sharded
from tests.conftest import BUNDLED_SAMPLE, assert_one_line_error, run_cli

REPO = Path(__file__).resolve().parents[2]
DAY = 86_400



def _aged(path: Path, days: float) -> str:
    stamp = time.time() - days * DAY
    os.utime(path, (stamp, stamp))
    return path.name


def _counts(output: str) -> dict[str, int]:
    """The file count of each state line of `qa cache info`."""
    return {m[1]: int(m[2]) for m in re.finditer(r"^  (in use|superseded|unused|unfinished) +(\d+) file", output, re.M)}


def _stocked(folder: Path) -> dict[str, list[str]]:
    """A folder as an upgrade leaves it: live files, a superseded one, a retired family, an unfinished write."""
    cache.stored("cedict", "1.2.0-1", lambda: {"old": 1})
    cache.stored("cedict", "1.2.0-2", lambda: {"new": 1})
    stored_sharded("cedict-index", "1.2.0-2", lambda: (None, {"中国": 1}))
    cache.stored("jieba-freq", "0.42.1-1", lambda: {"retired": 1})
    (folder / ".cedict-1.2.0-2.qac.k3j_x9a2.tmp").write_bytes(b"half a write")
    (folder / "notes.txt").write_text("the user's own")
    return {"superseded": [_aged(folder / "cedict-1.2.0-1.qac", 31)],
            "unused": [_aged(folder / "jieba-freq-0.42.1-1.qac", 40)],
            "unfinished": [_aged(folder / ".cedict-1.2.0-2.qac.k3j_x9a2.tmp", 2)],
            "in use": ["cedict-1.2.0-2.qac", "cedict-index-1.2.0-2-sharded-6.qas",
                       ".cedict-index-1.2.0-2-sharded-6.qas.lock"]}


def test_dir_prints_the_folder(cache_home):
    result = run_cli("cache", "dir")
    assert result.exit_code == 0 and result.output == f"{cache_home}\n"


def test_info_tells_stale_files_and_clear_stale_removes_only_them(cache_home):
    stocked = _stocked(cache_home)
    info = run_cli("cache", "info", "--files")
    assert info.exit_code == 0, info.output
    assert _counts(info.output) == {state: len(names) for state, names in stocked.items()}
    for state, names in stocked.items():
        assert all(re.search(rf"^{state} .* {re.escape(name)}$", info.output, re.M) for name in names), state
    assert "notes.txt" not in info.output
    cleared = run_cli("cache", "clear", "--stale")
    assert cleared.exit_code == 0 and cleared.output.startswith("removed 3 files"), cleared.output
    assert sorted(p.name for p in cache_home.iterdir()) == sorted(stocked["in use"] + ["notes.txt"])
    cleared = run_cli("cache", "clear")
    assert cleared.exit_code == 0 and cleared.output.startswith("removed 3 files"), cleared.output
    assert [p.name for p in cache_home.iterdir()] == ["notes.txt"]  # nothing qa did not make
    assert _counts(run_cli("cache", "info").output) == {"in use": 0, "superseded": 0, "unused": 0, "unfinished": 0}


def test_another_installations_build_used_this_week_is_in_use_and_a_users_look_alike_is_not_qas(cache_home):
    """Beside a newer build, an older key used three days ago (a weekly CI venv's qa) is in use, not superseded:
    `clear --stale` leaves it. Files named like qa's but not written by it (a user's `glove-6B.bin`,
    `notes-2024.qac`, `.model-1.bin.lock`, a store the user named `embeddings-mine.sqlite`) are not listed and
    not removed, even by `clear`."""
    cache.stored("cedict", "1.2.0-1", lambda: {"ci": 1})
    cache.stored("cedict", "1.2.0-2", lambda: {"editor": 1})
    _aged(cache_home / "cedict-1.2.0-1.qac", 3)
    own = ["glove-6B.bin", "notes-2024.qac", ".model-1.bin.lock", "embeddings-mine.sqlite", "backup-2024-11-30.qas"]
    for name in own:
        (cache_home / name).write_bytes(b"the user's own data")
    assert _counts(run_cli("cache", "info").output) == {"in use": 2, "superseded": 0, "unused": 0, "unfinished": 0}
    assert run_cli("cache", "clear", "--stale").exit_code == 0 and (cache_home / "cedict-1.2.0-1.qac").exists()
    assert run_cli("cache", "clear").exit_code == 0
    assert sorted(p.name for p in cache_home.iterdir()) == sorted(own)


def test_a_missing_folder_is_no_error_and_a_folder_that_is_not_one_is(cache_home):
    assert run_cli("cache", "info").output.endswith("no cache yet\n")
    assert run_cli("cache", "clear").output == "nothing to clear: no cache yet\n"
    cache_home.write_text("not a folder")
    for command in ("info", "clear"):
        assert_one_line_error(run_cli("cache", command), "not a folder")
    assert cache_home.read_text() == "not a folder"


SCRIPT = """
import json, sys
from click.testing import CliRunner
from qa.cli import main
county, page, out = sys.argv[1:4]
run = lambda *args: CliRunner().invoke(main, list(args))
first = run("check", county, "-o", out + "/first", "--format", "jsonl")  # every cache file opened (or built)
cleared = run("cache", "clear")  # while this qa has them open
after = run("cache", "info")
second = run("check", page, "-o", out + "/second", "--format", "jsonl")  # parts never read yet come from removed files
print(json.dumps({"codes": [first.exit_code, cleared.exit_code, second.exit_code], "cleared": cleared.output,
                  "after": after.output}))
"""


def _seeded(folder: Path) -> None:
    """Copies of the built files of this user's cache in `folder`, so the run below opens built files instead of
    spending half a minute building them (it builds what is missing)."""
    import shutil

    folder.mkdir(mode=0o700, parents=True)
    built = cache.user_cache_dir()
    for path in sorted(built.iterdir()) if built.is_dir() else []:
        if path.is_file() and path.suffix in (".qac", ".qas", ".cache", ".marshal", ".bin"):
            shutil.copy2(path, folder / path.name)  # copies: a bug writing in place must not reach the user's cache


def test_clearing_while_a_check_runs_changes_no_finding(tmp_path, sample_page):
    """A run whose cache files are all removed mid-run reads on from the files it has open (unlinked files stay
    readable), and finds what a run on an untouched cache finds."""
    reference = run_cli("check", str(sample_page), "-o", str(tmp_path / "reference"), "--format", "jsonl")
    assert reference.exit_code in (0, 1), reference.output
    _seeded(tmp_path / "home" / "qa")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "home"), "QA_EMBEDDING_CACHE": ""}  # the store on, too
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(BUNDLED_SAMPLE), str(sample_page), str(tmp_path)],
                          env=env, cwd=REPO, capture_output=True, text=True, check=True)
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["codes"][1] == 0 and result["codes"][0] in (0, 1) and result["codes"][2] == reference.exit_code
    assert int(re.match(r"removed (\d+) files", result["cleared"])[1]) >= 20, result["cleared"]
    assert _counts(result["after"])["in use"] == 0
    name = f"{sample_page.stem}.jsonl"
    assert (tmp_path / "second" / name).read_text() == (tmp_path / "reference" / name).read_text()
