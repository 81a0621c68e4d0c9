"""M106 reports a foreign name jieba cut wrongly under its whole name (qa.terminology.foreign_cuts):
霍莉到 is Holly and "to", 米克尔|森 is Mickelson. The name is still reported where the English lacks it."""

from __future__ import annotations

from tests.conftest import check_pair


def missing(source: str, target: str) -> list[str]:
    return [f.source_span for f in check_pair(source, target, ("M106",))]


def test_a_name_cut_short_is_reported_whole(ntrex):
    source, target = ntrex[("reuters.218914", "5")]  # jieba: 米克尔|森; "the 48-year-old" names him
    assert missing(source, target.replace("the 48-year-old", "the golfer")) == ["米克尔森"]
    source, target = ntrex[("newsweek.51339", "5")]  # jieba: 马|塔努斯|卡|苏西|特纳, up to 的
    assert "马塔努斯卡苏西特纳" in missing(source, target)  # "Mat-Su", a reviewed noise row, under the whole name


def test_a_character_glued_after_the_name_is_no_part_of_it():
    # jieba's 霍莉到 (目前为止 "so far"): 到 is no syllable of Holly
    assert missing("霍莉到目前为止还没有回应记者的提问。", "Karen has not answered the reporters' questions so far.") \
        == ["霍莉"]


def test_function_words_and_other_names_end_the_name():
    # 也 "also", 的 "of": words of their own; 巴西 Brazil: a name of its own beside it
    assert missing("据报道，米克尔森也表示不满。", "Dissatisfaction was also expressed, it was reported.") == ["米克尔森"]
    assert missing("据报道，米克尔森的母亲表示不满。", "A mother expressed dissatisfaction, it was reported.") == ["米克尔森"]
    assert "米克尔森" in missing("据报道，米克尔森巴西之行取消了。", "The trip was cancelled, it was reported.")


def test_a_chinese_name_keeps_its_span():
    assert missing("胡丽到目前为止还没有回应。", "Karen has not responded so far.") == ["胡丽到"]


def test_two_cuts_of_one_name_are_one_finding():
    # 斯图尔特|布罗德 (Stuart Broad, no name dot): both of jieba's names grow into the one name left out
    assert missing("据报道，斯图尔特布罗德到目前为止还没有回应。", "No response so far, it was reported.") == ["斯图尔特布罗德"]


def test_a_name_grows_into_no_word_or_name_of_the_dictionary():
    """The review's cases: 苏格兰 "Scotland" has an English name of its own and never grows (苏格兰历史 "Scottish
    history", 苏格兰比赛), and 维斯塔潘 does not take in the 明星 "star" before it, a word of the dictionary."""
    assert [(f.source_span, f.suggestion) for f in check_pair(
        "他在苏格兰历史上首次夺冠。", "He won for the first time in history.", ("M106",))] == [("苏格兰", "Scotland")]
    assert missing("车坛明星维斯塔潘赢得了比赛。", "The racing star won the race.") == ["维斯塔潘"]
    assert missing("苏格兰斯特林队获胜。", "The team won.") == ["苏格兰", "斯特林"]  # two names, not 苏格兰斯特林


def test_a_unit_or_a_name_syllable_after_a_transliteration_is_kept():
    """Only a glued function word or verb is trimmed (到): 州 of 亚利桑那州 and 寇 of 柯瑞兰寇 (Kurylenko) stay."""
    assert missing("亚利桑那州的官员表示，调查仍在进行。", "Officials said the investigation was continuing.") \
        == ["亚利桑那州"]
    assert missing("柯瑞兰寇主演的电影上映了。", "The film was released.") == ["柯瑞兰寇"]
