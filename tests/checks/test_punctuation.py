"""P501–P506 on English targets."""

import pytest

from tests.conftest import check_pair

SOURCE = "推动一批陈年积案得到昭雪。推动追逃攻坚。"


def check(check_id, target, source=SOURCE):
    return [f.target_span for f in check_pair(source, target, [check_id])]


def test_run_together_sentences():
    assert check("P501", "caused a batch of old unjust cases to be brought to light We promoted the pursuit of fugitives.") == ["light We promoted"]


@pytest.mark.parametrize("target", [
    "The “Ten Key Points” of This Year’s Political and Legal Affairs Work",
    "General Secretary Xi Jinping emphasized that we must strengthen the Party Central Committee.",
    "cases were brought to light. We promoted the pursuit of fugitives.",
])
def test_titles_names_and_stops_are_not_run_together(target):
    assert check("P501", target) == []


def test_unbalanced_quote_and_bracket():
    assert check("P502", "view the “Five Requirements as their direction", "把“五大要求”作为努力方向") != []
    assert check("P502", "the elimination of (organized crime, improve", "扫黑除恶") != []
    assert check("P502", "view the “Five Requirements” as their direction", "把“五大要求”作为努力方向") == []
    # a quotation the aligner split: the source is open the same way
    assert check("P502", "“That is a fantastical legend.", "“这可真是传奇啊！") == []


def test_repeated_word():
    assert check("P503", "promote the the high-quality development") == ["the the"]
    assert check("P503", "he had had enough; he told her her fate; Zhen Zhen laughed") == []


def test_double_space():
    assert check("P504", "the Party’s  absolute leadership") != []
    assert check("P504", "the Party’s absolute leadership") == []


def test_fullwidth_punctuation():
    assert check("P505", "political judgment，political comprehension。") == ["judgment，", "comprehension。"]
    assert check("P505", "the red gene (红色基因，communist heritage)") == []


def test_invisible_characters():
    assert check("P506", "the Party\u200b Central Committee") != []
    assert check("P506", "political loyalty as a lifeline.\u00a0General Secretary Xi Jinping") == []
    assert check("P506", "political loyalty \u00a0as a lifeline") != []
