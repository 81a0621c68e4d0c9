"""The aligner's length units: characters that carry content, counted the fast way, as one by one."""

from qa.align.length import lengths, text_length


def test_whitespace_of_every_kind_does_not_count(sample_page_pairs):
    """Ideographic and no-break spaces, line and paragraph separators, the file/group separators Python
    calls whitespace: none counts, as str.isspace says, on the sample page and on every code point."""
    import sys

    texts = [p.source for p in sample_page_pairs.pairs] + [p.target for p in sample_page_pairs.pairs]
    texts += ["对 5768\u3000名逃犯\xa0开展追捕", "a\u2028b\u2029c\x1cd\x1fe\x85f\u200bg", "", " \t\n"]
    texts.append("".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000))
    assert [text_length(t) for t in texts] == [sum(1 for ch in t if not ch.isspace()) for t in texts]
    assert text_length("a\u2028b\u2029c\x1cd\x1fe\x85f\u200bg") == 8  # U+200B (zero width) is not a space: it counts
    assert lengths(["他笑了。", "He laughed."], "chars") == [4, 10]
