"""Language knowledge, the lowest layer: everything here is about Chinese or English text, nothing about checks.

Chinese: zh (sentences, Han script), segment (the one jieba loader), surnames
(surnames, titles, honorifics, place suffixes), zh_names (names in a source
text), pinyin (readings), traditional (script), cedict (CC-CEDICT).
English: en (sentences), en_words (tokens, the one stop-word list, word forms),
en_dictionary (which words exist, non-words). Both: numbers (+ numbers_zh,
numbers_en, number_mention, measures), quotes. cache: the per-user cache
directory. Nothing here imports qa.terminology, qa.checks, qa.workflows or
qa.commands (tests/lang/test_imports.py).
"""

from __future__ import annotations


def add_trimmed_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """Append (start, end) narrowed to exclude surrounding whitespace, if anything is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))
