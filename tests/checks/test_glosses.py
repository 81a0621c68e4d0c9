"""G301: glosses must be whole source terms."""

from qa.checks.engine import run_checks
from qa.checks.registry import REGISTRY
from tests.conftest import check_pair

SOURCE = "举办政法系统习近平法治思想大讲堂,创建中国政法网络学院暨习近平法治思想网络培训学院。"
TARGET = "We will establish the China Online Academy of Political Science and Law ({gloss}) and the Online Training Academy."


def check(source, target):
    return [(f.target_span, f.source_span, f.suggestion) for f in check_pair(source, target, ["G301"])]


def test_truncated_gloss_suggests_whole_term():
    assert check(SOURCE, TARGET.format(gloss="中国政法网络学")) == [("中国政法网络学", "中国政法网络学院", "(中国政法网络学院)")]


def test_altered_gloss_suggests_closest_source_term():
    [(span, source_span, suggestion)] = check(SOURCE, TARGET.format(gloss="中国政法网路学院"))
    assert span == "中国政法网路学院" and source_span == "中国政法网络学院"


def test_correct_glosses_pass():
    assert check(SOURCE, TARGET.format(gloss="中国政法网络学院")) == []
    assert check("实现“三安”目标", "achieving the “Triple Peace” (三安) goals") == []
    assert check("传承红色基因", "pass on the red gene (红色基因, communist heritage)") == []


def test_sample_page_truncated_gloss_found(sample_page_pairs):
    found = run_checks(sample_page_pairs, checks=[REGISTRY["G301"]])
    assert [f.target_span for f in found] == ["中国政法网络学"]


def test_a_gloss_shorter_than_the_name_it_follows_is_cut():
    # news22 refA: the gloss sits on a jieba word boundary (上 | 水), but "Shangshui" reads 上水 whole
    assert check("我住在上水，为何订单会在海辉花园", "I live in Shangshui (上), and why is the order in Haihui Garden?") \
        == [("上", "上水", "(上水)")]
    assert check("我在#ADDRESS#，美新里那个分店", "I’m at #ADDRESS#, the branch store at Meixinli (美).") \
        == [("美", "美新里", "(美新里)")]
    assert check("我住在上水", "I live in Shangshui (上水).") == []


def test_a_gloss_cut_with_its_closing_bracket_is_one_cut_gloss():
    # the bracket never closes: G301 reports the cut gloss, and U103 and P502 leave it to G301
    findings = check_pair("是习近平新时代中国特色社会主义思想科学指引的结果",
                          "the results of the guidance of Xi Jinping (习近 thought on socialism", ["G301", "U103", "P502"])
    assert [(f.check_id, f.source_span, f.target_span) for f in findings] == [("G301", "习近平", "习近")]
    findings = check_pair("新华社北京12月12日电", "Xinhua News Agency Beijing (北 on December 12", ["G301", "U103", "P502"])
    assert [(f.check_id, f.source_span) for f in findings] == [("G301", "北京")]
