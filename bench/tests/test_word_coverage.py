"""The stage-2 coverage measure: a source word is unmatched when no English word carries one of its senses."""

from __future__ import annotations

from bench.word_coverage import content_words, deletable, unmatched

# the sample page's wording (pair p0012 of ten-key-points-2021)
SOURCE = "2月2日,中央政法委召开年度工作总结暨部署大会,研究政法工作高质量发展。"
TARGET = ("On February 2, the Central Political and Legal Affairs Committee held an annual work summary and "
          "deployment meeting, and studied the high-quality development of political and legal affairs work.")


def test_a_translated_sentence_leaves_its_content_words_matched():
    words = dict(content_words(SOURCE))
    assert words.get("年度") == "noun" and words.get("召开") == "verb"
    assert ("年度", "noun") not in unmatched(list(words.items()), TARGET)


def test_deleting_the_english_word_leaves_its_source_word_unmatched():
    words = content_words(SOURCE)
    without_annual = TARGET.replace("an annual ", "a ")
    assert ("年度", "noun") in unmatched(words, without_annual)


def test_only_words_of_one_english_part_of_speech_are_deleted():
    adjectives = [m.group() for m in deletable(TARGET, "adjective")]
    assert adjectives == ["political", "legal"]  # "annual" is a noun too; "Central" is capitalised
