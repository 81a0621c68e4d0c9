"""The bead: which source segments are aligned with which target segments."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Bead:
    """Source indices `src` aligned with target indices `tgt` (either may be empty).

    `score` is a confidence in [0, 1] that the bead is a correct translation
    pair; see qa.align.score.confidence for what the number means.
    """

    src: tuple[int, ...]
    tgt: tuple[int, ...]
    score: float = 0.0

    @property
    def type(self) -> str:
        """Bead type such as "1-1", "2-1" or "1-0"."""
        return f"{len(self.src)}-{len(self.tgt)}"
