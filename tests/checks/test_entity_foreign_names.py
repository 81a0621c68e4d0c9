"""Foreign people and countries in news (NTREX-128): rendered the way English news writes them.

Each test takes a published pair that drew a false M104/M106 finding, asserts
it is quiet, and shows the rule at work by taking away the one thing it rests on.
"""

from __future__ import annotations

from tests.conftest import check_pair, check_pairs


def spans(source: str, target: str, checks: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(f.source_span, f.target_span) for f in check_pair(source, target, checks)]


def test_each_part_of_a_dotted_foreign_name_takes_its_own_word(ntrex):
    source, target = ntrex[("abcnews.306774", "11")]  # 哈立德·巴恩斯 → "Khalid Barnes"
    assert "Khalid Barnes" in target and spans(source, target, ("M106",)) == []
    assert spans(source, target.replace("Khalid Barnes", "Khalid"), ("M106",)) == [("巴恩斯", "")]


def test_a_country_named_by_its_capital_is_rendered(ntrex):
    source, target = ntrex[("cnbc.com.6769", "10")]  # 朝鲜 … → "skepticism that Pyongyang is serious"
    assert spans(source, target, ("M106",)) == []
    assert spans(source, target.replace("Pyongyang", "the regime"), ("M106",)) == [("朝鲜", "")]


def test_a_capital_the_source_names_itself_stands_for_no_country():
    from qa.lang.capitals import capitals_of, named_by_capital

    assert capitals_of("朝鲜") == ("Pyongyang",) and "Washington" in capitals_of("美国")
    assert named_by_capital("希腊", "希腊坚持认为", "Athens has long insisted")
    assert not named_by_capital("希腊", "希腊总理在雅典说", "the prime minister said in Athens")
    assert not named_by_capital("南非", "南非首都比勒陀利亚郊区", "in the suburb in Pretoria, the capital")  # two headwords


def test_a_given_name_may_go_when_the_surname_is_there(ntrex):
    source, target = ntrex[("newsweek.51339", "7")]  # 特里格·佩林面临… → "Palin faces …"
    assert spans(source, target, ("M106",)) == []
    assert ("特里格", "") in spans(source, target.replace("Palin", "The man"), ("M106",))


def test_a_foreign_name_jieba_cut_short_is_heard_whole(ntrex):
    source, target = ntrex[("scotsman.133791", "21")]  # 格伦·米德尔|顿 → "Glenn Middleton"
    assert spans(source, target, ("M106",)) == []
    assert ("米德尔", "") in spans(source, target.replace("Glenn Middleton", "a substitute"), ("M106",))


def test_a_determiner_before_a_word_is_no_person(ntrex):
    source, target = ntrex[("cnn.304521", "9")]  # 本赛季 "this season", not Ben Saiji
    assert "本赛季" in source and spans(source, target, ("M106", "M107")) == []


def test_a_dotted_foreign_name_is_no_misspelt_pinyin(ntrex):
    pairs = [ntrex[("scotsman.133791", "1")], ntrex[("scotsman.133791", "2")]]  # 蒙加, then 多利·蒙加 → "Menga"
    assert [f.check_id for f in check_pairs(pairs, ("M104",))] == []
    assert [(f.source_span, f.target_span) for f in check_pairs(pairs[:1], ("M104",))] == [("蒙加", "Menga")]


def test_a_word_capitalised_to_open_a_sentence_names_nobody(ntrex):
    from qa.terminology.stray_names import sentence_initial_word as _sentence_initial_word

    source, target = ntrex[("bbc.381692", "6")]  # 伯纳德·范恩其中一位孙子… → "One of his grandsons, …"
    assert target.startswith("One of") and spans(source, target, ("M107",)) == []
    assert _sentence_initial_word("One", target) and not _sentence_initial_word("One", "aboard Air Force One")


def test_a_piece_of_a_cut_foreign_name_is_no_replaced_person(ntrex):
    source, target = ntrex[("telegraph.405408", "9")]  # 阿比|盖尔格蕾丝 → "Abigail Grace"
    assert "Abigail Grace" in target and ("盖尔", "Washington") not in spans(source, target, ("M107",))


def test_the_english_of_a_foreign_name_jieba_did_not_find_replaces_nobody(ntrex):
    source, target = ntrex[("upi.176251", "9")]  # 回传给阿奎罗 → "back to Aguero"; 英国前锋 "The English forward"
    assert "Aguero" in target and spans(source, target, ("M107",)) == []


def test_the_treasury_stands_for_the_finance_ministry(ntrex):
    source, target = ntrex[("dailymail.co.uk.298622", "10")]  # 英国财政部预计 → "The Treasury expects"
    assert spans(source, target, ("M106",)) == []
    assert ("财政部", "") in spans(source, target.replace("The Treasury", "It"), ("M106",))


def test_a_body_inside_an_office_title_is_named_by_the_office(ntrex):
    pairs = [ntrex[("guardian.221756", "2")], ntrex[("guardian.221756", "4")]]  # 司法部副部长 "deputy attorney general"
    assert [f.source_span for f in check_pairs(pairs, ("M106",))] == []


def test_a_foreign_name_left_out_gets_no_pinyin_suggestion(ntrex):
    """A foreign name the target leaves out wants its English, which pinyin is not: 巴恩斯 is "Barnes", and
    "Ba Ensi" would be a wrong correction to copy into the text. The finding names it a foreign name and
    suggests nothing; a Chinese name keeps its romanisation (李克强 → "Li Keqiang")."""
    source, target = ntrex[("abcnews.306774", "11")]  # 哈立德·巴恩斯 → "Khalid Barnes"
    found = [f for f in check_pair(source, target.replace("Khalid Barnes", "Khalid"), ("M106",))]
    assert [(f.source_span, f.suggestion) for f in found] == [("巴恩斯", "")]
    assert "(a foreign name)" in found[0].message
    chinese = check_pair("李克强与默克尔举行会谈。", "Merkel held talks.", ("M106",))
    assert [(f.source_span, f.suggestion) for f in chinese] == [("李克强", "Li Keqiang")]
    # a Chinese name of characters transliterations also use (林娜, like 安娜 "Anna") is read in pinyin
    byline = check_pair("记者林娜报道，会议于昨日召开。", "The meeting was held yesterday, a reporter reported.", ("M106",))
    assert [(f.source_span, f.suggestion) for f in byline] == [("林娜", "Lin Na")]
