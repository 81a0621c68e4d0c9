"""English word forms and stop words: one list and one ending-stripper for every English-side analysis."""

from __future__ import annotations

from qa.align import cedict as align_cedict
from qa.lang.en_words import STOP_WORDS, english_keys, same_word, stem, word_core


def test_one_stop_word_list():
    assert align_cedict.STOPWORDS is STOP_WORDS
    assert {"the", "somebody", "said", "between"} <= STOP_WORDS  # from both former lists
    assert align_cedict.english_stems("He said the rates rose between two tasks") == frozenset({"rates", "rose", "two", "tasks"})
    assert "said" not in english_keys("He said the rates rose")


def test_stem_is_the_first_five_letters_and_the_core_drops_one_ending():
    assert stem("Governance") == stem("government") == "gover"
    assert stem("rates") != stem("rate")  # the aligner's key; word_core (variants) strips endings instead
    assert word_core("revitalization") == "revital" and word_core("rural") == "rural"


def test_same_word_is_a_shared_beginning():
    assert same_word("social", "society") and same_word("political", "politics")
    assert not same_word("construct", "constitute")
