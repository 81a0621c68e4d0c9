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
"""

from __future__ import annotations

import hashlib
import marshal
import os
import stat
from pathlib import Path
from collections.abc import Iterator, Mapping
from typing import Any, Callable, TypeVar

APP = "qa"
T = TypeVar("T")
_MAGIC = b"QAC1"  # marshal payload after a 16-byte BLAKE2b digest of it
_DIGEST = 16
_SHARDED = "sharded-4"  # 2: parts by two characters, grouped by one; 4: a memory-mapped file
_SHARDED_MAGIC = b"QAS4"  # the first field of a `stored_sharded` payload


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
    """The file for `name` built from `key` (versions of what it derives from), None without a usable cache dir."""
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
            return data
    except (OSError, ValueError, EOFError, TypeError):
        pass
    data = build()
    write_bytes(path, encode(data))
    return data


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
    return arrays


class ShardedMap(Mapping):
    """A read-only str-keyed mapping whose parts are unmarshalled on first use.

    Loading a 500k-entry dictionary costs about half a second; a document
    touches a small part of it. Keys are grouped by their first two
    characters (a part), and the parts by first character (a group): a lookup
    unmarshals its group's table of marshalled parts (bytes, cheap) and then
    only its own part. Grouping by one character alone loaded, for the sample
    page, every CC-CEDICT entry under 中, 国, 发 … (0.6 s of its 3.5 s).
    """

    __slots__ = ("_blobs", "_groups", "_shards")

    def __init__(self, blobs: "dict[str, bytes] | _MappedGroups") -> None:
        self._blobs = blobs
        self._groups: dict[str, dict[str, bytes]] = {}
        self._shards: dict[str, dict] = {}

    def _group(self, first: str) -> dict[str, bytes]:
        group = self._groups.get(first)
        if group is None:
            blob = self._blobs.get(first)
            group = self._groups[first] = marshal.loads(blob) if blob is not None else {}
        return group

    def _part(self, prefix: str) -> dict:
        shard = self._shards.get(prefix)
        if shard is None:
            blob = self._group(prefix[:1]).get(prefix)
            shard = self._shards[prefix] = marshal.loads(blob) if blob is not None else {}
        return shard

    def part(self, prefix: str) -> dict:
        """Every entry whose key opens with `prefix` (two characters, or one for the one-character key)."""
        shard = self._shards.get(prefix)
        return shard if shard is not None else self._part(prefix)

    # The three lookups below are the hot path of every dictionary user: the shard is fetched inline.
    def __getitem__(self, key: str) -> Any:
        shard = self._shards.get(key[:2])
        return (shard if shard is not None else self._part(key[:2]))[key]

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        shard = self._shards.get(key[:2])
        return key in (shard if shard is not None else self._part(key[:2]))

    def get(self, key: str, default: Any = None) -> Any:
        if not isinstance(key, str):
            return default
        shard = self._shards.get(key[:2])
        return (shard if shard is not None else self._part(key[:2])).get(key, default)

    def __iter__(self) -> Iterator[str]:
        for first in self._blobs:
            for prefix in self._group(first):
                yield from self._part(prefix)

    def __len__(self) -> int:
        return sum(len(self._part(prefix)) for first in self._blobs for prefix in self._group(first))


def shards(data: Mapping[str, Any]) -> dict[str, bytes]:
    """`data` split by its keys' first two characters, grouped by first character, marshalled (what ShardedMap reads)."""
    groups: dict[str, dict[str, dict]] = {}
    for key, value in data.items():
        groups.setdefault(key[:1], {}).setdefault(key[:2], {})[key] = value
    return {first: marshal.dumps({prefix: marshal.dumps(part) for prefix, part in parts.items()})
            for first, parts in groups.items()}


