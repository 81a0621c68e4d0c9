"""Terminology: how a document's names and terms are rendered, built on the language layer (qa.lang).

Public API: `document_terminology(alignment, glossary) -> list[TermUse]`, and the
views the checks memoise (name renderings, term occurrences, quoted terms).
Nothing here imports from qa.checks, qa.workflows or qa.commands (tests/lang/test_imports.py).
"""

from __future__ import annotations

from qa.terminology.uses import TermUse, document_terminology

__all__ = ["TermUse", "document_terminology"]
