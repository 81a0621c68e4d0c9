"""Signals to a running `qa audit -j 2` (issue 14 item 19): no orphaned workers, SIGTERM shuts down like Ctrl-C.

Real processes and real signals; the polling loops are hang guards, not timing assertions.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.workflows.conftest import REPO, SAMPLE

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc to see the workers")


def children(pid: int) -> set[int]:
    """Live (not zombie) processes whose parent is `pid`."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if fields[0] != "Z" and int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


def alive(pids: set[int]) -> set[int]:
    live = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            live.add(pid)
    return live


def wait_for(condition, limit: float = 240.0):
    """Poll until `condition()` is truthy; a hang guard, not a timing assertion."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    return condition()


def start_audit(tmp_path: Path) -> tuple[subprocess.Popen, set[int]]:
    from tests.fixtures.archive import generate_archive

    generate_archive(tmp_path / "docs", 40, SAMPLE)
    command = [sys.executable, "-c", "from qa.cli import main; main()", "audit", str(tmp_path / "docs"),
               "-o", str(tmp_path / "out"), "-j", "2", "-q", "--select", "N,M,T"]
    # output to files, not pipes: an orphaned worker would hold a pipe open and hang the test
    with open(tmp_path / "stderr.txt", "w") as err:
        audit = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=err)
    workers = wait_for(lambda: children(audit.pid) if len(children(audit.pid)) >= 2 else None)
    if not workers:
        audit.kill()
        audit.wait()
        pytest.fail(f"no workers appeared: {(tmp_path / 'stderr.txt').read_text()[-2000:]}")
    return audit, workers


def test_sigkill_of_the_audit_takes_its_workers_along(tmp_path):
    audit, workers = start_audit(tmp_path)
    audit.kill()
    audit.wait()
    left = wait_for(lambda: not alive(workers), 60.0)
    stray = alive(workers)
    for pid in stray:  # never leave them behind, even when the test fails
        os.kill(pid, signal.SIGKILL)
    assert left and not stray, stray


def test_sigterm_shuts_down_like_ctrl_c(tmp_path):
    audit, workers = start_audit(tmp_path)
    audit.send_signal(signal.SIGTERM)
    try:
        audit.wait(timeout=120)  # hang guard
    except subprocess.TimeoutExpired:
        audit.kill()
        audit.wait()
    err = (tmp_path / "stderr.txt").read_text()
    stray = alive(workers)
    for pid in stray:
        os.kill(pid, signal.SIGKILL)
    assert audit.returncode == 130, (audit.returncode, err[-2000:])
    assert "Traceback" not in err, err[-2000:]
    assert not stray
    assert not (tmp_path / "out" / "index.html").exists()  # nothing written after the interrupt
