"""A number as written in a text: its value, its exact span and what kind of figure it is."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

FULLWIDTH = str.maketrans("０１２３４５６７８９％．，＋", "0123456789%.,+")


def candidate_matches(pattern: re.Pattern, candidate: re.Pattern, text: str) -> Iterator[re.Match]:
    """pattern.finditer(text), trying the pattern only where `candidate` finds a place a match can start.

    The number patterns are large alternations that finditer tries at every
    position; most positions of prose open none, so a small pattern for the
    openings finds the same matches (lookbehinds and ^ still see the whole
    text) at a fraction of the cost, as long as every match starts where
    `candidate` matches.
    """
    pos, size = 0, len(text)
    while pos < size and (found := candidate.search(text, pos)) is not None:
        match = pattern.match(text, found.start())
        if match is None:
            pos = found.start() + 1
            continue
        yield match
        pos = match.end()


@dataclass(frozen=True)
class NumberMention:
    """One number as written: its value, its exact text and where it is."""

    value: float
    text: str
    start: int
    end: int
    kind: str  # cardinal, ordinal, percent, date, month, fraction, approx, decade
    # Other values the mention may stand for: 十四五岁 "fourteen or fifteen" (14, 15),
    # 八十年代 "the eighties" or "the 1980s" (80, 1980). Approximate mentions have kind "approx".
    alternatives: tuple[float, ...] = ()

    @property
    def values(self) -> tuple[float, ...]:
        """The value and its alternatives."""
        return (self.value, *self.alternatives)

    @property
    def approximate(self) -> bool:
        """A range or a rough figure (十四五岁, 四十多年, 二十几两, 百余): any of its values, or none, may be translated."""
        return self.kind in ("approx", "decade")

    @property
    def in_digits(self) -> bool:
        """Written with digits (strict) rather than as a word or Chinese numeral."""
        return any(ch.isdigit() for ch in self.text.translate(FULLWIDTH))

