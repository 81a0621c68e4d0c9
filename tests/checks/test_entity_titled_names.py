"""M102 on names jieba cuts apart before a title: the surname tagged otherwise, the third character
taken for an adverb (published pairs with the surname dropped after the title)."""

from tests.conftest import check_pair


def dropped(source: str, target: str) -> list[tuple[str, str]]:
    return [(f.source_span, f.target_span) for f in check_pair(source, target, ["M102"])]


def test_a_third_character_jieba_takes_for_an_adverb_before_a_title_is_the_name():
    """news22 gt22-d034: 范明正总理 (Pham Minh Chinh) is cut 范明/nrg 正/d 总理; gt22-d013: 陈凯先教授."""
    source = "范明正总理要求各级政府加大领导力度。"
    assert dropped(source, "Prime Minister Fan Mingzheng required governments of various levels to lead.") == []
    assert dropped(source, "Prime Minister Mingzheng required governments of various levels to lead.") == [
        ("范明正", "Prime Minister Mingzheng")]
    assert dropped("陈凯先教授获颁荣誉博士学位。", "Professor Chen Kaixian received an honorary doctorate.") == []


def test_a_surname_jieba_tags_as_a_morpheme_or_numeral_before_a_named_title():
    """news22 gt22-d013: 刘/zg 遵义/v 教授 (遵义 is also a city); MAC-Dev 红高粱: 余/m 占 鳌 司令. 余 is
    "more than" after a figure (十余人), where no title follows."""
    assert dropped("刘遵义教授获颁荣誉教育博士学位。", "Professor Zunyi was awarded an honorary doctorate.") == [
        ("刘遵义", "Professor Zunyi")]
    assert dropped("他就是余占鳌司令。", "It was Commander Zhan'ao.") == [("余占鳌", "Commander Zhan'ao")]
    assert dropped("他就是余占鳌司令。", "It was Commander Yu Zhan'ao.") == []
    assert check_pair("现场有十余人受伤，余下的人安全撤离。", "More than ten people were injured; the rest left safely.",
                      ["M102", "M105", "M106"]) == []


def test_more_than_after_a_figure_is_no_surname():
    from qa.lang.zh_names import source_names

    assert [m.text for m in source_names("时隔一年余方才回家。") if m.kind == "person"] == []  # 余/m 方才/n
    assert [m.text for m in source_names("他就是余占鳌司令。") if m.kind == "person"] == ["余占鳌"]


def test_names_in_a_list_or_a_byline_that_jieba_cuts_are_whole():
    """news22 gt22-d033: 张大/nr 可/v between list commas; gt22-d024's byline 张/q 尚武/nr and 胡盼/nrg 盼/v;
    gt22-d013: 欧阳/ns 瑜/nr, a compound surname tagged a place."""
    from qa.lang.zh_names import source_names

    def people(text: str) -> list[str]:
        return [m.text for m in source_names(text) if m.kind == "person"]

    assert people("王春瑜、张大可、熊召政、葛剑雄、邓小南等") == ["王春瑜", "张大可", "熊召政", "葛剑雄", "邓小南"]
    assert "张尚武" in people("（全媒体记者 张尚武 胡盼盼 通讯员 刘晓玲）")
    assert "胡盼盼" in people("（全媒体记者 张尚武 胡盼盼 通讯员 刘晓玲）")
    assert "欧阳瑜" in people("社会文化司司长欧阳瑜在澳大校董会主席林金城陪同下颁授学位。")
    assert people("苹果、香蕉、梨子、桃等水果") == []
    source = "王春瑜、张大可、熊召政等学者献给领导干部的公开课"
    target = "open classes by scholars including Wang Chunyu, Dake, Xiong Zhaozheng"
    assert [f.target_span for f in check_pair(source, target, ["M102"])] == ["Dake"]


def test_a_given_name_alone_before_the_full_name_is_no_convention():
    """news22 ref A gt22-d009: the girl is "Jiali" where the document names her "Ji Jiali" only later;
    a translation that never writes the full name ("Baoyu" throughout) keeps its convention."""
    from tests.conftest import check_pairs

    first = ("这名女孩名为吉佳丽，为姐姐吉佳艳募捐。", "This girl is named Jiali, and she raised donations for Ji Jiayan.")
    later = [("吉佳丽说，她很感谢大家。", "Jiali said she was grateful."),
             ("警方找到了吉佳丽。", "The police found Ji Jiali.")]
    assert [(f.pair_id, f.target_span) for f in check_pairs([first] + later, ["M102"])] == [("p1", "Jiali")]
    never = [("吉佳丽说，她很感谢大家。", "Jiali said she was grateful."), ("警方找到了吉佳丽。", "The police found Jiali.")]
    assert check_pairs([first] + never, ["M102"]) == []


def test_a_third_character_jieba_tags_a_names_after_a_guessed_name():
    """MAC-Dev 红高粱: 单扁/nrg 郎/nr is 单扁郎 (Shan Bianlang); "Bianlang" alone before the full name is a
    dropped surname."""
    from tests.conftest import check_pairs

    source = "她的父亲做主，把她嫁给了财主的独生子单扁郎。"
    assert check_pairs([(source, "Her father betrothed her to Shan Bianlang, the rich man's only son.")],
                       ["M102"]) == []
    found = check_pairs([(source, "Her father betrothed her to Bianlang, the rich man's only son."),
                         ("单扁郎是个麻风病人。", "Shan Bianlang was a leper.")], ["M102"])
    assert [(f.source_span, f.target_span) for f in found] == [("单扁郎", "Bianlang")]
