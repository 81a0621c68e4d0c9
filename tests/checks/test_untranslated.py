"""U101–U103: empty, copied and partly untranslated targets."""

from tests.conftest import check_pair

SOURCE = "推进扫黑除恶常态化,完善社会治安防控体系。"
CHECKS = ("U101", "U102", "U103")


def check(source, target, type="1-1"):
    return [(f.check_id, f.target_span) for f in check_pair(source, target, CHECKS, type=type)]


def test_empty_target_gates_other_checks():
    assert check(SOURCE, "  ") == [("U101", "")]
    assert check(SOURCE, "", type="1-0") == []  # an omission: A001's business


def test_copied_source():
    assert check(SOURCE, SOURCE) == [("U102", SOURCE)]


def test_chinese_left_in_english_is_the_exact_run():
    target = "We must promote the normalization of 扫黑除恶 and improve the prevention system."
    assert check(SOURCE, target) == [("U103", "扫黑除恶")]


def test_glosses_and_citations_are_not_untranslated():
    assert check(SOURCE, "We must promote the normalization of the elimination of [organized] crime (扫黑除恶).") == []
    assert check("", "original work published in Chang'an Net [中国长安网], February 2, 2021", type="0-1") == []
    assert check(SOURCE, "We must promote the normalization of the elimination of organized crime.") == []


def test_a_headline_separator_is_punctuation():
    # news22: 丨 (U+4E28) is the vertical bar of Chinese headlines, copied into the English
    assert check("冰球丨北京青少年冰球联赛开幕", "Ice hockey 丨 Beijing youth ice hockey league opens") == []
    assert check("冰球丨北京青少年冰球联赛开幕", "Ice hockey 丨 北京 youth league opens") == [("U103", "北京")]


def test_chinese_forms_set_side_by_side_in_quotes_are_mentions():
    # WMT19: counterfeit brands, quoted in Chinese on purpose as the source quotes them
    source = "一些商品似曾相识，“金龙鱼”标成“金龙油”，“旺仔”成了“旺奶”，“山寨”商品不少。"
    target = ('there are lots of fake goods, such as "金龙鱼" is labeled as "金龙油" and "旺仔" labeled as "旺奶".')
    assert [f.check_id for f in check_pair(source, target, ["U103"])] == []
    # one quoted term left in Chinese is a term left untranslated
    assert [f.target_span for f in check_pair("要加强“基层治理”。", "We will strengthen “基层治理”.", ["U103"])] == ["基层治理"]
    # Chinese the source does not quote is no mention
    assert len(check_pair(source, 'fake goods, such as 金龙鱼 labeled as 金龙油.', ["U103"])) == 2
