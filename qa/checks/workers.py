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
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
import threading
from typing import Callable, Sequence, TypeVar

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


def run_pieces(pieces: Sequence[Callable[[], T]]) -> list[T]:
    """Each piece's result, in order: pieces[1:] in forked children while pieces[0] runs here."""
    if len(pieces) < 2 or not fork_usable():
        return [piece() for piece in pieces]
    _flush()  # what this process has buffered must not be written by a child too
    children: list[tuple[int, int] | None] = []
    try:
        for piece in pieces[1:]:
            children.append(_fork(piece))
        results = [pieces[0]()]
        for k, piece in enumerate(pieces[1:]):
            child, children[k] = children[k], None  # reaped by _collect whatever happens there
            results.append(piece() if child is None else _collect(*child, piece))
        return results
    finally:
        for child in children:  # left only when this process was interrupted or raised
            if child is not None:
                _stop(*child)


def _fork(piece: Callable[[], T]) -> tuple[int, int] | None:
    """(pid, read end of its pipe) of a child running `piece`, or None when no child can be made.

    The child writes its pickled result to the pipe and exits at once, without
    the parent's clean-up or exit handlers; on any error it exits 1 with nothing written.
    """
    try:
        read_end, write_end = os.pipe()
    except OSError:
        return None
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return None
    if pid == 0:
        code = 1
        try:
            os.close(read_end)
            signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl-C ends the child quietly; the parent reports it
            data = pickle.dumps(piece(), protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_end, "wb") as out:
                out.write(data)
            code = 0
        except BaseException:  # noqa: BLE001 - the parent runs this piece again and raises there
            pass
        finally:
            _flush()  # a warning a check printed
            os._exit(code)
    os.close(write_end)
    return pid, read_end


def _collect(pid: int, read_end: int, piece: Callable[[], T]) -> T:
    """The child's result, or the piece run here when the child did not deliver one."""
    try:
        with os.fdopen(read_end, "rb") as source:
            data = source.read()
    except BaseException:
        _end(pid)
        raise
    _, status = os.waitpid(pid, 0)
    if status == 0 and data:
        try:
            return pickle.loads(data)
        except Exception:  # noqa: BLE001 - a damaged result: compute it again
            pass
    return piece()


def _stop(pid: int, read_end: int) -> None:
    """End a child whose result is no longer wanted, close its pipe, reap it."""
    try:
        os.close(read_end)
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
