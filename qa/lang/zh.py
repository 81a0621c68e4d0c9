"""Chinese: sentence splitting and Han-script measures.

Sentences end on 。！？；… (runs such as ！？ and …… count once) and keep any
closing quote or bracket that follows, so “……。” stays one sentence. Splitting
is lossless: each sentence is a stripped slice of the input, in order.
"""

from __future__ import annotations

import re

from qa.lang import add_trimmed_span

# Full-width stops, plus ASCII ! and ? which Chinese typists often use.
_STOPS = "。！？；…!?"
_CLOSERS = "”’」』）》〉】〕\"')]"
_SENTENCE_END = re.compile(f"[{_STOPS}]+[{re.escape(_CLOSERS)}]*")

# CJK Unified Ideographs with extensions A–G and the compatibility blocks.
_HAN_RANGES = (
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0x20000, 0x2A6DF),
    (0x2A700, 0x2EBEF),
    (0x2F800, 0x2FA1F),
    (0x30000, 0x3134F),
)


def is_han(ch: str) -> bool:
    """True for a Chinese (Han) character."""
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in _HAN_RANGES)


def han_count(text: str) -> int:
    """Number of Han characters in `text`."""
    return sum(1 for ch in text if is_han(ch))


def han_ratio(text: str) -> float:
    """Share of Han characters among the letters of `text` (0.0 when it has no letters)."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for ch in letters if is_han(ch)) / len(letters)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence, whitespace trimmed, in order."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        add_trimmed_span(text, start, match.end(), spans)
        start = match.end()
    add_trimmed_span(text, start, len(text), spans)
    return spans


def split_sentences(text: str) -> list[str]:
    """Sentences of a Chinese text, stripped, in order."""
    return [text[a:b] for a, b in sentence_spans(text)]


