"""M107 and M108 on WMT19 news pairs (newstest2019 zh-en) with one entity spoiled as the benchmark's
injectors spoil them: a place inside a run of two names, a place no dictionary knows for a city, a
territory for a province, a foreign family name beside the given name kept, an outlet or a body
inside a longer body rendered word for word."""

from tests.conftest import check_pair


def found(source: str, target: str, check: str = "M107") -> list[tuple[str, str]]:
    return [(f.source_span, f.target_span) for f in check_pair(source, target, [check])]


def test_a_province_beside_a_city_it_does_not_hold():
    """l0369: 河北衡水 "Hebei Hengshui"; the run is read in the source through 衡水, so "Anhui" was not judged."""
    source = "中新网衡水9月30日电 (崔志平 王鹏)30日，河北衡水高新区举行2018年下半年重点项目集中开工仪式。"
    target = ("China News Service, Hengshui, September 30 (Cui Zhiping, Wang Peng) - On the 30th, Hebei Hengshui "
              "High-tech Industrial Development Zone held centralized opening ceremony for key projects in the next "
              "half year of 2018.")
    assert found(source, target) == []
    assert found(source, target.replace("Hebei Hengshui", "Anhui Hengshui")) == [("河北", "Anhui")]


def test_a_place_no_dictionary_knows_for_a_city():
    """l1557: 鞍山市 made "Palu"; "Anshan" is it, and a word sharing a syllable with it is a spelling."""
    source = "2018年6月26日，辽宁省鞍山市一女性失踪，家属向当地警方报警。"
    target = ("On June 26, 2018, a female of Anshan, Liaoning disappeared and her family members reported this "
              "case to local police.")
    assert found(source, target) == []
    assert found(source, target.replace("Anshan", "Palu")) == [("鞍山市", "Palu")]


def test_a_territory_stands_for_a_province():
    """l0438: 广东 made "Taiwan", which pycountry ranks as a country and Chinese as a province."""
    source = "广东海陆空积极应对国庆黄金周运输-中新网"
    target = "Guangdong Sea, Land and Air Transportation Actively Respond to the National Day Golden Week Need - China News Service"
    assert found(source, target) == []
    assert found(source, target.replace("Guangdong", "Taiwan")) == [("广东", "Taiwan")]


def test_a_foreign_family_name_replaced_beside_the_given_name():
    """l0028: 哈里・杜鲁门 "Harry Truman" made "Harry Waters"; l0207 马科・尤里奇 is "Marko Juric", which the
    sound model only half hears, and stays unreported."""
    source = "报道称，最早尝试这种新做法的是“哈里・杜鲁门”号航母战斗群，该战斗群的早期部署包括对港口的工作访问。"
    target = ("It reported that the first to try this new approach was the \"Harry Truman\" aircraft carrier battle "
              "group, and its early deployment included working visits to ports.")
    assert found(source, target) == []
    assert found(source, target.replace("Truman", "Waters")) == [("哈里·杜鲁门", "Harry Waters")]
    source = "武契奇称，从今年3月26日塞尔维亚政府科索沃和梅托希亚办公室负责人马科・尤里奇遭科索沃阿军殴打和扣押以来。"
    target = ("Vucic said that since Marko Juric, the head of the Serbian government's Office for Kosovo and "
              "Metohija, was beaten and detained by the Kosovo Albanian army on March 26 this year.")
    assert found(source, target) == []


def test_an_outlet_cedict_glosses_in_lower_case_rendered_literally():
    """l0797: 新京报 is "Beijing news (newspaper)" in CC-CEDICT, its pinyin in lower case."""
    source = "新京报讯 （记者倪伟）广电总局9月29日印发通知。"
    target = "Beijing News (reported by Ni Wei) -- The SARFT issued a notice on September 29."
    assert found(source, target, "M108") == []
    assert found(source, target.replace("Beijing News", "New Beijing Newspaper"), "M108") == [
        ("新京报", "New Beijing Newspaper")]


def test_a_body_inside_a_longer_body_rendered_literally():
    """l1204: 国务院办公厅 is one word to jieba; its 国务院 made "National Affairs Hall". A standard name
    in the plural ("Chinese Academy of Sciences") is the standard name."""
    source = "根据国务院办公厅印发的《关于规范校外培训机构发展的意见》精神。"
    target = "According to the \"Opinions on Regulating the Development of Off-campus Training Institutions\" issued by the General Office of the State Council."
    assert found(source, target, "M108") == []
    assert found(source, target.replace("State Council", "National Affairs Hall"), "M108") == [
        ("国务院", "National Affairs Hall")]
    assert found("中国科学院院士出席会议。", "Academicians of the Chinese Academy of Sciences attended the meeting.",
                 "M108") == []


def test_a_foreign_family_name_the_sound_model_misses_is_no_stranger():
    """news22 ref B gt22-d019 p0014: 多米尼克·埃诺 is the author Dominique Ayral; 埃诺 and "Ayral" open
    with a vowel both, though the sound model hears nothing in common."""
    source = "情迷巧克力 [法]多米尼克·埃诺 著,苗晓霞 译 上海科学技术出版社"
    target = ("A Passion for Chocolate, [France]  Dominique Ayral, translated by Miao Xiaoxia, Shanghai Science and "
              "Technology Press")
    assert found(source, target) == []


def test_a_city_is_not_held_by_its_characters_with_another_between():
    """成果都 "the results all" writes 成 and 都 with 果 between: no abbreviation of 成都, so "Chengdu" for 武汉
    is another city, not the source's own."""
    source = "武汉的科研成果都很突出。"
    assert found(source, "Wuhan's research results are all outstanding.") == []
    assert found(source, "Chengdu's research results are all outstanding.") == [("武汉", "Chengdu")]
