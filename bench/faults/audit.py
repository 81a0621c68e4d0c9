"""Faults during `qa audit`: kill -9 and SIGTERM mid-run, a full disk, a corrupt cache, hostile names.

Every case runs the real command in a child process on generated documents
(the bundled sample with errors injected, bench/audit.py) and reports what a
user would see: exit status, the last stderr line, the manifest's verdict,
workers left alive.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterable
from urllib.parse import unquote, urlsplit

from bench.faults import FaultCase, limit_file_size
from tests.workflows.test_audit_signals import alive as _alive, children as _children  # /proc, one copy

REPO = Path(__file__).resolve().parents[2]
QA = [sys.executable, "-c", "from qa.cli import main; main()"]
FAST = ["--select", "N,M,T", "-q"]


def _wait(condition, limit: float):
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and not condition():
        time.sleep(0.2)
    return condition()


def _qa(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([*QA, *args], cwd=REPO, capture_output=True, text=True, **kwargs)


def _last_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[-1][:140] if lines else ""


def _archive(folder: Path, count: int) -> Path:
    from tests.fixtures.archive import generate_archive

    generate_archive(folder, count)
    return folder


def _state(out: Path) -> str:
    from qa.report.manifest import read_state
    from qa.workflows.audit import MANIFEST_NAME

    return read_state(out / MANIFEST_NAME).status


def _start_and_signal(docs: Path, out: Path, signum: int, extra: tuple[str, ...] = ()) -> tuple[subprocess.Popen, set[int], str]:
    """Start `qa audit -j 2`, wait for its workers and its first new report, send `signum`."""
    log = out.parent / (out.name + ".stderr")  # a file, not a pipe: orphans would hold a pipe open forever
    with open(log, "w") as handle:
        audit = subprocess.Popen([*QA, "audit", str(docs), "-o", str(out), "-j", "2", *FAST, *extra], cwd=REPO,
                                 stdout=subprocess.DEVNULL, stderr=handle)
    _wait(lambda: len(_children(audit.pid)) >= 2, 240)
    workers = _children(audit.pid)
    _wait(lambda: _state(out) == "incomplete", 120)  # the run has begun writing
    time.sleep(0.5)  # let a few reports land: the point is a half-written set
    audit.send_signal(signum)
    try:
        audit.wait(timeout=120)
    except subprocess.TimeoutExpired:
        audit.kill()
        audit.wait()
    return audit, workers, log.read_text(errors="replace")


def _reap(pids: set[int]) -> set[int]:
    left = set() if _wait(lambda: not _alive(pids), 30) else _alive(pids)
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    return left


def kill_during_audit(work: Path) -> FaultCase:
    docs, out = _archive(work / "kill-docs", 150), work / "kill-out"  # large enough to be mid-run when the signal comes
    _qa("audit", str(docs), "-o", str(out), "-j", "1", *FAST)  # a previous, complete set
    audit, workers, _ = _start_and_signal(docs, out, signal.SIGKILL, ("--fail-on", "critical", "--force"))
    orphans = _reap(workers)
    after_kill = _state(out)
    rerun = _qa("audit", str(docs), "-o", str(out), "-j", "2", *FAST, "--fail-on", "critical")
    final = _state(out)
    import json

    run_id = json.loads((out / ".qa-audit-manifest.json").read_text())["run"]
    page_ok = run_id in (out / "index.html").read_text(encoding="utf-8")
    ok = not orphans and after_kill == "incomplete" and rerun.returncode in (0, 1) and final == "complete" and page_ok
    return FaultCase("kill -9 `qa audit -j 2` mid-run, then rerun",
                     "no orphans; set marked incomplete; rerun completes it, manifest and dashboard agree",
                     f"{len(orphans)} orphan(s); after kill: {after_kill}; rerun exit {rerun.returncode}, "
                     f"manifest {final}, dashboard run id {'matches' if page_ok else 'differs'}", ok)


def sigterm_during_audit(work: Path) -> FaultCase:
    docs, out = _archive(work / "term-docs", 150), work / "term-out"
    audit, workers, err = _start_and_signal(docs, out, signal.SIGTERM)
    orphans = _reap(workers)
    ok = audit.returncode == 130 and not orphans and "Traceback" not in err
    return FaultCase("SIGTERM to `qa audit -j 2` mid-run", "exit 130 like Ctrl-C, no traceback, no orphan workers",
                     f"exit {audit.returncode}, {len(orphans)} orphan(s) of {len(workers)} workers, "
                     f"traceback: {'yes' if 'Traceback' in err else 'no'}; set {_state(out)}", ok)


def disk_full(work: Path) -> FaultCase:
    docs, out = _archive(work / "full-docs", 4), work / "full-out"
    run = _qa("audit", str(docs), "-o", str(out), "-j", "1", *FAST, preexec_fn=limit_file_size(20_000))
    errors = [line for line in run.stderr.splitlines() if line.startswith("qa: error:")]
    state = _state(out)
    # every report failed, so the run's set is its summary and dashboard (all error rows): "complete" is right
    # as long as the manifest matches the files; "mixed" (stale reports counted as new) would be wrong
    ok = (run.returncode == 2 and len(errors) == 1 and "File too large" in errors[0] and "Traceback" not in run.stderr
          and state in ("complete", "incomplete"))
    return FaultCase("`qa audit` with RLIMIT_FSIZE 20 KB (EFBIG, a full disk)",
                     "exit 2, one error line naming the cause, no traceback, manifest agrees with the files",
                     f"exit {run.returncode}: {_last_line(run.stderr)!r}; set {state}", ok)


def corrupt_cache(work: Path) -> FaultCase:
    docs, out = _archive(work / "corrupt-docs", 3), work / "corrupt-out"
    _qa("audit", str(docs), "-o", str(out), "-j", "1", *FAST)
    cache = out / ".qa-audit.sqlite"
    data = bytearray(cache.read_bytes())
    data[4096:] = b"\xa5" * (len(data) - 4096)
    cache.write_bytes(bytes(data))
    first = _qa("audit", str(docs), "-o", str(out), "-j", "1", *FAST)
    second = _qa("audit", str(docs), "-o", str(out), "-j", "1", *FAST)
    aside = [p for p in out.glob(".qa-audit.sqlite.corrupt-*") if not p.name.endswith(("-wal", "-shm"))]
    warned = [line for line in first.stderr.splitlines() if "corrupt" in line]
    cached = re.findall(r"\d+ from cache", second.stdout)
    ok = first.returncode in (0, 1) and len(warned) == 1 and len(aside) == 1 and cached == ["3 from cache"]
    return FaultCase("audit cache with its pages overwritten (database disk image is malformed)",
                     "one warning, bad file moved aside, rebuilt; next run served from cache",
                     f"exit {first.returncode}, {len(warned)} warning line(s), {len(aside)} moved aside; "
                     f"next run: {cached[0] if cached else 'nothing from cache'}", ok)


def hostile_names(work: Path) -> FaultCase:
    from tests.fixtures.archive import SAMPLE

    docs, out = work / "names-docs", work / "names-out"
    docs.mkdir()
    names = [b"javascript:alert(document.domain).txt", b"50%#1.txt", "中文报告.txt".encode("gbk"), b"index.txt",
             b"=HYPERLINK(1).txt"]
    for name in names:
        shutil.copy(SAMPLE, os.fsdecode(os.path.join(os.fsencode(docs), name)))
    run = _qa("audit", str(docs), "-o", str(out), "-j", "1", *FAST)
    page = (out / "index.html").read_text(encoding="utf-8") if (out / "index.html").exists() else ""
    links = [h for h in re.findall(r'href="([^"]*)"', page) if not h.startswith("#")]
    bad = [h for h in links if urlsplit(h).scheme or not (out / unquote(urlsplit(h).path)).is_file()]
    summary = (out / "summary.csv").read_text(encoding="utf-8") if (out / "summary.csv").exists() else ""
    ok = run.returncode in (0, 1) and f"{len(names)} ok" in run.stdout and links and not bad and "'=HYPERLINK" in summary
    return FaultCase("names: javascript:…, 50%#1, GBK bytes, index.txt, =HYPERLINK(…)",
                     "all audited; every link relative, quoted, resolving; formula cell guarded",
                     f"exit {run.returncode}; {_last_line(run.stdout.split(';')[0])!r}; {len(links)} links, "
                     f"{len(bad)} bad", ok)


def cases(workdir: Path) -> Iterable[FaultCase]:
    for case in (hostile_names, corrupt_cache, disk_full, sigterm_during_audit, kill_during_audit):
        try:
            yield case(workdir)
        except Exception as err:  # a case that cannot run is a failed row, not a crashed suite
            yield FaultCase(case.__name__.replace("_", " "), "runs", f"{type(err).__name__}: {err}"[:200], False)
