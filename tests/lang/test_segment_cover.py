"""jieba's prefix dictionary is copied in part by part before a text is cut (qa.lang.segment.CoveredPrefixes)."""

from qa.lang.segment import CoveredPrefixes, cut_words, dictionary_tag, load_jieba, segment

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
        known = {frag: count for frag in inside if (count := _count(sharded, frag)) is not None}
        assert known and all(covered.get(frag) == count for frag, count in known.items()) or not text


def _count(sharded, frag: str) -> int | None:
    """The cached dictionary's count for `frag`, read from its part (prefix -> (counts, tags))."""
    part = sharded.part(frag[:2])
    return part[0].get(frag) if part else None


def test_parts_come_in_the_order_the_text_first_holds_them():
    """The dict's contents and order are those of copying each character's part, then its pair's, along the text."""
    sharded = load_jieba()[0].dt.FREQ.sharded
    covered, by_hand, tags, seen = _fresh(), {}, {}, set()
    for text in TEXTS:
        covered.cover(text)
        for k in range(len(text)):
            for prefix in (text[k], text[k : k + 2]):
                if prefix not in seen and (part := sharded.part(prefix)):
                    by_hand.update(part[0])
                    tags.update(part[1])
                seen.add(prefix)
    assert list(covered.items()) == list(by_hand.items()) and covered.tags == tags


def test_the_sample_page_cuts_into_words(sample_page):
    text = sample_page.read_text(encoding="utf-8").split("\n")[0]
    words = cut_words(text)
    assert "".join(words) == text and "政法" in words and max(map(len, words)) >= 3


def test_words_are_tagged_from_the_covered_parts_as_from_the_whole_tag_table(sample_page):
    """segment() and dictionary_tag() read the tags that come with the covered parts (CoveredPrefixes.tags):
    on the page, the tag of every word cut and of every character, as jieba.posseg's whole table has it."""
    whole = load_jieba()[1]  # jieba.posseg's table, kept whole (tests/lang/test_loaders.py)
    text = sample_page.read_text(encoding="utf-8")
    words = [word for line in text.splitlines() if line.strip() for word in segment(line)]
    assert len(words) > 1000 and sum(tag != "new" for _, tag in words) > 1000
    for word, tag in words:
        expected = whole.get(word)
        assert tag == expected or expected is None and tag in ("nrg", "new"), word
    for word in {w for w, _ in words} | set(text) | {"政法委员会", "未登录词语", "xyz", ""}:
        assert dictionary_tag(word) == whole.get(word, ""), word


def test_a_rebuild_after_texts_were_cut_writes_the_whole_dictionary_back():
    """A damaged part of qa's jieba-words file makes the map rebuild the file (qa.lang.sharded). By then
    the shared jieba tokenizer holds only the parts the texts cut so far needed and says it is initialized:
    the rebuild must still produce jieba's whole dictionary, or every later run segments differently."""
    from qa.lang.segment import _build_words, cut_words, load_jieba

    cut_words("扎赉特旗的长安君在新闻发布会上说。")  # the shared tokenizer now covers a few parts only
    jieba = load_jieba()[0]
    assert len(jieba.dt.FREQ) < 100_000
    total, (counts, tags) = _build_words(jieba)
    assert len(counts) > 300_000 and counts["中华人民共和国"] > 0 and counts["灯笼"] > 0
    # jieba's total counts a word its file lists twice twice; the dict keeps one count per word
    assert 0 <= total - sum(counts.values()) < 100 and tags["灯笼"] == "n"
