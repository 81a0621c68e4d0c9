"""The indexes that make long paragraphs linear answer exactly what the scans they replace answered."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qa.lang.numbers import ValueIndex, find_numbers, same_value
from qa.lang.segment import segment, token_covering

PAGE = Path(__file__).resolve().parents[2].parent / "shared" / "samples" / "ten-key-points-2021.txt"
SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "county-work-report.txt"

values = st.one_of(st.integers(-10**7, 10**7).map(float), st.floats(-1e7, 1e7, allow_nan=False, allow_infinity=False))


@settings(max_examples=300, deadline=None)
@given(st.lists(values, max_size=30), values)
def test_value_index_finds_what_a_scan_finds(stored, probe):
    index = ValueIndex((v, k) for k, v in enumerate(stored))
    scanned = sorted(k for k, v in enumerate(stored) if same_value(probe, v))
    assert sorted(index.matches(probe)) == scanned
    assert (probe in index) == bool(scanned)


def test_value_index_near_neighbours():
    index = ValueIndex([(112_000_000.00000001, 0), (2.7255, 1), (5768.0, 2), (5678.0, 3)])
    assert index.matches(112_000_000.0) == [0] and 2.726 in index and index.matches(5768.0) == [2]
    assert 5769.0 not in index


def _scan(text: str, start: int, end: int):
    """The word containing text[start:end], found the old way: walking every token from the start."""
    pos = 0
    for word, tag in segment(text):
        if pos <= start and end <= pos + len(word):
            return word, tag
        if pos >= end:
            return None
        pos += len(word)
    return None


def test_token_lookup_by_offset_matches_a_walk_over_the_tokens():
    text = (PAGE if PAGE.exists() else SAMPLE).read_text(encoding="utf-8")[:6000]
    spans = [(i, i + n) for i in range(0, len(text), 7) for n in (1, 2, 3)]
    assert all(token_covering(text, a, b) == _scan(text, a, b) for a, b in spans)
    assert any(token_covering(text, a, b) is not None for a, b in spans)


@pytest.mark.parametrize("text, expected", [
    ("“四个一百”和五个村，十四五规划，百分之三十，二〇二一年", [4, 100, 5, 14, 5, 30, 2021]),
    ("茅十八说七零八落，四处都是人。", []),  # a name, an idiom and a word: no numbers
])
def test_chinese_numerals_in_a_long_paragraph_read_as_in_a_short_one(text, expected):
    """Repeating a text in one paragraph repeats its numbers: no look-around depends on the paragraph's length."""
    assert [m.value for m in find_numbers(text, "zh")] == expected
    long = text * 200
    assert [m.value for m in find_numbers(long, "zh")] == expected * 200
