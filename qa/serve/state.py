"""What the service keeps between requests: a ledger connection per thread, documents aligned and checked once.

`qa corrections verify` pays for reading, aligning and checking a document and
loading every resource on each call; the service pays once. A document's
alignment and findings are kept per file version (modification time and
size, and the glossary's), so an edited document or a new glossary rule is
seen at the next request. Checking is serialised by one lock, aligning by
another: the checks' resources load once, two verifies of one document
compute it once, and readers' reports (which need only the alignment) are
not held up while a verify runs.
"""

from __future__ import annotations

import logging
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
        self._check_lock = threading.Lock()  # taken before _align_lock, never after
        self._aligned: OrderedDict[Path, tuple[Any, Alignment]] = OrderedDict()
        self._checked: OrderedDict[Path, tuple[Any, Alignment, list[Finding]]] = OrderedDict()
        self._termbase: tuple[Any, Any] = ((-1, -1), None)

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

    def termbase(self):
        """The [qa] glossary loaded, again whenever the file changes (an accepted rule)."""
        glossary = self.config.glossary or self.config.settings.glossary
        key = _stamp(glossary)
        with self._check_lock:
            if self._termbase[0] != key:
                from qa.glossary import load_glossary

                self._termbase = (key, load_glossary(glossary) if glossary is not None and glossary.exists() else None)
            return self._termbase[1]

    def checked(self, doc: str) -> tuple[Alignment, list[Finding]]:
        """The document aligned and checked with the service's settings and glossary."""
        from qa.workflows.corrections.review import check_document

        path = Path(doc)
        termbase = self.termbase()
        with self._check_lock:
            key = (_stamp(path), self._termbase[0])
            kept = self._checked.get(path)
            if kept is None or kept[0] != key:
                alignment, findings = check_document(str(path), self.config.settings, termbase, self.alignment(path))
                kept = (key, alignment, findings)
                self._keep(self._checked, path, kept)
            return kept[1], kept[2]

    def is_checked(self, doc: str) -> bool:
        path = Path(doc)
        kept = self._checked.get(path)
        return kept is not None and kept[0] == (_stamp(path), self._termbase[0])

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
        with self._opened_lock:
            for ledger in self._opened:
                try:
                    ledger.close()
                except Exception:  # noqa: BLE001 - a connection of another thread; the process is ending anyway
                    pass
            self._opened.clear()
