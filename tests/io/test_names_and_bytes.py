"""Issue 14 items 11 and 21: file names that are not UTF-8, and UTF-8 text with a stray byte."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import qa
from qa.errors import InputError
from qa.io.decode import decode_bytes

QA_ENV = {**os.environ, "PYTHONPATH": str(Path(qa.__file__).resolve().parents[1])}  # the qa under test, not another install

GBK_NAME = "十大要点".encode("gbk") + b".txt"  # as unzipped from a Windows archive on Linux


def qa(*args: bytes | str, cwd: Path) -> subprocess.CompletedProcess:
    """`qa ARGS` in a real process, arguments as bytes where the name is bytes."""
    command = [os.fsencode(sys.executable), b"-c", b"from qa.cli import main; main()", *map(os.fsencode, args)]
    return subprocess.run(command, capture_output=True, cwd=cwd, timeout=300, env=QA_ENV)


@pytest.mark.skipif(sys.platform == "win32" or os.fsencode("\udcb0") != b"\xb0", reason="POSIX byte file names")
def test_a_gbk_file_name_is_checked_and_shown_with_replacement_characters(tmp_path, sample_page):
    (tmp_path / os.fsdecode(GBK_NAME)).write_bytes(sample_page.read_bytes())
    run = qa("check", GBK_NAME, "-o", "out", "--format", "csv,jsonl,html", cwd=tmp_path)
    assert run.returncode in (0, 1), run.stderr.decode("utf-8", "replace")
    assert b"Traceback" not in run.stderr
    stdout = run.stdout.decode("utf-8")  # valid UTF-8: the name is shown, not its raw bytes
    assert "\ufffd" in stdout and "finding(s) in" in stdout
    reports = sorted(n for n in os.listdir(os.fsencode(tmp_path / "out")) if not n.startswith(b"."))  # not the manifest
    assert reports == [GBK_NAME[:-4] + suffix for suffix in (b".csv", b".html", b".jsonl")]  # the same bytes on disk
    rows = [json.loads(line) for line in (tmp_path / "out" / os.fsdecode(GBK_NAME[:-4] + b".jsonl")).read_text("utf-8").splitlines()]
    assert rows and all("\ufffd" in row["doc"] for row in rows)


def test_a_missing_gbk_named_file_is_one_readable_line(tmp_path):
    run = qa("check", b"missing-" + GBK_NAME, cwd=tmp_path)
    assert run.returncode == 2
    stderr = run.stderr.decode("utf-8")
    assert "Traceback" not in stderr and stderr.count("\n") == 1 and "\ufffd" in stderr and "no such file" in stderr


PAGE = "长沙举办读书节。\n\nChangsha held a reading festival.\n\n会议强调落实。\n\nThe meeting stressed implementation.\n"


def test_one_bad_byte_in_a_long_utf8_file_is_located():
    data = (PAGE * 400).encode("utf-8")
    position = data.index("落实".encode())  # first occurrence: line 5, column 5
    broken = data[:position] + b"\xff" + data[position:]
    with pytest.raises(InputError) as info:
        decode_bytes(broken, "page.txt")
    message = str(info.value)
    assert "line 5, column 5" in message and "0xff" in message and "UTF-8" in message


def test_one_bad_byte_in_a_short_utf8_file_is_not_read_as_mojibake():
    """Before: cp1252 guessed, text like 'é•¿æ²™', 0 findings, exit 0."""
    broken = PAGE.encode("utf-8").replace(b"Changsha", b"Chang\xe9sha")
    with pytest.raises(InputError, match=r"line 3, column 6 \(byte 0xe9"):
        decode_bytes(broken, "page.txt")


@pytest.mark.parametrize("encoding", ["gbk", "gb18030"])
def test_files_wholly_in_gbk_are_still_read(encoding):
    assert decode_bytes(PAGE.encode(encoding), "page.txt") == PAGE
