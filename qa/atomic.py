"""Write files all at once or not at all.

Output goes to a temporary file in the destination folder (same filesystem, so
the rename is atomic), is flushed to disk and renamed into place: readers see
the old file or the whole new one, and an interrupted run never leaves half a
report, alignment or ledger export behind.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Callable, Iterator

from qa.errors import UsageError


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _cannot_write(path: Path, err: OSError) -> UsageError:
    return UsageError(f"cannot write {path}: {err.strerror or err}")


@contextmanager
def atomic_open(path: Path | str, mode: str = "w", encoding: str | None = "utf-8", newline: str | None = None,
                *, finish: Callable[[int], None] | None = None) -> Iterator[IO]:
    """Open a temporary file that replaces `path` only when the block completes.

    A folder that cannot be created or written is the user's to fix: it
    becomes a one-line UsageError (exit 2), not a traceback. `finish(fd)` runs on
    the written file before the rename (to give it an original's mode and owner);
    without it the file gets the ordinary mode a new file would have.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as err:
        raise _cannot_write(path, err) from None
    try:
        kwargs = {} if "b" in mode else {"encoding": encoding, "newline": newline}
        with os.fdopen(fd, mode, **kwargs) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
            if finish is not None:
                finish(handle.fileno())
        if finish is None:
            os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are ordinary files
        os.replace(tmp, path)
    except BaseException as err:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        if isinstance(err, OSError):
            raise _cannot_write(path, err) from None
        raise


def atomic_write_bytes(path: Path | str, data: bytes) -> Path:
    with atomic_open(path, "wb") as handle:
        handle.write(data)
    return Path(path)


def atomic_write_text(path: Path | str, text: str, encoding: str = "utf-8") -> Path:
    return atomic_write_bytes(path, text.encode(encoding))

