"""Entity checks (M104–M107) stay quiet on what is no entity error in published news pairs.

Each test takes a published pair that used to draw a noise finding, asserts
it is quiet, and shows the rule at work by changing the one thing it rests on.
"""

from __future__ import annotations

import pytest

from tests.conftest import check_pair


def spans(source: str, target: str, checks: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(f.source_span, f.target_span) for f in check_pair(source, target, checks)]


def test_a_latin_spelling_the_source_gives_is_no_misspelling(ref_b):
    source, target = ref_b[("gt22-d007", "13")]  # 韩后(Hanhoo)红石榴… / "Hanhoo Pomegranate …"
    assert spans(source, target, ("M104", "M107")) == []
    assert spans(source.replace("(Hanhoo)", ""), target, ("M104",)) == [("韩后", "Hanhoo")]


def test_a_name_whose_characters_the_target_translates_is_a_phrase(ref_b):
    source, target = ref_b[("gt22-d005", "27")]  # 味甘性温 "sweet in taste and warm in nature" (jieba: 甘性温/nr)
    assert spans(source, target, ("M106",)) == []
    untranslated = target.replace("sweet in taste and warm in nature", "good for health")
    assert untranslated != target and spans(source, untranslated, ("M106",)) == [("甘性温", "")]


def test_a_guessed_name_read_as_gold_watches_is_no_person(ref_b):
    source, target = ref_b[("gt22-d015", "41")]  # 金资表 "gold … watches", taken for someone called Jin
    assert spans(source, target, ("M106",)) == []
    assert spans(source, target.replace("gold lovers’ watches", "lovers’ timepieces"), ("M106",)) == [("金资表", "")]


def test_a_place_whose_core_is_an_ordinary_word_is_no_place():
    from tests.conftest import SHARED
    from tests.corpora import mac_chapter

    if not (SHARED / "bench" / "align" / "mac-dev").exists():
        pytest.skip("../shared/bench/align/mac-dev is not present")
    chapter, _ = mac_chapter(SHARED / "bench" / "align" / "mac-dev", "004")
    pair = next(p for p in chapter.pairs if "大洼子里的大洼子" in p.source)  # "a large marshy stretch"
    assert spans(pair.source, pair.target, ("M106",)) == []


def test_a_known_district_whose_core_is_an_ordinary_word_stays_a_place(wmt19):
    source, target = wmt19["1725"]  # 海珠区 (海珠 is a noun to jieba) written "Zhuahai District": a real slip
    assert ("海珠区", "Zhuahai District") in spans(source, target, ("M107",))


def test_what_a_figure_and_its_measure_word_count_is_no_name(wmt19):
    source, target = wmt19["1446"]  # 成立60周年大庆 "the 60th anniversary": 大庆 is the celebration, not Daqing
    assert spans(source, target, ("M106",)) == []
    assert spans(source.replace("60周年大庆", "大庆"), target, ("M106",)) == [("大庆", "")]


def test_a_preposition_is_no_surname_of_a_guessed_name(wmt19):
    source, target = wmt19["579"]  # 流行于晋 "popular in Jin (Shanxi)", jieba: 于晋/nrg
    assert ("于晋", "Jin") not in spans(source, target, ("M102",))


def test_a_surname_the_target_translates_before_the_name_is_none(wmt19):
    source, target = wmt19["1640"]  # 蟹农金伟 "crab farmer Jin Wei"
    assert spans(source, target, ("M102",)) == []
    assert spans(source, target.replace("crab farmer ", ""), ("M102",)) == [("农金伟", "Jin Wei")]


def test_a_place_the_dictionary_knows_is_no_misspelt_short_form(wmt19):
    source, target = wmt19["1470"]  # 武船集团 "Wuchang Shipbuilding Industry Group" (武昌; 五常 is a body too)
    assert spans(source, target, ("M104",)) == []
    assert spans(source, target.replace("Wuchang", "Wuzhang"), ("M104",)) == [("武船", "Wuzhang")]


