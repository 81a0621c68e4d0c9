"""M103 compares renderings of one name: a name inside a longer proper name renders that longer name."""

from tests.conftest import check_pairs


def test_a_place_inside_a_longer_name_is_no_second_rendering_of_the_place():
    """长江 is the Yangtze River; "Changjiang Scholars Program" names a programme, not the river."""
    pairs = [("长江水位持续上涨。", "The water level of the Yangtze River kept rising."),
             ("他入选长江学者奖励计划。", "He was selected for the Changjiang Scholars Program.")]
    assert check_pairs(pairs, ["M103"]) == []


def test_a_district_the_dictionary_knows_apart_from_its_bare_name_is_its_own_name():
    """南海 is the South China Sea; 南海区 is Nanhai District of Foshan, another place."""
    pairs = [("南海局势总体稳定。", "The situation in the South China Sea is stable."),
             ("佛山市南海区的工厂复工了。", "Factories in Nanhai District of Foshan reopened.")]
    assert check_pairs(pairs, ["M103"]) == []


def test_the_river_in_pinyin_beside_its_english_name_is_still_two_renderings():
    """The same river called "Changjiang" in one sentence and "Yangtze River" in another is reported,
    and so is one banner written two ways ("Jalaid Banner", "Zhalaite Banner")."""
    pairs = [("长江水位持续上涨。", "The water level of the Yangtze River kept rising."),
             ("长江中游的城市。", "Cities on the middle reaches of the Changjiang.")]
    assert [f.target_span for f in check_pairs(pairs, ["M103"])] == ["Changjiang"]
    banner = [("扎赉特旗是一个旗。", "Zhalaite Banner is a banner."), ("扎赉特旗很大。", "Jalaid Banner is big."),
              ("扎赉特旗很远。", "Jalaid Banner is far.")]
    assert [f.target_span for f in check_pairs(banner, ["M103"])] == ["Zhalaite"]


def test_a_longer_name_the_document_also_writes_with_the_english_name_is_one_body_two_ways():
    from tests.corpora import NEWS22_REF_A, corpus_rows

    pairs = [(r["source"], r["target"]) for r in corpus_rows(NEWS22_REF_A) if r["doc_id"] == "gt22-d038"]
    english = "South China Sea Strategic Situation"
    assert sum(english in t for _, t in pairs) >= 2 and [f for f in check_pairs(pairs, ["M103"])] == []
    k = next(i for i, (_, t) in enumerate(pairs) if english in t)
    pairs[k] = (pairs[k][0], pairs[k][1].replace(english, "Nanhai Strategic Situation"))  # 南海 in pinyin, once
    assert [f.check_id for f in check_pairs(pairs, ["M103"])] == ["M103"]
