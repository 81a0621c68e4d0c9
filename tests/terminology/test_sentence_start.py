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


def test_every_character_is_read_as_the_forward_search_reads_it():
    """The backwards reading sorts characters into openers, closers and white space by hand: each character
    of the Basic Multilingual Plane, alone, after a word, and between a word and a closing quote, as the
    forward search's classes (\\s included) sort it."""
    from qa.terminology.case_names import OPENS_SENTENCE, opens_sentence

    for code in range(0x10000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        for text in (char, "word" + char, "word" + char + "”", "word" + char + " "):
            assert opens_sentence(text, len(text)) == bool(OPENS_SENTENCE.search(text)), (hex(code), text)
