"""Where a source 、-list's edge items begin and end (qa.lang.enumerations.inline_lists), on dev-corpus text."""

from __future__ import annotations

from qa.lang.sentence_lists import inline_lists
from qa.lang.list_series import lost_items
from tests.conftest import check_pair

# WMT22 general test (news22) reference A, gt22-d026: a verb before the first item takes the list as its object
ART_ZH = "其中，27位沙特艺术家的作品数量占本次展品总量的四成以上，囊括绘画、装置艺术和表演艺术等多种形式；"
ART_EN = ("In which the number of the works of the 27 artists from Saudi Arabia accounts for more than 40% of the "
          "total number of the exhibits, including various art forms such as drawing, installation art and "
          "performing art;")
# WMT19 newstest, wmt19-040 and wmt19-059
ADVERTS_ZH = "不得含有宣传医疗、药品、医疗器械、保健食品等广告内容，不得以患者和医生、药师、专家等名义作证明。"
ADVERTS_EN = ("but should not contain the advertisement contents of promoting the medical treatment, medicine, "
              "medical device, and health food. And these programs should not give evidence in the names of "
              "patients, doctors, pharmacists, and experts.")
BUYERS_ZH = "其中包括中国、印度、韩国、日本和土耳其等伊朗石油主要买家，以确保原油价格保持稳定。"
# the shared sample page: the last item before an adverb that opens the predicate
POWERS_ZH = "健全侦查权、检察权、审判权、执行权相互制约的体制机制。"


def items(source: str) -> list[list[str]]:
    return [[i.text for i in found] for found in inline_lists(source)]


def lost(source: str, target: str) -> list[list[str]]:
    return [[e.item.text for e in found] for found in lost_items(inline_lists(source), target, source)]


def test_a_predicate_verb_before_a_list_of_single_words_is_no_part_of_its_first_item():
    assert items(BUYERS_ZH) == [["中国", "印度", "韩国", "日本", "土耳其"]]
    assert items("这次培训对象为具有音乐、美术、体育学科知识基础") == [["音乐", "美术", "体育学科知识"]]
    assert items(ADVERTS_ZH)[0] == ["医疗", "药品", "医疗器械", "保健食品"]
    # inner items of two words: the verb may belong to the item (统筹谋划 "overall planning")
    assert items("全国试点办注重统筹谋划、创新推进机制、采取管用举措")[0][0] == "统筹谋划"


def test_two_nouns_joined_inside_the_first_chunk_are_two_items():
    assert items(ADVERTS_ZH)[1] == ["患者", "医生", "药师", "专家"]
    assert lost(ADVERTS_ZH, ADVERTS_EN) == [[], []]


def test_the_last_item_ends_where_an_adverb_opens_the_predicate():
    assert items(POWERS_ZH)[0][1:] == ["检察权", "审判权", "执行权"]


def test_a_word_two_items_share_beside_the_series_does_not_render_the_lost_one():
    # "art" of "performing art" and "art forms" is 艺术 of 表演艺术, not what 装置艺术 adds
    assert lost(ART_ZH, ART_EN) == [[]]
    assert lost(ART_ZH, ART_EN.replace(", installation art and", " and")) == [["装置艺术"]]
    assert lost(ART_ZH, ART_EN.replace("drawing, ", "")) == [["绘画"]]


def test_a_closing_becoming_predicate_is_no_part_of_the_last_item():
    # the sample page: 推进政治督察、执法监督、纪律作风督查巡查常态化 "promote the normalization of …"
    assert items("加强党的领导监督,推进政治督察、执法监督、纪律作风督查巡查常态化。") == [["政治督察", "执法监督", "纪律作风督查"]]



def test_a_verbal_noun_opening_the_first_item_as_it_opens_the_others_stays_in_it():
    # news22 gt22-d038: 集生活服务、生产服务和政务服务为一体 — 生活 opens the first item as 生产 the second
    assert items("此次建成运行的两处水上绿色综合服务区，集生活服务、生产服务和政务服务为一体") == [
        ["生活服务", "生产服务", "政务服务"]]


