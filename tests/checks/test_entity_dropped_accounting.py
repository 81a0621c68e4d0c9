"""M106: a word of the target that seems to account for a dropped country or place is weighed against the
source's own words it translates (issue 15, drop-entity misses on news22 and WMT19). Each published pair
stays quiet; with the entity dropped it is reported."""

from __future__ import annotations

from tests.conftest import check_pair


def missing(source: str, target: str) -> list[str]:
    return [f.source_span for f in check_pair(source, target, ("M106",))]


def _both(pair: tuple[str, str], old: str, name: str) -> None:
    source, target = pair
    dropped = target.replace(old, "", 1)
    assert dropped != target, old
    assert name not in missing(source, target)
    assert name in missing(source, dropped)


def test_our_country_of_a_malaysian_paper_is_its_own_woguo(ref_a, ref_b):
    """“…中国厂家…运抵我国” in a Malaysian paper: "our country" renders 我国 (Malaysia), not the 中国 left out."""
    _both(ref_a[("gt22-d015", "64")], " in China", "中国")
    _both(ref_b[("gt22-d015", "64")], " in China", "中国")


def test_our_country_for_guonei_accounts_for_no_china(ref_a):
    """非原厂在中国生产…只是国内都沿用该说法: "in our country" translates 国内; the factory in China is gone."""
    _both(ref_a[("gt22-d003", "16")], " in China", "中国")


def test_the_country_for_the_countryside_is_no_china(wmt19):
    """"the most beautiful memory is from the country" translates 乡村: no stand-in for 中国农业品牌研究专家."""
    _both(wmt19["1954"], " in China", "中国")


def test_chinese_of_overseas_chinese_is_no_adjective_of_china(wmt19):
    """许多华侨华人…回中国: "overseas Chinese" translates 华侨华人, and "come back" alone leaves 中国 out."""
    _both(wmt19["1043"], " to China", "中国")


def test_washington_for_huafu_stands_for_no_america(wmt19):
    """中国…对美国大豆加征…反制华府: "Washington" renders 华府, so the soybeans' America is left out."""
    _both(wmt19["65"], " from America", "美国")


def test_the_country_an_embassy_is_in_is_no_qualifier(wmt19):
    """中国驻印度尼西亚大使馆 "China's Embassy in Indonesia": the host country is where the office is."""
    _both(wmt19["620"], " in Indonesia", "印度尼西亚")


def test_a_district_named_with_its_unit_word_is_not_read_by_meaning(wmt19):
    """海沧区、集美区、同安区和翔安区 → "Haicang, Jimei and Xiang’an districts": "districts" translates 区, not 同安."""
    source, target = wmt19["586"]
    dropped = target.replace("Jimei, Tongan and", "Jimei and", 1)
    assert dropped != target
    assert "同安区" not in missing(source, target)
    assert "同安区" in missing(source, dropped)


def test_the_names_other_mentions_are_no_other_word_its_adjective_translates(ref_a):
    """英国 three times (英国经验主义, 英国功利主义, 英国进化论) → "British", "British", "Britain": the name's own
    mentions are no other source word that "British" translates, so nothing is missing."""
    assert "英国" not in missing(*ref_a[("gt22-d024", "19")])


def test_a_persons_description_in_the_dictionary_is_no_word_the_adjective_translates(wmt19):
    """中国女排主教练郎平 → "Chinese women's volleyball coach Lang Ping": CC-CEDICT describes 郎平 as a "Chinese
    volleyball player", but 郎平 is rendered as her name, and "Chinese" renders 中国."""
    assert "中国" not in missing(*wmt19["364"])


def test_an_adjective_counts_against_another_word_only_where_that_words_gloss_is_written(ntrex):
    """接受了美国估计1.4亿美元的援助 → "$140 million in American aid": 美元 "American dollar" is written "$", so
    "American" renders 美国. 英国内战 → "the English civil wars": "English" is England's (abbr. for England)."""
    assert "美国" not in missing(*ntrex[("nytimes.184804", "5")])
    assert "英国" not in missing(*ntrex[("telegraph.405401", "5")])


def test_region_of_the_provinces_regions_and_municipalities_is_no_dateline_city(ref_b):
    """新华社北京12月11日电 … 各省区市 → "Message from Beijing …", "each province, region and municipality":
    "region" translates 省区市, so a dateline that loses "from Beijing" has left 北京 out."""
    _both(ref_b[("gt22-d020", "2")], "from Beijing ", "北京")
