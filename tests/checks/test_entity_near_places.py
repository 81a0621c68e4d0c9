"""M106/M107: a place one letter or one sound off the source's place, which the gazetteer names as another
place, is that other place, not the source's written otherwise (review of issue 15): 南宁 "Nanjing" is
南京, 山西 "Shaanxi" is 陕西, 甘比亚 "Zambia" is 赞比亚."""

from __future__ import annotations

import pytest

from tests.conftest import check_pair

IDS = ("M104", "M106", "M107")


@pytest.mark.parametrize(("place", "wrong", "right"), [
    ("南宁", "Nanjing", "Nanning"),
    ("山西", "Shaanxi", "Shanxi"),
    ("甘比亚", "Zambia", "Gambia"),
])
def test_another_place_a_letter_or_a_sound_off_is_no_rendering(place: str, wrong: str, right: str) -> None:
    source = f"代表团访问了{place}。"
    assert check_pair(source, f"The delegation visited {right}.", IDS) == []
    assert [f.source_span for f in check_pair(source, f"The delegation visited {wrong}.", IDS)] == [place]


def test_a_name_a_letter_apart_that_names_no_other_place_is_still_its_spelling() -> None:
    """"Uighur" for 维吾尔 (CC-CEDICT: Uyghur) names no other place: the name is rendered."""
    source = "新疆维吾尔自治区的代表团访问了北京。"
    assert check_pair(source, "The delegation of Xinjiang Uighur Autonomous Region visited Beijing.", IDS) == []


@pytest.mark.parametrize("source", ["副市长江明表示，经济稳定。", "市长江明表示，经济稳定。"])
def test_a_titles_zhang_and_the_surname_jiang_are_no_yangtze(source: str) -> None:
    """市长|江明: jieba reads 长江 across the title and the surname; no river is left out."""
    target = ("Deputy Mayor" if source.startswith("副") else "Mayor") + " Ming said the economy was stable."
    assert "长江" not in [f.source_span for f in check_pair(source, target, IDS)]


def test_the_yangtze_after_a_city_is_still_the_river() -> None:
    """城市|长江: 市 ends the word 城市, and the river left out is reported."""
    source = "这座城市长江水位上涨。"
    assert [f.source_span for f in check_pair(source, "The water level in this city rose.", IDS)] == ["长江"]
    assert check_pair(source, "The water level of the Yangtze River in this city rose.", IDS) == []