def test_a_titled_foreign_name_jieba_cuts_is_whole_and_rendered(wmt19):
    source, target = wmt19["1860"]  # 法国总统马克龙推动 "boosted by Macron, the French President"
    assert spans(source, target, ("M105",)) == []


# ---------------------------------------------------------------- names the document's own English confirms


def test_a_place_no_dictionary_knows_is_missing_where_the_document_names_it_elsewhere(wmt19):
    from tests.conftest import check_pairs

    pairs = [wmt19["696"], wmt19["698"]]  # 帕卢 "Palu" in 696; 698's English leaves it out ("on the beach")
    found = [(f.pair_id, f.source_span) for f in check_pairs(pairs, ("M106",))]
    assert ("p2", "帕卢") in found
    assert ("p1", "帕卢") not in found
    assert check_pairs([wmt19["698"]], ("M106",)) == []  # alone, 帕卢 is no name we are sure of


def test_the_narrators_name_said_as_my_name_is_no_omission():
    from tests.conftest import SHARED, check_pairs
    from tests.corpora import mac_chapter

    if not (SHARED / "bench" / "align" / "mac-dev").exists():
        pytest.skip("../shared/bench/align/mac-dev is not present")
    chapter, _ = mac_chapter(SHARED / "bench" / "align" / "mac-dev", "001")
    pair = next(p for p in chapter.pairs if "提到王二" in p.source)  # "let alone mentioned my name"
    assert "my name" in pair.target and any("Wang Er" in p.target for p in chapter.pairs)
    found = [f for f in check_pairs(chapter.pairs, ("M106",)) if f.pair_id == pair.id]
    assert [f.source_span for f in found] == []


def test_a_confirmed_small_place_replaced_by_another_places_pinyin(wmt19):
    from tests.conftest import check_pairs

    source, target = wmt19["282"]  # 乌镇 "Wuzhen", as the document's line 278 writes it too
    replaced = (source, target.replace("Wuzhen", "Daxuanping"))
    assert check_pairs([wmt19["278"], wmt19["282"]], ("M107",)) == []
    assert [(f.pair_id, f.source_span) for f in check_pairs([wmt19["278"], replaced], ("M107",))] == [("p2", "乌镇")]


def test_a_dateline_city_is_missing_beside_places_joined_by_hyphens(ref_b):
    source, target = ref_b[("gt22-d012", "2")]  # 新华社北京12月11日电 … 大湾区 "Guangdong-Hong Kong-Macau Greater Bay Area"
    assert spans(source, target, ("M106",)) == []
    dropped = target.replace(" from Beijing", "")
    assert dropped != target and spans(source, dropped, ("M106",)) == [("北京", "")]


def test_a_country_before_an_indefinite_company_is_named_for_itself(ref_b):
    source, target = ref_b[("gt22-d015", "55")]  # 日本一家大型娱乐公司 "a large-scale entertainment company in Japan"
    assert spans(source, target, ("M106",)) == []
    dropped = target.replace(" in Japan", "")
    assert dropped != target and spans(source, dropped, ("M106",)) == [("日本", "")]


def test_a_name_called_by_its_given_name_after_called_is_still_a_dropped_surname():
    from tests.conftest import SHARED, check_pairs
    from tests.corpora import mac_chapter

    if not (SHARED / "bench" / "align" / "mac-dev").exists():
        pytest.skip("../shared/bench/align/mac-dev is not present")
    chapter, _ = mac_chapter(SHARED / "bench" / "align" / "mac-dev", "003")
    pair = next(p for p in chapter.pairs if "名唤王成" in p.source)  # "an only son called Wang Cheng"
    assert "called Wang Cheng" in pair.target
    dropped = pair.target.replace("called Wang Cheng", "called Cheng")
    found = check_pairs([(pair.source, dropped)], ("M102",))
    assert [(f.source_span, f.target_span) for f in found] == [("王成", "Cheng")]
