"""M106: the source words that account for a place word of the target ("the country", "region", "Chinese")
are counted as words the target renders so, not as characters that happen to meet (review of issue 15).
Each correct sentence stays quiet; without the place word it is reported."""

from __future__ import annotations

import pytest

from tests.conftest import check_pair


def missing(source: str, target: str) -> list[str]:
    return [f.source_span for f in check_pair(source, target, ("M106",))]


@pytest.mark.parametrize(("source", "target", "word"), [
    ("去年中国农村居民人均可支配收入增长6.3%。",
     "Last year, the per capita disposable income of rural residents in the country grew 6.3 percent.", " in the country"),
    ("中国乡村振兴取得成效。", "Rural revitalization in the country has achieved results.", " in the country"),
    ("中国的乡村正在发生变化。", "The country's countryside is changing.", "The country's c"),
])
def test_the_country_beside_a_countryside_rendered_rural_is_china(source: str, target: str, word: str) -> None:
    """农村 rendered "rural" ("countryside") is not the "country": that word is left to 中国."""
    assert missing(source, target) == []
    assert "中国" in missing(source, target.replace(word, " C" if word.endswith("c") else "", 1))


@pytest.mark.parametrize(("source", "target"), [
    ("中国欢迎外国人来投资。", "Our country welcomes foreign investors."),
    ("中国将扩大开放，美国国内对此反应不一。",
     "Our country will open up further, and reactions within the United States are mixed."),
])
def test_our_country_is_china_beside_another_countrys_guoren_or_guonei(source: str, target: str) -> None:
    """外国人 "foreigners" and 美国国内 "within the US" hold 国人, 国内 but are no speaker's own country."""
    assert missing(source, target) == []
    assert "中国" in missing(source, target.replace("Our country", "It", 1))


def test_our_country_still_renders_a_guonei_of_its_own() -> None:
    """A 国内 of its own ("at home") is still the speaker's country: "our country" translates it."""
    assert "中国" in missing("中国企业在国内扩大投资。", "Companies are expanding investment in our country.")


def test_a_gloss_counts_as_often_as_the_target_writes_it() -> None:
    """华侨 twice, "overseas Chinese" once: the other "Chinese" ("the Chinese government") is 中国's."""
    source = "中国政府关心华侨，华侨也关心祖国。"
    target = "The Chinese government cares about overseas Chinese, who in turn care about the motherland."
    assert missing(source, target) == []


@pytest.mark.parametrize(("source", "target"), [
    ("新疆城区市民生活改善。", "Urban residents in the region are living better."),
    ("新疆开发区市场繁荣。", "Markets in the region's development zones are thriving."),
])
def test_region_is_xinjiang_where_qu_and_shi_only_meet(source: str, target: str) -> None:
    """城区|市民, 开发区|市场: no list of regions and cities (各省区市), so "the region" is 新疆."""
    assert missing(source, target) == []
    assert "新疆" in missing(source, target.replace(" in the region's", "", 1).replace(" in the region", "", 1))


def test_ethnic_chinese_renders_huaren_and_stands_for_no_china() -> None:
    """华人 is glossed "ethnic Chinese person or people", which the English shortens to "ethnic Chinese": that
    "Chinese" renders 华人, and "came back" alone leaves 中国 out."""
    assert missing("许多华人回到中国。", "Many ethnic Chinese came back.") == ["中国"]
    assert missing("许多华人回到中国。", "Many ethnic Chinese came back to China.") == []
