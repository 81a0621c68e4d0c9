"""Run a few pieces of one computation at once: the first here, the others in forked children.

A cold `qa check` of one page spends most of its time in the checks, and a
machine has two cores; a process pool would pay its start-up (and load every
model again) per document, so the engine forks instead, after the document is
read: the children share what this process has loaded, and each piece loads
only what its own checks need. Results come back pickled through a pipe, in
the order of the pieces, whichever finishes first.

Nothing here is allowed to change a result: a child that fails for any reason
(an exception, a signal, a result that does not unpickle) has its piece run
again in this process, which then raises the error a serial run would raise.
Where forking is unsafe (no `os.fork`, other threads running) every piece
runs here, one after another.

Inside `resident_worker()` (a `qa check` of several documents) the first
child stays alive after its piece: a later call sends it its piece pickled
instead of forking again, so what it loaded and cached for one document
(word lists, romanisation tables, dictionary parts, per-word verdicts) is
still there for the next, as in one process. A piece that does not pickle
gets a child of its own, as before.
"""

from __future__ import annotations

import gc
import os
import pickle
import signal
import sys
import threading
from contextlib import contextmanager
from typing import Callable, Iterator, Sequence, TypeVar

T = TypeVar("T")


_background: list[threading.Thread] = []


def in_background(work: Callable[[], object]) -> None:
    """Start `work` (a load that releases the GIL, such as sentencepiece's) on a thread; `settle` waits for it.

    An error there is dropped: the work only warms up what its first user would load anyway.
    """
    def run() -> None:
        try:
            work()
        except Exception:  # noqa: BLE001 - the first real use loads it again and reports any error
            pass

    thread = threading.Thread(target=run, name="qa-preload", daemon=True)
    thread.start()
    _background.append(thread)


def settle() -> None:
    """Wait for every `in_background` load: the checks start, and may fork, with one thread running."""
    while _background:
        _background.pop().join()


def fork_usable() -> bool:
    """`os.fork` exists and this process runs one thread (a fork copies only the caller's; a lock
    another thread held would stay locked in the child)."""
    return hasattr(os, "fork") and threading.active_count() == 1


def run_pieces(pieces: Sequence[Callable[[], T]], after: Callable[[], object] | None = None) -> list[T]:
    """Each piece's result, in order: pieces[1:] in forked children (or the resident one) while pieces[0] runs here.

    `after` (pickled with the piece) is run by the resident child once its
    answer is written, while this process finishes the document: loading
    what the next document's piece may need. Its errors are ignored.
    """
    if len(pieces) < 2:
        return [piece() for piece in pieces]
    resident = _resident.get("child")
    task = _pickled((pieces[1], after)) if resident is not None else None
    if resident is not None and task is not None:
        return _run_with_resident(resident, task, pieces)
    if not fork_usable():
        return [piece() for piece in pieces]
    _flush()  # what this process has buffered must not be written by a child too
    children: list[Child | None] = []
    try:
        for k, piece in enumerate(pieces[1:]):
            stay = k == 0 and _keep["depth"] > 0 and "child" not in _resident
            children.append(_fork(piece, after if stay else None, stay))
        results = [pieces[0]()]
        for k, piece in enumerate(pieces[1:]):
            child, children[k] = children[k], None  # reaped by _collect whatever happens there
            results.append(piece() if child is None else _collect(child, piece))
        return results
    finally:
        for child in children:  # left only when this process was interrupted or raised
            if child is not None:
                _stop(child)


Child = tuple[int, int, int]  # pid, read end of its results, write end of its tasks (-1: it takes none)
_resident: dict[str, Child] = {}  # "child": the child kept alive inside `resident_worker`
_keep = {"depth": 0}
_FRAME = 8  # bytes of a frame's length; a frame of length 0 says "failed"
RESIDENT_COLLECT_EVERY = 25  # pieces between the resident child's collections of cyclic garbage


@contextmanager
def resident_worker() -> Iterator[None]:
    """Inside the block the first forked child stays alive for later `run_pieces` calls; it ends with the block."""
    _keep["depth"] += 1
    try:
        yield
    finally:
        _keep["depth"] -= 1
        if _keep["depth"] == 0:
            stop_resident()


def resident_alive() -> bool:
    """A resident child is waiting for work (it keeps what it loaded: nothing need be loaded before a fork)."""
    return "child" in _resident


def resident_pid() -> int | None:
    """The resident child's process id, if one is alive (bench/speed.py reads its CPU time)."""
    child = _resident.get("child")
    return child[0] if child is not None else None


def stop_resident() -> None:
    """End the resident child, if any: it reads the end of its task pipe and exits."""
    child = _resident.pop("child", None)
    if child is not None:
        _stop(child)


