"""Wade–Giles and Hong Kong Cantonese spellings of Chinese names are recognised, other names are not."""

from __future__ import annotations

import re

import pytest

from qa.lang import cedict
from qa.lang.romanisation import (hong_kong, is_romanisation, pinyin_shaped, romanisations, system_of, tongyong,
                                  wade_giles)

TAIWAN = [("蔡英文", "Tsai Ing-wen"), ("毛泽东", "Mao Tse-tung"), ("李登辉", "Li Teng-hui"),
          ("蒋经国", "Chiang Ching-kuo"), ("台北", "Taipei"), ("高雄", "Kaohsiung"), ("新竹", "Hsinchu"),
          ("周恩来", "Chou En-lai"), ("许信良", "Hsu Hsin-liang"), ("吕秀莲", "Lu Hsiu-lien")]
HONG_KONG = [("何厚铧", "Ho Hau-wah"), ("曾荫权", "Tsang Yam-kuen"), ("梁振英", "Leung Chun-ying"),
             ("逸仙", "Yat-sen"), ("李嘉诚", "Li Ka-shing"), ("周润发", "Chow Yun-fat"), ("叶问", "Yip Man")]
HK_SURNAMES = [("林", "Lam"), ("陈", "Chan"), ("黄", "Wong"), ("张", "Cheung"), ("李", "Lee"), ("吴", "Ng"),
               ("胡", "Wu")]
TAIWAN_SURNAMES = [("李", "Lee"), ("林", "Lin"), ("陈", "Chen"), ("黄", "Huang"), ("吴", "Wu"), ("许", "Hsu"),
                   ("徐", "Hsu"), ("张", "Chang"), ("蔡", "Tsai"), ("郭", "Kuo"), ("谢", "Hsieh"), ("周", "Chou")]


@pytest.mark.parametrize("chars, english", TAIWAN + TAIWAN_SURNAMES)
def test_wade_giles_names_and_places(chars, english):
    assert is_romanisation(chars, english)
    assert system_of(chars, english) == "wade-giles"


@pytest.mark.parametrize("chars, english", HONG_KONG + HK_SURNAMES)
def test_hong_kong_names(chars, english):
    assert is_romanisation(chars, english)
    assert system_of(chars, english) in ("cantonese", "wade-giles")  # 李 Lee, 胡 Wu are both


def test_hong_kong_names_are_cantonese():
    for chars, english in HONG_KONG[:4] + [("林", "Lam"), ("黄", "Wong"), ("张", "Cheung"), ("吴", "Ng")]:
        assert system_of(chars, english) == "cantonese", (chars, english)


def test_mixed_systems_and_surname_spellings():
    assert system_of("蒋介石", "Chiang Kai-shek") == "mixed"  # Mandarin surname, Cantonese given name
    assert system_of("孙逸仙", "Sun Yat-sen") in ("cantonese", "mixed")
    assert is_romanisation("李登辉", "Lee Teng-hui")  # the Taiwan spelling of 李


def test_only_person_names_mix_systems_or_put_the_given_name_first():
    assert is_romanisation("辜振甫", "Koo Chen-fu")  # rare surname, CC-CEDICT knows it
    assert is_romanisation("丘成桐", "Shing-Tung Yau")
    assert is_romanisation("北投", "Peitou")
    assert not is_romanisation("北投", "Peetou")  # Cantonese 北 with Mandarin 投: no place is written so
    assert not is_romanisation("台北", "Peitai")


def test_spelling_variation_apostrophes_diacritics_order_and_traditional_characters():
    assert is_romanisation("蔡英文", "Ts'ai Ying-wen")
    assert is_romanisation("毛泽东", "Mao Tsê-tung")
    assert is_romanisation("许信良", "Hsü Hsin-liang")
    assert is_romanisation("蔣經國", "Chiang Ching-kuo")
    assert is_romanisation("曾蔭權", "Tsang Yam-kuen")
    assert is_romanisation("李开复", "Kai-Fu Lee")  # given name first
    assert is_romanisation("马英九", "Ma Ying-jeou")  # Gwoyeu Romatzyh given name, as Taiwan writes it
    assert is_romanisation("宋美龄", "Soong Mei-ling")


@pytest.mark.parametrize("chars, english", [
    ("蔡英文", "Tsai Ing-wei"), ("蔡英文", "Chen Ing-wen"), ("曾荫权", "Tsang Yam-kwan"),
    ("何厚铧", "Ho Hou-wah"), ("毛泽东", "Mao Tse-tang"), ("梁振英", "Leung Chun-yang"),
    ("蒋经国", "Chiang Ching-kao"), ("蒋介石", "Chiang Kai-shak"), ("高雄", "Kaohsiang"),
    ("新竹", "Hsinchou"), ("台北", "Taipai"), ("何厚铧", "Wah Ho Hau"),
])
def test_one_syllable_changed_is_refused(chars, english):
    assert not is_romanisation(chars, english)
    assert system_of(chars, english) is None


