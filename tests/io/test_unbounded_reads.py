"""Issue 14 item 8: devices, FIFOs and files that lie about their size are refused, never read without end."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import qa
from qa.accept import load_accept_list
from qa.errors import InputError
from qa.glossary import load_glossary
from qa.io.files import read_user_file
from tests.conftest import assert_one_line_error, run_cli

pytestmark = [
    pytest.mark.timeout(120),  # a hang guard: before the fix /dev/zero was read until memory ran out
    pytest.mark.skipif(not Path("/dev/zero").exists() or not hasattr(os, "mkfifo"), reason="needs /dev/zero and FIFOs"),
]

PAGE = (
    "source,target\n"
    "今年建成5768个站。,\"This year 5,768 stations were built.\"\n"
    "长沙举办读书节。,Changsha held a reading festival.\n"
)


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.csv").write_text(PAGE, encoding="utf-8")
    return tmp_path


def test_dev_zero_as_the_document_is_one_line_exit_2(workdir):
    assert_one_line_error(run_cli("check", "/dev/zero", "-o", "out"), "not a regular file")
    assert not (workdir / "out").exists()


@pytest.mark.parametrize("option", ["--glossary", "--config", "--accept-file"])
def test_dev_zero_as_glossary_config_or_accept_file_is_refused(workdir, option):
    line = assert_one_line_error(run_cli("check", "page.csv", "-o", "out", option, "/dev/zero"), "/dev/zero")
    assert "regular file" in line


def test_setup_cfg_pointing_the_glossary_at_dev_zero_is_refused(workdir):
    (workdir / "setup.cfg").write_text("[qa]\nglossary = /dev/zero\n", encoding="utf-8")
    assert_one_line_error(run_cli("check", "page.csv", "-o", "out"), "glossary /dev/zero is not a regular file")


def test_library_readers_refuse_devices():
    for reader in (load_glossary, load_accept_list):
        with pytest.raises(InputError, match="not a regular file"):
            reader(Path("/dev/zero"))


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="Linux /proc")
def test_the_limit_counts_bytes_read_not_the_size_reported():
    """/proc files report a size of 0 and still have content: the limit must hold on what is read."""
    assert os.stat("/proc/self/status").st_size == 0
    with pytest.raises(InputError, match="larger than"):
        read_user_file("/proc/self/status", "file", limit=16)
    assert b"Name:" in read_user_file("/proc/self/status", "file", limit=1 << 20)


def test_a_fifo_without_writer_does_not_hang_qa_check(tmp_path):
    fifo = tmp_path / "page.txt"
    os.mkfifo(fifo)
    run = subprocess.run(
        [sys.executable, "-c", "from qa.cli import main; main()", "check", str(fifo), "-o", str(tmp_path / "out")],
        capture_output=True, text=True, timeout=60, cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(Path(qa.__file__).resolve().parents[1])},  # the qa under test
    )
    assert run.returncode == 2, run.stderr
    assert "Traceback" not in run.stderr and run.stderr.count("\n") == 1
    assert "not a regular file" in run.stderr
