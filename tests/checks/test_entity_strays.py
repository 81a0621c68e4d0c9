"""M104/M107 on real news pairs: a place or person of the English that the source cannot account for
(qa.terminology.stray_names), a name misspelt where the pair renders it elsewhere, and the short forms
and familiar forms that may or may not account for a name (qa.terminology.target_names).

Each error case is a published translation with one name spoilt; the published pair stays quiet.
"""

from __future__ import annotations

from tests.conftest import check_pair


def found(source: str, target: str, checks=("M104", "M107")) -> list[tuple[str, str, str]]:
    return [(f.check_id, f.source_span, f.target_span) for f in check_pair(source, target, checks)]


def test_a_place_inside_a_longer_name_that_the_source_names_nowhere(ref_b):
    source, target = ref_b[("gt22-d002", "13")]  # 浙江大学医学院附属邵逸夫医院 "… Zhejiang University School of Medicine"
    assert found(source, target) == []
    spoilt = found(source, target.replace("Zhejiang University School", "Liaoning University School"))
    assert [(c, t) for c, _, t in spoilt] == [("M107", "Liaoning")]


def test_a_place_translated_word_by_word_inside_a_name_is_no_stray_place():
    source = "据新华社报道，人民日报发表了评论员文章。"  # 新华社 "New China News Agency": 华 is China
    assert found(source, "According to the New China News Agency, the People's Daily published a commentary.") == []
    source = "据新华社广州报道，人民日报发表了评论员文章。"  # 广州 left out is M106's, not "China" in its stead
    assert found(source, "According to the New China News Agency, the People's Daily published a commentary.") == []


def test_a_longer_name_may_add_its_place_when_no_place_of_the_source_is_lost(wmt19):
    source, target = wmt19["1067"]  # 在皇宫举行认证仪式 "at Japan Palace": the document is about Japan
    assert "Japan Palace" in target and found(source, target) == []


def test_an_english_word_that_also_spells_a_county_is_no_place(ref_a):
    source, target = ref_a[("gt22-d032", "1")]  # "Guide" (贵德 county in CC-CEDICT)
    assert "Guide" in target and found(source, target) == []


def test_a_territorys_short_form_after_a_verb_of_motion(wmt19):
    from qa.terminology.target_names import accounted_by, name_runs

    source, target = wmt19["672"]  # 过港 "passing by Hong Kong"
    assert "passing by Hong Kong" in target and found(source, target) == []
    assert accounted_by(name_runs("passing by Hong Kong")[0], "过港5.5万人次")
    assert not accounted_by(name_runs("passing by Hong Kong")[0], "过了5.5万人次")


def test_a_known_place_no_span_of_the_source_names(ref_a):
    source, target = ref_a[("gt22-d010", "7")]  # 就浙江大学而言 "For Zhejiang University", and once more
    assert found(source, target.replace("For Zhejiang", "For Zhenjiang")) == [("M107", "", "Zhenjiang")]


def test_a_country_in_brackets_before_an_authors_name(ref_b):
    source, target = ref_b[("gt22-d027", "10")]  # [德]康普维尔特 "by [Germany] Kampwerth"
    assert found(source, target) == []


def test_a_place_misspelt_where_the_pair_also_renders_it(ref_a):
    source, target = ref_a[("gt22-d007", "3")]  # 江西 twice, "Jiangxi" three times
    assert found(source, target) == []
    assert found(source, target.replace("effect, Jiangxi plans", "effect, Jiangxiu plans")) == [
        ("M104", "江西", "Jiangxiu")]


def test_a_person_misspelt_where_the_pair_also_renders_him(ref_a):
    source, target = ref_a[("gt22-d013", "8")]  # 欧阳瑜 twice, "Ouyang Yu" three times
    assert found(source, target) == []
    spoilt = target.replace("at the same time, Ouyang Yu", "at the same time, Ouyang Yuan")
    assert spoilt != target and found(source, spoilt) == [("M104", "欧阳瑜", "Ouyang Yuan")]


def test_a_province_misspelt_inside_a_body_name(ref_a):
    source, target = ref_a[("gt22-d010", "7")]  # 就浙江大学而言 "For Zhejiang University"
    assert found(source, target) == []
    assert found(source, target.replace("For Zhejiang", "For Zheyang")) == [("M104", "浙江", "Zheyang")]