class _MappedGroups:
    """A sharded file's groups, read from a memory map as they are asked for, each checked by its digest.

    Nothing but the small header is read when the file is opened, so a run
    pays for the groups (first characters) its documents contain, not for
    reading and hashing the whole file (0.2-0.3 s for the five dictionaries).
    A group whose digest does not match makes `heal()` rebuild the whole map
    (and rewrite the file); its answers then come from the rebuilt data.
    """

    def __init__(self, mapped: Any, start: int, firsts: list[str], bounds: Any, digests: bytes,
                 heal: Callable[[], dict[str, bytes]]) -> None:
        self._mapped, self._start, self._bounds, self._digests, self._heal = mapped, start, bounds, digests, heal
        self._position = {first: k for k, first in enumerate(firsts)}
        self._healed: dict[str, bytes] | None = None

    def get(self, first: str) -> bytes | None:
        if self._healed is not None:
            return self._healed.get(first)
        k = self._position.get(first)
        if k is None:
            return None
        begin, end = self._start + self._bounds[k], self._start + self._bounds[k + 1]
        blob = self._mapped[begin:end]
        if hashlib.blake2b(blob, digest_size=_DIGEST).digest() != self._digests[k * _DIGEST : (k + 1) * _DIGEST]:
            self._healed = self._heal()
            return self._healed.get(first)
        return blob

    def __iter__(self) -> Iterator[str]:
        return iter(self._healed if self._healed is not None else self._position)


def _write_sharded(path: Path, extra: Any, blobs: dict[str, bytes]) -> None:
    """magic, header digest, header length, header (extra; the groups' first characters, bounds, digests), groups."""
    from array import array

    bounds = array("q", [0])
    for blob in blobs.values():
        bounds.append(bounds[-1] + len(blob))
    digests = b"".join(hashlib.blake2b(blob, digest_size=_DIGEST).digest() for blob in blobs.values())
    header = marshal.dumps((_SHARDED, extra, list(blobs), bounds.tobytes(), digests))
    head = _SHARDED_MAGIC + hashlib.blake2b(header, digest_size=_DIGEST).digest() + len(header).to_bytes(8, "little")
    write_bytes(path, head + header + b"".join(blobs.values()))


def _open_sharded(path: Path, heal: Callable[[], dict[str, bytes]]) -> tuple[Any, _MappedGroups]:
    """(extra, groups) of a sharded file; ValueError (and kin) when it is not whole or not ours."""
    import mmap

    with path.open("rb") as handle:
        mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    try:
        return _read_sharded(mapped, heal)
    except Exception:
        mapped.close()  # an open map would keep the file busy while it is rewritten (Windows)
        raise


def _read_sharded(mapped: Any, heal: Callable[[], dict[str, bytes]]) -> tuple[Any, _MappedGroups]:
    from array import array

    fixed = len(_SHARDED_MAGIC) + _DIGEST + 8
    if mapped[: len(_SHARDED_MAGIC)] != _SHARDED_MAGIC or len(mapped) < fixed:
        raise ValueError("not a qa sharded cache file")
    size = int.from_bytes(mapped[fixed - 8 : fixed], "little")
    header = mapped[fixed : fixed + size]
    if hashlib.blake2b(header, digest_size=_DIGEST).digest() != mapped[len(_SHARDED_MAGIC) : fixed - 8]:
        raise ValueError("cache file header corrupt")
    layout, extra, firsts, raw_bounds, digests = marshal.loads(header)
    bounds = array("q")
    bounds.frombytes(raw_bounds)
    if layout != _SHARDED or len(bounds) != len(firsts) + 1 or len(digests) != _DIGEST * len(firsts):
        raise ValueError("not this layout")
    if len(mapped) != fixed + size + bounds[-1]:
        raise ValueError("cache file truncated")
    return extra, _MappedGroups(mapped, fixed + size, firsts, bounds, digests, heal)


def stored_sharded(name: str, key: str, build: Callable[[], tuple[Any, Mapping[str, Any]]]) -> tuple[Any, ShardedMap]:
    """`build()`'s (extra, mapping) kept in the per-user cache, the mapping as a ShardedMap.

    Keyed like `stored`; the file is memory-mapped and its groups read and
    checked as they are used (`_MappedGroups`). A missing, truncated or
    corrupt file is rebuilt and rewritten atomically; a cache that cannot be
    written only costs time.
    """
    # the layout in the file name: a process of another version sharing the cache keeps its own file
    path = cache_path(name, f"{key}-{_SHARDED}", ".qas")

    def rebuilt() -> tuple[Any, dict[str, bytes]]:
        extra, mapping = build()
        blobs = shards(mapping)
        if path is not None:
            _write_sharded(path, extra, blobs)
        return extra, blobs

    if path is not None:
        try:
            extra, groups = _open_sharded(path, lambda: rebuilt()[1])
            return extra, ShardedMap(groups)
        except (OSError, ValueError, EOFError, TypeError):
            pass
    extra, blobs = rebuilt()
    return extra, ShardedMap(blobs)
