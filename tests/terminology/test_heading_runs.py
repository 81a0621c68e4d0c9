"""T104's body runs (heading_variants._body_ngrams), looked up from a heading's first and last words: every run
the plain definition gives, in its order."""

from __future__ import annotations

import random
import re


def _every_run(text, tokens, sizes, firsts, lasts):
    """The definition, tried at every start and length: words joined by spaces or a hyphen only."""
    low = [t.text.lower() for t in tokens]
    for start in range(len(tokens)):
        for end in range(start + 1, min(len(tokens), start + max(sizes)) + 1):  # no run is longer
            gaps = [text[tokens[k].end : tokens[k + 1].start] or "x" for k in range(start, end - 1)]
            if (end - start in sizes and all(re.fullmatch(r"[ \u00a0]+|-", g) for g in gaps)
                    and (low[start] in firsts or low[end - 1] in lasts)):
                yield text[tokens[start].start : tokens[end - 1].end], tuple(low[start:end])


def test_the_runs_are_the_definitions(sample_page):
    from qa.lang.en_words import english_tokens
    from qa.model import Pair
    from qa.terminology.heading_variants import _body_ngrams

    rng = random.Random(7)
    lines = [line for line in sample_page.read_text(encoding="utf-8").splitlines() if re.search(r"[A-Za-z]", line)]
    lines += ["the rural-revitalization work, and rural revitalization  work; the work of rural revitalization"]
    compared = 0
    for line in lines:
        tokens = english_tokens(line)
        words = [t.text.lower() for t in tokens]
        for _ in range(4):
            sizes = set(rng.sample(range(1, 7), rng.randint(1, 3)))
            firsts, lasts = set(rng.sample(words, min(2, len(words)))), set(rng.sample(words, min(2, len(words))))
            found = [(p.text, p.words) for p in _body_ngrams(Pair("x", "", line), tokens, sizes, firsts, lasts)]
            assert found == list(_every_run(line, tokens, sizes, firsts, lasts)), (line, sizes, firsts, lasts)
            compared += bool(found)
    assert compared > 50
