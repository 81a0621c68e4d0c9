"""List items that are names the dictionary does not know (qa.lang.list_names), on WMT19 newstest text."""

from __future__ import annotations

from qa.lang.sentence_lists import inline_lists
from qa.lang.list_items import evidence
from qa.lang.list_names import abbreviation_anchors, heard_anchors, lost_name, name_like
from qa.lang.list_series import lost_items

# WMT19 newstest zh-en, line 442: rail lines named by one character per city
RAIL_ZH = "为满足旅客出行需求，广铁集团计划加开高铁列车104趟，普速列车85趟，主要集中在京广、沪昆、广深港、杭深高铁等热门线路。"
RAIL_EN = ("In order to meet the travel demands of passengers, Guangzhou Railway Group plans to open 104 more G-series "
           "high-speed trains and 85 more conventional trains, which are mainly in the popular G-series high-speed "
           "trains routes such as Beijing-Guangzhou, Shanghai-Kunming, Guangzhou-Shenzhen-Hong Kong, and "
           "Hangzhou-Shenzhen.")
# line 1696: Thai airports written in characters
AIRPORTS_EN = ("at five major international airports in Bangkok such as Suvarnabhumi, Don Muang, Chiengmai, Phuket "
               "and Hat Yai.")


def words(target: str, found: list[int]) -> list[str]:
    from qa.lang.en_words import english_tokens

    return [english_tokens(target)[j].text for j in found]


def lost(source: str, target: str) -> list[list[str]]:
    return [[e.item.text for e in found] for found in lost_items(inline_lists(source), target, source)]


def test_an_abbreviation_is_found_by_its_places_in_order():
    assert words(RAIL_EN, abbreviation_anchors("沪昆", RAIL_EN)) == ["Shanghai-Kunming"]  # 沪 'short name for Shanghai'
    assert words(RAIL_EN, abbreviation_anchors("广深港", RAIL_EN)) == ["Guangzhou-Shenzhen-Hong"]
    assert words(RAIL_EN, abbreviation_anchors("杭深高铁", RAIL_EN)) == ["Hangzhou-Shenzhen"]  # then 高铁, a word
    assert abbreviation_anchors("昆沪", RAIL_EN) == []  # the places in the item's order
    assert abbreviation_anchors("沪昆", "Shanghai and Kunming") == []  # one hyphenated name


def test_a_name_is_heard_in_a_whole_capitalised_run():
    assert words(AIRPORTS_EN, heard_anchors("清迈", AIRPORTS_EN)) == ["Chiengmai"]
    # line 1644: 舫苑 sounds a little like "Fishmen Village" (0.52), as Thai names like theirs (Hat Yai 0.47): too little
    assert heard_anchors("舫苑", "markets of Crab Boat Garden, Fishmen Village, Spring and Autumn Waterside Town") == []
    assert heard_anchors("沪昆", "Guangzhou-Shenzhen-Hong Kong") == []  # "Kong" ends a longer name
    # the runs are read once per target: the sentence's first word is no name, and of two runs sounding
    # as alike, the first; the same runs serve each item
    airports = AIRPORTS_EN.replace("at five", "Chiengmai, five")
    assert words(airports, heard_anchors("清迈", airports)) == ["Chiengmai"]
    assert heard_anchors("清迈", airports) == heard_anchors("清迈", AIRPORTS_EN + " Chiengmai") == heard_anchors(
        "清迈", AIRPORTS_EN)


def test_a_name_lost_from_a_list_of_names_is_reported():
    assert name_like("沪昆") and name_like("广深港") and not name_like("杭深高铁")
    assert lost(RAIL_ZH, RAIL_EN) == [[]]
    assert lost(RAIL_ZH, RAIL_EN.replace("Shanghai-Kunming, ", "")) == [["沪昆"]]
    # 利民 has no entry either, but in a list of common nouns a word the dictionary lacks may be rendered by any word
    assert not lost_name(["惠民", "利民", "便民"], 1, False)


def test_a_noun_made_of_a_verb_sense_renders_it():
    from qa.lang.list_words import renders

    # line 909: 生活补助、免费养老、免费安葬 "living allowances, free pensions, and free burial"; 安葬 'bury'
    assert renders("burial", frozenset({"bury"})) and renders("carriers", frozenset({"carry"}))
    assert not renders("burly", frozenset({"bury"}))
    source = "“关爱抗战老兵”项目通过生活补助、免费养老、免费安葬等形式，为抗战老兵提供关爱服务。"
    target = "the project has provided care services through living allowances, free pensions, and free burial."
    found = {e.item.text: e.anchors for e in evidence(inline_lists(source)[0], target)}
    assert found["免费安葬"]


def test_a_place_spelt_by_one_item_renders_no_other():
    # "Hangzhou-Shenzhen" holds Shenzhen of 广深港, but spells 杭深 place by place
    dropped = RAIL_EN.replace("Guangzhou-Shenzhen-Hong Kong, ", "")
    found = {e.item.text: words(dropped, list(e.anchors)) for e in evidence(inline_lists(RAIL_ZH)[0], dropped)}
    assert "Hangzhou-Shenzhen" not in found["广深港"]
    assert lost(RAIL_ZH, dropped) == [["广深港"]]
