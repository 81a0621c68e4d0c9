"""One source qualifier and the English that renders it: the record qa.lang.qualifiers and
qa.lang.focus_adverbs both list (its own module so that neither imports the other)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Qualifier:
    word: str
    gloss: str  # what the message names
    english: tuple[str, ...]  # regex alternatives, matched case-insensitively on word boundaries
    before_number: bool = False  # only counts directly before a figure (近 30 年, not 近日)
    after_number: bool = False  # only counts directly after a figure (300 左右, 100 余名)
    not_before: str = ""  # not when this follows closely: 5000元以上1万元以下 is a range ("5000-10000")
    not_after: str = ""  # pattern, not when it comes closely before: 5000元以上1万元以下, 6个月至18岁以下 (ranges)
    once: bool = False  # said twice in one sentence, it needs one rendering (仍然 … 仍: "still" once); each sentence anew
