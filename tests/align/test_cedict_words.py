"""The aligner's dictionary words: forward maximum matching, the longest CC-CEDICT headword at each position."""

from qa.align import cedict


def _longest_first(text: str) -> list[frozenset[str]]:
    """The matching as its definition reads: headwords of MAX_WORD characters down to two, one lookup each."""
    found, i = [], 0
    while i < len(text):
        for length in range(min(cedict.MAX_WORD, len(text) - i), 1, -1):
            stems = cedict.index().get(text[i : i + length])
            if stems is not None:
                found.append(stems)
                i += length
                break
        else:
            i += 1
    return found


def test_the_words_of_the_sample_page_are_the_longest_headwords_at_each_position(sample_page_pairs):
    """chinese_words fetches the part of the index under a position's first two characters once and tries
    every length in it: the same words as one lookup per length (every paragraph of the page)."""
    for pair in sample_page_pairs.pairs:
        assert cedict._chinese_words.__wrapped__(pair.source) == tuple(_longest_first(pair.source))
    assert len(cedict.chinese_words("政法工作高质量发展")) >= 3
