"""T105's sentence-start test, matched backwards from the word: the answer of the forward search at every offset."""

from __future__ import annotations

import re


def test_backwards_match_answers_as_the_forward_search(sample_page, mac_dev):
    from qa.terminology.case_names import OPENS_SENTENCE, opens_sentence

    lines = [line for path in (sample_page, mac_dev / "en" / "001") for line in path.read_text(encoding="utf-8").splitlines()]
    texts = [line for line in lines if re.search(r"[A-Za-z]", line)][:120] + [
        "", "x", '"', "x'\"", "Yes. ‘Party", 'He said: "', "(Ministry", "— and", "end\n", "a )] \t b", "…” ’ ",
    ]
    checked = 0
    for text in texts:
        for end in range(len(text) + 1):
            assert opens_sentence(text, end) == bool(OPENS_SENTENCE.search(text[:end])), (text, end)
            checked += 1
    assert checked > 20_000
