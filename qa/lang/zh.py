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

# CJK Unified Ideographs with extensions A–G and the compatibility blocks: the one
# definition of "a Chinese character" that every module uses.
HAN_CLASS = (
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\U00020000-\U0002a6df\U0002a700-\U0002ebef\U0002f800-\U0002fa1f\U00030000-\U0003134f"
)
HAN = re.compile(f"[{HAN_CLASS}]")
HAN_WORD = re.compile(f"^[{HAN_CLASS}]+$")  # a token made only of Chinese characters
HAN_RUN = re.compile(f"[{HAN_CLASS}]+")  # a run of Chinese characters inside other text
NAME_DOTS = "·•・‧"  # between the parts of a foreign name written in characters (多利·蒙加, 特里萨•梅)


def is_han(ch: str) -> bool:
    """True for a Chinese (Han) character."""
    return HAN.fullmatch(ch) is not None


def han_count(text: str) -> int:
    """Number of Han characters in `text`."""
    return len(HAN.findall(text))


def han_ratio(text: str) -> float:
    """Share of Han characters among the letters of `text` (0.0 when it has no letters)."""
    letters = sum(1 for ch in text if ch.isalpha())
    return han_count(text) / letters if letters else 0.0


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