def test_a_verb_before_the_shared_head_of_a_list_of_compounds_stays_in_the_first_item():
    # jieba tags 创新/出口 v and the other items open with nouns, but 企业 alone is never the first of X企业s
    assert items("支持创新企业、中小企业和外资企业") == [["创新企业", "中小企业", "外资企业"]]
    assert items("鼓励出口企业、外资企业和民营企业") == [["出口企业", "外资企业", "民营企业"]]
    found = check_pair("政府支持创新企业、中小企业和外资企业。",
                       "The government supports SMEs and foreign-funded enterprises.", ("A006",))
    assert [f.source_span for f in found] == ["创新企业"]


def test_a_closing_becoming_word_is_kept_when_every_item_becomes():
    # 工业化、信息化、城镇化、农业现代化: four X化 items, 现代化 is part of the last
    assert items("推进新型工业化、信息化、城镇化、农业现代化。") == [["新型工业化", "信息化", "城镇化", "农业现代化"]]


def test_a_bare_shared_head_after_the_clause_verb_is_the_first_item():
    # reviewer: 加强 is the predicate, 企业 the first item; 个体工商户 shares no head with 中小企业
    assert items("加强企业、中小企业和外资企业的监管") == [["企业", "中小企业", "外资企业"]]
    assert items("服务企业、中小企业和个体工商户") == [["企业", "中小企业", "个体工商户"]]
    # no verb before 加强/服务 in the chunk: it is the clause's predicate, not part of the first X企业
    assert items("政府加强企业、中小企业和外资企业的监管") == [["企业", "中小企业", "外资企业"]]
    assert items("我们服务企业、中小企业和外资企业") == [["企业", "中小企业", "外资企业"]]
    # a verb before 服务 does not make 服务企业 one item: 个体工商户, the last item, is no X企业
    assert items("要加强服务企业、中小企业和个体工商户") == [["企业", "中小企业", "个体工商户"]]
    found = check_pair("加强企业、中小企业和外资企业的监管。",
                       "Strengthen supervision of SMEs and foreign-funded enterprises.", ("A006",))
    assert found == []  # 企业 "enterprises", 中小企业 "SMEs", 外资企业 "foreign-funded enterprises": none lost


def test_a_closing_becoming_predicate_after_a_list_of_becoming_items_is_cut():
    # reviewer: 常态化 is the predicate of a list of X化 items; 城镇化建设 counts as an X化 item
    assert items("推进工业化、信息化、城镇化、农业现代化常态化") == [["工业化", "信息化", "城镇化", "农业现代化"]]
    assert items("推进信息化、城镇化建设、农业现代化") == [["信息化", "城镇化建设", "农业现代化"]]


def test_the_items_count_after_the_last_item_closes_the_list():
    # WMT19 newstest: 家庭支持、学校教育、机构服务三方面 "three aspects of family support, school education and …"
    found = inline_lists("本次研讨会旨在从家庭支持、学校教育、机构服务三方面探讨在中国推进残障儿童与青少年全面性教育")
    assert [[i.text for i in items] for items in found] == [["家庭支持", "学校教育", "机构服务"]]


def test_a_joiner_past_the_item_after_the_lists_joiner_is_the_clauses():
    # WMT19 newstest, wmt19-011: 和 of 恢复电力供应和机场商业航班服务 joins the clause's objects, not list items
    zh = "在震区指挥救援的印尼政治、法律和安全事务统筹部长维兰托要求尽快恢复电力供应和机场商业航班服务"
    assert [[i.text for i in items] for items in inline_lists(zh)] == [["印尼政治", "法律", "安全事务"]]


def test_a_list_of_pairs_each_joined_by_yu_is_not_read():
    # news22 ref A, gt22-d034: two topics, each "A与B"; read as items, 新冠肺炎 looked lost from "digital …"
    zh = "讨论议题围绕着数字技术企业与国家数字化转型、数字技术企业与新冠肺炎疫情中和疫情后经济复苏与发展两大主题"
    assert inline_lists(zh) == []


# WMT19 newstest, wmt19-043: a list joined by 及 and 和 alone, no 、
FIELDS_ZH = "双方同意聚焦经济社会发展、创造就业和改善民生，加快产业及园区和农业领域的合作。"
FIELDS_EN = ("both sides agreed to focus on the development of economy and society, create employment and improve "
             "people's livelihood, and accelerate the cooperation in the fields of industries, parks and agriculture.")


