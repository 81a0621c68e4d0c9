"""M106/M107 on real news pairs: which names of the target the source accounts for, and when a place
the target names stands where the source names another (qa.terminology.target_names, entity_issues).

Each error case is a published translation (WMT22 general, reference A) with
one name changed or taken out; the published pair itself must stay quiet.
"""

from __future__ import annotations

from tests.conftest import check_pair, check_pairs
from tests.corpora import NEWS22_REF_B, corpus_rows


def replaced(source: str, target: str) -> list[tuple[str, str]]:
    return [(f.source_span, f.target_span) for f in check_pair(source, target, ("M107",))]


def missing(source: str, target: str) -> list[str]:
    return [f.source_span for f in check_pair(source, target, ("M106",))]


def test_a_country_replaced_where_its_adjective_is_rendered(news22):
    # 美国以“反恐”为名…美式民主 "…by the US … American democracy": "American" renders 美式, not 美国
    source, target = news22[("gt22-d021", "3")]
    assert replaced(source, target) == []
    spoiled = target.replace("by the US", "by Russia")
    assert spoiled != target and replaced(source, spoiled) == [("美国", "Russia")]


def test_one_of_several_mentions_of_a_country_replaced(news22):
    # 伊朗 seven times, "Iran" as often: an eighth name no source word accounts for stands in one's place
    source, target = news22[("gt22-d011", "2")]
    assert replaced(source, target) == []
    spoiled = target.replace("lifted by the US", "lifted by Singapore")
    assert spoiled != target and [s for s, _ in replaced(source, spoiled)] != []


def test_a_place_inside_a_longer_name_replaces_no_place_the_target_renders():
    # WMT22 ref B: 台积电 "Taiwan Semiconductor Manufacturing Company"; 英特尔 four times, "Intel" three
    row = next(r for r in corpus_rows(NEWS22_REF_B) if "张忠谋之所以" in r["source"])
    assert "Taiwan Semiconductor" in row["target"] and replaced(row["source"], row["target"]) == []
    assert replaced(row["source"], row["target"].replace("to Intel", "to Taiwan")) == [("英特尔", "Taiwan")]


def test_a_countrys_short_form_counts_only_where_it_is_used_as_one(news22):
    from qa.terminology.target_names import accounted_by, name_runs

    run = next(r for r in name_runs("Doctors from Malaysia: Although more transmissible") if r.text == "Malaysia")
    source = next(s for (doc, _), (s, _) in news22.items() if doc == "gt22-d005" and "马" in s)
    assert not accounted_by(run, source)  # 马 of some other word is no 大马 "Malaysia"
    assert accounted_by(run, "中马两国")  # beside 中 "China" it is


def test_an_abbreviation_that_is_an_entity_of_its_own_accounts_for_no_longer_name():
    from qa.terminology.target_names import accounted_by, name_runs

    run = next(r for r in name_runs("cooperation with Taiwan University.") if r.text == "Taiwan")
    assert not accounted_by(run, "中国驻波黑使馆")  # 中国 "China" is no short form of 中国台湾省
    assert accounted_by(run, "台湾大学")


def test_a_place_without_its_unit_word_and_europe_beside_a_country(news22):
    from qa.terminology.target_names import accounted_by, name_runs

    target = "the scenic spots in Mount Sanqingshan in Jiangxi and Kanas in Xinjiang, and the United States, Europe and Russia"
    source = "江西三清山、新疆喀纳斯等景区，受制于美欧俄等多方力量"
    runs = {r.text: r for r in name_runs(target)}
    assert accounted_by(runs["Kanas"], source)  # 喀纳斯 of 喀纳斯湖 "Kanas Lake"
    assert accounted_by(runs["Russia"], source)  # 美欧俄 "the US, Europe and Russia"


def test_a_full_name_with_another_surname_is_another_person(news22):
    # 赵宇空 twice, "Zhao Yukong" once: "Ni Yufeng" shares the syllable yu but not the surname
    source, target = news22[("gt22-d014", "4")]
    assert replaced(source, target) == []
    spoiled = target.replace("Zhao Yukong", "Ni Yufeng", 1)
    assert spoiled != target and replaced(source, spoiled) == [("赵宇空", "Ni Yufeng")]


def test_it_refers_to_no_outlet(news22):
    # 人民日报12月12日评论员文章 is not translated: "it" elsewhere in a page is no stand-in for the paper
    source, target = news22[("gt22-d016", "2")]
    assert missing(source, target) == ["人民日报"]


