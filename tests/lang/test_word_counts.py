"""The cached word counts answer as pyspellchecker does (S201 and name finding pick the most frequent word)."""

from __future__ import annotations


def test_usage_frequency_is_pyspellcheckers_for_every_listed_word_and_zero_for_others():
    from qa.lang import en_dictionary

    frequency = en_dictionary.speller().word_frequency
    total, counts = en_dictionary.word_counts()
    assert total == frequency.total_words and list(counts) == list(frequency.dictionary)
    for word in list(frequency.dictionary)[::97] + ["qzxv", "Government"]:
        assert en_dictionary.usage_frequency(word) == en_dictionary.speller().word_usage_frequency(word)


def test_a_capitalised_typo_still_gets_the_most_frequent_neighbour():
    from qa.lang import en_dictionary

    assert en_dictionary._near_known("Goverment", same_start=True) == "Government"
    assert en_dictionary._near_known("luanch") == "launch"