def test_common_nouns_joined_by_joiners_alone_are_no_list():
    # 产业及园区 may be one compound ("industrial parks"): the list is not read, so neither English is flagged
    assert len(inline_lists(FIELDS_ZH)) == 1
    assert [f.source_span for f in check_pair(FIELDS_ZH, FIELDS_EN, ["A006"])] == []
    merged = FIELDS_EN.replace("industries, parks and", "industrial parks and")
    assert [f.source_span for f in check_pair(FIELDS_ZH, merged, ["A006"])] == []
    # a noun before the first one makes a compound with it: 国家产业 is no item of its own
    assert inline_lists("支持国家产业及园区和农业的发展") == []


def test_a_list_after_a_with_or_after_a_pair_of_subjects_is_read():
    # WMT19 newstest: 试图与脸书、亚马逊和谷歌 — 与 is the clause's "with", not one pair's joiner
    zh = "目前万维网发明者蒂姆·伯纳斯·李成立了一家创业公司，试图与脸书、亚马逊和谷歌展开竞争。"
    assert [[i.text for i in items] for items in inline_lists(zh)] == [["脸书", "亚马逊", "谷歌"]]
    assert [[i.text for i in items] for items in inline_lists("我们将与俄罗斯、印度和巴西加强合作。")] == [
        ["俄罗斯", "印度", "巴西"]]
    # 和 joins the subjects before the list, 和 the list's last items: no list of pairs
    assert [[i.text for i in items] for items in inline_lists("他和妻子在北京、上海和广州都买了房子。")] == [
        ["北京", "上海", "广州"]]
    # 与 then 以及: another joiner joins the list
    assert [[i.text for i in items] for items in inline_lists("加强中国与中亚、西亚以及欧洲的联系")] != []


def test_a_joiner_only_list_is_read_of_names_only():
    assert [[i.text for i in items] for items in inline_lists("俄亥俄州和宾夕法尼亚州及匹兹堡")] == [
        ["俄亥俄州", "宾夕法尼亚州", "匹兹堡"]]
    assert inline_lists("双方同意加快产业及园区和农业领域的合作。") == []  # 产业园区 "industrial parks"
    assert inline_lists("土地和房屋及财产都被没收了。") == []
    # WMT19 newstest: 和 is "with", 欧盟官方 "EU officials" runs on
    assert inline_lists("公司按照相关程序和美国及欧盟官方进行沟通。") == []
    assert inline_lists("中国和美国与欧盟举行了会谈。") == []  # 与 … 举行: "with"


def test_quotes_around_joined_names_are_skipped():
    found = inline_lists("“中国”和“美国”及“欧盟”就气候问题进行了磋商。")
    assert [[i.text for i in items] for items in found] == [["中国", "美国", "欧盟"]]


def test_a_joiner_before_a_limit_is_part_of_the_item():
    # WMT19 newstest, line 1255: 50岁及以上人士 "people at the age of 50 and above" is one item, 及以上 'and above'
    zh = "免费接种对象包括以下澳门居民：6个月至18岁以下、50岁及以上人士、怀孕妇女、所有慢性病患者，包括肥胖人士"
    items = [[i.text for i in items] for items in inline_lists(zh)]
    assert ["50岁", "以上人士"] not in [x[:2] for x in items]
    assert any("50岁及以上人士" in x for x in items)


def test_a_clause_with_fewer_than_two_cuts_is_not_segmented(monkeypatch):
    # a list of three needs two cuts, each a 、 or a joiner word with its own 和/及/与/或: a clause with
    # fewer cannot hold one, and jieba is not asked (A006's CPU on a page: most clauses have no 、)
    from qa.lang import segment as segment_module

    asked: list[str] = []
    real = segment_module.segment
    monkeypatch.setattr(segment_module, "segment", lambda text, *rest: asked.append(text) or real(text, *rest))
    assert items(BUYERS_ZH) == [["中国", "印度", "韩国", "日本", "土耳其"]]
    assert "以确保原油价格保持稳定" not in asked
    # two joiners, one of two characters (以及): read as before
    assert items("“中国”和“美国”以及“欧盟”就气候问题进行了磋商。") == [["中国", "美国", "欧盟"]]
    # one 、 and no joiner: two items at most, not segmented; one 、 and one joiner: three, read
    asked.clear()
    assert items("其中包括沙特、伊朗的石油，以确保原油价格保持稳定。") == []
    assert asked == []
    assert items(ART_ZH) == [["绘画", "装置艺术", "表演艺术"]]
