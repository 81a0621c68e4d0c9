"""The omission injectors cut what they say, chosen by English structure and part of speech."""

from bench.inject_omission import approximators, focus_adverbs, list_deletions, measured_numerals
from qa.model import Pair

# WMT22 general test, reference A
FREEDOM = "and shall play the leading role in promoting global freedom, democracy and human rights. During the epidemic"


def test_each_item_of_an_english_list_can_be_cut_leaving_a_list():
    made = {FREEDOM[:a] + text + FREEDOM[b:] for a, b, text in list_deletions(FREEDOM)}
    assert made == {
        FREEDOM.replace("global freedom, democracy and", "global freedom and"),  # inner item
        FREEDOM.replace("global freedom, democracy", "democracy"),  # first item: its nouns and adjectives
        FREEDOM.replace("freedom, democracy and human rights", "freedom and democracy"),  # last item
    }


def test_no_list_is_no_deletion():
    assert list_deletions("Moran said the focus remains on rebalancing the fleet.") == []


def test_an_approximator_before_a_figure_is_offered_and_a_preposition_is_not():
    pair = Pair("p", "共吸引全市256支代表队的近3600名球员参加。", "It attracted nearly 3,600 athletes from 256 teams on May 23.")
    assert [pair.target[a:b] for a, b in approximators(pair)] == ["nearly "]


def test_a_figure_before_a_noun_with_a_source_measure_word_is_offered():
    pair = Pair("p", "从三个方面阐述了全会精神", "explained the spirit of the plenary session in terms of three aspects")
    assert [pair.target[a:b] for a, b in measured_numerals(pair)] == ["three "]


def test_a_focusing_adverb_is_offered_but_not_inside_a_hyphenated_word():
    pair = Pair("p", "我甚至不认为", "I don’t even think the take-off is only a start.")
    assert [pair.target[a:b] for a, b in focus_adverbs(pair)] == ["even ", "only "]
