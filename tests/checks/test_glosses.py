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
