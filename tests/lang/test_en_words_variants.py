"""is_variant's core comparison: the same answers as the letter-by-letter table it replaced, on real words."""

from __future__ import annotations

import re


def _table_run(a: str, b: str) -> int:
    """The replaced measure: the longest run of `a` that ends where `b` ends (the table's last column)."""
    best, prev = 0, [0] * (len(b) + 1)
    for x in a:
        row = [0]
        for k, y in enumerate(b):
            row.append(prev[k] + 1 if x == y else 0)
        best, prev = max(best, row[-1]), row
    return best


def test_ends_within_answers_as_the_table_on_the_sample_pages_words(sample_page):
    from qa.lang.en_words import MIN_VARIANT_CORE, _ends_within, word_core

    words = sorted({w.lower() for w in re.findall(r"[A-Za-z]{4,}", sample_page.read_text(encoding="utf-8"))})
    cores = sorted({word_core(w) for w in words})[:400]
    assert len(cores) == 400
    agree = [(_table_run(a, b) >= MIN_VARIANT_CORE) == _ends_within(a, b, MIN_VARIANT_CORE) for a in cores for b in cores]
    assert all(agree)
    assert _ends_within("revital", "vital", 5) and not _ends_within("vital", "vitalise", 5)
