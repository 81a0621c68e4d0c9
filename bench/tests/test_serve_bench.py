"""bench/serve.py on a small crowd: the server killed and restarted mid-way, every report stored exactly once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def test_a_small_crowd_survives_a_restart_without_losing_or_doubling_a_report():
    pytest.importorskip("uvicorn", reason="the serve extra is not installed")
    done = subprocess.run([sys.executable, "-m", "bench.serve", "--reporters", "4", "--reports", "5", "--no-verify"],
                          cwd=REPO, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "server killed (SIGKILL) after" in done.stdout
    assert "ledger: 20 rows for 20 acknowledged reports; stored twice: 0; acknowledged but missing or different: 0" in done.stdout
    assert done.stdout.rstrip().endswith("OK: every report stored exactly once")
