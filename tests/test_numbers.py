"""Number mentions in Chinese and English, normalised to values."""

import pytest

from qa.lang.numbers import find_numbers, number_values, same_value


def values(text, lang):
    return [round(v, 6) for v in number_values(text, lang)]


@pytest.mark.parametrize(
    "zh, en",
    [
        ("对5768名逃犯开展追捕", "5,768 fugitives were targeted"),
        ("粉丝总数达2000万", "a total of 20 million fans"),
        ("阅读量达1.12亿", "read 112 million times"),
        ("10万+爆款文章", "100,000+ hit articles"),
        ("2月2日,中央政法委召开大会", "On February 2, the Committee held a meeting"),
        ("占比百分之三十", "accounting for 30 percent"),
        ("开展为期五个月的集中整治", "carried out a five-month rectification"),
        ("“四个一百”", "“Four 100s”"),
        ("“五大要求”", "the “Five Requirements”"),
        ("第三", "third"),
    ],
)
def test_equal_values_on_both_sides(zh, en):
    assert set(values(zh, "zh")) == set(values(en, "en"))


def test_fourteenth_five_year_plan():
    assert set(values("以法治力量助推“十四五”开好局", "zh")) == {14.0, 5.0}
    assert set(values("the “14th Five-Year Plan”", "en")) == {14.0, 5.0}


def test_chinese_numerals_parsed():
    assert values("三十五岁", "zh") == [35.0]
    assert values("二〇二一年", "zh") == [2021.0]
    assert values("十四亿人", "zh") == [1_400_000_000.0]


@pytest.mark.parametrize("text", ["一些问题", "统一部署", "一带一路", "十分重要", "百姓安乐", "千方百计", "千万别告诉人"])
def test_numerals_inside_words_are_not_numbers(text):
    assert values(text, "zh") == []


def test_one_as_pronoun_is_not_a_number():
    assert values("one of the most popular events", "en") == []
    assert values("no one knows", "en") == []
    assert values("one case", "en") == [1.0]


def test_spans_are_exact_text():
    text = "抓获2000万元,其中１２名"
    for m in find_numbers(text, "zh"):
        assert text[m.start:m.end] == m.text
    assert [m.text for m in find_numbers(text, "zh")] == ["2000万", "１２"]


def test_covid_19_is_not_a_number():
    assert values("the COVID-19 epidemic", "en") == []


def test_same_value_allows_rounding_noise_only():
    assert same_value(1.12 * 10**8, 112_000_000)
    assert not same_value(5768, 5678)
