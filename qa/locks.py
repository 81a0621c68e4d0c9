"""One writer at a time for the small files several `qa` runs may extend at once.

Glossaries that `qa corrections accept --rule` adds rules to and accept-files
that `--accept-all` extends are read, changed and replaced whole; two runs
doing that at once each replace the other's change. A lock file beside the
file (`.NAME.lock`, an OS advisory lock via filelock, released if the process
dies) makes the read-modify-write one step; the writer re-reads inside the
lock, so its change is merged with everything written before it.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from filelock import FileLock, Timeout

from qa.errors import UsageError

WAIT_SECONDS = 120


@contextmanager
def locked(path: Path, what: str, wait: float | None = None) -> Iterator[None]:
    """Hold the lock of `path` for the block; a lock that cannot be had is a one-line error.

    `wait` (seconds, WAIT_SECONDS when None) is how long to wait for another holder: a derived-data cache,
    which can always be built without the lock, waits less than a glossary write.
    """
    path = Path(path)
    wait = WAIT_SECONDS if wait is None else wait
    lock_path = path.with_name(f".{path.name}.lock")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(lock_path), timeout=wait)
        lock.acquire()
    except Timeout:
        raise UsageError(f"{path}: another qa has been writing this {what} for {wait:g} s "
                         f"(lock {lock_path}); try again") from None
    except OSError as err:
        raise UsageError(f"{path}: cannot lock the {what} ({err.strerror or err})") from None
    try:
        yield
    finally:
        lock.release()
