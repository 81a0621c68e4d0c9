"""The checks in their own process: a verify's seconds of CPU never hold up the readers' reports.

Python threads share one interpreter lock, so a document checked in a thread
of the service slows every report arriving meanwhile. The service keeps one
worker process instead (spawned, so no lock of the service's threads is
inherited); the worker loads the checks' resources at its first document and
keeps them, and keeps the glossary loaded until the file changes.
"""

from __future__ import annotations

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


def check(doc: str, settings, glossary: str | None, stamp: tuple[int, int]):
    """The document aligned and checked (run in the worker); pickled back to the service."""
    from qa.workflows.corrections.review import check_document

    return check_document(doc, settings, _glossary(glossary, stamp))
