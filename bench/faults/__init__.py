"""Fault suite: what a hostile input, a full disk, a kill -9 or a concurrent writer does to qa.

Each module listed in FAULT_MODULES has `cases(workdir: Path) -> Iterable[FaultCase]`:
it provokes one fault per case in a scratch folder (real processes, real signals,
RLIMIT_FSIZE for a full disk) and reports what a user would see. `bench/robust.py
--faults` prints them as one table (case, expected, observed); a case whose
observation does not meet its expectation makes the run exit 1.
"""

from __future__ import annotations

import importlib
import resource
import signal
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

FAULT_MODULES: tuple[str, ...] = ("bench.faults.inputs", "bench.faults.audit", "bench.faults.corrections")


@dataclass(frozen=True)
class FaultCase:
    case: str  # what was done: "qa check /dev/zero"
    expected: str  # what must happen: "exit 2, one line, no traceback"
    observed: str  # what happened: "exit 2: 'qa: /dev/zero is not a regular file'"
    ok: bool


def limit_file_size(size: int) -> Callable[[], None]:
    """A preexec_fn for a child process: files larger than `size` bytes cannot be written (a full disk)."""
    def preexec() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of death, as a full disk gives ENOSPC
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    return preexec


def run_all(modules: Iterable[str] = FAULT_MODULES) -> list[FaultCase]:
    """Every case of every fault module, each module in its own scratch folder."""
    results: list[FaultCase] = []
    for name in modules:
        module = importlib.import_module(name)
        with tempfile.TemporaryDirectory(prefix="qa-faults-") as scratch:
            results.extend(module.cases(Path(scratch)))
    return results


def table(results: Iterable[FaultCase]) -> str:
    """A Markdown table for the README and the closing note."""
    lines = ["| case | expected | observed | ok |", "| --- | --- | --- | :---: |"]
    for r in results:
        cells = (r.case, r.expected, r.observed, "yes" if r.ok else "**no**")
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines)
