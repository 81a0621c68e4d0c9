"""Replacing a reader's document in place without loosening it or leaving debris.

`qa.atomic` writes ordinary outputs (mode 0666 less the umask). A corrected
document is not an ordinary output: a 0600 draft must stay 0600, a file owned
by the publishing account must stay its file, and so must the `.bak` copy of
it. The temporary file is created 0600 by mkstemp and given the original's
mode and owner before it is renamed over the original, so the text is never
readable by more people than before, not even for a moment.
"""

from __future__ import annotations

import glob
import os
import stat
from pathlib import Path

from qa.atomic import atomic_open
from qa.errors import UsageError
from qa.io.files import sha256_file


def sha256_of(path: Path) -> str:
    """The file's SHA-256, or "" when it does not exist."""
    try:
        return sha256_file(path)
    except FileNotFoundError:
        return ""
    except OSError as err:
        raise UsageError(f"cannot read {path}: {err.strerror or err}") from None


def _give_owner(fd: int, like: os.stat_result, path: Path) -> str:
    """chown the new file to the original's owner; a note when that is not allowed."""
    if (like.st_uid, like.st_gid) == (os.geteuid(), os.getegid()):
        return ""
    try:
        os.fchown(fd, like.st_uid, like.st_gid)
        return ""
    except PermissionError:
        return f"{path}: now owned by you (uid {os.geteuid()}), not uid {like.st_uid}: only root can give it back"


def write_like(path: Path, data: bytes, like: os.stat_result) -> str:
    """Atomically replace `path` with `data`, keeping the mode and owner of `like`; a note or ""."""
    path = Path(path)
    notes: list[str] = []

    def keep_mode_and_owner(fd: int) -> None:
        notes.append(_give_owner(fd, like, path))
        os.fchmod(fd, stat.S_IMODE(like.st_mode))  # after chown, which clears set-id bits

    with atomic_open(path, "wb", finish=keep_mode_and_owner) as handle:
        handle.write(data)
    return notes[0] if notes else ""


def write_through(path: Path, data: bytes) -> None:
    """Overwrite the file itself (same inode), so every hard link to it sees the new text.

    Not atomic: the caller has written and synced a backup first.
    """
    try:
        with open(path, "r+b") as handle:
            handle.write(data)
            handle.truncate()
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as err:
        raise UsageError(f"cannot write {path}: {err.strerror or err} (the .bak backup holds the text before)") from None


def remove_leftovers(paths: list[Path]) -> int:
    """Delete the temporary files an interrupted run left beside `paths`; how many were removed.

    Only called while the apply lock is held, so no other apply is writing them.
    """
    removed = 0
    for path in paths:
        pattern = os.path.join(glob.escape(str(Path(path).parent)), f".{glob.escape(Path(path).name)}.*.tmp")
        for leftover in glob.glob(pattern):
            try:
                os.unlink(leftover)
                removed += 1
            except FileNotFoundError:
                pass
            except OSError as err:
                raise UsageError(f"cannot remove the leftover {leftover}: {err.strerror or err}") from None
    return removed
