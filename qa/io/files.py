"""Reading a file the user named: regular files only, never more than a limit.

`/dev/zero`, a FIFO with no writer or a socket would otherwise be read until
memory runs out or forever; a file that grows while it is read is cut off at
the limit instead of trusting the size it reported. Every reader of a
user-named file (documents, glossaries, accept-files, configuration) goes
through `read_user_file`.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from qa.errors import InputError

DEFAULT_LIMIT = 200 * 1024 * 1024


def shown(path: str | os.PathLike) -> str:
    """A path as text for a message: undecodable bytes of the name become U+FFFD, never an exception."""
    raw = os.fsencode(path)
    return raw.decode("utf-8", errors="replace")


def read_user_file(path: str | os.PathLike, what: str = "file", limit: int = DEFAULT_LIMIT) -> bytes:
    """The bytes of a regular file, at most `limit` of them; an InputError naming the file otherwise."""
    name = shown(path)
    try:
        # O_NONBLOCK: opening a FIFO with no writer must not hang before fstat can refuse it.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise InputError(f"{what} {name} does not exist") from None
    except IsADirectoryError:
        raise InputError(f"{what} {name} is a folder, not a file") from None
    except OSError as err:
        raise InputError(f"{what} {name} cannot be read: {err.strerror}") from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise InputError(f"{what} {name} is a folder, not a file")
        if not stat.S_ISREG(mode):
            raise InputError(f"{what} {name} is not a regular file (a device, pipe or socket)")
        os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(limit + 1)
    except OSError as err:
        raise InputError(f"{what} {name} cannot be read: {err.strerror}") from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise InputError(f"{what} {name} is larger than the {limit // 2**20} MB limit")
    return data
