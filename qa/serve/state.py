"""What the service keeps between requests: a ledger connection per thread, documents aligned and checked once.

`qa corrections verify` pays for reading, aligning and checking a document and
loading every resource on each call; the service pays once. A document's
alignment and findings are kept per file version (modification time and
size, and the glossary's), so an edited document or a new glossary rule is
seen at the next request. The checks run in one worker process (`worker`)
that keeps their resources loaded; aligning for the readers' reports runs
here. Two verifies of one document compute it once, and readers' reports are
not held up while a document is checked.
"""

from __future__ import annotations

import logging
import os
import queue
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any

from qa.model import Alignment, Finding
from qa.serve.security import RateLimiter, Sessions
from qa.serve.settings import ServeConfig
from qa.workflows.corrections.ledger import Ledger

KEEP = 32  # documents kept aligned and checked; the least recently used go first
log = logging.getLogger("qa.serve")


def _stamp(path: Path | None) -> tuple[int, int]:
    if path is None:
        return (0, 0)
    try:
        info = path.stat()
    except OSError:
        return (0, 0)
    return (info.st_mtime_ns, info.st_size)


class CheckedDocuments:
    """Alignments and findings per document version, computed once and kept (least recently used dropped)."""

    def __init__(self, config: ServeConfig):
        self.config = config
        self._align_lock = threading.Lock()
        self._check_lock = threading.Lock()  # one check at a time: the worker process checks one document at a time
        self._pool = None
        self._aligned: OrderedDict[Path, tuple[Any, Alignment]] = OrderedDict()
        self._checked: OrderedDict[Path, tuple[Any, Alignment, list[Finding]]] = OrderedDict()

    @staticmethod
    def _keep(cache: OrderedDict, path: Path, value: tuple) -> None:
        cache[path] = value
        cache.move_to_end(path)
        while len(cache) > KEEP:
            cache.popitem(last=False)

    def alignment(self, path: Path) -> Alignment:
        """The document's pairs, as `qa check` aligns them."""
        from qa.pipeline import load_alignment

        key = _stamp(path)
        with self._align_lock:
            kept = self._aligned.get(path)
            if kept is None or kept[0] != key:
                kept = (key, load_alignment(path))
                self._keep(self._aligned, path, kept)
            return kept[1]

    def _glossary(self) -> Path | None:
        return self.config.glossary or self.config.settings.glossary

    def _run(self, doc: str, stamp: tuple[int, int]) -> tuple[Alignment, list[Finding]]:
        """check_document in the worker process; a worker that died is replaced once."""
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool
        from multiprocessing import get_context

        from qa.errors import QAError
        from qa.serve import worker

        glossary = self._glossary()
        for attempt in (1, 2):
            if self._pool is None:
                self._pool = ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn"),
                                                 initializer=worker.watch_parent, initargs=(os.getpid(),))
            try:
                return self._pool.submit(worker.check, doc, self.config.settings,
                                         str(glossary) if glossary else None, stamp).result()
            except BrokenProcessPool:
                self._pool.shutdown(wait=False)
                self._pool = None
        raise QAError("the checks' process died twice; see the service's log")

    def checked(self, doc: str) -> tuple[Alignment, list[Finding]]:
        """The document aligned and checked with the service's settings and glossary."""
        path = Path(doc)
        with self._check_lock:
            key = (_stamp(path), _stamp(self._glossary()))
            kept = self._checked.get(path)
            if kept is None or kept[0] != key:
                alignment, findings = self._run(str(path), key[1])
                kept = (key, alignment, findings)
                self._keep(self._checked, path, kept)
            return kept[1], kept[2]

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def is_checked(self, doc: str) -> bool:
        path = Path(doc)
        kept = self._checked.get(path)
        return kept is not None and kept[0] == (_stamp(path), _stamp(self._glossary()))

    def warm(self, docs: list[str]) -> None:
        """Check these documents now (at start-up: those with open reports, else the folder's first), so the
        checks' resources are loaded and an editor's verify finds the findings ready."""
        from qa.io import SUPPORTED

        if not docs:
            root = self.config.documents.root
            first = next((p for p in sorted(root.rglob("*")) if p.is_file() and p.suffix.lower() in SUPPORTED), None)
            docs = [str(first)] if first is not None else []
        for doc in docs:
            try:
                self.checked(doc)
            except Exception as err:  # noqa: BLE001 - an optimisation: a bad file shows at its verify, in the page
                log.warning("qa serve: could not check %s ahead of a verify: %s", doc, err)


class Checker(threading.Thread):
    """One background thread checking the documents readers report on, one at a time, each once per version."""

    def __init__(self, documents: CheckedDocuments):
        super().__init__(name="qa-serve-checker", daemon=True)
        self.documents = documents
        self.queue: queue.Queue[str | None] = queue.Queue()
        self._pending: set[str] = set()
        self._lock = threading.Lock()

    def add(self, doc: str) -> None:
        with self._lock:
            if doc in self._pending:
                return
            self._pending.add(doc)
        self.queue.put(doc)

    def run(self) -> None:
        while (doc := self.queue.get()) is not None:
            with self._lock:
                self._pending.discard(doc)
            self.documents.warm([doc] if doc else [])
            self.queue.task_done()

    def stop(self) -> None:
        self.queue.put(None)

    def ready(self, doc: str) -> bool:
        """True when the document's findings for its current version are kept (a verify will not compute them)."""
        return self.documents.is_checked(doc)


class Service:
    """The application's state: configuration, ledger connections, caches, limits, sessions."""

    def __init__(self, config: ServeConfig):
        self.config = config
        self.documents = CheckedDocuments(config)
        self.checker = Checker(self.documents)
        self.reports = RateLimiter(config.rate_limit)
        self.logins = RateLimiter(10)  # token guesses per address and minute, whatever --rate-limit says
        self.sessions = Sessions()
        self._local = threading.local()
        self._opened: list[Ledger] = []
        self._opened_lock = threading.Lock()
        Ledger(config.ledger).close()  # created or migrated now: a bad ledger stops the start, not a request

    def ledger(self) -> Ledger:
        """This thread's connection to the ledger (SQLite connections stay in their thread)."""
        ledger = getattr(self._local, "ledger", None)
        if ledger is None:
            ledger = self._local.ledger = Ledger(self.config.ledger)
            with self._opened_lock:
                self._opened.append(ledger)
        return ledger

    def start(self) -> None:
        """Check ahead: the documents of open reports (else one document, to load the resources), then each reported one."""
        if self.config.warm:
            self.checker.start()
            with Ledger(self.config.ledger) as ledger:
                docs = list(dict.fromkeys(item.doc for item in ledger.list("open")))
            for doc in docs or [""]:
                self.checker.add(doc)

    def close(self) -> None:
        if self.checker.is_alive():
            self.checker.stop()
        self.documents.close()
        with self._opened_lock:
            for ledger in self._opened:
                try:
                    ledger.close()
                except Exception:  # noqa: BLE001 - a connection of another thread; the process is ending anyway
                    pass
            self._opened.clear()
