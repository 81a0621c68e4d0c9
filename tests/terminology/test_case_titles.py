"""T105's title runs (qa.terminology.case_titles): the test made before a pattern is compiled for a word
holds wherever the word's pattern matches, on real text, and rules most words out."""

from __future__ import annotations

import re

from qa.terminology.case_titles import _SMALL_IN_TITLE, _TITLE_WORD, _between_title_words
from tests.checks.test_consistency_capitals import REF_A, REF_B
from tests.corpora import story, with_target_changed


def _pattern_matches(text: str, written: str) -> bool:
    """title_run_elsewhere's own search for the word."""
    pattern = (rf"(?<![\w'’-])({_TITLE_WORD} {_SMALL_IN_TITLE}){re.escape(written)}"
               rf"( {_SMALL_IN_TITLE}{_TITLE_WORD})(?![\w'’-])")
    return re.search(pattern, text) is not None


def test_the_pre_test_holds_wherever_the_pattern_matches(sample_page, mac_dev):
    texts = [line for path in (sample_page, mac_dev / "en" / "004") for line in path.read_text(encoding="utf-8").splitlines()]
    books = story(REF_A, "gt22-d019")
    texts += [p.target for p in books] + [p.target for p in story(REF_B, "gt22-d019")]
    texts += [p.target for p in with_target_changed(books, "p0025", "Chinese Dumplings and", "Chinese dumplings and")]
    asked = matched = ruled_out = 0
    for text in texts:
        for written in set(re.findall(r"\b[a-z]{3,}\b", text)):
            asked += 1
            if _pattern_matches(text, written):
                matched += 1
                assert _between_title_words(text, written), (written, text)
            ruled_out += not _between_title_words(text, written)
    assert matched >= 20  # "Chinese dumplings and Tangyuan", "Party of China", small words on either side
    assert ruled_out >= 0.8 * asked
