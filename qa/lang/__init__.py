"""Language knowledge: zh (source) and en (target) sentence splitting, numbers, pinyin, dictionaries."""

from __future__ import annotations


def add_trimmed_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """Append (start, end) narrowed to exclude surrounding whitespace, if anything is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))
