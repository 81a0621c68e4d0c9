"""Number mentions in Chinese and English, normalised to values."""

import pytest

from qa.lang.numbers import find_numbers, number_values, same_value


def values(text, lang):
    return [round(v, 6) for v in number_values(text, lang)]


@pytest.mark.parametrize(
    "zh, en, expected",
    [
        ("对5768名逃犯开展追捕", "5,768 fugitives were targeted", [5768]),
        ("粉丝总数达2000万", "a total of 20 million fans", [20_000_000]),
        ("阅读量达1.12亿", "read 112 million times", [112_000_000]),
        ("10万+爆款文章", "100,000+ hit articles", [100_000]),
        ("2月2日,中央政法委召开大会", "On February 2, the Committee held a meeting", [202]),  # month·100 + day
        ("占比百分之三十", "accounting for 30 percent", [30]),
        ("开展为期五个月的集中整治", "carried out a five-month rectification", [5]),
        ("“四个一百”", "“Four 100s”", [4, 100]),
        ("“五大要求”", "the “Five Requirements”", [5]),
        ("第三", "third", [3]),
    ],
)
def test_equal_values_on_both_sides(zh, en, expected):
    """Each side is read as the values a reader sees, written out by hand: never two empty lists."""
    assert values(zh, "zh") == pytest.approx(expected)
    assert values(en, "en") == pytest.approx(expected)


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


def test_approximate_ranges_and_rough_figures():
    got = {m.text: (m.values, m.kind) for m in find_numbers("十四五岁、十七八个、三二十个、七八十人、三四万人、四十多年、百余人", "zh")}
    assert got["十四五"] == ((14.0, 15.0), "approx")
    assert got["十七八"] == ((17.0, 18.0), "approx")
    assert got["三二十"] == ((20.0, 30.0), "approx")
    assert got["七八十"] == ((70.0, 80.0), "approx")
    assert got["三四万"] == ((30000.0, 40000.0), "approx")
    assert got["四十"] == ((40.0,), "approx")
    assert got["百"] == ((100.0,), "approx")
    assert [m.values for m in find_numbers("一百多亿年前", "zh")] == [(1e10,)]
    # the Five-Year Plan is still an ordinal and a five
    assert values("实施十四五规划", "zh") == [14, 5]


def test_numerals_in_names_idioms_and_place_words_are_not_numbers():
    for text in ("茅十八在酒馆里", "七零八落的声音", "五湖四海", "十八般武艺", "四周围很安静", "四处都是木板"):
        assert find_numbers(text, "zh") == [], text
    assert values("七名大汉", "zh") == [7]


def test_english_pronoun_ordinals_and_decades():
    assert 3 not in values("One cursed him, another laughed, a third called him a leper.", "en")
    assert values("the third time", "en") == [3]
    from qa.lang.numbers import loose_number_values

    assert 40.0 in loose_number_values("FOUR DECADES of stories", "en")


def test_measures_in_both_languages():
    from qa.lang.numbers import find_measures, same_measure

    (height, weight) = find_measures("身高一米六零，体重六十公斤", "zh")
    (feet, pounds) = find_measures("five feet four inches tall and about 130 pounds", "en")
    assert same_measure(height, feet) and same_measure(weight, pounds)
    assert not same_measure(weight, find_measures("180 pounds", "en")[0])