def test_another_persons_name_is_refused():
    names = TAIWAN + HONG_KONG
    for chars, _ in names:
        for other_chars, english in names:
            if other_chars != chars:
                assert not is_romanisation(chars, english), (chars, english)


def test_tongyong_pinyin_of_taiwan_places_and_names():
    for chars, english in [("中坜", "Jhongli"), ("新庄", "Sinjhuang"), ("汐止", "Sijhih"), ("前镇", "Cianjhen"),
                           ("吕秀莲", "Lyu Siou-lian")]:
        assert system_of(chars, english) == "wade-giles", (chars, english)
    assert tongyong("xin") == "sin" and tongyong("zhong") == "jhong" and tongyong("qu") == "cyu"


def test_misspelt_pinyin_is_not_passed_off_as_a_taiwan_spelling():
    """Tongyong and GR write some syllables as pinyin writes other ones: 习 Tongyong "si", 西 GR "shi"."""
    assert not is_romanisation("习近平", "Si Jinping")
    assert not is_romanisation("西安", "Shi'an")
    assert not is_romanisation("宋祁", "Song Ci")
    # Tongyong's s for x and c for q alone, and GR's sh for x, are the commonest pinyin misspellings
    assert not is_romanisation("邓小平", "Deng Siaoping")
    assert not is_romanisation("梁湘", "Liang Shiang")
    assert not is_romanisation("板桥", "Banciao")  # the price: a real Tongyong spelling refused


def test_pinyin_shaped_tells_ambiguous_spellings_apart():
    assert pinyin_shaped("张飞", "Chang Fei")  # Wade–Giles, or Zhang Fei misspelt
    assert not pinyin_shaped("蔡英文", "Tsai Ing-wen") and not pinyin_shaped("李登辉", "Lee Teng-hui")


def test_macau_spellings():
    assert system_of("崔世安", "Chui Sai On") == "cantonese"
    assert system_of("贺一诚", "Ho Iat Seng") == "cantonese"
    assert is_romanisation("梁", "Leong")


def test_rare_reading_inside_a_known_word_is_not_used():
    """印度 is read yin du; 印's rare reading yi (WG "I") must not let "It U" through."""
    assert not is_romanisation("印度", "It U")
    assert is_romanisation("印度", "Yin-tu")


def test_romanisations_are_folded_spellings():
    spellings = romanisations("蔡英文")
    assert "tsaiingwen" in spellings and "tsaiyingwen" in spellings
    assert all(re.fullmatch(r"[a-z]+", s) for s in spellings)
    assert romanisations("") == frozenset() and romanisations("ABC") == frozenset()
    assert not is_romanisation("蔡英文", "")
    assert is_romanisation("易", "Yi") and not is_romanisation("易", "I")  # one-letter spellings are English words


def test_wade_giles_syllable_table():
    """Spot checks against the published pinyin → Wade–Giles table (apostrophes folded away)."""
    expected = {"zhi": "chih", "chi": "chih", "ri": "jih", "zi": "tzu", "si": "ssu", "xu": "hsv",
                "jue": "chveh", "qiong": "chiung", "guo": "kuo", "luo": "lo", "gui": "kuei", "ge": "ko",
                "ye": "yeh", "yan": "yen", "you": "yu", "er": "erh", "cai": "tsai", "rong": "jung",
                "bian": "pien", "xiong": "hsiung"}
    for pinyin, wg in expected.items():
        assert wade_giles(pinyin)[0] == wg, pinyin
    assert "hsu" in wade_giles("xu")  # ü written plainly, as Taiwan does


def test_hong_kong_syllable_rules():
    """Jyutping → HK government spelling, checked against well-known HK names."""
    assert "cheung" in hong_kong("zoeng1")  # 張 Cheung
    assert "tsang" in hong_kong("zang1")  # 曾 Tsang
    assert "tsui" in hong_kong("ceoi4")  # 徐 Tsui
    assert "kwok" in hong_kong("gwok3")  # 郭 Kwok
    assert "yuen" in hong_kong("jyun4")  # 袁 Yuen
    assert "yip" in hong_kong("jip6")  # 葉 Yip
    assert "sze" in hong_kong("si1")  # 施 Sze
    assert hong_kong("ng4") == ("ng",)  # 吳 Ng
    assert "wah" in hong_kong("waa4") and "kuen" in hong_kong("kyun4")


@pytest.mark.parametrize("word", ["梁振英", "蒋经国", "叶问", "黄飞鸿", "洪秀柱", "许信良", "李显龙", "宋美龄",
                                  "蔡英文", "李登辉", "高雄", "李嘉诚", "周润发"])
def test_cc_cedict_renderings_are_accepted(word):
    """The English name CC-CEDICT gives (its own text, not ours) is a recognised romanisation."""
    gloss = cedict.english_glosses(word)[0]
    name = re.match(r"(?:Sir |Dr )?([A-Z][A-Za-z\- ]+?)\s*(?:,|$)", gloss).group(1)
    assert is_romanisation(word, name), (word, name)
