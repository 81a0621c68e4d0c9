"""Reading a file the user named: regular files only, never more than a limit.

`/dev/zero`, a FIFO with no writer or a socket would otherwise be read until
memory runs out or forever; a file that grows while it is read is cut off at
the limit instead of trusting the size it reported. Every reader of a
user-named file (documents, glossaries, accept-files, configuration) goes
through `read_user_file`.
"""

from __future__ import annotations

import hashlib
import os
import stat

from qa.errors import InputError

DEFAULT_LIMIT = 200 * 1024 * 1024


def shown(path: str | os.PathLike) -> str:
    """A path as text for a message: undecodable bytes of the name become U+FFFD, never an exception."""
    raw = os.fsencode(path)
    return raw.decode("utf-8", errors="replace")


def require_regular_file(path: str | os.PathLike, what: str = "file") -> None:
    """Raise the InputError `read_user_file` would, without reading: for checks made before any work starts."""
    name = shown(path)
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise InputError(f"{what} {name} does not exist") from None
    except OSError as err:
        raise InputError(f"{what} {name} cannot be read: {err.strerror}") from None
    if stat.S_ISDIR(mode):
        raise InputError(f"{what} {name} is a folder, not a file")
    if not stat.S_ISREG(mode):
        raise InputError(f"{what} {name} is not a regular file (a device, pipe or socket)")


_CHUNK = 1 << 20


def _read_bounded(fd: int, size_hint: int, limit: int) -> bytes:
    """At most limit + 1 bytes, in chunks: memory follows the bytes actually read, not the limit."""
    buffer = bytearray()
    want = min(size_hint, limit) + 1
    while len(buffer) <= limit:
        chunk = os.read(fd, max(1, min(max(want - len(buffer), _CHUNK), limit + 1 - len(buffer))))
        if not chunk:
            break
        buffer += chunk
    return bytes(buffer)


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
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(f"{what} {name} is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(f"{what} {name} is not a regular file (a device, pipe or socket)")
        if info.st_size > limit:  # refused before reading; the bytes read are bounded below anyway
            raise InputError(f"{what} {name} is larger than the {limit // 2**20} MB limit")
        os.set_blocking(fd, True)
        data = _read_bounded(fd, info.st_size, limit)
    except OSError as err:
        raise InputError(f"{what} {name} cannot be read: {err.strerror}") from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise InputError(f"{what} {name} is larger than the {limit // 2**20} MB limit")
    return data


def sha256_file(path: str | os.PathLike) -> str:
    """The file's SHA-256 (hex), read in blocks: manifests, caches and the apply journal all compare with it."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(_CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()
