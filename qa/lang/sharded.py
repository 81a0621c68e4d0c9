"""A dictionary too big to load whole, kept in qa's per-user cache as a file read part by part (`stored_sharded`).

Split out of qa.lang.cache, which keeps the cache directory and the plain
`stored` files; this module holds the sharded file's layout and the mapping
that reads it.
"""

from __future__ import annotations

import hashlib
import marshal
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, Callable

from qa.lang.cache import _DIGEST, cache_path, used, write_bytes

_SHARDED = "sharded-6"  # 2: parts by two characters, grouped by one; 4: a memory-mapped file; 6: parts read alone
_SHARDED_MAGIC = b"QAS6"  # the first field of a `stored_sharded` payload
# how long a cold run waits for another builder of the same file before building alone: the lock's own 120 s
# are for glossary writes, and a stuck holder would cost every cold table that long
LOCK_WAIT_SECONDS = 15.0

# heal(release): the rebuilt groups; `release` closes the old map once the build is done, before the rewrite
Heal = Callable[[Callable[[], None]], "dict[str, dict[str, bytes]]"]


class ShardedMap(Mapping):
    """A read-only str-keyed mapping whose parts are unmarshalled on first use.

    Loading a 500k-entry dictionary costs about half a second; a document
    touches a small part of it. Keys are grouped by their first two
    characters (a part), and the parts by first character (a group): a lookup
    reads its group's table of parts (prefix → marshalled part) and then
    unmarshals only its own part. Grouping by one character alone loaded, for
    the sample page, every CC-CEDICT entry under 中, 国, 发 … (0.6 s of its 3.5 s).
    """

    __slots__ = ("_blobs", "_groups", "_shards")

    def __init__(self, blobs: "dict[str, dict[str, bytes]] | _MappedGroups") -> None:
        self._blobs = blobs
        self._groups: dict[str, Mapping[str, bytes]] = {}
        self._shards: dict[str, dict] = {}

    def _group(self, first: str) -> Mapping[str, bytes]:
        group = self._groups.get(first)
        if group is None:
            group = self._groups[first] = self._blobs.get(first) or {}
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

    def all_parts(self) -> Iterator[Any]:
        """Every part in the file's order (how a map split into parts other than dicts is read whole)."""
        for first in self._blobs:
            for prefix in self._group(first):
                yield self._part(prefix)

    def __iter__(self) -> Iterator[str]:
        for part in self.all_parts():
            yield from part

    def __len__(self) -> int:
        return sum(map(len, self.all_parts()))


def shards(data: Mapping[str, Any]) -> dict[str, dict[str, bytes]]:
    """`data` split by its keys' first two characters, grouped by first character, each part marshalled."""
    groups: dict[str, dict[str, dict]] = {}
    for key, value in data.items():
        groups.setdefault(key[:1], {}).setdefault(key[:2], {})[key] = value
    return {first: {prefix: marshal.dumps(part) for prefix, part in parts.items()} for first, parts in groups.items()}


class _MappedGroups:
    """A sharded file's groups, read from a memory map as they are asked for, each checked by its digest.

    Nothing but the small header is read when the file is opened, so a run
    pays for the groups (first characters) its documents contain, not for
    reading and hashing the whole file (0.2-0.3 s for the five dictionaries).
    A group is its table of parts (prefix → place and digest of the part), so
    asking for one part of 中 reads that part, not every part under 中 (the
    groups of a page's characters were 14 MB, a tenth of a warm run). A table
    or a part whose digest does not match makes `heal()` rebuild the whole
    map (and rewrite the file); its answers then come from the rebuilt data.
    """

    def __init__(self, mapped: Any, start: int, firsts: list[str], bounds: Any, digests: bytes, heal: Heal) -> None:
        self._mapped, self._start, self._bounds, self._digests, self._heal = mapped, start, bounds, digests, heal
        self._parts_start = start + bounds[-1]
        self._position = {first: k for k, first in enumerate(firsts)}
        self._healed: dict[str, dict[str, bytes]] | None = None

    def get(self, first: str) -> "Mapping[str, bytes] | None":
        if self._healed is not None:
            return self._healed.get(first)
        k = self._position.get(first)
        if k is None:
            return None
        blob = self._mapped[self._start + self._bounds[k] : self._start + self._bounds[k + 1]]
        if hashlib.blake2b(blob, digest_size=_DIGEST).digest() != self._digests[k * _DIGEST : (k + 1) * _DIGEST]:
            return self._healing().get(first)
        return _MappedGroup(self, first, marshal.loads(blob))

    def part(self, first: str, prefix: str, begin: int, end: int, digest: bytes) -> bytes | None:
        """One part's bytes, checked (from the rebuilt map when they do not match)."""
        if self._healed is None:
            blob = self._mapped[self._parts_start + begin : self._parts_start + end]
            if hashlib.blake2b(blob, digest_size=_DIGEST).digest() == digest:
                return blob
        return (self._healing().get(first) or {}).get(prefix)

    def _healing(self) -> dict[str, dict[str, bytes]]:
        if self._healed is None:
            # an open map keeps the file busy while heal() replaces it (Windows: the replace fails, every run
            # rebuilds), so heal() closes it, but only once the build is done: a build that fails leaves the
            # map open and the next lookup tries again; nothing reads the map once it is healed
            self._healed = self._heal(self._mapped.close)
        return self._healed

    def __iter__(self) -> Iterator[str]:
        return iter(self._healed if self._healed is not None else self._position)


