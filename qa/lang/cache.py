"""The per-user cache directory every cache of qa lives in, and the one way to keep derived data there.

One place decides where: platformdirs' user cache directory for "qa"
(`~/.cache/qa` on Linux, honouring XDG_CACHE_HOME), created user-only (0700)
so that no other user can plant a file that changes findings. Never a shared
directory such as /tmp.

Derived data (CC-CEDICT indexes, jieba's tag table, the Cantonese reading
trie, the encoder's weights) is kept there because building it costs more
than loading it. Every cached file names what it was built from (the source
package's version and our format number), so a new dictionary or a new way of
deriving gets a new file; a file that is truncated, corrupt or of the wrong
shape is rebuilt, never a traceback; an unwritable cache only costs time.
A file in use is marked so (its mtime, once a day) and the files its build
superseded are removed once unused for a month (qa.lang.cache_prune; `qa
cache` shows and clears the folder).
The sentence embeddings of earlier runs live here too, in an sqlite file of
their own (qa.align.embed_store).
"""

from __future__ import annotations

import hashlib
import marshal
import os
import stat
from pathlib import Path
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Callable, TypeVar

if TYPE_CHECKING:
    from qa.lang.sharded import ShardedMap

APP = "qa"
T = TypeVar("T")
_MAGIC = b"QAC1"  # marshal payload after a 16-byte BLAKE2b digest of it
_DIGEST = 16


def user_cache_dir() -> Path:
    """Where qa's caches live; the directory itself may not exist yet (see `ensure_cache_dir`)."""
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP, appauthor=False))


def ensure_cache_dir() -> Path | None:
    """The cache directory, created 0700 (and tightened to 0700 if it is ours but looser).

    None when it cannot be made or is not ours: an unusable cache only costs
    time, and a directory owned by someone else must not be trusted.
    """
    path = user_cache_dir()
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = path.stat()
        if not stat.S_ISDIR(info.st_mode) or (hasattr(os, "getuid") and info.st_uid != os.getuid()):
            return None
        if stat.S_IMODE(info.st_mode) & 0o077:
            os.chmod(path, 0o700)
    except OSError:
        return None
    return path


def cache_path(name: str, key: str, suffix: str = ".qac") -> Path | None:
    """The file for `name` built from `key` (versions of what it derives from), None without a usable cache dir.

    `key` opens with a version or format number and `name`'s words with a letter: the first word that opens
    with a digit is where a file's family ends (qa.lang.cache_prune.family_of), so that the file of an old
    key is known for superseded and a name that shares a prefix (cedict, cedict-english-words) is not.
    """
    folder = ensure_cache_dir()
    if folder is None:
        return None
    safe = "".join(c if c.isalnum() or c in "-._" else "_" for c in f"{name}-{key}")
    return folder / f"{safe}{suffix}"


def _decode(blob: bytes) -> Any:
    """The payload of a cache file; ValueError when it is not one of ours or not whole."""
    head = len(_MAGIC) + _DIGEST
    if blob[: len(_MAGIC)] != _MAGIC or len(blob) < head:
        raise ValueError("not a qa cache file")
    payload = blob[head:]
    if hashlib.blake2b(payload, digest_size=_DIGEST).digest() != blob[len(_MAGIC) : head]:
        raise ValueError("cache file corrupt")
    return marshal.loads(payload)


def encode(data: Any) -> bytes:
    """What `stored` writes: magic, digest, marshal payload."""
    payload = marshal.dumps(data)
    return _MAGIC + hashlib.blake2b(payload, digest_size=_DIGEST).digest() + payload


def stored(name: str, key: str, build: Callable[[], T], valid: Callable[[Any], bool] | None = None) -> T:
    """`build()`'s result, kept in the per-user cache between runs (marshal, checked by digest).

    `key` names what the data derives from (package versions, our format
    number), so a change there is a new file. A missing, truncated, corrupt or
    invalid file (`valid(data)` false) is rebuilt and rewritten; a cache that
    cannot be written only costs time.
    """
    path = cache_path(name, key)
    if path is None:
        return build()
    try:
        data = _decode(path.read_bytes())
        if valid is None or valid(data):
            used(path)
            return data
    except (OSError, ValueError, EOFError, TypeError):
        pass
    data = build()
    write_bytes(path, encode(data))
    used(path)
    return data


def used(path: Path | None) -> None:
    """`path` was opened or written: keep it marked as in use and prune its family's superseded files
    (qa.lang.cache_prune; never raises, costs a folder scan once per process)."""
    from qa.lang.cache_prune import used as mark

    mark(path)


def write_bytes(path: Path, blob: bytes) -> None:
    """Write a cache file atomically, user-only; failure is silent (the cache is only an optimisation)."""
    from qa.atomic import atomic_write_bytes
    from qa.errors import QAError

    try:
        atomic_write_bytes(path, blob)
        os.chmod(path, 0o600)
    except (QAError, OSError, ValueError):
        pass


def package_version(name: str) -> str:
    """An installed distribution's version, '0' when it cannot be told (the cache key then still changes with our format)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "0"


def stored_arrays(name: str, key: str, build: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """Named numpy arrays kept in the per-user cache and memory-mapped read-only on later loads.

    The arrays go into one raw file (each at a 64-byte boundary, C or Fortran
    order as built, so arithmetic on them is the same as on the originals) and
    a manifest (`stored`'s format) lists their offsets, shapes and dtypes. A
    file of the wrong size, a bad manifest or a missing file rebuilds both.
    """
    import numpy as np

    manifest_path, data_path = cache_path(name, key), cache_path(name, key, ".bin")
    if manifest_path is None or data_path is None:
        return build()
    try:
        layout, size = _decode(manifest_path.read_bytes())
        if data_path.stat().st_size == size:
            mapped = np.memmap(data_path, dtype=np.uint8, mode="r")
            used(manifest_path)
            return {field: np.ndarray(shape, np.dtype(dtype), mapped, offset, order=order)
                    for field, (offset, shape, dtype, order) in layout.items()}
    except (OSError, ValueError, EOFError, TypeError, KeyError):
        pass
    arrays = build()
    layout, chunks, offset = {}, [], 0
    for field, array in arrays.items():
        order = "F" if array.flags.f_contiguous and not array.flags.c_contiguous else "C"
        raw = np.asarray(array).tobytes(order=order)
        pad = -offset % 64
        chunks += [b"\0" * pad, raw]
        offset += pad
        layout[field] = (offset, tuple(array.shape), array.dtype.str, order)
        offset += len(raw)
    write_bytes(data_path, b"".join(chunks))
    write_bytes(manifest_path, encode((layout, offset)))
    used(manifest_path)
    return arrays


def stored_sharded(name: str, key: str, build: Callable[[], tuple[Any, Mapping[str, Any]]]) -> tuple[Any, "ShardedMap"]:
    """`build()`'s (extra, mapping) kept in the per-user cache, the mapping read part by part (qa.lang.sharded)."""
    from qa.lang.sharded import stored_sharded as sharded

    return sharded(name, key, build)
