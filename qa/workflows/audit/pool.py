"""Running the documents of an audit: in this process, a pool of local workers, or a Dask cluster.

Workers die with the parent: on Linux each asks the kernel for SIGKILL when
its parent dies (prctl PR_SET_PDEATHSIG), and everywhere a watcher thread
exits when the parent's pid changes, so a `kill -9` of `qa audit` leaves no
600 MB orphans. SIGTERM to the parent is handled like Ctrl-C: workers are
stopped, nothing more is written, exit 130 (see `sigterm_as_interrupt`).
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import threading
import time
from typing import Callable, Iterator

from qa.errors import UsageError
from qa.workflows.audit.check import check_task, prepare
from qa.workflows.audit.records import AuditConfig, DocumentResult, Task

PR_SET_PDEATHSIG = 1
_POOL_CONFIG: AuditConfig | None = None
OnResult = Callable[[DocumentResult], None]


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


@contextlib.contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """Within the block SIGTERM raises KeyboardInterrupt in the main thread, so it shuts down as Ctrl-C does."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _die_with_parent(parent: int) -> None:
    """Make this worker end when `parent` does: the kernel's parent-death signal, then a watcher thread."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # forked workers inherit the parent's handler
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # no prctl: the watcher alone
            pass
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="qa-parent-watch", daemon=True).start()


def _one_thread_per_worker() -> None:
    """The pool is the parallelism: BLAS threads inside each worker would only fight over the cores."""
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[name] = "1"


def _pool_init(config: AuditConfig, parent: int) -> None:
    global _POOL_CONFIG
    _die_with_parent(parent)
    _POOL_CONFIG = config
    _one_thread_per_worker()
    prepare(config)  # import checks and load the glossary before the first document


def _pool_task(task: Task) -> DocumentResult:
    assert _POOL_CONFIG is not None
    return check_task(task, _POOL_CONFIG)


def warm_up(config: AuditConfig) -> None:
    """Load what every document needs (segmenter, dictionaries, sentence encoder) by checking a tiny pair.

    Done once in the parent before forking the workers, so they share what was
    loaded instead of each spending seconds loading its own copy: every
    resource the selected checks declare (the omission check's sentence
    encoder and aligner dictionary among them). The encoder runs on one BLAS
    thread (threadpoolctl), so forking after it is safe.
    """
    from qa.checks.engine import run_checks
    from qa.checks.registry import check_set
    from qa.lang.profile import load_resources
    from qa.model import Alignment, Document, Pair
    from qa.workflows.audit.terminology import document_terms

    specs, glossary, _ = prepare(config)
    load_resources(check_set().requirements(specs))  # what the selected checks declare (requires=)
    pair = Pair("p0001", "长安君说，2021年全县人口增长了3%。", "Chang'an Jun said the county's population grew by 3 percent in 2021.")
    run_checks(Alignment(Document("warm-up", ""), (pair,)), specs, glossary=glossary, settings=config.settings)
    document_terms(Alignment(Document("warm-up", ""), (pair,)), glossary)


def start_method() -> str:
    """fork (after warming up the parent) where the OS has it; spawn elsewhere."""
    import multiprocessing

    return "fork" if sys.platform == "linux" and "fork" in multiprocessing.get_all_start_methods() else "spawn"


def _stop(pool) -> None:
    """End the workers now (an interrupt): cancel what is queued and terminate what runs."""
    pool.shutdown(wait=False, cancel_futures=True)
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.terminate()
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.join(timeout=5)


def _one_pool(pending: list[Task], config: AuditConfig, jobs: int, context, on_result: OnResult) -> list[Task]:
    """Run `pending` in one pool; returns the tasks whose worker died (the pool broke)."""
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    broken: list[Task] = []
    pool = ProcessPoolExecutor(min(jobs, len(pending)), mp_context=context,
                               initializer=_pool_init, initargs=(config, os.getpid()))
    try:
        futures = {pool.submit(_pool_task, task): task for task in pending}
        for future in as_completed(futures):
            try:
                on_result(future.result())
            except BrokenProcessPool:
                broken.append(futures[future])
    except BaseException:
        _stop(pool)
        raise
    pool.shutdown(wait=True)
    return broken


def run_local(tasks: list[Task], config: AuditConfig, jobs: int, on_result: OnResult, method: str | None = None) -> None:
    """One process for one job; otherwise a pool of long-lived workers.

    On Linux the parent loads the models once and forks the workers, which
    then share them; elsewhere (spawn) each worker loads its own on start.
    A worker that dies (out of memory, a crash in native code) breaks the
    pool; the documents still pending are retried once in a fresh pool, and
    those that break it again become error rows.
    """
    if jobs <= 1 or len(tasks) <= 1:  # in this process: its environment is the caller's, left alone
        for task in tasks:
            on_result(check_task(task, config))
        return
    import multiprocessing

    method = method or start_method()
    if method == "fork":
        warm_up(config)  # workers set their own thread limits in _pool_init
    context = multiprocessing.get_context(method)
    pending = list(tasks)
    for attempt in (1, 2):
        pending = _one_pool(pending, config, jobs, context, on_result)
        if not pending:
            return
    for task in pending:
        on_result(DocumentResult.failed(task, "the worker process died while checking this document"))


def run_dask(tasks: list[Task], config: AuditConfig, scheduler, on_result: OnResult) -> None:
    try:
        from dask.distributed import Client, as_completed
    except ImportError:
        raise UsageError("--engine dask needs the optional extra: pip install 'qa[dask]'") from None
    if not scheduler:
        raise UsageError("--engine dask needs --scheduler ADDRESS (e.g. tcp://10.0.0.5:8786)")
    try:
        client = Client(scheduler, timeout="20s")
    except OSError as err:
        raise UsageError(f"cannot reach the Dask scheduler {scheduler}: {err}") from None
    with client:
        futures = client.map(check_task, tasks, config=config, pure=False)
        for future in as_completed(futures):
            on_result(future.result())