def test_a_pronoun_the_source_has_too_stands_for_no_dropped_person():
    from qa.model import Pair
    from qa.terminology.stand_ins import spare_pronoun

    # WMT22 gt22-d005: 他说 … 他治疗的 — "He said … he treated": every "he" is a 他 of the source
    source = "他说，与之相比，在上一波的德尔塔疫情中，他治疗的新冠患者“呼吸困难，血氧水平低。"
    target = "He said that, in comparison, the COVID-19 patients he treated in the last round of Delta suffered."
    assert not spare_pronoun(Pair("p1", source, target))
    assert spare_pronoun(Pair("p1", source.replace("他说", "李明说"), target))  # "He said" for 李明说


def test_an_adjective_the_source_has_its_own_word_for_stands_for_no_dropped_country(news22):
    # "American democracy" translates 美式民主: it is no stand-in for 美国 "the US" taken out
    source, target = news22[("gt22-d021", "3")]
    assert missing(source, target) == []
    dropped = target.replace(" by the US,", ",")
    assert dropped != target and missing(source, dropped) == ["美国"]


def test_a_chinese_name_no_reading_of_the_source_spells_is_another_person(news22):
    # 季平表示 "According to Ji Ping": 季平 has a one-character given name, yet "Chen Feifei" is no one here
    source, target = news22[("gt22-d019", "4")]
    assert check_pair(source, target, ("M107", "M104")) == []
    found = check_pair(source, target.replace("Ji Ping", "Chen Feifei"), ("M107",))
    assert [(f.source_span, f.target_span) for f in found] == [("", "Chen Feifei")]


def test_a_word_nobody_knows_stands_for_no_country(wmt19):
    source, target = wmt19["826"]  # 扎里夫 "Zarif" … 与伊朗进行贸易往来 "trade contacts with Iran"
    assert missing(source, target) == []
    dropped = target.replace(" with Iran", "")
    assert dropped != target and missing(source, dropped) == ["伊朗"]


def test_an_entity_in_quoted_speech_is_judged(wmt19):
    source, target = wmt19["71"]  # “美国与中国的贸易问题导致前景不明。”: quoted speech is translated, no title
    assert missing(source, target) == []
    dropped = target.replace(" and China", "")
    assert dropped != target and missing(source, dropped) == ["中国"]


def test_a_town_the_dictionary_does_not_know_replaced(wmt19):
    source, target = wmt19["282"]  # 乌镇 "Wuzhen"
    assert replaced(source, target) == []
    assert replaced(source, target.replace("Wuzhen", "Bacheng")) == [("乌镇", "Bacheng")]


def test_a_countrys_adjective_in_its_own_form(wmt19):
    assert missing(*wmt19["1803"]) == []  # 爱尔兰边境 "Irish border": three letters and a demonym's ending


def test_a_government_or_a_name_inside_a_longer_one_is_no_small_place(wmt19):
    assert replaced(*wmt19["1660"]) == []  # 日本政府 is no place "Takeshi" (Onaga Takeshi) could stand for
    assert replaced(*wmt19["1829"]) == []  # 科左中旗: "Horqin" stands inside "Horqin Left Wing Middle Banner"


def test_the_end_of_a_longer_word_is_no_entity(wmt19):
    row = next(r for r in corpus_rows(NEWS22_REF_B) if r["doc_id"] == "gt22-d005" and "德尔塔" in r["source"]
               and "Delta" in r["target"])
    assert missing(row["source"], row["target"]) == []  # 德尔塔 "Delta" (the variant)
    assert missing(*wmt19["797"]) == []  # 京报 of 新京报 "The Beijing News" is no person


def test_a_reporter_in_a_byline(wmt19):
    source, target = wmt19["1609"]  # 新华社上海10月1日电(记者 桑彤) "(reported by Sang Tong)"
    assert missing(source, target) == []
    dropped = target.replace(" by Sang Tong", "")
    assert dropped != target and missing(source, dropped) == ["桑彤"]


def test_a_word_of_another_persons_name_is_no_other_spelling_of_this_one(news22):
    # 向刘遵义、…、李兰娟、李效良、朱丽兰及江朝晖颁授…: "Lanjuan" of Li Lanjuan spells 兰, but is hers
    source, target = news22[("gt22-d013", "7")]
    assert missing(source, target) == []
    dropped = target.replace(", Zhu Lilan", "")
    assert dropped != target and missing(source, dropped) == ["朱丽兰"]


def test_a_namesake_is_another_person(wmt19):
    source, target = wmt19["1"]  # 张光军任广东省副省长 "Zhang Guangjun was appointed …"
    assert replaced(source, target) == []
    spoiled = target.replace("Zhang Guangjun", "Zhang Tao")
    assert spoiled != target and replaced(source, spoiled) == [("张光军", "Zhang Tao")]
    spoiled = target.replace("Zhang Guangjun", "Zhang Guangjin")  # one syllable off: misspelt, not replaced
    assert [f.check_id for f in check_pair(source, spoiled, ("M104", "M107"))] == ["M104"]