class _MappedGroup(Mapping):
    """One group of a mapped file: prefix → its part's bytes, read and checked when asked for.

    Its table is flat, so that reading it makes no object per part (a group
    of jieba's prefixes has about a hundred): whether the one-character key's
    part comes first, the second characters of the other parts in order, the
    parts' bounds and their digests.
    """

    __slots__ = ("_file", "_first", "_single", "_seconds", "_bounds", "_digests")

    def __init__(self, file: _MappedGroups, first: str, table: tuple[int, str, bytes, bytes]) -> None:
        self._file, self._first = file, first
        self._single, self._seconds, raw_bounds, self._digests = table
        # read in place (no copy into an array: a run opens a group for each new character of its texts)
        self._bounds = memoryview(raw_bounds).cast("q")

    def _position(self, prefix: str) -> int:
        if len(prefix) == 2:  # the common case first: a part of two characters
            k = self._seconds.find(prefix[1]) if prefix[0] == self._first else -1
            return k + self._single if k >= 0 else -1
        if len(prefix) <= 1:  # the one-character key's part (or the empty key's, in the group of "")
            return 0 if self._single and prefix == self._first else -1
        return -1

    def get(self, prefix: str, default: Any = None) -> Any:
        k = self._position(prefix)
        if k < 0:
            return default
        bounds = self._bounds
        return self._file.part(self._first, prefix, bounds[k], bounds[k + 1], self._digests[k * _DIGEST : (k + 1) * _DIGEST])

    def __getitem__(self, prefix: str) -> bytes:
        blob = self.get(prefix)
        if blob is None:
            raise KeyError(prefix)
        return blob

    def __iter__(self) -> Iterator[str]:
        if self._single:
            yield self._first
        for second in self._seconds:
            yield self._first + second

    def __len__(self) -> int:
        return self._single + len(self._seconds)


def _group_table(first: str, group: dict[str, bytes], offset: int) -> tuple[bytes, int]:
    """(marshalled table of one group, the parts' end) for parts written from `offset` on (see _MappedGroup)."""
    from array import array

    order = sorted(group, key=len)  # the one-character key's part first
    single = int(order[0] == first) if order else 0
    bounds = array("q", [offset])
    for prefix in order:
        bounds.append(bounds[-1] + len(group[prefix]))
    digests = b"".join(hashlib.blake2b(group[p], digest_size=_DIGEST).digest() for p in order)
    table = (single, "".join(p[1:] for p in order[single:]), bounds.tobytes(), digests)
    return marshal.dumps(table), bounds[-1]


def _write_sharded(path: Path, extra: Any, groups: dict[str, dict[str, bytes]]) -> None:
    """magic, header digest, header length, header (extra; the groups' first characters, bounds, digests and the
    parts' total size), the groups' tables (see _MappedGroup), the parts."""
    from array import array

    tables, parts, offset = [], [], 0
    for first, group in groups.items():
        table, offset = _group_table(first, group, offset)
        tables.append(table)
        parts.extend(group[p] for p in sorted(group, key=len))
    bounds = array("q", [0])
    for table in tables:
        bounds.append(bounds[-1] + len(table))
    digests = b"".join(hashlib.blake2b(table, digest_size=_DIGEST).digest() for table in tables)
    header = marshal.dumps((_SHARDED, extra, list(groups), bounds.tobytes(), digests, offset))
    head = _SHARDED_MAGIC + hashlib.blake2b(header, digest_size=_DIGEST).digest() + len(header).to_bytes(8, "little")
    write_bytes(path, head + header + b"".join(tables) + b"".join(parts))


