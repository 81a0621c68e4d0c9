"""jieba's prefix dictionary is copied in part by part before a text is cut (qa.lang.segment.CoveredPrefixes)."""

from qa.lang.segment import CoveredPrefixes, cut_words, load_jieba

TEXTS = ["中央政法委召开全国政法队伍教育整顿动员部署会议。", "海湾合作委员会（海合会）峰会", "ab中国ab", "中", ""]


def _fresh() -> CoveredPrefixes:
    return CoveredPrefixes(load_jieba()[0].dt.FREQ.sharded)


def test_every_word_inside_a_covered_text_is_there():
    """Every dictionary key that is a substring of the text, as jieba asks for them, with its count."""
    sharded = load_jieba()[0].dt.FREQ.sharded
    covered = _fresh()
    for text in TEXTS:
        covered.cover(text)
        inside = {text[k : k + n] for k in range(len(text)) for n in range(1, 9) if k + n <= len(text)}
        known = {frag for frag in inside if frag in sharded}
        assert known and all(covered.get(frag) == sharded[frag] for frag in known) or not text


def test_parts_come_in_the_order_the_text_first_holds_them():
    """The dict's contents and order are those of copying each character's part, then its pair's, along the text."""
    sharded = load_jieba()[0].dt.FREQ.sharded
    covered, by_hand, seen = _fresh(), {}, set()
    for text in TEXTS:
        covered.cover(text)
        for k in range(len(text)):
            for prefix in (text[k], text[k : k + 2]):
                if prefix not in seen:
                    seen.add(prefix)
                    by_hand.update(sharded.part(prefix))
    assert list(covered.items()) == list(by_hand.items())


def test_the_sample_page_cuts_into_words(sample_page):
    text = sample_page.read_text(encoding="utf-8").split("\n")[0]
    words = cut_words(text)
    assert "".join(words) == text and "政法" in words and max(map(len, words)) >= 3