def test_a_word_before_a_kinship_word_is_no_familiar_name(ref_a):
    source, target = ref_a[("gt22-d009", "12")]  # 为姐姐吉佳艳募捐: 为 "for" before 姐姐 is no 为姐 "sister Wei"
    assert found(source, target) == []
    assert [(c, t) for c, _, t in found(source, target.replace("named Ji Jiali", "named Tan Wei"))] == [
        ("M107", "Tan Wei")]


def test_a_given_name_with_a_measure_word_is_still_a_person(ref_b):
    source, target = ref_b[("gt22-d002", "16")]  # 李启章: 章 is also a measure word
    assert found(source, target) == []
    assert found(source, target.replace("Li Qizhang", "Li Zhengyin")) == [("M107", "李启章", "Li Zhengyin")]


def test_a_chinese_name_in_pinyin_is_read_not_heard(ref_b):
    source, target = ref_b[("gt22-d002", "10")]  # 瑞士日内瓦 … 朱林靖: "Li Aiping" sounds a little like 里…
    assert found(source, target) == []
    assert found(source, target.replace("Zhu Linjing", "Li Aiping")) == [("M107", "朱林靖", "Li Aiping")]


def test_a_foreign_name_with_a_name_dot_replaced_by_another_person(ref_b):
    source, target = ref_b[("gt22-d030", "3")]  # 凯莱什·贾古特帕尔 "Kelesh Jagutpal"
    assert found(source, target) == []
    assert found(source, target.replace("Kelesh Jagutpal", "Tracey Ullman")) == [
        ("M107", "凯莱什·贾古特帕尔", "Tracey Ullman")]


def test_a_foreign_name_ends_before_a_particle(ref_b):
    source, target = ref_b[("gt22-d009", "57")]  # 穆罕默德·本·萨勒曼的停留站
    assert found(source, target) == []
    assert found(source, target.replace("Mohammed Bin Salman", "Paul Barreira")) == [
        ("M107", "穆罕默德·本·萨勒曼", "Paul Barreira")]


def test_a_countrys_first_character_inside_another_country_is_no_short_form():
    from qa.terminology.target_names import accounted_by, name_runs

    brazil = name_runs("He moved to Brazil.")[0]
    assert not accounted_by(brazil, "巴基斯坦、希腊")  # 巴 of Pakistan
    assert not accounted_by(name_runs("He moved to Pakistan.")[0], "沙巴、希腊")  # 巴 of Sabah
    assert accounted_by(name_runs("ties with the United States")[0], "中美关系")  # 美 beside 中
    assert not accounted_by(name_runs("He went to North Korea.")[0], "东北、北京")  # 北 is no short form


def test_two_countries_before_a_word_of_their_relations():
    from qa.terminology.target_names import accounted_by, name_runs

    # 中波 is also "medium wave"; before 两国 it is China and Poland
    assert accounted_by(name_runs("a bond between China and Poland")[0], "中波两国有着特殊的纽带")


def test_a_country_by_its_short_english_name(ref_b):
    source, target = ref_b[("gt22-d003", "15")]  # 是原厂在中国生产的吗 "made in an original factory in China?"
    assert found(source, target) == []
    assert found(source, target.replace("in China?", "in the US?")) == [("M107", "中国", "US")]


def test_a_currency_is_no_country(wmt19):
    source, target = wmt19["1767"]  # 24.38亿美元 "US$2.438 billion"
    from qa.terminology.target_names import name_runs

    assert "US$" in target and found(source, target) == []
    assert [r.text for r in name_runs("a net value of US$1.4 trillion, twice the US figure")] == ["US"]


def test_a_city_written_with_a_character_foreign_names_use(wmt19):
    source, target = wmt19["584"]  # 厦门市: 门 is also 杜鲁门's
    assert found(source, target) == []
    assert found(source, target.replace("Xiamen People", "Xiamo People")) == [("M104", "厦门", "Xiamo")]


def test_a_surname_misspelt_before_the_given_name_is_no_dropped_surname(wmt19):
    source, target = wmt19["797"]  # 记者倪伟 "reported by Ni Wei"
    assert found(source, target, ("M102", "M104")) == []
    assert found(source, target.replace("Ni Wei", "Na Wei"), ("M102", "M104")) == [("M104", "倪伟", "Na Wei")]
