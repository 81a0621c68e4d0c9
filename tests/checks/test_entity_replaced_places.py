"""M107 where a place is replaced inside a longer name, by a pinyin word no dictionary knows, or by a
province CC-CEDICT also gives another sense (published news pairs, one place spoiled)."""

from tests.conftest import check_pair


def replaced(source: str, target: str) -> list[tuple[str, str]]:
    return [(f.source_span, f.target_span) for f in check_pair(source, target, ["M107"])]


FORUM = ("2021年大湾区科学论坛当日在广东省广州市开幕，主题为“探索未来，共享科学”，由广东省人民政府主办。",
         "2021 Greater Bay Area Science Forum hosted by Guangdong Province People’s Government opened that day in "
         "Guangzhou, Guangdong Province, with the theme “Exploring the future and sharing science”.")


def test_a_province_replaced_inside_a_longer_name():
    """news22 ref A gt22-d012 p0004: 广东省 twice, "Guangdong" twice; one of them made "Gansu"."""
    source, target = FORUM
    assert replaced(source, target) == []
    assert replaced(source, target.replace("Guangdong Province People’s", "Gansu Province People’s")) == [
        ("广东省", "Gansu Province")]


def test_a_city_inside_a_company_name_is_no_country():
    """WMT19 newstest l1470: 武船集团 is "Wuchang Shipbuilding Industry Group"; the English drops 中国,
    and the city in the company's name stands for no country."""
    source = "9月29日，中国首艘3000吨级大型浮标船“向阳红22”轮在中国武船集团下水。"
    target = ("On September 29, the first 3000-ton large-scale buoy vessel \"Xiangyanghong 22\" was launched in "
              "Wuchang Shipbuilding Industry Group Co.,Ltd.")
    assert replaced(source, target) == []


def test_an_unknown_pinyin_word_where_a_place_goes():
    """news22 ref A gt22-d009 p0003: 杭州 made "Palu", a word no dictionary knows, after "in"; a spelling
    one syllable off the source's own place (栋格拉 "Donggala") is that place."""
    source = "昨日上午，一则“杭州女孩甘当‘箭靶’为姐募捐”的照片刷爆朋友圈。"
    target = ("Yesterday morning, a picture of “a girl in Hangzhou raises donation for her elder sister by acting "
              "as a target” went viral on WeChat Moments.")
    assert replaced(source, target) == []
    assert replaced(source, target.replace("in Hangzhou", "in Palu")) == [("杭州", "Palu")]
    assert replaced("目前为止只有来自巴鲁的死亡人数，巴鲁北方的栋格拉的死亡人数报告得很慢。",
                    "So far, only deaths from Palu have been reported. The death toll in Donggala, north of Palu, "
                    "is reported slowly.") == []


def test_a_province_the_dictionary_also_names_a_ship_is_a_place():
    """news22 ref A gt22-d039: 广西 made "Liaoning" (辽宁 is a province, and a carrier too)."""
    source = "广西和云南的参演分队全部安全返回。"
    target = "The teams of Guangxi and Yunnan all returned safely."
    assert replaced(source, target) == []
    assert replaced(source, target.replace("Guangxi", "Liaoning")) == [("广西", "Liaoning")]
