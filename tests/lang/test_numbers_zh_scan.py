"""find_zh tries its big pattern only where a match can start: it must find exactly what a full scan finds."""

import pytest

from qa.lang import numbers_zh
from qa.lang.number_mention import FULLWIDTH
from qa.lang.numbers_zh import _ZH_PATTERNS, _zh_matches, find_zh
from tests.corpora import corpus_rows


def _full_scan(text):
    return [(m.span(), m.groupdict()) for m in _ZH_PATTERNS.finditer(text.translate(FULLWIDTH))]


def _candidates(text):
    return [(m.span(), m.groupdict()) for m in _zh_matches(text.translate(FULLWIDTH))]


@pytest.mark.parametrize("text", [
    "第十四个五年规划和2035年远景目标，十四五期间，百分之三十五点五，五分之一",  # 第, 十四五, 百分之, 分之
    "2021.6.11部分圈中售出，手表424.10.0.20.02.002，10月1日14时，3分35秒，12:30",  # dates, codes, clocks
    "300余万、2000多万、2万4801人、七八十岁、两三百年、1,234.5亿元、6月份",  # scales, rough figures, months
    "〇点三米，○点五公里，亿元投入，〇〇七号，○○年",  # mentions opening with 〇, ○ (two zeros) and 亿
])
def test_candidate_scan_matches_the_full_scan(text):
    assert _full_scan(text), "each sample holds mentions"
    assert _candidates(text) == _full_scan(text)


def test_candidate_scan_on_the_wmt19_sources():
    """Every WMT19 newstest source: the same matches, and so the same mentions, as a scan at every position."""
    rows = corpus_rows("dev-corpora/wmt19-newstest-zhen/pairs.tsv")
    differ = [r["source"] for r in rows if _candidates(r["source"]) != _full_scan(r["source"])]
    assert len(rows) > 1000 and differ == []


def test_mentions_are_those_of_the_full_scan(monkeypatch):
    text = "十四五期间，第三次会议于2021年5月3日召开，百分之十二的企业、两三百家工厂、5000余万元投入。"
    fast = find_zh(text)
    monkeypatch.setattr(numbers_zh, "_zh_matches", _ZH_PATTERNS.finditer)
    assert fast == find_zh(text) and len(fast) >= 6
