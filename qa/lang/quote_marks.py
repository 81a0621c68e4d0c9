"""Quotation marks and brackets of a text, each read by what it does (opens or closes), and what stays open.

A curly quote's shape says which way it faces, but its place says what it
does: “heated topic“ closes with an opening mark, typed the wrong way round.
So each mark's role comes from its neighbours (a space or the start before
and a word after: it opens; a word or stop before and a space, a stop or the
end after: it closes), and only where the neighbours leave it open from its
shape (straight quotes: by turns). Matching then follows the roles, so a
wrong-direction quote is one finding of its own, not two unbalanced ones.

Double quotes (curly and straight) and round and square brackets are
matched; single quotes are not (they double as apostrophes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

OPEN, CLOSE = "open", "close"
# mark -> (family, role its shape gives, or "" for a straight quote)
_MARKS = {"“": ("quote", OPEN), "”": ("quote", CLOSE), '"': ("quote", ""), "„": ("quote", OPEN),
          "(": ("round", OPEN), ")": ("round", CLOSE), "[": ("square", OPEN), "]": ("square", CLOSE)}
_MARK_PATTERN = re.compile("[" + re.escape("".join(_MARKS)) + "]")
# the source's marks (Chinese and ASCII), by family
_SOURCE_MARKS = {"“": ("quote", OPEN), "”": ("quote", CLOSE), "「": ("quote", OPEN), "」": ("quote", CLOSE),
                 "『": ("quote", OPEN), "』": ("quote", CLOSE), "(": ("round", OPEN), ")": ("round", CLOSE),
                 "（": ("round", OPEN), "）": ("round", CLOSE), "[": ("square", OPEN), "]": ("square", CLOSE),
                 "【": ("square", OPEN), "】": ("square", CLOSE)}
_SOURCE_MARK_PATTERN = re.compile("[" + re.escape("".join(_SOURCE_MARKS)) + "]")
_BEFORE_OPENER = set(" \t\n\u00a0([{—–-/:“‘'\"") | {""}  # what may stand before an opening quote
_AFTER_CLOSER = set(" \t\n\u00a0.,;:!?)]}—–-…”’'\"。，；：！？）") | {""}  # what may stand after a closing quote


@dataclass(frozen=True)
class Mark:
    """One quotation mark or bracket: where, as written, its family and the role it plays."""

    at: int
    glyph: str
    family: str  # quote, round, square
    role: str  # open or close
    shape: str  # the role its shape says ("" for a straight quote)

    @property
    def wrong_way(self) -> bool:
        """A curly quote used the other way round: “heated topic“, ”word”."""
        return self.family == "quote" and bool(self.shape) and self.shape != self.role


def _place_role(text: str, at: int, lead: int, end: int) -> str:
    """The role the neighbours of the quote at `at` give it, or "" when they leave it open (`lead`: where the
    text's first non-space character is; `end`: where its trailing spaces begin)."""
    before = text[at - 1] if at > 0 else ""
    after = text[at + 1] if at + 1 < len(text) else ""
    if at + 1 >= end:
        return CLOSE  # nothing follows: whatever its shape, it ends a quotation
    if at <= lead:
        return OPEN
    opens = before in _BEFORE_OPENER and after not in _AFTER_CLOSER
    closes = after in _AFTER_CLOSER and before not in _BEFORE_OPENER
    return "" if opens == closes else (OPEN if opens else CLOSE)


def _read(text: str, by_place: bool, by_state: bool = False) -> tuple[Mark, ...]:
    """The marks with their roles: by place (else shape), by shape, or by place and else by what is open."""
    out: list[Mark] = []
    straight_open = True
    depth = 0
    lead, end = len(text) - len(text.lstrip()), len(text.rstrip())
    for found in _MARK_PATTERN.finditer(text):  # the marks only: a page's text is read in C, not char by char
        at, ch = found.start(), found.group()
        family, shape = _MARKS[ch]
        role = shape
        if family == "quote" and (by_place or by_state or not shape):
            role = _place_role(text, at, lead, end) or ((CLOSE if depth else OPEN) if by_state and shape else "")
            role = role or shape or (OPEN if straight_open else CLOSE)
        if ch == '"':
            straight_open = role == CLOSE
        if family == "quote":
            depth = depth + 1 if role == OPEN else max(0, depth - 1)
        out.append(Mark(at, ch, family, role, shape))
    return tuple(out)


@lru_cache(maxsize=8192)
def target_marks(text: str) -> tuple[Mark, ...]:
    """Every double quote and bracket of an English text with the role it plays.

    Curly quotes are read by their place unless their shape pairs the marks up
    better: “heated topic“ (the second mark closes), but not the“ water-fish-bird”
    (a misplaced space; the shapes pair up). Where neither pairs them, a mark
    its place leaves open (glued to words on both sides: “consideration“of)
    closes what is open, else opens.
    """
    by_place, by_shape = _read(text, True), _read(text, False)
    best = by_place if balance(by_place).count <= balance(by_shape).count else by_shape
    if balance(best).count:  # “comprehensive consideration“of: glued on both sides, so only the turn tells
        by_state = _read(text, False, by_state=True)
        if balance(by_state).count < balance(best).count:
            return by_state
    return best


@dataclass(frozen=True)
class Balance:
    """What a text leaves unmatched: closers with nothing open before them, openers never closed, mixed pairs."""

    stray_closers: tuple[Mark, ...] = ()
    open_at_end: tuple[Mark, ...] = ()
    mixed: tuple[tuple[Mark, Mark], ...] = ()  # (curly opener, straight closer) or the reverse: “Boomer Submarine"

    @property
    def count(self) -> int:
        return len(self.stray_closers) + len(self.open_at_end)


def balance(marks: tuple[Mark, ...]) -> Balance:
    """Match openers and closers of each family in order; an unclosed inner mark does not hide an outer pair."""
    stack: list[Mark] = []
    stray: list[Mark] = []
    mixed: list[tuple[Mark, Mark]] = []
    for mark in marks:
        if mark.role == OPEN:
            stack.append(mark)
            continue
        match = next((k for k in range(len(stack) - 1, -1, -1) if stack[k].family == mark.family), None)
        if match is None:
            stray.append(mark)
            continue
        opener = stack[match]
        del stack[match:match + 1]
        if mark.family == "quote" and (opener.glyph == '"') != (mark.glyph == '"'):
            mixed.append((opener, mark))
    return Balance(tuple(stray), tuple(stack), tuple(mixed))


def source_open_families(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(families the source closes without opening, families it opens without closing), by order.

    A source quotation that spans paragraphs (。” at the start, “… at the end)
    lets the translation do the same. An odd number of straight quotes is
    read both ways: a straight quote cannot say whether it opens or closes.
    """
    depth: dict[str, int] = {}
    closed_early: set[str] = set()
    for found in _SOURCE_MARK_PATTERN.finditer(text):
        family, role = _SOURCE_MARKS[found.group()]
        if role == OPEN:
            depth[family] = depth.get(family, 0) + 1
        elif depth.get(family, 0):
            depth[family] -= 1
        else:
            closed_early.add(family)
    left_open = {f for f, n in depth.items() if n}
    if text.count('"') % 2:
        closed_early.add("quote")
        left_open.add("quote")
    return frozenset(closed_early), frozenset(left_open)


def starts_with_opener(text: str, marks: tuple[Mark, ...]) -> bool:
    """The paragraph opens with a quotation mark (after spaces or a dash): it may continue a quotation."""
    head = text.lstrip(" \t\n\u00a0—–-")
    return bool(marks) and marks[0].family == "quote" and marks[0].role == OPEN and marks[0].at == len(text) - len(head)
