"""Fault cases for the corrections ledger: kill -9 during apply, concurrent writers, a damaged ledger, a full disk.

Every case runs `qa` in real child processes. A kill at the dangerous moment
is placed by patching the child (the ledger's `mark_applied`, or `os.replace`
of the document) to SIGKILL itself there; a full disk is RLIMIT_FSIZE with
SIGXFSZ ignored, so writes fail with EFBIG as they would with ENOSPC.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Callable, Iterable

from bench.faults import FaultCase, limit_file_size
from qa.io.files import sha256_file

REPO = Path(__file__).resolve().parents[2]
RUN_QA = "import sys\nfrom qa.cli import main\nmain(args=sys.argv[1:], prog_name='qa')\n"
KILL_AFTER_REPLACE = (
    "import os, signal\nfrom qa.workflows.corrections import ledger\n"
    "ledger.Ledger.mark_applied = lambda *a: os.kill(os.getpid(), signal.SIGKILL)\n"
)
KILL_BEFORE_RENAME = (  # the corrected text is in a temporary file beside the document, not yet renamed over it
    "import os, signal\nreal = os.replace\n"
    "def replace(src, dst, *a, **k):\n"
    "    if str(dst).endswith('page.txt'):\n        os.kill(os.getpid(), signal.SIGKILL)\n"
    "    return real(src, dst, *a, **k)\nos.replace = replace\n"
)
PAGE = "Li Qiang chaired the meeting of the State Council.\n\n李强主持召开国务院常务会议。\n"
FILLER = "The county built {n} new roads.\n\n全县新建道路{n}条。\n"


def qa(args: list[str], cwd: Path, prelude: str = "", preexec: Callable[[], None] | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-c", prelude + RUN_QA, *args], cwd=cwd, env=env, capture_output=True,
                          text=True, preexec_fn=preexec, timeout=300)


def said(result: subprocess.CompletedProcess) -> str:
    """Exit status and the last line of stderr, as a user would see it."""
    if result.returncode < 0:
        return f"killed by signal {-result.returncode}"
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    tail = lines[-1] if lines else (result.stdout.strip().splitlines() or [""])[-1]
    return f"exit {result.returncode}: {tail[:140]!r}" + (" + traceback" if "Traceback" in result.stderr else "")


def accepted_fix(folder: Path, text: str = PAGE) -> tuple[Path, Path]:
    """A document with one accepted correction ("Li Qiang" → "Premier Li Qiang") in a fresh ledger."""
    from qa.workflows.corrections import Ledger, accept, add_report

    folder.mkdir(parents=True)
    doc, ledger = folder / "page.txt", folder / "ledger.sqlite"
    doc.write_text(text, encoding="utf-8")
    with Ledger(ledger) as db:
        accept(db, add_report(db, doc, "Li Qiang", reporter="A. Reader").id, "Premier Li Qiang")
    return doc, ledger


def status(ledger: Path) -> str:
    from qa.workflows.corrections import Ledger

    with Ledger(ledger) as db:
        return ",".join(c.status for c in db.list())


def kill_during_apply(folder: Path, where: str, prelude: str) -> FaultCase:
    doc, ledger = accepted_fix(folder)
    args = ["corrections", "--ledger", str(ledger), "apply", "--in-place"]
    first = qa(args, folder, prelude)
    leftovers_after_kill = len(list(folder.glob(".*.tmp")))
    rerun = qa(args, folder)
    text = doc.read_text(encoding="utf-8")
    applied = text.count("Premier Li Qiang")
    left = len(list(folder.glob(".*.tmp")))
    observed = (f"first run {said(first)}; rerun {said(rerun)}; 'Premier Li Qiang' ×{applied}, "
                f"'Premier Premier' ×{text.count('Premier Premier')}; status {status(ledger)}; "
                f"*.tmp {leftovers_after_kill} after the kill, {left} after the rerun")
    ok = (first.returncode == -signal.SIGKILL and rerun.returncode == 0 and applied == 1
          and "Premier Premier" not in text and status(ledger) == "applied" and left == 0)
    return FaultCase(f"kill -9 during `qa corrections apply --in-place` {where}, then rerun",
                     "rerun exit 0; fix applied once; ledger applied; no *.tmp left", observed, ok)


def concurrent_rules(folder: Path, writers: int = 16) -> FaultCase:
    from qa.glossary import load_glossary
    from qa.workflows.corrections import Ledger

    folder.mkdir(parents=True)
    ledger, glossary = folder / "ledger.sqlite", folder / "glossary.tsv"
    with Ledger(ledger) as db:
        ids = [db.insert(doc="d.txt", quote=f"Wrong {n}", matched=f"Wrong {n}").id for n in range(writers)]
    args = [["corrections", "--ledger", str(ledger), "accept", str(i), "--fix", f"Right {i}", "--rule",
             "--term", f"术语{i}", "--glossary", str(glossary)] for i in ids]
    with ThreadPoolExecutor(writers) as pool:
        results = list(pool.map(lambda a: qa(a, folder), args))
    rows = len(load_glossary(glossary).entries)
    failed = [said(r) for r in results if r.returncode != 0]
    return FaultCase(f"{writers} parallel `qa corrections accept --rule` into one glossary",
                     f"{2 * writers} of {2 * writers} rule rows", f"{rows} of {2 * writers} rule rows"
                     + (f"; {len(failed)} failed: {failed[0]}" if failed else ""), rows == 2 * writers and not failed)


def concurrent_accept_all(folder: Path, writers: int = 6, pairs: int = 8) -> FaultCase:
    from qa.accept import load_accept_list

    folder.mkdir(parents=True)
    accept_file = folder / ".qa" / "accepted.txt"
    docs = []
    for i in range(writers):  # every document's number mismatches are its own: no fingerprint is shared
        doc = folder / f"doc{i}.txt"
        doc.write_text("\n\n".join(f"File {i}: the province built {1000 * i + k + 1} service stations.\n\n"
                                   f"第{i}号文件：全省共建成{1000 * i + k}个服务站。" for k in range(pairs)) + "\n",
                       encoding="utf-8")
        docs.append(doc)
    args = [["check", str(d), "-o", str(folder / f"out{n}"), "--accept-all", "--accept-file", str(accept_file)]
            for n, d in enumerate(docs)]
    with ThreadPoolExecutor(writers) as pool:
        results = list(pool.map(lambda a: qa(a, folder), args))
    added = sum(int(r.stdout.split("accepted ", 1)[1].split()[0]) for r in results if "accepted " in r.stdout)
    kept = len(load_accept_list(accept_file).entries)
    failed = [said(r) for r in results if r.returncode not in (0, 1)]
    return FaultCase(f"{writers} parallel `qa check --accept-all` into one accept-file",
                     "every entry the runs added is in the file", f"{kept} of {added} entries"
                     + (f"; {len(failed)} failed: {failed[0]}" if failed else ""),
                     kept == added == writers * pairs and not failed)


def damaged_ledger(folder: Path) -> FaultCase:
    from qa.workflows.corrections import Ledger

    folder.mkdir(parents=True)
    ledger = folder / "ledger.sqlite"
    with Ledger(ledger) as db:
        for i in range(300):
            db.insert(doc="d.txt", quote=f"quote {i}", note="a reader's long note " * 20)
    with sqlite3.connect(ledger) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(ledger.read_bytes())
    data[20 * 4096 : 20 * 4096 + 200] = b"\xff" * 200  # one data page overwritten
    ledger.write_bytes(bytes(data))
    before = sha256_file(ledger)
    results = [qa(["corrections", "--ledger", str(ledger), *cmd], folder)
               for cmd in (["list"], ["add", "--doc", "d.txt", "--quote", "x"], ["reject", "1", "--why", "no"])]
    same = sha256_file(ledger) == before
    ok = all(r.returncode == 2 and ".recover" in r.stderr and str(ledger) in r.stderr
             and "Traceback" not in r.stderr for r in results) and same
    return FaultCase("damaged page in the ledger: `list`, `add`, `reject`",
                     "exit 2 naming the file and `.recover`; ledger sha256 unchanged",
                     f"{said(results[0])}; all three exit {sorted({r.returncode for r in results})}; "
                     f"sha256 {'unchanged' if same else 'CHANGED'}", ok)


def full_disk_apply(folder: Path) -> FaultCase:
    doc, ledger = accepted_fix(folder, PAGE + "\n" + "\n".join(FILLER.format(n=n) for n in range(4000)))
    before, limit = sha256_file(doc), 64 * 1024
    result = qa(["corrections", "--ledger", str(ledger), "apply", "--in-place"], folder, preexec=limit_file_size(limit))
    debris = sorted(p.name for p in folder.iterdir() if p.name not in ("page.txt", "ledger.sqlite")
                    and not p.name.startswith(("ledger.sqlite-", ".ledger.sqlite.")))
    same, state = sha256_file(doc) == before, status(ledger)
    ok = result.returncode == 2 and "Traceback" not in result.stderr and same and state == "accepted" and not debris
    return FaultCase(f"disk full (RLIMIT_FSIZE {limit // 1024} KB, document {doc.stat().st_size // 1024} KB) "
                     "during `apply --in-place`", "exit 2, one line; document and ledger untouched; no debris",
                     f"{said(result)}; document {'unchanged' if same else 'CHANGED'}; status {state}; "
                     f"debris {debris or 'none'}", ok)


def full_disk_add(folder: Path) -> FaultCase:
    doc, ledger = accepted_fix(folder)
    before, limit = sha256_file(ledger), 64 * 1024
    result = qa(["corrections", "--ledger", str(ledger), "add", "--doc", str(doc), "--quote", "State Council",
                 "--note", "a long note " * 9000], folder, preexec=limit_file_size(limit))
    same, count = sha256_file(ledger) == before, len(status(ledger).split(","))
    ok = result.returncode == 2 and "Traceback" not in result.stderr and same and count == 1
    return FaultCase(f"disk full (RLIMIT_FSIZE {limit // 1024} KB) while `add` writes a 105 KB report",
                     "exit 2, one line; ledger unchanged (1 report)",
                     f"{said(result)}; ledger {'unchanged' if same else 'changed'}, {count} report(s)", ok)


def cases(workdir: Path) -> Iterable[FaultCase]:
    yield kill_during_apply(workdir / "kill-after", "after the document is replaced, before the ledger is updated",
                            KILL_AFTER_REPLACE)
    yield kill_during_apply(workdir / "kill-before", "before the corrected temporary file is renamed",
                            KILL_BEFORE_RENAME)
    yield concurrent_rules(workdir / "rules")
    yield concurrent_accept_all(workdir / "accept-all")
    yield damaged_ledger(workdir / "damaged")
    yield full_disk_apply(workdir / "full-apply")
    yield full_disk_add(workdir / "full-add")
