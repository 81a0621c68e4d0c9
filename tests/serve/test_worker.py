"""The checks' worker process ends with the service, even when the service is killed with SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

PARENT = """
import os, sys, time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from qa.serve import worker
if __name__ == "__main__":
    pool = ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn"), initializer=worker.watch_parent,
                               initargs=(os.getpid(),))
    print(pool.submit(os.getpid).result(), flush=True)
    time.sleep(600)
"""


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat", encoding="ascii") as handle:  # a zombie waiting for init to reap it is gone too
        return handle.read().split(") ", 1)[1][0] != "Z"


def test_a_killed_service_leaves_no_worker_behind(tmp_path):
    script = tmp_path / "parent.py"
    script.write_text(PARENT, encoding="utf-8")
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True,
                              env=dict(os.environ, PYTHONPATH=os.getcwd()))
    worker_pid = int(parent.stdout.readline())
    assert alive(worker_pid)
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 60  # a bound on the wait, not a speed requirement
    while alive(worker_pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = alive(worker_pid)
    if left:  # do not leave it running after the test
        os.kill(worker_pid, signal.SIGKILL)
    assert not left


def test_a_worker_whose_service_died_while_it_started_ends_too(tmp_path):
    """The service killed before the worker's initializer ran: the worker is already an orphan and must end."""
    script = tmp_path / "orphan.py"
    script.write_text("import os, sys, time\nfrom qa.serve import worker\nworker.watch_parent(int(sys.argv[1]))\n"
                      "time.sleep(600)\n", encoding="utf-8")
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()  # a pid that is not this process's parent: as if the service had died before the worker started
    orphan = subprocess.Popen([sys.executable, str(script), str(gone.pid)])
    try:
        orphan.wait(timeout=60)  # it sleeps 600 s unless the watch ends it; a bound, not a speed requirement
    finally:
        if orphan.poll() is None:
            orphan.kill()
    assert orphan.returncode == 0