def _pickled(piece: Callable[[], T]) -> bytes | None:
    try:
        return pickle.dumps(piece, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # noqa: BLE001 - a closure, a lambda: it gets a child of its own
        return None


def _run_with_resident(resident: Child, task: bytes, pieces: Sequence[Callable[[], T]]) -> list[T]:
    """pieces[1] (pickled as `task`) in the resident child, pieces[0] and any others here."""
    if not _send(resident[2], task):
        _resident.pop("child", None)
        _stop(resident)
        return [piece() for piece in pieces]
    try:
        results = [pieces[0]()]
    except BaseException:
        _resident.pop("child", None)  # its answer would be read by the next call as that call's
        _stop(resident)
        raise
    results.append(_collect(resident, pieces[1]))
    return results + [piece() for piece in pieces[2:]]


def _send(fd: int, data: bytes) -> bool:
    try:
        _write_all(fd, len(data).to_bytes(_FRAME, "little") + data)
        return True
    except OSError:
        return False


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _read_frame(fd: int) -> bytes | None:
    """One frame's payload; None at the end of the pipe (the other side is gone)."""
    head = _read_exactly(fd, _FRAME)
    if head is None:
        return None
    return _read_exactly(fd, int.from_bytes(head, "little"))


def _read_exactly(fd: int, size: int) -> bytes | None:
    chunks, left = [], size
    while left:
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _fork(piece: Callable[[], T], after: Callable[[], object] | None = None, stay: bool = False) -> Child | None:
    """A child running `piece` (None when no child can be made); with `stay` it becomes the resident child.

    The child writes its pickled result as one frame (an empty frame on any
    error) and exits at once, without the parent's clean-up or exit handlers;
    a staying child then waits for pickled pieces on its task pipe.
    """
    try:
        results = os.pipe()
        tasks = os.pipe() if stay else (-1, -1)
    except OSError:
        return None
    try:
        pid = os.fork()
    except OSError:
        for fd in (*results, *tasks):
            if fd >= 0:
                os.close(fd)
        return None
    if pid == 0:
        _child(piece, after, results, tasks)
    os.close(results[1])
    if tasks[0] >= 0:
        os.close(tasks[0])
    child = (pid, results[0], tasks[1])
    if stay:
        _resident["child"] = child
    return child


def _child(piece: Callable[[], object], after: Callable[[], object] | None, results: tuple[int, int],
           tasks: tuple[int, int]) -> None:
    """The forked child's life: `piece`, then (resident) every (piece, after) sent to it, until its task pipe ends."""
    code = 1
    try:
        os.close(results[0])
        if tasks[1] >= 0:
            os.close(tasks[1])
        inherited = _resident.pop("child", None)  # the parent's resident, if any, is not this process's to talk to
        for fd in inherited[1:] if inherited is not None else ():
            if fd >= 0:
                os.close(fd)  # nor are its pipes: closed, so the resident sees its task pipe end with the parent's
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl-C ends the child quietly; the parent reports it
        _answer(results[1], piece, after)
        done = 1
        while tasks[0] >= 0 and (task := _read_frame(tasks[0])) is not None:
            try:
                piece, after = pickle.loads(task)
            except Exception:  # noqa: BLE001 - answered as a failure: the parent runs the piece itself
                piece, after = _unreadable, None
            _answer(results[1], piece, after)
            done += 1
            if done % RESIDENT_COLLECT_EVERY == 0:
                gc.collect()
        code = 0
    except BaseException:  # noqa: BLE001 - the parent runs the piece again and raises there
        pass
    finally:
        _flush()  # a warning a check printed
        os._exit(code)


def _answer(fd: int, piece: Callable[[], object], after: Callable[[], object] | None = None) -> None:
    """Write the piece's pickled result as one frame (empty when it raised or does not pickle); then run `after`."""
    try:
        data = pickle.dumps(piece(), protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # noqa: BLE001 - the parent runs this piece again and raises there
        data = b""
    _flush()
    _write_all(fd, len(data).to_bytes(_FRAME, "little") + data)
    if after is not None:
        try:
            after()
        except Exception:  # noqa: BLE001 - only a warm-up: the next piece loads what it needs itself
            pass


def _unreadable() -> object:
    raise ValueError("a task that does not unpickle")


def _collect(child: Child, piece: Callable[[], T]) -> T:
    """The child's result, or the piece run here when the child did not deliver one."""
    pid, read_end, _ = child
    resident = _resident.get("child") == child
    try:
        data = _read_frame(read_end)
    except BaseException:
        if resident:
            _resident.pop("child", None)
        _stop(child)
        raise
    if not resident:
        _stop(child)  # a one-off child has written its one frame and exits
    elif data is None:  # the resident child is gone
        _resident.pop("child", None)
        _stop(child)
    if data:
        try:
            return pickle.loads(data)
        except Exception:  # noqa: BLE001 - a damaged result: compute it again
            pass
    return piece()


def _stop(child: Child) -> None:
    """Close a child's pipes and reap it; one that has not exited by itself (an unwanted result) is killed."""
    pid, read_end, task_end = child
    for fd in (task_end, read_end):  # a resident child reads the end of its tasks and exits
        if fd >= 0:
            try:
                os.close(fd)
            except OSError:
                pass
    _end(pid)


def _flush() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, OSError, ValueError):
            pass


def _end(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except OSError:
        pass
    try:
        os.waitpid(pid, 0)
    except OSError:
        pass
