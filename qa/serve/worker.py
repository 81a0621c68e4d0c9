"""The checks in their own process: a verify's seconds of CPU never hold up the readers' reports.

Python threads share one interpreter lock, so a document checked in a thread
of the service slows every report arriving meanwhile. The service keeps one
worker process instead (spawned, so no lock of the service's threads is
inherited); the worker loads the checks' resources at its first document and
keeps them, and keeps the glossary loaded until the file changes. It ends
when the service ends, however the service ends (once its current step
returns to Python).
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

_termbase: dict[str, tuple[tuple[int, int], object]] = {}


def _glossary(path: str | None, stamp: tuple[int, int]):
    if path is None:
        return None
    kept = _termbase.get(path)
    if kept is None or kept[0] != stamp:
        from qa.glossary import load_glossary

        kept = (stamp, load_glossary(Path(path)) if Path(path).exists() else None)
        _termbase[path] = kept
    return kept[1]


def watch_parent(parent: int) -> None:
    """The worker's initializer: end with the service `parent`, even one killed with SIGKILL (no orphan checker).

    The service's pid is passed in rather than read here: a service killed while its worker was still
    starting has already gone when this runs, and the worker must end then too.
    """

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, name="qa-serve-parent-watch", daemon=True).start()


def check(doc: str, settings, glossary: str | None, stamp: tuple[int, int]):
    """The document aligned and checked (run in the worker); pickled back to the service."""
    from qa.workflows.corrections.review import check_document

    return check_document(doc, settings, _glossary(glossary, stamp))
