"""Readings and romanization helpers behind the name checks."""

from qa.lang import cedict
from qa.lang import pinyin as py


def test_fold_ignores_case_apostrophes_hyphens_spaces():
    assert py.fold("Chang'an") == py.fold("Changan") == py.fold("Chang An") == py.fold("chang-an") == "changan"
    assert py.fold("Lǚ") == "lv"


def test_split_syllables_tells_pinyin_from_english():
    assert py.split_syllables("Jinping") == ("jin", "ping")
    assert py.split_syllables("Huaihua") == ("huai", "hua")
    assert py.split_syllables("governance") is None
    assert py.split_syllables("Jalaid") is None


def test_phrase_reading_is_accepted_and_other_reading_only_possible():
    chang, an, _ = py.readings("长安君")
    assert chang.accepted == {"chang"} and "zhang" in chang.possible
    chong, _ = py.readings("重庆")
    assert chong.accepted == {"chong"} and "zhong" in chong.possible


def test_surname_readings_override_common_reading():
    assert py.readings("曾国藩", person=True)[0].accepted == {"zeng"}
    assert py.readings("单雄信", person=True)[0].accepted == {"shan"}
    assert py.readings("解缙", person=True)[0].accepted == {"xie"}
    assert py.expected_syllables("曾国藩", person=True) == ["zeng", "guo", "fan"]


def test_join_syllables_marks_a_e_o_syllables_with_an_apostrophe():
    assert py.join_syllables(["chang", "an"]) == "Chang'an"
    assert py.join_syllables(["xi", "an"]) == "Xi'an"
    assert py.join_syllables(["yan", "e"]) == "Yan'e"
    assert py.join_syllables(["jin", "ping"]) == "Jinping"


def test_match_returns_syllables_only_for_a_full_spelling():
    options = [r.accepted for r in py.readings("郭声琨", person=True)]
    assert py.match("guoshengkun", options) == ("guo", "sheng", "kun")
    assert py.match("guosheng", options) is None


def test_cedict_keeps_every_reading_of_a_headword():
    readings = {tuple(e.syllables()) for e in cedict.lookup("长")}
    assert ("chang",) in readings and ("zhang",) in readings
    assert "Jalaid" in cedict.english_glosses("扎赉特旗")[0]


def test_expected_syllables_hands_each_caller_its_own_list():
    # kept once per word: a caller changing its list must not change the next caller's
    first = py.expected_syllables("曾国藩", person=True)
    first[0] = "ceng"
    assert py.expected_syllables("曾国藩", person=True) == ["zeng", "guo", "fan"]


def test_char_readings_are_a_characters_syllables_longest_first():
    found, ordered = py.char_readings("和")
    assert found == py.char_syllables("和") and {"he", "huo", "hu"} <= found
    assert set(ordered) == found and [len(s) for s in ordered] == sorted(map(len, found), reverse=True)
    assert py.char_readings("A") == (frozenset(), ())


def test_char_heteronyms_answer_as_pypinyin_does_for_every_character():
    # the table read directly must give what the whole pypinyin call gives: every character it knows,
    # and characters it does not (a Latin letter, a Han character outside its table, punctuation)
    from pypinyin import Style, pinyin
    from pypinyin.constants import PINYIN_DICT

    chars = [chr(num) for num in PINYIN_DICT] + ["A", "。", "\U0002a6d7", "和"]
    differ = [c for c in chars if py.char_heteronyms(c) != tuple(pinyin(c, style=Style.NORMAL, heteronym=True)[0])]
    assert differ == []
    assert py.char_heteronyms("长") == ("zhang", "chang") and py.char_heteronyms("绿") == ("lv", "lu")