def _open_sharded(path: Path, heal: Heal) -> tuple[Any, _MappedGroups]:
    """(extra, groups) of a sharded file; ValueError (and kin) when it is not whole or not ours."""
    import mmap

    with path.open("rb") as handle:
        mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    try:
        return _read_sharded(mapped, heal)
    except Exception:
        mapped.close()  # an open map would keep the file busy while it is rewritten (Windows)
        raise


def _read_sharded(mapped: Any, heal: Heal) -> tuple[Any, _MappedGroups]:
    from array import array

    fixed = len(_SHARDED_MAGIC) + _DIGEST + 8
    if mapped[: len(_SHARDED_MAGIC)] != _SHARDED_MAGIC or len(mapped) < fixed:
        raise ValueError("not a qa sharded cache file")
    size = int.from_bytes(mapped[fixed - 8 : fixed], "little")
    header = mapped[fixed : fixed + size]
    if hashlib.blake2b(header, digest_size=_DIGEST).digest() != mapped[len(_SHARDED_MAGIC) : fixed - 8]:
        raise ValueError("cache file header corrupt")
    layout, extra, firsts, raw_bounds, digests, parts_size = marshal.loads(header)
    bounds = array("q")
    bounds.frombytes(raw_bounds)
    if layout != _SHARDED or len(bounds) != len(firsts) + 1 or len(digests) != _DIGEST * len(firsts):
        raise ValueError("not this layout")
    if len(mapped) != fixed + size + bounds[-1] + parts_size:
        raise ValueError("cache file truncated")
    return extra, _MappedGroups(mapped, fixed + size, firsts, bounds, digests, heal)


def stored_sharded(name: str, key: str, build: Callable[[], tuple[Any, Any]],
                   split: Callable[[Any], dict[str, dict[str, bytes]]] = shards) -> tuple[Any, ShardedMap]:
    """`build()`'s (extra, mapping) kept in the per-user cache, the mapping as a ShardedMap.

    `split` cuts what `build()` returns into groups of marshalled parts (`shards`, by default, for a
    mapping); parts other than dicts are read with `part` and `all_parts` only.

    Keyed like `stored`; the file is memory-mapped and its groups and parts
    read and checked as they are used (`_MappedGroups`). A missing, truncated
    or corrupt file is rebuilt and rewritten atomically; a cache that cannot
    be written only costs time.
    """
    from qa.errors import QAError
    from qa.locks import locked

    # the layout in the file name: a process of another version sharing the cache keeps its own file
    path = cache_path(name, f"{key}-{_SHARDED}", ".qas")

    def rebuilt(release: Callable[[], None] = lambda: None) -> tuple[Any, dict[str, dict[str, bytes]]]:
        extra, mapping = build()
        groups = split(mapping)
        release()  # the old map, closed only now that there is something to replace its file with
        if path is not None:
            _write_sharded(path, extra, groups)
        return extra, groups

    def heal(release: Callable[[], None]) -> dict[str, dict[str, bytes]]:
        return rebuilt(release)[1]

    if path is not None:
        try:
            extra, groups = _open_sharded(path, heal)
            used(path)  # open (and mapped): the file is in use, its superseded siblings may go
            return extra, ShardedMap(groups)
        except (OSError, ValueError, EOFError, TypeError):
            pass
        held = False
        try:  # one builder at a time (-j 2 on a cold cache): the one that waited reads what the other wrote
            with locked(path, "cache file", wait=LOCK_WAIT_SECONDS):
                held = True
                try:
                    extra, groups = _open_sharded(path, heal)
                except (OSError, ValueError, EOFError, TypeError):
                    extra, groups = rebuilt()
            used(path)
            return extra, ShardedMap(groups)
        except QAError:
            if held:
                raise  # build()'s own error: building again outside the lock would only fail twice
            # no lock to be had: building without one only costs time
    extra, groups = rebuilt()
    return extra, ShardedMap(groups)
