"""qa.lang.transliteration_slips: a foreign name the source misspells by one slip, and what is no slip."""

from qa.lang.transliteration_slips import intended_names, known_spelling, one_slip_away


def test_two_neighbours_swapped_or_a_sound_alike_written():
    assert "奥马哈" in one_slip_away("奥哈马")  # swapped
    assert "加泰罗尼亚" in one_slip_away("加泰罗利亚")  # 利 for 尼: l and n merged
    assert "加泰罗尼亚" not in one_slip_away("加泰利罗亚")  # two slips


def test_the_intended_name_of_a_misspelt_run():
    source = "密苏里州的肯萨斯与内布拉斯州的奥哈马以及爱荷华州"
    at = source.index("奥哈马")
    assert intended_names(source, at, at + 3) == [(at, "奥马哈")]
    source = "警察与加泰罗利亚分裂分子发生冲突"
    at = source.index("加泰罗")
    assert intended_names(source, at, at + 3) == [(at, "加泰罗尼亚")]  # read past jieba's cut 加泰罗|利亚


def test_a_spelling_a_dictionary_knows_is_no_slip():
    assert intended_names("赞比亚总统访问中国", 0, 3) == []  # Zambia (CC-CEDICT), though 冈比亚 Gambia is one slip away
    assert intended_names("奥马哈的天气", 0, 3) == []
    # 马克斯 "Max" is no word of CC-CEDICT but one of jieba's dictionary: no slip for 马斯克 "Musk"
    assert known_spelling("马克斯") and intended_names("马克斯·维斯塔潘从后排开始", 0, 3) == []


def test_a_name_the_source_writes_elsewhere_is_not_the_one_meant():
    source = "奥哈马与奥马哈"
    assert intended_names(source, 0, 3) == []


def test_the_opening_of_a_longer_name_is_no_slip():
    # WMT19 line 346: 莫斯可维西 is Moscovici; its opening 莫斯可 is one sound-alike from 莫斯科 "Moscow"
    source = "欧盟执委会经济事务执委莫斯可维西周五表示"
    at = source.index("莫斯")
    assert intended_names(source, at, at + 2) == []
    assert intended_names("执委莫斯可周五表示", 2, 4) == [(2, "莫斯科")]  # the same run as a whole name
