"""What a check sees: one pair (or the whole alignment) plus memoised views.

Checks are pure functions; anything expensive (numbers, quotes, glosses,
segmentation) is computed once per pair through `memo`, whichever check asks
first. Each family keeps its view functions in its own module and calls
`ctx.memo(key, fn)`, so no central context grows with every new check.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, TypeVar

from qa.lang.profile import PairProfile, profile_for
from qa.model import Alignment, Pair, Severity

T = TypeVar("T")


@dataclass(frozen=True)
class Problem:
    """What a check yields; the engine adds the check's id, category and severity."""

    message: str
    source_span: str = ""
    target_span: str = ""
    suggestion: str = ""
    pair: Pair | None = None  # document-scope checks name the pair they point at
    severity: Severity | None = None  # only when a check knows better than its default


class _Memo:
    def __init__(self) -> None:
        self._cache: dict[str, Any] = {}

    def memo(self, key: str, compute: Callable[[], T]) -> T:
        """Compute a view once and reuse it for every later check."""
        if key not in self._cache:
            self._cache[key] = compute()
        return self._cache[key]


class DocContext(_Memo):
    """Document-wide inputs: the alignment, the glossary and the settings."""

    def __init__(self, alignment: Alignment, glossary: Any = None, settings: Any = None) -> None:
        super().__init__()
        self.alignment = alignment
        self.glossary = glossary
        self.settings = settings
        # which side is Chinese, its sentences, numbers, quotes: keyed by the document's languages
        self.profile: PairProfile = profile_for(alignment.doc.source_lang, alignment.doc.target_lang)
        # the pairs the engine runs pair checks on (none gated, within `run_checks(pairs=…)`), so that a check
        # doing batched work ahead for the document (qa.checks.structure_embed) does it for these only;
        # None: every pair may be asked about
        self.checked_pairs: tuple[Pair, ...] | None = None

    @property
    def pairs(self) -> tuple[Pair, ...]:
        return self.alignment.body_pairs


class PairContext(_Memo):
    """One pair and the document it belongs to."""

    def __init__(self, pair: Pair, doc: DocContext) -> None:
        super().__init__()
        self.pair = pair
        self.doc = doc

    @property
    def source(self) -> str:
        return self.pair.source

    @property
    def target(self) -> str:
        return self.pair.target
