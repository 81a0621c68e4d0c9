"""What the service keeps between requests: a ledger connection per thread, documents aligned and checked once.

`qa corrections verify` pays for reading, aligning and checking a document and
loading every resource on each call; the service pays once. A document's
alignment and findings are kept per file version (modification time and
size, and the glossary's), so an edited document or a new glossary rule is
seen at the next request. Checking is serialised by one lock: the checks'
resources load once, and two verifies of one document compute it once.
"""

from __future__ import annotations

import logging
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
        self._lock = threading.RLock()
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
        with self._lock:
            kept = self._aligned.get(path)
            if kept is None or kept[0] != key:
                kept = (key, load_alignment(path))
                self._keep(self._aligned, path, kept)
            return kept[1]

    def termbase(self):
        """The [qa] glossary loaded, again whenever the file changes (an accepted rule)."""
        glossary = self.config.glossary or self.config.settings.glossary
        key = _stamp(glossary)
        with self._lock:
            if self._termbase[0] != key:
                from qa.glossary import load_glossary

                self._termbase = (key, load_glossary(glossary) if glossary is not None and glossary.exists() else None)
            return self._termbase[1]

    def checked(self, doc: str) -> tuple[Alignment, list[Finding]]:
        """The document aligned and checked with the service's settings and glossary."""
        from qa.workflows.corrections.review import check_document

        path = Path(doc)
        with self._lock:
            termbase = self.termbase()
            key = (_stamp(path), self._termbase[0])
            kept = self._checked.get(path)
            if kept is None or kept[0] != key:
                alignment, findings = check_document(str(path), self.config.settings, termbase)
                kept = (key, alignment, findings)
                self._keep(self._checked, path, kept)
            return kept[1], kept[2]

    def warm(self) -> None:
        """Load the checks and their resources by checking one document (the first in the folder)."""
        from qa.io import SUPPORTED

        root = self.config.documents.root
        first = next((p for p in sorted(root.rglob("*")) if p.is_file() and p.suffix.lower() in SUPPORTED), None)
        if first is None:
            return
        try:
            self.checked(str(first))
        except Exception as err:  # noqa: BLE001 - warming is an optimisation; a bad file shows at its first report
            log.warning("qa serve: could not check %s at start-up: %s", first, err)


class Service:
    """The application's state: configuration, ledger connections, caches, limits, sessions."""

    def __init__(self, config: ServeConfig):
        self.config = config
        self.documents = CheckedDocuments(config)
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

    def close(self) -> None:
        with self._opened_lock:
            for ledger in self._opened:
                try:
                    ledger.close()
                except Exception:  # noqa: BLE001 - a connection of another thread; the process is ending anyway
                    pass
            self._opened.clear()
