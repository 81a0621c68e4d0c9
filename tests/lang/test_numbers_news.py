"""How news and official Chinese write figures (issue 16): units, approximations, decades, dates, times, codes.

The strings are from the WMT19 and WMT22 news references (../shared/dev-corpora,
../shared/bench/errors/news22) and from issue 16; each expected value is written out by hand.
"""

import pytest

from qa.lang.numbers import find_numbers


def read(text, lang="zh"):
    return [(m.text, m.value, m.kind, m.alternatives) for m in find_numbers(text, lang)]


@pytest.mark.parametrize(
    "zh, value",
    [
        ("装机300余万千瓦", 3_000_000),  # over 3 million kW: 余 before the scale, 千瓦 a unit
        ("年产12多万吨", 120_000),
        ("2000多万人", 20_000_000),
        ("治疗仍需要30余万费用", 300_000),
        ("42.9万余人次", 429_000),
    ],
)
def test_approximation_before_or_after_the_scale_is_one_rough_figure(zh, value):
    [(text, found, kind, _)] = read(zh)
    assert (found, kind) == (value, "approx")


@pytest.mark.parametrize(
    "zh, value",
    [
        ("500万千瓦", 5_000_000),  # not 5 billion: 千瓦 is kilowatt
        ("10万千米", 100_000),
        ("市值蒸发 2510 亿美元", 251_000_000_000),  # a space before the scale
        ("共发出2万4801张报生纸", 24_801),
        ("1.2万亿元", 1_200_000_000_000),  # 万亿 is still one scale
    ],
)
def test_scale_and_unit_prefixes(zh, value):
    assert [m.value for m in find_numbers(zh, "zh")] == [value]


@pytest.mark.parametrize(
    "zh, values",
    [
        ("上世纪90年代", (90, 1990)),
        ("20世纪60年代", (1960, 20, 1900, 60, 1960)),  # one date: "the 1960s" (or the 20th century's sixties)
        ("上世纪六七十年代", (60, 70, 1960, 1970)),
        ("18世纪末", (18, 1700)),  # late 18th century, the late 1700s
        ("00后", (0, 2000)),
        ("摄影师是95后的弟弟", (95, 1995)),
        ("近7成集中于制造业", (7, 70)),  # 七成: 70 %
    ],
)
def test_decades_centuries_generations_and_tenths(zh, values):
    assert tuple(v for m in find_numbers(zh, "zh") for v in m.values) == values


def test_generation_needs_two_digits():
    assert [m.values for m in find_numbers("三年后", "zh")] == [(3.0,)]


@pytest.mark.parametrize(
    "zh, en",
    [
        ("12月8日至10日举行", "held from December 8 to 10"),
        ("8月3和8月9日", "August 3 and 9"),
        ("2021.6.11部分圈中售出", "June 11, 2021, some have been sold"),
        ("韩国今年中秋节落在9月24-26日", "the Mid-Autumn Festival was from September 24-26"),
        ("于2019年3月31日止财年", "the financial year ended 31 March, 2019"),
        ("此趟中欧班列于9月14日由成都始发", "On the 14th of September, the train departed"),
    ],
)
def test_dates_match_in_either_order(zh, en):
    """Every mention on each side has one of its values on the other side (what N202/N203 ask)."""
    zh_values = {v for m in find_numbers(zh, "zh") for v in m.values}
    en_values = {v for m in find_numbers(en, "en") for v in m.values}
    assert all(set(m.values) & en_values for m in find_numbers(zh, "zh"))
    assert all(set(m.values) & zh_values for m in find_numbers(en, "en"))


def test_bare_day_of_month_is_a_day():
    assert read("毛里求斯10日首次报告") == [("10", 10.0, "day", ())]
    assert read("December 10", "en") == [("December 10", 1210.0, "date", (10.0,))]


@pytest.mark.parametrize(
    "zh, en, value",
    [
        ("早8时", "at 8:00 am", 8),
        ("每日9时和21时各发布一次", "at 9:00 and 9 p.m.", 21),
        ("7点半", "at 7:30", 730),
        ("中午11时30分", "at 11:30 am", 1130),
        ("由最初预计 18:40 送达", "delivered by 6:40 pm", 1840),
        ("早上 5 点 9 分就已经下单", "placed the order at 05:09", 509),
        ("30日下午1点", "from 1:00 pm", 13),
    ],
)
def test_clock_times_are_one_value_not_two(zh, en, value):
    zh_times = [m for m in find_numbers(zh, "zh") if m.kind == "time"]
    en_times = [m for m in find_numbers(en, "en") if m.kind == "time"]
    assert en_times and zh_times
    assert value in {v for m in zh_times for v in m.values} and value in {v for m in en_times for v in m.values}
    assert all(m.value != 0 for m in find_numbers(en, "en"))  # the "00" of 8:00 is no number


def test_a_minute_apart_is_another_time():
    assert {m.value for m in find_numbers("21:19", "en")}.isdisjoint({m.value for m in find_numbers("21：20", "zh")})


def test_points_and_scores_are_not_times():
    assert read("提出28点建议") == [("28", 28.0, "cardinal", ())]
    assert [m.value for m in find_numbers("以25：18较为顺利地拿下首局", "zh")] == [25, 18]
    assert [m.value for m in find_numbers("won the game at 25:18", "en")] == [25, 18]


def test_codes_compare_by_their_digits():
    code = "424.10.0.20.02.002/27.60.55.001"
    assert [m.value for m in find_numbers(code, "zh")] == [4241002002002, 276055001]
    assert [m.value for m in find_numbers(code, "en")] == [4241002002002, 276055001]
    assert [m.value for m in find_numbers("424.10.0.20.02.003", "en")] == [4241002002003]


@pytest.mark.parametrize(
    "zh, values",
    [
        ("小学生三四五六年级阅读", [3, 4, 5, 6]),
        ("正版一二三年级", [1, 2, 3]),
        ("二〇二一年", [2021]),  # years stay whole
        ("一九八四年", [1984]),
    ],
)
def test_listed_grades_are_separate_figures(zh, values):
    assert [m.value for m in find_numbers(zh, "zh")] == values


def test_percent_range_in_words():
    assert read("百分之七八十能救过来") == [("百分之七八十", 70.0, "percent", (80.0,))]


@pytest.mark.parametrize(
    "en, values",
    [
        ("Since the mid-2000s", [2000]),
        ("the post-90s generation", [90]),
        ("modern ethics (17th-18th century", [17, 18]),
        ("F-35C fighter and CMV-22 aircraft", []),  # designations stay out
    ],
)
def test_english_figures_after_a_hyphen(en, values):
    assert [m.value for m in find_numbers(en, "en")] == values


@pytest.mark.parametrize(
    "en, values",
    [
        ("Thirdly, the export goods were not", [3]),
        ("(III) Export goods are not goods", [3]),
        ("Part III: political ethics", [3]),
        ("the \"four in one\" three-dimensional traffic pattern", [4, 1]),  # 立体 is no count of three
    ],
)
def test_english_list_numbers_and_words(en, values):
    assert [m.value for m in find_numbers(en, "en")] == values


def test_national_day_and_abbreviated_year_ranges():
    assert read("“十一”小长假已经开始") == [("十一", 11.0, "approx", (1001.0,))]
    assert read("十一个人") == [("十一", 11.0, "cardinal", ())]  # eleven people stays eleven
    assert read("比2009-11年平均的60%为高")[1] == ("11", 11.0, "cardinal", (2011.0,))
