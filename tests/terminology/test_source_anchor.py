"""T105's short-form search (source_anchor), read faster (a memo, a text lacking a character answered at once,
candidates filtered before their sort): on a real page, the same places and candidates as the plain definition."""

from __future__ import annotations

import random

from qa.lang.zh import HAN_RUN
from qa.terminology.source_anchor import _MAX_GAP, _SENTENCE_CHARS, expansion_ends, han_strings, short_candidates


def _plain_ends(short: str, text: str) -> list[int]:
    """The definition: from every place of the first character, each next one at most three Chinese characters on."""
    ends = []
    for start in (i for i, c in enumerate(text) if c == short[0]):
        k = start
        for char in short[1:]:
            window = text[k + 1 : k + 2 + _MAX_GAP]
            j = window.find(char)
            if j == -1 or (j and not HAN_RUN.fullmatch(window[:j])):
                break
            k += 1 + j
        else:
            ends.append(k + 1)
    return ends


def _sources(sample_page) -> list[str]:
    from qa.pipeline import load_alignment

    return [p.source for p in load_alignment(sample_page).pairs if HAN_RUN.search(p.source)]


def test_the_places_are_the_definitions(sample_page):
    rng = random.Random(11)
    sources = _sources(sample_page)
    found = 0
    for source in sources:
        for short in rng.sample(sorted(han_strings(source, 2)), 20):
            for text in rng.sample(sources, 8) + [source]:
                ends = expansion_ends(short, text)
                assert list(ends) == _plain_ends(short, text), (short, text)
                assert expansion_ends(short, text) == ends  # asked again, from the memo
                found += bool(ends) and short not in text  # a short form of a longer name: the scan's own case
    assert found >= 10


def test_the_strings_are_the_definitions(sample_page):
    for source in _sources(sample_page):
        for shortest in (1, 2, 3):
            plain = {run[i:j] for run in HAN_RUN.findall(source) for i in range(len(run))
                     for j in range(i + shortest, min(len(run), i + 8) + 1)}
            assert han_strings(source, shortest) == plain


def test_the_candidates_are_the_definitions(sample_page):
    for source in _sources(sample_page):
        plain = [c for c in sorted(han_strings(source, 2), key=lambda s: (-len(s), s))
                 if not (len(c) > 4 or c[0] in _SENTENCE_CHARS or c[-1] in _SENTENCE_CHARS)]
        assert short_candidates(source) == plain
